//! Comparing interviews: several executives side by side, each by their latest interview or
//! with every interview of their series, and the same executive interviewed again later (what
//! changed per group, which answers moved, whether the verdict did).

use super::questions::{Group, Rating, WarningSign, QUESTIONS};
use super::verdict::{judge, Outcome, Verdict};
use chrono::NaiveDate;

use crate::domain::{iso8601, WriteDate};

use super::series::series_of;
use super::{Assessment, AssessmentId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupChange {
    pub group: Group,
    pub before: Option<u32>,
    pub after: Option<u32>,
}

impl GroupChange {
    /// Percentage points gained (positive) or lost, when both interviews scored the group.
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.after?) - i64::from(self.before?))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerChange {
    pub question: &'static str,
    pub rating_before: Option<Rating>,
    pub rating_after: Option<Rating>,
    pub notes_changed: bool,
    pub signs_changed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub verdict_before: Option<Verdict>,
    pub verdict_after: Option<Verdict>,
    pub groups: Vec<GroupChange>,
    pub answers: Vec<AnswerChange>,
}

impl Progress {
    pub fn verdict_moved(&self) -> bool {
        self.verdict_before != self.verdict_after
    }
}

/// What changed between an earlier and a later interview.
pub fn progress(earlier: &Assessment, later: &Assessment) -> Progress {
    let (before, after) = (judge(earlier), judge(later));
    let groups = before
        .groups()
        .iter()
        .zip(after.groups())
        .map(|(b, a)| GroupChange {
            group: b.group,
            before: b.percent,
            after: a.percent,
        })
        .collect();
    let answers = QUESTIONS
        .iter()
        .filter_map(|question| {
            let (b, a) = (
                earlier.answer(question.id).cloned().unwrap_or_default(),
                later.answer(question.id).cloned().unwrap_or_default(),
            );
            (b != a).then(|| AnswerChange {
                question: question.id,
                rating_before: b.rating,
                rating_after: a.rating,
                notes_changed: b.notes != a.notes,
                signs_changed: b.signs != a.signs,
            })
        })
        .collect();
    Progress {
        verdict_before: before.verdict(),
        verdict_after: after.verdict(),
        groups,
        answers,
    }
}

/// One row of the side-by-side comparison of executives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: AssessmentId,
    pub executive: String,
    pub role: String,
    pub interview_date: Option<NaiveDate>,
    pub outcome: Outcome,
    /// Each warning sign heard, once, in interview order.
    pub signs: Vec<WarningSign>,
    /// Whether the executive shows more than once, so the date tells the rows apart.
    pub dated: bool,
}

impl Row {
    /// Who and when, for the chart: the name, with the date (written by `date`) when the
    /// executive shows more than once.
    pub fn label_with(&self, date: WriteDate) -> String {
        match self.interview_date.filter(|_| self.dated) {
            Some(day) => format!("{}, {}", self.executive, date(day)),
            None => self.executive.clone(),
        }
    }

    /// The label with its date as files write dates.
    pub fn label(&self) -> String {
        self.label_with(iso8601::date::format)
    }
}

/// Which interviews a comparison shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shown {
    /// One row per executive: their latest interview.
    #[default]
    Latest,
    /// Every interview, each executive's together, oldest first.
    Every,
}

/// The executives of a playbook side by side, in the order they were first interviewed.
pub fn side_by_side(assessments: &[Assessment], shown: Shown) -> Vec<Row> {
    series_of(assessments)
        .into_iter()
        .flat_map(|series| {
            let interviews = match shown {
                Shown::Latest => vec![series.latest()],
                Shown::Every => series.interviews().to_vec(),
            };
            let dated = interviews.len() > 1;
            interviews
                .into_iter()
                .map(move |assessment| row(assessment, dated))
        })
        .collect()
}

/// How many interviews the comparison of the latest ones leaves out.
pub fn earlier_count(assessments: &[Assessment]) -> usize {
    assessments.len() - series_of(assessments).len()
}

fn row(assessment: &Assessment, dated: bool) -> Row {
    Row {
        id: assessment.id.clone(),
        executive: assessment.executive.clone(),
        role: assessment.role.clone(),
        interview_date: assessment.interview_date,
        outcome: judge(assessment),
        signs: assessment
            .signs_heard()
            .into_iter()
            .fold(Vec::new(), |mut signs, (sign, _)| {
                if !signs.contains(&sign) {
                    signs.push(sign);
                }
                signs
            }),
        dated,
    }
}

