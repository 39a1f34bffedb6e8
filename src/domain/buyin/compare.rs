//! Comparing interviews: several executives side by side, and the same executive interviewed
//! again later (what changed per group, which answers moved, whether the verdict did).

use super::questions::{Group, Rating, WarningSign, QUESTIONS};
use super::verdict::{judge, Outcome, Verdict};
use chrono::NaiveDate;

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
}

pub fn side_by_side(assessments: &[Assessment]) -> Vec<Row> {
    assessments
        .iter()
        .map(|assessment| Row {
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
        })
        .collect()
}
