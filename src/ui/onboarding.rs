//! The first 90 days: the plan's own page, phase by phase, where each task is ticked, skipped,
//! moved, reworded or removed and tasks of one's own are added; and `ThisWeekCard`, what the
//! playbook page shows of the plan. `domain::onboarding` works the plan out; this shows it and
//! dispatches the user's changes.

use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser;
use crate::domain::edit::MAX_LINE_CHARS;
use crate::domain::iso8601;
use crate::domain::onboarding::{
    self, Basis, Mark, OnboardingEdit, Phase, State, Task, ThisWeek, Where,
};
use crate::domain::playbook::{Part, Playbook, PlaybookEdit, PlaybookId};
use crate::domain::position_near;
use crate::domain::strategy::steps::Step;
use crate::ui::calendar::AddToCalendar;
use crate::ui::erased::{
    changed, clicked, effect, memo, reactive, submitted, Keyed, KeyedRows, When,
};
use crate::ui::fields::{keep_in, refusal, unique_id, TextField, TextInputKind};
use crate::ui::focus::focus_when_drawn;
use crate::ui::page::{playbook_page, Breadcrumb, Later, PageTitle, SaveStatus};
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::more_of;
use crate::ui::time::{date_text, LocalDate};

#[component]
pub fn FirstNinetyDaysPage() -> impl IntoView {
    playbook_page(|playbook| view! { <FirstNinetyDays playbook/> }.into_any())
}

/// The plan of a playbook, worked out again whenever what it is worked out from changes: not
/// for an edit to the playbook's title.
fn plan_of(store: Store, playbook: PlaybookId) -> Memo<Vec<Task>> {
    let changed = store.revision(
        playbook.clone(),
        &[Part::Interviews, Part::Strategy, Part::Onboarding],
    );
    memo(move || {
        changed.get();
        store.library.with_untracked(|library| {
            library
                .get(&playbook)
                .map(Playbook::plan)
                .unwrap_or_default()
        })
    })
}

/// The link to where in the app a task is done.
fn where_link(playbook: &PlaybookId, at: &Where) -> AnyView {
    let (href, text) = match at {
        Where::Step(step) => (
            routes::strategy_step(playbook, *step),
            format!("Go to step {}, “{}”", step.number(), step.title()),
        ),
        Where::Interview(id) => (
            routes::interview(playbook, id),
            "Go to the interview".to_owned(),
        ),
        Where::NewInterview => (
            routes::playbook(playbook),
            "Go to the interviews".to_owned(),
        ),
        Where::Reviews => (routes::reviews(playbook), "Go to the reviews".to_owned()),
    };
    view! { <a href=href>{text}</a> }.into_any()
}

/// The plan's changes, sent to the store for the playbook on screen.
#[derive(Clone, Copy)]
struct Changes {
    store: Store,
    playbook: StoredValue<PlaybookId>,
    /// The task the user last added or moved: drawn wherever it falls, though its phase
    /// draws only a page of tasks.
    placed: RwSignal<Option<String>>,
}

impl Changes {
    fn edit(&self, edit: OnboardingEdit) -> Result<(), String> {
        self.playbook
            .with_value(|id| self.store.edit(id, PlaybookEdit::Onboarding(edit)))
            .map_err(|problem| problem.to_string())
    }

    /// Returns a ticked or skipped task to open: the user's word is taken back so the playbook
    /// decides again, unless the playbook would then still show it done, which the user just
    /// said it is not.
    fn reopen(&self, task: &str) -> Result<(), String> {
        let proven = self.playbook.with_value(|id| {
            self.store.library.with_untracked(|library| {
                library.get(id).is_some_and(|playbook| {
                    let mut notes = playbook.onboarding.clone();
                    let unsaid = OnboardingEdit::Mark {
                        task: task.to_owned(),
                        mark: None,
                    };
                    notes.apply(unsaid).is_ok()
                        && onboarding::tasks(Basis {
                            notes: &notes,
                            ..playbook.plan_basis()
                        })
                        .iter()
                        .any(|each| each.key == task && matches!(each.state, State::Proven(_)))
                })
            })
        });
        self.edit(OnboardingEdit::Mark {
            task: task.to_owned(),
            mark: proven.then_some(Mark::Open),
        })
    }
}

