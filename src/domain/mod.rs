//! Plain Rust: the playbook document, its stored form and the library of playbooks.
//! Nothing here knows about the browser or the screens.

pub mod buyin;
pub mod example;
pub mod file;
pub mod id;
pub mod iso8601;
pub mod library;
pub mod places;
pub mod playbook;
pub mod report;
pub mod strategy;
