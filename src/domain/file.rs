//! The one way a stored or imported playbook becomes a `Playbook`: parse, check the schema
//! version, and read it into the current shape, or say plainly what is wrong with it. Also the
//! exported file: a header naming the format and version around the playbook document.
//!
//! ```json
//! {
//!   "format": "devrel-playbook",
//!   "version": 1,
//!   "exported_at": "2026-11-23T10:00:00Z",
//!   "app_version": "0.1.0",
//!   "playbook": { "schema_version": 1, "id": "…", "title": "…", … }
//! }
//! ```

use std::fmt;

use chrono::{DateTime, Utc};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use serde_json::Value;

use super::document::Written;

use super::iso8601;
use super::places::{describe, locate, Step};
use super::playbook::Playbook;
use super::versions::SCHEMA_VERSION;

/// The `format` of an exported file.
pub const FILE_FORMAT: &str = "devrel-playbook";

/// The `format` of a file holding every playbook of a browser, as a backup.
pub const LIBRARY_FORMAT: &str = "devrel-playbook-library";

/// The largest file an import reads. A browser keeps about 5 MB per site in all, so a larger
/// playbook could not be stored anyway.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing in it but, perhaps, blank space.
    Empty,
    NotJson {
        line: usize,
        column: usize,
    },
    NotAPlaybook {
        problem: String,
    },
    /// A playbook, but one that breaks a rule its edits keep (a title too long, two items with
    /// one id): read as it is, parts of it could not be edited. Also what is wrong with a
    /// persona library file (`persona_library::import`), said in full.
    BreaksARule {
        problem: String,
    },
    NewerVersion {
        found: u64,
    },
    /// An older version this app has no step from: a gap in `MIGRATIONS`, which its tests
    /// forbid, said plainly should one slip through.
    NoMigration {
        from: u64,
    },
    TooLarge {
        bytes: usize,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("It is empty."),
            Self::NotJson { line, column } => {
                write!(f, "It is not valid JSON: the text breaks off or goes wrong at line {line}, column {column}.")
            }
            Self::NotAPlaybook { problem } => write!(f, "It is not a playbook: {problem}."),
            // A problem starts with this app's own words ("the title …", "interview 2 …",
            // "Goal 3 …"), never with typed text, so an ASCII capital is its capital; Unicode's
            // (`char::to_uppercase`) would bring a table of every capital into the wasm.
            Self::BreaksARule { problem } => {
                let mut problem = problem.clone();
                if let Some(first) = problem.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                write!(f, "{problem}.")
            }
            Self::NewerVersion { found } => write!(
                f,
                "It was saved by a newer version of DevRel Playbook (schema version {found}; \
                 this app reads up to {SCHEMA_VERSION}). Open it with the newer version."
            ),
            // Which step is missing is for the developer, in the variant; the user can only
            // hear that this app cannot read it.
            Self::NoMigration { .. } => f.write_str(
                "It was saved by an older version of DevRel Playbook that this app cannot read.",
            ),
            // Rounded up, so a file over the limit never reads as the limit itself.
            Self::TooLarge { bytes } => write!(
                f,
                "It is too large: {}, where a file to import can be at most {}.",
                megabytes_rounded_up(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads a playbook document of any schema version this app knows, held to the rules its
/// edits keep (`Playbook::settle`): what reads can be edited.
pub fn restore(text: &str) -> Result<Playbook, LoadError> {
    restore_value(parse(text)?).map(|(playbook, _)| playbook)
}

/// When `public/example.json` was written: the example as if opened at this instant,
/// 2000-01-01T00:00:00Z. Its days and times before `EXAMPLE_FIXED_AFTER` are counted from it;
/// later ones (the interviews' days) stay as they are.
pub const EXAMPLE_WRITTEN_AT: DateTime<Utc> =
    DateTime::from_timestamp_nanos(946_684_800 * 1_000_000_000);
const EXAMPLE_FIXED_AFTER: &str = "2010";

/// The example playbook, opened at `now` from the text of `public/example.json` (fetched only
/// when asked for, so the app's first load does not carry it): each day and time counted from
/// `EXAMPLE_WRITTEN_AT` moves on by as long as `now` is after it, and the playbook takes `id`.
/// The same playbook `example::example_playbook` makes at `now` (tested).
pub fn restore_example(
    text: &str,
    id: super::id::Id,
    now: DateTime<Utc>,
) -> Result<Playbook, LoadError> {
    let mut document = parse(text)?;
    move_on(
        &mut document,
        now - EXAMPLE_WRITTEN_AT,
        now.date_naive() - EXAMPLE_WRITTEN_AT.date_naive(),
    );
    let (mut playbook, _) = restore_value(document)?;
    playbook.id = id;
    Ok(playbook)
}

/// Moves every day (`YYYY-MM-DD`) and time (RFC 3339) in `value` that is before
/// `EXAMPLE_FIXED_AFTER` on by `days` and `time`.
fn move_on(value: &mut Value, time: chrono::TimeDelta, days: chrono::TimeDelta) {
    match value {
        Value::String(text) if text.as_str() < EXAMPLE_FIXED_AFTER => {
            if let Some(day) = iso8601::date::parse(text) {
                *text = iso8601::date::format(day + days);
            } else if let Ok(at) = DateTime::parse_from_rfc3339(text) {
                *text = iso8601::timestamp(at.to_utc() + time);
            }
        }
        Value::Array(values) => values
            .iter_mut()
            .for_each(|value| move_on(value, time, days)),
        Value::Object(fields) => fields
            .values_mut()
            .for_each(|value| move_on(value, time, days)),
        _ => {}
    }
}

/// The JSON of a file taken in, or why it has none.
pub fn parse(text: &str) -> Result<Value, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    serde_json::from_str(text).map_err(|error| LoadError::NotJson {
        line: error.line(),
        column: error.column(),
    })
}

/// The playbook, and what was mended to keep it to the rules, in words.
fn restore_value(document: Value) -> Result<(Playbook, Vec<String>), LoadError> {
    restore_value_with(document, MIGRATIONS, SCHEMA_VERSION)
}

/// `restore_value` with the steps and the current version given, so that the migration of an
/// older document can be tested before a real step exists.
fn restore_value_with(
    mut document: Value,
    migrations: &[Migration],
    current: u32,
) -> Result<(Playbook, Vec<String>), LoadError> {
    let Some(fields) = document.as_object() else {
        return Err(not_a_playbook(
            "the text is JSON, but not an object with fields",
        ));
    };
    let version = check_version(fields.get("schema_version"), "schema_version", current)?;
    // One step per version, in order, each from the version the one before left.
    for from in version..u64::from(current) {
        let Some(migration) = migrations
            .iter()
            .find(|migration| u64::from(migration.from) == from)
        else {
            return Err(LoadError::NoMigration { from });
        };
        (migration.apply)(&mut document);
        document["schema_version"] = Value::from(from + 1);
    }
    // Read from a copy, so that a document that does not read can be searched for the place
    // the parser complains of.
    let read = |document: Value| super::document::from_value::<Playbook>(document);
    let mut playbook = read(document.clone()).map_err(|error| {
        let parser_says = error.to_string();
        let complaint = |document| read(document).err().map(|error| error.to_string());
        not_a_playbook(in_words(
            &locate(&document, &parser_says, &complaint),
            &parser_says,
        ))
    })?;
    let mended = playbook
        .settle()
        .map_err(|problem| LoadError::BreaksARule { problem })?;
    Ok((playbook, mended))
}

/// What the parser says of a document that does not fit the shape of a playbook, said in the
/// user's words: the field named as the screens name it, the expected kind of value in words.
fn in_words(steps: &[Step], parser_says: &str) -> String {
    let quoted = |text: &str| text.split('`').nth(1).unwrap_or_default().to_owned();
    if let Some(rest) = parser_says.strip_prefix("missing field ") {
        let mut steps = steps.to_vec();
        steps.push(Step::Key(quoted(rest)));
        let place = describe(&steps);
        return format!(
            "{}{} is missing",
            place.within_phrase(),
            place.field_phrase()
        );
    }
    let place = describe(steps);
    let (within, field) = (place.within_phrase(), place.field_phrase());
    if let Some(rest) = parser_says.strip_prefix("unknown variant ") {
        return format!(
            "{within}{field} is “{}”, which is not one of its options",
            quoted(rest)
        );
    }
    if let Some(rest) = parser_says.strip_prefix("duplicate field ") {
        let mut steps = steps.to_vec();
        steps.push(Step::Key(quoted(rest)));
        let place = describe(&steps);
        return format!(
            "{}{} is there twice",
            place.within_phrase(),
            place.field_phrase()
        );
    }
    let expected = ["invalid type: ", "invalid value: ", "invalid length "]
        .iter()
        .any(|prefix| parser_says.starts_with(prefix))
        .then(|| parser_says.split(", expected ").nth(1))
        .flatten();
    if let Some(expected) = expected {
        let kind = match expected {
            "a string" => "text",
            "a boolean" => "true or false",
            "a sequence" => "a list",
            "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number from 0",
            "i8" | "i16" | "i32" | "i64" => "a whole number",
            _ if expected.starts_with("struct ") || expected == "a map" => "a group of fields",
            _ if expected.starts_with("one of ") || expected.starts_with("variant ") => {
                "one of its options"
            }
            _ => "something else",
        };
        return format!("{within}{field} should be {kind}");
    }
    // Our own checks (an id, a date) already speak in words.
    format!("{within}{field} is wrong: {parser_says}")
}

/// One step from a schema version to the next: a pure transform of the JSON document.
pub struct Migration {
    pub from: u32,
    /// One line: what changed.
    pub title: &'static str,
    /// For a reader of the file format: what the step does to an older document, and why.
    pub description: &'static str,
    pub apply: fn(&mut Value),
}

/// Every step, oldest first: one per schema version before `SCHEMA_VERSION` (`versions.rs`
/// says when a version is raised and keeps the changelog).
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        title: "The first 90 days' plan",
        description:
            "Version 2 adds `onboarding`, what the user said of the first 90 days' plan. A \
                  version 1 document has none, so nothing of it changes but its version: its \
                  plan is the one proposed, from the day the playbook was started.",
        apply: |_| {},
    },
    Migration {
        from: 2,
        title: "Reviews of the goals",
        description: "Version 3 adds `onboarding.reviews`, the reviews of the goals, and a SMART \
                  goal's `target`. A version 2 document has neither, so nothing of it changes \
                  but its version: it has no reviews yet, and its goals no target.",
        apply: |_| {},
    },
];

