//! `When`: Leptos's `Show` without its type parameters.

use leptos::prelude::*;

/// Shows `children` while `when` is true, and `fallback` (by default nothing) while it is
/// false; each is drawn anew only when `when` changes, as with `Show`. Unlike `Show`, which is
/// compiled once per condition closure and children type, this is compiled once for every use.
#[component]
pub fn When(
    when: Signal<bool>,
    children: ChildrenFn,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
