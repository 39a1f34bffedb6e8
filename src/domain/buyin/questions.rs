//! The interview's content: the question groups, the questions, how an answer is rated, and
//! the warning signs to listen for. Ids are part of the file format and never change; the
//! wording may.

use serde::{Deserialize, Serialize};

use crate::domain::document::read_choice;
use crate::domain::sources::{Credit, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    OverallValue,
    SuccessFactors,
    Teamwork,
    Communication,
    Advocacy,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Self::OverallValue,
        Self::SuccessFactors,
        Self::Teamwork,
        Self::Communication,
        Self::Advocacy,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Self::OverallValue => "Overall value",
            Self::SuccessFactors => "Success factors",
            Self::Teamwork => "Teamwork",
            Self::Communication => "Communication",
            Self::Advocacy => "Advocacy",
        }
    }

    pub fn purpose(self) -> &'static str {
        match self {
            Self::OverallValue => {
                "Does this executive know why the company has DevRel, and what they expect from it?"
            }
            Self::SuccessFactors => {
                "Is there a shared idea of what success looks like, and a way to measure it?"
            }
            Self::Teamwork => {
                "How is work split across teams, and are other teams' goals part of DevRel's?"
            }
            Self::Communication => {
                "How does news travel inside the company, and how can DevRel's work travel with it?"
            }
            Self::Advocacy => {
                "Buy-in means knowing DevRel's goals in broad strokes and speaking up for it, not only tolerating it: does this executive?"
            }
        }
    }
}

