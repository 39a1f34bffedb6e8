//! The library in localStorage: one key per playbook and one for the index.
//!
//! Keys: `devrel-playbook/index` holds the index JSON, `devrel-playbook/playbook/<id>` one
//! playbook each. A playbook is written before the index that names it and taken out of the
//! index before it is removed, so an interrupted change leaves at worst an entry the index
//! misses, which loading finds again. Stored text that cannot be read is never rewritten.
//!
//! Several tabs share this storage. Each tab remembers a fingerprint of every entry as it last
//! read or wrote it, and never overwrites an entry that has changed since: that save fails
//! with `StorageError::ChangedElsewhere`, and the user chooses what to keep.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{StorageError, Values};
use crate::domain::document::Written;
use crate::domain::library::{fingerprint, read_entry, stored_chars, Entry, Index, Library};
use crate::domain::playbook::{Playbook, PlaybookId};

const INDEX_KEY: &str = "devrel-playbook/index";
const ENTRY_PREFIX: &str = "devrel-playbook/playbook/";

thread_local! {
    /// Fingerprints of the entries as this tab last saw them, by playbook id; no entry means
    /// "absent". A list searched rather than a map: a browser holds few playbooks, and a map
    /// would be one more copy of a hash table's code in the wasm.
    static SEEN: RefCell<Vec<(String, u64)>> = const { RefCell::new(Vec::new()) };
}

/// Writes `value` under `key`, then reads it back: some browsers drop a write without an error
/// (private modes, storage pressure), so "saved" is only ever said of what is really stored.
fn write_checked(storage: &Values, key: &str, value: &JsValue) -> Result<(), StorageError> {
    storage.set(key, value).map_err(storage_error)?;
    if storage.get(key).ok().as_ref() != Some(value) {
        return Err(StorageError::Failed(
            "the browser did not keep the change".to_owned(),
        ));
    }
    Ok(())
}

fn entry_key(id: &str) -> String {
    format!("{ENTRY_PREFIX}{id}")
}

/// The fingerprint of an entry as this tab last read or wrote it; `None` when it saw none.
pub(super) fn seen(id: &str) -> Option<u64> {
    SEEN.with_borrow(|seen| {
        seen.iter()
            .find(|(seen_id, _)| seen_id == id)
            .map(|&(_, fingerprint)| fingerprint)
    })
}

fn remember(id: &str, text: Option<&str>) {
    SEEN.with_borrow_mut(|seen| {
        seen.retain(|(seen_id, _)| seen_id != id);
        if let Some(text) = text {
            seen.push((id.to_owned(), fingerprint(text)));
        }
    });
}

/// localStorage, or why it cannot be used. Every access goes through this, checked on each
/// call: a page whose site data is blocked must still show its message, so nothing here may
/// assume storage exists (gloo's `LocalStorage` panics there, which is why it is not used).
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Everything stored, readable or not. A page whose storage is blocked gets the error.
pub fn load_library() -> Result<Library, StorageError> {
    let storage = local_storage()?;
    let values = Values::of(&storage);
    let index = Index::parse(values.text(INDEX_KEY).as_deref());
    let length = storage.length().map_err(|_| StorageError::Unavailable)?;
    let entries: Vec<(String, String)> = (0..length)
        .filter_map(|at| storage.key(at).ok().flatten())
        .filter_map(|key| Some(key.strip_prefix(ENTRY_PREFIX)?.to_owned()))
        .filter_map(|id| Some((id.clone(), values.text(&entry_key(&id))?)))
        .collect();
    for (id, text) in &entries {
        remember(id, Some(text));
    }
    Ok(Library::from_stored(&index, entries))
}

/// The exact stored text of an entry, for saving an unreadable one as a file.
pub fn stored_entry_text(id: &str) -> Option<String> {
    Values::of(&local_storage().ok()?).text(&entry_key(id))
}

/// Reads one entry again, as it is stored now (after another tab changed it); `None` when it
/// is gone.
pub fn reload_entry(id: &PlaybookId) -> Option<Entry> {
    let text = stored_entry_text(id.as_str());
    remember(id.as_str(), text.as_deref());
    Some(read_entry(id.to_string(), &text?))
}

/// Writes a playbook and makes sure the index names it. `library` must already hold it.
/// Refuses when the stored entry changed since this tab last read or wrote it.
pub fn save_playbook(library: &Library, playbook: &Playbook) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let id = playbook.id.as_str();
    let stored = Values::of(&storage).text(&entry_key(id));
    if stored.as_deref().map(fingerprint) != seen(id) {
        return Err(StorageError::ChangedElsewhere);
    }
    overwrite_playbook(library, playbook)
}

