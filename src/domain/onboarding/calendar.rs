//! The first 90 days as a calendar file (iCalendar, RFC 5545) that any calendar app imports:
//! one all-day event per task, on its day.
//!
//! Every task of the plan is written, done and skipped ones too, each under a UID made from
//! its key and the playbook's id. Importing the file again therefore updates the events of the
//! first import instead of adding copies, and a task ticked since then is updated to say so; a
//! file of open tasks only would leave the earlier events standing, still looking open.
//! A skipped task is `STATUS:CANCELLED`, which calendar apps show struck through or hide; a
//! done one stays `CONFIRMED` and says when or why it was done. Events are `TRANSPARENT`:
//! a task marks a day, it does not make the user busy all day.
//!
//! A task taken out of the plan is not in the file at all: importing cannot delete what an
//! earlier import added, so its event stays in the calendar until the user deletes it.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use super::{State, Task};
use crate::domain::id::Id;
use crate::domain::iso8601;

/// The most octets a content line holds, its line break aside (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The calendar of the plan `tasks` of the playbook `playbook` titled `title`, stamped `now`.
pub fn ics(playbook: &Id, title: &str, tasks: &[Task], now: DateTime<Utc>) -> String {
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        day(now.date_naive()),
        now.hour(),
        now.minute(),
        now.second()
    );
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//DevRel Playbook//First 90 days//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape(&format!("{title}: first 90 days"))
    ));
    for task in tasks {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", uid(playbook, &task.key)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", day(task.due)));
        // An all-day event ends, exclusively, on the next day.
        let next = task.due.succ_opt().unwrap_or(task.due);
        line(&format!("DTEND;VALUE=DATE:{}", day(next)));
        line(&format!("SUMMARY:{}", escape(&task.title)));
        let description = description(task);
        if !description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape(&description)));
        }
        let status = match task.state {
            State::Skipped(_) => "CANCELLED",
            _ => "CONFIRMED",
        };
        line(&format!("STATUS:{status}"));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// A task's identity across exports: its key, whose parts are lower-case letters, digits and
/// dashes joined by slashes (so a dot in place of each slash keeps keys apart), at the
/// playbook, so two playbooks' plans never share an event.
pub fn uid(playbook: &Id, task: &str) -> String {
    format!("{}@{playbook}.devrel-playbook", task.replace('/', "."))
}

/// The task's advice, its credit, and what became of it unless it is still open.
fn description(task: &Task) -> String {
    let mut parts = Vec::new();
    if !task.detail.trim().is_empty() {
        parts.push(task.detail.trim().to_owned());
    }
    if task.credit.is_some() {
        parts.push(task.credit_line());
    }
    if !task.state.is_open() {
        parts.push(task.state.sentence_with(iso8601::date::format));
    }
    parts.join("\n\n")
}

