use chrono::{TimeZone, Utc};

use super::reviews::ReviewEdit;
use super::*;
use crate::domain::buyin::questions::{Rating, QUESTIONS};
use crate::domain::buyin::{AssessmentEdit, Interviewee};
use crate::domain::id::sequential::id;
use crate::domain::playbook::{NewPlaybook, Playbook, PlaybookEdit};
use crate::domain::strategy::{ItemField, ListAt, ListKind, StrategyEdit, Text};

fn day(text: &str) -> NaiveDate {
    iso8601::date::parse(text).unwrap()
}

/// A playbook started on 23 November 2026.
fn playbook() -> Playbook {
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    Playbook::new(
        id(1),
        NewPlaybook {
            title: "Acme".into(),
            company: "Acme".into(),
            author: "Sam".into(),
        },
        at,
    )
    .unwrap()
}

fn edit(playbook: &mut Playbook, edit: OnboardingEdit) {
    let at = playbook.updated_at;
    playbook.apply(PlaybookEdit::Onboarding(edit), at).unwrap();
}

fn strategy(playbook: &mut Playbook, edit: StrategyEdit) {
    let at = playbook.updated_at;
    playbook.apply(PlaybookEdit::Strategy(edit), at).unwrap();
}

fn task<'a>(tasks: &'a [Task], key: &str) -> &'a Task {
    tasks
        .iter()
        .find(|task| task.key == key)
        .unwrap_or_else(|| panic!("no task {key}"))
}

fn interviewed(playbook: &mut Playbook, n: u8, name: &str, rating: Rating) -> AssessmentId {
    interviewed_on(playbook, n, name, rating, "2026-11-30")
}

fn interviewed_on(
    playbook: &mut Playbook,
    n: u8,
    name: &str,
    rating: Rating,
    held_on: &str,
) -> AssessmentId {
    let at = playbook.updated_at;
    let assessment = Assessment::new(
        id(n),
        Interviewee {
            executive: name.into(),
            role: String::new(),
            interviewer: String::new(),
            interview_date: held_on.into(),
        },
        at,
    )
    .unwrap();
    playbook
        .apply(PlaybookEdit::AddAssessment(assessment), at)
        .unwrap();
    for question in QUESTIONS {
        playbook
            .apply(
                PlaybookEdit::Assessment {
                    id: id(n),
                    edit: AssessmentEdit::Rate {
                        question: question.id.to_owned(),
                        rating: Some(rating),
                    },
                },
                at,
            )
            .unwrap();
    }
    id(n)
}

#[test]
fn a_new_playbook_proposes_a_plan_from_the_day_it_was_started() {
    let playbook = playbook();
    let tasks = playbook.plan();
    let start = day("2026-11-23");
    assert!(tasks.len() >= 20, "{}", tasks.len());
    assert_eq!(task(&tasks, "align/read-goals").due, day("2026-11-25"));
    assert_eq!(task(&tasks, "align/read-goals").phase, Phase::Listen);
    assert_eq!(task(&tasks, "align/agree-plan").phase, Phase::Commit);
    // No executive yet: one task asks for a first interview.
    assert_eq!(
        task(&tasks, "buyin/first-interview").at,
        Some(Where::NewInterview)
    );
    for task in &tasks {
        assert!(task.credit.is_some(), "{}", task.key);
        assert!(
            day_of_plan(start, task.due).is_some(),
            "{} on {}",
            task.key,
            task.due
        );
        assert!(task.state.is_open(), "{}", task.key);
        assert!(!task.title.trim().is_empty() && !task.detail.trim().is_empty());
    }
    // In date order.
    assert!(tasks.windows(2).all(|pair| pair[0].due <= pair[1].due));
}

#[test]
fn the_plan_moves_with_its_start_day() {
    let mut playbook = playbook();
    edit(&mut playbook, OnboardingEdit::Start("2027-01-04".into()));
    let tasks = playbook.plan();
    assert_eq!(task(&tasks, "align/read-goals").due, day("2027-01-06"));
    assert_eq!(
        playbook.apply(
            PlaybookEdit::Onboarding(OnboardingEdit::Start("soon".into())),
            playbook.updated_at
        ),
        Err(EditError::NotADate)
    );
    edit(&mut playbook, OnboardingEdit::Start(String::new()));
    assert_eq!(playbook.onboarding.start, None);
}

