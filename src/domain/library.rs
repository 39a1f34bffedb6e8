//! The library: every playbook kept in this browser, including entries that cannot be read.
//!
//! Storage keeps one entry per playbook plus an index of ids. This module turns what storage
//! found into a `Library` (one bad entry never hides the others) and keeps the index in step.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::document::Written;
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
        text.and_then(super::document::from_text)
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
        super::sort_stably(&mut stored, |(a, _), (b, _)| {
            position(a).cmp(&position(b)).then_with(|| a.cmp(b))
        });
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
        super::sort_stably(&mut playbooks, |a, b| {
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

/// FNV-1a of a stored text: cheap, and enough to tell whether storage still holds the text a
/// tab last read or wrote.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// How browsers count localStorage against a site's quota: the key and the value in UTF-16
/// code units (what JavaScript calls a string's length), whatever the script.
pub fn stored_chars(key: &str, value: &str) -> usize {
    key.encode_utf16().count() + value.encode_utf16().count()
}

/// The characters of keys plus values one site may keep in localStorage. Chromium, Firefox and
/// WebKit all keep 5 × 1024 × 1024 of them for Latin text and refuse the next one. WebKit keeps
/// only about half as many of wider scripts such as Chinese, which it stores at two bytes each;
/// there a write can still be refused early, and the user is told then.
pub const STORAGE_QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// How much of the site's localStorage is taken, counted as the browser counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageRoom {
    /// Characters of every key and value the site keeps, the playbooks' and any other.
    pub used: usize,
}

impl StorageRoom {
    pub fn left(&self) -> usize {
        STORAGE_QUOTA_CHARS.saturating_sub(self.used)
    }

    /// Whether `needed` more characters fit, or what is missing.
    pub fn check_room(&self, needed: usize) -> Result<(), NoRoom> {
        if needed <= self.left() {
            Ok(())
        } else {
            Err(NoRoom {
                needed,
                left: self.left(),
            })
        }
    }

    /// The home page's line about room, in the same unit as the browser's limit.
    pub fn describe(&self) -> String {
        let percent = (self.used * 100).div_ceil(STORAGE_QUOTA_CHARS).min(100);
        format!(
            "This site keeps {} of the about {} this browser allows ({percent}% used).",
            characters(self.used),
            characters(STORAGE_QUOTA_CHARS)
        )
    }
}

/// Storing something would take more characters than the browser has left for the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoRoom {
    pub needed: usize,
    pub left: usize,
}

impl fmt::Display for NoRoom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "It needs room for {}, and this browser has only {} left for the site. \
             Export and delete playbooks you no longer need, then try again.",
            characters(self.needed),
            characters(self.left)
        )
    }
}

/// A count of characters as people read it: "980 characters", "45,210 characters",
/// "4.3 million characters" (rounded to the nearest tenth, in integers so no float printing
/// code reaches the wasm).
pub fn characters(count: usize) -> String {
    if count == 1 {
        return "1 character".to_owned();
    }
    if count < 1_000_000 {
        let thousands = count / 1000;
        let rest = count % 1000;
        return if thousands == 0 {
            format!("{rest} characters")
        } else {
            format!("{thousands},{rest:03} characters")
        };
    }
    let tenths = (count + 50_000) / 100_000;
    format!("{}.{} million characters", tenths / 10, tenths % 10)
}

/// A change shown on screen that storage does not hold (another tab saved meanwhile, the
/// storage is full or refused). The tab keeps it so that a reload, or the tab reopened after
/// closing, brings it back for the user to keep or discard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsavedChange {
    /// The fingerprint, in hex, of the stored entry the change was made over; none when the
    /// playbook was not stored at all.
    pub base: Option<String>,
    /// The playbook document as it was on screen, read back through `restore`.
    pub playbook: String,
}

