//! The playbook: one company's buy-in assessments and program strategy, and the edits that
//! change it.
//!
//! Stored and exported as JSON in this shape (schema version 1):
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3",
//!   "title": "Acme developer program",
//!   "company": "Acme",
//!   "author": "Sam Rivera",
//!   "created_at": "2026-11-23T08:30:00Z",
//!   "updated_at": "2026-11-23T09:12:45.120Z"
//! }
//! ```
//!
//! Times are ISO 8601 in UTC. Sections added by later schema versions (assessments, strategy)
//! are new fields with defaults, so a document without them still reads; a change that alters
//! the meaning of an existing field raises `SCHEMA_VERSION` and adds a migration in `file.rs`.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::file::SCHEMA_VERSION;
use super::iso8601;

/// The longest title, company or author name we keep, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// A playbook's identity: 32 lowercase hex digits. It names the storage key and the URL, so it
/// is checked wherever it comes from outside.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PlaybookId(String);

impl PlaybookId {
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn parse(text: &str) -> Option<Self> {
        let valid =
            text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        valid.then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PlaybookId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PlaybookId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or_else(|| format!("“{text}” is not a playbook id (32 hex digits)"))
    }
}

impl From<PlaybookId> for String {
    fn from(id: PlaybookId) -> Self {
        id.0
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Playbook {
    pub schema_version: u32,
    pub id: PlaybookId,
    pub title: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub author: String,
    #[serde(with = "iso8601")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "iso8601")]
    pub updated_at: DateTime<Utc>,
}

/// The details a user gives when starting a playbook.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewPlaybook {
    pub title: String,
    pub company: String,
    pub author: String,
}

/// One change a user makes. Every change to a playbook goes through `Playbook::apply`, so the
/// rules live in one place and `updated_at` is always kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaybookEdit {
    Title(String),
    Company(String),
    Author(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    TitleRequired,
    TooLong { field: &'static str, max: usize },
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TitleRequired => f.write_str("A playbook needs a title."),
            Self::TooLong { field, max } => {
                write!(f, "The {field} can be at most {max} characters.")
            }
        }
    }
}

impl std::error::Error for EditError {}

impl Playbook {
    pub fn new(
        id: PlaybookId,
        details: NewPlaybook,
        now: DateTime<Utc>,
    ) -> Result<Self, EditError> {
        Ok(Self {
            schema_version: SCHEMA_VERSION,
            id,
            title: checked_title(details.title.trim())?,
            company: checked_name("company", details.company.trim())?,
            author: checked_name("author", details.author.trim())?,
            created_at: now,
            updated_at: now,
        })
    }

    pub fn apply(&mut self, edit: PlaybookEdit, now: DateTime<Utc>) -> Result<(), EditError> {
        match edit {
            PlaybookEdit::Title(title) => self.title = checked_title(&title)?,
            PlaybookEdit::Company(company) => self.company = checked_name("company", &company)?,
            PlaybookEdit::Author(author) => self.author = checked_name("author", &author)?,
        }
        self.touch(now);
        Ok(())
    }

    /// A separate copy with its own identity and history, titled so the two are told apart.
    pub fn duplicate(&self, id: PlaybookId, now: DateTime<Utc>) -> Self {
        let suffix = " (copy)";
        let room = MAX_NAME_CHARS - suffix.chars().count();
        let base: String = self.title.chars().take(room).collect();
        Self {
            id,
            title: format!("{base}{suffix}"),
            created_at: now,
            updated_at: now,
            ..self.clone()
        }
    }

    /// Clocks can step backwards (a corrected system clock, a playbook from another machine);
    /// `updated_at` never moves back, so "last updated" ordering stays true.
    fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = self.updated_at.max(now);
    }
}

/// Edits keep the text as typed, spaces included: a field that trimmed while the user types
/// would swallow the space between two words. New playbooks are trimmed once, on creation.
fn checked_title(title: &str) -> Result<String, EditError> {
    if title.trim().is_empty() {
        return Err(EditError::TitleRequired);
    }
    checked_name("title", title)
}

