//! Playbooks as files: export with sharing options on a playbook's page, and import by file
//! picker or by dropping a file anywhere on the home page, previewed before anything is stored;
//! and a backup of the whole library.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::browser::{self, ReadFileError};
use crate::domain::buyin::compare::comparison_csv;
use crate::domain::file::{
    comparison_file_name, export, export_file_name, export_library, import, library_file_name,
    Imported, LoadError, ShareOptions, MAX_IMPORT_BYTES,
};
use crate::domain::link::{link_to, payload_in, LinkError, LINK_MARK};
use crate::domain::playbook::{Playbook, PlaybookId};
use crate::domain::report::markdown;
use crate::ui::erased::{changed, clicked};
use crate::ui::focus::focus_when_drawn;
use crate::ui::notices::Notices;
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::list_items;
use crate::ui::time::LocalTime;

#[component]
pub fn ExportPanel(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = expect_context::<Notices>();
    let include_private = RwSignal::new(false);
    let hide_names = RwSignal::new(false);
    let id = StoredValue::new(playbook);
    // The file's name and text, with the choices made above; a link carries the same text.
    let shared = move || {
        let options = ShareOptions {
            include_private_notes: include_private.get_untracked(),
            hide_executive_names: hide_names.get_untracked(),
        };
        let now = browser::now();
        store.library.with_untracked(|library| {
            let playbook = library.get(&id.get_value())?;
            Some((
                export_file_name(&playbook.title, browser::today()),
                export(playbook, options, now).map_err(|error| error.to_string()),
            ))
        })
    };
    let save = move |_| {
        let Some((name, text)) = shared() else {
            return;
        };
        let saved = text.and_then(|text| browser::download_text(&name, "application/json", &text));
        match saved {
            Ok(()) => {
                store.mark_exported(&id.get_value());
                notices.info(format!("Saved “{name}” to your downloads."));
            }
            Err(problem) => notices.problem(format!("The file could not be saved: {problem}.")),
        }
    };
    // A readable report for a wiki or a mail, with the same choice about private notes.
    let report = move |_| {
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&id.get_value())?;
            let name = export_file_name(&playbook.title, browser::today()).replace(".json", ".md");
            Some((name, markdown(playbook, include_private.get_untracked())))
        }) else {
            return;
        };
        match browser::download_text(&name, "text/markdown", &text) {
            Ok(()) => notices.info(format!("Saved “{name}” to your downloads.")),
            Err(problem) => notices.problem(format!("The report could not be saved: {problem}.")),
        }
    };
    // The comparison of the executives for a spreadsheet, with the same choice about names.
    let spreadsheet = move |_| {
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&id.get_value())?;
            Some((
                comparison_file_name(&playbook.title, browser::today()),
                comparison_csv(&playbook.assessments, hide_names.get_untracked()),
            ))
        }) else {
            return;
        };
        match browser::download_text(&name, "text/csv", &text) {
            Ok(()) => notices.info(format!("Saved “{name}” to your downloads.")),
            Err(problem) => {
                notices.problem(format!("The comparison could not be saved: {problem}."))
            }
        }
    };
    // The link is shown as well as copied: the clipboard may be refused, and the user sees
    // what they are about to paste.
    let link = RwSignal::new(None::<String>);
    let copy_link = move |_| {
        link.set(None);
        let Some((_, text)) = shared() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let made = match text {
                Ok(text) => match browser::pack_link(&text).await {
                    Some(payload) => {
                        link_to(&browser::app_address(), &payload).map_err(|error| error.to_string())
                    }
                    None => Err("The browser could not compress this playbook into a link. Share it as a file instead.".to_owned()),
                },
                Err(problem) => Err(format!("The link could not be made: {problem}.")),
            };
            match made {
                Ok(made) => {
                    link.set(Some(made.clone()));
                    let copied = browser::copy_text(&made).await;
                    notices.info(if copied {
                        "Link copied: paste it in a message. Whoever opens it can import this playbook."
                    } else {
                        "The browser did not let the link be copied: select it below and copy it."
                    });
                }
                Err(problem) => notices.problem(problem),
            }
        });
    };
    view! {
        <section aria-labelledby="export-heading" class="card">
            <h2 id="export-heading">"Share this playbook"</h2>
            <p>"Send it to your manager or a colleague as a file, which they open with Import on their own home page, or as a link, which opens this app with the playbook ready to import. Either way it goes only where you send it."</p>
            <label class="check">
                <input type="checkbox" prop:checked=include_private on:change=changed(move |ev| include_private.set(event_target_checked(&ev)))/>
                " Include private notes"
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=hide_names on:change=changed(move |ev| hide_names.set(event_target_checked(&ev)))/>
                " Replace executives' names with “Executive 1”, “Executive 2”…"
            </label>
            <div class="row-actions">
                <button type="button" class="primary" on:click=clicked(save)>"Export as a file"</button>
                <button type="button" on:click=clicked(copy_link)>"Copy a link"</button>
                <button type="button" on:click=clicked(report)>"Download the report as Markdown"</button>
                <button type="button" on:click=clicked(spreadsheet)>"Download the executives compared as CSV"</button>
            </div>
            {move || link.get().map(|link| view! {
                <div class="field share-link">
                    <label for="share-link">"Link to this playbook"</label>
                    <input id="share-link" type="text" readonly value=link/>
                </div>
            }.into_any()).into_any()}
        </section>
    }
}

