//! The store screens dispatch to: it applies each action through the domain, saves the result
//! through `storage`, and holds the signals the screens render from.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::domain::library::{Library, Removed};
use crate::domain::playbook::{EditError, NewPlaybook, Playbook, PlaybookEdit, PlaybookId};
use crate::storage::{self, StorageError};
use crate::ui::notices::{NoticeAction, Notices};

/// Whether the latest change reached storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the page opened.
    Unchanged,
    Saved(DateTime<Utc>),
    /// The change is kept on screen; the message says why it is not stored.
    NotSaved(StorageError),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub library: RwSignal<Library>,
    /// Set when storage cannot be read at all; the library is then empty and nothing saves.
    pub load_problem: RwSignal<Option<StorageError>>,
    pub save_state: RwSignal<SaveState>,
    notices: Notices,
}

impl Store {
    pub fn load(notices: Notices) -> Self {
        let (library, load_problem) = match storage::load_library() {
            Ok(library) => (library, None),
            Err(problem) => (Library::default(), Some(problem)),
        };
        Self {
            library: RwSignal::new(library),
            load_problem: RwSignal::new(load_problem),
            save_state: RwSignal::new(SaveState::Unchanged),
            notices,
        }
    }

    pub fn create(&self, details: NewPlaybook) -> Result<PlaybookId, EditError> {
        let playbook = Playbook::new(storage::new_playbook_id(), details, storage::now())?;
        let id = playbook.id.clone();
        self.commit(playbook);
        Ok(id)
    }

    pub fn edit(&self, id: &PlaybookId, edit: PlaybookEdit) -> Result<(), EditError> {
        let Some(mut playbook) = self
            .library
            .with_untracked(|library| library.get(id).cloned())
        else {
            return Ok(());
        };
        playbook.apply(edit, storage::now())?;
        self.commit(playbook);
        Ok(())
    }

    pub fn duplicate(&self, id: &PlaybookId) {
        let copy = self.library.with_untracked(|library| {
            library
                .get(id)
                .map(|original| original.duplicate(storage::new_playbook_id(), storage::now()))
        });
        if let Some(copy) = copy {
            self.notices.info(format!("Made “{}”.", copy.title));
            self.commit(copy);
        }
    }

    /// Removes at once and offers an undo, rather than asking first.
    pub fn remove(&self, id: &PlaybookId) {
        let mut library = self.library.get_untracked();
        let Some(removed) = library.remove(id) else {
            return;
        };
        match storage::remove_playbook(&library, id) {
            Ok(()) => {
                self.notices.with_action(
                    format!("Deleted “{}”.", removed.playbook.title),
                    NoticeAction::UndoRemove(removed),
                );
                self.library.set(library);
            }
            Err(problem) => self.notices.problem(format!(
                "“{}” was not deleted. {problem}",
                removed.playbook.title
            )),
        }
    }

    pub fn undo_remove(&self, removed: Removed) {
        let playbook = removed.playbook.clone();
        self.library
            .update(|library| library.restore_removed(removed));
        self.save(&playbook);
        self.notices.info(format!("Restored “{}”.", playbook.title));
    }

    /// Shows the playbook as changed and stores it; a failed save keeps the change on screen.
    fn commit(&self, playbook: Playbook) {
        self.library.update(|library| library.put(playbook.clone()));
        self.save(&playbook);
    }

    fn save(&self, playbook: &Playbook) {
        let saved = self
            .library
            .with_untracked(|library| storage::save_playbook(library, playbook));
        let state = match saved {
            Ok(()) => SaveState::Saved(playbook.updated_at),
            Err(problem) => SaveState::NotSaved(problem),
        };
        // Announce a new problem once, not again on every keystroke that meets it.
        if let SaveState::NotSaved(problem) = &state {
            if self
                .save_state
                .with_untracked(|previous| previous != &state)
            {
                self.notices.problem(problem.to_string());
            }
        }
        self.save_state.set(state);
    }
}
