//! Reviews: at the cadence step 8 sets, the user and their manager look at each SMART goal and
//! write down the value measured, the milestones reached and what changed. A goal's reviews in
//! date order are its progress, drawn as a table and a chart against its target and deadline.
//!
//! Stored in the plan, under `"reviews"`, in date order:
//!
//! ```json
//! "reviews": [
//!   { "id": "5c0e…", "on": "2026-12-07",
//!     "goals": [ { "goal": "a17f…", "value": 120, "reached": ["9d3b…"], "note": "Two meetups." } ] }
//! ]
//! ```
//!
//! A reading that says nothing (no value, no milestone, no note) is not kept.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::super::document::{record, Blank};
use super::super::edit::{check_length, length_over, EditError, MAX_ANSWER_NOTES_CHARS};
use super::super::id::Id;
use super::super::iso8601;
use super::super::strategy::{ItemId, SmartGoal, Strategy};
use super::super::{Seen, WriteDate};

/// The most reviews a plan keeps: one a week for almost four years.
pub const MAX_REVIEWS: usize = 200;

// Kept as text, so what the user typed is what every screen and file shows, and the wasm
// carries no float parsing or printing (about 30 KB, more than all of reviews).
/// A value measured for a goal: a decimal number written as text (`"61.5"`, `"-3"`,
/// `"1250"`), as the user wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measure(String);

impl Measure {
    /// The most digits before and after the point: within what a float holds exactly enough to
    /// draw.
    const WHOLE_DIGITS: usize = 15;
    const FRACTION_DIGITS: usize = 6;

    /// A decimal as typed, without the thousands separators a user may write (commas, spaces,
    /// underscores) and with a leading `+` dropped; `None` when it is no such number.
    pub fn parse(text: &str) -> Option<Self> {
        let digits: String = text
            .trim()
            .trim_start_matches('+')
            .chars()
            .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}' | '_'))
            .collect();
        let unsigned = digits.strip_prefix('-').unwrap_or(&digits);
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
        let fits = |part: &str, most: usize| {
            (1..=most).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
        };
        (fits(whole, Self::WHOLE_DIGITS) && fits(fraction, Self::FRACTION_DIGITS))
            .then_some(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Its value, for drawing: worked out digit by digit.
    pub fn number(&self) -> f64 {
        let (negative, unsigned) = match self.0.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, self.0.as_str()),
        };
        let mut value = 0.0;
        let mut scale = 1.0;
        let mut after_point = false;
        for byte in unsigned.bytes() {
            match byte {
                b'.' => after_point = true,
                digit => {
                    value = value * 10.0 + f64::from(digit - b'0');
                    if after_point {
                        scale *= 10.0;
                    }
                }
            }
        }
        let value = value / scale;
        if negative {
            -value
        } else {
            value
        }
    }
}

/// One review of the goals, on one day.
#[derive(Debug, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Review {
    pub id: Id,
    #[serde(with = "iso8601::Date")]
    pub on: NaiveDate,
    /// What was recorded of each goal, in the order first written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Reading>,
}

/// What a review recorded of one goal.
#[derive(Debug, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Reading {
    pub goal: ItemId,
    /// The value measured: a decimal number written as text (`"61.5"`, `"-3"`, `"1250"`), as
    /// the user wrote it; `Reading::measure` reads it as a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(regex(pattern = r"^-?[0-9]{1,15}(\.[0-9]{1,6})?$"))
    )]
    pub value: Option<String>,
    /// The goal's milestones reached by the day of the review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reached: Vec<ItemId>,
    /// What changed since the review before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = MAX_ANSWER_NOTES_CHARS))
    )]
    pub note: String,
}

// Read by `document::read_record`, as the rest of a playbook is (see `record!`).
record!(Review { id, on, goals } needs [id, on] omits [goals if Vec::is_empty] from Review::unread());
record!(Reading { goal, value, reached, note } needs [goal] omits [
    value if Option::is_none, reached if Vec::is_empty, note if String::is_empty
] from Reading::about(&Id::unread()));

impl Review {
    /// What `read_record` reads a review into: the id and day it needs are read over these.
    fn unread() -> Self {
        Self {
            id: Id::unread(),
            on: NaiveDate::default(),
            goals: Vec::new(),
        }
    }
}

impl Blank for Review {
    fn blank() -> Self {
        Self::unread()
    }
}

impl Blank for Reading {
    fn blank() -> Self {
        Self::about(&Id::unread())
    }
}

