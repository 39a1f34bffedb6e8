//! Plain Rust: the playbook document, its stored form and the library of playbooks.
//! Nothing here knows about the browser or the screens.

pub mod buyin;
pub mod document;
pub mod edit;
pub mod example;
pub mod file;
pub mod id;
pub mod iso8601;
pub mod library;
pub mod onboarding;
pub mod places;
pub mod playbook;
pub mod report;
pub mod sources;
pub mod strategy;
pub mod versions;

/// How a reader's dates are written: files and the Markdown report keep their own forms (ISO
/// 8601, or spelt out as `strategy::smart::long_date` does), the screens the user's locale.
pub type WriteDate = fn(chrono::NaiveDate) -> String;
