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

use super::document::{FieldRef, Written, WrittenWith};
use super::playbook::Playbook;

/// A playbook as storage keeps it.
#[derive(Debug, PartialEq, Eq)]
pub struct Layout {
    /// What the playbook's own key holds.
    pub entry: String,
    /// Each interview's part, `(name, text)`, in the playbook's order.
    pub parts: Vec<(String, String)>,
}

/// Where an entry's list of interviews begins when it names parts: a document's list begins
/// with an object, or is empty. Only the playbook's own field can match: inside a string, a
/// quote is always escaped.
const NAMED_PARTS: &str = "\"assessments\":[\"";

/// How long a part's name is: a stamp.
const NAME_CHARS: usize = 16;

/// The fingerprint of a stored text in hex, as the index and the tab's journal keep it: cheap,
/// and enough to tell whether storage still holds the text a tab last read or wrote.
pub fn stamp(text: &str) -> String {
    hex(fingerprint(text))
}

fn hex(fingerprint: u64) -> String {
    format!("{fingerprint:016x}")
}

/// FNV-1a of a stored text.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Lays `playbook` out as an entry and its parts. Two interviews whose texts share a stamp
/// would share a key, so such a playbook is kept whole, as one entry.
pub fn lay_out(playbook: &Playbook) -> serde_json::Result<Layout> {
    let mut parts = Vec::with_capacity(playbook.assessments.len());
    let mut fingerprints = Vec::with_capacity(playbook.assessments.len());
    for assessment in &playbook.assessments {
        let text = serde_json::to_string(&Written(assessment))?;
        let fingerprint = fingerprint(&text);
        fingerprints.push(fingerprint);
        parts.push((hex(fingerprint), text));
    }
    super::sort_stably(&mut fingerprints, u64::cmp);
    if parts.is_empty() || fingerprints.windows(2).any(|pair| pair[0] == pair[1]) {
        return whole(playbook);
    }
    let names: Vec<String> = parts.iter().map(|(name, _)| name.clone()).collect();
    let entry = serde_json::to_string(&WrittenWith(
        playbook,
        "assessments",
        FieldRef::Texts(&names),
    ))?;
    Ok(Layout { entry, parts })
}

/// `playbook` as one entry that holds its interviews in place, the way entries were stored
/// before parts existed.
pub fn whole(playbook: &Playbook) -> serde_json::Result<Layout> {
    Ok(Layout {
        entry: serde_json::to_string(&Written(playbook))?,
        parts: Vec::new(),
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

/// What a save writes and takes out (`changes`).
#[derive(Debug, PartialEq, Eq)]
pub struct Changes<'a> {
    /// The parts the stored entry does not name, to write before the entry.
    pub write: Vec<&'a (String, String)>,
    /// The parts the stored entry names and the new one does not, to take out after it.
    pub drop: Vec<&'a str>,
}

/// What storing `layout` over an entry whose parts are `stored` (`part_names`) writes and
/// takes out.
pub fn changes<'a>(layout: &'a Layout, stored: &[&'a str]) -> Changes<'a> {
    let new: Vec<&str> = layout.parts.iter().map(|(name, _)| name.as_str()).collect();
    Changes {
        write: missing_from(&new, stored)
            .into_iter()
            .map(|at| &layout.parts[at])
            .collect(),
        drop: missing_from(stored, &new)
            .into_iter()
            .map(|at| stored[at])
            .collect(),
    }
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

    fn joined(layout: &Layout) -> Option<String> {
        join(&layout.entry, &|name| {
            let (_, text) = layout.parts.iter().find(|(known, _)| known == name)?;
            Some(text.clone())
        })
    }

    #[test]
    fn an_entry_and_its_parts_join_into_the_whole_document() {
        let playbook = example();
        let layout = lay_out(&playbook).unwrap();
        assert_eq!(layout.parts.len(), playbook.assessments.len());
        assert!(layout.entry.len() < whole(&playbook).len());
        assert_eq!(joined(&layout).as_deref(), Some(whole(&playbook).as_str()));
        let names: Vec<&str> = layout.parts.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(part_names(&layout.entry), names);
        for (name, text) in &layout.parts {
            assert_eq!(*name, stamp(text));
        }
    }

    #[test]
    fn a_changed_interview_gets_a_new_name_and_the_others_keep_theirs() {
        let mut playbook = example();
        let before = lay_out(&playbook).unwrap();
        playbook.assessments[1].executive.push_str(" Jr.");
        let after = lay_out(&playbook).unwrap();
        let changed: Vec<usize> = (0..after.parts.len())
            .filter(|&at| after.parts[at].0 != before.parts[at].0)
            .collect();
        assert_eq!(changed, [1]);
        assert_ne!(after.entry, before.entry);
    }

    #[test]
    fn a_save_writes_only_the_parts_not_stored_and_drops_only_the_ones_no_longer_named() {
        let mut playbook = example();
        let before = lay_out(&playbook).unwrap();
        let stored = part_names(&before.entry);
        let unchanged = changes(&before, &stored);
        assert_eq!((unchanged.write.len(), unchanged.drop.len()), (0, 0));
        assert_eq!(changes(&before, &[]).write.len(), before.parts.len());

        playbook.assessments[1].executive.push_str(" Jr.");
        let removed = playbook.assessments.remove(0);
        let after = lay_out(&playbook).unwrap();
        let saved = changes(&after, &stored);
        assert_eq!(saved.write, [&after.parts[0]]);
        assert_eq!(saved.drop, [stored[0], stored[1]]);

        playbook.assessments.insert(0, removed);
        let back = lay_out(&playbook).unwrap();
        let undone = changes(&back, &part_names(&after.entry));
        assert_eq!(undone.write, [&back.parts[0]]);
        assert!(undone.drop.is_empty());
    }

    #[test]
    fn an_entry_without_names_is_a_whole_document() {
        let playbook = example();
        let text = whole(&playbook);
        assert!(part_names(&text).is_empty());
        assert_eq!(join(&text, &|_| None), Some(text.clone()));
        let mut empty = example();
        empty.assessments.clear();
        let layout = lay_out(&empty).unwrap();
        assert_eq!((layout.entry, layout.parts), (whole(&empty), Vec::new()));
        assert_eq!(join("not json", &|_| None).as_deref(), Some("not json"));
    }

    #[test]
    fn a_missing_part_leaves_nothing_to_read() {
        let layout = lay_out(&example()).unwrap();
        let first = layout.parts[0].0.clone();
        let without = join(&layout.entry, &|name| {
            let (_, text) = layout
                .parts
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
        let layout = lay_out(&playbook).unwrap();
        assert_eq!(
            restore(&joined(&layout).unwrap()).unwrap().title,
            playbook.title
        );
        assert!(part_names(&whole(&playbook)).is_empty());
    }

    #[test]
    fn an_app_that_knew_only_whole_entries_refuses_a_laid_out_one() {
        let layout = lay_out(&example()).unwrap();
        assert!(restore(&layout.entry).is_err());
    }
}