impl Reading {
    fn about(goal: &ItemId) -> Self {
        Self {
            goal: goal.clone(),
            value: None,
            reached: Vec::new(),
            note: String::new(),
        }
    }

    /// The value measured, as a number to draw.
    pub fn measure(&self) -> Option<Measure> {
        self.value.as_deref().and_then(Measure::parse)
    }

    fn says_nothing(&self) -> bool {
        self.value.is_none() && self.reached.is_empty() && self.note.is_empty()
    }
}

/// One change to the reviews.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewEdit {
    /// A new review on the day given as `YYYY-MM-DD`.
    Add {
        id: Id,
        on: String,
    },
    /// Moves a review to the day given as `YYYY-MM-DD`.
    On {
        review: Id,
        on: String,
    },
    /// The value measured for a goal, as typed; empty for none.
    Value {
        review: Id,
        goal: ItemId,
        value: String,
    },
    /// Whether a milestone of the goal was reached.
    Reached {
        review: Id,
        goal: ItemId,
        milestone: ItemId,
        reached: bool,
    },
    /// What changed for a goal.
    Note {
        review: Id,
        goal: ItemId,
        note: String,
    },
    Remove {
        review: Id,
    },
    /// Puts a removed review back, for an undo.
    Put(Review),
}

/// Applies `edit` to `reviews`, keeping them in date order (a review moved to a day goes after
/// the others of that day).
pub fn apply(reviews: &mut Vec<Review>, edit: ReviewEdit) -> Result<(), EditError> {
    match edit {
        ReviewEdit::Add { id, on } => {
            let on = day(&on)?;
            insert(
                reviews,
                Review {
                    id,
                    on,
                    goals: Vec::new(),
                },
            )?;
        }
        ReviewEdit::Put(review) => insert(reviews, review)?,
        ReviewEdit::On { review, on } => {
            let on = day(&on)?;
            let at = position(reviews, &review)?;
            let mut moved = reviews.remove(at);
            moved.on = on;
            insert(reviews, moved)?;
        }
        ReviewEdit::Remove { review } => {
            let at = position(reviews, &review)?;
            reviews.remove(at);
        }
        ReviewEdit::Value {
            review,
            goal,
            value,
        } => {
            let value = measure(&value)?;
            reading_mut(reviews, &review, &goal)?.value = value;
        }
        ReviewEdit::Reached {
            review,
            goal,
            milestone,
            reached,
        } => {
            let reading = reading_mut(reviews, &review, &goal)?;
            reading.reached.retain(|each| each != &milestone);
            if reached {
                reading.reached.push(milestone);
            }
        }
        ReviewEdit::Note { review, goal, note } => {
            check_length("note", &note, MAX_ANSWER_NOTES_CHARS)?;
            reading_mut(reviews, &review, &goal)?.note = note;
        }
    }
    for review in reviews.iter_mut() {
        review.goals.retain(|reading| !reading.says_nothing());
    }
    Ok(())
}

fn day(text: &str) -> Result<NaiveDate, EditError> {
    iso8601::date::parse(text.trim()).ok_or(EditError::NotADate)
}

/// A value as typed; empty for none.
fn measure(text: &str) -> Result<Option<String>, EditError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Measure::parse(text)
        .map(|measure| Some(measure.into_string()))
        .ok_or(EditError::NotANumber)
}

fn insert(reviews: &mut Vec<Review>, review: Review) -> Result<(), EditError> {
    if reviews.iter().any(|each| each.id == review.id) {
        return Err(EditError::DuplicateId);
    }
    if reviews.len() >= MAX_REVIEWS {
        return Err(EditError::ListFull {
            list: "Reviews",
            max: MAX_REVIEWS,
        });
    }
    let at = reviews.partition_point(|each| each.on <= review.on);
    reviews.insert(at, review);
    Ok(())
}

fn position(reviews: &[Review], review: &Id) -> Result<usize, EditError> {
    reviews
        .iter()
        .position(|each| &each.id == review)
        .ok_or(EditError::ItemNotFound)
}

/// The reading of a goal in a review, made when the user first records something of it.
fn reading_mut<'a>(
    reviews: &'a mut [Review],
    review: &Id,
    goal: &ItemId,
) -> Result<&'a mut Reading, EditError> {
    let at = position(reviews, review)?;
    let goals = &mut reviews[at].goals;
    let at = match goals.iter().position(|reading| &reading.goal == goal) {
        Some(at) => at,
        None => {
            goals.push(Reading::about(goal));
            goals.len() - 1
        }
    };
    Ok(&mut goals[at])
}