#[component]
fn FirstNinetyDays(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let tasks = plan_of(store, playbook.clone());
    let changes = Changes {
        store,
        playbook: StoredValue::new(playbook.clone()),
        placed: RwSignal::new(None),
    };
    let today = browser::today();
    let (started, start) = store
        .library
        .with_untracked(|library| {
            library
                .get(&playbook)
                .map(|p| (Some(p.started()), p.onboarding.start))
        })
        .unwrap_or_default();
    let start_text = RwSignal::new(start.map(iso8601::date::format).unwrap_or_default());
    let set_start = Callback::new(move |text: String| {
        start_text.set(text.clone());
        changes.edit(OnboardingEdit::Start(text))
    });
    let hint = started
        .map(|day| {
            format!(
                "Empty for the day the playbook was started, {}.",
                date_text(day)
            )
        })
        .unwrap_or_default();
    let counts = move || {
        let (done, open) = tasks.with(|tasks| onboarding::counts(tasks));
        format!("{done} done, {open} open.")
    };
    let [first_phase, later_phases @ ..] = Phase::ALL;
    view! {
        <PageTitle text="First 90 days"/>
        <Breadcrumb playbook=playbook.clone()/>
        <h1>"First 90 days"</h1>
        <SaveStatus playbook=playbook.clone()/>
        <p class="lede">
            "A plan for your first three months, proposed from the sources' advice and from this playbook. "
            "Tick what you have done; what the playbook shows done is ticked for you. Change, skip or remove any task."
        </p>
        <section class="card" aria-labelledby="plan-start-heading">
            <h2 id="plan-start-heading">"The plan"</h2>
            <TextField label="The plan starts on" kind=TextInputKind::Date value=start_text on_input=set_start hint/>
            <p class="progress-line">{reactive(counts)}</p>
            <p class="row-actions">
                <AddToCalendar playbook=playbook.clone()/>
                <a href=routes::reviews(&playbook)>"Reviews of the goals"</a>
            </p>
        </section>
        // The first phase is drawn with the page, the others and the form a task later.
        <PhaseTasks phase=first_phase tasks changes today/>
        <Later>
            {later_phases.into_iter().map(|phase| view! { <PhaseTasks phase tasks changes today/> }.into_any()).collect::<Vec<_>>()}
            <OwnTaskForm changes/>
        </Later>
    }
}

/// How many tasks a phase draws at first, and then at each "Show more": a plan with hundreds of
/// goals has hundreds of milestones to plan for, and every task drawn is kept up to date.
const PAGE: usize = 40;

#[component]
fn PhaseTasks(
    phase: Phase,
    tasks: Memo<Vec<Task>>,
    changes: Changes,
    today: NaiveDate,
) -> impl IntoView {
    let heading = format!("phase-{}", phase as u8 + 1);
    let keys = memo(move || {
        tasks.with(|tasks| {
            tasks
                .iter()
                .filter(|task| task.phase == phase)
                .map(|task| task.key.clone())
                .collect::<Vec<_>>()
        })
    });
    let heading_id = StoredValue::new(heading.clone());
    let labelled_by = heading.clone();
    let shown = RwSignal::new(PAGE);
    // A page of tasks, drawn further down to the task just placed if it falls past them.
    effect(move || {
        let placed = changes.placed.with(|placed| {
            placed
                .as_ref()
                .and_then(|placed| keys.with(|keys| keys.iter().position(|key| key == placed)))
        });
        if let Some(at) = placed.filter(|at| *at >= shown.get_untracked()) {
            shown.set(at + 1);
        }
    });
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1">{phase.title()}</h2>
            <When when=Signal::derive(move || keys.with(Vec::is_empty))>
                <p class="empty">"Nothing planned for these days."</p>
            </When>
            <ol class="plan-tasks">
                <KeyedRows each=Callback::new(move |()| {
                    keys.get()
                        .into_iter()
                        .take(shown.get())
                        .map(|task_key| Keyed::new(task_key.clone(), move || view! { <TaskItem task_key tasks changes today heading=heading_id.get_value()/> }.into_any()))
                        .collect()
                })/>
            </ol>
            {more_of(keys, shown, PAGE, |key| change_id(key))}
        </section>
    }
}

