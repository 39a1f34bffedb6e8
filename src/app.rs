//! The router and the shell around every page: header, navigation and the notice area.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::{path, PossibleRouteMatch};

use crate::ui::about::AboutPage;
use crate::ui::compare::ComparePage;
use crate::ui::erased::in_next_task;
use crate::ui::focus::FocusOnArrival;
use crate::ui::home::HomePage;
use crate::ui::interview::InterviewPage;
use crate::ui::not_found::NotFoundPage;
use crate::ui::notices::{NoticeArea, Notices};
use crate::ui::onboarding::FirstNinetyDaysPage;
use crate::ui::page::Later;
use crate::ui::playbook::PlaybookPage;
use crate::ui::report::ReportPage;
use crate::ui::reviews::ReviewsPage;
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::verdict::VerdictPage;
use crate::ui::wizard::WizardPage;

/// A route's address pattern, boxed: every route then has one type of pattern, and the
/// router's code that matches an address and builds a route's links is compiled once rather
/// than once for each shape of pattern.
fn address(
    pattern: impl PossibleRouteMatch + Send + Sync + 'static,
) -> Arc<dyn PossibleRouteMatch + Send + Sync> {
    Arc::new(pattern)
}

/// A route's page, drawn by a plain function: every route then has one type of view, and the
/// router's code for a route is compiled once rather than once for each page.
fn page(draw: fn() -> AnyView) -> fn() -> AnyView {
    draw
}

/// Starts the app in tasks of its own: the library is read one task after the one that starts
/// the wasm, the shell is drawn in the next and the page one after the shell (`App`). Each wasm
/// function is compiled when it first runs, so a start in one task held a slow phone's page
/// long; in four, none holds it long.
pub fn mount() {
    crate::domain::set_local_day(crate::browser::local_day);
    in_next_task(Box::new(|| {
        let notices = Notices::new();
        let store = Store::load(notices);
        in_next_task(Box::new(move || {
            mount_to_body(move || {
                provide_context(notices);
                provide_context(store);
                App()
            })
        }));
    }));
}

/// Takes away the first screen that index.html draws, in the task that draws the page: the
/// browser paints only after both, and the stylesheet keeps the app hidden until then.
fn first_screen_gone() {
    if let Some(first_screen) = document().get_element_by_id("first-paint") {
        first_screen.remove();
    }
}

/// The shell around every page, given the notices and the store (`mount`).
#[component]
pub fn App() -> impl IntoView {
    let main = NodeRef::<html::Main>::new();
    // The router would take the hash link as a navigation and leave focus where it was.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main.get_untracked() {
            let _ = main.focus();
        }
    };

    view! {
        <Router>
            <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
            <SiteHeader/>
            <main id="main" tabindex="-1" node_ref=main>
                // Each route matches an address of `ui::routes`, which every link takes its
                // address from: change them together. (`path!` takes only literals.)
                <Later>
                    {first_screen_gone()}
                    <FlatRoutes fallback=NotFoundPage>
                        <Route path=address(path!("/")) view=page(|| view! { <HomePage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id")) view=page(|| view! { <PlaybookPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/interviews/:assessment")) view=page(|| view! { <InterviewPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/interviews/:assessment/verdict")) view=page(|| view! { <VerdictPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/compare")) view=page(|| view! { <ComparePage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/report")) view=page(|| view! { <ReportPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/first-90-days")) view=page(|| view! { <FirstNinetyDaysPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/reviews")) view=page(|| view! { <ReviewsPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/strategy")) view=page(|| view! { <WizardPage/> }.into_any())/>
                        <Route path=address(path!("/playbooks/:id/strategy/:step")) view=page(|| view! { <WizardPage/> }.into_any())/>
                        <Route path=address(path!("/about")) view=page(|| view! { <AboutPage/> }.into_any())/>
                    </FlatRoutes>
                </Later>
            </main>
            <NoticeArea/>
            <FocusOnArrival/>
        </Router>
    }
}

/// The header of every page. Plain links, which the router follows: of them, the two of the
/// main navigation mark the page they lead to while it is shown (`aria-current`).
#[component]
fn SiteHeader() -> impl IntoView {
    let path = use_location().pathname;
    let current =
        move |address: fn() -> String| move || (path.get() == address()).then_some("page");
    view! {
        <header class="site-header">
            <a href=routes::home() class="brand">"DevRel Playbook"</a>
            <nav aria-label="Main">
                <a href=routes::home() aria-current=current(routes::home)>"Playbooks"</a>
                <a href=routes::about() aria-current=current(routes::about)>"About"</a>
            </nav>
        </header>
    }
}
