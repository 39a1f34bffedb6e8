//! The library: every playbook kept in this browser, including entries that cannot be read.
//!
//! Storage keeps one entry per playbook plus an index of ids. This module turns what storage
//! found into a `Library` (one bad entry never hides the others) and keeps the index in step.

use std::fmt;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::document::{record, Blank, Written};
use super::edit::EditError;
use super::file::{restore, LoadError};
use super::id::Id;
use super::layout::{self, stamp};
use super::playbook::{
    ExportReminder, Part, Playbook, PlaybookEdit, PlaybookId, EDITS_BEFORE_REMINDER,
};
use super::versions::SCHEMA_VERSION;

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
    WrongId {
        found: PlaybookId,
    },
    /// An interview it names is not stored (`layout`).
    PartMissing,
}

impl fmt::Display for EntryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Load(error) => error.fmt(f),
            Self::WrongId { found } => {
                write!(f, "It is stored under one id but names itself {found}, so it may have been copied by hand.")
            }
            Self::PartMissing => f.write_str(
                "One of its interviews is missing from this browser's storage, so it may have been \
                 changed by hand or by another program.",
            ),
        }
    }
}

/// What the home page shows of a playbook, kept in the stored index beside its id so that the
/// home page is drawn without reading every playbook. `stamp` is the fingerprint of the stored
/// text it was read from (`stamp`): it describes that entry only while the entry still has it.
#[derive(Debug)]
pub struct Summary {
    pub id: PlaybookId,
    pub stamp: String,
    pub title: String,
    pub company: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub exported_at: Option<DateTime<Utc>>,
    pub edits_since_export: u32,
    pub interviews: u32,
    pub example: bool,
}

record!(Summary {
    id, stamp, title, company, created_at, updated_at, exported_at, edits_since_export,
    interviews, example
} needs [id, stamp, title, created_at, updated_at] from Summary::blank());

impl Blank for Summary {
    fn blank() -> Self {
        Self {
            id: Id::unread(),
            stamp: String::new(),
            title: String::new(),
            company: String::new(),
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
            exported_at: None,
            edits_since_export: 0,
            interviews: 0,
            example: false,
        }
    }
}

impl Summary {
    /// What the home page shows of `playbook`, stored as the text whose stamp is `stamp`.
    pub fn of(playbook: &Playbook, stamp: String) -> Self {
        Self {
            id: playbook.id.clone(),
            stamp,
            title: playbook.title.clone(),
            company: playbook.company.clone(),
            created_at: playbook.created_at,
            updated_at: playbook.updated_at,
            exported_at: playbook.exported_at,
            edits_since_export: playbook.edits_since_export,
            interviews: u32::try_from(playbook.assessments.len()).unwrap_or(u32::MAX),
            example: playbook.example,
        }
    }

    /// Whether to remind the user to save a file (never for the example): never exported (once
    /// there is something worth keeping: an interview, or a day of work), or many changes since
    /// the last export.
    pub fn export_reminder(&self, now: DateTime<Utc>) -> Option<ExportReminder> {
        if self.example {
            return None;
        }
        match self.exported_at {
            None if self.interviews > 0 || now - self.created_at > chrono::TimeDelta::days(1) => {
                Some(ExportReminder::NeverExported)
            }
            Some(_) if self.edits_since_export >= EDITS_BEFORE_REMINDER => {
                Some(ExportReminder::ChangedSinceExport)
            }
            _ => None,
        }
    }
}

/// The stored index: the ids of the library's entries, oldest first, and a summary of each
/// readable one. Storage is read, never the index, to know what is stored: an entry the index
/// does not name is still listed, and a summary whose stamp its entry no longer has (a write
/// cut short, or another tab's index written over) is set aside and the entry read instead.
#[derive(Debug, Default)]
pub struct Index {
    pub ids: Vec<String>,
    /// The schema version the summaries were written by: another version's are not trusted.
    pub version: u32,
    pub summaries: Vec<Summary>,
}

// Read by `document::read_record` and written by `document::Written`, as a playbook is; an
// older index has its ids alone.
record!(Index { ids, version, summaries } needs [ids] from Index::default());

