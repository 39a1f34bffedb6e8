//! The store screens dispatch to: it applies each action through the domain, saves the result
//! through `storage`, and holds the signals the screens render from.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::browser;
use crate::domain::buyin::{Assessment, AssessmentId, Interviewee};
use crate::domain::edit::EditError;
use crate::domain::file::{restore_example, LoadError};
use crate::domain::id::Id;
use crate::domain::library::{Library, Recovery, Removed, RemovedUnreadable, StorageRoom};
use crate::domain::onboarding::reviews::ReviewEdit;
use crate::domain::onboarding::{Onboarding, OnboardingEdit, TaskKey};
use crate::domain::playbook::{
    NewPlaybook, Part, Playbook, PlaybookEdit, PlaybookId, RemovedAssessment,
};
use crate::domain::strategy::{ItemId, ListAt, Strategy, StrategyEdit};
use crate::storage::{self, Change, StorageError};
use crate::ui::erased::{before_next_frame, effect, in_next_task, memo};
use crate::ui::notices::{Notices, Undo};

/// Typing is saved once it pauses this long; leaving the page saves at once.
const SAVE_AFTER: Duration = Duration::from_millis(300);

/// Whether the latest change reached storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the page opened.
    Unchanged,
    /// Changed on screen; the save follows in a moment.
    Pending,
    Saved(DateTime<Utc>),
    /// The change is kept on screen; the message says why it is not stored.
    NotSaved(StorageError),
    /// Brought back after a reload or a reopened tab; saved when the user says so.
    Recovered,
}

/// What a removal took away, kept so that an Undo can put it back.
#[derive(Debug)]
pub enum Removal {
    Playbook(Removed),
    Unreadable(RemovedUnreadable),
    Assessment {
        playbook: PlaybookId,
        removed: RemovedAssessment,
    },
    /// The strategy before and after an item was removed: the undo applies only while the
    /// strategy is still as the removal left it.
    StrategyItem {
        playbook: PlaybookId,
        before: Box<Strategy>,
        after: Box<Strategy>,
        what: String,
    },
    /// A task or a review taken out of the first 90 days' plan, with the edit that puts it back
    /// and what the notice says then: the undo applies only while the plan is still as the
    /// removal left it.
    FromPlan {
        playbook: PlaybookId,
        undo: OnboardingEdit,
        after: Box<Onboarding>,
        restored: String,
    },
}

impl Removal {
    /// Why undoing the removal can no longer work in `library`, if it cannot: the notice's
    /// Undo is then withdrawn rather than offered to fail, and `Store::undo` refuses it.
    pub fn expired(&self, library: &Library) -> Option<&'static str> {
        match self {
            Self::Playbook(removed) => library
                .get(&removed.playbook.id)
                .map(|_| "It is back in this browser already."),
            Self::Unreadable(removed) => {
                let id = &removed.entry.id;
                let back = library.unreadable().any(|entry| &entry.id == id)
                    || PlaybookId::parse(id).is_some_and(|id| library.get(&id).is_some());
                back.then_some("It is back in this browser already.")
            }
            Self::Assessment { playbook, removed } => match library.get(playbook) {
                None => Some("Its playbook is no longer here."),
                Some(here) if here.assessment(&removed.assessment.id).is_some() => {
                    Some("It is back in the playbook already.")
                }
                Some(_) => None,
            },
            Self::StrategyItem {
                playbook, after, ..
            } => match library.get(playbook) {
                None => Some("Its playbook is no longer here."),
                Some(here) if here.strategy != *after => {
                    Some("It can no longer be undone: the plan has changed since.")
                }
                Some(_) => None,
            },
            Self::FromPlan {
                playbook, after, ..
            } => match library.get(playbook) {
                None => Some("Its playbook is no longer here."),
                Some(here) if here.onboarding != **after => {
                    Some("It can no longer be undone: the plan has changed since.")
                }
                Some(_) => None,
            },
        }
    }
}

