//! The page for an address the app does not have.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::ui::page::PageTitle;
use crate::ui::routes;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname;
    view! {
        <PageTitle text="Page not found"/>
        <h1>"Page not found"</h1>
        <p>"There is no page at " <code>{move || path.get()}</code> "."</p>
        <p><a href=routes::home()>"Go to your playbooks"</a></p>
    }
}
