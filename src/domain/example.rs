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
    plan.set(Text::Framework, "okrs");
    plan.add(
        L::CompanyGoals,
        &[(F::Goal, "Grow annual recurring revenue by 40%")],
    );
    plan.add(
        L::CompanyGoals,
        &[(
            F::Goal,
            "Become the default cloud API for small development teams in Europe and Asia",
        )],
    );
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

    plan.set(Text::CommunityType, "Developers and users");
    plan.set(
        Text::CommunitySize,
        "About 4,200 forum members, 600 of them active each month",
    );
    plan.set(Text::CommitmentDistribution, "Most only read (about 85%); about 12% ask or answer now and then; 30 people answer regularly; 4 run meetups.");
    plan.add(
        L::Impressions,
        &[
            (F::Channel, "Documentation"),
            (
                F::Impression,
                "Complete, but organised by feature rather than by task: hard to start from.",
            ),
        ],
    );
    plan.add(
        L::Impressions,
        &[
            (F::Channel, "Community forum"),
            (
                F::Impression,
                "Friendly, but questions wait two days for an answer.",
            ),
        ],
    );
    plan.add(
        L::Impressions,
        &[
            (F::Channel, "GitHub"),
            (F::Impression, "The samples are behind the current API."),
        ],
    );

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
    let groups = plan.add(
        L::Programs,
        &[
            (F::ProgramKind, "events"),
            (F::Name, "Southeast Asia meetups"),
            (
                F::Outcome,
                "Two active meetup groups by the middle of the year.",
            ),
        ],
    );
    let stages: Vec<String> = ["Exploring", "Participating", "Contributing", "Leading"]
        .into_iter()
        .map(|stage| plan.add(L::CommitmentStages, &[(F::Name, stage)]))
        .collect();
    plan.add(
        L::Campaigns,
        &[
            (F::Name, "First deploy challenge"),
            (F::Program, &academy),
            (F::CommitmentStage, &stages[0]),
            (F::TouchPoint, "The welcome mail after sign-up"),
            (
                F::Measurement,
                "Share of new sign-ups who deploy within a week",
            ),
            (F::Incentive, "A badge on their forum profile"),
        ],
    );
    plan.add(
        L::Campaigns,
        &[
            (F::Name, "Meetup host kit"),
            (F::Program, &groups),
            (F::CommitmentStage, &stages[3]),
            (
                F::TouchPoint,
                "An invitation to the forum's regulars in the region",
            ),
            (F::Measurement, "Meetups held per quarter"),
            (F::Incentive, "A trip to the yearly summit"),
        ],
    );

    let journey: Vec<String> = ["Discover", "Evaluate", "Learn", "Build", "Scale"]
        .into_iter()
        .map(|stage| plan.add(L::JourneyStages, &[(F::Name, stage)]))
        .collect();
    for (activity, by, stage) in [
        ("Attended a company meetup", "community", 0),
        ("Gave product feedback", "community", 3),
        ("Workshop", "team", 2),
        ("Sample app", "team", 3),
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
    plan.add(
        L::Drqls,
        &[
            (F::Team, "Product and Engineering"),
            (
                F::Description,
                "Forum members who offer to test the new SDK.",
            ),
        ],
    );
    plan.add(
        L::Drqls,
        &[
            (F::Team, "Sales"),
            (
                F::Description,
                "Teams at a meetup who ask for a proof of concept.",
            ),
        ],
    );
    plan.set(Text::Reporting, "A dashboard on the wiki maps each activity to the company's OKRs; a highlight and its link go to the company chat every month.");

    let deploy = plan.add(L::Goals, &[
        (F::GoalObjective, "raise the share of new sign-ups who deploy within a week from 20% to 35%"),
        (F::Who, "The DevRel team, with the documentation writers,"),
        (F::Steps, "rewriting the quick start by task, publishing four tutorials and holding weekly office hours"),
        (F::Result, "bring more active users, the company's first top problem"),
        (F::RelevantTo, &first_call),
        (F::Owner, "Sam Rivera"),
    ]);
    let deadline = plan.in_days(120);
    plan.apply(StrategyEdit::SetItem {
        list: ListAt::top(L::Goals),
        id: id_of(&deploy),
        field: F::Deadline,
        value: deadline,
    });
    for (milestone, days) in [
        ("Quick start rewritten by task", 45),
        ("Four tutorials published", 100),
    ] {
        let due = plan.in_days(days);
        plan.add_to(
            ListAt::milestones_of(id_of(&deploy)),
            &[(F::Milestone, milestone), (F::Due, &due)],
        );
    }
    let asia = plan.add(L::Goals, &[
        (F::GoalObjective, "start 2 meetup groups in Southeast Asia with 30 members each"),
        (F::Who, "DevRel, with the regional sales team,"),
        (F::Steps, "finding local hosts through partners, running the first events together and sharing a host kit"),
        (F::Result, "give the company a foothold in its new region"),
        (F::RelevantTo, &meetups),
        (F::Owner, "Sam Rivera"),
    ]);
    let deadline = plan.in_days(180);
    plan.apply(StrategyEdit::SetItem {
        list: ListAt::top(L::Goals),
        id: id_of(&asia),
        field: F::Deadline,
        value: deadline,
    });
    for (milestone, days) in [
        ("Hosts found in Singapore and Jakarta", 60),
        ("First two meetups held", 150),
    ] {
        let due = plan.in_days(days);
        plan.add_to(
            ListAt::milestones_of(id_of(&asia)),
            &[(F::Milestone, milestone), (F::Due, &due)],
        );
    }
    plan.set(Text::ReviewCadence, "Every two weeks, in our one-to-one");
    plan.set(Text::Agreement, "agreed");
    let refresh = plan.in_days(75);
    plan.set(Text::NextRefresh, &refresh);

    for (channel, cadence, audience) in [
        ("Internal newsletter", "Monthly", "The whole company"),
        (
            "Wiki home page of the team",
            "Updated every week",
            "Anyone curious about DevRel",
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
    use chrono::TimeZone;

    fn example() -> Playbook {
        let mut n = 0u8;
        example_playbook(
            || {
                n += 1;
                Id::from_random_bytes([n; 16])
            },
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        )
    }

    #[test]
    fn the_example_strategy_is_finished_and_every_goal_is_smart() {
        use crate::domain::strategy::smart;
        use crate::domain::strategy::steps::Step;
        let playbook = example();
        let started = playbook.created_at.date_naive();
        for step in Step::ALL {
            assert_eq!(
                step.missing(&playbook.strategy, started),
                Vec::<String>::new(),
                "{step:?}"
            );
        }
        assert_eq!(playbook.strategy.goals.goals.len(), 2);
        for goal in &playbook.strategy.goals.goals {
            assert!(smart::passes(goal, &playbook.strategy, started));
        }
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