#[derive(Clone, Copy)]
pub struct Store {
    pub library: RwSignal<Library>,
    /// Set when storage cannot be read at all; the library is then empty and nothing saves.
    pub load_problem: RwSignal<Option<StorageError>>,
    pub save_state: RwSignal<SaveState>,
    /// The playbook `save_state` speaks of.
    pub saved_for: RwSignal<Option<PlaybookId>>,
    /// Playbooks changed both here and in another tab, waiting for the user to choose.
    pub conflicts: RwSignal<Vec<PlaybookId>>,
    /// Playbooks whose unsaved changes came back from the tab's journal after a reload,
    /// waiting for the user to save or discard them.
    pub recovered: RwSignal<Vec<PlaybookId>>,
    notices: Notices,
    /// Playbooks changed on screen and not yet written.
    unsaved: StoredValue<Vec<PlaybookId>>,
    /// Playbooks whose latest change on screen storage does not hold: a write failed or is
    /// held for the user's choice. Each is kept in the tab's journal meanwhile.
    not_stored: StoredValue<Vec<PlaybookId>>,
    /// Whether the user was told that the journal could not keep a change either.
    journal_refused: StoredValue<bool>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
}

fn add_once(ids: &mut Vec<PlaybookId>, id: &PlaybookId) {
    if !ids.contains(id) {
        ids.push(id.clone());
    }
}