/// `YYYYMMDD`, written by hand: chrono's formatting would add its whole pattern machinery to
/// the wasm for this one use.
fn day(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Text as a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line
/// break written `\n`, and other control characters, which a value cannot hold, left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                // CRLF and a lone CR are each one line break.
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded to lines of at most 75 octets (RFC 5545 §3.1): each continuation
/// starts with a space, and a character is never split between two lines, since a reader
/// that unfolds before decoding would still cope but one that decodes each line would not.
fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space counts towards the next line's octets.
        room = MAX_LINE_OCTETS - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::id;
    use crate::domain::onboarding::{Mark, OnboardingEdit, Phase};
    use crate::domain::playbook::{NewPlaybook, Playbook, PlaybookEdit};
    use chrono::TimeZone;

    fn playbook() -> Playbook {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        Playbook::new(
            id(1),
            NewPlaybook {
                title: "Acme, developers; and more".into(),
                company: "Acme".into(),
                author: "Sam".into(),
            },
            at,
        )
        .unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 8, 5, 9).unwrap()
    }

    fn calendar(playbook: &Playbook, now: DateTime<Utc>) -> String {
        ics(&playbook.id, &playbook.title, &playbook.plan(), now)
    }

    /// The logical lines, unfolded.
    fn unfolded(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn values<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        lines
            .iter()
            .filter_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
            .collect()
    }

    fn own_task(title: &str, due: &str) -> Task {
        Task {
            key: "own/0101".into(),
            title: title.into(),
            detail: String::new(),
            credit: None,
            due: iso8601::date::parse(due).unwrap(),
            phase: Phase::Listen,
            at: None,
            state: State::Open,
            own: true,
            changed: false,
        }
    }

    #[test]
    fn text_is_escaped_as_the_rfc_says() {
        assert_eq!(
            escape("a\\b; c, d\ne\r\nf\rg\u{7}h"),
            "a\\\\b\\; c\\, d\\ne\\nf\\ngh"
        );
        assert_eq!(escape("plain words: fine"), "plain words: fine");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let title = "Café ☕ with the Größe team — 日本語のテキスト ".repeat(6);
        let text = ics(&id(1), "Plan", &[own_task(&title, "2026-12-02")], now());
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {line}",
                line.len()
            );
        }
        // `split` on a `&str` would have panicked on a broken character; unfolding gives the
        // title back whole.
        let lines = unfolded(&text);
        assert_eq!(values(&lines, "SUMMARY"), [escape(&title).as_str()]);
        assert!(text.split("\r\n").any(|line| line.starts_with(' ')));
    }

    #[test]
    fn every_task_is_one_all_day_event_on_its_day() {
        let playbook = playbook();
        let plan = playbook.plan();
        assert!(!plan.is_empty());
        let lines = unfolded(&calendar(&playbook, now()));
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for required in [
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Acme\\, developers\\; and more: first 90 days",
        ] {
            assert!(lines.iter().any(|line| line == required), "{required}");
        }
        assert_eq!(
            values(&lines, "BEGIN"),
            ["VCALENDAR"]
                .into_iter()
                .chain(plan.iter().map(|_| "VEVENT"))
                .collect::<Vec<_>>()
        );
        let summaries: Vec<String> = plan.iter().map(|task| escape(&task.title)).collect();
        assert_eq!(values(&lines, "SUMMARY"), summaries);
        let first = &plan[0];
        assert_eq!(
            values(&lines, "DTSTART;VALUE=DATE")[0],
            first.due.format("%Y%m%d").to_string()
        );
        assert_eq!(
            values(&lines, "DTEND;VALUE=DATE")[0],
            first.due.succ_opt().unwrap().format("%Y%m%d").to_string()
        );
        assert!(values(&lines, "DTSTAMP")
            .iter()
            .all(|stamp| *stamp == "20261201T080509Z"));
        // Proposed advice names where it comes from.
        assert!(values(&lines, "DESCRIPTION")[0].contains(&first.credit_line()));
    }

    #[test]
    fn uids_are_unique_and_the_same_in_every_export() {
        let mut playbook = playbook();
        let at = playbook.updated_at;
        playbook
            .apply(
                PlaybookEdit::Onboarding(OnboardingEdit::Add {
                    id: id(7),
                    title: "Meet the docs team".into(),
                    due: "2026-12-02".into(),
                }),
                at,
            )
            .unwrap();
        let first = unfolded(&calendar(&playbook, now()));
        let later = now() + chrono::Duration::days(3);
        let again = unfolded(&calendar(&playbook, later));
        let uids = values(&first, "UID");
        assert_eq!(uids, values(&again, "UID"));
        let unique: std::collections::BTreeSet<_> = uids.iter().collect();
        assert_eq!(unique.len(), uids.len());
        assert_eq!(uids.len(), playbook.plan().len());
        assert!(uids.contains(&format!("own.{}@{}.devrel-playbook", id(7), id(1)).as_str()));
        // Another playbook's events never take the place of these.
        let other = ics(&id(2), &playbook.title, &playbook.plan(), now());
        assert!(values(&unfolded(&other), "UID")
            .iter()
            .all(|uid| !uids.contains(uid)));
    }

    #[test]
    fn done_and_skipped_tasks_say_so_and_skipped_ones_are_cancelled() {
        let mut playbook = playbook();
        let plan = playbook.plan();
        let (ticked, skipped) = (plan[0].key.clone(), plan[1].key.clone());
        let at = playbook.updated_at;
        for (task, mark) in [
            (
                ticked,
                Mark::Done(iso8601::date::parse("2026-11-25").unwrap()),
            ),
            (skipped, Mark::Skipped("Not this quarter, sadly".into())),
        ] {
            playbook
                .apply(
                    PlaybookEdit::Onboarding(OnboardingEdit::Mark {
                        task,
                        mark: Some(mark),
                    }),
                    at,
                )
                .unwrap();
        }
        let lines = unfolded(&calendar(&playbook, now()));
        let descriptions = values(&lines, "DESCRIPTION");
        assert!(descriptions[0].ends_with("\\n\\nDone on 2026-11-25."));
        assert!(descriptions[1].ends_with("\\n\\nSkipped: Not this quarter\\, sadly"));
        let statuses = values(&lines, "STATUS");
        assert_eq!(statuses[..2], ["CONFIRMED", "CANCELLED"]);
        assert_eq!(statuses.len(), playbook.plan().len());
    }

    /// A TEXT value read back as RFC 5545 §3.3.11 has it.
    fn unescaped(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            match (c, c == '\\') {
                (_, true) => match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("a value ends in a lone backslash: {value}"),
                },
                (c, false) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn markup_and_line_breaks_typed_anywhere_stay_text_of_one_event() {
        let typed = "Q1, plan; a\\b <img src=x onerror=alert(1)>\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\nDTSTART:19700101";
        let mut playbook = playbook();
        let at = playbook.updated_at;
        playbook.title = typed.to_owned();
        let skipped = playbook.plan()[0].key.clone();
        for edit in [
            OnboardingEdit::Add {
                id: id(9),
                title: typed.to_owned(),
                due: "2026-12-02".into(),
            },
            OnboardingEdit::Mark {
                task: skipped,
                mark: Some(Mark::Skipped(typed.to_owned())),
            },
        ] {
            playbook.apply(PlaybookEdit::Onboarding(edit), at).unwrap();
        }
        let text = calendar(&playbook, now());
        let lines = unfolded(&text);
        // Every line is one of the properties the calendar writes: none was typed in.
        let names = [
            "BEGIN",
            "END",
            "VERSION",
            "PRODID",
            "CALSCALE",
            "METHOD",
            "X-WR-CALNAME",
            "UID",
            "DTSTAMP",
            "DTSTART;VALUE=DATE",
            "DTEND;VALUE=DATE",
            "SUMMARY",
            "DESCRIPTION",
            "STATUS",
            "TRANSP",
        ];
        for line in &lines {
            let name = line.split(':').next().unwrap_or_default();
            assert!(names.contains(&name), "{line}");
        }
        let events = playbook.plan().len();
        assert_eq!(values(&lines, "BEGIN").len(), events + 1);
        assert_eq!(values(&lines, "DTSTART;VALUE=DATE").len(), events);
        assert!(!values(&lines, "SUMMARY").contains(&"injected"));
        // Read back, the typed text is whole, its line breaks as line breaks.
        let as_read = typed.replace("\r\n", "\n");
        assert_eq!(
            unescaped(values(&lines, "X-WR-CALNAME")[0]),
            format!("{as_read}: first 90 days")
        );
        let summaries: Vec<String> = values(&lines, "SUMMARY")
            .into_iter()
            .map(unescaped)
            .collect();
        assert!(summaries.contains(&as_read), "{summaries:?}");
        let descriptions: Vec<String> = values(&lines, "DESCRIPTION")
            .into_iter()
            .map(unescaped)
            .collect();
        assert!(
            descriptions
                .iter()
                .any(|d| d.ends_with(&format!("Skipped: {as_read}"))),
            "{descriptions:?}"
        );
    }
}
