//! The first 90 days: a dated plan that the app proposes from the sources' advice and from the
//! playbook's own content (its executives, buddies, milestones and goals refresh), that the
//! user changes freely, and that checks itself off where the playbook proves a task done.
//!
//! Only what the user said of the plan is stored, under `"onboarding"` in the playbook:
//!
//! ```json
//! "onboarding": {
//!   "start": "2026-11-23",
//!   "tasks": [
//!     { "task": "align/read-goals", "mark": { "done": "2026-11-25" } },
//!     { "task": "collab/chat/3f2a…", "mark": { "skipped": "She left the company." } },
//!     { "task": "align/outside-view", "due": "2027-01-20", "title": "Ask Dana for her view" },
//!     { "task": "journey/ask-around", "removed": true },
//!     { "task": "own/9b1c…", "title": "Meet the docs team", "due": "2026-12-02" }
//!   ]
//! }
//! ```
//!
//! The proposed tasks themselves are worked out from the playbook each time (`tasks`), so a
//! buddy added to the strategy brings its chat into the plan, and what the user said of a
//! task stays with it by its key.

pub mod calendar;
mod proposals;
pub mod reviews;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::buyin::series::series_of;
use super::buyin::{Assessment, AssessmentId};
use super::document::{record, Blank, Field, FieldRef, OptionalTagged, Payload, Slot};
use super::edit::{check_length, length_over, EditError, MAX_LINE_CHARS};
use super::id::Id;
use super::iso8601;
use super::sources::Credit;
use super::strategy::steps::Step;
use super::strategy::Strategy;
use super::WriteDate;

pub use proposals::Proof;

/// How long the plan runs, in days.
pub const PLAN_DAYS: u32 = 90;

/// The most tasks of their own a user can add: far more than a quarter holds.
pub const MAX_OWN_TASKS: usize = 300;

/// How an own task's key starts: the id it was added with follows.
const OWN_TASK: &str = "own/";

/// The key of the own task added with `id`.
pub fn own_task_key(id: &Id) -> String {
    format!("{OWN_TASK}{id}")
}

/// A task's key: stable across the plan's regeneration, so what the user said of a task stays
/// with it. Proposed tasks have keys such as `align/read-goals` or `collab/chat/<buddy id>`;
/// the user's own are `own/<id>`.
pub type TaskKey = String;

/// What the user has said of the plan.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Onboarding {
    /// The first day of the plan; the day the playbook was started when not set.
    #[serde(
        with = "iso8601::OptionalDate",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<NaiveDate>,
    /// What the user changed of each task, and the tasks of their own, in the order added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskNote>,
    /// The reviews of the goals, in date order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<reviews::Review>,
}

/// What the user said of one task: each part left out keeps what the plan proposes.
#[derive(Debug, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct TaskNote {
    pub task: TaskKey,
    /// The task in the user's words, or a task of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_LINE_CHARS)))]
    pub title: Option<String>,
    /// When the user moved it to.
    #[serde(
        default,
        with = "iso8601::OptionalDate",
        skip_serializing_if = "Option::is_none"
    )]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<Mark>,
    /// A proposed task the user took out of the plan.
    #[serde(default, skip_serializing_if = "is_false")]
    pub removed: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// The user's own word on a task's state, which outweighs what the playbook proves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Ticked, on that day.
    Done(#[serde(with = "iso8601::Date")] NaiveDate),
    /// Skipped, for that reason.
    Skipped(
        #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = MAX_LINE_CHARS)))] String,
    ),
    /// Still to do, even though the playbook shows it done.
    Open,
}

// Read by `document::read_record`, as the strategy is (see `record!`).
record!(Onboarding { start, tasks, reviews } omits [
    start if Option::is_none, tasks if Vec::is_empty, reviews if Vec::is_empty
] from Onboarding::default());
record!(TaskNote { task, title, due, mark, removed } needs [task] omits [
    title if Option::is_none, due if Option::is_none, mark if Option::is_none, removed if is_false
] from TaskNote::unread());

impl TaskNote {
    /// What `read_record` reads a note into: the task it needs is read over this one.
    fn unread() -> Self {
        Self {
            task: String::new(),
            title: None,
            due: None,
            mark: None,
            removed: false,
        }
    }
}

impl Blank for TaskNote {
    fn blank() -> Self {
        Self::unread()
    }
}

impl Slot for Option<Mark> {
    fn slot(&mut self) -> Field<'_> {
        Field::Tagged(self)
    }

    fn slot_ref(&self) -> FieldRef<'_> {
        FieldRef::Tagged(self)
    }
}

