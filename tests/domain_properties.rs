//! Properties of the domain that must hold for any input, not only the examples in unit tests.
#![cfg(not(target_arch = "wasm32"))]

use devrel_playbook::domain::buyin::questions::{questions_in, Rating, WarningSign, QUESTIONS};
use devrel_playbook::domain::buyin::verdict::{judge, Verdict};
use devrel_playbook::domain::buyin::{Assessment, AssessmentEdit};
use devrel_playbook::domain::document::Written;
use devrel_playbook::domain::file::{export, import, restore, ShareOptions};
use devrel_playbook::domain::id::Id;
use devrel_playbook::domain::layout::{join, lay_out, part_names, stamp, Known};
use devrel_playbook::domain::library::{in_memory, Index, Library, Summary};
use devrel_playbook::domain::onboarding::calendar::{self, MAX_LINE_OCTETS};
use devrel_playbook::domain::onboarding::reviews;
use devrel_playbook::domain::onboarding::{day_of_plan, State};
use devrel_playbook::domain::playbook::Playbook;
use devrel_playbook::domain::playbook::PlaybookEdit;
use devrel_playbook::domain::strategy::{ListAt, ListKind};
use proptest::prelude::*;
use std::collections::BTreeSet;

mod common;

/// A value as serde's derived writer writes it, whatever its type.
mod erased {
    pub trait Json {
        fn json(&self) -> serde_json::Value;
    }

    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap()
        }
    }
}
use common::{any_interview, any_playbook, any_strategy, any_strategy_edit, any_time, id};

/// localStorage as the storage layer writes it: entries, their stamps and the index.
#[derive(Default)]
struct Stored {
    texts: Vec<(String, String)>,
    stamps: Vec<(String, String)>,
    index: Index,
}

impl Stored {
    fn stamp(&self, id: &str) -> Option<String> {
        self.stamps
            .iter()
            .find(|(key, _)| key == id)
            .map(|(_, stamp)| stamp.clone())
    }

    /// The first `steps` of a save, in the storage layer's order: the stamp emptied, the
    /// entry, the index, the stamp back.
    fn save(&mut self, playbook: &Playbook, steps: usize) {
        let id = playbook.id.to_string();
        let text = serde_json::to_string(playbook).unwrap();
        self.stamps.retain(|(key, _)| key != &id || steps == 0);
        if steps >= 1 {
            self.stamps.push((id.clone(), String::new()));
        }
        if steps >= 2 {
            self.texts.retain(|(key, _)| key != &id);
            self.texts.push((id.clone(), text.clone()));
        }
        if steps >= 3 {
            let mut ids = self.index.ids.clone();
            if !ids.contains(&id) {
                ids.push(id.clone());
            }
            self.index = self
                .index
                .updated(ids, vec![Summary::of(playbook, stamp(&text))]);
        }
        if steps >= 4 {
            self.stamps.retain(|(key, _)| key != &id);
            self.stamps.push((id, stamp(&text)));
        }
    }
}

fn verdict_of(assessment: &Assessment) -> Verdict {
    judge(assessment)
        .verdict()
        .expect("every question is rated")
}

const VERSION_1: &str = include_str!("fixtures/playbook-v1.json");

