//! The nine steps of the wizard as data (order, address, title, guidance, what each holds) and
//! what each still lacks.

use chrono::NaiveDate;

use super::smart;
use super::{
    label_of, Agreement, Item, ItemField, ListAt, ListKind, Performer, Strategy, Text, WriteDate,
};
use crate::domain::sources::{Credit, Source};

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
    /// How many steps the wizard has.
    pub const COUNT: usize = 9;

    pub const ALL: [Step; Self::COUNT] = [
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

    /// 1 to `COUNT`.
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
            Self::Alignment => "Make time to read the company's goals, and those of everyone above you in the org chart, properly: work that made sense six months ago may no longer fit where the company is going, and working hard in a direction nobody cares about any more frustrates everyone. Then name the few big problems the organisation is trying to solve, and for each, how your daily work helps solve it.",
            Self::Community => "Get to know the community as it is today, before changing anything.",
            Self::Objectives => "Set the program's objectives so they line up with what the company wants, and tie each one to a top problem.",
            Self::Journey => "Go through the product as a newcomer would, with a beginner's mind. Note where people come from, how they get started, and everything that felt good or bad on the way.",
            Self::Buddies => "Colleagues in other functions are aligned with their own bosses' goals, not yours. That is community building, which you know: treat them as the open source project “AllAboutUs” treats its volunteers, with lasting relationships rather than transactions, not as “AllAboutMe” does, as many do without noticing. Get to know them before asking for anything, make helping you easy, start with a quick win, and give them credit in public.",
            Self::Programs => "Segment the work into programs with clear outcomes. Within each, design campaigns along the commitment curve: the touch points between stages, what you measure at each, and the incentives that move members along. Start from the gaps the journey showed you: place a fix for each on the curve. An empathy map helps decide how members should feel at each stage, and when you cannot tell which campaigns will work, a lean canvas breaks the options down so you can weigh them.",
            Self::CustomerJourney => "Find out what the customer journey looks like and who owns it (departments often answer differently: settle it), list what community members and your team do, place each activity on a stage, and report on it where anyone in the company can see: without reports, there is no proof of value.",
            Self::Goals => "Write goals your manager can agree to, each one SMART, with milestones, owners and a review cadence. Bring in what the earlier steps taught you, and say what the program covers and who carries it. Clear goals make OKRs and KPIs easy to track. Propose them a few weeks before goals are refreshed, and keep syncing so there are no surprises at review time.",
            Self::Communication => "If nobody hears about the work, the company does not know it happened. Plan how you will tell it: the channel, how often, and who it reaches.",
        }
    }

    /// Who the step's guidance is owed to.
    pub fn credit(self) -> Credit {
        use Source::*;
        match self {
            Self::Alignment => Credit::From(OrgAlignment),
            Self::Goals => Credit::FromBoth(OrgAlignment, CommunityStrategy),
            Self::Community | Self::Journey => Credit::From(CommunityStrategy),
            Self::Objectives => Credit::FromBoth(CommunityStrategy, OrgAlignment),
            Self::Programs => Credit::FromBoth(ExecutiveBuyIn, CommunityStrategy),
            Self::Buddies => Credit::From(Collaboration),
            Self::CustomerJourney => Credit::From(CustomerJourney),
            Self::Communication => Credit::From(ExecutiveBuyIn),
        }
    }

    /// An earlier answer this step builds on, shown again on it: the campaigns fix the gaps the
    /// journey found.
    pub fn recalls(self) -> Option<(Step, Text)> {
        match self {
            Self::Programs => Some((Self::Journey, Text::FeltBad)),
            _ => None,
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
    /// Dates are spelt out, as in files (`smart::long_date`).
    pub fn missing(self, strategy: &Strategy, started: NaiveDate) -> Vec<String> {
        self.missing_with(strategy, started, smart::long_date)
    }

    /// What the step still lacks, with dates as `write_date` writes them (the screens' style).
    pub fn missing_with(
        self,
        strategy: &Strategy,
        started: NaiveDate,
        write_date: WriteDate,
    ) -> Vec<String> {
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
                Part::List(kind) => {
                    missing_in_list(strategy, kind, started, write_date, &mut missing)
                }
            }
        }
        missing
    }
}

