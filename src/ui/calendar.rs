//! "Add to calendar": the first 90 days' plan of a playbook saved as an iCalendar file, which
//! any calendar app imports. The file keeps one name and each task its UID, so importing it
//! again after the plan changed updates the events instead of adding copies.

use leptos::prelude::*;

use crate::browser;
use crate::domain::file::calendar_file_name;
use crate::domain::playbook::PlaybookId;
use crate::ui::erased::clicked;
use crate::ui::notices::Notices;
use crate::ui::store::Store;

#[component]
pub fn AddToCalendar(playbook: PlaybookId) -> impl IntoView {
    let store = expect_context::<Store>();
    let notices = expect_context::<Notices>();
    let id = StoredValue::new(playbook);
    let save = move |_| {
        let now = browser::now();
        let Some((name, text)) = store.library.with_untracked(|library| {
            let playbook = library.get(&id.get_value())?;
            Some((calendar_file_name(&playbook.title), playbook.calendar(now)))
        }) else {
            return;
        };
        match browser::download_text(&name, "text/calendar", &text) {
            Ok(()) => notices.info(format!(
                "Saved “{name}” to your downloads: open it with your calendar app."
            )),
            Err(problem) => notices.problem(format!("The calendar could not be saved: {problem}.")),
        }
    };
    view! { <button type="button" on:click=clicked(save)>"Add to calendar"</button> }
}
