//! The one list widget of the strategy: items with their fields, added, edited, moved up and
//! down and removed with buttons (so the keyboard does all of it), suggestions adopted with one
//! click, and a question before removing an item that others point at.

use leptos::prelude::*;

use crate::browser;
use crate::domain::strategy::suggestions::{self, Adopted, Suggestion};
use crate::domain::strategy::{
    in_sentence, max_chars, FieldKind, FieldSpec, ItemField, ItemId, LinkFrom, ListAt, ListKind,
    StrategyEdit,
};
use crate::ui::erased::{clicked, effect, memo, reactive};
use crate::ui::erased::{Keyed, KeyedRows, When};
use crate::ui::fields::{refusal, unique_id, SelectField, TextField, TextInputKind};
use crate::ui::focus::focus_when_drawn;
use crate::ui::personas::PersonaFiles;
use crate::ui::plan::{field_id, GoalSummary, Plan};
use crate::ui::tables::{meta, more_of};

/// How many items a list draws at first, and then at each "Show more", as the reviews do: 300
/// goals drawn at once take most of a second, and 40 activities, each a whole form, 0.2 s.
const PAGE: usize = 20;

#[component]
pub fn ListEditor(plan: Plan, list: ListAt) -> impl IntoView {
    let kind = list.kind;
    let nested = list.within.is_some();
    let list = StoredValue::new(list);
    let ids = memo(move || {
        plan.read(|s| {
            list.with_value(|list| {
                s.items(list)
                    .iter()
                    .map(|item| item.id().clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let error = RwSignal::new(None::<String>);
    let shown = RwSignal::new(PAGE);
    // A refusal ("can hold at most 5: remove one first") is stale once an item is removed.
    let mut before = None;
    effect(move || {
        let now = ids.with(Vec::len);
        if before.is_some_and(|before| now < before) {
            error.set(None);
        }
        before = Some(now);
    });
    // A blank item takes the cursor at once; an adopted suggestion leaves it in the
    // suggestions, so several can be adopted in a row.
    let add = move |values: Vec<(ItemField, String)>| {
        let id = browser::new_id();
        let blank = values.is_empty();
        let added = plan.edit(StrategyEdit::Add {
            list: list.get_value(),
            id: id.clone(),
            values,
        });
        error.set(added.as_ref().err().cloned());
        if added.is_ok() {
            // The new item comes last: draw the list down to it.
            shown.set(usize::MAX);
            if blank {
                focus_when_drawn(field_id(&id, 0));
            }
        }
        added
    };
    let heading = unique_id("list");
    let title = if nested {
        view! { <h4 id=heading.clone()>{kind.title()}</h4> }.into_any()
    } else {
        view! { <h3 id=heading.clone()>{kind.title()}</h3> }.into_any()
    };
    view! {
        <section class="list" aria-labelledby=heading>
            {title}
            <p class="hint">{kind.hint()}</p>
            <When when=Signal::derive(move || ids.with(Vec::is_empty))>
                <p class="empty">{format!("No {} yet.", in_sentence(kind.title()))}</p>
            </When>
            <ol class="items">
                <KeyedRows each=Callback::new(move |()| {
                    ids.get()
                        .into_iter()
                        .take(shown.get())
                        .map(|id| Keyed::new(id.to_string(), move || view! { <ItemEditor plan list=list.get_value() id ids shown/> }.into_any()))
                        .collect()
                })/>
            </ol>
            {more_of(ids, shown, PAGE, |id| field_id(id, 0))}
            {refusal(error)}
            <button type="button" on:click=clicked(move |_| { let _ = add(Vec::new()); })>
                {format!("Add {}", kind.noun_with_article())}
            </button>
            <SuggestionSets plan kind add=Callback::new(add)/>
            {(kind == ListKind::Personas).then(|| view! { <PersonaFiles plan shown/> }.into_any())}
        </section>
    }
    .into_any()
}

#[component]
fn ItemEditor(
    plan: Plan,
    list: ListAt,
    id: ItemId,
    ids: Memo<Vec<ItemId>>,
    shown: RwSignal<usize>,
) -> impl IntoView {
    let kind = list.kind;
    let list = StoredValue::new(list);
    let item = StoredValue::new(id.clone());
    // Worked out again by each reader: finding it is cheap.
    let position = move || {
        item.with_value(|id| ids.with(|ids| ids.iter().position(|other| other == id)))
            .unwrap_or(0)
    };
    let count = move || ids.with(Vec::len);
    // The item's field values, in its list's order: the one reader of the whole plan per item,
    // so a key press in another item costs this item one lookup, and its fields nothing.
    let values = memo(move || {
        plan.read(|s| {
            list.with_value(|list| {
                item.with_value(|id| {
                    s.item(list, id).map(|it| {
                        kind.fields()
                            .iter()
                            .map(|spec| it.get(spec.field))
                            .collect::<Vec<_>>()
                    })
                })
            })
        })
        .unwrap_or_default()
    });
    let label = memo(move || {
        values.track();
        position();
        plan.read_untracked(|s| {
            list.with_value(|list| item.with_value(|id| s.item_label(list, id)))
        })
    });
    // A goal folds to its sentence and SMART check; a new, empty one opens for writing.
    let foldable = kind == ListKind::Goals;
    let open = RwSignal::new(
        !foldable
            || plan.read_untracked(|s| {
                item.with_value(|id| s.goal(id).is_some_and(|goal| goal.objective.is_empty()))
            }),
    );
    let confirm = RwSignal::new(Vec::<LinkFrom>::new());
    let legend = move || format!("{} {}", kind.noun_capitalised(), position() + 1);
    let shift = move |up: bool| {
        let moved = plan.edit(StrategyEdit::Move {
            list: list.get_value(),
            id: item.get_value(),
            up,
        });
        if moved.is_ok() {
            // The row is redrawn in its new place: keep the focus on the button pressed, or on
            // the other one once the item reached the end where the pressed one is disabled.
            let (at, len) = ids.with_untracked(|ids| {
                (
                    item.with_value(|id| ids.iter().position(|other| other == id)),
                    ids.len(),
                )
            });
            // Moved past the last item drawn: draw it where it went.
            if let Some(at) = at {
                shown.update(|shown| *shown = (*shown).max(at + 1));
            }
            let at_end = if up {
                at == Some(0)
            } else {
                at.map(|at| at + 1) == Some(len)
            };
            let direction = if up != at_end { "up" } else { "down" };
            focus_when_drawn(format!("item-{}-{direction}", item.get_value()));
        }
    };
    let remove = move || {
        let what = format!("{} “{}”", kind.noun(), label.get_untracked());
        plan.remove(list.get_value(), item.get_value(), what);
    };
    let ask_or_remove = move |_| {
        let links = plan.read_untracked(|s| item.with_value(|id| s.links_to(id)));
        if links.is_empty() {
            remove();
        } else {
            confirm.set(links);
            focus_when_drawn(format!("item-{}-keep", item.get_value()));
        }
    };
    // The item's fields are a form of their own: at each change Chromium's autofill reads
    // every field of the changed field's form (all the fields outside any form count as one),
    // which took 10 ms a key with 20 activities drawn. A goal's milestones, drawn after its
    // fields, have their own. A folded goal has none: the browser also does some work for each
    // form added, and 300 empty ones made "Show all" slower by 40–100 ms. With
    // `method="dialog"` Enter in a field submits nothing.
    let fields = move || {
        let fields = kind
            .fields()
            .iter()
            .enumerate()
            .map(|(at, spec)| view! { <ItemField plan list=list.get_value() item=item.get_value() values spec=*spec at/> }.into_any())
            .collect_view();
        view! { <form method="dialog">{fields}</form> }
    };
    let milestones = move || {
        (foldable && open.get())
            .then(|| {
                view! { <ListEditor plan list=ListAt::milestones_of(item.get_value())/> }.into_any()
            })
            .into_any()
    };
    view! {
        <li class="item">
            <fieldset>
                <legend>{reactive(legend)}</legend>
                {foldable.then(|| view! { <GoalSummary plan id=item.get_value() values open/> }.into_any())}
                {move || open.get().then(fields).into_any()}
                {reactive(milestones)}
                {(kind == ListKind::Buddies).then(|| view! { <BuddyCard plan item=item.get_value()/> }.into_any())}
                <div class="row-actions">
                    {foldable.then(|| view! {
                        <button type="button" aria-expanded=move || open.get().to_string() on:click=clicked(move |_| open.update(|open| *open = !*open))>
                            {move || if open.get() { "Fold goal" } else { "Edit goal" }.into_any()}
                        </button>
                    }.into_any())}
                    <button type="button" id=format!("item-{id}-up") disabled=move || position() == 0 on:click=clicked(move |_| shift(true))>"Move up"</button>
                    <button type="button" id=format!("item-{id}-down") disabled=move || count() <= position() + 1 on:click=clicked(move |_| shift(false))>"Move down"</button>
                    <button type="button" class="danger" id=format!("item-{id}-remove") on:click=clicked(ask_or_remove)>"Remove"</button>
                </div>
                <When when=Signal::derive(move || !confirm.with(Vec::is_empty))>
                    <div class="confirm banner banner-problem" role="alert">
                        <p>
                            {move || format!("Other parts of the plan point at “{}”:", label.get())}
                        </p>
                        <ul>
                            {move || confirm.get().into_iter().map(|link| view! {
                                <li>{format!("{} “{}”", link.list.noun_capitalised(), link.label)}</li>
                            }.into_any()).collect_view().into_any()}
                        </ul>
                        <p>"Removing it clears those links; the items themselves stay."</p>
                        <div class="row-actions">
                            <button type="button" class="danger" on:click=clicked(move |_| { confirm.set(Vec::new()); remove(); })>"Remove it and clear the links"</button>
                            <button type="button" id=format!("item-{id}-keep") on:click=clicked(move |_| { confirm.set(Vec::new()); focus_when_drawn(format!("item-{}-remove", item.get_value())); })>"Keep it"</button>
                        </div>
                    </div>
                </When>
            </fieldset>
        </li>
    }
    .into_any()
}

/// One field of one item, drawn by its kind, with examples from the sources where they fit.
#[component]
fn ItemField(
    plan: Plan,
    list: ListAt,
    item: ItemId,
    /// The item's field values, in its list's order.
    values: Memo<Vec<String>>,
    spec: FieldSpec<ItemField>,
    at: usize,
) -> impl IntoView {
    let field = spec.field;
    let id = field_id(&item, at);
    let list = StoredValue::new(list);
    let item = StoredValue::new(item);
    // A memo, so a key press in one field of the item leaves its other fields alone (a select
    // would otherwise draw its options again).
    let value: Signal<String> = memo(move || {
        values
            .with(|values| values.get(at).cloned())
            .unwrap_or_default()
    })
    .into();
    let set = move |value: String| {
        plan.edit(StrategyEdit::SetItem {
            list: list.get_value(),
            id: item.get_value(),
            field,
            value,
        })
    };
    let control = view! {
        <StrategyInput plan label=spec.label hint=spec.hint kind=spec.kind value on_input=Callback::new(set) id=id link=field rows=3/>
    };
    // Examples depend on the item's own words ("losing customers"), so only they re-run this.
    let examples = memo(move || {
        values.track();
        plan.read_untracked(|s| {
            list.with_value(|list| {
                item.with_value(|id| {
                    s.item(list, id).map(|it| {
                        suggestions::for_item_field(list.kind, field, it)
                            .into_iter()
                            .map(str::to_owned)
                            .collect::<Vec<_>>()
                    })
                })
            })
        })
        .unwrap_or_default()
    });
    view! {
        {control}
        {move || {
            let examples = examples.get();
            let credit = examples.first().map(|first| suggestions::credit_of_example(first).line());
            credit.map(|credit| view! {
                <details class="examples">
                    <summary>{format!("Examples: {}", in_sentence(spec.label))}</summary>
                    {meta(credit)}
                    <ul>
                        {examples.into_iter().map(|text| {
                            let chosen = text.clone();
                            view! {
                                <li>
                                    <span>{text}</span>
                                    " "
                                    <button type="button" class="chip" on:click=clicked(move |_| { let _ = set(chosen.clone()); })>"Use this"</button>
                                </li>
                            }.into_any()
                        }).collect_view()}
                    </ul>
                </details>
            }.into_any()).into_any()
        }}
    }
}

/// The input for a field of the strategy, by its kind: a line, notes, a date, a choice, or a
/// link to the items `link` may point at.
#[component]
pub fn StrategyInput(
    plan: Plan,
    label: &'static str,
    hint: &'static str,
    kind: FieldKind,
    value: Signal<String>,
    on_input: Callback<String, Result<(), String>>,
    id: String,
    /// The field whose link targets a link offers.
    #[prop(optional)]
    link: Option<ItemField>,
    rows: u32,
) -> impl IntoView {
    match kind {
        FieldKind::Choice(options) => {
            let options: Vec<(String, String)> = options
                .iter()
                .map(|choice| (choice.id.to_owned(), choice.label.to_owned()))
                .collect();
            view! { <SelectField label value options=Signal::stored(options) on_input none="Not chosen" id hint/> }.into_any()
        }
        FieldKind::Link(_) => {
            let options = link
                .and_then(|field| plan.link_choices(field))
                .map_or_else(Signal::default, Signal::from);
            view! { <SelectField label value options on_input none="None" id hint/> }.into_any()
        }
        // A date input ignores `maxlength`; the lines and notes take no more than they keep.
        kind => view! { <TextField label value on_input kind=input_kind(kind) id hint rows max_chars=max_chars(kind)/> }
            .into_any(),
    }
}

/// The input a text field of the strategy takes.
fn input_kind(kind: FieldKind) -> TextInputKind {
    match kind {
        FieldKind::Notes => TextInputKind::Notes,
        FieldKind::Date => TextInputKind::Date,
        _ => TextInputKind::Line,
    }
}

/// Who a buddy's function usually is, from the buddy system's personas.
#[component]
fn BuddyCard(plan: Plan, item: ItemId) -> impl IntoView {
    // The buddy's function, so that the card is drawn again only when that changes.
    let function = memo(move || {
        plan.read(|s| {
            s.item(&ListAt::top(ListKind::Buddies), &item)
                .map(|buddy| buddy.get(ItemField::Function))
                .unwrap_or_default()
        })
    });
    reactive(move || {
        function
            .with(|function| suggestions::buddy_persona(function))
            .map(|persona| {
                view! {
                    <dl class="persona">
                        <dt>"Their goal"</dt><dd>{persona.goal}</dd>
                        <dt>"Their pain points"</dt><dd>{persona.pain_points}</dd>
                    </dl>
                    {meta(persona.credit.line())}
                }
                .into_any()
            })
            .into_any()
    })
}

/// The sources' suggestions for new items, adopted with one click; one already in the list
/// says so instead.
#[component]
fn SuggestionSets(
    plan: Plan,
    kind: ListKind,
    add: Callback<Vec<(ItemField, String)>, Result<(), String>>,
) -> impl IntoView {
    let sets = suggestions::for_list(kind);
    if sets.is_empty() {
        return ().into_any();
    }
    let adopted = memo(move || plan.read(|s| Adopted::in_list(s, kind)));
    let is_present =
        move |suggestion: &Suggestion| adopted.with(|adopted| adopted.contains(suggestion));
    let title_of = move |suggestion: &Suggestion| suggestion.name_in(kind);
    let adopt = move |suggestion: &'static Suggestion| {
        if is_present(suggestion) {
            return;
        }
        let values = suggestion
            .values
            .iter()
            .map(|(field, text)| (*field, (*text).to_owned()))
            .collect();
        let _ = add.run(values);
    };
    view! {
        <details class="suggestions">
            <summary>{format!("Suggestions: {}", in_sentence(kind.title()))}</summary>
            {sets.iter().map(|set| view! {
                <div class="suggestion-set" role="group" aria-label=set.name>
                    <h4>{set.name}</h4>
                    {meta(set.credit.line())}
                    {set.adopt_all.then(|| view! {
                        <button type="button" on:click=clicked(move |_| {
                            for suggestion in set.suggestions {
                                adopt(suggestion);
                            }
                        })>{format!("Add all of “{}”", set.name)}</button>
                    }.into_any())}
                    <ul>
                        {set.suggestions.iter().map(|suggestion| view! {
                            <li>
                                <button type="button" class="chip" aria-disabled=move || is_present(suggestion).then_some("true") on:click=clicked(move |_| adopt(suggestion))>
                                    {move || if is_present(suggestion) {
                                        format!("Added: {}", title_of(suggestion))
                                    } else {
                                        format!("Add “{}”", title_of(suggestion))
                                    }}
                                </button>
                                {(!suggestion.detail.is_empty()).then(|| view! { <span class="hint">" " {suggestion.detail}</span> }.into_any())}
                            </li>
                        }.into_any()).collect_view()}
                    </ul>
                </div>
            }.into_any()).collect_view()}
        </details>
    }
    .into_any()
}
