//! The example playbook a first-time user can open to see a finished one: three executives of
//! an invented company, one for each verdict. It is marked as an example and removable.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::buyin::questions::{questions_in, Group, Rating, WarningSign};
use super::buyin::{Assessment, AssessmentEdit, Interviewee};
use super::id::Id;
use super::iso8601;
use super::onboarding::reviews::{self, Review, ReviewEdit};
use super::playbook::{NewPlaybook, Playbook};
use super::strategy::{ItemField, ListAt, ListKind, Strategy, StrategyEdit, Text};
// The steps below name fields and lists on almost every line.
use ItemField as F;
use ListKind as L;

struct Interview {
    executive: &'static str,
    role: &'static str,
    date: &'static str,
    /// A rating for each group's questions, in order.
    ratings: [Rating; 5],
    notes: &'static [(&'static str, &'static str)],
    signs: &'static [(&'static str, WarningSign)],
}

const INTERVIEWS: [Interview; 3] = [
    Interview {
        executive: "Priya Shah",
        role: "CTO",
        date: "2026-10-06",
        ratings: [Rating::Strong; 5],
        notes: &[
            ("value-why", "Developers choose the platform; she wants them to succeed with the API in their first hour."),
            ("success-measured", "Time to first successful API call, and active integrations per quarter."),
            ("advocacy-speaks-up", "Presented DevRel's results at the last board meeting without being asked."),
        ],
        signs: &[],
    },
    Interview {
        executive: "Marcus Lee",
        role: "VP Marketing",
        date: "2026-10-08",
        ratings: [Rating::Partial, Rating::Partial, Rating::Strong, Rating::Partial, Rating::Partial],
        notes: &[
            ("value-why", "Likes that DevRel brings reach with developers; unsure what it should own."),
            ("success-measured", "Would count event attendance, but has no measure beyond that."),
        ],
        signs: &[("success-measured", WarningSign::NoWayToMeasure)],
    },
    Interview {
        executive: "Ellen Brooks",
        role: "CFO",
        date: "2026-10-09",
        ratings: [Rating::Weak, Rating::Weak, Rating::Partial, Rating::Weak, Rating::Weak],
        notes: &[("value-why", "“Honestly, I don't know what DevRel does for us. Our competitor has a team, so we do too.”")],
        signs: &[
            ("value-why", WarningSign::DoesNotKnowValue),
            ("value-why", WarningSign::OnlyBecauseOthersDoIt),
            ("advocacy-commitment", WarningSign::NoPlanOrBudget),
        ],
    },
];

/// Builds the example with fresh ids from `new_id`.
pub fn example_playbook(mut new_id: impl FnMut() -> Id, now: DateTime<Utc>) -> Playbook {
    let details = NewPlaybook {
        title: "Example: Nimbus Cloud developer program".to_owned(),
        company: "Nimbus Cloud (an invented company)".to_owned(),
        author: "DevRel Playbook".to_owned(),
    };
    let mut playbook = Playbook::new(new_id(), details, now)
        .unwrap_or_else(|_| unreachable!("the example's details are valid"));
    playbook.example = true;
    playbook.assessments = INTERVIEWS
        .iter()
        .map(|interview| interviewed(interview, new_id(), now))
        .collect();
    playbook.strategy = Box::new(example_strategy(&mut new_id, now.date_naive()));
    playbook.onboarding.reviews = first_review(&playbook.strategy, new_id(), now.date_naive());
    playbook
}

/// The first review, on the day the example is opened: where two of the goals start from.
fn first_review(strategy: &Strategy, id: Id, today: NaiveDate) -> Vec<Review> {
    let mut reviews = Vec::new();
    let mut apply = |edit| {
        if let Err(error) = reviews::apply(&mut reviews, edit) {
            unreachable!("the example's review is valid: {error}");
        }
    };
    apply(ReviewEdit::Add {
        id: id.clone(),
        on: iso8601::date::format(today),
    });
    let goals = &strategy.goals.goals;
    for (at, value, note) in [
        (0, "20", "The starting share, from the sign-up dashboard."),
        (2, "40", "The starting share, from the forum's own report."),
    ] {
        if let Some(goal) = goals.get(at) {
            apply(ReviewEdit::Value {
                review: id.clone(),
                goal: goal.id.clone(),
                value: value.to_owned(),
            });
            apply(ReviewEdit::Note {
                review: id.clone(),
                goal: goal.id.clone(),
                note: note.to_owned(),
            });
        }
    }
    reviews
}

