//! The program strategy wizard: nine steps, each drawn from its description in
//! `domain::strategy::steps`, with the progress through them, previous and next, and what the
//! current step still lacks. The address names the step, so a reload resumes where it was.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::playbook::{Part as PlaybookPart, PlaybookId};
use crate::domain::strategy::steps::{Part, Progress, Step};
use crate::domain::strategy::suggestions;
use crate::domain::strategy::{ListAt, StrategyEdit, Text};
use crate::ui::erased::{clicked, effect, memo};
use crate::ui::erased::{Keyed, KeyedRows};
use crate::ui::focus::focus_when_drawn;
use crate::ui::lists::{ListEditor, StrategyInput};
use crate::ui::page::{playbook_page, Breadcrumb, PageTitle, SaveStatus};
use crate::ui::plan::Plan;
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::{bullets, meta};
use crate::ui::time::date_text;

const STEP_HEADING: &str = "step-heading";

#[component]
pub fn WizardPage() -> impl IntoView {
    playbook_page(|playbook| view! { <Wizard playbook/> }.into_any())
}

#[component]
fn Wizard(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let plan = Plan::new(store, playbook.clone());
    let params = use_params_map();
    // The step's name in the address; no step there: the first one with something missing.
    let slug = memo(
        move || match params.with(|params| params.get(routes::STEP_PARAM)) {
            Some(slug) => slug,
            None => plan
                .read_untracked(|s| s.progress(plan.started).first_unfinished())
                .unwrap_or(Step::Alignment)
                .slug()
                .to_owned(),
        },
    );
    // The step, or the name in the address that is none.
    let step = move || slug.with(|slug| Step::from_slug(slug).ok_or_else(|| slug.clone()));
    // What the steps lack follows the strategy a frame late: on the goals step it checks every
    // goal, which a key press in one of three hundred would otherwise wait for.
    let strategy = store.settled_changes(playbook.clone(), &[PlaybookPart::Strategy]);
    let missing = memo(move || {
        strategy.track();
        step()
            .map(|step| plan.read_untracked(|s| step.missing_with(s, plan.started, date_text)))
            .unwrap_or_default()
    });
    let progress = memo(move || {
        let shown = step().ok();
        let lacking = missing.with(Vec::len);
        strategy.track();
        plan.read_untracked(|s| match shown {
            Some(shown) => Progress::around(s, plan.started, shown, lacking),
            None => s.progress(plan.started),
        })
    });
    let announcement = RwSignal::new(String::new());
    // A new step: focus its heading and say where the user is, and what is left there.
    let mut previous = None::<Option<Step>>;
    effect(move || {
        let current = step().ok();
        // From another step, or from an unknown one ("Go to the first step"): not on the
        // first drawing of the page.
        if let (Some(before), Some(now)) = (previous, current) {
            if before != Some(now) {
                focus_when_drawn(STEP_HEADING.to_owned());
                let left = missing.with_untracked(Vec::len);
                announcement.set(format!(
                    "Step {} of {}: {}. {}",
                    now.number(),
                    Step::COUNT,
                    now.title(),
                    match left {
                        0 => "Nothing is missing.".to_owned(),
                        1 => "One thing is missing.".to_owned(),
                        n => format!("{n} things are missing."),
                    }
                ));
            }
        }
        previous = Some(current);
    });
    let title = Signal::derive(move || match step() {
        Ok(step) => format!("Strategy step {}: {}", step.number(), step.title()),
        Err(_) => "Step not found".to_owned(),
    });
    let first = routes::strategy_step(&playbook, Step::Alignment);
    view! {
        <PageTitle text=title/>
        <Breadcrumb playbook=playbook.clone()/>
        <h1>"Program strategy"</h1>
        <SaveStatus playbook=playbook.clone()/>
        <StepNav playbook=playbook.clone() slug progress/>
        // Keyed by the step, so each step starts from fresh elements: a suggestion list left
        // open on one step must not show up open on the next.
        <KeyedRows each=Callback::new(move |()| {
            step()
                .ok()
                .map(|current| Keyed::new(current.slug().to_owned(), move || view! { <StepForm plan step=current missing/> }.into_any()))
                .into_iter()
                .collect()
        })/>
        {move || step().err().map(|slug| view! {
            <h2>"Step not found"</h2>
            <p>{format!("The strategy has no step called “{slug}”.")}</p>
            <p><a href=first.clone()>"Go to the first step"</a></p>
        }.into_any()).into_any()}
        <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
    }
}