#[test]
fn executives_buddies_and_milestones_bring_their_own_tasks() {
    let mut playbook = playbook();
    let ada = interviewed(&mut playbook, 10, "Ada Strong", Rating::Strong);
    strategy(
        &mut playbook,
        StrategyEdit::Add {
            list: ListAt::top(ListKind::Buddies),
            id: id(20),
            values: vec![
                (ItemField::Function, "Sales".into()),
                (ItemField::Contact, "Kim".into()),
                (
                    ItemField::QuickWin,
                    "Demo for the sales kick-off. Then more.".into(),
                ),
            ],
        },
    );
    strategy(
        &mut playbook,
        StrategyEdit::Add {
            list: ListAt::top(ListKind::Goals),
            id: id(30),
            values: vec![(ItemField::GoalObjective, "Grow the forum".into())],
        },
    );
    for (n, due) in [(31, "2027-01-15"), (32, "2027-06-30")] {
        strategy(
            &mut playbook,
            StrategyEdit::Add {
                list: ListAt::milestones_of(id(30)),
                id: id(n),
                values: vec![
                    (ItemField::Milestone, format!("Milestone {n}")),
                    (ItemField::Due, due.into()),
                ],
            },
        );
    }
    let tasks = playbook.plan();
    assert!(tasks.iter().all(|task| task.key != "buyin/first-interview"));
    let interview = task(&tasks, &format!("buyin/interview/{ada}"));
    assert_eq!(interview.title, "Interview Ada Strong");
    assert!(matches!(interview.state, State::Proven(_)));
    // "They get it" has four next steps, dated a week apart after the interview.
    let next: Vec<&Task> = tasks
        .iter()
        .filter(|task| task.key.starts_with("buyin/next/"))
        .collect();
    assert_eq!(next.len(), 4);
    assert_eq!(next[0].due, day("2026-12-07"));
    assert!(
        next[0].title.starts_with("Ada Strong: Keep the buy-in"),
        "{}",
        next[0].title
    );
    let chat = task(&tasks, &format!("collab/chat/{}", id(20)));
    assert_eq!(chat.title, "A 15–30 minute chat with Kim (Sales)");
    assert_eq!(
        task(&tasks, &format!("collab/quick-win/{}", id(20))).title,
        "A quick win with Kim (Sales): Demo for the sales kick-off"
    );
    // Only the milestone within the 90 days is in the plan.
    assert_eq!(
        task(&tasks, &format!("goals/milestone/{}", id(31))).due,
        day("2027-01-15")
    );
    assert!(tasks
        .iter()
        .all(|task| task.key != format!("goals/milestone/{}", id(32))));
}

#[test]
fn a_milestone_task_names_its_goal_and_a_review_that_marks_it_reached_proves_it() {
    let mut playbook = playbook();
    for (goal, objective) in [(30, "Grow the forum"), (40, "")] {
        strategy(
            &mut playbook,
            StrategyEdit::Add {
                list: ListAt::top(ListKind::Goals),
                id: id(goal),
                values: vec![(ItemField::GoalObjective, objective.into())],
            },
        );
        strategy(
            &mut playbook,
            StrategyEdit::Add {
                list: ListAt::milestones_of(id(goal)),
                id: id(goal + 1),
                values: vec![
                    (ItemField::Milestone, "Half way".into()),
                    (ItemField::Due, "2027-01-15".into()),
                ],
            },
        );
    }
    let milestone =
        |tasks: &[Task], n: u8| task(tasks, &format!("goals/milestone/{}", id(n))).clone();
    let tasks = playbook.plan();
    assert_eq!(
        milestone(&tasks, 31).title,
        "Reach “Half way” of “Grow the forum”"
    );
    assert_eq!(
        milestone(&tasks, 41).title,
        "Reach “Half way” of “Goal 2 (untitled)”"
    );
    assert_eq!(milestone(&tasks, 31).state, State::Open);
    edit(
        &mut playbook,
        OnboardingEdit::Review(ReviewEdit::Add {
            id: id(50),
            on: "2026-12-14".to_owned(),
        }),
    );
    edit(
        &mut playbook,
        OnboardingEdit::Review(ReviewEdit::Reached {
            review: id(50),
            goal: id(30),
            milestone: id(31),
            reached: true,
        }),
    );
    let tasks = playbook.plan();
    assert_eq!(
        milestone(&tasks, 31).state,
        State::Proven("A review marks it reached.".to_owned())
    );
    assert_eq!(milestone(&tasks, 41).state, State::Open);
}

