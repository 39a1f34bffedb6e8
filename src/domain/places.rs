//! Where in a playbook document a value is, said as the screens say it: "interview 2, the
//! answer to “…”, the rating" rather than `assessments[1].answers.value-why.rating`. Messages
//! about a file that cannot be read use it, so the user can find what to mend.

use super::buyin::questions::question;
use super::strategy::{item_field_label, list_in_file, text_in_file, ListKind};

/// One step of the way into a document: a field's key, or a place in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// A place in a playbook document: the items it is within, and the field itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// From the outside in: "interview 2", "the answer to “…”".
    pub within: Vec<String>,
    /// "the rating", "the title"; empty for the whole document.
    pub field: String,
}

impl Place {
    /// "in interview 2, the answer to “…”, " before what is said of the field.
    pub fn within_phrase(&self) -> String {
        if self.within.is_empty() {
            String::new()
        } else {
            format!("in {}, ", self.within.join(", "))
        }
    }

    /// The field with its article: "the rating", or "the playbook" when it is the whole.
    pub fn field_phrase(&self) -> String {
        if self.field.is_empty() {
            "the playbook".to_owned()
        } else {
            format!("the {}", self.field)
        }
    }
}

/// Names the place `steps` lead to in a playbook document.
pub fn describe(steps: &[Step]) -> Place {
    let mut within = Vec::new();
    let field = match steps {
        [] => String::new(),
        [Step::Key(key)] => playbook_field(key),
        [Step::Key(assessments), Step::Index(at), rest @ ..] if assessments == "assessments" => {
            within.push(format!("interview {}", at + 1));
            interview_field(rest, &mut within)
        }
        [Step::Key(strategy), rest @ ..] if strategy == "strategy" => {
            strategy_field(rest, &mut within)
        }
        _ => last_key(steps),
    };
    Place { within, field }
}

fn playbook_field(key: &str) -> String {
    match key {
        "title" | "company" | "author" | "id" => key.to_owned(),
        "schema_version" => "schema version".to_owned(),
        "created_at" => "date it was created".to_owned(),
        "updated_at" => "date it was last changed".to_owned(),
        "exported_at" => "date it was last saved as a file".to_owned(),
        "edits_since_export" => "count of changes since it was saved as a file".to_owned(),
        "assessments" => "list of interviews".to_owned(),
        "strategy" => "strategy".to_owned(),
        "example" => "mark of the example".to_owned(),
        other => words(other),
    }
}

fn interview_field(steps: &[Step], within: &mut Vec<String>) -> String {
    match steps {
        [] => String::new(),
        [Step::Key(answers), Step::Key(id), rest @ ..] if answers == "answers" => {
            let asked = question(id).map_or(id.as_str(), |question| question.prompt);
            within.push(format!("the answer to “{asked}”"));
            match rest {
                [] => String::new(),
                [Step::Key(key), ..] => match key.as_str() {
                    "private" => "mark that the notes are private".to_owned(),
                    "signs" => "warning signs".to_owned(),
                    other => words(other),
                },
                _ => last_key(rest),
            }
        }
        [Step::Key(key), ..] => match key.as_str() {
            "executive" => "executive's name".to_owned(),
            "interview_date" => "interview date".to_owned(),
            "current_question" => "question it was left at".to_owned(),
            "follows" => "earlier interview it follows".to_owned(),
            "answers" => "answers".to_owned(),
            other => playbook_field(other),
        },
        _ => last_key(steps),
    }
}

fn strategy_field(steps: &[Step], within: &mut Vec<String>) -> String {
    let [Step::Key(section), rest @ ..] = steps else {
        return "strategy".to_owned();
    };
    match rest {
        [] => words(section),
        [Step::Key(key)] => match text_in_file(section, key) {
            Some(text) => format!("answer “{}”", text.spec().label),
            None => words(key),
        },
        [Step::Key(key), Step::Index(at), rest @ ..] => match list_in_file(Some(section), key) {
            Some(kind) => item_field(kind, *at, rest, within),
            None => last_key(steps),
        },
        _ => last_key(steps),
    }
}

fn item_field(kind: ListKind, at: usize, steps: &[Step], within: &mut Vec<String>) -> String {
    within.push(format!("{} {}", kind.noun(), at + 1));
    match steps {
        [] => String::new(),
        [Step::Key(key), Step::Index(under), rest @ ..] => {
            match list_in_file(None, key).filter(|_| kind == ListKind::Goals) {
                Some(milestones) => item_field(milestones, *under, rest, within),
                None => last_key(steps),
            }
        }
        [Step::Key(key), ..] => match item_field_label(kind, key) {
            Some(label) => format!("answer “{label}”"),
            None => words(key),
        },
        _ => last_key(steps),
    }
}

fn last_key(steps: &[Step]) -> String {
    steps
        .iter()
        .rev()
        .find_map(|step| match step {
            Step::Key(key) => Some(words(key)),
            Step::Index(_) => None,
        })
        .unwrap_or_default()
}

/// `interview_date` as "interview date".
fn words(key: &str) -> String {
    key.replace(['_', '-'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(path: &str) -> Vec<Step> {
        path.split('.')
            .map(|step| match step.parse() {
                Ok(at) => Step::Index(at),
                Err(_) => Step::Key(step.to_owned()),
            })
            .collect()
    }

    fn said(path: &str) -> String {
        let place = describe(&keys(path));
        format!("{}{}", place.within_phrase(), place.field_phrase())
    }

    #[test]
    fn places_are_named_as_the_screens_name_them() {
        assert_eq!(said("title"), "the title");
        assert_eq!(said(""), "the playbook");
        assert_eq!(
            said("assessments.1.executive"),
            "in interview 2, the executive's name"
        );
        assert_eq!(
            said("assessments.0.answers.value-why.rating"),
            format!(
                "in interview 1, the answer to “{}”, the rating",
                question("value-why").unwrap().prompt
            )
        );
        assert_eq!(
            said("strategy.goals.goals.2.milestones.0.due"),
            "in goal 3, milestone 1, the answer “Due”"
        );
        assert_eq!(
            said("strategy.alignment.top_problems.0.contribution"),
            "in top problem 1, the answer “How DevRel work contributes”"
        );
        assert_eq!(
            said("strategy.goals.agreement"),
            "the answer “Manager's agreement”"
        );
    }
}
