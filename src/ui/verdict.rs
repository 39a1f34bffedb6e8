//! The verdict screen: which verdict, the answers and signs that decided it, the score per
//! group, what to do next, and the rule itself, so the user can check it. For a repeat
//! interview it also shows what moved since the earlier one; an earlier interview points to
//! the executive's latest.

use leptos::prelude::*;

use crate::domain::buyin::compare::{progress, Progress};
use crate::domain::buyin::series::series_of;
use crate::domain::buyin::verdict::{judge, GroupScore, Judgement, Outcome, Verdict, RULE};
use crate::domain::buyin::{Assessment, AssessmentId};
use crate::domain::playbook::PlaybookId;
use crate::ui::interview::prompt;
use crate::ui::page::{assessment_page, playbook_page, Breadcrumb, PageTitle};
use crate::ui::routes;
use crate::ui::store::Store;
use crate::ui::tables::{bullets, data_table, list_items, meta, percent_text, DataRow};
use crate::ui::time::date_text;

#[component]
pub fn VerdictPage() -> impl IntoView {
    playbook_page(|playbook| {
        assessment_page(playbook, |playbook, id| {
            view! { <VerdictView playbook id/> }.into_any()
        })
    })
}

#[component]
fn VerdictView(playbook: PlaybookId, id: AssessmentId) -> impl IntoView {
    let store = expect_context::<Store>();
    // The verdict is read once: nothing on this page changes the interview.
    let Some((assessment, earlier, latest)) = store.library.with_untracked(|library| {
        let playbook = library.get(&playbook)?;
        let assessment = playbook.assessment(&id)?.clone();
        let earlier = assessment
            .follows
            .as_ref()
            .and_then(|earlier| playbook.assessment(earlier))
            .cloned();
        // An earlier interview says so, and where the latest one is.
        let latest = series_of(&playbook.assessments)
            .into_iter()
            .find(|series| series.contains(&id))
            .map(|series| series.points().pop())
            .and_then(|latest| latest.filter(|latest| latest.id != id));
        Some((assessment, earlier, latest))
    }) else {
        return ().into_any();
    };
    let interview = routes::interview(&playbook, &id);
    let outcome = judge(&assessment);
    let name = assessment.executive.clone();

    let body = match &outcome {
        Outcome::Incomplete { unrated_groups, .. } => {
            let missing: Vec<&str> = unrated_groups.iter().map(|group| group.title()).collect();
            view! {
                <h1>{format!("No verdict yet for {name}")}</h1>
                <p class="verdict-summary">
                    "A verdict needs at least one rated answer in every group. Still unrated: " {missing.join(", ")} "."
                </p>
                <p><a href=interview.clone()>"Continue the interview"</a></p>
            }
            .into_any()
        }
        Outcome::Decided(judgement) => {
            let verdict = judgement.verdict;
            view! {
                <h1>{format!("{name}: {}", verdict.label())}</h1>
                <p class=format!("verdict-summary verdict-{verdict:?}")>{verdict.summary()}</p>
                <section aria-labelledby="why-heading">
                    <h2 id="why-heading">"Why this verdict"</h2>
                    {reasons(judgement)}
                </section>
                <section aria-labelledby="next-heading">
                    <h2 id="next-heading">"Next steps"</h2>
                    {next_steps(verdict)}
                </section>
            }
            .into_any()
        }
    };

    view! {
        <PageTitle text=format!("Verdict for {}", assessment.executive)/>
        <Breadcrumb playbook=playbook.clone() interview=(id.clone(), assessment.executive.clone())/>
        {latest.map(|latest| {
            let href = routes::verdict(&playbook, &latest.id);
            let link = format!("the latest, of {}", latest.when_with(date_text));
            view! {
                <p class="banner">
                    {format!("This is an earlier interview of {}. See ", assessment.executive)}
                    <a href=href>{link}</a>
                    {format!(": {}.", latest.outcome())}
                </p>
            }.into_any()
        })}
        {body}
        <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">"Score per group"</h2>
            {score_table(outcome.groups())}
        </section>
        {earlier.map(|earlier| view! { <SinceEarlier earlier assessment=assessment.clone()/> }.into_any())}
        <section aria-labelledby="rule-heading">
            <h2 id="rule-heading">"How the verdict is decided"</h2>
            <p>"Each rated answer scores 0 (Weak), 1 (Partial) or 2 (Strong); a group's score is its share of the points possible over its rated answers."</p>
            {bullets(RULE.map(str::to_owned).to_vec())}
            <p class="meta">"The scoring is ours: the talk describes the three kinds of executive, not a score."</p>
        </section>
        <p><a href=interview>"Back to the interview"</a></p>
    }
    .into_any()
}

