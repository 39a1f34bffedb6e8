//! The program strategy: nine steps from what the company cares about to SMART goals and a
//! plan for telling the company about the work. Each step is a section of `Strategy`; every
//! change goes through `Strategy::apply`, so links between steps can never dangle.
//!
//! Stored in the playbook under `"strategy"`, one object per step:
//!
//! ```json
//! "strategy": {
//!   "alignment": { "framework": "okrs", "company_goals": [{ "id": "…", "goal": "…" }],
//!                  "top_problems": [{ "id": "…", "problem": "…", "contribution": "…" }] },
//!   "community": { … }, "objectives": { "objectives": [{ "id": "…", "objective": "…",
//!                  "problem": "<id of a top problem>", "spaces": "engagement" }] },
//!   "journey": { … }, "collaboration": { … }, "programs": { … },
//!   "customer_journey": { … }, "goals": { "goals": [{ "id": "…", "deadline": "2027-03-31",
//!                  "relevant_to": "<id of an objective or top problem>", "milestones": [ … ] }],
//!                  "agreement": "proposed" },
//!   "communication": { "channels": [ … ] }
//! }
//! ```
//!
//! Every field has a default, so a playbook from before the strategy existed reads as one
//! whose strategy is not started. Links are item ids; removing an item clears every link to it.

mod fields;
pub mod smart;
pub mod steps;
pub mod suggestions;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::document::{record, Blank, Field, FieldRef, OptionalChoice, Record, RecordList, Slot};

use super::edit::{check_length, fits, EditError, MAX_ANSWER_NOTES_CHARS, MAX_LINE_CHARS};
use super::id::Id;
use super::iso8601;

pub use crate::domain::WriteDate;
pub use fields::{
    in_sentence, item_field_label, item_reads, list_in_file, text_in_file, Choice, FieldKind,
    FieldSpec, ItemField, ListKind, Text,
};

/// The identity of an item in one of the strategy's lists.
pub type ItemId = Id;

// Here, in each section and in each item but its id, every field has its own
// `#[serde(default)]`: the published schema reads it as optional. Reading is `record!`'s
// (`document::read_record`), which leaves a field a file lacks at the struct's default.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Strategy {
    #[serde(default)]
    pub alignment: Alignment,
    #[serde(default)]
    pub community: CommunityBasics,
    #[serde(default)]
    pub objectives: ProgramObjectives,
    #[serde(default)]
    pub journey: JourneyAndPersonas,
    #[serde(default)]
    pub collaboration: Collaboration,
    #[serde(default)]
    pub programs: Programs,
    #[serde(default)]
    pub customer_journey: CustomerJourney,
    #[serde(default)]
    pub goals: SmartGoals,
    #[serde(default)]
    pub communication: Communication,
}

/// Step 1: the company's goals and its top problems.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Alignment {
    #[serde(default)]
    pub framework: Option<Framework>,
    /// The framework's name when it is none of the well-known ones.
    #[serde(default)]
    pub framework_name: String,
    #[serde(default)]
    pub company_goals: Vec<CompanyGoal>,
    /// At most `ListKind::TopProblems.max()`.
    #[serde(default)]
    pub top_problems: Vec<TopProblem>,
}

/// Step 2: the community as it is today.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct CommunityBasics {
    #[serde(default)]
    pub community_type: String,
    #[serde(default)]
    pub size: String,
    #[serde(default)]
    pub commitment_distribution: String,
    #[serde(default)]
    pub impressions: Vec<Impression>,
}

/// Step 3: what the program is for.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ProgramObjectives {
    #[serde(default)]
    pub wants: String,
    #[serde(default)]
    pub avoids: String,
    #[serde(default)]
    pub stakeholder_value: String,
    #[serde(default)]
    pub user_value: String,
    #[serde(default)]
    pub objectives: Vec<Objective>,
}

/// Step 4: the developer journey walked with a beginner's mind, and who the developers are.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct JourneyAndPersonas {
    #[serde(default)]
    pub where_from: String,
    #[serde(default)]
    pub market_channels: String,
    #[serde(default)]
    pub onboarding: String,
    #[serde(default)]
    pub product_value: String,
    #[serde(default)]
    pub scale_direction: String,
    #[serde(default)]
    pub felt_good: String,
    #[serde(default)]
    pub felt_bad: String,
    #[serde(default)]
    pub personas: Vec<Persona>,
}

