//! The tasks the app proposes: the sources' advice for a newcomer's first three months, in our
//! own words and credited, and tasks drawn from the playbook itself (an interview per
//! executive and the next steps of each verdict, a chat and a quick win per buddy, the SMART
//! goals' milestones and the goals refresh). Each may carry a `Proof`: what in the playbook
//! shows it done.

use chrono::{Duration, NaiveDate};

use super::reviews::{cadence_days, held, review_days};
use super::{plan_day, Basis, Where, PLAN_DAYS};
use crate::domain::buyin::series::{Series, INTERVIEW_AGAIN_AFTER_DAYS};
use crate::domain::buyin::verdict::judge;
use crate::domain::buyin::AssessmentId;
use crate::domain::sources::{Credit, Source};
use crate::domain::strategy::steps::Step;
use crate::domain::strategy::{Agreement, BuddyStatus, ItemId, ListKind, Strategy};
use crate::domain::Seen;

/// A task as the app proposes it, before the user's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Proposal {
    pub key: String,
    pub title: String,
    pub detail: String,
    pub credit: Credit,
    pub due: NaiveDate,
    pub at: Option<Where>,
    pub proof: Option<Proof>,
}

/// What in the playbook shows a task done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proof {
    /// The wizard's step lacks nothing.
    StepDone(Step),
    /// The list holds at least one item.
    Listed(ListKind),
    /// The reporting answer of step 7 is written.
    Reporting,
    /// The manager's agreement is marked as agreed.
    Agreed,
    /// Some interview has a verdict.
    AnyVerdict,
    /// The latest interview of the executive whose series starts with this one has a verdict.
    Verdict(AssessmentId),
    /// The executive was interviewed again after this interview.
    InterviewedAgain(AssessmentId),
    /// The buddy is marked as met, or as collaborating.
    Met(ItemId),
    /// The buddy is marked as collaborating.
    Collaborating(ItemId),
    /// A review marks the milestone reached.
    Reached(ItemId),
    /// A review was recorded for the plan's review with this index (0 for the first).
    Reviewed(usize),
}

