//! The library: every playbook kept in this browser, including entries that cannot be read.
//!
//! Storage keeps one entry per playbook plus an index of ids. This module turns what storage
//! found into a `Library` (one bad entry never hides the others) and keeps the index in step.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::file::{restore, LoadError};
use super::playbook::{Playbook, PlaybookId};

#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Readable(Playbook),
    /// Kept exactly as stored; the app never rewrites or deletes it on its own.
    Unreadable(UnreadableEntry),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableEntry {
    /// The id from the storage key, which is all we can trust.
    pub id: String,
    pub problem: EntryProblem,
    pub stored_chars: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    Load(LoadError),
    WrongId { found: PlaybookId },
}

impl fmt::Display for EntryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Load(error) => error.fmt(f),
            Self::WrongId { found } => {
                write!(f, "It is stored under one id but names itself {found}, so it may have been copied by hand.")
            }
        }
    }
}

/// The stored index: the ids of the library's entries, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub ids: Vec<String>,
}

impl Index {
    /// A missing or damaged index is rebuilt from the entries, so it is read leniently.
    pub fn parse(text: Option<&str>) -> Self {
        text.and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    /// Builds the library from the stored index and the entries found in storage, as
    /// `(id from the key, stored text)`. Entries follow the index's order; an entry the index
    /// does not name (a save whose index update was lost) is still listed, after the others.
    pub fn from_stored(index: &Index, mut stored: Vec<(String, String)>) -> Self {
        let position = |id: &str| {
            index
                .ids
                .iter()
                .position(|known| known == id)
                .unwrap_or(usize::MAX)
        };
        stored.sort_by(|(a, _), (b, _)| position(a).cmp(&position(b)).then_with(|| a.cmp(b)));
        let entries = stored
            .into_iter()
            .map(|(id, text)| read_entry(id, &text))
            .collect();
        Self { entries }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Readable playbooks, most recently updated first, as the home page lists them.
    pub fn by_last_update(&self) -> Vec<&Playbook> {
        let mut playbooks: Vec<&Playbook> = self.playbooks().collect();
        playbooks.sort_by(|a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.title.cmp(&b.title))
        });
        playbooks
    }

    pub fn unreadable(&self) -> impl Iterator<Item = &UnreadableEntry> {
        self.entries.iter().filter_map(|entry| match entry {
            Entry::Unreadable(unreadable) => Some(unreadable),
            Entry::Readable(_) => None,
        })
    }

    pub fn get(&self, id: &PlaybookId) -> Option<&Playbook> {
        self.playbooks().find(|playbook| &playbook.id == id)
    }

    pub fn get_mut(&mut self, id: &PlaybookId) -> Option<&mut Playbook> {
        self.entries.iter_mut().find_map(|entry| match entry {
            Entry::Readable(playbook) if &playbook.id == id => Some(playbook),
            _ => None,
        })
    }

    /// Adds a playbook, or replaces the one with the same id where it stands.
    pub fn put(&mut self, playbook: Playbook) {
        self.put_entry(Entry::Readable(playbook));
    }

    /// Adds an entry as storage holds it, or replaces the one with the same id where it stands.
    pub fn put_entry(&mut self, entry: Entry) {
        match self.position(entry_id(&entry)) {
            Some(at) => self.entries[at] = entry,
            None => self.entries.push(entry),
        }
    }

    /// Forgets an entry, readable or not, that storage no longer holds.
    pub fn forget(&mut self, id: &str) {
        self.entries.retain(|entry| entry_id(entry) != id);
    }

    /// Takes a playbook out, returning it with its place so an undo can put it back there.
    pub fn remove(&mut self, id: &PlaybookId) -> Option<Removed> {
        let at = self.position(id.as_str())?;
        match self.entries.remove(at) {
            Entry::Readable(playbook) => Some(Removed { playbook, at }),
            unreadable @ Entry::Unreadable(_) => {
                self.entries.insert(at, unreadable);
                None
            }
        }
    }

    pub fn restore_removed(&mut self, removed: Removed) {
        let at = removed.at.min(self.entries.len());
        self.entries.insert(at, Entry::Readable(removed.playbook));
    }

