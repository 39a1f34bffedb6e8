//! The playbook: one company's buy-in assessments and program strategy, and the edits that
//! change it.
//!
//! Stored and exported as JSON in this shape (schema version 1):
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3",
//!   "title": "Acme developer program",
//!   "company": "Acme",
//!   "author": "Sam Rivera",
//!   "created_at": "2026-11-23T08:30:00Z",
//!   "updated_at": "2026-11-23T09:12:45.120Z"
//! }
//! ```
//!
//! Times are ISO 8601 in UTC. Sections added by later schema versions (assessments, strategy)
//! are new fields with defaults, so a document without them still reads; a change that alters
//! the meaning of an existing field raises `SCHEMA_VERSION` (`versions.rs`) and adds a migration
//! in `file.rs`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::buyin::{Assessment, AssessmentEdit, AssessmentId};
use super::document::{record, Field, FieldRef, Slot};
use super::edit::{check_length, fits, EditError, MAX_NAME_CHARS};
use super::id::Id;
use super::iso8601;
use super::onboarding::{self, Basis, Onboarding, OnboardingEdit, Task};
use super::strategy::{Strategy, StrategyEdit};
use super::versions::SCHEMA_VERSION;

/// What a playbook loaded without a title is called.
pub const UNTITLED: &str = "Untitled playbook";

/// A playbook's identity; it names the storage key and the URL.
pub type PlaybookId = Id;

#[derive(Debug, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Playbook {
    pub schema_version: u32,
    pub id: PlaybookId,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_NAME_CHARS)))]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_NAME_CHARS)))]
    pub company: String,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_NAME_CHARS)))]
    pub author: String,
    #[serde(with = "iso8601::Timestamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "iso8601::Timestamp")]
    pub updated_at: DateTime<Utc>,
    /// Executive buy-in interviews, in the order they were added.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// The program strategy, step by step.
    // Boxed: it is by far the largest part, and a playbook is moved around whole.
    #[serde(default, skip_serializing_if = "Strategy::is_empty")]
    pub strategy: Box<Strategy>,
    /// What the user said of the first 90 days' plan; the plan itself is worked out from the
    /// rest of the playbook.
    #[serde(default, skip_serializing_if = "Onboarding::is_untouched")]
    pub onboarding: Onboarding,
    /// When this playbook was last saved as a file, to remind the user to keep a copy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "iso8601::OptionalTimestamp"
    )]
    pub exported_at: Option<DateTime<Utc>>,
    /// Changes made since then.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub edits_since_export: u32,
    /// The example a first-time user can open, marked as such wherever it is shown.
    #[serde(default, skip_serializing_if = "is_false")]
    pub example: bool,
}

// Read by `document::read_record`, as the strategy is (see `record!`).
record!(Playbook {
    schema_version, id, title, company, author, created_at, updated_at, assessments, strategy,
    onboarding, exported_at, edits_since_export, example
} needs [schema_version, id, title, created_at, updated_at] omits [
    strategy if Strategy::is_empty, onboarding if Onboarding::is_untouched,
    exported_at if Option::is_none, edits_since_export if is_zero, example if is_false
] from Playbook::unread());

impl Playbook {
    /// What `read_record` reads a playbook into, and a copy is made in: the fields it needs
    /// are read over these.
    fn unread() -> Self {
        Playbook {
            schema_version: 0,
            id: Id::unread(),
            title: String::new(),
            company: String::new(),
            author: String::new(),
            created_at: DateTime::default(),
            updated_at: DateTime::default(),
            assessments: Vec::new(),
            strategy: Box::default(),
            onboarding: Onboarding::default(),
            exported_at: None,
            edits_since_export: 0,
            example: false,
        }
    }
}

impl Slot for Box<Strategy> {
    fn slot(&mut self) -> Field<'_> {
        Field::Record(&mut **self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::Record(&**self)
    }
}

impl Slot for Onboarding {
    fn slot(&mut self) -> Field<'_> {
        Field::Record(self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::Record(self)
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(flag: &bool) -> bool {
    !flag
}

/// How many changes since the last export make a reminder worth showing. Typing counts each
/// key press, so this is a few paragraphs of notes.
pub const EDITS_BEFORE_REMINDER: u32 = 500;

/// Why the user should save a file of this playbook now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportReminder {
    NeverExported,
    ChangedSinceExport,
}

impl ExportReminder {
    pub fn message(self) -> &'static str {
        match self {
            Self::NeverExported => {
                "Never saved as a file: export it to keep a copy outside this browser."
            }
            Self::ChangedSinceExport => {
                "Changed a lot since it was last saved as a file: export it again."
            }
        }
    }
}

