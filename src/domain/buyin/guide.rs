//! The interview guide to print: the question set on paper, group by group, for one executive
//! or for anyone. What it holds beyond the content of `questions` is whom it is for and, for an
//! executive rated before, each question's rating last time, so the interviewer can listen for
//! what changed.

use chrono::NaiveDate;

use super::questions::{Group, Question, Rating, WarningSign, QUESTIONS};
use super::series::series_of;
use super::{Assessment, AssessmentId};

/// A guide, ready for a screen to lay out.
#[derive(Debug, PartialEq, Eq)]
pub struct Guide<'a> {
    /// The interview it is printed for (its executive's name and role head the page); `None`
    /// for a blank guide.
    pub executive: Option<&'a Assessment>,
    /// The day of the interview whose ratings show as last time's, if the executive has been
    /// rated before.
    pub last_rated: Option<NaiveDate>,
    /// Every group in the interview's order.
    pub groups: Vec<GuideGroup>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct GuideGroup {
    pub group: Group,
    pub questions: Vec<GuideQuestion>,
    /// The warning signs to listen for in this group's answers, to tick.
    pub signs: Vec<WarningSign>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct GuideQuestion {
    /// Counted from 1 across the whole guide, as the interview counts them.
    pub number: usize,
    pub question: &'static Question,
    /// The executive's rating of it last time.
    pub last: Option<Rating>,
}

/// The guide for the interview `executive` of `assessments`, or a blank one (also for an id the
/// playbook does not have).
pub fn guide<'a>(assessments: &'a [Assessment], executive: Option<&AssessmentId>) -> Guide<'a> {
    let executive =
        executive.and_then(|id| assessments.iter().find(|assessment| &assessment.id == id));
    let last = executive.and_then(|interview| last_rated(assessments, interview));
    let mut number = 0;
    let groups = Group::ALL
        .into_iter()
        .map(|group| GuideGroup {
            group,
            questions: QUESTIONS
                .iter()
                .filter(|question| question.group == group)
                .map(|question| {
                    number += 1;
                    GuideQuestion {
                        number,
                        question,
                        last: last.and_then(|last| rating(last, question)),
                    }
                })
                .collect(),
            signs: WarningSign::heard_in_group(group),
        })
        .collect();
    Guide {
        executive,
        last_rated: last.map(Assessment::held_on),
        groups,
    }
}

fn rating(assessment: &Assessment, question: &Question) -> Option<Rating> {
    assessment
        .answer(question.id)
        .and_then(|answer| answer.rating)
}

fn rated(assessment: &Assessment) -> bool {
    QUESTIONS
        .iter()
        .any(|question| rating(assessment, question).is_some())
}

