//! Executive buy-in: one assessment per interview of an executive, the answers given, and the
//! edits that change them. The content lives in `questions`, the rule in `verdict`, one
//! executive's interviews over time in `series`, and the comparison of interviews in `compare`.
//!
//! Stored inside the playbook as `assessments`, each like:
//!
//! ```json
//! {
//!   "id": "9c0e5b7d41e8a6c23f2a9c0e5b7d41e8",
//!   "executive": "Dana Kim", "role": "VP Engineering",
//!   "interview_date": "2026-11-20", "interviewer": "Sam Rivera",
//!   "answers": {
//!     "value-why": { "notes": "Adoption of the API", "private": false,
//!                    "rating": "strong", "signs": [] }
//!   },
//!   "current_question": "value-brings",
//!   "follows": null,
//!   "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-20T10:40:00Z"
//! }
//! ```
//!
//! Answers are keyed by question id; an id this app does not know (written by a newer one) is
//! kept as it is.

pub mod compare;
#[cfg(test)]
mod fixtures;
pub mod guide;
pub mod guide_page;
pub mod questions;
pub mod series;
pub mod verdict;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::document::{
    record, Blank, ChoiceSet, Field, FieldRef, OptionalChoice, Record, RecordMap, Slot,
};
use super::edit::{
    check_length, fits, length_over, EditError, MAX_INTERVIEW_NOTES_CHARS, MAX_NAME_CHARS,
};
use super::id::Id;
use super::iso8601;
use questions::{question, Rating, WarningSign, QUESTIONS};

pub type AssessmentId = Id;

#[derive(Debug, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Assessment {
    pub id: AssessmentId,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_NAME_CHARS)))]
    pub executive: String,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_NAME_CHARS)))]
    pub role: String,
    #[serde(default, with = "iso8601::OptionalDate")]
    pub interview_date: Option<NaiveDate>,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_NAME_CHARS)))]
    pub interviewer: String,
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "std::collections::BTreeMap<String, Answer>")
    )]
    pub answers: Answers,
    /// Where the interview was left, so it resumes there.
    #[serde(default)]
    pub current_question: Option<String>,
    /// The earlier interview of the same executive that this one started from.
    #[serde(default)]
    pub follows: Option<AssessmentId>,
    #[serde(with = "iso8601::Timestamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "iso8601::Timestamp")]
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Answer {
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_INTERVIEW_NOTES_CHARS)))]
    pub notes: String,
    /// Private notes stay in this browser's playbook and are left out of shared output.
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub rating: Option<Rating>,
    #[serde(default)]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "std::collections::BTreeSet<WarningSign>")
    )]
    pub signs: Signs,
}

/// An interview's answers by question id, in the order of their ids, as a file keeps them: a
/// sorted list searched by halves, lighter in the wasm than a map's tree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(String, Answer)>);

impl Answers {
    fn at(&self, question: &str) -> Result<usize, usize> {
        self.0
            .binary_search_by(|(known, _)| known.as_str().cmp(question))
    }

    pub fn get(&self, question: &str) -> Option<&Answer> {
        Some(&self.0[self.at(question).ok()?].1)
    }