/// As serde derives the reading of `Mark`: `"open"`, `{"done": "2026-11-23"}` or
/// `{"skipped": "…"}`.
impl OptionalTagged for Option<Mark> {
    fn tags(&self) -> (&'static str, &'static [&'static str]) {
        ("Mark", &["done", "skipped", "open"])
    }

    fn payload(&self, at: usize) -> Payload {
        match at {
            0 => Payload::Date(NaiveDate::default()),
            1 => Payload::Text(String::new()),
            _ => Payload::Nothing,
        }
    }

    fn set(&mut self, tagged: Option<(usize, Payload)>) {
        *self = tagged.map(|(_, payload)| match payload {
            Payload::Date(day) => Mark::Done(day),
            Payload::Text(reason) => Mark::Skipped(reason),
            Payload::Nothing => Mark::Open,
        });
    }

    fn tagged(&self) -> Option<(usize, Payload)> {
        self.as_ref().map(|mark| match mark {
            Mark::Done(day) => (0, Payload::Date(*day)),
            Mark::Skipped(reason) => (1, Payload::Text(reason.clone())),
            Mark::Open => (2, Payload::Nothing),
        })
    }
}

/// The three phases of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    Listen,
    Align,
    Commit,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Self::Listen, Self::Align, Self::Commit];

    pub fn title(self) -> &'static str {
        match self {
            Self::Listen => "Days 1–30: listen and map",
            Self::Align => "Days 31–60: align and win",
            Self::Commit => "Days 61–90: commit and report",
        }
    }

    /// The phase of the plan's day `day` (1 is the first day).
    pub fn of_day(day: u32) -> Self {
        match day {
            ..=30 => Self::Listen,
            31..=60 => Self::Align,
            _ => Self::Commit,
        }
    }
}

/// Where in the app a task is done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Where {
    /// A step of the strategy wizard.
    Step(Step),
    /// The interview of an executive.
    Interview(AssessmentId),
    /// Starting a new interview, on the playbook page.
    NewInterview,
    /// The goals' reviews.
    Reviews,
}

/// Whether a task is still to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    Open,
    /// Ticked by the user on that day.
    Ticked(NaiveDate),
    /// Shown done by the playbook, in words: "An interview with a verdict: They get it."
    Proven(String),
    Skipped(String),
}

impl State {
    pub fn is_open(&self) -> bool {
        matches!(self, Self::Open)
    }

    /// What became of a task, as a sentence, its day written by `write`: "Open.", "Done on
    /// 25 Nov 2026.", "Done: Step 1 is complete.", "Skipped: she left the company".
    pub fn sentence_with(&self, write: WriteDate) -> String {
        match self {
            Self::Open => "Open.".to_owned(),
            Self::Ticked(on) => format!("Done on {}.", write(*on)),
            Self::Proven(why) => format!("Done: {why}"),
            Self::Skipped(reason) if reason.trim().is_empty() => "Skipped.".to_owned(),
            Self::Skipped(reason) => format!("Skipped: {}", reason.trim()),
        }
    }
}

/// One task of the plan, as the screens show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub key: TaskKey,
    pub title: String,
    /// How to go about it; empty for the user's own tasks.
    pub detail: String,
    /// Who the advice is owed to; `None` for a task of the user's own.
    pub credit: Option<Credit>,
    pub due: NaiveDate,
    pub phase: Phase,
    pub at: Option<Where>,
    pub state: State,
    /// Whether the user added it.
    pub own: bool,
    /// Whether the user reworded or moved it.
    pub changed: bool,
}

impl Task {
    /// Who the task is owed to, as its credit line says.
    pub fn credit_line(&self) -> String {
        self.credit
            .map_or("Your own task.".to_owned(), Credit::line)
    }
}

/// What the playbook page shows of the plan on a given day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThisWeek {
    /// Open tasks due before today, the oldest first.
    pub overdue: Vec<Task>,
    /// Open tasks due today or in the six days after.
    pub due: Vec<Task>,
    /// The next few open tasks after that.
    pub next: Vec<Task>,
}

/// How many tasks "what comes next" shows.
const NEXT_COUNT: usize = 3;

