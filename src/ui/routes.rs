//! Every address of the app, one function each: links, navigation and redirects take their
//! addresses from here, so an address is written in one place.
//!
//! The router's routes in `app.rs` are the other half: each `path!` there must match a
//! function here (`path!` takes only literals, so it cannot call these), and the names of the
//! address's parts (`:id`, `:assessment`, `:step`) are the constants below.

use crate::domain::buyin::guide::{address, PAGE};
use crate::domain::buyin::AssessmentId;
use crate::domain::playbook::{Playbook, PlaybookId};
use crate::domain::strategy::steps::Step;

/// The `:id` of a playbook's addresses.
pub const PLAYBOOK_PARAM: &str = "id";
/// The `:assessment` of an interview's addresses.
pub const INTERVIEW_PARAM: &str = "assessment";
/// The `:step` of a strategy step's address.
pub const STEP_PARAM: &str = "step";

/// The example playbook, a file published beside the app (`public/example.json`).
pub const EXAMPLE_FILE: &str = "/example.json";

// Every address is a `String`, even a fixed one: links then take one type of address, and
// the code that sets a link's `href` is compiled once.

/// `/`: the playbooks in this browser.
pub fn home() -> String {
    "/".to_owned()
}

/// `/about`.
pub fn about() -> String {
    "/about".to_owned()
}

/// `/playbooks/:id`.
pub fn playbook(playbook: &PlaybookId) -> String {
    format!("/playbooks/{playbook}")
}

/// `/playbooks/:id/interviews/:assessment`.
pub fn interview(playbook: &PlaybookId, assessment: &AssessmentId) -> String {
    format!("/playbooks/{playbook}/interviews/{assessment}")
}

/// `/playbooks/:id/interviews/:assessment/verdict`.
pub fn verdict(playbook: &PlaybookId, assessment: &AssessmentId) -> String {
    format!("/playbooks/{playbook}/interviews/{assessment}/verdict")
}

/// The printable interview guide, blank: a page of its own beside the app, so a link to it
/// says `rel="external"` to leave the router out.
pub fn guide_page() -> &'static str {
    PAGE
}

/// The guide for the executive of the interview `assessment` of `playbook`, with last time's
/// ratings: the page with whom it is for in its fragment, which no server is sent.
pub fn interview_guide(playbook: &Playbook, assessment: &AssessmentId) -> String {
    address(&playbook.title, &playbook.assessments, assessment)
}

/// `/playbooks/:id/compare`.
pub fn compare(playbook: &PlaybookId) -> String {
    format!("/playbooks/{playbook}/compare")
}

/// `/playbooks/:id/report`.
pub fn report(playbook: &PlaybookId) -> String {
    format!("/playbooks/{playbook}/report")
}

/// `/playbooks/:id/strategy/:step`. (`/playbooks/:id/strategy`, with no step, opens the first
/// step with something missing.)
pub fn strategy_step(playbook: &PlaybookId, step: Step) -> String {
    format!("/playbooks/{playbook}/strategy/{}", step.slug())
}

/// `/playbooks/:id/first-90-days`: the plan for the first 90 days.
pub fn first_90_days(playbook: &PlaybookId) -> String {
    format!("/playbooks/{playbook}/first-90-days")
}

/// `/playbooks/:id/reviews`: the goals' reviews and their progress.
pub fn reviews(playbook: &PlaybookId) -> String {
    format!("/playbooks/{playbook}/reviews")
}
