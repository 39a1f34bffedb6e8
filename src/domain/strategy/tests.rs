//! List edits, links and their clearing, labels and the stored form of the strategy. The
//! fixtures here (a strategy with each step filled in) serve the tests of `steps` and `smart`.

use chrono::{NaiveDate, TimeZone, Utc};

use super::steps::Step;
use super::*;
use crate::domain::document::{reads_every_field_written, Record};
use crate::domain::playbook::{NewPlaybook, Playbook, PlaybookEdit};

pub(super) use crate::domain::id::sequential::id;

/// The id of item `n` as a link field holds it.
pub(super) fn link(n: u8) -> String {
    id(n).to_string()
}

pub(super) fn day(text: &str) -> NaiveDate {
    iso8601::date::parse(text).unwrap()
}

/// The day the playbook of these tests was started.
pub(super) const STARTED: &str = "2026-11-23";

pub(super) fn started() -> NaiveDate {
    day(STARTED)
}

pub(super) fn add_to(strategy: &mut Strategy, list: ListAt, n: u8, values: &[(ItemField, &str)]) {
    strategy
        .apply(StrategyEdit::Add {
            list,
            id: id(n),
            values: values
                .iter()
                .map(|(field, value)| (*field, (*value).to_owned()))
                .collect(),
        })
        .unwrap();
}

pub(super) fn add(strategy: &mut Strategy, kind: ListKind, n: u8, values: &[(ItemField, &str)]) {
    add_to(strategy, ListAt::top(kind), n, values);
}

pub(super) fn set(strategy: &mut Strategy, kind: ListKind, n: u8, field: ItemField, value: &str) {
    strategy
        .apply(StrategyEdit::SetItem {
            list: ListAt::top(kind),
            id: id(n),
            field,
            value: value.to_owned(),
        })
        .unwrap();
}

pub(super) fn answer(strategy: &mut Strategy, field: Text, value: &str) {
    strategy
        .apply(StrategyEdit::Set {
            field,
            value: value.to_owned(),
        })
        .unwrap();
}

pub(super) fn remove(strategy: &mut Strategy, kind: ListKind, n: u8) {
    strategy
        .apply(StrategyEdit::Remove {
            list: ListAt::top(kind),
            id: id(n),
        })
        .unwrap();
}

fn move_item(strategy: &mut Strategy, list: &ListAt, n: u8, up: bool) {
    strategy
        .apply(StrategyEdit::Move {
            list: list.clone(),
            id: id(n),
            up,
        })
        .unwrap();
}

fn texts(strategy: &Strategy, list: &ListAt, field: ItemField) -> Vec<String> {
    strategy
        .items(list)
        .iter()
        .map(|item| item.get(field))
        .collect()
}

fn ids(strategy: &Strategy, list: &ListAt) -> Vec<ItemId> {
    strategy
        .items(list)
        .iter()
        .map(|item| item.id().clone())
        .collect()
}

// ---- fixtures: each step filled in ----

/// The top problem the later steps link to (item 12), added if step 1 has not added it.
fn ensure_problem(s: &mut Strategy) {
    if s.item(&ListAt::top(ListKind::TopProblems), &id(12))
        .is_none()
    {
        add(
            s,
            ListKind::TopProblems,
            12,
            &[(ItemField::Problem, "Too few developers know the API")],
        );
    }
}

