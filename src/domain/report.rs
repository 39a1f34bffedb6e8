//! The readable report of a playbook as Markdown, for a manager who never used the app: it
//! reads well on GitHub or in a wiki. Text the user typed is escaped, so it shows as written
//! and never turns into headings, links or tables.

use std::fmt::Write;

use super::buyin::compare::{side_by_side, Shown};
use super::buyin::questions::{question, Group, QUESTIONS};
use super::buyin::series::{series_of, Series};
use super::buyin::verdict::{judge, Outcome, RULE};
use super::iso8601;
use super::onboarding::reviews::{latest_of, next_review_sentence};
use super::onboarding::{counts, Phase};
use super::playbook::Playbook;
use super::strategy::smart;
use super::strategy::steps::{Part, Step};
use super::strategy::{
    Activity, Drql, Item, ItemField, ItemId, ListAt, ListKind, Performer, Strategy, Text,
};
use chrono::NaiveDate;

/// Escapes what Markdown would read as formatting (emphasis, code, links, tables, HTML and
/// its character references such as `&lt;`, and a heading, list or quote marker at the start),
/// and folds line breaks into spaces, so typed text shows as written.
pub fn escape(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    // "# x", "- x", "+ x" and "1. x" would start a heading or a list, and a line of "="
    // under a line of text would make it a heading.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if out.starts_with(['#', '-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// Notes keep their line breaks, as a block quote.
fn quoted(text: &str) -> String {
    text.lines()
        .map(|line| format!("> {}", escape(line)))
        .collect::<Vec<_>>()
        .join("\n>\n")
}

fn percent(value: Option<u32>) -> String {
    value.map_or("–".to_owned(), |value| format!("{value}%"))
}

/// The report of `playbook`. Private notes appear only when `include_private_notes` is set.
pub fn markdown(playbook: &Playbook, include_private_notes: bool) -> String {
    let playbook = if include_private_notes {
        playbook.clone()
    } else {
        playbook.without_private_notes()
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&playbook.title));
    let mut facts = Vec::new();
    if !playbook.company.trim().is_empty() {
        facts.push(format!("**Company:** {}", escape(&playbook.company)));
    }
    if !playbook.author.trim().is_empty() {
        facts.push(format!("**Author:** {}", escape(&playbook.author)));
    }
    facts.push(format!(
        "**Last updated:** {}",
        iso8601::date::format(super::local_day(playbook.updated_at))
    ));
    let _ = writeln!(out, "{}\n", facts.join("  \n"));

    buyin(&mut out, &playbook);
    first_90_days(&mut out, &playbook);
    strategy(&mut out, &playbook);
    out
}

/// The first 90 days' plan: when it starts and how far it has come, then each phase's tasks
/// with their day, what became of them and where the advice comes from.
fn first_90_days(out: &mut String, playbook: &Playbook) {
    let tasks = playbook.plan();
    let start = playbook.onboarding.start_day(playbook.started());
    let (done, open) = counts(&tasks);
    let skipped = tasks.len() - done - open;
    let _ = writeln!(
        out,
        "## First 90 days
"
    );
    let _ = writeln!(
        out,
        "The plan starts on {}: {done} of {} tasks done, {open} open, {skipped} skipped.",
        iso8601::date::format(start),
        tasks.len(),
    );
    for phase in Phase::ALL {
        let _ = writeln!(out, "\n### {}\n", phase.title());
        let mut any = false;
        for task in tasks.iter().filter(|task| task.phase == phase) {
            any = true;
            let credit = task.credit_line();
            let _ = writeln!(
                out,
                "- **{}** {} — {}  \n  _{}_",
                iso8601::date::format(task.due),
                escape(&task.title),
                escape(&task.state.sentence_with(iso8601::date::format)),
                escape(&credit),
            );
        }
        if !any {
            let _ = writeln!(out, "_No tasks in these days._");
        }
    }
    reviews(out, playbook);
    out.push('\n');
}

/// When the next review is, then each goal's latest review: its value against the target, the
/// milestones reached by then, and what changed.
fn reviews(out: &mut String, playbook: &Playbook) {
    let goals = &playbook.strategy.goals;
    if goals.goals.is_empty() {
        return;
    }
    let reviews = &playbook.onboarding.reviews;
    let _ = writeln!(out, "\n### Reviews\n");
    let next = playbook.next_review();
    let sentence = next_review_sentence(next, iso8601::date::format);
    if next.is_some() {
        let _ = writeln!(out, "{sentence}\n");
    } else {
        let _ = writeln!(out, "_{sentence}_\n");
    }
    for goal in &goals.goals {
        let name = escape(&playbook.strategy.label(ListKind::Goals, &goal.id));
        let target = match goal.target.trim() {
            "" => String::new(),
            target => format!(" (target: {})", escape(target)),
        };
        let latest = latest_of(goal, reviews, iso8601::date::format)
            .map_or("_No review yet._".to_owned(), |latest| escape(&latest));
        let _ = writeln!(out, "- **{name}**{target}: {latest}");
    }
}

