//! A playbook's own page: its details, edited in place, and its executive interviews, one
//! entry per executive with their earlier interviews one click away.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::browser;
use crate::domain::buyin::guide::{addressed, whom};
use crate::domain::buyin::questions::QUESTIONS;
use crate::domain::buyin::series::{series_of, Series};
use crate::domain::buyin::verdict::judge;
use crate::domain::buyin::{Assessment, AssessmentId, Interviewee};
use crate::domain::playbook::{Part, Playbook, PlaybookEdit, PlaybookId};
use crate::domain::strategy::steps::{Progress, Step};
use crate::ui::erased::{clicked, memo, reactive, submitted};
use crate::ui::fields::{keep_in, name_field, refusal, TextField, TextInputKind};
use crate::ui::files::ExportPanel;
use crate::ui::focus::focus_when_drawn;
use crate::ui::onboarding::ThisWeekCard;
use crate::ui::page::{playbook_page, Later, PageTitle, SaveStatus};
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::{meta, show_more};
use crate::ui::time::{date_text, LocalTime};

#[component]
pub fn PlaybookPage() -> impl IntoView {
    playbook_page(|id| view! { <PlaybookDetails id/> }.into_any())
}

/// A field of the playbook, read for display.
pub fn playbook_text(
    store: Store,
    id: PlaybookId,
    read: fn(&Playbook) -> String,
) -> Signal<String> {
    Signal::derive(move || {
        store
            .library
            .with(|library| library.get(&id).map(read).unwrap_or_default())
    })
}

#[component]
fn PlaybookDetails(id: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let title = playbook_text(store, id.clone(), |playbook| playbook.title.clone());
    let edit = {
        let id = id.clone();
        move |make: fn(String) -> PlaybookEdit| {
            let id = id.clone();
            Callback::new(move |text: String| {
                store
                    .edit(&id, make(text))
                    .map_err(|problem| problem.to_string())
            })
        }
    };
    let (created_at, example) = store
        .library
        .with_untracked(|library| {
            library
                .get(&id)
                .map(|playbook| (Some(playbook.created_at), playbook.example))
        })
        .unwrap_or_default();

    view! {
        <PageTitle text=title/>
        <nav aria-label="Breadcrumb" class="breadcrumb"><ol><li><a href=routes::home()>"Playbooks"</a></li></ol></nav>
        <h1>{move || title.get()}</h1>
        {example.then(|| view! {
            <p class="banner">
                "This is an example, to show what a finished playbook looks like. Look around, change anything, "
                "and delete it from your playbooks when you no longer need it."
            </p>
        }.into_any())}
        <SaveStatus playbook=id.clone()/>
        <p><a href=routes::report(&id)>"Read the report"</a>" — every verdict and the whole strategy, ready to print or share."</p>
        <section aria-labelledby="details-heading" class="card">
            <h2 id="details-heading">"Details"</h2>
            {name_field("Title", title, edit(PlaybookEdit::Title), true, "off")}
            {name_field("Company", playbook_text(store, id.clone(), |playbook| playbook.company.clone()), edit(PlaybookEdit::Company), false, "organization")}
            {name_field("Author", playbook_text(store, id.clone(), |playbook| playbook.author.clone()), edit(PlaybookEdit::Author), false, "name")}
            <p class="meta">{created_at.map(|at| view! { "Created " <LocalTime at/> }.into_any())}</p>
        </section>
        // The details are drawn first, the cards below them in the task that follows.
        <Later>
            <ThisWeekCard playbook=id.clone()/>
            <Interviews playbook=id.clone()/>
            <StrategyCard playbook=id.clone()/>
            <ExportPanel playbook=id.clone()/>
        </Later>
    }
}

const INTERVIEWS_HEADING: &str = "interviews-heading";

/// How many executives the list draws at first, and then at each "Show more".
const EXECUTIVES_PAGE: usize = 40;

#[component]
fn Interviews(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    // Drawn again when an interview changes, not for a key press in the playbook's details:
    // only the guides' addresses read the title.
    let changed = store.revision(playbook.clone(), &[Part::Interviews]);
    let title = playbook_text(store, playbook.clone(), |p| p.title.clone());
    let shown = RwSignal::new(EXECUTIVES_PAGE);
    let id = StoredValue::new(playbook.clone());
    let count = move || {
        changed.get();
        store.library.with_untracked(|library| {
            id.with_value(|id| library.get(id).map_or(0, |p| p.assessments.len()))
        })
    };
    let compare = routes::compare(&playbook);
    view! {
        <section aria-labelledby=INTERVIEWS_HEADING class="card">
            <h2 id=INTERVIEWS_HEADING tabindex="-1">"Executive buy-in"</h2>
            <p class="lede">
                "Interview each executive on what they expect from DevRel. Rate what each answer shows and note any warning "
                "signs; the verdict says whether they get it, sit in the middle ground, or have no clue, and what to do next."
            </p>
            {reactive(move || {
                changed.get();
                let drawn = shown.get();
                store.library.with_untracked(|library| {
                    let playbook = id.get_value();
                    let assessments = library.get(&playbook).map(|p| p.assessments.as_slice()).unwrap_or_default();
                    if assessments.is_empty() {
                        return view! { <p class="empty">"No interviews yet."</p> }.into_any();
                    }
                    let executives = series_of(assessments);
                    let first_new = executives.get(drawn).map(|series| row_link(&series.latest().id));
                    view! {
                        <ul class="interview-list">
                            {executives.iter().take(drawn).map(|series| executive_row(&playbook, series, title)).collect_view()}
                        </ul>
                        {show_more(shown, drawn.min(executives.len()), executives.len(), EXECUTIVES_PAGE, first_new)}
                    }
                    .into_any()
                })
            })}
            {move || (count() >= 2).then(|| view! { <p><a href=compare.clone()>"Compare executives side by side"</a></p> }.into_any()).into_any()}
            {guide_paragraph(routes::guide_page().to_owned(), " — the questions on paper, with room for notes, for an interview held away from the screen.")}
            <NewInterviewForm playbook/>
        </section>
    }
}