/// Fills in everything `step` asks for, with ids from 10 × its number.
pub(super) fn fill(s: &mut Strategy, step: Step) {
    use ItemField as F;
    use ListKind as L;
    match step {
        Step::Alignment => {
            answer(s, Text::Framework, "okrs");
            add(
                s,
                L::CompanyGoals,
                11,
                &[(F::Goal, "Grow self-serve revenue by 30 %")],
            );
            ensure_problem(s);
            set(
                s,
                L::TopProblems,
                12,
                F::Contribution,
                "Tutorials and talks that show the API solving real problems",
            );
        }
        Step::Community => {
            answer(s, Text::CommunityType, "Developers and their managers");
            answer(s, Text::CommunitySize, "4,000 forum members, 600 active");
            answer(
                s,
                Text::CommitmentDistribution,
                "Most watch, a few hundred post, about 20 contribute",
            );
            add(
                s,
                L::Impressions,
                21,
                &[
                    (F::Channel, "Documentation"),
                    (F::Impression, "Thorough but hard to navigate"),
                ],
            );
        }
        Step::Objectives => {
            answer(s, Text::Wants, "More developers building on the API");
            answer(s, Text::Avoids, "A community that only complains");
            answer(
                s,
                Text::StakeholderValue,
                "Feedback for Product, leads for Sales",
            );
            answer(s, Text::UserValue, "Answers and peers");
            ensure_problem(s);
            add(
                s,
                L::Objectives,
                31,
                &[
                    (F::Objective, "Grow the number of active API users"),
                    (F::ForProblem, &link(12)),
                    (F::Spaces, "acquisition"),
                ],
            );
        }
        Step::Journey => {
            for field in [
                Text::WhereFrom,
                Text::MarketChannels,
                Text::Onboarding,
                Text::ProductValue,
                Text::ScaleDirection,
                Text::FeltGood,
                Text::FeltBad,
            ] {
                answer(s, field, "Written down after a walk through the product");
            }
            add(
                s,
                L::Personas,
                41,
                &[
                    (F::Name, "Backend Bea"),
                    (F::PersonaGoals, "Ship an integration this sprint"),
                    (F::PainPoints, "Outdated samples"),
                ],
            );
        }
        Step::Buddies => {
            for (n, function) in [
                (51, "Sales"),
                (52, "Marketing"),
                (53, "Product"),
                (54, "Support"),
            ] {
                add(
                    s,
                    L::Buddies,
                    n,
                    &[
                        (F::Function, function),
                        (F::Contact, "Alex"),
                        (F::Status, "met"),
                        (F::QuickWin, "Answer one question of theirs"),
                    ],
                );
            }
        }
        Step::Programs => {
            add(
                s,
                L::Programs,
                61,
                &[
                    (F::ProgramKind, "events"),
                    (F::Name, "Meetups"),
                    (F::Outcome, "Developers meet the team"),
                ],
            );
            add(s, L::CommitmentStages, 62, &[(F::Name, "Participating")]);
            add(
                s,
                L::Campaigns,
                63,
                &[
                    (F::Name, "First talk"),
                    (F::Program, &link(61)),
                    (F::CommitmentStage, &link(62)),
                    (F::TouchPoint, "The meetup page"),
                    (F::Measurement, "Talks proposed"),
                    (F::Incentive, "A speaker's hoodie"),
                ],
            );
        }
        Step::CustomerJourney => {
            add(s, L::JourneyStages, 71, &[(F::Name, "Evaluation")]);
            add(
                s,
                L::Activities,
                72,
                &[
                    (F::Name, "Answering questions in the forum"),
                    (F::Performer, "community"),
                    (F::JourneyStage, &link(71)),
                ],
            );
            add(
                s,
                L::Activities,
                73,
                &[
                    (F::Name, "Office hours"),
                    (F::Performer, "team"),
                    (F::JourneyStage, &link(71)),
                ],
            );
            add(
                s,
                L::Drqls,
                74,
                &[
                    (F::Team, "Sales"),
                    (F::Description, "A company asking about volume pricing"),
                ],
            );
            answer(s, Text::Reporting, "A dashboard on the wiki, monthly");
        }
        Step::Goals => {
            ensure_problem(s);
            add(
                s,
                L::Goals,
                81,
                &[
                    (
                        F::GoalObjective,
                        "publish 12 tutorials for backend developers",
                    ),
                    (F::Deadline, "2027-03-31"),
                    (F::Who, "The DevRel team"),
                    (F::Steps, "writing one tutorial a month"),
                    (F::Result, "bring new developers through search"),
                    (F::RelevantTo, &link(12)),
                    (F::Owner, "Sam"),
                ],
            );
            add_to(
                s,
                ListAt::milestones_of(id(81)),
                82,
                &[(F::Milestone, "6 tutorials out"), (F::Due, "2027-01-31")],
            );
            answer(s, Text::ReviewCadence, "Every two weeks");
            answer(s, Text::Agreement, "agreed");
            answer(s, Text::NextRefresh, "2027-01-15");
        }
        Step::Communication => {
            add(
                s,
                L::Channels,
                91,
                &[
                    (F::Channel, "Internal newsletter"),
                    (F::Cadence, "Monthly"),
                    (F::Audience, "The whole company"),
                ],
            );
        }
    }
}

/// A strategy with only `step` filled in (and the top problem it may link to).
pub(super) fn filled_step(step: Step) -> Strategy {
    let mut s = Strategy::default();
    fill(&mut s, step);
    s
}

/// A strategy with every step filled in.
pub(super) fn filled() -> Strategy {
    let mut s = Strategy::default();
    for step in Step::ALL {
        fill(&mut s, step);
    }
    s
}

// ---- list edits ----

#[test]
fn every_list_adds_edits_moves_and_removes_its_items() {
    for kind in ListKind::ALL {
        if kind == ListKind::Milestones {
            continue;
        }
        let mut s = Strategy::default();
        let list = ListAt::top(kind);
        let field = kind.naming_field();
        for (n, text) in [(1, "First"), (2, "Second"), (3, "Third")] {
            add(&mut s, kind, n, &[(field, text)]);
        }
        assert_eq!(
            texts(&s, &list, field),
            ["First", "Second", "Third"],
            "{kind:?}"
        );
        set(&mut s, kind, 2, field, "Second, edited");
        move_item(&mut s, &list, 3, true);
        assert_eq!(
            texts(&s, &list, field),
            ["First", "Third", "Second, edited"],
            "{kind:?}"
        );
        move_item(&mut s, &list, 1, false);
        assert_eq!(ids(&s, &list), [id(3), id(1), id(2)], "{kind:?}");
        // At the ends a move changes nothing, and is no error.
        move_item(&mut s, &list, 3, true);
        move_item(&mut s, &list, 2, false);
        assert_eq!(ids(&s, &list), [id(3), id(1), id(2)], "{kind:?}");
        remove(&mut s, kind, 1);
        assert_eq!(
            texts(&s, &list, field),
            ["Third", "Second, edited"],
            "{kind:?}"
        );
        assert_eq!(s.item(&list, &id(1)).map(|item| item.id().clone()), None);
        assert_eq!(s.item(&list, &id(2)).unwrap().get(field), "Second, edited");
    }
}