/// Step 5: buddies in the other functions.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Collaboration {
    #[serde(default)]
    pub buddies: Vec<Buddy>,
}

/// Step 6: programs, the commitment curve, and campaigns placed on it.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Programs {
    #[serde(default)]
    pub programs: Vec<Program>,
    #[serde(default)]
    pub commitment_stages: Vec<Stage>,
    #[serde(default)]
    pub campaigns: Vec<Campaign>,
}

/// Step 7: the customer journey, the activities on it, and the leads DevRel hands on.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct CustomerJourney {
    #[serde(default)]
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    #[serde(default)]
    pub drqls: Vec<Drql>,
    #[serde(default)]
    pub reporting: String,
}

/// Step 8: SMART goals and the manager's agreement to them.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SmartGoals {
    #[serde(default)]
    pub goals: Vec<SmartGoal>,
    #[serde(default)]
    pub review_cadence: String,
    #[serde(default)]
    pub agreement: Option<Agreement>,
    #[serde(default, with = "iso8601::OptionalDate")]
    pub next_refresh: Option<NaiveDate>,
}

/// Step 9: how the company hears about the work.
#[derive(Debug, Default, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Communication {
    #[serde(default)]
    pub channels: Vec<Channel>,
}

// Read by `document::read_record`, one reader for every struct of a playbook (see `record!`).
record!(Strategy {
    alignment, community, objectives, journey, collaboration, programs, customer_journey, goals,
    communication
} from Self::default());
record!(Alignment { framework, framework_name, company_goals, top_problems } from Self::default());
record!(CommunityBasics {
    community_type, size, commitment_distribution, impressions
} from Self::default());
record!(ProgramObjectives {
    wants, avoids, stakeholder_value, user_value, objectives
} from Self::default());
record!(JourneyAndPersonas {
    where_from, market_channels, onboarding, product_value, scale_direction, felt_good, felt_bad,
    personas
} from Self::default());
record!(Collaboration { buddies } from Self::default());
record!(Programs { programs, commitment_stages, campaigns } from Self::default());
record!(CustomerJourney { stages, activities, drqls, reporting } from Self::default());
record!(SmartGoals { goals, review_cadence, agreement, next_refresh } from Self::default());
record!(Communication { channels } from Self::default());

impl<T: Item> Blank for T {
    fn blank() -> Self {
        T::new(ItemId::unread())
    }
}

macro_rules! section_slots {
    ($($section:ident),*) => {$(
        impl Slot for $section {
            fn slot(&mut self) -> Field<'_> {
                Field::Record(self)
            }

            fn slot_ref(&self) -> FieldRef<'_> {
                FieldRef::Record(self)
            }
        }
    )*};
}

section_slots!(
    Alignment,
    CommunityBasics,
    ProgramObjectives,
    JourneyAndPersonas,
    Collaboration,
    Programs,
    CustomerJourney,
    SmartGoals,
    Communication
);