/// What a chosen file or an opened link turned out to be.
#[derive(Clone)]
enum Chosen {
    Nothing,
    Reading,
    Problem(String),
    /// Where it came from and what was read from it.
    Ready(Door, Imported),
}

/// The way a playbook came in, as messages name it.
#[derive(Clone)]
enum Door {
    /// A file picked or dropped, by its name.
    File(String),
    Link,
}

impl Door {
    /// What came in, to start a sentence: “plan.json” or "The link".
    fn what(&self) -> String {
        match self {
            Self::File(name) => format!("“{name}”"),
            Self::Link => "The link".to_owned(),
        }
    }

    fn problem_with(&self, error: &dyn std::fmt::Display) -> String {
        format!(
            "{} cannot be imported. {error} Nothing in this browser was changed.",
            self.what()
        )
    }
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let chosen = RwSignal::new(Chosen::Nothing);
    let dragging = RwSignal::new(false);
    // A file and a link go through one door: read, validate, migrate, then the preview.
    let read = move |door: Door, text: Result<String, String>| match text {
        Ok(text) => match import(&text) {
            Ok(found) => Chosen::Ready(door, found),
            Err(error) => Chosen::Problem(door.problem_with(&error)),
        },
        Err(problem) => Chosen::Problem(problem),
    };
    let take = move |file: web_sys::File| {
        let door = Door::File(file.name());
        chosen.set(Chosen::Reading);
        read_then(
            file,
            Box::new(move |text| {
                let text = match text {
                    Ok(text) => Ok(text),
                    Err(ReadFileError::TooLarge { bytes }) => {
                        Err(door.problem_with(&LoadError::TooLarge { bytes }))
                    }
                    Err(ReadFileError::Unreadable) => Err(format!(
                        "{} could not be read. Nothing in this browser was changed.",
                        door.what()
                    )),
                };
                chosen.set(read(door, text));
            }),
        );
    };

    // A link that carries a playbook opens this page, or changes only its fragment when this
    // page is already open; the fragment leaves the address bar at once, and the playbook
    // waits in the preview like a file's.
    let open_link = move || {
        let fragment = browser::take_fragment(LINK_MARK);
        let Some(payload) = payload_in(&fragment) else {
            return;
        };
        chosen.set(Chosen::Reading);
        let payload = payload.map(str::to_owned);
        leptos::task::spawn_local(async move {
            let text = match payload {
                Ok(payload) => browser::unpack_link(&payload, MAX_IMPORT_BYTES).await,
                Err(_) => None,
            };
            let damaged = || Door::Link.problem_with(&LinkError::Damaged);
            chosen.set(read(Door::Link, text.ok_or_else(damaged)));
            focus_when_drawn("import-heading".to_owned());
        });
    };
    open_link();
    let linked = window_event_listener(leptos::ev::hashchange, move |_| open_link());

    // A file dropped anywhere on the page is taken, rather than opened by the browser.
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        ev.prevent_default();
        dragging.set(true);
    });
    let left = window_event_listener(leptos::ev::dragleave, move |ev| {
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|data| data.files())
            .and_then(|files| files.get(0))
        {
            take(file);
        }
    });
    on_cleanup(move || {
        linked.remove();
        over.remove();
        left.remove();
        dropped.remove();
    });

    let picked = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            take(file);
        }
    };

    view! {
        <section aria-labelledby="import-heading" class="card" class:dragging=move || dragging.get()>
            <h2 id="import-heading" tabindex="-1">"Import a playbook"</h2>
            <p>"Open a playbook file that someone shared with you, or one you saved. You can also drop the file anywhere on this page."</p>
            <label class="file-pick">
                "Choose a playbook file"
                <input type="file" accept=".json,application/json" on:change=changed(picked)/>
            </label>
            {move || match chosen.get() {
                Chosen::Nothing => ().into_any(),
                Chosen::Reading => view! { <p role="status">"Reading…"</p> }.into_any(),
                Chosen::Problem(problem) => view! { <p class="banner banner-problem" role="alert">{problem}</p> }.into_any(),
                Chosen::Ready(door, found) => {
                    let holder = match door {
                        Door::File(_) => "the file",
                        Door::Link => "the link",
                    };
                    let refused = move |problem: String| {
                        chosen.set(Chosen::Problem(format!("{} was not imported. {problem}", door.what())));
                    };
                    view! { <ImportPreview found holder done=move || chosen.set(Chosen::Nothing) refused/> }.into_any()
                }
            }}
        </section>
    }
}