#[test]
fn the_playbook_proves_tasks_done_and_says_why() {
    let mut playbook = playbook();
    strategy(
        &mut playbook,
        StrategyEdit::Add {
            list: ListAt::top(ListKind::Buddies),
            id: id(20),
            values: vec![(ItemField::Function, "Product".into())],
        },
    );
    let chat = format!("collab/chat/{}", id(20));
    let win = format!("collab/quick-win/{}", id(20));
    assert!(task(&playbook.plan(), &chat).state.is_open());
    strategy(
        &mut playbook,
        StrategyEdit::SetItem {
            list: ListAt::top(ListKind::Buddies),
            id: id(20),
            field: ItemField::Status,
            value: "met".into(),
        },
    );
    let tasks = playbook.plan();
    assert_eq!(
        task(&tasks, &chat).state,
        State::Proven("Marked “Met” in step 5.".into())
    );
    assert!(task(&tasks, &win).state.is_open());
    strategy(
        &mut playbook,
        StrategyEdit::Set {
            field: Text::Agreement,
            value: "agreed".into(),
        },
    );
    assert!(matches!(
        task(&playbook.plan(), "align/agree-plan").state,
        State::Proven(_)
    ));
}

#[test]
fn the_users_word_outweighs_the_proof_and_a_tick_is_never_undone_by_a_rule() {
    let mut playbook = playbook();
    let key = "align/agree-plan".to_owned();
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: key.clone(),
            mark: Some(Mark::Done(day("2026-12-01"))),
        },
    );
    assert_eq!(
        task(&playbook.plan(), &key).state,
        State::Ticked(day("2026-12-01"))
    );
    // The agreement marked and then withdrawn: the tick stays.
    for value in ["agreed", "draft"] {
        strategy(
            &mut playbook,
            StrategyEdit::Set {
                field: Text::Agreement,
                value: value.into(),
            },
        );
        assert_eq!(
            task(&playbook.plan(), &key).state,
            State::Ticked(day("2026-12-01"))
        );
    }
    // Reopened by the user although the playbook proves it: open.
    strategy(
        &mut playbook,
        StrategyEdit::Set {
            field: Text::Agreement,
            value: "agreed".into(),
        },
    );
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: key.clone(),
            mark: Some(Mark::Open),
        },
    );
    assert_eq!(task(&playbook.plan(), &key).state, State::Open);
    // Back to the rules: proven again.
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: key.clone(),
            mark: None,
        },
    );
    assert!(matches!(
        task(&playbook.plan(), &key).state,
        State::Proven(_)
    ));
    assert!(
        playbook.onboarding.tasks.is_empty(),
        "a note that says nothing goes"
    );
}

#[test]
fn a_task_is_skipped_rescheduled_reworded_removed_and_put_back() {
    let mut playbook = playbook();
    let key = "align/outside-view".to_owned();
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: key.clone(),
            mark: Some(Mark::Skipped("No one outside yet.".into())),
        },
    );
    edit(
        &mut playbook,
        OnboardingEdit::Reschedule {
            task: key.clone(),
            due: "2027-02-01".into(),
        },
    );
    edit(
        &mut playbook,
        OnboardingEdit::Reword {
            task: key.clone(),
            title: "Ask Dana for her view".into(),
        },
    );
    let tasks = playbook.plan();
    let changed = task(&tasks, &key);
    assert_eq!(changed.state, State::Skipped("No one outside yet.".into()));
    assert_eq!(changed.due, day("2027-02-01"));
    assert_eq!(changed.title, "Ask Dana for her view");
    assert!(changed.changed);
    assert_eq!(changed.phase, Phase::Commit);
    let before = playbook.onboarding.note(&key).cloned();
    edit(&mut playbook, OnboardingEdit::Remove { task: key.clone() });
    assert!(playbook.plan().iter().all(|task| task.key != key));
    edit(
        &mut playbook,
        OnboardingEdit::Restore {
            task: key.clone(),
            note: before,
        },
    );
    assert_eq!(task(&playbook.plan(), &key).title, "Ask Dana for her view");
    // An empty title brings the proposed words back.
    edit(
        &mut playbook,
        OnboardingEdit::Reword {
            task: key.clone(),
            title: " ".into(),
        },
    );
    assert_eq!(
        task(&playbook.plan(), &key).title,
        "Run the plan past someone outside your team"
    );
}

