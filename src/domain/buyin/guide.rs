//! The interview guide to print: the question set on paper, group by group, for one executive
//! or for anyone. What it holds beyond the content of `questions` is whom it is for and, for an
//! executive rated before, each question's rating last time, so the interviewer can listen for
//! what changed.
//!
//! The guide itself is a static page, `public/interview-guide.html`, written by
//! `guide_page::guide_html` from the question set; whom it is for travels in the fragment of
//! its address (`address`), which a browser never sends to a server.

use chrono::NaiveDate;

use super::questions::{Group, Question, Rating, WarningSign, QUESTIONS};
use super::series::{series_of, Series};
use super::{Assessment, AssessmentId};
use crate::domain::iso8601;

/// Where the app serves the guide page.
pub const PAGE: &str = "/interview-guide.html";

/// A guide, ready for a screen to lay out.
#[derive(Debug, PartialEq, Eq)]
pub struct Guide<'a> {
    /// The interview it is printed for (its executive's name and role head the page); `None`
    /// for a blank guide.
    pub executive: Option<&'a Assessment>,
    /// The day of the interview whose ratings show as last time's, if the executive has been
    /// rated before.
    pub last_rated: Option<NaiveDate>,
    /// Every group in the interview's order.
    pub groups: Vec<GuideGroup>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct GuideGroup {
    pub group: Group,
    pub questions: Vec<GuideQuestion>,
    /// The warning signs to listen for in this group's answers, to tick.
    pub signs: Vec<WarningSign>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct GuideQuestion {
    /// Counted from 1 across the whole guide, as the interview counts them.
    pub number: usize,
    pub question: &'static Question,
    /// The executive's rating of it last time.
    pub last: Option<Rating>,
}

/// The guide for the interview `executive` of `assessments`, or a blank one (also for an id the
/// playbook does not have).
pub fn guide<'a>(assessments: &'a [Assessment], executive: Option<&AssessmentId>) -> Guide<'a> {
    let executive =
        executive.and_then(|id| assessments.iter().find(|assessment| &assessment.id == id));
    let last = executive
        .and_then(|interview| last_rated(&series_with(assessments, interview)?, interview))
        .map(|(last, _)| last);
    let mut number = 0;
    let groups = Group::ALL
        .into_iter()
        .map(|group| GuideGroup {
            group,
            questions: QUESTIONS
                .iter()
                .filter(|question| question.group == group)
                .map(|question| {
                    number += 1;
                    GuideQuestion {
                        number,
                        question,
                        last: last.and_then(|last| rating(last, question)),
                    }
                })
                .collect(),
            signs: WarningSign::heard_in_group(group),
        })
        .collect();
    Guide {
        executive,
        last_rated: last.map(Assessment::held_on),
        groups,
    }
}

/// The address of the guide page for the executive of the interview `executive` of
/// `assessments`, headed by the playbook titled `playbook` (the page alone, blank, for an id the
/// playbook lacks). Whom it is for and last time's ratings (as `guide` finds them) travel in
/// its fragment, encoded as a form is, for `URLSearchParams`:
/// `playbook=…&executive=…&role=…`, then, if they were rated before, `&rated=YYYY-MM-DD&last=…`
/// with one letter per question in the interview's order (`w`, `p`, `s`, `-` for not rated).
pub fn address(playbook: &str, assessments: &[Assessment], executive: &AssessmentId) -> String {
    let whom = assessments
        .iter()
        .find(|found| &found.id == executive)
        .and_then(|interview| Some(whom(&series_with(assessments, interview)?, interview)));
    addressed(playbook, whom.as_deref())
}

/// The executive's series of interviews that `interview` is one of.
fn series_with<'a>(assessments: &'a [Assessment], interview: &Assessment) -> Option<Series<'a>> {
    series_of(assessments)
        .into_iter()
        .find(|series| series.contains(&interview.id))
}

/// The part of a guide's address after the playbook's title, for `interview` of `series`:
/// what `addressed` puts under a title, so a list of interviews works it out once per
/// interview, not again for each key press in the title.
pub fn whom(series: &Series, interview: &Assessment) -> String {
    let (mut rated, mut letters) = (String::new(), String::new());
    if let Some((last, ratings)) = last_rated(series, interview) {
        rated = iso8601::date::format(last.held_on());
        letters = ratings;
    }
    let parts = [
        ("&executive=", &interview.executive),
        ("&role=", &interview.role),
        ("&rated=", &rated),
        ("&last=", &letters),
    ];
    // Never rated before: no day and no letters.
    let count = if rated.is_empty() { 2 } else { parts.len() };
    let mut whom = String::new();
    for (name, value) in &parts[..count] {
        whom.push_str(name);
        form_encode(value, &mut whom);
    }
    whom
}

/// The guide page's address for `whom` (as `whom` writes it), headed by the playbook titled
/// `playbook`; the page alone, blank, for no one.
pub fn addressed(playbook: &str, whom: Option<&str>) -> String {
    let mut address = PAGE.to_owned();
    if let Some(whom) = whom {
        address.push_str("#playbook=");
        form_encode(playbook, &mut address);
        address.push_str(whom);
    }
    address
}

