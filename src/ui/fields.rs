//! The field components: `TextField`, a labelled input (a line of text, a date, or several
//! lines), and `SelectField`, a labelled choice. Both are drawn in one `Frame`: the label, the
//! hint and the error message, tied to the control for screen readers. Their changes go to a
//! handler that may refuse them with a message, shown beside the field and announced (a
//! refused text says that what is on screen is not saved). An input takes no more characters
//! than the domain keeps.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::html;
use leptos::prelude::*;

use crate::domain::edit::MAX_NAME_CHARS;
use crate::ui::erased::{changed, on_load};

/// A page-unique id, so every label and message is tied to its input.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// What every field shares around its control: the label, the hint and the error message,
/// with the ids that tie them to the control, and the error the control's handler refused
/// the latest change with, announced as it appears.
struct Frame {
    /// The control's id, which the label names.
    id: String,
    /// The control's `aria-describedby`: the hint, if any, and the error.
    described_by: String,
    hint_id: String,
    hint: Option<String>,
    error_id: String,
    error: RwSignal<Option<String>>,
}

impl Frame {
    fn new(id: Option<String>, hint: String) -> Self {
        let id = id.unwrap_or_else(|| unique_id("field"));
        let error_id = format!("{id}-error");
        let hint_id = format!("{id}-hint");
        let hint = (!hint.is_empty()).then_some(hint);
        let described_by = if hint.is_some() {
            format!("{hint_id} {error_id}")
        } else {
            error_id.clone()
        };
        Self {
            id,
            described_by,
            hint_id,
            hint,
            error_id,
            error: RwSignal::new(None),
        }
    }

    /// The control inside its label, hint and error message.
    fn around(self, label: String, required: bool, control: AnyView) -> impl IntoView {
        let Self {
            id,
            hint_id,
            hint,
            error_id,
            error,
            ..
        } = self;
        view! {
            <div class="field">
                <label for=id>{label} {required.then_some(view! { <span class="required">" (required)"</span> }.into_any())}</label>
                {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> }.into_any())}
                {control}
                <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
            </div>
        }
    }
}

/// The kind of text input a `TextField` draws. (What a strategy field holds, a line, a choice
/// or a link, is `domain::strategy::FieldKind`; `lists` maps one to the other.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextInputKind {
    #[default]
    Line,
    Date,
    Notes,
}

#[component]
pub fn TextField(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String, Result<(), String>>,
    #[prop(optional)] kind: TextInputKind,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// Focus and select the text when shown, for fields opened to be typed in at once.
    #[prop(optional)]
    autofocus: bool,
    /// A fixed id, for a page that moves focus to this field itself.
    #[prop(optional, into)]
    id: Option<String>,
    /// Shown under the label; empty for none.
    #[prop(optional, into)]
    hint: String,
    /// Lines a notes field shows before it scrolls.
    #[prop(default = 6)]
    rows: u32,
    /// The most characters the domain keeps in this field: the input takes no more, so what
    /// is on screen is what is stored.
    #[prop(optional)]
    max_chars: Option<usize>,
) -> impl IntoView {
    let frame = Frame::new(id, hint);
    let (id, described_by, error) = (frame.id.clone(), frame.described_by.clone(), frame.error);
    // A refused change stays on screen to be mended, so say that it is not what is stored.
    let on_input = move |ev| {
        error.set(
            on_input
                .run(event_target_value(&ev))
                .err()
                .map(|problem| format!("Not saved. {problem}")),
        )
    };
    let invalid = move || error.with(Option::is_some).to_string();
    let control = match kind {
        TextInputKind::Notes => view! {
            <textarea
                id=id.clone()
                rows=rows
                maxlength=max_chars
                prop:value=move || value.get()
                on:input=changed(on_input)
                aria-invalid=invalid
                aria-describedby=described_by
            ></textarea>
        }
        .into_any(),
        TextInputKind::Line | TextInputKind::Date => {
            let input = NodeRef::<html::Input>::new();
            if autofocus {
                on_load(input, |input| {
                    let _ = input.focus();
                    input.select();
                });
            }
            view! {
                <input
                    id=id.clone()
                    type=if kind == TextInputKind::Date { "date" } else { "text" }
                    node_ref=input
                    required=required
                    autocomplete=autocomplete.unwrap_or("off")
                    maxlength=max_chars
                    prop:value=move || value.get()
                    on:input=changed(on_input)
                    aria-invalid=invalid
                    aria-describedby=described_by
                />
            }
            .into_any()
        }
    };
    frame.around(label, required, control)
}

/// A line for a name (a title, a company, a person), taking no more characters than the
/// domain keeps in a name. Every such field is drawn through this one call of `TextField`.
pub fn name_field(
    label: &'static str,
    value: Signal<String>,
    on_input: Callback<String, Result<(), String>>,
    required: bool,
    autocomplete: &'static str,
) -> AnyView {
    view! { <TextField label value on_input required autocomplete max_chars=MAX_NAME_CHARS/> }
        .into_any()
}

/// A labelled choice among options given as (value, label); the first option, with an empty
/// value, stands for "not chosen".
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] on_input: Callback<String, Result<(), String>>,
    #[prop(into)] none: String,
    #[prop(optional, into)] id: Option<String>,
    /// Shown under the label; empty for none.
    #[prop(optional, into)]
    hint: String,
) -> impl IntoView {
    let frame = Frame::new(id, hint);
    let (id, described_by, error) = (frame.id.clone(), frame.described_by.clone(), frame.error);
    let on_change = move |ev| error.set(on_input.run(event_target_value(&ev)).err());
    let control = view! {
        <select id=id on:change=changed(on_change) prop:value=move || value.get() aria-describedby=described_by>
            <option value="" prop:selected=move || value.with(String::is_empty)>{none}</option>
            {move || {
                let current = value.get();
                options
                    .get()
                    .into_iter()
                    .map(|(option, text)| {
                        let selected = option == current;
                        view! { <option value=option prop:selected=selected>{text}</option> }.into_any()
                    })
                    .collect_view()
                    .into_any()
            }}
        </select>
    }
    .into_any();
    frame.around(label, false, control)
}

/// Where a form or a list says why it refused what was asked; empty until it does.
pub fn refusal(said: RwSignal<Option<String>>) -> AnyView {
    view! { <p class="field-error" role="alert">{move || said.get()}</p> }.into_any()
}

/// The input handler for a field that only keeps what is typed, for forms checked on submit.
pub fn keep_in(value: RwSignal<String>) -> Callback<String, Result<(), String>> {
    Callback::new(move |text| {
        value.set(text);
        Ok(())
    })
}
