//! A SMART goal at a glance: its template sentence with the blanks still to fill, and the
//! check of each letter, live as the goal is written.

use leptos::prelude::*;

use crate::domain::iso8601;
use crate::domain::strategy::smart::{self, Piece};
use crate::domain::strategy::ItemId;
use crate::ui::erased::memo;
use crate::ui::plan::Plan;
use crate::ui::time::{date_text, LocalDate};

/// `values` are the goal's field values: the sentence and the check change only with them
/// (removing what a goal serves clears its link), so a key press in one of three hundred goals
/// re-runs one goal's check, not all of them.
#[component]
pub fn GoalSummary(
    plan: Plan,
    id: ItemId,
    values: Memo<Vec<String>>,
    #[prop(into)] open: Signal<bool>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    let sentence = move || {
        values.track();
        plan.read_untracked(|s| {
            id.with_value(|id| s.goal(id).map(smart::sentence).unwrap_or_default())
        })
    };
    // Time-bound also reads the milestones, which are items of their own, not goal fields:
    // each milestone's words, then its day (empty for none).
    let milestones_due = memo(move || {
        plan.read(|s| {
            id.with_value(|id| {
                s.goal(id)
                    .map(|goal| {
                        goal.milestones
                            .iter()
                            .flat_map(|milestone| {
                                [
                                    milestone.milestone.clone(),
                                    milestone.due.map(iso8601::date::format).unwrap_or_default(),
                                ]
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let checks = memo(move || {
        values.track();
        milestones_due.track();
        plan.read_untracked(|s| {
            id.with_value(|id| {
                s.goal(id)
                    .map(|goal| smart::check_with(goal, s, plan.started, date_text).to_vec())
                    .unwrap_or_default()
            })
        })
    });
    let passed = move || checks.with(|checks| checks.iter().filter(|c| c.passes()).count());
    view! {
        <p class="sentence">
            {move || sentence().into_iter().map(|piece| match piece {
                Piece::Fixed(text) => text.into_any(),
                Piece::Filled(text) => view! { <strong>{text}</strong> }.into_any(),
                Piece::Date(day) => view! { <strong><LocalDate day/></strong> }.into_any(),
                Piece::Blank(blank) => view! { <span class="blank">{format!("[{blank}]")}</span> }.into_any(),
            }).collect_view().into_any()}
        </p>
        <div class="smart-check">
            <p class="smart-score">{move || format!("SMART: {} of 5 letters met", passed())}</p>
            // Read out as letters flip while the goal is written.
            <ul class="smart" aria-label="SMART check" aria-live=move || open.get().then_some("polite")>
                {move || checks.get().into_iter().map(|check| {
                    let met = check.passes();
                    let detail = match (&check.missing, open.get()) {
                        (None, _) => "met".to_owned(),
                        (Some(missing), true) => format!("not met: {missing}"),
                        (Some(_), false) => "not met".to_owned(),
                    };
                    view! {
                        <li class=if met { "met" } else { "unmet" }>
                            <span class="letter" aria-hidden="true">{check.letter.initial()}</span>
                            <span>{format!("{}: {detail}", check.letter.name())}</span>
                        </li>
                    }.into_any()
                }).collect_view().into_any()}
            </ul>
        </div>
    }
}