#[test]
fn a_task_of_ones_own_is_added_ticked_and_deleted() {
    let mut playbook = playbook();
    edit(
        &mut playbook,
        OnboardingEdit::Add {
            id: id(40),
            title: " Meet the docs team ".into(),
            due: "2026-12-02".into(),
        },
    );
    let key = format!("own/{}", id(40));
    let tasks = playbook.plan();
    let own = task(&tasks, &key);
    assert_eq!(own.title, "Meet the docs team");
    assert!(own.own && own.credit.is_none());
    for refused in [
        OnboardingEdit::Add {
            id: id(41),
            title: String::new(),
            due: "2026-12-02".into(),
        },
        OnboardingEdit::Add {
            id: id(41),
            title: "x".into(),
            due: String::new(),
        },
        OnboardingEdit::Add {
            id: id(40),
            title: "again".into(),
            due: "2026-12-02".into(),
        },
        OnboardingEdit::Add {
            id: id(41),
            title: "x".repeat(MAX_LINE_CHARS + 1),
            due: "2026-12-02".into(),
        },
        OnboardingEdit::Reword {
            task: key.clone(),
            title: String::new(),
        },
        OnboardingEdit::Reschedule {
            task: key.clone(),
            due: String::new(),
        },
        OnboardingEdit::Mark {
            task: "own/nothing".into(),
            mark: None,
        },
        OnboardingEdit::Mark {
            task: "Not A Key".into(),
            mark: None,
        },
    ] {
        let before = playbook.clone();
        assert!(
            playbook
                .apply(
                    PlaybookEdit::Onboarding(refused.clone()),
                    playbook.updated_at
                )
                .is_err(),
            "{refused:?}"
        );
        assert_eq!(playbook, before, "{refused:?}");
    }
    edit(&mut playbook, OnboardingEdit::Remove { task: key.clone() });
    assert!(playbook.onboarding.tasks.is_empty());
}

#[test]
fn this_week_holds_the_overdue_the_due_and_what_comes_next() {
    let mut playbook = playbook();
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: "align/read-goals".into(),
            mark: Some(Mark::Done(day("2026-11-24"))),
        },
    );
    let tasks = playbook.plan();
    // Day 8 of the plan.
    let week = this_week(&tasks, day("2026-11-30"));
    let keys = |tasks: &[Task]| {
        tasks
            .iter()
            .map(|task| task.key.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&week.overdue),
        ["journey/ask-around", "collab/find-partners"]
    );
    assert_eq!(
        keys(&week.due),
        [
            "journey/walk",
            "buyin/first-interview",
            "align/top-problems"
        ]
    );
    assert_eq!(week.next.len(), 3);
    assert!(week.next.iter().all(|task| task.due > day("2026-12-06")));
    let (done, open) = counts(&tasks);
    assert_eq!(done, 1);
    assert_eq!(open, tasks.len() - 1);
}

#[test]
fn a_stored_plan_is_held_to_the_rules_of_its_edits() {
    let good = Onboarding {
        start: None,
        tasks: vec![TaskNote {
            task: "align/read-goals".into(),
            title: None,
            due: None,
            mark: Some(Mark::Open),
            removed: false,
        }],
        reviews: Vec::new(),
    };
    assert_eq!(good.clone().settle(), Ok(()));
    let mut twice = good.clone();
    twice.tasks.push(twice.tasks[0].clone());
    assert!(twice.settle().unwrap_err().contains("two things"));
    let mut long = good.clone();
    long.tasks[0].mark = Some(Mark::Skipped("x".repeat(MAX_LINE_CHARS + 1)));
    assert!(long.settle().unwrap_err().contains("at most 300"));
    let mut bad_key = good.clone();
    bad_key.tasks[0].task = "../x".into();
    assert!(bad_key.settle().is_err());
    let mut own_without_day = good;
    own_without_day.tasks[0].task = format!("own/{}", id(1));
    own_without_day.tasks[0].title = Some("Mine".into());
    assert!(own_without_day.settle().unwrap_err().contains("lacks"));
}

#[test]
fn the_stored_shape_is_small_and_reads_back() {
    let mut playbook = playbook();
    assert!(!serde_json::to_string(&playbook)
        .unwrap()
        .contains("onboarding"));
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: "align/read-goals".into(),
            mark: Some(Mark::Done(day("2026-11-25"))),
        },
    );
    edit(
        &mut playbook,
        OnboardingEdit::Mark {
            task: "journey/ask-around".into(),
            mark: Some(Mark::Skipped("Done before I joined.".into())),
        },
    );
    let json = serde_json::to_value(&playbook.onboarding).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "tasks": [
            { "task": "align/read-goals", "mark": { "done": "2026-11-25" } },
            { "task": "journey/ask-around", "mark": { "skipped": "Done before I joined." } },
        ]})
    );
    let back: Onboarding = serde_json::from_value(json).unwrap();
    assert_eq!(back, playbook.onboarding);
}