/// The answers and signs that decided a verdict, one to a line.
pub fn reasons(judgement: &Judgement) -> AnyView {
    bullets(
        judgement
            .reasons
            .iter()
            .map(|reason| reason.explain())
            .collect(),
    )
}

/// What to do next after a verdict, in order, and whose advice it is.
pub fn next_steps(verdict: Verdict) -> AnyView {
    view! { <ol>{list_items(verdict.next_step_lines())}</ol> {meta(verdict.next_steps_credit())} }
        .into_any()
}

fn score_table(groups: &[GroupScore]) -> AnyView {
    let rows = groups
        .iter()
        .map(|score| {
            DataRow::text(
                score.group.title().to_owned(),
                vec![
                    format!("{} of {}", score.rated, score.questions),
                    percent_text(score.percent),
                ],
            )
        })
        .collect();
    data_table(
        "Score per group".to_owned(),
        Some("scores"),
        vec!["Group", "Rated", "Score"],
        rows,
    )
}

/// What changed since the interview this one started from.
#[component]
fn SinceEarlier(earlier: Assessment, assessment: Assessment) -> impl IntoView {
    let Progress {
        verdict_before,
        verdict_after,
        groups,
        answers,
    } = progress(&earlier, &assessment);
    let label = |verdict: Option<crate::domain::buyin::verdict::Verdict>| {
        verdict.map_or("no verdict", |verdict| verdict.label())
    };
    let moved = if verdict_before == verdict_after {
        format!("The verdict has not moved: {}.", label(verdict_after))
    } else {
        format!(
            "The verdict moved from {} to {}.",
            label(verdict_before),
            label(verdict_after)
        )
    };
    let when = |a: &Assessment| date_text(a.held_on());
    view! {
        <section aria-labelledby="since-heading">
            <h2 id="since-heading">{format!("Since the interview of {}", when(&earlier))}</h2>
            <p>{moved}</p>
            {data_table(
                "Scores before and now".to_owned(),
                Some("scores"),
                vec!["Group", "Before", "Now", "Change"],
                groups
                    .into_iter()
                    .map(|change| {
                        DataRow::text(
                            change.group.title().to_owned(),
                            vec![
                                percent_text(change.before),
                                percent_text(change.after),
                                change.delta().map_or("–".to_owned(), |delta| format!("{delta:+} points")),
                            ],
                        )
                    })
                    .collect(),
            )}
            {if answers.is_empty() {
                view! { <p>"No answer changed."</p> }.into_any()
            } else {
                view! {
                    <h3>"Answers that changed"</h3>
                    <ul>
                        {answers
                            .into_iter()
                            .map(|change| {
                                let rating = |rating: Option<crate::domain::buyin::questions::Rating>| rating.map_or("not rated", |rating| rating.label());
                                let mut what = Vec::new();
                                if change.rating_before != change.rating_after {
                                    what.push(format!("rating {} → {}", rating(change.rating_before), rating(change.rating_after)));
                                }
                                if change.notes_changed {
                                    what.push("notes changed".to_owned());
                                }
                                if change.signs_changed {
                                    what.push("warning signs changed".to_owned());
                                }
                                view! { <li><q>{prompt(change.question).to_owned()}</q> ": " {what.join(", ")}</li> }.into_any()
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
