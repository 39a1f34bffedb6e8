//! The versions of the file formats, in one place: what `domain::playbook` writes into a
//! document and `domain::file` checks and migrates on reading.
//!
//! A playbook document carries its `schema_version`; an exported file and a library backup
//! carry the same number as `version`, the schema version of the playbooks inside, so there is
//! one number for all three. Versions are integers that only go up. A change that only adds a
//! field with a default keeps the version (older documents read as they are); a change of
//! meaning raises it, adds a step to `file::MIGRATIONS` and a fixture
//! `tests/fixtures/playbook-v<N>.json` of the version it leaves behind, and a line below.
//!
//! # Changelog
//!
//! - **1** — the first version: a playbook's details, its buy-in interviews and its program
//!   strategy. Interviews and the strategy came as new fields with defaults, so a document from
//!   before either still reads as version 1.

/// The schema version this app writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;
