//! The library in localStorage: one entry per playbook, its interviews, and the index.
//!
//! Keys: `devrel-playbook/index` holds the index JSON, `devrel-playbook/playbook/<id>` one
//! playbook's entry each, and `devrel-playbook/interview/<id>/<name>` each of its interviews,
//! a part named by what it holds (`domain::layout`). A save writes the parts the stored entry
//! does not name, then the entry, which is the commit point, and only then takes out the parts
//! no entry names any more: a save cut short anywhere leaves the playbook wholly as before or
//! wholly as after, and at worst parts nothing names, which a later start takes out. A key
//! press in one interview so writes that interview and the entry, not the whole playbook.
//!
//! A playbook is written before the index that names it and taken out of the index before it
//! is removed, so an interrupted change leaves at worst an entry the index misses, which
//! loading finds again. Stored text that cannot be read is never rewritten.
//!
//! The index also summarises each playbook for the home page, so that a start reads no
//! playbook: a summary carries the stamp (fingerprint) of the text it was made from, and
//! `devrel-playbook/stamp/<id>` the stamp of the text stored now. A save empties the stamp
//! first and writes it again last, after the entry and the index: a save cut short, or an
//! index another tab wrote over this one's, leaves a summary whose stamp is missing or
//! differs, and loading then reads that playbook and writes the index again. Loading never
//! trusts the index over the entries it finds.
//!
//! Several tabs share this storage. Each tab remembers a fingerprint of every entry as it last
//! read or wrote it, and never overwrites an entry that has changed since: that save fails
//! with `StorageError::ChangedElsewhere`, and the user chooses what to keep. Of an entry it read
//! or wrote, a tab also keeps the text, as a JavaScript string: a save compares it with what is
//! stored in JavaScript, without copying megabytes into the wasm to fingerprint them.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{StorageError, Values};
use crate::domain::document::Written;
use crate::domain::layout::{self, lay_out, part_names, stamp, Known, Layout};
use crate::domain::library::{
    read_entry, stored_chars, Entry, Index, Library, Reader, Summary, STORAGE_QUOTA_CHARS,
};
use crate::domain::playbook::{Playbook, PlaybookId};

const INDEX_KEY: &str = "devrel-playbook/index";
const ENTRY_PREFIX: &str = "devrel-playbook/playbook/";
const STAMP_PREFIX: &str = "devrel-playbook/stamp/";
const PART_PREFIX: &str = "devrel-playbook/interview/";

/// How the library reads what this module stores.
const READER: Reader = Reader {
    entry: read_entry_text,
    part: read_part,
};

thread_local! {
    /// The entries as this tab last saw them, by playbook id: the stamp, and the text when this
    /// tab read or wrote it (undefined when it saw only the index's summary). No entry means
    /// "absent". A list searched rather than a map: a browser holds few playbooks, and a map
    /// would be one more copy of a hash table's code in the wasm.
    static SEEN: RefCell<Vec<(String, String, JsValue)>> = const { RefCell::new(Vec::new()) };
    /// The interviews of the playbook last laid out (`layout::Known`). Another playbook's
    /// interviews match none of them, so the first save of another replaces them.
    static KNOWN: RefCell<Known> = RefCell::default();
}