/// Writes the example's strategy, item by item and answer by answer, through the same edits a
/// user makes.
struct StrategyWriter<'a, N> {
    strategy: Strategy,
    new_id: &'a mut N,
    today: NaiveDate,
}

impl<N: FnMut() -> Id> StrategyWriter<'_, N> {
    fn set(&mut self, field: Text, value: &str) {
        self.apply(StrategyEdit::Set {
            field,
            value: value.to_owned(),
        });
    }

    fn add(&mut self, kind: ListKind, values: &[(ItemField, &str)]) -> String {
        self.add_to(ListAt::top(kind), values)
    }

    fn add_to(&mut self, list: ListAt, values: &[(ItemField, &str)]) -> String {
        let id = (self.new_id)();
        let values = values
            .iter()
            .map(|(field, value)| (*field, (*value).to_owned()))
            .collect();
        self.apply(StrategyEdit::Add {
            list,
            id: id.clone(),
            values,
        });
        id.to_string()
    }

    /// Adds a goal due `days` from today, and its milestones, each due so many days from today.
    fn goal(&mut self, values: &[(ItemField, &str)], days: i64, milestones: &[(&str, i64)]) {
        let deadline = self.in_days(days);
        let mut values = values.to_vec();
        values.push((ItemField::Deadline, &deadline));
        let goal = id_of(&self.add(ListKind::Goals, &values));
        for &(milestone, days) in milestones {
            let due = self.in_days(days);
            self.add_to(
                ListAt::milestones_of(goal.clone()),
                &[(ItemField::Milestone, milestone), (ItemField::Due, &due)],
            );
        }
    }

    /// A day `days` from the day the example is opened, so its deadlines never pass.
    fn in_days(&self, days: i64) -> String {
        iso8601::date::format(self.today + TimeDelta::days(days))
    }

    fn apply(&mut self, edit: StrategyEdit) {
        if let Err(error) = self.strategy.apply(edit) {
            unreachable!("the example's strategy is valid: {error}");
        }
    }
}

/// A finished strategy for the invented company: every step complete, every goal SMART.
fn example_strategy(new_id: &mut impl FnMut() -> Id, today: NaiveDate) -> Strategy {
    let mut writer = StrategyWriter {
        strategy: Strategy::default(),
        new_id,
        today,
    };
    let problems = company_goals_and_top_problems(&mut writer);
    community_basics(&mut writer);
    let objectives = program_objectives(&mut writer, &problems);
    journey_and_personas(&mut writer);
    cross_functional_buddies(&mut writer);
    programs_and_campaigns(&mut writer);
    activities_on_the_customer_journey(&mut writer);
    smart_goals(&mut writer, &objectives, &problems);
    internal_communication(&mut writer);
    writer.strategy
}

/// The top problems of step 1 (as ids), which objectives and a goal serve.
struct TopProblems {
    active: String,
    region: String,
    awareness: String,
    support: String,
}

/// The program objectives of step 3 (as ids) that goals serve.
struct Objectives {
    first_call: String,
    meetups: String,
}

/// Step 1: Company goals and top problems.
fn company_goals_and_top_problems(
    writer: &mut StrategyWriter<'_, impl FnMut() -> Id>,
) -> TopProblems {
    writer.set(Text::Framework, "okrs");
    for goal in [
        "Grow annual recurring revenue by 40%",
        "Become the default cloud API for small development teams in Europe and Asia",
        "Keep support costs flat while the number of customers doubles",
    ] {
        writer.add(L::CompanyGoals, &[(F::Goal, goal)]);
    }
    let active = writer.add(L::TopProblems, &[
        (F::Problem, "More active users of the API"),
        (F::Contribution, "Tutorials and sample apps that take a developer to a first successful call within an hour, and office hours in the forum."),
    ]);
    let region = writer.add(L::TopProblems, &[
        (F::Problem, "Expanding into Southeast Asia"),
        (F::Contribution, "Start meetups in Singapore and Jakarta with local partners, and bring the workshop there."),
    ]);
    let awareness = writer.add(L::TopProblems, &[
        (F::Problem, "Brand awareness among backend developers"),
        (F::Contribution, "Technical articles on the problems our audience searches for, in the words they search with."),
    ]);
    let support = writer.add(L::TopProblems, &[
        (F::Problem, "Support costs grow with every new customer"),
        (F::Contribution, "Quick answers in the forum from the team and from members, and documentation pages for the questions Support hears most."),
    ]);
    TopProblems {
        active,
        region,
        awareness,
        support,
    }
}

