//! The strategy's fields and lists as data: what each is called, what kind of answer it takes
//! and a hint for it. Screens are drawn from these, so every step looks and behaves alike.

use super::{Agreement, BuddyStatus, Framework, Performer, ProgramKind, Spaces};

/// One option of a closed set, stored by `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Line,
    Notes,
    /// `YYYY-MM-DD`.
    Date,
    Choice(&'static [Choice]),
    /// The id of an item in one of these lists.
    Link(&'static [ListKind]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec<F> {
    pub field: F,
    pub label: &'static str,
    pub kind: FieldKind,
    /// Shown under the label; empty for none.
    pub hint: &'static str,
}

const fn spec<F>(
    field: F,
    label: &'static str,
    kind: FieldKind,
    hint: &'static str,
) -> FieldSpec<F> {
    FieldSpec {
        field,
        label,
        kind,
        hint,
    }
}

/// A label or title inside a sentence: "Examples: top problems", but "DevRel Qualified Leads"
/// and "SMART goals" keep their capitals, since a first word with capitals after its first
/// letter is a name or an acronym.
pub fn in_sentence(label: &str) -> String {
    let first_word = label.split_whitespace().next().unwrap_or_default();
    if first_word.chars().skip(1).any(char::is_uppercase) {
        return label.to_owned();
    }
    let mut chars = label.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The strategy's single answers (as opposed to its lists).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    Framework,
    FrameworkName,
    CommunityType,
    CommunitySize,
    CommitmentDistribution,
    Wants,
    Avoids,
    StakeholderValue,
    UserValue,
    WhereFrom,
    MarketChannels,
    Onboarding,
    ProductValue,
    ScaleDirection,
    FeltGood,
    FeltBad,
    Reporting,
    ReviewCadence,
    Agreement,
    NextRefresh,
}

impl Text {
    pub const ALL: [Text; 20] = [
        Self::Framework,
        Self::FrameworkName,
        Self::CommunityType,
        Self::CommunitySize,
        Self::CommitmentDistribution,
        Self::Wants,
        Self::Avoids,
        Self::StakeholderValue,
        Self::UserValue,
        Self::WhereFrom,
        Self::MarketChannels,
        Self::Onboarding,
        Self::ProductValue,
        Self::ScaleDirection,
        Self::FeltGood,
        Self::FeltBad,
        Self::Reporting,
        Self::ReviewCadence,
        Self::Agreement,
        Self::NextRefresh,
    ];

    /// Whether the field is asked given the other answers: a framework's name only when it
    /// is none of the well-known ones.
    pub fn applies(self, strategy: &super::Strategy) -> bool {
        match self {
            Self::FrameworkName => strategy.alignment.framework == Some(Framework::Other),
            _ => true,
        }
    }

    pub fn spec(self) -> FieldSpec<Text> {
        use FieldKind::{Date, Line, Notes};
        let (label, kind, hint) = match self {
            Self::Framework => ("Goal framework", FieldKind::Choice(Framework::OPTIONS), "How the company writes its goals down. Ask for the current goals page, or watch the last quarterly business reviews."),
            Self::FrameworkName => ("Name of the framework", Line, "Only if it is none of the above."),
            Self::CommunityType => ("Type of community", Line, "Who belongs to it, for example developers only, developers and users, or organisations."),
            Self::CommunitySize => ("Size", Line, "Members, active members, or whatever the company counts."),
            Self::CommitmentDistribution => ("How committed its members are", Notes, "Roughly how many only watch, how many take part, how many contribute, how many lead."),
            Self::Wants => ("What the company wants from the program", Notes, ""),
            Self::Avoids => ("What the company wants to avoid", Notes, ""),
            Self::StakeholderValue => ("The value for stakeholders inside the company", Notes, ""),
            Self::UserValue => ("The value for users and community members", Notes, ""),
            Self::WhereFrom => ("Where do users come from?", Notes, ""),
            Self::MarketChannels => ("What are the current channels to the market?", Notes, ""),
            Self::Onboarding => ("What is the onboarding like?", Notes, "Go through it yourself, as a newcomer would."),
            Self::ProductValue => ("How is the product used, and where does it give value to its users?", Notes, ""),
            Self::ScaleDirection => ("Should the community grow horizontally or vertically next?", Notes, "Horizontally: more kinds of members, regions or use cases. Vertically: deeper commitment from the members it has."),
            Self::FeltGood => ("What felt good along the way", Notes, ""),
            Self::FeltBad => ("What felt bad, confusing or slow", Notes, "Gaps in onboarding belong here."),
            Self::Reporting => ("Reporting", Notes, "Where the reports live, who can open them, how often they are shared, and which of the company's goals each one speaks to."),
            Self::ReviewCadence => ("Review cadence", Line, "How often you and your manager look at progress, for example every two weeks in our one-to-one."),
            Self::Agreement => ("Manager's agreement", FieldKind::Choice(Agreement::OPTIONS), "Propose the plan a few weeks before goals are refreshed."),
            Self::NextRefresh => ("Next goals refresh", Date, "Usually once a quarter."),
        };
        spec(self, label, kind, hint)
    }
}

/// Every list field, across all lists. A list names the ones it has in `ListKind::fields`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemField {
    Goal,
    Problem,
    Contribution,
    Channel,
    Impression,
    Objective,
    ForProblem,
    Spaces,
    Name,
    Description,
    PersonaGoals,
    PainPoints,
    Function,
    Contact,
    Status,
    QuickWin,
    ProgramKind,
    Outcome,
    Program,
    CommitmentStage,
    TouchPoint,
    Measurement,
    Incentive,
    Performer,
    JourneyStage,
    Team,
    GoalObjective,
    Deadline,
    Who,
    Steps,
    Result,
    RelevantTo,
    Owner,
    Milestones,
    Milestone,
    Due,
    Cadence,
    Audience,
}