#[test]
fn an_edit_of_an_item_that_is_not_there_is_refused() {
    let mut s = filled();
    let before = s.clone();
    let list = ListAt::top(ListKind::Buddies);
    let missing = id(200);
    for edit in [
        StrategyEdit::SetItem {
            list: list.clone(),
            id: missing.clone(),
            field: ItemField::Contact,
            value: "Alex".into(),
        },
        StrategyEdit::Move {
            list: list.clone(),
            id: missing.clone(),
            up: true,
        },
        StrategyEdit::Remove {
            list,
            id: missing.clone(),
        },
        // An item is found only in its own list.
        StrategyEdit::Remove {
            list: ListAt::top(ListKind::Channels),
            id: id(51),
        },
    ] {
        assert_eq!(
            s.apply(edit.clone()),
            Err(EditError::ItemNotFound),
            "{edit:?}"
        );
    }
    assert_eq!(s, before);
}

#[test]
fn choices_and_dates_are_stored_by_id_and_cleared_by_an_empty_value() {
    let mut s = filled();
    assert_eq!(s.objectives.objectives[0].spaces, Some(Spaces::Acquisition));
    set(
        &mut s,
        ListKind::Objectives,
        31,
        ItemField::Spaces,
        "engagement",
    );
    assert_eq!(s.objectives.objectives[0].spaces, Some(Spaces::Engagement));
    set(
        &mut s,
        ListKind::Buddies,
        51,
        ItemField::Status,
        "collaborating",
    );
    assert_eq!(
        s.collaboration.buddies[0].status,
        Some(BuddyStatus::Collaborating)
    );
    assert_eq!(
        s.item(&ListAt::top(ListKind::Buddies), &id(51))
            .unwrap()
            .get(ItemField::Status),
        "collaborating"
    );
    assert_eq!(s.programs.programs[0].kind, Some(ProgramKind::Events));
    assert_eq!(
        s.customer_journey.activities[1].performer,
        Some(Performer::Team)
    );
    set(
        &mut s,
        ListKind::Goals,
        81,
        ItemField::Deadline,
        "2027-06-30",
    );
    assert_eq!(s.goals.goals[0].deadline, Some(day("2027-06-30")));
    assert_eq!(
        s.items(&ListAt::top(ListKind::Goals))[0].get(ItemField::Deadline),
        "2027-06-30"
    );
    set(&mut s, ListKind::Goals, 81, ItemField::Deadline, "");
    set(&mut s, ListKind::Objectives, 31, ItemField::Spaces, "");
    assert_eq!(s.goals.goals[0].deadline, None);
    assert_eq!(s.objectives.objectives[0].spaces, None);
    assert_eq!(s.text(Text::Framework), "okrs");
    assert_eq!(s.alignment.framework, Some(Framework::Okrs));
    answer(&mut s, Text::NextRefresh, "");
    assert_eq!(s.goals.next_refresh, None);
}

#[test]
fn a_sixth_top_problem_is_refused_until_one_goes() {
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
        values: vec![(ItemField::Problem, "One too many".into())],
    };
    let refused = s.apply(sixth.clone()).unwrap_err();
    assert_eq!(
        refused,
        EditError::ListFull {
            list: "Top problems",
            max: 5
        }
    );
    assert_eq!(
        refused.to_string(),
        "Top problems can hold at most 5: remove one first."
    );
    assert_eq!(s, before);
    remove(&mut s, ListKind::TopProblems, 3);
    s.apply(sixth).unwrap();
    assert_eq!(s.alignment.top_problems.len(), 5);
    assert_eq!(s.alignment.top_problems[4].problem, "One too many");
    // The other lists have no limit.
    for n in 10..20 {
        add(&mut s, ListKind::CompanyGoals, n, &[]);
    }
    assert_eq!(s.alignment.company_goals.len(), 10);
}

#[test]
fn an_id_already_in_the_plan_is_refused_in_any_list() {
    let mut s = filled();
    let before = s.clone();
    for (list, taken) in [
        (ListAt::top(ListKind::CompanyGoals), 11),
        (ListAt::top(ListKind::Channels), 11),
        (ListAt::top(ListKind::Channels), 82),
        (ListAt::milestones_of(id(81)), 81),
        (ListAt::milestones_of(id(81)), 82),
    ] {
        let edit = StrategyEdit::Add {
            list,
            id: id(taken),
            values: vec![],
        };
        assert_eq!(
            s.apply(edit.clone()),
            Err(EditError::DuplicateId),
            "{edit:?}"
        );
    }
    assert_eq!(s, before);
}

