//! The goals' reviews: when the next one is due, each SMART goal's progress as a table and a
//! chart against its target and deadline, and every review with what it recorded, changed in
//! place. `domain::onboarding::reviews` holds the rules; this shows them and dispatches.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser;
use crate::domain::edit::MAX_ANSWER_NOTES_CHARS;
use crate::domain::id::Id;
use crate::domain::iso8601;
use crate::domain::onboarding::reviews::{history, reached_names, Chart, Review, ReviewEdit};
use crate::domain::onboarding::OnboardingEdit;
use crate::domain::playbook::{Playbook, PlaybookEdit, PlaybookId};
use crate::domain::position_near;
use crate::domain::strategy::steps::Step;
use crate::domain::strategy::{ItemId, ListKind, SmartGoal, Strategy};
use crate::ui::erased::{changed, clicked, memo, reactive, Keyed, KeyedRows, When};
use crate::ui::fields::{refusal, unique_id, TextField, TextInputKind};
use crate::ui::focus::focus_when_drawn;
use crate::ui::page::{playbook_page, Breadcrumb, PageTitle, SaveStatus};
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::{data_table, more_of, DataRow};
use crate::ui::time::{date_text, LocalDate};

/// How many goals the page draws at first, and then at each "Show more": each goal's chart and
/// table, or its fieldset in a review's form. 300 goals drawn at once take seconds.
const PAGE: usize = 20;

#[component]
pub fn ReviewsPage() -> impl IntoView {
    playbook_page(|playbook| view! { <Reviews playbook/> }.into_any())
}

/// The review edits of the playbook on screen.
#[derive(Clone, Copy)]
struct Edits {
    store: Store,
    playbook: StoredValue<PlaybookId>,
}

impl Edits {
    fn edit(&self, edit: ReviewEdit) -> Result<(), String> {
        self.playbook
            .with_value(|id| {
                self.store
                    .edit(id, PlaybookEdit::Onboarding(OnboardingEdit::Review(edit)))
            })
            .map_err(|problem| problem.to_string())
    }

    /// Reads the playbook on screen, tracking it.
    fn read<T: Default>(&self, read: impl FnOnce(&Playbook) -> T) -> T {
        self.playbook.with_value(|id| {
            self.store
                .library
                .with(|library| library.get(id).map(read).unwrap_or_default())
        })
    }
}

