//! The example playbook a first-time user can open to see a finished one: three executives of
//! an invented company, one for each verdict. It is marked as an example and removable.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::buyin::questions::{questions_in, Group, Rating, WarningSign};
use super::buyin::{Assessment, AssessmentEdit, Interviewee};
use super::id::Id;
use super::iso8601;
use super::playbook::{NewPlaybook, Playbook};
use super::strategy::{ItemField, ListAt, ListKind, Strategy, StrategyEdit, Text};

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
    playbook
}

/// Adds items and answers to the example's strategy, through the same edits a user makes.
struct Plan<'a, F> {
    strategy: Strategy,
    new_id: &'a mut F,
    today: NaiveDate,
}

impl<F: FnMut() -> Id> Plan<'_, F> {
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
    use ItemField as F;
    use ListKind as L;
    let mut plan = Plan {
        strategy: Strategy::default(),
        new_id,
        today,
    };

    // 1. Company goals and top problems
    plan.set(Text::Framework, "okrs");
    for goal in [
        "Grow annual recurring revenue by 40%",
        "Become the default cloud API for small development teams in Europe and Asia",
        "Keep support costs flat while the number of customers doubles",
    ] {
        plan.add(L::CompanyGoals, &[(F::Goal, goal)]);
    }
    let active = plan.add(L::TopProblems, &[
        (F::Problem, "More active users of the API"),
        (F::Contribution, "Tutorials and sample apps that take a developer to a first successful call within an hour, and office hours in the forum."),
    ]);
    let region = plan.add(L::TopProblems, &[
        (F::Problem, "Expanding into Southeast Asia"),
        (F::Contribution, "Start meetups in Singapore and Jakarta with local partners, and bring the workshop there."),
    ]);
    let awareness = plan.add(L::TopProblems, &[
        (F::Problem, "Brand awareness among backend developers"),
        (F::Contribution, "Technical articles on the problems our audience searches for, in the words they search with."),
    ]);
    let support = plan.add(L::TopProblems, &[
        (F::Problem, "Support costs grow with every new customer"),
        (F::Contribution, "Quick answers in the forum from the team and from members, and documentation pages for the questions Support hears most."),
    ]);

    // 2. Community basics
    plan.set(
        Text::CommunityType,
        "Developers who build on the API, and the technical leads who choose it",
    );
    plan.set(
        Text::CommunitySize,
        "About 4,200 forum members, 600 of them active each month",
    );
    plan.set(Text::CommitmentDistribution, "Most only read (about 85%); about 12% ask or answer now and then; 30 people answer regularly; 4 run meetups.");
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
        plan.add(
            L::Impressions,
            &[(F::Channel, channel), (F::Impression, impression)],
        );
    }

    // 3. Program objectives
    plan.set(
        Text::Wants,
        "More developers active on the platform, and evidence that the community helps revenue.",
    );
    plan.set(
        Text::Avoids,
        "A community that only costs money, and public complaints left unanswered.",
    );
    plan.set(Text::StakeholderValue, "Product hears feedback early, Sales gets warm introductions, Support answers fewer repeated questions.");
    plan.set(
        Text::UserValue,
        "Faster answers, samples that run, and peers to learn from.",
    );
    let first_call = plan.add(
        L::Objectives,
        &[
            (F::Objective, "Cut the time to a first successful API call"),
            (F::ForProblem, &active),
            (F::Spaces, "success"),
        ],
    );
    let meetups = plan.add(
        L::Objectives,
        &[
            (F::Objective, "Launch a meetup network in Southeast Asia"),
            (F::ForProblem, &region),
            (F::Spaces, "acquisition"),
        ],
    );
    plan.add(
        L::Objectives,
        &[
            (
                F::Objective,
                "Publish a monthly tutorial for backend developers",
            ),
            (F::ForProblem, &awareness),
            (F::Spaces, "engagement"),
        ],
    );
    plan.add(
        L::Objectives,
        &[
            (
                F::Objective,
                "Answer forum questions within one working day",
            ),
            (F::ForProblem, &support),
            (F::Spaces, "support"),
        ],
    );

    // 4. Journey and personas
    plan.set(
        Text::WhereFrom,
        "Search results, conference talks, and colleagues' recommendations.",
    );
    plan.set(
        Text::MarketChannels,
        "Documentation, the forum, GitHub, a monthly newsletter and two conferences a year.",
    );
    plan.set(
        Text::Onboarding,
        "Sign-up is quick, but the first tutorial assumes you already know the SDK.",
    );
    plan.set(Text::ProductValue, "Teams ship a backend without running servers; the value shows once the first deploy works.");
    plan.set(
        Text::ScaleDirection,
        "Vertically first: turn readers into contributors before adding regions.",
    );
    plan.set(
        Text::FeltGood,
        "Sign-up took two minutes, and the forum welcomed me by name.",
    );
    plan.set(
        Text::FeltBad,
        "The quick start broke at step 4, and my forum question waited two days.",
    );
    plan.add(L::Personas, &[
        (F::Name, "Backend Bea"),
        (F::Description, "Backend developer at a start-up of ten people, three years in; reads our docs and Stack Overflow."),
        (F::PersonaGoals, "Ship an API quickly without looking after servers."),
        (F::PainPoints, "Docs organised by feature; samples that do not run."),
    ]);
    plan.add(L::Personas, &[
        (F::Name, "Agency Arif"),
        (F::Description, "Freelance developer in Jakarta who builds apps for local clients; learns from videos and meetups."),
        (F::PersonaGoals, "Deliver client projects on a fixed budget, and reuse what worked last time."),
        (F::PainPoints, "Prices only in US dollars, and nobody nearby to ask when something breaks."),
    ]);

    // 5. Cross-functional buddies
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
        plan.add(
            L::Buddies,
            &[
                (F::Function, function),
                (F::Contact, contact),
                (F::Status, status),
                (F::QuickWin, win),
            ],
        );
    }

    // 6. Programs and campaigns
    let academy = plan.add(
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
    let notes = plan.add(
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
    let groups = plan.add(
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
        .map(|stage| plan.add(L::CommitmentStages, &[(F::Name, stage)]))
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
        plan.add(
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

    // 7. Activities on the customer journey
    let journey: Vec<String> = ["Discover", "Evaluate", "Learn", "Build", "Scale"]
        .into_iter()
        .map(|stage| plan.add(L::JourneyStages, &[(F::Name, stage)]))
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
        plan.add(
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
        plan.add(L::Drqls, &[(F::Team, team), (F::Description, lead)]);
    }
    plan.set(Text::Reporting, "A dashboard on the wiki maps each activity to the company's OKRs; a highlight and its link go to the company chat every month.");

    // 8. SMART goals: two serve a program objective, one a top problem directly.
    plan.goal(
        &[
            (F::GoalObjective, "raise the share of new sign-ups who deploy within a week from 20% to 35%"),
            (F::Who, "The DevRel team and the documentation writers"),
            (F::Steps, "rewriting the quick start by task, publishing four tutorials and holding weekly office hours"),
            (F::Result, "bring more active users of the API, the first of the company's top problems"),
            (F::RelevantTo, &first_call),
            (F::Owner, "Sam Rivera"),
        ],
        120,
        &[
            ("Quick start rewritten by task", 45),
            ("Four tutorials published", 100),
        ],
    );
    plan.goal(
        &[
            (F::GoalObjective, "start 2 meetup groups in Southeast Asia with 30 members each"),
            (F::Who, "DevRel and the regional sales team"),
            (F::Steps, "finding local hosts through partners, running the first events together and sharing a host kit"),
            (F::Result, "give the company a foothold in its new region"),
            (F::RelevantTo, &meetups),
            (F::Owner, "Sam Rivera"),
        ],
        180,
        &[
            ("Hosts found in Singapore and Jakarta", 60),
            ("First two meetups held", 150),
        ],
    );
    plan.goal(
        &[
            (F::GoalObjective, "raise the share of forum questions answered within one working day from 40% to 90%"),
            (F::Who, "The DevRel team, Support and the forum helpers"),
            (F::Steps, "sharing a daily forum rota with Support and thanking the members who answer most"),
            (F::Result, "take repeated questions off Support's queue"),
            (F::RelevantTo, &support),
            (F::Owner, "Sam Rivera"),
        ],
        90,
        &[
            ("Forum rota agreed with Support", 20),
            ("First monthly thanks to the forum helpers", 50),
        ],
    );
    plan.set(Text::ReviewCadence, "Every two weeks, in our one-to-one");
    plan.set(Text::Agreement, "agreed");
    let refresh = plan.in_days(75);
    plan.set(Text::NextRefresh, &refresh);

    // 9. Internal communication
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
        plan.add(
            L::Channels,
            &[
                (F::Channel, channel),
                (F::Cadence, cadence),
                (F::Audience, audience),
            ],
        );
    }
    plan.strategy
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
    use crate::domain::strategy::Agreement;
    use chrono::TimeZone;

    fn example() -> Playbook {
        example_at(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap())
    }

    fn example_at(now: DateTime<Utc>) -> Playbook {
        let mut n = 0u8;
        example_playbook(
            || {
                n += 1;
                Id::from_random_bytes([n; 16])
            },
            now,
        )
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
            let started = playbook.created_at.date_naive();
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