    /// The answer to `question`, a blank one put in its place when there is none.
    pub fn get_or_blank(&mut self, question: &str) -> &mut Answer {
        let at = match self.at(question) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (question.to_owned(), Answer::default()));
                at
            }
        };
        &mut self.0[at].1
    }

    pub fn remove(&mut self, question: &str) {
        if let Ok(at) = self.at(question) {
            self.0.remove(at);
        }
    }

    /// Each question id with its answer, in the order of the ids.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0
            .iter()
            .map(|(question, answer)| (question.as_str(), answer))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Answer> {
        self.0.iter_mut().map(|(_, answer)| answer)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// The warning signs heard on a question, in the order of the signs, as a set keeps them: a
/// sorted list, lighter in the wasm than a set's tree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signs(Vec<WarningSign>);

impl Signs {
    pub fn contains(&self, sign: &WarningSign) -> bool {
        self.0.binary_search(sign).is_ok()
    }

    pub fn insert(&mut self, sign: WarningSign) {
        if let Err(at) = self.0.binary_search(&sign) {
            self.0.insert(at, sign);
        }
    }

    pub fn remove(&mut self, sign: &WarningSign) {
        if let Ok(at) = self.0.binary_search(sign) {
            self.0.remove(at);
        }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, WarningSign> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'a> IntoIterator for &'a Signs {
    type Item = &'a WarningSign;
    type IntoIter = std::slice::Iter<'a, WarningSign>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Serialize for Signs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.0)
    }
}

// Read by `document::read_record`, as the strategy is (see `record!`).
record!(Assessment {
    id, executive, role, interview_date, interviewer, answers, current_question, follows,
    created_at, updated_at
} needs [id, executive, created_at, updated_at] from Assessment::unread());
record!(Answer { notes, private, rating, signs } from Answer::default());

impl Blank for Assessment {
    fn blank() -> Self {
        Self::unread()
    }
}

impl Slot for Answers {
    fn slot(&mut self) -> Field<'_> {
        Field::Map(self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::Map(self)
    }
}

impl RecordMap for Answers {
    fn insert_default(&mut self, key: String) -> &mut dyn Record {
        let answer = self.get_or_blank(&key);
        *answer = Answer::default();
        answer
    }

    fn records(&self) -> Vec<(&str, &dyn Record)> {
        self.iter()
            .map(|(key, answer)| (key, answer as &dyn Record))
            .collect()
    }
}

impl Slot for Option<Rating> {
    fn slot(&mut self) -> Field<'_> {
        Field::Choice(self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::Choice(self)
    }
}

impl OptionalChoice for Option<Rating> {
    fn choices(&self) -> (&'static str, &'static [&'static str]) {
        ("Rating", Rating::IDS)
    }

    fn choose(&mut self, at: Option<usize>) {
        *self = at.and_then(|at| Rating::ALL.get(at).copied());
    }

    fn chosen(&self) -> Option<usize> {
        self.and_then(|rating| Rating::ALL.iter().position(|known| *known == rating))
    }
}

impl Slot for Signs {
    fn slot(&mut self) -> Field<'_> {
        Field::Choices(self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::Choices(self)
    }
}

impl ChoiceSet for Signs {
    fn choices(&self) -> (&'static str, &'static [&'static str]) {
        ("WarningSign", WarningSign::IDS)
    }

    fn insert(&mut self, at: usize) {
        if let Some(sign) = WarningSign::ALL.get(at) {
            Signs::insert(self, *sign);
        }
    }

    fn chosen(&self) -> Vec<usize> {
        self.iter()
            .filter_map(|sign| WarningSign::ALL.iter().position(|known| known == sign))
            .collect()
    }
}

impl Assessment {
    /// What `read_record` reads an interview into: the fields it needs are read over these.
    fn unread() -> Self {
        Self {
            id: Id::unread(),
            executive: String::new(),
            role: String::new(),
            interview_date: None,
            interviewer: String::new(),
            answers: Answers::default(),
            current_question: None,
            follows: None,
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
        }
    }
}

impl Answer {
    fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// Who is interviewed, by whom and when: what a user gives to start an assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Interviewee {
    pub executive: String,
    pub role: String,
    /// As typed in a date field: `YYYY-MM-DD`, or empty.
    pub interview_date: String,
    pub interviewer: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentEdit {
    Executive(String),
    Role(String),
    Interviewer(String),
    /// `YYYY-MM-DD`, or empty to clear it.
    InterviewDate(String),
    Notes {
        question: String,
        notes: String,
    },
    Private {
        question: String,
        private: bool,
    },
    Rate {
        question: String,
        rating: Option<Rating>,
    },
    Sign {
        question: String,
        sign: WarningSign,
        heard: bool,
    },
    GoTo {
        question: String,
    },
}

impl Assessment {
    pub fn new(id: AssessmentId, who: Interviewee, now: DateTime<Utc>) -> Result<Self, EditError> {
        Ok(Self {
            id,
            executive: checked_executive(who.executive.trim())?,
            role: checked_text("role", who.role.trim())?,
            interview_date: checked_date(who.interview_date.trim())?,
            interviewer: checked_text("interviewer", who.interviewer.trim())?,
            answers: Answers::default(),
            current_question: None,
            follows: None,
            created_at: now,
            updated_at: now,
        })
    }

    /// A new interview of the same executive that starts from this one's answers, so only
    /// what changed needs saying; the two can then be compared. It takes place `today`, the
    /// date where the interviewer is, until they say otherwise.
    pub fn follow_up(&self, id: AssessmentId, now: DateTime<Utc>, today: NaiveDate) -> Self {
        Self {
            id,
            interview_date: Some(today),
            current_question: None,
            follows: Some(self.id.clone()),
            created_at: now,
            updated_at: now,
            ..self.clone()
        }
    }

    /// Holds an interview read from a file to the rules its edits keep. `number` is its place
    /// in the playbook, counted from 1, to name it. An empty executive's name is mended with
    /// the name an anonymised file gives (returned, in words, as the mend); a name or notes
    /// longer than an edit allows are refused; a question this app does not know is no place
    /// to resume at.
    pub fn settle(&mut self, number: usize) -> Result<Option<String>, String> {
        let mut mended = None;
        if self.executive.trim().is_empty() {
            self.executive = format!("Executive {number}");
            mended = Some(format!(
                "Interview {number} had no executive's name, so it is called “{}”.",
                self.executive
            ));
        }
        let place = format!("interview {number} ({})", self.executive.trim());
        for (field, text) in [
            ("executive's name", &self.executive),
            ("role", &self.role),
            ("interviewer", &self.interviewer),
        ] {
            fits(text, MAX_NAME_CHARS)
                .map_err(|problem| format!("in {place}, the {field} {problem}"))?;
        }
        for (id, answer) in self.answers.iter() {
            if let Some(count) = length_over(&answer.notes, MAX_INTERVIEW_NOTES_CHARS) {
                let asked = question(id).map_or(id, |question| question.prompt);
                return Err(format!(
                    "in {place}, the notes on “{asked}” are {count} characters long, where they can be at most {MAX_INTERVIEW_NOTES_CHARS}"
                ));
            }
        }
        if self
            .current_question
            .as_deref()
            .is_some_and(|id| question(id).is_none())
        {
            self.current_question = None;
        }
        Ok(mended)
    }

    /// The day of the interview: its date, or the day it was started when it has none.
    pub fn held_on(&self) -> NaiveDate {
        self.interview_date
            .unwrap_or_else(|| crate::domain::local_day(self.created_at))
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question)
    }

    pub fn apply(&mut self, edit: AssessmentEdit, now: DateTime<Utc>) -> Result<(), EditError> {
        match edit {
            AssessmentEdit::Executive(name) => self.executive = checked_executive(&name)?,
            AssessmentEdit::Role(role) => self.role = checked_text("role", &role)?,
            AssessmentEdit::Interviewer(name) => {
                self.interviewer = checked_text("interviewer", &name)?
            }
            AssessmentEdit::InterviewDate(text) => self.interview_date = checked_date(text.trim())?,
            AssessmentEdit::Notes { question, notes } => {
                check_length("notes", &notes, MAX_INTERVIEW_NOTES_CHARS)?;
                self.update_answer(&question, |answer| answer.notes = notes)?;
            }
            AssessmentEdit::Private { question, private } => {
                self.update_answer(&question, |answer| answer.private = private)?
            }
            AssessmentEdit::Rate { question, rating } => {
                self.update_answer(&question, |answer| answer.rating = rating)?
            }
            AssessmentEdit::Sign {
                question: id,
                sign,
                heard,
            } => {
                let asked = question(&id).ok_or(EditError::UnknownQuestion)?;
                if sign.heard_in() != asked.group {
                    return Err(EditError::SignNotForQuestion);
                }
                self.update_answer(&id, |answer| {
                    if heard {
                        answer.signs.insert(sign);
                    } else {
                        answer.signs.remove(&sign);
                    }
                })?;
            }
            AssessmentEdit::GoTo { question: id } => {
                question(&id).ok_or(EditError::UnknownQuestion)?;
                self.current_question = Some(id);
            }
        }
        self.updated_at = self.updated_at.max(now);
        Ok(())
    }

    /// A copy to share: private notes are left out. Their ratings and warning signs stay, so
    /// the verdict a reader sees is the one the interviewer saw.
    pub fn without_private_notes(&self) -> Self {
        let mut shared = self.clone();
        for answer in shared.answers.values_mut().filter(|answer| answer.private) {
            answer.notes.clear();
        }
        shared
    }

    /// The position to resume at, as an index into `QUESTIONS`.
    pub fn current_index(&self) -> usize {
        self.current_question
            .as_deref()
            .and_then(|id| QUESTIONS.iter().position(|question| question.id == id))
            .unwrap_or(0)
    }

    /// How many of the app's questions have a rating.
    pub fn rated_count(&self) -> usize {
        QUESTIONS
            .iter()
            .filter(|question| {
                self.answer(question.id)
                    .is_some_and(|answer| answer.rating.is_some())
            })
            .count()
    }

    /// Every warning sign heard, with the question it was heard on, in question order.
    pub fn signs_heard(&self) -> Vec<(WarningSign, &'static str)> {
        QUESTIONS
            .iter()
            .filter_map(|question| Some((question.id, self.answer(question.id)?)))
            .flat_map(|(id, answer)| answer.signs.iter().map(move |sign| (*sign, id)))
            .collect()
    }

    fn update_answer(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut Answer),
    ) -> Result<(), EditError> {
        question(id).ok_or(EditError::UnknownQuestion)?;
        let answer = self.answers.get_or_blank(id);
        change(answer);
        if answer.is_empty() {
            self.answers.remove(id);
        }
        Ok(())
    }
}

fn checked_executive(name: &str) -> Result<String, EditError> {
    if name.trim().is_empty() {
        return Err(EditError::Required("executive's name"));
    }
    checked_text("executive's name", name)
}

fn checked_text(field: &'static str, text: &str) -> Result<String, EditError> {
    check_length(field, text, MAX_NAME_CHARS)?;
    Ok(text.to_owned())
}

fn checked_date(text: &str) -> Result<Option<NaiveDate>, EditError> {
    if text.is_empty() {
        return Ok(None);
    }
    iso8601::date::parse(text)
        .map(Some)
        .ok_or(EditError::NotADate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::id;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap()
    }

    fn dana() -> Assessment {
        let who = Interviewee {
            executive: " Dana Kim ".into(),
            role: "VP Engineering".into(),
            interview_date: "2026-11-20".into(),
            interviewer: "Sam".into(),
        };
        Assessment::new(id(1), who, at(8)).unwrap()
    }

    #[test]
    fn a_new_assessment_needs_a_name_and_a_real_date() {
        let assessment = dana();
        assert_eq!(assessment.executive, "Dana Kim");
        assert_eq!(
            assessment.interview_date,
            NaiveDate::from_ymd_opt(2026, 11, 20)
        );

        let nameless = Interviewee {
            executive: "  ".into(),
            ..Interviewee::default()
        };
        let error = Assessment::new(id(2), nameless, at(8)).unwrap_err();
        assert_eq!(error.to_string(), "The executive's name is required.");

        let bad_date = Interviewee {
            executive: "Lee".into(),
            interview_date: "2026-02-30".into(),
            ..Interviewee::default()
        };
        let error = Assessment::new(id(2), bad_date, at(8)).unwrap_err();
        assert_eq!(error, EditError::NotADate);
    }

    #[test]
    fn answers_are_kept_per_question_and_empty_ones_dropped() {
        let mut assessment = dana();
        let rate = |rating| AssessmentEdit::Rate {
            question: "value-why".into(),
            rating,
        };
        assessment.apply(rate(Some(Rating::Strong)), at(9)).unwrap();
        assessment
            .apply(
                AssessmentEdit::Notes {
                    question: "value-why".into(),
                    notes: "Adoption".into(),
                },
                at(9),
            )
            .unwrap();
        assert_eq!(
            assessment.answer("value-why").unwrap().rating,
            Some(Rating::Strong)
        );
        assert_eq!(assessment.rated_count(), 1);
        assert_eq!(assessment.updated_at, at(9));

        assessment.apply(rate(None), at(10)).unwrap();
        assessment
            .apply(
                AssessmentEdit::Notes {
                    question: "value-why".into(),
                    notes: String::new(),
                },
                at(10),
            )
            .unwrap();
        assert!(assessment.answers.is_empty());
    }

    #[test]
    fn unknown_questions_and_misplaced_signs_are_refused() {
        let mut assessment = dana();
        let before = assessment.clone();
        let unknown = AssessmentEdit::Rate {
            question: "nope".into(),
            rating: Some(Rating::Weak),
        };
        assert_eq!(
            assessment.apply(unknown, at(9)),
            Err(EditError::UnknownQuestion)
        );
        let misplaced = AssessmentEdit::Sign {
            question: "communication-now".into(),
            sign: WarningSign::NoWayToMeasure,
            heard: true,
        };
        assert_eq!(
            assessment.apply(misplaced, at(9)),
            Err(EditError::SignNotForQuestion)
        );
        assert_eq!(assessment, before);
    }

    #[test]
    fn signs_are_listed_with_their_question_in_interview_order() {
        let mut assessment = dana();
        for (question, sign) in [
            ("success-measured", WarningSign::NoWayToMeasure),
            ("value-why", WarningSign::OnlyBecauseOthersDoIt),
        ] {
            assessment
                .apply(
                    AssessmentEdit::Sign {
                        question: question.into(),
                        sign,
                        heard: true,
                    },
                    at(9),
                )
                .unwrap();
        }
        assert_eq!(
            assessment.signs_heard(),
            vec![
                (WarningSign::OnlyBecauseOthersDoIt, "value-why"),
                (WarningSign::NoWayToMeasure, "success-measured")
            ]
        );
        assessment
            .apply(
                AssessmentEdit::Sign {
                    question: "value-why".into(),
                    sign: WarningSign::OnlyBecauseOthersDoIt,
                    heard: false,
                },
                at(9),
            )
            .unwrap();
        assert_eq!(assessment.signs_heard().len(), 1);
    }

    #[test]
    fn the_interview_resumes_where_it_was_left() {
        let mut assessment = dana();
        assert_eq!(assessment.current_index(), 0);
        assessment
            .apply(
                AssessmentEdit::GoTo {
                    question: "teamwork-goals".into(),
                },
                at(9),
            )
            .unwrap();
        assert_eq!(QUESTIONS[assessment.current_index()].id, "teamwork-goals");
    }

    #[test]
    fn a_follow_up_starts_from_the_earlier_answers() {
        let mut earlier = dana();
        earlier
            .apply(
                AssessmentEdit::Rate {
                    question: "value-why".into(),
                    rating: Some(Rating::Partial),
                },
                at(9),
            )
            .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let later = earlier.follow_up(id(9), at(12), today);
        assert_eq!(later.follows.as_ref(), Some(&earlier.id));
        assert_eq!(later.answers, earlier.answers);
        assert_eq!(
            later.interview_date,
            Some(today),
            "dated the day it is taken"
        );
        assert_eq!(later.created_at, at(12));
    }

    #[test]
    fn private_notes_stay_out_of_what_is_shared_but_the_verdict_does_not_change() {
        let mut assessment = dana();
        for (question, notes, private) in [
            ("value-why", "Said in confidence", true),
            ("value-brings", "On the record", false),
        ] {
            assessment
                .apply(
                    AssessmentEdit::Notes {
                        question: question.into(),
                        notes: notes.into(),
                    },
                    at(9),
                )
                .unwrap();
            assessment
                .apply(
                    AssessmentEdit::Private {
                        question: question.into(),
                        private,
                    },
                    at(9),
                )
                .unwrap();
            assessment
                .apply(
                    AssessmentEdit::Rate {
                        question: question.into(),
                        rating: Some(Rating::Strong),
                    },
                    at(9),
                )
                .unwrap();
        }
        let shared = assessment.without_private_notes();
        assert_eq!(shared.answer("value-why").unwrap().notes, "");
        assert_eq!(
            shared.answer("value-why").unwrap().rating,
            Some(Rating::Strong)
        );
        assert_eq!(
            shared.answer("value-brings").unwrap().notes,
            "On the record"
        );
        assert_eq!(verdict::judge(&shared), verdict::judge(&assessment));
        assert_eq!(
            assessment.answer("value-why").unwrap().notes,
            "Said in confidence",
            "the original keeps them"
        );
    }

    #[test]
    fn answers_to_questions_from_a_newer_app_are_kept() {
        let text = r#"{"id":"0101010101010101010101010101010a","executive":"Dana","created_at":"2026-11-23T08:00:00Z","updated_at":"2026-11-23T08:00:00Z","answers":{"future-question":{"notes":"kept"}}}"#;
        let assessment: Assessment = serde_json::from_str(text).unwrap();
        assert_eq!(assessment.answer("future-question").unwrap().notes, "kept");
        assert!(serde_json::to_string(&assessment)
            .unwrap()
            .contains("future-question"));
    }
}