#[test]
fn answers_longer_than_their_field_allows_are_refused() {
    let mut s = filled();
    let before = s.clone();
    let too_long = |field: ItemField, chars: usize| StrategyEdit::SetItem {
        list: ListAt::top(ListKind::TopProblems),
        id: id(12),
        field,
        value: "é".repeat(chars),
    };
    assert_eq!(
        s.apply(too_long(ItemField::Problem, MAX_LINE_CHARS + 1)),
        Err(EditError::TooLong {
            field: "answer",
            max: MAX_LINE_CHARS
        })
    );
    assert_eq!(
        s.apply(too_long(
            ItemField::Contribution,
            MAX_ANSWER_NOTES_CHARS + 1
        )),
        Err(EditError::TooLong {
            field: "answer",
            max: MAX_ANSWER_NOTES_CHARS
        })
    );
    assert_eq!(
        s.apply(StrategyEdit::Set {
            field: Text::CommunitySize,
            value: "x".repeat(MAX_LINE_CHARS + 1)
        }),
        Err(EditError::TooLong {
            field: "answer",
            max: MAX_LINE_CHARS
        })
    );
    assert_eq!(
        s.apply(StrategyEdit::Set {
            field: Text::Wants,
            value: "x".repeat(MAX_ANSWER_NOTES_CHARS + 1)
        }),
        Err(EditError::TooLong {
            field: "answer",
            max: MAX_ANSWER_NOTES_CHARS
        })
    );
    let add_too_long = StrategyEdit::Add {
        list: ListAt::top(ListKind::Channels),
        id: id(200),
        values: vec![(ItemField::Channel, "x".repeat(MAX_LINE_CHARS + 1))],
    };
    assert!(matches!(
        s.apply(add_too_long),
        Err(EditError::TooLong { .. })
    ));
    assert_eq!(s, before, "nothing refused was kept");
    // Up to the limit, counted in characters not bytes, is fine; notes may be longer than a line.
    s.apply(too_long(ItemField::Problem, MAX_LINE_CHARS))
        .unwrap();
    s.apply(too_long(ItemField::Contribution, MAX_ANSWER_NOTES_CHARS))
        .unwrap();
    assert_eq!(
        s.alignment.top_problems[0].contribution.chars().count(),
        MAX_ANSWER_NOTES_CHARS
    );
}

#[test]
fn a_choice_that_is_not_an_option_and_a_day_that_is_not_a_date_are_refused() {
    let mut s = filled();
    let before = s.clone();
    let set_item = |kind: ListKind, n: u8, field: ItemField, value: &str| StrategyEdit::SetItem {
        list: ListAt::top(kind),
        id: id(n),
        field,
        value: value.to_owned(),
    };
    for (edit, error) in [
        (
            set_item(ListKind::Objectives, 31, ItemField::Spaces, "growth"),
            EditError::NotAnOption,
        ),
        (
            set_item(ListKind::Activities, 72, ItemField::Performer, "Team"),
            EditError::NotAnOption,
        ),
        (
            set_item(ListKind::Buddies, 51, ItemField::Status, "friends"),
            EditError::NotAnOption,
        ),
        (
            StrategyEdit::Set {
                field: Text::Framework,
                value: "okr".into(),
            },
            EditError::NotAnOption,
        ),
        (
            StrategyEdit::Set {
                field: Text::Agreement,
                value: "yes".into(),
            },
            EditError::NotAnOption,
        ),
        (
            set_item(ListKind::Goals, 81, ItemField::Deadline, "31/03/2027"),
            EditError::NotADate,
        ),
        (
            StrategyEdit::SetItem {
                list: ListAt::milestones_of(id(81)),
                id: id(82),
                field: ItemField::Due,
                value: "2027-02-30".into(),
            },
            EditError::NotADate,
        ),
        (
            StrategyEdit::Set {
                field: Text::NextRefresh,
                value: "next quarter".into(),
            },
            EditError::NotADate,
        ),
        (
            set_item(ListKind::TopProblems, 12, ItemField::Owner, "Sam"),
            EditError::UnknownField,
        ),
        (
            set_item(ListKind::Goals, 81, ItemField::Milestones, ""),
            EditError::UnknownField,
        ),
    ] {
        assert_eq!(s.apply(edit.clone()), Err(error), "{edit:?}");
    }
    assert_eq!(s, before);
}

