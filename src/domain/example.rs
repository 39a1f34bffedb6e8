//! The example playbook a first-time user can open to see a finished one: three executives of
//! an invented company, one for each verdict. It is marked as an example and removable.

use chrono::{DateTime, TimeDelta, Utc};

use super::buyin::questions::{questions_in, Group, Rating, WarningSign};
use super::buyin::{Assessment, AssessmentEdit, Interviewee};
use super::id::Id;
use super::iso8601;
use super::playbook::{NewPlaybook, Playbook};

struct Interview {
    executive: &'static str,
    role: &'static str,
    date: &'static str,
    /// A rating for each group's questions, in order.
    ratings: [Rating; 5],
    notes: &'static [(&'static str, &'static str)],
    signs: &'static [(&'static str, WarningSign)],
}

const INTERVIEWS: [Interview; 3] = [
    Interview {
        executive: "Priya Shah",
        role: "CTO",
        date: "2026-10-06",
        ratings: [Rating::Strong; 5],
        notes: &[
            ("value-why", "Developers choose the platform; she wants them to succeed with the API in their first hour."),
            ("success-measured", "Time to first successful API call, and active integrations per quarter."),
            ("advocacy-speaks-up", "Presented DevRel's results at the last board meeting without being asked."),
        ],
        signs: &[],
    },
    Interview {
        executive: "Marcus Lee",
        role: "VP Marketing",
        date: "2026-10-08",
        ratings: [Rating::Partial, Rating::Partial, Rating::Strong, Rating::Partial, Rating::Partial],
        notes: &[
            ("value-why", "Likes that DevRel brings reach with developers; unsure what it should own."),
            ("success-measured", "Would count event attendance, but has no measure beyond that."),
        ],
        signs: &[("success-measured", WarningSign::NoWayToMeasure)],
    },
    Interview {
        executive: "Ellen Brooks",
        role: "CFO",
        date: "2026-10-09",
        ratings: [Rating::Weak, Rating::Weak, Rating::Partial, Rating::Weak, Rating::Weak],
        notes: &[("value-why", "“Honestly, I don't know what DevRel does for us. Our competitor has a team, so we do too.”")],
        signs: &[
            ("value-why", WarningSign::DoesNotKnowValue),
            ("value-why", WarningSign::OnlyBecauseOthersDoIt),
            ("advocacy-commitment", WarningSign::NoPlanOrBudget),
        ],
    },
];

/// Builds the example with fresh ids from `new_id`.
pub fn example_playbook(mut new_id: impl FnMut() -> Id, now: DateTime<Utc>) -> Playbook {
    let details = NewPlaybook {
        title: "Example: Nimbus Cloud developer program".to_owned(),
        company: "Nimbus Cloud (an invented company)".to_owned(),
        author: "DevRel Playbook".to_owned(),
    };
    let mut playbook = Playbook::new(new_id(), details, now)
        .unwrap_or_else(|_| unreachable!("the example's details are valid"));
    playbook.example = true;
    playbook.assessments = INTERVIEWS
        .iter()
        .map(|interview| interviewed(interview, new_id(), now))
        .collect();
    playbook
}

fn interviewed(interview: &Interview, id: Id, now: DateTime<Utc>) -> Assessment {
    let who = Interviewee {
        executive: interview.executive.to_owned(),
        role: interview.role.to_owned(),
        interview_date: interview.date.to_owned(),
        interviewer: "Sam Rivera".to_owned(),
    };
    let at = iso8601::date::parse(interview.date).map_or(now, |day| {
        day.and_time(Default::default()).and_utc() + TimeDelta::hours(10)
    });
    let mut edits = Vec::new();
    for (group, rating) in Group::ALL.into_iter().zip(interview.ratings) {
        for question in questions_in(group) {
            edits.push(AssessmentEdit::Rate {
                question: question.id.to_owned(),
                rating: Some(rating),
            });
        }
    }
    for (question, notes) in interview.notes {
        edits.push(AssessmentEdit::Notes {
            question: (*question).to_owned(),
            notes: (*notes).to_owned(),
        });
    }
    for (question, sign) in interview.signs {
        edits.push(AssessmentEdit::Sign {
            question: (*question).to_owned(),
            sign: *sign,
            heard: true,
        });
    }
    let mut assessment = Assessment::new(id, who, at)
        .unwrap_or_else(|_| unreachable!("the example's interviewees are valid"));
    for edit in edits {
        // Every edit names a real question and a sign of its group; the test below holds them to it.
        let _ = assessment.apply(edit, at);
    }
    assessment
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::verdict::{judge, Verdict};
    use chrono::TimeZone;

    fn example() -> Playbook {
        let mut n = 0u8;
        example_playbook(
            || {
                n += 1;
                Id::from_random_bytes([n; 16])
            },
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        )
    }

    #[test]
    fn the_example_shows_each_verdict_once() {
        let playbook = example();
        assert!(playbook.example);
        let verdicts: Vec<Option<Verdict>> = playbook
            .assessments
            .iter()
            .map(|a| judge(a).verdict())
            .collect();
        assert_eq!(
            verdicts,
            [
                Some(Verdict::TheyGetIt),
                Some(Verdict::MiddleGround),
                Some(Verdict::NoClue)
            ]
        );
    }

    #[test]
    fn every_note_and_sign_of_the_example_lands_on_its_question() {
        let playbook = example();
        for (interview, assessment) in INTERVIEWS.iter().zip(&playbook.assessments) {
            for (question, notes) in interview.notes {
                assert_eq!(
                    assessment
                        .answer(question)
                        .map(|answer| answer.notes.as_str()),
                    Some(*notes)
                );
            }
            assert_eq!(
                assessment.signs_heard().len(),
                interview.signs.len(),
                "{}",
                interview.executive
            );
            assert!(assessment.interview_date.is_some());
        }
    }
}
