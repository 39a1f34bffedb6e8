//! One executive's interviews over time. "Interview again" links the new interview to the one
//! it started from (`Assessment::follows`); following those links groups a playbook's
//! interviews into one series per executive, so the playbook page, the comparison, the report
//! and a shared file all treat an executive interviewed twice as one person.

use chrono::NaiveDate;

use super::verdict::{judge, Outcome, Verdict};
use super::{Assessment, AssessmentId};
use crate::domain::{iso8601, WriteDate};

/// The interviews of one executive, oldest first; never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series<'a> {
    interviews: Vec<&'a Assessment>,
}

/// Groups `assessments` into series, in the order each executive was first interviewed in
/// the playbook. An interview that follows one the playbook no longer has starts a series of
/// its own, as does each interview of a chain of links that loops (only a damaged file has one).
pub fn series_of(assessments: &[Assessment]) -> Vec<Series<'_>> {
    let count = assessments.len();
    // The interviews by id, for a binary search: a map would be one more copy of a hash
    // table's code in the wasm. (The last with the id, as a map built in order keeps it; a
    // settled playbook has each id once.)
    let mut by_id: Vec<usize> = (0..count).collect();
    crate::domain::sort_stably(&mut by_id, |a, b| {
        assessments[*a].id.cmp(&assessments[*b].id)
    });
    let at = |id: &AssessmentId| {
        let end = by_id.partition_point(|&n| &assessments[n].id <= id);
        (end > 0 && &assessments[by_id[end - 1]].id == id).then(|| by_id[end - 1])
    };
    let follows: Vec<Option<usize>> = assessments
        .iter()
        .map(|assessment| assessment.follows.as_ref().and_then(at))
        .collect();
    // The first interview of each chain, following the links back as far as they go; every
    // interview of a chain that loops is first of its own. Each interview is walked once: a
    // walk stops at one whose first is known, and a damaged file's long chain costs no more.
    const UNKNOWN: usize = usize::MAX;
    const LOOPS: usize = usize::MAX - 1;
    let mut first = vec![UNKNOWN; count];
    let mut walked = vec![usize::MAX; count];
    let mut path = Vec::new();
    for start in 0..count {
        path.clear();
        let mut n = start;
        let found = loop {
            if first[n] != UNKNOWN {
                break first[n];
            }
            if walked[n] == start {
                break LOOPS;
            }
            walked[n] = start;
            path.push(n);
            match follows[n] {
                Some(earlier) => n = earlier,
                None => break n,
            }
        };
        for &on in &path {
            first[on] = found;
        }
    }
    let mut series: Vec<Vec<&Assessment>> = Vec::new();
    let mut series_at = vec![usize::MAX; count];
    for (n, assessment) in assessments.iter().enumerate() {
        let root = if first[n] == LOOPS { n } else { first[n] };
        if series_at[root] == usize::MAX {
            series_at[root] = series.len();
            series.push(Vec::new());
        }
        series[series_at[root]].push(assessment);
    }
    series
        .into_iter()
        .map(|mut interviews| {
            crate::domain::sort_stably(&mut interviews, |a, b| {
                interview_order(a).cmp(&interview_order(b))
            });
            Series { interviews }
        })
        .collect()
}

/// When an interview took place, for ordering: its day, and the moment it was started
/// between interviews of the same day.
fn interview_order(assessment: &Assessment) -> (NaiveDate, chrono::DateTime<chrono::Utc>) {
    (assessment.held_on(), assessment.created_at)
}

/// A quarter, in days: an executive last interviewed longer ago is due to be interviewed again.
pub const INTERVIEW_AGAIN_AFTER_DAYS: i64 = 91;

