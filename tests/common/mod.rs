//! Generators of arbitrary playbooks and interviews, shared by the property tests.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use devrel_playbook::domain::buyin::questions::{questions_in, Rating, WarningSign, QUESTIONS};
use devrel_playbook::domain::buyin::{Assessment, AssessmentEdit, Interviewee};
use devrel_playbook::domain::id::Id;
use devrel_playbook::domain::iso8601;
use devrel_playbook::domain::onboarding::reviews::ReviewEdit;
use devrel_playbook::domain::onboarding::{Mark, Onboarding, OnboardingEdit};
use devrel_playbook::domain::playbook::{Playbook, PlaybookId};
use devrel_playbook::domain::strategy::{
    FieldKind, ItemField, ListAt, ListKind, Strategy as ProgramStrategy, StrategyEdit, Text,
};
use devrel_playbook::domain::versions::SCHEMA_VERSION;
use proptest::prelude::*;

/// Id number `n`: the byte `n` sixteen times. The unit tests have the same in
/// `domain::id::sequential`, which is test code of the library and not visible here.
pub fn id(n: u8) -> Id {
    Id::from_random_bytes([n; 16])
}

/// Fresh ids for code that asks for them as it goes (the example): ids 1, 2, 3, and so on.
pub fn fresh_ids() -> impl FnMut() -> Id {
    let mut n = 0;
    move || {
        n += 1;
        id(n)
    }
}

pub fn any_time() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_102_444_800, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| Utc.timestamp_opt(secs, nanos).unwrap())
}

pub fn any_playbook() -> impl Strategy<Value = Playbook> {
    (
        (any::<[u8; 16]>(), any_strategy(), any_onboarding()),
        "[^\\s\\p{C}]\\PC{0,39}",
        ".{0,40}",
        ".{0,40}",
        any_time(),
        any_time(),
        proptest::option::of(any_time()),
        any::<u32>(),
    )
        .prop_map(
            |(
                (id, strategy, onboarding),
                title,
                company,
                author,
                created_at,
                updated_at,
                exported_at,
                edits_since_export,
            )| Playbook {
                schema_version: SCHEMA_VERSION,
                id: PlaybookId::from_random_bytes(id),
                title,
                company,
                author,
                // A playbook is never changed before it is created.
                created_at: created_at.min(updated_at),
                updated_at: created_at.max(updated_at),
                assessments: Vec::new(),
                strategy: Box::new(strategy),
                onboarding,
                exported_at,
                edits_since_export,
                example: false,
            },
        )
}

/// What a user could have said of a 90-day plan, built by its edits: a start day, marks,
/// moves and new words for proposed tasks, tasks of their own, some removed again.
pub fn any_onboarding() -> impl Strategy<Value = Onboarding> {
    proptest::collection::vec(any_onboarding_edit(), 0..10).prop_map(|edits| {
        let mut plan = Onboarding::default();
        for edit in edits {
            // A refused edit changes nothing.
            let _ = plan.apply(edit);
        }
        plan
    })
}