fn buyin(out: &mut String, playbook: &Playbook) {
    let _ = writeln!(out, "## Executive buy-in\n");
    if playbook.assessments.is_empty() {
        let _ = writeln!(
            out,
            "_Still missing: no executive has been interviewed yet._\n"
        );
        return;
    }
    let _ = writeln!(
        out,
        "| Executive | Role | Interviewed | Verdict | Score | Warning signs |"
    );
    let _ = writeln!(out, "| --- | --- | --- | --- | --- | --- |");
    for row in side_by_side(&playbook.assessments, Shown::Latest) {
        let (verdict, score) = match &row.outcome {
            Outcome::Decided(judgement) => (
                judgement.verdict.label().to_owned(),
                format!("{}%", judgement.overall_percent),
            ),
            Outcome::Incomplete { .. } => ("No verdict yet".to_owned(), "–".to_owned()),
        };
        let signs: Vec<&str> = row.signs.iter().map(|sign| sign.label()).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {verdict} | {score} | {} |",
            escape(&row.executive),
            escape(&row.role),
            row.interview_date
                .map(iso8601::date::format)
                .unwrap_or_default(),
            escape(&signs.join("; ")),
        );
    }
    out.push('\n');
    for series in series_of(&playbook.assessments) {
        interview(out, &series);
    }
    let _ = writeln!(out, "### How the verdict is decided\n");
    for line in RULE {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

/// The strategy step by step, in the wizard's order: single answers as labelled paragraphs,
/// lists as Markdown lists or tables, goals as their template sentence, and what each step
/// still lacks.
fn strategy(out: &mut String, playbook: &Playbook) {
    let strategy = &playbook.strategy;
    let started = playbook.started();
    let _ = writeln!(out, "## Program strategy\n");
    if strategy.is_empty() {
        let _ = writeln!(out, "_The program strategy has not been started yet._");
        return;
    }
    let _ = writeln!(out, "{}.", strategy.progress(started).summary());
    for step in Step::ALL {
        let lacks = step.missing(strategy, started);
        let _ = writeln!(out, "\n### {}. {}", step.number(), step.title());
        for part in step.parts() {
            match *part {
                Part::Fields(fields) => answers(out, strategy, fields),
                Part::List(kind) => list(out, strategy, kind, started),
            }
        }
        if !lacks.is_empty() {
            let _ = writeln!(out, "\n**Still missing:**\n");
            for lack in lacks {
                let _ = writeln!(out, "- {}", escape(&lack));
            }
        }
    }
}

/// Single answers, each a paragraph led by its question or label.
fn answers(out: &mut String, strategy: &Strategy, fields: &[Text]) {
    for &field in fields.iter().filter(|field| field.applies(strategy)) {
        let label = field.spec().label;
        // A question reads "Where from? Answer", a label "Size: answer".
        let colon = if label.ends_with('?') { "" } else { ":" };
        let answer = or(lines(&strategy.shown_text(field), ""), "not answered yet");
        let _ = writeln!(out, "\n**{label}{colon}** {answer}");
    }
}

/// Typed text that may hold line breaks, escaped line by line, its lines kept apart by hard
/// breaks; `indent` keeps them inside the list item they belong to.
fn lines(text: &str, indent: &str) -> String {
    text.lines()
        .map(escape)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(&format!("  \n{indent}"))
}

/// `text`, or `instead` in italics when there is none.
fn or(text: String, instead: &str) -> String {
    if text.is_empty() {
        format!("_{instead}_")
    } else {
        text
    }
}

/// An item's field as a reader sees it, escaped for a list item or a table cell.
fn shown(strategy: &Strategy, kind: ListKind, item: &dyn Item, field: ItemField) -> String {
    kind.spec(field)
        .map(|spec| escape(&strategy.shown(item, spec)))
        .unwrap_or_default()
}

/// How an item is named, escaped.
fn named(strategy: &Strategy, kind: ListKind, item: &dyn Item) -> String {
    escape(&strategy.label(kind, item.id()))
}

/// One list of the strategy, in the shape that reads best for it.
fn list(out: &mut String, strategy: &Strategy, kind: ListKind, started: NaiveDate) {
    let items = strategy.items(&ListAt::top(kind));
    if matches!(kind, ListKind::CommitmentStages | ListKind::JourneyStages) {
        // Stages are a path: one line, in order.
        let path: Vec<String> = items
            .iter()
            .map(|item| named(strategy, kind, *item))
            .collect();
        let _ = writeln!(
            out,
            "\n**{}:** {}",
            kind.title(),
            or(path.join(" → "), "none yet")
        );
        return;
    }
    let (heading, none) = match kind {
        // The step's title says what these lists are.
        ListKind::Buddies => (None, "No buddies yet."),
        ListKind::Goals => (None, "No goals yet."),
        ListKind::Channels => (None, "No channels yet."),
        ListKind::Activities => (Some("Activities by journey stage"), "None yet."),
        ListKind::Drqls => (
            Some("DevRel Qualified Leads by receiving team"),
            "None yet.",
        ),
        _ => (Some(kind.title()), "None yet."),
    };
    if let Some(heading) = heading {
        let _ = writeln!(out, "\n#### {heading}");
    }
    out.push('\n');
    if items.is_empty() {
        let _ = writeln!(out, "_{none}_");
        return;
    }
    match kind {
        ListKind::CompanyGoals => {
            for item in items {
                let _ = writeln!(out, "- {}", named(strategy, kind, item));
            }
        }
        ListKind::TopProblems => {
            for (n, item) in items.into_iter().enumerate() {
                let number = format!("{}. ", n + 1);
                let indent = " ".repeat(number.len());
                let contribution = or(
                    lines(&item.get(ItemField::Contribution), &indent),
                    "not answered yet",
                );
                let _ = writeln!(
                    out,
                    "{number}**{}**  \n{indent}How DevRel work contributes: {contribution}",
                    named(strategy, kind, item),
                );
            }
        }
        ListKind::Impressions => {
            for item in items {
                let impression = or(lines(&item.get(ItemField::Impression), "  "), "none noted");
                let _ = writeln!(out, "- **{}:** {impression}", named(strategy, kind, item));
            }
        }
        ListKind::Personas => {
            for item in items {
                let description = lines(&item.get(ItemField::Description), "  ");
                let colon = if description.is_empty() { "" } else { ":" };
                let _ = writeln!(
                    out,
                    "- **{}{colon}** {description}",
                    named(strategy, kind, item)
                );
                for field in [ItemField::PersonaGoals, ItemField::PainPoints] {
                    let label = kind.spec(field).map_or("", |spec| spec.label);
                    let text = or(lines(&item.get(field), "    "), "not answered yet");
                    let _ = writeln!(out, "  - {label}: {text}");
                }
            }
        }
        ListKind::Programs => {
            for item in items {
                let program_kind = shown(strategy, kind, item, ItemField::ProgramKind);
                let program_kind = if program_kind.is_empty() {
                    String::new()
                } else {
                    format!(" ({program_kind})")
                };
                let outcome = or(
                    lines(&item.get(ItemField::Outcome), "  "),
                    "not written yet",
                );
                let _ = writeln!(
                    out,
                    "- **{}**{program_kind}. Outcome: {outcome}",
                    named(strategy, kind, item)
                );
            }
        }
        ListKind::Activities => activities(out, strategy),
        ListKind::Drqls => drqls(out, strategy),
        ListKind::Goals => goals(out, strategy, started),
        _ => table(out, strategy, kind),
    }
}

/// A list as a table, one column per field; an empty cell shows a dash.
fn table(out: &mut String, strategy: &Strategy, kind: ListKind) {
    let specs = kind.fields();
    let head: Vec<&str> = specs.iter().map(|spec| spec.label).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(specs.len()));
    for item in strategy.items(&ListAt::top(kind)) {
        let cells: Vec<String> = specs
            .iter()
            .map(|spec| cell(escape(&strategy.shown(item, spec))))
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

fn cell(text: String) -> String {
    if text.is_empty() {
        "–".to_owned()
    } else {
        text
    }
}

/// Activities as a table of journey stages, in order, by who performs them; activities not
/// yet placed on a stage, or not yet said who performs them, get a row or column of their own.
fn activities(out: &mut String, strategy: &Strategy) {
    let activities = &strategy.customer_journey.activities;
    let mut columns: Vec<(Option<Performer>, &str)> = [Performer::Community, Performer::Team]
        .into_iter()
        .map(|performer| (Some(performer), performer.label()))
        .collect();
    if activities
        .iter()
        .any(|activity| activity.performer.is_none())
    {
        columns.push((None, "Not said who"));
    }
    let mut rows: Vec<(Option<&ItemId>, String)> = strategy
        .customer_journey
        .stages
        .iter()
        .map(|stage| {
            let label = escape(&strategy.label(ListKind::JourneyStages, &stage.id));
            (Some(&stage.id), label)
        })
        .collect();
    let on_a_stage = |activity: &Activity| {
        activity.stage.as_ref().is_some_and(|id| {
            strategy
                .item(&ListAt::top(ListKind::JourneyStages), id)
                .is_some()
        })
    };
    if !activities.iter().all(on_a_stage) {
        rows.push((None, "_Not on a stage yet_".to_owned()));
    }
    let head: Vec<&str> = columns.iter().map(|(_, label)| *label).collect();
    let _ = writeln!(out, "| Journey stage | {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(columns.len() + 1));
    for (stage, label) in &rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|(performer, _)| {
                let names: Vec<String> = activities
                    .iter()
                    .filter(|activity| activity.performer == *performer)
                    .filter(|activity| match stage {
                        Some(stage) => activity.stage.as_ref() == Some(*stage),
                        None => !on_a_stage(activity),
                    })
                    .map(|activity| escape(&strategy.label(ListKind::Activities, &activity.id)))
                    .collect();
                cell(names.join("; "))
            })
            .collect();
        let _ = writeln!(out, "| {label} | {} |", cells.join(" | "));
    }
}

/// Leads grouped by the team that receives them, teams in the order they first appear.
fn drqls(out: &mut String, strategy: &Strategy) {
    let mut teams: Vec<(String, Vec<&Drql>)> = Vec::new();
    for lead in &strategy.customer_journey.drqls {
        let team = lead.team.trim();
        match teams
            .iter_mut()
            .find(|(name, _)| name.eq_ignore_ascii_case(team))
        {
            Some((_, leads)) => leads.push(lead),
            None => teams.push((team.to_owned(), vec![lead])),
        }
    }
    for (team, leads) in teams {
        let team = match escape(&team) {
            team if team.is_empty() => "_Receiving team not named yet:_".to_owned(),
            team => format!("**{team}:**"),
        };
        let described =
            |lead: &Drql, indent: &str| or(lines(&lead.description, indent), "not described yet");
        if let [lead] = leads[..] {
            let _ = writeln!(out, "- {team} {}", described(lead, "  "));
        } else {
            let _ = writeln!(out, "- {team}");
            for lead in leads {
                let _ = writeln!(out, "  - {}", described(lead, "    "));
            }
        }
    }
}

/// Each goal as its sentence, then its owner, what it serves, its milestones and how it fares
/// against the SMART check.
fn goals(out: &mut String, strategy: &Strategy, started: NaiveDate) {
    for (n, goal) in strategy.goals.goals.iter().enumerate() {
        let number = format!("{}. ", n + 1);
        let indent = " ".repeat(number.len());
        let _ = writeln!(out, "{number}{}", escape(&smart::sentence_text(goal)));
        let owner = or(escape(&goal.owner), "not named yet");
        let _ = writeln!(out, "{indent}- **Owner:** {owner}");
        let target = or(escape(&goal.target), "not set yet");
        let _ = writeln!(out, "{indent}- **Target:** {target}");
        let serves = goal.relevant_to.as_ref().and_then(|id| {
            [
                (ListKind::Objectives, "program objective"),
                (ListKind::TopProblems, "top problem"),
            ]
            .into_iter()
            .find(|(kind, _)| strategy.item(&ListAt::top(*kind), id).is_some())
            .map(|(kind, what)| format!("{} ({what})", escape(&strategy.label(kind, id))))
        });
        let serves = serves.unwrap_or_else(|| "_nothing in the plan yet_".to_owned());
        let _ = writeln!(out, "{indent}- **Serves:** {serves}");
        if goal.milestones.is_empty() {
            let _ = writeln!(out, "{indent}- **Milestones:** _none yet_");
        } else {
            let _ = writeln!(out, "{indent}- **Milestones:**");
            for (at, milestone) in goal.milestones.iter().enumerate() {
                let name = escape(&Strategy::milestone_label(at, milestone));
                let due = milestone.due.map_or("no due date yet".to_owned(), |day| {
                    format!("due {}", smart::long_date(day))
                });
                let _ = writeln!(out, "{indent}  - {name} ({due})");
            }
        }
        let failing: Vec<String> = smart::check(goal, strategy, started)
            .into_iter()
            .filter_map(|check| {
                check
                    .missing
                    .map(|what| format!("{}: {what}", check.letter.name()))
            })
            .collect();
        if failing.is_empty() {
            let _ = writeln!(out, "{indent}- **SMART:** all five letters met.");
        } else {
            let _ = writeln!(
                out,
                "{indent}- **SMART:** {} of {} letters not met yet:",
                failing.len(),
                smart::Letter::ALL.len()
            );
            for letter in failing {
                let _ = writeln!(out, "{indent}  - {}", escape(&letter));
            }
        }
    }
}

/// An executive interviewed more than once: how the verdict moved, and every interview's
/// scores, oldest first.
fn over_time(out: &mut String, series: &Series) {
    let interviews = series.interviews();
    if interviews.len() < 2 {
        return;
    }
    let trend = series.trend().map_or(
        "not enough verdicts yet to see a change.".to_owned(),
        |trend| trend.sentence(),
    );
    let _ = writeln!(
        out,
        "**Over time:** {} interviews. {trend}\n",
        interviews.len()
    );
    let groups: Vec<&str> = Group::ALL.iter().map(|group| group.title()).collect();
    let _ = writeln!(out, "| Interviewed | Verdict | {} |", groups.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(groups.len() + 2));
    for (assessment, point) in interviews.iter().zip(series.points()) {
        let scores: Vec<String> = judge(assessment)
            .groups()
            .iter()
            .map(|score| percent(score.percent))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            point.when(),
            point.outcome(),
            scores.join(" | ")
        );
    }
    let _ = writeln!(
        out,
        "\nThe verdict, scores and answers below are from the latest interview.\n"
    );
}