impl<'a> Series<'a> {
    /// The most recent interview: the one that stands for the executive now.
    pub fn latest(&self) -> &'a Assessment {
        self.interviews[self.interviews.len() - 1]
    }

    /// Every interview, oldest first.
    pub fn interviews(&self) -> &[&'a Assessment] {
        &self.interviews
    }

    /// The interviews before the latest, most recent first.
    pub fn earlier(&self) -> impl Iterator<Item = &'a Assessment> + '_ {
        self.interviews[..self.interviews.len() - 1]
            .iter()
            .rev()
            .copied()
    }

    /// The day the executive is due to be interviewed again: a quarter after the latest
    /// interview, since their view of DevRel moves with the company's goals, which refresh
    /// every quarter.
    pub fn due_again(&self) -> NaiveDate {
        self.latest().held_on() + chrono::Duration::days(INTERVIEW_AGAIN_AFTER_DAYS)
    }

    /// The interview held after `id`, if the executive was interviewed again.
    pub fn after(&self, id: &AssessmentId) -> Option<&'a Assessment> {
        let at = self
            .interviews
            .iter()
            .position(|assessment| &assessment.id == id)?;
        self.interviews.get(at + 1).copied()
    }

    pub fn contains(&self, id: &AssessmentId) -> bool {
        self.interviews
            .iter()
            .any(|assessment| &assessment.id == id)
    }

    /// Each interview's date and outcome, oldest first.
    pub fn points(&self) -> Vec<Point> {
        self.interviews.iter().map(|a| Point::of(a)).collect()
    }

    /// How the executive's buy-in moved from the first decided interview to the latest one;
    /// `None` until two interviews have a verdict.
    pub fn trend(&self) -> Option<Trend> {
        let decided: Vec<Point> = self
            .points()
            .into_iter()
            .filter(|point| point.verdict.is_some())
            .collect();
        let (from, to) = match &decided[..] {
            [from, .., to] => (from.clone(), to.clone()),
            _ => return None,
        };
        // The verdict decides; within one verdict, the overall score does.
        let direction =
            match (to.verdict, to.overall_percent).cmp(&(from.verdict, from.overall_percent)) {
                std::cmp::Ordering::Greater => Direction::Better,
                std::cmp::Ordering::Less => Direction::Worse,
                std::cmp::Ordering::Equal => Direction::Unchanged,
            };
        Some(Trend {
            direction,
            from,
            to,
        })
    }
}

/// One interview of a series as it shows over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    pub id: AssessmentId,
    pub date: Option<NaiveDate>,
    pub verdict: Option<Verdict>,
    pub overall_percent: Option<u32>,
}

impl Point {
    fn of(assessment: &Assessment) -> Self {
        let outcome = judge(assessment);
        Self {
            id: assessment.id.clone(),
            date: assessment.interview_date,
            verdict: outcome.verdict(),
            overall_percent: match outcome {
                Outcome::Decided(judgement) => Some(judgement.overall_percent),
                Outcome::Incomplete { .. } => None,
            },
        }
    }

    /// `2026-09-01`, or words saying there is no date.
    pub fn when(&self) -> String {
        self.when_with(iso8601::date::format)
    }

    /// The date as `date` writes it, or words saying there is no date.
    pub fn when_with(&self, date: WriteDate) -> String {
        self.date.map_or_else(|| "no date".to_owned(), date)
    }