/// The id of a task's "Change…" button, named by the task's key: where focus goes when the task
/// has moved, and when "Show more" draws it first.
fn change_id(task: &str) -> String {
    format!("change-{task}")
}

/// A task's state in words; nothing while it is open.
fn state_text(state: &State) -> String {
    match state {
        State::Open => String::new(),
        State::Ticked(on) => format!("Done on {}.", date_text(*on)),
        State::Proven(why) => format!("Done: {why}"),
        State::Skipped(reason) => format!("Skipped: {reason}"),
    }
}

/// One task of the plan. Drawn once and updated in place, so a control keeps its focus while
/// the plan changes; the controls that change it are drawn only when asked for.
#[component]
fn TaskItem(
    task_key: String,
    tasks: Memo<Vec<Task>>,
    changes: Changes,
    today: NaiveDate,
    /// The id of the phase's heading, where focus goes when the task is removed.
    heading: String,
) -> impl IntoView {
    let key = StoredValue::new(task_key);
    // Where the task was last found: every task reads the whole plan at each change.
    let found_at = AtomicUsize::new(0);
    let task = memo(move || {
        key.with_value(|key| {
            tasks.with(|tasks| {
                let near = found_at.load(Ordering::Relaxed);
                let at = position_near(tasks, near, |task| &task.key == key)?;
                found_at.store(at, Ordering::Relaxed);
                tasks.get(at).cloned()
            })
        })
    });
    let Some(first) = task.get_untracked() else {
        return ().into_any();
    };
    let read = move |part: fn(&Task) -> String| {
        reactive(move || task.with(|task| task.as_ref().map(part).unwrap_or_default()))
    };
    let title_id = unique_id("task");
    let problem = RwSignal::new(None::<String>);
    let done = move || {
        task.with(|task| {
            task.as_ref()
                .is_some_and(|task| matches!(task.state, State::Ticked(_) | State::Proven(_)))
        })
    };
    let toggle = move |ev| {
        let result = key.with_value(|key| {
            if event_target_checked(&ev) {
                changes.edit(OnboardingEdit::Mark {
                    task: key.clone(),
                    mark: Some(Mark::Done(browser::today())),
                })
            } else {
                changes.reopen(key)
            }
        });
        problem.set(result.err());
    };
    let overdue = move || {
        task.with(|task| {
            task.as_ref()
                .is_some_and(|task| task.state.is_open() && task.due < today)
        })
    };
    let credit = first.credit_line();
    let link = changes
        .playbook
        .with_value(|playbook| first.at.as_ref().map(|at| where_link(playbook, at)));
    let open = RwSignal::new(false);
    // Named by the task's key, so that it names the button of the task drawn afresh in
    // another phase too.
    let change_id = key.with_value(|key| change_id(key));
    view! {
        <li class="plan-task">
            <div class="task-head">
                <label class="task-done">
                    <input type="checkbox" prop:checked=done on:change=changed(toggle) aria-describedby=title_id.clone()/>
                    " Done"
                </label>
                <p class="task-title" id=title_id.clone()>{read(|task| task.title.clone())}</p>
            </div>
            <p class="meta">
                {move || task.with(|task| task.as_ref().map(|task| view! { <LocalDate day=task.due/> }.into_any())).into_any()}
                <When when=Signal::derive(overdue)>" "<span class="badge overdue">"overdue"</span></When>
                " "<span class="task-state">{read(|task| state_text(&task.state))}</span>
            </p>
            {(!first.detail.is_empty()).then(|| view! { <p class="task-detail">{first.detail.clone()}</p> }.into_any())}
            <p class="meta">{credit}{link.map(|link| view! { " · " {link} }.into_any())}</p>
            {refusal(problem)}
            <button type="button" class="task-change" id=change_id.clone() aria-expanded=move || open.get().to_string() aria-describedby=title_id on:click=clicked(move |_| open.update(|open| *open = !*open))>
                "Change…"
            </button>
            <When when=open.into()>
                <TaskChanges task key changes own=first.own heading=heading.clone() back=change_id.clone()/>
            </When>
        </li>
    }
    .into_any()
}