/// Holds reviews read from a file to the rules their edits keep, in words that name the review.
pub fn settle(reviews: &mut Vec<Review>) -> Result<(), String> {
    if reviews.len() > MAX_REVIEWS {
        return Err(format!("the plan holds more than {MAX_REVIEWS} reviews"));
    }
    crate::domain::sort_stably(reviews, |a: &Review, b: &Review| a.on.cmp(&b.on));
    let mut ids = crate::domain::Seen::default();
    for review in reviews.iter() {
        if !ids.insert(review.id.as_str()) {
            return Err(format!(
                "the plan has two reviews with the id {}",
                review.id
            ));
        }
        let mut goals = crate::domain::Seen::default();
        for reading in &review.goals {
            if !goals.insert(reading.goal.as_str()) {
                return Err(format!(
                    "the review of {} says two things of one goal",
                    iso8601::date::format(review.on)
                ));
            }
            if let Some(value) = &reading.value {
                if reading.measure().as_ref().map(Measure::as_str) != Some(value.as_str()) {
                    return Err(format!(
                        "the review of {} has the value “{value}”, which is not a number as the app writes one",
                        iso8601::date::format(review.on),
                    ));
                }
            }
            if let Some(count) = length_over(&reading.note, MAX_ANSWER_NOTES_CHARS) {
                return Err(format!(
                    "the review of {} has a note of {count} characters, where it can have at most {MAX_ANSWER_NOTES_CHARS}",
                    iso8601::date::format(review.on)
                ));
            }
        }
    }
    Ok(())
}

/// The days between reviews that a cadence written in words gives: "weekly", "every two
/// weeks in our one-to-one", "fortnightly", "monthly", "every 3 weeks", "twice a month",
/// "quarterly". `None` when it names no period of weeks, months or quarters.
pub fn cadence_days(cadence: &str) -> Option<u32> {
    let text = cadence.to_ascii_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let (at, period) = words.iter().enumerate().find_map(|(at, word)| {
        let period = match *word {
            "biweekly" | "fortnight" | "fortnightly" => 14,
            "bimonthly" => 61,
            _ if word.starts_with("week") => 7,
            _ if word.starts_with("month") => 30,
            _ if word.starts_with("quarter") => 91,
            _ => return None,
        };
        Some((at, period))
    })?;
    let count = at
        .checked_sub(1)
        .and_then(|before| match words[before] {
            "other" | "two" | "couple" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "six" => Some(6),
            number => number.parse::<u32>().ok().filter(|n| (1..=12).contains(n)),
        })
        .unwrap_or(1);
    let days = period * count;
    Some(if words.contains(&"twice") {
        days / 2
    } else {
        days
    })
}

/// The first number written in `text`, such as 200 in "200 active contributors a month" or
/// 1500 in "1,500 sign-ups": a goal's target as its chart draws it.
pub fn number_in(text: &str) -> Option<Measure> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let mut number = String::new();
    if text[..start].ends_with('-') {
        number.push('-');
    }
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(char::is_ascii_digit);
        match c {
            '0'..='9' => number.push(c),
            '.' if next_is_digit && !number.contains('.') => number.push(c),
            ',' if next_is_digit => {}
            _ => break,
        }
    }
    Measure::parse(&number)
}

/// A goal's readings in date order, each with the day of its review.
pub fn history<'a>(reviews: &'a [Review], goal: &ItemId) -> Vec<(NaiveDate, &'a Reading)> {
    reviews
        .iter()
        .filter_map(|review| {
            let reading = review.goals.iter().find(|reading| &reading.goal == goal)?;
            Some((review.on, reading))
        })
        .collect()
}

/// When the next review is due (`Playbook::next_review`), as both reports say it, its day
/// written by `write`; with no day, that step 8's cadence names no period.
pub fn next_review_sentence(next: Option<NaiveDate>, write: WriteDate) -> String {
    match next {
        Some(day) => format!("The next review is due on {}.", write(day)),
        None => {
            "Step 8's review cadence names no period yet, so no reviews are planned.".to_owned()
        }
    }
}