/// The details a user gives when starting a playbook.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewPlaybook {
    pub title: String,
    pub company: String,
    pub author: String,
}

/// One change a user makes. Every change to a playbook goes through `Playbook::apply`, so the
/// rules live in one place and `updated_at` is always kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaybookEdit {
    Title(String),
    Company(String),
    Author(String),
    AddAssessment(Assessment),
    /// Puts back an assessment that was removed, where it stood.
    RestoreAssessment(RemovedAssessment),
    RemoveAssessment(AssessmentId),
    Assessment {
        id: AssessmentId,
        edit: AssessmentEdit,
    },
    Strategy(StrategyEdit),
    /// Puts the strategy back as it was before a removal, links and all, for an undo.
    RestoreStrategy(Box<Strategy>),
    /// A change to the first 90 days' plan.
    Onboarding(OnboardingEdit),
}

/// The parts of a playbook an edit may change, each read by its own views: an edit to one
/// leaves the others' views as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Title, company and author.
    Details,
    Interviews,
    Strategy,
    Onboarding,
}

impl PlaybookEdit {
    /// The part of the playbook this edit changes (besides when it was last updated).
    pub fn part(&self) -> Part {
        match self {
            Self::Title(_) | Self::Company(_) | Self::Author(_) => Part::Details,
            Self::AddAssessment(_)
            | Self::RestoreAssessment(_)
            | Self::RemoveAssessment(_)
            | Self::Assessment { .. } => Part::Interviews,
            Self::Strategy(_) | Self::RestoreStrategy(_) => Part::Strategy,
            Self::Onboarding(_) => Part::Onboarding,
        }
    }
}

/// An assessment taken out of a playbook, with its place, so an undo can put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedAssessment {
    pub assessment: Assessment,
    at: usize,
    /// The interviews that followed it. Removal links them to the interview it followed, so
    /// the executive's series holds together; an undo links them back.
    followers: Vec<AssessmentId>,
}

impl Playbook {
    pub fn new(
        id: PlaybookId,
        details: NewPlaybook,
        now: DateTime<Utc>,
    ) -> Result<Self, EditError> {
        Ok(Self {
            schema_version: SCHEMA_VERSION,
            id,
            title: checked_title(details.title.trim())?,
            company: checked_name("company", details.company.trim())?,
            author: checked_name("author", details.author.trim())?,
            created_at: now,
            updated_at: now,
            assessments: Vec::new(),
            strategy: Box::default(),
            onboarding: Onboarding::default(),
            exported_at: None,
            edits_since_export: 0,
            example: false,
        })
    }

    pub fn apply(&mut self, edit: PlaybookEdit, now: DateTime<Utc>) -> Result<(), EditError> {
        match edit {
            PlaybookEdit::Title(title) => self.title = checked_title(&title)?,
            PlaybookEdit::Company(company) => self.company = checked_name("company", &company)?,
            PlaybookEdit::Author(author) => self.author = checked_name("author", &author)?,
            PlaybookEdit::AddAssessment(assessment) => self.assessments.push(assessment),
            PlaybookEdit::RestoreAssessment(RemovedAssessment {
                assessment,
                at,
                followers,
            }) => {
                for follower in &mut self.assessments {
                    if followers.contains(&follower.id) {
                        follower.follows = Some(assessment.id.clone());
                    }
                }
                self.assessments
                    .insert(at.min(self.assessments.len()), assessment);
            }
            PlaybookEdit::RemoveAssessment(id) => {
                let at = self.assessment_position(&id)?;
                let removed = self.assessments.remove(at);
                // The first interview of a series hands its place to the next one.
                let heir = removed.follows.or_else(|| {
                    let next = self
                        .assessments
                        .iter()
                        .find(|a| a.follows.as_ref() == Some(&id));
                    next.map(|next| next.id.clone())
                });
                for follower in &mut self.assessments {
                    if follower.follows.as_ref() == Some(&id) {
                        follower.follows = heir.clone().filter(|heir| heir != &follower.id);
                    }
                }
            }
            PlaybookEdit::Assessment { id, edit } => {
                let at = self.assessment_position(&id)?;
                self.assessments[at].apply(edit, now)?;
            }
            PlaybookEdit::Strategy(edit) => self.strategy.apply(edit)?,
            PlaybookEdit::RestoreStrategy(strategy) => self.strategy = strategy,
            PlaybookEdit::Onboarding(edit) => self.onboarding.apply(edit)?,
        }
        self.touch(now);
        self.edits_since_export = self.edits_since_export.saturating_add(1);
        Ok(())
    }

