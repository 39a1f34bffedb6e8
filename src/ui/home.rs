//! The home page: the library of playbooks kept in this browser.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::browser;
use crate::domain::edit::MAX_NAME_CHARS;
use crate::domain::library::{Library, Summary, UnreadableEntry};
use crate::domain::playbook::{NewPlaybook, PlaybookEdit, PlaybookId};
use crate::ui::erased::{clicked, pressed, reactive, submitted};
use crate::ui::erased::{Keyed, KeyedRows, When};
use crate::ui::fields::{keep_in, name_field, refusal, TextField};
use crate::ui::files::{BackupButton, ImportPanel};
use crate::ui::focus::focus_when_drawn;
use crate::ui::notices::Notices;
use crate::ui::page::{Later, PageTitle};
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::show_more;
use crate::ui::time::LocalTime;

/// How many playbooks the home page draws at first, and then at each "Show more".
const FIRST_ROWS: usize = 10;

#[component]
pub fn HomePage() -> impl IntoView {
    let store = expect_context::<Store>();
    let heading = NodeRef::<html::H1>::new();
    let navigate = use_navigate();
    let notices = expect_context::<Notices>();
    // The example is a file beside the app, fetched only when asked for.
    let open_example = move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let Some(text) = browser::fetch_text(routes::EXAMPLE_FILE).await else {
                return notices.problem(
                    "The example could not be fetched. Check the connection and try again.",
                );
            };
            match store.open_example(&text) {
                Ok(id) => navigate(&routes::playbook(&id), NavigateOptions::default()),
                Err(error) => notices.problem(format!("The example could not be opened. {error}")),
            }
        });
    };
    // A large library draws its most recently updated playbooks first, so the page is ready
    // as soon with a hundred as with one; the others are a click away.
    // What the index says of each playbook: the home page reads none of them.
    let summaries = move || store.library.with(Library::summaries);
    let shown = RwSignal::new(FIRST_ROWS);
    let show_more_rows = move || {
        let listed = summaries();
        let drawn = listed.len().min(shown.get());
        let first_new = listed.get(drawn).map(|summary| rename_button(&summary.id));
        show_more(shown, drawn, listed.len(), FIRST_ROWS, first_new).into_any()
    };
    let unreadable = move || {
        store
            .library
            .with(|library| library.unreadable().cloned().collect::<Vec<_>>())
    };
    // When a row goes away its buttons do too; keep keyboard focus on the page, not lost.
    let focus_heading = move || {
        if let Some(heading) = heading.get_untracked() {
            let _ = heading.focus();
        }
    };

    view! {
        <PageTitle text="Your playbooks"/>
        <h1 node_ref=heading tabindex="-1">"Your playbooks"</h1>
        <p class="lede">
            "A playbook holds one company's executive buy-in interviews and DevRel program strategy. "
            "Everything is kept in this browser only; nothing is sent anywhere."
        </p>
        {move || store.load_problem.get().map(|problem| view! { <p class="banner banner-problem" role="alert">{problem.to_string()}</p> }.into_any()).into_any()}
        // A returning user comes back for their playbooks: they come first, before the forms
        // that start or bring in another.
        <section aria-labelledby="library-heading">
            <h2 id="library-heading">"Playbooks in this browser"</h2>
            <When
                when=Signal::derive(move || !summaries().is_empty())
                fallback=|| view! { <p class="empty">"No playbooks yet. Start one with the form below, or open the example to see a finished one."</p> }
            >
                <ul class="playbook-list">
                    <KeyedRows each=Callback::new(move |()| {
                        summaries()
                            .into_iter()
                            .take(shown.get())
                            .map(|summary| {
                                // A changed playbook is drawn anew: the key holds the exact time it was updated.
                                let at = summary.updated_at;
                                let key = format!("{} {} {}", summary.id, at.timestamp(), at.timestamp_subsec_nanos());
                                Keyed::new(key, move || view! { <PlaybookRow summary on_removed=focus_heading/> }.into_any())
                            })
                            .collect()
                    })/>
                </ul>
                {show_more_rows}
            </When>
            <When when=Signal::derive(move || summaries().iter().all(|summary| !summary.example))>
                <p>
                    <button type="button" on:click=clicked(open_example.clone())>"Open the example playbook"</button>
                </p>
            </When>
        </section>
        // Below the first screen on a phone, and about half of what the page compiles: a task
        // later, so that neither task holds a slow phone long (`Later`).
        <Later>
            <div class="start-or-import">
                <NewPlaybookForm/>
                <ImportPanel/>
            </div>
            <When when=Signal::derive(move || store.library.with(|library| library.unreadable().next().is_some()))>
                <section aria-labelledby="unreadable-heading" class="unreadable">
                    <h2 id="unreadable-heading">"Entries that could not be read"</h2>
                    <p>
                        "These are kept in this browser exactly as they were found; the app never changes or deletes them on its own. "
                        "Save the stored text as a file to repair or send it, then remove the entry to free its room."
                    </p>
                    <ul>
                        <KeyedRows each=Callback::new(move |()| {
                            unreadable()
                                .into_iter()
                                .map(|entry| Keyed::new(entry.id.clone(), move || view! { <UnreadableRow entry on_removed=focus_heading/> }.into_any()))
                                .collect()
                        })/>
                    </ul>
                </section>
            </When>
            <StorageUse/>
        </Later>
    }
}

