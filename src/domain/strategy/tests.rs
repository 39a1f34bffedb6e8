use chrono::{NaiveDate, TimeZone, Utc};

use super::smart::{self, Letter};
use super::steps::Step;
use super::*;
use crate::domain::example::example_playbook;
use crate::domain::playbook::Playbook;

fn id(n: u8) -> ItemId {
    ItemId::from_random_bytes([n; 16])
}

fn day(text: &str) -> NaiveDate {
    iso8601::date::parse(text).unwrap()
}

const STARTED: &str = "2026-11-23";

fn add(strategy: &mut Strategy, kind: ListKind, n: u8, values: &[(ItemField, &str)]) {
    strategy
        .apply(StrategyEdit::Add {
            list: ListAt::top(kind),
            id: id(n),
            values: values
                .iter()
                .map(|(field, value)| (*field, (*value).to_owned()))
                .collect(),
        })
        .unwrap();
}

fn set(strategy: &mut Strategy, kind: ListKind, n: u8, field: ItemField, value: &str) {
    strategy
        .apply(StrategyEdit::SetItem {
            list: ListAt::top(kind),
            id: id(n),
            field,
            value: value.to_owned(),
        })
        .unwrap();
}

fn texts(strategy: &Strategy, kind: ListKind, field: ItemField) -> Vec<String> {
    strategy
        .items(&ListAt::top(kind))
        .iter()
        .map(|item| item.get(field))
        .collect()
}

/// The example's strategy, which is finished, and the day its playbook was started.
fn finished() -> (Strategy, NaiveDate) {
    let mut n = 0u8;
    let playbook: Playbook = example_playbook(
        || {
            n += 1;
            ItemId::from_random_bytes([n; 16])
        },
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    );
    (*playbook.strategy, day(STARTED))
}

// ---- list edits ----

#[test]
fn items_are_added_edited_moved_and_removed() {
    let mut s = Strategy::default();
    for (n, text) in [(1, "First"), (2, "Second"), (3, "Third")] {
        add(
            &mut s,
            ListKind::CompanyGoals,
            n,
            &[(ItemField::Goal, text)],
        );
    }
    set(
        &mut s,
        ListKind::CompanyGoals,
        2,
        ItemField::Goal,
        "Second, edited",
    );
    let list = ListAt::top(ListKind::CompanyGoals);
    s.apply(StrategyEdit::Move {
        list: list.clone(),
        id: id(3),
        up: true,
    })
    .unwrap();
    assert_eq!(
        texts(&s, ListKind::CompanyGoals, ItemField::Goal),
        ["First", "Third", "Second, edited"]
    );
    // At the ends a move changes nothing.
    s.apply(StrategyEdit::Move {
        list: list.clone(),
        id: id(1),
        up: true,
    })
    .unwrap();
    s.apply(StrategyEdit::Move {
        list: list.clone(),
        id: id(2),
        up: false,
    })
    .unwrap();
    assert_eq!(
        texts(&s, ListKind::CompanyGoals, ItemField::Goal),
        ["First", "Third", "Second, edited"]
    );
    s.apply(StrategyEdit::Remove {
        list: list.clone(),
        id: id(3),
    })
    .unwrap();
    assert_eq!(
        texts(&s, ListKind::CompanyGoals, ItemField::Goal),
        ["First", "Second, edited"]
    );
    assert_eq!(
        s.apply(StrategyEdit::Remove { list, id: id(3) }),
        Err(EditError::ItemNotFound)
    );
}