    /// Takes out an entry that cannot be read, once the user chose to, keeping its stored text
    /// and place so an undo puts it back exactly as it was. Readable playbooks go through
    /// `remove`, never this.
    pub fn remove_unreadable(
        &mut self,
        id: &str,
        stored_text: String,
    ) -> Option<RemovedUnreadable> {
        let at = self.position(id)?;
        let Entry::Unreadable(entry) = &self.entries[at] else {
            return None;
        };
        let entry = entry.clone();
        self.entries.remove(at);
        Some(RemovedUnreadable {
            entry,
            stored_text,
            at,
        })
    }

    pub fn restore_removed_unreadable(&mut self, removed: RemovedUnreadable) {
        let at = removed.at.min(self.entries.len());
        self.entries.insert(at, Entry::Unreadable(removed.entry));
    }

    /// The index to store: every entry, readable or not, so nothing drops out of sight.
    pub fn index(&self) -> Index {
        Index {
            ids: self
                .entries
                .iter()
                .map(|entry| entry_id(entry).to_owned())
                .collect(),
        }
    }

    fn playbooks(&self) -> impl Iterator<Item = &Playbook> {
        self.entries.iter().filter_map(|entry| match entry {
            Entry::Readable(playbook) => Some(playbook),
            Entry::Unreadable(_) => None,
        })
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|entry| entry_id(entry) == id)
    }
}

/// A playbook taken out of the library, with where it stood.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub playbook: Playbook,
    at: usize,
}

/// An unreadable entry taken out of the library, with the text that was stored for it and
/// where it stood.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedUnreadable {
    pub entry: UnreadableEntry,
    pub stored_text: String,
    at: usize,
}

/// Reads one stored entry; whatever is wrong with it is kept beside it, never thrown away.
pub fn read_entry(id: String, text: &str) -> Entry {
    let problem = match restore(text) {
        Ok(playbook) if playbook.id.as_str() == id => return Entry::Readable(playbook),
        Ok(playbook) => EntryProblem::WrongId { found: playbook.id },
        Err(error) => EntryProblem::Load(error),
    };
    Entry::Unreadable(UnreadableEntry {
        id,
        problem,
        stored_chars: text.chars().count(),
    })
}

