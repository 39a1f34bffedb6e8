//! The readable report of a playbook as Markdown, for a manager who never used the app: it
//! reads well on GitHub or in a wiki. Text the user typed is escaped, so it shows as written
//! and never turns into headings, links or tables.

use std::fmt::Write;

use super::buyin::compare::side_by_side;
use super::buyin::questions::{question, Group, QUESTIONS};
use super::buyin::verdict::{judge, Outcome, RULE};
use super::buyin::Assessment;
use super::iso8601;
use super::playbook::Playbook;
use super::strategy::smart;
use super::strategy::steps::{Part, Step};
use super::strategy::{ItemField, ListAt, ListKind, Strategy};

/// Escapes what Markdown would read as formatting (emphasis, code, links, tables, HTML, and a
/// heading, list or quote marker at the start), and folds line breaks into spaces, so typed
/// text shows as written.
pub fn escape(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    // "# x", "- x", "+ x" and "1. x" would start a heading or a list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if out.starts_with(['#', '-', '+']) {
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
        iso8601::date::format(playbook.updated_at.date_naive())
    ));
    let _ = writeln!(out, "{}\n", facts.join("  \n"));

    buyin(&mut out, &playbook);
    strategy(&mut out, &playbook);
    out
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
    for row in side_by_side(&playbook.assessments) {
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
    for assessment in &playbook.assessments {
        interview(out, assessment);
    }
    let _ = writeln!(out, "### How the verdict is decided\n");
    for line in RULE {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}

/// The strategy step by step: single answers as labelled lines, lists as tables, goals as their
/// template sentence, and what each step still lacks.
fn strategy(out: &mut String, playbook: &Playbook) {
    let strategy = &playbook.strategy;
    let started = playbook.created_at.date_naive();
    let _ = writeln!(out, "## Program strategy\n");
    if strategy.is_empty() {
        let _ = writeln!(out, "_The program strategy has not been started yet._");
        return;
    }
    let missing: Vec<Vec<String>> = Step::ALL
        .iter()
        .map(|step| step.missing(strategy, started))
        .collect();
    let done = missing.iter().filter(|lacks| lacks.is_empty()).count();
    let _ = writeln!(out, "{done} of 9 steps complete.");
    for (step, lacks) in Step::ALL.into_iter().zip(missing) {
        let _ = writeln!(out, "\n### {}. {}", step.number(), step.title());
        for part in step.parts() {
            match *part {
                Part::Fields(fields) => {
                    out.push('\n');
                    for &field in fields.iter().filter(|field| field.applies(strategy)) {
                        let answer = strategy.shown_text(field);
                        let answer = if answer.is_empty() {
                            "_not answered yet_".to_owned()
                        } else {
                            escape(&answer)
                        };
                        let label = field.spec().label;
                        // A question reads "Where from? Answer", a label "Size: answer".
                        let colon = if label.ends_with('?') { "" } else { ":" };
                        let _ = writeln!(out, "**{label}{colon}** {answer}  ");
                    }
                }
                Part::List(ListKind::Goals) => goals(out, strategy, started),
                Part::List(kind) => table(out, strategy, kind),
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

/// A list as a table, one column per field.
fn table(out: &mut String, strategy: &Strategy, kind: ListKind) {
    let _ = writeln!(out, "\n#### {}\n", kind.title());
    let items = strategy.items(&ListAt::top(kind));
    if items.is_empty() {
        let _ = writeln!(out, "_None yet._");
        return;
    }
    let specs = kind.fields();
    let head: Vec<&str> = specs.iter().map(|spec| spec.label).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(specs.len()));
    for item in items {
        let cells: Vec<String> = specs
            .iter()
            .map(|spec| escape(&strategy.shown(item, spec)))
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

/// Each goal as its sentence, then its owner, what it serves, its SMART check and milestones.
fn goals(out: &mut String, strategy: &Strategy, started: chrono::NaiveDate) {
    let _ = writeln!(out, "\n#### {}\n", ListKind::Goals.title());
    if strategy.goals.goals.is_empty() {
        let _ = writeln!(out, "_None yet._");
        return;
    }
    for (n, goal) in strategy.goals.goals.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, escape(&smart::sentence_text(goal)));
        let owner = match goal.owner.trim() {
            "" => "not named".to_owned(),
            owner => escape(owner),
        };
        let serves = ListKind::Goals
            .spec(ItemField::RelevantTo)
            .map(|spec| strategy.shown(goal, spec))
            .filter(|serves| !serves.is_empty())
            .map_or("nothing in the plan yet".to_owned(), |serves| {
                escape(&serves)
            });
        let _ = writeln!(out, "   - Owner: {owner}; serves: {serves}");
        let failing: Vec<String> = smart::check(goal, strategy, started)
            .into_iter()
            .filter_map(|check| {
                check
                    .missing
                    .map(|what| format!("{} ({what})", check.letter.name()))
            })
            .collect();
        if failing.is_empty() {
            let _ = writeln!(out, "   - SMART: all five letters met");
        } else {
            let _ = writeln!(out, "   - SMART: not yet {}", failing.join("; "));
        }
        for milestone in &goal.milestones {
            let due = milestone.due.map_or("no date".to_owned(), smart::long_date);
            let _ = writeln!(
                out,
                "   - Milestone: {} (due {due})",
                escape(&milestone.milestone)
            );
        }
    }
}

fn interview(out: &mut String, assessment: &Assessment) {
    let _ = writeln!(out, "### {}\n", escape(&assessment.executive));
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
            for (n, step) in verdict.next_steps().iter().enumerate() {
                let _ = writeln!(out, "{}. {step}", n + 1);
            }
            out.push('\n');
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
    fn the_report_of_an_empty_playbook_says_what_is_missing() {
        let mut playbook = restore(VERSION_1).unwrap();
        playbook.assessments.clear();
        playbook.company.clear();
        assert_matches_file(&markdown(&playbook, false), "report-empty.md");
    }

    #[test]
    fn the_report_of_the_example_reads_as_expected() {
        use chrono::TimeZone;
        let mut n = 0u8;
        let example = crate::domain::example::example_playbook(
            || {
                n += 1;
                crate::domain::id::Id::from_random_bytes([n; 16])
            },
            chrono::Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        );
        let report = markdown(&example, false);
        assert!(report.contains("9 of 9 steps complete."));
        assert!(!report.contains("Still missing"));
        assert_matches_file(&report, "report-example.md");
    }

    #[test]
    fn typed_markdown_in_the_strategy_is_shown_as_written() {
        use crate::domain::strategy::StrategyEdit;
        let mut playbook = restore(VERSION_1).unwrap();
        let typed = "*bold* | [link](x) # heading";
        playbook
            .strategy
            .apply(StrategyEdit::Add {
                list: ListAt::top(ListKind::TopProblems),
                id: crate::domain::id::Id::from_random_bytes([9; 16]),
                values: vec![(ItemField::Problem, typed.to_owned())],
            })
            .unwrap();
        let report = markdown(&playbook, false);
        assert!(
            report.contains("| \\*bold\\* \\| \\[link\\](x) # heading |  |"),
            "{report}"
        );
        assert!(report.contains(
            "- “\\*bold\\* \\| \\[link\\](x) # heading” needs: how DevRel work contributes."
        ));
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
        assert_eq!(quoted("first\nsecond *"), "> first\n>\n> second \\*");
    }
}