#[test]
fn an_add_with_a_bad_value_adds_nothing() {
    let mut s = filled();
    let before = s.clone();
    for (kind, field, value, error) in [
        (
            ListKind::Objectives,
            ItemField::Spaces,
            "growth",
            EditError::NotAnOption,
        ),
        (
            ListKind::Goals,
            ItemField::Deadline,
            "soon",
            EditError::NotADate,
        ),
        (
            ListKind::Goals,
            ItemField::RelevantTo,
            "not-an-id",
            EditError::LinkNotFound,
        ),
        (
            ListKind::Channels,
            ItemField::Due,
            "2027-01-01",
            EditError::UnknownField,
        ),
    ] {
        let edit = StrategyEdit::Add {
            list: ListAt::top(kind),
            id: id(200),
            // The good value first: it must not stay behind either.
            values: vec![
                (kind.fields()[0].field, "Good words".into()),
                (field, value.into()),
            ],
        };
        assert_eq!(s.apply(edit.clone()), Err(error), "{edit:?}");
        assert_eq!(s, before, "{edit:?}");
    }
    // The id was not taken by the refused adds.
    add(&mut s, ListKind::Channels, 200, &[]);
    assert_eq!(s.communication.channels.len(), 2);
}

#[test]
fn milestones_belong_to_their_goal() {
    let mut s = Strategy::default();
    add(&mut s, ListKind::Goals, 1, &[]);
    add(&mut s, ListKind::Goals, 2, &[]);
    let of_first = ListAt::milestones_of(id(1));
    assert_eq!(of_first.kind, ListKind::Milestones);
    assert_eq!(of_first.within, Some(id(1)));
    add_to(
        &mut s,
        of_first.clone(),
        10,
        &[
            (ItemField::Milestone, "Half way"),
            (ItemField::Due, "2027-01-31"),
        ],
    );
    add_to(
        &mut s,
        of_first.clone(),
        11,
        &[(ItemField::Milestone, "Done")],
    );
    assert_eq!(s.goals.goals[0].milestones.len(), 2);
    assert_eq!(s.goals.goals[0].milestones[0].due, Some(day("2027-01-31")));
    assert!(s.goals.goals[1].milestones.is_empty());
    assert!(s.items(&ListAt::milestones_of(id(2))).is_empty());
    assert_eq!(
        texts(&s, &of_first, ItemField::Milestone),
        ["Half way", "Done"]
    );
    s.apply(StrategyEdit::SetItem {
        list: of_first.clone(),
        id: id(11),
        field: ItemField::Due,
        value: "2027-03-31".into(),
    })
    .unwrap();
    assert_eq!(s.goals.goals[0].milestones[1].due, Some(day("2027-03-31")));
    move_item(&mut s, &of_first, 11, true);
    assert_eq!(ids(&s, &of_first), [id(11), id(10)]);
    move_item(&mut s, &of_first, 11, true);
    assert_eq!(ids(&s, &of_first), [id(11), id(10)]);
    // A milestone is found only under its own goal.
    assert_eq!(
        s.apply(StrategyEdit::Remove {
            list: ListAt::milestones_of(id(2)),
            id: id(10),
        }),
        Err(EditError::ItemNotFound)
    );
    for list in [
        ListAt::milestones_of(id(9)),
        ListAt::top(ListKind::Milestones),
    ] {
        assert_eq!(
            s.apply(StrategyEdit::Add {
                list: list.clone(),
                id: id(12),
                values: vec![],
            }),
            Err(EditError::ItemNotFound),
            "{list:?}"
        );
    }
    s.apply(StrategyEdit::Remove {
        list: of_first.clone(),
        id: id(10),
    })
    .unwrap();
    assert_eq!(texts(&s, &of_first, ItemField::Milestone), ["Done"]);
    // Removing the goal takes its milestones, and frees their ids.
    remove(&mut s, ListKind::Goals, 1);
    assert!(s.items(&of_first).is_empty());
    add(&mut s, ListKind::Channels, 11, &[]);
    assert_eq!(s.communication.channels[0].id, id(11));
}

// ---- links ----

#[test]
fn objectives_link_to_problems_and_goals_to_objectives_or_problems() {
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
        &link(1),
    );
    assert_eq!(s.objectives.objectives[0].problem, Some(id(1)));
    add(
        &mut s,
        ListKind::Goals,
        3,
        &[(ItemField::RelevantTo, &link(2))],
    );
    add(
        &mut s,
        ListKind::Goals,
        4,
        &[(ItemField::RelevantTo, &link(1))],
    );
    assert_eq!(s.goals.goals[0].relevant_to, Some(id(2)));
    assert_eq!(s.goals.goals[1].relevant_to, Some(id(1)));
    assert_eq!(
        s.link_options(ItemField::RelevantTo),
        [
            (id(2), "Tutorials".to_owned()),
            (id(1), "Awareness".to_owned())
        ]
    );
    assert_eq!(
        s.link_options(ItemField::ForProblem),
        [(id(1), "Awareness".to_owned())]
    );
    let spec = ListKind::Goals.spec(ItemField::RelevantTo).unwrap();
    assert_eq!(s.shown(&s.goals.goals[0], spec), "Tutorials");
    assert_eq!(s.shown(&s.goals.goals[1], spec), "Awareness");
    set(&mut s, ListKind::Goals, 4, ItemField::RelevantTo, "");
    assert_eq!(s.goals.goals[1].relevant_to, None);
    assert_eq!(s.dangling_links(), []);
}