/// The comparison as a spreadsheet opens it (RFC 4180, UTF-8 with a byte order mark so that
/// spreadsheets read it as UTF-8): a header, then one row per interview, each executive's
/// together and oldest first, with the role, the day, the verdict and overall score, each
/// group's score and the warning signs heard. With `hide_names`, each executive is "Executive
/// N", one number per person, as in a shared file.
pub fn comparison_csv(assessments: &[Assessment], hide_names: bool) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        "Executive",
        "Role",
        "Interviewed",
        "Verdict",
        "Overall score",
    ];
    header.extend(Group::ALL.map(Group::title));
    header.push("Warning signs heard");
    csv_line(&mut out, header.into_iter().map(str::to_owned));
    for (n, series) in series_of(assessments).iter().enumerate() {
        for assessment in series.interviews() {
            let row = row(assessment, false);
            let (verdict, overall) = match &row.outcome {
                Outcome::Decided(judgement) => (
                    judgement.verdict.label(),
                    judgement.overall_percent.to_string(),
                ),
                Outcome::Incomplete { .. } => ("No verdict yet", String::new()),
            };
            let mut cells = vec![
                if hide_names {
                    format!("Executive {}", n + 1)
                } else {
                    row.executive.trim().to_owned()
                },
                row.role.clone(),
                row.interview_date
                    .map(iso8601::date::format)
                    .unwrap_or_default(),
                verdict.to_owned(),
                overall,
            ];
            cells.extend(row.outcome.groups().iter().map(|score| {
                score
                    .percent
                    .map_or(String::new(), |percent| percent.to_string())
            }));
            let signs: Vec<&str> = row.signs.iter().map(|sign| sign.label()).collect();
            cells.push(signs.join("; "));
            csv_line(&mut out, cells);
        }
    }
    out
}

