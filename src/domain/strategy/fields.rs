//! The strategy's fields and lists as data: what each is called, what kind of answer it takes
//! and a hint for it, where a file keeps it, and for a list what its items need. Screens, the
//! report and the rules are drawn from these, so every step looks and behaves alike.
//!
//! Two tables hold it all: `answers!` the single answers, `lists!` the lists. Adding an answer
//! or a list field is a line in one of them, plus the field in its section's struct (`mod.rs`,
//! the stored shape) and, for a new answer or list, its place in a step (`steps.rs`).

use super::{
    Activity, Agreement, Buddy, BuddyStatus, Campaign, Channel, CompanyGoal, Drql, EditError,
    Framework, Impression, Items, ListAt, Milestone, Objective, Performer, Persona, Program,
    ProgramKind, SmartGoal, Spaces, Stage, Strategy, TopProblem, Value,
};

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
/// letter is a name or an acronym. Labels are the app's own words, whose capitals are ASCII
/// (a test holds it), so Unicode's table of capitals stays out of the wasm.
pub fn in_sentence(label: &str) -> String {
    let first_word = label.split_whitespace().next().unwrap_or_default();
    if first_word.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        return label.to_owned();
    }
    let mut label = label.to_owned();
    if let Some(first) = label.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    label
}

/// Declares the single answers from their table: the `Text` enum, each answer's spec, where a
/// file keeps it, and how the strategy reads and writes it.
macro_rules! answers {
    ($( $text:ident at $section:ident . $field:ident : $label:literal, $kind:expr, $hint:literal; )*) => {
        /// The strategy's single answers (as opposed to its lists).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $( $text, )*
        }

        impl Text {
            pub const COUNT: usize = [$( stringify!($text) ),*].len();
            pub const ALL: [Text; Self::COUNT] = [$( Self::$text ),*];

            pub fn spec(self) -> FieldSpec<Text> {
                #[allow(unused_imports)]
                use FieldKind::{Date, Line, Notes};
                match self {
                    $( Self::$text => spec(self, $label, $kind, $hint), )*
                }
            }
        }

        /// A single answer by where a file keeps it: its section and key.
        pub fn text_in_file(section: &str, key: &str) -> Option<Text> {
            match (section, key) {
                $( (stringify!($section), stringify!($field)) => Some(Text::$text), )*
                _ => None,
            }
        }

        impl Strategy {
            /// A single answer as a form holds it: text, an option's id or a `YYYY-MM-DD` date.
            pub fn text(&self, field: Text) -> String {
                match field {
                    $( Text::$text => self.$section.$field.to_text(), )*
                }
            }

            pub(super) fn set_text(&mut self, field: Text, value: &str) -> Result<(), EditError> {
                match field {
                    $( Text::$text => self.$section.$field = Value::from_text(value)?, )*
                }
                Ok(())
            }
        }
    };
}

/// The items of a list, by where the strategy keeps them: a section's field, or the milestones
/// of the goal a `ListAt` names.
macro_rules! items_of {
    ($strategy:ident, $list:ident, milestones of each goal) => {{
        let goal = $list.within.as_ref()?;
        &$strategy
            .goals
            .goals
            .iter()
            .find(|g| &g.id == goal)?
            .milestones
    }};
    ($strategy:ident, $list:ident, $section:ident . $field:ident) => {
        &$strategy.$section.$field
    };
}

macro_rules! items_of_mut {
    ($strategy:ident, $list:ident, milestones of each goal) => {{
        let goal = $list.within.as_ref().ok_or(EditError::ItemNotFound)?;
        &mut $strategy
            .goals
            .goals
            .iter_mut()
            .find(|g| &g.id == goal)
            .ok_or(EditError::ItemNotFound)?
            .milestones
    }};
    ($strategy:ident, $list:ident, $section:ident . $field:ident) => {
        &mut $strategy.$section.$field
    };
}

/// Where a file keeps a list: its section and key, or for milestones the key under a goal.
macro_rules! place_in_file {
    (milestones of each goal) => {
        (None, "milestones")
    };
    ($section:ident . $field:ident) => {
        (Some(stringify!($section)), stringify!($field))
    };
}