impl Proof {
    /// Why the task counts as done, or `None` while it does not. `executives` (the
    /// playbook's interviews by executive) and `reached` are worked out once for the whole plan.
    pub fn holds(
        &self,
        basis: Basis<'_>,
        executives: &[Series<'_>],
        reached: &Seen<'_>,
    ) -> Option<String> {
        let strategy = basis.strategy;
        match self {
            Self::StepDone(step) => step
                .missing(strategy, basis.started)
                .is_empty()
                .then(|| format!("Step {}, “{}”, is complete.", step.number(), step.title())),
            Self::Listed(kind) => (!strategy
                .items(&crate::domain::strategy::ListAt::top(*kind))
                .is_empty())
            .then(|| format!("{} are written in the strategy.", kind.title())),
            Self::Reporting => (!strategy.customer_journey.reporting.trim().is_empty())
                .then(|| "The reporting is described in step 7.".to_owned()),
            Self::Agreed => (strategy.goals.agreement == Some(Agreement::Agreed))
                .then(|| "Your manager's agreement is marked in step 8.".to_owned()),
            Self::AnyVerdict => basis
                .assessments
                .iter()
                .find_map(|assessment| judge(assessment).verdict())
                .map(|verdict| format!("An interview has a verdict: {}.", verdict.label())),
            Self::Verdict(first) => executives
                .iter()
                .find(|series| series.contains(first))
                .and_then(|series| judge(series.latest()).verdict())
                .map(|verdict| format!("The interview has a verdict: {}.", verdict.label())),
            Self::InterviewedAgain(earlier) => executives
                .iter()
                .find_map(|series| series.after(earlier))
                .map(|_| "The executive was interviewed again.".to_owned()),
            Self::Met(buddy) => buddy_status(strategy, buddy)
                .filter(|status| matches!(status, BuddyStatus::Met | BuddyStatus::Collaborating))
                .map(|status| format!("Marked “{}” in step 5.", status.label())),
            Self::Collaborating(buddy) => buddy_status(strategy, buddy)
                .filter(|status| *status == BuddyStatus::Collaborating)
                .map(|status| format!("Marked “{}” in step 5.", status.label())),
            Self::Reached(milestone) => reached
                .contains(milestone.as_str())
                .then(|| "A review marks it reached.".to_owned()),
            Self::Reviewed(index) => {
                let start = basis.start();
                let cadence = cadence_days(&strategy.goals.review_cadence)?;
                let days = review_days(start, cadence, plan_day(start, PLAN_DAYS));
                held(&days, cadence, &basis.notes.reviews)
                    .get(*index)
                    .copied()
                    .flatten()
                    .map(|_| "A review is recorded for it.".to_owned())
            }
        }
    }
}

fn buddy_status(strategy: &Strategy, buddy: &ItemId) -> Option<BuddyStatus> {
    strategy
        .collaboration
        .buddies
        .iter()
        .find(|each| &each.id == buddy)?
        .status
}

/// A piece of the sources' advice as a task on a given day of the plan. A constant table rather
/// than code that builds it: the wasm then carries it as data.
struct Advice {
    key: &'static str,
    day: u32,
    title: &'static str,
    detail: &'static str,
    source: Source,
    /// The step of the wizard where it is done, if any.
    at: Option<Step>,
    proof: Option<Proof>,
}

/// The sources' advice for the first 90 days, in the order of the plan.
const ADVICE: &[Advice] = {
    use Source::*;
    &[
        Advice {
            key: "align/read-goals",
            day: 3,
            title: "Read the goals of everyone above you",
            detail: "From your manager up to the company: the goals they work to (OKRs, V2MOM or whatever the company writes them in) and the last quarterly business reviews, which give each function's goals, what works and what comes next.",
            source: OrgAlignment,
            at: Some(Step::Alignment),
            proof: Some(Proof::Listed(ListKind::CompanyGoals)),
        },
        Advice {
            key: "journey/ask-around",
            day: 5,
            title: "Ask questions across the company",
            detail: "While you are new, meet as many people in every team as you can: the connections pay later. Ask what they need, the challenges, objectives and KPIs they report against, and where developers touch their work: their answers shape the plan.",
            source: CustomerJourney,
            at: None,
            proof: None,
        },
        Advice {
            key: "collab/find-partners",
            day: 7,
            title: "Find a partner in each function",
            detail: "Ask your manager, see who is most active in the departmental channels, look up who writes for the company website, and join employee resource groups and the social channels. It pays back: your work is seen and championed, the company's developer content rings true, others can say what DevRel does, your own content grows from real problems, and draws more visits and more accepted talks, and when pay is calibrated, people in the room know your name.",
            source: Collaboration,
            at: Some(Step::Buddies),
            proof: Some(Proof::Listed(ListKind::Buddies)),
        },
        Advice {
            key: "journey/walk",
            day: 10,
            title: "Walk the developer journey as a newcomer",
            detail: "Sign up, onboard and build something as a new developer would, and write down what felt good and what felt bad.",
            source: CommunityStrategy,
            at: Some(Step::Journey),
            proof: Some(Proof::StepDone(Step::Journey)),
        },
        Advice {
            key: "align/top-problems",
            day: 14,
            title: "Write down the top problems",
            detail: "Up to five problems the organisation is trying to solve beyond making money, and how DevRel work helps with each.",
            source: OrgAlignment,
            at: Some(Step::Alignment),
            proof: Some(Proof::StepDone(Step::Alignment)),
        },
        Advice {
            key: "journey/find-journey",
            day: 21,
            title: "Find the customer journey and who owns it",
            detail: "Marketing operations, demand generation, product marketing or product may own it: learn its stages and where developers meet the company.",
            source: CustomerJourney,
            at: Some(Step::CustomerJourney),
            proof: Some(Proof::Listed(ListKind::JourneyStages)),
        },
        Advice {
            key: "community/take-stock",
            day: 28,
            title: "Take stock of the community as it is",
            detail: "Who belongs to it, how many, and how committed its members are, before deciding what the program is for.",
            source: CommunityStrategy,
            at: Some(Step::Community),
            proof: Some(Proof::StepDone(Step::Community)),
        },
        Advice {
            key: "collab/prepare-chats",
            day: 31,
            title: "Prepare each chat before you hold it",
            detail: "Read the team's wiki, goals and business reviews first, and ask about their pain points before you talk about your plans.",
            source: Collaboration,
            at: Some(Step::Buddies),
            proof: None,
        },
        Advice {
            key: "align/tie-work",
            day: 40,
            title: "Tie each piece of work to a top problem",
            detail: "Every program objective names the top problem it helps with, so nobody has to ask why it matters.",
            source: OrgAlignment,
            at: Some(Step::Objectives),
            proof: Some(Proof::StepDone(Step::Objectives)),
        },
        Advice {
            key: "journey/prove-value",
            day: 45,
            title: "Prove value early",
            detail: "DevRel is seen as a cost centre, first in line when budgets are cut: place your activities and the community's on the customer journey, so what they bring shows.",
            source: CustomerJourney,
            at: Some(Step::CustomerJourney),
            proof: Some(Proof::Listed(ListKind::Activities)),
        },
        Advice {
            key: "programs/plan",
            day: 48,
            title: "Group the work into programs and campaigns",
            detail: "Each program with an outcome, and its campaigns placed on the commitment curve.",
            source: CommunityStrategy,
            at: Some(Step::Programs),
            proof: Some(Proof::StepDone(Step::Programs)),
        },
        Advice {
            key: "journey/drqls",
            day: 55,
            title: "Agree DevRel Qualified Leads with each receiving team",
            detail: "What counts as a lead that DevRel hands on, agreed with the team that receives it.",
            source: CustomerJourney,
            at: Some(Step::CustomerJourney),
            proof: Some(Proof::Listed(ListKind::Drqls)),
        },
        Advice {
            key: "collab/shout-outs",
            day: 58,
            title: "Thank your partners in public",
            detail: "A shout-out in a shared channel makes working with DevRel fun, and others notice.",
            source: Collaboration,
            at: None,
            proof: None,
        },
        Advice {
            key: "goals/write",
            day: 61,
            title: "Write SMART goals with milestones",
            detail: "Goals your manager can agree to, each on the template, with milestones and an owner.",
            source: CommunityStrategy,
            at: Some(Step::Goals),
            proof: Some(Proof::Listed(ListKind::Goals)),
        },
        Advice {
            key: "align/outside-view",
            day: 63,
            title: "Run the plan past someone outside your team",
            detail: "A colleague from another function sees what the plan takes for granted.",
            source: OrgAlignment,
            at: None,
            proof: None,
        },
        Advice {
            key: "align/agree-plan",
            day: 65,
            title: "Agree the plan with your manager",
            detail: "Propose it in a one-to-one. Ask for their feedback, what they expect, what success looks like and how they will judge it. Make it two-way: you bring what you see from the ground and where you want to grow; they know the wider business and what their own boss cares about.",
            source: OrgAlignment,
            at: Some(Step::Goals),
            proof: Some(Proof::Agreed),
        },
        Advice {
            key: "comms/tell-the-company",
            day: 70,
            title: "Plan how the company hears about the work",
            detail: "The channels, how often, and who each one reaches.",
            source: ExecutiveBuyIn,
            at: Some(Step::Communication),
            proof: Some(Proof::StepDone(Step::Communication)),
        },
        Advice {
            key: "journey/reporting",
            day: 75,
            title: "Set up reporting anyone in the company can open",
            detail: "Where the reports live, how often they are shared, and which company goal each one speaks to.",
            source: CustomerJourney,
            at: Some(Step::CustomerJourney),
            proof: Some(Proof::Reporting),
        },
        Advice {
            key: "journey/automate",
            day: 78,
            title: "Capture the community's activities without typing them in",
            detail: "Feed a community platform such as Orbit or Common Room from GitHub, the forums (Discourse, Reddit, Stack Overflow), customer feedback and product ideas, raffle entries and booth visits; send what it holds on to the data warehouse every day, and mark community members and champions in the CRM, Salesforce or HubSpot. Set time aside for what stays manual.",
            source: CustomerJourney,
            at: Some(Step::CustomerJourney),
            proof: None,
        },
        Advice {
            key: "collab/repeatable",
            day: 80,
            title: "Make programs repeatable from the start",
            detail: "Excellent getting-started docs, templates, playbooks and automations, a recurring onboarding session and office hours let others help without you in the room. Whatever you do more than twice, make repeatable.",
            source: Collaboration,
            at: None,
            proof: None,
        },
        Advice {
            key: "align/keep-syncing",
            day: 85,
            title: "Sync with your manager on progress",
            detail: "No surprises at review time: share what moved and what did not.",
            source: OrgAlignment,
            at: None,
            proof: None,
        },
        Advice {
            key: "journey/revisit",
            day: 88,
            title: "Go over the journey again with the other teams",
            detail: "The teams who need a say in it find the activities you missed, and the business's focus will have moved since you first mapped it: redo it, and keep redoing it.",
            source: CustomerJourney,
            at: Some(Step::CustomerJourney),
            proof: None,
        },
    ]
};

/// Every proposed task of a plan that starts on `start`; `executives` is the playbook's
/// interviews by executive.
pub(super) fn propose(
    basis: Basis<'_>,
    executives: &[Series<'_>],
    start: NaiveDate,
) -> Vec<Proposal> {
    let last = plan_day(start, PLAN_DAYS);
    // A day of the playbook's own, kept within the plan.
    let within = |date: NaiveDate| date.clamp(start, last);
    let mut proposals: Vec<Proposal> = ADVICE
        .iter()
        .map(|advice| Proposal {
            key: advice.key.to_owned(),
            title: advice.title.to_owned(),
            detail: advice.detail.to_owned(),
            credit: Credit::From(advice.source),
            due: plan_day(start, advice.day),
            at: advice.at.map(Where::Step),
            proof: advice.proof.clone(),
        })
        .collect();

    // One interview per executive, and the next steps of each verdict.
    if executives.is_empty() {
        proposals.push(Proposal {
            key: "buyin/first-interview".to_owned(),
            title: "Interview an executive about DevRel".to_owned(),
            detail: "Ask what they think DevRel is for, how they would measure it, and whether they would stand up for it.".to_owned(),
            credit: Credit::From(Source::ExecutiveBuyIn),
            due: plan_day(start, 10),
            at: Some(Where::NewInterview),
            proof: Some(Proof::AnyVerdict),
        });
    }
    for series in executives {
        let first = &series.interviews()[0].id;
        let latest = series.latest();
        proposals.push(Proposal {
            key: format!("buyin/interview/{first}"),
            title: format!("Interview {}", latest.executive.trim()),
            detail: "Every question of the interview rated, so the verdict says where the executive stands.".to_owned(),
            credit: Credit::From(Source::ExecutiveBuyIn),
            due: plan_day(start, 14),
            at: Some(Where::Interview(latest.id.clone())),
            proof: Some(Proof::Verdict(first.clone())),
        });
        // A quarter after each interview, the next one: ticked by the interview that followed.
        for interview in series.interviews() {
            let due = interview.held_on() + Duration::days(INTERVIEW_AGAIN_AFTER_DAYS);
            if !(start..=last).contains(&due) {
                continue;
            }
            proposals.push(Proposal {
                key: format!("buyin/again/{}", interview.id),
                title: format!("Interview {} again", latest.executive.trim()),
                detail: "A quarter on, their view of DevRel may have moved with the company's goals: the interview again shows where they stand now.".to_owned(),
                credit: Credit::From(Source::ExecutiveBuyIn),
                due,
                at: Some(Where::Interview(series.latest().id.clone())),
                proof: Some(Proof::InterviewedAgain(interview.id.clone())),
            });
        }
        if let Some(verdict) = judge(latest).verdict() {
            let after = latest.held_on();
            for (n, (step, credit)) in verdict.next_steps().iter().enumerate() {
                proposals.push(Proposal {
                    key: format!("buyin/next/{}/{}", latest.id, n + 1),
                    title: format!("{}: {}", latest.executive.trim(), first_sentence(step)),
                    detail: format!(
                        "A next step for an executive whose verdict is {}: {step}",
                        verdict.label()
                    ),
                    credit: *credit,
                    due: within(after + Duration::days(7 * (n as i64 + 1))),
                    at: Some(Where::Interview(latest.id.clone())),
                    proof: None,
                });
            }
        }
    }

    // A chat and a quick win with each buddy.
    let strategy = basis.strategy;
    for (n, buddy) in strategy.collaboration.buddies.iter().enumerate() {
        let who = match (buddy.contact.trim(), buddy.function.trim()) {
            ("", "") => strategy.label(ListKind::Buddies, &buddy.id),
            ("", function) => format!("your buddy in {function}"),
            (contact, "") => contact.to_owned(),
            (contact, function) => format!("{contact} ({function})"),
        };
        let offset = u32::try_from(n).unwrap_or(u32::MAX);
        proposals.push(Proposal {
            key: format!("collab/chat/{}", buddy.id),
            title: format!("A 15–30 minute chat with {who}"),
            detail: "Ask politely, saying who you are and what your team does. Let them talk first: their goals, their day and what gets in their way; then look for what they are open to that also serves your plan, and ask what would help them before you ask for anything.".to_owned(),
            credit: Credit::From(Source::Collaboration),
            due: plan_day(start, 33_u32.saturating_add(offset.saturating_mul(2)).min(60)),
            at: Some(Where::Step(Step::Buddies)),
            proof: Some(Proof::Met(buddy.id.clone())),
        });
        let win = buddy.quick_win.trim();
        proposals.push(Proposal {
            key: format!("collab/quick-win/{}", buddy.id),
            title: if win.is_empty() {
                format!("A quick win with {who}")
            } else {
                format!("A quick win with {who}: {}", first_sentence(win))
            },
            detail: "Something small and soon that helps them, to build momentum.".to_owned(),
            credit: Credit::From(Source::Collaboration),
            due: plan_day(start, 50_u32.saturating_add(offset).min(60)),
            at: Some(Where::Step(Step::Buddies)),
            proof: Some(Proof::Collaborating(buddy.id.clone())),
        });
    }

    // The SMART goals' milestones and the goals refresh that fall within the plan.
    for goal in &strategy.goals.goals {
        let goal_label = strategy.label(ListKind::Goals, &goal.id);
        for (at, milestone) in goal.milestones.iter().enumerate() {
            let Some(due) = milestone.due.filter(|due| (start..=last).contains(due)) else {
                continue;
            };
            proposals.push(Proposal {
                key: format!("goals/milestone/{}", milestone.id),
                title: format!(
                    "Reach “{}” of “{goal_label}”",
                    Strategy::milestone_label(at, milestone)
                ),
                detail: "A milestone of a SMART goal in step 8; a review marks it reached."
                    .to_owned(),
                credit: Credit::From(Source::CommunityStrategy),
                due,
                at: Some(Where::Reviews),
                proof: Some(Proof::Reached(milestone.id.clone())),
            });
        }
    }
    if let Some(refresh) = strategy
        .goals
        .next_refresh
        .filter(|day| (start..=last).contains(day))
    {
        proposals.push(Proposal {
            key: "goals/refresh".to_owned(),
            title: "Goals refresh: propose the next goals".to_owned(),
            detail:
                "Goals refresh every quarter: bring the plan a few weeks before, and keep syncing."
                    .to_owned(),
            credit: Credit::From(Source::OrgAlignment),
            due: refresh,
            at: Some(Where::Step(Step::Goals)),
            proof: None,
        });
    }
    // A review at the cadence step 8 sets, when it names a period.
    if let Some(cadence) = cadence_days(&strategy.goals.review_cadence) {
        for (index, due) in review_days(start, cadence, last).into_iter().enumerate() {
            proposals.push(Proposal {
                key: format!("goals/review/{}", index + 1),
                title: "Review the goals with your manager".to_owned(),
                detail: "Record each goal's value, the milestones reached and what changed, so there are no surprises when goals refresh.".to_owned(),
                credit: Credit::From(Source::OrgAlignment),
                due,
                at: Some(Where::Reviews),
                proof: Some(Proof::Reviewed(index)),
            });
        }
    }
    proposals
}

/// The first sentence of a longer piece of advice, as a task's title.
fn first_sentence(text: &str) -> &str {
    match text.find([':', '.']) {
        Some(end) if end > 0 => &text[..end],
        _ => text,
    }
}