fn entry_id(entry: &Entry) -> &str {
    match entry {
        Entry::Readable(playbook) => playbook.id.as_str(),
        Entry::Unreadable(unreadable) => &unreadable.id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::playbook::NewPlaybook;
    use chrono::{DateTime, TimeZone, Utc};

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap()
    }

    fn playbook(n: u8, title: &str, hour: u32) -> Playbook {
        let details = NewPlaybook {
            title: title.into(),
            ..NewPlaybook::default()
        };
        Playbook::new(PlaybookId::from_random_bytes([n; 16]), details, at(hour)).unwrap()
    }

    fn stored(playbook: &Playbook) -> (String, String) {
        (
            playbook.id.to_string(),
            serde_json::to_string(playbook).unwrap(),
        )
    }

    fn titles(library: &Library) -> Vec<&str> {
        library
            .by_last_update()
            .iter()
            .map(|p| p.title.as_str())
            .collect()
    }

    #[test]
    fn one_bad_entry_does_not_hide_the_others() {
        let good = playbook(1, "Good", 8);
        let bad_id = "ff".repeat(16);
        let index = Index {
            ids: vec![good.id.to_string(), bad_id.clone()],
        };
        let library = Library::from_stored(
            &index,
            vec![(bad_id.clone(), "{not json".into()), stored(&good)],
        );

        assert_eq!(titles(&library), ["Good"]);
        let unreadable: Vec<_> = library.unreadable().collect();
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable[0].id, bad_id);
        assert_eq!(unreadable[0].stored_chars, 9);
        assert!(unreadable[0].problem.to_string().contains("not valid JSON"));
        assert_eq!(
            library.index(),
            index,
            "the bad entry keeps its place in the index"
        );
    }

    #[test]
    fn an_entry_stored_under_another_id_is_set_aside() {
        let playbook = playbook(1, "Moved", 8);
        let other_key = "aa".repeat(16);
        let library =
            Library::from_stored(&Index::default(), vec![(other_key, stored(&playbook).1)]);
        let unreadable: Vec<_> = library.unreadable().collect();
        assert_eq!(
            unreadable[0].problem,
            EntryProblem::WrongId { found: playbook.id }
        );
    }

    #[test]
    fn entries_missing_from_the_index_are_found_and_listed_after_it() {
        let (a, b, c) = (
            playbook(1, "A", 8),
            playbook(2, "B", 8),
            playbook(3, "C", 8),
        );
        let index = Index {
            ids: vec![c.id.to_string(), "00".repeat(16), a.id.to_string()],
        };
        let library = Library::from_stored(&index, vec![stored(&a), stored(&b), stored(&c)]);
        let order: Vec<String> = library.index().ids;
        assert_eq!(
            order,
            [c.id.to_string(), a.id.to_string(), b.id.to_string()]
        );
    }

    #[test]
    fn a_damaged_index_reads_as_empty() {
        assert_eq!(Index::parse(Some("{\"ids\": 4}")), Index::default());
        assert_eq!(Index::parse(None), Index::default());
        let index = Index {
            ids: vec!["x".into()],
        };
        assert_eq!(
            Index::parse(Some(&serde_json::to_string(&index).unwrap())),
            index
        );
    }

    #[test]
    fn listing_is_most_recently_updated_first() {
        let mut library = Library::default();
        library.put(playbook(1, "Old", 8));
        library.put(playbook(2, "New", 10));
        library.put(playbook(3, "Middle", 9));
        assert_eq!(titles(&library), ["New", "Middle", "Old"]);
    }

    #[test]
    fn put_replaces_in_place() {
        let mut library = Library::default();
        let mut first = playbook(1, "First", 8);
        library.put(first.clone());
        library.put(playbook(2, "Second", 8));
        first.title = "Renamed".into();
        library.put(first.clone());
        assert_eq!(library.entries().len(), 2);
        assert_eq!(library.get(&first.id).unwrap().title, "Renamed");
        assert_eq!(library.index().ids[0], first.id.to_string());
    }

    #[test]
    fn remove_then_undo_puts_it_back_where_it_was() {
        let mut library = Library::default();
        for (n, title) in [(1, "A"), (2, "B"), (3, "C")] {
            library.put(playbook(n, title, 8));
        }
        let before = library.clone();
        let middle = PlaybookId::from_random_bytes([2; 16]);
        let removed = library.remove(&middle).unwrap();
        assert_eq!(removed.playbook.title, "B");
        assert!(library.get(&middle).is_none());
        library.restore_removed(removed);
        assert_eq!(library, before);
    }

    #[test]
    fn unreadable_entries_cannot_be_removed_by_id() {
        let bad_id = "ee".repeat(16);
        let mut library =
            Library::from_stored(&Index::default(), vec![(bad_id.clone(), "oops".into())]);
        assert!(library
            .remove(&PlaybookId::parse(&bad_id).unwrap())
            .is_none());
        assert_eq!(library.unreadable().count(), 1);
    }

    #[test]
    fn an_unreadable_entry_removed_on_request_comes_back_where_it_was() {
        let good = playbook(1, "Good", 8);
        let bad_id = "dd".repeat(16);
        let index = Index {
            ids: vec![bad_id.clone(), good.id.to_string()],
        };
        let mut library =
            Library::from_stored(&index, vec![stored(&good), (bad_id.clone(), "oops".into())]);
        let before = library.clone();

        assert!(
            library
                .remove_unreadable(&good.id.to_string(), String::new())
                .is_none(),
            "a readable playbook is not removed as unreadable"
        );
        let removed = library.remove_unreadable(&bad_id, "oops".into()).unwrap();
        assert_eq!(removed.stored_text, "oops");
        assert_eq!(library.unreadable().count(), 0);
        assert_eq!(library.index().ids, [good.id.to_string()]);

        library.restore_removed_unreadable(removed);
        assert_eq!(library, before);
    }
}