/// How much room the playbooks take, and whether the browser has promised to keep them.
#[component]
fn StorageUse() -> impl IntoView {
    let store = expect_context::<Store>();
    let persistent = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(
        async move { persistent.set(browser::storage_is_persistent().await) },
    );
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            let granted = browser::ask_for_persistent_storage().await;
            persistent.set(granted);
        })
    };
    let used = move || store.storage_room().describe();
    view! {
        <section aria-labelledby="storage-heading" class="storage-use">
            <h2 id="storage-heading">"Storage in this browser"</h2>
            <p>{reactive(used)}</p>
            <p>"A backup file keeps everything, private notes included: keep it somewhere safe. " <BackupButton/></p>
            {move || match persistent.get() {
                Some(true) => view! { <p>"The browser has agreed to keep them until you clear this site's data."</p> }.into_any(),
                Some(false) => view! {
                    <p>
                        "The browser may clear them if it runs short of space. Export the ones you need, or "
                        <button type="button" on:click=clicked(ask)>"ask the browser to keep them"</button>
                        "."
                    </p>
                }
                .into_any(),
                None => ().into_any(),
            }}
        </section>
    }
}

#[component]
fn NewPlaybookForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let company = RwSignal::new(String::new());
    let author = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let details = NewPlaybook {
            title: title.get_untracked(),
            company: company.get_untracked(),
            author: author.get_untracked(),
        };
        match store.create(details) {
            Ok(id) => navigate(&routes::playbook(&id), NavigateOptions::default()),
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    view! {
        <section aria-labelledby="new-heading" class="card">
            <h2 id="new-heading">"Start a playbook"</h2>
            <form on:submit=submitted(submit) novalidate=true>
                <div class="field-row">
                    {name_field("Title", title.into(), keep_in(title), true, "off")}
                    {name_field("Company", company.into(), keep_in(company), false, "organization")}
                    {name_field("Your name", author.into(), keep_in(author), false, "name")}
                </div>
                {refusal(error)}
                <button type="submit" class="primary">"Create playbook"</button>
            </form>
        </section>
    }
}

