//! Leptos's `Show` and `For` without their type parameters: `When` and `KeyedRows`. `Show` and
//! `For` are compiled once for each condition, list and row type they are given; these are
//! compiled once for every use, the rows and children being erased to `AnyView`. Likewise
//! `clicked` gives every click handler one type, `reactive` every reactive part of a view,
//! `memo` every memo of one type of value, and `after` and `before_next_frame` every timer and
//! frame callback.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;

/// A reactive part of a view (a closure redrawn whenever what it reads changes), boxed. Leptos
/// boxes a closure written inside `view!` this way by itself; one kept in a variable or returned
/// from a function goes through here, so that the code drawing and redrawing it is compiled once
/// for each type it returns rather than once for each closure. For the same reason a part that
/// draws something or nothing, a list of rows or fixed text ends in `.into_any()`: reactive parts
/// return `AnyView`, `String` or (a form's error) `Option<String>`, and that code is compiled for
/// those three.
pub type Reactive<T> = Arc<Mutex<dyn FnMut() -> T + Send>>;

/// Boxes `part` as a `Reactive`.
pub fn reactive<T: 'static>(part: impl FnMut() -> T + Send + 'static) -> Reactive<T> {
    Arc::new(Mutex::new(part))
}

/// A value worked out from others and kept until they change, as `Memo::new` makes it. The
/// closure is boxed, so that the memo's code is compiled once for each type of value rather
/// than once for each closure.
pub fn memo<T>(work_out: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    memo_boxed(Box::new(work_out))
}

fn memo_boxed<T>(work_out: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| work_out())
}

/// Runs `run` now and again whenever what it reads changes, as `Effect::new` does; what it
/// keeps from one run to the next lives in the closure. Every effect of the app goes through
/// one boxed closure type, so the effect machinery is compiled once rather than once per
/// closure.
pub fn effect(run: impl FnMut() + 'static) {
    run_boxed(Box::new(run));
}

fn run_boxed(mut run: Box<dyn FnMut()>) {
    Effect::new(move |_: Option<()>| run());
}

/// Runs `run` in a task of its own, once `delay` has passed; boxed, so that the timer's code is
/// compiled once for every caller.
pub fn after(delay: Duration, run: Box<dyn FnOnce()>) {
    set_timeout(run, delay);
}

/// Runs `run` in a task of its own, after the one running now.
pub fn in_next_task(run: Box<dyn FnOnce()>) {
    after(Duration::ZERO, run);
}

/// Runs `run` just before the browser draws its next frame, once the views changed meanwhile
/// are in the page; a task it starts (`in_next_task`) runs after that frame. Boxed, as `after`
/// is.
pub fn before_next_frame(run: Box<dyn FnOnce()>) {
    request_animation_frame(run);
}

/// Calls `loaded` once with the element of `node` when it is drawn, as `NodeRef::on_load`
/// does, through `effect`.
pub fn on_load<E>(node: NodeRef<E>, loaded: impl FnOnce(E::Output) + 'static)
where
    E: leptos::tachys::html::element::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let mut loaded = Some(loaded);
    effect(move || {
        if let Some(element) = node.get() {
            if let Some(loaded) = loaded.take() {
                untrack(move || loaded(element));
            }
        }
    });
}

/// Shows `children` while `when` is true, and `fallback` (by default nothing) while it is
/// false; each is drawn anew only when `when` changes, as with `Show`.
#[component]
pub fn When(
    when: Signal<bool>,
    children: ChildrenFn,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    let shown = memo(move || when.get());
    reactive(move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    })
}

/// A row of `KeyedRows`: its key, and how to draw it when a row of that key first appears.
pub struct Keyed {
    key: String,
    draw: Box<dyn FnOnce() -> AnyView + Send>,
}

impl Keyed {
    pub fn new(key: String, draw: impl FnOnce() -> AnyView + Send + 'static) -> Self {
        Self {
            key,
            draw: Box::new(draw),
        }
    }
}

/// The rows `each` gives, keyed as with `For`: a row whose key was already shown keeps its
/// elements (moved to its new place), a new key is drawn, a key gone is removed.
#[component]
pub fn KeyedRows(each: Callback<(), Vec<Keyed>>) -> impl IntoView {
    view! {
        <For each=move || each.run(()) key=|row: &Keyed| row.key.clone() children=|row: Keyed| (row.draw)()/>
    }
}

/// A click handler, boxed: every `on:click` then has the same handler type, and the code that
/// attaches one is compiled once rather than once per handler.
pub fn clicked(
    handler: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> Box<dyn FnMut(leptos::ev::MouseEvent)> {
    Box::new(handler)
}

/// A change or input handler, boxed, for the same reason as `clicked`.
pub fn changed(
    handler: impl FnMut(leptos::ev::Event) + 'static,
) -> Box<dyn FnMut(leptos::ev::Event)> {
    Box::new(handler)
}

/// A form's submit handler, boxed, for the same reason as `clicked`.
pub fn submitted(
    handler: impl FnMut(leptos::ev::SubmitEvent) + 'static,
) -> Box<dyn FnMut(leptos::ev::SubmitEvent)> {
    Box::new(handler)
}

/// A key handler, boxed, for the same reason as `clicked`.
pub fn pressed(
    handler: impl FnMut(leptos::ev::KeyboardEvent) + 'static,
) -> Box<dyn FnMut(leptos::ev::KeyboardEvent)> {
    Box::new(handler)
}