#[test]
fn bad_edits_are_refused_with_a_reason_and_change_nothing() {
    let mut s = Strategy::default();
    for n in 1..=5 {
        add(
            &mut s,
            ListKind::TopProblems,
            n,
            &[(ItemField::Problem, "P")],
        );
    }
    let before = s.clone();
    let sixth = StrategyEdit::Add {
        list: ListAt::top(ListKind::TopProblems),
        id: id(6),
        values: vec![],
    };
    assert_eq!(
        s.apply(sixth),
        Err(EditError::ListFull {
            list: "Top problems",
            max: 5
        })
    );
    let again = StrategyEdit::Add {
        list: ListAt::top(ListKind::CompanyGoals),
        id: id(1),
        values: vec![],
    };
    assert_eq!(s.apply(again), Err(EditError::DuplicateId));
    let long = "x".repeat(MAX_LINE_CHARS + 1);
    let too_long = StrategyEdit::SetItem {
        list: ListAt::top(ListKind::TopProblems),
        id: id(1),
        field: ItemField::Problem,
        value: long,
    };
    assert!(matches!(s.apply(too_long), Err(EditError::TooLong { .. })));
    let notes = StrategyEdit::SetItem {
        list: ListAt::top(ListKind::TopProblems),
        id: id(1),
        field: ItemField::Contribution,
        value: "x".repeat(MAX_LINE_CHARS + 1),
    };
    assert_eq!(s.apply(notes), Ok(()), "notes may be longer than a line");
    let before = {
        let mut b = before;
        b.alignment.top_problems[0].contribution = "x".repeat(MAX_LINE_CHARS + 1);
        b
    };
    assert_eq!(
        s.apply(StrategyEdit::Set {
            field: Text::Framework,
            value: "okr".into()
        }),
        Err(EditError::NotAnOption)
    );
    assert_eq!(
        s.apply(StrategyEdit::Set {
            field: Text::NextRefresh,
            value: "31/12/2026".into()
        }),
        Err(EditError::NotADate)
    );
    let wrong_field = StrategyEdit::SetItem {
        list: ListAt::top(ListKind::TopProblems),
        id: id(1),
        field: ItemField::Owner,
        value: "x".into(),
    };
    assert_eq!(s.apply(wrong_field), Err(EditError::UnknownField));
    assert_eq!(s, before);
}

#[test]
fn milestones_belong_to_their_goal() {
    let mut s = Strategy::default();
    add(&mut s, ListKind::Goals, 1, &[]);
    add(&mut s, ListKind::Goals, 2, &[]);
    let of_first = ListAt::milestones_of(id(1));
    s.apply(StrategyEdit::Add {
        list: of_first.clone(),
        id: id(10),
        values: vec![
            (ItemField::Milestone, "Half way".into()),
            (ItemField::Due, "2027-01-31".into()),
        ],
    })
    .unwrap();
    assert_eq!(s.goals.goals[0].milestones.len(), 1);
    assert_eq!(s.goals.goals[0].milestones[0].due, Some(day("2027-01-31")));
    assert!(s.goals.goals[1].milestones.is_empty());
    assert_eq!(s.items(&of_first)[0].get(ItemField::Milestone), "Half way");
    // Ids are unique across lists, milestones included.
    assert_eq!(
        s.apply(StrategyEdit::Add {
            list: ListAt::top(ListKind::Channels),
            id: id(10),
            values: vec![]
        }),
        Err(EditError::DuplicateId)
    );
    s.apply(StrategyEdit::Remove {
        list: of_first,
        id: id(10),
    })
    .unwrap();
    assert!(s.goals.goals[0].milestones.is_empty());
}

// ---- links ----

