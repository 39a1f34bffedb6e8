//! How storage lays a playbook out: an entry, and each interview as a part under a key of its
//! own, so that a key press in one interview rewrites that interview and the entry, not every
//! interview of the playbook.
//!
//! The entry is the playbook document with each interview replaced by its part's name, the
//! stamp of the part's text (`stamp`): `"assessments":["3f…","9a…"]`. A part is named by what it holds,
//! so a changed interview is written under a new name and its old part is left as it was until
//! the entry that names the new one is stored. The entry is the commit point: whatever a write
//! cut short leaves, the entry names parts that are all there, and the playbook reads wholly as
//! before or wholly as after. An entry that holds its interviews in place (written before parts
//! existed, or put back from a file) is a whole document and reads as one.
//!
//! An app that knew only whole entries finds names where it expects interviews and refuses the
//! entry as unreadable, so it never saves over it and drops the interviews.

use super::buyin::Assessment;
use super::document::{FieldRef, Written, WrittenWith};
use super::playbook::Playbook;

/// A playbook as storage keeps it, laid out over the parts storage holds now.
#[derive(Debug, PartialEq, Eq)]
pub struct Layout {
    /// What the playbook's own key holds.
    pub entry: String,
    /// The name of each interview's part, in the playbook's order; none when it is whole.
    pub names: Vec<String>,
    /// The parts storage does not hold yet, `(name, text)`: a save writes them before the entry.
    pub write: Vec<(String, String)>,
}

/// The interviews a save laid out, each with its part's name. A name is the stamp of what the
/// interview serialises to, so an interview equal to one known here has that name: the next
/// save serialises only what changed since, not megabytes of notes at each key press. A cache
/// and no more: it may hold names storage lacks, which a save then writes.
#[derive(Default)]
pub struct Known(Vec<(Assessment, String)>);

/// Where an entry's list of interviews begins when it names parts: a document's list begins
/// with an object, or is empty. Only the playbook's own field can match: inside a string, a
/// quote is always escaped.
const NAMED_PARTS: &str = "\"assessments\":[\"";

/// How long a part's name is: a stamp.
const NAME_CHARS: usize = 16;

/// The fingerprint of a stored text in hex, as the index and the tab's journal keep it: cheap,
/// and enough to tell whether storage still holds the text a tab last read or wrote.
pub fn stamp(text: &str) -> String {
    format!("{:016x}", fingerprint(text))
}

/// FNV-1a of a stored text.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Lays `playbook` out as an entry and its parts, over an entry whose parts are `stored`
/// (`part_names`); `known` holds the interviews of the last layout, and then of this one. Two
/// interviews whose texts share a stamp would share a key, so such a playbook is kept whole,
/// as one entry.
pub fn lay_out(
    playbook: &Playbook,
    stored: &[&str],
    known: &mut Known,
) -> serde_json::Result<Layout> {
    let known = &mut known.0;
    known.truncate(playbook.assessments.len());
    let mut texts = Vec::with_capacity(playbook.assessments.len());
    for (at, assessment) in playbook.assessments.iter().enumerate() {
        // Where it was: most saves move no interview. One removed or moved makes those after it
        // new here, serialised once.
        if known.get(at).is_some_and(|(known, _)| known == assessment) {
            texts.push(None);
            continue;
        }
        let text = serde_json::to_string(&Written(assessment))?;
        let laid_out = (assessment.clone(), stamp(&text));
        if at < known.len() {
            known[at] = laid_out;
        } else {
            known.push(laid_out);
        }
        texts.push(Some(text));
    }
    let names: Vec<String> = known.iter().map(|(_, name)| name.clone()).collect();
    let mut seen = super::Seen::default();
    if names.is_empty() || !names.iter().all(|name| seen.insert(name)) {
        return whole(playbook);
    }
    let new: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut write = Vec::new();
    for at in missing_from(&new, stored) {
        let text = match texts[at].take() {
            Some(text) => text,
            // Known, and so not serialised now, but not stored either.
            None => serde_json::to_string(&Written(&playbook.assessments[at]))?,
        };
        write.push((names[at].clone(), text));
    }
    let entry = serde_json::to_string(&WrittenWith(
        playbook,
        "assessments",
        FieldRef::Texts(&names),
    ))?;
    Ok(Layout {
        entry,
        names,
        write,
    })
}

/// `playbook` as one entry that holds its interviews in place, the way entries were stored
/// before parts existed.
pub fn whole(playbook: &Playbook) -> serde_json::Result<Layout> {
    Ok(Layout {
        entry: serde_json::to_string(&Written(playbook))?,
        names: Vec::new(),
        write: Vec::new(),
    })
}

/// The names of the parts `entry` is made of, in order; none when it is a whole document (or
/// not one at all, which reading it then says).
pub fn part_names(entry: &str) -> Vec<&str> {
    named_list(entry).map_or_else(Vec::new, |(_, _, names)| names)
}

