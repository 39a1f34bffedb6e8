//! What every edit of a playbook shares, whichever part it changes: the error it is refused
//! with, and the most characters each kind of text keeps. Loading holds a document to the same
//! limits, so whatever loads can be edited.

use std::fmt;

/// A title, company, author, executive's name, role or interviewer.
pub const MAX_NAME_CHARS: usize = 200;
/// The notes on one answer of an interview: generous for a live interview.
pub const MAX_INTERVIEW_NOTES_CHARS: usize = 20_000;
/// A one-line answer of the strategy.
pub const MAX_LINE_CHARS: usize = 300;
/// An answer of the strategy written as notes.
pub const MAX_ANSWER_NOTES_CHARS: usize = 10_000;

/// Why an edit was refused, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    TitleRequired,
    Required(&'static str),
    TooLong { field: &'static str, max: usize },
    NotADate,
    NotANumber,
    UnknownQuestion,
    SignNotForQuestion,
    AssessmentNotFound,
    UnknownField,
    NotAnOption,
    LinkNotFound,
    ItemNotFound,
    DuplicateId,
    ListFull { list: &'static str, max: usize },
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TitleRequired => f.write_str("A playbook needs a title."),
            Self::Required(field) => write!(f, "The {field} is required."),
            Self::TooLong { field, max } => {
                write!(f, "The {field} can be at most {max} characters.")
            }
            Self::NotADate => f.write_str("Enter a real date: year, month and day."),
            Self::NotANumber => f.write_str("Enter a number, such as 120 or 4.5."),
            Self::UnknownQuestion => f.write_str("That question is not part of this interview."),
            Self::SignNotForQuestion => {
                f.write_str("That warning sign does not belong to this question.")
            }
            Self::AssessmentNotFound => {
                f.write_str("That interview is no longer in this playbook.")
            }
            Self::UnknownField => f.write_str("That field is not part of this list."),
            Self::NotAnOption => f.write_str("Pick one of the options offered."),
            Self::LinkNotFound => f.write_str("What that points at is no longer in the plan."),
            Self::ItemNotFound => f.write_str("That item is no longer in the plan."),
            Self::DuplicateId => f.write_str("An item with that id is already in the plan."),
            Self::ListFull { list, max } => {
                write!(f, "{list} can hold at most {max}: remove one first.")
            }
        }
    }
}

impl std::error::Error for EditError {}

/// How long `text` is, in the characters the limits count, when it is longer than `max`.
pub fn length_over(text: &str, max: usize) -> Option<usize> {
    let count = text.chars().count();
    (count > max).then_some(count)
}

/// The same limit, said of text that is already there (a document being loaded): "is 250
/// characters long, where it can be at most 200", after the name of what holds it.
pub fn fits(text: &str, max: usize) -> Result<(), String> {
    match length_over(text, max) {
        Some(count) => Err(format!(
            "is {count} characters long, where it can be at most {max}"
        )),
        None => Ok(()),
    }
}

/// Refuses an edit that would make `field` longer than `max` characters.
pub fn check_length(field: &'static str, text: &str, max: usize) -> Result<(), EditError> {
    match length_over(text, max) {
        Some(_) => Err(EditError::TooLong { field, max }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_itself_is_allowed_and_one_more_is_refused() {
        assert_eq!(check_length("title", &"x".repeat(200), 200), Ok(()));
        assert_eq!(
            check_length("title", &"x".repeat(201), 200),
            Err(EditError::TooLong {
                field: "title",
                max: 200
            })
        );
        assert_eq!(length_over(&"x".repeat(201), 200), Some(201));
        assert_eq!(fits(&"x".repeat(200), 200), Ok(()));
        assert_eq!(
            fits(&"x".repeat(201), 200),
            Err("is 201 characters long, where it can be at most 200".to_owned())
        );
        assert_eq!(length_over("", 0), None);
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        // Three characters, nine bytes.
        assert_eq!(length_over("日本語", 3), None);
        assert_eq!(length_over("日本語", 2), Some(3));
    }
}
