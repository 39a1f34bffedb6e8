//! The nine steps of the wizard as data (order, address, title, guidance, what each holds) and
//! what each still lacks.

use chrono::NaiveDate;

use super::smart;
use super::{Agreement, ItemField, ListAt, ListKind, Performer, Strategy, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Alignment,
    Community,
    Objectives,
    Journey,
    Buddies,
    Programs,
    CustomerJourney,
    Goals,
    Communication,
}

/// A piece of a step's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Fields(&'static [Text]),
    List(ListKind),
}

/// The four functions every buddy system should have, with a word that recognises each.
pub const CORE_FUNCTIONS: [&str; 4] = ["Sales", "Marketing", "Product", "Support"];

impl Step {
    pub const ALL: [Step; 9] = [
        Self::Alignment,
        Self::Community,
        Self::Objectives,
        Self::Journey,
        Self::Buddies,
        Self::Programs,
        Self::CustomerJourney,
        Self::Goals,
        Self::Communication,
    ];

    /// 1 to 9.
    pub fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|&step| step == self)
            .unwrap_or_default()
            + 1
    }

    /// The step's part of the address.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Alignment => "company-goals",
            Self::Community => "community",
            Self::Objectives => "objectives",
            Self::Journey => "journey",
            Self::Buddies => "buddies",
            Self::Programs => "programs",
            Self::CustomerJourney => "customer-journey",
            Self::Goals => "smart-goals",
            Self::Communication => "communication",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|step| step.slug() == slug)
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Alignment => "Company goals and top problems",
            Self::Community => "Community basics",
            Self::Objectives => "Program objectives",
            Self::Journey => "Journey and personas",
            Self::Buddies => "Cross-functional buddies",
            Self::Programs => "Programs and campaigns",
            Self::CustomerJourney => "Activities on the customer journey",
            Self::Goals => "SMART goals",
            Self::Communication => "Internal communication",
        }
    }

    /// Why the step matters and how to go about it.
    pub fn guidance(self) -> &'static str {
        match self {
            Self::Alignment => "Read the company's goals, and those of everyone above you in the org chart, properly: work that made sense six months ago may no longer fit where the company is going. Then name the few big problems the organisation is trying to solve, and for each, how your daily work helps solve it.",
            Self::Community => "Get to know the community as it is today, before changing anything.",
            Self::Objectives => "Set the program's objectives so they line up with what the company wants, and tie each one to a top problem.",
            Self::Journey => "Go through the product as a newcomer would, with a beginner's mind. Note where people come from, how they get started, and everything that felt good or bad on the way.",
            Self::Buddies => "Colleagues in other functions are aligned with their own bosses' goals, not yours. Treat them like volunteers in a community: get to know them before asking for anything, make helping you easy, start with a quick win, and give them credit in public.",
            Self::Programs => "Segment the work into programs with clear outcomes. Within each, design campaigns along the commitment curve: the touch points between stages, what you measure at each, and the incentives that move members along.",
            Self::CustomerJourney => "Find out what the customer journey looks like and who owns it, list what community members and your team do, place each activity on a stage, and report on it where anyone in the company can see.",
            Self::Goals => "Write goals your manager can agree to, each one SMART, with milestones, owners and a review cadence. Propose them a few weeks before goals are refreshed, and keep syncing so there are no surprises at review time.",
            Self::Communication => "If nobody hears about the work, the company does not know it happened. Plan how you will tell it: the channel, how often, and who it reaches.",
        }
    }

    /// Where the guidance comes from, for the reader who wants more.
    pub fn source(self) -> &'static str {
        match self {
            Self::Alignment | Self::Goals => "Organizational alignment, and the SMART goal template of the community program strategy",
            Self::Community | Self::Objectives | Self::Journey | Self::Programs => {
                "A practical strategy for technical community program management"
            }
            Self::Buddies => "Cross-functional collaboration: the buddy system",
            Self::CustomerJourney => "DevRel and the customer journey",
            Self::Communication => "Executive buy-in talk: communication",
        }
    }

    pub fn parts(self) -> &'static [Part] {
        use Text as T;
        match self {
            Self::Alignment => &[
                Part::Fields(&[T::Framework, T::FrameworkName]),
                Part::List(ListKind::CompanyGoals),
                Part::List(ListKind::TopProblems),
            ],
            Self::Community => &[
                Part::Fields(&[
                    T::CommunityType,
                    T::CommunitySize,
                    T::CommitmentDistribution,
                ]),
                Part::List(ListKind::Impressions),
            ],
            Self::Objectives => &[
                Part::Fields(&[T::Wants, T::Avoids, T::StakeholderValue, T::UserValue]),
                Part::List(ListKind::Objectives),
            ],
            Self::Journey => &[
                Part::Fields(&[
                    T::WhereFrom,
                    T::MarketChannels,
                    T::Onboarding,
                    T::ProductValue,
                    T::ScaleDirection,
                    T::FeltGood,
                    T::FeltBad,
                ]),
                Part::List(ListKind::Personas),
            ],
            Self::Buddies => &[Part::List(ListKind::Buddies)],
            Self::Programs => &[
                Part::List(ListKind::Programs),
                Part::List(ListKind::CommitmentStages),
                Part::List(ListKind::Campaigns),
            ],
            Self::CustomerJourney => &[
                Part::List(ListKind::JourneyStages),
                Part::List(ListKind::Activities),
                Part::List(ListKind::Drqls),
                Part::Fields(&[T::Reporting]),
            ],
            Self::Goals => &[
                Part::List(ListKind::Goals),
                Part::Fields(&[T::ReviewCadence, T::Agreement, T::NextRefresh]),
            ],
            Self::Communication => &[Part::List(ListKind::Channels)],
        }
    }

    pub fn previous(self) -> Option<Self> {
        self.number().checked_sub(2).map(|at| Self::ALL[at])
    }

    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.number()).copied()
    }

    /// What the step still lacks, in words, in the order of its form. Empty when it is done.
    pub fn missing(self, strategy: &Strategy, started: NaiveDate) -> Vec<String> {
        let mut missing = Vec::new();
        for part in self.parts() {
            match *part {
                Part::Fields(fields) => {
                    for &field in fields {
                        if let Some(lack) = missing_text(strategy, field) {
                            missing.push(lack);
                        }
                    }
                }
                Part::List(kind) => missing_in_list(strategy, kind, started, &mut missing),
            }
        }
        missing
    }

    /// The first step that still lacks something, if any.
    pub fn first_unfinished(strategy: &Strategy, started: NaiveDate) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|step| !step.missing(strategy, started).is_empty())
    }
}