/// Step 2: Community basics.
fn community_basics(writer: &mut StrategyWriter<'_, impl FnMut() -> Id>) {
    writer.set(
        Text::CommunityType,
        "Developers who build on the API, and the technical leads who choose it",
    );
    writer.set(
        Text::CommunitySize,
        "About 4,200 forum members, 600 of them active each month",
    );
    writer.set(Text::CommitmentDistribution, "Most only read (about 85%); about 12% ask or answer now and then; 30 people answer regularly; 4 run meetups.");
    for (channel, impression) in [
        (
            "Documentation",
            "Complete, but organised by feature rather than by task: hard to start from.",
        ),
        (
            "Community forum",
            "Friendly, but questions wait two days for an answer.",
        ),
        ("GitHub", "The samples are behind the current API."),
    ] {
        writer.add(
            L::Impressions,
            &[(F::Channel, channel), (F::Impression, impression)],
        );
    }
}

/// Step 3: Program objectives.
fn program_objectives(
    writer: &mut StrategyWriter<'_, impl FnMut() -> Id>,
    problems: &TopProblems,
) -> Objectives {
    writer.set(
        Text::Wants,
        "More developers active on the platform, and evidence that the community helps revenue.",
    );
    writer.set(
        Text::Avoids,
        "A community that only costs money, and public complaints left unanswered.",
    );
    writer.set(Text::StakeholderValue, "Product hears feedback early, Sales gets warm introductions, Support answers fewer repeated questions.");
    writer.set(
        Text::UserValue,
        "Faster answers, samples that run, and peers to learn from.",
    );
    let first_call = writer.add(
        L::Objectives,
        &[
            (F::Objective, "Cut the time to a first successful API call"),
            (F::ForProblem, &problems.active),
            (F::Spaces, "success"),
        ],
    );
    let meetups = writer.add(
        L::Objectives,
        &[
            (F::Objective, "Launch a meetup network in Southeast Asia"),
            (F::ForProblem, &problems.region),
            (F::Spaces, "acquisition"),
        ],
    );
    writer.add(
        L::Objectives,
        &[
            (
                F::Objective,
                "Publish a monthly tutorial for backend developers",
            ),
            (F::ForProblem, &problems.awareness),
            (F::Spaces, "engagement"),
        ],
    );
    writer.add(
        L::Objectives,
        &[
            (
                F::Objective,
                "Answer forum questions within one working day",
            ),
            (F::ForProblem, &problems.support),
            (F::Spaces, "support"),
        ],
    );
    Objectives {
        first_call,
        meetups,
    }
}

/// Step 4: Journey and personas.
fn journey_and_personas(writer: &mut StrategyWriter<'_, impl FnMut() -> Id>) {
    writer.set(
        Text::WhereFrom,
        "Search results, conference talks, and colleagues' recommendations.",
    );
    writer.set(
        Text::MarketChannels,
        "Documentation, the forum, GitHub, a monthly newsletter and two conferences a year.",
    );
    writer.set(
        Text::Onboarding,
        "Sign-up is quick, but the first tutorial assumes you already know the SDK.",
    );
    writer.set(Text::ProductValue, "Teams ship a backend without running servers; the value shows once the first deploy works.");
    writer.set(
        Text::ScaleDirection,
        "Vertically first: turn readers into contributors before adding regions.",
    );
    writer.set(
        Text::FeltGood,
        "Sign-up took two minutes, and the forum welcomed me by name.",
    );
    writer.set(
        Text::FeltBad,
        "The quick start broke at step 4, and my forum question waited two days.",
    );
    writer.add(L::Personas, &[
        (F::Name, "Backend Bea"),
        (F::Description, "Backend developer at a start-up of ten people, three years in; reads our docs and Stack Overflow."),
        (F::PersonaGoals, "Ship an API quickly without looking after servers."),
        (F::PainPoints, "Docs organised by feature; samples that do not run."),
    ]);
    writer.add(L::Personas, &[
        (F::Name, "Agency Arif"),
        (F::Description, "Freelance developer in Jakarta who builds apps for local clients; learns from videos and meetups."),
        (F::PersonaGoals, "Deliver client projects on a fixed budget, and reuse what worked last time."),
        (F::PainPoints, "Prices only in US dollars, and nobody nearby to ask when something breaks."),
    ]);
}