/// The latest interview of the executive, up to `interview`, that rated anything. An interview
/// started by "Interview again" begins with the earlier one's answers: while its ratings are
/// still those, they were given at the earlier interview, and its day is theirs.
fn last_rated<'a>(assessments: &'a [Assessment], interview: &Assessment) -> Option<&'a Assessment> {
    let series = series_of(assessments)
        .into_iter()
        .find(|series| series.contains(&interview.id))?;
    let until = series
        .interviews()
        .iter()
        .position(|assessment| assessment.id == interview.id)?;
    let mut rated_ones = series.interviews()[..=until]
        .iter()
        .rev()
        .copied()
        .filter(|assessment| rated(assessment));
    let mut last = rated_ones.next()?;
    for earlier in rated_ones {
        let same = QUESTIONS
            .iter()
            .all(|question| rating(last, question) == rating(earlier, question));
        if !same {
            break;
        }
        last = earlier;
    }
    Some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::{AssessmentEdit, Interviewee};
    use crate::domain::id::sequential::id;
    use crate::domain::iso8601;
    use chrono::{DateTime, TimeZone, Utc};

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn interview(n: u8, executive: &str, day: u32) -> Assessment {
        let who = Interviewee {
            executive: executive.into(),
            role: "CTO".into(),
            interview_date: iso8601::date::format(date(day)),
            ..Interviewee::default()
        };
        Assessment::new(id(n), who, at(day)).unwrap()
    }

    fn rate(assessment: &mut Assessment, question: &str, rating: Rating) {
        let edit = AssessmentEdit::Rate {
            question: question.into(),
            rating: Some(rating),
        };
        assessment.apply(edit, at(28)).unwrap();
    }

    fn lasts(guide: &Guide) -> Vec<Option<Rating>> {
        guide
            .groups
            .iter()
            .flat_map(|group| group.questions.iter().map(|question| question.last))
            .collect()
    }

    #[test]
    fn a_blank_guide_has_every_group_question_and_warning_sign_once_in_the_interviews_order() {
        let guide = guide(&[], None);
        assert_eq!(guide.executive, None);
        assert_eq!(guide.last_rated, None);
        let groups: Vec<Group> = guide.groups.iter().map(|group| group.group).collect();
        assert_eq!(groups, Group::ALL);
        let questions: Vec<(usize, &str)> = guide
            .groups
            .iter()
            .flat_map(|group| group.questions.iter())
            .map(|question| (question.number, question.question.id))
            .collect();
        let expected: Vec<(usize, &str)> = QUESTIONS
            .iter()
            .enumerate()
            .map(|(at, question)| (at + 1, question.id))
            .collect();
        assert_eq!(questions, expected);
        let mut signs: Vec<WarningSign> = guide
            .groups
            .iter()
            .flat_map(|group| group.signs.iter().copied())
            .collect();
        signs.sort();
        assert_eq!(signs, WarningSign::ALL);
        for group in &guide.groups {
            for sign in &group.signs {
                assert_eq!(sign.heard_in(), group.group);
            }
        }
        assert!(lasts(&guide).iter().all(Option::is_none));
    }

    #[test]
    fn an_executive_never_rated_has_their_name_and_no_last_time() {
        let planned = interview(1, "Ravi Rao", 1);
        let others = [interview(2, "Ada Strong", 2), planned];
        let guide = guide(&others, Some(&id(1)));
        assert_eq!(
            guide.executive.map(|a| a.executive.as_str()),
            Some("Ravi Rao")
        );
        assert_eq!(guide.last_rated, None);
        assert!(lasts(&guide).iter().all(Option::is_none));
    }

    #[test]
    fn an_id_the_playbook_lacks_gives_a_blank_guide() {
        let playbook = [interview(1, "Ravi Rao", 1)];
        let guide = guide(&playbook, Some(&id(9)));
        assert_eq!(guide.executive, None);
        assert_eq!(guide.last_rated, None);
    }

    #[test]
    fn an_executive_rated_before_shows_each_rating_of_the_latest_rated_interview_and_its_day() {
        let mut first = interview(1, "Ravi Rao", 1);
        rate(&mut first, "value-why", Rating::Weak);
        let mut second = first.follow_up(id(2), at(10), date(10));
        rate(&mut second, "value-why", Rating::Strong);
        rate(&mut second, "success-board", Rating::Partial);
        // Planned, not yet held: it starts from the second's answers, unchanged.
        let third = second.follow_up(id(3), at(20), date(20));
        let playbook = [third, interview(4, "Ada Strong", 2), first, second];
        for printed_for in [id(2), id(3)] {
            let guide = guide(&playbook, Some(&printed_for));
            assert_eq!(guide.executive.map(|a| a.id.clone()), Some(printed_for));
            assert_eq!(
                guide.last_rated,
                Some(date(10)),
                "the day those ratings were given"
            );
            let lasts = lasts(&guide);
            assert_eq!(lasts[0], Some(Rating::Strong));
            let board = QUESTIONS
                .iter()
                .position(|q| q.id == "success-board")
                .unwrap();
            assert_eq!(lasts[board], Some(Rating::Partial));
            assert_eq!(lasts.iter().flatten().count(), 2);
        }
        // Printed for the first interview, the later ones are not "last time".
        let guide = guide(&playbook, Some(&id(1)));
        assert_eq!(guide.last_rated, Some(date(1)));
        assert_eq!(lasts(&guide)[0], Some(Rating::Weak));
        // Another executive of the same playbook is not rated before.
        assert_eq!(super::guide(&playbook, Some(&id(4))).last_rated, None);
    }
}
