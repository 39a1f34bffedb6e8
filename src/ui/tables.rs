//! The one wrapper for tables (and the chart) that can be wider than the screen, the one
//! function that draws a table, and the one that draws the items of a list of sentences.

use leptos::html;
use leptos::prelude::*;

use crate::ui::erased::{before_next_frame, clicked, on_load, reactive};
use crate::ui::fields::unique_id;
use crate::ui::focus::focus_when_drawn;

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
    on_load(scroller, move |_| before_next_frame(Box::new(measure)));
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

/// Under a list or table drawn a page at a time, while some are not drawn: how many are, a
/// button that draws `page` more, and one that draws them all (to search the page for one).
/// Either moves the focus to `first_new`, the id of the first one it draws, if given.
/// Drawing thousands at once would hold the page for seconds.
pub fn show_more(
    shown: RwSignal<usize>,
    drawn: usize,
    total: usize,
    page: usize,
    first_new: Option<String>,
) -> Option<AnyView> {
    (total > drawn).then(|| {
        let next = (total - drawn).min(page);
        let show = move |count: usize| {
            let first_new = first_new.clone();
            clicked(move |_| {
                shown.set(count);
                if let Some(id) = first_new.clone() {
                    focus_when_drawn(id);
                }
            })
        };
        view! {
            <p class="show-more">
                {format!("{drawn} of {total} shown.")}
                <button type="button" on:click=show(drawn + page)>{format!("Show {next} more")}</button>
                <button type="button" on:click=show(usize::MAX)>{format!("Show all {total}")}</button>
            </p>
        }
        .into_any()
    })
}

/// `show_more` under a list drawn a page at a time from `keys`, the first `shown` of them
/// drawn, kept up to date as the list changes; "Show more" moves the focus to the element
/// `id_of` names for the first key it draws.
pub fn more_of<K>(
    keys: Memo<Vec<K>>,
    shown: RwSignal<usize>,
    page: usize,
    id_of: fn(&K) -> String,
) -> AnyView
where
    K: PartialEq + Send + Sync + 'static,
{
    reactive(move || {
        let drawn = shown.get();
        keys.with(|keys| {
            let first_new = keys.get(drawn).map(id_of);
            show_more(shown, drawn.min(keys.len()), keys.len(), page, first_new).into_any()
        })
    })
    .into_any()
}

/// A line of small print under what it speaks of: a credit, a date. One function, so each
/// use costs a call rather than a template of its own.
pub fn meta(text: String) -> AnyView {
    view! { <p class="meta">{text}</p> }.into_any()
}

/// The items of a list of sentences, one `<li>` each, for a `<ul>` or `<ol>`: every such list
/// is drawn by this one function.
pub fn list_items(items: Vec<String>) -> Vec<AnyView> {
    items
        .into_iter()
        .map(|item| view! { <li>{item}</li> }.into_any())
        .collect()
}

/// Sentences as a bulleted list.
pub fn bullets(items: Vec<String>) -> AnyView {
    view! { <ul>{list_items(items)}</ul> }.into_any()
}

/// A score as a table shows it: "40%", or "–" when there is none.
pub fn percent_text(score: Option<u32>) -> String {
    score.map_or("–".to_owned(), |score| format!("{score}%"))
}

/// A row of a `data_table`: the cell that heads it, then its other cells' text.
pub struct DataRow {
    pub head: AnyView,
    pub cells: Vec<String>,
}

impl DataRow {
    /// A row headed by text.
    pub fn text(head: String, cells: Vec<String>) -> Self {
        Self {
            head: head.into_any(),
            cells,
        }
    }
}

/// A table in a `WideTable` named `label`: a header row of `columns`, then a row
/// for each of `rows`, its first cell a row header. Every table of the app is drawn by this
/// one function, so its elements are built by one compiled copy.
pub fn data_table(
    label: String,
    class: Option<&'static str>,
    columns: Vec<&'static str>,
    rows: Vec<DataRow>,
) -> AnyView {
    let head = columns
        .into_iter()
        .map(|column| view! { <th scope="col">{column}</th> }.into_any())
        .collect::<Vec<_>>();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .cells
                .into_iter()
                .map(|cell| view! { <td>{cell}</td> }.into_any())
                .collect::<Vec<_>>();
            view! { <tr><th scope="row">{row.head}</th>{cells}</tr> }.into_any()
        })
        .collect::<Vec<_>>();
    view! {
        <WideTable label>
            <table class=class>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </WideTable>
    }
    .into_any()
}