#[test]
fn links_point_only_at_items_that_exist() {
    let mut s = Strategy::default();
    add(
        &mut s,
        ListKind::TopProblems,
        1,
        &[(ItemField::Problem, "Awareness")],
    );
    add(
        &mut s,
        ListKind::Objectives,
        2,
        &[(ItemField::Objective, "Tutorials")],
    );
    set(
        &mut s,
        ListKind::Objectives,
        2,
        ItemField::ForProblem,
        &id(1).to_string(),
    );
    assert_eq!(s.objectives.objectives[0].problem, Some(id(1)));
    let dangling = StrategyEdit::SetItem {
        list: ListAt::top(ListKind::Objectives),
        id: id(2),
        field: ItemField::ForProblem,
        value: id(9).to_string(),
    };
    assert_eq!(s.apply(dangling), Err(EditError::LinkNotFound));
    // A link goes only to the lists its field names: an objective is not a top problem.
    let wrong_list = StrategyEdit::SetItem {
        list: ListAt::top(ListKind::Objectives),
        id: id(2),
        field: ItemField::ForProblem,
        value: id(2).to_string(),
    };
    assert_eq!(s.apply(wrong_list), Err(EditError::LinkNotFound));
    add(
        &mut s,
        ListKind::Goals,
        3,
        &[(ItemField::RelevantTo, &id(2).to_string())],
    );
    add(
        &mut s,
        ListKind::Goals,
        4,
        &[(ItemField::RelevantTo, &id(1).to_string())],
    );
    assert_eq!(
        s.link_options(ItemField::RelevantTo),
        vec![
            (id(2), "Tutorials".to_owned()),
            (id(1), "Awareness".to_owned())
        ]
    );
}

#[test]
fn removing_an_item_says_who_points_at_it_and_clears_those_links() {
    let mut s = Strategy::default();
    add(
        &mut s,
        ListKind::TopProblems,
        1,
        &[(ItemField::Problem, "Awareness")],
    );
    add(
        &mut s,
        ListKind::Objectives,
        2,
        &[
            (ItemField::Objective, "Tutorials"),
            (ItemField::ForProblem, &id(1).to_string()),
        ],
    );
    add(
        &mut s,
        ListKind::Goals,
        3,
        &[
            (ItemField::GoalObjective, "Ship 4 tutorials"),
            (ItemField::RelevantTo, &id(1).to_string()),
        ],
    );
    let links = s.links_to(&id(1));
    assert_eq!(
        links
            .iter()
            .map(|l| (l.list, l.label.as_str()))
            .collect::<Vec<_>>(),
        [
            (ListKind::Objectives, "Tutorials"),
            (ListKind::Goals, "Ship 4 tutorials")
        ]
    );
    s.apply(StrategyEdit::Remove {
        list: ListAt::top(ListKind::TopProblems),
        id: id(1),
    })
    .unwrap();
    assert_eq!(s.objectives.objectives[0].problem, None);
    assert_eq!(s.goals.goals[0].relevant_to, None);
    assert!(s.links_to(&id(1)).is_empty());
    assert_eq!(
        s.objectives.objectives[0].objective, "Tutorials",
        "the item itself stays"
    );
}

#[test]
fn removing_a_program_or_a_stage_clears_campaigns_and_activities() {
    let (mut s, _) = finished();
    let program = s.programs.programs[0].id.clone();
    let stage = s.customer_journey.stages[3].id.clone();
    assert!(!s.links_to(&program).is_empty());
    s.apply(StrategyEdit::Remove {
        list: ListAt::top(ListKind::Programs),
        id: program.clone(),
    })
    .unwrap();
    s.apply(StrategyEdit::Remove {
        list: ListAt::top(ListKind::JourneyStages),
        id: stage.clone(),
    })
    .unwrap();
    assert!(s
        .programs
        .campaigns
        .iter()
        .all(|c| c.program.as_ref() != Some(&program)));
    assert!(s
        .customer_journey
        .activities
        .iter()
        .all(|a| a.stage.as_ref() != Some(&stage)));
    assert_eq!(s.programs.campaigns.len(), 2);
}

#[test]
fn items_are_named_by_their_words_or_their_place() {
    let mut s = Strategy::default();
    add(
        &mut s,
        ListKind::TopProblems,
        1,
        &[(ItemField::Problem, "  Awareness ")],
    );
    add(&mut s, ListKind::TopProblems, 2, &[]);
    assert_eq!(s.label(ListKind::TopProblems, &id(1)), "Awareness");
    assert_eq!(
        s.label(ListKind::TopProblems, &id(2)),
        "Top problem 2 (untitled)"
    );
    add(
        &mut s,
        ListKind::Programs,
        3,
        &[
            (ItemField::ProgramKind, "events"),
            (ItemField::Name, "Meetups"),
        ],
    );
    assert_eq!(s.label(ListKind::Programs, &id(3)), "Meetups");
}

