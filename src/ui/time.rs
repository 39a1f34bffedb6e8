//! Times shown in the user's own time zone and format, with the exact instant kept
//! machine-readable.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::storage;

#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    view! { <time datetime=at.to_rfc3339()>{storage::local_time_text(at)}</time> }
}