    /// Holds a document read from storage or a file to the rules that edits keep, so whatever
    /// loads can be edited: what can be mended without losing a word is mended (an empty title
    /// or executive's name, a link to nothing), and what cannot is refused, naming the field as
    /// the screens do (too long, two items with one id). Returns the mends in words, for the
    /// import preview to show.
    pub fn settle(&mut self) -> Result<Vec<String>, String> {
        let mut mended = Vec::new();
        if self.title.trim().is_empty() {
            self.title = UNTITLED.to_owned();
            mended.push(format!("It had no title, so it is called “{UNTITLED}”."));
        }
        // Edits never move `updated_at` back, so it is never before the playbook began.
        if self.updated_at < self.created_at {
            self.updated_at = self.created_at;
            mended.push(
                "Its last change was dated before it was created, so it is dated when it was created."
                    .to_owned(),
            );
        }
        for (field, text) in [
            ("title", &self.title),
            ("company", &self.company),
            ("author", &self.author),
        ] {
            fits(text, MAX_NAME_CHARS).map_err(|problem| format!("the {field} {problem}"))?;
        }
        // The first interview whose id an earlier one has, found before any is settled (which
        // leaves ids as they are); the ids are kept as text, as every check for something said
        // twice keeps them.
        let mut ids = crate::domain::Seen::default();
        let repeated = self
            .assessments
            .iter()
            .position(|assessment| !ids.insert(assessment.id.as_str()));
        // An interview follows an earlier one of this playbook, or none.
        let dangling: Vec<usize> = (0..self.assessments.len())
            .filter(|&at| {
                self.assessments[at]
                    .follows
                    .as_ref()
                    .is_some_and(|id| !ids.contains(id.as_str()))
            })
            .collect();
        for (at, assessment) in self.assessments.iter_mut().enumerate() {
            if repeated == Some(at) {
                return Err(format!(
                    "interview {} has the same id as an earlier one ({})",
                    at + 1,
                    assessment.id
                ));
            }
            mended.extend(assessment.settle(at + 1)?);
        }
        for at in dangling {
            self.assessments[at].follows = None;
        }
        self.strategy.settle()?;
        self.onboarding.settle()?;
        Ok(mended)
    }

    /// Notes that the playbook was just saved as a file. Not a change to the playbook itself.
    pub fn mark_exported(&mut self, now: DateTime<Utc>) {
        self.exported_at = Some(now);
        self.edits_since_export = 0;
    }

    /// A copy to share outside this browser, without the interviewers' private notes.
    pub fn without_private_notes(&self) -> Self {
        Self {
            assessments: self
                .assessments
                .iter()
                .map(Assessment::without_private_notes)
                .collect(),
            ..self.clone()
        }
    }

    pub fn assessment(&self, id: &AssessmentId) -> Option<&Assessment> {
        self.assessments
            .iter()
            .find(|assessment| &assessment.id == id)
    }

    /// What removing an assessment would take out, for the undo that follows it.
    pub fn removal_of(&self, id: &AssessmentId) -> Option<RemovedAssessment> {
        let at = self.assessment_position(id).ok()?;
        Some(RemovedAssessment {
            assessment: self.assessments[at].clone(),
            at,
            followers: self
                .assessments
                .iter()
                .filter(|assessment| assessment.follows.as_ref() == Some(id))
                .map(|assessment| assessment.id.clone())
                .collect(),
        })
    }

    fn assessment_position(&self, id: &AssessmentId) -> Result<usize, EditError> {
        self.assessments
            .iter()
            .position(|assessment| &assessment.id == id)
            .ok_or(EditError::AssessmentNotFound)
    }

