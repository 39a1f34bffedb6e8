//! The one way a stored or imported playbook becomes a `Playbook`: parse, check the schema
//! version, and read it into the current shape, or say plainly what is wrong with it.

use std::fmt;

use serde_json::Value;

use super::playbook::Playbook;

/// The schema version this app writes. Versions are integers that only go up.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    NotJson { line: usize, column: usize },
    NotAPlaybook { problem: String },
    NewerVersion { found: u64 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson { line, column } => {
                write!(f, "It is not valid JSON: the text breaks off or goes wrong at line {line}, column {column}.")
            }
            Self::NotAPlaybook { problem } => write!(f, "It is not a playbook: {problem}."),
            Self::NewerVersion { found } => write!(
                f,
                "It was saved by a newer version of DevRel Playbook (schema version {found}; \
                 this app reads up to {SCHEMA_VERSION}). Open it with the newer version."
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads a playbook document of any schema version this app knows.
pub fn restore(text: &str) -> Result<Playbook, LoadError> {
    let document: Value = serde_json::from_str(text).map_err(|error| LoadError::NotJson {
        line: error.line(),
        column: error.column(),
    })?;
    let Some(fields) = document.as_object() else {
        return Err(not_a_playbook(
            "the text is JSON, but not an object with fields",
        ));
    };
    let version = match fields.get("schema_version") {
        None => return Err(not_a_playbook("the field “schema_version” is missing")),
        Some(version) => version
            .as_u64()
            .filter(|&version| version >= 1)
            .ok_or_else(|| {
                not_a_playbook(format!(
                    "“schema_version” should be a whole number from 1, not {version}"
                ))
            })?,
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion { found: version });
    }
    serde_json::from_value(document).map_err(|error| not_a_playbook(error.to_string()))
}

fn not_a_playbook(problem: impl Into<String>) -> LoadError {
    LoadError::NotAPlaybook {
        problem: problem.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VERSION_1: &str = include_str!("../../tests/fixtures/playbook-v1.json");

    #[test]
    fn a_current_document_reads_and_writes_back_unchanged() {
        let playbook = restore(VERSION_1).unwrap();
        assert_eq!(playbook.title, "Acme developer program");
        assert_eq!(playbook.assessments[0].executive, "Dana Kim");
        let written: Value = serde_json::to_value(&playbook).unwrap();
        let original: Value = serde_json::from_str(VERSION_1).unwrap();
        assert_eq!(written, original);
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
                "missing field `title`",
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
    fn a_newer_schema_is_refused_not_half_read() {
        let newer = VERSION_1.replace("\"schema_version\": 1", "\"schema_version\": 7");
        let error = restore(&newer).unwrap_err();
        assert_eq!(error, LoadError::NewerVersion { found: 7 });
        assert!(error
            .to_string()
            .contains("schema version 7; this app reads up to 1"));
    }
}