/// Lays `playbook` out over the parts `stored`, with what the last save laid out.
fn lay_out_known(playbook: &Playbook, stored: &[&str]) -> Result<Layout, StorageError> {
    KNOWN
        .with_borrow_mut(|known| lay_out(playbook, stored, known))
        .map_err(|error| StorageError::Failed(error.to_string()))
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

fn stamp_key(id: &str) -> String {
    format!("{STAMP_PREFIX}{id}")
}

/// The key of the part `name` of the playbook `id`.
fn part_key(id: &str, name: &str) -> String {
    format!("{PART_PREFIX}{id}/{name}")
}

fn read_part(id: &str, name: &str) -> Option<String> {
    Values::of(&local_storage().ok()?).text(&part_key(id, name))
}

/// The stamp of an entry as this tab last read or wrote it; `None` when it saw none.
pub(super) fn seen(id: &str) -> Option<String> {
    SEEN.with_borrow(|seen| {
        seen.iter()
            .find(|(seen_id, ..)| seen_id == id)
            .map(|(_, stamp, _)| stamp.clone())
    })
}

/// Whether `stored` (null for nothing) is the entry as this tab last saw it: the same text, or
/// else text of the same stamp.
fn unchanged_since_seen(id: &str, stored: &JsValue) -> bool {
    SEEN.with_borrow(
        |seen| match seen.iter().find(|(seen_id, ..)| seen_id == id) {
            None => stored.is_null(),
            Some((_, seen_stamp, text)) => {
                stored == text
                    || stored
                        .as_string()
                        .is_some_and(|text| stamp(&text) == *seen_stamp)
            }
        },
    )
}

/// Remembers the stamp of an entry as this tab now sees it (`None`: absent) and its `text`,
/// undefined when this tab does not hold it.
fn remember(id: &str, stamp: Option<String>, text: JsValue) {
    SEEN.with_borrow_mut(|seen| {
        seen.retain(|(seen_id, ..)| seen_id != id);
        if let Some(stamp) = stamp {
            seen.push((id.to_owned(), stamp, text));
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
    let index = stored_index(values);
    let length = storage.length().map_err(|_| StorageError::Unavailable)?;
    let keys: Vec<String> = (0..length)
        .filter_map(|at| storage.key(at).ok().flatten())
        .collect();
    let entries: Vec<(String, Option<String>)> = keys
        .iter()
        .filter_map(|key| Some(key.strip_prefix(ENTRY_PREFIX)?.to_owned()))
        .map(|id| {
            let stamp = values.text(&stamp_key(&id));
            (id, stamp)
        })
        .collect();
    let stamps = entries.clone();
    let loaded = Library::from_stored(&index, entries, READER);
    // What a missing, damaged or stale index did not vouch for was read now: its stamp, then
    // the index, are written again as loading repaired them, so that the next start reads only
    // what changed. Failing that (a full quota) loses nothing: the next start repairs again.
    for summary in &loaded.index.summaries {
        let id = summary.id.as_str();
        remember(id, Some(summary.stamp.clone()), JsValue::UNDEFINED);
        let stored = stamps.iter().find(|(known, _)| known == id);
        if stored.and_then(|(_, stamp)| stamp.as_ref()) == Some(&summary.stamp) {
            take_out_unnamed_parts(&storage, &keys, summary);
        } else {
            let _ = values.write(&stamp_key(id), &summary.stamp);
        }
    }
    // An empty library writes nothing: a first visit stores nothing before the user acts.
    if loaded.index != index && !loaded.index.ids.is_empty() {
        if let Ok(text) = serde_json::to_string(&Written(&loaded.index)) {
            let _ = values.write(INDEX_KEY, &text);
        }
    }
    Ok(loaded.library)
}

/// Takes out the parts of the entry `summary` describes that the entry does not name: those a
/// save cut short wrote before the entry, or had not taken out yet. Only for an entry whose
/// stamp vouches for its summary: a save empties the stamp before it writes a part, so no
/// save of it is under way in another tab.
fn take_out_unnamed_parts(storage: &web_sys::Storage, keys: &[String], summary: &Summary) {
    let id = summary.id.as_str();
    let prefix = part_key(id, "");
    let parts: Vec<&str> = keys
        .iter()
        .filter_map(|key| key.strip_prefix(&prefix))
        .collect();
    // An entry names one part per interview, or none when it is whole.
    if parts.is_empty() || parts.len() == summary.interviews as usize {
        return;
    }
    let Some(entry) = Values::of(storage).text(&entry_key(id)) else {
        return;
    };
    if stamp(&entry) == summary.stamp {
        for at in layout::missing_from(&parts, &part_names(&entry)) {
            let _ = storage.remove_item(&part_key(id, parts[at]));
        }
    }
}

/// The stored text of an entry, its interviews in place: for saving an unreadable one as a file,
/// and putting it back after its removal is undone. An entry one of whose parts is missing is
/// given as its key holds it.
pub fn stored_entry_text(id: &str) -> Option<String> {
    let entry = Values::of(&local_storage().ok()?).text(&entry_key(id))?;
    Some(layout::join(&entry, &|name| read_part(id, name)).unwrap_or(entry))
}

/// The stamp of the entry stored now; `None` when there is none.
pub fn stored_stamp(id: &str) -> Option<String> {
    let entry = Values::of(&local_storage().ok()?).text(&entry_key(id))?;
    Some(stamp(&entry))
}

/// The stored text of an entry, for the library to read it: what this tab read is remembered.
fn read_entry_text(id: &str) -> Option<String> {
    let stored = Values::of(&local_storage().ok()?)
        .get(&entry_key(id))
        .ok()?;
    let text = stored.as_string();
    remember(id, text.as_deref().map(stamp), stored);
    text
}

/// Reads one entry again, as it is stored now (after another tab changed it); `None` when it
/// is gone.
pub fn reload_entry(id: &PlaybookId) -> Option<Entry> {
    let text = read_entry_text(id.as_str())?;
    Some(read_entry(id.to_string(), &text, read_part))
}

/// Writes a playbook and makes sure the index names it. `library` must already hold it.
/// Refuses when the stored entry changed since this tab last read or wrote it.
pub fn save_playbook(library: &Library, playbook: &Playbook) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let id = playbook.id.as_str();
    let stored = Values::of(&storage)
        .get(&entry_key(id))
        .unwrap_or(JsValue::NULL);
    if !unchanged_since_seen(id, &stored) {
        return Err(StorageError::ChangedElsewhere);
    }
    overwrite_playbook(library, playbook)
}

/// Writes a playbook over whatever is stored, for when the user chose to keep this tab's.
/// A write that fails half way leaves storage as it was.
pub fn overwrite_playbook(library: &Library, playbook: &Playbook) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let id = playbook.id.as_str();
    let (key, stamp_key) = (entry_key(id), stamp_key(id));
    let values = Values::of(&storage);
    // What was stored before (null for nothing), kept in JavaScript to be put back.
    let before = values.get(&key).unwrap_or(JsValue::NULL);
    let stamp_before = values.get(&stamp_key).unwrap_or(JsValue::NULL);
    let before_text = before.as_string().unwrap_or_default();
    let stored_parts = part_names(&before_text);
    let laid_out = lay_out_known(playbook, &stored_parts)?;
    // An entry stored whole gives way to parts only while storage holds both, the parts being
    // written before the entry that names them. Short of room for that, the playbook stays
    // whole: one write replaces the entry, and the save needs only the room it grew by.
    let laid_out = if !before.is_null() && stored_parts.is_empty() && !room_for(id, &laid_out.write)
    {
        layout::whole(playbook).map_err(|error| StorageError::Failed(error.to_string()))?
    } else {
        laid_out
    };
    let dropped = layout::dropped(&laid_out, &stored_parts);
    let mut written = Vec::new();
    // A save that fails leaves storage as it was: the parts it wrote, which nothing names, go;
    // the stamp goes back once the entry is.
    let take_back = |written: &[&str]| {
        for name in written {
            let _ = storage.remove_item(&part_key(id, name));
        }
        if !stamp_before.is_null() && values.get(&key).ok().as_ref() == Some(&before) {
            let _ = values.set(&stamp_key, &stamp_before);
        }
    };
    // Until the stamp is written again, last, no summary of this entry is trusted, and no start
    // takes out a part of it.
    values.write(&stamp_key, "")?;
    for (name, text) in &laid_out.write {
        if let Err(problem) = write_checked(values, &part_key(id, name), &JsValue::from_str(text)) {
            take_back(&written);
            return Err(problem);
        }
        written.push(name.as_str());
    }
    let entry = JsValue::from_str(&laid_out.entry);
    if let Err(problem) = write_checked(values, &key, &entry) {
        take_back(&written);
        return Err(problem);
    }
    let stamp = stamp(&laid_out.entry);
    if let Err(problem) = save_index(library, vec![Summary::of(playbook, stamp.clone())]) {
        // The index has no room for a new id: take the entry back out, so that what is not
        // said to be saved does not come back on the next load either.
        let _ = if before.is_null() {
            storage.remove_item(&key)
        } else {
            values.set(&key, &before)
        };
        take_back(&written);
        return Err(problem);
    }
    // Without it (a full quota) the entry is only read on the next start, not misdescribed.
    let _ = values.write(&stamp_key, &stamp);
    // The stored entry no longer names these; failing that, a later start takes them out.
    for name in dropped {
        let _ = storage.remove_item(&part_key(id, name));
    }
    remember(id, Some(stamp), entry);
    Ok(())
}

/// Whether storage has room left for `parts` of the playbook `id`, as the browser counts them.
fn room_for(id: &str, parts: &[(String, String)]) -> bool {
    parts_chars(id, parts) <= STORAGE_QUOTA_CHARS.saturating_sub(site_chars())
}

/// The characters `parts` of the playbook `id` take in storage, keys and texts.
fn parts_chars(id: &str, parts: &[(String, String)]) -> usize {
    parts
        .iter()
        .map(|(name, text)| stored_chars(&part_key(id, name), text))
        .sum()
}

/// How many more characters storing `playbooks` in `library` (which already holds them)
/// takes than what is stored now: their entries, parts and the index, as the browser counts
/// them.
pub fn chars_to_store(library: &Library, playbooks: &[&Playbook]) -> usize {
    let Ok(storage) = local_storage() else {
        return 0;
    };
    let values = Values::of(&storage);
    let stored_size = |key: &str| match values.chars(key) {
        0 => 0,
        chars => stored_chars(key, "") + chars,
    };
    let mut after = 0;
    let mut before = stored_size(INDEX_KEY);
    let mut summaries = Vec::new();
    for playbook in playbooks {
        let id = playbook.id.as_str();
        let (key, stamp_key) = (entry_key(id), stamp_key(id));
        let stored_entry = values.text(&key).unwrap_or_default();
        let stored = part_names(&stored_entry);
        let layout = lay_out_known(playbook, &stored).unwrap_or(Layout {
            entry: String::new(),
            names: Vec::new(),
            write: Vec::new(),
        });
        let stamp = stamp(&layout.entry);
        // The parts both name are counted on neither side.
        after += stored_chars(&key, &layout.entry) + stored_chars(&stamp_key, &stamp);
        after += parts_chars(id, &layout.write);
        before += stored_size(&key) + stored_size(&stamp_key);
        for name in layout::dropped(&layout, &stored) {
            before += stored_size(&part_key(id, name));
        }
        summaries.push(Summary::of(playbook, stamp));
    }
    let index = stored_index(values).updated(library.ids(), summaries);
    let index = serde_json::to_string(&Written(&index)).unwrap_or_default();
    after += stored_chars(INDEX_KEY, &index);
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
    save_index(library, Vec::new())?;
    let entry = Values::of(&storage)
        .text(&entry_key(id))
        .unwrap_or_default();
    // The index no longer names it: an entry the browser failed to remove is found again on
    // the next load, as any entry the index misses.
    let _ = storage.remove_item(&entry_key(id));
    let _ = storage.remove_item(&stamp_key(id));
    for name in part_names(&entry) {
        let _ = storage.remove_item(&part_key(id, name));
    }
    remember(id, None, JsValue::UNDEFINED);
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
    // An unreadable entry has no summary for a stamp to vouch for.
    let _ = storage.remove_item(&stamp_key(id));
    let written = JsValue::from_str(stored_text);
    write_checked(Values::of(&storage), &entry_key(id), &written)?;
    remember(id, Some(stamp(stored_text)), written);
    save_index(library, Vec::new())
}

fn stored_index(values: &Values) -> Index {
    Index::parse(values.text(INDEX_KEY).as_deref())
}

/// Stores the index of `library` with the summaries of the playbooks just `written`, keeping
/// the stored index's summaries of the others as they are: each was made from the text its
/// stamp names, which loading checks, so none can describe what it was not made from.
fn save_index(library: &Library, written: Vec<Summary>) -> Result<(), StorageError> {
    let storage = local_storage()?;
    let values = Values::of(&storage);
    let index = stored_index(values).updated(library.ids(), written);
    let text = serde_json::to_string(&Written(&index))
        .map_err(|error| StorageError::Failed(error.to_string()))?;
    values.write(INDEX_KEY, &text)
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