/// The file a picker's change event holds; the picker is emptied, so that picking the same
/// file again is a change too.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event_target(ev);
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Reads a picked or dropped file's text, up to `MAX_IMPORT_BYTES`, then hands it (or why it
/// could not be read) to `done`: one reading task, compiled once, for every file taken in.
pub fn read_then(file: web_sys::File, done: Box<dyn FnOnce(Result<String, ReadFileError>)>) {
    leptos::task::spawn_local(async move {
        done(browser::read_file_text(file, MAX_IMPORT_BYTES).await);
    });
}

/// What the file holds, before anything is stored; and, when this browser already has some of
/// its playbooks, the choice between replacing them and keeping both. When storage cannot take
/// them, `refused` says why and the user stays here.
#[component]
fn ImportPreview<F, R>(found: Imported, holder: &'static str, done: F, refused: R) -> impl IntoView
where
    F: Fn() + Copy + Send + Sync + 'static,
    R: Fn(String) + Clone + Send + Sync + 'static,
{
    let store = expect_context::<Store>();
    let navigate = use_navigate();
    let Imported { playbooks, mended } = found;
    // What reading mended, so the user knows before taking it in.
    let mended = (!mended.is_empty()).then(|| {
        let mends = list_items(mended);
        view! {
            <p>"Mended on reading, so every part of it can be edited:"</p>
            <ul class="mended">{mends}</ul>
        }
    });
    let here: Vec<(String, DateTime<Utc>)> = store.library.with_untracked(|library| {
        playbooks
            .iter()
            .filter_map(|playbook| {
                library
                    .get(&playbook.id)
                    .map(|here| (here.title.clone(), here.updated_at))
            })
            .collect()
    });
    let heading = match playbooks.as_slice() {
        [one] => format!("In {holder}: “{}”", one.title),
        many => format!("In {holder}: {} playbooks", many.len()),
    };
    let listing = playbooks
        .iter()
        .map(|playbook| {
            let interviews = playbook.assessments.len();
            let mut facts = vec![playbook.title.clone()];
            if !playbook.company.trim().is_empty() {
                facts.push(playbook.company.clone());
            }
            facts.push(format!(
                "{interviews} interview{}",
                if interviews == 1 { "" } else { "s" }
            ));
            let updated_at = playbook.updated_at;
            view! { <li>{facts.join(" · ")} " · last updated " <LocalTime at=updated_at/></li> }
                .into_any()
        })
        .collect_view();
    let single = playbooks.len() == 1;
    let incoming = StoredValue::new(playbooks);
    let take = move |replace: bool| {
        let ids = match store.import(incoming.get_value(), replace) {
            Ok(ids) => ids,
            Err(problem) => return refused(problem),
        };
        done();
        let to = match ids.as_slice() {
            [id] => routes::playbook(id),
            _ => routes::home(),
        };
        navigate(&to, NavigateOptions::default());
    };
    let take = StoredValue::new(take);
    let clash = match here.as_slice() {
        [] => None,
        [(title, updated_at)] if single => Some(view! {
            <p>
                {format!("This browser already has this playbook, as “{title}”, last updated ")}
                <LocalTime at=*updated_at/>
                {format!(". Replace it with the version in {holder}, or keep both?")}
            </p>
        }
        .into_any()),
        some => Some(view! {
            <p>{format!("{} of these are already in this browser. Replace them with the versions in {holder}, or keep both?", some.len())}</p>
        }
        .into_any()),
    };
    let has_clash = clash.is_some();
    view! {
        <div class="import-preview" role="group" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{heading}</h3>
            <ul class="meta">{listing}</ul>
            {mended}
            {clash}
            <div class="row-actions">
                {has_clash.then(|| view! {
                    <button type="button" class="danger" on:click=clicked(move |_| take.with_value(|take| take(true)))>{if single { "Replace the one here" } else { "Replace the ones here" }}</button>
                }.into_any())}
                <button type="button" class="primary" on:click=clicked(move |_| take.with_value(|take| take(false)))>
                    {match (has_clash, single) {
                        (true, _) => "Keep both",
                        (false, true) => "Add to my playbooks",
                        (false, false) => "Add them to my playbooks",
                    }}
                </button>
                <button type="button" on:click=clicked(move |_| done())>"Cancel"</button>
            </div>
        </div>
    }
}

/// Saves every playbook in this browser to one file, as a backup.
#[component]
pub fn BackupButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = expect_context::<Notices>();
    let back_up = move |_| {
        let now = browser::now();
        let playbooks: Vec<Playbook> = store
            .library
            .with_untracked(|library| library.by_last_update().into_iter().cloned().collect());
        let ids: Vec<PlaybookId> = playbooks
            .iter()
            .map(|playbook| playbook.id.clone())
            .collect();
        let name = library_file_name(browser::today());
        let saved = export_library(playbooks, now)
            .map_err(|error| error.to_string())
            .and_then(|text| browser::download_text(&name, "application/json", &text));
        match saved {
            Ok(()) => {
                for id in &ids {
                    store.mark_exported(id);
                }
                notices.info(format!("Saved “{name}” to your downloads."));
            }
            Err(problem) => notices.problem(format!("The backup could not be saved: {problem}.")),
        }
    };
    view! { <button type="button" on:click=clicked(back_up)>"Back up all playbooks to one file"</button> }
}