/// How far a strategy has come: how many things each step still lacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    lacking: [usize; Step::COUNT],
}

impl Progress {
    /// Works out what every step of `strategy` lacks; goals are due after `started`.
    pub fn of(strategy: &Strategy, started: NaiveDate) -> Self {
        Self {
            lacking: Step::ALL.map(|step| step.missing(strategy, started).len()),
        }
    }

    /// As `of`, with what `shown` lacks already worked out: the wizard has the list of the step
    /// on screen, and on the goals step working it out again would check every goal twice per
    /// key press.
    pub fn around(strategy: &Strategy, started: NaiveDate, shown: Step, lacking: usize) -> Self {
        Self {
            lacking: Step::ALL.map(|step| {
                if step == shown {
                    lacking
                } else {
                    step.missing(strategy, started).len()
                }
            }),
        }
    }

    /// How many things `step` still lacks.
    pub fn lacking(&self, step: Step) -> usize {
        self.lacking[step.number() - 1]
    }

    pub fn is_done(&self, step: Step) -> bool {
        self.lacking(step) == 0
    }

    /// How many steps lack nothing.
    pub fn steps_done(&self) -> usize {
        self.lacking.iter().filter(|&&lacks| lacks == 0).count()
    }

    /// The first step that still lacks something, if any.
    pub fn first_unfinished(&self) -> Option<Step> {
        Step::ALL.into_iter().find(|&step| !self.is_done(step))
    }

    /// "3 of 9 steps complete".
    pub fn summary(&self) -> String {
        format!("{} of {} steps complete", self.steps_done(), Step::COUNT)
    }
}

