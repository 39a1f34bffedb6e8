//! The one field component: a labelled text input. Its changes go to a handler that may
//! refuse them with a message, shown beside the field and tied to it for screen readers.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::html;
use leptos::prelude::*;

/// A page-unique id, so every label and message is tied to its input.
fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

#[component]
pub fn TextField<F>(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    on_input: F,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// Focus and select the text when shown, for fields opened to be typed in at once.
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView
where
    F: Fn(String) -> Result<(), String> + 'static,
{
    let id = unique_id("field");
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<html::Input>::new();
    if autofocus {
        input.on_load(|input| {
            let _ = input.focus();
            input.select();
        });
    }
    view! {
        <div class="field">
            <label for=id.clone()>{label} {required.then_some(view! { <span class="required">" (required)"</span> })}</label>
            <input
                id=id
                type="text"
                node_ref=input
                required=required
                autocomplete=autocomplete.unwrap_or("off")
                prop:value=move || value.get()
                on:input=move |ev| error.set(on_input(event_target_value(&ev)).err())
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
            />
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

/// The input handler for a field that only keeps what is typed, for forms checked on submit.
pub fn keep_in(value: RwSignal<String>) -> impl Fn(String) -> Result<(), String> + Copy + 'static {
    move |text| {
        value.set(text);
        Ok(())
    }
}