/// Every list in the strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    CompanyGoals,
    TopProblems,
    Impressions,
    Objectives,
    Personas,
    Buddies,
    Programs,
    CommitmentStages,
    Campaigns,
    JourneyStages,
    Activities,
    Drqls,
    Goals,
    Milestones,
    Channels,
}

impl ListKind {
    pub const ALL: [ListKind; 15] = [
        Self::CompanyGoals,
        Self::TopProblems,
        Self::Impressions,
        Self::Objectives,
        Self::Personas,
        Self::Buddies,
        Self::Programs,
        Self::CommitmentStages,
        Self::Campaigns,
        Self::JourneyStages,
        Self::Activities,
        Self::Drqls,
        Self::Goals,
        Self::Milestones,
        Self::Channels,
    ];

    /// The list's heading.
    pub fn title(self) -> &'static str {
        match self {
            Self::CompanyGoals => "Company goals",
            Self::TopProblems => "Top problems",
            Self::Impressions => "First impressions by channel",
            Self::Objectives => "Program objectives",
            Self::Personas => "Developer personas",
            Self::Buddies => "Buddies",
            Self::Programs => "Programs",
            Self::CommitmentStages => "Commitment curve",
            Self::Campaigns => "Campaigns",
            Self::JourneyStages => "Customer journey stages",
            Self::Activities => "Activities",
            Self::Drqls => "DevRel Qualified Leads",
            Self::Goals => "SMART goals",
            Self::Milestones => "Milestones",
            Self::Channels => "Channels",
        }
    }

    /// One item, in a sentence: "a top problem".
    pub fn noun(self) -> &'static str {
        match self {
            Self::CompanyGoals => "company goal",
            Self::TopProblems => "top problem",
            Self::Impressions => "channel",
            Self::Objectives => "objective",
            Self::Personas => "persona",
            Self::Buddies => "buddy",
            Self::Programs => "program",
            Self::CommitmentStages => "commitment stage",
            Self::Campaigns => "campaign",
            Self::JourneyStages => "journey stage",
            Self::Activities => "activity",
            Self::Drqls => "lead type",
            Self::Goals => "goal",
            Self::Milestones => "milestone",
            Self::Channels => "channel",
        }
    }

    pub fn noun_capitalised(self) -> String {
        let noun = self.noun();
        let mut chars = noun.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// What the list is for, shown under its heading; empty for none.
    pub fn hint(self) -> &'static str {
        match self {
            Self::CompanyGoals => "The goals of the company and of everyone above you in the org chart, as they are written.",
            Self::TopProblems => "Up to five problems the organisation is trying to solve, beyond making more money, and how your work helps with each.",
            Self::Impressions => "Your first impression of the product through each channel it reaches developers by.",
            Self::Objectives => "What the program sets out to do. Link each one to the top problem it helps with.",
            Self::Personas => "Who the developers are: their role, what they are trying to do and what gets in their way.",
            Self::Buddies => "Someone in each function to work with, met before you ask them for anything. Start with Sales, Marketing, Product and Support.",
            Self::Programs => "Group the work into programs, each with a clear outcome.",
            Self::CommitmentStages => "The stages a member passes through, from first look to leading. Campaigns are placed on it.",
            Self::Campaigns => "Campaigns within the programs: where each sits on the commitment curve, the touch point, what is measured there and the incentive.",
            Self::JourneyStages => "The stages of the customer journey as the company defines them. Ask who owns it: marketing operations, demand generation, product marketing or product.",
            Self::Activities => "What community members do and what your team does, each placed on a stage of the journey.",
            Self::Drqls => "Developers or companies DevRel connects with another team, by the team that receives them.",
            Self::Goals => "Goals your manager can agree to, each written on the template and checked letter by letter.",
            Self::Milestones => "Points on the way where part of the goal is reached.",
            Self::Channels => "How the company hears what you are doing: the channel, how often, and who it reaches.",
        }
    }

    pub fn fields(self) -> &'static [FieldSpec<ItemField>] {
        use FieldKind::{Date, Line, Notes};
        use ItemField as F;
        match self {
            Self::CompanyGoals => const { &[spec(F::Goal, "Goal", Line, "")] },
            Self::TopProblems => {
                const {
                    &[
                        spec(F::Problem, "Problem", Line, ""),
                        spec(F::Contribution, "How DevRel work contributes", Notes, ""),
                    ]
                }
            }
            Self::Impressions => {
                const {
                    &[
                        spec(F::Channel, "Channel", Line, ""),
                        spec(F::Impression, "First impression", Notes, ""),
                    ]
                }
            }
            Self::Objectives => {
                const {
                    &[
                        spec(F::Objective, "Objective", Line, ""),
                        spec(
                            F::ForProblem,
                            "Top problem it helps with",
                            FieldKind::Link(&[ListKind::TopProblems]),
                            "",
                        ),
                        spec(
                            F::Spaces,
                            "Business value (CMX SPACES)",
                            FieldKind::Choice(Spaces::OPTIONS),
                            "",
                        ),
                    ]
                }
            }
            Self::Personas => {
                const {
                    &[
                        spec(F::Name, "Persona name", Line, ""),
                        spec(
                            F::Description,
                            "Who they are",
                            Notes,
                            "Role, experience, where they spend time online.",
                        ),
                        spec(F::PersonaGoals, "What they are trying to do", Notes, ""),
                        spec(F::PainPoints, "What gets in their way", Notes, ""),
                    ]
                }
            }
            Self::Buddies => {
                const {
                    &[
                        spec(F::Function, "Function", Line, ""),
                        spec(
                            F::Contact,
                            "Contact",
                            Line,
                            "The person you work with there.",
                        ),
                        spec(
                            F::Status,
                            "Status",
                            FieldKind::Choice(BuddyStatus::OPTIONS),
                            "",
                        ),
                        spec(
                            F::QuickWin,
                            "Quick win",
                            Notes,
                            "A small collaboration to build momentum.",
                        ),
                    ]
                }
            }
            Self::Programs => {
                const {
                    &[
                        spec(
                            F::ProgramKind,
                            "Type",
                            FieldKind::Choice(ProgramKind::OPTIONS),
                            "",
                        ),
                        spec(F::Name, "Program name", Line, ""),
                        spec(
                            F::Outcome,
                            "Outcome",
                            Notes,
                            "What the program must achieve.",
                        ),
                    ]
                }
            }
            Self::CommitmentStages | Self::JourneyStages => {
                const { &[spec(F::Name, "Stage", Line, "")] }
            }
            Self::Campaigns => {
                const {
                    &[
                        spec(F::Name, "Campaign", Line, ""),
                        spec(
                            F::Program,
                            "Program",
                            FieldKind::Link(&[ListKind::Programs]),
                            "",
                        ),
                        spec(
                            F::CommitmentStage,
                            "Stage on the commitment curve",
                            FieldKind::Link(&[ListKind::CommitmentStages]),
                            "",
                        ),
                        spec(
                            F::TouchPoint,
                            "Touch point",
                            Line,
                            "Where members meet the campaign.",
                        ),
                        spec(F::Measurement, "What is measured", Line, ""),
                        spec(F::Incentive, "Incentive or reward", Line, ""),
                    ]
                }
            }
            Self::Activities => {
                const {
                    &[
                        spec(F::Name, "Activity", Line, ""),
                        spec(
                            F::Performer,
                            "Done by",
                            FieldKind::Choice(Performer::OPTIONS),
                            "",
                        ),
                        spec(
                            F::JourneyStage,
                            "Journey stage",
                            FieldKind::Link(&[ListKind::JourneyStages]),
                            "",
                        ),
                    ]
                }
            }
            Self::Drqls => {
                const {
                    &[
                        spec(F::Team, "Receiving team", Line, ""),
                        spec(F::Description, "What counts as a lead", Notes, ""),
                    ]
                }
            }
            Self::Goals => {
                const {
                    &[
                        spec(
                            F::GoalObjective,
                            "Our goal is to",
                            Line,
                            "A quantifiable objective: what will change, by how much.",
                        ),
                        spec(F::Deadline, "By", Date, "The deadline."),
                        spec(
                            F::Who,
                            "Who will accomplish it",
                            Line,
                            "The key players or teams.",
                        ),
                        spec(F::Steps, "By taking these steps", Notes, ""),
                        spec(
                            F::Result,
                            "Accomplishing it will",
                            Notes,
                            "The result or benefit.",
                        ),
                        spec(
                            F::RelevantTo,
                            "Serves",
                            FieldKind::Link(&[ListKind::Objectives, ListKind::TopProblems]),
                            "The program objective or top problem it moves.",
                        ),
                        spec(
                            F::Owner,
                            "Owner",
                            Line,
                            "The one person who answers for it.",
                        ),
                    ]
                }
            }
            Self::Milestones => {
                const {
                    &[
                        spec(F::Milestone, "Milestone", Line, ""),
                        spec(F::Due, "Due", Date, ""),
                    ]
                }
            }
            Self::Channels => {
                const {
                    &[
                        spec(F::Channel, "Channel", Line, ""),
                        spec(F::Cadence, "How often", Line, ""),
                        spec(F::Audience, "Audience", Line, ""),
                    ]
                }
            }
        }
    }

    /// The description of one of the list's fields.
    pub fn spec(self, field: ItemField) -> Option<&'static FieldSpec<ItemField>> {
        self.fields().iter().find(|spec| spec.field == field)
    }

    /// The field that names an item: its place in `fields`.
    pub fn label_field(self) -> usize {
        match self {
            Self::Programs => 1,
            _ => 0,
        }
    }

    /// The most items the list holds, if it is limited.
    pub fn max(self) -> Option<usize> {
        match self {
            Self::TopProblems => Some(5),
            _ => None,
        }
    }
}
