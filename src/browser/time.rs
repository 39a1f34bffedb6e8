//! The clock, today's date where the user is, and dates and times written in the user's locale
//! by the browser's Intl.

use std::cell::RefCell;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Today's date where the user is: in Tokyo it is already tomorrow while UTC is at 20:00.
pub fn today() -> chrono::NaiveDate {
    let date = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| now().date_naive())
}

/// How every date on screen is written: the locale's medium style ("Nov 25, 2026",
/// "25 Nov 2026", "25.11.2026"), the same for a calendar day and for the day of a time.
const DATE_STYLE: (&str, &str) = ("dateStyle", "medium");

/// A time as the user reads times: their time zone and their locale's date format, from the
/// browser's Intl (which also keeps date formatting code out of the app).
pub fn local_time_text(at: DateTime<Utc>) -> String {
    locale_text(at.timestamp_millis(), &[DATE_STYLE, ("timeStyle", "short")])
}

/// A calendar day (an interview's, a deadline) in the user's locale. The day is read at
/// midnight UTC and written in UTC, so no time zone moves it to the day before or after.
/// Each day is written once per page: what a step still lacks is worked out on every key press,
/// and asking Intl for hundreds of goals' deadlines each time would make typing lag.
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
        let text = locale_text(
            midnight.timestamp_millis(),
            &[DATE_STYLE, ("timeZone", "UTC")],
        );
        written.push((day, text.clone()));
        text
    })
}

fn locale_text(millis: i64, options: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&(millis as f64).into());
    let object = js_sys::Object::new();
    for (key, value) in options {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    date.to_locale_string("default", &object).into()
}