#[test]
fn a_link_to_an_item_that_is_not_there_is_refused() {
    let mut s = filled();
    let before = s.clone();
    let link_to = |kind: ListKind, n: u8, field: ItemField, value: String| StrategyEdit::SetItem {
        list: ListAt::top(kind),
        id: id(n),
        field,
        value,
    };
    for edit in [
        link_to(ListKind::Objectives, 31, ItemField::ForProblem, link(200)),
        // A link goes only to the lists its field names: an objective is not a top problem.
        link_to(ListKind::Objectives, 31, ItemField::ForProblem, link(31)),
        link_to(ListKind::Goals, 81, ItemField::RelevantTo, link(11)),
        link_to(ListKind::Goals, 81, ItemField::RelevantTo, link(200)),
        link_to(ListKind::Goals, 81, ItemField::RelevantTo, "12".into()),
        link_to(ListKind::Campaigns, 63, ItemField::Program, link(62)),
        link_to(
            ListKind::Campaigns,
            63,
            ItemField::CommitmentStage,
            link(71),
        ),
        link_to(ListKind::Activities, 72, ItemField::JourneyStage, link(62)),
        StrategyEdit::Add {
            list: ListAt::top(ListKind::Objectives),
            id: id(200),
            values: vec![(ItemField::ForProblem, link(201))],
        },
    ] {
        assert_eq!(
            s.apply(edit.clone()),
            Err(EditError::LinkNotFound),
            "{edit:?}"
        );
    }
    assert_eq!(s, before);
}

#[test]
fn links_to_names_everything_that_points_at_an_item() {
    let mut s = filled();
    add(
        &mut s,
        ListKind::Goals,
        85,
        &[
            (ItemField::GoalObjective, "  Run 3 workshops "),
            (ItemField::RelevantTo, &link(31)),
        ],
    );
    add(
        &mut s,
        ListKind::Goals,
        86,
        &[(ItemField::RelevantTo, &link(12))],
    );
    let pointing = |s: &Strategy, n: u8| {
        s.links_to(&id(n))
            .into_iter()
            .map(|from| (from.list, from.id, from.label))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        pointing(&s, 12),
        [
            (
                ListKind::Objectives,
                id(31),
                "Grow the number of active API users".to_owned()
            ),
            (
                ListKind::Goals,
                id(81),
                "publish 12 tutorials for backend developers".to_owned()
            ),
            (ListKind::Goals, id(86), "Goal 3 (untitled)".to_owned()),
        ]
    );
    assert_eq!(
        pointing(&s, 31),
        [(ListKind::Goals, id(85), "Run 3 workshops".to_owned())]
    );
    assert_eq!(
        pointing(&s, 61),
        [(ListKind::Campaigns, id(63), "First talk".to_owned())]
    );
    assert_eq!(
        pointing(&s, 62),
        [(ListKind::Campaigns, id(63), "First talk".to_owned())]
    );
    assert_eq!(
        pointing(&s, 71),
        [
            (
                ListKind::Activities,
                id(72),
                "Answering questions in the forum".to_owned()
            ),
            (ListKind::Activities, id(73), "Office hours".to_owned()),
        ]
    );
    // Nothing links to a goal, a buddy or a channel.
    for n in [81, 51, 91] {
        assert_eq!(pointing(&s, n), [], "item {n}");
    }
}

#[test]
fn removing_a_linked_item_clears_every_link_to_it() {
    let mut s = filled();
    add(
        &mut s,
        ListKind::Goals,
        85,
        &[(ItemField::RelevantTo, &link(31))],
    );
    add(
        &mut s,
        ListKind::Objectives,
        32,
        &[
            (ItemField::Objective, "Fewer support tickets"),
            (ItemField::ForProblem, &link(12)),
        ],
    );
    assert_eq!(s.links_to(&id(12)).len(), 3);
    remove(&mut s, ListKind::TopProblems, 12);
    assert_eq!(s.objectives.objectives[0].problem, None);
    assert_eq!(s.objectives.objectives[1].problem, None);
    assert_eq!(s.goals.goals[0].relevant_to, None);
    assert_eq!(
        s.goals.goals[1].relevant_to,
        Some(id(31)),
        "other links stay"
    );
    assert!(s.links_to(&id(12)).is_empty());
    assert_eq!(s.dangling_links(), []);
    // The items that pointed at it stay, with everything else they hold.
    assert_eq!(s.objectives.objectives.len(), 2);
    assert_eq!(s.goals.goals[0].owner, "Sam");
    remove(&mut s, ListKind::Objectives, 31);
    assert_eq!(s.goals.goals[1].relevant_to, None);
    assert_eq!(s.dangling_links(), []);
    assert!(!serde_json::to_string(&s).unwrap().contains(&link(12)));
    assert!(!serde_json::to_string(&s).unwrap().contains(&link(31)));
}

