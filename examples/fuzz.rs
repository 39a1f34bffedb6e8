//! Feeds every door through which outside text enters the app with mutated inputs, and fails
//! when any of them panics. Not part of CI (`tests/domain_properties.rs` keeps the properties
//! there); run it with `scripts/fuzz [N]`, N inputs per door (1,000,000 unless given).
//!
//! A door is a name, a function of the text and the valid inputs it starts from (`Door`).
//! Each input is one of the seeds, parsed to JSON and changed in its structure (keys dropped,
//! repeated or renamed, values of another type, numbers and text at and past every limit,
//! markup and control characters, deep nesting, other schema versions, ids swapped or pointing
//! at nothing, parts of another seed spliced in), written back as text, and sometimes damaged
//! byte by byte (cut, flipped, inserted). Whatever a door accepts goes on through what the
//! screens, the report and the files then make of it, so a panic there is found too.
//!
//! The inputs come from a seeded xorshift generator: the same N and seed give the same inputs.
//! An input that panics is saved under `fuzz-results/` with the panic's message.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::time::Instant;

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{Map, Number, Value};

use devrel_playbook::domain::buyin::compare::{self, Shown};
use devrel_playbook::domain::buyin::series::series_of;
use devrel_playbook::domain::buyin::verdict::{judge, Outcome};
use devrel_playbook::domain::document::{from_text, Written};
use devrel_playbook::domain::example::example_playbook;
use devrel_playbook::domain::file::{
    self, export, export_library, import, restore, LoadError, ShareOptions,
};
use devrel_playbook::domain::id::Id;
use devrel_playbook::domain::layout::{lay_out, stamp, Known};
use devrel_playbook::domain::library::{in_memory, Entry, Index, Library, Summary, UnsavedChange};
use devrel_playbook::domain::link;
use devrel_playbook::domain::onboarding::{self, reviews};
use devrel_playbook::domain::persona_library;
use devrel_playbook::domain::playbook::{NewPlaybook, Playbook, PlaybookEdit};
use devrel_playbook::domain::report;
use devrel_playbook::domain::strategy::smart;
use devrel_playbook::domain::strategy::steps::{Progress, Step};

/// A way in for outside text: its name, what the app does with the text (true when the text
/// was taken in as a playbook), and valid texts to start mutating from.
struct Door {
    name: &'static str,
    enter: fn(&str) -> bool,
    seeds: Vec<String>,
}

fn doors(seeds: &Seeds) -> Vec<Door> {
    vec![
        Door {
            name: "file import",
            enter: enter_file,
            seeds: seeds.files.clone(),
        },
        Door {
            name: "stored entry",
            enter: enter_stored_entry,
            seeds: seeds.stored.clone(),
        },
        Door {
            name: "unsaved change",
            enter: enter_unsaved_change,
            seeds: seeds.unsaved.clone(),
        },
        Door {
            name: "link",
            enter: enter_link,
            seeds: seeds.files.clone(),
        },
        Door {
            name: "example file",
            enter: enter_example,
            seeds: vec![EXAMPLE.to_owned()],
        },
        Door {
            name: "persona file",
            enter: enter_persona_file,
            seeds: seeds.personas.clone(),
        },
    ]
}

/// A persona library file picked on the journey step: read for the preview, then its personas
/// added to a plan, each through the edit any new persona goes through, and the playbook used.
fn enter_persona_file(text: &str) -> bool {
    let found = match persona_library::import(text) {
        Ok(found) => found,
        Err(error) => return said(&error),
    };
    std::hint::black_box(&found.not_taken);
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let details = NewPlaybook {
        title: "Personas".to_owned(),
        company: "Acme".to_owned(),
        author: String::new(),
    };
    let mut playbook = Playbook::new(fresh_id(9), details, now).unwrap();
    let mut n = 10;
    let mut new_id = || {
        n += 1;
        fresh_id(n)
    };
    let Ok(edits) = persona_library::adds(&playbook.strategy, &found.personas, &mut new_id) else {
        return false;
    };
    for edit in edits {
        // Each was tried on a copy of this very plan (`adds`), so each must be taken.
        playbook.strategy.apply(edit).unwrap();
    }
    use_as_the_app_does(&playbook);
    std::hint::black_box(persona_library::export_personas(&playbook.strategy));
    true
}

/// Persona library files as the library publishes them, one persona each.
const PERSONA_FIXTURES: [&str; 3] = [
    include_str!("../tests/fixtures/persona-library/dev.json"),
    include_str!("../tests/fixtures/persona-library/drf-dev-infl.json"),
    include_str!("../tests/fixtures/persona-library/ssf-security-dev.json"),
];

