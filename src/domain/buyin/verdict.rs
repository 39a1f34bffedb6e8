//! The verdict on an executive's buy-in: a deterministic rule over the ratings and warning
//! signs, with the reasons that decided it and the next steps for each outcome.

use super::questions::{question, Group, Rating, WarningSign, QUESTIONS};
use super::Assessment;
use crate::domain::sources::{Credit, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    NoClue,
    MiddleGround,
    TheyGetIt,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Self::TheyGetIt => "They get it",
            Self::MiddleGround => "Middle ground",
            Self::NoClue => "No clue",
        }
    }

    pub fn summary(self) -> &'static str {
        match self {
            Self::TheyGetIt => "On your side: a clear plan, no question about budget or initiatives, all in.",
            Self::MiddleGround => "Has heard of DevRel and likes the idea, but how to measure and run it is still open.",
            Self::NoClue => "Not sure what DevRel is for, or whether the company needs it.",
        }
    }

    /// What to do next, each with its credit.
    pub fn next_steps(self) -> &'static [(&'static str, Credit)] {
        const TALK: Credit = Credit::From(Source::ExecutiveBuyIn);
        match self {
            Self::TheyGetIt => &[
                ("Keep the buy-in: buy-in today is not buy-in for ever, so keep telling the company what DevRel does and achieves.", TALK),
                ("Evangelise internally, so that support for DevRel does not rest on this one executive.", TALK),
                ("Avoid a single point of failure: win a second sponsor among the leadership.", Credit::OursAfter(Source::ExecutiveBuyIn)),
                ("Write a roadbook for future advocates: what onboarding as a developer advocate at this company means, and who to talk to.", TALK),
            ],
            Self::MiddleGround => &[
                ("Ask more questions: dig into how they would measure DevRel and carry it out.", TALK),
                ("Make a clear path that lines up the company's values with DevRel's.", TALK),
                ("Agree together what success factors look like for DevRel.", TALK),
                ("Then go back to the communication and teamwork questions, program your initiatives, set up measurements with reporting, and communicate internally.", TALK),
            ],
            Self::NoClue => &[
                ("Expect an uphill battle: without this executive's buy-in, little else in the plan will hold.", TALK),
                ("Say so plainly, to yourself and to your manager. The talk's own advice is to consider whether this is the right place to do DevRel.", TALK),
                ("If you stay, find who does own DevRel's budget and start the Overall value questions again with them.", Credit::Ours),
            ],
        }
    }

    /// The next steps as a list shows them, the app's own marked.
    pub fn next_step_lines(self) -> Vec<String> {
        self.next_steps()
            .iter()
            .map(|(step, credit)| credit.mark(step))
            .collect()
    }

    /// The credit line under the next steps.
    pub fn next_steps_credit(self) -> String {
        Credit::of_list(self.next_steps().iter().map(|(_, credit)| *credit))
    }
}

/// Where the rule draws its lines, in percent of the best possible score.
pub const VALUE_WEAK_BELOW: u32 = 25;
pub const NO_CLUE_BELOW: u32 = 35;
pub const GET_IT_FROM: u32 = 75;

