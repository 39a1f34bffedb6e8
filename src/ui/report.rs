//! The report of a playbook, for a manager who never used the app: every executive's verdict
//! with its reasons and, for one interviewed more than once, the change over time; the
//! comparison chart, the first 90 days' plan with its tasks (and the calendar of it to
//! download), and the whole strategy in reading order with what is still missing called out.
//! Printing it gives clean pages (see the print stylesheet).

use leptos::prelude::*;

use crate::domain::buyin::compare::{side_by_side, Shown};
use crate::domain::buyin::questions::Group;
use crate::domain::buyin::series::{series_of, Series};
use crate::domain::buyin::verdict::{judge, Outcome};
use crate::domain::onboarding::reviews::{latest_of, next_review_sentence};
use crate::domain::onboarding::{counts, Phase};
use crate::domain::playbook::{Playbook, PlaybookId};
use crate::domain::strategy::smart;
use crate::domain::strategy::steps::{Part, Step};
use crate::domain::strategy::{in_sentence, ItemField, ListAt, ListKind, Strategy};
use crate::ui::calendar::AddToCalendar;
use crate::ui::compare::{ExecutivesTable, ScoreChart};
use crate::ui::erased::clicked;
use crate::ui::page::{playbook_page, Breadcrumb, Later, PageTitle};
use crate::ui::store::Store;
use crate::ui::tables::{bullets, data_table, list_items, percent_text, DataRow};
use crate::ui::time::{date_text, LocalTime};
use crate::ui::verdict::{next_steps, reasons};

#[component]
pub fn ReportPage() -> impl IntoView {
    playbook_page(|playbook| view! { <Report playbook/> }.into_any())
}

#[component]
fn Report(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    // Read once: nothing on this page changes the playbook.
    let Some(document) = store
        .library
        .with_untracked(|library| library.get(&playbook).cloned())
    else {
        return ().into_any();
    };
    let print = move |_| {
        let _ = window().print();
    };
    let facts = [("Company", &document.company), ("Author", &document.author)]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| view! { <dt>{label}</dt><dd>{value.clone()}</dd> }.into_any())
        .collect_view();
    view! {
        <PageTitle text=format!("Report: {}", document.title)/>
        <Breadcrumb playbook=playbook.clone()/>
        <h1>{document.title.clone()}</h1>
        <dl class="facts">
            {facts}
            <dt>"Last updated"</dt><dd><LocalTime at=document.updated_at/></dd>
        </dl>
        <p class="row-actions">
            <button type="button" on:click=clicked(print)>"Print or save as PDF"</button>
        </p>
        <Buyin playbook=playbook.clone() document=document.clone()/>
        // The verdicts first, the plan and the strategy a task later.
        <Later>
            <PlanReport playbook=playbook.clone() document=document.clone()/>
            <StrategyReport document=document.clone()/>
        </Later>
    }
    .into_any()
}