impl Group {
    /// The four groups of questions are the talk's; Advocacy is ours, built on its definition
    /// of buy-in.
    pub fn credit(self) -> Credit {
        match self {
            Self::Advocacy => Credit::OursAfter(Source::ExecutiveBuyIn),
            _ => Credit::From(Source::ExecutiveBuyIn),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable: stored answers refer to it.
    pub id: &'static str,
    pub group: Group,
    pub prompt: &'static str,
    /// What a convincing answer sounds like.
    pub strong: &'static str,
    /// What a worrying answer sounds like.
    pub weak: &'static str,
}

pub const QUESTIONS: &[Question] = &[
    Question {
        id: "value-why",
        group: Group::OverallValue,
        prompt: "Why do you think developer relations matters, for the company and for you?",
        strong: "A specific reason tied to the company's goals or its developers: adoption, retention, product feedback.",
        weak: "“I don't know”, or only that other companies have a DevRel team.",
    },
    Question {
        id: "value-brings",
        group: Group::OverallValue,
        prompt: "What value do you expect DevRel to bring?",
        strong: "Names outcomes they care about and could recognise when they happen.",
        weak: "Vague goodwill (“awareness”, “community”) with nothing they would notice if it were missing.",
    },
    Question {
        id: "value-wants",
        group: Group::OverallValue,
        prompt: "What are you looking to get out of DevRel over the next year?",
        strong: "Concrete hopes with a rough timeline, and a sense of priority among them.",
        weak: "No expectations, or everything at once with no priority.",
    },
    Question {
        id: "success-person",
        group: Group::SuccessFactors,
        prompt: "What does a successful DevRel person or team look like to you?",
        strong: "Describes behaviours and results, not only visibility or talks given.",
        weak: "Can't picture it, or success is only being seen at events.",
    },
    Question {
        id: "success-measured",
        group: Group::SuccessFactors,
        prompt: "How are you measuring success in DevRel?",
        strong: "Names measures, or asks to define them together and review them.",
        weak: "No way of measuring success, and no wish to find one.",
    },
    Question {
        id: "success-company",
        group: Group::SuccessFactors,
        prompt: "How is success measured across the company: in Engineering, Marketing, Sales?",
        strong: "Knows each function's measures and where DevRel's work feeds them.",
        weak: "Doesn't know how other teams are measured.",
    },
    Question {
        id: "success-board",
        group: Group::SuccessFactors,
        prompt: "What does success look like to the board?",
        strong: "Can connect board-level goals to what developers do with the product.",
        weak: "Sees no link between the board's goals and DevRel.",
    },
    Question {
        id: "teamwork-division",
        group: Group::Teamwork,
        prompt: "How is work divided across the company: Marketing, Sales, BizDev, Customer Success, Education? Which of these teams exist?",
        strong: "A clear map of who does what, including where DevRel overlaps.",
        weak: "Unclear ownership; DevRel is expected to fill every gap.",
    },
    Question {
        id: "teamwork-scale",
        group: Group::Teamwork,
        prompt: "How does the company's size shape who does what: at up to 50 people, past 50, at 1,000?",
        strong: "Knows what changes as the company grows, and what that means for DevRel.",
        weak: "Hasn't thought about it.",
    },
    Question {
        id: "teamwork-goals",
        group: Group::Teamwork,
        prompt: "How are goals distributed across teams?",
        strong: "Goals cascade visibly, and DevRel has its share of them.",
        weak: "Goals are set in silos, or DevRel has none.",
    },
    Question {
        id: "teamwork-stakeholders",
        group: Group::Teamwork,
        prompt: "Are other stakeholders' goals represented in the DevRel team? How are they found?",
        strong: "Names stakeholders and how their goals reach DevRel.",
        weak: "Other teams' goals never reach DevRel.",
    },
    Question {
        id: "communication-now",
        group: Group::Communication,
        prompt: "How do you communicate today: internal or external newsletters, a forum, something else?",
        strong: "Regular channels that DevRel can use to show its work.",
        weak: "No regular channels; news travels by chance.",
    },
    Question {
        id: "communication-departments",
        group: Group::Communication,
        prompt: "How is communication handled between departments?",
        strong: "Departments meet and share plans; DevRel is invited in.",
        weak: "Departments rarely talk; DevRel would be on its own.",
    },
    Question {
        id: "advocacy-speaks-up",
        group: Group::Advocacy,
        prompt: "When DevRel is questioned by leadership, what do you say?",
        strong: "Advocates: explains what DevRel does and the value it brings, and is fully behind it.",
        weak: "Only defends it when asked, or stays out of it.",
    },
    Question {
        id: "advocacy-commitment",
        group: Group::Advocacy,
        prompt: "Is there a plan and a budget for DevRel initiatives this year?",
        strong: "Yes: a clear plan, and no question about budget or initiatives.",
        weak: "Nothing planned or funded yet.",
    },
];

impl Question {
    /// Every question of a group comes from where its group does.
    pub fn credit(&self) -> Credit {
        self.group.credit()
    }
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

pub fn questions_in(group: Group) -> impl Iterator<Item = &'static Question> {
    QUESTIONS
        .iter()
        .filter(move |question| question.group == group)
}

/// What an answer shows, anchored so two interviewers rate the same answer the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Rating {
    Weak,
    Partial,
    Strong,
}

// Read by the one reader of options (as `rename_all` names them), rather than a derived one.
impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_choice(deserializer, "Rating", Self::IDS).map(|at| Self::ALL[at])
    }
}

impl Rating {
    pub const ALL: [Rating; 3] = [Self::Weak, Self::Partial, Self::Strong];
    /// How each of `ALL` is stored (as `rename_all` names them).
    pub const IDS: &'static [&'static str] = &["weak", "partial", "strong"];

    pub fn points(self) -> u32 {
        match self {
            Self::Weak => 0,
            Self::Partial => 1,
            Self::Strong => 2,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Weak => "Weak",
            Self::Partial => "Partial",
            Self::Strong => "Strong",
        }
    }

    pub fn anchor(self) -> &'static str {
        match self {
            Self::Weak => "No real answer: doesn't know, deflects, or sees no need.",
            Self::Partial => "Believes in it, but vague on how to measure or carry it out.",
            Self::Strong => "Clear and specific, and tied to the company's goals.",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum WarningSign {
    /// Decides the verdict alone: the talk's advice is that there is little point going on.
    DoesNotKnowValue,
    OnlyBecauseOthersDoIt,
    NoWayToMeasure,
    DefendsButDoesNotAdvocate,
    NoPlanOrBudget,
}

impl<'de> Deserialize<'de> for WarningSign {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_choice(deserializer, "WarningSign", Self::IDS).map(|at| Self::ALL[at])
    }
}