/// The badge of an interview's verdict, or how far it has got.
fn status(assessment: &Assessment) -> AnyView {
    match judge(assessment).verdict() {
        Some(verdict) => view! { <span class=format!("badge verdict-{verdict:?}")>{verdict.label()}</span> }.into_any(),
        None => view! { <span class="badge">{format!("In progress: {} of {} rated", assessment.rated_count(), QUESTIONS.len())}</span> }.into_any(),
    }
}

/// One executive: their latest interview with its verdict and actions first, then their
/// earlier interviews with the trend behind a disclosure.
fn executive_row(playbook: &PlaybookId, series: &Series, title: Signal<String>) -> AnyView {
    let assessment = series.latest();
    let details: Vec<String> = [
        assessment.role.clone(),
        assessment.interview_date.map(date_text).unwrap_or_default(),
    ]
    .into_iter()
    .filter(|text| !text.trim().is_empty())
    .collect();
    let base = routes::interview(playbook, &assessment.id);
    let name = assessment.executive.clone();
    let due_again = (series.due_again() <= browser::today()).then(|| {
        view! { <p class="meta due-again">"Last interviewed more than a quarter ago: interview again to see where they stand now."</p> }
            .into_any()
    });
    view! {
        <li class="interview-row">
            <div>
                <h3><a href=base.clone() id=row_link(&assessment.id)>{name}</a></h3>
                {meta(details.join(" · "))}
                {due_again}
            </div>
            {status(assessment)}
            <InterviewActions playbook=playbook.clone() id=assessment.id.clone() executive=assessment.executive.clone() guide=whom(series, assessment) title/>
            {history(playbook, series)}
        </li>
    }
    .into_any()
}

/// The earlier interviews of an executive, most recent first, each with its date and verdict,
/// and how the verdict moved.
fn history(playbook: &PlaybookId, series: &Series) -> Option<AnyView> {
    let store = expect_context::<Store>();
    let points = series.points();
    if points.len() < 2 {
        return None;
    }
    let earlier = points.len() - 1;
    let summary = format!(
        "{earlier} earlier {}",
        if earlier == 1 {
            "interview"
        } else {
            "interviews"
        }
    );
    let trend = series
        .trend()
        .map(|trend| view! { <p>{trend.sentence_with(date_text)}</p> }.into_any());
    let items = points[..earlier]
        .iter()
        .rev()
        .map(|point| {
            let href = routes::verdict(playbook, &point.id);
            let when = point.when_with(date_text);
            let delete = format!("Delete the interview of {when}");
            let (playbook, id) = (playbook.clone(), point.id.clone());
            view! {
                <li>
                    <a href=href>{when}</a>": "{point.outcome()}" "
                    <button type="button" class="danger" aria-label=delete on:click=clicked(move |_| store.remove_assessment(&playbook, &id))>"Delete"</button>
                </li>
            }.into_any()
        })
        .collect_view();
    Some(
        view! {
            <details class="history">
                <summary>{summary}</summary>
                {trend}
                <ol>{items}</ol>
            </details>
        }
        .into_any(),
    )
}

/// The id of the link that opens an executive's latest interview, which "Show more" focuses.
fn row_link(id: &AssessmentId) -> String {
    format!("executive-{id}")
}

