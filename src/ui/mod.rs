//! Leptos components, one module per screen plus the shared widgets. Components render and
//! dispatch to the `Store`; they never touch storage themselves.

pub mod about;
pub mod compare;
pub mod fields;
pub mod files;
pub mod focus;
pub mod home;
pub mod interview;
pub mod lists;
pub mod not_found;
pub mod notices;
pub mod page;
pub mod plan;
pub mod playbook;
pub mod report;
pub mod routes;
pub mod store;
pub mod tables;
pub mod time;
pub mod verdict;
pub mod wizard;