#[component]
fn Reviews(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let edits = Edits {
        store,
        playbook: StoredValue::new(playbook.clone()),
    };
    // The review whose form is open.
    let open = RwSignal::new(None::<Id>);
    let shown = RwSignal::new(PAGE);
    let record = move |_| {
        let id = browser::new_id();
        let added = edits.edit(ReviewEdit::Add {
            id: id.clone(),
            on: iso8601::date::format(browser::today()),
        });
        if added.is_ok() {
            focus_when_drawn(format!("review-day-{id}"));
            open.set(Some(id));
        }
    };
    let step_8 = routes::strategy_step(&playbook, Step::Goals);
    let due = move || {
        edits.read(|playbook| {
            let cadence = playbook.strategy.goals.review_cadence.trim().to_owned();
            Some(match playbook.next_review() {
                Some(day) => view! {
                    <p>"The next review is due on "<strong><LocalDate day/></strong>", by the cadence of step 8: “"{cadence}"”."</p>
                }
                .into_any(),
                None => view! {
                    <p>"Step 8's review cadence names no period yet, so no review days are planned. Write one such as “every two weeks” or “monthly”."</p>
                }
                .into_any(),
            })
        })
        .into_any()
    };
    let goals = memo(move || {
        edits.read(|playbook| {
            playbook
                .strategy
                .goals
                .goals
                .iter()
                .map(|goal| goal.id.to_string())
                .collect::<Vec<_>>()
        })
    });
    let reviews = memo(move || {
        edits.read(|playbook| {
            playbook
                .onboarding
                .reviews
                .iter()
                .rev()
                .map(|review| review.id.to_string())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <PageTitle text="Reviews"/>
        <Breadcrumb playbook=playbook.clone()/>
        <h1>"Reviews"</h1>
        <SaveStatus playbook=playbook.clone()/>
        <p class="lede">
            "Rinse and repeat: at each review with your manager, record every goal's value, the milestones reached and what changed, so there are no surprises when goals refresh."
        </p>
        <section class="card" aria-labelledby="next-review-heading">
            <h2 id="next-review-heading">"Next review"</h2>
            {reactive(due)}
            <p class="row-actions">
                <button type="button" class="primary" on:click=clicked(record)>"Record a review"</button>
                <a href=step_8.clone()>"Change the goals or the cadence in step 8"</a>
            </p>
        </section>
        <When when=Signal::derive(move || goals.with(Vec::is_empty))>
            <p class="empty card">"Step 8 has no SMART goals yet: a review records each goal's progress. "<a href=step_8.clone()>"Write the goals in step 8"</a></p>
        </When>
        <KeyedRows each=Callback::new(move |()| {
            goals.get()
                .into_iter()
                .take(shown.get())
                .map(|goal| Keyed::new(goal.clone(), move || view! { <Progress goal edits/> }.into_any()))
                .collect()
        })/>
        {more_of(goals, shown, PAGE, |goal| progress_id(goal))}
        <section class="card" aria-labelledby="all-reviews-heading">
            <h2 id="all-reviews-heading" tabindex="-1">"Every review"</h2>
            <When when=Signal::derive(move || reviews.with(Vec::is_empty))>
                <p class="empty">"No review yet."</p>
            </When>
            <ol class="plan-tasks">
                <KeyedRows each=Callback::new(move |()| {
                    reviews.get()
                        .into_iter()
                        .map(|review| Keyed::new(review.clone(), move || view! { <ReviewItem review edits open goals/> }.into_any()))
                        .collect()
                })/>
            </ol>
        </section>
    }
}

/// The goal a key names, its name, and the reviews that recorded it, each with that goal's
/// reading only, tracked.
fn progress_of(edits: Edits, goal: &str) -> Option<(SmartGoal, String, Vec<Review>)> {
    edits.read(|playbook| {
        let strategy = &playbook.strategy;
        let goals = &strategy.goals.goals;
        let at = goals.iter().position(|each| each.id.as_str() == goal)?;
        let found = &goals[at];
        // A review records the goals in their order: the reading is looked for at the goal's
        // place first, or every goal's progress would search every review at each change.
        let reviews = playbook
            .onboarding
            .reviews
            .iter()
            .filter_map(|review| {
                let reading = position_near(&review.goals, at, |reading| reading.goal == found.id)?;
                Some(Review {
                    id: review.id.clone(),
                    on: review.on,
                    goals: vec![review.goals[reading].clone()],
                })
            })
            .collect();
        Some((
            found.clone(),
            strategy.label(ListKind::Goals, &found.id),
            reviews,
        ))
    })
}

/// The id of a goal's heading on the page, named by the goal for "Show more" to move focus to.
fn progress_id(goal: &str) -> String {
    format!("progress-{goal}")
}

/// The id of a goal's "Value measured" in a review's form, for "Show more" to move focus to.
fn value_id(goal: &str) -> String {
    format!("review-value-{goal}")
}

/// One goal's progress: its target, the chart and the table of its readings.
#[component]
fn Progress(goal: String, edits: Edits) -> impl IntoView {
    let heading = progress_id(&goal);
    let labelled_by = heading.clone();
    // Drawn again only when this goal or what reviews recorded of it changed, not at every
    // key typed elsewhere: a playbook may have hundreds of goals.
    let progress = memo(move || progress_of(edits, &goal));
    let name = move || progress.with(|progress| progress.as_ref().map(|(_, name, _)| name.clone()));
    let body = move || {
        let Some((goal, name, reviews)) = progress.get() else {
            return ().into_any();
        };
        let target = match goal.target.trim() {
            "" => "Target: not set yet; write it in step 8 to see it on the chart.".to_owned(),
            target => format!("Target: {target}."),
        };
        let readings = history(&reviews, &goal.id);
        if readings.is_empty() {
            return view! {
                <p>{target}</p>
                <p class="empty">"No review has recorded this goal yet."</p>
            }
            .into_any();
        }
        let chart = Chart::of(&goal, &reviews).map(|chart| progress_chart(&chart, &name));
        let rows = readings
            .iter()
            .map(|(on, reading)| {
                let reached = reached_names(&goal, reading).join("; ");
                DataRow {
                    head: view! { <LocalDate day=*on/> }.into_any(),
                    cells: vec![
                        reading
                            .value
                            .as_ref()
                            .map_or("–", |value| value.as_str())
                            .to_owned(),
                        if reached.is_empty() {
                            "–".to_owned()
                        } else {
                            reached
                        },
                        reading.note.clone(),
                    ],
                }
            })
            .collect();
        let columns = vec!["Review", "Value", "Milestones reached", "What changed"];
        view! {
                <p>{target}</p>
                {chart}
                {data_table(format!("Reviews of “{name}”"), None, columns, rows)}
        }
        .into_any()
    };
    view! {
        <section class="card progress" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1">{reactive(name)}</h2>
            {reactive(body)}
        </section>
    }
}

/// The chart of a goal's values: a line through them, the target as a dashed line and the
/// deadline as a dotted one, each labelled in words so none depends on colour. Its title and
/// description say the same for a screen reader.
fn progress_chart(chart: &Chart, name: &str) -> AnyView {
    let title = unique_id("chart-title");
    let labelled_by = title.clone();
    let values = chart
        .points
        .iter()
        .map(|(_, _, on, value)| format!("{} on {}", value.as_str(), date_text(*on)))
        .collect::<Vec<_>>()
        .join(", ");
    let mut description = format!("Progress of “{name}”: {values}.");
    if let Some((_, target)) = &chart.target {
        description.push_str(&format!(" Target: {}.", target.as_str()));
    }
    if let Some((_, deadline)) = chart.deadline {
        description.push_str(&format!(" Deadline: {}.", date_text(deadline)));
    }
    let (left, right) = (Chart::MARGIN, Chart::WIDTH - Chart::MARGIN);
    let bottom = Chart::HEIGHT - Chart::MARGIN;
    let target = chart.target.as_ref().map(|(y, target)| {
        let y = *y;
        view! {
            <line x1=left y1=y x2=right y2=y class="chart-target"/>
            <text x=left y=y - 5>{format!("target {}", target.as_str())}</text>
        }
        .into_any()
    });
    let deadline = chart.deadline.map(|(x, _)| {
        view! {
            <line x1=x y1=Chart::MARGIN x2=x y2=bottom class="chart-deadline"/>
            <text x=x - 4 y=bottom - 5 text-anchor="end">"deadline"</text>
        }
        .into_any()
    });
    let points = chart
        .points
        .iter()
        .map(|(x, y, _, value)| {
            view! {
                <circle cx=*x cy=*y r="4" class="chart-point"/>
                <text x=*x y=y - 8 text-anchor="middle">{value.as_str().to_owned()}</text>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    let (from, to) = chart.span;
    view! {
        <figure class="chart progress-chart">
            <svg viewBox=format!("0 0 {} {}", Chart::WIDTH, Chart::HEIGHT + 10) role="img" aria-labelledby=labelled_by>
                <title id=title>{description}</title>
                <line x1=left y1=bottom x2=right y2=bottom class="chart-axis"/>
                {target}
                {deadline}
                <polyline points=chart.polyline() class="chart-values"/>
                {points}
                <text x=left y=Chart::HEIGHT + 6>{date_text(from)}</text>
                <text x=right y=Chart::HEIGHT + 6 text-anchor="end">{date_text(to)}</text>
            </svg>
        </figure>
    }
    .into_any()
}

/// One review in the list: its day and what it recorded, with its form drawn when opened.
#[component]
fn ReviewItem(
    review: String,
    edits: Edits,
    open: RwSignal<Option<Id>>,
    /// The keys of the playbook's goals, in order.
    goals: Memo<Vec<String>>,
) -> impl IntoView {
    let Some(id) = Id::parse(&review) else {
        return ().into_any();
    };
    let key = StoredValue::new(id.clone());
    let on = move || {
        key.with_value(|id| {
            edits.read(|playbook| {
                playbook
                    .onboarding
                    .reviews
                    .iter()
                    .find(|review| &review.id == id)
                    .map(|review| review.on)
            })
        })
    };
    let Some(first_day) = untrack(on) else {
        return ().into_any();
    };
    let title_id = unique_id("review");
    let toggle_id = format!("change-review-{id}");
    let is_open =
        Signal::derive(move || key.with_value(|id| open.with(|open| open.as_ref() == Some(id))));
    let toggle = move |_| {
        let id = key.get_value();
        open.update(|open| {
            *open = if open.as_ref() == Some(&id) {
                None
            } else {
                Some(id)
            }
        });
    };
    let remove = move |_| {
        let day = untrack(on).map(date_text).unwrap_or_default();
        edits
            .playbook
            .with_value(|playbook| edits.store.remove_review(playbook, key.get_value(), day));
        focus_when_drawn("all-reviews-heading".to_owned());
    };
    view! {
        <li class="plan-task">
            <p class="review-title" id=title_id.clone()>
                "Review of "{move || on().map(date_text)}
            </p>
            <div class="row-actions">
                <button type="button" id=toggle_id.clone() aria-expanded=move || is_open.get().to_string() aria-describedby=title_id.clone() on:click=clicked(toggle)>
                    {move || if is_open.get() { "Close" } else { "Change…" }.into_any()}
                </button>
                <button type="button" class="danger" aria-describedby=title_id on:click=clicked(remove)>"Remove"</button>
            </div>
            <When when=is_open>
                <ReviewForm review=key edits first_day goals/>
            </When>
        </li>
    }
    .into_any()
}

/// What a review recorded, changed as it is typed: its day, and for each goal the value
/// measured, the milestones reached and what changed.
#[component]
fn ReviewForm(
    review: StoredValue<Id>,
    edits: Edits,
    first_day: NaiveDate,
    goals: Memo<Vec<String>>,
) -> impl IntoView {
    let day = RwSignal::new(iso8601::date::format(first_day));
    let move_to = Callback::new(move |text: String| {
        day.set(text.clone());
        edits.edit(ReviewEdit::On {
            review: review.get_value(),
            on: text,
        })
    });
    let shown = RwSignal::new(PAGE);
    let day_id = review.with_value(|id| format!("review-day-{id}"));
    view! {
        <div class="task-changes">
            <TextField label="Day of the review" id=day_id kind=TextInputKind::Date value=day on_input=move_to/>
            <KeyedRows each=Callback::new(move |()| {
                goals.get()
                    .into_iter()
                    .take(shown.get())
                    .map(|goal| Keyed::new(goal.clone(), move || goal_reading(&goal, review, edits)))
                    .collect()
            })/>
            {more_of(goals, shown, PAGE, |goal| value_id(goal))}
        </div>
    }
}

/// One goal's part of a review's form: the value measured, the milestones reached and what
/// changed, as the review recorded them when it is drawn.
fn goal_reading(goal: &str, review: StoredValue<Id>, edits: Edits) -> AnyView {
    let found = review.with_value(|id| {
        untrack(|| {
            edits.read(|playbook| {
                let strategy = &playbook.strategy;
                let goal = strategy
                    .goals
                    .goals
                    .iter()
                    .find(|each| each.id.as_str() == goal)?;
                let reading = playbook
                    .onboarding
                    .reviews
                    .iter()
                    .find(|each| &each.id == id)
                    .and_then(|each| each.goals.iter().find(|reading| reading.goal == goal.id))
                    .cloned();
                Some((
                    goal.clone(),
                    strategy.label(ListKind::Goals, &goal.id),
                    reading,
                ))
            })
        })
    });
    let Some((goal, name, reading)) = found else {
        return ().into_any();
    };
    let reading = reading.as_ref();
    let value = RwSignal::new(
        reading
            .and_then(|reading| reading.value.as_ref())
            .map(|value| value.as_str().to_owned())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(
        reading
            .map(|reading| reading.note.clone())
            .unwrap_or_default(),
    );
    let goal_id = StoredValue::new(goal.id.clone());
    let set_value = reading_field(value, edits, review, goal_id, |review, goal, value| {
        ReviewEdit::Value {
            review,
            goal,
            value,
        }
    });
    let set_note = reading_field(note, edits, review, goal_id, |review, goal, note| {
        ReviewEdit::Note { review, goal, note }
    });
    let hint = match goal.target.trim() {
        "" => String::new(),
        target => format!("Target: {target}."),
    };
    let milestones = goal
        .milestones
        .iter()
        .enumerate()
        .map(|(at, milestone)| {
            let reached = reading.is_some_and(|reading| reading.reached.contains(&milestone.id));
            milestone_box(
                review,
                edits,
                goal_id,
                milestone.id.clone(),
                Strategy::milestone_label(at, milestone),
                reached,
            )
        })
        .collect::<Vec<_>>();
    let milestones = (!milestones.is_empty()).then(|| {
        view! {
            <fieldset class="checks">
                <legend>"Milestones reached"</legend>
                {milestones}
            </fieldset>
        }
        .into_any()
    });
    let value_id = value_id(goal.id.as_str());
    view! {
        <fieldset class="review-goal">
            <legend>{name}</legend>
            // A form of its own, so that autofill reads this goal's fields at each change
            // rather than every goal's (see `lists::ItemEditor`).
            <form method="dialog">
                <TextField label="Value measured" id=value_id value=value on_input=set_value hint/>
                {milestones}
                <TextField label="What changed" kind=TextInputKind::Notes rows=3 value=note on_input=set_note max_chars=MAX_ANSWER_NOTES_CHARS/>
            </form>
        </fieldset>
    }
    .into_any()
}

/// A text field of a goal's reading: keeps what is typed, and sends it as the edit `make`
/// builds.
fn reading_field(
    text: RwSignal<String>,
    edits: Edits,
    review: StoredValue<Id>,
    goal: StoredValue<ItemId>,
    make: fn(Id, ItemId, String) -> ReviewEdit,
) -> Callback<String, Result<(), String>> {
    Callback::new(move |typed: String| {
        text.set(typed.clone());
        edits.edit(make(review.get_value(), goal.get_value(), typed))
    })
}

/// A milestone's "reached" box in a review's form.
fn milestone_box(
    review: StoredValue<Id>,
    edits: Edits,
    goal: StoredValue<ItemId>,
    milestone: ItemId,
    label: String,
    reached: bool,
) -> AnyView {
    let milestone = StoredValue::new(milestone);
    let problem = RwSignal::new(None::<String>);
    let toggle = move |ev| {
        let result = edits.edit(ReviewEdit::Reached {
            review: review.get_value(),
            goal: goal.get_value(),
            milestone: milestone.get_value(),
            reached: event_target_checked(&ev),
        });
        problem.set(result.err());
    };
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=reached on:change=changed(toggle)/>
            " "{label}
        </label>
        {refusal(problem)}
    }
    .into_any()
}
