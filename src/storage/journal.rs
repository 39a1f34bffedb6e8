//! The tab's journal of unsaved changes, in sessionStorage.
//!
//! A change that is on screen but not in localStorage (another tab saved the same playbook,
//! the quota is full, the browser refused) is kept here, one key per playbook:
//! `devrel-playbook/unsaved/<id>` holds an `UnsavedChange`, the playbook as shown and the
//! fingerprint of the stored entry it was made over. sessionStorage belongs to the tab: it
//! outlives a reload and comes back when a closed tab is reopened, and it has its own quota, so
//! it takes a change even when localStorage is full. A tab closed for good loses it, which is
//! why the page asks before it is left while a change is kept here.

use crate::domain::document::from_text;
use crate::domain::library::UnsavedChange;
use crate::domain::playbook::{Playbook, PlaybookId};

use super::library::seen;
use super::{StorageError, Values};

const PREFIX: &str = "devrel-playbook/unsaved/";

fn session_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|window| window.session_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

fn key(id: &PlaybookId) -> String {
    format!("{PREFIX}{id}")
}

/// Keeps a playbook as shown, over the stored version this tab last read or wrote.
pub fn keep_unsaved(playbook: &Playbook) -> Result<(), StorageError> {
    let storage = session_storage()?;
    let change = UnsavedChange::new(seen(playbook.id.as_str()), playbook)
        .and_then(|change| serde_json::to_string(&change))
        .map_err(|error| StorageError::Failed(error.to_string()))?;
    Values::of(&storage).write(&key(&playbook.id), &change)
}

/// Drops what the journal keeps for a playbook: it is stored now, or the user discarded it.
pub fn forget_unsaved(id: &PlaybookId) {
    if let Ok(storage) = session_storage() {
        let _ = storage.remove_item(&key(id));
    }
}

/// Every change the journal keeps, with the playbook it belongs to. Kept text that cannot be
/// read (written by a later version of the app) is left out.
pub fn unsaved_changes() -> Vec<(PlaybookId, UnsavedChange)> {
    let Ok(storage) = session_storage() else {
        return Vec::new();
    };
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|at| storage.key(at).ok().flatten())
        .filter_map(|key| {
            let id = PlaybookId::parse(key.strip_prefix(PREFIX)?)?;
            let text = Values::of(&storage).text(&key)?;
            Some((id, from_text(&text)?))
        })
        .collect()
}