/// Writes a playbook over whatever is stored, for when the user chose to keep this tab's.
/// A write that fails half way leaves storage as it was.
pub fn overwrite_playbook(library: &Library, playbook: &Playbook) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let text = serde_json::to_string(&Written(playbook))
        .map_err(|error| StorageError::Failed(error.to_string()))?;
    let key = entry_key(playbook.id.as_str());
    let values = Values::of(&storage);
    // What was stored before (null for nothing), kept in JavaScript to be put back.
    let before = values.get(&key).unwrap_or(JsValue::NULL);
    write_checked(values, &key, &JsValue::from_str(&text))?;
    if let Err(problem) = save_index(library) {
        // The index has no room for a new id: take the entry back out, so that what is not
        // said to be saved does not come back on the next load either.
        let _ = if before.is_null() {
            storage.remove_item(&key)
        } else {
            values.set(&key, &before)
        };
        return Err(problem);
    }
    remember(playbook.id.as_str(), Some(&text));
    Ok(())
}

/// How many more characters storing `playbooks` in `library` (which already holds them)
/// takes than what is stored now: their entries and the index, as the browser counts them.
pub fn chars_to_store(library: &Library, playbooks: &[&Playbook]) -> usize {
    let Ok(storage) = local_storage() else {
        return 0;
    };
    let stored_size = |key: &str| match Values::of(&storage).chars(key) {
        0 => 0,
        chars => stored_chars(key, "") + chars,
    };
    let index = serde_json::to_string(&library.index()).unwrap_or_default();
    let mut after = stored_chars(INDEX_KEY, &index);
    let mut before = stored_size(INDEX_KEY);
    for playbook in playbooks {
        let key = entry_key(playbook.id.as_str());
        let text = serde_json::to_string(&Written(*playbook)).unwrap_or_default();
        after += stored_chars(&key, &text);
        before += stored_size(&key);
    }
    after.saturating_sub(before)
}

/// Removes a playbook. `library` must no longer hold it.
pub fn remove_playbook(library: &Library, id: &PlaybookId) -> Result<(), StorageError> {
    remove_entry(library, id.as_str())
}

/// Removes an entry that could not be read, on the user's request. `library` must no longer
/// hold it.
pub fn remove_unreadable_entry(library: &Library, id: &str) -> Result<(), StorageError> {
    remove_entry(library, id)
}

fn remove_entry(library: &Library, id: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    save_index(library)?;
    // The index no longer names it: an entry the browser failed to remove is found again on
    // the next load, as any entry the index misses.
    let _ = storage.remove_item(&entry_key(id));
    remember(id, None);
    Ok(())
}

/// Puts back the exact text of an unreadable entry the user removed, then the index that names
/// it. `library` must hold it again.
pub fn restore_unreadable_entry(
    library: &Library,
    id: &str,
    stored_text: &str,
) -> Result<(), StorageError> {
    let storage = local_storage()?;
    write_checked(
        Values::of(&storage),
        &entry_key(id),
        &JsValue::from_str(stored_text),
    )?;
    remember(id, Some(stored_text));
    save_index(library)
}

fn save_index(library: &Library) -> Result<(), StorageError> {
    let text = serde_json::to_string(&library.index())
        .map_err(|error| StorageError::Failed(error.to_string()))?;
    Values::of(&local_storage()?).write(INDEX_KEY, &text)
}

/// What another tab changed, from the browser's `storage` event (which never fires in the tab
/// that wrote).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Playbook(PlaybookId),
    /// Storage was cleared, or changed in a way that is simplest to read again whole.
    Everything,
}

/// Calls `on_change` for each change another tab makes to the library, for the page's life.
pub fn watch_other_tabs(on_change: impl Fn(Change) + 'static) {
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            let change = match event.key() {
                None => Change::Everything,
                Some(key) => match key.strip_prefix(ENTRY_PREFIX).and_then(PlaybookId::parse) {
                    Some(id) => Change::Playbook(id),
                    None => return,
                },
            };
            on_change(change);
        });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    listener.forget();
}

/// What a failed storage call means for the user, whatever browser threw it.
pub fn storage_error(error: JsValue) -> StorageError {
    let field = |name: &str| js_sys::Reflect::get(&error, &name.into()).ok();
    let text = |name: &str| {
        field(name)
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    };
    // Older browsers gave only the legacy DOMException code: 22 (and 1014 in Firefox).
    if matches!(
        field("code").and_then(|code| code.as_f64()),
        Some(22.0 | 1014.0)
    ) {
        return StorageError::Full;
    }
    classify_name(&text("name"), &text("message"))
}

/// Browsers name a full quota differently: Chromium and Safari `QuotaExceededError`,
/// Firefox `NS_ERROR_DOM_QUOTA_REACHED`.
fn classify_name(name: &str, message: &str) -> StorageError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Failed(if message.is_empty() {
            name.to_owned()
        } else {
            message.to_owned()
        }),
    }
}

/// Every character the site keeps in localStorage, keys and values, the playbooks' and any
/// other, counted as the browser counts them against its quota.
pub fn site_chars() -> usize {
    let Ok(storage) = local_storage() else {
        return 0;
    };
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|at| storage.key(at).ok().flatten())
        .map(|key| stored_chars(&key, "") + Values::of(&storage).chars(&key))
        .sum()
}
