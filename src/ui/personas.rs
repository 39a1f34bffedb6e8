//! The developer personas as a file in the DevRel Foundation Persona Library's format: every
//! persona of the plan saved as a set, and a library file (one persona or a set) read,
//! previewed with what it holds and what could not be taken, and added only when the user says
//! so, through the same edit as any new persona.

use leptos::prelude::*;

use crate::browser::{self, ReadFileError};
use crate::domain::file::personas_file_name;
use crate::domain::persona_library::{adds, export_personas, import, Found, PersonaFileError};
use crate::domain::strategy::{ItemId, StrategyEdit};
use crate::ui::erased::{changed, clicked, reactive, When};
use crate::ui::files::{picked_file, read_then};
use crate::ui::focus::focus_when_drawn;
use crate::ui::notices::Notices;
use crate::ui::plan::{field_id, Plan};
use crate::ui::store::Store;
use crate::ui::tables::list_items;

const LIBRARY: &str = "https://github.com/DevRel-Foundation/persona-library";
const PICKER: &str = "persona-import";

/// What a chosen file turned out to be.
#[derive(Clone)]
enum Chosen {
    Nothing,
    Reading,
    Problem(String),
    /// The file's name and what was read from it.
    Ready(String, Found),
}

/// "1 persona", "2 personas".
fn personas_counted(count: usize) -> String {
    match count {
        1 => "1 persona".to_owned(),
        n => format!("{n} personas"),
    }
}

fn problem_with(name: &str, error: &PersonaFileError) -> String {
    format!("“{name}” cannot be imported. {error} No persona was added.")
}

/// Export and import of the personas, under their list: `ids` are the list's items, `shown`
/// how many of them it draws.
#[component]
pub fn PersonaFiles(plan: Plan, ids: Memo<Vec<ItemId>>, shown: RwSignal<usize>) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = expect_context::<Notices>();
    let chosen = RwSignal::new(Chosen::Nothing);
    let export = move |_| {
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&plan.playbook())?;
            Some((
                personas_file_name(&playbook.title, browser::today()),
                export_personas(&playbook.strategy),
            ))
        }) else {
            return;
        };
        match browser::download_text(&name, "application/json", &text) {
            Ok(()) => notices.info(format!("Saved “{name}” to your downloads.")),
            Err(problem) => notices.problem(format!("The personas could not be saved: {problem}.")),
        }
    };
    let picked = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
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
                        Chosen::Problem(problem_with(&name, &PersonaFileError::TooLarge { bytes }))
                    }
                    Err(ReadFileError::Unreadable) => Chosen::Problem(format!(
                        "“{name}” could not be read. No persona was added."
                    )),
                })
            }),
        );
    };
    let preview = move || match chosen.get() {
        Chosen::Nothing => ().into_any(),
        Chosen::Reading => view! { <p role="status">"Reading the file…"</p> }.into_any(),
        Chosen::Problem(problem) => {
            view! { <p class="banner banner-problem" role="alert">{problem}</p> }.into_any()
        }
        Chosen::Ready(name, found) => {
            let Found {
                personas,
                not_taken,
            } = found;
            let count = personas.len();
            let names = list_items(
                personas
                    .iter()
                    .map(|persona| persona.name.clone())
                    .collect(),
            );
            let not_taken = (!not_taken.is_empty()).then(|| {
                view! {
                    <p>"Not taken, since a persona here has no field for them:"</p>
                    <ul class="mended">{list_items(not_taken)}</ul>
                }
            });
            let personas = StoredValue::new(personas);
            let add = move |_| {
                let edits = plan.read_untracked(|strategy| {
                    personas
                        .with_value(|personas| Some(adds(strategy, personas, &mut browser::new_id)))
                });
                let edits = match edits {
                    Some(Ok(edits)) => edits,
                    Some(Err(problem)) => {
                        return chosen.set(Chosen::Problem(format!(
                            "“{name}” was not imported. {problem} No persona was added."
                        )))
                    }
                    None => return,
                };
                let first = edits.iter().find_map(|edit| match edit {
                    StrategyEdit::Add { id, .. } => Some(id.clone()),
                    _ => None,
                });
                // Each was tried on a copy of this very plan, so each is taken.
                for edit in edits {
                    let _ = plan.edit(edit);
                }
                chosen.set(Chosen::Nothing);
                notices.info(format!("Added {} from “{name}”.", personas_counted(count)));
                // They come last: the list is drawn down to them, the cursor in the first.
                if let Some(first) = first {
                    shown.set(usize::MAX);
                    focus_when_drawn(field_id(&first, 0));
                }
            };
            let cancel = move |_| {
                chosen.set(Chosen::Nothing);
                focus_when_drawn(PICKER.to_owned());
            };
            let heading = format!("In the file: {}", personas_counted(count));
            view! {
                <div class="import-preview" role="group" aria-labelledby="persona-preview-heading">
                    <h4 id="persona-preview-heading">{heading}</h4>
                    <ul>{names}</ul>
                    {not_taken}
                    <div class="row-actions">
                        <button type="button" class="primary" on:click=clicked(add)>
                            {format!("Add {}", personas_counted(count))}
                        </button>
                        <button type="button" on:click=clicked(cancel)>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <div class="persona-files">
            <p class="hint">
                "Personas can be shared as files in the format of the DevRel Foundation's "
                <a href=LIBRARY rel="noopener noreferrer">"Persona Library"</a>
                ": one persona, or a set of them."
            </p>
            <When when=Signal::derive(move || !ids.with(Vec::is_empty))>
                <button type="button" on:click=clicked(export)>"Export personas (persona library JSON)"</button>
            </When>
            <label class="file-pick">
                "Import personas from the persona library"
                <input type="file" id=PICKER accept=".json,application/json" on:change=changed(picked)/>
            </label>
            {reactive(preview)}
        </div>
    }
}
