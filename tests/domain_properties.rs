//! Properties of the domain that must hold for any input, not only the examples in unit tests.
#![cfg(not(target_arch = "wasm32"))]

use devrel_playbook::domain::buyin::questions::{questions_in, Rating, WarningSign, QUESTIONS};
use devrel_playbook::domain::buyin::verdict::{judge, Verdict};
use devrel_playbook::domain::buyin::{Assessment, AssessmentEdit};
use devrel_playbook::domain::file::{export, import, restore, ShareOptions};
use devrel_playbook::domain::id::Id;
use devrel_playbook::domain::library::{Index, Library};
use devrel_playbook::domain::playbook::PlaybookEdit;
use devrel_playbook::domain::strategy::{ListAt, ListKind};
use proptest::prelude::*;

mod common;
use common::{any_interview, any_playbook, any_strategy_edit, any_time};

fn verdict_of(assessment: &Assessment) -> Verdict {
    judge(assessment)
        .verdict()
        .expect("every question is rated")
}

const VERSION_1: &str = include_str!("fixtures/playbook-v1.json");

proptest! {
    #[test]
    fn any_playbook_survives_storage_unchanged(playbook in any_playbook()) {
        let text = serde_json::to_string(&playbook).unwrap();
        prop_assert_eq!(restore(&text), Ok(playbook));
    }

    #[test]
    fn restore_never_panics_on_arbitrary_text(text in ".{0,200}") {
        let _ = restore(&text);
    }

    #[test]
    fn restore_never_panics_on_a_damaged_document(cut in 0..VERSION_1.len(), byte in any::<u8>(), at in 0..VERSION_1.len()) {
        let mut bytes = VERSION_1.as_bytes().to_vec();
        bytes[at] = byte;
        bytes.truncate(cut.max(at + 1));
        let _ = restore(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn an_edit_either_applies_exactly_or_changes_nothing(playbook in any_playbook(), title in ".{0,250}", now in any_time()) {
        let mut edited = playbook.clone();
        match edited.apply(PlaybookEdit::Title(title.clone()), now) {
            Ok(()) => {
                prop_assert_eq!(&edited.title, &title);
                prop_assert_eq!(edited.updated_at, playbook.updated_at.max(now));
            }
            Err(_) => prop_assert_eq!(edited, playbook),
        }
    }

    #[test]
    fn loading_keeps_every_stored_entry(
        playbooks in proptest::collection::vec(any_playbook(), 0..8),
        garbage in proptest::collection::vec(".{0,30}", 0..4),
    ) {
        let mut stored: Vec<(String, String)> = playbooks
            .iter()
            .map(|playbook| (playbook.id.to_string(), serde_json::to_string(playbook).unwrap()))
            .collect();
        stored.extend(garbage.into_iter().enumerate().map(|(n, text)| (format!("garbage-{n}"), text)));
        stored.sort();
        stored.dedup_by(|a, b| a.0 == b.0);
        let library = Library::from_stored(&Index::default(), stored.clone());
        prop_assert_eq!(library.entries().len(), stored.len());
        let mut ids = library.index().ids;
        ids.sort();
        prop_assert_eq!(ids, stored.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    }

    #[test]
    fn raising_a_rating_never_worsens_the_verdict(interview in any_interview(), which in 0..QUESTIONS.len()) {
        let question = QUESTIONS[which].id;
        let current = interview.answer(question).and_then(|answer| answer.rating).unwrap();
        for higher in Rating::ALL.into_iter().filter(|rating| *rating > current) {
            let mut raised = interview.clone();
            raised.apply(AssessmentEdit::Rate { question: question.into(), rating: Some(higher) }, raised.updated_at).unwrap();
            prop_assert!(verdict_of(&raised) >= verdict_of(&interview));
        }
    }

    #[test]
    fn hearing_a_warning_sign_never_improves_the_verdict(interview in any_interview(), which in 0..WarningSign::ALL.len()) {
        let sign = WarningSign::ALL[which];
        for question in questions_in(sign.heard_in()) {
            let mut flagged = interview.clone();
            flagged.apply(AssessmentEdit::Sign { question: question.id.into(), sign, heard: true }, flagged.updated_at).unwrap();
            prop_assert!(verdict_of(&flagged) <= verdict_of(&interview));
        }
    }

    #[test]
    fn interviews_survive_storage_unchanged(mut playbook in any_playbook(), interviews in proptest::collection::vec(any_interview(), 0..3)) {
        playbook.assessments = interviews;
        let text = serde_json::to_string(&playbook).unwrap();
        prop_assert_eq!(restore(&text), Ok(playbook));
    }

    #[test]
    fn export_then_import_gives_back_the_playbook(mut playbook in any_playbook(), interviews in proptest::collection::vec(any_interview(), 0..3)) {
        playbook.assessments = interviews;
        let options = ShareOptions { include_private_notes: true, hide_executive_names: false };
        let text = export(&playbook, options, playbook.updated_at).unwrap();
        prop_assert_eq!(import(&text), Ok(vec![playbook]));
    }

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = import(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn import_never_panics_on_a_damaged_file(cut in 0..2000usize, byte in any::<u8>(), at in 0..2000usize) {
        let playbook = restore(VERSION_1).unwrap();
        let options = ShareOptions { include_private_notes: true, hide_executive_names: false };
        let mut bytes = export(&playbook, options, playbook.updated_at).unwrap().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.max(at + 1));
        let _ = import(&String::from_utf8_lossy(&bytes));
    }
}

/// Every item id in the strategy, milestones included.
fn item_ids(strategy: &devrel_playbook::domain::strategy::Strategy) -> Vec<Id> {
    let mut ids: Vec<Id> = ListKind::ALL
        .into_iter()
        .filter(|&kind| kind != ListKind::Milestones)
        .flat_map(|kind| {
            strategy
                .items(&ListAt::top(kind))
                .into_iter()
                .map(|item| item.id().clone())
        })
        .collect();
    for goal in &strategy.goals.goals {
        ids.extend(
            strategy
                .items(&ListAt::milestones_of(goal.id.clone()))
                .into_iter()
                .map(|item| item.id().clone()),
        );
    }
    ids
}

proptest! {
    #[test]
    fn no_edit_leaves_a_link_pointing_at_nothing(edits in proptest::collection::vec(any_strategy_edit(), 0..80)) {
        let mut strategy = devrel_playbook::domain::strategy::Strategy::default();
        for edit in edits {
            // Refused edits are part of the sequence too: they must change nothing.
            let before = strategy.clone();
            if strategy.apply(edit.clone()).is_err() {
                prop_assert_eq!(&strategy, &before, "{:?}", edit);
            }
            prop_assert_eq!(strategy.dangling_links(), Vec::new(), "after {:?}", edit);
            let ids = item_ids(&strategy);
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            prop_assert_eq!(unique.len(), ids.len(), "an id is used twice after {:?}", edit);
            prop_assert!(strategy.alignment.top_problems.len() <= 5);
            let text = serde_json::to_string(&strategy).unwrap();
            prop_assert_eq!(&serde_json::from_str::<devrel_playbook::domain::strategy::Strategy>(&text).unwrap(), &strategy);
        }
    }
}