/// Declares the items of the lists: each has an id and the fields named, every field with a
/// default so older or partial documents read.
macro_rules! items {
    ($(
        $(#[$meta:meta])*
        $name:ident { $( $(#[$fmeta:meta])* $field:ident : $ty:ty => $key:ident ),* $(,)? }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug, Eq, Serialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        pub struct $name {
            pub id: ItemId,
            $( $(#[$fmeta])* #[serde(default)] pub $field: $ty, )*
        }

        impl $name {
            /// The field stored under `key` in a file.
            fn field_named(key: &str) -> Option<ItemField> {
                match key {
                    $( stringify!($field) => Some(ItemField::$key), )*
                    _ => None,
                }
            }

            /// The place of `field` among the record's fields (its id first).
            fn place_of(field: ItemField) -> Option<usize> {
                let mut at = 0;
                $(
                    at += 1;
                    if field == ItemField::$key {
                        return Some(at);
                    }
                )*
                None
            }
        }

        record!($name { id $(, $field)* } from Self::new(ItemId::unread()));

        impl Item for $name {
            fn new(id: ItemId) -> Self {
                Self { id, $( $field: Default::default(), )* }
            }

            fn id(&self) -> &ItemId {
                &self.id
            }

            fn get(&self, field: ItemField) -> String {
                Self::place_of(field).map_or_else(String::new, |at| text_of(self.written(at)))
            }

            fn set(&mut self, field: ItemField, value: &str) -> Result<(), EditError> {
                match Self::place_of(field) {
                    Some(at) => set_text(self.field(at), value),
                    None => Err(EditError::UnknownField),
                }
            }
        }
    )*};
}

items! {
    CompanyGoal { goal: String => Goal }
    TopProblem { problem: String => Problem, contribution: String => Contribution }
    /// A first impression of the product through one channel to the market.
    Impression { channel: String => Channel, impression: String => Impression }
    Objective {
        objective: String => Objective,
        /// The top problem this objective helps with.
        problem: Option<ItemId> => ForProblem,
        spaces: Option<Spaces> => Spaces,
    }
    Persona {
        name: String => Name,
        description: String => Description,
        goals: String => PersonaGoals,
        pain_points: String => PainPoints,
    }
    Buddy {
        function: String => Function,
        contact: String => Contact,
        status: Option<BuddyStatus> => Status,
        quick_win: String => QuickWin,
    }
    Program { kind: Option<ProgramKind> => ProgramKind, name: String => Name, outcome: String => Outcome }
    /// A stage of the commitment curve or of the customer journey.
    Stage { name: String => Name }
    Campaign {
        name: String => Name,
        program: Option<ItemId> => Program,
        stage: Option<ItemId> => CommitmentStage,
        touch_point: String => TouchPoint,
        measurement: String => Measurement,
        incentive: String => Incentive,
    }
    Activity {
        name: String => Name,
        performer: Option<Performer> => Performer,
        stage: Option<ItemId> => JourneyStage,
    }
    /// A DevRel Qualified Lead: who DevRel connects with a team, and which team receives it.
    Drql { team: String => Team, description: String => Description }
    SmartGoal {
        /// "Our goal is to …": the quantifiable objective.
        objective: String => GoalObjective,
        /// The number the goal reaches, with its unit: what reviews chart their values against.
        target: String => Target,
        #[serde(with = "iso8601::OptionalDate")]
                deadline: Option<NaiveDate> => Deadline,
        who: String => Who,
        steps: String => Steps,
        result: String => Result,
        /// The objective or top problem this goal serves.
        relevant_to: Option<ItemId> => RelevantTo,
        owner: String => Owner,
        milestones: Vec<Milestone> => Milestones,
    }
    Milestone {
        milestone: String => Milestone,
        #[serde(with = "iso8601::OptionalDate")]
                due: Option<NaiveDate> => Due,
    }
    Channel { channel: String => Channel, cadence: String => Cadence, audience: String => Audience }
}

/// Whether a section of the strategy in a file reads, on its own.
pub fn section_reads(section: &str, fields: &serde_json::Value) -> bool {
    use super::document::reads;
    match section {
        "alignment" => reads::<Alignment>(fields),
        "community" => reads::<CommunityBasics>(fields),
        "objectives" => reads::<ProgramObjectives>(fields),
        "journey" => reads::<JourneyAndPersonas>(fields),
        "collaboration" => reads::<Collaboration>(fields),
        "programs" => reads::<Programs>(fields),
        "customer_journey" => reads::<CustomerJourney>(fields),
        "goals" => reads::<SmartGoals>(fields),
        "communication" => reads::<Communication>(fields),
        _ => true,
    }
}

/// What every list item can do, so one set of list edits serves every list.
pub trait Item {
    fn new(id: ItemId) -> Self
    where
        Self: Sized;
    fn id(&self) -> &ItemId;
    /// A field as a form shows it: text, an option's id, a linked item's id, or a
    /// `YYYY-MM-DD` date; empty when not set.
    fn get(&self, field: ItemField) -> String;
    fn set(&mut self, field: ItemField, value: &str) -> Result<(), EditError>;
}

/// An item's field as a form holds it, by one function for every field of every list: as
/// `Value::to_text` gives each kind of value.
fn text_of(field: FieldRef<'_>) -> String {
    match field {
        FieldRef::Text(text) => text.clone(),
        FieldRef::Link(link) => link.to_text(),
        FieldRef::Date(date) => date.to_text(),
        FieldRef::Choice(choice) => {
            let ids = choice.choices().1;
            choice
                .chosen()
                .map(|at| ids[at].to_owned())
                .unwrap_or_default()
        }
        _ => String::new(),
    }
}

/// Sets an item's field from the text a form holds, by one function for every field of every
/// list: as `Value::from_text` reads each kind of value. Milestones are a list of their own,
/// edited through `ListAt`, not as a field.
fn set_text(field: Field<'_>, text: &str) -> Result<(), EditError> {
    match field {
        Field::Text(value) => *value = text.to_owned(),
        Field::Link(link) => *link = Value::from_text(text)?,
        Field::Date(date) => *date = Value::from_text(text)?,
        Field::Choice(choice) => {
            let at = match text {
                "" => None,
                id => Some(
                    choice
                        .choices()
                        .1
                        .iter()
                        .position(|known| *known == id)
                        .ok_or(EditError::NotAnOption)?,
                ),
            };
            choice.choose(at);
        }
        _ => return Err(EditError::UnknownField),
    }
    Ok(())
}

/// A field's value to and from the text a form holds.
trait Value: Sized {
    fn to_text(&self) -> String;
    fn from_text(text: &str) -> Result<Self, EditError>;
}

impl Value for String {
    fn to_text(&self) -> String {
        self.clone()
    }

    fn from_text(text: &str) -> Result<Self, EditError> {
        Ok(text.to_owned())
    }
}

impl Value for Option<ItemId> {
    fn to_text(&self) -> String {
        self.as_ref().map(ItemId::to_string).unwrap_or_default()
    }

    fn from_text(text: &str) -> Result<Self, EditError> {
        if text.is_empty() {
            return Ok(None);
        }
        ItemId::parse(text).map(Some).ok_or(EditError::LinkNotFound)
    }
}

impl Value for Option<NaiveDate> {
    fn to_text(&self) -> String {
        self.map(iso8601::date::format).unwrap_or_default()
    }

    fn from_text(text: &str) -> Result<Self, EditError> {
        if text.is_empty() {
            return Ok(None);
        }
        iso8601::date::parse(text)
            .map(Some)
            .ok_or(EditError::NotADate)
    }
}

/// Declares a closed set of options, stored by id.
macro_rules! choices {
    ($(
        $(#[$meta:meta])*
        $name:ident { $( $variant:ident = $id:literal : $label:literal ),* $(,)? }
    )*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        pub enum $name {
            $( #[serde(rename = $id)] $variant, )*
        }

        // Read by one function for every set of options, rather than one derived reader each.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const IDS: &[&str] = &[ $( $id, )* ];
                let at = super::document::read_choice(deserializer, stringify!($name), IDS)?;
                Ok([ $( Self::$variant, )* ][at])
            }
        }

        impl OptionalChoice for Option<$name> {
            fn choices(&self) -> (&'static str, &'static [&'static str]) {
                (stringify!($name), &[ $( $id, )* ])
            }

            fn choose(&mut self, at: Option<usize>) {
                *self = at.and_then(|at| [ $( $name::$variant, )* ].get(at).copied());
            }

            fn chosen(&self) -> Option<usize> {
                self.map(|choice| choice as usize)
            }
        }

        impl Slot for Option<$name> {
            fn slot(&mut self) -> Field<'_> {
                Field::Choice(self)
            }

            fn slot_ref(&self) -> FieldRef<'_> {
                FieldRef::Choice(self)
            }
        }

        impl $name {
            pub const OPTIONS: &'static [Choice] = &[ $( Choice { id: $id, label: $label }, )* ];

            pub fn id(self) -> &'static str {
                match self { $( Self::$variant => $id, )* }
            }

            pub fn label(self) -> &'static str {
                match self { $( Self::$variant => $label, )* }
            }
        }

        impl Value for Option<$name> {
            fn to_text(&self) -> String {
                self.map(|choice| choice.id().to_owned()).unwrap_or_default()
            }

            fn from_text(text: &str) -> Result<Self, EditError> {
                match text {
                    "" => Ok(None),
                    $( $id => Ok(Some($name::$variant)), )*
                    _ => Err(EditError::NotAnOption),
                }
            }
        }
    )*};
}

choices! {
    /// How the company sets its goals.
    Framework {
        Okrs = "okrs": "OKRs (objectives and key results)",
        V2mom = "v2mom": "V2MOM (vision, values, methods, obstacles, measures)",
        Other = "other": "Another framework",
    }
    /// The manager's agreement to the goals.
    Agreement {
        Draft = "draft": "Draft: not shown to my manager yet",
        Proposed = "proposed": "Proposed: my manager is looking at it",
        Agreed = "agreed": "Agreed with my manager",
    }
    BuddyStatus {
        NotContacted = "not_contacted": "Not contacted yet",
        ReachedOut = "reached_out": "Reached out",
        Met = "met": "Met",
        Collaborating = "collaborating": "Collaborating",
    }
    ProgramKind {
        Ambassador = "ambassador": "Ambassador program",
        Hackathon = "hackathon": "Hackathons",
        Events = "events": "Events",
        Education = "education": "Education",
        Content = "content": "Content",
        Other = "other": "Other",
    }
    /// Who performs an activity on the customer journey.
    Performer {
        Community = "community": "Community members",
        Team = "team": "The DevRel team",
    }
    /// The CMX SPACES categories of the business value a community brings.
    Spaces {
        Support = "support": "Support",
        Product = "product": "Product ideation and feedback",
        Acquisition = "acquisition": "Acquisition",
        Contribution = "contribution": "Contribution",
        Engagement = "engagement": "Engagement",
        Success = "success": "Success",
    }
}

/// A list, and for milestones the goal whose list it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListAt {
    pub kind: ListKind,
    /// The goal a milestone list belongs to; `None` for every other list.
    pub within: Option<ItemId>,
}

