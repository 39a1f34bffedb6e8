//! Generators of arbitrary playbooks and interviews, shared by the property tests.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use devrel_playbook::domain::buyin::questions::{questions_in, Rating, WarningSign, QUESTIONS};
use devrel_playbook::domain::buyin::{Assessment, AssessmentEdit, Interviewee};
use devrel_playbook::domain::id::Id;
use devrel_playbook::domain::playbook::{Playbook, PlaybookId};
use devrel_playbook::domain::strategy::{ItemField, ListAt, ListKind, StrategyEdit};
use devrel_playbook::domain::versions::SCHEMA_VERSION;
use proptest::prelude::*;

pub fn any_time() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_102_444_800, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| Utc.timestamp_opt(secs, nanos).unwrap())
}

pub fn any_playbook() -> impl Strategy<Value = Playbook> {
    (
        any::<[u8; 16]>(),
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
                id,
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
                strategy: Default::default(),
                exported_at,
                edits_since_export,
                example: false,
            },
        )
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
    let item = (0u8..8).prop_map(|n| Id::from_random_bytes([n; 16]));
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