/// A version field must be a whole number from 1 up to `current`, the newest this app knows.
fn check_version(version: Option<&Value>, field: &str, current: u32) -> Result<u64, LoadError> {
    let version = match version {
        None => return Err(not_a_playbook(format!("the field “{field}” is missing"))),
        Some(version) => version
            .as_u64()
            .filter(|&version| version >= 1)
            .ok_or_else(|| {
                // Written as `serde_json::to_string` writes it, which `Value`'s `Display`
                // does too, without compiling its pretty printer along with it.
                let version = serde_json::to_string(version).unwrap_or_default();
                not_a_playbook(format!(
                    "“{field}” should be a whole number from 1, not {version}"
                ))
            })?,
    };
    if version > u64::from(current) {
        return Err(LoadError::NewerVersion { found: version });
    }
    Ok(version)
}

/// What to leave out of a file that will be shared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareOptions {
    pub include_private_notes: bool,
    pub hide_executive_names: bool,
}

/// A DevRel Playbook file: the header, written once for every kind of file, then the body of
/// its kind (`B`) at the same level, `{"format": …, "version": …, …, "playbook": {…}}`.
#[derive(Serialize)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(schemars::JsonSchema),
    schemars(title = B::TITLE, description = B::DESCRIPTION, bound = "B: FileBody + schemars::JsonSchema")
)]
pub struct FileEnvelope<B> {
    /// Always `B::FORMAT`.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(description = B::FORMAT_NOTE, extend("const" = B::FORMAT))
    )]
    pub format: String,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(description = B::VERSION_NOTE, range(min = 1))
    )]
    pub version: u32,
    #[serde(with = "iso8601::Timestamp")]
    pub exported_at: DateTime<Utc>,
    /// The version of DevRel Playbook that wrote the file.
    pub app_version: String,
    #[serde(flatten)]
    pub body: B,
}

impl<B: FileBody> FileEnvelope<B> {
    /// `body` with the header of a file this app writes `now`.
    fn new(body: B, now: DateTime<Utc>) -> Self {
        Self {
            format: B::FORMAT.to_owned(),
            version: SCHEMA_VERSION,
            exported_at: now,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            body,
        }
    }
}

/// What a kind of file holds after the header, and the words its header and schema use.
pub trait FileBody: Serialize {
    /// The value of `format`.
    const FORMAT: &'static str;
    /// The description of `format` in the schema.
    const FORMAT_NOTE: &'static str;
    /// The description of `version` in the schema.
    const VERSION_NOTE: &'static str;
    /// The schema's title and description.
    const TITLE: &'static str;
    const DESCRIPTION: &'static str;
}

/// The body of an exported file: one playbook.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct OnePlaybook {
    pub playbook: Playbook,
}

// Written as a derived `Serialize` would write it, the playbook through `document::Written`.
impl Serialize for OnePlaybook {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("OnePlaybook", 1)?;
        body.serialize_field("playbook", &Written(&self.playbook))?;
        body.end()
    }
}

impl FileBody for OnePlaybook {
    const FORMAT: &'static str = FILE_FORMAT;
    const FORMAT_NOTE: &'static str = "Always `devrel-playbook`.";
    const VERSION_NOTE: &'static str = "The schema version of the playbook inside.";
    const TITLE: &'static str = "DevRel Playbook file";
    const DESCRIPTION: &'static str =
        "A DevRel Playbook file: a header naming the format and its version, then the playbook.";
}

/// An exported file of one playbook.
pub type PlaybookFile = FileEnvelope<OnePlaybook>;

/// The text of an exported file.
pub fn export(
    playbook: &Playbook,
    options: ShareOptions,
    now: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    let mut shared = if options.include_private_notes {
        playbook.clone()
    } else {
        playbook.without_private_notes()
    };
    if options.hide_executive_names {
        // One alias per person: every interview of an executive's series gets the same one.
        use super::buyin::series::series_of;
        let series = series_of(&shared.assessments);
        // The number of the executive whose series holds the interview `id`.
        let number = |id: &super::buyin::AssessmentId| {
            series
                .iter()
                .position(|series| series.interviews().iter().any(|a| &a.id == id))
                .map_or(0, |n| n + 1)
        };
        let names: Vec<(String, String)> = shared
            .assessments
            .iter()
            .map(|assessment| {
                (
                    assessment.executive.trim().to_owned(),
                    format!("Executive {}", number(&assessment.id)),
                )
            })
            .collect();
        for (assessment, (_, alias)) in shared.assessments.iter_mut().zip(&names) {
            assessment.executive = alias.clone();
        }
        // The names stay hidden in what the user wrote of the plan too.
        shared.onboarding.replace_names(&names);
    }
    let file = PlaybookFile::new(OnePlaybook { playbook: shared }, now);
    serde_json::to_string(&file).map(|text| indented(&text))
}