/// One record: cells separated by commas, quoted when they hold a comma, a quote or a line
/// break (quotes doubled), and the line ended by CRLF. Bytes rather than char patterns: every
/// byte looked for is ASCII, and the wasm then carries no searcher for them.
fn csv_line(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (at, cell) in cells.into_iter().enumerate() {
        if at > 0 {
            out.push(',');
        }
        let quoted = cell
            .bytes()
            .any(|byte| matches!(byte, b',' | b'"' | b'\n' | b'\r'));
        if quoted {
            out.push('"');
        }
        // What a spreadsheet would run as a formula is kept as text, as typed.
        if matches!(
            cell.bytes().next(),
            Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
        ) {
            out.push('\'');
        }
        for part in cell.split('"').enumerate() {
            if part.0 > 0 {
                out.push_str("\"\"");
            }
            out.push_str(part.1);
        }
        if quoted {
            out.push('"');
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::Interviewee;
    use crate::domain::id::sequential::id;
    use chrono::{TimeZone, Utc};

    #[test]
    fn the_comparison_csv_has_a_row_per_interview_quoted_as_rfc_4180_asks() {
        let at = Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap();
        let who = |name: &str, role: &str| Interviewee {
            executive: name.into(),
            role: role.into(),
            interview_date: "2026-09-01".into(),
            ..Interviewee::default()
        };
        let mut ravi = Assessment::new(id(1), who("Ravi Rao", "CFO, \"money\""), at).unwrap();
        for question in QUESTIONS {
            ravi.apply(
                crate::domain::buyin::AssessmentEdit::Rate {
                    question: question.id.to_owned(),
                    rating: Some(Rating::Strong),
                },
                at,
            )
            .unwrap();
        }
        ravi.apply(
            crate::domain::buyin::AssessmentEdit::Sign {
                question: "value-why".to_owned(),
                sign: WarningSign::OnlyBecauseOthersDoIt,
                heard: true,
            },
            at,
        )
        .unwrap();
        let ada = Assessment::new(id(2), who("=HYPERLINK(\"x\")", "CTO\nand more"), at).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let again = ravi.follow_up(id(3), at, today);
        let playbook = [ravi, ada, again];

        let csv = comparison_csv(&playbook, false);
        let lines: Vec<&str> = csv
            .strip_prefix('\u{feff}')
            .unwrap()
            .split("\r\n")
            .collect();
        assert_eq!(
            lines,
            [
                "Executive,Role,Interviewed,Verdict,Overall score,Overall value,Success factors,Teamwork,Communication,Advocacy,Warning signs heard",
                "Ravi Rao,\"CFO, \"\"money\"\"\",2026-09-01,Middle ground,100,100,100,100,100,100,Only reason: another company does it",
                // An interview taken again starts from the answers of the one before.
                "Ravi Rao,\"CFO, \"\"money\"\"\",2026-11-25,Middle ground,100,100,100,100,100,100,Only reason: another company does it",
                "\"'=HYPERLINK(\"\"x\"\")\",\"CTO\nand more\",2026-09-01,No verdict yet,,,,,,,",
                "",
            ]
        );
        let hidden = comparison_csv(&playbook, true);
        assert!(hidden.contains("\r\nExecutive 1,") && hidden.contains("\r\nExecutive 2,"));
        assert!(!hidden.contains("Ravi") && !hidden.contains("HYPERLINK"));
    }

    /// The records of a CSV text as RFC 4180 reads them.
    fn records(csv: &str) -> Vec<Vec<String>> {
        let mut records = vec![vec![String::new()]];
        let mut chars = csv.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            let record = records.last_mut().unwrap();
            let cell = record.last_mut().unwrap();
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => record.push(String::new()),
                ('\r', false) if chars.peek() == Some(&'\n') => {
                    chars.next();
                    records.push(vec![String::new()]);
                }
                (c, _) => cell.push(c),
            }
        }
        records.pop();
        records
    }

    #[test]
    fn markup_typed_in_a_name_or_role_is_one_cell_as_typed_and_never_a_formula() {
        let at = Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap();
        let typed = [
            (
                "<img src=x onerror=alert(1)>",
                "**bold** [link](javascript:alert(1))",
            ),
            ("=HYPERLINK(\"http://x\",\"y\")", "+1+1"),
            ("@SUM(A1)", "-2,\"3\"\r\nEND"),
            ("Ann \"Quote\", Jr.", "\tTabbed"),
        ];
        let interviews: Vec<Assessment> = (1..)
            .zip(typed)
            .map(|(n, (executive, role))| {
                let who = Interviewee {
                    executive: executive.into(),
                    ..Interviewee::default()
                };
                // Set by an edit, which keeps what was typed (creation trims it).
                let mut interview = Assessment::new(id(n), who, at).unwrap();
                let role = crate::domain::buyin::AssessmentEdit::Role(role.into());
                interview.apply(role, at).unwrap();
                interview
            })
            .collect();
        let csv = comparison_csv(&interviews, false);
        let rows = records(csv.strip_prefix('\u{feff}').unwrap());
        assert_eq!(rows.len(), 1 + typed.len(), "{csv}");
        assert!(
            rows.iter().all(|row| row.len() == rows[0].len()),
            "{rows:?}"
        );
        // What a spreadsheet would run as a formula starts with an apostrophe, which it shows
        // as text; the rest comes back as typed.
        let as_text = |cell: &str| {
            if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{cell}")
            } else {
                cell.to_owned()
            }
        };
        let cells: Vec<(String, String)> = rows[1..]
            .iter()
            .map(|row| (row[0].clone(), row[1].clone()))
            .collect();
        let expected: Vec<(String, String)> = typed
            .iter()
            .map(|(executive, role)| (as_text(executive), as_text(role)))
            .collect();
        assert_eq!(cells, expected);
    }

    #[test]
    fn an_executive_interviewed_twice_is_one_row_unless_every_interview_is_asked_for() {
        let at = Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap();
        let who = |name: &str| Interviewee {
            executive: name.into(),
            interview_date: "2026-09-01".into(),
            ..Interviewee::default()
        };
        let ravi = Assessment::new(id(1), who("Ravi Rao"), at).unwrap();
        let ada = Assessment::new(id(2), who("Ada Strong"), at).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let again = ravi.follow_up(id(3), at, today);
        let playbook = [ravi.clone(), ada.clone(), again.clone()];

        let latest = side_by_side(&playbook, Shown::Latest);
        let rows: Vec<(String, &AssessmentId)> =
            latest.iter().map(|row| (row.label(), &row.id)).collect();
        assert_eq!(
            rows,
            vec![
                ("Ravi Rao".into(), &again.id),
                ("Ada Strong".into(), &ada.id)
            ]
        );
        assert_eq!(earlier_count(&playbook), 1);

        let every = side_by_side(&playbook, Shown::Every);
        let rows: Vec<(String, &AssessmentId)> =
            every.iter().map(|row| (row.label(), &row.id)).collect();
        assert_eq!(
            rows,
            vec![
                ("Ravi Rao, 2026-09-01".into(), &ravi.id),
                ("Ravi Rao, 2026-11-25".into(), &again.id),
                ("Ada Strong".into(), &ada.id)
            ]
        );
    }
}
