//! The clock, today's date where the user is, and dates and times written in the user's locale
//! by the browser's Intl.

use std::cell::RefCell;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today's date where the user is: in Tokyo it is already tomorrow while UTC is at 20:00.
pub fn today() -> chrono::NaiveDate {
    local_day(now())
}

/// The day `at` falls on in the user's time zone.
pub fn local_day(at: DateTime<Utc>) -> NaiveDate {
    let date = js_sys::Date::new(&(at.timestamp_millis() as f64).into());
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| at.date_naive())
}

#[wasm_bindgen(js_namespace = Intl)]
extern "C" {
    /// Intl's formatter of dates. One is made per style and kept: `toLocaleString` with
    /// options makes a new one on every call, which a hundred dates on the home page feel.
    type DateTimeFormat;
    #[wasm_bindgen(constructor)]
    fn new(locales: &JsValue, options: &js_sys::Object) -> DateTimeFormat;
    #[wasm_bindgen(method)]
    fn format(this: &DateTimeFormat, millis: f64) -> String;
}

/// How every date on screen is written: the locale's medium style ("Nov 25, 2026",
/// "25 Nov 2026", "25.11.2026"), the same for a calendar day and for the day of a time.
const DATE_STYLE: (&str, &str) = ("dateStyle", "medium");

thread_local! {
    /// A time: the user's time zone, date and time of day.
    static TIMES: DateTimeFormat = formatter(&[DATE_STYLE, ("timeStyle", "short")]);
    /// A calendar day, read at midnight UTC and written in UTC, so that no time zone moves it
    /// to the day before or after.
    static DAYS: DateTimeFormat = formatter(&[DATE_STYLE, ("timeZone", "UTC")]);
}

/// A time as the user reads times: their time zone and their locale's date format, from the
/// browser's Intl (which also keeps date formatting code out of the app).
pub fn local_time_text(at: DateTime<Utc>) -> String {
    TIMES.with(|times| times.format(at.timestamp_millis() as f64))
}

/// A calendar day (an interview's, a deadline) in the user's locale.
/// Each day is written once per page: what a step still lacks is worked out on every key press,
/// for hundreds of goals' deadlines each time.
pub fn local_date_text(day: NaiveDate) -> String {
    thread_local! {
        // A plan has few distinct days, so a list is as quick as a map here, and lighter.
        static WRITTEN: RefCell<Vec<(NaiveDate, String)>> = const { RefCell::new(Vec::new()) };
    }
    WRITTEN.with_borrow_mut(|written| {
        if let Some((_, text)) = written.iter().find(|(known, _)| *known == day) {
            return text.clone();
        }
        let midnight = day.and_time(NaiveTime::MIN).and_utc();
        let text = DAYS.with(|days| days.format(midnight.timestamp_millis() as f64));
        written.push((day, text.clone()));
        text
    })
}

/// The user's own locale ("undefined" to Intl), with `options`.
fn formatter(options: &[(&str, &str)]) -> DateTimeFormat {
    let object = js_sys::Object::new();
    for (key, value) in options {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    DateTimeFormat::new(&JsValue::UNDEFINED, &object)
}
