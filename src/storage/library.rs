//! The library in localStorage: one key per playbook and one for the index.
//!
//! Keys: `devrel-playbook/index` holds the index JSON, `devrel-playbook/playbook/<id>` one
//! playbook each. A playbook is written before the index that names it and taken out of the
//! index before it is removed, so an interrupted change leaves at worst an entry the index
//! misses, which loading finds again. Stored text that cannot be read is never rewritten.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};

use super::StorageError;
use crate::domain::library::{Index, Library};
use crate::domain::playbook::{Playbook, PlaybookId};

const INDEX_KEY: &str = "devrel-playbook/index";
const ENTRY_PREFIX: &str = "devrel-playbook/playbook/";

fn entry_key(id: &str) -> String {
    format!("{ENTRY_PREFIX}{id}")
}

/// localStorage, or why it cannot be used. Checked on each call because gloo's own accessor
/// panics where site data is blocked, and a blocked page must still show its message.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Everything stored, readable or not. A page whose storage is blocked gets the error.
pub fn load_library() -> Result<Library, StorageError> {
    let storage = local_storage()?;
    let index = Index::parse(storage.get_item(INDEX_KEY).ok().flatten().as_deref());
    let length = storage.length().map_err(|_| StorageError::Unavailable)?;
    let entries = (0..length)
        .filter_map(|at| storage.key(at).ok().flatten())
        .filter_map(|key| Some(key.strip_prefix(ENTRY_PREFIX)?.to_owned()))
        .filter_map(|id| {
            Some((
                id.clone(),
                storage.get_item(&entry_key(&id)).ok().flatten()?,
            ))
        })
        .collect();
    Ok(Library::from_stored(&index, entries))
}

/// The exact stored text of an entry, for saving an unreadable one as a file.
pub fn stored_entry_text(id: &str) -> Option<String> {
    local_storage()
        .ok()?
        .get_item(&entry_key(id))
        .ok()
        .flatten()
}

/// Writes a playbook and makes sure the index names it. `library` must already hold it.
pub fn save_playbook(library: &Library, playbook: &Playbook) -> Result<(), StorageError> {
    local_storage()?;
    LocalStorage::set(entry_key(playbook.id.as_str()), playbook).map_err(classify)?;
    save_index(library)
}

/// Removes a playbook. `library` must no longer hold it.
pub fn remove_playbook(library: &Library, id: &PlaybookId) -> Result<(), StorageError> {
    save_index(library)?;
    LocalStorage::delete(entry_key(id.as_str()));
    Ok(())
}

fn save_index(library: &Library) -> Result<(), StorageError> {
    LocalStorage::set(INDEX_KEY, library.index()).map_err(classify)
}

/// Browsers name a full quota differently: Chromium and Safari `QuotaExceededError`,
/// Firefox `NS_ERROR_DOM_QUOTA_REACHED`.
fn classify(error: GlooError) -> StorageError {
    match error {
        GlooError::JsError(error)
            if matches!(
                error.name.as_str(),
                "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
            ) =>
        {
            StorageError::Full
        }
        GlooError::JsError(error) if error.name == "SecurityError" => StorageError::Unavailable,
        other => StorageError::Failed(other.to_string()),
    }
}