impl Strategy {
    /// How far the strategy has come, step by step.
    pub fn progress(&self, started: NaiveDate) -> Progress {
        Progress::of(self, started)
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
    write_date: WriteDate,
    missing: &mut Vec<String>,
) {
    let items = strategy.items(&ListAt::top(kind));
    if items.is_empty() {
        missing.push(format!("Add at least one {}.", kind.noun()));
    }
    // Each item is named from its own place, and a goal is the one at the same place in the
    // list of goals: looked up by id, every item would search the list, and a key press in one
    // of three hundred goals would cost the square of that.
    for (at, item) in items.iter().enumerate() {
        let label = label_of(kind, at, *item);
        let mut needs = lacking(kind, *item);
        if kind == ListKind::Goals {
            if let Some(goal) = strategy.goals.goals.get(at) {
                for check in smart::check_with(goal, strategy, started, write_date) {
                    if let Some(what) = check.missing {
                        missing.push(format!("“{label}” is not {}: {what}.", check.letter.name()));
                    }
                }
                if goal.milestones.is_empty() {
                    needs.push("a milestone");
                }
                for (at, milestone) in goal.milestones.iter().enumerate() {
                    let lacks = lacking(ListKind::Milestones, milestone);
                    if !lacks.is_empty() {
                        let name = Strategy::milestone_label(at, milestone);
                        let lacks: Vec<String> =
                            lacks.iter().map(|need| super::in_sentence(need)).collect();
                        missing.push(format!(
                            "“{name}” of “{label}” needs: {}.",
                            lacks.join(", ")
                        ));
                    }
                }
            }
        }
        if !needs.is_empty() {
            let needs: Vec<String> = needs.iter().map(|need| super::in_sentence(need)).collect();
            missing.push(format!("“{label}” needs: {}.", needs.join(", ")));
        }
    }
    match kind {
        ListKind::Buddies => {
            for function in CORE_FUNCTIONS {
                let found = items.iter().any(|buddy| {
                    buddy
                        .get(ItemField::Function)
                        .to_ascii_lowercase()
                        .contains(&function.to_ascii_lowercase())
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

/// The labels of the fields `item` still needs before its step is done.
fn lacking(kind: ListKind, item: &dyn Item) -> Vec<&'static str> {
    kind.needs()
        .iter()
        .filter(|&&field| item.get(field).trim().is_empty())
        .filter_map(|&field| kind.spec(field))
        .map(|spec| spec.label)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::strategy::tests::{
        add, add_to, answer, fill, filled, filled_step, id, remove, set, started,
    };
    use crate::domain::strategy::StrategyEdit;

    fn lacks(step: Step, strategy: &Strategy) -> Vec<String> {
        step.missing(strategy, started())
    }

    const NOTHING: [&str; 0] = [];

    /// Filling `step` alone finishes it, and no other step: each is judged on its own parts.
    fn done_alone(step: Step) -> Strategy {
        let s = filled_step(step);
        assert_eq!(lacks(step, &s), NOTHING, "{step:?}");
        for other in Step::ALL.into_iter().filter(|&other| other != step) {
            assert!(!lacks(other, &s).is_empty(), "{other:?} after {step:?}");
        }
        s
    }

    // ---- each step, empty and filled ----

    #[test]
    fn an_empty_alignment_step_asks_for_the_framework_goals_and_problems() {
        assert_eq!(
            lacks(Step::Alignment, &Strategy::default()),
            [
                "Choose the goal framework the company uses.",
                "Add at least one company goal.",
                "Add at least one top problem.",
            ]
        );
    }

    #[test]
    fn a_filled_alignment_step_lacks_nothing() {
        let mut s = done_alone(Step::Alignment);
        set(
            &mut s,
            ListKind::TopProblems,
            12,
            ItemField::Contribution,
            " ",
        );
        assert_eq!(
            lacks(Step::Alignment, &s),
            ["“Too few developers know the API” needs: how DevRel work contributes."]
        );
    }

    #[test]
    fn an_empty_community_step_asks_for_its_answers_and_a_channel() {
        assert_eq!(
            lacks(Step::Community, &Strategy::default()),
            [
                "Not answered: Type of community",
                "Not answered: Size",
                "Not answered: How committed its members are",
                "Add at least one channel.",
            ]
        );
    }

    #[test]
    fn a_filled_community_step_lacks_nothing() {
        let mut s = done_alone(Step::Community);
        answer(&mut s, Text::CommunitySize, "  ");
        set(&mut s, ListKind::Impressions, 21, ItemField::Impression, "");
        assert_eq!(
            lacks(Step::Community, &s),
            [
                "Not answered: Size",
                "“Documentation” needs: first impression."
            ]
        );
    }

    #[test]
    fn an_empty_objectives_step_asks_for_its_answers_and_an_objective() {
        assert_eq!(
            lacks(Step::Objectives, &Strategy::default()),
            [
                "Not answered: What the company wants from the program",
                "Not answered: What the company wants to avoid",
                "Not answered: The value for stakeholders inside the company",
                "Not answered: The value for users and community members",
                "Add at least one objective.",
            ]
        );
    }

    #[test]
    fn a_filled_objectives_step_lacks_nothing() {
        let mut s = done_alone(Step::Objectives);
        // An objective must say which top problem it helps with.
        remove(&mut s, ListKind::TopProblems, 12);
        assert_eq!(
            lacks(Step::Objectives, &s),
            ["“Grow the number of active API users” needs: top problem it helps with."]
        );
    }

    #[test]
    fn an_empty_journey_step_asks_every_question_and_for_a_persona() {
        assert_eq!(
            lacks(Step::Journey, &Strategy::default()),
            [
                "Not answered: Where do users come from?",
                "Not answered: What are the current channels to the market?",
                "Not answered: What is the onboarding like?",
                "Not answered: How is the product used, and where does it give value to its users?",
                "Not answered: Should the community grow horizontally or vertically next?",
                "Not answered: What felt good along the way",
                "Not answered: What felt bad, confusing or slow",
                "Add at least one persona.",
            ]
        );
    }

    #[test]
    fn a_filled_journey_step_lacks_nothing() {
        let mut s = done_alone(Step::Journey);
        add(
            &mut s,
            ListKind::Personas,
            42,
            &[(ItemField::Description, "Ops")],
        );
        assert_eq!(
            lacks(Step::Journey, &s),
            ["“Persona 2 (untitled)” needs: persona name, what they are trying to do, what gets in their way."]
        );
    }

    #[test]
    fn an_empty_buddies_step_asks_for_a_buddy_in_each_core_function() {
        assert_eq!(
            lacks(Step::Buddies, &Strategy::default()),
            [
                "Add at least one buddy.",
                "Find a buddy in Sales.",
                "Find a buddy in Marketing.",
                "Find a buddy in Product.",
                "Find a buddy in Support.",
            ]
        );
    }

    #[test]
    fn a_filled_buddies_step_lacks_nothing() {
        let mut s = done_alone(Step::Buddies);
        // The status is not required: a buddy not contacted yet still counts.
        set(&mut s, ListKind::Buddies, 51, ItemField::Status, "");
        assert_eq!(lacks(Step::Buddies, &s), NOTHING);
        set(&mut s, ListKind::Buddies, 52, ItemField::Contact, "");
        assert_eq!(lacks(Step::Buddies, &s), ["“Marketing” needs: contact."]);
    }

    #[test]
    fn an_empty_programs_step_asks_for_programs_stages_and_campaigns() {
        assert_eq!(
            lacks(Step::Programs, &Strategy::default()),
            [
                "Add at least one program.",
                "Add at least one commitment stage.",
                "Add at least one campaign.",
            ]
        );
    }

    #[test]
    fn a_filled_programs_step_lacks_nothing() {
        let mut s = done_alone(Step::Programs);
        remove(&mut s, ListKind::CommitmentStages, 62);
        assert_eq!(
            lacks(Step::Programs, &s),
            [
                "Add at least one commitment stage.",
                "“First talk” needs: stage on the commitment curve."
            ]
        );
    }

    #[test]
    fn an_empty_customer_journey_step_asks_for_stages_activities_leads_and_reporting() {
        assert_eq!(
            lacks(Step::CustomerJourney, &Strategy::default()),
            [
                "Add at least one journey stage.",
                "Add at least one activity.",
                "Add at least one lead type.",
                "Not answered: Reporting",
            ]
        );
    }

    #[test]
    fn a_filled_customer_journey_step_lacks_nothing() {
        let mut s = done_alone(Step::CustomerJourney);
        set(&mut s, ListKind::Drqls, 74, ItemField::Description, "");
        assert_eq!(
            lacks(Step::CustomerJourney, &s),
            ["“Sales” needs: what counts as a lead."]
        );
    }

    #[test]
    fn an_empty_goals_step_asks_for_a_goal_its_review_and_agreement() {
        assert_eq!(
            lacks(Step::Goals, &Strategy::default()),
            [
                "Add at least one goal.",
                "Not answered: Review cadence",
                "Get your manager's agreement.",
                "Not answered: Next goals refresh",
            ]
        );
    }

    #[test]
    fn a_filled_goals_step_lacks_nothing() {
        let mut s = done_alone(Step::Goals);
        answer(&mut s, Text::ReviewCadence, "");
        assert_eq!(lacks(Step::Goals, &s), ["Not answered: Review cadence"]);
    }

    #[test]
    fn an_empty_communication_step_asks_for_a_channel() {
        assert_eq!(
            lacks(Step::Communication, &Strategy::default()),
            ["Add at least one channel."]
        );
    }

    #[test]
    fn a_filled_communication_step_lacks_nothing() {
        let mut s = done_alone(Step::Communication);
        add(
            &mut s,
            ListKind::Channels,
            92,
            &[(ItemField::Channel, "Wiki home page")],
        );
        assert_eq!(
            lacks(Step::Communication, &s),
            ["“Wiki home page” needs: how often, audience."]
        );
    }

    #[test]
    fn a_filled_strategy_lacks_nothing_anywhere() {
        let s = filled();
        for step in Step::ALL {
            assert_eq!(lacks(step, &s), NOTHING, "{step:?}");
        }
        assert_eq!(s.progress(started()).first_unfinished(), None);
    }

    // ---- the rules of particular steps ----

    #[test]
    fn another_framework_needs_its_name() {
        let mut s = filled_step(Step::Alignment);
        answer(&mut s, Text::Framework, "other");
        assert_eq!(
            lacks(Step::Alignment, &s),
            ["Name the goal framework the company uses."]
        );
        answer(&mut s, Text::FrameworkName, "  ");
        assert_eq!(
            lacks(Step::Alignment, &s),
            ["Name the goal framework the company uses."]
        );
        answer(&mut s, Text::FrameworkName, "4DX");
        assert_eq!(lacks(Step::Alignment, &s), NOTHING);
        // A well-known framework needs no name, even with one left from before.
        answer(&mut s, Text::Framework, "v2mom");
        answer(&mut s, Text::FrameworkName, "");
        assert_eq!(lacks(Step::Alignment, &s), NOTHING);
    }

    #[test]
    fn an_untitled_item_is_named_by_its_place() {
        let mut s = filled_step(Step::Alignment);
        add(&mut s, ListKind::CompanyGoals, 13, &[]);
        assert_eq!(
            lacks(Step::Alignment, &s),
            ["“Company goal 2 (untitled)” needs: goal."]
        );
    }

    #[test]
    fn buddies_in_only_some_core_functions_are_not_enough() {
        let mut s = filled_step(Step::Buddies);
        remove(&mut s, ListKind::Buddies, 51);
        remove(&mut s, ListKind::Buddies, 53);
        assert_eq!(
            lacks(Step::Buddies, &s),
            ["Find a buddy in Sales.", "Find a buddy in Product."]
        );
        // More functions are welcome, but do not stand in for the core ones.
        add(
            &mut s,
            ListKind::Buddies,
            55,
            &[
                (ItemField::Function, "Finance"),
                (ItemField::Contact, "Kim"),
                (ItemField::QuickWin, "A cost report"),
            ],
        );
        assert_eq!(lacks(Step::Buddies, &s).len(), 2);
    }

    #[test]
    fn core_functions_are_recognised_in_any_case_and_within_a_longer_name() {
        let mut s = Strategy::default();
        for (n, function) in [
            (1, "Enterprise sales"),
            (2, "MARKETING"),
            (3, "Product management"),
            (4, "Customer Support"),
        ] {
            add(
                &mut s,
                ListKind::Buddies,
                n,
                &[
                    (ItemField::Function, function),
                    (ItemField::Contact, "A"),
                    (ItemField::QuickWin, "B"),
                ],
            );
        }
        assert_eq!(lacks(Step::Buddies, &s), NOTHING);
        set(&mut s, ListKind::Buddies, 1, ItemField::Function, "Finance");
        assert_eq!(lacks(Step::Buddies, &s), ["Find a buddy in Sales."]);
    }

    #[test]
    fn activities_need_one_by_the_community_and_one_by_the_team() {
        let mut s = filled_step(Step::CustomerJourney);
        remove(&mut s, ListKind::Activities, 73);
        assert_eq!(
            lacks(Step::CustomerJourney, &s),
            ["Add an activity your team performs."]
        );
        set(
            &mut s,
            ListKind::Activities,
            72,
            ItemField::Performer,
            "team",
        );
        assert_eq!(
            lacks(Step::CustomerJourney, &s),
            ["Add an activity community members perform."]
        );
        set(&mut s, ListKind::Activities, 72, ItemField::Performer, "");
        assert_eq!(
            lacks(Step::CustomerJourney, &s),
            [
                "“Answering questions in the forum” needs: done by.",
                "Add an activity community members perform.",
                "Add an activity your team performs.",
            ]
        );
    }

    #[test]
    fn the_goals_step_names_failing_letters_and_a_goal_without_milestones() {
        let mut s = filled_step(Step::Goals);
        set(
            &mut s,
            ListKind::Goals,
            81,
            ItemField::GoalObjective,
            "publish tutorials for backend developers",
        );
        set(&mut s, ListKind::Goals, 81, ItemField::Deadline, "");
        s.apply(StrategyEdit::Remove {
            list: ListAt::milestones_of(id(81)),
            id: id(82),
        })
        .unwrap();
        assert_eq!(
            lacks(Step::Goals, &s),
            [
                "“publish tutorials for backend developers” is not Measurable: put a number in the objective: how many, how much or what share.",
                "“publish tutorials for backend developers” is not Time-bound: set a deadline.",
                "“publish tutorials for backend developers” needs: a milestone.",
            ]
        );
        // An empty goal fails every letter, and is named by its place.
        add(&mut s, ListKind::Goals, 83, &[]);
        let lacking = lacks(Step::Goals, &s);
        let of_second: Vec<&String> = lacking
            .iter()
            .filter(|line| line.starts_with("“Goal 2 (untitled)”"))
            .collect();
        assert_eq!(of_second.len(), 6, "{lacking:?}");
        for letter in [
            "Specific",
            "Measurable",
            "Achievable",
            "Relevant",
            "Time-bound",
        ] {
            assert!(
                of_second
                    .iter()
                    .any(|line| line.contains(&format!("is not {letter}:"))),
                "{letter}: {of_second:?}"
            );
        }
    }

    #[test]
    fn a_milestone_needs_its_words_and_its_date() {
        let mut s = filled_step(Step::Goals);
        let milestones = ListAt::milestones_of(id(81));
        add_to(
            &mut s,
            milestones.clone(),
            83,
            &[(ItemField::Milestone, " Launch ")],
        );
        add_to(&mut s, milestones, 84, &[]);
        assert_eq!(
            lacks(Step::Goals, &s),
            [
                "“Launch” of “publish 12 tutorials for backend developers” needs: due.",
                "“Milestone 3 (untitled)” of “publish 12 tutorials for backend developers” needs: milestone, due.",
            ]
        );
    }

    #[test]
    fn the_goals_step_waits_for_the_managers_agreement() {
        let mut s = filled_step(Step::Goals);
        for (agreement, lacking) in [
            (
                "draft",
                vec!["Get your manager's agreement (now: Draft: not shown to my manager yet)."],
            ),
            (
                "proposed",
                vec!["Get your manager's agreement (now: Proposed: my manager is looking at it)."],
            ),
            ("", vec!["Get your manager's agreement."]),
            ("agreed", vec![]),
        ] {
            answer(&mut s, Text::Agreement, agreement);
            assert_eq!(lacks(Step::Goals, &s), lacking, "{agreement:?}");
        }
    }

    #[test]
    fn the_first_unfinished_step_is_the_earliest_that_lacks_something() {
        let mut s = Strategy::default();
        assert_eq!(
            s.progress(started()).first_unfinished(),
            Some(Step::Alignment)
        );
        for (at, step) in Step::ALL.into_iter().enumerate() {
            fill(&mut s, step);
            assert_eq!(
                s.progress(started()).first_unfinished(),
                Step::ALL.get(at + 1).copied(),
                "after {step:?}"
            );
        }
        // A later step left undone does not hide an earlier one.
        let mut s = filled();
        remove(&mut s, ListKind::Channels, 91);
        set(&mut s, ListKind::Buddies, 51, ItemField::Function, "Legal");
        assert_eq!(
            s.progress(started()).first_unfinished(),
            Some(Step::Buddies)
        );
        let mut s = Strategy::default();
        for step in &Step::ALL[1..] {
            fill(&mut s, *step);
        }
        assert_eq!(
            s.progress(started()).first_unfinished(),
            Some(Step::Alignment)
        );
        // A goal due on the day the playbook was started leaves the goals step undone.
        let mut s = filled();
        set(
            &mut s,
            ListKind::Goals,
            81,
            ItemField::Deadline,
            "2026-11-23",
        );
        assert_eq!(s.progress(started()).first_unfinished(), Some(Step::Goals));
    }

    #[test]
    fn progress_counts_the_steps_that_lack_nothing() {
        let empty = Strategy::default().progress(started());
        assert_eq!(empty.steps_done(), 0);
        assert_eq!(empty.summary(), "0 of 9 steps complete");
        assert_eq!(
            empty.lacking(Step::Buddies),
            lacks(Step::Buddies, &Strategy::default()).len()
        );
        let mut s = Strategy::default();
        fill(&mut s, Step::Alignment);
        fill(&mut s, Step::Communication);
        let some = s.progress(started());
        assert_eq!(some.steps_done(), 2);
        assert!(some.is_done(Step::Communication));
        assert!(!some.is_done(Step::Goals));
        let all = filled().progress(started());
        assert_eq!(all.summary(), "9 of 9 steps complete");
        assert_eq!(all.first_unfinished(), None);
    }

    #[test]
    fn progress_around_a_step_takes_its_count_and_works_out_the_others() {
        let mut s = Strategy::default();
        fill(&mut s, Step::Alignment);
        for shown in Step::ALL {
            let lacking = lacks(shown, &s).len();
            assert_eq!(
                Progress::around(&s, started(), shown, lacking),
                s.progress(started()),
                "{shown:?}"
            );
        }
        let around = Progress::around(&s, started(), Step::Goals, 0);
        assert!(around.is_done(Step::Goals));
        assert!(around.is_done(Step::Alignment));
        assert_eq!(
            around.lacking(Step::Buddies),
            lacks(Step::Buddies, &s).len()
        );
    }

    // ---- order and addresses ----

    #[test]
    fn steps_are_numbered_one_to_nine_in_order() {
        let numbers: Vec<usize> = Step::ALL.into_iter().map(Step::number).collect();
        assert_eq!(numbers, (1..=9).collect::<Vec<_>>());
        assert_eq!(Step::Alignment.number(), 1);
        assert_eq!(Step::Goals.number(), 8);
        assert_eq!(Step::Communication.number(), 9);
    }

    #[test]
    fn every_slug_leads_back_to_its_step() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
            assert!(!step.title().is_empty() && !step.guidance().is_empty());
            assert!(!step.parts().is_empty());
        }
        let mut slugs: Vec<&str> = Step::ALL.into_iter().map(Step::slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 9);
        assert_eq!(Step::from_slug("smart-goals"), Some(Step::Goals));
        for unknown in ["", "nine", "Smart-Goals", "smart-goals/", "9"] {
            assert_eq!(Step::from_slug(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn previous_and_next_stop_at_both_ends() {
        assert_eq!(Step::Alignment.previous(), None);
        assert_eq!(Step::Alignment.next(), Some(Step::Community));
        assert_eq!(Step::Communication.next(), None);
        assert_eq!(Step::Communication.previous(), Some(Step::Goals));
        for pair in Step::ALL.windows(2) {
            assert_eq!(pair[0].next(), Some(pair[1]));
            assert_eq!(pair[1].previous(), Some(pair[0]));
        }
    }
}