#[test]
fn removing_a_program_or_a_stage_clears_campaigns_and_activities() {
    let mut s = filled();
    add(
        &mut s,
        ListKind::Campaigns,
        64,
        &[
            (ItemField::Name, "Second talk"),
            (ItemField::Program, &link(61)),
        ],
    );
    remove(&mut s, ListKind::Programs, 61);
    assert!(s.programs.campaigns.iter().all(|c| c.program.is_none()));
    assert_eq!(
        s.programs.campaigns[0].stage,
        Some(id(62)),
        "only the program's link goes"
    );
    remove(&mut s, ListKind::CommitmentStages, 62);
    assert_eq!(s.programs.campaigns[0].stage, None);
    remove(&mut s, ListKind::JourneyStages, 71);
    assert!(s
        .customer_journey
        .activities
        .iter()
        .all(|a| a.stage.is_none()));
    assert_eq!(s.programs.campaigns.len(), 2);
    assert_eq!(s.customer_journey.activities.len(), 2);
    assert_eq!(s.dangling_links(), []);
}

// ---- how items are named ----

#[test]
fn items_are_named_by_their_words_or_their_place() {
    let mut s = Strategy::default();
    add(
        &mut s,
        ListKind::TopProblems,
        1,
        &[(ItemField::Problem, "  Awareness \n")],
    );
    add(
        &mut s,
        ListKind::TopProblems,
        2,
        &[(ItemField::Problem, "  ")],
    );
    assert_eq!(s.label(ListKind::TopProblems, &id(1)), "Awareness");
    assert_eq!(
        s.label(ListKind::TopProblems, &id(2)),
        "Top problem 2 (untitled)"
    );
    move_item(&mut s, &ListAt::top(ListKind::TopProblems), 2, true);
    assert_eq!(
        s.label(ListKind::TopProblems, &id(2)),
        "Top problem 1 (untitled)"
    );
    // A program is named by its name, not its type.
    add(
        &mut s,
        ListKind::Programs,
        3,
        &[(ItemField::ProgramKind, "events")],
    );
    assert_eq!(s.label(ListKind::Programs, &id(3)), "Program 1 (untitled)");
    set(&mut s, ListKind::Programs, 3, ItemField::Name, "Meetups");
    assert_eq!(s.label(ListKind::Programs, &id(3)), "Meetups");
    add(&mut s, ListKind::Drqls, 4, &[]);
    assert_eq!(s.label(ListKind::Drqls, &id(4)), "Lead type 1 (untitled)");
    // A goal's milestones are named the same way, wherever they are named.
    add(&mut s, ListKind::Goals, 5, &[]);
    let milestones = ListAt::milestones_of(id(5));
    add_to(
        &mut s,
        milestones.clone(),
        6,
        &[(ItemField::Milestone, " Beta ")],
    );
    add_to(&mut s, milestones.clone(), 7, &[]);
    assert_eq!(s.item_label(&milestones, &id(6)), "Beta");
    assert_eq!(s.item_label(&milestones, &id(7)), "Milestone 2 (untitled)");
    let goal = s.goal(&id(5)).unwrap();
    assert_eq!(
        Strategy::milestone_label(1, &goal.milestones[1]),
        s.item_label(&milestones, &id(7))
    );
}

#[test]
fn readers_see_labels_and_dates_not_ids() {
    let s = filled();
    let objective = &s.objectives.objectives[0];
    let problem = ListKind::Objectives.spec(ItemField::ForProblem).unwrap();
    assert_eq!(
        s.shown(objective, problem),
        "Too few developers know the API"
    );
    let spaces = ListKind::Objectives.spec(ItemField::Spaces).unwrap();
    assert_eq!(s.shown(objective, spaces), "Acquisition");
    assert_eq!(s.shown_text(Text::Agreement), "Agreed with my manager");
    assert_eq!(s.shown_text(Text::NextRefresh), "15 January 2027");
    let milestone = &s.goals.goals[0].milestones[0];
    let due = ListKind::Milestones.spec(ItemField::Due).unwrap();
    assert_eq!(s.shown(milestone, due), "31 January 2027");
}

// ---- the stored form ----

#[test]
fn a_strategy_with_every_section_filled_round_trips() {
    let s = filled();
    assert_ne!(s.alignment, Alignment::default());
    assert_ne!(s.community, CommunityBasics::default());
    assert_ne!(s.objectives, ProgramObjectives::default());
    assert_ne!(s.journey, JourneyAndPersonas::default());
    assert_ne!(s.collaboration, Collaboration::default());
    assert_ne!(s.programs, Programs::default());
    assert_ne!(s.customer_journey, CustomerJourney::default());
    assert_ne!(s.goals, SmartGoals::default());
    assert_ne!(s.communication, Communication::default());
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(serde_json::from_str::<Strategy>(&text).unwrap(), s);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    // Links are ids, choices their ids, dates `YYYY-MM-DD`.
    assert_eq!(json["objectives"]["objectives"][0]["problem"], link(12));
    assert_eq!(json["objectives"]["objectives"][0]["spaces"], "acquisition");
    assert_eq!(json["alignment"]["framework"], "okrs");
    assert_eq!(json["goals"]["goals"][0]["deadline"], "2027-03-31");
    assert_eq!(json["goals"]["goals"][0]["relevant_to"], link(12));
    assert_eq!(
        json["goals"]["goals"][0]["milestones"][0]["due"],
        "2027-01-31"
    );
    assert_eq!(json["goals"]["agreement"], "agreed");
    assert_eq!(json["goals"]["next_refresh"], "2027-01-15");
}