/// A link that carries a playbook: its fragment is checked (`link::payload_in`), then the
/// browser unpacks the payload into the text of an exported file, which takes the file's door.
/// The text stands for both: the payload as it may arrive, and what it unpacks to.
fn enter_link(text: &str) -> bool {
    let fragment = format!("{}{text}", link::LINK_MARK);
    if let Some(Ok(payload)) = link::payload_in(&fragment) {
        std::hint::black_box(payload);
    }
    enter_file(text)
}

/// The published example (`public/example.json`), as the app reads it when it is opened:
/// whatever the site answers for it is read like a file.
fn enter_example(text: &str) -> bool {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    match file::restore_example(text, fresh_id(7), now) {
        Ok(playbook) => {
            use_as_the_app_does(&playbook);
            true
        }
        Err(error) => said(&error),
    }
}

const EXAMPLE: &str = include_str!("../public/example.json");

/// An imported or dropped file: a playbook file, a backup, or a bare playbook document.
fn enter_file(text: &str) -> bool {
    match import(text) {
        Ok(imported) => {
            for mend in &imported.mended {
                std::hint::black_box(mend);
            }
            for playbook in &imported.playbooks {
                use_as_the_app_does(playbook);
            }
            true
        }
        Err(error) => said(&error),
    }
}

/// The id every stored seed is kept under, as the storage key names it.
const STORED_ID: &str = "0123456789abcdef0123456789abcdef";

/// The example stored under `STORED_ID`, laid out as storage lays it out: its entry, and its
/// parts as `in_memory` keeps them.
fn stored_example() -> &'static (String, Vec<(String, String)>) {
    static STORED: std::sync::OnceLock<(String, Vec<(String, String)>)> =
        std::sync::OnceLock::new();
    STORED.get_or_init(|| {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let mut n = 0;
        let mut example = example_playbook(
            || {
                n += 1;
                fresh_id(n)
            },
            now,
        );
        example.id = Id::parse(STORED_ID).unwrap();
        let laid_out = lay_out(&example, &[], &mut Known::default()).unwrap();
        let parts = laid_out
            .write
            .into_iter()
            .map(|(name, text)| (format!("{STORED_ID}/{name}"), text))
            .collect();
        (laid_out.entry, parts)
    })
}

/// A playbook entry of localStorage, read as `storage::load_library` reads it, next to the
/// index, which is read from the same text as well, and the index loading writes back. The
/// parts of the example laid out are stored beside it, so an entry that names them is read
/// whole.
fn enter_stored_entry(text: &str) -> bool {
    let index = Index::parse(Some(text));
    let mut kept = stored_example().1.clone();
    kept.push((STORED_ID.to_owned(), text.to_owned()));
    in_memory::keep(kept);
    let loaded = Library::from_stored(
        &index,
        vec![(STORED_ID.to_owned(), Some(stamp(text)))],
        in_memory::READ,
    );
    std::hint::black_box(serde_json::to_string(&Written(&loaded.index)).ok());
    let mut taken = false;
    for entry in loaded.library.entries() {
        match entry {
            Entry::Readable(playbook) => {
                use_as_the_app_does(playbook);
                taken = true;
            }
            Entry::Unreadable(unreadable) => {
                std::hint::black_box(unreadable.problem.to_string());
            }
        }
    }
    taken
}

/// A change kept in the tab's journal (sessionStorage), read back after a reload.
fn enter_unsaved_change(text: &str) -> bool {
    let Some(change) = from_text::<UnsavedChange>(text) else {
        return false;
    };
    std::hint::black_box(change.recovery(Some(stamp(text))));
    match change.restore() {
        Some(playbook) => {
            use_as_the_app_does(&playbook);
            true
        }
        None => false,
    }
}

fn said(error: &LoadError) -> bool {
    std::hint::black_box(error.to_string());
    false
}

