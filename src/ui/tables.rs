//! The one wrapper for tables (and the chart) that can be wider than the screen.

use leptos::html;
use leptos::prelude::*;

use crate::ui::fields::unique_id;

/// Holds a table that may not fit: only the table scrolls sideways, never the page. It is a
/// region named `label`; when it does not fit, a visible hint says so and the region takes
/// keyboard focus, so the arrow keys scroll it.
#[component]
pub fn WideTable(#[prop(into)] label: String, children: Children) -> impl IntoView {
    let scroller = NodeRef::<html::Div>::new();
    let scrolls = RwSignal::new(false);
    // A table drawn again before its frame came (a chart's table redrawn at each key typed in
    // a review) is gone by then, and measures nothing.
    let measure = move || {
        if let Some(Some(scroller)) = scroller.try_get_untracked() {
            scrolls.try_set(scroller.scroll_width() > scroller.client_width());
        }
    };
    // Measured once drawn and laid out, and again whenever the window changes width.
    scroller.on_load(move |_| request_animation_frame(measure));
    let resized = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resized.remove());
    let hint = unique_id("scroll-hint");
    view! {
        <div class="wide-table" class:scrolls=move || scrolls.get()>
            <p class="scroll-hint" id=hint.clone() hidden=move || !scrolls.get()>
                "Scroll sideways to see all of it "<span aria-hidden="true">"→"</span>
            </p>
            <div
                class="table-scroll"
                node_ref=scroller
                tabindex=move || scrolls.get().then_some("0")
                role="region"
                aria-label=label
                aria-describedby=move || scrolls.get().then(|| hint.clone())
            >
                {children()}
            </div>
        </div>
    }
}