    /// A separate copy with its own identity and history, titled so the two are told apart.
    /// The parts of the playbook its first 90 days' plan is worked out from.
    pub fn plan_basis(&self) -> Basis<'_> {
        Basis {
            notes: &self.onboarding,
            assessments: &self.assessments,
            strategy: &self.strategy,
            started: self.started(),
        }
    }

    /// The first 90 days' plan, task by task, in date order.
    pub fn plan(&self) -> Vec<Task> {
        onboarding::tasks(self.plan_basis())
    }

    /// When the goals are next due for review, by step 8's cadence; `None` while it names no
    /// period.
    pub fn next_review(&self) -> Option<NaiveDate> {
        onboarding::reviews::next_review(
            &self.strategy.goals.review_cadence,
            self.onboarding.start_day(self.started()),
            &self.onboarding.reviews,
        )
    }

    /// The first 90 days' plan as an iCalendar file, stamped `now`.
    pub fn calendar(&self, now: DateTime<Utc>) -> String {
        onboarding::calendar::ics(&self.id, &self.title, &self.plan(), now)
    }

    /// The day the playbook was started (its creation, as a UTC day): the strategy's goals are
    /// due after it.
    pub fn started(&self) -> NaiveDate {
        super::local_day(self.created_at)
    }

    pub fn duplicate(&self, id: PlaybookId, now: DateTime<Utc>) -> Self {
        self.copy_titled(id, now, " (copy)")
    }

    /// A separate copy whose title ends with `suffix`, shortened to fit if need be.
    pub fn copy_titled(&self, id: PlaybookId, now: DateTime<Utc>, suffix: &str) -> Self {
        let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
        let base: String = self.title.chars().take(room).collect();
        Self {
            id,
            title: format!("{base}{suffix}"),
            created_at: now,
            updated_at: now,
            exported_at: None,
            edits_since_export: 0,
            ..self.clone()
        }
    }

    /// Clocks can step backwards (a corrected system clock, a playbook from another machine);
    /// `updated_at` never moves back, so "last updated" ordering stays true.
    fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = self.updated_at.max(now);
    }
}

/// Edits keep the text as typed, spaces included: a field that trimmed while the user types
/// would swallow the space between two words. New playbooks are trimmed once, on creation.
fn checked_title(title: &str) -> Result<String, EditError> {
    if title.trim().is_empty() {
        return Err(EditError::TitleRequired);
    }
    checked_name("title", title)
}