/// What the screens, the report and the files make of a playbook that was taken in.
fn use_as_the_app_does(playbook: &Playbook) {
    let now = playbook.updated_at;
    let started = playbook.started();
    let black_box = |text: String| {
        std::hint::black_box(text);
    };
    // The interviews: verdicts, each executive's series, the comparison and its CSV.
    for assessment in &playbook.assessments {
        if let Outcome::Decided(judgement) = judge(assessment) {
            for reason in &judgement.reasons {
                black_box(reason.explain());
            }
        }
        std::hint::black_box((assessment.current_index(), assessment.rated_count()));
        std::hint::black_box(assessment.signs_heard());
    }
    for series in series_of(&playbook.assessments) {
        std::hint::black_box((series.due_again(), series.trend(), series.points()));
        let interviews = series.interviews();
        for pair in interviews.windows(2) {
            let progress = compare::progress(pair[0], pair[1]);
            let deltas: Vec<Option<i64>> = progress.groups.iter().map(|g| g.delta()).collect();
            std::hint::black_box((deltas, progress.verdict_moved()));
        }
    }
    for shown in [Shown::Latest, Shown::Every] {
        std::hint::black_box(compare::side_by_side(&playbook.assessments, shown));
    }
    black_box(compare::comparison_csv(&playbook.assessments, false));
    black_box(compare::comparison_csv(&playbook.assessments, true));
    // The strategy: what each step lacks, the goals' SMART checks, sentences and charts.
    let progress = Progress::of(&playbook.strategy, started);
    black_box(progress.summary());
    for step in Step::ALL {
        std::hint::black_box(step.missing(&playbook.strategy, started));
    }
    for goal in &playbook.strategy.goals.goals {
        std::hint::black_box(smart::check(goal, &playbook.strategy, started));
        black_box(smart::sentence_text(goal));
        if let Some(chart) = reviews::Chart::of(goal, &playbook.onboarding.reviews) {
            black_box(chart.polyline());
        }
    }
    // The first 90 days and the reviews.
    let tasks = playbook.plan();
    std::hint::black_box(onboarding::this_week(&tasks, now.date_naive()));
    std::hint::black_box(onboarding::counts(&tasks));
    std::hint::black_box(playbook.next_review());
    black_box(playbook.calendar(now));
    // The report, and every file a playbook leaves the app as, read back in.
    black_box(report::markdown(playbook, true));
    black_box(report::markdown(playbook, false));
    std::hint::black_box(Summary::of(playbook, stamp("")).export_reminder(now));
    black_box(file::export_file_name(&playbook.title, started));
    black_box(file::calendar_file_name(&playbook.title));
    for (include_private_notes, hide_executive_names) in [(true, false), (false, true)] {
        let options = ShareOptions {
            include_private_notes,
            hide_executive_names,
        };
        if let Ok(text) = export(playbook, options, now) {
            // A playbook the app took in must be one it can take in again once shared.
            if let Err(error) = import(&text) {
                panic!("an exported playbook does not import again: {error}");
            }
        }
    }
    let mut copy = playbook.duplicate(fresh_id(7), now);
    // Every playbook taken in can be edited: its own title set again is accepted.
    let title = copy.title.clone();
    if let Err(error) = copy.apply(PlaybookEdit::Title(title), now) {
        panic!("a playbook taken in refuses its own title: {error:?}");
    }
    if let Ok(text) = serde_json::to_string(&Written(&copy)) {
        if let Err(error) = restore(&text) {
            panic!("a stored playbook does not read back: {error}");
        }
    }
}

fn fresh_id(n: u8) -> Id {
    Id::from_random_bytes([n; 16])
}

// ---------------------------------------------------------------------------------------------
// Seeds

struct Seeds {
    files: Vec<String>,
    stored: Vec<String>,
    unsaved: Vec<String>,
    /// Persona library files: the library's own, and the example's personas exported as a set.
    personas: Vec<String>,
}

const FIXTURES: [&str; 3] = [
    include_str!("../tests/fixtures/playbook-v1.json"),
    include_str!("../tests/fixtures/playbook-v2.json"),
    include_str!("../tests/fixtures/playbook-v3.json"),
];

