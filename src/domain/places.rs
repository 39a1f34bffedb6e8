//! Where in a playbook document a value is, said as the screens say it: "interview 2, the
//! answer to “…”, the rating" rather than `assessments[1].answers.value-why.rating`. Messages
//! about a file that cannot be read use it, so the user can find what to mend.

use serde_json::Value;

use super::buyin::questions::question;
use super::buyin::{Answer, Assessment};
use super::document::reads;
use super::onboarding::reviews::{Reading, Review};
use super::onboarding::{Onboarding, TaskNote};
use super::strategy::{
    item_field_label, item_reads, list_in_file, section_reads, text_in_file, ListKind, Strategy,
};

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
        // A place that is a whole item is named by the item, within the ones around it.
        let within = match self.within.split_last() {
            Some((_, around)) if self.field.is_empty() => around,
            _ => &self.within[..],
        };
        if within.is_empty() {
            String::new()
        } else {
            format!("in {}, ", within.join(", "))
        }
    }

    /// The field with its article: "the rating"; the item itself, "interview 2", when the place
    /// is a whole item; or "the playbook" when it is the whole.
    pub fn field_phrase(&self) -> String {
        match self.within.last() {
            _ if !self.field.is_empty() => format!("the {}", self.field),
            Some(item) => item.clone(),
            None => "the playbook".to_owned(),
        }
    }
}

/// Finds where in a playbook `document` the parser's complaint lies: the interview, answer or
/// strategy item that does not read (each tried on its own, with the code that reads it inside
/// the playbook), then the field in it, by the key or the value the complaint names. When
/// several fields hold such a value (two lists where text belongs, two nulls), the one it is
/// about is the one whose removal changes what `complaint`, the reader of the whole document,
/// says of it.
pub fn locate(
    document: &Value,
    parser_says: &str,
    complaint: &dyn Fn(Value) -> Option<String>,
) -> Vec<Step> {
    let key = |key: &str| Step::Key(key.to_owned());
    let mut steps = Vec::new();
    let mut at = document;
    let interviews = document.get("assessments").and_then(Value::as_array);
    let strategy = document
        .get("strategy")
        .filter(|strategy| !reads::<Strategy>(strategy));
    let plan = document
        .get("onboarding")
        .filter(|plan| !reads::<Onboarding>(plan));
    if let Some((n, interview)) = interviews
        .into_iter()
        .flatten()
        .enumerate()
        .find(|(_, interview)| !reads::<Assessment>(interview))
    {
        steps.extend([key("assessments"), Step::Index(n)]);
        at = interview;
        let answers = interview.get("answers").and_then(Value::as_object);
        if let Some((id, answer)) = answers
            .into_iter()
            .flatten()
            .find(|(_, answer)| !reads::<Answer>(answer))
        {
            steps.extend([key("answers"), key(id)]);
            at = answer;
        }
    } else if let Some(plan) = plan {
        steps.push(key("onboarding"));
        at = plan;
        let tasks = plan.get("tasks").and_then(Value::as_array);
        let reviews = plan.get("reviews").and_then(Value::as_array);
        if let Some((n, task)) = tasks
            .into_iter()
            .flatten()
            .enumerate()
            .find(|(_, task)| !reads::<TaskNote>(task))
        {
            steps.extend([key("tasks"), Step::Index(n)]);
            at = task;
        } else if let Some((n, review)) = reviews
            .into_iter()
            .flatten()
            .enumerate()
            .find(|(_, review)| !reads::<Review>(review))
        {
            steps.extend([key("reviews"), Step::Index(n)]);
            at = review;
            let readings = review.get("goals").and_then(Value::as_array);
            if let Some((n, reading)) = readings
                .into_iter()
                .flatten()
                .enumerate()
                .find(|(_, reading)| !reads::<Reading>(reading))
            {
                steps.extend([key("goals"), Step::Index(n)]);
                at = reading;
            }
        }
    } else if let Some(strategy) = strategy {
        steps.push(key("strategy"));
        at = strategy;
        let sections = strategy.as_object().into_iter().flatten();
        if let Some((section, fields)) = sections
            .into_iter()
            .find(|(section, fields)| !section_reads(section, fields))
        {
            steps.push(key(section));
            at = fields;
            let lists = fields.as_object().into_iter().flatten();
            for (list, items) in lists {
                let Some(kind) = list_in_file(Some(section), list) else {
                    continue;
                };
                let items = items.as_array().into_iter().flatten();
                if let Some((n, item)) = items.enumerate().find(|(_, item)| !item_reads(kind, item))
                {
                    steps.extend([key(list), Step::Index(n)]);
                    at = item;
                    let milestones = item.get("milestones").and_then(Value::as_array);
                    if let Some((n, milestone)) = milestones
                        .into_iter()
                        .flatten()
                        .enumerate()
                        .find(|(_, milestone)| !item_reads(ListKind::Milestones, milestone))
                    {
                        steps.extend([key("milestones"), Step::Index(n)]);
                        at = milestone;
                    }
                    break;
                }
            }
        }
    }
    let candidates = fields_named_by(at, parser_says).unwrap_or_default();
    let field = match candidates.as_slice() {
        [] => None,
        [only] => Some(only.clone()),
        [first, ..] => candidates
            .iter()
            .find(|key| {
                let mut without = document.clone();
                let object = steps
                    .iter()
                    .try_fold(&mut without, |value, step| match step {
                        Step::Key(key) => value.get_mut(key.as_str()),
                        Step::Index(at) => value.get_mut(*at),
                    });
                if let Some(fields) = object.and_then(Value::as_object_mut) {
                    fields.remove(key.as_str());
                }
                complaint(without).as_deref() != Some(parser_says)
            })
            .or(Some(first))
            .cloned(),
    };
    steps.extend(field.map(Step::Key));
    steps
}