/// The names of the goal's milestones that a reading marks reached, in the goal's order.
pub fn reached_names(goal: &SmartGoal, reading: &Reading) -> Vec<String> {
    goal.milestones
        .iter()
        .enumerate()
        .filter(|(_, milestone)| reading.reached.contains(&milestone.id))
        .map(|(at, milestone)| Strategy::milestone_label(at, milestone))
        .collect()
}

/// What the latest review of a goal recorded, its day written by `write`: "Latest review
/// 28 Dec 2026: value 61.5; milestones reached: 100 contributors; what changed: two meetups."
/// `None` while no review recorded the goal.
pub fn latest_of(goal: &SmartGoal, reviews: &[Review], write: WriteDate) -> Option<String> {
    let (on, reading) = history(reviews, &goal.id).pop()?;
    let mut said = Vec::new();
    if let Some(value) = &reading.value {
        said.push(format!("value {value}"));
    }
    let reached = reached_names(goal, reading);
    if !reached.is_empty() {
        said.push(format!("milestones reached: {}", reached.join(", ")));
    }
    if !reading.note.trim().is_empty() {
        said.push(format!("what changed: {}", reading.note.trim()));
    }
    let mut sentence = format!("Latest review {}: {}", write(on), said.join("; "));
    if !sentence.ends_with(['.', '!', '?']) {
        sentence.push('.');
    }
    Some(sentence)
}

/// The milestones some review marks reached: gathered once for a whole plan, whose hundreds of
/// milestones would otherwise each read every goal of every review.
pub fn reached(reviews: &[Review]) -> Seen<'_> {
    let mut reached = Seen::default();
    for review in reviews {
        for reading in &review.goals {
            for milestone in &reading.reached {
                reached.insert(milestone.as_str());
            }
        }
    }
    reached
}

/// The days of the reviews a plan proposes: every `cadence` days from its start, up to `last`.
pub fn review_days(start: NaiveDate, cadence: u32, last: NaiveDate) -> Vec<NaiveDate> {
    let step = Duration::days(i64::from(cadence.max(1)));
    std::iter::successors(Some(start + step), |day| Some(*day + step))
        .take_while(|day| *day <= last)
        .collect()
}

/// Half the time between reviews: a review within it of a proposed day stands for that day.
fn slack(cadence: u32) -> Duration {
    Duration::days(i64::from((cadence / 2).max(1)))
}

/// Which proposed review days a recorded review stands for: one within half a cadence of the
/// day (after the half before it, up to the half after), so a review a few days early or late
/// still counts, and none counts for two days. Returns, per proposed day, the day of the review
/// that held it.
pub fn held(days: &[NaiveDate], cadence: u32, reviews: &[Review]) -> Vec<Option<NaiveDate>> {
    let slack = slack(cadence);
    days.iter()
        .map(|&day| {
            reviews
                .iter()
                .map(|review| review.on)
                .find(|on| *on > day - slack && *on <= day + slack)
        })
        .collect()
}

/// When the next review is due: the first day of the cadence, counted from the plan's start and
/// on past its 90 days, that the latest review does not stand for. `None` while step 8's
/// cadence names no period.
pub fn next_review(cadence: &str, start: NaiveDate, reviews: &[Review]) -> Option<NaiveDate> {
    let cadence = cadence_days(cadence)?;
    let step = i64::from(cadence);
    let Some(latest) = reviews.last().map(|review| review.on) else {
        return Some(start + Duration::days(step));
    };
    // The first day whose half cadence before it starts on or after the latest review.
    let earliest = latest + slack(cadence);
    let steps = ((earliest - start).num_days() + step - 1)
        .div_euclid(step)
        .max(1);
    Some(start + Duration::days(steps * step))
}

/// A goal's progress drawn on a chart of `WIDTH` by `HEIGHT` units, in whole units so the
/// screen writes them as integers: time runs left to right from the first value measured to
/// the deadline or the last review, values bottom to top from zero (or the lowest value, when
/// one is below zero) to a little above the highest of the values and the target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// Each value measured: where it sits, its day and the value.
    pub points: Vec<(i32, i32, NaiveDate, Measure)>,
    /// The height of the target's line, and the target.
    pub target: Option<(i32, Measure)>,
    /// Where the deadline's line stands, and the day.
    pub deadline: Option<(i32, NaiveDate)>,
    /// The first and last days of the horizontal scale, for its labels.
    pub span: (NaiveDate, NaiveDate),
}