fn any_day() -> impl Strategy<Value = String> {
    (2026i32..2028, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn any_onboarding_edit() -> impl Strategy<Value = OnboardingEdit> {
    let key = prop_oneof![
        Just("align/read-goals"),
        Just("journey/ask-around"),
        Just("align/agree-plan"),
        Just("collab/shout-outs"),
        Just("buyin/first-interview"),
    ]
    .prop_map(str::to_owned);
    prop_oneof![
        any_day().prop_map(OnboardingEdit::Start),
        (key.clone(), any_day()).prop_map(|(task, on)| OnboardingEdit::Mark {
            task,
            mark: iso8601::date::parse(&on).map(Mark::Done),
        }),
        (key.clone(), "[a-z ]{0,20}").prop_map(|(task, reason)| OnboardingEdit::Mark {
            task,
            mark: Some(Mark::Skipped(reason)),
        }),
        key.clone().prop_map(|task| OnboardingEdit::Mark {
            task,
            mark: Some(Mark::Open),
        }),
        (key.clone(), any_day()).prop_map(|(task, due)| OnboardingEdit::Reschedule { task, due }),
        (key.clone(), "[a-zA-Z ]{0,30}")
            .prop_map(|(task, title)| OnboardingEdit::Reword { task, title }),
        (any::<[u8; 16]>(), "[a-zA-Z ]{1,30}", any_day()).prop_map(|(id, title, due)| {
            OnboardingEdit::Add {
                id: Id::from_random_bytes(id),
                title,
                due,
            }
        }),
        key.prop_map(|task| OnboardingEdit::Remove { task }),
        any_review_edit().prop_map(OnboardingEdit::Review),
    ]
}

/// A change to the reviews, among a few reviews, goals and milestones so that edits meet the
/// same ones; some values are no numbers and some ids name nothing, as a refused edit would.
pub fn any_review_edit() -> impl Strategy<Value = ReviewEdit> {
    let small_id = |n: u8| Id::from_random_bytes([n; 16]);
    let review = (1u8..4).prop_map(small_id);
    let goal = (4u8..6).prop_map(small_id);
    let milestone = (6u8..8).prop_map(small_id);
    prop_oneof![
        (review.clone(), any_day()).prop_map(|(id, on)| ReviewEdit::Add { id, on }),
        (review.clone(), any_day()).prop_map(|(review, on)| ReviewEdit::On { review, on }),
        (
            review.clone(),
            goal.clone(),
            "-?[0-9]{1,4}(\\.[0-9]{1,2})?|[a-z ,]{0,3}"
        )
            .prop_map(|(review, goal, value)| ReviewEdit::Value {
                review,
                goal,
                value
            }),
        (review.clone(), goal.clone(), milestone, any::<bool>()).prop_map(
            |(review, goal, milestone, reached)| ReviewEdit::Reached {
                review,
                goal,
                milestone,
                reached
            }
        ),
        (review.clone(), goal, "[a-zA-Z ]{0,20}")
            .prop_map(|(review, goal, note)| ReviewEdit::Note { review, goal, note }),
        review.prop_map(|review| ReviewEdit::Remove { review }),
    ]
}

/// A strategy as a user could leave it: built by edits through `Strategy::apply`, so it keeps
/// every rule editing keeps. Items go into every list (milestones under goals), links point at
/// items already there, answers and item fields take text, dates and choices; some items are
/// moved or removed again, which clears the links to them. An edit the model refuses (a list
/// full, a value that does not fit) is left out, as it would be on screen.
pub fn any_strategy() -> impl Strategy<Value = ProgramStrategy> {
    proptest::collection::vec(any_plan_step(), 0..24).prop_map(|steps| {
        let mut strategy = ProgramStrategy::default();
        for step in steps {
            if let Some(edit) = step.edit(&strategy) {
                // A refused edit changes nothing.
                let _ = strategy.apply(edit);
            }
        }
        strategy
    })
}

/// One edit of `any_strategy`, drawn before the items it may name exist: `pick` chooses among
/// whatever is there when it is made.
#[derive(Clone, Debug)]
struct PlanStep {
    what: PlanEdit,
    pick: usize,
    seeds: Vec<usize>,
    text: String,
}

#[derive(Clone, Copy, Debug)]
enum PlanEdit {
    Add([u8; 16]),
    Set,
    SetItem,
    Move(bool),
    Remove,
}

fn any_plan_step() -> impl Strategy<Value = PlanStep> {
    let what = prop_oneof![
        6 => any::<[u8; 16]>().prop_map(PlanEdit::Add),
        2 => Just(PlanEdit::Set),
        2 => Just(PlanEdit::SetItem),
        1 => any::<bool>().prop_map(PlanEdit::Move),
        1 => Just(PlanEdit::Remove),
    ];
    // Letters, spaces and the characters the Markdown report escapes; a small class keeps
    // generation quick.
    let text = "[a-zA-Z0-9 é“”*_|#<>.-]{0,30}";
    (
        what,
        any::<usize>(),
        proptest::collection::vec(any::<usize>(), 8),
        text,
    )
        .prop_map(|(what, pick, seeds, text)| PlanStep {
            what,
            pick,
            seeds,
            text,
        })
}

impl PlanStep {
    fn edit(&self, strategy: &ProgramStrategy) -> Option<StrategyEdit> {
        let list = self.list(strategy)?;
        let seed = |n: usize| self.seeds[n % self.seeds.len()];
        let item = || {
            let items = strategy.items(&list);
            (!items.is_empty()).then(|| items[self.pick % items.len()].id().clone())
        };
        Some(match self.what {
            PlanEdit::Add(id) => StrategyEdit::Add {
                id: Id::from_random_bytes(id),
                values: list
                    .kind
                    .fields()
                    .iter()
                    .enumerate()
                    .map(|(n, spec)| (spec.field, self.value(spec.kind, seed(n), strategy)))
                    .collect(),
                list,
            },
            PlanEdit::Set => {
                let field = Text::ALL[self.pick % Text::ALL.len()];
                StrategyEdit::Set {
                    field,
                    value: self.value(field.spec().kind, seed(0), strategy),
                }
            }
            PlanEdit::SetItem => {
                let fields = list.kind.fields();
                let spec = fields[seed(0) % fields.len()];
                StrategyEdit::SetItem {
                    id: item()?,
                    field: spec.field,
                    value: self.value(spec.kind, seed(1), strategy),
                    list,
                }
            }
            PlanEdit::Move(up) => StrategyEdit::Move {
                id: item()?,
                list,
                up,
            },
            PlanEdit::Remove => StrategyEdit::Remove { id: item()?, list },
        })
    }

    /// The list the edit is about: any, milestones under a goal already there.
    fn list(&self, strategy: &ProgramStrategy) -> Option<ListAt> {
        let kind = ListKind::ALL[self.pick % ListKind::ALL.len()];
        if kind != ListKind::Milestones {
            return Some(ListAt::top(kind));
        }
        let goals = &strategy.goals.goals;
        (!goals.is_empty())
            .then(|| ListAt::milestones_of(goals[self.seeds[0] % goals.len()].id.clone()))
    }

    /// A value a field of `kind` takes: the text, a real date, one of its choices, or the id of
    /// an item already in a list it may point at (empty, so no link, when there is none).
    fn value(&self, kind: FieldKind, seed: usize, strategy: &ProgramStrategy) -> String {
        match kind {
            FieldKind::Line | FieldKind::Notes => self.text.clone(),
            FieldKind::Date => format!("2027-{:02}-{:02}", seed % 12 + 1, seed % 28 + 1),
            FieldKind::Choice(choices) => choices[seed % choices.len()].id.to_owned(),
            FieldKind::Link(lists) => {
                let targets: Vec<String> = lists
                    .iter()
                    .flat_map(|&kind| strategy.items(&ListAt::top(kind)))
                    .map(|item| item.id().to_string())
                    .collect();
                if targets.is_empty() {
                    String::new()
                } else {
                    targets[seed % targets.len()].clone()
                }
            }
        }
    }
}

/// An interview with every question rated and some fitting warning signs heard.
pub fn any_interview() -> impl Strategy<Value = Assessment> {
    let ratings = proptest::collection::vec(0usize..3, QUESTIONS.len());
    let signs = proptest::collection::vec(any::<bool>(), WarningSign::ALL.len());
    // Each its own id: two interviews of one playbook never share one.
    (ratings, signs, any::<[u8; 16]>()).prop_map(|(ratings, signs, id)| {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let who = Interviewee {
            executive: "Dana".into(),
            ..Interviewee::default()
        };
        let mut assessment = Assessment::new(PlaybookId::from_random_bytes(id), who, now).unwrap();
        for (question, rating) in QUESTIONS.iter().zip(ratings) {
            let edit = AssessmentEdit::Rate {
                question: question.id.into(),
                rating: Some(Rating::ALL[rating]),
            };
            assessment.apply(edit, now).unwrap();
        }
        for (sign, heard) in WarningSign::ALL.into_iter().zip(signs) {
            let question = questions_in(sign.heard_in()).next().unwrap().id;
            assessment
                .apply(
                    AssessmentEdit::Sign {
                        question: question.into(),
                        sign,
                        heard,
                    },
                    now,
                )
                .unwrap();
        }
        assessment
    })
}

/// One edit a user might make to the linked lists: top problems, objectives and goals (with
/// their milestones). Ids come from a small pool so that edits meet: an add may reuse an id,
/// a link may point at something removed or never added, a move may reach an end. Some
/// adds carry a choice or a date that is not one, which must refuse the whole add.
pub fn any_strategy_edit() -> impl Strategy<Value = StrategyEdit> {
    let kinds = prop_oneof![
        Just(ListKind::TopProblems),
        Just(ListKind::Objectives),
        Just(ListKind::Goals)
    ];
    let item = (0u8..8).prop_map(id);
    // A link to an item from the pool, or an empty value that clears it.
    let target = prop_oneof![
        3 => item.clone().prop_map(|id| id.to_string()),
        1 => Just(String::new()),
    ];
    prop_oneof![
        (kinds.clone(), item.clone(), target.clone(), any::<bool>()).prop_map(
            |(kind, id, to, good)| {
                let values = match kind {
                    ListKind::TopProblems => vec![(ItemField::Problem, "Awareness".into())],
                    ListKind::Objectives => vec![
                        (ItemField::Objective, "Tutorials".into()),
                        (ItemField::ForProblem, to),
                        (
                            ItemField::Spaces,
                            if good { "support" } else { "growth" }.into(),
                        ),
                    ],
                    _ => vec![
                        (ItemField::GoalObjective, "publish 12 tutorials".into()),
                        (ItemField::RelevantTo, to),
                        (
                            ItemField::Deadline,
                            if good { "2027-03-31" } else { "soon" }.into(),
                        ),
                    ],
                };
                StrategyEdit::Add {
                    list: ListAt::top(kind),
                    id,
                    values,
                }
            }
        ),
        (item.clone(), item.clone()).prop_map(|(goal, id)| StrategyEdit::Add {
            list: ListAt::milestones_of(goal),
            id,
            values: vec![
                (ItemField::Milestone, "Half way".into()),
                (ItemField::Due, "2027-01-31".into()),
            ],
        }),
        (kinds.clone(), item.clone()).prop_map(|(kind, id)| StrategyEdit::Remove {
            list: ListAt::top(kind),
            id,
        }),
        (kinds, item.clone(), any::<bool>()).prop_map(|(kind, id, up)| StrategyEdit::Move {
            list: ListAt::top(kind),
            id,
            up,
        }),
        (item.clone(), target.clone()).prop_map(|(id, to)| StrategyEdit::SetItem {
            list: ListAt::top(ListKind::Objectives),
            id,
            field: ItemField::ForProblem,
            value: to,
        }),
        (item, target).prop_map(|(id, to)| StrategyEdit::SetItem {
            list: ListAt::top(ListKind::Goals),
            id,
            field: ItemField::RelevantTo,
            value: to,
        }),
    ]
}