/// The fields of `object` the complaint may be about: the one it names (missing), or those
/// whose value it quotes, in order.
fn fields_named_by(object: &Value, parser_says: &str) -> Option<Vec<String>> {
    let fields = object.as_object()?;
    let ticked = |text: &str| text.split('`').nth(1).map(str::to_owned);
    if let Some(rest) = parser_says.strip_prefix("missing field ") {
        return ticked(rest).map(|key| vec![key]);
    }
    let holds = |wanted: &dyn Fn(&Value) -> bool| {
        let keys = fields
            .iter()
            .filter(|(_, value)| {
                wanted(value)
                    || value
                        .as_array()
                        .is_some_and(|values| values.iter().any(wanted))
            })
            .map(|(key, _)| key.clone())
            .collect();
        Some(keys)
    };
    if let Some(rest) = parser_says.strip_prefix("unknown variant ") {
        let variant = ticked(rest)?;
        return holds(&|value| value.as_str() == Some(variant.as_str()));
    }
    if let Some(given) = parser_says
        .strip_prefix("invalid type: ")
        .or_else(|| parser_says.strip_prefix("invalid value: "))
    {
        let given = given.split(", expected ").next().unwrap_or_default();
        return match given {
            "null" => holds(&Value::is_null),
            "map" => holds(&Value::is_object),
            "sequence" => holds(&Value::is_array),
            _ if given.starts_with("string ") => {
                // Parsed as a `Value`, as below, so serde_json's text parser is not compiled
                // once more for a `String`.
                let Value::String(text) = serde_json::from_str(&given["string ".len()..]).ok()?
                else {
                    return None;
                };
                holds(&|value| value.as_str() == Some(text.as_str()))
            }
            _ => {
                // A number or a truth value, as the parser quotes it: `7`, `true`.
                let shown: Value = serde_json::from_str(&ticked(given)?).ok()?;
                holds(&|value| *value == shown)
            }
        };
    }
    // Our own checks quote the value they refuse: “soon” is not a date.
    let quoted = parser_says.split('“').nth(1)?.split('”').next()?;
    holds(&|value| value.as_str() == Some(quoted))
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
        [Step::Key(plan), rest @ ..] if plan == "onboarding" => plan_field(rest, &mut within),
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
        "onboarding" => "90-day plan".to_owned(),
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

fn plan_field(steps: &[Step], within: &mut Vec<String>) -> String {
    within.push("the 90-day plan".to_owned());
    match steps {
        [] => {
            within.clear();
            "90-day plan".to_owned()
        }
        [Step::Key(tasks), Step::Index(at), rest @ ..] if tasks == "tasks" => {
            within.push(format!("task {}", at + 1));
            match rest {
                [] => String::new(),
                [Step::Key(key), ..] => match key.as_str() {
                    "task" => "name of the task".to_owned(),
                    "title" => "words of the task".to_owned(),
                    "due" => "day it is due".to_owned(),
                    "mark" => "mark of done or skipped".to_owned(),
                    "removed" => "mark that it was removed".to_owned(),
                    other => words(other),
                },
                _ => last_key(rest),
            }
        }
        [Step::Key(reviews), Step::Index(at), rest @ ..] if reviews == "reviews" => {
            within.push(format!("review {}", at + 1));
            match rest {
                [Step::Key(goals), Step::Index(at), rest @ ..] if goals == "goals" => {
                    within.push(format!("what it recorded of goal {}", at + 1));
                    match rest {
                        [Step::Key(key), ..] => match key.as_str() {
                            "goal" => "goal it is about".to_owned(),
                            "value" => "value measured".to_owned(),
                            "reached" => "milestones reached".to_owned(),
                            "note" => "note of what changed".to_owned(),
                            other => words(other),
                        },
                        _ => String::new(),
                    }
                }
                [Step::Key(key), ..] => match key.as_str() {
                    "on" => "day of the review".to_owned(),
                    "goals" => "goals it recorded".to_owned(),
                    other => words(other),
                },
                _ => String::new(),
            }
        }
        [Step::Key(key), ..] => match key.as_str() {
            "start" => "first day".to_owned(),
            "tasks" => "tasks".to_owned(),
            other => words(other),
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
        assert_eq!(said("onboarding"), "the 90-day plan");
        assert_eq!(said("assessments.1"), "interview 2");
        assert_eq!(
            said("strategy.goals.goals.2.milestones.0"),
            "in goal 3, milestone 1"
        );
        assert_eq!(
            said("onboarding.start"),
            "in the 90-day plan, the first day"
        );
        assert_eq!(
            said("onboarding.reviews.1.goals.0.value"),
            "in the 90-day plan, review 2, what it recorded of goal 1, the value measured"
        );
        assert_eq!(
            said("onboarding.reviews.0.on"),
            "in the 90-day plan, review 1, the day of the review"
        );
        assert_eq!(
            said("onboarding.tasks.2.due"),
            "in the 90-day plan, task 3, the day it is due"
        );
    }
}