#[test]
fn readers_see_labels_and_dates_not_ids() {
    let (s, _) = finished();
    let objective = &s.objectives.objectives[0];
    let spec = ListKind::Objectives.spec(ItemField::ForProblem).unwrap();
    assert_eq!(s.shown(objective, spec), "More active users of the API");
    let spaces = ListKind::Objectives.spec(ItemField::Spaces).unwrap();
    assert_eq!(s.shown(objective, spaces), "Success");
    assert_eq!(s.shown_text(Text::Agreement), "Agreed with my manager");
    let milestone = &s.goals.goals[0].milestones[0];
    let due = ListKind::Milestones.spec(ItemField::Due).unwrap();
    assert_eq!(
        s.shown(milestone, due),
        smart::long_date(milestone.due.unwrap())
    );
}

// ---- the stored form ----

#[test]
fn a_strategy_round_trips_and_an_empty_one_is_not_written() {
    let (s, _) = finished();
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<Strategy>(&text).unwrap(), s);
    let old = r#"{"schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "title": "T", "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"}"#;
    let playbook = crate::domain::file::restore(old).unwrap();
    assert!(playbook.strategy.is_empty());
    assert!(!serde_json::to_string(&playbook)
        .unwrap()
        .contains("strategy"));
    let partial = old.replace(
        r#""title": "T","#,
        r#""title": "T", "strategy": {"goals": {"agreement": "proposed"}},"#,
    );
    let playbook = crate::domain::file::restore(&partial).unwrap();
    assert_eq!(playbook.strategy.goals.agreement, Some(Agreement::Proposed));
    assert!(crate::domain::file::restore(&partial.replace("proposed", "maybe")).is_err());
}

// ---- what each step lacks ----

#[test]
fn every_step_of_a_finished_strategy_lacks_nothing() {
    let (s, started) = finished();
    for step in Step::ALL {
        assert_eq!(step.missing(&s, started), Vec::<String>::new(), "{step:?}");
    }
    assert_eq!(Step::first_unfinished(&s, started), None);
}

#[test]
fn every_step_of_an_empty_strategy_says_what_it_lacks() {
    let s = Strategy::default();
    let started = day(STARTED);
    let expect = [
        (
            Step::Alignment,
            vec![
                "Choose the goal framework the company uses.",
                "Add at least one company goal.",
                "Add at least one top problem.",
            ],
        ),
        (
            Step::Community,
            vec![
                "Not answered: Type of community",
                "Not answered: Size",
                "Not answered: How committed its members are",
                "Add at least one channel.",
            ],
        ),
        (
            Step::Objectives,
            vec![
                "Not answered: What the company wants from the program",
                "Not answered: What the company wants to avoid",
                "Not answered: The value for stakeholders inside the company",
                "Not answered: The value for users and community members",
                "Add at least one objective.",
            ],
        ),
        (
            Step::Buddies,
            vec![
                "Add at least one buddy.",
                "Find a buddy in Sales.",
                "Find a buddy in Marketing.",
                "Find a buddy in Product.",
                "Find a buddy in Support.",
            ],
        ),
        (
            Step::Programs,
            vec![
                "Add at least one program.",
                "Add at least one commitment stage.",
                "Add at least one campaign.",
            ],
        ),
        (
            Step::CustomerJourney,
            vec![
                "Add at least one journey stage.",
                "Add at least one activity.",
                "Add at least one lead type.",
                "Not answered: Reporting",
            ],
        ),
        (
            Step::Goals,
            vec![
                "Add at least one goal.",
                "Not answered: Review cadence",
                "Get your manager's agreement.",
                "Not answered: Next goals refresh",
            ],
        ),
        (Step::Communication, vec!["Add at least one channel."]),
    ];
    for (step, lacks) in expect {
        assert_eq!(step.missing(&s, started), lacks, "{step:?}");
    }
    let journey = Step::Journey.missing(&s, started);
    assert_eq!(journey.len(), 8);
    assert_eq!(journey[0], "Not answered: Where do users come from?");
    assert_eq!(journey[7], "Add at least one persona.");
    assert_eq!(Step::first_unfinished(&s, started), Some(Step::Alignment));
}