/// The body of a backup: every playbook in a browser.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct EveryPlaybook {
    pub playbooks: Vec<Playbook>,
}

// Written as a derived `Serialize` would write it, each playbook through `document::Written`.
impl Serialize for EveryPlaybook {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let playbooks: Vec<Written> = self.playbooks.iter().map(|p| Written(p)).collect();
        let mut body = serializer.serialize_struct("EveryPlaybook", 1)?;
        body.serialize_field("playbooks", &playbooks)?;
        body.end()
    }
}

impl FileBody for EveryPlaybook {
    const FORMAT: &'static str = LIBRARY_FORMAT;
    const FORMAT_NOTE: &'static str = "Always `devrel-playbook-library`.";
    const VERSION_NOTE: &'static str = "The schema version of the playbooks inside.";
    const TITLE: &'static str = "DevRel Playbook library file";
    const DESCRIPTION: &'static str =
        "A backup of every playbook in a browser: the same header, then the playbooks.";
}

/// A backup of every playbook in a browser.
pub type LibraryFile = FileEnvelope<EveryPlaybook>;

/// The text of a backup of `playbooks`. A backup is for the same person, so it keeps
/// everything, private notes included.
pub fn export_library(
    playbooks: Vec<Playbook>,
    now: DateTime<Utc>,
) -> Result<String, serde_json::Error> {
    let file = LibraryFile::new(EveryPlaybook { playbooks }, now);
    serde_json::to_string(&file).map(|text| indented(&text))
}

/// `compact` (as `serde_json::to_string` writes it) laid out exactly as
/// `serde_json::to_string_pretty` would have. Storage writes the compact form, so re-indenting
/// its text spares the wasm a second copy of every type's serialiser, one per layout.
pub fn indented(compact: &str) -> String {
    fn new_line(out: &mut String, depth: usize) {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else {
            match c {
                '"' => {
                    in_string = true;
                    out.push(c);
                }
                '[' | '{' => {
                    depth += 1;
                    out.push(c);
                    if !matches!(chars.peek(), Some(']' | '}')) {
                        new_line(&mut out, depth);
                    }
                }
                ']' | '}' => {
                    depth -= 1;
                    if !matches!(previous, Some('[' | '{')) {
                        new_line(&mut out, depth);
                    }
                    out.push(c);
                }
                ',' => {
                    out.push(c);
                    new_line(&mut out, depth);
                }
                ':' => out.push_str(": "),
                _ => out.push(c),
            }
        }
        previous = Some(c);
    }
    out
}

/// `devrel-playbooks-2026-11-23.json`.
pub fn library_file_name(date: chrono::NaiveDate) -> String {
    format!("devrel-playbooks-{}.json", iso8601::date::format(date))
}

/// `acme-developer-program-2026-11-23.json`: the title in lowercase words, and the date.
pub fn export_file_name(title: &str, date: chrono::NaiveDate) -> String {
    format!("{}-{}.json", title_stem(title), iso8601::date::format(date))
}

/// `acme-developer-program-first-90-days.ics`: the calendar of a playbook's plan, one name
/// whenever it is saved, since importing it again updates the events of the first import.
pub fn calendar_file_name(title: &str) -> String {
    format!("{}-first-90-days.ics", title_stem(title))
}

/// `acme-developer-program-executives-2026-11-23.csv`: the comparison for a spreadsheet.
pub fn comparison_file_name(title: &str, date: chrono::NaiveDate) -> String {
    format!(
        "{}-executives-{}.csv",
        title_stem(title),
        iso8601::date::format(date)
    )
}

/// The title in lowercase words joined by dashes, or `playbook` when it has none.
fn title_stem(title: &str) -> String {
    match slug(title) {
        stem if stem.is_empty() => "playbook".to_owned(),
        stem => stem,
    }
}

/// Text in lowercase words joined by dashes, at most 60 characters: empty when it has no
/// letters or digits. Names files, and personas in a persona library file.
pub fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split(separates_words)
        .filter(|word| !word.is_empty())
        .map(|word| word.chars().map(lowercase).collect())
        .collect();
    words.join("-").chars().take(60).collect()
}

/// Whether a character ends a word of a `slug`: in ASCII, what is not a letter
/// or a digit; beyond it, white space and the punctuation, symbols and pictographs of the blocks
/// below. Letters, digits and accents of every script are kept. Unicode's own test
/// (`char::is_alphanumeric`) would bring its tables of letters and numbers into the wasm, 1.6 KB
/// of the gzipped first load.
fn separates_words(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    c.is_whitespace()
        || matches!(
            u32::from(c),
            // Latin-1's controls, punctuation and signs (« », ©, °), × and ÷.
            0x80..=0xBF | 0xD7 | 0xF7
            // General punctuation (– — “ ” …), currency, letterlike symbols, number forms,
            // arrows, mathematical and technical symbols, shapes and dingbats.
            | 0x2000..=0x2BFF
            // The punctuation of Chinese, Japanese and Korean (、 。 「 」).
            | 0x3000..=0x303F
            // Variation selectors, then vertical, compatibility and small forms.
            | 0xFE00..=0xFE6F
            // Fullwidth punctuation (！ ？ （ ）).
            | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
            // Emoji and the other pictographs.
            | 0x1F000..=0x1FAFF
        )
}

/// A letter in lowercase, for file names: ASCII, the Latin letters of Western and Central
/// European languages, Greek and Cyrillic, which are the capitals of titles one meets (İ becomes
/// i). Unicode's whole table of lowercase letters (`char::to_lowercase`) would add about 10 KB
/// to the gzipped first load for the rest; a capital of another script is kept as it is.
fn lowercase(letter: char) -> char {
    let code = u32::from(letter);
    let lower = match code {
        0x130 => 0x69,
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            code + 0x20
        }
        0x400..=0x40F => code + 0x50,
        // Latin Extended-A: each capital is followed by its small letter, save ı, ĸ, ŉ and ſ.
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(letter)
}

/// What an import found in a file, for the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub playbooks: Vec<Playbook>,
    /// What was mended so that every part of them can be edited, in words.
    pub mended: Vec<String>,
}

/// Reads an exported file, a library backup, or a bare playbook document, into the playbooks
/// to preview, through the same door as stored ones (`restore`).
pub fn import(text: &str) -> Result<Imported, LoadError> {
    let read = read_import(text)?;
    let many = read.len() > 1;
    let mut playbooks = Vec::with_capacity(read.len());
    let mut mended = Vec::new();
    for (playbook, mends) in read {
        mended.extend(mends.into_iter().map(|mend| {
            if many {
                format!("“{}”: {mend}", playbook.title)
            } else {
                mend
            }
        }));
        playbooks.push(playbook);
    }
    Ok(Imported { playbooks, mended })
}