/// Step 5: Cross-functional buddies.
fn cross_functional_buddies(writer: &mut StrategyWriter<'_, impl FnMut() -> Id>) {
    for (function, contact, status, win) in [
        (
            "Sales",
            "Jordan Kim",
            "met",
            "Join two sales calls a month to answer the technical questions.",
        ),
        (
            "Marketing",
            "Alex Moreau",
            "collaborating",
            "Review the developer newsletter before it goes out.",
        ),
        (
            "Product",
            "Sam Ortiz",
            "reached_out",
            "Bring a monthly digest of forum feedback to the product review.",
        ),
        (
            "Support",
            "Riley Chen",
            "met",
            "Turn the ten most repeated tickets into documentation pages.",
        ),
    ] {
        writer.add(
            L::Buddies,
            &[
                (F::Function, function),
                (F::Contact, contact),
                (F::Status, status),
                (F::QuickWin, win),
            ],
        );
    }
}

/// Step 6: Programs and campaigns.
fn programs_and_campaigns(writer: &mut StrategyWriter<'_, impl FnMut() -> Id>) {
    let academy = writer.add(
        L::Programs,
        &[
            (F::ProgramKind, "education"),
            (F::Name, "Nimbus Academy"),
            (
                F::Outcome,
                "Developers reach a first deploy within an hour.",
            ),
        ],
    );
    let notes = writer.add(
        L::Programs,
        &[
            (F::ProgramKind, "content"),
            (F::Name, "Backend field notes"),
            (
                F::Outcome,
                "A tutorial every month on a problem backend developers search for.",
            ),
        ],
    );
    let groups = writer.add(
        L::Programs,
        &[
            (F::ProgramKind, "events"),
            (F::Name, "Southeast Asia meetups"),
            (
                F::Outcome,
                "Two meetup groups that meet every month, run by local hosts.",
            ),
        ],
    );
    let stages: Vec<String> = ["Exploring", "Participating", "Contributing", "Leading"]
        .into_iter()
        .map(|stage| writer.add(L::CommitmentStages, &[(F::Name, stage)]))
        .collect();
    for (campaign, program, stage, touch_point, measurement, incentive) in [
        (
            "First deploy challenge",
            &academy,
            0,
            "The welcome mail after sign-up",
            "Share of new sign-ups who deploy within a week",
            "A badge on their forum profile",
        ),
        (
            "Tutorial of the month vote",
            &notes,
            1,
            "A vote on next month's topic in the newsletter",
            "Votes cast, and readers who finish the tutorial",
            "Their name in the tutorial's thanks",
        ),
        (
            "Forum helpers",
            &academy,
            2,
            "A note after a member's third accepted answer",
            "Members with five or more accepted answers a month",
            "Early access to the new SDK",
        ),
        (
            "Meetup host kit",
            &groups,
            3,
            "An invitation to the forum's regulars in the region",
            "Meetups held per quarter",
            "A trip to the yearly summit",
        ),
    ] {
        writer.add(
            L::Campaigns,
            &[
                (F::Name, campaign),
                (F::Program, program),
                (F::CommitmentStage, &stages[stage]),
                (F::TouchPoint, touch_point),
                (F::Measurement, measurement),
                (F::Incentive, incentive),
            ],
        );
    }
}

/// Step 7: Activities on the customer journey.
fn activities_on_the_customer_journey(writer: &mut StrategyWriter<'_, impl FnMut() -> Id>) {
    let journey: Vec<String> = ["Discover", "Evaluate", "Learn", "Build", "Scale"]
        .into_iter()
        .map(|stage| writer.add(L::JourneyStages, &[(F::Name, stage)]))
        .collect();
    for (activity, by, stage) in [
        ("Conversation at a conference", "community", 0),
        ("Conference talk", "team", 0),
        ("Demo at a customer", "team", 1),
        ("Attended a company meetup", "community", 2),
        ("Workshop", "team", 2),
        ("Gave product feedback", "community", 3),
        ("Sample app", "team", 3),
        ("Answered a question in the forum", "community", 4),
    ] {
        writer.add(
            L::Activities,
            &[
                (F::Name, activity),
                (F::Performer, by),
                (F::JourneyStage, &journey[stage]),
            ],
        );
    }
    for (team, lead) in [
        (
            "Product and Engineering",
            "Forum members who offer to test the new SDK before it ships.",
        ),
        (
            "Sales",
            "Teams at a meetup or a workshop who ask for a demo or a proof of concept.",
        ),
        (
            "Marketing",
            "Customers whose integration would make a good case study, and members who want to write a guest post.",
        ),
    ] {
        writer.add(L::Drqls, &[(F::Team, team), (F::Description, lead)]);
    }
    writer.set(Text::Reporting, "A dashboard on the wiki maps each activity to the company's OKRs; a highlight and its link go to the company chat every month.");
}

