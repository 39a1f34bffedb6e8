//! A playbook carried in a link: the exported file's text, compressed and written in the link's
//! fragment (`https://…/#playbook=…`). A browser never sends the fragment to a server, so the
//! playbook goes only where the link is pasted. The compression and base64url are the
//! browser's own (`browser::pack_link`); this module owns the link's form and its limits, and
//! what a link holds is read through the same door as a file (`file::import`).

use std::fmt;

/// What starts the fragment of a link that carries a playbook.
pub const LINK_MARK: &str = "#playbook=";

/// Chat tools and mail cut long messages, and a link cut short loses the playbook: longer
/// links are not offered, the file is.
pub const MAX_LINK_CHARS: usize = 8_000;

/// A link from elsewhere is read up to this length only: far above what this app writes, so a
/// later version's longer links still open, and bounded, so a crafted one cannot hold the page.
pub const MAX_READ_LINK_CHARS: usize = 100_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The playbook is too large for a link of `MAX_LINK_CHARS`.
    TooLong { chars: usize },
    /// Not the text of a compressed playbook: cut short, changed or not from this app.
    Damaged,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { chars } => write!(
                f,
                "This playbook is too large for a link: it would be {chars} characters long, and chat tools and mail cut links over 8,000. Share it as a file instead."
            ),
            Self::Damaged => f.write_str(
                "This link does not hold a whole playbook: it may have been cut short or changed when it was copied. Ask for the link again, or for the playbook as a file.",
            ),
        }
    }
}

/// The link to the app at `app_address` (its start page, without a fragment) that carries
/// `payload`, the compressed playbook in base64url.
pub fn link_to(app_address: &str, payload: &str) -> Result<String, LinkError> {
    let link = format!("{app_address}{LINK_MARK}{payload}");
    match link.chars().count() {
        chars if chars > MAX_LINK_CHARS => Err(LinkError::TooLong { chars }),
        _ => Ok(link),
    }
}

/// The payload of a page's fragment (`location.hash`, with its `#`), when it carries a
/// playbook: `None` for any other fragment, an error when it cannot be one.
pub fn payload_in(fragment: &str) -> Option<Result<&str, LinkError>> {
    let payload = fragment.strip_prefix(LINK_MARK)?;
    let base64url = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    // Four characters carry three bytes; a lone one at the end carries none, so the link was cut.
    Some(
        if payload.is_empty()
            || payload.len() > MAX_READ_LINK_CHARS
            || payload.len() % 4 == 1
            || !payload.bytes().all(base64url)
        {
            Err(LinkError::Damaged)
        } else {
            Ok(payload)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_carries_its_payload_after_the_mark() {
        let link = link_to("https://example.org/", "abc_-9").expect("short");
        assert_eq!(link, "https://example.org/#playbook=abc_-9");
        let fragment = &link[link.find('#').expect("a fragment")..];
        assert_eq!(payload_in(fragment), Some(Ok("abc_-9")));
    }

    #[test]
    fn a_link_over_the_limit_is_not_offered_and_says_how_long_it_would_be() {
        let address = "https://example.org/";
        let fits = MAX_LINK_CHARS - address.len() - LINK_MARK.len();
        assert!(link_to(address, &"a".repeat(fits)).is_ok());
        let error = link_to(address, &"a".repeat(fits + 1)).expect_err("too long");
        assert_eq!(
            error,
            LinkError::TooLong {
                chars: MAX_LINK_CHARS + 1
            }
        );
        // The message writes the limit out: it must be the limit.
        assert_eq!(MAX_LINK_CHARS, 8_000);
        assert!(error.to_string().contains("8001 characters"));
        assert!(error.to_string().contains("over 8,000."));
        assert!(error.to_string().contains("as a file"));
    }

    #[test]
    fn other_fragments_are_not_links_to_a_playbook() {
        for fragment in ["", "#", "#main", "#playbook", "#Playbook=abcd"] {
            assert_eq!(payload_in(fragment), None, "{fragment}");
        }
    }

    #[test]
    fn a_payload_that_cannot_be_base64url_is_damaged() {
        let too_long = format!("{LINK_MARK}{}", "a".repeat(MAX_READ_LINK_CHARS + 1));
        for fragment in [
            "#playbook=",
            "#playbook=abcde",
            "#playbook=ab+/",
            "#playbook=ab==",
            "#playbook=a b c",
            "#playbook=abc%20",
            "#playbook=é123",
            too_long.as_str(),
        ] {
            assert_eq!(
                payload_in(fragment),
                Some(Err(LinkError::Damaged)),
                "{fragment}"
            );
        }
        assert!(LinkError::Damaged.to_string().contains("cut short"));
    }
}
