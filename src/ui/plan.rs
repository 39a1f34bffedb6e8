//! `Plan`, the strategy of the playbook on screen as the wizard and its lists read and change
//! it, and `GoalSummary`, a goal at a glance.

mod goals;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::playbook::{Playbook, PlaybookEdit, PlaybookId};
use crate::domain::strategy::{
    FieldKind, ItemField, ItemId, ListAt, ListKind, Strategy, StrategyEdit,
};
use crate::ui::erased::memo;
use crate::ui::store::Store;

pub use goals::GoalSummary;

/// The id of an item's field on the page, so focus can be sent there.
pub fn field_id(item: &ItemId, at: usize) -> String {
    format!("item-{item}-{at}")
}

/// The choices of a link field: (item id, label) of every item it may point at.
pub type LinkChoices = Memo<Vec<(String, String)>>;

/// The strategy of the playbook on screen, for reading and changing it.
#[derive(Clone, Copy)]
pub struct Plan {
    store: Store,
    playbook: StoredValue<PlaybookId>,
    /// The day the playbook was started: goals are due after it.
    pub started: NaiveDate,
    /// One memo per link field, shared by every item that has the field: a hundred activities
    /// then work out the journey stages they may point at once per change, not a hundred times.
    link_choices: StoredValue<Vec<(ItemField, LinkChoices)>>,
}

impl Plan {
    pub fn new(store: Store, playbook: PlaybookId) -> Self {
        let started = store
            .library
            .with_untracked(|library| library.get(&playbook).map(Playbook::started))
            .unwrap_or_default();
        let playbook = StoredValue::new(playbook);
        let link_choices = ListKind::ALL
            .iter()
            .flat_map(|kind| kind.fields())
            .filter(|spec| matches!(spec.kind, FieldKind::Link(_)))
            .map(|spec| {
                let field = spec.field;
                let choices = memo(move || {
                    playbook.with_value(|id| {
                        store.library.with(|library| {
                            library
                                .get(id)
                                .map(|p| p.strategy.link_options(field))
                                .unwrap_or_default()
                                .into_iter()
                                .map(|(id, label)| (id.to_string(), label))
                                .collect()
                        })
                    })
                });
                (field, choices)
            })
            .collect();
        Self {
            store,
            playbook,
            started,
            link_choices: StoredValue::new(link_choices),
        }
    }

    /// The items a link field may point at.
    pub fn link_choices(&self, field: ItemField) -> Option<LinkChoices> {
        self.link_choices.with_value(|choices| {
            choices
                .iter()
                .find(|(link, _)| *link == field)
                .map(|(_, choices)| *choices)
        })
    }

    /// Reads the strategy, re-running the caller whenever the playbook changes.
    pub fn read<T: Default>(&self, f: impl FnOnce(&Strategy) -> T) -> T {
        self.playbook.with_value(|id| {
            self.store
                .library
                .with(|library| library.get(id).map(|p| f(&p.strategy)).unwrap_or_default())
        })
    }

    pub fn read_untracked<T: Default>(&self, f: impl FnOnce(&Strategy) -> T) -> T {
        self.playbook.with_value(|id| {
            self.store.library.with_untracked(|library| {
                library.get(id).map(|p| f(&p.strategy)).unwrap_or_default()
            })
        })
    }

    pub fn edit(&self, edit: StrategyEdit) -> Result<(), String> {
        self.playbook
            .with_value(|id| self.store.edit(id, PlaybookEdit::Strategy(edit)))
            .map_err(|problem| problem.to_string())
    }

    /// Removes an item, with an undo on offer.
    pub fn remove(&self, list: ListAt, id: ItemId, what: String) {
        self.playbook
            .with_value(|playbook| self.store.remove_strategy_item(playbook, list, id, what));
    }

    pub fn playbook(&self) -> PlaybookId {
        self.playbook.get_value()
    }
}