/// One change to the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnboardingEdit {
    /// The plan's first day as `YYYY-MM-DD`; empty for the day the playbook was started.
    Start(String),
    /// The user's word on a task's state; `None` lets the playbook decide again.
    Mark {
        task: TaskKey,
        mark: Option<Mark>,
    },
    /// Moves a task to a day given as `YYYY-MM-DD`; empty for the day proposed.
    Reschedule {
        task: TaskKey,
        due: String,
    },
    /// Rewords a task; empty for the words proposed.
    Reword {
        task: TaskKey,
        title: String,
    },
    /// Adds a task of the user's own.
    Add {
        id: Id,
        title: String,
        due: String,
    },
    /// Takes a task out of the plan: a proposed one is hidden, an own one deleted.
    Remove {
        task: TaskKey,
    },
    /// Puts back what was said of a task before a change, for an undo.
    Restore {
        task: TaskKey,
        note: Option<TaskNote>,
    },
    Review(reviews::ReviewEdit),
}

impl Onboarding {
    /// Whether the user has said nothing of the plan yet, so a file need not carry it.
    pub fn is_untouched(&self) -> bool {
        self.start.is_none() && self.tasks.is_empty() && self.reviews.is_empty()
    }

    /// The plan's first day.
    pub fn start_day(&self, playbook_started: NaiveDate) -> NaiveDate {
        self.start.unwrap_or(playbook_started)
    }

    /// Every name in the user's words of the plan (reworded tasks, tasks of their own, reasons
    /// for skipping) replaced by its alias, for a file shared with names hidden. `names` pairs
    /// each name with its alias; a longer name goes first, so that "Dana Kim" is replaced whole
    /// before "Dana".
    pub fn replace_names(&mut self, names: &[(String, String)]) {
        let mut left: Vec<&(String, String)> =
            names.iter().filter(|(name, _)| !name.is_empty()).collect();
        let mut longest_first = Vec::with_capacity(left.len());
        while let Some(at) = (0..left.len()).max_by_key(|&at| left[at].0.len()) {
            longest_first.push(left.swap_remove(at));
        }
        let replaced = |text: &mut String| {
            for (name, alias) in &longest_first {
                if text.contains(name.as_str()) {
                    *text = text.replace(name.as_str(), alias);
                }
            }
        };
        for note in &mut self.tasks {
            if let Some(title) = &mut note.title {
                replaced(title);
            }
            if let Some(Mark::Skipped(reason)) = &mut note.mark {
                replaced(reason);
            }
        }
        for reading in self.reviews.iter_mut().flat_map(|review| &mut review.goals) {
            replaced(&mut reading.note);
        }
    }

    pub fn note(&self, task: &str) -> Option<&TaskNote> {
        self.tasks.iter().find(|note| note.task == task)
    }

    pub fn apply(&mut self, edit: OnboardingEdit) -> Result<(), EditError> {
        match edit {
            OnboardingEdit::Start(text) => self.start = checked_day(&text)?,
            OnboardingEdit::Mark { task, mark } => {
                if let Some(Mark::Skipped(reason)) = &mark {
                    check_length("reason", reason, MAX_LINE_CHARS)?;
                }
                self.note_mut(&task)?.mark = mark;
            }
            OnboardingEdit::Reschedule { task, due } => {
                let due = checked_day(&due)?;
                let note = self.note_mut(&task)?;
                if note.is_own() && due.is_none() {
                    return Err(EditError::NotADate);
                }
                note.due = due;
            }
            OnboardingEdit::Reword { task, title } => {
                check_length("task", &title, MAX_LINE_CHARS)?;
                let note = self.note_mut(&task)?;
                if note.is_own() && title.trim().is_empty() {
                    return Err(EditError::Required("task"));
                }
                note.title = (!title.trim().is_empty()).then_some(title);
            }
            OnboardingEdit::Add { id, title, due } => {
                if title.trim().is_empty() {
                    return Err(EditError::Required("task"));
                }
                check_length("task", &title, MAX_LINE_CHARS)?;
                let due = checked_day(&due)?.ok_or(EditError::NotADate)?;
                let own = self.tasks.iter().filter(|note| note.is_own()).count();
                if own >= MAX_OWN_TASKS {
                    return Err(EditError::ListFull {
                        list: "Your own tasks",
                        max: MAX_OWN_TASKS,
                    });
                }
                let task = own_task_key(&id);
                if self.note(&task).is_some() {
                    return Err(EditError::DuplicateId);
                }
                self.tasks.push(TaskNote {
                    task,
                    title: Some(title.trim().to_owned()),
                    due: Some(due),
                    mark: None,
                    removed: false,
                });
            }
            // A proposed task the user said nothing of yet gets its note here.
            OnboardingEdit::Remove { task } => {
                let note = self.note_mut(&task)?;
                if note.is_own() {
                    let at = self.position(&task).ok_or(EditError::ItemNotFound)?;
                    self.tasks.remove(at);
                } else {
                    note.removed = true;
                }
            }
            OnboardingEdit::Restore { task, note } => {
                if let Some(note) = &note {
                    if note.task != task {
                        return Err(EditError::ItemNotFound);
                    }
                }
                match (self.position(&task), note) {
                    (Some(at), Some(note)) => self.tasks[at] = note,
                    (Some(at), None) => {
                        self.tasks.remove(at);
                    }
                    (None, Some(note)) => self.tasks.push(note),
                    (None, None) => {}
                }
            }
            OnboardingEdit::Review(edit) => reviews::apply(&mut self.reviews, edit)?,
        }
        self.tasks.retain(|note| !note.says_nothing());
        Ok(())
    }