/// Step 8: SMART goals: two serve a program objective, one a top problem directly.
fn smart_goals(
    writer: &mut StrategyWriter<'_, impl FnMut() -> Id>,
    objectives: &Objectives,
    problems: &TopProblems,
) {
    writer.goal(
        &[
            (F::GoalObjective, "raise the share of new sign-ups who deploy within a week from 20% to 35%"),
            (F::Target, "35% of new sign-ups deploy within a week"),
            (F::Who, "The DevRel team and the documentation writers"),
            (F::Steps, "rewriting the quick start by task, publishing four tutorials and holding weekly office hours"),
            (F::Result, "bring more active users of the API, the first of the company's top problems"),
            (F::RelevantTo, &objectives.first_call),
            (F::Owner, "Sam Rivera"),
        ],
        120,
        &[
            ("Quick start rewritten by task", 45),
            ("Four tutorials published", 100),
        ],
    );
    writer.goal(
        &[
            (F::GoalObjective, "start 2 meetup groups in Southeast Asia with 30 members each"),
            (F::Target, "60 members across the two groups"),
            (F::Who, "DevRel and the regional sales team"),
            (F::Steps, "finding local hosts through partners, running the first events together and sharing a host kit"),
            (F::Result, "give the company a foothold in its new region"),
            (F::RelevantTo, &objectives.meetups),
            (F::Owner, "Sam Rivera"),
        ],
        180,
        &[
            ("Hosts found in Singapore and Jakarta", 60),
            ("First two meetups held", 150),
        ],
    );
    writer.goal(
        &[
            (F::GoalObjective, "raise the share of forum questions answered within one working day from 40% to 90%"),
            (F::Target, "90% of forum questions answered within one working day"),
            (F::Who, "The DevRel team, Support and the forum helpers"),
            (F::Steps, "sharing a daily forum rota with Support and thanking the members who answer most"),
            (F::Result, "take repeated questions off Support's queue"),
            (F::RelevantTo, &problems.support),
            (F::Owner, "Sam Rivera"),
        ],
        90,
        &[
            ("Forum rota agreed with Support", 20),
            ("First monthly thanks to the forum helpers", 50),
        ],
    );
    writer.set(Text::ReviewCadence, "Every two weeks, in our one-to-one");
    writer.set(Text::Agreement, "agreed");
    let refresh = writer.in_days(75);
    writer.set(Text::NextRefresh, &refresh);
}

/// Step 9: Internal communication.
fn internal_communication(writer: &mut StrategyWriter<'_, impl FnMut() -> Id>) {
    for (channel, cadence, audience) in [
        ("Internal newsletter", "Monthly", "The whole company"),
        (
            "Wiki home page of the team",
            "Updated every week",
            "Anyone curious about DevRel",
        ),
        (
            "Sitting in on the sales team's meeting",
            "Every two weeks",
            "Sales",
        ),
        (
            "Event recaps",
            "After each event",
            "Sales, Marketing and Product",
        ),
    ] {
        writer.add(
            L::Channels,
            &[
                (F::Channel, channel),
                (F::Cadence, cadence),
                (F::Audience, audience),
            ],
        );
    }
}

fn id_of(text: &str) -> Id {
    Id::parse(text).unwrap_or_else(|| unreachable!("ids made by the example are ids"))
}