/// A rating's letter in the guide's address: the first of its id.
pub fn letter(rating: Rating) -> char {
    match rating {
        Rating::Weak => 'w',
        Rating::Partial => 'p',
        Rating::Strong => 's',
    }
}

/// `text` as `application/x-www-form-urlencoded` writes it: what `URLSearchParams` reads back.
fn form_encode(text: &str, into: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                into.push(char::from(byte));
            }
            b' ' => into.push('+'),
            _ => {
                into.push('%');
                into.push(char::from(HEX[usize::from(byte >> 4)]));
                into.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
}

fn rating(assessment: &Assessment, question: &Question) -> Option<Rating> {
    assessment
        .answer(question.id)
        .and_then(|answer| answer.rating)
}

/// The latest interview of the executive, up to `interview`, that rated anything. An interview
/// started by "Interview again" begins with the earlier one's answers: while its ratings are
/// still those, they were given at the earlier interview, and its day is theirs. With it, its
/// ratings as `letters`.
fn last_rated<'a>(series: &Series<'a>, interview: &Assessment) -> Option<(&'a Assessment, String)> {
    let mut last: Option<(&Assessment, String)> = None;
    // Back from `interview`: the first with a rating, then each before it rated the same.
    for earlier in series
        .interviews()
        .iter()
        .rev()
        .skip_while(|assessment| assessment.id != interview.id)
    {
        let ratings = letters(earlier);
        match &last {
            None if ratings.bytes().any(|b| b != b'-') => {}
            Some((_, seen)) if *seen == ratings => {}
            None => continue,
            Some(_) => break,
        }
        last = Some((earlier, ratings));
    }
    last
}

