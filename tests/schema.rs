//! The published JSON Schema of playbook files: generated from the Rust types, committed as
//! `public/playbook.schema.json` and served by the app. A change to the types that is not
//! reflected in the committed file fails here; so does an exported file the schema rejects.
#![cfg(not(target_arch = "wasm32"))]

use devrel_playbook::domain::example::example_playbook;
use devrel_playbook::domain::file::{
    export, export_library, LibraryFile, PlaybookFile, ShareOptions,
};
use devrel_playbook::domain::id::Id;
use proptest::prelude::*;

mod common;
use common::{any_interview, any_playbook};

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/playbook.schema.json");

fn generated() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(PlaybookFile)).expect("a schema is JSON")
        + "\n"
}

const LIBRARY_SCHEMA_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/public/library.schema.json");

fn generated_library() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(LibraryFile)).expect("a schema is JSON")
        + "\n"
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&generated()).expect("a schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

#[test]
fn the_published_schemas_match_the_types() {
    for (path, generated) in [
        (SCHEMA_PATH, generated()),
        (LIBRARY_SCHEMA_PATH, generated_library()),
    ] {
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).expect("public/ is writable");
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == generated,
            "{path} differs from the types: run `UPDATE_SCHEMA=1 cargo test --test schema` and commit the file"
        );
    }
}

#[test]
fn the_schema_rejects_what_the_app_rejects() {
    let validator = validator();
    let file = |playbook: &str| {
        serde_json::from_str::<serde_json::Value>(&format!(
        r#"{{"format": "devrel-playbook", "version": 1, "exported_at": "2026-11-23T10:00:00Z", "app_version": "0.1.0", "playbook": {playbook}}}"#
    )).unwrap()
    };
    let good = r#"{"schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "title": "T", "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"}"#;
    assert!(validator.is_valid(&file(good)));
    assert!(!validator.is_valid(&file(
        &good.replace("3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "not-an-id")
    )));
    assert!(!validator.is_valid(&file(&good.replace(r#""title": "T", "#, ""))));
}

#[test]
fn the_example_and_its_whole_strategy_validate() {
    let mut next = 0u8;
    let example = example_playbook(
        || {
            next += 1;
            Id::from_random_bytes([next; 16])
        },
        chrono::Utc::now(),
    );
    let text = export(&example, ShareOptions::default(), example.updated_at).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    let errors: Vec<String> = validator()
        .iter_errors(&file)
        .map(|error| error.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

proptest! {
    #[test]
    fn every_exported_file_validates(mut playbook in any_playbook(), interviews in proptest::collection::vec(any_interview(), 0..3), private in any::<bool>(), hide in any::<bool>()) {
        playbook.assessments = interviews;
        let options = ShareOptions { include_private_notes: private, hide_executive_names: hide };
        let text = export(&playbook, options, playbook.updated_at).unwrap();
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        let validator = validator();
        let errors: Vec<String> = validator.iter_errors(&file).map(|error| error.to_string()).collect();
        prop_assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn every_library_backup_validates(playbooks in proptest::collection::vec(any_playbook(), 0..4)) {
        let schema: serde_json::Value = serde_json::from_str(&generated_library()).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let file: serde_json::Value = serde_json::from_str(&export_library(playbooks, chrono::Utc::now()).unwrap()).unwrap();
        let errors: Vec<String> = validator.iter_errors(&file).map(|error| error.to_string()).collect();
        prop_assert!(errors.is_empty(), "{errors:?}");
    }
}