/// What bringing back an unsaved change means, given what storage holds now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// Storage holds what the change was made over: saving it loses nothing.
    OverStored,
    /// Storage changed since (another tab saved, or deleted it): saving over it would lose
    /// that, so the user chooses as in any conflict.
    StoredChanged,
}

impl UnsavedChange {
    pub fn new(base: Option<u64>, playbook: &Playbook) -> Result<Self, serde_json::Error> {
        Ok(Self {
            base: base.map(|base| format!("{base:016x}")),
            playbook: serde_json::to_string(&Written(playbook))?,
        })
    }

    /// The playbook to show again; `None` when the kept text cannot be read any more.
    pub fn restore(&self) -> Option<Playbook> {
        restore(&self.playbook).ok()
    }

    pub fn recovery(&self, stored: Option<&str>) -> Recovery {
        let now = stored.map(|text| format!("{:016x}", fingerprint(text)));
        if now == self.base {
            Recovery::OverStored
        } else {
            Recovery::StoredChanged
        }
    }
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
    use crate::domain::id::sequential::id;
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
        Playbook::new(id(n), details, at(hour)).unwrap()
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
        let middle = id(2);
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

    #[test]
    fn characters_are_counted_as_browsers_count_them() {
        assert_eq!(stored_chars("ab", "cd"), 4);
        // One UTF-16 unit for a Chinese character, two for an emoji: what JavaScript's length says.
        assert_eq!(stored_chars("k", "中文😀"), 5);
    }

    #[test]
    fn room_is_told_in_the_unit_of_the_quota() {
        assert_eq!(characters(1), "1 character");
        assert_eq!(characters(980), "980 characters");
        assert_eq!(characters(45_021), "45,021 characters");
        assert_eq!(characters(4_300_000), "4.3 million characters");
        assert_eq!(characters(STORAGE_QUOTA_CHARS), "5.2 million characters");
        let full = StorageRoom {
            used: STORAGE_QUOTA_CHARS - 10,
        };
        assert_eq!(
            full.describe(),
            "This site keeps 5.2 million characters of the about 5.2 million characters this browser allows (100% used)."
        );
        assert_eq!(full.check_room(10), Ok(()));
        let refused = full.check_room(4_300_000).unwrap_err();
        assert_eq!(
            refused,
            NoRoom {
                needed: 4_300_000,
                left: 10
            }
        );
        assert!(refused
            .to_string()
            .starts_with("It needs room for 4.3 million characters, and this browser has only 10 characters left"));
        let small = StorageRoom { used: 12_000 };
        assert_eq!(
            small.describe(),
            "This site keeps 12,000 characters of the about 5.2 million characters this browser allows (1% used)."
        );
    }

    #[test]
    fn an_unsaved_change_is_replayed_over_the_version_it_was_made_on() {
        let before = playbook(1, "Plan", 8);
        let stored_text = serde_json::to_string(&before).unwrap();
        let mut changed = before.clone();
        changed.company = "Typed, not stored".into();
        let unsaved = UnsavedChange::new(Some(fingerprint(&stored_text)), &changed).unwrap();
        let kept: UnsavedChange =
            serde_json::from_str(&serde_json::to_string(&unsaved).unwrap()).unwrap();
        assert_eq!(kept.restore(), Some(changed.clone()));
        assert_eq!(kept.recovery(Some(&stored_text)), Recovery::OverStored);

        let mut elsewhere = before.clone();
        elsewhere.author = "Saved in another tab".into();
        let other_text = serde_json::to_string(&elsewhere).unwrap();
        assert_eq!(kept.recovery(Some(&other_text)), Recovery::StoredChanged);
        assert_eq!(
            kept.recovery(None),
            Recovery::StoredChanged,
            "deleted meanwhile"
        );

        let never_stored = UnsavedChange::new(None, &changed).unwrap();
        assert_eq!(never_stored.recovery(None), Recovery::OverStored);
        assert_eq!(
            never_stored.recovery(Some(&stored_text)),
            Recovery::StoredChanged
        );
    }
}