/// The rule, in the words the screen shows.
pub const RULE: [&str; 4] = [
    "A verdict needs at least one rated answer in every group.",
    "No clue: the executive doesn't know what DevRel is for (that warning sign alone decides), or the Overall value answers score below 25%, or all answers together score below 35%.",
    "They get it: all answers together score 75% or more, no warning sign was heard, and every rated Advocacy answer is Strong.",
    "Middle ground: everything in between.",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupScore {
    pub group: Group,
    pub rated: usize,
    pub questions: usize,
    /// Points won as a share of the points possible over the rated answers.
    pub percent: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    DecisiveSign {
        sign: WarningSign,
        question: &'static str,
    },
    ValueMostlyWeak {
        percent: u32,
    },
    LowOverall {
        percent: u32,
    },
    HighOverall {
        percent: u32,
    },
    NotHighOverall {
        percent: u32,
    },
    SignsHeard {
        signs: Vec<(WarningSign, &'static str)>,
    },
    NoSignsHeard,
    AdvocacyNotStrong {
        questions: Vec<&'static str>,
    },
    AdvocacyStrong,
}

impl Reason {
    /// The reason in words, naming the questions by their prompts.
    pub fn explain(&self) -> String {
        let prompt = |id: &str| {
            question(id).map_or(id.to_owned(), |question| format!("“{}”", question.prompt))
        };
        match self {
            Self::DecisiveSign { sign, question } => {
                format!("Warning sign “{}” on {}.", sign.label(), prompt(question))
            }
            Self::ValueMostlyWeak { percent } => {
                format!("The Overall value answers score {percent}%, below {VALUE_WEAK_BELOW}%.")
            }
            Self::LowOverall { percent } => {
                format!("All answers together score {percent}%, below {NO_CLUE_BELOW}%.")
            }
            Self::HighOverall { percent } => {
                format!("All answers together score {percent}%, at least {GET_IT_FROM}%.")
            }
            Self::NotHighOverall { percent } => {
                format!("All answers together score {percent}%, short of {GET_IT_FROM}%.")
            }
            Self::SignsHeard { signs } => {
                let heard: Vec<String> = signs
                    .iter()
                    .map(|(sign, question)| format!("“{}” on {}", sign.label(), prompt(question)))
                    .collect();
                format!("Warning signs heard: {}.", heard.join("; "))
            }
            Self::NoSignsHeard => "No warning sign was heard.".to_owned(),
            Self::AdvocacyNotStrong { questions } => {
                let named: Vec<String> = questions.iter().map(|id| prompt(id)).collect();
                format!("Advocacy is not Strong on {}.", named.join(" and "))
            }
            Self::AdvocacyStrong => {
                "Every rated Advocacy answer is Strong: they advocate, not only defend.".to_owned()
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: Verdict,
    pub overall_percent: u32,
    pub groups: Vec<GroupScore>,
    /// The lines of the rule that decided the verdict, in the order the rule checks them.
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Incomplete {
        unrated_groups: Vec<Group>,
        groups: Vec<GroupScore>,
    },
    Decided(Judgement),
}

impl Outcome {
    pub fn verdict(&self) -> Option<Verdict> {
        match self {
            Self::Decided(judgement) => Some(judgement.verdict),
            Self::Incomplete { .. } => None,
        }
    }

    pub fn groups(&self) -> &[GroupScore] {
        match self {
            Self::Decided(judgement) => &judgement.groups,
            Self::Incomplete { groups, .. } => groups,
        }
    }
}

fn percent(points: u32, rated: usize) -> Option<u32> {
    let possible = Rating::Strong.points() * rated as u32;
    (possible > 0).then(|| (points * 100 + possible / 2) / possible)
}

pub fn judge(assessment: &Assessment) -> Outcome {
    let rated: Vec<(&'static str, Group, Rating)> = QUESTIONS
        .iter()
        .filter_map(|question| {
            Some((
                question.id,
                question.group,
                assessment.answer(question.id)?.rating?,
            ))
        })
        .collect();
    let groups: Vec<GroupScore> = Group::ALL
        .iter()
        .map(|&group| {
            let in_group: Vec<Rating> = rated
                .iter()
                .filter(|(_, g, _)| *g == group)
                .map(|(_, _, rating)| *rating)
                .collect();
            GroupScore {
                group,
                rated: in_group.len(),
                questions: super::questions::questions_in(group).count(),
                percent: percent(
                    in_group.iter().map(|rating| rating.points()).sum(),
                    in_group.len(),
                ),
            }
        })
        .collect();
    let unrated_groups: Vec<Group> = groups
        .iter()
        .filter(|score| score.rated == 0)
        .map(|score| score.group)
        .collect();
    if !unrated_groups.is_empty() {
        return Outcome::Incomplete {
            unrated_groups,
            groups,
        };
    }

    let overall = percent(
        rated.iter().map(|(_, _, rating)| rating.points()).sum(),
        rated.len(),
    )
    .unwrap_or(0);
    let value = groups[0].percent.unwrap_or(0);
    let signs = assessment.signs_heard();

    let mut no_clue = Vec::new();
    if let Some(&(sign, question)) = signs.iter().find(|(sign, _)| sign.is_decisive()) {
        no_clue.push(Reason::DecisiveSign { sign, question });
    }
    if value < VALUE_WEAK_BELOW {
        no_clue.push(Reason::ValueMostlyWeak { percent: value });
    }
    if overall < NO_CLUE_BELOW {
        no_clue.push(Reason::LowOverall { percent: overall });
    }
    if !no_clue.is_empty() {
        return decided(Verdict::NoClue, overall, groups, no_clue);
    }

    let weak_advocacy: Vec<&'static str> = rated
        .iter()
        .filter(|(_, group, rating)| *group == Group::Advocacy && *rating != Rating::Strong)
        .map(|(id, _, _)| *id)
        .collect();
    let mut reasons = vec![if overall >= GET_IT_FROM {
        Reason::HighOverall { percent: overall }
    } else {
        Reason::NotHighOverall { percent: overall }
    }];
    reasons.push(if signs.is_empty() {
        Reason::NoSignsHeard
    } else {
        Reason::SignsHeard {
            signs: signs.clone(),
        }
    });
    reasons.push(if weak_advocacy.is_empty() {
        Reason::AdvocacyStrong
    } else {
        Reason::AdvocacyNotStrong {
            questions: weak_advocacy.clone(),
        }
    });
    let gets_it = overall >= GET_IT_FROM && signs.is_empty() && weak_advocacy.is_empty();
    let verdict = if gets_it {
        Verdict::TheyGetIt
    } else {
        Verdict::MiddleGround
    };
    decided(verdict, overall, groups, reasons)
}

fn decided(
    verdict: Verdict,
    overall_percent: u32,
    groups: Vec<GroupScore>,
    reasons: Vec<Reason>,
) -> Outcome {
    Outcome::Decided(Judgement {
        verdict,
        overall_percent,
        groups,
        reasons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::{AssessmentEdit, Interviewee};
    use crate::domain::id::sequential::id;
    use chrono::{TimeZone, Utc};
    use Rating::{Partial, Strong, Weak};

    fn interview(ratings: &[(&str, Rating)], signs: &[(&str, WarningSign)]) -> Assessment {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let who = Interviewee {
            executive: "Dana".into(),
            ..Interviewee::default()
        };
        let mut assessment = Assessment::new(id(1), who, now).unwrap();
        for (question, rating) in ratings {
            assessment
                .apply(
                    AssessmentEdit::Rate {
                        question: (*question).into(),
                        rating: Some(*rating),
                    },
                    now,
                )
                .unwrap();
        }
        for (question, sign) in signs {
            assessment
                .apply(
                    AssessmentEdit::Sign {
                        question: (*question).into(),
                        sign: *sign,
                        heard: true,
                    },
                    now,
                )
                .unwrap();
        }
        assessment
    }

    fn decided(assessment: &Assessment) -> Judgement {
        match judge(assessment) {
            Outcome::Decided(judgement) => judgement,
            Outcome::Incomplete { unrated_groups, .. } => panic!("incomplete: {unrated_groups:?}"),
        }
    }

    /// One answer per group, plus a second Advocacy answer: twelve points possible.
    fn six(
        value: Rating,
        success: Rating,
        teamwork: Rating,
        communication: Rating,
        advocacy: [Rating; 2],
    ) -> Vec<(&'static str, Rating)> {
        vec![
            ("value-why", value),
            ("success-measured", success),
            ("teamwork-goals", teamwork),
            ("communication-now", communication),
            ("advocacy-speaks-up", advocacy[0]),
            ("advocacy-commitment", advocacy[1]),
        ]
    }

    #[test]
    fn a_verdict_needs_every_group_rated() {
        let outcome = judge(&interview(
            &[("value-why", Strong), ("success-board", Strong)],
            &[],
        ));
        let Outcome::Incomplete {
            unrated_groups,
            groups,
        } = outcome
        else {
            panic!("decided too early")
        };
        assert_eq!(
            unrated_groups,
            [Group::Teamwork, Group::Communication, Group::Advocacy]
        );
        assert_eq!(groups[0].percent, Some(100));
        assert_eq!(groups[2].percent, None);
    }

    #[test]
    fn they_get_it_at_exactly_75_percent_with_strong_advocacy_and_no_signs() {
        let judgement = decided(&interview(
            &six(Strong, Partial, Partial, Partial, [Strong, Strong]),
            &[],
        ));
        assert_eq!(judgement.overall_percent, 75);
        assert_eq!(judgement.verdict, Verdict::TheyGetIt);
        assert_eq!(
            judgement.reasons,
            [
                Reason::HighOverall { percent: 75 },
                Reason::NoSignsHeard,
                Reason::AdvocacyStrong
            ]
        );
    }

    #[test]
    fn just_under_75_percent_is_middle_ground() {
        let judgement = decided(&interview(
            &six(Strong, Partial, Partial, Weak, [Strong, Strong]),
            &[],
        ));
        assert_eq!(judgement.overall_percent, 67);
        assert_eq!(judgement.verdict, Verdict::MiddleGround);
        assert!(judgement
            .reasons
            .contains(&Reason::NotHighOverall { percent: 67 }));
    }

    #[test]
    fn high_scores_without_advocacy_are_middle_ground() {
        let judgement = decided(&interview(
            &six(Strong, Strong, Strong, Strong, [Partial, Strong]),
            &[],
        ));
        assert_eq!(judgement.overall_percent, 92);
        assert_eq!(judgement.verdict, Verdict::MiddleGround);
        assert!(judgement.reasons.contains(&Reason::AdvocacyNotStrong {
            questions: vec!["advocacy-speaks-up"]
        }));
    }

    #[test]
    fn any_warning_sign_keeps_them_from_they_get_it() {
        let signs = [("success-measured", WarningSign::NoWayToMeasure)];
        let judgement = decided(&interview(
            &six(Strong, Strong, Strong, Strong, [Strong, Strong]),
            &signs,
        ));
        assert_eq!(judgement.verdict, Verdict::MiddleGround);
        assert!(judgement.reasons.contains(&Reason::SignsHeard {
            signs: vec![(WarningSign::NoWayToMeasure, "success-measured")]
        }));
    }

    #[test]
    fn not_knowing_the_value_decides_no_clue_alone() {
        let signs = [("value-brings", WarningSign::DoesNotKnowValue)];
        let judgement = decided(&interview(
            &six(Strong, Strong, Strong, Strong, [Strong, Strong]),
            &signs,
        ));
        assert_eq!(judgement.verdict, Verdict::NoClue);
        assert_eq!(
            judgement.reasons,
            [Reason::DecisiveSign {
                sign: WarningSign::DoesNotKnowValue,
                question: "value-brings"
            }]
        );
        assert!(judgement.reasons[0]
            .explain()
            .contains("“What value do you expect DevRel to bring?”"));
    }

    #[test]
    fn overall_value_at_25_percent_holds_but_below_is_no_clue() {
        let mut ratings = six(Strong, Strong, Strong, Strong, [Strong, Strong]);
        ratings.extend([("value-why", Partial), ("value-brings", Weak)]);
        let judgement = decided(&interview(&ratings, &[]));
        assert_eq!(judgement.groups[0].percent, Some(25));
        assert_eq!(
            judgement.verdict,
            Verdict::TheyGetIt,
            "25% on value is not yet a reason for No clue"
        );

        ratings.push(("value-why", Weak));
        let judgement = decided(&interview(&ratings, &[]));
        assert_eq!(judgement.verdict, Verdict::NoClue);
        assert_eq!(judgement.reasons, [Reason::ValueMostlyWeak { percent: 0 }]);
    }

    #[test]
    fn overall_at_35_percent_holds_but_below_is_no_clue() {
        // Ten answers, twenty points possible; Overall value stays at 50%.
        let base = [
            ("value-why", Strong),
            ("value-brings", Weak),
            ("success-person", Partial),
            ("success-measured", Weak),
            ("success-company", Weak),
            ("teamwork-division", Partial),
            ("teamwork-scale", Partial),
            ("communication-now", Weak),
            ("advocacy-speaks-up", Partial),
            ("advocacy-commitment", Partial),
        ];
        let judgement = decided(&interview(&base, &[]));
        assert_eq!(judgement.overall_percent, 35);
        assert_eq!(judgement.verdict, Verdict::MiddleGround);

        let mut lower = base.to_vec();
        lower.push(("advocacy-commitment", Weak));
        let judgement = decided(&interview(&lower, &[]));
        assert_eq!(judgement.overall_percent, 30);
        assert_eq!(judgement.verdict, Verdict::NoClue);
        assert_eq!(judgement.reasons, [Reason::LowOverall { percent: 30 }]);
    }

    #[test]
    fn every_verdict_has_next_steps_and_the_rule_names_its_thresholds() {
        for verdict in [Verdict::TheyGetIt, Verdict::MiddleGround, Verdict::NoClue] {
            assert!(verdict.next_steps().len() >= 3);
        }
        assert!(
            RULE[1].contains(&format!("{VALUE_WEAK_BELOW}%"))
                && RULE[1].contains(&format!("{NO_CLUE_BELOW}%"))
        );
        assert!(RULE[2].contains(&format!("{GET_IT_FROM}%")));
    }
}
