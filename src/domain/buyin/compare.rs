//! Comparing interviews: several executives side by side, each by their latest interview or
//! with every interview of their series, and the same executive interviewed again later (what
//! changed per group, which answers moved, whether the verdict did).

use super::questions::{Group, Rating, WarningSign, QUESTIONS};
use super::verdict::{judge, Outcome, Verdict};
use chrono::NaiveDate;

use crate::domain::{iso8601, WriteDate};

use super::series::series_of;
use super::{Assessment, AssessmentId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupChange {
    pub group: Group,
    pub before: Option<u32>,
    pub after: Option<u32>,
}

impl GroupChange {
    /// Percentage points gained (positive) or lost, when both interviews scored the group.
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.after?) - i64::from(self.before?))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerChange {
    pub question: &'static str,
    pub rating_before: Option<Rating>,
    pub rating_after: Option<Rating>,
    pub notes_changed: bool,
    pub signs_changed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub verdict_before: Option<Verdict>,
    pub verdict_after: Option<Verdict>,
    pub groups: Vec<GroupChange>,
    pub answers: Vec<AnswerChange>,
}

impl Progress {
    pub fn verdict_moved(&self) -> bool {
        self.verdict_before != self.verdict_after
    }
}

/// What changed between an earlier and a later interview.
pub fn progress(earlier: &Assessment, later: &Assessment) -> Progress {
    let (before, after) = (judge(earlier), judge(later));
    let groups = before
        .groups()
        .iter()
        .zip(after.groups())
        .map(|(b, a)| GroupChange {
            group: b.group,
            before: b.percent,
            after: a.percent,
        })
        .collect();
    let answers = QUESTIONS
        .iter()
        .filter_map(|question| {
            let (b, a) = (
                earlier.answer(question.id).cloned().unwrap_or_default(),
                later.answer(question.id).cloned().unwrap_or_default(),
            );
            (b != a).then(|| AnswerChange {
                question: question.id,
                rating_before: b.rating,
                rating_after: a.rating,
                notes_changed: b.notes != a.notes,
                signs_changed: b.signs != a.signs,
            })
        })
        .collect();
    Progress {
        verdict_before: before.verdict(),
        verdict_after: after.verdict(),
        groups,
        answers,
    }
}

/// One row of the side-by-side comparison of executives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: AssessmentId,
    pub executive: String,
    pub role: String,
    pub interview_date: Option<NaiveDate>,
    pub outcome: Outcome,
    /// Each warning sign heard, once, in interview order.
    pub signs: Vec<WarningSign>,
    /// Whether the executive shows more than once, so the date tells the rows apart.
    pub dated: bool,
}

impl Row {
    /// Who and when, for the chart: the name, with the date (written by `date`) when the
    /// executive shows more than once.
    pub fn label_with(&self, date: WriteDate) -> String {
        match self.interview_date.filter(|_| self.dated) {
            Some(day) => format!("{}, {}", self.executive, date(day)),
            None => self.executive.clone(),
        }
    }

    /// The label with its date as files write dates.
    pub fn label(&self) -> String {
        self.label_with(iso8601::date::format)
    }
}

/// Which interviews a comparison shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shown {
    /// One row per executive: their latest interview.
    #[default]
    Latest,
    /// Every interview, each executive's together, oldest first.
    Every,
}

/// The executives of a playbook side by side, in the order they were first interviewed.
pub fn side_by_side(assessments: &[Assessment], shown: Shown) -> Vec<Row> {
    series_of(assessments)
        .into_iter()
        .flat_map(|series| {
            let interviews = match shown {
                Shown::Latest => vec![series.latest()],
                Shown::Every => series.interviews().to_vec(),
            };
            let dated = interviews.len() > 1;
            interviews
                .into_iter()
                .map(move |assessment| row(assessment, dated))
        })
        .collect()
}

/// How many interviews the comparison of the latest ones leaves out.
pub fn earlier_count(assessments: &[Assessment]) -> usize {
    assessments.len() - series_of(assessments).len()
}

fn row(assessment: &Assessment, dated: bool) -> Row {
    Row {
        id: assessment.id.clone(),
        executive: assessment.executive.clone(),
        role: assessment.role.clone(),
        interview_date: assessment.interview_date,
        outcome: judge(assessment),
        signs: assessment
            .signs_heard()
            .into_iter()
            .fold(Vec::new(), |mut signs, (sign, _)| {
                if !signs.contains(&sign) {
                    signs.push(sign);
                }
                signs
            }),
        dated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::Interviewee;
    use crate::domain::id::sequential::id;
    use chrono::{TimeZone, Utc};

    #[test]
    fn an_executive_interviewed_twice_is_one_row_unless_every_interview_is_asked_for() {
        let at = Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap();
        let who = |name: &str| Interviewee {
            executive: name.into(),
            interview_date: "2026-09-01".into(),
            ..Interviewee::default()
        };
        let ravi = Assessment::new(id(1), who("Ravi Rao"), at).unwrap();
        let ada = Assessment::new(id(2), who("Ada Strong"), at).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let again = ravi.follow_up(id(3), at, today);
        let playbook = [ravi.clone(), ada.clone(), again.clone()];

        let latest = side_by_side(&playbook, Shown::Latest);
        let rows: Vec<(String, &AssessmentId)> =
            latest.iter().map(|row| (row.label(), &row.id)).collect();
        assert_eq!(
            rows,
            vec![
                ("Ravi Rao".into(), &again.id),
                ("Ada Strong".into(), &ada.id)
            ]
        );
        assert_eq!(earlier_count(&playbook), 1);

        let every = side_by_side(&playbook, Shown::Every);
        let rows: Vec<(String, &AssessmentId)> =
            every.iter().map(|row| (row.label(), &row.id)).collect();
        assert_eq!(
            rows,
            vec![
                ("Ravi Rao, 2026-09-01".into(), &ravi.id),
                ("Ravi Rao, 2026-11-25".into(), &again.id),
                ("Ada Strong".into(), &ada.id)
            ]
        );
    }
}