fn seeds() -> Seeds {
    let now: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let mut n = 0;
    let example = example_playbook(
        || {
            n += 1;
            fresh_id(n)
        },
        now,
    );
    let details = |title: &str| NewPlaybook {
        title: title.to_owned(),
        company: "Acme".to_owned(),
        author: String::new(),
    };
    let minimal = Playbook::new(fresh_id(100), details("A"), now).unwrap();
    let mut one_interview = restore(FIXTURES[0]).unwrap();
    one_interview.id = fresh_id(101);
    let fixtures: Vec<Playbook> = FIXTURES.iter().map(|text| restore(text).unwrap()).collect();
    let everything = ShareOptions {
        include_private_notes: true,
        hide_executive_names: false,
    };
    let exported = |playbook: &Playbook| export(playbook, everything, now).unwrap();
    let mut files: Vec<String> = FIXTURES.iter().map(|text| text.to_string()).collect();
    files.push(exported(&example));
    files.push(exported(&minimal));
    files.push(exported(&fixtures[2]));
    files.push(
        export(
            &fixtures[2],
            ShareOptions {
                include_private_notes: false,
                hide_executive_names: true,
            },
            now,
        )
        .unwrap(),
    );
    files.push(
        export_library(
            vec![minimal.clone(), one_interview.clone(), fixtures[2].clone()],
            now,
        )
        .unwrap(),
    );
    files.push(export_library(vec![example.clone(), minimal.clone()], now).unwrap());
    files.push(r#"{"schema_version":1,"id":"3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3","title":"T","created_at":"2026-11-23T08:30:00Z","updated_at":"2026-11-23T08:30:00Z"}"#.to_owned());

    // Storage keeps a playbook as its document, under the key of its id, or laid out.
    let stored_as = |playbook: &Playbook| {
        let mut playbook = playbook.clone();
        playbook.id = Id::parse(STORED_ID).unwrap();
        serde_json::to_string(&Written(&playbook)).unwrap()
    };
    let mut stored: Vec<String> = FIXTURES
        .iter()
        .map(|text| text.replace("3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", STORED_ID))
        .collect();
    stored.extend([&example, &minimal, &fixtures[2]].map(stored_as));
    stored.push(stored_example().0.clone());

    let unsaved = [&example, &minimal, &fixtures[1], &fixtures[2]]
        .iter()
        .enumerate()
        .map(|(at, playbook)| {
            let base = (at % 2 == 0).then(|| format!("{:016x}", 0x1234_5678_9abc_def0 + at as u64));
            serde_json::to_string(&UnsavedChange::new(base, playbook).unwrap()).unwrap()
        })
        .collect();
    let mut personas: Vec<String> = PERSONA_FIXTURES.map(str::to_owned).into();
    personas.push(persona_library::export_personas(&example.strategy));
    Seeds {
        files,
        stored,
        unsaved,
        personas,
    }
}

// ---------------------------------------------------------------------------------------------
// Randomness

/// xorshift64*: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (which is not 0).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 32) as usize * n) >> 32
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations of the document's structure

/// A key written twice: the writer writes a key that starts with this mark without it, next
/// to the same key unmarked, which a `Map` cannot hold.
const TWICE: &str = "\u{E000}twice:";

/// Text of every kind a field may meet: markup, control characters, scripts written right to
/// left, joiners, what a spreadsheet or a calendar would take as its own.
const STRANGE_TEXT: &[&str] = &[
    "",
    " ",
    "\t\n ",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "**bold** _it_ `code` # heading",
    "[link](javascript:alert(1))",
    "=HYPERLINK(\"http://x\",\"y\")",
    "+cmd|' /C calc'!A0",
    "\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
    "a,b;c\\d\"e'f",
    "\u{0}\u{1}\u{7}\u{1b}[31m\u{7f}",
    "\u{200b}\u{200d}\u{feff}\u{2028}\u{2029}",
    "\u{202e}txet desrever",
    "é\u{301}\u{301}\u{301}",
    "👩‍👩‍👧‍👦🏳️‍🌈",
    "日本語のテキスト",
    "İıſŉ",
    "| a | b |\n|---|---|",
    "\\",
    "%s%n{0}{}",
    "NaN",
];

/// Text read as something other than words: dates, times, ids, options, keys of the plan.
const MEANINGFUL_TEXT: &[&str] = &[
    "2026-11-23",
    "2026-02-29",
    "2028-02-29",
    "2026-13-01",
    "0000-01-01",
    "9999-12-31",
    "+262143-12-31",
    "-262144-01-01",
    "1970-01-01",
    "2026-11-23T08:30:00Z",
    "2026-11-23T08:30:00.123456789+14:00",
    "9999-12-31T23:59:59Z",
    "+262143-12-31T23:59:59Z",
    "1969-12-31T23:59:59.999Z",
    "2026-11-23 08:30",
    "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3",
    "3F2A9C0E5B7D41E8A6C2D9F0B1E4A7C3",
    "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c",
    "00000000000000000000000000000000",
    "strong",
    "weak",
    "none",
    "partial",
    "done",
    "skipped",
    "value-why",
    "success-measured",
    "no-way-to-measure",
    "align/read-goals",
    "own/00000000000000000000000000000000",
    "collab/chat/3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3",
    "collab/chat/",
    "own/",
    "/",
    "devrel-playbook",
    "devrel-playbook-library",
    "every two weeks",
    "monthly",
    "quarterly",
    "every 0 days",
    "every 99999999999999999999 weeks",
    "12",
    "-3.5",
    "1e309",
    "0.0000000001",
    "99999999999999999999999999",
    "1,5",
];

/// Names of fields a playbook has, to add where they do not belong or rename to.
const KEYS: &[&str] = &[
    "schema_version",
    "version",
    "format",
    "id",
    "title",
    "playbook",
    "playbooks",
    "assessments",
    "answers",
    "rating",
    "signs",
    "follows",
    "strategy",
    "onboarding",
    "tasks",
    "reviews",
    "goals",
    "milestones",
    "mark",
    "due",
    "deadline",
    "relevant_to",
    "created_at",
    "updated_at",
    "exported_at",
    "edits_since_export",
    "example",
    "current_question",
    "private",
    "notes",
];

fn strange_number(rng: &mut Rng, near: Option<&Number>) -> Value {
    let near = near.and_then(Number::as_i64).unwrap_or(1);
    let number = match rng.below(14) {
        0 => Number::from(u64::MAX),
        1 => Number::from(i64::MIN),
        2 => Number::from(-1),
        3 => Number::from(0),
        4 => Number::from(near.wrapping_add(1)),
        5 => Number::from(near.wrapping_sub(1)),
        6 => Number::from(u64::from(u32::MAX) + 1),
        7 => Number::from(1_u64 << 53),
        8 => Number::from(rng.below(10) as u64),
        9 => Number::from_f64(1.5).unwrap_or_else(|| Number::from(1)),
        10 => Number::from_f64(-0.0).unwrap_or_else(|| Number::from(0)),
        11 => Number::from_f64(1e300).unwrap_or_else(|| Number::from(0)),
        12 => Number::from(near.wrapping_mul(1000)),
        _ => Number::from(u64::from(u32::MAX)),
    };
    Value::Number(number)
}

fn strange_text(rng: &mut Rng, ids: &[String], current: Option<&str>) -> String {
    match rng.below(12) {
        0..=2 => rng.pick(STRANGE_TEXT).to_string(),
        3..=4 => rng.pick(MEANINGFUL_TEXT).to_string(),
        // Long: around the limits (200, 2,000, 20,000 characters) or well past them.
        5 => {
            let unit = rng.pick(&["x", "é", "日", "👩‍👩‍👧", " ", "<b>"]);
            let len = *rng.pick(&[199, 200, 201, 1_000, 1_999, 2_000, 2_001, 10_000, 20_001]);
            unit.repeat(len)
        }
        6 if !ids.is_empty() => rng.pick(ids).clone(),
        6 | 7 => fresh_id(rng.below(256) as u8).to_string(),
        // The text there, changed: cut at a character, doubled, or with something added.
        _ => {
            let current = current.unwrap_or("text");
            let chars: Vec<char> = current.chars().collect();
            match rng.below(4) {
                0 => chars[..rng.below(chars.len() + 1)].iter().collect(),
                1 => current.repeat(2),
                2 => format!("{current}{}", rng.pick(STRANGE_TEXT)),
                _ => format!("{}{current}", rng.pick(STRANGE_TEXT)),
            }
        }
    }
}

/// A value of a kind chosen at random, small, for a field that should hold another.
fn any_value(rng: &mut Rng, ids: &[String]) -> Value {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => strange_number(rng, None),
        3 | 4 => Value::String(strange_text(rng, ids, None)),
        5 => Value::Array(Vec::new()),
        6 => Value::Object(Map::new()),
        _ => Value::Array(vec![Value::String(strange_text(rng, ids, None))]),
    }
}

