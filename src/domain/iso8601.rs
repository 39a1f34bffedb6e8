//! Timestamps and calendar dates in stored and exported files. A field names its form once,
//! with serde's `with`: `#[serde(with = "iso8601::Timestamp")]` on a `DateTime<Utc>`,
//! `iso8601::OptionalTimestamp` on an `Option<DateTime<Utc>>`, `iso8601::OptionalDate` on an
//! `Option<NaiveDate>`, `iso8601::Date` on a `NaiveDate` that is always there. Each of these types is only a name for the form: serde calls its
//! `serialize` and `deserialize`, and schemars, which reads serde's `with` as a type, takes the
//! field's JSON Schema from it, so the field's Rust type stays chrono's own.
//!
//! Timestamps are RFC 3339 (the ISO 8601 profile) in UTC, such as `2026-11-23T09:12:45.120Z`.
//! Chrono's own serde support reads timestamps through its general date parser; the dedicated
//! RFC 3339 functions used here give the same text and keep about 7 KB (gzip) out of the app.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// A timestamp: `#[serde(with = "iso8601::Timestamp")]`.
pub enum Timestamp {}

impl Timestamp {
    pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&timestamp(*at))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<Utc>, D::Error> {
        parse(&std::borrow::Cow::<'de, str>::deserialize(deserializer)?)
    }
}

/// A timestamp as files hold it.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn parse<E: serde::de::Error>(text: &str) -> Result<DateTime<Utc>, E> {
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.to_utc())
        .map_err(|error| {
            E::custom(format_args!(
                "“{text}” is not an ISO 8601 date and time ({error})"
            ))
        })
}

/// An optional timestamp, absent when not set:
/// `#[serde(default, skip_serializing_if = "Option::is_none", with = "iso8601::OptionalTimestamp")]`.
pub enum OptionalTimestamp {}

impl OptionalTimestamp {
    pub fn serialize<S: Serializer>(
        at: &Option<DateTime<Utc>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => Timestamp::serialize(at, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<Utc>>, D::Error> {
        Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?
            .map(|text| parse(&text))
            .transpose()
    }
}

/// A calendar date that is always there, as `YYYY-MM-DD`: `#[serde(with = "iso8601::Date")]`.
pub enum Date {}

impl Date {
    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&date::format(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format_args!("“{text}” is not a date (YYYY-MM-DD)"))
        })
    }
}

/// A calendar date such as an interview's, as `YYYY-MM-DD`; absent or empty means not set:
/// `#[serde(default, with = "iso8601::OptionalDate")]`.
pub enum OptionalDate {}

impl OptionalDate {
    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&date::format(*date)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)? {
            None => Ok(None),
            Some(text) if text.is_empty() => Ok(None),
            Some(text) => date::parse(&text).map(Some).ok_or_else(|| {
                serde::de::Error::custom(format_args!("“{text}” is not a date (YYYY-MM-DD)"))
            }),
        }
    }
}

/// Each form's schema is the one schemars gives chrono's type. Native only: schemars is not in
/// the wasm.
#[cfg(not(target_arch = "wasm32"))]
mod schemas {
    use std::borrow::Cow;

    use chrono::{DateTime, NaiveDate, Utc};
    use schemars::{JsonSchema, Schema, SchemaGenerator};

    macro_rules! schema_of {
        ($form:ty => $chrono:ty) => {
            impl JsonSchema for $form {
                fn inline_schema() -> bool {
                    <$chrono>::inline_schema()
                }

                fn schema_name() -> Cow<'static, str> {
                    <$chrono>::schema_name()
                }

                fn schema_id() -> Cow<'static, str> {
                    <$chrono>::schema_id()
                }

                fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                    <$chrono>::json_schema(generator)
                }
            }
        };
    }

    schema_of!(super::Timestamp => DateTime<Utc>);
    schema_of!(super::OptionalTimestamp => Option<DateTime<Utc>>);
    schema_of!(super::OptionalDate => Option<NaiveDate>);
    schema_of!(super::Date => NaiveDate);
}

/// Calendar dates as `YYYY-MM-DD`, the form files and date inputs use.
pub mod date {
    use chrono::NaiveDate;

    /// Reads `YYYY-MM-DD`, the form date inputs give; anything else, or a day that does not
    /// exist, is not a date.
    pub fn parse(text: &str) -> Option<NaiveDate> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
            return None;
        }
        NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    pub fn format(date: NaiveDate) -> String {
        use chrono::Datelike;
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use serde::{Deserialize, Serialize};

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Stamped {
        #[serde(with = "Timestamp")]
        at: DateTime<Utc>,
    }

    #[test]
    fn writes_what_chrono_writes_and_reads_it_back() {
        for at in [
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 12, 45).unwrap(),
            Utc.timestamp_opt(1_795_000_000, 120_000_000).unwrap(),
            Utc.timestamp_opt(0, 1).unwrap(),
        ] {
            let ours = serde_json::to_string(&Stamped { at }).unwrap();
            assert_eq!(
                ours,
                format!("{{\"at\":{}}}", serde_json::to_string(&at).unwrap())
            );
            assert_eq!(
                serde_json::from_str::<Stamped>(&ours).unwrap(),
                Stamped { at }
            );
        }
    }

    #[test]
    fn dates_are_real_calendar_days() {
        assert_eq!(
            date::parse("2026-02-28"),
            chrono::NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        assert_eq!(
            date::parse("2028-02-29"),
            chrono::NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-01-01",
            "",
            "today",
            "2026-0a-01",
        ] {
            assert_eq!(date::parse(bad), None, "{bad:?}");
        }
        let day = date::parse("2026-11-03").unwrap();
        assert_eq!(date::format(day), "2026-11-03");
    }

    #[test]
    fn reads_offsets_as_utc_and_names_bad_dates() {
        let read =
            serde_json::from_str::<Stamped>("{\"at\": \"2026-11-23T10:00:00+01:00\"}").unwrap();
        assert_eq!(
            read.at,
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
        );
        let error = serde_json::from_str::<Stamped>("{\"at\": \"yesterday\"}").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("“yesterday” is not an ISO 8601 date and time"),
            "{error}"
        );
    }
}