impl Index {
    /// A missing or damaged index is rebuilt from the entries, so it is read leniently.
    pub fn parse(text: Option<&str>) -> Self {
        text.and_then(super::document::from_text)
            .unwrap_or_default()
    }

    /// The index after a write: the entries `ids` in that order, the summaries of what was
    /// just written, and this index's summaries of the others (whose stamps loading checks).
    pub fn updated(&self, ids: Vec<String>, written: Vec<Summary>) -> Self {
        let kept: &[Summary] = if self.version == SCHEMA_VERSION {
            &self.summaries
        } else {
            &[]
        };
        // In the order of the ids, as loading writes them, so that a load after a save finds
        // nothing to write again.
        let summaries = ids
            .iter()
            .filter_map(|id| {
                written
                    .iter()
                    .chain(kept)
                    .find(|summary| summary.id.as_str() == id)
                    .cloned()
            })
            .collect();
        Self {
            ids,
            version: SCHEMA_VERSION,
            summaries,
        }
    }

    /// The summary of the entry stored under `id` as the text whose stamp is `stamp`, if this
    /// index has one that still describes it.
    fn summary(&self, id: &str, stamp: &str) -> Option<&Summary> {
        if self.version != SCHEMA_VERSION {
            return None;
        }
        self.summaries
            .iter()
            .find(|summary| summary.id.as_str() == id && summary.stamp == stamp)
    }
}

/// How the library reads an entry it lists by its summary, when the entry is first asked for:
/// storage's reading, handed in so that this module stays plain Rust.
#[derive(Clone, Copy, Debug)]
pub struct Reader {
    /// The text stored under an entry's own key, by playbook id.
    pub entry: fn(&str) -> Option<String>,
    /// The text of a part of an entry, by playbook id and part name (`layout`).
    pub part: PartReader,
}

/// How the text of a part of an entry is read, by playbook id and part name (`layout`).
pub type PartReader = fn(&str, &str) -> Option<String>;

/// An entry as the library holds it: read, or known by its summary and read when first asked
/// for, so that a start-up reads no playbook the home page does not open.
#[derive(Clone, Debug, PartialEq)]
enum Held {
    Read(Entry),
    Listed(Listed),
}

#[derive(Clone, Debug)]
struct Listed {
    // Boxed, so that a listed entry takes no more room than a read one.
    summary: Box<Summary>,
    reader: Reader,
    /// The entry once read; none when storage no longer holds it.
    read: OnceLock<Option<Entry>>,
}

// Listings are equal by what they list: there is one storage to read from.
impl PartialEq for Listed {
    fn eq(&self, other: &Self) -> bool {
        self.summary == other.summary && self.read == other.read
    }
}

impl Listed {
    fn entry(&self) -> Option<&Entry> {
        self.read
            .get_or_init(|| {
                let id = self.summary.id.as_str();
                let text = (self.reader.entry)(id)?;
                Some(read_entry(id.to_owned(), &text, self.reader.part))
            })
            .as_ref()
    }
}

impl Held {
    fn id(&self) -> &str {
        match self {
            Self::Read(entry) => entry_id(entry),
            Self::Listed(listed) => listed.summary.id.as_str(),
        }
    }

    /// The entry, read now if it was not yet; none when storage no longer holds it.
    fn entry(&self) -> Option<&Entry> {
        match self {
            Self::Read(entry) => Some(entry),
            Self::Listed(listed) => listed.entry(),
        }
    }

    /// The summary of a readable playbook, without reading an entry not yet read.
    fn summary(&self) -> Option<Summary> {
        match self {
            Self::Read(Entry::Readable(playbook)) => Some(Summary::of(playbook, String::new())),
            Self::Listed(listed) => match listed.read.get() {
                None | Some(Some(Entry::Readable(_))) => Some(Summary::clone(&listed.summary)),
                Some(_) => None,
            },
            Self::Read(Entry::Unreadable(_)) => None,
        }
    }
}