/// What changes a task: its words, its day, a skip with its reason, and its removal. The words
/// change as they are typed; the day only when the user moves the task, since a task moved
/// takes its place by its day and a day typed digit by digit would move it about meanwhile.
#[component]
fn TaskChanges(
    task: Memo<Option<Task>>,
    key: StoredValue<String>,
    changes: Changes,
    own: bool,
    heading: String,
    /// The id of the task's "Change…" button, where focus goes when the task has moved.
    back: String,
) -> impl IntoView {
    let now = task.get_untracked();
    let words = RwSignal::new(now.as_ref().map(|t| t.title.clone()).unwrap_or_default());
    let day = RwSignal::new(
        now.as_ref()
            .map(|t| iso8601::date::format(t.due))
            .unwrap_or_default(),
    );
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let reword = Callback::new(move |title: String| {
        words.set(title.clone());
        changes.edit(OnboardingEdit::Reword {
            task: key.get_value(),
            title,
        })
    });
    let reschedule = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let moved = changes.edit(OnboardingEdit::Reschedule {
            task: key.get_value(),
            due: day.get_untracked(),
        });
        if moved.is_ok() {
            changes.placed.set(Some(key.get_value()));
            focus_when_drawn(back.clone());
        }
        problem.set(moved.err());
    };
    let skip = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason_given = reason.get_untracked();
        if reason_given.trim().is_empty() {
            problem.set(Some("Say why you skip it.".to_owned()));
            return;
        }
        let result = changes.edit(OnboardingEdit::Mark {
            task: key.get_value(),
            mark: Some(Mark::Skipped(reason_given.trim().to_owned())),
        });
        if result.is_ok() {
            reason.set(String::new());
        }
        problem.set(result.err());
    };
    let skipped = move || {
        task.with(|task| {
            task.as_ref()
                .is_some_and(|task| matches!(task.state, State::Skipped(_)))
        })
    };
    let reopen = move |_| {
        problem.set(key.with_value(|key| changes.reopen(key)).err());
    };
    let remove = move |_| {
        let title = task.with_untracked(|task| task.as_ref().map(|t| t.title.clone()));
        changes.playbook.with_value(|playbook| {
            changes
                .store
                .remove_plan_task(playbook, key.get_value(), title.unwrap_or_default())
        });
        focus_when_drawn(heading.clone());
    };
    let (words_hint, day_hint) = if own {
        ("", "")
    } else {
        (
            "Empty for the words proposed.",
            "Empty for the day proposed.",
        )
    };
    view! {
        <div class="task-changes">
            <TextField label="Task in your words" value=words on_input=reword max_chars=MAX_LINE_CHARS hint=words_hint autofocus=true/>
            <form class="inline-form" on:submit=submitted(reschedule) novalidate=true>
                <TextField label="Day" kind=TextInputKind::Date value=day on_input=keep_in(day) hint=day_hint/>
                <button type="submit">"Move"</button>
            </form>
            <form class="inline-form" on:submit=submitted(skip) novalidate=true>
                <TextField label="Reason for skipping" value=reason on_input=keep_in(reason) max_chars=MAX_LINE_CHARS/>
                <button type="submit">"Skip"</button>
            </form>
            {refusal(problem)}
            <div class="row-actions">
                <When when=Signal::derive(skipped)>
                    <button type="button" on:click=clicked(reopen)>"Mark as open"</button>
                </When>
                <button type="button" class="danger" on:click=clicked(remove)>"Remove"</button>
            </div>
        </div>
    }
}