/// Lists nested `depth` deep, or objects, around `inner`.
fn nested(rng: &mut Rng, depth: usize, inner: Value) -> Value {
    let as_objects = rng.chance(2);
    (0..depth).fold(inner, |value, _| {
        if as_objects {
            let mut map = Map::new();
            map.insert("playbook".to_owned(), value);
            Value::Object(map)
        } else {
            Value::Array(vec![value])
        }
    })
}

/// Every text of the document that is an id, to swap in elsewhere: a duplicate or a link to
/// something else.
fn ids_in(value: &Value, ids: &mut Vec<String>) {
    match value {
        Value::String(text) if Id::parse(text).is_some() => ids.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| ids_in(item, ids)),
        Value::Object(map) => map.values().for_each(|item| ids_in(item, ids)),
        _ => {}
    }
}

/// A node of the tree, reached by a random walk from `value` that stops at each level with a
/// one in `stop` chance.
fn walk<'a>(value: &'a mut Value, rng: &mut Rng, stop: usize) -> &'a mut Value {
    if children(value) == 0 || rng.chance(stop) {
        return value;
    }
    walk_below(value, rng, stop)
}

/// A node below the top of `value`, when it has any.
fn walk_below<'a>(value: &'a mut Value, rng: &mut Rng, stop: usize) -> &'a mut Value {
    let len = children(value);
    if len == 0 {
        return value;
    }
    let at = rng.below(len);
    match value {
        Value::Object(map) => match map.values_mut().nth(at) {
            Some(child) => walk(child, rng, stop),
            None => unreachable!("`at` is below the map's length"),
        },
        Value::Array(items) => walk(&mut items[at], rng, stop),
        _ => value,
    }
}

