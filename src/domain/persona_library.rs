//! The strategy's developer personas in the format of the DevRel Foundation's Persona Library
//! (<https://github.com/DevRel-Foundation/persona-library>, CC BY 4.0), out and in.
//!
//! A persona of the library is one JSON object (its schema, JSON Schema 2020-12, requires
//! `id` and `label` and allows no other keys than its own). Ours maps onto part of it:
//!
//! ```json
//! { "id": "andy-advocate", "label": "Andy Advocate", "narrative": "<who they are>",
//!   "motivations": { "goals": ["<a line of what they are trying to do>"],
//!                    "dislikes": ["<a line of what gets in their way>"] } }
//! ```
//!
//! The library keeps a set as a folder of such files; a set here is one file holding a JSON
//! array of them, and an import takes either. Reading is lenient, since the library's own
//! files do not all pass its schema: what maps onto a persona of ours is taken, and every other
//! field that says something is named as not taken. Likes (`motivations.likes`) are among
//! those: a persona of ours has no place for them, and adding them to its description would
//! change what it exports back.

use std::fmt;

use serde_json::{Map, Value};

use super::edit::EditError;
use super::file::{indented, parse, slug, LoadError, MAX_IMPORT_BYTES};
use super::strategy::{ItemField, ItemId, ListAt, ListKind, Strategy, StrategyEdit};

/// The most personas one file brings in: more would be a list nobody reads before adding it.
pub const MAX_PERSONAS_IN_FILE: usize = 100;

/// Every persona of the strategy as a set: a JSON array of library personas, each with an id
/// of its own within the set, laid out for reading. Written through serde_json's `Value`, as
/// the app already writes JSON: each persona's fields in the order of their keys.
pub fn export_personas(strategy: &Strategy) -> String {
    let list = ListAt::top(ListKind::Personas);
    let mut ids: Vec<String> = Vec::new();
    let mut set = Vec::new();
    for persona in &strategy.journey.personas {
        let label = strategy.item_label(&list, &persona.id);
        let base = match slug(&label) {
            stem if stem.is_empty() => "persona".to_owned(),
            stem => stem,
        };
        let mut id = base.clone();
        let mut n = 1;
        while ids.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        ids.push(id.clone());
        let mut fields = Map::new();
        let mut motivations = Map::new();
        // Empty fields are left out.
        for (key, text) in [
            ("goals", &persona.goals),
            ("dislikes", &persona.pain_points),
        ] {
            let lines: Vec<Value> = lines(text).map(Value::from).collect();
            if !lines.is_empty() {
                motivations.insert(key.to_owned(), Value::Array(lines));
            }
        }
        if !motivations.is_empty() {
            fields.insert("motivations".to_owned(), Value::Object(motivations));
        }
        let narrative = persona.description.trim();
        if !narrative.is_empty() {
            fields.insert("narrative".to_owned(), Value::from(narrative));
        }
        fields.insert("id".to_owned(), Value::String(id));
        fields.insert("label".to_owned(), Value::String(label));
        set.push(Value::Object(fields));
    }
    indented(&serde_json::to_string(&Value::Array(set)).unwrap_or_default())
}

/// The lines of a text that say something, without the blank space around them.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty())
}

/// A persona read from a library file, as the fields of a persona of ours.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryPersona {
    pub name: String,
    pub description: String,
    pub goals: String,
    pub pain_points: String,
}

impl LibraryPersona {
    /// The fields a new persona is added with (`StrategyEdit::Add`), the empty ones left out.
    pub fn values(&self) -> Vec<(ItemField, String)> {
        [
            (ItemField::Name, &self.name),
            (ItemField::Description, &self.description),
            (ItemField::PersonaGoals, &self.goals),
            (ItemField::PainPoints, &self.pain_points),
        ]
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(field, text)| (field, text.clone()))
        .collect()
    }
}

/// What a library file holds, for the preview before anything is added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub personas: Vec<LibraryPersona>,
    /// For each persona with fields that could not be taken, those fields, in words:
    /// "Not taken from “Andy Advocate”, as a persona here has no field for them: role.titles,
    /// awareness.channels." (the preview shows them with the personas).
    pub not_taken: Vec<String>,
}

/// What is wrong with a persona library file, said in full.
fn refused(problem: fmt::Arguments) -> LoadError {
    LoadError::BreaksARule {
        problem: problem.to_string(),
    }
}

