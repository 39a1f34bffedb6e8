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
use crate::domain::playbook::{Playbook, PlaybookId};
use crate::domain::report::markdown;
use crate::ui::erased::{changed, clicked};
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
    let save = move |_| {
        let options = ShareOptions {
            include_private_notes: include_private.get_untracked(),
            hide_executive_names: hide_names.get_untracked(),
        };
        let now = browser::now();
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&id.get_value())?;
            Some((
                export_file_name(&playbook.title, now.date_naive()),
                export(playbook, options, now),
            ))
        }) else {
            return;
        };
        let saved = text
            .map_err(|error| error.to_string())
            .and_then(|text| browser::download_text(&name, "application/json", &text));
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
        let now = browser::now();
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&id.get_value())?;
            let name = export_file_name(&playbook.title, now.date_naive()).replace(".json", ".md");
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
    view! {
        <section aria-labelledby="export-heading" class="card">
            <h2 id="export-heading">"Share as a file"</h2>
            <p>"Save this playbook as a file to send to your manager or a colleague; they open it with Import on their own home page."</p>
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
                <button type="button" on:click=clicked(report)>"Download the report as Markdown"</button>
                <button type="button" on:click=clicked(spreadsheet)>"Download the executives compared as CSV"</button>
            </div>
        </section>
    }
}

/// What a chosen file turned out to be.
#[derive(Clone)]
enum Chosen {
    Nothing,
    Reading,
    Problem(String),
    /// The file's name and what was read from it.
    Ready(String, Imported),
}

fn problem_with(name: &str, error: &LoadError) -> String {
    format!("“{name}” cannot be imported. {error} Nothing in this browser was changed.")
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let chosen = RwSignal::new(Chosen::Nothing);
    let dragging = RwSignal::new(false);
    let take = move |file: web_sys::File| {
        let name = file.name();
        chosen.set(Chosen::Reading);
        read_then(
            file,
            Box::new(move |read| {
                chosen.set(match read {
                    Ok(text) => match import(&text) {
                        Ok(found) => Chosen::Ready(name, found),
                        Err(error) => Chosen::Problem(problem_with(&name, &error)),
                    },
                    Err(ReadFileError::TooLarge { bytes }) => {
                        Chosen::Problem(problem_with(&name, &LoadError::TooLarge { bytes }))
                    }
                    Err(ReadFileError::Unreadable) => Chosen::Problem(format!(
                        "“{name}” could not be read. Nothing in this browser was changed."
                    )),
                })
            }),
        );
    };

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
            <h2 id="import-heading">"Import a playbook"</h2>
            <p>"Open a playbook file that someone shared with you, or one you saved. You can also drop the file anywhere on this page."</p>
            <label class="file-pick">
                "Choose a playbook file"
                <input type="file" accept=".json,application/json" on:change=changed(picked)/>
            </label>
            {move || match chosen.get() {
                Chosen::Nothing => ().into_any(),
                Chosen::Reading => view! { <p role="status">"Reading the file…"</p> }.into_any(),
                Chosen::Problem(problem) => view! { <p class="banner banner-problem" role="alert">{problem}</p> }.into_any(),
                Chosen::Ready(name, found) => {
                    let refused = move |problem: String| {
                        chosen.set(Chosen::Problem(format!("“{name}” was not imported. {problem}")));
                    };
                    view! { <ImportPreview found done=move || chosen.set(Chosen::Nothing) refused/> }.into_any()
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
fn ImportPreview<F, R>(found: Imported, done: F, refused: R) -> impl IntoView
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
        [one] => format!("In the file: “{}”", one.title),
        many => format!("In the file: {} playbooks", many.len()),
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
            _ => routes::home().to_owned(),
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
                ". Replace it with the file's version, or keep both?"
            </p>
        }
        .into_any()),
        some => Some(view! {
            <p>{format!("{} of these are already in this browser. Replace them with the file's versions, or keep both?", some.len())}</p>
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
        let name = library_file_name(now.date_naive());
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