/// Each question's rating in `assessment` as its letter, in the interview's order (`-` for
/// none): how the address carries them, and how interviews are told apart by their ratings.
fn letters(assessment: &Assessment) -> String {
    QUESTIONS
        .iter()
        .map(|question| rating(assessment, question).map_or('-', letter))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::fixtures::{at, date, interview};
    use crate::domain::buyin::AssessmentEdit;
    use crate::domain::id::sequential::id;

    fn rate(assessment: &mut Assessment, question: &str, rating: Rating) {
        let edit = AssessmentEdit::Rate {
            question: question.into(),
            rating: Some(rating),
        };
        assessment.apply(edit, at(28)).unwrap();
    }

    fn lasts(guide: &Guide) -> Vec<Option<Rating>> {
        guide
            .groups
            .iter()
            .flat_map(|group| group.questions.iter().map(|question| question.last))
            .collect()
    }

    /// What `URLSearchParams` makes of a fragment: its names and values, decoded.
    fn search_params(fragment: &str) -> Vec<(String, String)> {
        let decode = |text: &str| {
            let bytes = text.as_bytes();
            let mut out = Vec::new();
            let mut at = 0;
            while at < bytes.len() {
                match bytes[at] {
                    b'+' => out.push(b' '),
                    b'%' => {
                        let hex = std::str::from_utf8(&bytes[at + 1..at + 3]).unwrap();
                        out.push(u8::from_str_radix(hex, 16).unwrap());
                        at += 2;
                    }
                    byte => out.push(byte),
                }
                at += 1;
            }
            String::from_utf8(out).unwrap()
        };
        fragment
            .split('&')
            .map(|part| {
                let (name, value) = part.split_once('=').unwrap();
                (decode(name), decode(value))
            })
            .collect()
    }

    #[test]
    fn an_id_the_playbook_lacks_is_addressed_as_a_blank_guide() {
        let playbook = [interview(1, "Ravi Rao", 1)];
        assert_eq!(
            address("Nimbus", &playbook, &id(9)),
            "/interview-guide.html"
        );
        assert_eq!(PAGE, "/interview-guide.html");
    }

    #[test]
    fn an_executives_address_carries_names_with_markup_and_separators_whole_in_its_fragment() {
        let mut who = interview(1, "Ana <b>&amp;</b> #1 = \"Zoë\" 100%+", 1);
        who.role = "VP, R&D / Éng?".into();
        let title = "Q3 & <script>alert(1)</script> #plan";
        let address = address(title, &[who], &id(1));
        let (page, fragment) = address.split_once('#').unwrap();
        assert_eq!(page, PAGE);
        assert!(!fragment.contains(['#', ' ', '<', '"']), "{fragment}");
        assert_eq!(
            search_params(fragment),
            [
                ("playbook".into(), title.into()),
                (
                    "executive".into(),
                    "Ana <b>&amp;</b> #1 = \"Zoë\" 100%+".into()
                ),
                ("role".into(), "VP, R&D / Éng?".into()),
            ]
        );
    }

    #[test]
    fn an_executive_rated_before_has_the_day_and_a_letter_per_question_in_the_interviews_order() {
        let mut first = interview(1, "Ravi Rao", 1);
        rate(&mut first, "value-why", Rating::Weak);
        rate(&mut first, "success-board", Rating::Partial);
        let last = QUESTIONS.last().unwrap().id;
        rate(&mut first, last, Rating::Strong);
        let playbook = [first];
        let address = address("Nimbus", &playbook, &id(1));
        let params = search_params(address.split_once('#').unwrap().1);
        let from_guide: String = lasts(&guide(&playbook, Some(&id(1))))
            .into_iter()
            .map(|last| last.map_or('-', letter))
            .collect();
        assert_eq!(params[4].1, from_guide, "the guide's ratings, in its order");
        assert_eq!(params[3], ("rated".into(), "2026-11-01".into()));
        let board = QUESTIONS
            .iter()
            .position(|q| q.id == "success-board")
            .unwrap();
        let mut letters = vec!['-'; QUESTIONS.len()];
        letters[0] = 'w';
        letters[board] = 'p';
        letters[QUESTIONS.len() - 1] = 's';
        assert_eq!(params[4], ("last".into(), letters.into_iter().collect()));
        assert_eq!(params.len(), 5);
    }

    #[test]
    fn a_rating_letter_is_the_first_of_its_id() {
        for (rating, id) in Rating::ALL.into_iter().zip(Rating::IDS) {
            assert_eq!(Some(letter(rating)), id.chars().next());
        }
    }

    #[test]
    fn a_blank_guide_has_every_group_question_and_warning_sign_once_in_the_interviews_order() {
        let guide = guide(&[], None);
        assert_eq!(guide.executive, None);
        assert_eq!(guide.last_rated, None);
        let groups: Vec<Group> = guide.groups.iter().map(|group| group.group).collect();
        assert_eq!(groups, Group::ALL);
        let questions: Vec<(usize, &str)> = guide
            .groups
            .iter()
            .flat_map(|group| group.questions.iter())
            .map(|question| (question.number, question.question.id))
            .collect();
        let expected: Vec<(usize, &str)> = QUESTIONS
            .iter()
            .enumerate()
            .map(|(at, question)| (at + 1, question.id))
            .collect();
        assert_eq!(questions, expected);
        let mut signs: Vec<WarningSign> = guide
            .groups
            .iter()
            .flat_map(|group| group.signs.iter().copied())
            .collect();
        signs.sort();
        assert_eq!(signs, WarningSign::ALL);
        for group in &guide.groups {
            for sign in &group.signs {
                assert_eq!(sign.heard_in(), group.group);
            }
        }
        assert!(lasts(&guide).iter().all(Option::is_none));
    }

    #[test]
    fn an_executive_never_rated_has_their_name_and_no_last_time() {
        let planned = interview(1, "Ravi Rao", 1);
        let others = [interview(2, "Ada Strong", 2), planned];
        let guide = guide(&others, Some(&id(1)));
        assert_eq!(
            guide.executive.map(|a| a.executive.as_str()),
            Some("Ravi Rao")
        );
        assert_eq!(guide.last_rated, None);
        assert!(lasts(&guide).iter().all(Option::is_none));
    }

    #[test]
    fn an_id_the_playbook_lacks_gives_a_blank_guide() {
        let playbook = [interview(1, "Ravi Rao", 1)];
        let guide = guide(&playbook, Some(&id(9)));
        assert_eq!(guide.executive, None);
        assert_eq!(guide.last_rated, None);
    }

    #[test]
    fn an_executive_rated_before_shows_each_rating_of_the_latest_rated_interview_and_its_day() {
        let mut first = interview(1, "Ravi Rao", 1);
        rate(&mut first, "value-why", Rating::Weak);
        let mut second = first.follow_up(id(2), at(10), date(10));
        rate(&mut second, "value-why", Rating::Strong);
        rate(&mut second, "success-board", Rating::Partial);
        // Planned, not yet held: it starts from the second's answers, unchanged.
        let third = second.follow_up(id(3), at(20), date(20));
        let playbook = [third, interview(4, "Ada Strong", 2), first, second];
        for printed_for in [id(2), id(3)] {
            let guide = guide(&playbook, Some(&printed_for));
            assert_eq!(guide.executive.map(|a| a.id.clone()), Some(printed_for));
            assert_eq!(
                guide.last_rated,
                Some(date(10)),
                "the day those ratings were given"
            );
            let lasts = lasts(&guide);
            assert_eq!(lasts[0], Some(Rating::Strong));
            let board = QUESTIONS
                .iter()
                .position(|q| q.id == "success-board")
                .unwrap();
            assert_eq!(lasts[board], Some(Rating::Partial));
            assert_eq!(lasts.iter().flatten().count(), 2);
        }
        // The address carries the same day.
        let params = search_params(
            address("Nimbus", &playbook, &id(3))
                .split_once('#')
                .unwrap()
                .1,
        );
        assert_eq!(params[3], ("rated".into(), "2026-11-10".into()));
        // Printed for the first interview, the later ones are not "last time".
        let guide = guide(&playbook, Some(&id(1)));
        assert_eq!(guide.last_rated, Some(date(1)));
        assert_eq!(lasts(&guide)[0], Some(Rating::Weak));
        // Another executive of the same playbook is not rated before.
        assert_eq!(super::guide(&playbook, Some(&id(4))).last_rated, None);
    }
}