    /// `Middle ground (50%)`, or that there is no verdict yet.
    pub fn outcome(&self) -> String {
        match (self.verdict, self.overall_percent) {
            (Some(verdict), Some(percent)) => format!("{} ({percent}%)", verdict.label()),
            (Some(verdict), None) => verdict.label().to_owned(),
            _ => "No verdict yet".to_owned(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Better,
    Worse,
    Unchanged,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    pub direction: Direction,
    pub from: Point,
    pub to: Point,
}

impl Trend {
    /// The change in one sentence, e.g. "Better: from Middle ground (50%) on 2026-09-01 to
    /// They get it (100%) on 2026-11-25."
    pub fn sentence(&self) -> String {
        self.sentence_with(iso8601::date::format)
    }

    /// The sentence with its dates as `date` writes them.
    pub fn sentence_with(&self, date: WriteDate) -> String {
        let (from, to) = (&self.from, &self.to);
        match self.direction {
            Direction::Unchanged => format!(
                "Unchanged since {}: {}.",
                from.when_with(date),
                to.outcome()
            ),
            direction => format!(
                "{}: from {} on {} to {} on {}.",
                match direction {
                    Direction::Better => "Better",
                    _ => "Worse",
                },
                from.outcome(),
                from.when_with(date),
                to.outcome(),
                to.when_with(date)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::fixtures::{self, at, date};
    use crate::domain::buyin::questions::{Rating, QUESTIONS};
    use crate::domain::buyin::AssessmentEdit;
    use crate::domain::id::sequential::id;

    fn interview(n: u8, executive: &str, day: u32, rating: Rating) -> Assessment {
        let mut assessment = fixtures::interview(n, executive, day);
        rate_all(&mut assessment, rating, day);
        assessment
    }

    fn rate_all(assessment: &mut Assessment, rating: Rating, day: u32) {
        for question in QUESTIONS {
            let edit = AssessmentEdit::Rate {
                question: question.id.into(),
                rating: Some(rating),
            };
            assessment.apply(edit, at(day)).unwrap();
        }
    }

    fn again(earlier: &Assessment, n: u8, day: u32, rating: Rating) -> Assessment {
        let mut later = earlier.follow_up(id(n), at(day), date(day));
        rate_all(&mut later, rating, day);
        later
    }

    fn ids(series: &Series) -> Vec<AssessmentId> {
        series.interviews().iter().map(|a| a.id.clone()).collect()
    }

    #[test]
    fn interviews_linked_by_interview_again_are_one_series_in_date_order() {
        let ravi = interview(1, "Ravi Rao", 1, Rating::Partial);
        let ada = interview(2, "Ada Strong", 2, Rating::Strong);
        let ravi_again = again(&ravi, 3, 20, Rating::Strong);
        let ravi_third = again(&ravi_again, 4, 25, Rating::Weak);
        // Stored in any order: the series still reads oldest first.
        let playbook = vec![
            ravi_third.clone(),
            ada.clone(),
            ravi.clone(),
            ravi_again.clone(),
        ];
        let series = series_of(&playbook);
        assert_eq!(series.len(), 2, "two executives");
        assert_eq!(
            ids(&series[0]),
            vec![
                ravi.id.clone(),
                ravi_again.id.clone(),
                ravi_third.id.clone()
            ]
        );
        assert_eq!(series[0].latest().id, ravi_third.id);
        assert_eq!(
            series[0]
                .earlier()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>(),
            vec![ravi_again.id.clone(), ravi.id.clone()],
            "earlier interviews, most recent first"
        );
        assert_eq!(ids(&series[1]), vec![ada.id.clone()]);
        assert!(series[0].contains(&ravi.id) && !series[0].contains(&ada.id));
    }

    #[test]
    fn two_follow_ups_of_the_same_interview_join_its_series() {
        let first = interview(1, "Ravi Rao", 1, Rating::Partial);
        let one = again(&first, 2, 10, Rating::Partial);
        let other = again(&first, 3, 12, Rating::Strong);
        let playbook = vec![first.clone(), one.clone(), other.clone()];
        let series = series_of(&playbook);
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].latest().id, other.id);
    }

    #[test]
    fn an_undated_interview_is_placed_by_the_day_it_was_started() {
        let first = interview(1, "Ravi Rao", 5, Rating::Partial);
        let mut undated = again(&first, 2, 3, Rating::Strong);
        undated.interview_date = None;
        let playbook = vec![first.clone(), undated.clone()];
        let series = series_of(&playbook);
        assert_eq!(ids(&series[0]), vec![undated.id.clone(), first.id.clone()]);
        assert_eq!(series[0].points()[0].when(), "no date");
    }

    #[test]
    fn a_chain_of_twenty_thousand_links_and_a_loop_as_long_are_grouped_at_once() {
        // What a damaged or hostile 5 MB file could hold: each interview is walked once, so
        // this takes milliseconds (a search per link would take hours).
        let base = interview(1, "Ravi Rao", 1, Rating::Partial);
        let chain: Vec<Assessment> = (0..20_000u128)
            .map(|n| {
                let mut link = base.clone();
                link.id = AssessmentId::from_random_bytes((n + 10).to_be_bytes());
                link.follows =
                    (n > 0).then(|| AssessmentId::from_random_bytes((n + 9).to_be_bytes()));
                link
            })
            .collect();
        let series = series_of(&chain);
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].interviews().len(), 20_000);

        let mut looped = chain;
        looped[0].follows = Some(AssessmentId::from_random_bytes(20_009u128.to_be_bytes()));
        let series = series_of(&looped);
        assert_eq!(
            series.len(),
            20_000,
            "every interview of a loop is first of its own"
        );
    }

    #[test]
    fn a_missing_earlier_interview_or_a_loop_of_links_never_merges_or_loses_interviews() {
        let first = interview(1, "Ravi Rao", 1, Rating::Partial);
        let orphan = again(&first, 2, 10, Rating::Strong);
        // The interview it followed was deleted.
        let series = series_of(std::slice::from_ref(&orphan));
        assert_eq!(series.len(), 1);

        let mut a = interview(3, "Lee", 1, Rating::Partial);
        let mut b = interview(4, "Lee", 2, Rating::Partial);
        a.follows = Some(b.id.clone());
        b.follows = Some(a.id.clone());
        let playbook = vec![a, b, first];
        let series = series_of(&playbook);
        let count: usize = series.iter().map(|s| s.interviews().len()).sum();
        assert_eq!(count, 3, "every interview is in exactly one series");
    }

    #[test]
    fn the_trend_compares_the_first_verdict_with_the_latest() {
        let first = interview(1, "Ravi Rao", 1, Rating::Partial);
        assert_eq!(series_of(std::slice::from_ref(&first))[0].trend(), None);

        let better = again(&first, 2, 20, Rating::Strong);
        let playbook = vec![first.clone(), better.clone()];
        let trend = series_of(&playbook)[0].trend().unwrap();
        assert_eq!(trend.direction, Direction::Better);
        assert_eq!(
            trend.sentence(),
            "Better: from Middle ground (50%) on 2026-11-01 to They get it (100%) on 2026-11-20."
        );

        let worse = again(&better, 3, 25, Rating::Weak);
        let playbook = vec![first.clone(), better, worse];
        let trend = series_of(&playbook)[0].trend().unwrap();
        assert_eq!(trend.direction, Direction::Worse);
        assert_eq!(trend.from.id, first.id);

        let same = again(&first, 4, 21, Rating::Partial);
        let playbook = vec![first.clone(), same];
        let trend = series_of(&playbook)[0].trend().unwrap();
        assert_eq!(trend.direction, Direction::Unchanged);
        assert_eq!(
            trend.sentence(),
            "Unchanged since 2026-11-01: Middle ground (50%)."
        );
    }

    #[test]
    fn an_interview_without_a_verdict_does_not_count_towards_the_trend() {
        let first = interview(1, "Ravi Rao", 1, Rating::Partial);
        let mut started = first.follow_up(id(2), at(20), date(20));
        started.answers.clear();
        let playbook = vec![first, started.clone()];
        let series = series_of(&playbook);
        assert_eq!(series[0].latest().id, started.id);
        assert_eq!(series[0].points()[1].outcome(), "No verdict yet");
        assert_eq!(series[0].trend(), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// `links[n]` is what interview `n` follows: `Some(k)` for interview `k` (or, past the
    /// end, one no longer in the playbook), `None` for nothing.
    fn linked(links: &[Option<usize>], days: &[u32]) -> Vec<Assessment> {
        use crate::domain::buyin::Interviewee;
        // Interview `n` of the list has id `n + 1`.
        let id_of = |n: usize| id(n as u8 + 1);
        links
            .iter()
            .zip(days)
            .enumerate()
            .map(|(n, (link, &day))| {
                let who = Interviewee {
                    executive: "Lee".into(),
                    interview_date: iso8601::date::format(date(day)),
                    ..Interviewee::default()
                };
                let mut assessment = Assessment::new(id_of(n), who, at(day)).unwrap();
                assessment.follows = link.map(id_of);
                assessment
            })
            .collect()
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn every_interview_is_in_exactly_one_series_whatever_the_links(
            links in proptest::collection::vec(proptest::option::of(0..12usize), 0..10),
            days in proptest::collection::vec(1..28u32, 10),
        ) {
            let playbook = linked(&links, &days);
            let series = series_of(&playbook);
            let mut seen: Vec<AssessmentId> = series.iter().flat_map(ids).collect();
            seen.sort_by_key(|id| id.to_string());
            let mut all: Vec<AssessmentId> = playbook.iter().map(|a| a.id.clone()).collect();
            all.sort_by_key(|id| id.to_string());
            proptest::prop_assert_eq!(seen, all);
            for one in &series {
                let order: Vec<_> = one.interviews().iter().map(|a| interview_order(a)).collect();
                proptest::prop_assert!(order.windows(2).all(|pair| pair[0] <= pair[1]));
            }
        }

        #[test]
        fn without_loops_an_interview_is_in_the_series_of_the_one_it_followed(
            links in proptest::collection::vec(proptest::option::of(0..12usize), 0..10),
            days in proptest::collection::vec(1..28u32, 10),
        ) {
            // Only links to an earlier interview, or to one no longer here: no loop.
            let links: Vec<Option<usize>> = links
                .iter()
                .enumerate()
                .map(|(n, link)| link.filter(|&k| k < n || k >= links.len()))
                .collect();
            let playbook = linked(&links, &days);
            let series = series_of(&playbook);
            let starts = links.iter().filter(|link| link.is_none_or(|k| k >= links.len())).count();
            proptest::prop_assert_eq!(series.len(), starts, "one series per first interview");
            for (n, link) in links.iter().enumerate() {
                if let Some(k) = link.filter(|&k| k < links.len()) {
                    let of = |id: &AssessmentId| series.iter().position(|s| s.contains(id));
                    proptest::prop_assert_eq!(of(&playbook[n].id), of(&playbook[k].id));
                }
            }
        }
    }
}