impl ListAt {
    pub fn top(kind: ListKind) -> Self {
        Self { kind, within: None }
    }

    pub fn milestones_of(goal: ItemId) -> Self {
        Self {
            kind: ListKind::Milestones,
            within: Some(goal),
        }
    }
}

/// One change to the strategy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrategyEdit {
    Set {
        field: Text,
        value: String,
    },
    /// Adds an item at the end of a list, with the given fields filled (a suggestion adopted).
    Add {
        list: ListAt,
        id: ItemId,
        values: Vec<(ItemField, String)>,
    },
    SetItem {
        list: ListAt,
        id: ItemId,
        field: ItemField,
        value: String,
    },
    /// Moves an item one place towards the start (`up`) or the end of its list.
    Move {
        list: ListAt,
        id: ItemId,
        up: bool,
    },
    /// Removes an item and clears every link that pointed at it.
    Remove {
        list: ListAt,
        id: ItemId,
    },
}

/// The list operations every list supports, whatever its items, besides reading a file's list
/// (`RecordList`).
trait Items: RecordList {
    fn len(&self) -> usize;
    fn item(&self, at: usize) -> &dyn Item;
    fn item_mut(&mut self, at: usize) -> &mut dyn Item;
    fn pop(&mut self);
    fn swap(&mut self, a: usize, b: usize);
}

