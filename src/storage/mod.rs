//! The browser's storage: the library in localStorage (`library.rs`) and the tab's journal of
//! unsaved changes in sessionStorage (`journal.rs`). The browser's other services (clock, ids,
//! Intl dates, files, persistence) are `browser`.
//!
//! Architecture invariants (ARCHITECTURE.md states the same):
//! - Only this module touches localStorage and sessionStorage, and it reaches them one way:
//!   `Window::local_storage`/`session_storage`, checked on every call, never an accessor that
//!   assumes storage exists, so a page whose site data is blocked still shows its message.
//! - It uses only `domain`; in the app, only `ui::store` calls it.

mod journal;
mod library;

pub use journal::{forget_unsaved, keep_unsaved, unsaved_changes};
pub use library::{
    chars_to_store, load_library, overwrite_playbook, reload_entry, remove_playbook,
    remove_unreadable_entry, restore_unreadable_entry, save_playbook, site_chars, storage_error,
    stored_entry_text, stored_stamp, watch_other_tabs, Change,
};

use std::fmt;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// A `Storage` (localStorage or sessionStorage) whose values stay JavaScript strings until
    /// the wasm reads them: a playbook of megabytes is not copied into the wasm only to be
    /// compared with what was written, or written back. The one way this module reads and
    /// writes values.
    #[wasm_bindgen(extends = web_sys::Storage)]
    type Values;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get(this: &Values, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set(this: &Values, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

impl Values {
    fn of(storage: &web_sys::Storage) -> &Self {
        storage.unchecked_ref()
    }

    /// The text under `key`; `None` when there is none.
    fn text(&self, key: &str) -> Option<String> {
        self.get(key).ok()?.as_string()
    }

    /// How many characters the value under `key` takes, as the browser counts them against
    /// its quota (UTF-16 code units), without copying it into the wasm; 0 when there is none.
    fn chars(&self, key: &str) -> usize {
        self.get(key)
            .ok()
            .and_then(|value| value.dyn_into::<js_sys::JsString>().ok())
            .map_or(0, |value| value.length() as usize)
    }

    fn write(&self, key: &str, text: &str) -> Result<(), StorageError> {
        self.set(key, &JsValue::from_str(text))
            .map_err(storage_error)
    }
}

/// Why a write to the browser's storage did not happen, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is switched off or blocked for this site.
    Unavailable,
    /// The site's storage quota is used up.
    Full,
    /// Another tab or window changed the stored playbook since this page read it.
    ChangedElsewhere,
    /// Anything else the browser reported.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str(
                "This browser does not let the app use its storage (site data may be blocked), \
                 so changes cannot be saved.",
            ),
            Self::Full => f.write_str(
                "The browser's storage for this site is full, so the latest change is not saved. \
                 It is still on screen: keep a copy with “Export as a file” on the playbook's page, \
                 or delete playbooks you no longer need, then edit again to save.",
            ),
            Self::ChangedElsewhere => f.write_str(
                "This playbook was also changed in another tab or window, so this page has not saved over it. \
                 Choose which version to keep.",
            ),
            Self::Failed(detail) => write!(f, "The browser could not save the change: {detail}"),
        }
    }
}

impl std::error::Error for StorageError {}