fn missing_text(strategy: &Strategy, field: Text) -> Option<String> {
    let filled = !strategy.text(field).trim().is_empty();
    match field {
        _ if !field.applies(strategy) => None,
        Text::FrameworkName if !filled => {
            Some("Name the goal framework the company uses.".to_owned())
        }
        Text::Agreement => match strategy.goals.agreement {
            Some(Agreement::Agreed) => None,
            Some(now) => Some(format!(
                "Get your manager's agreement (now: {}).",
                now.label()
            )),
            None => Some("Get your manager's agreement.".to_owned()),
        },
        _ if filled => None,
        Text::Framework => Some("Choose the goal framework the company uses.".to_owned()),
        _ => Some(format!("Not answered: {}", field.spec().label)),
    }
}

fn missing_in_list(
    strategy: &Strategy,
    kind: ListKind,
    started: NaiveDate,
    missing: &mut Vec<String>,
) {
    let items = strategy.items(&ListAt::top(kind));
    if items.is_empty() {
        missing.push(format!("Add at least one {}.", kind.noun()));
    }
    for item in &items {
        let label = strategy.label(kind, item.id());
        let mut needs: Vec<&str> = required(kind)
            .iter()
            .filter(|&&field| item.get(field).trim().is_empty())
            .filter_map(|&field| kind.fields().iter().find(|spec| spec.field == field))
            .map(|spec| spec.label)
            .collect();
        if kind == ListKind::Goals {
            if let Some(goal) = strategy.goal(item.id()) {
                for check in smart::check(goal, strategy, started) {
                    if let Some(what) = check.missing {
                        missing.push(format!("“{label}” is not {}: {what}.", check.letter.name()));
                    }
                }
                if goal.milestones.is_empty() {
                    needs.push("a milestone");
                }
            }
        }
        if !needs.is_empty() {
            let needs: Vec<String> = needs.iter().map(|need| lowercase_first(need)).collect();
            missing.push(format!("“{label}” needs: {}.", needs.join(", ")));
        }
    }
    match kind {
        ListKind::Buddies => {
            for function in CORE_FUNCTIONS {
                let found = items.iter().any(|buddy| {
                    buddy
                        .get(ItemField::Function)
                        .to_lowercase()
                        .contains(&function.to_lowercase())
                });
                if !found {
                    missing.push(format!("Find a buddy in {function}."));
                }
            }
        }
        ListKind::Activities if !items.is_empty() => {
            for (performer, what) in [
                (
                    Performer::Community,
                    "an activity community members perform",
                ),
                (Performer::Team, "an activity your team performs"),
            ] {
                if !items
                    .iter()
                    .any(|item| item.get(ItemField::Performer) == performer.id())
                {
                    missing.push(format!("Add {what}."));
                }
            }
        }
        _ => {}
    }
}

/// The fields an item of each list needs before its step is done. The goal's own fields are
/// judged by the SMART check instead.
fn required(kind: ListKind) -> &'static [ItemField] {
    use ItemField as F;
    match kind {
        ListKind::CompanyGoals => &[F::Goal],
        ListKind::TopProblems => &[F::Problem, F::Contribution],
        ListKind::Impressions => &[F::Channel, F::Impression],
        ListKind::Objectives => &[F::Objective, F::ForProblem],
        ListKind::Personas => &[F::Name, F::PersonaGoals, F::PainPoints],
        ListKind::Buddies => &[F::Function, F::Contact, F::QuickWin],
        ListKind::Programs => &[F::ProgramKind, F::Name, F::Outcome],
        ListKind::CommitmentStages | ListKind::JourneyStages => &[F::Name],
        ListKind::Campaigns => &[F::Name, F::Program, F::CommitmentStage, F::Measurement],
        ListKind::Activities => &[F::Name, F::Performer, F::JourneyStage],
        ListKind::Drqls => &[F::Team, F::Description],
        ListKind::Goals => &[],
        ListKind::Milestones => &[F::Milestone, F::Due],
        ListKind::Channels => &[F::Channel, F::Cadence, F::Audience],
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}