#[test]
fn days_of_the_plan_count_from_one() {
    let start = day("2026-11-23");
    assert_eq!(plan_day(start, 1), start);
    assert_eq!(plan_day(start, 90), day("2027-02-20"));
    assert_eq!(day_of_plan(start, day("2027-02-20")), Some(90));
    assert_eq!(day_of_plan(start, day("2027-02-21")), None);
    assert_eq!(day_of_plan(start, day("2026-11-22")), None);
    assert_eq!(Phase::of_day(30), Phase::Listen);
    assert_eq!(Phase::of_day(31), Phase::Align);
    assert_eq!(Phase::of_day(61), Phase::Commit);
}

#[test]
fn a_proposed_task_nothing_was_said_of_is_removed_and_restored() {
    let mut playbook = playbook();
    let key = "align/read-goals".to_owned();
    assert!(playbook.plan().iter().any(|task| task.key == key));
    let before = playbook.onboarding.note(&key).cloned();
    assert_eq!(before, None);
    edit(&mut playbook, OnboardingEdit::Remove { task: key.clone() });
    assert!(playbook.plan().iter().all(|task| task.key != key));
    edit(
        &mut playbook,
        OnboardingEdit::Restore {
            task: key.clone(),
            note: before,
        },
    );
    assert!(playbook.onboarding.tasks.is_empty());
    assert!(playbook.plan().iter().any(|task| task.key == key));
}

#[test]
fn an_executive_is_interviewed_again_a_quarter_later_and_the_later_interview_ticks_it() {
    let mut playbook = playbook();
    // Held before the plan began: due again on 31 December, within the plan.
    let first = interviewed_on(&mut playbook, 2, "Dana Kim", Rating::Partial, "2026-10-01");
    // Held within the plan: due again after it ends, so not in the plan.
    interviewed(&mut playbook, 3, "Lee Park", Rating::Strong);
    let tasks = playbook.plan();
    let again = task(&tasks, &format!("buyin/again/{first}"));
    assert_eq!(again.title, "Interview Dana Kim again");
    assert_eq!(again.due, day("2026-12-31"));
    assert_eq!(again.state, State::Open);
    assert_eq!(again.at, Some(Where::Interview(first.clone())));
    assert!(!tasks
        .iter()
        .any(|task| task.title == "Interview Lee Park again"));

    let later = playbook.assessments[0].follow_up(id(4), playbook.updated_at, day("2026-12-20"));
    let at = playbook.updated_at;
    playbook
        .apply(PlaybookEdit::AddAssessment(later), at)
        .unwrap();
    let tasks = playbook.plan();
    assert_eq!(
        task(&tasks, &format!("buyin/again/{first}")).state,
        State::Proven("The executive was interviewed again.".to_owned())
    );
    // The next one falls a quarter after the later interview, past the plan's last day.
    assert!(!tasks
        .iter()
        .any(|task| task.key == format!("buyin/again/{}", id(4))));
    assert_eq!(
        crate::domain::buyin::series::series_of(&playbook.assessments)[0].due_again(),
        day("2027-03-21")
    );
}

#[test]
fn names_are_replaced_whole_the_longest_first_in_the_users_words_only() {
    let mut notes = Onboarding::default();
    for edit in [
        OnboardingEdit::Reword {
            task: "align/read-goals".to_owned(),
            title: "Ask Dana, then Dana Kim".to_owned(),
        },
        OnboardingEdit::Mark {
            task: "journey/walk".to_owned(),
            mark: Some(Mark::Skipped("Dana Kim did it".to_owned())),
        },
        OnboardingEdit::Mark {
            task: "collab/repeatable".to_owned(),
            mark: Some(Mark::Done(day("2026-12-01"))),
        },
        OnboardingEdit::Review(ReviewEdit::Add {
            id: id(1),
            on: "2026-12-14".to_owned(),
        }),
        OnboardingEdit::Review(ReviewEdit::Note {
            review: id(1),
            goal: id(2),
            note: "Dana Kim agreed the forum rota.".to_owned(),
        }),
    ] {
        notes.apply(edit).unwrap();
    }
    let names = [
        ("Dana".to_owned(), "Executive 2".to_owned()),
        (String::new(), "Executive 3".to_owned()),
        ("Dana Kim".to_owned(), "Executive 1".to_owned()),
    ];
    let before = notes.clone();
    notes.replace_names(&names);
    assert_eq!(
        notes.note("align/read-goals").unwrap().title.as_deref(),
        Some("Ask Executive 2, then Executive 1")
    );
    assert_eq!(
        notes.note("journey/walk").unwrap().mark,
        Some(Mark::Skipped("Executive 1 did it".to_owned()))
    );
    assert_eq!(
        notes.note("collab/repeatable"),
        before.note("collab/repeatable")
    );
    assert_eq!(
        notes.reviews[0].goals[0].note,
        "Executive 1 agreed the forum rota."
    );
}