/// Reads one library persona or an array of them: the personas, and what of them could not
/// be taken. Any text at all gives one or the other, never a panic. Refusals are a playbook
/// file's where they are the same (empty, not JSON, too large), so they are said in the same
/// words. How long each field may be is held when the personas are added (`adds`).
pub fn import(text: &str) -> Result<Found, LoadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let value = parse(text)?;
    // Read in place, by reference, as the rest of the app reads parsed JSON.
    let objects = match &value {
        Value::Array(items) => items.as_slice(),
        Value::Object(_) => std::slice::from_ref(&value),
        _ => &[],
    };
    let count = objects.len();
    if count == 0 || count > MAX_PERSONAS_IN_FILE {
        return Err(refused(format_args!(
            "it holds {count} personas, where one file can bring 1 to {MAX_PERSONAS_IN_FILE}"
        )));
    }
    let mut found = Found::default();
    for (at, object) in objects.iter().enumerate() {
        let (persona, not_taken) = match object {
            Value::Object(fields) => read_persona(fields),
            _ => (LibraryPersona::default(), Vec::new()),
        };
        if persona.name.is_empty() {
            return Err(refused(format_args!(
                "it is not a persona library file: persona {} has neither a label nor an id",
                at + 1
            )));
        }
        if !not_taken.is_empty() {
            found.not_taken.push(format!(
                "Not taken from “{}”, as a persona here has no field for them: {}.",
                persona.name,
                not_taken.join(", ")
            ));
        }
        found.personas.push(persona);
    }
    Ok(found)
}

/// One persona object: ours (its name empty when it has neither label nor id), and the paths
/// of its fields that say something but were not taken, in the order of their keys (so a
/// persona's own goals come before the `x-goals` it adds to its parent's). One walk over the
/// fields and the fields of the objects among them.
fn read_persona(fields: &Map<String, Value>) -> (LibraryPersona, Vec<String>) {
    // A name is one line: a label's line breaks and runs of spaces become one space.
    let text = |key: &str| {
        fields
            .get(key)
            .and_then(Value::as_str)
            .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    let mut name = text("label");
    if name.is_empty() {
        name = text("id");
    }
    let mut persona = LibraryPersona {
        name,
        ..LibraryPersona::default()
    };
    let mut goals = Vec::new();
    let mut dislikes = Vec::new();
    let mut not_taken = Vec::new();
    for (key, value) in fields {
        let inner: Vec<(String, &Value)> = match value {
            Value::Object(inner) => inner
                .iter()
                .map(|(sub, value)| (format!("{key}.{sub}"), value))
                .collect(),
            _ => vec![(key.clone(), value)],
        };
        for (path, value) in inner {
            let taken = match (path.as_str(), value) {
                // Which schema a file names, and the persona's id, say nothing of the persona.
                ("id" | "$schema", _) | ("label", Value::String(_)) => true,
                ("narrative", Value::String(text)) => {
                    persona.description = text.trim().to_owned();
                    true
                }
                ("motivations.goals" | "motivations.x-goals", _) => take_lines(value, &mut goals),
                ("motivations.dislikes" | "motivations.x-dislikes", _) => {
                    take_lines(value, &mut dislikes)
                }
                _ => !says_something(value),
            };
            if !taken {
                not_taken.push(path);
            }
        }
    }
    persona.goals = goals.join("\n");
    persona.pain_points = dislikes.join("\n");
    (persona, not_taken)
}

/// Adds the lines of a list of texts (or of one text) to `into`; false when some of it is
/// not text and so could not be taken.
fn take_lines(value: &Value, into: &mut Vec<String>) -> bool {
    match value {
        Value::String(text) => {
            into.extend(lines(text).map(str::to_owned));
            true
        }
        Value::Array(items) => {
            let mut all = true;
            for item in items {
                match item {
                    Value::String(text) => into.extend(lines(text).map(str::to_owned)),
                    other => all &= !says_something(other),
                }
            }
            all
        }
        other => !says_something(other),
    }
}

/// Whether a value says anything: empty text, lists and objects, nulls and the schema's
/// wildcard "*" (any value) do not.
fn says_something(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(text) => !matches!(text.trim(), "" | "*"),
        Value::Array(items) => items.iter().any(says_something),
        Value::Object(fields) => fields.values().any(says_something),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

/// The edits that add `personas` to the strategy's list, each through `StrategyEdit::Add` as
/// any new persona is, with an id from `new_id`. Tried on a copy first: either all of them
/// fit (the list's limit, every field's length), or none is made and the refusal is returned.
pub fn adds(
    strategy: &Strategy,
    personas: &[LibraryPersona],
    new_id: &mut dyn FnMut() -> ItemId,
) -> Result<Vec<StrategyEdit>, EditError> {
    let mut trial = strategy.clone();
    let mut edits = Vec::with_capacity(personas.len());
    for persona in personas {
        let edit = StrategyEdit::Add {
            list: ListAt::top(ListKind::Personas),
            id: new_id(),
            values: persona.values(),
        };
        trial.apply(edit.clone())?;
        edits.push(edit);
    }
    Ok(edits)
}

#[cfg(test)]
mod tests;
