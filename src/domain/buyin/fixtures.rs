//! Interviews for the tests of this module's parts: each made on a day of November 2026.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::{Assessment, Interviewee};
use crate::domain::id::sequential::id;
use crate::domain::iso8601;

/// 09:00 UTC on `day`.
pub fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
}

pub fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
}

/// Interview `n` of `executive`, a CTO, held and begun on `day`, nothing answered yet.
pub fn interview(n: u8, executive: &str, day: u32) -> Assessment {
    let who = Interviewee {
        executive: executive.into(),
        role: "CTO".into(),
        interview_date: iso8601::date::format(date(day)),
        ..Interviewee::default()
    };
    Assessment::new(id(n), who, at(day)).unwrap()
}