/// `guide` is the guide's address after the playbook's title (`guide::whom`): the list is
/// drawn again when an interview changes, and only the title is read here.
#[component]
fn InterviewActions(
    playbook: PlaybookId,
    id: AssessmentId,
    executive: String,
    guide: String,
    title: Signal<String>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let navigate = use_navigate();
    let interview = routes::interview(&playbook, &id);
    let verdict = routes::verdict(&playbook, &id);
    let guide = move || title.with(|title| addressed(title, Some(&guide)));
    let id = StoredValue::new(id);
    let playbook = StoredValue::new(playbook);
    let again = move |_| {
        if let Some(later) = store.follow_up(&playbook.get_value(), &id.get_value()) {
            navigate(
                &routes::interview(&playbook.get_value(), &later),
                NavigateOptions::default(),
            );
        }
    };
    // The row and its buttons go; focus goes to the list's heading rather than to nowhere.
    let remove = move |_| {
        store.remove_assessment(&playbook.get_value(), &id.get_value());
        focus_when_drawn(INTERVIEWS_HEADING.to_owned());
    };
    let actions = format!("Actions for the interview with {executive}");
    view! {
        <div class="row-actions" role="group" aria-label=actions>
            <a href=interview>"Continue interview"</a>
            <a href=verdict>"Verdict"</a>
            <a href=guide rel="external">"Print a guide"</a>
            <button type="button" on:click=clicked(again)>"Interview again"</button>
            <button type="button" class="danger" on:click=clicked(remove)>"Delete"</button>
        </div>
    }
}

/// A link to the printable guide's page, which is beside the app: `rel="external"` leaves it
/// to the browser rather than the router.
pub fn guide_link(href: String, text: &'static str) -> AnyView {
    view! { <a href=href rel="external">{text.to_owned()}</a> }.into_any()
}

/// "Print an interview guide" linked to `href`, then what it is for.
pub fn guide_paragraph(href: String, after: &'static str) -> AnyView {
    view! { <p>{guide_link(href, "Print an interview guide")}{after}</p> }.into_any()
}

/// The address of the printable guide for the interview `id`, with its ratings as they are now.
pub fn guide_of(store: Store, playbook: &PlaybookId, id: &AssessmentId) -> String {
    store.library.with_untracked(|library| {
        library.get(playbook).map_or_else(
            || routes::guide_page().to_owned(),
            |document| routes::interview_guide(document, id),
        )
    })
}

#[component]
fn NewInterviewForm(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let navigate = use_navigate();
    let executive = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let interviewer = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let playbook = StoredValue::new(playbook);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let who = Interviewee {
            executive: executive.get_untracked(),
            role: role.get_untracked(),
            interview_date: date.get_untracked(),
            interviewer: interviewer.get_untracked(),
        };
        match store.add_assessment(&playbook.get_value(), who) {
            Ok(id) => navigate(
                &routes::interview(&playbook.get_value(), &id),
                NavigateOptions::default(),
            ),
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    view! {
        <form class="new-interview" aria-labelledby="new-interview-heading" on:submit=submitted(submit) novalidate=true>
            <h3 id="new-interview-heading">"Interview an executive"</h3>
            <div class="field-row">
                {name_field("Executive's name", executive.into(), keep_in(executive), true, "off")}
                {name_field("Role", role.into(), keep_in(role), false, "off")}
            </div>
            <div class="field-row">
                <TextField label="Interview date" value=date on_input=keep_in(date) kind=TextInputKind::Date/>
                {name_field("Interviewer", interviewer.into(), keep_in(interviewer), false, "name")}
            </div>
            {refusal(error)}
            <button type="submit" class="primary">"Start interview"</button>
        </form>
    }
}

/// Where the program strategy stands, step by step, and the way into it.
#[component]
fn StrategyCard(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let id = StoredValue::new(playbook.clone());
    let changed = store.revision(playbook.clone(), &[Part::Strategy]);
    let progress = memo(move || {
        changed.get();
        id.with_value(|id| {
            store.library.with_untracked(|library| {
                library
                    .get(id)
                    .map(|p| p.strategy.progress(p.started()))
                    .unwrap_or_default()
            })
        })
    });
    let done = move || progress.with(Progress::steps_done);
    let resume = move || {
        let (done, first_unfinished) = progress.with(|p| (p.steps_done(), p.first_unfinished()));
        let label = match done {
            0 => "Start the strategy",
            Step::COUNT => "Review the strategy",
            _ => "Continue the strategy",
        };
        let step = first_unfinished.unwrap_or(Step::Alignment);
        view! { <a class="button primary" href=routes::strategy_step(&id.get_value(), step)>{label}</a> }
    };
    view! {
        <section aria-labelledby="strategy-heading" class="card">
            <h2 id="strategy-heading">"Program strategy"</h2>
            <p class="lede">
                "From the company's goals and top problems to SMART goals your manager agrees to, and a plan "
                "for telling the company about the work, in nine steps."
            </p>
            <p class="progress-line">
                <progress max=Step::COUNT value=move || done().to_string() aria-label="Strategy steps complete"></progress>
                <span>{move || progress.with(Progress::summary)}</span>
            </p>
            <ol class="step-summary">
                {Step::ALL.into_iter().map(|step| {
                    let state = move || match progress.with(|p| p.lacking(step)) {
                        0 => "complete".to_owned(),
                        1 => "1 thing missing".to_owned(),
                        n => format!("{n} things missing"),
                    };
                    view! {
                        <li><a href=routes::strategy_step(&playbook, step)>{step.title()}</a> <span class="meta">{reactive(state)}</span></li>
                    }.into_any()
                }).collect_view()}
            </ol>
            <p>{reactive(resume)}</p>
        </section>
    }
}
