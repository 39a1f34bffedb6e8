//! The printable interview guide: written from the question set by
//! `domain::buyin::guide_page::guide_html`, committed as `public/interview-guide.html` and
//! served by the app. A change to the questions, their hints or warning signs that is not
//! reflected in the committed page fails here.
#![cfg(not(target_arch = "wasm32"))]

use devrel_playbook::domain::buyin::guide_page::guide_html;

const GUIDE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/interview-guide.html");

#[test]
fn the_published_guide_matches_the_question_set() {
    let generated = guide_html();
    if std::env::var_os("UPDATE_GUIDE").is_some() {
        std::fs::write(GUIDE_PATH, &generated).expect("public/ is writable");
    }
    let committed = std::fs::read_to_string(GUIDE_PATH).unwrap_or_default();
    assert!(
        committed == generated,
        "{GUIDE_PATH} differs from the question set: run `UPDATE_GUIDE=1 cargo test --test guide_page` and commit the file"
    );
}
