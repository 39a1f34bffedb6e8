//! The developer personas as a file in the DevRel Foundation Persona Library's format: every
//! persona of the plan saved as a set, and a library file (one persona or a set) read,
//! previewed with what it holds and what could not be taken, and added only when the user says
//! so, through the same edit as any new persona.

use leptos::prelude::*;

use crate::browser::{self, ReadFileError};
use crate::domain::file::{export_file_name, LoadError};
use crate::domain::persona_library::{adds, export_personas, import, Found};
use crate::domain::strategy::StrategyEdit;
use crate::ui::erased::{changed, clicked, reactive};
use crate::ui::files::{picked_file, read_then};
use crate::ui::focus::focus_when_drawn;
use crate::ui::notices::Notices;
use crate::ui::plan::{field_id, Plan};
use crate::ui::store::Store;
use crate::ui::tables::{bullets, list_items};

const PICKER: &str = "persona-import";

/// "1 persona", "2 personas".
fn personas_counted(count: usize) -> String {
    match count {
        1 => "1 persona".to_owned(),
        n => format!("{n} personas"),
    }
}

/// Export and import of the personas, under their list: `shown` is how many items the list
/// draws. A file that cannot be imported is said in a notice, as any other problem.
#[component]
pub fn PersonaFiles(plan: Plan, shown: RwSignal<usize>) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = expect_context::<Notices>();
    // The file's name, and its text until it is added or let go: the text is read again
    // when drawn and when added, which spares the wasm a signal of a type of its own.
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<String>);
    let export = move |_| {
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&plan.playbook())?;
            Some((
                export_file_name(&format!("{} personas", playbook.title), browser::today()),
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
        name.set(file.name());
        chosen.set(None);
        read_then(
            file,
            Box::new(move |read| {
                let problem = match read {
                    Ok(text) => match import(&text) {
                        Ok(_) => return chosen.set(Some(text)),
                        Err(error) => error.to_string(),
                    },
                    Err(ReadFileError::TooLarge { bytes }) => {
                        LoadError::TooLarge { bytes }.to_string()
                    }
                    Err(ReadFileError::Unreadable) => "It could not be read.".to_owned(),
                };
                notices.problem(format!(
                    "“{}” cannot be imported. {problem} No persona was added.",
                    name.get_untracked()
                ));
            }),
        );
    };
    let add = move |_| {
        let Some(Ok(found)) = chosen.get_untracked().map(|text| import(&text)) else {
            return;
        };
        let name = name.get_untracked();
        let edits = plan
            .read_untracked(|strategy| Some(adds(strategy, &found.personas, &mut browser::new_id)));
        let edits = match edits {
            Some(Ok(edits)) => edits,
            Some(Err(problem)) => {
                let problem = problem.to_string();
                return notices.problem(format!(
                    "“{name}” was not imported. {problem} No persona was added."
                ));
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
        chosen.set(None);
        notices.info(format!(
            "Added {} from “{name}”.",
            personas_counted(found.personas.len())
        ));
        // They come last: the list is drawn down to them, the cursor in the first.
        if let Some(first) = first {
            shown.set(usize::MAX);
            focus_when_drawn(field_id(&first, 0));
        }
    };
    let cancel = move |_| {
        chosen.set(None);
        focus_when_drawn(PICKER.to_owned());
    };
    let preview = move || {
        let Some(Ok(Found {
            personas,
            not_taken,
        })) = chosen.get().map(|text| import(&text))
        else {
            return ().into_any();
        };
        let count = personas_counted(personas.len());
        let names = bullets(personas.into_iter().map(|persona| persona.name).collect());
        // A fieldset is a group named by its legend, with no ids to tie them.
        view! {
            <fieldset>
                <legend>{format!("In the file: {count}")}</legend>
                {names}
                <ul class="mended">{list_items(not_taken)}</ul>
                <button type="button" class="primary" on:click=clicked(add)>{format!("Add {count}")}</button>
                " "
                <button type="button" on:click=clicked(cancel)>"Cancel"</button>
            </fieldset>
        }
        .into_any()
    };
    view! {
        <div class="persona-files">
            <p class="hint">"Personas can be shared as files in the DevRel Foundation Persona Library's format (see About): one persona, or a set of them."</p>
            <button type="button" on:click=clicked(export)>"Export personas (persona library JSON)"</button>
            <label class="file-pick">
                "Import personas from the persona library"
                <input type="file" id=PICKER accept=".json,application/json" on:change=changed(picked)/>
            </label>
            {reactive(preview)}
        </div>
    }
}