impl WarningSign {
    /// How each of `ALL` is stored (as `rename_all` names them).
    pub const IDS: &'static [&'static str] = &[
        "does-not-know-value",
        "only-because-others-do-it",
        "no-way-to-measure",
        "defends-but-does-not-advocate",
        "no-plan-or-budget",
    ];
    pub const ALL: [WarningSign; 5] = [
        Self::DoesNotKnowValue,
        Self::OnlyBecauseOthersDoIt,
        Self::NoWayToMeasure,
        Self::DefendsButDoesNotAdvocate,
        Self::NoPlanOrBudget,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::DoesNotKnowValue => "Says “I don't know” about DevRel's value",
            Self::OnlyBecauseOthersDoIt => "Only reason: another company does it",
            Self::NoWayToMeasure => "No way of measuring success",
            Self::DefendsButDoesNotAdvocate => "Defends DevRel but doesn't advocate for it",
            Self::NoPlanOrBudget => "No plan or budget for DevRel",
        }
    }

    /// The talk names the first two; the others are ours, drawn from what it says buy-in is.
    pub fn credit(self) -> Credit {
        match self {
            Self::DoesNotKnowValue | Self::OnlyBecauseOthersDoIt => {
                Credit::From(Source::ExecutiveBuyIn)
            }
            _ => Credit::OursAfter(Source::ExecutiveBuyIn),
        }
    }

    /// Whether this sign alone means the executive has no clue.
    pub fn is_decisive(self) -> bool {
        matches!(self, Self::DoesNotKnowValue)
    }

    /// The groups whose questions this sign is offered on.
    pub fn heard_in(self) -> Group {
        match self {
            Self::DoesNotKnowValue | Self::OnlyBecauseOthersDoIt => Group::OverallValue,
            Self::NoWayToMeasure => Group::SuccessFactors,
            Self::DefendsButDoesNotAdvocate | Self::NoPlanOrBudget => Group::Advocacy,
        }
    }

    /// The signs offered on the questions of `group`.
    pub fn heard_in_group(group: Group) -> Vec<WarningSign> {
        Self::ALL
            .into_iter()
            .filter(|sign| sign.heard_in() == group)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn question_ids_are_unique_and_every_group_has_questions() {
        let ids: HashSet<_> = QUESTIONS.iter().map(|question| question.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
        for group in Group::ALL {
            assert!(questions_in(group).count() >= 2, "{group:?}");
        }
    }

    #[test]
    fn questions_are_listed_group_by_group() {
        let groups: Vec<Group> = QUESTIONS.iter().map(|question| question.group).collect();
        let mut sorted = groups.clone();
        sorted.sort();
        assert_eq!(groups, sorted, "the interview walks the groups in order");
    }

    #[test]
    fn every_warning_sign_is_heard_in_some_group_and_stored_by_a_stable_name() {
        assert_eq!(
            serde_json::to_string(&WarningSign::OnlyBecauseOthersDoIt).unwrap(),
            "\"only-because-others-do-it\""
        );
        assert_eq!(
            serde_json::to_string(&Rating::Partial).unwrap(),
            "\"partial\""
        );
        for sign in WarningSign::ALL {
            assert!(questions_in(sign.heard_in()).count() > 0);
            assert!(WarningSign::heard_in_group(sign.heard_in()).contains(&sign));
        }
    }

    #[test]
    fn ratings_and_warning_signs_read_back_by_the_names_they_are_stored_by() {
        use crate::domain::document::from_value;
        for rating in Rating::ALL {
            let stored = serde_json::to_value(rating).unwrap();
            assert_eq!(from_value::<Rating>(stored).unwrap(), rating);
        }
        for sign in WarningSign::ALL {
            let stored = serde_json::to_value(sign).unwrap();
            assert_eq!(from_value::<WarningSign>(stored).unwrap(), sign);
        }
        assert_eq!(
            from_value::<Rating>(serde_json::json!("fine"))
                .unwrap_err()
                .to_string(),
            "unknown variant `fine`, expected one of `weak`, `partial`, `strong`"
        );
    }
}