#[component]
fn OwnTaskForm(changes: Changes) -> impl IntoView {
    let words = RwSignal::new(String::new());
    let day = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = browser::new_id();
        let task = onboarding::own_task_key(&id);
        let added = changes.edit(OnboardingEdit::Add {
            id,
            title: words.get_untracked(),
            due: day.get_untracked(),
        });
        if added.is_ok() {
            changes.placed.set(Some(task));
            words.set(String::new());
            day.set(String::new());
        }
        error.set(added.err());
    };
    view! {
        <form class="card" aria-labelledby="own-task-heading" on:submit=submitted(submit) novalidate=true>
            <h2 id="own-task-heading">"Add a task of your own"</h2>
            <div class="field-row">
                <TextField label="Task" value=words on_input=keep_in(words) required=true max_chars=MAX_LINE_CHARS/>
                <TextField label="Day" kind=TextInputKind::Date value=day on_input=keep_in(day) required=true/>
            </div>
            {refusal(error)}
            <button type="submit" class="primary">"Add task"</button>
        </form>
    }
}

/// What the playbook page shows of the plan: what is overdue, what is due this week, what
/// comes next, each with its day and the way to where it is done.
#[component]
pub fn ThisWeekCard(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let tasks = plan_of(store, playbook.clone());
    let today = browser::today();
    let week = memo(move || tasks.with(|tasks| onboarding::this_week(tasks, today)));
    let id = StoredValue::new(playbook.clone());
    let list = move |heading: &'static str, pick: fn(&ThisWeek) -> &Vec<Task>| {
        reactive(move || {
            week.with(|week| {
                let tasks = pick(week);
                (!tasks.is_empty()).then(|| {
                    let items = id.with_value(|playbook| {
                        tasks
                            .iter()
                            .map(|task| {
                                let link = task.at.as_ref().map(|at| where_link(playbook, at));
                                view! {
                                    <li>
                                        <LocalDate day=task.due/>": "{task.title.clone()}
                                        {link.map(|link| view! { " · " {link} }.into_any())}
                                    </li>
                                }
                                .into_any()
                            })
                            .collect::<Vec<_>>()
                    });
                    view! { <h3>{heading}</h3><ul class="week-tasks">{items}</ul> }.into_any()
                })
            })
            .into_any()
        })
    };
    // The loop that goes on past the 90 days: the next review and the next goals refresh.
    let coming = {
        let playbook = playbook.clone();
        move || {
            let (review, refresh) = store
                .library
                .with(|library| {
                    library
                        .get(&playbook)
                        .map(|p| (p.next_review(), p.strategy.goals.next_refresh))
                })
                .unwrap_or_default();
            let review = review.map(|day| {
                view! {
                    <li>
                        <LocalDate day/>": next review of the goals"
                        {(day < today).then_some(view! { " " <span class="badge overdue">"overdue"</span> })}
                        " · "<a href=routes::reviews(&playbook)>"Go to the reviews"</a>
                    </li>
                }
                .into_any()
            });
            let refresh = refresh.map(|day| {
                let what = if day < today {
                    ": the goals refresh was due; set the next one in step 8"
                } else {
                    ": next goals refresh"
                };
                view! {
                    <li>
                        <LocalDate day/>{what}
                        " · "<a href=routes::strategy_step(&playbook, Step::Goals)>"Go to step 8"</a>
                    </li>
                }
                .into_any()
            });
            (review.is_some() || refresh.is_some())
                .then(|| {
                    view! { <h3>"Reviews and goals refresh"</h3><ul class="week-tasks">{review}{refresh}</ul> }
                })
                .into_any()
        }
    };
    let nothing_due = move || week.with(|week| week.overdue.is_empty() && week.due.is_empty());
    let nothing_next = move || week.with(|week| week.next.is_empty());
    view! {
        <section aria-labelledby="this-week-heading" class="card">
            <h2 id="this-week-heading">"This week"</h2>
            {list("Overdue", |week| &week.overdue)}
            {list("Due this week", |week| &week.due)}
            <When when=Signal::derive(nothing_due)>
                <p class="empty">"Nothing due this week."</p>
            </When>
            {list("What comes next", |week| &week.next)}
            <When when=Signal::derive(move || nothing_next() && !nothing_due())>
                <p class="empty">"Nothing more is open after this week."</p>
            </When>
            {reactive(coming)}
            <p class="row-actions">
                <a href=routes::first_90_days(&playbook)>"The whole plan for your first 90 days"</a>
                <a href=routes::reviews(&playbook)>"Reviews of the goals"</a>
            </p>
        </section>
    }
}