#[test]
fn a_playbook_without_a_strategy_reads_and_an_empty_one_is_not_written() {
    let old = r#"{"schema_version": 1, "id": "3f2a9c0e5b7d41e8a6c2d9f0b1e4a7c3", "title": "T", "created_at": "2026-11-23T08:30:00Z", "updated_at": "2026-11-23T08:30:00Z"}"#;
    let playbook: Playbook = serde_json::from_str(old).unwrap();
    assert!(playbook.strategy.is_empty());
    assert_eq!(*playbook.strategy, Strategy::default());
    let restored = crate::domain::file::restore(old).unwrap();
    assert!(restored.strategy.is_empty());
    assert!(!serde_json::to_string(&playbook)
        .unwrap()
        .contains("strategy"));
    // Filled, it is written, and read back the same.
    let mut playbook = playbook;
    *playbook.strategy = filled();
    let text = serde_json::to_string(&playbook).unwrap();
    assert!(text.contains("\"strategy\""));
    assert_eq!(serde_json::from_str::<Playbook>(&text).unwrap(), playbook);
    // A section on its own reads, the rest taking defaults; a bad choice is refused.
    let partial = old.replace(
        r#""title": "T","#,
        r#""title": "T", "strategy": {"goals": {"agreement": "proposed"}},"#,
    );
    let playbook: Playbook = serde_json::from_str(&partial).unwrap();
    assert_eq!(playbook.strategy.goals.agreement, Some(Agreement::Proposed));
    assert!(playbook.strategy.goals.goals.is_empty());
    assert!(serde_json::from_str::<Playbook>(&partial.replace("proposed", "maybe")).is_err());
}

#[test]
fn a_strategy_emptied_again_is_not_written() {
    let mut s = Strategy::default();
    add(&mut s, ListKind::Channels, 1, &[]);
    assert!(!s.is_empty());
    remove(&mut s, ListKind::Channels, 1);
    assert!(s.is_empty());
}

#[test]
fn strategy_edits_through_the_playbook_count_only_when_they_apply() {
    let created = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let later = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let details = NewPlaybook {
        title: "Acme".into(),
        ..NewPlaybook::default()
    };
    let mut playbook = Playbook::new(id(1), details, created).unwrap();
    playbook
        .apply(
            PlaybookEdit::Strategy(StrategyEdit::Set {
                field: Text::Framework,
                value: "v2mom".into(),
            }),
            later,
        )
        .unwrap();
    assert_eq!(
        playbook.strategy.alignment.framework,
        Some(Framework::V2mom)
    );
    assert_eq!(playbook.updated_at, later);
    assert_eq!(playbook.edits_since_export, 1);
    let before = playbook.clone();
    let refused = PlaybookEdit::Strategy(StrategyEdit::Add {
        list: ListAt::top(ListKind::Objectives),
        id: id(2),
        values: vec![(ItemField::Spaces, "growth".into())],
    });
    assert_eq!(
        playbook.apply(refused, later + chrono::Duration::hours(1)),
        Err(EditError::NotAnOption)
    );
    assert_eq!(playbook, before);
}

/// `record!` names a struct's fields for reading, the struct itself for writing: a field
/// missing from its `record!` line would be written to files but never read back.
#[test]
fn every_field_written_is_one_read() {
    fn same<T: Record + Serialize>(record: &T) {
        reads_every_field_written(record, &serde_json::to_value(record).unwrap());
    }
    same(&Strategy::default());
    same(&Alignment::default());
    same(&CommunityBasics::default());
    same(&ProgramObjectives::default());
    same(&JourneyAndPersonas::default());
    same(&Collaboration::default());
    same(&Programs::default());
    same(&CustomerJourney::default());
    same(&SmartGoals::default());
    same(&Communication::default());
    same(&CompanyGoal::new(id(1)));
    same(&TopProblem::new(id(1)));
    same(&Impression::new(id(1)));
    same(&Objective::new(id(1)));
    same(&Persona::new(id(1)));
    same(&Buddy::new(id(1)));
    same(&Program::new(id(1)));
    same(&Stage::new(id(1)));
    same(&Campaign::new(id(1)));
    same(&Activity::new(id(1)));
    same(&Drql::new(id(1)));
    same(&SmartGoal::new(id(1)));
    same(&Milestone::new(id(1)));
    same(&Channel::new(id(1)));
}