/// How many values `value` holds directly.
fn children(value: &Value) -> usize {
    match value {
        Value::Object(map) => map.len(),
        Value::Array(items) => items.len(),
        _ => 0,
    }
}

/// Changes one node of `document`, or the document itself.
fn mutate_tree(document: &mut Value, rng: &mut Rng, ids: &[String], donors: &[Value]) {
    // Most changes land deep, where most fields are; some at the top, where the versions are.
    let stop = if rng.chance(4) { 2 } else { 6 };
    let node = if rng.chance(20) {
        document
    } else {
        walk_below(document, rng, stop)
    };
    // A document kept inside a text (a journal keeps its playbook so) is changed inside.
    if let Some(mut inner) = node
        .as_str()
        .filter(|text| text.starts_with('{') && !rng.chance(4))
        .and_then(|text| serde_json::from_str::<Value>(text).ok())
    {
        let mut inner_ids = Vec::new();
        ids_in(&inner, &mut inner_ids);
        mutate_tree(&mut inner, rng, &inner_ids, donors);
        let mut text = String::new();
        write(&inner, &mut text);
        *node = Value::String(text);
        return;
    }
    match rng.below(20) {
        // Another kind of value.
        0 | 1 => *node = any_value(rng, ids),
        // A number at or past its limits, or where text was expected.
        2 => *node = strange_number(rng, node.as_number()),
        // Text of every kind.
        3..=5 => {
            let current = node.as_str().map(str::to_owned);
            *node = Value::String(strange_text(rng, ids, current.as_deref()));
        }
        // A schema version of another app.
        6 => {
            let version = match rng.below(6) {
                0 => Value::from(0),
                1 => Value::from(1),
                2 => Value::from(rng.below(6)),
                3 => Value::from("3"),
                4 => Value::Null,
                _ => strange_number(rng, None),
            };
            let key = if rng.chance(2) {
                "schema_version"
            } else {
                "version"
            };
            if let Some(map) = node.as_object_mut() {
                map.insert(key.to_owned(), version);
            }
        }
        // Deep nesting.
        7 => {
            let depth = *rng.pick(&[2, 16, 100, 127, 128, 129, 500, 3_000]);
            let inner = std::mem::take(node);
            *node = nested(rng, depth, inner);
        }
        // Part of another valid document in the wrong place.
        8 => {
            let mut donor = rng.pick(donors).clone();
            *node = walk(&mut donor, rng, 3).take();
        }
        _ => match node {
            Value::Object(map) => mutate_object(map, rng, ids),
            Value::Array(items) => mutate_array(items, rng, ids),
            Value::String(text) => *text = strange_text(rng, ids, Some(text)),
            Value::Number(number) => *node = strange_number(rng, Some(number)),
            Value::Bool(flag) => *flag = !*flag,
            Value::Null => *node = any_value(rng, ids),
        },
    }
}

fn mutate_object(map: &mut Map<String, Value>, rng: &mut Rng, ids: &[String]) {
    let keys: Vec<String> = map.keys().cloned().collect();
    let key = (!keys.is_empty()).then(|| rng.pick(&keys).clone());
    match (rng.below(7), key) {
        (0 | 1, Some(key)) => {
            map.remove(&key);
        }
        (2, Some(key)) => {
            let value = map[&key].clone();
            map.insert(format!("{TWICE}{key}"), value);
        }
        (3, Some(key)) => {
            if let Some(value) = map.remove(&key) {
                map.insert(rng.pick(KEYS).to_string(), value);
            }
        }
        (4, Some(_)) if keys.len() > 1 => {
            let (a, b) = (rng.pick(&keys).clone(), rng.pick(&keys).clone());
            let value = map[&a].clone();
            map.insert(b, value);
        }
        (5, _) => map.clear(),
        _ => {
            map.insert(rng.pick(KEYS).to_string(), any_value(rng, ids));
        }
    }
}

