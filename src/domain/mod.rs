//! Plain Rust: the playbook document, its stored form and the library of playbooks.
//! Nothing here knows about the browser or the screens.

pub mod buyin;
pub mod document;
pub mod edit;
pub mod example;
pub mod file;
pub mod id;
pub mod iso8601;
pub mod layout;
pub mod library;
pub mod link;
pub mod onboarding;
pub mod persona_library;
pub mod places;
pub mod playbook;
pub mod report;
pub mod sources;
pub mod strategy;
pub mod versions;

/// How a reader's dates are written: files and the Markdown report keep their own forms (ISO
/// 8601, or spelt out as `strategy::smart::long_date` does), the screens the user's locale.
pub type WriteDate = fn(chrono::NaiveDate) -> String;

thread_local! {
    /// How the user's calendar reads an instant; UTC until `set_local_day` says otherwise.
    static LOCAL_DAY: std::cell::Cell<fn(chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate> =
        std::cell::Cell::new(|at| at.date_naive());
}

/// Tells the domain the user's time zone, as a function from an instant to the day it falls
/// on where the user is: the browser's, set once at start (natively, days are UTC's).
pub fn set_local_day(day_of: fn(chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate) {
    LOCAL_DAY.set(day_of);
}

/// The day `at` falls on where the user is: a playbook created at 00:30 in Tokyo was started
/// on that day, though it is still the day before in UTC.
pub fn local_day(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
    LOCAL_DAY.get()(at)
}

/// `items.sort_by(compare)`, the same stable order, with one sort compiled for every caller:
/// positions are sorted (one type, one comparison through `dyn`), then the items put in their
/// order, where each `sort_by` would compile a sort of its own, 2–3 KB each.
pub fn sort_stably<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| taken[at].take()));
}

/// Positions that compare equal keep their order, as in a stable sort, since no two positions
/// are equal: the unstable sort, lighter in the wasm than the stable one, gives the same order.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
}

/// Where in `items` the one that `is_it` is (an item of an id, which no other has), looked for
/// at `near` first. A screen that draws hundreds of items has each find its own at every
/// change; from where it was last found, that costs one look each instead of a search each,
/// the square of their number.
pub fn position_near<T>(items: &[T], near: usize, is_it: impl Fn(&T) -> bool) -> Option<usize> {
    match items.get(near) {
        Some(item) if is_it(item) => Some(near),
        _ => items.iter().position(is_it),
    }
}

/// Text already met, for every check of something said twice in a loaded playbook (ids, task
/// keys, a review's goals): a sorted list searched by halves, one type for every check and
/// lighter in the wasm than a set's tree.
#[derive(Default)]
pub struct Seen<'a>(Vec<&'a str>);

impl<'a> Seen<'a> {
    /// Notes `text`, and says whether it is new, as `BTreeSet::insert` does.
    pub fn insert(&mut self, text: &'a str) -> bool {
        match self.0.binary_search(&text) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, text);
                true
            }
        }
    }

    pub fn contains(&self, text: &str) -> bool {
        self.0.binary_search(&text).is_ok()
    }

    /// What was met, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.0.iter().copied()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn seen_says_what_a_set_says(texts in proptest::collection::vec("[a-c]{0,2}", 0..40)) {
            let mut seen = super::Seen::default();
            let mut set = std::collections::BTreeSet::new();
            for text in &texts {
                prop_assert_eq!(seen.insert(text), set.insert(text.as_str()));
            }
        }

        #[test]
        fn position_near_finds_what_position_finds(
            items in proptest::collection::btree_set(0u8..30, 0..20),
            near in 0usize..24,
            wanted in 0u8..30,
        ) {
            // Ids: no two items alike.
            let items: Vec<u8> = items.into_iter().rev().collect();
            prop_assert_eq!(
                super::position_near(&items, near, |item| *item == wanted),
                items.iter().position(|item| *item == wanted)
            );
        }

        #[test]
        fn sort_stably_gives_the_order_sort_by_gives(pairs in proptest::collection::vec((0u8..4, any::<u16>()), 0..40)) {
            // Keys with few values, so most comparisons are ties and stability shows.
            let mut ours = pairs.clone();
            super::sort_stably(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = pairs;
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, theirs);
        }
    }
}
