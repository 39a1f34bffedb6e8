//! The published JSON Schema of playbook files: generated from the Rust types, committed as
//! `public/playbook.schema.json` and served by the app. A change to the types that is not
//! reflected in the committed file fails here; so does an exported file the schema rejects.
#![cfg(not(target_arch = "wasm32"))]

use devrel_playbook::domain::example::example_playbook;
use devrel_playbook::domain::file::{
    export, export_library, LibraryFile, PlaybookFile, ShareOptions,
};
use proptest::prelude::*;
use schemars::generate::SchemaSettings;
use schemars::transform::{transform_subschemas, Transform};
use schemars::Schema;

mod common;
use common::{any_interview, any_playbook, fresh_ids};

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/playbook.schema.json");

/// The published schemas are for any validator: schemars marks integers with its own formats
/// (`"format": "uint32"`), which a standard validator in strict mode refuses as unknown. Each
/// such format becomes the bounds it stands for.
#[derive(Clone)]
struct IntegerBounds;

impl Transform for IntegerBounds {
    fn transform(&mut self, schema: &mut Schema) {
        let bounds: Option<(i128, i128)> = match schema.get("format").and_then(|f| f.as_str()) {
            Some("int8") => Some((i8::MIN.into(), i8::MAX.into())),
            Some("int16") => Some((i16::MIN.into(), i16::MAX.into())),
            Some("int32") => Some((i32::MIN.into(), i32::MAX.into())),
            Some("int64") => Some((i64::MIN.into(), i64::MAX.into())),
            Some("uint8") => Some((0, u8::MAX.into())),
            Some("uint16") => Some((0, u16::MAX.into())),
            Some("uint32") => Some((0, u32::MAX.into())),
            Some("uint64" | "uint") => Some((0, u64::MAX.into())),
            _ => None,
        };
        if let Some((min, max)) = bounds {
            schema.remove("format");
            let at_least = schema
                .get("minimum")
                .and_then(serde_json::Value::as_i64)
                .map_or(min, |set| i128::from(set).max(min));
            schema.insert("minimum".into(), number(at_least));
            schema.insert("maximum".into(), number(max));
        }
        transform_subschemas(self, schema);
    }
}

fn number(n: i128) -> serde_json::Value {
    u64::try_from(n)
        .map(serde_json::Value::from)
        .unwrap_or_else(|_| serde_json::Value::from(n as i64))
}

fn schema_of<T: schemars::JsonSchema>() -> String {
    let schema = SchemaSettings::draft2020_12()
        .with_transform(IntegerBounds)
        .into_generator()
        .into_root_schema_for::<T>();
    serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n"
}

fn generated() -> String {
    schema_of::<PlaybookFile>()
}

const LIBRARY_SCHEMA_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/public/library.schema.json");

fn generated_library() -> String {
    schema_of::<LibraryFile>()
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
fn the_schemas_use_no_format_of_their_own() {
    // Only formats every validator knows: a standard one in strict mode refuses the others.
    for text in [generated(), generated_library()] {
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut formats = Vec::new();
        collect_formats(&schema, &mut formats);
        formats.retain(|format| !["date", "date-time"].contains(&format.as_str()));
        assert_eq!(formats, Vec::<String>::new());
    }
}

fn collect_formats(value: &serde_json::Value, formats: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(fields) => {
            if let Some(serde_json::Value::String(format)) = fields.get("format") {
                formats.push(format.clone());
            }
            fields
                .values()
                .for_each(|value| collect_formats(value, formats));
        }
        serde_json::Value::Array(values) => values
            .iter()
            .for_each(|value| collect_formats(value, formats)),
        _ => {}
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
    // A title longer than editing allows: the app refuses the file, and so does the schema.
    let long = format!(r#""title": "{}", "#, "é".repeat(201));
    assert!(!validator.is_valid(&file(&good.replace(r#""title": "T", "#, &long))));
    let longest = format!(r#""title": "{}", "#, "é".repeat(200));
    assert!(validator.is_valid(&file(&good.replace(r#""title": "T", "#, &longest))));
}

#[test]
fn the_example_and_its_whole_strategy_validate() {
    let example = example_playbook(fresh_ids(), chrono::Utc::now());
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
