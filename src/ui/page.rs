//! What pages share: the document title, the save status, the breadcrumb, finding the playbook
//! (and the interview) that the address names, and drawing a page's lower parts a task later.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::domain::buyin::AssessmentId;
use crate::domain::id::Id;
use crate::domain::library::Entry;
use crate::domain::playbook::PlaybookId;
use crate::ui::erased::clicked;
use crate::ui::erased::{effect, in_next_task, memo, reactive, When};
use crate::ui::routes;
use crate::ui::store::{SaveState, Store};
use crate::ui::time::LocalTime;

/// Draws `children` one task after the rest of the page: the parts below its first screen, and
/// at the start the page itself (`app::App`). A wasm function is compiled the first time it
/// runs, so drawing a page is mostly compiling; in two tasks, neither holds a slow phone long.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let due = RwSignal::new(false);
    in_next_task(Box::new(move || due.set(true)));
    view! { <When when=due.into()>{children()}</When> }
}

/// Sets the browser tab's title while the page is shown.
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    effect(move || document().set_title(&format!("{} · DevRel Playbook", text.get())));
}

/// Says whether the latest change is stored, so the user never has to wonder, and asks which
/// version to keep when another tab changed the same playbook.
#[component]
pub fn SaveStatus(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let id = StoredValue::new(playbook);
    // The latest save speaks of this page only when it was this playbook's.
    let state = move || {
        if store
            .saved_for
            .with(|about| about.as_ref() == Some(&id.get_value()))
        {
            store.save_state.get()
        } else {
            SaveState::Unchanged
        }
    };
    let recovered = move || {
        store
            .recovered
            .with(|recovered| recovered.contains(&id.get_value()))
    };
    let in_conflict = move || {
        store
            .conflicts
            .with(|conflicts| conflicts.contains(&id.get_value()))
    };
    view! {
        <p class="save-status" role="status">
            {move || match state() {
                SaveState::Unchanged => view! { "All changes are saved in this browser." }.into_any(),
                SaveState::Pending => view! { "Saving…" }.into_any(),
                SaveState::Saved(at) => view! { "Saved in this browser at " <LocalTime at/> "." }.into_any(),
                SaveState::NotSaved(problem) => view! { <span class="problem">"Not saved. " {problem.to_string()}</span> }.into_any(),
                SaveState::Recovered => view! { <span class="problem">"Not saved yet: these changes were brought back after the page was left."</span> }.into_any(),
            }}
        </p>
        <When when=Signal::derive(in_conflict)>
            <section class="banner banner-problem" aria-labelledby="conflict-heading">
                <h2 id="conflict-heading">"Changed in another tab"</h2>
                <p>
                    "This playbook was saved in another tab or window while you were changing it here. "
                    "Your changes are still on this page. Which version do you want?"
                </p>
                <div class="row-actions">
                    <button type="button" on:click=clicked(move |_| store.keep_both_versions(&id.get_value()))>"Keep both"</button>
                    <button type="button" on:click=clicked(move |_| store.keep_this_version(&id.get_value()))>"Keep this tab's version"</button>
                    <button type="button" on:click=clicked(move |_| store.use_other_version(&id.get_value()))>"Use the other tab's version"</button>
                </div>
            </section>
        </When>
        <When when=Signal::derive(recovered)>
            <section class="banner banner-problem" aria-labelledby="recovered-heading">
                <h2 id="recovered-heading">"Unsaved changes brought back"</h2>
                <p>
                    "These changes were on this page but not saved when it was last reloaded or closed. "
                    "The saved version has not changed since. Save them over it, or discard them?"
                </p>
                <div class="row-actions">
                    <button type="button" class="primary" on:click=clicked(move |_| store.save_recovered(&id.get_value()))>"Save them"</button>
                    <button type="button" on:click=clicked(move |_| store.discard_recovered(&id.get_value()))>"Discard them"</button>
                </div>
            </section>
        </When>
    }
}