fn read_import(text: &str) -> Result<Vec<(Playbook, Vec<String>)>, LoadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let Value::Object(mut fields) = parse(text)? else {
        return Err(not_a_playbook(
            "the text is JSON, but not an object with fields",
        ));
    };
    if fields.contains_key("schema_version") {
        return Ok(vec![restore_value(Value::Object(fields))?]);
    }
    let format = match fields.get("format").and_then(Value::as_str) {
        Some(format @ (FILE_FORMAT | LIBRARY_FORMAT)) => format.to_owned(),
        Some(other) => {
            return Err(not_a_playbook(format!(
                "its “format” is “{other}”, not “{FILE_FORMAT}” or “{LIBRARY_FORMAT}”"
            )))
        }
        None => return Err(not_a_playbook("the field “format” is missing")),
    };
    check_version(fields.get("version"), "version", SCHEMA_VERSION)?;
    if format == FILE_FORMAT {
        let playbook = fields
            .remove("playbook")
            .ok_or_else(|| not_a_playbook("the field “playbook” is missing"))?;
        return Ok(vec![restore_value(playbook)?]);
    }
    let Some(Value::Array(playbooks)) = fields.remove("playbooks") else {
        return Err(not_a_playbook(
            "the field “playbooks” is missing or not a list",
        ));
    };
    let count = playbooks.len();
    let read: Vec<(Playbook, Vec<String>)> = playbooks
        .into_iter()
        .enumerate()
        .map(|(at, playbook)| {
            restore_value(playbook).map_err(|error| match error {
                LoadError::NotAPlaybook { problem } => {
                    not_a_playbook(format!("playbook {} of {count}: {problem}", at + 1))
                }
                LoadError::BreaksARule { problem } => LoadError::BreaksARule {
                    problem: format!("playbook {} of {count}: {problem}", at + 1),
                },
                other => other,
            })
        })
        .collect::<Result<_, _>>()?;
    // One id is one playbook: a second would overwrite the first when taken in.
    for (at, (playbook, _)) in read.iter().enumerate() {
        if let Some(earlier) = read[..at]
            .iter()
            .position(|(other, _)| other.id == playbook.id)
        {
            return Err(LoadError::BreaksARule {
                problem: format!(
                    "playbooks {} and {} of {count} have the same id ({})",
                    earlier + 1,
                    at + 1,
                    playbook.id
                ),
            });
        }
    }
    Ok(read)
}

/// A size in megabytes to one decimal, "4.2 MB", rounded to the nearest tenth. Integer
/// arithmetic: formatting a float would bring the float printing code into the wasm.
pub fn megabytes(bytes: usize) -> String {
    tenths_of_megabytes((bytes + TENTH_OF_MEGABYTE / 2) / TENTH_OF_MEGABYTE)
}

/// A size in megabytes to one decimal, rounded up: what is over a limit reads as over it.
pub fn megabytes_rounded_up(bytes: usize) -> String {
    tenths_of_megabytes(bytes.div_ceil(TENTH_OF_MEGABYTE))
}

const TENTH_OF_MEGABYTE: usize = 1024 * 1024 / 10;