    fn position(&self, task: &str) -> Option<usize> {
        self.tasks.iter().position(|note| note.task == task)
    }

    /// The note of a task, made when the user first says something of it. Every key a screen
    /// sends comes from the plan; a key of no known shape is refused.
    fn note_mut(&mut self, task: &str) -> Result<&mut TaskNote, EditError> {
        let at = match self.position(task) {
            Some(at) => at,
            None if task.starts_with(OWN_TASK) => return Err(EditError::ItemNotFound),
            None if is_task_key(task) => {
                self.tasks.push(TaskNote::about(task));
                self.tasks.len() - 1
            }
            None => return Err(EditError::ItemNotFound),
        };
        Ok(&mut self.tasks[at])
    }

    /// Holds a plan read from a file to the rules its edits keep: refuses what is too long
    /// or said twice of one task, in words that name the task.
    pub fn settle(&mut self) -> Result<(), String> {
        let mut seen = crate::domain::Seen::default();
        for note in &self.tasks {
            if !is_task_key(&note.task) {
                return Err(format!(
                    "the 90-day plan has a task named “{}”, which is no task of a plan",
                    note.task
                ));
            }
            if !seen.insert(note.task.as_str()) {
                return Err(format!(
                    "the 90-day plan says two things of the task “{}”",
                    note.task
                ));
            }
            let words = [
                note.title.as_deref(),
                match &note.mark {
                    Some(Mark::Skipped(reason)) => Some(reason.as_str()),
                    _ => None,
                },
            ];
            for text in words.into_iter().flatten() {
                if let Some(count) = length_over(text, MAX_LINE_CHARS) {
                    return Err(format!(
                        "in the 90-day plan, the task “{}” has {count} characters of text, where it can have at most {MAX_LINE_CHARS}",
                        note.task
                    ));
                }
            }
            if note.is_own()
                && (note.title.as_deref().is_none_or(|t| t.trim().is_empty()) || note.due.is_none())
            {
                return Err(format!(
                    "in the 90-day plan, the task of your own “{}” lacks its words or its day",
                    note.task
                ));
            }
        }
        if seen.iter().filter(|key| key.starts_with(OWN_TASK)).count() > MAX_OWN_TASKS {
            return Err(format!(
                "the 90-day plan holds more than {MAX_OWN_TASKS} tasks of your own"
            ));
        }
        reviews::settle(&mut self.reviews)
    }
}

impl TaskNote {
    fn about(task: &str) -> Self {
        Self {
            task: task.to_owned(),
            title: None,
            due: None,
            mark: None,
            removed: false,
        }
    }

    pub fn is_own(&self) -> bool {
        self.task.starts_with(OWN_TASK)
    }

    /// A note that changes nothing of a proposed task can go.
    fn says_nothing(&self) -> bool {
        !self.is_own()
            && self.title.is_none()
            && self.due.is_none()
            && self.mark.is_none()
            && !self.removed
    }
}

/// Whether `key` has the shape of a task key: words of lower-case letters, digits and dashes
/// joined by slashes, such as `collab/chat/<id>`.
fn is_task_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 120
        && key.split('/').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

fn checked_day(text: &str) -> Result<Option<NaiveDate>, EditError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    iso8601::date::parse(text)
        .map(Some)
        .ok_or(EditError::NotADate)
}

/// The day `day` of a plan that starts on `start` (day 1 is `start`).
pub fn plan_day(start: NaiveDate, day: u32) -> NaiveDate {
    start + Duration::days(i64::from(day.max(1)) - 1)
}

