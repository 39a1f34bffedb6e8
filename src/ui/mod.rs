//! Leptos components, one module per screen plus the shared widgets. Components render and
//! dispatch to the `Store`.
//!
//! Architecture invariants (ARCHITECTURE.md states the same):
//! - Only `store` calls `storage`. Screens call the `Store` for every change and for what they
//!   read of storage (the library signal, `Store::storage_room`, `Store::stored_entry_text`),
//!   and `browser` for the clock, ids, dates, files and persistence.
//! - Every address of the app comes from `routes`; no other module writes one.
//! - A notice knows nothing of what it announces: an Undo comes to it as closures (what to do,
//!   why it has expired) from the code that raises it.
//! - web-sys is used only for the page itself: elements, focus (in `focus`), events, and the
//!   `File` a picker or drop hands over to `browser`.
//! - No module uses another that uses it back (`cargo test --test module_graph`).

pub mod about;
pub mod calendar;
pub mod compare;
pub mod erased;
pub mod fields;
pub mod files;
pub mod focus;
pub mod home;
pub mod interview;
pub mod lists;
pub mod not_found;
pub mod notices;
pub mod onboarding;
pub mod page;
pub mod personas;
pub mod plan;
pub mod playbook;
pub mod report;
pub mod reviews;
pub mod routes;
pub mod store;
pub mod tables;
pub mod time;
pub mod verdict;
pub mod wizard;