/// Declares the lists from their table: the `ListKind` enum and everything known of each list
/// (heading, noun, hint, fields, the fields an item needs, limit, where its items are kept).
macro_rules! lists {
    ($(
        $kind:ident : $item:ident at [$($place:tt)+] {
            title: $title:literal,
            noun: $noun:literal,
            hint: $hint:literal,
            $( max: $max:literal, )?
            $( named_by: $named:ident, )?
            fields: [ $( ($field:ident, $label:literal, $field_kind:expr, $field_hint:literal) ),* $(,)? ],
            needs: [ $( $need:ident ),* $(,)? ] $(,)?
        }
    )*) => {
        /// Every list in the strategy.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ListKind {
            $( $kind, )*
        }

        impl ListKind {
            pub const COUNT: usize = [$( stringify!($kind) ),*].len();
            pub const ALL: [ListKind; Self::COUNT] = [$( Self::$kind ),*];

            /// The list's heading.
            pub fn title(self) -> &'static str {
                match self {
                    $( Self::$kind => $title, )*
                }
            }

            /// One item, in a sentence: "a top problem".
            pub fn noun(self) -> &'static str {
                match self {
                    $( Self::$kind => $noun, )*
                }
            }

            /// What the list is for, shown under its heading; empty for none.
            pub fn hint(self) -> &'static str {
                match self {
                    $( Self::$kind => $hint, )*
                }
            }

            pub fn fields(self) -> &'static [FieldSpec<ItemField>] {
                #[allow(unused_imports)]
                use FieldKind::{Date, Line, Link, Notes};
                match self {
                    $( Self::$kind => const {
                        &[ $( spec(ItemField::$field, $label, $field_kind, $field_hint) ),* ]
                    }, )*
                }
            }

            /// The fields an item needs before its step is done, in the order of `fields`.
            pub fn needs(self) -> &'static [ItemField] {
                match self {
                    $( Self::$kind => &[ $( ItemField::$need ),* ], )*
                }
            }

            /// The field whose words name an item: the first, unless the table says otherwise.
            pub fn naming_field(self) -> ItemField {
                match self {
                    $( Self::$kind => {
                        #[allow(unused_variables)]
                        let field = self.fields()[0].field;
                        $( let field = ItemField::$named; )?
                        field
                    } )*
                }
            }

            /// The most items the list holds, if it is limited.
            pub fn max(self) -> Option<usize> {
                match self {
                    $( Self::$kind => {
                        #[allow(unused_variables)]
                        let max: Option<usize> = None;
                        $( let max = Some($max); )?
                        max
                    } )*
                }
            }
        }

        /// A list by where a file keeps it: its section and key (`"goals"`, `"goals"`), or for
        /// milestones the key under a goal.
        pub fn list_in_file(section: Option<&str>, key: &str) -> Option<ListKind> {
            match (section, key) {
                $( place_in_file!($($place)+) => Some(ListKind::$kind), )*
                _ => None,
            }
        }

        /// Whether an item of a list in a file reads, on its own.
        pub fn item_reads(kind: ListKind, item: &serde_json::Value) -> bool {
            match kind {
                $( ListKind::$kind => crate::domain::document::reads::<$item>(item), )*
            }
        }

        /// The label the screens give the field an item of `kind` keeps under `key` in a file.
        pub fn item_field_label(kind: ListKind, key: &str) -> Option<&'static str> {
            let field = match kind {
                $( ListKind::$kind => $item::field_named(key), )*
            }?;
            kind.spec(field).map(|spec| spec.label)
        }

        impl Strategy {
            pub(super) fn items_ref(&self, list: &ListAt) -> Option<&dyn Items> {
                Some(match list.kind {
                    $( ListKind::$kind => items_of!(self, list, $($place)+), )*
                })
            }

            pub(super) fn items_mut(&mut self, list: &ListAt) -> Result<&mut dyn Items, EditError> {
                Ok(match list.kind {
                    $( ListKind::$kind => items_of_mut!(self, list, $($place)+), )*
                })
            }
        }
    };
}