#[test]
fn step_one_asks_for_the_framework_name_and_each_contribution() {
    let (mut s, started) = finished();
    s.apply(StrategyEdit::Set {
        field: Text::Framework,
        value: "other".into(),
    })
    .unwrap();
    let problem = s.alignment.top_problems[1].id.clone();
    s.apply(StrategyEdit::SetItem {
        list: ListAt::top(ListKind::TopProblems),
        id: problem,
        field: ItemField::Contribution,
        value: " ".into(),
    })
    .unwrap();
    assert_eq!(
        Step::Alignment.missing(&s, started),
        [
            "Name the goal framework the company uses.",
            "“Expanding into Southeast Asia” needs: how DevRel work contributes."
        ]
    );
    s.apply(StrategyEdit::Set {
        field: Text::FrameworkName,
        value: "4DX".into(),
    })
    .unwrap();
    assert_eq!(Step::Alignment.missing(&s, started).len(), 1);
}

#[test]
fn each_list_item_needs_its_required_fields() {
    let (mut s, started) = finished();
    let objective = s.objectives.objectives[2].id.clone();
    s.apply(StrategyEdit::SetItem {
        list: ListAt::top(ListKind::Objectives),
        id: objective,
        field: ItemField::ForProblem,
        value: String::new(),
    })
    .unwrap();
    assert_eq!(
        Step::Objectives.missing(&s, started),
        ["“Publish a monthly tutorial for backend developers” needs: top problem it helps with."]
    );
    let campaign = s.programs.campaigns[0].id.clone();
    for field in [ItemField::Program, ItemField::Measurement] {
        s.apply(StrategyEdit::SetItem {
            list: ListAt::top(ListKind::Campaigns),
            id: campaign.clone(),
            field,
            value: String::new(),
        })
        .unwrap();
    }
    assert_eq!(
        Step::Programs.missing(&s, started),
        ["“First deploy challenge” needs: program, what is measured."]
    );
    let channel = s.communication.channels[0].id.clone();
    s.apply(StrategyEdit::SetItem {
        list: ListAt::top(ListKind::Channels),
        id: channel,
        field: ItemField::Audience,
        value: String::new(),
    })
    .unwrap();
    assert_eq!(
        Step::Communication.missing(&s, started),
        ["“Internal newsletter” needs: audience."]
    );
}

