//! The one notice system: short messages about what just happened, some with an action.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::ui::erased::{after, clicked, memo, reactive};
use crate::ui::erased::{Keyed, KeyedRows};
use crate::ui::focus::return_focus_to_page;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Problem,
}

/// What a notice's Undo does, and what withdraws it. The code that raises the notice builds
/// both, so a notice knows nothing of what it undoes.
#[derive(Clone)]
pub struct Undo {
    /// Why the undo could now only fail, if it could. Read while the notice is up and again on
    /// every change of what it reads, so the Undo is withdrawn, with this reason, as soon as
    /// it expires.
    expired: Arc<dyn Fn() -> Option<&'static str> + Send + Sync>,
    undo: Arc<dyn Fn() + Send + Sync>,
}

impl Undo {
    pub fn new(
        expired: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
        undo: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        Self {
            expired: Arc::new(expired),
            undo: Arc::new(undo),
        }
    }
}

#[derive(Clone)]
pub struct Notice {
    id: u64,
    pub tone: Tone,
    pub text: String,
    pub undo: Option<Undo>,
}

#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next_id: StoredValue<u64>,
}

/// More would crowd the page; the oldest go first.
const MAX_SHOWN: usize = 3;

/// News without an action fades after this long; problems and offers such as Undo stay until
/// dismissed, so nobody has to race a timer to read or use them.
const NEWS_SHOWN_FOR: Duration = Duration::from_secs(8);

impl Notices {
    pub fn new() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(0),
        }
    }

    pub fn info(&self, text: impl Into<String>) {
        self.push(Tone::Info, text.into(), None);
    }

    pub fn problem(&self, text: impl Into<String>) {
        self.push(Tone::Problem, text.into(), None);
    }

    /// News with an Undo on offer.
    pub fn with_undo(&self, text: impl Into<String>, undo: Undo) {
        self.push(Tone::Info, text.into(), Some(undo));
    }

    fn push(&self, tone: Tone, text: String, undo: Option<Undo>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        if tone == Tone::Info && undo.is_none() {
            let notices = *self;
            after(NEWS_SHOWN_FOR, Box::new(move || notices.dismiss(id)));
        }
        self.list.update(|list| {
            list.push(Notice {
                id,
                tone,
                text,
                undo,
            });
            let excess = list.len().saturating_sub(MAX_SHOWN);
            list.drain(..excess);
        });
    }

    fn dismiss(&self, id: u64) {
        self.list
            .update(|list| list.retain(|notice| notice.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

/// Polite announcements for news, an alert region for problems; both always in the page so
/// screen readers hear what is added.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let of_tone = move |tone: Tone| {
        Callback::new(move |()| {
            notices
                .list
                .get()
                .into_iter()
                .filter(|notice| notice.tone == tone)
                .map(|notice| {
                    Keyed::new(notice.id.to_string(), move || {
                        view! { <NoticeView notice/> }.into_any()
                    })
                })
                .collect()
        })
    };
    view! {
        <div class="notices">
            <div role="status" aria-live="polite">
                <KeyedRows each=of_tone(Tone::Info)/>
            </div>
            <div role="alert">
                <KeyedRows each=of_tone(Tone::Problem)/>
            </div>
        </div>
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    let notices = expect_context::<Notices>();
    let id = notice.id;
    let class = match notice.tone {
        Tone::Info => "notice",
        Tone::Problem => "notice notice-problem",
    };
    let action = notice.undo.map(|Undo { expired, undo }| {
        // Checked again on every change it reads while the notice is up, so an undo that
        // could only fail is withdrawn, with the reason, as soon as it expires.
        // Why it expired, empty while it has not (every reason is a sentence).
        let expired = memo(move || expired().unwrap_or_default().to_owned());
        // Taken on the first press, so a double click undoes once.
        let once = StoredValue::new(Some(undo));
        let undo = move |_| {
            if let Some(undo) = once.try_update_value(Option::take).flatten() {
                undo();
            }
            notices.dismiss(id);
            return_focus_to_page();
        };
        reactive(move || {
            let why = expired.get();
            if why.is_empty() {
                view! { <button type="button" on:click=clicked(undo)>"Undo"</button> }.into_any()
            } else {
                return_focus_to_page();
                view! { <span class="expired">" " {why}</span> }.into_any()
            }
        })
    });
    view! {
        <p class=class>
            <span>{notice.text}</span>
            {action}
            <button type="button" class="dismiss" aria-label="Dismiss" on:click=clicked(move |_| {
                notices.dismiss(id);
                return_focus_to_page();
            })>"×"</button>
        </p>
    }
}