// Not a provided method of `Items`: one copy serves every list, where a provided method is
// compiled once for each.
impl dyn Items + '_ {
    fn position(&self, id: &ItemId) -> Option<usize> {
        (0..self.len()).find(|&at| self.item(at).id() == id)
    }

    /// Adds an item with its defaults and `id`, through `push_default`, which every list has
    /// for reading files: an item's id is the first field of its record (`items!`).
    fn push_new(&mut self, id: ItemId) {
        if let Field::Id(slot) = self.push_default().field(0) {
            *slot = id;
        }
    }

    /// Takes out the item at `at`, the ones after it moving up, through `swap` and `pop`,
    /// which every list has anyway.
    fn remove_at(&mut self, at: usize) {
        for next in at + 1..self.len() {
            self.swap(next - 1, next);
        }
        self.pop();
    }
}

impl<T: Item + Record + Blank + 'static> Items for Vec<T> {
    fn len(&self) -> usize {
        self.len()
    }

    fn item(&self, at: usize) -> &dyn Item {
        &self[at]
    }

    fn item_mut(&mut self, at: usize) -> &mut dyn Item {
        &mut self[at]
    }

    fn pop(&mut self) {
        Vec::pop(self);
    }

    fn swap(&mut self, a: usize, b: usize) {
        <[T]>::swap(self, a, b);
    }
}

/// Something in the strategy that points at an item, for asking before that item goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkFrom {
    pub list: ListKind,
    pub id: ItemId,
    pub label: String,
}

