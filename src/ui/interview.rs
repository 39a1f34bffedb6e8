//! The interview screen: one question at a time, built to be used live in a meeting. Notes,
//! a rating and warning signs per question; keyboard shortcuts for rating and moving on; it
//! resumes at the question where it was left.

use leptos::prelude::*;

use crate::domain::buyin::questions::{question, Group, Rating, WarningSign, QUESTIONS};
use crate::domain::buyin::{Answer, Assessment, AssessmentEdit, AssessmentId};
use crate::domain::edit::MAX_INTERVIEW_NOTES_CHARS;
use crate::domain::iso8601;
use crate::domain::playbook::{PlaybookEdit, PlaybookId};
use crate::ui::erased::{changed, clicked, effect, memo, pressed, reactive};
use crate::ui::fields::{name_field, TextField, TextInputKind};
use crate::ui::page::{assessment_page, playbook_page, Breadcrumb, Later, PageTitle, SaveStatus};
use crate::ui::playbook::{guide_of, guide_paragraph};
use crate::ui::routes;
use crate::ui::store::Store;

const NOTES_ID: &str = "interview-notes";

#[component]
pub fn InterviewPage() -> impl IntoView {
    playbook_page(|playbook| {
        assessment_page(playbook, |playbook, id| {
            view! { <Interview playbook id/> }.into_any()
        })
    })
}

/// Reads from the interview on screen; empty once it is gone.
fn read<T: Default>(
    store: Store,
    playbook: &PlaybookId,
    id: &AssessmentId,
    f: impl FnOnce(&Assessment) -> T,
) -> T {
    store.library.with(|library| {
        library
            .get(playbook)
            .and_then(|p| p.assessment(id))
            .map(f)
            .unwrap_or_default()
    })
}

