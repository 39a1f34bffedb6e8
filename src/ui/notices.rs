//! The one notice system: short messages about what just happened, some with an action.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::library::{Library, Removed, RemovedUnreadable};
use crate::domain::playbook::{PlaybookId, RemovedAssessment};
use crate::domain::strategy::Strategy;
use crate::ui::page::return_focus_to_page;
use crate::ui::store::Store;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    UndoRemove(Removed),
    UndoRemoveUnreadable(RemovedUnreadable),
    UndoRemoveAssessment {
        playbook: PlaybookId,
        removed: RemovedAssessment,
    },
    /// The strategy before and after an item was removed: the undo applies only while the
    /// strategy is still as the removal left it.
    UndoRemoveItem {
        playbook: PlaybookId,
        before: Box<Strategy>,
        after: Box<Strategy>,
        what: String,
    },
}

impl NoticeAction {
    /// Why the action can no longer work in `library`, if it cannot: the undo is then
    /// withdrawn rather than offered to fail.
    pub fn expired(&self, library: &Library) -> Option<&'static str> {
        match self {
            Self::UndoRemove(removed) => library
                .get(&removed.playbook.id)
                .map(|_| "It is back in this browser already."),
            Self::UndoRemoveUnreadable(removed) => {
                let id = &removed.entry.id;
                let back = library.unreadable().any(|entry| &entry.id == id)
                    || PlaybookId::parse(id).is_some_and(|id| library.get(&id).is_some());
                back.then_some("It is back in this browser already.")
            }
            Self::UndoRemoveAssessment { playbook, removed } => match library.get(playbook) {
                None => Some("Its playbook is no longer here."),
                Some(here) if here.assessment(&removed.assessment.id).is_some() => {
                    Some("It is back in the playbook already.")
                }
                Some(_) => None,
            },
            Self::UndoRemoveItem {
                playbook, after, ..
            } => match library.get(playbook) {
                None => Some("Its playbook is no longer here."),
                Some(here) if here.strategy != *after => {
                    Some("It can no longer be undone: the plan has changed since.")
                }
                Some(_) => None,
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    id: u64,
    pub tone: Tone,
    pub text: String,
    pub action: Option<NoticeAction>,
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

    pub fn with_action(&self, text: impl Into<String>, action: NoticeAction) {
        self.push(Tone::Info, text.into(), Some(action));
    }

    fn push(&self, tone: Tone, text: String, action: Option<NoticeAction>) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        if tone == Tone::Info && action.is_none() {
            let notices = *self;
            set_timeout(move || notices.dismiss(id), NEWS_SHOWN_FOR);
        }
        self.list.update(|list| {
            list.push(Notice {
                id,
                tone,
                text,
                action,
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
        move || {
            notices
                .list
                .get()
                .into_iter()
                .filter(|notice| notice.tone == tone)
                .collect::<Vec<_>>()
        }
    };
    view! {
        <div class="notices">
            <div role="status" aria-live="polite">
                <For each=of_tone(Tone::Info) key=|notice| notice.id let:notice>
                    <NoticeView notice/>
                </For>
            </div>
            <div role="alert">
                <For each=of_tone(Tone::Problem) key=|notice| notice.id let:notice>
                    <NoticeView notice/>
                </For>
            </div>
        </div>
    }
}

#[component]
fn NoticeView(notice: Notice) -> impl IntoView {
    let notices = expect_context::<Notices>();
    let store = expect_context::<Store>();
    let id = notice.id;
    let class = match notice.tone {
        Tone::Info => "notice",
        Tone::Problem => "notice notice-problem",
    };
    let action = notice.action.map(|action| {
        // Checked against every change of the library while the notice is up, so an undo
        // that could only fail is withdrawn, with the reason, as soon as it expires.
        let expired = {
            let action = action.clone();
            Memo::new(move |_| store.library.with(|library| action.expired(library)))
        };
        let action = StoredValue::new(Some(action));
        let undo = move |_| {
            if let Some(action) = action.try_update_value(Option::take).flatten() {
                store.undo(action);
            }
            notices.dismiss(id);
            return_focus_to_page();
        };
        move || match expired.get() {
            None => view! { <button type="button" on:click=undo>"Undo"</button> }.into_any(),
            Some(why) => {
                return_focus_to_page();
                view! { <span class="expired">" " {why}</span> }.into_any()
            }
        }
    });
    view! {
        <p class=class>
            <span>{notice.text}</span>
            {action}
            <button type="button" class="dismiss" aria-label="Dismiss" on:click=move |_| {
                notices.dismiss(id);
                return_focus_to_page();
            }>"×"</button>
        </p>
    }
}