#[component]
fn Buyin(playbook: PlaybookId, document: Playbook) -> impl IntoView {
    let body = if document.assessments.is_empty() {
        view! { <p class="still-missing">"Still missing: no executive has been interviewed yet."</p> }.into_any()
    } else {
        let rows = side_by_side(&document.assessments, Shown::Latest);
        view! {
            <ExecutivesTable playbook rows=rows.clone()/>
            <ScoreChart rows/>
            {series_of(&document.assessments).iter().map(executive_verdict).collect_view()}
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="buyin-heading" class="report-section">
            <h2 id="buyin-heading">"Executive buy-in"</h2>
            {body}
        </section>
    }
}

/// An executive interviewed more than once: how the verdict moved, and each interview's
/// verdict and scores, oldest first.
fn over_time(series: &Series) -> Option<AnyView> {
    let interviews = series.interviews();
    if interviews.len() < 2 {
        return None;
    }
    let trend = series.trend().map_or(
        "Not enough verdicts yet to see a change.".to_owned(),
        |trend| trend.sentence_with(date_text),
    );
    let rows = interviews
        .iter()
        .zip(series.points())
        .map(|(assessment, point)| {
            let mut cells = vec![point.outcome()];
            cells.extend(
                judge(assessment)
                    .groups()
                    .iter()
                    .map(|score| percent_text(score.percent)),
            );
            DataRow::text(point.when_with(date_text), cells)
        })
        .collect();
    let name = format!("Interviews of {} over time", series.latest().executive);
    let mut columns = vec!["Interviewed", "Verdict"];
    columns.extend(Group::ALL.map(|group| group.title()));
    Some(
        view! {
            <h4>"Over time"</h4>
            <p>{format!("{} interviews. {trend}", interviews.len())}</p>
            {data_table(name, None, columns, rows)}
            <p>"The verdict below is from the latest interview."</p>
        }
        .into_any(),
    )
}

/// An executive: the change over time, then the verdict of their latest interview.
fn executive_verdict(series: &Series) -> AnyView {
    let assessment = series.latest();
    let title = if assessment.role.trim().is_empty() {
        assessment.executive.clone()
    } else {
        format!("{} ({})", assessment.executive, assessment.role.trim())
    };
    let body = match judge(assessment) {
        Outcome::Incomplete { unrated_groups, .. } => {
            let unrated: Vec<&str> = unrated_groups.iter().map(|group| group.title()).collect();
            view! { <p class="still-missing">{format!("No verdict yet: still unrated: {}.", unrated.join(", "))}</p> }.into_any()
        }
        Outcome::Decided(judgement) => {
            let verdict = judgement.verdict;
            view! {
                <p class=format!("verdict-summary verdict-{verdict:?}")>
                    <strong>{format!("Verdict: {}.", verdict.label())}</strong> " " {verdict.summary()}
                </p>
                <h4>"Why"</h4>
                {reasons(&judgement)}
                <h4>"Next steps"</h4>
                {next_steps(verdict)}
            }
            .into_any()
        }
    };
    view! { <article class="report-executive"><h3>{title}</h3>{over_time(series)}{body}</article> }
        .into_any()
}

/// The first 90 days: when the plan starts, how far it has come, and each phase's tasks with
/// their day, what became of them and whose advice they follow.
#[component]
fn PlanReport(playbook: PlaybookId, document: Playbook) -> impl IntoView {
    let tasks = document.plan();
    let start = document.onboarding.start_day(document.started());
    let (done, open) = counts(&tasks);
    let skipped = tasks.len() - done - open;
    let summary = format!(
        "The plan starts on {}: {done} of {} tasks done, {open} open, {skipped} skipped.",
        date_text(start),
        tasks.len(),
    );
    let phases = Phase::ALL
        .into_iter()
        .map(|phase| {
            let heading = format!("plan-phase-{}-heading", phase_slug(phase));
            let labelled_by = heading.clone();
            let items = tasks
                .iter()
                .filter(|task| task.phase == phase)
                .map(|task| {
                    let credit = task.credit_line();
                    view! {
                        <li>
                            <strong>{date_text(task.due)}</strong> " " {task.title.clone()} " — "
                            {task.state.sentence_with(date_text)}
                            <span class="meta credit">{credit}</span>
                        </li>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>();
            let body = if items.is_empty() {
                view! { <p class="unanswered">"No tasks in these days."</p> }.into_any()
            } else {
                view! { <ul class="plan-report">{items}</ul> }.into_any()
            };
            view! {
                <section aria-labelledby=labelled_by class="report-step">
                    <h3 id=heading>{phase.title()}</h3>
                    {body}
                </section>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    let goals = &document.strategy.goals.goals;
    let reviews = (!goals.is_empty()).then(|| {
        let next = next_review_sentence(document.next_review(), date_text);
        let latest = goals
            .iter()
            .map(|goal| {
                let name = document.strategy.label(ListKind::Goals, &goal.id);
                let target = match goal.target.trim() {
                    "" => String::new(),
                    target => format!(" (target: {target})"),
                };
                let latest = latest_of(goal, &document.onboarding.reviews, date_text)
                    .unwrap_or_else(|| "No review yet.".to_owned());
                view! { <li><strong>{name}</strong>{target}": "{latest}</li> }.into_any()
            })
            .collect::<Vec<_>>();
        view! {
            <section aria-labelledby="plan-reviews-heading" class="report-step">
                <h3 id="plan-reviews-heading">"Reviews"</h3>
                <p>{next}</p>
                <ul class="plan-report">{latest}</ul>
            </section>
        }
        .into_any()
    });
    view! {
        <section aria-labelledby="plan-report-heading" class="report-section">
            <h2 id="plan-report-heading">"First 90 days"</h2>
            <p>{summary}</p>
            <p class="row-actions"><AddToCalendar playbook/></p>
            {phases}
            {reviews}
        </section>
    }
}

/// A phase's part of an element id.
fn phase_slug(phase: Phase) -> &'static str {
    match phase {
        Phase::Listen => "listen",
        Phase::Align => "align",
        Phase::Commit => "commit",
    }
}

#[component]
fn StrategyReport(document: Playbook) -> impl IntoView {
    let started = document.started();
    let strategy = document.strategy;
    let body = if strategy.is_empty() {
        view! { <p class="still-missing">"The program strategy has not been started yet."</p> }
            .into_any()
    } else {
        let progress = strategy.progress(started);
        view! {
            <p>{format!("{}.", progress.summary())}</p>
            {Step::ALL.map(|step| step_report(&strategy, step, started)).collect_view()}
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="strategy-report-heading" class="report-section">
            <h2 id="strategy-report-heading">"Program strategy"</h2>
            {body}
        </section>
    }
}

fn step_report(strategy: &Strategy, step: Step, started: chrono::NaiveDate) -> AnyView {
    let heading = format!("step-{}-heading", step.slug());
    let labelled_by = heading.clone();
    let parts = step
        .parts()
        .iter()
        .map(|part| match *part {
            Part::Fields(fields) => {
                let answers = fields
                    .iter()
                    .filter(|field| field.applies(strategy))
                    .map(|&field| {
                        let answer = strategy.shown_text_with(field, date_text);
                        let shown = if answer.is_empty() {
                            view! { <dd class="unanswered">"Not answered yet."</dd> }.into_any()
                        } else {
                            view! { <dd class="answer">{answer}</dd> }.into_any()
                        };
                        view! { <dt>{field.spec().label}</dt>{shown} }.into_any()
                    })
                    .collect_view();
                view! { <dl class="answers">{answers}</dl> }.into_any()
            }
            Part::List(ListKind::Goals) => goals_report(strategy, started).into_any(),
            Part::List(kind) => list_report(strategy, kind).into_any(),
        })
        .collect_view();
    let missing = step.missing_with(strategy, started, date_text);
    view! {
        <section aria-labelledby=labelled_by class="report-step">
            <h3 id=heading>{format!("{}. {}", step.number(), step.title())}</h3>
            {parts}
            {(!missing.is_empty()).then(|| view! {
                <div class="still-missing">
                    <p><strong>"Still missing:"</strong></p>
                    {bullets(missing)}
                </div>
            }.into_any())}
        </section>
    }
    .into_any()
}

/// A list as a table: one row per item, one column per field.
fn list_report(strategy: &Strategy, kind: ListKind) -> AnyView {
    let items = strategy.items(&ListAt::top(kind));
    let body = if items.is_empty() {
        view! { <p class="unanswered">{format!("No {} yet.", in_sentence(kind.title()))}</p> }
            .into_any()
    } else {
        let specs = kind.fields();
        let rows = items
            .iter()
            .map(|item| {
                let mut cells = specs
                    .iter()
                    .map(|spec| strategy.shown_with(*item, spec, date_text))
                    .collect::<Vec<_>>();
                let head = if cells.is_empty() {
                    String::new()
                } else {
                    cells.remove(0)
                };
                DataRow::text(head, cells)
            })
            .collect();
        let columns = specs.iter().map(|spec| spec.label).collect();
        data_table(kind.title().to_owned(), None, columns, rows)
    };
    view! { <h4>{kind.title()}</h4> {body} }.into_any()
}

/// Each goal as its sentence, then who owns it, what it serves, its milestones and how it
/// fares against the SMART check.
fn goals_report(strategy: &Strategy, started: chrono::NaiveDate) -> AnyView {
    let goals = strategy
        .goals
        .goals
        .iter()
        .map(|goal| {
            let failing: Vec<String> = smart::check_with(goal, strategy, started, date_text)
                .into_iter()
                .filter_map(|check| check.missing.map(|what| format!("{}: {what}", check.letter.name())))
                .collect();
            let serves = ListKind::Goals
                .spec(ItemField::RelevantTo)
                .map(|spec| strategy.shown_with(goal, spec, date_text))
                .unwrap_or_default();
            let milestones = ListAt::milestones_of(goal.id.clone());
            let milestones = strategy
                .items(&milestones)
                .into_iter()
                .map(|milestone| {
                    let due = ListKind::Milestones
                        .spec(ItemField::Due)
                        .map(|spec| strategy.shown_with(milestone, spec, date_text))
                        .unwrap_or_default();
                    let text = milestone.get(ItemField::Milestone);
                    view! { <li>{if due.is_empty() { text } else { format!("{text} (due {due})") }}</li> }.into_any()
                })
                .collect_view();
            view! {
                <li class="goal-report">
                    <p class="sentence">{smart::sentence_text_with(goal, date_text)}</p>
                    <p class="meta">
                        {format!("Owner: {}", if goal.owner.trim().is_empty() { "not named" } else { goal.owner.trim() })}
                        {(!serves.is_empty()).then(|| format!(" · Serves: {serves}"))}
                    </p>
                    {if failing.is_empty() {
                        view! { <p class="complete">"SMART: all five letters met."</p> }.into_any()
                    } else {
                        view! { <ul class="unmet">{list_items(failing)}</ul> }.into_any()
                    }}
                    <ul class="milestones">{milestones}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <h4>"SMART goals"</h4> <ol class="goals-report">{goals}</ol> }.into_any()
}