/// An executive: the series over time, then their latest interview in full.
fn interview(out: &mut String, series: &Series) {
    let assessment = series.latest();
    let _ = writeln!(out, "### {}\n", escape(&assessment.executive));
    over_time(out, series);
    let outcome = judge(assessment);
    match &outcome {
        Outcome::Decided(judgement) => {
            let verdict = judgement.verdict;
            let _ = writeln!(
                out,
                "**Verdict: {}.** {}\n",
                verdict.label(),
                verdict.summary()
            );
            let _ = writeln!(out, "Why:\n");
            for reason in &judgement.reasons {
                let _ = writeln!(out, "- {}", reason.explain());
            }
            let _ = writeln!(out, "\nNext steps:\n");
            for (n, step) in verdict.next_step_lines().iter().enumerate() {
                let _ = writeln!(out, "{}. {step}", n + 1);
            }
            let _ = writeln!(out, "\n_{}_\n", verdict.next_steps_credit());
        }
        Outcome::Incomplete { unrated_groups, .. } => {
            let missing: Vec<&str> = unrated_groups.iter().map(|group| group.title()).collect();
            let _ = writeln!(
                out,
                "_Still missing: no verdict yet; unrated groups: {}._\n",
                missing.join(", ")
            );
        }
    }
    let _ = writeln!(out, "| Group | Rated | Score |\n| --- | --- | --- |");
    for score in outcome.groups() {
        let _ = writeln!(
            out,
            "| {} | {} of {} | {} |",
            score.group.title(),
            score.rated,
            score.questions,
            percent(score.percent)
        );
    }
    out.push('\n');
    for group in Group::ALL {
        let answered: Vec<_> = QUESTIONS
            .iter()
            .filter(|question| question.group == group)
            .filter_map(|question| Some((question, assessment.answer(question.id)?)))
            .filter(|(_, answer)| {
                answer.rating.is_some()
                    || !answer.notes.trim().is_empty()
                    || !answer.signs.is_empty()
            })
            .collect();
        if answered.is_empty() {
            continue;
        }
        let _ = writeln!(out, "#### {}\n", group.title());
        for (asked, answer) in answered {
            let rating = answer.rating.map_or("not rated", |rating| rating.label());
            let _ = writeln!(
                out,
                "**{}** ({rating})\n",
                escape(question(asked.id).map_or(asked.id, |q| q.prompt))
            );
            if !answer.notes.trim().is_empty() {
                let _ = writeln!(out, "{}\n", quoted(&answer.notes));
            }
            for sign in &answer.signs {
                let _ = writeln!(out, "- Warning sign: {}", sign.label());
            }
            if !answer.signs.is_empty() {
                out.push('\n');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file::restore;
    use crate::domain::id::sequential::{fresh_ids, id};
    use crate::domain::strategy::{FieldKind, FieldSpec, StrategyEdit};

    const VERSION_1: &str = include_str!("../../tests/fixtures/playbook-v1.json");

    /// Compares with a reviewed file in tests/fixtures; `UPDATE_REPORTS=1` rewrites it.
    fn assert_matches_file(report: &str, name: &str) {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("UPDATE_REPORTS").is_some() {
            std::fs::write(&path, report).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            report == expected,
            "{path} differs; the report now reads:\n{report}"
        );
    }

    #[test]
    fn the_report_of_an_interviewed_playbook_reads_as_expected() {
        let playbook = restore(VERSION_1).unwrap();
        assert_matches_file(&markdown(&playbook, false), "report-v1.md");
    }

    #[test]
    fn the_report_dates_the_last_update_on_the_users_day() {
        let mut playbook = restore(VERSION_1).unwrap();
        playbook.updated_at = "2026-11-23T20:00:00Z".parse().unwrap();
        assert!(markdown(&playbook, false).contains("**Last updated:** 2026-11-23"));
        // Tokyo, nine hours ahead of UTC: already the 24th there.
        crate::domain::set_local_day(|at| (at + chrono::TimeDelta::hours(9)).date_naive());
        let report = markdown(&playbook, false);
        crate::domain::set_local_day(|at| at.date_naive());
        assert!(report.contains("**Last updated:** 2026-11-24"));
    }

    #[test]
    fn the_report_of_an_empty_playbook_says_what_is_missing() {
        let mut playbook = restore(VERSION_1).unwrap();
        playbook.assessments.clear();
        playbook.company.clear();
        let report = markdown(&playbook, false);
        // One line for the strategy, not nine steps that each lack everything.
        assert!(report.ends_with(
            "## Program strategy\n\n_The program strategy has not been started yet._\n"
        ));
        assert!(!report.contains("### 1."));
        assert_matches_file(&report, "report-empty.md");
    }

    #[test]
    fn the_report_of_the_example_reads_as_expected() {
        use chrono::TimeZone;
        let example = crate::domain::example::example_playbook(
            fresh_ids(),
            chrono::Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        );
        let report = markdown(&example, false);
        assert!(report.contains("9 of 9 steps complete."));
        assert!(!report.contains("Still missing"));
        assert_matches_file(&report, "report-example.md");
    }

    #[test]
    fn an_executive_interviewed_again_is_one_section_with_the_change_over_time() {
        use crate::domain::buyin::questions::{Rating, WarningSign};
        use crate::domain::buyin::{Assessment, AssessmentEdit};
        use chrono::TimeZone;
        let mut playbook = restore(VERSION_1).unwrap();
        let now = chrono::Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap();
        let rate_all = |assessment: &mut Assessment, rating| {
            for question in QUESTIONS {
                let edit = AssessmentEdit::Rate {
                    question: question.id.into(),
                    rating: Some(rating),
                };
                assessment.apply(edit, now).unwrap();
            }
        };
        rate_all(&mut playbook.assessments[0], Rating::Partial);
        let first = playbook.assessments[0].clone();
        let today = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        let mut again = first.follow_up(id(40), now, today);
        rate_all(&mut again, Rating::Strong);
        let measured = AssessmentEdit::Sign {
            question: "success-measured".into(),
            sign: WarningSign::NoWayToMeasure,
            heard: false,
        };
        again.apply(measured, now).unwrap();
        playbook.assessments.push(again);
        let report = markdown(&playbook, false);
        assert_eq!(
            report
                .matches(&format!("### {}\n", first.executive))
                .count(),
            1
        );
        assert_eq!(
            report.matches("| Dana Kim |").count(),
            1,
            "one row per executive"
        );
        assert!(
            report.contains(
                "**Over time:** 2 interviews. Better: from Middle ground (50%) on 2026-11-20 \
                 to They get it (100%) on 2027-02-01."
            ),
            "{report}"
        );
        assert_matches_file(&report, "report-series.md");
    }

    fn add(strategy: &mut Strategy, list: ListAt, n: u8, values: &[(ItemField, &str)]) {
        strategy
            .apply(StrategyEdit::Add {
                list,
                id: id(n),
                values: values
                    .iter()
                    .map(|(field, value)| (*field, (*value).to_owned()))
                    .collect(),
            })
            .unwrap();
    }

    fn link(n: u8) -> String {
        id(n).to_string()
    }

    /// `typed` in every answer and in every written field of one item of each list; links,
    /// choices and dates set, so every part of the report shows.
    fn typed_everywhere(typed: &str) -> Strategy {
        let mut strategy = Strategy::default();
        let mut first = std::collections::HashMap::new();
        for (n, kind) in (1..).zip(ListKind::ALL) {
            let value = |spec: &FieldSpec<ItemField>| match spec.kind {
                FieldKind::Line | FieldKind::Notes => typed.to_owned(),
                FieldKind::Date => "2027-03-31".to_owned(),
                FieldKind::Choice(options) => options[0].id.to_owned(),
                FieldKind::Link(targets) => link(first[&targets[0]]),
            };
            let values: Vec<(ItemField, String)> = kind
                .fields()
                .iter()
                .map(|spec| (spec.field, value(spec)))
                .collect();
            let values: Vec<(ItemField, &str)> =
                values.iter().map(|(f, v)| (*f, v.as_str())).collect();
            let list = match kind {
                ListKind::Milestones => ListAt::milestones_of(id(first[&ListKind::Goals])),
                _ => ListAt::top(kind),
            };
            add(&mut strategy, list, n, &values);
            first.insert(kind, n);
        }
        for field in [Text::Framework, Text::Agreement] {
            let FieldKind::Choice(options) = field.spec().kind else {
                unreachable!()
            };
            strategy
                .apply(StrategyEdit::Set {
                    field,
                    value: options[options.len() - 1].id.to_owned(),
                })
                .unwrap();
        }
        for step in Step::ALL {
            for part in step.parts() {
                let Part::Fields(fields) = part else { continue };
                for &field in *fields {
                    if matches!(field.spec().kind, FieldKind::Line | FieldKind::Notes) {
                        strategy
                            .apply(StrategyEdit::Set {
                                field,
                                value: typed.to_owned(),
                            })
                            .unwrap();
                    }
                }
            }
        }
        strategy
    }

    /// The `|` of a line that Markdown reads as cell borders: those not escaped.
    fn borders(line: &str) -> usize {
        let mut backslashes = 0;
        let mut count = 0;
        for c in line.chars() {
            if c == '|' && backslashes % 2 == 0 {
                count += 1;
            }
            backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        }
        count
    }

    #[test]
    fn typed_markdown_in_the_strategy_is_shown_as_written() {
        let typed = "*bold* | [link](x) # heading";
        let escaped = r"\*bold\* \| \[link\](x) # heading";
        let mut playbook = restore(VERSION_1).unwrap();
        *playbook.strategy = typed_everywhere(typed);
        let report = markdown(&playbook, false);
        // Wherever the typed text shows (answers, lists, tables, links, goals, what is still
        // missing), it shows escaped.
        assert!(report.matches("bold").count() > 30, "{report}");
        assert_eq!(
            report.matches("bold").count(),
            report.matches(escaped).count(),
            "{report}"
        );
        assert!(report.contains(&format!("**Size:** {escaped}\n")));
        assert!(report.contains(&format!("1. **{escaped}**  \n")));
        assert!(report.contains(&format!("| {escaped} | {escaped} | ")));
        assert!(report.contains(&format!("- “{escaped}” is not Measurable: ")));
        // A `|` typed in a cell leaves every row of a table with the borders of its header.
        let mut header = None;
        let mut rows = 0;
        for line in report.lines() {
            if !line.starts_with('|') {
                header = None;
                continue;
            }
            let expected = *header.get_or_insert(borders(line));
            assert_eq!(borders(line), expected, "{line}");
            rows += 1;
        }
        assert!(rows > 20, "{report}");
    }

    #[test]
    fn markup_typed_in_any_field_shows_as_written() {
        use crate::domain::buyin::AssessmentEdit;
        use crate::domain::onboarding::reviews::ReviewEdit;
        use crate::domain::onboarding::{Mark, OnboardingEdit};
        use crate::domain::playbook::PlaybookEdit;
        let typed = "<img src=x onerror=alert(1)> **b** [l](javascript:alert(1)) &amp;";
        let escaped = r"\<img src=x onerror=alert(1)\> \*\*b\*\* \[l\](javascript:alert(1)) \&amp;";
        let mut playbook = restore(VERSION_1).unwrap();
        *playbook.strategy = typed_everywhere(typed);
        let at = playbook.updated_at;
        let interview = playbook.assessments[0].id.clone();
        let goal = playbook.strategy.goals.goals[0].id.clone();
        let typed = || typed.to_owned();
        let mut edits = vec![
            PlaybookEdit::Title(typed()),
            PlaybookEdit::Company(typed()),
            PlaybookEdit::Author(typed()),
        ];
        let about_the_interview = [
            AssessmentEdit::Executive(typed()),
            AssessmentEdit::Role(typed()),
            AssessmentEdit::Interviewer(typed()),
            // One answer private, one not: the report with private notes shows both.
            AssessmentEdit::Notes {
                question: "success-measured".into(),
                notes: format!("{}\n{}", typed(), typed()),
            },
            AssessmentEdit::Notes {
                question: "value-why".into(),
                notes: typed(),
            },
        ];
        edits.extend(
            about_the_interview
                .into_iter()
                .map(|edit| PlaybookEdit::Assessment {
                    id: interview.clone(),
                    edit,
                }),
        );
        let about_the_plan = [
            OnboardingEdit::Add {
                id: id(90),
                title: typed(),
                due: "2026-12-02".into(),
            },
            OnboardingEdit::Mark {
                task: "align/read-goals".into(),
                mark: Some(Mark::Skipped(typed())),
            },
            OnboardingEdit::Reword {
                task: "journey/ask-around".into(),
                title: typed(),
            },
            OnboardingEdit::Review(ReviewEdit::Add {
                id: id(91),
                on: "2026-12-01".into(),
            }),
            OnboardingEdit::Review(ReviewEdit::Note {
                review: id(91),
                goal,
                note: typed(),
            }),
        ];
        edits.extend(about_the_plan.into_iter().map(PlaybookEdit::Onboarding));
        for edit in edits {
            playbook
                .apply(edit.clone(), at)
                .unwrap_or_else(|error| panic!("{edit:?}: {error:?}"));
        }
        let report = markdown(&playbook, true);
        // Wherever it shows (the title, the facts, the executives' table and section, the notes,
        // the plan and its reviews, the strategy), it shows escaped: whole, or cut short where a
        // proposed task quotes it.
        assert!(report.matches("onerror").count() > 40, "{report}");
        assert_eq!(
            report.matches("onerror").count(),
            report
                .matches(r"\<img src=x onerror=alert(1)\> \*\*b\*\* \[l\](")
                .count(),
            "{report}"
        );
        assert_eq!(
            report.matches("onerror").count(),
            report.matches(escaped).count() + 1,
            "{report}"
        );
        for expected in [
            format!("# {escaped}\n"),
            format!("**Company:** {escaped}  \n**Author:** {escaped}  \n"),
            format!("| {escaped} | {escaped} | "),
            format!("### {escaped}\n"),
            format!("> {escaped}\n>\n> {escaped}\n"),
            format!("** {escaped} — Open.  \n  _Your own task._\n"),
            format!("Skipped: {escaped}  \n"),
            format!("** {escaped} — "),
        ] {
            assert!(report.contains(&expected), "{expected} in {report}");
        }
        assert_eq!(
            report.matches("<img").count(),
            report.matches("\\<img").count()
        );
        assert_eq!(report.matches("](").count(), report.matches("\\](").count());
    }

    #[test]
    fn line_breaks_in_an_answer_are_kept_and_each_line_escaped() {
        let mut playbook = restore(VERSION_1).unwrap();
        playbook
            .strategy
            .apply(StrategyEdit::Set {
                field: Text::CommitmentDistribution,
                value: "Most read\n===\n\n- 30 answer\n1. lead".to_owned(),
            })
            .unwrap();
        let report = markdown(&playbook, false);
        assert!(report.contains(
            "**How committed its members are:** Most read  \n\\===  \n\\- 30 answer  \n1\\. lead\n"
        ));
    }

    #[test]
    fn an_unfinished_strategy_says_what_each_step_still_lacks() {
        let mut playbook = restore(VERSION_1).unwrap();
        let s = &mut playbook.strategy;
        let set = |s: &mut Strategy, field, value: &str| {
            s.apply(StrategyEdit::Set {
                field,
                value: value.to_owned(),
            })
            .unwrap();
        };
        let top = ListAt::top;
        use ItemField as F;
        set(s, Text::Framework, "other");
        add(
            s,
            top(ListKind::CompanyGoals),
            1,
            &[(F::Goal, "Double API usage")],
        );
        add(
            s,
            top(ListKind::TopProblems),
            2,
            &[(F::Problem, "Churn after the trial")],
        );
        add(s, top(ListKind::TopProblems), 3, &[]);
        add(
            s,
            top(ListKind::Objectives),
            4,
            &[(F::Objective, "Keep trial users")],
        );
        add(
            s,
            top(ListKind::Buddies),
            5,
            &[(F::Function, "Support"), (F::Contact, "Riley")],
        );
        add(s, top(ListKind::Programs), 6, &[(F::Name, "Office hours")]);
        add(
            s,
            top(ListKind::CommitmentStages),
            7,
            &[(F::Name, "Exploring")],
        );
        add(s, top(ListKind::CommitmentStages), 8, &[]);
        add(
            s,
            top(ListKind::Campaigns),
            9,
            &[(F::Name, "Trial check-in"), (F::Program, &link(6))],
        );
        add(
            s,
            top(ListKind::JourneyStages),
            10,
            &[(F::Name, "Evaluate")],
        );
        add(s, top(ListKind::JourneyStages), 11, &[(F::Name, "Build")]);
        add(
            s,
            top(ListKind::Activities),
            12,
            &[
                (F::Name, "Office hours"),
                (F::Performer, "team"),
                (F::JourneyStage, &link(11)),
            ],
        );
        add(
            s,
            top(ListKind::Activities),
            13,
            &[(F::Name, "Forum answer"), (F::Performer, "community")],
        );
        add(
            s,
            top(ListKind::Activities),
            14,
            &[(F::Name, "Trial survey"), (F::JourneyStage, &link(10))],
        );
        add(
            s,
            top(ListKind::Drqls),
            15,
            &[(F::Team, "Sales"), (F::Description, "Asks for a demo")],
        );
        add(
            s,
            top(ListKind::Drqls),
            16,
            &[(F::Team, " sales "), (F::Description, "Asks for a quote")],
        );
        add(
            s,
            top(ListKind::Drqls),
            17,
            &[(F::Description, "Offers to beta test")],
        );
        add(
            s,
            top(ListKind::Goals),
            18,
            &[
                (
                    F::GoalObjective,
                    "keep more trial users after the first month",
                ),
                (F::Who, "The DevRel team"),
                (F::Steps, "calling every trial team in week two"),
                (F::RelevantTo, &link(4)),
            ],
        );
        add(
            s,
            ListAt::milestones_of(id(18)),
            19,
            &[(F::Milestone, "Script written")],
        );
        add(s, top(ListKind::Goals), 20, &[]);
        set(s, Text::Agreement, "proposed");
        let report = markdown(&playbook, false);
        assert!(report.contains("0 of 9 steps complete."));
        assert_eq!(report.matches("**Still missing:**").count(), 9);
        assert_matches_file(&report, "report-partial.md");
    }

    #[test]
    fn the_plan_shows_each_task_with_its_day_state_and_credit_typed_text_escaped() {
        use crate::domain::onboarding::{Mark, OnboardingEdit};
        use crate::domain::playbook::PlaybookEdit;
        let mut playbook = restore(VERSION_1).unwrap();
        let at = playbook.updated_at;
        let mut plan = |edit| playbook.apply(PlaybookEdit::Onboarding(edit), at).unwrap();
        plan(OnboardingEdit::Add {
            id: id(9),
            title: "# Meet *the* docs team".into(),
            due: "2026-12-02".into(),
        });
        plan(OnboardingEdit::Mark {
            task: "align/read-goals".into(),
            mark: Some(Mark::Skipped("[later] | maybe".into())),
        });
        plan(OnboardingEdit::Mark {
            task: "journey/ask-around".into(),
            mark: iso8601::date::parse("2026-11-26").map(Mark::Done),
        });
        let report = markdown(&playbook, false);
        assert!(report.contains(
            "\n## First 90 days\n\nThe plan starts on 2026-11-23: 1 of 25 tasks done, 23 open, 1 skipped.\n"
        ));
        assert!(report.contains(
            "- **2026-12-02** \\# Meet \\*the\\* docs team — Open.  \n  _Your own task._\n"
        ));
        assert!(report.contains(
            "- **2026-11-25** Read the goals of everyone above you — Skipped: \\[later\\] \\| maybe  \n  _From “Organizational alignment” by Angie Byron._\n"
        ));
        assert!(report.contains("Ask questions across the company — Done on 2026-11-26."));
        assert!(report.find("## First 90 days") < report.find("## Program strategy"));
    }

    #[test]
    fn private_notes_appear_only_when_chosen() {
        let playbook = restore(VERSION_1).unwrap();
        assert!(!markdown(&playbook, false).contains("Has not thought about measures yet"));
        assert!(markdown(&playbook, true).contains("Has not thought about measures yet"));
    }

    #[test]
    fn typed_markdown_is_shown_as_written() {
        assert_eq!(
            escape("# Big *bold* [link](x) | pipe <b>"),
            "\\# Big \\*bold\\* \\[link\\](x) \\| pipe \\<b\\>"
        );
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(
            escape("1. not a list, 2. nor this"),
            "1\\. not a list, 2. nor this"
        );
        assert_eq!(escape("well-known v1.2 (fine)"), "well-known v1.2 (fine)");
        assert_eq!(escape("two\nlines"), "two lines");
        // A character reference would show as the character it names, not as typed.
        assert_eq!(
            escape("&lt;b&gt; &amp; &#60;"),
            "\\&lt;b\\&gt; \\&amp; \\&#60;"
        );
        assert_eq!(quoted("first\nsecond *"), "> first\n>\n> second \\*");
    }
}
