//! Guidance from the sources, offered as suggestions the user adopts with one click and never
//! as answers filled in for them. Where a field has a well-known public model, that model is
//! offered by name as another set.

use super::{Item, ItemField, ListKind, Text};

/// One suggestion: the fields it fills when adopted, and a line of explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub values: &'static [(ItemField, &'static str)],
    /// Why or when it fits; empty for none.
    pub detail: &'static str,
}

impl Suggestion {
    /// The text a button shows: the first value adopted.
    pub fn title(&self) -> &'static str {
        self.values.first().map_or("", |(_, text)| text)
    }
}

/// Suggestions that belong together, under the name of where they come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestionSet {
    pub name: &'static str,
    /// Whether adopting the whole set at once makes sense (the stages of a curve).
    pub adopt_all: bool,
    pub suggestions: &'static [Suggestion],
}

/// A persona of the buddy system: who they are in another function, and how to help them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuddyPersona {
    pub function: &'static str,
    pub goal: &'static str,
    pub pain_points: &'static str,
    /// "Snack-sized" collaborations: small, quick ways to help them.
    pub collaborations: &'static [&'static str],
}

pub const BUDDY_PERSONAS: &[BuddyPersona] = &[];

/// Suggestions for new items of a list.
pub fn for_list(_kind: ListKind) -> &'static [SuggestionSet] {
    &[]
}

/// Suggested answers for a single field of the strategy.
pub fn for_text(_field: Text) -> &'static [&'static str] {
    &[]
}

/// Suggestions for one field of one item, given the rest of the item (the contributions that
/// fit a top problem, the quick wins that fit a buddy's function).
pub fn for_item_field(_kind: ListKind, _field: ItemField, _item: &dyn Item) -> &'static [&'static str] {
    &[]
}

/// The buddy persona a function names, if any.
pub fn buddy_persona(function: &str) -> Option<&'static BuddyPersona> {
    let function = function.to_lowercase();
    BUDDY_PERSONAS
        .iter()
        .find(|persona| function.contains(&persona.function.to_lowercase()))
}