/// Where the list of names begins and ends in `entry` (its first name's opening quote, and
/// the closing bracket), and the names.
fn named_list(entry: &str) -> Option<(usize, usize, Vec<&str>)> {
    let start = entry.find(NAMED_PARTS)? + NAMED_PARTS.len() - 1;
    let bytes = entry.as_bytes();
    let mut names = Vec::new();
    // At the opening quote of each name.
    let mut at = start;
    loop {
        let name = entry.get(at + 1..at + 1 + NAME_CHARS)?;
        let closed = bytes.get(at + 1 + NAME_CHARS) == Some(&b'"');
        if !closed
            || !name
                .bytes()
                .all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
        {
            return None;
        }
        names.push(name);
        let next = at + NAME_CHARS + 2;
        match bytes.get(next)? {
            b',' => at = next + 1,
            b']' => return Some((start, next, names)),
            _ => return None,
        }
    }
}

/// The whole document `entry` stands for: its parts, as `part` reads each by name, put in the
/// place of their names. An entry that names no parts is a whole document already. `None` when
/// a part is missing.
pub fn join(entry: &str, part: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let Some((start, end, names)) = named_list(entry) else {
        return Some(entry.to_owned());
    };
    let mut whole = entry[..start].to_owned();
    for (at, name) in names.into_iter().enumerate() {
        if at > 0 {
            whole.push(',');
        }
        whole.push_str(&part(name)?);
    }
    whole.push_str(&entry[end..]);
    Some(whole)
}

/// The parts of an entry whose parts are `stored` that `layout` no longer names: a save takes
/// them out after its entry.
pub fn dropped<'a>(layout: &Layout, stored: &[&'a str]) -> Vec<&'a str> {
    let new: Vec<&str> = layout.names.iter().map(String::as_str).collect();
    missing_from(stored, &new)
        .into_iter()
        .map(|at| stored[at])
        .collect()
}

