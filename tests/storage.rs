//! The browser storage layer against the real localStorage of headless Chromium.
//! Run with `cargo test --target wasm32-unknown-unknown --test storage` (scripts/test does).
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use devrel_playbook::browser;
use devrel_playbook::domain::document::Written;
use devrel_playbook::domain::example::example_playbook;
use devrel_playbook::domain::layout::{lay_out, part_names, stamp, Known, Layout};
use devrel_playbook::domain::library::{
    stored_chars, Entry, EntryProblem, Index, Library, Recovery, Summary, STORAGE_QUOTA_CHARS,
};
use devrel_playbook::domain::playbook::{NewPlaybook, Playbook, PlaybookId};
use devrel_playbook::storage::{self, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const INDEX_KEY: &str = "devrel-playbook/index";

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn raw(key: &str) -> Option<String> {
    local_storage().get_item(key).unwrap()
}

fn entry_key(id: &str) -> String {
    format!("devrel-playbook/playbook/{id}")
}

fn stamp_key(id: &str) -> String {
    format!("devrel-playbook/stamp/{id}")
}

fn part_key(id: &str, name: &str) -> String {
    format!("devrel-playbook/interview/{id}/{name}")
}

/// Every key and value stored now, in key order.
fn everything_stored() -> Vec<(String, String)> {
    let mut stored: Vec<(String, String)> = (0..local_storage().length().unwrap())
        .filter_map(|at| local_storage().key(at).unwrap())
        .map(|key| (key.clone(), raw(&key).unwrap()))
        .collect();
    stored.sort();
    stored
}

/// The names of the parts stored for `id`, sorted.
fn stored_parts(id: &PlaybookId) -> Vec<String> {
    let prefix = format!("devrel-playbook/interview/{id}/");
    let mut names: Vec<String> = everything_stored()
        .into_iter()
        .filter_map(|(key, _)| Some(key.strip_prefix(&prefix)?.to_owned()))
        .collect();
    names.sort();
    names
}

/// The example playbook, with its interviews.
/// `playbook` laid out as over an empty storage: every part is written.
fn laid_out_afresh(playbook: &Playbook) -> Layout {
    lay_out(playbook, &[], &mut Known::default()).unwrap()
}

fn interviewed() -> Playbook {
    example_playbook(
        browser::new_id,
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    )
}

/// The names of the parts the stored entry of `id` names, sorted.
fn named_parts(id: &PlaybookId) -> Vec<String> {
    let entry = raw(&entry_key(id.as_str())).unwrap();
    let mut names: Vec<String> = part_names(&entry).into_iter().map(str::to_owned).collect();
    names.sort();
    names
}

fn titles(library: &Library) -> Vec<String> {
    library
        .summaries()
        .into_iter()
        .map(|summary| summary.title)
        .collect()
}

fn fresh_storage() {
    local_storage().clear().unwrap();
}

fn playbook(title: &str) -> Playbook {
    let details = NewPlaybook {
        title: title.into(),
        company: "Acme".into(),
        author: "Sam".into(),
    };
    Playbook::new(
        browser::new_id(),
        details,
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    )
    .unwrap()
}

/// Saves through the storage layer the way the app does: into the library, then to storage.
fn save(library: &mut Library, playbook: &Playbook) -> Result<(), StorageError> {
    library.put(playbook.clone());
    storage::save_playbook(library, playbook)
}

/// Fresh storage with two playbooks saved in it, "First" and "Second".
fn two_saved() -> (Playbook, Playbook) {
    fresh_storage();
    let mut library = Library::default();
    let (first, second) = (playbook("First"), playbook("Second"));
    save(&mut library, &first).unwrap();
    save(&mut library, &second).unwrap();
    (first, second)
}

#[wasm_bindgen_test]
fn a_saved_playbook_loads_back_equal() {
    fresh_storage();
    let mut library = Library::default();
    let first = playbook("First");
    let second = playbook("Second");
    save(&mut library, &first).unwrap();
    save(&mut library, &second).unwrap();

    let loaded = storage::load_library().unwrap();
    assert_eq!(loaded.entries(), library.entries());
    assert_eq!(loaded.get(&first.id), Some(&first));
    let index = raw(INDEX_KEY).unwrap();
    assert!(
        index.contains(first.id.as_str()) && index.contains(second.id.as_str()),
        "{index}"
    );
}

#[wasm_bindgen_test]
fn the_home_page_is_listed_from_the_index_and_a_playbook_read_when_opened() {
    let (first, second) = two_saved();
    let index = Index::parse(raw(INDEX_KEY).as_deref());
    assert_eq!(index.summaries.len(), 2);
    for playbook in [&first, &second] {
        let text = raw(&entry_key(playbook.id.as_str())).unwrap();
        assert_eq!(raw(&stamp_key(playbook.id.as_str())), Some(stamp(&text)));
    }

    let mut loaded = storage::load_library().unwrap();
    assert_eq!(titles(&loaded), ["First", "Second"]);
    assert_eq!(
        raw(INDEX_KEY),
        Some(serde_json::to_string(&Written(&index)).unwrap()),
        "nothing to repair"
    );
    // The entry is read when it is opened, not before: what is stored then is what opens.
    let mut renamed = first.clone();
    renamed.title = "Renamed before it was opened".into();
    let text = serde_json::to_string(&renamed).unwrap();
    local_storage()
        .set_item(&entry_key(first.id.as_str()), &text)
        .unwrap();
    assert_eq!(loaded.get(&first.id), Some(&renamed));
    // What this tab read is what it saves over; a change made since is refused.
    let mut changed = second.clone();
    changed.company = "Changed here".into();
    save(&mut loaded, &changed).unwrap();
    local_storage()
        .set_item(
            &entry_key(first.id.as_str()),
            &serde_json::to_string(&first).unwrap(),
        )
        .unwrap();
    assert_eq!(
        save(&mut loaded, &renamed),
        Err(StorageError::ChangedElsewhere)
    );
}

#[wasm_bindgen_test]
fn a_missing_stale_or_corrupt_index_is_repaired_from_the_entries() {
    let (first, _) = two_saved();
    let index_before = raw(INDEX_KEY).unwrap();

    // A save cut short after its entry: the stamp is emptied, the index not yet written.
    let mut renamed = first.clone();
    renamed.title = "Renamed".into();
    let renamed_text = serde_json::to_string(&renamed).unwrap();
    local_storage()
        .set_item(&stamp_key(first.id.as_str()), "")
        .unwrap();
    local_storage()
        .set_item(&entry_key(first.id.as_str()), &renamed_text)
        .unwrap();
    assert_eq!(
        titles(&storage::load_library().unwrap()),
        ["Renamed", "Second"]
    );
    assert!(
        raw(INDEX_KEY).unwrap().contains("Renamed"),
        "the index is repaired"
    );
    assert_eq!(
        raw(&stamp_key(first.id.as_str())),
        Some(stamp(&renamed_text))
    );

    // Another tab's older index written over this one's: its summary's stamp is not the
    // entry's.
    local_storage().set_item(INDEX_KEY, &index_before).unwrap();
    assert_eq!(
        titles(&storage::load_library().unwrap()),
        ["Renamed", "Second"]
    );

    // An index that cannot be read, or none, is rebuilt from the entries.
    for index in [Some("not an index"), None] {
        match index {
            Some(text) => local_storage().set_item(INDEX_KEY, text).unwrap(),
            None => local_storage().remove_item(INDEX_KEY).unwrap(),
        }
        let loaded = storage::load_library().unwrap();
        assert_eq!(titles(&loaded), ["Renamed", "Second"]);
        assert_eq!(Index::parse(raw(INDEX_KEY).as_deref()).summaries.len(), 2);
    }
}

#[wasm_bindgen_test]
fn the_site_is_counted_as_the_browser_counts_it() {
    fresh_storage();
    let mut library = Library::default();
    save(&mut library, &playbook("Counted")).unwrap();
    // Keys named like Storage's own members, whose values a property read would not give.
    local_storage().set_item("length", "abc").unwrap();
    local_storage().set_item("getItem", "中文😀").unwrap();
    let expected: usize = (0..local_storage().length().unwrap())
        .filter_map(|at| local_storage().key(at).unwrap())
        .map(|key| stored_chars(&key, &raw(&key).unwrap()))
        .sum();
    assert_eq!(storage::site_chars(), expected);
    fresh_storage();
}

#[wasm_bindgen_test]
fn corrupt_and_newer_entries_are_listed_and_left_byte_for_byte() {
    fresh_storage();
    let mut library = Library::default();
    let good = playbook("Good");
    save(&mut library, &good).unwrap();

    let garbage_id = "0".repeat(32);
    let garbage = "{\"schema_version\": 1, \"title\": \"half a playb";
    let newer_id = "1".repeat(32);
    let newer = format!(
        "{{\"schema_version\": 99, \"id\": \"{newer_id}\", \"title\": \"From the future\"}}"
    );
    local_storage()
        .set_item(&entry_key(&garbage_id), garbage)
        .unwrap();
    local_storage()
        .set_item(&entry_key(&newer_id), &newer)
        .unwrap();

    let mut loaded = storage::load_library().unwrap();
    assert_eq!(loaded.by_last_update(), vec![&good]);
    let problems: Vec<(String, String)> = loaded
        .unreadable()
        .map(|entry| (entry.id.clone(), entry.problem.to_string()))
        .collect();
    assert_eq!(problems.len(), 2);
    assert!(problems
        .iter()
        .any(|(id, problem)| id == &garbage_id && problem.contains("not valid JSON")));
    assert!(problems
        .iter()
        .any(|(id, problem)| id == &newer_id && problem.contains("newer version")));

    // Working on the good playbook rewrites the index but never the bad entries.
    let other = playbook("Other");
    save(&mut loaded, &other).unwrap();
    loaded.remove(&good.id).unwrap();
    storage::remove_playbook(&loaded, &good.id).unwrap();
    assert_eq!(raw(&entry_key(&garbage_id)).as_deref(), Some(garbage));
    assert_eq!(raw(&entry_key(&newer_id)), Some(newer));
    assert_eq!(
        storage::stored_entry_text(&garbage_id).as_deref(),
        Some(garbage)
    );
    assert_eq!(storage::load_library().unwrap().unreadable().count(), 2);
}

#[wasm_bindgen_test]
fn an_entry_the_index_lost_is_found_again() {
    fresh_storage();
    let mut library = Library::default();
    let kept = playbook("Kept");
    save(&mut library, &kept).unwrap();
    local_storage().set_item(INDEX_KEY, "not an index").unwrap();

    let loaded = storage::load_library().unwrap();
    assert_eq!(loaded.get(&kept.id), Some(&kept));
}

#[wasm_bindgen_test]
fn removing_takes_out_the_entry_and_its_index_line_only() {
    fresh_storage();
    let mut library = Library::default();
    let (stays, goes) = (playbook("Stays"), playbook("Goes"));
    save(&mut library, &stays).unwrap();
    save(&mut library, &goes).unwrap();

    library.remove(&goes.id).unwrap();
    storage::remove_playbook(&library, &goes.id).unwrap();

    assert_eq!(raw(&entry_key(goes.id.as_str())), None);
    assert!(!raw(INDEX_KEY).unwrap().contains(goes.id.as_str()));
    let loaded = storage::load_library().unwrap();
    assert_eq!(loaded.entries(), [&Entry::Readable(stays)]);
    assert_eq!(raw(&stamp_key(goes.id.as_str())), None);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_keeps_the_stored_copy() {
    fresh_storage();
    let mut library = Library::default();
    let mut playbook = playbook("Before the quota ran out");
    save(&mut library, &playbook).unwrap();
    let stored_before = raw(&entry_key(playbook.id.as_str())).unwrap();

    // Fill the origin's quota with filler until the browser refuses more.
    let chunk = "x".repeat(256 * 1024);
    let mut n = 0;
    while local_storage()
        .set_item(&format!("filler/{n}"), &chunk)
        .is_ok()
    {
        n += 1;
    }
    let small = "y".repeat(1024);
    while local_storage()
        .set_item(&format!("filler/small/{n}"), &small)
        .is_ok()
    {
        n += 1;
    }

    playbook.company = "z".repeat(64 * 1024);
    let result = save(&mut library, &playbook);
    assert_eq!(result, Err(StorageError::Full));
    assert!(result
        .unwrap_err()
        .to_string()
        .contains("storage for this site is full"));
    assert_eq!(
        raw(&stamp_key(playbook.id.as_str())),
        Some(stamp(&stored_before)),
        "the stamp is put back with the entry, so the next start trusts the index again"
    );
    assert_eq!(raw(&entry_key(playbook.id.as_str())), Some(stored_before));
    fresh_storage();
}

#[wasm_bindgen_test]
fn an_entry_stored_under_the_wrong_key_is_set_aside() {
    fresh_storage();
    let playbook = playbook("Copied by hand");
    let wrong_key = "2".repeat(32);
    local_storage()
        .set_item(
            &entry_key(&wrong_key),
            &serde_json::to_string(&playbook).unwrap(),
        )
        .unwrap();

    let loaded = storage::load_library().unwrap();
    let unreadable: Vec<_> = loaded.unreadable().collect();
    assert_eq!(unreadable.len(), 1);
    assert_eq!(
        unreadable[0].problem,
        EntryProblem::WrongId { found: playbook.id }
    );
}

#[wasm_bindgen_test]
fn new_ids_are_valid_and_distinct() {
    let ids: std::collections::HashSet<PlaybookId> = (0..500).map(|_| browser::new_id()).collect();
    assert_eq!(ids.len(), 500);
    assert!(ids
        .iter()
        .all(|id| PlaybookId::parse(id.as_str()).is_some()));
}

#[wasm_bindgen_test]
fn a_save_never_overwrites_what_another_tab_wrote_since() {
    fresh_storage();
    let mut library = storage::load_library().unwrap();
    let mut mine = playbook("Shared");
    save(&mut library, &mine).unwrap();

    // Another tab saves its own version of the same playbook.
    let mut theirs = mine.clone();
    theirs.company = "Changed in the other tab".into();
    let their_text = serde_json::to_string(&theirs).unwrap();
    local_storage()
        .set_item(&entry_key(mine.id.as_str()), &their_text)
        .unwrap();

    mine.author = "Changed here".into();
    assert_eq!(
        save(&mut library, &mine),
        Err(StorageError::ChangedElsewhere)
    );
    assert_eq!(
        raw(&entry_key(mine.id.as_str())),
        Some(their_text),
        "their version is untouched"
    );

    // Once this tab has read their version, saving works again.
    let Some(Entry::Readable(reloaded)) = storage::reload_entry(&mine.id) else {
        panic!("their version reads")
    };
    assert_eq!(reloaded, theirs);
    save(&mut library, &reloaded).unwrap();

    // Choosing to keep this tab's version writes over theirs on purpose.
    local_storage()
        .set_item(
            &entry_key(mine.id.as_str()),
            &serde_json::to_string(&theirs).unwrap(),
        )
        .unwrap();
    storage::overwrite_playbook(&library, &mine).unwrap();
    assert_eq!(storage::load_library().unwrap().get(&mine.id), Some(&mine));
}

#[wasm_bindgen_test]
fn a_playbook_deleted_in_another_tab_is_not_brought_back_by_a_save() {
    fresh_storage();
    let mut library = storage::load_library().unwrap();
    let playbook = playbook("Deleted elsewhere");
    save(&mut library, &playbook).unwrap();
    local_storage()
        .remove_item(&entry_key(playbook.id.as_str()))
        .unwrap();
    assert_eq!(
        save(&mut library, &playbook),
        Err(StorageError::ChangedElsewhere)
    );
    assert_eq!(storage::reload_entry(&playbook.id), None);
}

#[wasm_bindgen_test]
fn every_browsers_quota_error_is_recognised() {
    use wasm_bindgen::JsValue;
    let named = |name: &str| {
        let error = js_sys::Error::new("quota");
        error.set_name(name);
        JsValue::from(error)
    };
    let coded = |code: f64| {
        let error = js_sys::Object::new();
        js_sys::Reflect::set(&error, &"code".into(), &code.into()).unwrap();
        JsValue::from(error)
    };
    assert_eq!(
        storage::storage_error(named("QuotaExceededError")),
        StorageError::Full
    );
    assert_eq!(
        storage::storage_error(named("NS_ERROR_DOM_QUOTA_REACHED")),
        StorageError::Full
    );
    assert_eq!(storage::storage_error(coded(22.0)), StorageError::Full);
    assert_eq!(storage::storage_error(coded(1014.0)), StorageError::Full);
    assert_eq!(
        storage::storage_error(named("SecurityError")),
        StorageError::Unavailable
    );
    assert_eq!(
        storage::storage_error(named("InvalidStateError")),
        StorageError::Failed("quota".into())
    );
}

/// Fills localStorage until the browser refuses even one more character.
fn fill_to_refusal() {
    let mut n = 0;
    for size in [256 * 1024, 4096, 64, 1] {
        let chunk = "x".repeat(size);
        while local_storage()
            .set_item(&format!("filler/{n}"), &chunk)
            .is_ok()
        {
            n += 1;
        }
        n += 1;
    }
    // Filler keys cost characters too: finish with one-letter keys and empty values.
    for letter in ('a'..='z').chain('A'..='Z') {
        let _ = local_storage().set_item(&letter.to_string(), "");
    }
}

#[wasm_bindgen_test]
fn a_new_entry_whose_index_line_finds_no_room_is_taken_back_out() {
    fresh_storage();
    let mut library = Library::default();
    save(&mut library, &playbook("Stored first")).unwrap();
    let before: Vec<(String, String)> = (0..local_storage().length().unwrap())
        .filter_map(|at| local_storage().key(at).unwrap())
        .map(|key| (key.clone(), raw(&key).unwrap()))
        .collect();

    let second = playbook("No room for its index line");
    library.put(second.clone());
    let entry_chars = stored_chars(
        &entry_key(second.id.as_str()),
        &serde_json::to_string(&second).unwrap(),
    );
    let needed = storage::chars_to_store(&library, &[&second]);
    assert!(needed > entry_chars, "the index grows too");
    // Leave room for the entry, but not for the entry and its index line.
    local_storage()
        .set_item("pad", &"x".repeat(entry_chars + 1 - "pad".len()))
        .unwrap();
    fill_to_refusal();
    assert_eq!(storage::site_chars(), STORAGE_QUOTA_CHARS);
    local_storage().remove_item("pad").unwrap();

    assert_eq!(
        storage::save_playbook(&library, &second),
        Err(StorageError::Full)
    );
    assert_eq!(raw(&entry_key(second.id.as_str())), None);
    for (key, value) in before {
        assert_eq!(raw(&key), Some(value), "{key}");
    }
    fresh_storage();
}

#[wasm_bindgen_test]
fn the_journal_keeps_a_change_with_the_version_it_was_made_over() {
    fresh_storage();
    let session = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    session.clear().unwrap();
    let mut library = Library::default();
    let mut playbook = playbook("Journaled");
    save(&mut library, &playbook).unwrap();
    let stored = raw(&entry_key(playbook.id.as_str()));

    playbook.company = "Typed, not stored".into();
    storage::keep_unsaved(&playbook).unwrap();
    let kept = storage::unsaved_changes();
    assert_eq!(kept.len(), 1);
    let (id, change) = &kept[0];
    assert_eq!(id, &playbook.id);
    assert_eq!(change.restore(), Some(playbook.clone()));
    assert_eq!(
        stored.as_deref().map(stamp),
        storage::stored_stamp(playbook.id.as_str())
    );
    assert_eq!(
        change.recovery(storage::stored_stamp(playbook.id.as_str())),
        Recovery::OverStored
    );
    assert_eq!(
        change.recovery(Some(stamp("{\"saved\": \"by another tab\"}"))),
        Recovery::StoredChanged
    );

    storage::forget_unsaved(&playbook.id);
    assert!(storage::unsaved_changes().is_empty());
    fresh_storage();
}

#[wasm_bindgen_test]
fn other_tabs_changes_to_entries_are_reported_and_their_stamps_and_index_are_not() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let seen = Rc::new(RefCell::new(Vec::new()));
    let record = Rc::clone(&seen);
    storage::watch_other_tabs(move |change| record.borrow_mut().push(change));
    let id = "3".repeat(32);
    // What the browser tells the other tabs of a save: the stamp emptied, the entry, the index,
    // the stamp back; then storage cleared.
    let dispatch = js_sys::Function::new_with_args(
        "key",
        "dispatchEvent(new StorageEvent('storage', key === null ? {} : { key }))",
    );
    for key in [
        format!("devrel-playbook/stamp/{id}"),
        entry_key(&id),
        INDEX_KEY.to_owned(),
        format!("devrel-playbook/stamp/{id}"),
    ] {
        dispatch
            .call1(&wasm_bindgen::JsValue::NULL, &key.into())
            .unwrap();
    }
    dispatch
        .call1(&wasm_bindgen::JsValue::NULL, &wasm_bindgen::JsValue::NULL)
        .unwrap();
    assert_eq!(
        *seen.borrow(),
        [
            storage::Change::Playbook(PlaybookId::parse(&id).unwrap()),
            storage::Change::Everything
        ]
    );
}

#[wasm_bindgen_test]
fn interviews_are_stored_apart_and_a_save_writes_only_the_one_that_changed() {
    fresh_storage();
    let mut library = Library::default();
    let mut playbook = interviewed();
    save(&mut library, &playbook).unwrap();
    let id = playbook.id.clone();
    assert_eq!(stored_parts(&id).len(), playbook.assessments.len());
    assert_eq!(stored_parts(&id), named_parts(&id));
    assert_eq!(storage::load_library().unwrap().get(&id), Some(&playbook));
    assert_eq!(
        storage::stored_entry_text(id.as_str()),
        Some(serde_json::to_string(&Written(&playbook)).unwrap()),
        "a file of the stored playbook holds its interviews"
    );

    let before = everything_stored();
    playbook.assessments[1].interviewer = "Typed after the first save".into();
    save(&mut library, &playbook).unwrap();
    let after = everything_stored();
    let changed: Vec<&str> = after
        .iter()
        .filter(|pair| !before.contains(pair))
        .map(|(key, _)| key.as_str())
        .collect();
    let new_part = part_key(id.as_str(), &laid_out_afresh(&playbook).names[1]);
    assert_eq!(
        changed,
        [
            INDEX_KEY,
            &new_part,
            &entry_key(id.as_str()),
            &stamp_key(id.as_str())
        ]
    );
    assert_eq!(
        stored_parts(&id),
        named_parts(&id),
        "the old part is taken out"
    );
    let loaded = storage::load_library().unwrap();
    assert_eq!(loaded.get(&id), Some(&playbook));
    assert_eq!(everything_stored(), after, "a start finds nothing to mend");

    library.remove(&id).unwrap();
    storage::remove_playbook(&library, &id).unwrap();
    assert_eq!(
        everything_stored(),
        [(INDEX_KEY.to_owned(), raw(INDEX_KEY).unwrap())]
    );
}

#[wasm_bindgen_test]
fn keeping_this_tabs_playbook_over_another_tabs_writes_every_part_it_lacks() {
    fresh_storage();
    let mut library = Library::default();
    let playbook = interviewed();
    save(&mut library, &playbook).unwrap();
    let id = playbook.id.clone();
    // Another tab saves the playbook with every interview changed, and so every part renamed;
    // this tab still knows its own interviews' names from its last save.
    let mut theirs = playbook.clone();
    for assessment in &mut theirs.assessments {
        assessment.interviewer = "Another tab".into();
    }
    let laid_out = laid_out_afresh(&theirs);
    for (name, text) in &laid_out.write {
        local_storage()
            .set_item(&part_key(id.as_str(), name), text)
            .unwrap();
    }
    local_storage()
        .set_item(&entry_key(id.as_str()), &laid_out.entry)
        .unwrap();
    for name in part_names(&laid_out_afresh(&playbook).entry) {
        local_storage()
            .remove_item(&part_key(id.as_str(), name))
            .unwrap();
    }
    storage::overwrite_playbook(&library, &playbook).unwrap();
    assert_eq!(stored_parts(&id).len(), playbook.assessments.len());
    assert_eq!(stored_parts(&id), named_parts(&id));
    assert_eq!(storage::load_library().unwrap().get(&id), Some(&playbook));
}

#[wasm_bindgen_test]
fn a_save_cut_short_anywhere_reads_wholly_as_before_or_after_and_leaves_no_part_behind() {
    let mut before = interviewed();
    let mut after = before.clone();
    after.assessments[0].interviewer = "Changed".into();
    after.assessments.remove(2);
    before.title = "Before".into();
    after.title = "After".into();
    let id = before.id.clone();
    let laid_out = laid_out_afresh(&after);
    let new_part = laid_out.write[0].clone();
    // Each state a save of `after` over `before` passes through, in its order: the stamp
    // emptied, the new part, the entry, the index, the stamp, the old parts taken out.
    for steps in 0..=6 {
        fresh_storage();
        let mut library = Library::default();
        library.put(before.clone());
        // Over what this tab read of the same playbook in the round before.
        storage::overwrite_playbook(&library, &before).unwrap();
        let old_parts = stored_parts(&id);
        let set = |key: &str, value: &str| local_storage().set_item(key, value).unwrap();
        if steps >= 1 {
            set(&stamp_key(id.as_str()), "");
        }
        if steps >= 2 {
            set(&part_key(id.as_str(), &new_part.0), &new_part.1);
        }
        if steps >= 3 {
            set(&entry_key(id.as_str()), &laid_out.entry);
        }
        if steps >= 4 {
            let index = Index::parse(raw(INDEX_KEY).as_deref()).updated(
                vec![id.to_string()],
                vec![Summary::of(&after, stamp(&laid_out.entry))],
            );
            set(INDEX_KEY, &serde_json::to_string(&Written(&index)).unwrap());
        }
        if steps >= 5 {
            set(&stamp_key(id.as_str()), &stamp(&laid_out.entry));
        }
        if steps >= 6 {
            for name in old_parts
                .iter()
                .filter(|name| !named_parts(&id).contains(name))
            {
                local_storage()
                    .remove_item(&part_key(id.as_str(), name))
                    .unwrap();
            }
        }
        let expected = if steps >= 3 { &after } else { &before };
        // The first start reads it whole; a save may still be under way, so it takes nothing
        // out until the stamp vouches for the entry again.
        for start in 0..2 {
            let loaded = storage::load_library().unwrap();
            assert_eq!(
                loaded.get(&id),
                Some(expected),
                "cut after {steps} steps, start {start}"
            );
        }
        assert_eq!(
            stored_parts(&id),
            named_parts(&id),
            "cut after {steps} steps"
        );
    }
    fresh_storage();
}

#[wasm_bindgen_test]
fn a_save_that_finds_no_room_for_an_interview_leaves_storage_as_it_was() {
    fresh_storage();
    let mut library = Library::default();
    let mut playbook = interviewed();
    save(&mut library, &playbook).unwrap();
    fill_to_refusal();
    let before = everything_stored();

    playbook.assessments[0].interviewer = "z".repeat(64 * 1024);
    assert_eq!(save(&mut library, &playbook), Err(StorageError::Full));
    assert!(everything_stored() == before, "storage is as it was");
    fresh_storage();
}

#[wasm_bindgen_test]
fn a_playbook_missing_an_interview_is_listed_unreadable_and_left_as_stored() {
    fresh_storage();
    let mut library = Library::default();
    let playbook = interviewed();
    save(&mut library, &playbook).unwrap();
    let id = playbook.id.clone();
    let gone = named_parts(&id)[0].clone();
    local_storage()
        .remove_item(&part_key(id.as_str(), &gone))
        .unwrap();
    let before = everything_stored();

    let loaded = storage::load_library().unwrap();
    loaded.entries();
    let problems: Vec<String> = loaded
        .unreadable()
        .map(|entry| entry.problem.to_string())
        .collect();
    assert_eq!(
        problems,
        [
            "One of its interviews is missing from this browser's storage, so it may have been \
          changed by hand or by another program."
        ]
    );
    assert_eq!(everything_stored(), before);
    assert_eq!(
        storage::stored_entry_text(id.as_str()),
        raw(&entry_key(id.as_str())),
        "what can be saved as a file is the entry as stored"
    );
    fresh_storage();
}

#[wasm_bindgen_test]
fn a_playbook_stored_whole_stays_whole_while_its_parts_find_no_room_beside_it() {
    fresh_storage();
    let mut playbook = interviewed();
    let id = playbook.id.clone();
    // Stored whole, as before interviews had keys of their own, and read by this tab.
    local_storage()
        .set_item(
            &entry_key(id.as_str()),
            &serde_json::to_string(&Written(&playbook)).unwrap(),
        )
        .unwrap();
    let mut library = storage::load_library().unwrap();
    assert_eq!(library.get(&id), Some(&playbook));
    let parts_chars: usize = laid_out_afresh(&playbook)
        .write
        .iter()
        .map(|(name, text)| stored_chars(&part_key(id.as_str(), name), text))
        .sum();
    // Room for half its parts: enough for an edit of the whole entry, not for the parts beside it.
    let room = parts_chars / 2;
    local_storage()
        .set_item("pad", &"x".repeat(room - "pad".len()))
        .unwrap();
    fill_to_refusal();
    local_storage().remove_item("pad").unwrap();

    playbook.title = "Edited with little room".into();
    save(&mut library, &playbook).unwrap();
    assert_eq!(
        raw(&entry_key(id.as_str())),
        Some(serde_json::to_string(&Written(&playbook)).unwrap())
    );
    assert!(stored_parts(&id).is_empty());
    assert_eq!(storage::load_library().unwrap().get(&id), Some(&playbook));

    // With room again, the next save stores the interviews apart.
    for key in everything_stored().into_iter().map(|(key, _)| key) {
        if !key.starts_with("devrel-playbook/") {
            local_storage().remove_item(&key).unwrap();
        }
    }
    playbook.title = "Edited with room".into();
    save(&mut library, &playbook).unwrap();
    assert_eq!(stored_parts(&id).len(), playbook.assessments.len());
    assert_eq!(stored_parts(&id), named_parts(&id));
    assert_eq!(storage::load_library().unwrap().get(&id), Some(&playbook));
    fresh_storage();
}