impl Store {
    pub fn load(notices: Notices) -> Self {
        let (library, load_problem) = match storage::load_library() {
            Ok(library) => (library, None),
            Err(problem) => (Library::default(), Some(problem)),
        };
        let store = Self {
            library: RwSignal::new(library),
            load_problem: RwSignal::new(load_problem),
            save_state: RwSignal::new(SaveState::Unchanged),
            saved_for: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
            recovered: RwSignal::new(Vec::new()),
            notices,
            unsaved: StoredValue::new(Vec::new()),
            not_stored: StoredValue::new(Vec::new()),
            journal_refused: StoredValue::new(false),
            save_timer: StoredValue::new(None),
        };
        store.replay_unsaved();
        storage::watch_other_tabs(move |change| store.take_change_from_other_tab(change));
        // A closed tab or a reload must not lose the last keystrokes.
        let flush = move || store.flush();
        window_event_listener(leptos::ev::pagehide, move |_| flush());
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush();
            }
        });
        // A change storage does not hold is kept by the tab for a reload or a reopened tab,
        // but a tab closed for good takes it along: the browser asks before that.
        window_event_listener(leptos::ev::beforeunload, move |ev| {
            store.flush();
            if store.not_stored.with_value(|ids| !ids.is_empty()) {
                ev.prevent_default();
                ev.set_return_value("");
            }
        });
        store
    }

    /// Shows again the changes the tab's journal kept, each waiting for the user's choice:
    /// saved over the stored version they were made on when it is still there, and otherwise
    /// settled like any conflict between tabs.
    fn replay_unsaved(&self) {
        for (id, change) in storage::unsaved_changes() {
            let Some(playbook) = change.restore().filter(|playbook| playbook.id == id) else {
                storage::forget_unsaved(&id);
                continue;
            };
            let title = playbook.title.clone();
            let stored = storage::stored_stamp(id.as_str());
            self.library.update(|library| library.put(playbook));
            self.not_stored.update_value(|ids| add_once(ids, &id));
            self.saved_for.set(Some(id.clone()));
            match change.recovery(stored) {
                Recovery::OverStored => {
                    self.recovered.update(|ids| add_once(ids, &id));
                    self.save_state.set(SaveState::Recovered);
                }
                Recovery::StoredChanged => {
                    self.conflicts.update(|ids| add_once(ids, &id));
                    self.save_state
                        .set(SaveState::NotSaved(StorageError::ChangedElsewhere));
                }
            }
            self.notices.problem(format!(
                "Changes to “{title}” were not saved when this page was last reloaded or closed. \
                 They are back on screen: open the playbook to keep or discard them."
            ));
        }
    }

    pub fn create(&self, details: NewPlaybook) -> Result<PlaybookId, EditError> {
        let playbook = Playbook::new(browser::new_id(), details, browser::now())?;
        let id = playbook.id.clone();
        self.commit(playbook);
        // Now there is work to keep, ask the browser not to clear it under storage pressure.
        leptos::task::spawn_local(async {
            browser::ask_for_persistent_storage().await;
        });
        Ok(id)
    }

    /// Adds the example playbook, for a first look at a finished one.
    /// Stores the example playbook, read from the text of `public/example.json`.
    pub fn open_example(&self, text: &str) -> Result<PlaybookId, LoadError> {
        let example = restore_example(text, browser::new_id(), browser::now())?;
        let id = example.id.clone();
        self.commit(example);
        Ok(id)
    }

    /// Notes that a playbook was just saved as a file.
    pub fn mark_exported(&self, id: &PlaybookId) {
        let now = browser::now();
        self.library.maybe_update(|library| {
            library
                .get_mut(id)
                .map(|playbook| playbook.mark_exported(now))
                .is_some()
        });
        self.save_now(id);
    }

    /// Applies a change to a playbook on screen at once and saves it when typing pauses.
    pub fn edit(&self, id: &PlaybookId, edit: PlaybookEdit) -> Result<(), EditError> {
        let now = browser::now();
        let mut result = Ok(());
        self.library
            .maybe_update(|library| match library.apply(id, edit, now) {
                Some(applied) => {
                    result = applied;
                    result.is_ok()
                }
                None => false,
            });
        if result.is_ok() {
            self.save_soon(id);
        }
        result
    }

    /// What a view drawn from `parts` of the playbook `id` reads, rather than the whole
    /// library: it changes when those parts do, so a key press in the title does not work out
    /// the plan or the list of interviews again. Read it (`get`), not only `track` it: a memo
    /// works itself out, and so follows the library, only when it is read.
    pub fn revision(&self, id: PlaybookId, parts: &'static [Part]) -> Memo<u64> {
        let library = self.library;
        memo(move || library.with(|library| library.revision(&id, parts)))
    }

    /// Counts the changes to `parts` of the playbook `id`, a frame after each: for what a page
    /// works out from a whole part beside the field being typed in (what a step of three
    /// hundred goals still lacks), so that the key's own frame shows the letter without
    /// waiting for it. Changes that come faster than frames are counted once. Callers only
    /// read the count: a signal of a type the app already has, rather than a read-only one.
    pub fn settled_changes(&self, id: PlaybookId, parts: &'static [Part]) -> RwSignal<usize> {
        let revision = self.revision(id, parts);
        let settled = RwSignal::new(0);
        let waiting = Rc::new(Cell::new(false));
        let mut first = true;
        effect(move || {
            revision.get();
            // The first run only starts to follow the revision the page was just drawn from.
            if std::mem::take(&mut first) || waiting.replace(true) {
                return;
            }
            let waiting = Rc::clone(&waiting);
            // Once the frame is drawn, not before: a timer set now may run ahead of it. A page
            // gone meanwhile takes its signal with it, and the update is dropped.
            before_next_frame(Box::new(move || {
                in_next_task(Box::new(move || {
                    waiting.set(false);
                    settled.update(|count| *count += 1);
                }))
            }));
        });
        settled
    }

    pub fn add_assessment(
        &self,
        playbook: &PlaybookId,
        who: Interviewee,
    ) -> Result<AssessmentId, EditError> {
        let assessment = Assessment::new(browser::new_id(), who, browser::now())?;
        let id = assessment.id.clone();
        self.edit(playbook, PlaybookEdit::AddAssessment(assessment))?;
        self.flush();
        Ok(id)
    }

    /// Takes imported playbooks in. One with an id already here replaces the one here when the
    /// user agreed to that, and otherwise comes in as a separate copy beside it. Returns the
    /// ids the playbooks now have, or, when they do not fit or a write fails, what to tell
    /// the user: only what storage really holds is then shown.
    pub fn import(
        &self,
        playbooks: Vec<Playbook>,
        replace: bool,
    ) -> Result<Vec<PlaybookId>, String> {
        let mut library = self.library.get_untracked();
        let incoming: Vec<Playbook> = playbooks
            .into_iter()
            .map(|playbook| {
                if library.get(&playbook.id).is_some() && !replace {
                    playbook.copy_titled(browser::new_id(), browser::now(), " (imported)")
                } else {
                    playbook
                }
            })
            .collect();
        // Room first, counted as the browser counts it, so a file that cannot fit is refused
        // before anything is written.
        let mut after = library.clone();
        for playbook in &incoming {
            after.put(playbook.clone());
        }
        let needed = storage::chars_to_store(&after, &incoming.iter().collect::<Vec<_>>());
        StorageRoom {
            used: storage::site_chars(),
        }
        .check_room(needed)
        .map_err(|no_room| format!("{no_room} Nothing in this browser was changed."))?;

        let mut ids = Vec::new();
        for playbook in incoming {
            let id = playbook.id.clone();
            let previous = library.get(&id).cloned();
            library.put(playbook.clone());
            if let Err(problem) = storage::save_playbook(&library, &playbook) {
                match previous {
                    Some(previous) => library.put(previous),
                    None => library.forget(id.as_str()),
                }
                self.library.set(library);
                let refused = match problem {
                    StorageError::Full => "the browser's storage for this site is full".to_owned(),
                    other => other.to_string(),
                };
                let added = if ids.is_empty() {
                    " Nothing in this browser was changed.".to_owned()
                } else {
                    format!(" The {} before it in the file were added.", ids.len())
                };
                return Err(format!(
                    "“{}” could not be stored: {refused}.{added}",
                    playbook.title
                ));
            }
            self.show_saved(&id, Ok(playbook.updated_at));
            ids.push(id);
        }
        self.library.set(library);
        Ok(ids)
    }

    /// Starts a new interview of the same executive from an earlier one's answers, dated today.
    pub fn follow_up(&self, playbook: &PlaybookId, earlier: &AssessmentId) -> Option<AssessmentId> {
        let later = self.library.with_untracked(|library| {
            library.get(playbook)?.assessment(earlier).map(|earlier| {
                earlier.follow_up(browser::new_id(), browser::now(), browser::today())
            })
        })?;
        let id = later.id.clone();
        self.edit(playbook, PlaybookEdit::AddAssessment(later))
            .ok()?;
        self.flush();
        Some(id)
    }

    pub fn remove_assessment(&self, playbook: &PlaybookId, id: &AssessmentId) {
        let Some(removed) = self
            .library
            .with_untracked(|library| library.get(playbook)?.removal_of(id))
        else {
            return;
        };
        if self
            .edit(playbook, PlaybookEdit::RemoveAssessment(id.clone()))
            .is_ok()
        {
            self.flush();
            let text = format!(
                "Deleted the interview with {}.",
                removed.assessment.executive
            );
            self.offer_undo(
                text,
                Removal::Assessment {
                    playbook: playbook.clone(),
                    removed,
                },
            );
        }
    }

    /// Removes an item of the strategy, links to it included, and offers an undo.
    pub fn remove_strategy_item(
        &self,
        playbook: &PlaybookId,
        list: ListAt,
        id: ItemId,
        what: String,
    ) {
        let strategy = || {
            self.library
                .with_untracked(|library| library.get(playbook).map(|p| p.strategy.clone()))
        };
        let Some(before) = strategy() else {
            return;
        };
        let removal = PlaybookEdit::Strategy(StrategyEdit::Remove { list, id });
        if self.edit(playbook, removal).is_err() {
            return;
        }
        self.flush();
        if let Some(after) = strategy() {
            self.offer_undo(
                format!("Removed {what}."),
                Removal::StrategyItem {
                    playbook: playbook.clone(),
                    before,
                    after,
                    what,
                },
            );
        }
    }

    /// Takes a task out of the first 90 days' plan and offers an undo that puts back what was
    /// said of it.
    pub fn remove_plan_task(&self, playbook: &PlaybookId, task: TaskKey, title: String) {
        let note = self
            .plan_of(playbook)
            .and_then(|plan| plan.note(&task).cloned());
        self.remove_from_plan(
            playbook,
            OnboardingEdit::Remove { task: task.clone() },
            OnboardingEdit::Restore { task, note },
            format!("Removed “{title}” from the plan."),
            format!("Put “{title}” back in the plan."),
        );
    }

    /// Removes a review of the goals, held on `day`, and offers an undo.
    pub fn remove_review(&self, playbook: &PlaybookId, review: Id, day: String) {
        let Some(removed) = self
            .plan_of(playbook)
            .and_then(|plan| plan.reviews.into_iter().find(|each| each.id == review))
        else {
            return;
        };
        self.remove_from_plan(
            playbook,
            OnboardingEdit::Review(ReviewEdit::Remove { review }),
            OnboardingEdit::Review(ReviewEdit::Put(removed)),
            format!("Removed the review of {day}."),
            format!("Put the review of {day} back."),
        );
    }

    fn plan_of(&self, playbook: &PlaybookId) -> Option<Onboarding> {
        self.library
            .with_untracked(|library| library.get(playbook).map(|p| p.onboarding.clone()))
    }

    /// Takes something out of the plan at once and offers an undo, which applies `undo`.
    fn remove_from_plan(
        &self,
        playbook: &PlaybookId,
        removal: OnboardingEdit,
        undo: OnboardingEdit,
        removed: String,
        restored: String,
    ) {
        if self
            .edit(playbook, PlaybookEdit::Onboarding(removal))
            .is_err()
        {
            return;
        }
        self.flush();
        if let Some(after) = self.plan_of(playbook) {
            self.offer_undo(
                removed,
                Removal::FromPlan {
                    playbook: playbook.clone(),
                    undo,
                    after: Box::new(after),
                    restored,
                },
            );
        }
    }

    pub fn duplicate(&self, id: &PlaybookId) {
        let copy = self.library.with_untracked(|library| {
            library
                .get(id)
                .map(|original| original.duplicate(browser::new_id(), browser::now()))
        });
        if let Some(copy) = copy {
            self.notices.info(format!("Made “{}”.", copy.title));
            self.commit(copy);
        }
    }

    /// Removes at once and offers an undo, rather than asking first.
    pub fn remove(&self, id: &PlaybookId) {
        self.flush();
        let mut library = self.library.get_untracked();
        let Some(removed) = library.remove(id) else {
            return;
        };
        match storage::remove_playbook(&library, id) {
            Ok(()) => {
                self.settle(id);
                self.forget_unsaved(id);
                self.offer_undo(
                    format!("Deleted “{}”.", removed.playbook.title),
                    Removal::Playbook(removed),
                );
                self.library.set(library);
            }
            Err(problem) => self.notices.problem(format!(
                "“{}” was not deleted. {problem}",
                removed.playbook.title
            )),
        }
    }

    /// Removes an entry that could not be read, on the user's request, and offers an undo that
    /// puts its stored text back as it was.
    pub fn remove_unreadable(&self, id: &str) {
        let Some(text) = storage::stored_entry_text(id) else {
            self.library.update(|library| library.forget(id));
            return;
        };
        let mut library = self.library.get_untracked();
        let Some(removed) = library.remove_unreadable(id, text) else {
            return;
        };
        match storage::remove_unreadable_entry(&library, id) {
            Ok(()) => {
                self.offer_undo(
                    format!("Removed the unreadable entry {id}."),
                    Removal::Unreadable(removed),
                );
                self.library.set(library);
            }
            Err(problem) => self
                .notices
                .problem(format!("The entry {id} was not removed. {problem}")),
        }
    }

    /// Says what was removed, with an Undo that stays on offer until the library changes so
    /// that it could only fail.
    fn offer_undo(&self, text: String, removal: Removal) {
        let store = *self;
        // Shared by the check and the undo, which takes it: a notice undoes once.
        let removal = Arc::new(Mutex::new(Some(removal)));
        let expired = {
            let removal = removal.clone();
            move || {
                let removal = removal.lock().ok()?;
                store
                    .library
                    .with(|library| removal.as_ref()?.expired(library))
            }
        };
        let undo = move || {
            let taken = removal.lock().ok().and_then(|mut removal| removal.take());
            if let Some(removal) = taken {
                store.undo(removal);
            }
        };
        self.notices.with_undo(text, Undo::new(expired, undo));
    }

    /// Takes back a removal that a notice offered to undo.
    fn undo(&self, removal: Removal) {
        // The rule that withdraws an Undo from its notice also guards the undo itself.
        if let Some(why) = self
            .library
            .with_untracked(|library| removal.expired(library))
        {
            self.notices.problem(why);
            return;
        }
        match removal {
            Removal::Playbook(removed) => {
                let id = removed.playbook.id.clone();
                let title = removed.playbook.title.clone();
                self.library
                    .update(|library| library.restore_removed(removed));
                self.save_now(&id);
                self.notices.info(format!("Restored “{title}”."));
            }
            Removal::Unreadable(removed) => {
                let id = removed.entry.id.clone();
                let text = removed.stored_text.clone();
                let mut library = self.library.get_untracked();
                library.restore_removed_unreadable(removed);
                match storage::restore_unreadable_entry(&library, &id, &text) {
                    Ok(()) => {
                        self.library.set(library);
                        self.notices
                            .info(format!("Put back the unreadable entry {id}."));
                    }
                    Err(problem) => self.notices.problem(format!(
                        "The entry {id} could not be put back. {problem} Its text is in the file you saved, if you saved one."
                    )),
                }
            }
            Removal::Assessment { playbook, removed } => {
                let executive = removed.assessment.executive.clone();
                if self
                    .edit(&playbook, PlaybookEdit::RestoreAssessment(removed))
                    .is_ok()
                {
                    self.flush();
                    self.notices
                        .info(format!("Restored the interview with {executive}."));
                }
            }
            Removal::StrategyItem {
                playbook,
                before,
                what,
                ..
            } => {
                if self
                    .edit(&playbook, PlaybookEdit::RestoreStrategy(before))
                    .is_ok()
                {
                    self.flush();
                    self.notices.info(format!("Restored {what}."));
                }
            }
            Removal::FromPlan {
                playbook,
                undo,
                restored,
                ..
            } => {
                if self.edit(&playbook, PlaybookEdit::Onboarding(undo)).is_ok() {
                    self.flush();
                    self.notices.info(restored);
                }
            }
        }
    }

    /// How much of the browser's storage the site uses, as the browser counts it; read again
    /// on every change of the library.
    pub fn storage_room(&self) -> StorageRoom {
        self.library.track();
        StorageRoom {
            used: storage::site_chars(),
        }
    }

    /// The exact stored text of an entry, for saving an unreadable one as a file.
    pub fn stored_entry_text(&self, id: &str) -> Option<String> {
        storage::stored_entry_text(id)
    }

    /// Writes every playbook changed on screen that is not stored yet.
    pub fn flush(&self) {
        if let Some(Some(timer)) = self.save_timer.try_update_value(Option::take) {
            timer.clear();
        }
        let pending = self
            .unsaved
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for id in pending {
            self.save_now(&id);
        }
    }

    fn save_soon(&self, id: &PlaybookId) {
        self.unsaved.update_value(|unsaved| {
            if !unsaved.contains(id) {
                unsaved.push(id.clone());
            }
        });
        self.saved_for.set(Some(id.clone()));
        if !matches!(self.save_state.get_untracked(), SaveState::NotSaved(_)) {
            self.save_state.set(SaveState::Pending);
        }
        let store = *self;
        let timer = set_timeout_with_handle(move || store.flush(), SAVE_AFTER).ok();
        if let Some(Some(previous)) = self
            .save_timer
            .try_update_value(|slot| std::mem::replace(slot, timer))
        {
            previous.clear();
        }
    }

    /// Shows the playbook as changed and stores it; a failed save keeps the change on screen.
    fn commit(&self, playbook: Playbook) {
        let id = playbook.id.clone();
        self.library.update(|library| library.put(playbook));
        self.save_now(&id);
    }

    fn save_now(&self, id: &PlaybookId) {
        let held = if self
            .conflicts
            .with_untracked(|conflicts| conflicts.contains(id))
        {
            Some(SaveState::NotSaved(StorageError::ChangedElsewhere))
        } else if self
            .recovered
            .with_untracked(|recovered| recovered.contains(id))
        {
            Some(SaveState::Recovered)
        } else {
            None
        };
        if let Some(state) = held {
            self.keep_unsaved(id);
            self.saved_for.set(Some(id.clone()));
            self.save_state.set(state);
            return;
        }
        let Some(saved) = self.library.with_untracked(|library| {
            let playbook = library.get(id)?;
            Some(storage::save_playbook(library, playbook).map(|()| playbook.updated_at))
        }) else {
            return;
        };
        if saved == Err(StorageError::ChangedElsewhere) {
            self.conflicts
                .update(|conflicts| conflicts.push(id.clone()));
        }
        self.show_saved(id, saved);
    }

    /// Keeps the change on screen in the tab's journal, since storage does not hold it.
    fn keep_unsaved(&self, id: &PlaybookId) {
        self.not_stored.update_value(|ids| add_once(ids, id));
        let kept = self
            .library
            .with_untracked(|library| library.get(id).map_or(Ok(()), storage::keep_unsaved));
        if kept.is_err() && !self.journal_refused.get_value() {
            self.journal_refused.set_value(true);
            self.notices.problem(
                "This tab cannot keep the unsaved change for a reload either, so leaving or \
                 reloading this page would lose it. Keep a copy with “Export as a file”.",
            );
        }
    }

    /// Storage holds the playbook as shown, or the user let the unsaved change go.
    fn forget_unsaved(&self, id: &PlaybookId) {
        self.not_stored
            .update_value(|ids| ids.retain(|other| other != id));
        storage::forget_unsaved(id);
    }

    fn show_saved(&self, id: &PlaybookId, saved: Result<DateTime<Utc>, StorageError>) {
        match &saved {
            Ok(_) => self.forget_unsaved(id),
            Err(_) => self.keep_unsaved(id),
        }
        self.saved_for.set(Some(id.clone()));
        let state = match saved {
            Ok(at) => SaveState::Saved(at),
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

    /// Another tab saved: show its version here, unless this tab has changes of its own to
    /// that playbook, in which case the user chooses.
    fn take_change_from_other_tab(&self, change: Change) {
        let ids = match change {
            Change::Playbook(id) => vec![id],
            Change::Everything => self.library.with_untracked(|library| {
                library
                    .summaries()
                    .into_iter()
                    .map(|summary| summary.id)
                    .collect()
            }),
        };
        for id in ids {
            let busy = self.unsaved.with_value(|unsaved| unsaved.contains(&id))
                || self.not_stored.with_value(|ids| ids.contains(&id))
                || self.conflicts.with_untracked(|c| c.contains(&id));
            if busy {
                if !self
                    .conflicts
                    .with_untracked(|conflicts| conflicts.contains(&id))
                {
                    // Changes brought back are now in conflict: that choice covers both.
                    self.recovered
                        .update(|recovered| recovered.retain(|other| other != &id));
                    self.conflicts
                        .update(|conflicts| conflicts.push(id.clone()));
                    self.show_saved(&id, Err(StorageError::ChangedElsewhere));
                }
            } else {
                self.load_stored(&id);
            }
        }
    }

    /// Replaces what is on screen with what storage holds now.
    fn load_stored(&self, id: &PlaybookId) {
        match storage::reload_entry(id) {
            Some(entry) => self.library.update(|library| library.put_entry(entry)),
            None => self.library.update(|library| library.forget(id.as_str())),
        }
    }

    /// Saves changes brought back from the journal over the stored version they were made on.
    pub fn save_recovered(&self, id: &PlaybookId) {
        self.recovered
            .update(|recovered| recovered.retain(|other| other != id));
        self.save_now(id);
    }

    /// Lets changes brought back from the journal go and shows what storage holds.
    pub fn discard_recovered(&self, id: &PlaybookId) {
        self.settle(id);
        self.forget_unsaved(id);
        self.load_stored(id);
        self.saved_for.set(Some(id.clone()));
        self.save_state.set(SaveState::Unchanged);
        self.notices
            .info("Discarded the changes that were not saved.");
    }

    /// Resolves a conflict by taking the version the other tab saved.
    pub fn use_other_version(&self, id: &PlaybookId) {
        self.settle(id);
        self.forget_unsaved(id);
        self.load_stored(id);
        self.notices
            .info("Showing the version saved in the other tab.");
    }

    /// Resolves a conflict by saving this tab's version over the other one.
    pub fn keep_this_version(&self, id: &PlaybookId) {
        self.settle(id);
        let saved = self.library.with_untracked(|library| {
            let playbook = library.get(id)?;
            Some(storage::overwrite_playbook(library, playbook).map(|()| playbook.updated_at))
        });
        if let Some(saved) = saved {
            self.show_saved(id, saved);
        }
    }

    /// Resolves a conflict by keeping both: the other tab's version under this playbook, and
    /// this tab's as a new playbook beside it.
    pub fn keep_both_versions(&self, id: &PlaybookId) {
        self.settle(id);
        let Some(mine) = self.library.with_untracked(|library| {
            library.get(id).map(|playbook| {
                playbook.copy_titled(browser::new_id(), browser::now(), " (this tab's version)")
            })
        }) else {
            return;
        };
        let title = mine.title.clone();
        self.forget_unsaved(id);
        self.load_stored(id);
        self.commit(mine);
        self.notices
            .info(format!("Kept both: this tab's version is now “{title}”."));
    }

    fn settle(&self, id: &PlaybookId) {
        self.conflicts
            .update(|conflicts| conflicts.retain(|other| other != id));
        self.recovered
            .update(|recovered| recovered.retain(|other| other != id));
        self.unsaved
            .update_value(|unsaved| unsaved.retain(|other| other != id));
    }
}
