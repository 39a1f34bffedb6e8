//! What every page sets up: its document title.

use leptos::prelude::*;

/// Sets the browser tab's title while the page is shown.
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    Effect::new(move |_| document().set_title(&format!("{} · DevRel Playbook", text.get())));
}