impl Chart {
    pub const WIDTH: i32 = 360;
    pub const HEIGHT: i32 = 180;
    /// Room left at each side for the labels, in chart units.
    pub const MARGIN: i32 = 20;

    /// The chart of `goal`, or `None` when no review measured it.
    pub fn of(goal: &SmartGoal, reviews: &[Review]) -> Option<Self> {
        let values: Vec<(NaiveDate, Measure)> = history(reviews, &goal.id)
            .into_iter()
            .filter_map(|(on, reading)| Some((on, reading.measure()?)))
            .collect();
        let first = values.first()?.0;
        let last = values.last()?.0;
        let target = number_in(&goal.target);
        let numbers = || {
            values
                .iter()
                .map(|(_, value)| value.number())
                .chain(target.as_ref().map(Measure::number))
        };
        let highest = numbers().fold(f64::MIN, f64::max);
        let lowest = numbers().fold(0.0, f64::min);
        let top = if highest > lowest {
            highest + (highest - lowest) * 0.1
        } else {
            lowest + 1.0
        };
        let to = goal.deadline.map_or(last, |deadline| deadline.max(last));
        let days = (to - first).num_days().max(1) as f64;
        let (margin, width, height) = (
            f64::from(Self::MARGIN),
            f64::from(Self::WIDTH),
            f64::from(Self::HEIGHT),
        );
        let x = |on: NaiveDate| {
            (margin + (on - first).num_days() as f64 / days * (width - 2.0 * margin)).round() as i32
        };
        let y = |value: f64| {
            (height - margin - (value - lowest) / (top - lowest) * (height - 2.0 * margin)).round()
                as i32
        };
        Some(Self {
            points: values
                .iter()
                .map(|(on, value)| (x(*on), y(value.number()), *on, value.clone()))
                .collect(),
            target: target.map(|target| (y(target.number()), target)),
            deadline: goal.deadline.map(|deadline| (x(deadline), deadline)),
            span: (first, to),
        })
    }