answers! {
    Framework at alignment.framework: "Goal framework", FieldKind::Choice(Framework::OPTIONS), "How the company writes its goals down. Ask for the current goals page, or watch the last quarterly business reviews.";
    FrameworkName at alignment.framework_name: "Name of the framework", Line, "Only if it is none of the above.";
    CommunityType at community.community_type: "Type of community", Line, "Who belongs to it, for example developers only, developers and users, or organisations.";
    CommunitySize at community.size: "Size", Line, "Members, active members, or whatever the company counts.";
    CommitmentDistribution at community.commitment_distribution: "How committed its members are", Notes, "Roughly how many only watch, how many take part, how many contribute, how many lead.";
    Wants at objectives.wants: "What the company wants from the program", Notes, "";
    Avoids at objectives.avoids: "What the company wants to avoid", Notes, "";
    StakeholderValue at objectives.stakeholder_value: "The value for stakeholders inside the company", Notes, "";
    UserValue at objectives.user_value: "The value for users and community members", Notes, "";
    WhereFrom at journey.where_from: "Where do users come from?", Notes, "";
    MarketChannels at journey.market_channels: "What are the current channels to the market?", Notes, "";
    Onboarding at journey.onboarding: "What is the onboarding like?", Notes, "Go through it yourself, as a newcomer would.";
    ProductValue at journey.product_value: "How is the product used, and where does it give value to its users?", Notes, "";
    ScaleDirection at journey.scale_direction: "Should the community grow horizontally or vertically next?", Notes, "Horizontally: more kinds of members, regions or use cases. Vertically: deeper commitment from the members it has.";
    FeltGood at journey.felt_good: "What felt good along the way", Notes, "";
    FeltBad at journey.felt_bad: "What felt bad, confusing or slow", Notes, "Gaps in onboarding belong here.";
    Reporting at customer_journey.reporting: "Reporting", Notes, "Where the reports live, who can open them, how often they are shared, and which goals each one speaks to: your department's objectives first, then the company's. Report the work done with other teams too, and the DevRel Qualified Leads, in the business's own “qualified leads” terms.";
    ReviewCadence at goals.review_cadence: "Review cadence", Line, "How often you and your manager look at progress, for example every two weeks in our one-to-one. A period such as this dates the reviews in the plan.";
    Agreement at goals.agreement: "Manager's agreement", FieldKind::Choice(Agreement::OPTIONS), "Propose the plan a few weeks before goals are refreshed.";
    NextRefresh at goals.next_refresh: "Next goals refresh", Date, "Usually once a quarter.";
}