#[component]
fn Interview(playbook: PlaybookId, id: AssessmentId) -> impl IntoView {
    let store = expect_context::<Store>();
    let (pb, aid) = (
        StoredValue::new(playbook.clone()),
        StoredValue::new(id.clone()),
    );
    let dispatch = move |edit: AssessmentEdit| {
        store
            .edit(
                &pb.get_value(),
                PlaybookEdit::Assessment {
                    id: aid.get_value(),
                    edit,
                },
            )
            .map_err(|problem| problem.to_string())
    };
    let executive = Signal::derive(move || {
        read(store, &pb.get_value(), &aid.get_value(), |a| {
            a.executive.clone()
        })
    });
    let index = RwSignal::new(read(store, &playbook, &id, Assessment::current_index));
    let current = move || &QUESTIONS[index.get()];
    // Read once per change and shared by every control of the question.
    let answer = memo(move || {
        read(store, &pb.get_value(), &aid.get_value(), |a| {
            a.answer(current().id).cloned().unwrap_or_default()
        })
    });
    let answer = move || answer.get();
    // Only the ratings, as the question map names them: typing notes leaves the map alone.
    let ratings = memo(move || {
        read(store, &pb.get_value(), &aid.get_value(), |a| {
            QUESTIONS
                .iter()
                .map(|question| {
                    a.answer(question.id)
                        .and_then(|answer| answer.rating)
                        .map_or("Not rated", Rating::label)
                        .to_owned()
                })
                .collect::<Vec<_>>()
        })
    });

    let go_to = move |to: usize| {
        let to = to.min(QUESTIONS.len() - 1);
        if to == index.get_untracked() {
            return;
        }
        index.set(to);
        let _ = dispatch(AssessmentEdit::GoTo {
            question: QUESTIONS[to].id.to_owned(),
        });
    };
    let rate = move |rating: Option<Rating>| {
        let _ = dispatch(AssessmentEdit::Rate {
            question: current().id.to_owned(),
            rating,
        });
    };
    // Each new question starts with the cursor in its notes.
    effect(move || {
        index.track();
        if let Some(notes) = document().get_element_by_id(NOTES_ID) {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&notes).focus();
        }
    });

    // Shortcuts work when the cursor is not in a text field: Escape leaves the notes.
    let shortcuts = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let in_field = ev.target().and_then(|target| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target)
                .ok()
                .map(|element| {
                    matches!(element.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
                })
        });
        if in_field == Some(true) {
            if ev.key() == "Escape" {
                if let Some(panel) = document().get_element_by_id("question-panel") {
                    let _ =
                        wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&panel).focus();
                }
            }
            return;
        }
        match ev.key().as_str() {
            "1" => rate(Some(Rating::Weak)),
            "2" => rate(Some(Rating::Partial)),
            "3" => rate(Some(Rating::Strong)),
            "0" => rate(None),
            "n" | "ArrowRight" => go_to(index.get_untracked() + 1),
            "p" | "ArrowLeft" => go_to(index.get_untracked().saturating_sub(1)),
            _ => return,
        };
        ev.prevent_default();
    };

    let notes = Signal::derive(move || answer().notes);
    let on_notes = Callback::new(move |notes: String| {
        dispatch(AssessmentEdit::Notes {
            question: current().id.to_owned(),
            notes,
        })
    });
    let verdict = routes::verdict(&playbook, &id);

    view! {
        <PageTitle text=Signal::derive(move || format!("Interview with {}", executive.get()))/>
        <Breadcrumb playbook=playbook.clone()/>
        <h1>"Interview with " {move || executive.get()}</h1>
        <SaveStatus playbook=playbook.clone()/>
        <div class="interview">
            <section id="question-panel" class="card question" tabindex="-1" aria-labelledby="question-heading" on:keydown=pressed(shortcuts)>
                <p class="progress-line">
                    <span>{move || format!("Question {} of {}", index.get() + 1, QUESTIONS.len())}</span>
                    <progress max=QUESTIONS.len() value=move || index.get() + 1 aria-hidden="true"></progress>
                </p>
                <p class="group-name">
                    <strong>{move || current().group.title().into_any()}</strong>
                    ": " {move || current().group.purpose().into_any()}
                </p>
                <h2 id="question-heading">{move || current().prompt.into_any()}</h2>
                // Side by side on a wide screen, so a question, its notes, its rating and Next
                // fit on one screen: what the answer was on the left, what it shows on the right.
                <div class="question-notes">
                <dl class="hints">
                    <dt>"A strong answer"</dt>
                    <dd>{move || current().strong.into_any()}</dd>
                    <dt>"A weak answer"</dt>
                    <dd>{move || current().weak.into_any()}</dd>
                </dl>
                <p class="meta">{move || current().credit().line()}</p>
                <TextField label="Notes" id=NOTES_ID kind=TextInputKind::Notes value=notes on_input=on_notes hint="Press Escape to leave the notes and use the shortcuts." max_chars=MAX_INTERVIEW_NOTES_CHARS/>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || answer().private
                        on:change=changed(move |ev| {
                            let _ = dispatch(AssessmentEdit::Private { question: current().id.to_owned(), private: event_target_checked(&ev) });
                        })
                    />
                    " Private note: kept in this browser, left out of what you share"
                </label>
                </div>
                <div class="question-rating">
                <fieldset class="rating">
                    <legend>"What the answer shows"</legend>
                    <RatingChoice answer=Signal::derive(answer) rating=None on_rate=Callback::new(rate)/>
                    {Rating::ALL.map(|rating| view! { <RatingChoice answer=Signal::derive(answer) rating=Some(rating) on_rate=Callback::new(rate)/> }.into_any())}
                </fieldset>
                {move || {
                    let group = current().group;
                    let signs = WarningSign::heard_in_group(group);
                    (!signs.is_empty()).then(|| view! {
                        <fieldset class="signs">
                            <legend>"Warning signs heard"</legend>
                            {signs.into_iter().map(|sign| view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || answer().signs.contains(&sign)
                                        on:change=changed(move |ev| {
                                            let _ = dispatch(AssessmentEdit::Sign { question: current().id.to_owned(), sign, heard: event_target_checked(&ev) });
                                        })
                                    />
                                    " " {sign.credit().mark(sign.label())}
                                </label>
                            }.into_any()).collect_view()}
                        </fieldset>
                    }.into_any()).into_any()
                }}
                <div class="step-buttons">
                    <button type="button" on:click=clicked(move |_| go_to(index.get_untracked().saturating_sub(1))) disabled=move || index.get() == 0>"Previous question"</button>
                    <button type="button" class="primary" on:click=clicked(move |_| go_to(index.get_untracked() + 1)) disabled=move || index.get() + 1 == QUESTIONS.len()>"Next question"</button>
                    <a href=verdict>"See the verdict"</a>
                </div>
                </div>
                <p class="shortcuts">
                    "Shortcuts outside the notes: " <kbd>"1"</kbd> " Weak, " <kbd>"2"</kbd> " Partial, " <kbd>"3"</kbd> " Strong, "
                    <kbd>"0"</kbd> " not rated, " <kbd>"N"</kbd> " or " <kbd>"→"</kbd> " next, " <kbd>"P"</kbd> " or " <kbd>"←"</kbd> " previous."
                </p>
            </section>
            // The question first; the map of questions and what is below it a task later.
            <Later>
                <QuestionMap index go_to=Callback::new(go_to) ratings=ratings/>
            </Later>
        </div>
        // Set when the interview is planned; below the interview, out of the way of its work.
        <Later>
            <InterviewDetails playbook=playbook.clone() id=id.clone()/>
            {guide_paragraph(guide_of(store, &playbook, &id), " for this executive: the questions on paper, with room for notes.")}
        </Later>
    }
}