impl Strategy {
    pub fn apply(&mut self, edit: StrategyEdit) -> Result<(), EditError> {
        match edit {
            StrategyEdit::Set { field, value } => {
                check_answer_length(field.spec().kind, &value)?;
                self.set_text(field, &value)
            }
            StrategyEdit::Add { list, id, values } => {
                if self.item_ids().any(|existing| existing == &id) {
                    return Err(EditError::DuplicateId);
                }
                for (field, value) in &values {
                    self.check_item_value(list.kind, *field, value)?;
                }
                let max = list.kind.max();
                let items = self.items_mut(&list)?;
                if max.is_some_and(|max| items.len() >= max) {
                    return Err(EditError::ListFull {
                        list: list.kind.title(),
                        max: max.unwrap_or_default(),
                    });
                }
                let at = items.len();
                items.push_new(id);
                let filled = values
                    .iter()
                    .try_for_each(|(field, value)| items.item_mut(at).set(*field, value));
                if filled.is_err() {
                    // A choice or a date refused half way: the list stays as it was.
                    items.remove_at(at);
                }
                filled
            }
            StrategyEdit::SetItem {
                list,
                id,
                field,
                value,
            } => {
                self.check_item_value(list.kind, field, &value)?;
                let items = self.items_mut(&list)?;
                let at = items.position(&id).ok_or(EditError::ItemNotFound)?;
                items.item_mut(at).set(field, &value)
            }
            StrategyEdit::Move { list, id, up } => {
                let items = self.items_mut(&list)?;
                let at = items.position(&id).ok_or(EditError::ItemNotFound)?;
                let to = if up { at.checked_sub(1) } else { Some(at + 1) };
                if let Some(to) = to.filter(|&to| to < items.len()) {
                    items.swap(at, to);
                }
                Ok(())
            }
            StrategyEdit::Remove { list, id } => {
                let items = self.items_mut(&list)?;
                let at = items.position(&id).ok_or(EditError::ItemNotFound)?;
                items.remove_at(at);
                self.unlink(&id);
                Ok(())
            }
        }
    }

    /// The items of a list, in order.
    pub fn items(&self, list: &ListAt) -> Vec<&dyn Item> {
        self.items_ref(list)
            .map(|items| (0..items.len()).map(|at| items.item(at)).collect())
            .unwrap_or_default()
    }

    pub fn item(&self, list: &ListAt, id: &ItemId) -> Option<&dyn Item> {
        let items = self.items_ref(list)?;
        items.position(id).map(|at| items.item(at))
    }

    /// How an item of a top-level list is named where others link to it or a message speaks
    /// of it (`item_label` names any item).
    pub fn label(&self, kind: ListKind, id: &ItemId) -> String {
        self.item_label(&ListAt::top(kind), id)
    }

    /// How an item is named: its own words, or its kind and place when it has none yet.
    pub fn item_label(&self, list: &ListAt, id: &ItemId) -> String {
        let kind = list.kind;
        let items = self.items_ref(list);
        match items.and_then(|items| Some((items, items.position(id)?))) {
            Some((items, at)) => label_of(kind, at, items.item(at)),
            None => name_of(kind, 0, ""),
        }
    }

    /// How a goal's milestone is named, as `item_label` names it.
    pub fn milestone_label(at: usize, milestone: &Milestone) -> String {
        name_of(ListKind::Milestones, at, &milestone.milestone)
    }

    /// The items that would lose a link if `id` were removed.
    pub fn links_to(&self, id: &ItemId) -> Vec<LinkFrom> {
        let mut links = Vec::new();
        for kind in ListKind::ALL {
            let linking: Vec<ItemField> = kind
                .fields()
                .iter()
                .filter(|spec| matches!(spec.kind, FieldKind::Link(_)))
                .map(|spec| spec.field)
                .collect();
            if linking.is_empty() || kind == ListKind::Milestones {
                continue;
            }
            for item in self.items(&ListAt::top(kind)) {
                if linking.iter().any(|field| item.get(*field) == id.as_str()) {
                    links.push(LinkFrom {
                        list: kind,
                        id: item.id().clone(),
                        label: self.label(kind, item.id()),
                    });
                }
            }
        }
        links
    }

    /// The links that point at no item their field allows, as (list, item, field). Edits never
    /// leave one, since removing an item clears the links to it; a damaged or hand-edited file
    /// can hold them, and loading clears them (`clear_dangling_links`).
    pub fn dangling_links(&self) -> Vec<(ListKind, ItemId, ItemField)> {
        let mut dangling = Vec::new();
        for kind in ListKind::ALL {
            for spec in kind.fields() {
                let FieldKind::Link(targets) = spec.kind else {
                    continue;
                };
                for item in self.items(&ListAt::top(kind)) {
                    let value = item.get(spec.field);
                    let found = value.is_empty()
                        || ItemId::parse(&value).is_some_and(|target| {
                            targets
                                .iter()
                                .any(|&list| self.item(&ListAt::top(list), &target).is_some())
                        });
                    if !found {
                        dangling.push((kind, item.id().clone(), spec.field));
                    }
                }
            }
        }
        dangling
    }