/// What loading found: the library, and the index that describes it, to store when it differs
/// from the one read.
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub index: Index,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    entries: Vec<Held>,
    changes: Changes,
}

/// When each part of each playbook last changed, as a count of the changes made in the app, for
/// a view to work out again only what an edit touched (`Library::revision`). Counts, not
/// content: libraries holding the same entries are equal whatever their counts.
#[derive(Clone, Debug)]
struct Changes {
    /// The count when this library was made: the revision of every part not changed since.
    made: u64,
    /// By playbook id, the count at the last change of each `Part`, or 0 for none since made.
    changed: Vec<(String, [u64; 4])>,
}

/// Changes counted across every library the app makes, so that a library made anew (loaded
/// again, or built whole) counts above any the views saw before it.
static CHANGES_MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn next_change() -> u64 {
    CHANGES_MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

const EVERY_PART: [Part; 4] = [
    Part::Details,
    Part::Interviews,
    Part::Strategy,
    Part::Onboarding,
];

impl Default for Changes {
    fn default() -> Self {
        Self {
            made: next_change(),
            changed: Vec::new(),
        }
    }
}

impl PartialEq for Changes {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Changes {
    fn note(&mut self, id: &str, parts: &[Part]) {
        let count = next_change();
        let at = match self.changed.iter().position(|(known, _)| known == id) {
            Some(at) => at,
            None => {
                self.changed.push((id.to_owned(), [0; 4]));
                self.changed.len() - 1
            }
        };
        for part in parts {
            self.changed[at].1[*part as usize] = count;
        }
    }

    fn of(&self, id: &str, part: Part) -> u64 {
        let changed = self.changed.iter().find(|(known, _)| known == id);
        match changed.map(|(_, counts)| counts[part as usize]) {
            None | Some(0) => self.made,
            Some(count) => count,
        }
    }
}

impl Library {
    /// Builds the library from the stored index and the entries found in storage, as
    /// `(id from the key, its stamp as stored beside it)`. Entries follow the index's order;
    /// an entry the index does not name (a save whose index update was lost) is still listed,
    /// after the others. An entry whose stamp the index's summary of it has is read by `read`
    /// when first asked for; any other is read now, and the index that comes back describes it.
    pub fn from_stored(
        index: &Index,
        stored: Vec<(String, Option<String>)>,
        read: Reader,
    ) -> Loaded {
        // Each entry's place in the index, found once rather than at every comparison.
        let mut stored: Vec<(usize, String, Option<String>)> = stored
            .into_iter()
            .map(|(id, stamp)| {
                let at = index.ids.iter().position(|known| *known == id);
                (at.unwrap_or(usize::MAX), id, stamp)
            })
            .collect();
        super::sort_stably(&mut stored, |(a, a_id, _), (b, b_id, _)| {
            a.cmp(b).then_with(|| a_id.cmp(b_id))
        });
        let mut summaries = Vec::new();
        let entries = stored
            .into_iter()
            .filter_map(|(_, id, stamp)| {
                if let Some(summary) = stamp.and_then(|stamp| index.summary(&id, &stamp)) {
                    summaries.push(summary.clone());
                    return Some(Held::Listed(Listed {
                        summary: Box::new(summary.clone()),
                        reader: read,
                        read: OnceLock::new(),
                    }));
                }
                let text = (read.entry)(&id)?;
                let entry = read_entry(id, &text, read.part);
                if let Entry::Readable(playbook) = &entry {
                    summaries.push(Summary::of(playbook, self::stamp(&text)));
                }
                Some(Held::Read(entry))
            })
            .collect();
        let library = Self {
            entries,
            changes: Changes::default(),
        };
        let index = Index {
            ids: library.ids(),
            version: SCHEMA_VERSION,
            summaries,
        };
        Loaded { library, index }
    }

    /// Every entry, each read now if it was not yet.
    pub fn entries(&self) -> Vec<&Entry> {
        self.entries.iter().filter_map(Held::entry).collect()
    }

    /// The entry stored under `id`, read now if it was not yet.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|held| held.id() == id)?.entry()
    }

    /// What the home page lists of the readable playbooks, most recently updated first, read
    /// from the index for those not opened yet.
    pub fn summaries(&self) -> Vec<Summary> {
        let mut summaries: Vec<Summary> = self.entries.iter().filter_map(Held::summary).collect();
        super::sort_stably(&mut summaries, |a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.title.cmp(&b.title))
        });
        summaries
    }

    /// Readable playbooks, in the order of `summaries`; every entry is read.
    pub fn by_last_update(&self) -> Vec<&Playbook> {
        self.summaries()
            .iter()
            .filter_map(|summary| self.get(&summary.id))
            .collect()
    }

    pub fn unreadable(&self) -> impl Iterator<Item = &UnreadableEntry> {
        self.entries.iter().filter_map(|held| match held {
            Held::Read(Entry::Unreadable(unreadable)) => Some(unreadable),
            Held::Listed(listed) => match listed.read.get() {
                Some(Some(Entry::Unreadable(unreadable))) => Some(unreadable),
                _ => None,
            },
            Held::Read(Entry::Readable(_)) => None,
        })
    }

    pub fn get(&self, id: &PlaybookId) -> Option<&Playbook> {
        match self.entry(id.as_str())? {
            Entry::Readable(playbook) => Some(playbook),
            Entry::Unreadable(_) => None,
        }
    }

    /// The playbook to change in any way: every view of it is drawn again. An edit goes through
    /// `apply`, which redraws only the views of the part it changes.
    pub fn get_mut(&mut self, id: &PlaybookId) -> Option<&mut Playbook> {
        self.playbook_mut(id, &EVERY_PART)
    }

    /// Applies `edit` to the playbook `id`; `None` when the library has no such playbook.
    pub fn apply(
        &mut self,
        id: &PlaybookId,
        edit: PlaybookEdit,
        now: DateTime<Utc>,
    ) -> Option<Result<(), EditError>> {
        let part = edit.part();
        Some(self.playbook_mut(id, &[part])?.apply(edit, now))
    }

    /// A number that grows whenever any of `parts` of the playbook `id` changes, or the
    /// playbook is replaced, taken out or put back: what a view of those parts tracks.
    pub fn revision(&self, id: &PlaybookId, parts: &[Part]) -> u64 {
        parts
            .iter()
            .map(|part| self.changes.of(id.as_str(), *part))
            .sum()
    }

    fn playbook_mut(&mut self, id: &PlaybookId, parts: &[Part]) -> Option<&mut Playbook> {
        let at = self.read(id.as_str())?;
        self.changes.note(id.as_str(), parts);
        match &mut self.entries[at] {
            Held::Read(Entry::Readable(playbook)) => Some(playbook),
            _ => None,
        }
    }

    /// Adds a playbook, or replaces the one with the same id where it stands.
    pub fn put(&mut self, playbook: Playbook) {
        self.put_entry(Entry::Readable(playbook));
    }

    /// Adds an entry as storage holds it, or replaces the one with the same id where it stands.
    pub fn put_entry(&mut self, entry: Entry) {
        self.changes.note(entry_id(&entry), &EVERY_PART);
        match self.position(entry_id(&entry)) {
            Some(at) => self.entries[at] = Held::Read(entry),
            None => self.entries.push(Held::Read(entry)),
        }
    }

    /// Forgets an entry, readable or not, that storage no longer holds.
    pub fn forget(&mut self, id: &str) {
        self.changes.note(id, &EVERY_PART);
        self.entries.retain(|held| held.id() != id);
    }

    /// Takes a playbook out, returning it with its place so an undo can put it back there.
    pub fn remove(&mut self, id: &PlaybookId) -> Option<Removed> {
        let at = self.read(id.as_str())?;
        self.changes.note(id.as_str(), &EVERY_PART);
        match self.entries.remove(at) {
            Held::Read(Entry::Readable(playbook)) => Some(Removed { playbook, at }),
            unreadable => {
                self.entries.insert(at, unreadable);
                None
            }
        }
    }

    pub fn restore_removed(&mut self, removed: Removed) {
        self.changes.note(removed.playbook.id.as_str(), &EVERY_PART);
        let at = removed.at.min(self.entries.len());
        self.entries
            .insert(at, Held::Read(Entry::Readable(removed.playbook)));
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
        let Some(Entry::Unreadable(entry)) = self.entries[at].entry() else {
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
        self.entries
            .insert(at, Held::Read(Entry::Unreadable(removed.entry)));
    }

    /// The ids to store in the index, in order: every entry, readable or not, so nothing drops
    /// out of sight.
    pub fn ids(&self) -> Vec<String> {
        self.entries
            .iter()
            .map(|held| held.id().to_owned())
            .collect()
    }

    /// Reads the entry of `id` if it was not yet, to hold it as read, and says where it is;
    /// one storage no longer holds is forgotten.
    fn read(&mut self, id: &str) -> Option<usize> {
        let at = self.position(id)?;
        if let Held::Listed(listed) = &self.entries[at] {
            match listed.entry().cloned() {
                Some(entry) => self.entries[at] = Held::Read(entry),
                None => {
                    self.entries.remove(at);
                    return None;
                }
            }
        }
        Some(at)
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|held| held.id() == id)
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

/// Reads one stored entry, `text` as its key holds it, with the parts `part` reads (`layout`);
/// whatever is wrong with it is kept beside it, never thrown away.
pub fn read_entry(id: String, text: &str, part: PartReader) -> Entry {
    let document = layout::join(text, &|name| part(&id, name));
    let problem = match document.as_deref().map(restore) {
        Some(Ok(playbook)) if playbook.id.as_str() == id => return Entry::Readable(playbook),
        Some(Ok(playbook)) => EntryProblem::WrongId { found: playbook.id },
        Some(Err(error)) => EntryProblem::Load(error),
        None => EntryProblem::PartMissing,
    };
    Entry::Unreadable(UnreadableEntry {
        id,
        problem,
        stored_chars: text.chars().count(),
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
    pub fn new(base: Option<String>, playbook: &Playbook) -> Result<Self, serde_json::Error> {
        Ok(Self {
            base,
            playbook: serde_json::to_string(&Written(playbook))?,
        })
    }

    /// The playbook to show again; `None` when the kept text cannot be read any more.
    pub fn restore(&self) -> Option<Playbook> {
        restore(&self.playbook).ok()
    }

    /// `stored`: the stamp of the entry stored now, none when there is none.
    pub fn recovery(&self, stored: Option<String>) -> Recovery {
        if stored == self.base {
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

/// Entries kept in memory and read as storage reads them (`in_memory::READ` is a `Reader`),
/// for what runs without a browser: the tests and the fuzzer.
pub mod in_memory {
    use std::cell::RefCell;

    thread_local! {
        static KEPT: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    }

    /// Keeps `entries`, as `(id, stored text)`, in place of those kept before.
    pub fn keep(entries: Vec<(String, String)>) {
        KEPT.set(entries);
    }

    /// Forgets the entry of `id`, as if another tab had removed it.
    pub fn forget(id: &str) {
        KEPT.with_borrow_mut(|kept| kept.retain(|(kept_id, _)| kept_id != id));
    }

    /// Reads what `keep` kept, as storage reads its entries.
    pub const READ: super::Reader = super::Reader {
        entry: read,
        part: read_part,
    };

    /// The text kept for `id`.
    pub fn read(id: &str) -> Option<String> {
        KEPT.with_borrow(|kept| {
            kept.iter()
                .find(|(kept_id, _)| kept_id == id)
                .map(|(_, text)| text.clone())
        })
    }

    /// The part `name` of the entry `id`, kept under `id/name`.
    fn read_part(id: &str, name: &str) -> Option<String> {
        read(&format!("{id}/{name}"))
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

    /// Stores `texts` as the only entries, each with the stamp of its text beside it when
    /// `stamped` (as every save leaves it), and loads them.
    fn load_texts(index: &Index, texts: Vec<(String, String)>, stamped: bool) -> Loaded {
        let entries = texts
            .iter()
            .map(|(id, text)| (id.clone(), stamped.then(|| stamp(text))))
            .collect();
        in_memory::keep(texts);
        Library::from_stored(index, entries, in_memory::READ)
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
            ..Index::default()
        };
        let library = load_texts(
            &index,
            vec![(bad_id.clone(), "{not json".into()), stored(&good)],
            false,
        )
        .library;

        assert_eq!(titles(&library), ["Good"]);
        let unreadable: Vec<_> = library.unreadable().collect();
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable[0].id, bad_id);
        assert_eq!(unreadable[0].stored_chars, 9);
        assert!(unreadable[0].problem.to_string().contains("not valid JSON"));
        assert_eq!(
            library.ids(),
            index.ids,
            "the bad entry keeps its place in the index"
        );
    }

    #[test]
    fn an_entry_stored_under_another_id_is_set_aside() {
        let playbook = playbook(1, "Moved", 8);
        let other_key = "aa".repeat(16);
        let library = load_texts(
            &Index::default(),
            vec![(other_key, stored(&playbook).1)],
            false,
        )
        .library;
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
            ..Index::default()
        };
        let library = load_texts(&index, vec![stored(&a), stored(&b), stored(&c)], false).library;
        let order: Vec<String> = library.ids();
        assert_eq!(
            order,
            [c.id.to_string(), a.id.to_string(), b.id.to_string()]
        );
    }

    fn load(index: &Index, playbooks: &[&Playbook]) -> Loaded {
        load_texts(index, playbooks.iter().map(|p| stored(p)).collect(), true)
    }

    fn summary_titles(library: &Library) -> Vec<String> {
        library.summaries().into_iter().map(|s| s.title).collect()
    }

    fn unread(library: &Library) -> usize {
        library
            .entries
            .iter()
            .filter(|held| matches!(held, Held::Listed(listed) if listed.read.get().is_none()))
            .count()
    }

    #[test]
    fn the_home_page_lists_from_the_index_and_a_playbook_is_read_when_opened() {
        let (a, b) = (playbook(1, "A", 8), playbook(2, "B", 9));
        let first = load(&Index::default(), &[&a, &b]);
        assert_eq!(
            unread(&first.library),
            0,
            "no summaries yet: every entry is read"
        );
        assert_eq!(
            first.index.summaries,
            [
                Summary::of(&a, stamp(&stored(&a).1)),
                Summary::of(&b, stamp(&stored(&b).1))
            ]
        );
        // The index as stored and read back.
        let index = Index::parse(Some(
            &serde_json::to_string(&Written(&first.index)).unwrap(),
        ));
        assert_eq!(index, first.index);

        let again = load(&index, &[&a, &b]);
        assert_eq!(
            again.index, index,
            "nothing to repair, so nothing is written"
        );
        assert_eq!(unread(&again.library), 2);
        assert_eq!(summary_titles(&again.library), ["B", "A"]);
        let unstamped = |library: &Library| {
            let mut summaries = library.summaries();
            summaries
                .iter_mut()
                .for_each(|summary| summary.stamp.clear());
            summaries
        };
        assert_eq!(
            unstamped(&again.library),
            first.library.summaries(),
            "the index says what the playbooks say"
        );
        assert_eq!(again.library.get(&a.id), Some(&a));
        assert_eq!(
            unread(&again.library),
            1,
            "only the playbook opened is read"
        );
        assert_eq!(again.library.entries(), first.library.entries());
    }

    #[test]
    fn a_summary_its_entry_no_longer_matches_is_set_aside_and_the_entry_read() {
        let (a, b) = (playbook(1, "A", 8), playbook(2, "B", 9));
        let index = load(&Index::default(), &[&a, &b]).index;
        // The entry was written and the index was not (a write cut short, or another tab's
        // index written over this one's).
        let mut renamed = a.clone();
        renamed.title = "Renamed".into();
        let loaded = load(&index, &[&renamed, &b]);
        assert_eq!(summary_titles(&loaded.library), ["B", "Renamed"]);
        assert_eq!(unread(&loaded.library), 1);
        assert!(loaded
            .index
            .summaries
            .contains(&Summary::of(&renamed, stamp(&stored(&renamed).1))));
        assert_eq!(
            loaded.index.summaries.len(),
            2,
            "the stale summary is replaced"
        );

        // A save cut short before its stamp was written again leaves none: nothing of that
        // entry is trusted, whatever the index says.
        let cut = load_texts(&index, vec![stored(&renamed)], false);
        assert_eq!(summary_titles(&cut.library), ["Renamed"]);
        assert_eq!(unread(&cut.library), 0);
        let unchanged = load_texts(&index, vec![stored(&a)], false);
        assert_eq!(unread(&unchanged.library), 0);
        assert_eq!(unchanged.index.summaries, [index.summaries[0].clone()]);

        // A summary with the right stamp under another id, or from another schema version,
        // vouches for nothing.
        let mut moved = index.clone();
        moved.summaries[0].id = b.id.clone();
        assert_eq!(unread(&load(&moved, &[&a, &b]).library), 1);
        let other_version = Index {
            version: SCHEMA_VERSION + 1,
            ..index
        };
        let loaded = load(&other_version, &[&a, &b]);
        assert_eq!(unread(&loaded.library), 0);
        assert_eq!(loaded.index.version, SCHEMA_VERSION);
    }

    #[test]
    fn a_corrupt_or_missing_index_is_rebuilt_from_the_entries() {
        let good = playbook(1, "Good", 8);
        let bad_id = "ff".repeat(16);
        for index in [None, Some("{\"ids\": [1], \"summaries\": 7}"), Some("[")] {
            let loaded = load_texts(
                &Index::parse(index),
                vec![stored(&good), (bad_id.clone(), "{not json".into())],
                true,
            );
            assert_eq!(summary_titles(&loaded.library), ["Good"]);
            assert_eq!(loaded.library.unreadable().count(), 1);
            assert_eq!(
                loaded.index,
                Index {
                    ids: vec![good.id.to_string(), bad_id.clone()],
                    version: SCHEMA_VERSION,
                    summaries: vec![Summary::of(&good, stamp(&stored(&good).1))],
                },
                "the unreadable entry keeps its place and has no summary"
            );
        }
    }

    #[test]
    fn an_entry_listed_by_its_summary_that_cannot_be_read_says_so_when_opened() {
        let id = "ab".repeat(16);
        let newer = format!("{{\"schema_version\": 99, \"id\": \"{id}\", \"title\": \"Later\"}}");
        let mut summary = Summary::of(&playbook(1, "Later", 8), stamp(&newer));
        summary.id = PlaybookId::parse(&id).unwrap();
        let index = Index {
            ids: vec![id.clone()],
            version: SCHEMA_VERSION,
            summaries: vec![summary],
        };
        let loaded = load_texts(&index, vec![(id.clone(), newer)], true);
        let library = loaded.library;
        assert_eq!(summary_titles(&library), ["Later"]);
        let Some(Entry::Unreadable(entry)) = library.entry(&id) else {
            panic!("the entry is read when opened");
        };
        assert!(entry.problem.to_string().contains("newer version"));
        assert!(library.summaries().is_empty());
        assert_eq!(library.unreadable().count(), 1);
    }

    #[test]
    fn an_entry_gone_before_it_is_opened_is_not_found() {
        let (a, b) = (playbook(1, "A", 8), playbook(2, "B", 9));
        let index = load(&Index::default(), &[&a, &b]).index;
        let mut library = load(&index, &[&a, &b]).library;
        // Another tab removed it after this one started.
        in_memory::forget(a.id.as_str());
        assert_eq!(summary_titles(&library), ["B", "A"]);
        assert!(library.get_mut(&a.id).is_none());
        assert_eq!(summary_titles(&library), ["B"]);
        assert_eq!(library.ids(), [b.id.to_string()]);
        assert_eq!(library.by_last_update(), [&b]);
    }

    #[test]
    fn a_write_keeps_the_summaries_of_the_others_and_drops_what_is_gone() {
        let (a, b, c) = (
            playbook(1, "A", 8),
            playbook(2, "B", 9),
            playbook(3, "C", 10),
        );
        let index = load(&Index::default(), &[&a, &b]).index;
        let written = Summary::of(&c, stamp(&stored(&c).1));
        let ids = vec![b.id.to_string(), c.id.to_string()];
        let updated = index.updated(ids.clone(), vec![written.clone()]);
        assert_eq!(updated.ids, ids);
        assert_eq!(
            updated.summaries,
            [index.summaries[1].clone(), written.clone()]
        );

        let other_version = Index {
            version: 1,
            ..index
        };
        assert_eq!(
            other_version.updated(ids, vec![written.clone()]).summaries,
            [written]
        );
    }

    #[test]
    fn a_damaged_index_reads_as_empty() {
        assert_eq!(Index::parse(Some("{\"ids\": 4}")), Index::default());
        assert_eq!(Index::parse(None), Index::default());
        let index = Index {
            ids: vec!["x".into()],
            ..Index::default()
        };
        assert_eq!(
            Index::parse(Some(&serde_json::to_string(&Written(&index)).unwrap())),
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
    fn an_edit_changes_the_revision_of_its_part_only() {
        let playbook = playbook(1, "A", 8);
        let id = playbook.id.clone();
        let mut library = Library::default();
        library.put(playbook);
        let (details, interviews) = (
            library.revision(&id, &[Part::Details]),
            library.revision(&id, &[Part::Interviews]),
        );
        let renamed = library.apply(&id, PlaybookEdit::Title("B".into()), at(9));
        assert_eq!(renamed, Some(Ok(())));
        assert!(library.revision(&id, &[Part::Details]) > details);
        assert_eq!(library.revision(&id, &[Part::Interviews]), interviews);
        let both = library.revision(&id, &[Part::Details, Part::Interviews]);

        // Replaced whole, every part is new; and so in a library made after this one.
        let mut copy = library.get(&id).unwrap().clone();
        copy.company = "Acme".into();
        library.put(copy);
        assert!(library.revision(&id, &[Part::Interviews]) > interviews);
        assert!(library.revision(&id, &[Part::Details, Part::Interviews]) > both);
        let later = Library::default();
        assert!(
            later.revision(&id, &[Part::Interviews]) > library.revision(&id, &[Part::Interviews])
        );
        assert_eq!(
            library.apply(
                &PlaybookId::parse(&"ab".repeat(16)).unwrap(),
                PlaybookEdit::Title("C".into()),
                at(9)
            ),
            None
        );
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
        assert_eq!(library.ids()[0], first.id.to_string());
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
        let mut library = load_texts(
            &Index::default(),
            vec![(bad_id.clone(), "oops".into())],
            false,
        )
        .library;
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
            ..Index::default()
        };
        let mut library = load_texts(
            &index,
            vec![stored(&good), (bad_id.clone(), "oops".into())],
            false,
        )
        .library;
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
        assert_eq!(library.ids(), [good.id.to_string()]);

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
        let unsaved = UnsavedChange::new(Some(stamp(&stored_text)), &changed).unwrap();
        let kept: UnsavedChange =
            serde_json::from_str(&serde_json::to_string(&unsaved).unwrap()).unwrap();
        assert_eq!(kept.restore(), Some(changed.clone()));
        assert_eq!(
            kept.recovery(Some(stamp(&stored_text))),
            Recovery::OverStored
        );

        let mut elsewhere = before.clone();
        elsewhere.author = "Saved in another tab".into();
        let other_text = serde_json::to_string(&elsewhere).unwrap();
        assert_eq!(
            kept.recovery(Some(stamp(&other_text))),
            Recovery::StoredChanged
        );
        assert_eq!(
            kept.recovery(None),
            Recovery::StoredChanged,
            "deleted meanwhile"
        );

        let never_stored = UnsavedChange::new(None, &changed).unwrap();
        assert_eq!(never_stored.recovery(None), Recovery::OverStored);
        assert_eq!(
            never_stored.recovery(Some(stamp(&stored_text))),
            Recovery::StoredChanged
        );
    }
}