fn checked_name(field: &'static str, text: &str) -> Result<String, EditError> {
    check_length(field, text, MAX_NAME_CHARS)?;
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::id;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, hour, 0, 0).unwrap()
    }

    fn sample() -> Playbook {
        let details = NewPlaybook {
            title: "  Acme plan ".into(),
            company: "Acme".into(),
            author: "Sam".into(),
        };
        Playbook::new(id(1), details, at(8)).unwrap()
    }

    #[test]
    fn removing_an_interview_keeps_the_executive_one_series_and_an_undo_puts_it_all_back() {
        use crate::domain::buyin::series::series_of;
        use crate::domain::buyin::{Assessment, Interviewee};
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let who = Interviewee {
            executive: "Ravi Rao".into(),
            ..Interviewee::default()
        };
        let first = Assessment::new(id(10), who, at(8)).unwrap();
        let second = first.follow_up(id(11), at(9), today);
        let third = second.follow_up(id(12), at(10), today);
        let other_branch = first.follow_up(id(13), at(11), today);
        let mut playbook = sample();
        for assessment in [&first, &second, &third, &other_branch] {
            let edit = PlaybookEdit::AddAssessment(assessment.clone());
            playbook.apply(edit, at(12)).unwrap();
        }
        for removed in [&second, &first] {
            let before = playbook.clone();
            let undo = playbook.removal_of(&removed.id).unwrap();
            let edit = PlaybookEdit::RemoveAssessment(removed.id.clone());
            playbook.apply(edit, at(13)).unwrap();
            let series = series_of(&playbook.assessments);
            assert_eq!(
                series.len(),
                1,
                "still one executive without {:?}",
                removed.id
            );
            assert_eq!(series[0].interviews().len(), 3);

            playbook
                .apply(PlaybookEdit::RestoreAssessment(undo), at(14))
                .unwrap();
            assert_eq!(playbook.assessments, before.assessments);
        }
    }

    #[test]
    fn new_playbook_trims_its_details_and_starts_at_the_current_schema() {
        let playbook = sample();
        assert_eq!(playbook.title, "Acme plan");
        assert_eq!(playbook.schema_version, SCHEMA_VERSION);
        assert_eq!(playbook.created_at, playbook.updated_at);
    }

    #[test]
    fn a_title_is_required() {
        let details = NewPlaybook {
            title: "   ".into(),
            ..NewPlaybook::default()
        };
        assert_eq!(
            Playbook::new(id(1), details, at(8)),
            Err(EditError::TitleRequired)
        );

        let mut playbook = sample();
        assert_eq!(
            playbook.apply(PlaybookEdit::Title(String::new()), at(9)),
            Err(EditError::TitleRequired)
        );
        assert_eq!(
            playbook.title, "Acme plan",
            "a rejected edit changes nothing"
        );
        assert_eq!(playbook.updated_at, at(8));
    }

    #[test]
    fn an_edit_keeps_the_text_as_typed() {
        let mut playbook = sample();
        playbook
            .apply(PlaybookEdit::Title("Acme ".into()), at(9))
            .unwrap();
        assert_eq!(playbook.title, "Acme ");
    }

    #[test]
    fn overlong_names_are_refused_with_the_field_named() {
        let mut playbook = sample();
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let error = playbook
            .apply(PlaybookEdit::Company(long), at(9))
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "The company can be at most 200 characters."
        );
        assert_eq!(playbook.company, "Acme");
    }

    #[test]
    fn an_edit_moves_updated_at_forward_but_never_back() {
        let mut playbook = sample();
        playbook
            .apply(PlaybookEdit::Author("Alex".into()), at(10))
            .unwrap();
        assert_eq!(playbook.updated_at, at(10));
        playbook
            .apply(PlaybookEdit::Company("Acme Inc".into()), at(9))
            .unwrap();
        assert_eq!(playbook.company, "Acme Inc");
        assert_eq!(playbook.updated_at, at(10));
    }

    #[test]
    fn a_playbook_is_started_on_the_users_day_not_on_utcs() {
        let playbook = sample();
        assert_eq!(playbook.started(), at(8).date_naive());
        // Tokyo, nine hours ahead: 20:00 UTC is already the next morning there.
        crate::domain::set_local_day(|at| (at + chrono::TimeDelta::hours(9)).date_naive());
        let late = Playbook {
            created_at: at(20),
            ..playbook
        };
        assert_eq!(late.started(), at(20).date_naive().succ_opt().unwrap());
        crate::domain::set_local_day(|at| at.date_naive());
    }

    #[test]
    fn an_export_reminder_comes_once_there_is_work_to_lose() {
        use crate::domain::library::Summary;
        let reminder =
            |playbook: &Playbook, now| Summary::of(playbook, String::new()).export_reminder(now);
        let mut playbook = sample();
        assert_eq!(reminder(&playbook, at(9)), None, "a fresh, empty playbook");
        let next_day = at(8) + chrono::TimeDelta::hours(25);
        assert_eq!(
            reminder(&playbook, next_day),
            Some(ExportReminder::NeverExported)
        );

        playbook.mark_exported(at(9));
        assert_eq!(playbook.updated_at, at(8), "exporting is not an edit");
        assert_eq!(reminder(&playbook, next_day), None);
        for _ in 0..EDITS_BEFORE_REMINDER - 1 {
            playbook
                .apply(PlaybookEdit::Author("Alex".into()), at(10))
                .unwrap();
        }
        assert_eq!(reminder(&playbook, next_day), None);
        playbook
            .apply(PlaybookEdit::Author("Alexa".into()), at(10))
            .unwrap();
        assert_eq!(
            reminder(&playbook, next_day),
            Some(ExportReminder::ChangedSinceExport)
        );
        assert_eq!(
            playbook.duplicate(id(5), at(11)).exported_at,
            None,
            "a copy was never exported"
        );
        let example = Playbook {
            example: true,
            exported_at: None,
            ..playbook
        };
        assert_eq!(
            reminder(&example, next_day),
            None,
            "the example needs no backup"
        );
    }

    #[test]
    fn a_duplicate_has_its_own_identity_and_a_telling_title() {
        let original = sample();
        let copy = original.duplicate(id(2), at(11));
        assert_eq!(copy.id, id(2));
        assert_eq!(copy.title, "Acme plan (copy)");
        assert_eq!((copy.created_at, copy.updated_at), (at(11), at(11)));
        assert_eq!(copy.company, original.company);

        let long = Playbook {
            title: "y".repeat(MAX_NAME_CHARS),
            ..original
        };
        assert_eq!(
            long.duplicate(id(3), at(12)).title.chars().count(),
            MAX_NAME_CHARS
        );
    }
}