#[test]
fn buddies_cover_the_four_functions_by_any_name() {
    let mut s = Strategy::default();
    for (n, function) in [
        (1, "Enterprise sales"),
        (2, "marketing"),
        (3, "Product management"),
        (4, "Customer support"),
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
    assert_eq!(
        Step::Buddies.missing(&s, day(STARTED)),
        Vec::<String>::new()
    );
    set(&mut s, ListKind::Buddies, 4, ItemField::Function, "Finance");
    assert_eq!(
        Step::Buddies.missing(&s, day(STARTED)),
        ["Find a buddy in Support."]
    );
}

#[test]
fn activities_need_both_community_and_team() {
    let (mut s, started) = finished();
    for activity in s.customer_journey.activities.clone() {
        if activity.performer == Some(Performer::Team) {
            s.apply(StrategyEdit::Remove {
                list: ListAt::top(ListKind::Activities),
                id: activity.id,
            })
            .unwrap();
        }
    }
    assert_eq!(
        Step::CustomerJourney.missing(&s, started),
        ["Add an activity your team performs."]
    );
}

#[test]
fn the_goals_step_reports_failing_letters_milestones_and_agreement() {
    let (mut s, started) = finished();
    let goal = s.goals.goals[1].id.clone();
    let list = ListAt::top(ListKind::Goals);
    s.apply(StrategyEdit::SetItem {
        list: list.clone(),
        id: goal.clone(),
        field: ItemField::Deadline,
        value: String::new(),
    })
    .unwrap();
    for milestone in s.goals.goals[1].milestones.clone() {
        s.apply(StrategyEdit::Remove {
            list: ListAt::milestones_of(goal.clone()),
            id: milestone.id,
        })
        .unwrap();
    }
    s.apply(StrategyEdit::Set {
        field: Text::Agreement,
        value: "proposed".into(),
    })
    .unwrap();
    assert_eq!(
        Step::Goals.missing(&s, started),
        [
            "“start 2 meetup groups in Southeast Asia with 30 members each” is not Time-bound: set a deadline.",
            "“start 2 meetup groups in Southeast Asia with 30 members each” needs: a milestone.",
            "Get your manager's agreement (now: Proposed: my manager is looking at it).",
        ]
    );
}

#[test]
fn steps_have_addresses_and_an_order() {
    for (at, step) in Step::ALL.into_iter().enumerate() {
        assert_eq!(step.number(), at + 1);
        assert_eq!(Step::from_slug(step.slug()), Some(step));
        assert!(!step.parts().is_empty());
    }
    assert_eq!(Step::from_slug("nine"), None);
    assert_eq!(Step::Alignment.previous(), None);
    assert_eq!(Step::Alignment.next(), Some(Step::Community));
    assert_eq!(Step::Communication.next(), None);
    assert_eq!(Step::Communication.previous(), Some(Step::Goals));
}

// ---- the SMART check ----

/// A goal that passes every letter, linked to the objective it serves.
fn smart_goal() -> Strategy {
    let mut s = Strategy::default();
    add(
        &mut s,
        ListKind::TopProblems,
        1,
        &[(ItemField::Problem, "Awareness")],
    );
    add(
        &mut s,
        ListKind::Objectives,
        2,
        &[(ItemField::Objective, "Tutorials")],
    );
    add(
        &mut s,
        ListKind::Goals,
        3,
        &[
            (
                ItemField::GoalObjective,
                "publish 12 tutorials for backend developers",
            ),
            (ItemField::Deadline, "2027-03-31"),
            (ItemField::Who, "The DevRel team"),
            (ItemField::Steps, "writing one tutorial a month"),
            (ItemField::Result, "bring new developers through search"),
            (ItemField::RelevantTo, &id(2).to_string()),
            (ItemField::Owner, "Sam"),
        ],
    );
    s
}

fn failing(s: &Strategy) -> Vec<(Letter, String)> {
    smart::check(&s.goals.goals[0], s, day(STARTED))
        .into_iter()
        .filter_map(|check| check.missing.map(|what| (check.letter, what)))
        .collect()
}

fn edit_goal(s: &mut Strategy, field: ItemField, value: &str) {
    set(s, ListKind::Goals, 3, field, value);
}

#[test]
fn a_complete_goal_passes_every_letter() {
    let s = smart_goal();
    assert_eq!(failing(&s), []);
    assert!(smart::passes(&s.goals.goals[0], &s, day(STARTED)));
}

#[test]
fn specific_needs_four_words_and_someone_to_do_it() {
    let mut s = smart_goal();
    edit_goal(&mut s, ItemField::GoalObjective, "publish 12 tutorials");
    assert_eq!(
        failing(&s),
        [(
            Letter::Specific,
            "say what will change, in at least four words".to_owned()
        )]
    );
    edit_goal(
        &mut s,
        ItemField::GoalObjective,
        "publish 12 tutorials monthly",
    );
    edit_goal(&mut s, ItemField::Who, " ");
    assert_eq!(
        failing(&s),
        [(Letter::Specific, "name who will accomplish it".to_owned())]
    );
}

#[test]
fn measurable_needs_a_number_in_the_objective_or_the_result() {
    let mut s = smart_goal();
    edit_goal(
        &mut s,
        ItemField::GoalObjective,
        "publish many tutorials for backend developers",
    );
    assert_eq!(
        failing(&s),
        [(
            Letter::Measurable,
            "put a number in the objective: how many, how much or what share".to_owned()
        )]
    );
    edit_goal(
        &mut s,
        ItemField::Result,
        "bring 500 new developers through search",
    );
    assert_eq!(failing(&s), []);
}

#[test]
fn achievable_needs_steps_and_an_owner() {
    let mut s = smart_goal();
    edit_goal(&mut s, ItemField::Steps, "writing");
    assert_eq!(
        failing(&s),
        [(
            Letter::Achievable,
            "write the steps you will take to get there".to_owned()
        )]
    );
    edit_goal(&mut s, ItemField::Steps, "writing one tutorial a month");
    edit_goal(&mut s, ItemField::Owner, "");
    assert_eq!(
        failing(&s),
        [(
            Letter::Achievable,
            "name the owner who answers for it".to_owned()
        )]
    );
}

#[test]
fn relevant_needs_a_link_to_an_objective_or_a_problem_that_exists() {
    let mut s = smart_goal();
    edit_goal(&mut s, ItemField::RelevantTo, &id(1).to_string());
    assert_eq!(failing(&s), [], "a top problem will do");
    edit_goal(&mut s, ItemField::RelevantTo, "");
    let missing = [(
        Letter::Relevant,
        "link it to a program objective or a top problem".to_owned(),
    )];
    assert_eq!(failing(&s), missing);
    edit_goal(&mut s, ItemField::RelevantTo, &id(2).to_string());
    s.apply(StrategyEdit::Remove {
        list: ListAt::top(ListKind::Objectives),
        id: id(2),
    })
    .unwrap();
    assert_eq!(
        failing(&s),
        missing,
        "removing the objective unlinks the goal"
    );
}

#[test]
fn time_bound_needs_a_deadline_after_the_start() {
    let mut s = smart_goal();
    edit_goal(&mut s, ItemField::Deadline, "");
    assert_eq!(
        failing(&s),
        [(Letter::TimeBound, "set a deadline".to_owned())]
    );
    edit_goal(&mut s, ItemField::Deadline, STARTED);
    assert_eq!(
        failing(&s),
        [(
            Letter::TimeBound,
            "set a deadline after the playbook was started (23 November 2026)".to_owned()
        )]
    );
    edit_goal(&mut s, ItemField::Deadline, "2026-11-24");
    assert_eq!(failing(&s), []);
}

#[test]
fn a_goal_failing_two_letters_passes_after_two_edits() {
    let mut s = smart_goal();
    edit_goal(
        &mut s,
        ItemField::GoalObjective,
        "publish tutorials for backend developers",
    );
    edit_goal(&mut s, ItemField::Deadline, "");
    let letters: Vec<Letter> = failing(&s).into_iter().map(|(letter, _)| letter).collect();
    assert_eq!(letters, [Letter::Measurable, Letter::TimeBound]);
    edit_goal(
        &mut s,
        ItemField::GoalObjective,
        "publish 12 tutorials for backend developers",
    );
    edit_goal(&mut s, ItemField::Deadline, "2027-06-30");
    assert_eq!(failing(&s), []);
}

#[test]
fn the_sentence_shows_the_blanks_still_to_fill() {
    let mut s = Strategy::default();
    add(&mut s, ListKind::Goals, 1, &[]);
    assert_eq!(
        smart::sentence_text(&s.goals.goals[0]),
        "Our goal is to [quantifiable objective] by [deadline]. [key players or teams] will accomplish it by [the steps to take]. Accomplishing it will [result or benefit]."
    );
    let s = smart_goal();
    assert_eq!(
        smart::sentence_text(&s.goals.goals[0]),
        "Our goal is to publish 12 tutorials for backend developers by 31 March 2027. The DevRel team will accomplish it by writing one tutorial a month. Accomplishing it will bring new developers through search."
    );
    assert_eq!(smart::long_date(day("2028-02-29")), "29 February 2028");
}