/// The places of the names of `names` that `other` does not hold. Each is looked for where the
/// one before it was found, one further on: most saves change one interview and move none, so
/// this is one look per name rather than a search.
pub fn missing_from(names: &[&str], other: &[&str]) -> Vec<usize> {
    let mut shift = 0isize;
    let mut missing = Vec::new();
    for (at, name) in names.iter().enumerate() {
        let near = at.saturating_add_signed(shift);
        match super::position_near(other, near, |known| known == name) {
            Some(found) => shift = found as isize - at as isize,
            None => missing.push(at),
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_playbook;
    use crate::domain::file::restore;
    use crate::domain::id::sequential::fresh_ids;
    use chrono::{TimeZone, Utc};

    fn example() -> Playbook {
        example_playbook(
            fresh_ids(),
            Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
        )
    }

    fn whole(playbook: &Playbook) -> String {
        serde_json::to_string(&Written(playbook)).unwrap()
    }

    /// `playbook` laid out over an empty storage, with nothing known: every part is written.
    fn fresh(playbook: &Playbook) -> Layout {
        lay_out(playbook, &[], &mut Known::default()).unwrap()
    }

    fn names(layout: &Layout) -> Vec<&str> {
        layout.names.iter().map(String::as_str).collect()
    }

    fn joined(layout: &Layout) -> Option<String> {
        join(&layout.entry, &|name| {
            let (_, text) = layout.write.iter().find(|(known, _)| known == name)?;
            Some(text.clone())
        })
    }

    #[test]
    fn an_entry_and_its_parts_join_into_the_whole_document() {
        let playbook = example();
        let layout = fresh(&playbook);
        assert_eq!(layout.write.len(), playbook.assessments.len());
        assert!(layout.entry.len() < whole(&playbook).len());
        assert_eq!(joined(&layout).as_deref(), Some(whole(&playbook).as_str()));
        assert_eq!(part_names(&layout.entry), names(&layout));
        for ((name, text), named) in layout.write.iter().zip(&layout.names) {
            assert_eq!((name, name), (&stamp(text), named));
        }
    }

    #[test]
    fn a_changed_interview_gets_a_new_name_and_the_others_keep_theirs() {
        let mut playbook = example();
        let before = fresh(&playbook);
        playbook.assessments[1].executive.push_str(" Jr.");
        let after = fresh(&playbook);
        let changed: Vec<usize> = (0..after.names.len())
            .filter(|&at| after.names[at] != before.names[at])
            .collect();
        assert_eq!(changed, [1]);
        assert_ne!(after.entry, before.entry);
    }

    #[test]
    fn a_save_writes_only_the_parts_not_stored_and_drops_only_the_ones_no_longer_named() {
        let mut playbook = example();
        let mut known = Known::default();
        let before = lay_out(&playbook, &[], &mut known).unwrap();
        let stored = part_names(&before.entry);
        let unchanged = lay_out(&playbook, &stored, &mut known).unwrap();
        assert_eq!(unchanged.entry, before.entry);
        assert!(unchanged.write.is_empty());
        assert!(dropped(&unchanged, &stored).is_empty());

        playbook.assessments[1].executive.push_str(" Jr.");
        let removed = playbook.assessments.remove(0);
        let after = lay_out(&playbook, &stored, &mut known).unwrap();
        assert_eq!(
            after.write,
            [(
                after.names[0].clone(),
                serde_json::to_string(&Written(&playbook.assessments[0])).unwrap()
            )]
        );
        assert_eq!(dropped(&after, &stored), [stored[0], stored[1]]);

        playbook.assessments.insert(0, removed);
        let back = lay_out(&playbook, &part_names(&after.entry), &mut known).unwrap();
        assert_eq!(back.names[1..], after.names);
        assert_eq!(back.write, [before.write[0].clone()]);
        assert!(dropped(&back, &part_names(&after.entry)).is_empty());
    }

    #[test]
    fn what_is_known_lays_out_as_a_fresh_start_does_whatever_changed_and_whatever_is_stored() {
        let mut playbook = example();
        let mut known = Known::default();
        let first = lay_out(&playbook, &[], &mut known).unwrap();
        let stored = part_names(&first.entry);
        // Edited, moved, removed and added interviews; and storage that holds all, some or none
        // of the parts (another tab's save, or a save that failed).
        playbook.assessments[0].role.push_str(" (acting)");
        playbook.assessments.swap(1, 2);
        let gone = playbook.assessments.pop().unwrap();
        playbook.assessments.insert(0, gone);
        for held in [&stored[..], &stored[1..], &[]] {
            let known_now = lay_out(&playbook, held, &mut known).unwrap();
            let mut nothing_known = Known::default();
            assert_eq!(
                known_now,
                lay_out(&playbook, held, &mut nothing_known).unwrap()
            );
        }
    }

    #[test]
    fn a_known_interview_is_not_serialised_again() {
        let playbook = example();
        // A name no serialisation gives: only what is known can have put it there.
        let mut known = Known(
            playbook
                .assessments
                .iter()
                .map(|assessment| (assessment.clone(), "feedfacefeedface".to_owned()))
                .collect(),
        );
        known.0[0].0.executive.push('!');
        known.0.truncate(2);
        let layout = lay_out(&playbook, &[], &mut known).unwrap();
        assert_eq!(layout.names[0], fresh(&playbook).names[0]);
        assert_eq!(layout.names[1], "feedfacefeedface");
        // Storage lacks that part, so it is serialised to be written all the same.
        assert_eq!(
            layout.write[1].1,
            serde_json::to_string(&Written(&playbook.assessments[1])).unwrap()
        );
    }

    #[test]
    fn an_entry_without_names_is_a_whole_document() {
        let playbook = example();
        let text = whole(&playbook);
        assert!(part_names(&text).is_empty());
        assert_eq!(join(&text, &|_| None), Some(text.clone()));
        let mut empty = example();
        empty.assessments.clear();
        let layout = fresh(&empty);
        assert_eq!(
            layout,
            Layout {
                entry: whole(&empty),
                names: Vec::new(),
                write: Vec::new()
            }
        );
        assert_eq!(join("not json", &|_| None).as_deref(), Some("not json"));
    }

    #[test]
    fn two_interviews_of_one_name_keep_the_playbook_whole() {
        let mut playbook = example();
        let twin = playbook.assessments[0].clone();
        playbook.assessments.push(twin);
        let layout = fresh(&playbook);
        assert_eq!((layout.entry, layout.names), (whole(&playbook), Vec::new()));
    }

    #[test]
    fn a_missing_part_leaves_nothing_to_read() {
        let layout = fresh(&example());
        let first = layout.names[0].clone();
        let without = join(&layout.entry, &|name| {
            let (_, text) = layout
                .write
                .iter()
                .find(|(known, _)| known == name && *known != first)?;
            Some(text.clone())
        });
        assert_eq!(without, None);
    }

    #[test]
    fn text_typed_like_a_list_of_names_is_not_taken_for_one() {
        let mut playbook = example();
        playbook.title = r#""assessments":["0123456789abcdef"]"#.to_owned();
        playbook.assessments[0].interviewer = playbook.title.clone();
        let layout = fresh(&playbook);
        assert_eq!(
            restore(&joined(&layout).unwrap()).unwrap().title,
            playbook.title
        );
        assert!(part_names(&whole(&playbook)).is_empty());
    }

    #[test]
    fn an_app_that_knew_only_whole_entries_refuses_a_laid_out_one() {
        let layout = fresh(&example());
        assert!(restore(&layout.entry).is_err());
    }
}