#[component]
fn RatingChoice(
    answer: Signal<Answer>,
    rating: Option<Rating>,
    on_rate: Callback<Option<Rating>>,
) -> impl IntoView {
    let (label, anchor) = match rating {
        Some(rating) => (rating.label(), rating.anchor()),
        None => ("Not rated", "Skip for now and come back later."),
    };
    view! {
        <label class="choice">
            <input type="radio" name="rating" prop:checked=move || answer.with(|answer| answer.rating == rating) on:change=changed(move |_| on_rate.run(rating))/>
            <span><strong>{label}</strong> " — " {anchor}</span>
        </label>
    }
}

/// Every question, to jump to any of them and see which are answered.
#[component]
fn QuestionMap(
    index: RwSignal<usize>,
    go_to: Callback<usize>,
    /// Each question's rating in words.
    ratings: Memo<Vec<String>>,
) -> impl IntoView {
    view! {
        <nav class="question-map card" aria-label="All questions">
            {Group::ALL
                .map(|group| view! {
                    <h2 class="map-group">{group.title()}</h2>
                    <ol>
                        {QUESTIONS
                            .iter()
                            .enumerate()
                            .filter(|(_, question)| question.group == group)
                            .map(|(at, question)| {
                                let state = move || ratings.with(|ratings| ratings.get(at).cloned().unwrap_or_default());
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            aria-current=move || (index.get() == at).then_some("step")
                                            on:click=clicked(move |_| go_to.run(at))
                                        >
                                            <span>{question.prompt}</span>
                                            <span class="map-state">{reactive(state)}</span>
                                        </button>
                                    </li>
                                }.into_any()
                            })
                            .collect_view()}
                    </ol>
                }.into_any())
                .collect_view()}
        </nav>
    }
}

/// Who is interviewed, editable without leaving the interview.
#[component]
fn InterviewDetails(playbook: PlaybookId, id: AssessmentId) -> impl IntoView {
    let store = expect_context::<Store>();
    let (pb, aid) = (StoredValue::new(playbook), StoredValue::new(id));
    let text = move |f: fn(&Assessment) -> String| {
        Signal::derive(move || read(store, &pb.get_value(), &aid.get_value(), f))
    };
    let edit = move |make: fn(String) -> AssessmentEdit| {
        Callback::new(move |value: String| {
            store
                .edit(
                    &pb.get_value(),
                    PlaybookEdit::Assessment {
                        id: aid.get_value(),
                        edit: make(value),
                    },
                )
                .map_err(|problem| problem.to_string())
        })
    };
    view! {
        <details class="card details">
            <summary>"Executive and interview details"</summary>
            <div class="field-row">
                {name_field("Executive's name", text(|a| a.executive.clone()), edit(AssessmentEdit::Executive), true, "off")}
                {name_field("Role", text(|a| a.role.clone()), edit(AssessmentEdit::Role), false, "off")}
            </div>
            <div class="field-row">
                <TextField label="Interview date" kind=TextInputKind::Date value=text(|a| a.interview_date.map(iso8601::date::format).unwrap_or_default()) on_input=edit(AssessmentEdit::InterviewDate)/>
                {name_field("Interviewer", text(|a| a.interviewer.clone()), edit(AssessmentEdit::Interviewer), false, "off")}
            </div>
        </details>
    }
}

/// The prompt of a question by id, for screens that list answers.
pub fn prompt(id: &str) -> &str {
    question(id).map_or(id, |question| question.prompt)
}