    /// Empties every link that points at nothing, as removing its target would have.
    pub fn clear_dangling_links(&mut self) {
        for (kind, id, field) in self.dangling_links() {
            if let Ok(items) = self.items_mut(&ListAt::top(kind)) {
                if let Some(at) = items.position(&id) {
                    // Clearing a link always succeeds.
                    let _ = items.item_mut(at).set(field, "");
                }
            }
        }
    }

    /// Holds a strategy read from a file to the rules its edits keep, so every field of it
    /// can be edited afterwards: links to nothing are cleared (as removing their target would
    /// have), and a list too long, two items with one id or an answer longer than its field
    /// allows is refused, in words that name the item and the field as the screens do.
    pub fn settle(&mut self) -> Result<(), String> {
        self.clear_dangling_links();
        let this: &Self = self;
        this.check_settled()
    }

    /// `settle`'s checks, once the links are mended. The ids seen are kept as text, as every
    /// check for something said twice keeps them (`Seen`).
    fn check_settled(&self) -> Result<(), String> {
        for field in Text::ALL {
            let spec = field.spec();
            too_long(spec.kind, &self.text(field))
                .map_err(|problem| format!("the answer “{}” {problem}", spec.label))?;
        }
        let mut seen = crate::domain::Seen::default();
        for kind in ListKind::ALL {
            if kind == ListKind::Milestones {
                continue;
            }
            let place = |at: usize| format!("{} {}", kind.noun_capitalised(), at + 1);
            self.settle_list(&ListAt::top(kind), &mut seen, &place)?;
            if kind == ListKind::Goals {
                for (at, goal) in self.goals.goals.iter().enumerate() {
                    let place = |under: usize| {
                        format!(
                            "{} {}, {} {}",
                            ListKind::Goals.noun_capitalised(),
                            at + 1,
                            ListKind::Milestones.noun(),
                            under + 1
                        )
                    };
                    self.settle_list(&ListAt::milestones_of(goal.id.clone()), &mut seen, &place)?;
                }
            }
        }
        Ok(())
    }

