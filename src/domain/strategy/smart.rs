//! The SMART check of a goal: one explicit rule per letter, each saying what is missing when
//! it fails, and the goal written out on the template sentence.
//!
//! - **Specific**: the objective says what will change in at least four words, and names who
//!   will accomplish it.
//! - **Measurable**: the objective or the result holds a number (digits: 200, 15 %, 3x).
//! - **Achievable**: the steps to get there are written (at least three words), and an owner
//!   answers for it.
//! - **Relevant**: it serves a program objective or a top problem of the plan.
//! - **Time-bound**: it has a deadline, after the day the playbook was started, and no
//!   milestone is due after it.

use chrono::{Datelike, NaiveDate};

use super::{ListAt, ListKind, SmartGoal, Strategy, WriteDate};

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
    check_with(goal, strategy, started, long_date)
}

/// The same check, with the dates in what is missing written by `write_date`: spelt out in
/// files, in the user's locale on screen.
pub fn check_with(
    goal: &SmartGoal,
    strategy: &Strategy,
    started: NaiveDate,
    write_date: WriteDate,
) -> [LetterCheck; 5] {
    Letter::ALL.map(|letter| LetterCheck {
        letter,
        missing: missing(letter, goal, strategy, started, write_date),
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
    write_date: WriteDate,
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
                    write_date(started)
                ))
            }
            Some(deadline) => {
                // A milestone is a point on the way: one due after the goal's deadline is
                // a plan that ends before it is done.
                let (at, late) = goal
                    .milestones
                    .iter()
                    .enumerate()
                    .find(|(_, milestone)| milestone.due.is_some_and(|due| due > deadline))?;
                return Some(format!(
                    "move “{}” to a day on or before the deadline ({}), or the deadline later",
                    Strategy::milestone_label(at, late),
                    write_date(deadline)
                ));
            }
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

/// A piece of the template sentence: the user's words, the deadline (left as a date, so each
/// reader writes it in their own style), or a blank still to fill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Fixed(&'static str),
    Filled(String),
    Date(NaiveDate),
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
        goal.deadline.map_or(Piece::Blank("deadline"), Piece::Date),
        Piece::Fixed(". "),
        part(&goal.who, "key players or teams"),
        Piece::Fixed(" will accomplish it by "),
        part(&goal.steps, "the steps to take"),
        Piece::Fixed(". Accomplishing it will "),
        part(&goal.result, "result or benefit"),
        Piece::Fixed("."),
    ]
}

/// The sentence as plain text, blanks in square brackets and the deadline written out.
pub fn sentence_text(goal: &SmartGoal) -> String {
    sentence_text_with(goal, long_date)
}