    /// The values as the `points` of an SVG polyline.
    pub fn polyline(&self) -> String {
        self.points
            .iter()
            .map(|(x, y, _, _)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> Id {
        Id::parse(&format!("{n:032x}")).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        iso8601::date::parse(text).unwrap()
    }

    fn review(n: u8, on: &str) -> Review {
        Review {
            id: id(n),
            on: day(on),
            goals: Vec::new(),
        }
    }

    #[test]
    fn a_cadence_in_words_gives_its_days() {
        for (cadence, days) in [
            ("Every two weeks, in our one-to-one", Some(14)),
            ("weekly", Some(7)),
            ("every other week", Some(14)),
            ("Fortnightly", Some(14)),
            ("bi-weekly", Some(7)),
            ("biweekly", Some(14)),
            ("every 3 weeks", Some(21)),
            ("Monthly with my manager", Some(30)),
            ("twice a month", Some(15)),
            ("each quarter", Some(91)),
            ("every six months", Some(180)),
            ("when something comes up", None),
            ("", None),
        ] {
            assert_eq!(cadence_days(cadence), days, "{cadence}");
        }
        for suggested in crate::domain::strategy::suggestions::for_text(
            crate::domain::strategy::Text::ReviewCadence,
        )
        .0
        {
            assert!(cadence_days(suggested).is_some(), "{suggested}");
        }
    }

    #[test]
    fn the_first_number_of_a_target_is_its_value() {
        let number = |text| number_in(text).map(|measure| measure.as_str().to_owned());
        assert_eq!(
            number("200 active contributors a month").as_deref(),
            Some("200")
        );
        assert_eq!(number("1,500 sign-ups").as_deref(), Some("1500"));
        assert_eq!(number("35% of sign-ups").as_deref(), Some("35"));
        assert_eq!(number("a 4.5 rating, then 5").as_deref(), Some("4.5"));
        assert_eq!(number("down to -3 days").as_deref(), Some("-3"));
        assert_eq!(number("the end of 2027.").as_deref(), Some("2027"));
        assert_eq!(number("more than before"), None);
    }

    #[test]
    fn a_measure_is_a_decimal_as_typed_and_draws_as_its_number() {
        for (typed, kept, number) in [
            ("61.5", "61.5", 61.5),
            (" 1,250.25 ", "1250.25", 1250.25),
            ("+7", "7", 7.0),
            ("-0.5", "-0.5", -0.5),
            ("12 000", "12000", 12000.0),
            ("007", "007", 7.0),
        ] {
            let measure = Measure::parse(typed).unwrap();
            assert_eq!(measure.as_str(), kept);
            assert!((measure.number() - number).abs() < 1e-9, "{typed}");
        }
        for wrong in [
            "",
            "-",
            ".5",
            "5.",
            "1.2.3",
            "12 people",
            "NaN",
            "inf",
            "1e9",
            "--1",
            "1234567890123456",
        ] {
            assert_eq!(Measure::parse(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn edits_record_values_milestones_and_notes_and_keep_date_order() {
        let mut reviews = Vec::new();
        let add = |n: u8, on: &str| ReviewEdit::Add {
            id: id(n),
            on: on.into(),
        };
        apply(&mut reviews, add(1, "2026-12-14")).unwrap();
        apply(&mut reviews, add(2, "2026-12-01")).unwrap();
        assert_eq!(
            reviews.iter().map(|r| r.on).collect::<Vec<_>>(),
            [day("2026-12-01"), day("2026-12-14")]
        );
        assert_eq!(
            apply(&mut reviews, add(1, "2026-12-20")),
            Err(EditError::DuplicateId)
        );
        assert_eq!(
            apply(&mut reviews, add(3, "14/12/2026")),
            Err(EditError::NotADate)
        );

        let value = |text: &str| ReviewEdit::Value {
            review: id(1),
            goal: id(9),
            value: text.into(),
        };
        apply(&mut reviews, value(" 1,250.5 ")).unwrap();
        assert_eq!(
            history(&reviews, &id(9))[0].1.value,
            Some("1250.5".to_owned())
        );
        for wrong in ["12 people", "NaN", "inf", "1e999"] {
            assert_eq!(
                apply(&mut reviews, value(wrong)),
                Err(EditError::NotANumber),
                "{wrong}"
            );
        }
        let reach = |reached| ReviewEdit::Reached {
            review: id(1),
            goal: id(9),
            milestone: id(7),
            reached,
        };
        apply(&mut reviews, reach(true)).unwrap();
        assert!(reached(&reviews).contains(id(7).as_str()));
        // Clearing everything of a reading takes the reading away.
        apply(&mut reviews, value("")).unwrap();
        apply(&mut reviews, reach(false)).unwrap();
        assert!(reviews[1].goals.is_empty());

        // Moving a review keeps the order; removing and putting back restores it.
        apply(
            &mut reviews,
            ReviewEdit::On {
                review: id(2),
                on: "2027-01-02".into(),
            },
        )
        .unwrap();
        assert_eq!(reviews[1].id, id(2));
        let removed = reviews[0].clone();
        apply(&mut reviews, ReviewEdit::Remove { review: id(1) }).unwrap();
        apply(&mut reviews, ReviewEdit::Put(removed)).unwrap();
        assert_eq!(reviews[0].id, id(1));
        assert_eq!(
            apply(&mut reviews, ReviewEdit::Remove { review: id(5) }),
            Err(EditError::ItemNotFound)
        );
    }

    #[test]
    fn a_milestone_is_reached_when_any_review_marks_it() {
        let reading = |goal: u8, reached: &[u8]| Reading {
            goal: id(goal),
            value: None,
            reached: reached.iter().map(|n| id(*n)).collect(),
            note: String::new(),
        };
        let mut later = review(1, "2027-01-10");
        later.goals = vec![reading(9, &[7, 3]), reading(8, &[])];
        let mut earlier = review(2, "2026-12-14");
        earlier.goals = vec![reading(8, &[6]), reading(9, &[7])];
        let reviews = [later, earlier];
        let marked = reached(&reviews);
        for n in [3, 6, 7] {
            assert!(marked.contains(id(n).as_str()), "{n}");
        }
        assert!(!marked.contains(id(4).as_str()));
        assert!(!reached(&[]).contains(id(7).as_str()));
    }

    #[test]
    fn a_review_stands_for_the_proposed_day_within_half_a_cadence() {
        let start = day("2026-11-23");
        let days = review_days(start, 14, day("2027-02-20"));
        assert_eq!(days.len(), 6);
        assert_eq!(days[0], day("2026-12-07"));
        // A kick-off on the first day is too early for the first review; two in one
        // fortnight count once; a review four days late still counts.
        let reviews = [
            review(1, "2026-11-23"),
            review(2, "2026-12-05"),
            review(3, "2026-12-06"),
            review(4, "2026-12-25"),
        ];
        let held = held(&days, 14, &reviews);
        assert_eq!(held[0], Some(day("2026-12-05")));
        assert_eq!(held[1], Some(day("2026-12-25")));
        assert_eq!(held[2..], [None, None, None, None]);
    }

    #[test]
    fn the_next_review_follows_the_cadence_past_the_latest_and_past_the_plan() {
        let start = day("2026-11-23");
        let cadence = "every two weeks";
        assert_eq!(next_review(cadence, start, &[]), Some(day("2026-12-07")));
        assert_eq!(
            next_review(cadence, start, &[review(1, "2026-11-23")]),
            Some(day("2026-12-07"))
        );
        assert_eq!(
            next_review(cadence, start, &[review(1, "2026-12-07")]),
            Some(day("2026-12-21"))
        );
        assert_eq!(
            next_review(cadence, start, &[review(1, "2026-12-10")]),
            Some(day("2026-12-21"))
        );
        // A year on, the loop goes on in step.
        let later = next_review(cadence, start, &[review(1, "2027-11-20")]).unwrap();
        assert!(later > day("2027-11-20") && (later - start).num_days() % 14 == 0);
        assert_eq!(next_review("as needed", start, &[]), None);
    }

    #[test]
    fn the_chart_places_values_target_and_deadline_within_its_frame() {
        let mut goal: SmartGoal = serde_json::from_value(serde_json::json!({
            "id": id(9).to_string(), "target": "200 contributors", "deadline": "2027-06-30"
        }))
        .unwrap();
        let mut reviews = vec![review(1, "2026-12-01"), review(2, "2027-01-01")];
        assert_eq!(Chart::of(&goal, &reviews), None);
        for (at, value) in [(0, "40"), (1, "90")] {
            reviews[at].goals.push(Reading {
                value: Some(value.to_owned()),
                ..Reading::about(&id(9))
            });
        }
        let chart = Chart::of(&goal, &reviews).unwrap();
        assert_eq!(chart.points.len(), 2);
        let (x0, y0, _, _) = chart.points[0];
        let (x1, y1, _, _) = chart.points[1];
        let (target_y, target) = chart.target.clone().unwrap();
        let (deadline_x, _) = chart.deadline.unwrap();
        assert_eq!(target.as_str(), "200");
        assert_eq!(x0, Chart::MARGIN);
        assert!(x0 < x1 && x1 < deadline_x && deadline_x <= Chart::WIDTH - Chart::MARGIN);
        // Higher values sit higher, which is a smaller y.
        assert!(target_y < y1 && y1 < y0 && y0 <= Chart::HEIGHT - Chart::MARGIN);
        assert!(target_y >= Chart::MARGIN);
        assert_eq!(chart.polyline().split(' ').count(), 2);
        goal.target.clear();
        goal.deadline = None;
        let chart = Chart::of(&goal, &reviews).unwrap();
        assert_eq!((chart.target, chart.deadline), (None, None));
        assert_eq!(chart.points[1].0, Chart::WIDTH - Chart::MARGIN);
    }

    #[test]
    fn stored_reviews_are_held_to_the_rules_of_their_edits() {
        let mut reviews = vec![review(2, "2027-01-01"), review(1, "2026-12-01")];
        assert_eq!(settle(&mut reviews), Ok(()));
        assert_eq!(reviews[0].id, id(1));
        let mut twice = vec![review(1, "2027-01-01"), review(1, "2026-12-01")];
        assert!(settle(&mut twice).unwrap_err().contains("two reviews"));
        let mut one_goal_twice = vec![review(1, "2026-12-01")];
        one_goal_twice[0].goals = vec![Reading::about(&id(9)), Reading::about(&id(9))];
        assert!(settle(&mut one_goal_twice)
            .unwrap_err()
            .contains("two things of one goal"));
        let mut long = vec![review(1, "2026-12-01")];
        long[0].goals = vec![Reading {
            note: "x".repeat(MAX_ANSWER_NOTES_CHARS + 1),
            ..Reading::about(&id(9))
        }];
        assert!(settle(&mut long).unwrap_err().contains("at most"));
        let mut not_a_number = vec![review(1, "2026-12-01")];
        not_a_number[0].goals = vec![Reading {
            value: Some("1,5".to_owned()),
            ..Reading::about(&id(9))
        }];
        assert!(settle(&mut not_a_number)
            .unwrap_err()
            .contains("“1,5”, which is not a number"));
    }
}