impl Text {
    /// Whether the field is asked given the other answers: a framework's name only when it
    /// is none of the well-known ones.
    pub fn applies(self, strategy: &Strategy) -> bool {
        match self {
            Self::FrameworkName => strategy.alignment.framework == Some(Framework::Other),
            _ => true,
        }
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
    Target,
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

lists! {
    CompanyGoals: CompanyGoal at [alignment.company_goals] {
        title: "Company goals",
        noun: "company goal",
        hint: "The goals of the company and of everyone above you in the org chart, as they are written.",
        fields: [
            (Goal, "Goal", Line, ""),
        ],
        needs: [Goal],
    }

    TopProblems: TopProblem at [alignment.top_problems] {
        title: "Top problems",
        noun: "top problem",
        hint: "Up to five problems the organisation is trying to solve, beyond making more money, and how your work helps with each: each calls for its own strategy and tactics.",
        max: 5,
        fields: [
            (Problem, "Problem", Line, ""),
            (Contribution, "How DevRel work contributes", Notes, ""),
        ],
        needs: [Problem, Contribution],
    }

    Impressions: Impression at [community.impressions] {
        title: "First impressions by channel",
        noun: "channel",
        hint: "Your first impression of the product through each channel it reaches developers by.",
        fields: [
            (Channel, "Channel", Line, ""),
            (Impression, "First impression", Notes, ""),
        ],
        needs: [Channel, Impression],
    }

    Objectives: Objective at [objectives.objectives] {
        title: "Program objectives",
        noun: "objective",
        hint: "What the program sets out to do. Link each one to the top problem it helps with.",
        fields: [
            (Objective, "Objective", Line, ""),
            (ForProblem, "Top problem it helps with", Link(&[ListKind::TopProblems]), ""),
            (Spaces, "Business value (CMX SPACES)", FieldKind::Choice(Spaces::OPTIONS), ""),
        ],
        needs: [Objective, ForProblem],
    }

    Personas: Persona at [journey.personas] {
        title: "Developer personas",
        noun: "persona",
        hint: "Who the developers are: their role, what they are trying to do and what gets in their way.",
        fields: [
            (Name, "Persona name", Line, ""),
            (Description, "Who they are", Notes, "Role, experience, where they spend time online."),
            (PersonaGoals, "What they are trying to do", Notes, ""),
            (PainPoints, "What gets in their way", Notes, ""),
        ],
        needs: [Name, PersonaGoals, PainPoints],
    }

    Buddies: Buddy at [collaboration.buddies] {
        title: "Buddies",
        noun: "buddy",
        hint: "Someone in each function to work with, met before you ask them for anything: look for where what you need meets what stresses them. Start with Sales, Marketing, Product and Support.",
        fields: [
            (Function, "Function", Line, ""),
            (Contact, "Contact", Line, "The person you work with there."),
            (Status, "Status", FieldKind::Choice(BuddyStatus::OPTIONS), ""),
            (QuickWin, "Quick win", Notes, "A small collaboration to build momentum."),
        ],
        needs: [Function, Contact, QuickWin],
    }

    Programs: Program at [programs.programs] {
        title: "Programs",
        noun: "program",
        hint: "Group the work into programs, each with a clear outcome.",
        named_by: Name,
        fields: [
            (ProgramKind, "Type", FieldKind::Choice(ProgramKind::OPTIONS), ""),
            (Name, "Program name", Line, ""),
            (Outcome, "Outcome", Notes, "What the program must achieve."),
        ],
        needs: [ProgramKind, Name, Outcome],
    }

    CommitmentStages: Stage at [programs.commitment_stages] {
        title: "Commitment curve",
        noun: "commitment stage",
        hint: "The stages a member passes through, from first look to leading. Campaigns are placed on it.",
        fields: [
            (Name, "Stage", Line, ""),
        ],
        needs: [Name],
    }

    Campaigns: Campaign at [programs.campaigns] {
        title: "Campaigns",
        noun: "campaign",
        hint: "Campaigns within the programs: where each sits on the commitment curve, the touch point, what is measured there and the incentive.",
        fields: [
            (Name, "Campaign", Line, ""),
            (Program, "Program", Link(&[ListKind::Programs]), ""),
            (CommitmentStage, "Stage on the commitment curve", Link(&[ListKind::CommitmentStages]), ""),
            (TouchPoint, "Touch point", Line, "Where members meet the campaign."),
            (Measurement, "What is measured", Line, "A count you can report: how many people heard a talk, or how many users a forum has and how many of them are active."),
            (Incentive, "Incentive or reward", Line, ""),
        ],
        needs: [Name, Program, CommitmentStage, Measurement],
    }

    JourneyStages: Stage at [customer_journey.stages] {
        title: "Customer journey stages",
        noun: "journey stage",
        hint: "The stages of the customer journey as the company defines them. Ask who owns it: marketing operations, demand generation, product marketing or product.",
        fields: [
            (Name, "Stage", Line, ""),
        ],
        needs: [Name],
    }

    Activities: Activity at [customer_journey.activities] {
        title: "Activities",
        noun: "activity",
        hint: "What community members do and what your team does, each placed on a stage of the journey.",
        fields: [
            (Name, "Activity", Line, ""),
            (Performer, "Done by", FieldKind::Choice(Performer::OPTIONS), ""),
            (JourneyStage, "Journey stage", Link(&[ListKind::JourneyStages]), ""),
        ],
        needs: [Name, Performer, JourneyStage],
    }

    Drqls: Drql at [customer_journey.drqls] {
        title: "DevRel Qualified Leads",
        noun: "lead type",
        hint: "Developers or companies DevRel connects with another team, by the team that receives them.",
        fields: [
            (Team, "Receiving team", Line, ""),
            (Description, "What counts as a lead", Notes, ""),
        ],
        needs: [Team, Description],
    }

    Goals: SmartGoal at [goals.goals] {
        title: "SMART goals",
        noun: "goal",
        hint: "Goals your manager can agree to, each written on the template and checked letter by letter.",
        fields: [
            (GoalObjective, "Our goal is to", Line, "A quantifiable objective: what will change, by how much."),
            (Target, "Target", Line, "The number to reach by the deadline, with its unit: 200 active contributors a month. Reviews chart their values against it."),
            (Deadline, "By", Date, "The deadline."),
            (Who, "Who will accomplish it", Line, "The key players or teams."),
            (Steps, "By taking these steps", Notes, ""),
            (Result, "Accomplishing it will", Notes, "The result or benefit."),
            (RelevantTo, "Serves", Link(&[ListKind::Objectives, ListKind::TopProblems]), "The program objective or top problem it moves."),
            (Owner, "Owner", Line, "The one person who answers for it."),
        ],
        // A goal's own fields are judged by the SMART check instead.
        needs: [],
    }

    Milestones: Milestone at [milestones of each goal] {
        title: "Milestones",
        noun: "milestone",
        hint: "Points on the way where part of the goal is reached.",
        fields: [
            (Milestone, "Milestone", Line, ""),
            (Due, "Due", Date, ""),
        ],
        needs: [Milestone, Due],
    }

    Channels: Channel at [communication.channels] {
        title: "Channels",
        noun: "channel",
        hint: "How the company hears what you are doing: the channel, how often, and who it reaches.",
        fields: [
            (Channel, "Channel", Line, ""),
            (Cadence, "How often", Line, ""),
            (Audience, "Audience", Line, ""),
        ],
        needs: [Channel, Cadence, Audience],
    }
}

impl ListKind {
    /// "a goal", "an objective": every noun of the table starts with a letter that sounds as
    /// it is written.
    pub fn noun_with_article(self) -> String {
        let noun = self.noun();
        let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {noun}")
    }

    /// The noun with a capital, for the start of a sentence. Every noun is written in the
    /// table above in ASCII, so the ASCII capital is its capital; `char::to_uppercase` would
    /// bring Unicode's whole table of capitals into the wasm (5 KB gzipped) for none.
    pub fn noun_capitalised(self) -> String {
        let mut noun = self.noun().to_owned();
        if let Some(first) = noun.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        noun
    }

    /// The description of one of the list's fields.
    pub fn spec(self, field: ItemField) -> Option<&'static FieldSpec<ItemField>> {
        self.fields().iter().find(|spec| spec.field == field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::id;
    use crate::domain::strategy::StrategyEdit;

    /// A value a field of `kind` takes, as a form would send it.
    fn sample(kind: FieldKind) -> String {
        match kind {
            FieldKind::Line | FieldKind::Notes => "a sample answer".to_owned(),
            FieldKind::Date => "2027-03-31".to_owned(),
            FieldKind::Choice(options) => options[0].id.to_owned(),
            FieldKind::Link(_) => String::new(),
        }
    }

    #[test]
    fn every_label_is_put_in_a_sentence_as_unicode_would() {
        let unicode = |label: &str| {
            let first_word = label.split_whitespace().next().unwrap_or_default();
            if first_word.chars().skip(1).any(char::is_uppercase) {
                return label.to_owned();
            }
            let mut chars = label.chars();
            chars
                .next()
                .map(|first| first.to_lowercase().chain(chars).collect())
                .unwrap_or_default()
        };
        let mut labels: Vec<&str> = Text::ALL.iter().map(|text| text.spec().label).collect();
        for kind in ListKind::ALL {
            labels.push(kind.title());
            labels.extend(kind.fields().iter().map(|spec| spec.label));
        }
        for label in labels {
            assert_eq!(in_sentence(label), unicode(label), "{label}");
        }
    }

    #[test]
    fn every_noun_is_capitalised_as_unicode_capitalises_it() {
        for kind in ListKind::ALL {
            let noun = kind.noun();
            let mut chars = noun.chars();
            let capitalised: String = chars.next().unwrap().to_uppercase().chain(chars).collect();
            assert_eq!(kind.noun_capitalised(), capitalised, "{kind:?}");
        }
    }

    #[test]
    fn every_answer_is_read_from_where_a_file_keeps_it() {
        for field in Text::ALL {
            let mut strategy = Strategy::default();
            let value = sample(field.spec().kind);
            strategy
                .apply(StrategyEdit::Set {
                    field,
                    value: value.clone(),
                })
                .unwrap();
            assert_eq!(strategy.text(field), value, "{field:?}");
            let file = serde_json::to_value(&strategy).unwrap();
            let sections = file.as_object().unwrap();
            let places: Vec<(&String, &String)> = sections
                .iter()
                .flat_map(|(section, keys)| {
                    keys.as_object()
                        .unwrap()
                        .iter()
                        .filter(|(_, stored)| stored.as_str() == Some(&value))
                        .map(move |(key, _)| (section, key))
                })
                .collect();
            assert_eq!(
                places.len(),
                1,
                "{field:?} is kept in one place: {places:?}"
            );
            let (section, key) = places[0];
            assert_eq!(text_in_file(section, key), Some(field), "{section}.{key}");
        }
    }

    #[test]
    fn every_list_is_read_from_where_a_file_keeps_it() {
        let goal = id(1);
        for kind in ListKind::ALL {
            let mut strategy = Strategy::default();
            let list = if kind == ListKind::Milestones {
                strategy
                    .apply(StrategyEdit::Add {
                        list: ListAt::top(ListKind::Goals),
                        id: goal.clone(),
                        values: Vec::new(),
                    })
                    .unwrap();
                ListAt::milestones_of(goal.clone())
            } else {
                ListAt::top(kind)
            };
            let item = id(2);
            let values = kind
                .fields()
                .iter()
                .map(|spec| (spec.field, sample(spec.kind)))
                .collect();
            strategy
                .apply(StrategyEdit::Add {
                    list: list.clone(),
                    id: item.clone(),
                    values,
                })
                .unwrap();
            assert_eq!(strategy.items(&list).len(), 1, "{kind:?}");
            let file = serde_json::to_value(&strategy).unwrap();
            let found: Vec<_> = file
                .as_object()
                .unwrap()
                .iter()
                .flat_map(|(section, keys)| {
                    keys.as_object()
                        .unwrap()
                        .iter()
                        .map(move |(key, stored)| (section, key, stored))
                })
                .filter_map(|(section, key, stored)| {
                    let items = stored.as_array()?;
                    if let Some(found) = items.iter().find(|stored| stored["id"] == item.as_str()) {
                        return Some((Some(section.as_str()), key.as_str(), found.clone()));
                    }
                    // Milestones are kept under their goal.
                    items.iter().find_map(|goal| {
                        let milestone = goal["milestones"]
                            .as_array()?
                            .iter()
                            .find(|stored| stored["id"] == item.as_str())?;
                        Some((None, "milestones", milestone.clone()))
                    })
                })
                .collect();
            assert_eq!(found.len(), 1, "{kind:?}");
            let (section, key, item) = &found[0];
            assert_eq!(list_in_file(*section, key), Some(kind), "{section:?}.{key}");
            assert!(item_reads(kind, item), "{kind:?}");
            for spec in kind.fields() {
                let key = item
                    .as_object()
                    .unwrap()
                    .iter()
                    .find(|(key, stored)| {
                        *key != "id"
                            && !sample(spec.kind).is_empty()
                            && stored.as_str() == Some(&sample(spec.kind))
                            && item_field_label(kind, key) == Some(spec.label)
                    })
                    .map(|(key, _)| key);
                if !sample(spec.kind).is_empty() {
                    assert!(key.is_some(), "{kind:?} {:?}", spec.field);
                }
            }
        }
    }

    #[test]
    fn what_an_item_needs_is_among_its_fields_in_their_order() {
        for kind in ListKind::ALL {
            let order: Vec<ItemField> = kind.fields().iter().map(|spec| spec.field).collect();
            let places: Vec<usize> = kind
                .needs()
                .iter()
                .map(|need| order.iter().position(|field| field == need).unwrap())
                .collect();
            assert!(places.windows(2).all(|pair| pair[0] < pair[1]), "{kind:?}");
            assert!(kind.spec(kind.naming_field()).is_some(), "{kind:?}");
        }
        assert_eq!(ListKind::Programs.naming_field(), ItemField::Name);
        assert_eq!(ListKind::TopProblems.max(), Some(5));
        assert_eq!(ListKind::Goals.needs(), &[]);
        assert_eq!(ListKind::Objectives.noun_with_article(), "an objective");
        assert_eq!(ListKind::Buddies.noun_with_article(), "a buddy");
    }
}
