//! The interview guide to print and take into the room: every question with what a strong and
//! a weak answer sound like, lines to write on, the ratings to circle and the warning signs to
//! tick, blank or headed with an executive's name (which can be left off) and last time's
//! ratings. What it holds comes from `domain::buyin::guide`; the print stylesheet keeps it to
//! the paper.

use leptos::prelude::*;

use crate::domain::buyin::guide::{guide, GuideGroup};
use crate::domain::buyin::questions::Rating;
use crate::domain::buyin::AssessmentId;
use crate::domain::playbook::PlaybookId;
use crate::ui::erased::changed;
use crate::ui::interview::hints;
use crate::ui::page::{assessment_page, playbook_page, print_button, Breadcrumb, PageTitle};
use crate::ui::store::Store;
use crate::ui::tables::{fact, meta};
use crate::ui::time::date_text;

/// `/playbooks/:id/guide`: a blank guide.
#[component]
pub fn GuidePage() -> impl IntoView {
    playbook_page(|playbook| guide_page(playbook, None))
}

/// `/playbooks/:id/interviews/:assessment/guide`: the guide for the interview's executive.
#[component]
pub fn ExecutiveGuidePage() -> impl IntoView {
    playbook_page(|playbook| {
        assessment_page(playbook, |playbook, id| guide_page(playbook, Some(id)))
    })
}

fn guide_page(playbook: PlaybookId, executive: Option<AssessmentId>) -> AnyView {
    let store = expect_context::<Store>();
    // Read once: nothing on this page changes the playbook.
    store.library.with_untracked(|library| {
        let Some(document) = library.get(&playbook) else {
            return ().into_any();
        };
        let guide = guide(&document.assessments, executive.as_ref());
        let leave_name_out = RwSignal::new(false);
        let (name, role) = guide
            .executive
            .map(|interview| (interview.executive.clone(), interview.role.clone()))
            .unwrap_or_default();
        let trail = guide
            .executive
            .map(|interview| (interview.id.clone(), name.clone()));
        let name_option = guide.executive.is_some().then(|| {
            view! {
                <label class="check">
                    <input type="checkbox" on:change=changed(move |ev| leave_name_out.set(event_target_checked(&ev)))/>
                    " Leave the name out"
                </label>
            }
            .into_any()
        });
        let last = guide.last_rated.map(|day| {
            meta(format!(
                "Last rated on {}: each question shows its rating then.",
                date_text(day)
            ))
        });
        let ratings = Rating::ALL
            .map(|rating| view! { <dt>{rating.label()}</dt><dd>{rating.anchor()}</dd> }.into_any())
            .collect_view();
        // The browser may print the page's title in the margin, so it names no executive.
        view! {
            <PageTitle text=format!("Interview guide: {}", document.title)/>
            <Breadcrumb playbook=playbook.clone() interview=trail/>
            <h1>"Interview guide"</h1>
            <div class="row-actions guide-actions">{print_button("Print the guide")}{name_option}</div>
            // Every value after the playbook's is a line to write on.
            <dl class="facts guide-facts">
                {fact("Playbook", document.title.clone())}
                <dt>"Executive"</dt><dd>{move || (!leave_name_out.get()).then(|| name.clone())}</dd>
                {fact("Role", role)}
                {fact("Date", String::new())}
                {fact("Interviewer", String::new())}
            </dl>
            {last}
            <section class="guide-group">
                <h2>"How to rate an answer"</h2>
                <dl class="hints">{ratings}</dl>
            </section>
            {guide.groups.iter().map(group).collect_view()}
        }
        .into_any()
    })
}

/// A group's questions, each with room to write and its rating to circle, then the group's
/// warning signs as boxes to tick. As on the interview screen, the group's credit line serves
/// its questions and signs, and the signs that are the app's own say so.
fn group(section: &GuideGroup) -> AnyView {
    let group = section.group;
    // The words to circle, spaced apart by the stylesheet.
    let scale = Rating::ALL.map(Rating::label).join(" ");
    let questions = section
        .questions
        .iter()
        .map(|item| {
            let last = item.last.map(|rating| {
                view! { <span class="guide-last">{format!("Last time: {}", rating.label())}</span> }
                    .into_any()
            });
            view! {
                <div class="guide-question">
                    <h3>{format!("{}. {}", item.number, item.question.prompt)}</h3>
                    {hints(item.question)}
                    <div class="lines" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
                    <p class="rating-row"><span>"Rating (circle one):"</span> <span class="circles">{scale.clone()}</span> {last}</p>
                </div>
            }
            .into_any()
        })
        .collect_view();
    let signs = (!section.signs.is_empty()).then(|| {
        let boxes = section
            .signs
            .iter()
            .map(|sign| {
                view! { <label class="check"><input type="checkbox"/>" "{sign.credit().mark(sign.label())}</label> }
                    .into_any()
            })
            .collect_view();
        view! {
            <fieldset class="guide-signs">
                <legend>"Warning signs heard"</legend>
                {boxes}
            </fieldset>
        }
        .into_any()
    });
    view! {
        <section class="guide-group">
            <h2>{group.title()}</h2>
            <p class="lede">{group.purpose()}</p>
            {meta(group.credit().line())}
            {questions}
            {signs}
        </section>
    }
    .into_any()
}
