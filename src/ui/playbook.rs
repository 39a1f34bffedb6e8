//! A playbook's own page: its details, edited in place and saved as they are typed.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::domain::library::{Entry, UnreadableEntry};
use crate::domain::playbook::{Playbook, PlaybookEdit, PlaybookId};
use crate::ui::fields::TextField;
use crate::ui::page::PageTitle;
use crate::ui::store::{SaveState, Store};
use crate::ui::time::LocalTime;

/// What the address points at.
#[derive(Clone, PartialEq)]
enum Lookup {
    Found(PlaybookId),
    Unreadable(UnreadableEntry),
    Missing,
}

#[component]
pub fn PlaybookPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let params = use_params_map();
    let lookup = Memo::new(move |_| {
        let Some(id) = params
            .with(|params| params.get("id"))
            .and_then(|id| PlaybookId::parse(&id))
        else {
            return Lookup::Missing;
        };
        store.library.with(|library| {
            library
                .entries()
                .iter()
                .find_map(|entry| match entry {
                    Entry::Readable(playbook) if playbook.id == id => {
                        Some(Lookup::Found(id.clone()))
                    }
                    Entry::Unreadable(unreadable) if unreadable.id == id.as_str() => {
                        Some(Lookup::Unreadable(unreadable.clone()))
                    }
                    _ => None,
                })
                .unwrap_or(Lookup::Missing)
        })
    });

    move || {
        match lookup.get() {
        Lookup::Found(id) => view! { <PlaybookDetails id/> }.into_any(),
        Lookup::Unreadable(entry) => view! {
            <PageTitle text="Playbook cannot be read"/>
            <h1>"This playbook cannot be read"</h1>
            <p>{entry.problem.to_string()}</p>
            <p>"It is kept in this browser as it was. " <A href="/">"Back to your playbooks"</A></p>
        }
        .into_any(),
        Lookup::Missing => view! {
            <PageTitle text="Playbook not found"/>
            <h1>"Playbook not found"</h1>
            <p>"This browser has no playbook at this address. It may have been deleted, or made in another browser: playbooks live in the browser that made them."</p>
            <p><A href="/">"Back to your playbooks"</A></p>
        }
        .into_any(),
    }
    }
}

#[component]
fn PlaybookDetails(id: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let id = StoredValue::new(id);
    // The page outlives no playbook: `PlaybookPage` swaps it out once the playbook is gone.
    let field = move |read: fn(&Playbook) -> String| {
        Signal::derive(move || {
            store
                .library
                .with(|library| library.get(&id.get_value()).map(read).unwrap_or_default())
        })
    };
    let title = field(|playbook| playbook.title.clone());
    let edit = move |make: fn(String) -> PlaybookEdit| {
        move |text: String| {
            store
                .edit(&id.get_value(), make(text))
                .map_err(|problem| problem.to_string())
        }
    };
    let created_at = store.library.with_untracked(|library| {
        library
            .get(&id.get_value())
            .map(|playbook| playbook.created_at)
    });

    view! {
        <PageTitle text=title/>
        <nav aria-label="Breadcrumb" class="breadcrumb"><A href="/">"Playbooks"</A></nav>
        <h1>{move || title.get()}</h1>
        <SaveStatus/>
        <section aria-labelledby="details-heading" class="card">
            <h2 id="details-heading">"Details"</h2>
            <TextField label="Title" value=title on_input=edit(PlaybookEdit::Title) required=true/>
            <TextField label="Company" value=field(|playbook| playbook.company.clone()) on_input=edit(PlaybookEdit::Company) autocomplete="organization"/>
            <TextField label="Author" value=field(|playbook| playbook.author.clone()) on_input=edit(PlaybookEdit::Author) autocomplete="name"/>
            <p class="meta">{created_at.map(|at| view! { "Created " <LocalTime at/> })}</p>
        </section>
    }
}

/// Says whether the latest change is stored, so the user never has to wonder.
#[component]
fn SaveStatus() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <p class="save-status" role="status">
            {move || match store.save_state.get() {
                SaveState::Unchanged => view! { "All changes are saved in this browser." }.into_any(),
                SaveState::Saved(at) => view! { "Saved in this browser at " <LocalTime at/> "." }.into_any(),
                SaveState::NotSaved(problem) => view! { <span class="problem">"Not saved. " {problem.to_string()}</span> }.into_any(),
            }}
        </p>
    }
}