fn tenths_of_megabytes(tenths: usize) -> String {
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

fn not_a_playbook(problem: impl Into<String>) -> LoadError {
    LoadError::NotAPlaybook {
        problem: problem.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::{fresh_ids, id};

    const VERSION_1: &str = include_str!("../../tests/fixtures/playbook-v1.json");
    const VERSION_2: &str = include_str!("../../tests/fixtures/playbook-v2.json");
    const VERSION_3: &str = include_str!("../../tests/fixtures/playbook-v3.json");

    /// `public/example.json`, the file the app fetches when the example is opened.
    const EXAMPLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/example.json");

    #[test]
    fn the_published_example_is_the_example_written_at_its_time() {
        let example = crate::domain::example::example_playbook(fresh_ids(), EXAMPLE_WRITTEN_AT);
        let text = format!("{}\n", serde_json::to_string(&Written(&example)).unwrap());
        // `UPDATE_EXAMPLE=1 cargo test --lib published_example` rewrites it after a change.
        if std::env::var_os("UPDATE_EXAMPLE").is_some() {
            std::fs::write(EXAMPLE_PATH, &text).unwrap();
        }
        let published = std::fs::read_to_string(EXAMPLE_PATH).unwrap_or_default();
        assert!(
            published == text,
            "{EXAMPLE_PATH} is not the example: rewrite it with UPDATE_EXAMPLE=1"
        );
        assert!(
            !published.contains("\"2010") && published.contains("\"2026-10-06"),
            "every day the example counts from its time is before 2010, and no other"
        );
    }

    #[test]
    fn the_example_opened_from_its_file_is_the_example_of_that_moment() {
        let published = std::fs::read_to_string(EXAMPLE_PATH).unwrap();
        for now in [
            "2026-11-23T09:00:00Z",
            "2026-12-31T23:59:59.250Z",
            "2028-02-29T12:00:00Z",
            "2031-07-01T00:00:00Z",
        ] {
            let now = DateTime::parse_from_rfc3339(now).unwrap().to_utc();
            let mut expected = crate::domain::example::example_playbook(fresh_ids(), now);
            expected.id = id(200);
            let opened = restore_example(&published, id(200), now).unwrap();
            assert!(opened == expected, "the example opened at {now} differs");
            assert_eq!(opened.created_at, now);
        }
    }

    #[test]
    fn an_example_file_that_is_not_one_is_refused_as_any_file_is() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            restore_example("", id(1), now).unwrap_err(),
            LoadError::Empty
        );
        assert!(matches!(
            restore_example("<!doctype html>", id(1), now),
            Err(LoadError::NotJson { .. })
        ));
        assert!(matches!(
            restore_example("[]", id(1), now),
            Err(LoadError::NotAPlaybook { .. })
        ));
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod layout {
        use super::*;

        fn any_json() -> impl proptest::strategy::Strategy<Value = Value> {
            use proptest::prelude::*;
            // Strings of any characters, so quotes, backslashes, brackets, commas and colons inside
            // them are laid out as text, never as structure.
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<f64>().prop_map(Value::from),
                any::<String>().prop_map(Value::from),
                "[\\[\\]{}\",:\\\\ ]{0,8}".prop_map(Value::from),
            ];
            leaf.prop_recursive(4, 48, 6, |inner| {
                prop_oneof![
                    proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
                    proptest::collection::btree_map(any::<String>(), inner, 0..6)
                        .prop_map(|map| Value::Object(map.into_iter().collect())),
                ]
            })
        }

        proptest::proptest! {
            #[test]
            fn the_compact_text_re_indented_is_the_pretty_text(value in any_json()) {
                let compact = serde_json::to_string(&value).unwrap();
                proptest::prop_assert_eq!(indented(&compact), serde_json::to_string_pretty(&value).unwrap());
            }
        }
    }

    #[test]
    fn exported_files_are_laid_out_as_before() {
        let mut ids = fresh_ids();
        let now = "2026-11-23T10:00:00Z".parse().unwrap();
        let playbook = crate::domain::example::example_playbook(&mut ids, now);
        let everything = ShareOptions {
            include_private_notes: true,
            hide_executive_names: false,
        };
        let file = PlaybookFile::new(
            OnePlaybook {
                playbook: playbook.clone(),
            },
            now,
        );
        assert_eq!(
            export(&playbook, everything, now).unwrap(),
            serde_json::to_string_pretty(&file).unwrap()
        );
        let backup = LibraryFile::new(
            EveryPlaybook {
                playbooks: vec![playbook.clone(), playbook],
            },
            now,
        );
        let EveryPlaybook { playbooks } = &backup.body;
        assert_eq!(
            export_library(playbooks.clone(), now).unwrap(),
            serde_json::to_string_pretty(&backup).unwrap()
        );
        assert_eq!(
            indented("[[],{},[{}]]"),
            "[\n  [],\n  {},\n  [\n    {}\n  ]\n]"
        );
    }

    #[test]
    fn a_review_that_does_not_read_is_named_by_its_place() {
        let number = VERSION_3.replace("\"value\": \"52\"", "\"value\": 52");
        let message = restore(&number).unwrap_err().to_string();
        assert!(
            message.contains("review 1, what it recorded of goal 1, the value measured"),
            "{message}"
        );
        let not_a_number = VERSION_3.replace("\"value\": \"52\"", "\"value\": \"fifty\"");
        let message = restore(&not_a_number).unwrap_err().to_string();
        assert!(
            message.contains("the value “fifty”, which is not a number"),
            "{message}"
        );
    }

    #[test]
    fn a_current_document_reads_and_writes_back_unchanged() {
        let playbook = restore(VERSION_3).unwrap();
        assert_eq!(playbook.title, "Acme developer program");
        assert_eq!(playbook.assessments[0].executive, "Dana Kim");
        assert_eq!(playbook.onboarding.tasks.len(), 5);
        assert_eq!(playbook.onboarding.reviews.len(), 2);
        assert_eq!(
            playbook.strategy.goals.goals[0].target,
            "200 active contributors a month"
        );
        let written: Value = serde_json::to_value(&playbook).unwrap();
        let original: Value = serde_json::from_str(VERSION_3).unwrap();
        assert_eq!(written, original);
    }

    #[test]
    fn a_version_1_document_reads_with_the_same_meaning_and_the_plan_as_proposed() {
        let old = restore(VERSION_1).unwrap();
        assert_eq!(old.schema_version, SCHEMA_VERSION);
        assert!(old.onboarding.is_untouched());
        let mut expected: Value = serde_json::from_str(VERSION_1).unwrap();
        expected["schema_version"] = Value::from(SCHEMA_VERSION);
        assert_eq!(serde_json::to_value(&old).unwrap(), expected);
        // The same playbook as version 2 without its plan's changes.
        let mut current = restore(VERSION_2).unwrap();
        current.onboarding = Default::default();
        assert_eq!(old, current);
    }

    #[test]
    fn a_document_from_before_assessments_existed_reads_with_none() {
        let text = r#"{"schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "title": "Early",
            "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"}"#;
        let playbook = restore(text).unwrap();
        assert!(playbook.assessments.is_empty());
        assert_eq!(playbook.company, "");
    }

    #[test]
    fn links_to_items_missing_from_a_file_are_cleared_on_reading() {
        let example = crate::domain::example::example_playbook(fresh_ids(), at(9));
        assert!(example
            .strategy
            .objectives
            .objectives
            .iter()
            .any(|objective| objective.problem.is_some()));
        // A hand-edited file: the top problems deleted, the objectives' links to them kept.
        let mut document = serde_json::to_value(&example).unwrap();
        document["strategy"]["alignment"]["top_problems"] = Value::Array(Vec::new());
        let playbook = restore(&document.to_string()).unwrap();
        assert_eq!(playbook.strategy.dangling_links(), []);
        let objectives = &playbook.strategy.objectives.objectives;
        assert_eq!(
            objectives.len(),
            example.strategy.objectives.objectives.len()
        );
        assert!(objectives
            .iter()
            .all(|objective| objective.problem.is_none()));
        // A goal keeps its link to an objective, and loses one to a top problem.
        let objective_ids: Vec<_> = objectives.iter().map(|objective| &objective.id).collect();
        for (read, written) in playbook
            .strategy
            .goals
            .goals
            .iter()
            .zip(&example.strategy.goals.goals)
        {
            let kept = written
                .relevant_to
                .as_ref()
                .filter(|id| objective_ids.contains(id));
            assert_eq!(read.relevant_to.as_ref(), kept, "{}", written.objective);
        }
        assert!(playbook
            .strategy
            .goals
            .goals
            .iter()
            .any(|goal| goal.relevant_to.is_some()));
        assert!(playbook
            .strategy
            .goals
            .goals
            .iter()
            .any(|goal| goal.relevant_to.is_none()));
    }

    fn interviewed() -> Playbook {
        restore(VERSION_1).unwrap()
    }

    fn at(hour: u32) -> DateTime<Utc> {
        use chrono::TimeZone;
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap()
    }

    #[test]
    fn an_exported_file_has_its_header_and_imports_back_equal() {
        let playbook = interviewed();
        let options = ShareOptions {
            include_private_notes: true,
            hide_executive_names: false,
        };
        let text = export(&playbook, options, at(10)).unwrap();
        let header: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(header["format"], "devrel-playbook");
        assert_eq!(header["version"], SCHEMA_VERSION);
        assert_eq!(header["exported_at"], "2026-11-23T10:00:00Z");
        assert_eq!(header["app_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(
            import(&text).map(|found| found.playbooks),
            Ok(vec![playbook])
        );
    }

    #[test]
    fn a_shared_file_leaves_out_private_notes_and_can_hide_names() {
        let playbook = interviewed();
        let text = export(&playbook, ShareOptions::default(), at(10)).unwrap();
        assert!(
            !text.contains("Has not thought about measures yet."),
            "private note left out"
        );
        assert!(
            text.contains("API adoption by partners"),
            "public note kept"
        );
        assert!(text.contains("Dana Kim"));
        let anonymous = export(
            &playbook,
            ShareOptions {
                hide_executive_names: true,
                ..ShareOptions::default()
            },
            at(10),
        )
        .unwrap();
        assert!(!anonymous.contains("Dana Kim"));
        assert_eq!(
            import(&anonymous).unwrap().playbooks[0].assessments[0].executive,
            "Executive 1"
        );
    }

    #[test]
    fn hidden_names_stay_hidden_in_the_plan() {
        use crate::domain::onboarding::{Mark, OnboardingEdit};
        let mut playbook = interviewed();
        let task = playbook.plan()[0].key.clone();
        for edit in [
            OnboardingEdit::Reword {
                task: task.clone(),
                title: "Ask Dana Kim, then Dana's team, for the goals".to_owned(),
            },
            OnboardingEdit::Mark {
                task,
                mark: Some(Mark::Skipped("Dana Kim is away".to_owned())),
            },
        ] {
            playbook.onboarding.apply(edit).unwrap();
        }
        let hidden = ShareOptions {
            hide_executive_names: true,
            ..ShareOptions::default()
        };
        let text = export(&playbook, hidden, at(10)).unwrap();
        assert!(!text.contains("Dana Kim"), "{text}");
        let shared = &import(&text).unwrap().playbooks[0];
        let note = &shared.onboarding.tasks[0];
        assert_eq!(
            note.title.as_deref(),
            Some("Ask Executive 1, then Dana's team, for the goals")
        );
        assert_eq!(
            note.mark,
            Some(Mark::Skipped("Executive 1 is away".to_owned()))
        );
        assert!(shared
            .plan()
            .iter()
            .any(|task| task.title == "Interview Executive 1"));
        // Without the option, the file keeps the user's words as they are.
        let kept = export(&playbook, ShareOptions::default(), at(10)).unwrap();
        assert!(kept.contains("Ask Dana Kim, then Dana's team"));
    }

    #[test]
    fn an_executive_interviewed_again_keeps_one_alias_in_a_shared_file() {
        let mut playbook = interviewed();
        let first = playbook.assessments[0].clone();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let again = first.follow_up(id(7), at(9), today);
        playbook.assessments.push(again.clone());
        let hidden = ShareOptions {
            hide_executive_names: true,
            ..ShareOptions::default()
        };
        let shared = &import(&export(&playbook, hidden, at(10)).unwrap())
            .unwrap()
            .playbooks[0];
        let alias = |id: &super::super::buyin::AssessmentId| {
            shared
                .assessments
                .iter()
                .find(|assessment| &assessment.id == id)
                .map(|assessment| assessment.executive.clone())
        };
        assert_eq!(alias(&first.id), Some("Executive 1".to_owned()));
        assert_eq!(alias(&again.id), alias(&first.id), "one person, one alias");
        let people = playbook.assessments.len() - 1;
        let last = format!("Executive {people}");
        assert!(shared.assessments.iter().any(|a| a.executive == last));
        assert!(!shared
            .assessments
            .iter()
            .any(|a| a.executive == format!("Executive {}", people + 1)));
    }

    #[test]
    fn a_bare_playbook_document_imports_too() {
        assert_eq!(
            import(VERSION_1).map(|found| found.playbooks),
            Ok(vec![interviewed()])
        );
    }

    #[test]
    fn a_file_that_is_not_a_playbook_file_says_why() {
        let cases = [
            ("{}", "the field “format” is missing"),
            ("{\"format\": \"something-else\"}", "its “format” is “something-else”, not “devrel-playbook” or “devrel-playbook-library”"),
            ("{\"format\": \"devrel-playbook\", \"version\": 1}", "the field “playbook” is missing"),
            ("{\"format\": \"devrel-playbook\"}", "the field “version” is missing"),
            ("{\"format\": \"devrel-playbook\", \"version\": 1, \"playbook\": {\"title\": \"x\"}}", "“schema_version” is missing"),
        ];
        for (text, expected) in cases {
            let message = import(text).unwrap_err().to_string();
            assert!(message.contains(expected), "{text}: {message}");
        }
        let newer = "{\"format\": \"devrel-playbook\", \"version\": 4, \"playbook\": {}}";
        assert_eq!(import(newer), Err(LoadError::NewerVersion { found: 4 }));
        assert_eq!(
            import("{\"format\": 1,"),
            Err(LoadError::NotJson {
                line: 1,
                column: 13
            })
        );
    }

    #[test]
    fn a_library_backup_keeps_everything_and_imports_back() {
        let one = interviewed();
        let mut two = one.duplicate(id(2), at(11));
        two.title = "Second".into();
        let text = export_library(vec![one.clone(), two.clone()], at(12)).unwrap();
        assert!(
            text.contains("Has not thought about measures yet."),
            "private notes are in a backup"
        );
        assert_eq!(
            import(&text).map(|found| found.playbooks),
            Ok(vec![one, two])
        );
        assert_eq!(
            library_file_name(at(12).date_naive()),
            "devrel-playbooks-2026-11-23.json"
        );

        let damaged = text.replacen("\"title\": \"Second\"", "\"title\": 7", 1);
        let message = import(&damaged).unwrap_err().to_string();
        assert!(
            message.contains("playbook 2 of 2: the title should be text"),
            "{message}"
        );
        let no_list = r#"{"format": "devrel-playbook-library", "version": 1}"#;
        assert!(import(no_list)
            .unwrap_err()
            .to_string()
            .contains("“playbooks” is missing or not a list"));
    }

    #[test]
    fn sizes_read_in_megabytes_to_one_decimal() {
        assert_eq!(megabytes(0), "0.0 MB");
        assert_eq!(megabytes(1024 * 1024), "1.0 MB");
        assert_eq!(megabytes(1024 * 1024 * 5 / 2), "2.5 MB");
        assert_eq!(megabytes(4_404_019), "4.2 MB");
        assert_eq!(megabytes(1024 * 1024 * 10 - 1), "10.0 MB");
    }

    #[test]
    fn an_oversized_file_is_refused_before_it_is_read() {
        let text = " ".repeat(MAX_IMPORT_BYTES + 1);
        let error = import(&text).unwrap_err();
        assert_eq!(
            error,
            LoadError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            }
        );
        assert_eq!(
            error.to_string(),
            "It is too large: 5.1 MB, where a file to import can be at most 5.0 MB."
        );
    }

    #[test]
    fn file_names_come_from_the_title_and_date() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            export_file_name("Acme: developer program!", day),
            "acme-developer-program-2026-11-23.json"
        );
        assert_eq!(export_file_name("«»", day), "playbook-2026-11-23.json");
        assert_eq!(
            calendar_file_name("Acme: developer program!"),
            "acme-developer-program-first-90-days.ics"
        );
        assert_eq!(
            export_file_name("Équipe Développeurs", day),
            "équipe-développeurs-2026-11-23.json"
        );
        // The personas of a playbook, in the format of the DevRel Foundation's Persona Library.
        assert_eq!(
            export_file_name("Acme: developer program! personas", day),
            "acme-developer-program-personas-2026-11-23.json"
        );
        assert_eq!(slug("Andy Advocate (DevRel)"), "andy-advocate-devrel");
        assert_eq!(slug("«»"), "");
    }

    #[test]
    fn file_names_split_titles_at_punctuation_and_symbols_and_keep_the_letters_of_every_script() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for (title, stem) in [
            ("Acme — “DevRel” plan… 2027 ✨", "acme-devrel-plan-2027"),
            ("Plan\u{a0}×\u{a0}équipe", "plan-équipe"),
            ("開発者「計画」、東京", "開発者-計画-東京"),
            ("Ｐｌａｎ！ｎｅｗ", "Ｐｌａｎ-ｎｅｗ"),
            ("Café\u{301} 🚀🚀 Δελτα", "café\u{301}-δελτα"),
        ] {
            assert_eq!(
                export_file_name(title, day),
                format!("{stem}-2026-11-23.json")
            );
        }
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let code = u32::from(c);
            if c.is_ascii() || c.is_whitespace() {
                assert_eq!(separates_words(c), !c.is_alphanumeric(), "U+{code:04X}");
            }
            // The letters of scripts, outside the blocks of punctuation and symbols.
            let in_a_script = matches!(code, 0xC0..=0x1FFF | 0x2C00..=0x2FFF | 0x3040..=0xFDFF | 0x10000..=0x1EFFF | 0x20000..);
            if c.is_alphanumeric() && in_a_script && !matches!(code, 0xD7 | 0xF7) {
                assert!(!separates_words(c), "U+{code:04X} is kept");
            }
        }
    }

    #[test]
    fn file_names_lowercase_latin_greek_and_cyrillic_as_unicode_does() {
        let covered = [0x20..0x180, 0x391..0x3B0, 0x400..0x460];
        for letter in covered.into_iter().flatten().filter_map(char::from_u32) {
            // İ becomes two characters; it is kept as it is.
            let mut unicode = letter.to_lowercase();
            if let (Some(lower), None) = (unicode.next(), unicode.next()) {
                assert_eq!(lowercase(letter), lower, "U+{:04X}", u32::from(letter));
            }
        }
        assert_eq!(lowercase('İ'), 'i');
        assert_eq!(lowercase('Ա'), 'Ա', "a capital of another script is kept");
    }

    #[test]
    fn there_is_one_migration_per_past_version_in_order() {
        let from: Vec<u32> = MIGRATIONS.iter().map(|migration| migration.from).collect();
        assert_eq!(from, (1..SCHEMA_VERSION).collect::<Vec<_>>());
        assert!(MIGRATIONS
            .iter()
            .all(|migration| !migration.title.is_empty() && !migration.description.is_empty()));
    }

    /// A document of a pretend version 1, which called the title `name`.
    fn pretend_version_1() -> Value {
        serde_json::json!({
            "schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "name": "Early",
            "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"
        })
    }

    /// 1 → 2 of a pretend history: `name` became `title`. Each step leaves a mark on the title,
    /// so the result shows which steps ran and in what order.
    fn rename_name_to_title(document: &mut Value) {
        let fields = document.as_object_mut().unwrap();
        let name = fields.remove("name").unwrap();
        fields.insert(
            "title".into(),
            format!("{} ·1→2", name.as_str().unwrap()).into(),
        );
    }

    /// 2 → 3: reads `title`, so it fails on a document that skipped the step before.
    fn mark_title(document: &mut Value) {
        let title = document["title"].as_str().unwrap().to_owned();
        document["title"] = format!("{title} ·2→3").into();
    }

    const STEP_1_TO_2: Migration = Migration {
        from: 1,
        title: "The name becomes the title",
        description: "The field `name` is renamed `title`.",
        apply: rename_name_to_title,
    };

    const STEP_2_TO_3: Migration = Migration {
        from: 2,
        title: "The title is marked",
        description: "The title gets a mark, to show the step ran.",
        apply: mark_title,
    };

    #[test]
    fn an_older_document_is_migrated_step_by_step_in_order() {
        let steps = [STEP_1_TO_2, STEP_2_TO_3];
        let (playbook, mended) = restore_value_with(pretend_version_1(), &steps, 3).unwrap();
        assert_eq!(playbook.title, "Early ·1→2 ·2→3");
        assert_eq!(playbook.schema_version, 3);
        assert_eq!(mended, Vec::<String>::new());

        // A document of version 2 takes only the step from 2.
        let mut version_2 = pretend_version_1();
        rename_name_to_title(&mut version_2);
        version_2["title"] = "Later".into();
        version_2["schema_version"] = 2.into();
        let (playbook, _) = restore_value_with(version_2, &steps, 3).unwrap();
        assert_eq!(playbook.title, "Later ·2→3");
        assert_eq!(playbook.schema_version, 3);

        // The order of the table does not matter: each step is found by the version it leaves.
        let reversed = [STEP_2_TO_3, STEP_1_TO_2];
        let (playbook, _) = restore_value_with(pretend_version_1(), &reversed, 3).unwrap();
        assert_eq!(playbook.title, "Early ·1→2 ·2→3");
    }

    #[test]
    fn a_document_newer_than_the_migrations_reach_is_refused() {
        let mut newer = pretend_version_1();
        newer["schema_version"] = 4.into();
        assert_eq!(
            restore_value_with(newer, &[STEP_1_TO_2, STEP_2_TO_3], 3),
            Err(LoadError::NewerVersion { found: 4 })
        );
    }

    #[test]
    fn a_missing_step_is_refused_and_named() {
        let error = restore_value_with(pretend_version_1(), &[STEP_1_TO_2], 3).unwrap_err();
        assert_eq!(error, LoadError::NoMigration { from: 2 });
        assert_eq!(
            error.to_string(),
            "It was saved by an older version of DevRel Playbook that this app cannot read."
        );
        assert_eq!(
            restore_value_with(pretend_version_1(), &[STEP_2_TO_3], 3),
            Err(LoadError::NoMigration { from: 1 })
        );
    }

    #[test]
    fn a_fixture_of_every_version_imports_and_the_current_one_round_trips() {
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for version in 1..=SCHEMA_VERSION {
            let path = format!("{fixtures}/playbook-v{version}.json");
            let text =
                std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{path} is missing"));
            let playbook = restore(&text).unwrap_or_else(|error| panic!("{path}: {error}"));
            assert_eq!(playbook.schema_version, SCHEMA_VERSION);
            if version == SCHEMA_VERSION {
                let written: Value = serde_json::to_value(&playbook).unwrap();
                assert_eq!(written, serde_json::from_str::<Value>(&text).unwrap());
            }
        }
    }

    #[test]
    fn broken_json_says_where() {
        let error = restore("{\n  \"title\": \"Acme\",\n  oops\n}").unwrap_err();
        assert_eq!(error, LoadError::NotJson { line: 3, column: 3 });
        assert!(error.to_string().contains("line 3, column 3"));
    }

    #[test]
    fn json_that_is_not_a_playbook_names_the_problem() {
        let cases = [
            ("[1, 2]", "not an object"),
            ("{\"title\": \"x\"}", "“schema_version” is missing"),
            (
                "{\"schema_version\": \"one\"}",
                "whole number from 1, not \"one\"",
            ),
            ("{\"schema_version\": 0}", "whole number from 1, not 0"),
            (
                "{\"schema_version\": 1, \"id\": \"0123456789abcdef0123456789abcdef\"}",
                "the title is missing",
            ),
            (
                "{\"schema_version\": 1, \"id\": \"nope\", \"title\": \"x\"}",
                "is not an id",
            ),
        ];
        for (text, expected) in cases {
            let message = restore(text).unwrap_err().to_string();
            assert!(message.starts_with("It is not a playbook: "), "{message}");
            assert!(message.contains(expected), "{text}: {message}");
        }
    }

    #[test]
    fn an_empty_file_is_called_empty() {
        for text in ["", "  \n\t "] {
            assert_eq!(import(text), Err(LoadError::Empty));
            assert_eq!(restore(text), Err(LoadError::Empty));
        }
        assert_eq!(LoadError::Empty.to_string(), "It is empty.");
    }

    #[test]
    fn a_size_over_the_limit_never_reads_as_the_limit() {
        let limit = megabytes(MAX_IMPORT_BYTES);
        assert_eq!(limit, "5.0 MB");
        for over in [1, 1000, 52_428, 104_857, 1024 * 1024] {
            let said = LoadError::TooLarge {
                bytes: MAX_IMPORT_BYTES + over,
            }
            .to_string();
            assert!(!said.contains(&format!("large: {limit}")), "{said}");
        }
        assert_eq!(megabytes_rounded_up(MAX_IMPORT_BYTES + 1), "5.1 MB");
        assert_eq!(megabytes_rounded_up(0), "0.0 MB");
    }

    /// A bare document with `fields` added to the fields every playbook has.
    fn document_with(fields: Value) -> String {
        let mut document = serde_json::json!({
            "schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "title": "Plan",
            "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"
        });
        for (key, value) in fields.as_object().unwrap() {
            document[key] = value.clone();
        }
        document.to_string()
    }

    fn interview(fields: Value) -> Value {
        let mut interview = serde_json::json!({
            "id": "9c0e5b7d41e8a6c23f2a9c0e5b7d41e8", "executive": "Dana Kim",
            "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-20T10:40:00Z"
        });
        for (key, value) in fields.as_object().unwrap() {
            interview[key] = value.clone();
        }
        interview
    }

    #[test]
    fn what_the_parser_says_is_said_in_the_user_s_words() {
        let why = crate::domain::buyin::questions::question("value-why")
            .unwrap()
            .prompt;
        let rated = |rating: &str| {
            document_with(
                serde_json::json!({ "assessments": [interview(serde_json::json!({
                "answers": { "value-why": { "rating": rating } }
            }))] }),
            )
        };
        let cases = [
            (
                r#"{"schema_version": 1, "title": "x"}"#.to_owned(),
                "the id is missing".to_owned(),
            ),
            (
                rated("excellent"),
                format!("in interview 1, the answer to “{why}”, the rating is “excellent”, which is not one of its options"),
            ),
            (
                document_with(serde_json::json!({ "title": 7 })),
                "the title should be text".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "assessments": [interview(serde_json::json!({ "interview_date": "soon" }))] })),
                "in interview 1, the interview date is wrong: “soon” is not a date (YYYY-MM-DD)".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "assessments": [{ "id": "9c0e5b7d41e8a6c23f2a9c0e5b7d41e8" }] })),
                "in interview 1, the executive's name is missing".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "strategy": { "goals": { "goals": [{
                    "id": "0123456789abcdef0123456789abcdef", "deadline": "31/03/2027" }] } } })),
                "in goal 1, the answer “By” is wrong: “31/03/2027” is not a date (YYYY-MM-DD)".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "strategy": { "objectives": { "objectives": [
                    { "id": "0123456789abcdef0123456789abcdef", "objective": "Grow" },
                    { "id": "1123456789abcdef0123456789abcdef", "spaces": "growth" }] } } })),
                "in objective 2, the answer “Business value (CMX SPACES)” is “growth”, which is not one of its options".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "assessments": [interview(serde_json::json!({})),
                    interview(serde_json::json!({ "id": "8c0e5b7d41e8a6c23f2a9c0e5b7d41e8", "answers": { "value-why": { "private": "yes" } } }))] })),
                format!("in interview 2, the answer to “{why}”, the mark that the notes are private should be true or false"),
            ),
            (
                document_with(serde_json::json!({ "strategy": { "goals": { "agreement": "maybe" } } })),
                "the answer “Manager's agreement” is “maybe”, which is not one of its options".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "onboarding": { "tasks": [
                    { "task": "align/read-goals" }, { "task": "journey/walk", "due": "soon" }] } })),
                "in the 90-day plan, task 2, the day it is due is wrong: “soon” is not a date (YYYY-MM-DD)".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "onboarding": { "tasks": [
                    { "task": "journey/walk", "mark": "maybe" }] } })),
                "in the 90-day plan, task 1, the mark of done or skipped is “maybe”, which is not one of its options".to_owned(),
            ),
            // The value the parser complains of is held by other fields too (the answers are a
            // group of fields, the interview it follows is null): the one it is about is named.
            (
                document_with(serde_json::json!({ "assessments": [interview(serde_json::json!({ "answers": {}, "role": {} }))] })),
                "in interview 1, the role should be text".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "assessments": [interview(serde_json::json!({ "follows": null, "interviewer": null }))] })),
                "in interview 1, the interviewer should be text".to_owned(),
            ),
            (
                document_with(serde_json::json!({ "strategy": { "goals": { "goals": [{
                    "id": "0123456789abcdef0123456789abcdef", "milestones": [], "owner": [] }] } } })),
                "in goal 1, the answer “Owner” should be text".to_owned(),
            ),
            // A whole item of the wrong kind is named as the item.
            (
                document_with(serde_json::json!({ "assessments": [5] })),
                "interview 1 should be a group of fields".to_owned(),
            ),
        ];
        for (text, expected) in cases {
            let message = restore(&text).unwrap_err().to_string();
            assert_eq!(
                message,
                format!("It is not a playbook: {expected}."),
                "{text}"
            );
            for parser_word in [
                "`",
                "missing field",
                "unknown variant",
                "invalid type",
                "expected",
            ] {
                assert!(!message.contains(parser_word), "{message}");
            }
        }
    }

    #[test]
    fn an_import_mends_what_loses_nothing_and_says_so() {
        let text = document_with(serde_json::json!({
            "title": " ",
            "assessments": [interview(serde_json::json!({ "executive": "" }))]
        }));
        let found = import(&text).unwrap();
        assert_eq!(found.playbooks[0].title, "Untitled playbook");
        assert_eq!(found.playbooks[0].assessments[0].executive, "Executive 1");
        assert_eq!(
            found.mended,
            [
                "It had no title, so it is called “Untitled playbook”.",
                "Interview 1 had no executive's name, so it is called “Executive 1”."
            ]
        );
        // Storage reads through the same door.
        assert_eq!(restore(&text).unwrap(), found.playbooks[0]);
        let other = interviewed().duplicate(id(2), at(11));
        let both = vec![found.playbooks[0].clone(), other];
        let backup = export_library(both, at(12))
            .unwrap()
            .replace("Untitled playbook", "");
        assert_eq!(
            import(&backup).unwrap().mended,
            ["“Untitled playbook”: It had no title, so it is called “Untitled playbook”."]
        );
    }

    #[test]
    fn an_import_refuses_what_editing_could_not_keep_naming_the_field() {
        let long = |n: usize| "x".repeat(n);
        let goal_id = "0123456789abcdef0123456789abcdef";
        let cases = [
            (
                serde_json::json!({ "title": long(5000) }),
                "The title is 5000 characters long, where it can be at most 200.",
            ),
            (
                serde_json::json!({ "author": long(201) }),
                "The author is 201 characters long, where it can be at most 200.",
            ),
            (
                serde_json::json!({ "assessments": [interview(serde_json::json!({ "interviewer": long(300) }))] }),
                "In interview 1 (Dana Kim), the interviewer is 300 characters long, where it can be at most 200.",
            ),
            (
                serde_json::json!({ "assessments": [interview(serde_json::json!({ "answers": { "value-why": { "notes": long(20_001) } } }))] }),
                "are 20001 characters long, where they can be at most 20000.",
            ),
            (
                serde_json::json!({ "assessments": [interview(serde_json::json!({})), interview(serde_json::json!({}))] }),
                "Interview 2 has the same id as an earlier one (9c0e5b7d41e8a6c23f2a9c0e5b7d41e8).",
            ),
            (
                serde_json::json!({ "strategy": { "goals": { "review_cadence": long(301) } } }),
                "The answer “Review cadence” is 301 characters long, where it can be at most 300.",
            ),
            (
                serde_json::json!({ "strategy": { "goals": { "goals": [{ "id": goal_id, "milestones": [{ "id": goal_id }] }] } } }),
                "Goal 1, milestone 1 has the same id as another item of the plan (0123456789abcdef0123456789abcdef).",
            ),
            (
                serde_json::json!({ "strategy": { "alignment": { "top_problems": (0..6).map(|n| serde_json::json!({ "id": format!("{n:032x}") })).collect::<Vec<_>>() } } }),
                "Top problems holds 6, where it can hold at most 5.",
            ),
        ];
        for (fields, expected) in cases {
            let text = document_with(fields);
            let error = import(&text).unwrap_err();
            assert!(matches!(error, LoadError::BreaksARule { .. }), "{error:?}");
            assert!(error.to_string().contains(expected), "{error}");
            assert_eq!(restore(&text), Err(error));
        }
    }

    #[test]
    fn a_backup_with_one_playbook_twice_is_refused() {
        let one = interviewed();
        let text = export_library(vec![one.clone(), one], at(12)).unwrap();
        assert_eq!(
            import(&text).unwrap_err().to_string(),
            "Playbooks 1 and 2 of 2 have the same id (3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3)."
        );
    }

    #[test]
    fn a_follow_up_of_an_interview_the_file_lacks_follows_none() {
        let text = document_with(
            serde_json::json!({ "assessments": [interview(serde_json::json!({
            "follows": "ffffffffffffffffffffffffffffffff",
            "current_question": "a-question-of-a-newer-app"
        }))] }),
        );
        let playbook = restore(&text).unwrap();
        assert_eq!(playbook.assessments[0].follows, None);
        assert_eq!(playbook.assessments[0].current_question, None);
    }

    #[test]
    fn a_newer_schema_is_refused_not_half_read() {
        let newer = VERSION_1.replace("\"schema_version\": 1", "\"schema_version\": 7");
        let error = restore(&newer).unwrap_err();
        assert_eq!(error, LoadError::NewerVersion { found: 7 });
        assert!(error
            .to_string()
            .contains("schema version 7; this app reads up to 3"));
    }
}