proptest! {
    #[test]
    fn every_proposed_task_has_a_source_and_a_day_within_the_plan(playbook in any_playbook()) {
        let start = playbook.onboarding.start_day(playbook.started());
        for task in playbook.plan() {
            if task.own {
                prop_assert!(task.credit.is_none());
                continue;
            }
            prop_assert!(task.credit.is_some(), "{}", task.key);
            if playbook.onboarding.note(&task.key).and_then(|note| note.due).is_none() {
                prop_assert!(day_of_plan(start, task.due).is_some(), "{} on {}", task.key, task.due);
            }
        }
    }

    #[test]
    fn any_plan_is_a_well_formed_calendar_of_one_event_per_task(
        mut playbook in any_playbook(),
        interviews in proptest::collection::vec(any_interview(), 0..3),
        now in any_time(),
    ) {
        playbook.assessments = interviews;
        let plan = playbook.plan();
        let text = playbook.calendar(now);
        prop_assert!(text.ends_with("\r\n"));
        let lines: Vec<&str> = text.strip_suffix("\r\n").unwrap_or(&text).split("\r\n").collect();
        let mut open: Vec<&str> = Vec::new();
        let mut events = 0;
        for line in &lines {
            prop_assert!(line.len() <= MAX_LINE_OCTETS, "{} octets: {:?}", line.len(), line);
            // A line break is CRLF and nothing else.
            prop_assert!(!line.contains(['\r', '\n']), "{:?}", line);
            if let Some(component) = line.strip_prefix("BEGIN:") {
                open.push(component);
                events += usize::from(component == "VEVENT");
            } else if let Some(component) = line.strip_prefix("END:") {
                prop_assert_eq!(open.pop(), Some(component));
            }
        }
        prop_assert!(open.is_empty(), "left open: {:?}", open);
        prop_assert_eq!(lines.first().copied(), Some("BEGIN:VCALENDAR"));
        prop_assert_eq!(events, plan.len());
        let unfolded = text.replace("\r\n ", "");
        let uids: BTreeSet<&str> = unfolded.split("\r\n").filter_map(|line| line.strip_prefix("UID:")).collect();
        prop_assert_eq!(uids.len(), plan.len());
        let titles: Vec<String> = plan.iter().map(|task| format!("SUMMARY:{}", calendar::escape(&task.title))).collect();
        let summaries: Vec<&str> = unfolded.split("\r\n").filter(|line| line.starts_with("SUMMARY:")).collect();
        prop_assert_eq!(summaries, titles);
    }

    #[test]
    fn a_ticked_task_stays_ticked_whatever_the_strategy_becomes(
        playbook in any_playbook(),
        edits in proptest::collection::vec(any_strategy_edit(), 0..12),
    ) {
        let ticked = |playbook: &devrel_playbook::domain::playbook::Playbook| -> Vec<String> {
            playbook.plan().into_iter().filter(|task| matches!(task.state, State::Ticked(_))).map(|task| task.key).collect()
        };
        let before = ticked(&playbook);
        let mut edited = playbook.clone();
        for edit in edits {
            let _ = edited.apply(PlaybookEdit::Strategy(edit), edited.updated_at);
        }
        let after = ticked(&edited);
        for key in before {
            // A task can leave the plan with what it was drawn from (a buddy removed), but a
            // rule never takes its tick away.
            let still_there = edited.plan().iter().any(|task| task.key == key);
            prop_assert!(!still_there || after.contains(&key), "{}", key);
        }
    }

    #[test]
    fn any_playbook_survives_storage_unchanged(playbook in any_playbook()) {
        let text = serde_json::to_string(&playbook).unwrap();
        prop_assert_eq!(restore(&text), Ok(playbook));
    }

    #[test]
    fn any_playbook_laid_out_in_parts_joins_back_into_its_document(playbook in any_playbook()) {
        let laid_out = lay_out(&playbook, &[], &mut Known::default()).unwrap();
        let joined = join(&laid_out.entry, &|name| {
            let (_, text) = laid_out.write.iter().find(|(known, _)| known == name)?;
            Some(text.clone())
        });
        prop_assert_eq!(joined, Some(serde_json::to_string(&Written(&playbook)).unwrap()));
        prop_assert_eq!(part_names(&laid_out.entry).len(), laid_out.write.len());
    }

    #[test]
    fn any_playbook_laid_out_after_another_lays_out_as_if_nothing_were_known(
        first in any_playbook(),
        second in any_playbook(),
    ) {
        let mut known = Known::default();
        let before = lay_out(&first, &[], &mut known).unwrap();
        let stored = part_names(&before.entry);
        // The same playbook again, over its own parts; then with its interviews in another order,
        // among others, over the first one's parts.
        let mut mixed = first.clone();
        mixed.assessments.reverse();
        mixed.assessments.splice(0..0, second.assessments.iter().cloned());
        for playbook in [&first, &mixed] {
            prop_assert_eq!(
                lay_out(playbook, &stored, &mut known).unwrap(),
                lay_out(playbook, &stored, &mut Known::default()).unwrap()
            );
        }
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
        let texts = stored.clone();
        let entries = stored.iter().map(|(id, _)| (id.clone(), None)).collect();
        in_memory::keep(texts);
        let library = Library::from_stored(&Index::default(), entries, in_memory::READ).library;
        prop_assert_eq!(library.entries().len(), stored.len());
        let mut ids = library.ids();
        ids.sort();
        prop_assert_eq!(ids, stored.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    }

    #[test]
    fn a_save_cut_short_never_leaves_an_index_that_hides_or_misdescribes_a_playbook(
        playbooks in proptest::collection::vec(any_playbook(), 1..5),
        steps in proptest::collection::vec(0usize..5, 5),
        other_tab in any::<bool>(),
    ) {
        let mut playbooks = playbooks;
        playbooks.sort_by(|a, b| a.id.cmp(&b.id));
        playbooks.dedup_by(|a, b| a.id == b.id);
        // Every playbook saved whole, then saved again with a new title, each second save cut
        // short after as many of its four steps as `steps` says.
        let mut store = Stored::default();
        for playbook in &playbooks {
            store.save(playbook, 4);
        }
        let index_before = store.index.clone();
        for (playbook, &steps) in playbooks.iter().zip(&steps) {
            let mut renamed = playbook.clone();
            renamed.title = format!("{} (renamed)", playbook.title);
            store.save(&renamed, steps);
        }
        if other_tab {
            // Another tab, which had not seen these saves, wrote its index over them.
            store.index = index_before.updated(store.index.ids.clone(), Vec::new());
        }
        let mut expected: Vec<Summary> = store
            .texts
            .iter()
            .map(|(_, text)| Summary::of(&restore(text).unwrap(), String::new()))
            .collect();
        expected.sort_by(|a, b| a.id.cmp(&b.id));
        let entries = store.texts.iter().map(|(id, _)| (id.clone(), store.stamp(id))).collect();
        in_memory::keep(store.texts.clone());
        let loaded = Library::from_stored(&store.index, entries, in_memory::READ);
        let mut shown = loaded.library.summaries();
        shown.iter_mut().for_each(|summary| summary.stamp.clear());
        shown.sort_by(|a, b| a.id.cmp(&b.id));
        prop_assert_eq!(shown, expected);
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
    fn a_playbook_is_written_and_copied_as_serde_and_clone_derive_it(mut playbook in any_playbook(), interviews in proptest::collection::vec(any_interview(), 0..3), example in any::<bool>()) {
        playbook.assessments = interviews;
        playbook.example = example;
        prop_assert_eq!(
            serde_json::to_string(&Written(&playbook)).unwrap(),
            serde_json::to_string(&playbook).unwrap()
        );
        // Copied through the same record: what serde's derived writer writes of the copy is
        // what it writes of the original.
        prop_assert_eq!(
            serde_json::to_value(playbook.clone()).unwrap(),
            serde_json::to_value(&playbook).unwrap()
        );
    }

    #[test]
    fn playbooks_compare_as_their_written_forms_do(mut playbook in any_playbook(), mut other in any_playbook(), interviews in proptest::collection::vec(any_interview(), 0..3), edit in any_strategy_edit(), rating in any::<bool>()) {
        // serde's derived writer (not `Written`) writes equal values alike and unequal ones
        // apart, so it is the twin that `==`, which every record takes from `document::same`,
        // is held to.
        let json = |value: &dyn erased::Json| value.json();
        playbook.assessments = interviews;
        other.assessments = playbook.assessments.clone();
        let mut edited = playbook.clone();
        let _ = edited.strategy.apply(edit);
        let mut rated = playbook.clone();
        if let Some(interview) = rated.assessments.first_mut() {
            let answer = interview.answers.get_or_blank(QUESTIONS[0].id);
            answer.rating = if rating { Some(Rating::Strong) } else { None };
        }
        for (a, b) in [(&playbook, &playbook.clone()), (&playbook, &other), (&playbook, &edited), (&playbook, &rated)] {
            prop_assert_eq!(a == b, json(a) == json(b));
            prop_assert_eq!(a.strategy == b.strategy, json(&*a.strategy) == json(&*b.strategy));
            prop_assert_eq!(a.assessments == b.assessments, json(&a.assessments) == json(&b.assessments));
            prop_assert_eq!(a.onboarding == b.onboarding, json(&a.onboarding) == json(&b.onboarding));
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
        prop_assert_eq!(import(&text).map(|found| found.playbooks), Ok(vec![playbook]));
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

proptest! {
    #[test]
    fn a_generated_playbook_is_already_settled(playbook in any_playbook(), interviews in proptest::collection::vec(any_interview(), 0..3)) {
        let mut settled = playbook.clone();
        settled.assessments = interviews;
        let before = settled.clone();
        prop_assert_eq!(settled.settle(), Ok(Vec::new()));
        prop_assert_eq!(settled, before);
        prop_assert_eq!(playbook.strategy.dangling_links(), Vec::new());
    }
}

/// The generator of strategies fills what the properties above rely on: items in every list,
/// milestones under goals, and links of every kind, so a property that breaks on them fails.
#[test]
fn generated_strategies_fill_every_list_and_link_them() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategies: Vec<_> = (0..64)
        .map(|_| any_strategy().new_tree(&mut runner).unwrap().current())
        .collect();
    for kind in ListKind::ALL
        .into_iter()
        .filter(|&kind| kind != ListKind::Milestones)
    {
        assert!(
            strategies
                .iter()
                .any(|strategy| !strategy.items(&ListAt::top(kind)).is_empty()),
            "no {kind:?}"
        );
    }
    let any = |has: &dyn Fn(&devrel_playbook::domain::strategy::Strategy) -> bool| {
        strategies.iter().any(has)
    };
    assert!(any(&|s| s
        .goals
        .goals
        .iter()
        .any(|goal| !goal.milestones.is_empty())));
    assert!(any(&|s| s
        .objectives
        .objectives
        .iter()
        .any(|o| o.problem.is_some())));
    assert!(any(&|s| s
        .goals
        .goals
        .iter()
        .any(|goal| goal.relevant_to.is_some())));
    assert!(any(&|s| s
        .programs
        .campaigns
        .iter()
        .any(|c| c.program.is_some() && c.stage.is_some())));
    assert!(any(&|s| s
        .customer_journey
        .activities
        .iter()
        .any(|a| a.stage.is_some())));
    assert!(any(&|s| s.goals.next_refresh.is_some()));
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
    fn reviews_stay_in_date_order_and_a_refused_edit_changes_nothing(
        edits in proptest::collection::vec(common::any_review_edit(), 0..40)
    ) {
        let mut reviews = Vec::new();
        for edit in edits {
            let before = reviews.clone();
            if reviews::apply(&mut reviews, edit).is_err() {
                prop_assert_eq!(&reviews, &before);
            }
            prop_assert!(reviews.windows(2).all(|pair| pair[0].on <= pair[1].on));
            let says_something = |reading: &reviews::Reading| {
                reading.value.is_some() || !reading.reached.is_empty() || !reading.note.is_empty()
            };
            let all_say_something = reviews
                .iter()
                .all(|review| review.goals.iter().all(says_something));
            prop_assert!(all_say_something);
            let mut settled = reviews.clone();
            prop_assert_eq!(reviews::settle(&mut settled), Ok(()));
            prop_assert_eq!(&settled, &reviews);
        }
    }

    #[test]
    fn strategies_compare_and_copy_as_their_written_forms_do(strategy in any_strategy(), other in any_strategy(), edit in any_strategy_edit()) {
        // serde's derived writer (not `Written`) is the twin of `==` and of a copy.
        let json = |value: &dyn erased::Json| value.json();
        let mut edited = strategy.clone();
        let _ = edited.apply(edit);
        for (a, b) in [(&strategy, &strategy.clone()), (&strategy, &other), (&strategy, &edited)] {
            prop_assert_eq!(a == b, json(a) == json(b));
            prop_assert_eq!(a.goals == b.goals, json(&a.goals) == json(&b.goals));
            prop_assert_eq!(a.goals.goals == b.goals.goals, json(&a.goals.goals) == json(&b.goals.goals));
        }
        prop_assert_eq!(json(&strategy.clone()), json(&strategy));
    }

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

/// Text of a length near a limit: empty, blank, short, at the limit, one over, or far over.
fn any_text_near(limit: usize) -> impl Strategy<Value = String> {
    // Mostly within the limit, so that many documents are accepted and their edits tried.
    prop_oneof![
        2 => Just(String::new()),
        2 => Just("   ".to_owned()),
        5 => "[a-z ]{1,12}",
        2 => Just("é".repeat(limit)),
        1 => Just("x".repeat(limit + 1)),
        1 => Just("y".repeat(limit * 3)),
    ]
}

/// A playbook document as a hand-edited or foreign file might hold it: titles and names of any
/// length or none, interviews and strategy items whose ids may repeat, answers of any length,
/// links that may point at nothing, a top problem list that may be too long.
fn any_foreign_document() -> impl Strategy<Value = serde_json::Value> {
    use devrel_playbook::domain::edit::{
        MAX_ANSWER_NOTES_CHARS, MAX_INTERVIEW_NOTES_CHARS as MAX_INTERVIEW_NOTES, MAX_LINE_CHARS,
        MAX_NAME_CHARS,
    };
    // From pools small enough that ids sometimes repeat, within and across lists.
    let pool = |size: u8| (0..size).prop_map(|n| id(n).to_string());
    let id = pool(40);
    let name = || any_text_near(MAX_NAME_CHARS);
    let interview = (pool(4), name(), name(), any_text_near(MAX_INTERVIEW_NOTES)).prop_map(
        |(id, executive, role, notes)| {
            serde_json::json!({
                "id": id, "executive": executive, "role": role,
                "answers": { "value-why": { "notes": notes, "rating": "strong" } },
                "current_question": "no-such-question",
                "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"
            })
        },
    );
    let problem = (id.clone(), any_text_near(MAX_LINE_CHARS), any_text_near(MAX_ANSWER_NOTES_CHARS))
        .prop_map(|(id, problem, contribution)| {
            serde_json::json!({ "id": id, "problem": problem, "contribution": contribution })
        });
    let milestone = (id.clone(), any_text_near(MAX_LINE_CHARS))
        .prop_map(|(id, milestone)| serde_json::json!({ "id": id, "milestone": milestone, "due": "2027-01-31" }));
    let goal = (
        id.clone(),
        any_text_near(MAX_LINE_CHARS),
        id.clone(),
        proptest::collection::vec(milestone, 0..3),
    )
        .prop_map(|(id, objective, relevant_to, milestones)| {
            serde_json::json!({ "id": id, "objective": objective, "deadline": "2027-03-31",
                                "relevant_to": relevant_to, "milestones": milestones })
        });
    (
        name(),
        name(),
        name(),
        proptest::collection::vec(interview, 0..3),
        proptest::collection::vec(problem, 0..7),
        proptest::collection::vec(goal, 0..3),
        any_text_near(MAX_LINE_CHARS),
    )
        .prop_map(
            |(title, company, author, interviews, problems, goals, cadence)| {
                serde_json::json!({
                    "schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3",
                    "title": title, "company": company, "author": author,
                    "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T09:00:00Z",
                    "assessments": interviews,
                    "strategy": {
                        "alignment": { "top_problems": problems },
                        "goals": { "goals": goals, "review_cadence": cadence }
                    }
                })
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever an import accepts can be edited: every field takes its own value back, a new
    /// item can be added, and the playbook is stored and read back unchanged.
    #[test]
    fn whatever_import_accepts_every_edit_then_works_on(document in any_foreign_document()) {
        use devrel_playbook::domain::edit::EditError;
        use devrel_playbook::domain::strategy::{StrategyEdit, Text};
        let Ok(found) = import(&document.to_string()) else {
            return Ok(());
        };
        let mut playbook = found.playbooks.into_iter().next().unwrap();
        let now = playbook.updated_at;
        let again = |playbook: &mut devrel_playbook::domain::playbook::Playbook, edit: PlaybookEdit| -> Result<(), EditError> {
            playbook.apply(edit, now)
        };
        let (title, company, author) = (playbook.title.clone(), playbook.company.clone(), playbook.author.clone());
        prop_assert_eq!(again(&mut playbook, PlaybookEdit::Title(title)), Ok(()));
        prop_assert_eq!(again(&mut playbook, PlaybookEdit::Company(company)), Ok(()));
        prop_assert_eq!(again(&mut playbook, PlaybookEdit::Author(author)), Ok(()));
        for assessment in playbook.assessments.clone() {
            let edits = [
                AssessmentEdit::Executive(assessment.executive.clone()),
                AssessmentEdit::Role(assessment.role.clone()),
                AssessmentEdit::Interviewer(assessment.interviewer.clone()),
            ];
            let notes = assessment.answers.iter().map(|(question, answer)| AssessmentEdit::Notes {
                question: question.to_owned(),
                notes: answer.notes.clone(),
            });
            for edit in edits.into_iter().chain(notes) {
                let edit = PlaybookEdit::Assessment { id: assessment.id.clone(), edit };
                prop_assert_eq!(again(&mut playbook, edit.clone()), Ok(()), "{:?}", edit);
            }
        }
        let strategy = playbook.strategy.clone();
        for field in Text::ALL {
            let edit = StrategyEdit::Set { field, value: strategy.text(field) };
            prop_assert_eq!(again(&mut playbook, PlaybookEdit::Strategy(edit.clone())), Ok(()), "{:?}", edit);
        }
        let mut lists: Vec<ListAt> = ListKind::ALL
            .into_iter()
            .filter(|&kind| kind != ListKind::Milestones)
            .map(ListAt::top)
            .collect();
        lists.extend(strategy.goals.goals.iter().map(|goal| ListAt::milestones_of(goal.id.clone())));
        for list in lists {
            for item in strategy.items(&list) {
                for spec in list.kind.fields() {
                    let edit = StrategyEdit::SetItem { list: list.clone(), id: item.id().clone(), field: spec.field, value: item.get(spec.field) };
                    prop_assert_eq!(again(&mut playbook, PlaybookEdit::Strategy(edit.clone())), Ok(()), "{:?}", edit);
                }
            }
        }
        let fresh = StrategyEdit::Add { list: ListAt::top(ListKind::CompanyGoals), id: id(99), values: Vec::new() };
        prop_assert_eq!(again(&mut playbook, PlaybookEdit::Strategy(fresh)), Ok(()));
        let text = serde_json::to_string(&playbook).unwrap();
        prop_assert_eq!(restore(&text), Ok(playbook));
    }
}
