//! Generators of arbitrary playbooks and interviews, shared by the property tests.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use devrel_playbook::domain::buyin::questions::{questions_in, Rating, WarningSign, QUESTIONS};
use devrel_playbook::domain::buyin::{Assessment, AssessmentEdit, Interviewee};
use devrel_playbook::domain::file::SCHEMA_VERSION;
use devrel_playbook::domain::playbook::{Playbook, PlaybookId};
use proptest::prelude::*;

pub fn any_time() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_102_444_800, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| Utc.timestamp_opt(secs, nanos).unwrap())
}

pub fn any_playbook() -> impl Strategy<Value = Playbook> {
    (
        any::<[u8; 16]>(),
        "\\PC{1,40}",
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
                created_at,
                updated_at,
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
    (ratings, signs).prop_map(|(ratings, signs)| {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let who = Interviewee {
            executive: "Dana".into(),
            ..Interviewee::default()
        };
        let mut assessment =
            Assessment::new(PlaybookId::from_random_bytes([7; 16]), who, now).unwrap();
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