fn mutate_array(items: &mut Vec<Value>, rng: &mut Rng, ids: &[String]) {
    let len = items.len();
    match rng.below(8) {
        0 | 1 if len > 0 => {
            items.remove(rng.below(len));
        }
        // The same item twice: two records of one id.
        2 | 3 if len > 0 => {
            let item = items[rng.below(len)].clone();
            items.insert(rng.below(len + 1), item);
        }
        4 if len > 1 => {
            let (a, b) = (rng.below(len), rng.below(len));
            items.swap(a, b);
        }
        // A list far longer than any the app makes.
        5 if len > 0 => {
            let item = items[rng.below(len)].clone();
            let copies = *rng.pick(&[10, 50, 101, 300]);
            items.extend(std::iter::repeat_n(item, copies));
        }
        6 => items.clear(),
        _ => items.push(any_value(rng, ids)),
    }
}

/// The document as JSON text, each key marked `TWICE` written twice.
fn write(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            out.push('{');
            let mut first = true;
            for (key, value) in map {
                let keys = match key.strip_prefix(TWICE) {
                    Some(key) => vec![key, key],
                    None => vec![key.as_str()],
                };
                for key in keys {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    out.push_str(&Value::String(key.to_owned()).to_string());
                    out.push(':');
                    write(value, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (at, item) in items.iter().enumerate() {
                if at > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations of the bytes

/// What JSON text is made of, and what breaks it.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "\\u0000",
    "\\ud800",
    "\\udc00\\ud800",
    "1e999",
    "-",
    "null",
    "true",
    " ",
    "\u{feff}",
    "\n",
    "0",
    "\"\":",
    "/*",
    "é",
    "\u{10ffff}",
];

fn mutate_bytes(text: String, rng: &mut Rng) -> String {
    let mut bytes = text.into_bytes();
    for _ in 0..=rng.below(3) {
        let len = bytes.len();
        let at = rng.below(len + 1);
        match rng.below(6) {
            0 => bytes.truncate(at),
            1 if at < len => bytes[at] ^= 1 << rng.below(8),
            2 => {
                let token = rng.pick(TOKENS).as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            3 if at < len => {
                let end = (at + 1 + rng.below(64)).min(len);
                bytes.drain(at..end);
            }
            4 if at < len => {
                let end = (at + 1 + rng.below(64)).min(len);
                let copy: Vec<u8> = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ if at < len => bytes[at] = rng.below(128) as u8,
            _ => bytes.push(rng.below(256) as u8),
        }
    }
    // A door takes text: bytes that are not UTF-8 reach it as the browser would decode them.
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    }
}

/// One input for a door: a seed, changed in its structure, sometimes damaged byte by byte.
fn input(rng: &mut Rng, seeds: &[Value], seed_texts: &[String], weights: &[usize]) -> String {
    let total: usize = weights.iter().sum();
    let mut ticket = rng.below(total);
    let mut at = 0;
    while ticket >= weights[at] {
        ticket -= weights[at];
        at += 1;
    }
    // Some inputs are the seed's own text damaged: its layout and escapes, not ours.
    if rng.chance(10) {
        return mutate_bytes(seed_texts[at].clone(), rng);
    }
    let mut document = seeds[at].clone();
    let mut ids = Vec::new();
    ids_in(&document, &mut ids);
    // Mostly one change, so that many inputs are taken in and reach what comes after.
    let changes = [1, 1, 1, 1, 2, 2, 3, 5][rng.below(8)];
    for _ in 0..changes {
        mutate_tree(&mut document, rng, &ids, seeds);
    }
    let mut text = String::with_capacity(seed_texts[at].len() + 64);
    write(&document, &mut text);
    if rng.chance(6) {
        text = mutate_bytes(text, rng);
    }
    text
}

// ---------------------------------------------------------------------------------------------
// The run

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

struct Crash {
    message: String,
    saved_as: String,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args
        .next()
        .map(|n| {
            n.replace(['_', ','], "")
                .parse()
                .expect("N is a whole number")
        })
        .unwrap_or(1_000_000);
    let seed: u64 = args
        .next()
        .map(|n| n.parse().expect("the seed is a whole number"))
        .unwrap_or(0x5EED);
    // Keep the message of each panic for its report instead of printing it as it happens.
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(info.to_string()));
    }));
    // Then, optionally, the doors to run, by name (`link,example file`); every door if none.
    let only: Vec<String> = args
        .next()
        .map(|names| names.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    let seeds = seeds();
    // Each door keeps its number, and so its inputs, whichever doors run.
    let doors: Vec<(usize, Door)> = doors(&seeds)
        .into_iter()
        .enumerate()
        .filter(|(_, door)| only.is_empty() || only.iter().any(|name| name == door.name))
        .collect();
    println!("{count} inputs per door, seed {seed}, the doors at once");
    let start = Instant::now();
    // Each door on a thread of its own, with a generator of its own: the inputs stay the same
    // however the threads are scheduled.
    let runs: Vec<(String, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = doors
            .iter()
            .map(|(number, door)| {
                scope.spawn(move || run(door, count, seed.wrapping_add(*number as u64)))
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("a door's run ends"))
            .collect()
    });
    let mut all_panics = 0;
    for (report, panics) in runs {
        print!("{report}");
        all_panics += panics;
    }
    println!("{:.0} s in all", start.elapsed().as_secs_f64());
    if all_panics > 0 {
        eprintln!("{all_panics} inputs panicked; each kind is saved under fuzz-results/");
        std::process::exit(1);
    }
}

/// Runs `count` inputs through `door`; returns what it found, in words, and how many panicked.
fn run(door: &Door, count: usize, seed: u64) -> (String, usize) {
    let parsed: Vec<Value> = door
        .seeds
        .iter()
        .map(|text| serde_json::from_str(text).expect("a seed is JSON"))
        .collect();
    // Small seeds most of the time, so a million inputs take minutes; large ones often
    // enough that their lists and links are mutated too.
    let weights: Vec<usize> = door
        .seeds
        .iter()
        .map(|text| if text.len() > 20_000 { 1 } else { 8 })
        .collect();
    for text in &door.seeds {
        if !(door.enter)(text) {
            eprintln!("{}: a seed is refused: {text:.200}", door.name);
            std::process::exit(2);
        }
    }
    let mut rng = Rng::new(seed);
    let mut taken = 0usize;
    let mut bytes = 0usize;
    let mut crashes: BTreeMap<String, Vec<Crash>> = BTreeMap::new();
    let mut panicked = 0;
    let start = Instant::now();
    for number in 0..count {
        let text = input(&mut rng, &parsed, &door.seeds, &weights);
        bytes += text.len();
        match panic::catch_unwind(AssertUnwindSafe(|| (door.enter)(&text))) {
            Ok(true) => taken += 1,
            Ok(false) => {}
            Err(_) => {
                panicked += 1;
                let message = LAST_PANIC
                    .with(|last| last.borrow_mut().take())
                    .unwrap_or_default();
                // One kind of panic is its place in the code: keep the first few of each.
                let place = message.lines().next().unwrap_or_default().to_owned();
                let same = crashes.entry(place).or_default();
                if same.len() < 3 {
                    let saved_as = save(door.name, number, &text, &message);
                    same.push(Crash { message, saved_as });
                }
            }
        }
        if (number + 1) % 100_000 == 0 {
            eprintln!(
                "  {}: {} inputs, {:.0} s",
                door.name,
                number + 1,
                start.elapsed().as_secs_f64()
            );
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut report = format!(
        "{:<15} {count:>9} inputs, {taken:>8} taken in ({:.1} %), {panicked} panics, {:.0} s, {:.0} inputs/s, {} bytes on average\n",
        door.name,
        100.0 * taken as f64 / count.max(1) as f64,
        seconds,
        count as f64 / seconds,
        bytes / count.max(1),
    );
    for (place, same) in &crashes {
        let _ = writeln!(report, "  panic: {place}");
        for crash in same {
            let message = crash.message.replace('\n', " ");
            let _ = writeln!(report, "    {} ({message})", crash.saved_as);
        }
    }
    (report, panicked)
}

fn save(door: &str, number: usize, text: &str, message: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-results");
    let name = format!("{}-{number}", door.replace(' ', "-"));
    let path = dir.join(format!("{name}.json"));
    let saved = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(&path, text))
        .and_then(|()| std::fs::write(dir.join(format!("{name}.panic.txt")), message));
    match saved {
        Ok(()) => path.display().to_string(),
        Err(error) => format!("not saved: {error}"),
    }
}
