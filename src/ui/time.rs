//! Times shown in the user's own time zone, with the exact instant kept machine-readable.

use chrono::{DateTime, Local, Utc};
use leptos::prelude::*;

#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    let local = at.with_timezone(&Local);
    view! { <time datetime=at.to_rfc3339()>{local.format("%-d %b %Y, %H:%M").to_string()}</time> }
}
