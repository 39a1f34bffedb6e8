//! Where keyboard focus goes when what had it goes away or a new page arrives: one place, so
//! every screen moves focus the same way (after the page is drawn, to a heading rather than to
//! `<body>`).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::ui::erased::{before_next_frame, effect};

/// On every move to another page, focus goes to the new page's heading, unless the page has
/// put it somewhere itself (the interview's notes, a wizard step's heading). The link or
/// button that led here is gone with the old page, and focus left on `<body>` would send a
/// keyboard or screen reader user back to the top of the document. The first page of a visit
/// leaves focus alone, so the skip link stays the first stop.
#[component]
pub fn FocusOnArrival() -> impl IntoView {
    let location = use_location();
    let mut previous = None::<String>;
    effect(move || {
        let path = location.pathname.get();
        if previous.as_ref().is_some_and(|previous| *previous != path) {
            // After the new page is drawn and has placed focus, if it does.
            before_next_frame(Box::new(focus_heading_unless_placed));
        }
        previous = Some(path);
    });
}

/// Focuses the page's `<h1>` when focus is on nothing inside the page.
fn focus_heading_unless_placed() {
    let document = document();
    let Some(main) = document.get_element_by_id("main") else {
        return;
    };
    let placed = document
        .active_element()
        .is_some_and(|active| active != main && main.contains(Some(active.as_ref())));
    if placed {
        return;
    }
    focus_heading(&main, false);
}

/// When an action takes away the control that had focus outside the page (a notice's Undo or
/// Dismiss, an Undo withdrawn as it expires), focus returns to the page's heading rather than
/// to `<body>`, without scrolling, so a mouse user's view stays where it was.
pub fn return_focus_to_page() {
    before_next_frame(Box::new(|| {
        let document = document();
        let lost = document
            .active_element()
            .is_none_or(|active| active.tag_name() == "BODY");
        if let (true, Some(main)) = (lost, document.get_element_by_id("main")) {
            focus_heading(&main, true);
        }
    }));
}

fn focus_heading(main: &web_sys::Element, keep_scroll: bool) {
    if let Some(heading) = main.query_selector("h1").ok().flatten() {
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(keep_scroll);
        let _ = heading
            .unchecked_ref::<web_sys::HtmlElement>()
            .focus_with_options(&options);
    }
}

/// Moves focus to the element with `id` once the page has drawn it.
pub fn focus_when_drawn(id: String) {
    before_next_frame(Box::new(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            let _ = element.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    }));
}