/// The sentence as plain text, with the deadline written by `write_date`.
pub fn sentence_text_with(goal: &SmartGoal, write_date: WriteDate) -> String {
    sentence(goal)
        .into_iter()
        .map(|piece| match piece {
            Piece::Fixed(text) => text.to_owned(),
            Piece::Filled(text) => text,
            Piece::Date(day) => write_date(day),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::strategy::tests::{add, day, id, link, remove, set, started};
    use crate::domain::strategy::ItemField;

    /// A goal (item 3) that passes every letter, serving objective 2, which helps with top
    /// problem 1.
    fn smart_goal() -> Strategy {
        let mut s = Strategy::default();
        add(
            &mut s,
            ListKind::TopProblems,
            1,
            &[(ItemField::Problem, "Awareness")],
        );
        add(
            &mut s,
            ListKind::Objectives,
            2,
            &[
                (ItemField::Objective, "Tutorials"),
                (ItemField::ForProblem, &link(1)),
            ],
        );
        add(
            &mut s,
            ListKind::Goals,
            3,
            &[
                (
                    ItemField::GoalObjective,
                    "publish 12 tutorials for backend developers",
                ),
                (ItemField::Deadline, "2027-03-31"),
                (ItemField::Who, "The DevRel team"),
                (ItemField::Steps, "writing one tutorial a month"),
                (ItemField::Result, "bring new developers through search"),
                (ItemField::RelevantTo, &link(2)),
                (ItemField::Owner, "Sam"),
            ],
        );
        s
    }

    /// The letters the goal fails, with what each says is missing.
    fn failing(s: &Strategy) -> Vec<(Letter, String)> {
        check(&s.goals.goals[0], s, started())
            .into_iter()
            .filter_map(|check| check.missing.map(|what| (check.letter, what)))
            .collect()
    }

    fn edit(s: &mut Strategy, field: ItemField, value: &str) {
        set(s, ListKind::Goals, 3, field, value);
    }

    fn only(letter: Letter, what: &str) -> Vec<(Letter, String)> {
        vec![(letter, what.to_owned())]
    }

    const NONE: [(Letter, String); 0] = [];

    #[test]
    fn a_complete_goal_passes_every_letter_in_order() {
        let s = smart_goal();
        let checks = check(&s.goals.goals[0], &s, started());
        let letters: Vec<Letter> = checks.iter().map(|check| check.letter).collect();
        assert_eq!(letters, Letter::ALL);
        assert!(checks.iter().all(LetterCheck::passes));
        assert!(passes(&s.goals.goals[0], &s, started()));
        let initials: String = Letter::ALL.into_iter().map(Letter::initial).collect();
        assert_eq!(initials, "SMART");
        assert_eq!(Letter::TimeBound.name(), "Time-bound");
    }

    #[test]
    fn an_empty_goal_fails_every_letter() {
        let mut s = Strategy::default();
        add(&mut s, ListKind::Goals, 3, &[]);
        let letters: Vec<Letter> = failing(&s).into_iter().map(|(letter, _)| letter).collect();
        assert_eq!(letters, Letter::ALL);
        assert!(!passes(&s.goals.goals[0], &s, started()));
    }

    // ---- Specific ----

    #[test]
    fn specific_passes_with_four_words_and_someone_to_do_it() {
        let mut s = smart_goal();
        edit(
            &mut s,
            ItemField::GoalObjective,
            "publish 12 tutorials monthly",
        );
        edit(&mut s, ItemField::Who, "Sam");
        assert_eq!(failing(&s), NONE);
    }

    #[test]
    fn specific_fails_with_fewer_than_four_words() {
        let mut s = smart_goal();
        edit(
            &mut s,
            ItemField::GoalObjective,
            "  publish 12   tutorials ",
        );
        assert_eq!(
            failing(&s),
            only(
                Letter::Specific,
                "say what will change, in at least four words"
            )
        );
    }

    #[test]
    fn specific_fails_without_who_will_do_it() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::Who, " \t");
        assert_eq!(
            failing(&s),
            only(Letter::Specific, "name who will accomplish it")
        );
    }

    // ---- Measurable ----

    #[test]
    fn measurable_fails_without_a_number_in_the_objective_or_the_result() {
        let mut s = smart_goal();
        edit(
            &mut s,
            ItemField::GoalObjective,
            "publish a dozen tutorials for backend developers",
        );
        assert_eq!(
            failing(&s),
            only(
                Letter::Measurable,
                "put a number in the objective: how many, how much or what share"
            )
        );
    }

    #[test]
    fn measurable_passes_with_a_number_in_the_result_only() {
        let mut s = smart_goal();
        edit(
            &mut s,
            ItemField::GoalObjective,
            "publish a dozen tutorials for backend developers",
        );
        edit(
            &mut s,
            ItemField::Result,
            "bring 500 new developers through search",
        );
        assert_eq!(failing(&s), NONE);
        edit(&mut s, ItemField::Result, "triple sign-ups (3x)");
        assert_eq!(failing(&s), NONE, "a multiple is a number too");
    }

    // ---- Achievable ----

    #[test]
    fn achievable_passes_with_three_words_of_steps_and_an_owner() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::Steps, "writing weekly drafts");
        assert_eq!(failing(&s), NONE);
    }

    #[test]
    fn achievable_fails_with_steps_under_three_words() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::Steps, "writing  drafts ");
        assert_eq!(
            failing(&s),
            only(
                Letter::Achievable,
                "write the steps you will take to get there"
            )
        );
    }

    #[test]
    fn achievable_fails_without_an_owner() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::Owner, "");
        assert_eq!(
            failing(&s),
            only(Letter::Achievable, "name the owner who answers for it")
        );
    }

    // ---- Relevant ----

    const UNLINKED: &str = "link it to a program objective or a top problem";

    #[test]
    fn relevant_passes_with_a_link_to_an_objective_or_a_top_problem() {
        let mut s = smart_goal();
        assert_eq!(s.goals.goals[0].relevant_to, Some(id(2)));
        assert_eq!(failing(&s), NONE, "an objective");
        edit(&mut s, ItemField::RelevantTo, &link(1));
        assert_eq!(failing(&s), NONE, "a top problem");
    }

    #[test]
    fn relevant_fails_without_a_link() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::RelevantTo, "");
        assert_eq!(failing(&s), only(Letter::Relevant, UNLINKED));
    }

    #[test]
    fn relevant_fails_once_what_it_served_is_removed() {
        let mut s = smart_goal();
        remove(&mut s, ListKind::Objectives, 2);
        assert_eq!(failing(&s), only(Letter::Relevant, UNLINKED));
        let mut s = smart_goal();
        edit(&mut s, ItemField::RelevantTo, &link(1));
        remove(&mut s, ListKind::TopProblems, 1);
        assert_eq!(failing(&s), only(Letter::Relevant, UNLINKED));
    }

    #[test]
    fn relevant_fails_for_a_link_to_nothing_read_from_a_damaged_file() {
        let mut s = smart_goal();
        // Edits refuse such a link and reading a file clears it; the check does not count on
        // either.
        s.goals.goals[0].relevant_to = Some(id(99));
        assert_eq!(failing(&s), only(Letter::Relevant, UNLINKED));
    }

    // ---- Time-bound ----

    #[test]
    fn time_bound_fails_without_a_deadline() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::Deadline, "");
        assert_eq!(failing(&s), only(Letter::TimeBound, "set a deadline"));
    }

    #[test]
    fn time_bound_fails_on_or_before_the_day_the_playbook_was_started() {
        let mut s = smart_goal();
        let too_early = only(
            Letter::TimeBound,
            "set a deadline after the playbook was started (23 November 2026)",
        );
        edit(&mut s, ItemField::Deadline, "2026-11-23");
        assert_eq!(failing(&s), too_early);
        edit(&mut s, ItemField::Deadline, "2025-01-01");
        assert_eq!(failing(&s), too_early);
    }

    #[test]
    fn time_bound_passes_from_the_day_after_the_start() {
        let mut s = smart_goal();
        edit(&mut s, ItemField::Deadline, "2026-11-24");
        assert_eq!(failing(&s), NONE);
        assert!(passes(&s.goals.goals[0], &s, started()));
        // The same deadline, for a playbook started that day, is too early.
        assert!(!passes(&s.goals.goals[0], &s, day("2026-11-24")));
    }

    #[test]
    fn time_bound_fails_while_a_milestone_is_due_after_the_deadline() {
        use crate::domain::strategy::tests::add_to;
        use crate::domain::strategy::StrategyEdit;
        let mut s = smart_goal();
        let milestones = || ListAt::milestones_of(id(3));
        add_to(
            &mut s,
            milestones(),
            4,
            &[
                (ItemField::Milestone, "First six tutorials"),
                (ItemField::Due, "2027-01-31"),
            ],
        );
        add_to(&mut s, milestones(), 5, &[(ItemField::Due, "2027-04-01")]);
        assert_eq!(
            failing(&s),
            only(
                Letter::TimeBound,
                "move “Milestone 2 (untitled)” to a day on or before the deadline (31 March 2027), or the deadline later"
            )
        );
        // Due on the deadline itself is on time.
        let on_the_day = StrategyEdit::SetItem {
            list: milestones(),
            id: id(5),
            field: ItemField::Due,
            value: "2027-03-31".into(),
        };
        s.apply(on_the_day).unwrap();
        assert_eq!(failing(&s), NONE);
        // A later deadline mends it as well as an earlier milestone.
        edit(&mut s, ItemField::Deadline, "2027-01-15");
        assert_eq!(failing(&s)[0].0, Letter::TimeBound);
        assert!(failing(&s)[0].1.contains("“First six tutorials”"));
    }

    // ---- together ----

    #[test]
    fn a_goal_failing_two_letters_passes_after_two_edits() {
        let mut s = smart_goal();
        edit(
            &mut s,
            ItemField::GoalObjective,
            "publish tutorials for backend developers",
        );
        edit(&mut s, ItemField::Deadline, "");
        assert_eq!(
            failing(&s),
            [
                (
                    Letter::Measurable,
                    "put a number in the objective: how many, how much or what share".to_owned()
                ),
                (Letter::TimeBound, "set a deadline".to_owned()),
            ]
        );
        edit(
            &mut s,
            ItemField::GoalObjective,
            "publish 12 tutorials for backend developers",
        );
        assert_eq!(
            failing(&s),
            only(Letter::TimeBound, "set a deadline"),
            "one edit mends one letter"
        );
        edit(&mut s, ItemField::Deadline, "2027-06-30");
        assert_eq!(failing(&s), NONE);
        assert!(passes(&s.goals.goals[0], &s, started()));
    }

    // ---- the sentence ----

    #[test]
    fn an_empty_goal_shows_every_blank_of_the_template() {
        let mut s = Strategy::default();
        add(&mut s, ListKind::Goals, 3, &[]);
        assert_eq!(
            sentence_text(&s.goals.goals[0]),
            "Our goal is to [quantifiable objective] by [deadline]. [key players or teams] will accomplish it by [the steps to take]. Accomplishing it will [result or benefit]."
        );
        let blanks: Vec<&str> = sentence(&s.goals.goals[0])
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Blank(blank) => Some(blank),
                _ => None,
            })
            .collect();
        assert_eq!(
            blanks,
            [
                "quantifiable objective",
                "deadline",
                "key players or teams",
                "the steps to take",
                "result or benefit"
            ]
        );
    }

    #[test]
    fn a_filled_goal_reads_as_one_sentence() {
        let mut s = smart_goal();
        assert_eq!(
            sentence_text(&s.goals.goals[0]),
            "Our goal is to publish 12 tutorials for backend developers by 31 March 2027. The DevRel team will accomplish it by writing one tutorial a month. Accomplishing it will bring new developers through search."
        );
        // Spaces and a closing full stop typed by the user do not double up.
        edit(&mut s, ItemField::Result, "  bring new developers.  ");
        edit(&mut s, ItemField::Who, "");
        assert_eq!(
            sentence_text(&s.goals.goals[0]),
            "Our goal is to publish 12 tutorials for backend developers by 31 March 2027. [key players or teams] will accomplish it by writing one tutorial a month. Accomplishing it will bring new developers."
        );
        assert!(sentence(&s.goals.goals[0]).contains(&Piece::Date(day("2027-03-31"))));
        assert_eq!(
            sentence_text_with(&s.goals.goals[0], |day| format!("<{day}>")),
            "Our goal is to publish 12 tutorials for backend developers by <2027-03-31>. [key players or teams] will accomplish it by writing one tutorial a month. Accomplishing it will bring new developers."
        );
    }

    #[test]
    fn dates_are_written_out_in_full() {
        assert_eq!(long_date(day("2027-03-31")), "31 March 2027");
        assert_eq!(long_date(day("2028-02-29")), "29 February 2028");
        assert_eq!(long_date(day("2027-01-01")), "1 January 2027");
        assert_eq!(long_date(day("2026-12-09")), "9 December 2026");
    }
}