fn checked_name(field: &'static str, text: &str) -> Result<String, EditError> {
    if text.chars().count() > MAX_NAME_CHARS {
        return Err(EditError::TooLong {
            field,
            max: MAX_NAME_CHARS,
        });
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap()
    }

    fn id(n: u8) -> PlaybookId {
        PlaybookId::from_random_bytes([n; 16])
    }

    fn sample() -> Playbook {
        let details = NewPlaybook {
            title: "  Acme plan ".into(),
            company: "Acme".into(),
            author: "Sam".into(),
        };
        Playbook::new(id(1), details, at(8)).unwrap()
    }

    #[test]
    fn new_playbook_trims_its_details_and_starts_at_the_current_schema() {
        let playbook = sample();
        assert_eq!(playbook.title, "Acme plan");
        assert_eq!(playbook.schema_version, SCHEMA_VERSION);
        assert_eq!(playbook.created_at, playbook.updated_at);
    }

    #[test]
    fn a_title_is_required() {
        let details = NewPlaybook {
            title: "   ".into(),
            ..NewPlaybook::default()
        };
        assert_eq!(
            Playbook::new(id(1), details, at(8)),
            Err(EditError::TitleRequired)
        );

        let mut playbook = sample();
        assert_eq!(
            playbook.apply(PlaybookEdit::Title(String::new()), at(9)),
            Err(EditError::TitleRequired)
        );
        assert_eq!(
            playbook.title, "Acme plan",
            "a rejected edit changes nothing"
        );
        assert_eq!(playbook.updated_at, at(8));
    }

    #[test]
    fn an_edit_keeps_the_text_as_typed() {
        let mut playbook = sample();
        playbook
            .apply(PlaybookEdit::Title("Acme ".into()), at(9))
            .unwrap();
        assert_eq!(playbook.title, "Acme ");
    }

    #[test]
    fn overlong_names_are_refused_with_the_field_named() {
        let mut playbook = sample();
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let error = playbook
            .apply(PlaybookEdit::Company(long), at(9))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "The company can be at most 200 characters."
        );
        assert_eq!(playbook.company, "Acme");
    }

    #[test]
    fn an_edit_moves_updated_at_forward_but_never_back() {
        let mut playbook = sample();
        playbook
            .apply(PlaybookEdit::Author("Alex".into()), at(10))
            .unwrap();
        assert_eq!(playbook.updated_at, at(10));
        playbook
            .apply(PlaybookEdit::Company("Acme Inc".into()), at(9))
            .unwrap();
        assert_eq!(playbook.company, "Acme Inc");
        assert_eq!(playbook.updated_at, at(10));
    }

    #[test]
    fn a_duplicate_has_its_own_identity_and_a_telling_title() {
        let original = sample();
        let copy = original.duplicate(id(2), at(11));
        assert_eq!(copy.id, id(2));
        assert_eq!(copy.title, "Acme plan (copy)");
        assert_eq!((copy.created_at, copy.updated_at), (at(11), at(11)));
        assert_eq!(copy.company, original.company);

        let long = Playbook {
            title: "y".repeat(MAX_NAME_CHARS),
            ..original
        };
        assert_eq!(
            long.duplicate(id(3), at(12)).title.chars().count(),
            MAX_NAME_CHARS
        );
    }

    #[test]
    fn ids_are_32_hex_digits() {
        assert_eq!(id(171).as_str(), "ab".repeat(16));
        assert!(PlaybookId::parse(&"ab".repeat(16)).is_some());
        for bad in [
            "",
            "xyz",
            &"AB".repeat(16),
            &"a".repeat(31),
            "../../etc/passwd",
        ] {
            assert!(PlaybookId::parse(bad).is_none(), "{bad:?} accepted");
        }
    }
}