fn interviewed(interview: &Interview, id: Id, now: DateTime<Utc>) -> Assessment {
    let who = Interviewee {
        executive: interview.executive.to_owned(),
        role: interview.role.to_owned(),
        interview_date: interview.date.to_owned(),
        interviewer: "Sam Rivera".to_owned(),
    };
    let at = iso8601::date::parse(interview.date).map_or(now, |day| {
        day.and_time(Default::default()).and_utc() + TimeDelta::hours(10)
    });
    let mut edits = Vec::new();
    for (group, rating) in Group::ALL.into_iter().zip(interview.ratings) {
        for question in questions_in(group) {
            edits.push(AssessmentEdit::Rate {
                question: question.id.to_owned(),
                rating: Some(rating),
            });
        }
    }
    for (question, notes) in interview.notes {
        edits.push(AssessmentEdit::Notes {
            question: (*question).to_owned(),
            notes: (*notes).to_owned(),
        });
    }
    for (question, sign) in interview.signs {
        edits.push(AssessmentEdit::Sign {
            question: (*question).to_owned(),
            sign: *sign,
            heard: true,
        });
    }
    let mut assessment = Assessment::new(id, who, at)
        .unwrap_or_else(|_| unreachable!("the example's interviewees are valid"));
    for edit in edits {
        // Every edit names a real question and a sign of its group; the test below holds them to it.
        let _ = assessment.apply(edit, at);
    }
    assessment
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::verdict::{judge, Verdict};
    use crate::domain::id::sequential::fresh_ids;
    use crate::domain::strategy::Agreement;
    use chrono::TimeZone;

    fn example() -> Playbook {
        example_at(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap())
    }

    fn example_at(now: DateTime<Utc>) -> Playbook {
        example_playbook(fresh_ids(), now)
    }

    #[test]
    fn the_example_strategy_is_finished_and_every_goal_is_smart() {
        use crate::domain::strategy::smart;
        use crate::domain::strategy::steps::Step;
        // Whenever the example is opened, its deadlines lie ahead of it.
        for now in [
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2031, 12, 31, 23, 59, 59).unwrap(),
        ] {
            let playbook = example_at(now);
            let strategy = &playbook.strategy;
            let started = playbook.started();
            for step in Step::ALL {
                assert_eq!(
                    step.missing(strategy, started),
                    Vec::<String>::new(),
                    "{step:?}"
                );
            }
            assert!(strategy.goals.goals.len() >= 2);
            for goal in &strategy.goals.goals {
                assert!(smart::passes(goal, strategy, started), "{goal:?}");
                assert!(!goal.milestones.is_empty());
                for milestone in &goal.milestones {
                    assert!(milestone.due > Some(started) && milestone.due < goal.deadline);
                }
            }
            assert_eq!(strategy.goals.agreement, Some(Agreement::Agreed));
            assert!(strategy.goals.next_refresh > Some(started));
        }
    }

    #[test]
    fn the_example_strategy_links_every_step_to_the_ones_before() {
        let playbook = example();
        let s = &playbook.strategy;
        let is_in = |kind: ListKind, id: &Option<Id>| {
            id.as_ref()
                .is_some_and(|id| s.item(&ListAt::top(kind), id).is_some())
        };
        for objective in &s.objectives.objectives {
            assert!(is_in(ListKind::TopProblems, &objective.problem));
        }
        // Every top problem is served by an objective.
        for problem in &s.alignment.top_problems {
            let id = Some(problem.id.clone());
            assert!(s.objectives.objectives.iter().any(|o| o.problem == id));
        }
        for campaign in &s.programs.campaigns {
            assert!(is_in(ListKind::Programs, &campaign.program));
            assert!(is_in(ListKind::CommitmentStages, &campaign.stage));
        }
        for activity in &s.customer_journey.activities {
            assert!(is_in(ListKind::JourneyStages, &activity.stage));
        }
        // Goals serve objectives, and one a top problem directly.
        let serving = |kind| {
            s.goals
                .goals
                .iter()
                .filter(|goal| is_in(kind, &goal.relevant_to))
                .count()
        };
        assert!(serving(ListKind::Objectives) >= 2);
        assert!(serving(ListKind::TopProblems) >= 1);
    }

    #[test]
    fn the_example_shows_each_verdict_once() {
        let playbook = example();
        assert!(playbook.example);
        let verdicts: Vec<Option<Verdict>> = playbook
            .assessments
            .iter()
            .map(|a| judge(a).verdict())
            .collect();
        assert_eq!(
            verdicts,
            [
                Some(Verdict::TheyGetIt),
                Some(Verdict::MiddleGround),
                Some(Verdict::NoClue)
            ]
        );
    }

    #[test]
    fn every_note_and_sign_of_the_example_lands_on_its_question() {
        let playbook = example();
        for (interview, assessment) in INTERVIEWS.iter().zip(&playbook.assessments) {
            for (question, notes) in interview.notes {
                assert_eq!(
                    assessment
                        .answer(question)
                        .map(|answer| answer.notes.as_str()),
                    Some(*notes)
                );
            }
            assert_eq!(
                assessment.signs_heard().len(),
                interview.signs.len(),
                "{}",
                interview.executive
            );
            assert!(assessment.interview_date.is_some());
        }
    }
}