    fn settle_list<'a>(
        &'a self,
        list: &ListAt,
        seen: &mut crate::domain::Seen<'a>,
        place: &dyn Fn(usize) -> String,
    ) -> Result<(), String> {
        let items = self.items(list);
        if let Some(max) = list.kind.max().filter(|&max| items.len() > max) {
            return Err(format!(
                "{} holds {}, where it can hold at most {max}",
                list.kind.title(),
                items.len()
            ));
        }
        for (at, item) in items.iter().enumerate() {
            if !seen.insert(item.id().as_str()) {
                return Err(format!(
                    "{} has the same id as another item of the plan ({})",
                    place(at),
                    item.id()
                ));
            }
            for spec in list.kind.fields() {
                too_long(spec.kind, &item.get(spec.field)).map_err(|problem| {
                    format!("{}: the answer “{}” {problem}", place(at), spec.label)
                })?;
            }
        }
        Ok(())
    }

    /// The items a link field may point at, as (id, label).
    pub fn link_options(&self, field: ItemField) -> Vec<(ItemId, String)> {
        let targets = ListKind::ALL
            .iter()
            .flat_map(|kind| kind.fields())
            .find_map(|spec| match spec.kind {
                FieldKind::Link(targets) if spec.field == field => Some(targets),
                _ => None,
            })
            .unwrap_or_default();
        targets
            .iter()
            .flat_map(|&kind| {
                self.items(&ListAt::top(kind))
                    .into_iter()
                    .map(move |item| (item.id().clone(), self.label(kind, item.id())))
            })
            .collect()
    }

    /// A value must fit its field, and a link must point at an item that exists.
    fn check_item_value(
        &self,
        kind: ListKind,
        field: ItemField,
        value: &str,
    ) -> Result<(), EditError> {
        let spec = kind
            .fields()
            .iter()
            .find(|spec| spec.field == field)
            .ok_or(EditError::UnknownField)?;
        check_answer_length(spec.kind, value)?;
        if let FieldKind::Link(targets) = spec.kind {
            let exists = value.is_empty()
                || targets.iter().any(|&target| {
                    ItemId::parse(value)
                        .is_some_and(|id| self.item(&ListAt::top(target), &id).is_some())
                });
            if !exists {
                return Err(EditError::LinkNotFound);
            }
        }
        Ok(())
    }

    fn unlink(&mut self, id: &ItemId) {
        for link in self.links_to(id) {
            let list = ListAt::top(link.list);
            let fields: Vec<ItemField> = link
                .list
                .fields()
                .iter()
                .filter(|spec| matches!(spec.kind, FieldKind::Link(_)))
                .map(|spec| spec.field)
                .collect();
            if let Ok(items) = self.items_mut(&list) {
                if let Some(at) = items.position(&link.id) {
                    let item = items.item_mut(at);
                    for field in fields {
                        if item.get(field) == id.as_str() {
                            // Clearing a link always succeeds.
                            let _ = item.set(field, "");
                        }
                    }
                }
            }
        }
    }

    /// Every item id in the strategy, milestones included: ids are unique across lists, so a
    /// link names one item whichever list it is in.
    fn item_ids(&self) -> impl Iterator<Item = &ItemId> {
        let top = ListKind::ALL
            .iter()
            .filter(|&&kind| kind != ListKind::Milestones)
            .flat_map(move |&kind| self.items(&ListAt::top(kind)))
            .map(|item| item.id());
        let milestones = self
            .goals
            .goals
            .iter()
            .flat_map(|goal| goal.milestones.iter().map(|milestone| &milestone.id));
        top.chain(milestones)
    }

    /// A single answer as a reader sees it: a choice by its label, a date written out.
    pub fn shown_text(&self, field: Text) -> String {
        self.shown_text_with(field, smart::long_date)
    }

    /// A single answer as `shown_text`, with dates written by `write_date`.
    pub fn shown_text_with(&self, field: Text, write_date: WriteDate) -> String {
        shown(self, field.spec().kind, self.text(field), write_date)
    }

    /// An item's field as a reader sees it: a link by the label of what it points at, a choice
    /// by its label, a date written out.
    pub fn shown(&self, item: &dyn Item, spec: &FieldSpec<ItemField>) -> String {
        self.shown_with(item, spec, smart::long_date)
    }

    /// An item's field as `shown`, with dates written by `write_date`.
    pub fn shown_with(
        &self,
        item: &dyn Item,
        spec: &FieldSpec<ItemField>,
        write_date: WriteDate,
    ) -> String {
        shown(self, spec.kind, item.get(spec.field), write_date)
    }

    pub fn goal(&self, id: &ItemId) -> Option<&SmartGoal> {
        self.goals.goals.iter().find(|goal| &goal.id == id)
    }

    /// Whether nothing at all has been written yet.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// An item's own words, or "Milestone 2 (untitled)" for the item at `at` that has none.
/// How the item at `at` of a list of `kind` is named (`Strategy::item_label`).
fn label_of(kind: ListKind, at: usize, item: &dyn Item) -> String {
    name_of(kind, at, &item.get(kind.naming_field()))
}

fn name_of(kind: ListKind, at: usize, text: &str) -> String {
    match text.trim() {
        "" => format!("{} {} (untitled)", kind.noun_capitalised(), at + 1),
        name => name.to_owned(),
    }
}

fn shown(strategy: &Strategy, kind: FieldKind, value: String, write_date: WriteDate) -> String {
    match kind {
        FieldKind::Choice(options) => options
            .iter()
            .find(|choice| choice.id == value)
            .map(|choice| choice.label.to_owned())
            .unwrap_or_default(),
        FieldKind::Link(targets) => ItemId::parse(&value)
            .and_then(|id| {
                targets
                    .iter()
                    .find(|&&target| strategy.item(&ListAt::top(target), &id).is_some())
                    .map(|&target| strategy.label(target, &id))
            })
            .unwrap_or_default(),
        FieldKind::Date => iso8601::date::parse(&value)
            .map(write_date)
            .unwrap_or_default(),
        FieldKind::Line | FieldKind::Notes => value.trim().to_owned(),
    }
}

/// The most characters an answer of this kind holds.
pub fn max_chars(kind: FieldKind) -> usize {
    match kind {
        FieldKind::Notes => MAX_ANSWER_NOTES_CHARS,
        _ => MAX_LINE_CHARS,
    }
}

/// The limit of its kind, said of an answer that is already there.
fn too_long(kind: FieldKind, value: &str) -> Result<(), String> {
    fits(value, max_chars(kind))
}

fn check_answer_length(kind: FieldKind, value: &str) -> Result<(), EditError> {
    check_length("answer", value, max_chars(kind))
}

#[cfg(test)]
mod tests;
