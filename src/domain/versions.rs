//! The versions of the file formats, in one place: what `domain::playbook` writes into a
//! document and `domain::file` checks and migrates on reading.
//!
//! A playbook document carries its `schema_version`; an exported file and a library backup
//! carry the same number as `version`, the schema version of the playbooks inside, so there is
//! one number for all three. Versions are integers that only go up. A change that only adds a
//! field with a default keeps the version (older documents read as they are); a change of
//! meaning, or a field an older app would silently drop when it saves a document again, raises
//! it, adds a step to `file::MIGRATIONS`, a fixture `tests/fixtures/playbook-v<N>.json` of the
//! new version (the fixtures of older versions stay, and keep reading with the same meaning),
//! and a line below.
//!
//! # Changelog
//!
//! - **1** — the first version: a playbook's details, its buy-in interviews and its program
//!   strategy. Interviews and the strategy came as new fields with defaults, so a document from
//!   before either still reads as version 1.
//! - **2** — the first 90 days' plan (`onboarding`: its start day and what the user said of
//!   each task). An app that knew only version 1 would read such a document and drop the plan
//!   when saving it, so it refuses it instead. A version 1 document has no plan of its own: it
//!   reads as one whose plan starts on the day the playbook was started, as proposed.
//! - **3** — reviews of the goals (`onboarding.reviews`: each goal's value, milestones reached
//!   and what changed, on a day) and a SMART goal's `target`. An app that knew only version 2
//!   would drop both when saving, so it refuses such a document. A version 2 document has no
//!   reviews and no targets: it reads with none.

/// The schema version this app writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 3;