/// The progress bar and the list of steps, each a link; the current one is marked.
#[component]
fn StepNav(
    playbook: PlaybookId,
    /// The name of the step on screen.
    slug: Memo<String>,
    progress: Memo<Progress>,
) -> impl IntoView {
    let count = move || progress.with(Progress::steps_done);
    view! {
        <nav aria-label="Strategy steps" class="steps card">
            <p class="progress-line">
                <progress max=Step::COUNT value=move || count().to_string() aria-label="Steps complete"></progress>
                <span>{move || progress.with(Progress::summary)}</span>
            </p>
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|each| {
                        let complete = move || progress.with(|p| p.is_done(each));
                        view! {
                            <li>
                                <a
                                    href=routes::strategy_step(&playbook, each)
                                    aria-current=move || slug.with(|slug| Step::from_slug(slug) == Some(each)).then_some("step")
                                >
                                    <span class="step-number">{each.number()}</span>
                                    <span>{each.title()}</span>
                                    <span class="step-state">{move || if complete() { "complete" } else { "to do" }.into_any()}</span>
                                </a>
                            </li>
                        }.into_any()
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

#[component]
fn StepForm(plan: Plan, step: Step, missing: Memo<Vec<String>>) -> impl IntoView {
    let playbook = plan.playbook();
    let previous = step.previous().map(|before| {
        view! { <a href=routes::strategy_step(&playbook, before) rel="prev">{format!("← Previous: {}", before.title())}</a> }.into_any()
    });
    let next = match step.next() {
        Some(after) => view! { <a href=routes::strategy_step(&playbook, after) rel="next" class="button primary">{format!("Next: {} →", after.title())}</a> }.into_any(),
        None => view! { <a href=routes::playbook(&playbook) class="button primary">"Done: back to the playbook"</a> }.into_any(),
    };
    view! {
        <section class="card step" aria-labelledby=STEP_HEADING>
            <h2 id=STEP_HEADING tabindex="-1">{format!("Step {} of {}: {}", step.number(), Step::COUNT, step.title())}</h2>
            <p class="lede">{step.guidance()}</p>
            {meta(step.credit().line())}
            {step.recalls().map(|(from, field)| view! {
                <dl class="answers">
                    <dt>
                        <a href=routes::strategy_step(&playbook, from)>{format!("Step {}", from.number())}</a>
                        {format!(": {}", field.spec().label)}
                    </dt>
                    <dd>{move || {
                        let noted = plan.read(|s| s.text(field));
                        if noted.trim().is_empty() { "Nothing noted yet.".to_owned() } else { noted }
                    }}</dd>
                </dl>
            }.into_any())}
            {step
                .parts()
                .iter()
                .map(|part| match *part {
                    Part::Fields(fields) => fields.iter().map(|&field| view! { <StrategyField plan field/> }.into_any()).collect_view().into_any(),
                    Part::List(kind) => view! { <ListEditor plan list=ListAt::top(kind)/> }.into_any(),
                })
                .collect_view()}
        </section>
        <section class="card missing" aria-labelledby="missing-heading">
            <h2 id="missing-heading">"Still missing in this step"</h2>
            {move || {
                let missing = missing.get();
                if missing.is_empty() {
                    view! { <p class="complete">"Nothing: this step is complete."</p> }.into_any()
                } else {
                    bullets(missing)
                }
            }}
        </section>
        <nav aria-label="Previous and next step" class="step-buttons">{previous} {next}</nav>
    }
}

/// One of the strategy's single answers, with its suggested answers.
#[component]
fn StrategyField(plan: Plan, field: Text) -> impl IntoView {
    let spec = field.spec();
    let value = Signal::derive(move || plan.read(|s| s.text(field)));
    let set = move |value: String| plan.edit(StrategyEdit::Set { field, value });
    let id = format!("strategy-{field:?}").to_ascii_lowercase();
    let control = view! {
        <StrategyInput plan label=spec.label hint=spec.hint kind=spec.kind value on_input=Callback::new(set) id rows=4/>
    };
    let (offered, credit) = suggestions::for_text(field);
    let applies = move || plan.read(|s| field.applies(s));
    view! {
        <div class="strategy-field" hidden=move || !applies()>
            {control}
            {(!offered.is_empty()).then(|| view! {
                <div class="suggested" role="group" aria-label=format!("Suggested answers: {}", spec.label)>
                    {offered.iter().map(|&text| view! {
                        <button type="button" class="chip" on:click=clicked(move |_| { let _ = set(text.to_owned()); })>{format!("Use “{text}”")}</button>
                    }.into_any()).collect_view()}
                    {meta(credit.line())}
                </div>
            }.into_any())}
        </div>
    }
}
