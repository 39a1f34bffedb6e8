//! The SMART check of a goal: one explicit rule per letter, each saying what is missing when
//! it fails, and the goal written out on the template sentence.
//!
//! - **Specific**: the objective says what will change in at least four words, and names who
//!   will accomplish it.
//! - **Measurable**: the objective or the result holds a number (digits: 200, 15 %, 3x).
//! - **Achievable**: the steps to get there are written (at least three words), and an owner
//!   answers for it.
//! - **Relevant**: it serves a program objective or a top problem of the plan.
//! - **Time-bound**: it has a deadline, after the day the playbook was started.

use chrono::{Datelike, NaiveDate};

use super::{ListAt, ListKind, SmartGoal, Strategy};

/// The fewest words that say what will change.
pub const SPECIFIC_MIN_WORDS: usize = 4;
/// The fewest words that describe the steps.
pub const STEPS_MIN_WORDS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl Letter {
    pub const ALL: [Letter; 5] = [
        Self::Specific,
        Self::Measurable,
        Self::Achievable,
        Self::Relevant,
        Self::TimeBound,
    ];

    pub fn initial(self) -> &'static str {
        match self {
            Self::Specific => "S",
            Self::Measurable => "M",
            Self::Achievable => "A",
            Self::Relevant => "R",
            Self::TimeBound => "T",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Specific => "Specific",
            Self::Measurable => "Measurable",
            Self::Achievable => "Achievable",
            Self::Relevant => "Relevant",
            Self::TimeBound => "Time-bound",
        }
    }
}

/// One letter's result: `missing` says what to add when it fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterCheck {
    pub letter: Letter,
    pub missing: Option<String>,
}

impl LetterCheck {
    pub fn passes(&self) -> bool {
        self.missing.is_none()
    }
}

/// Judges every letter of `goal`, in S-M-A-R-T order. `started` is the day the playbook was
/// created: a deadline on or before it cannot be a plan.
pub fn check(goal: &SmartGoal, strategy: &Strategy, started: NaiveDate) -> [LetterCheck; 5] {
    Letter::ALL.map(|letter| LetterCheck {
        letter,
        missing: missing(letter, goal, strategy, started),
    })
}

pub fn passes(goal: &SmartGoal, strategy: &Strategy, started: NaiveDate) -> bool {
    check(goal, strategy, started)
        .iter()
        .all(LetterCheck::passes)
}

fn missing(
    letter: Letter,
    goal: &SmartGoal,
    strategy: &Strategy,
    started: NaiveDate,
) -> Option<String> {
    let words = |text: &str| text.split_whitespace().count();
    let blank = |text: &str| text.trim().is_empty();
    let because = match letter {
        Letter::Specific if words(&goal.objective) < SPECIFIC_MIN_WORDS => {
            "say what will change, in at least four words"
        }
        Letter::Specific if blank(&goal.who) => "name who will accomplish it",
        Letter::Measurable
            if !goal
                .objective
                .chars()
                .chain(goal.result.chars())
                .any(|c| c.is_ascii_digit()) =>
        {
            "put a number in the objective: how many, how much or what share"
        }
        Letter::Achievable if words(&goal.steps) < STEPS_MIN_WORDS => {
            "write the steps you will take to get there"
        }
        Letter::Achievable if blank(&goal.owner) => "name the owner who answers for it",
        Letter::Relevant if !serves_the_plan(goal, strategy) => {
            "link it to a program objective or a top problem"
        }
        Letter::TimeBound => match goal.deadline {
            None => "set a deadline",
            Some(deadline) if deadline <= started => {
                return Some(format!(
                    "set a deadline after the playbook was started ({})",
                    long_date(started)
                ))
            }
            Some(_) => return None,
        },
        _ => return None,
    };
    Some(because.to_owned())
}

fn serves_the_plan(goal: &SmartGoal, strategy: &Strategy) -> bool {
    goal.relevant_to.as_ref().is_some_and(|id| {
        [ListKind::Objectives, ListKind::TopProblems]
            .into_iter()
            .any(|kind| strategy.item(&ListAt::top(kind), id).is_some())
    })
}

/// A piece of the template sentence: the user's words, or a blank still to fill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Fixed(&'static str),
    Filled(String),
    Blank(&'static str),
}

/// The goal on the template: "Our goal is to [objective] by [deadline]. [Who] will accomplish
/// it by [steps]. Accomplishing it will [result]."
pub fn sentence(goal: &SmartGoal) -> Vec<Piece> {
    let part = |text: &str, blank: &'static str| {
        let text = text.trim().trim_end_matches('.');
        if text.is_empty() {
            Piece::Blank(blank)
        } else {
            Piece::Filled(text.to_owned())
        }
    };
    vec![
        Piece::Fixed("Our goal is to "),
        part(&goal.objective, "quantifiable objective"),
        Piece::Fixed(" by "),
        goal.deadline.map_or(Piece::Blank("deadline"), |day| {
            Piece::Filled(long_date(day))
        }),
        Piece::Fixed(". "),
        part(&goal.who, "key players or teams"),
        Piece::Fixed(" will accomplish it by "),
        part(&goal.steps, "the steps to take"),
        Piece::Fixed(". Accomplishing it will "),
        part(&goal.result, "result or benefit"),
        Piece::Fixed("."),
    ]
}

/// The sentence as plain text, blanks in square brackets.
pub fn sentence_text(goal: &SmartGoal) -> String {
    sentence(goal)
        .into_iter()
        .map(|piece| match piece {
            Piece::Fixed(text) => text.to_owned(),
            Piece::Filled(text) => text,
            Piece::Blank(blank) => format!("[{blank}]"),
        })
        .collect()
}

/// "31 March 2027": unambiguous in every locale, without chrono's formatting machinery.
pub fn long_date(day: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {}",
        day.day(),
        MONTHS[day.month0() as usize],
        day.year()
    )
}
