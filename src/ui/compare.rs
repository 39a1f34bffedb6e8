//! Every executive of a playbook side by side: verdict, score per group, warning signs, and a
//! chart of the group scores drawn as SVG. Each executive shows by their latest interview;
//! a checkbox shows every interview of each.

use leptos::prelude::*;

use crate::domain::buyin::compare::{earlier_count, side_by_side, Row, Shown};
use crate::domain::buyin::questions::Group;
use crate::domain::buyin::verdict::Outcome;
use crate::domain::playbook::PlaybookId;
use crate::ui::erased::changed;
use crate::ui::page::{playbook_page, Breadcrumb, PageTitle};
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::{data_table, percent_text, show_more, DataRow, WideTable};
use crate::ui::time::date_text;

#[component]
pub fn ComparePage() -> impl IntoView {
    playbook_page(|playbook| view! { <Comparison playbook/> }.into_any())
}

#[component]
fn Comparison(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let assessments = store.library.with_untracked(|library| {
        library
            .get(&playbook)
            .map(|p| p.assessments.clone())
            .unwrap_or_default()
    });
    let every = RwSignal::new(false);
    let shown = RwSignal::new(PAGE);
    let earlier = earlier_count(&assessments);
    let assessments = StoredValue::new(assessments);
    let rows = move || {
        let shown = if every.get() {
            Shown::Every
        } else {
            Shown::Latest
        };
        assessments.with_value(|assessments| side_by_side(assessments, shown))
    };
    let playbook = StoredValue::new(playbook);
    view! {
        <PageTitle text="Compare executives"/>
        <Breadcrumb playbook=playbook.get_value()/>
        <h1>"Compare executives"</h1>
        {(earlier > 0).then(|| view! {
            <p>
                {move || if every.get() {
                    "Every interview of each executive, oldest first.".to_owned()
                } else {
                    let interviews = if earlier == 1 { "interview" } else { "interviews" };
                    format!("Each executive by their latest interview; {earlier} earlier {interviews} not shown.")
                }}
            </p>
            <label class="check">
                <input type="checkbox" prop:checked=every on:change=changed(move |ev| every.set(event_target_checked(&ev)))/>
                " Show every interview"
            </label>
        }.into_any())}
        {move || {
            let mut rows = rows();
            if rows.is_empty() {
                return view! { <p>"No interviews yet. Interview an executive from the playbook page."</p> }.into_any();
            }
            let total = rows.len();
            rows.truncate(shown.get());
            let more = show_more(shown, rows.len(), total, PAGE, None);
            view! { <ExecutivesTable playbook=playbook.get_value() rows=rows.clone()/> {more} <ScoreChart rows/> }.into_any()
        }}
    }
}

/// How many rows the comparison draws at first, and then at each "Show more".
const PAGE: usize = 100;

/// Every executive in a row: verdict, score per group and the warning signs heard.
#[component]
pub fn ExecutivesTable(playbook: PlaybookId, rows: Vec<Row>) -> impl IntoView {
    let table = rows
        .iter()
        .map(|row| {
            let verdict = match &row.outcome {
                Outcome::Decided(judgement) => format!(
                    "{} ({}%)",
                    judgement.verdict.label(),
                    judgement.overall_percent
                ),
                Outcome::Incomplete { .. } => "No verdict yet".to_owned(),
            };
            let href = routes::verdict(&playbook, &row.id);
            let date = row.interview_date.map(date_text).unwrap_or_default();
            let executive = row.executive.clone();
            let mut cells = vec![row.role.clone(), date, verdict];
            cells.extend(
                row.outcome
                    .groups()
                    .iter()
                    .map(|score| percent_text(score.percent)),
            );
            cells.push(
                row.signs
                    .iter()
                    .map(|sign| sign.label())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
            DataRow {
                head: view! { <a href=href>{executive}</a> }.into_any(),
                cells,
            }
        })
        .collect();
    let mut columns = vec!["Executive", "Role", "Interviewed", "Verdict"];
    columns.extend(Group::ALL.map(|group| group.title()));
    columns.push("Warning signs");
    data_table(
        "Executives compared".to_owned(),
        Some("compare-table"),
        columns,
        table,
    )
}

const ROW_HEIGHT: u32 = 28;
const LABEL_WIDTH: u32 = 170;
const BAR_AREA: u32 = 110;
const GAP: u32 = 10;

/// One line per executive, one bar per group, so dozens of executives still read clearly.
#[component]
pub fn ScoreChart(rows: Vec<Row>) -> impl IntoView {
    let width = LABEL_WIDTH + 5 * (BAR_AREA + GAP);
    let height = ROW_HEIGHT * (rows.len() as u32 + 1) + 8;
    let header = Group::ALL
        .iter()
        .enumerate()
        .map(|(at, group)| {
            let x = LABEL_WIDTH + at as u32 * (BAR_AREA + GAP);
            view! { <text x=x y=18 class="chart-heading">{group.title()}</text> }.into_any()
        })
        .collect_view();
    let lines = rows
        .iter()
        .enumerate()
        .map(|(line, row)| {
            let y = ROW_HEIGHT * (line as u32 + 1) + 8;
            let bars = row
                .outcome
                .groups()
                .iter()
                .enumerate()
                .map(|(at, score)| {
                    let x = LABEL_WIDTH + at as u32 * (BAR_AREA + GAP);
                    let filled = score.percent.unwrap_or(0) * BAR_AREA / 100;
                    let label = format!("{}, {}: {}", row.label_with(date_text), score.group.title(), percent_text(score.percent));
                    view! {
                        <g>
                            <title>{label}</title>
                            <rect x=x y=y width=BAR_AREA height=ROW_HEIGHT - 10 class="chart-track"/>
                            <rect x=x y=y width=filled height=ROW_HEIGHT - 10 class=format!("chart-bar chart-{:?}", score.group)/>
                        </g>
                    }.into_any()
                })
                .collect_view();
            let name: String = row.label_with(date_text).chars().take(22).collect();
            view! {
                <text x=0 y=y + 13 class="chart-label">{name}</text>
                {bars}
            }.into_any()
        })
        .collect_view();
    view! {
        <figure class="chart">
            <WideTable label="Chart of scores per group">
                <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="chart-caption">
                    {header}
                    {lines}
                </svg>
            </WideTable>
            <figcaption id="chart-caption">"Score per group for each executive: a full bar is 100%. The table above gives the same figures."</figcaption>
        </figure>
    }
}