#[component]
fn PlaybookRow<F>(summary: Summary, on_removed: F) -> impl IntoView
where
    F: Fn() + Copy + Send + Sync + 'static,
{
    let store = expect_context::<Store>();
    let renaming = RwSignal::new(false);
    let id = StoredValue::new(summary.id.clone());
    let title = summary.title.clone();
    let href = routes::playbook(&summary.id);
    let company = (!summary.company.trim().is_empty()).then(|| summary.company.clone());
    let exported_at = summary.exported_at;
    let example = summary.example;
    let reminder = summary.export_reminder(browser::now());
    let remove = move |_| {
        store.remove(&id.get_value());
        on_removed();
    };
    // Saving or cancelling a rename gives focus back to the Rename button the user started
    // from, drawn again (a saved title redraws the row at the top of the list).
    let rename_button = rename_button(&summary.id);
    let renamed = {
        let rename_button = rename_button.clone();
        move || {
            renaming.set(false);
            focus_when_drawn(rename_button.clone());
        }
    };
    let renamed = StoredValue::new(renamed);

    view! {
        <li class="playbook-row">
            <When
                when=renaming.into()
                fallback=move || {
                    let title = title.clone();
                    let actions_label = format!("Actions for {title}");
                    let href = href.clone();
                    let company = company.clone();
                    let rename_button = rename_button.clone();
                    view! {
                        <div class="playbook-summary">
                            <h3><a href=href>{title}</a> {example.then(|| view! { " " <span class="badge">"Example"</span> }.into_any())}</h3>
                            <p class="meta">
                                {company.map(|company| view! { <span>{company}</span> " · " }.into_any())}
                                "Updated " <LocalTime at=summary.updated_at/>
                                {exported_at.map(|at| view! { " · Exported " <LocalTime at/> }.into_any())}
                            </p>
                            {reminder.map(|reminder| view! { <p class="reminder">{reminder.message()}</p> }.into_any())}
                        </div>
                        <div class="row-actions" role="group" aria-label=actions_label>
                            <button type="button" id=rename_button on:click=clicked(move |_| renaming.set(true))>"Rename"</button>
                            <button type="button" on:click=clicked(move |_| store.duplicate(&id.get_value()))>"Duplicate"</button>
                            <button type="button" class="danger" on:click=clicked(remove)>"Delete"</button>
                        </div>
                    }
                }
            >
                <RenameForm id=id.get_value() current=summary.title.clone() done=move || renamed.with_value(|renamed| renamed())/>
            </When>
        </li>
    }
}

/// The id of a playbook's Rename button, which takes the focus back after a rename and when
/// "Show more" draws its row.
fn rename_button(id: &PlaybookId) -> String {
    format!("rename-{id}")
}

#[component]
fn RenameForm<F>(id: PlaybookId, current: String, done: F) -> impl IntoView
where
    F: Fn() + Copy + Send + Sync + 'static,
{
    let store = expect_context::<Store>();
    let value = RwSignal::new(current.clone());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.edit(
            &id,
            PlaybookEdit::Title(value.get_untracked().trim().to_owned()),
        ) {
            Ok(()) => done(),
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    let cancel_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            done();
        }
    };
    view! {
        <form class="rename" on:submit=submitted(submit) on:keydown=pressed(cancel_on_escape) novalidate=true>
            <TextField label=format!("New title for “{current}”") value=value on_input=keep_in(value) autofocus=true max_chars=MAX_NAME_CHARS/>
            {refusal(error)}
            <button type="submit" class="primary">"Save title"</button>
            <button type="button" on:click=clicked(move |_| done())>"Cancel"</button>
        </form>
    }
}

#[component]
fn UnreadableRow<F>(entry: UnreadableEntry, on_removed: F) -> impl IntoView
where
    F: Fn() + Copy + Send + Sync + 'static,
{
    let notices = expect_context::<Notices>();
    let store = expect_context::<Store>();
    let id = entry.id.clone();
    let removed_id = StoredValue::new(entry.id.clone());
    let remove = move |_| {
        store.remove_unreadable(&removed_id.get_value());
        on_removed();
    };
    let actions_label = format!("Actions for stored entry {}", entry.id);
    let download = move |_| {
        let Some(text) = store.stored_entry_text(&id) else {
            notices.problem("That entry is no longer in this browser's storage.");
            return;
        };
        if let Err(problem) = browser::download_text(
            &format!("unreadable-playbook-{id}.txt"),
            "text/plain",
            &text,
        ) {
            notices.problem(format!("The stored text could not be saved: {problem}."));
        }
    };
    view! {
        <li class="unreadable-row">
            <p>
                <strong>{format!("Stored entry {}", entry.id)}</strong>
                {format!(" ({} characters). ", entry.stored_chars)}
                {entry.problem.to_string()}
            </p>
            <div class="row-actions" role="group" aria-label=actions_label>
                <button type="button" on:click=clicked(download)>"Save stored text as a file"</button>
                <button type="button" class="danger" on:click=clicked(remove)>"Remove entry"</button>
            </div>
        </li>
    }
}
