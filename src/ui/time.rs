//! Dates and times shown in the user's own time zone and locale, all in one style, with the
//! exact value kept machine-readable. Files and the Markdown report keep their own forms.

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

use crate::browser;
use crate::domain::iso8601;

#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    view! { <time datetime=at.to_rfc3339()>{browser::local_time_text(at)}</time> }
}

/// A calendar day, such as an interview's date.
#[component]
pub fn LocalDate(day: NaiveDate) -> impl IntoView {
    view! { <time datetime=iso8601::date::format(day)>{date_text(day)}</time> }
}

/// A calendar day as text, for places that write it inside a sentence; a
/// `domain::WriteDate`.
pub fn date_text(day: NaiveDate) -> String {
    browser::local_date_text(day)
}