/// What the `:id` in the address points at.
#[derive(Clone, PartialEq)]
enum Found {
    Playbook(PlaybookId),
    Unreadable(String),
    Missing,
}

fn param(name: &'static str) -> Memo<Option<Id>> {
    let params = use_params_map();
    memo(move || {
        params
            .with(|params| params.get(name))
            .and_then(|text| Id::parse(&text))
    })
}

/// Renders `page` for the playbook the address names, or says why there is none.
///
/// `page` is a plain function, not a generic closure, so that this function and the views of a
/// missing or unreadable playbook are compiled once rather than once per page.
pub fn playbook_page(page: fn(PlaybookId) -> AnyView) -> impl IntoView {
    let store = expect_context::<Store>();
    let id = param(routes::PLAYBOOK_PARAM);
    let found = memo(move || {
        let Some(id) = id.get() else {
            return Found::Missing;
        };
        // The playbook is read here, when it is first opened, not when the app starts.
        store
            .library
            .with(|library| match library.entry(id.as_str()) {
                Some(Entry::Readable(_)) => Found::Playbook(id.clone()),
                Some(Entry::Unreadable(unreadable)) => {
                    Found::Unreadable(unreadable.problem.to_string())
                }
                None => Found::Missing,
            })
    });
    reactive(move || {
        match found.get() {
        Found::Playbook(id) => page(id),
        Found::Unreadable(problem) => view! {
            <PageTitle text="Playbook cannot be read"/>
            <h1>"This playbook cannot be read"</h1>
            <p>{problem}</p>
            <p>"It is kept in this browser as it was. " <a href=routes::home()>"Back to your playbooks"</a></p>
        }
        .into_any(),
        Found::Missing => view! {
            <PageTitle text="Playbook not found"/>
            <h1>"Playbook not found"</h1>
            <p>"This browser has no playbook at this address. It may have been deleted, or made in another browser: playbooks live in the browser that made them."</p>
            <p><a href=routes::home()>"Back to your playbooks"</a></p>
        }
        .into_any(),
    }
    })
}

/// Renders `page` for the interview the address names inside `playbook`, or says it is gone.
/// (`page` is a plain function for the same reason as in `playbook_page`.)
pub fn assessment_page(
    playbook: PlaybookId,
    page: fn(PlaybookId, AssessmentId) -> AnyView,
) -> AnyView {
    let store = expect_context::<Store>();
    let id = param(routes::INTERVIEW_PARAM);
    let exists = {
        let playbook = playbook.clone();
        memo(move || {
            let id = id.get()?;
            store
                .library
                .with(|library| library.get(&playbook)?.assessment(&id).map(|_| id.clone()))
        })
    };
    let back = routes::playbook(&playbook);
    reactive(move || match exists.get() {
        Some(id) => page(playbook.clone(), id),
        None => view! {
            <PageTitle text="Interview not found"/>
            <h1>"Interview not found"</h1>
            <p>"This playbook has no interview at this address. It may have been deleted."</p>
            <p><a href=back.clone()>"Back to the playbook"</a></p>
        }
        .into_any(),
    })
    .into_any()
}

/// The trail back from a page inside a playbook.
#[component]
pub fn Breadcrumb(
    playbook: PlaybookId,
    #[prop(optional)] interview: Option<(AssessmentId, String)>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let title = {
        let playbook = playbook.clone();
        move || {
            store.library.with(|library| {
                library
                    .get(&playbook)
                    .map(|p| p.title.clone())
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <nav aria-label="Breadcrumb" class="breadcrumb">
            <ol>
                <li><a href=routes::home()>"Playbooks"</a></li>
                <li><a href=routes::playbook(&playbook)>{reactive(title)}</a></li>
                {interview.map(|(id, name)| view! { <li><a href=routes::interview(&playbook, &id)>{format!("Interview with {name}")}</a></li> }.into_any())}
            </ol>
        </nav>
    }
}