/// Which day of the plan `date` is (1 is the first), or `None` outside the plan.
pub fn day_of_plan(start: NaiveDate, date: NaiveDate) -> Option<u32> {
    let day = (date - start).num_days() + 1;
    u32::try_from(day)
        .ok()
        .filter(|day| (1..=PLAN_DAYS).contains(day))
}

/// The parts of a playbook the plan is worked out from.
#[derive(Clone, Copy)]
pub struct Basis<'a> {
    pub notes: &'a Onboarding,
    pub assessments: &'a [Assessment],
    pub strategy: &'a Strategy,
    /// The day the playbook was started: the plan's first day unless the user set another.
    pub started: NaiveDate,
}

impl Basis<'_> {
    /// The plan's first day.
    pub fn start(&self) -> NaiveDate {
        self.notes.start_day(self.started)
    }
}

/// Every task of the plan, proposed and the user's own, with the user's changes and what the
/// playbook proves, in date order (proposals first on a day, in the order of the sources).
pub fn tasks(basis: Basis<'_>) -> Vec<Task> {
    let start = basis.start();
    let notes = basis.notes;
    // Grouped once: the proposals and their proofs all read it.
    let executives = series_of(basis.assessments);
    let reached = reviews::reached(&notes.reviews);
    let mut tasks: Vec<Task> = proposals::propose(basis, &executives, start)
        .into_iter()
        .filter_map(|proposal| {
            let note = notes.note(&proposal.key);
            if note.is_some_and(|note| note.removed) {
                return None;
            }
            let proven = proposal
                .proof
                .and_then(|proof| proof.holds(basis, &executives, &reached));
            let due = note.and_then(|note| note.due).unwrap_or(proposal.due);
            let title = note
                .and_then(|note| note.title.clone())
                .unwrap_or(proposal.title);
            Some(Task {
                state: state_of(note.and_then(|note| note.mark.as_ref()), proven),
                changed: note.is_some_and(|note| note.title.is_some() || note.due.is_some()),
                key: proposal.key,
                title,
                detail: proposal.detail,
                credit: Some(proposal.credit),
                phase: phase_of(start, due),
                due,
                at: proposal.at,
                own: false,
            })
        })
        .collect();
    for note in notes.tasks.iter().filter(|note| note.is_own()) {
        let due = note.due.unwrap_or(start);
        tasks.push(Task {
            key: note.task.clone(),
            title: note.title.clone().unwrap_or_default(),
            detail: String::new(),
            credit: None,
            due,
            phase: phase_of(start, due),
            at: None,
            state: state_of(note.mark.as_ref(), None),
            own: true,
            changed: false,
        });
    }
    // A stable sort keeps the sources' order within a day.
    crate::domain::sort_stably(&mut tasks, |a, b| a.due.cmp(&b.due));
    tasks
}

/// The user's word first; then what the playbook proves; else still to do.
fn state_of(mark: Option<&Mark>, proven: Option<String>) -> State {
    match (mark, proven) {
        (Some(Mark::Done(on)), _) => State::Ticked(*on),
        (Some(Mark::Skipped(reason)), _) => State::Skipped(reason.clone()),
        (Some(Mark::Open), _) => State::Open,
        (None, Some(why)) => State::Proven(why),
        (None, None) => State::Open,
    }
}

/// The phase a day falls in; days before the plan count as its first phase, days after it as
/// its last.
fn phase_of(start: NaiveDate, day: NaiveDate) -> Phase {
    let offset = (day - start).num_days() + 1;
    Phase::of_day(u32::try_from(offset.max(1)).unwrap_or(PLAN_DAYS))
}

/// What is overdue on `today`, what is due in the week from it, and what comes after.
pub fn this_week(tasks: &[Task], today: NaiveDate) -> ThisWeek {
    let week_end = today + Duration::days(6);
    let open = tasks.iter().filter(|task| task.state.is_open());
    let mut week = ThisWeek::default();
    for task in open {
        if task.due < today {
            week.overdue.push(task.clone());
        } else if task.due <= week_end {
            week.due.push(task.clone());
        } else if week.next.len() < NEXT_COUNT {
            week.next.push(task.clone());
        }
    }
    week
}

/// How many tasks are done (ticked or proven) and how many are left open, skipped ones aside.
pub fn counts(tasks: &[Task]) -> (usize, usize) {
    let done = tasks
        .iter()
        .filter(|task| matches!(task.state, State::Ticked(_) | State::Proven(_)))
        .count();
    let open = tasks.iter().filter(|task| task.state.is_open()).count();
    (done, open)
}

#[cfg(test)]
mod tests;
