//! The interview guide as a page of its own, `public/interview-guide.html`: every question with
//! what a strong and a weak answer sound like, lines to write on, the ratings to circle and the
//! warning signs to tick, with their credits. Its content is the question set's, so it is
//! written from the domain (`guide_html`) and committed; `tests/guide_page.rs` fails when the
//! committed file differs (`UPDATE_GUIDE=1 cargo test --test guide_page` rewrites it). The app
//! is not needed to show or print it: the page reads whom it is for, and last time's ratings,
//! from the fragment of its address (`guide::address`), and writes them as text only.

use std::fmt::Write;

use super::guide::{guide, letter, GuideGroup};
use super::questions::Rating;

/// The guide page, whole: markup, its stylesheet and its script.
pub fn guide_html() -> String {
    let mut page = String::from(HEAD);
    page.push_str(
        "<section class=\"guide-group\">\n<h2>How to rate an answer</h2>\n<dl class=\"hints\">\n",
    );
    for rating in Rating::ALL {
        let _ = writeln!(
            page,
            "<dt>{}</dt><dd>{}</dd>",
            escape(rating.label()),
            escape(rating.anchor())
        );
    }
    page.push_str("</dl>\n</section>\n");
    for group in &guide(&[], None).groups {
        write_group(group, &mut page);
    }
    page.push_str("</main>\n<script>\n// The rating each letter of the address's `last` stands for.\nconst RATINGS = {");
    for (at, rating) in Rating::ALL.into_iter().enumerate() {
        let comma = if at == 0 { "" } else { ", " };
        let _ = write!(page, "{comma}{}: '{}'", letter(rating), rating.label());
    }
    page.push_str("};\n");
    page.push_str(SCRIPT);
    page
}

/// A group's questions, each with room to write and its rating to circle, then the group's
/// warning signs as boxes to tick. As on the interview screen, the group's credit line serves
/// its questions and signs, and the signs that are the app's own say so.
fn write_group(section: &GuideGroup, page: &mut String) {
    let group = section.group;
    let _ = write!(
        page,
        "<section class=\"guide-group\">\n<h2>{}</h2>\n<p class=\"lede\">{}</p>\n<p class=\"meta\">{}</p>\n",
        escape(group.title()),
        escape(group.purpose()),
        escape(&group.credit().line())
    );
    // The words to circle, spaced apart by the stylesheet.
    let scale = Rating::ALL.map(Rating::label).join(" ");
    for item in &section.questions {
        let question = item.question;
        let _ = write!(
            page,
            "<div class=\"guide-question\">\n<h3>{}. {}</h3>\n\
             <dl class=\"hints\"><dt>A strong answer</dt><dd>{}</dd><dt>A weak answer</dt><dd>{}</dd></dl>\n\
             <div class=\"lines\" aria-hidden=\"true\"><span></span><span></span><span></span><span></span></div>\n\
             <p class=\"rating-row\"><span>Rating (circle one):</span> <span class=\"circles\">{scale}</span> <span class=\"guide-last\"></span></p>\n\
             </div>\n",
            item.number,
            escape(question.prompt),
            escape(question.strong),
            escape(question.weak)
        );
    }
    if !section.signs.is_empty() {
        page.push_str("<fieldset class=\"guide-signs\">\n<legend>Warning signs heard</legend>\n");
        for sign in &section.signs {
            let _ = writeln!(
                page,
                "<label class=\"check\"><input type=\"checkbox\"> {}</label>",
                escape(&sign.credit().mark(sign.label()))
            );
        }
        page.push_str("</fieldset>\n");
    }
    page.push_str("</section>\n");
}

/// `text` as HTML text or an attribute's value in quotes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Up to the first group: the head with the stylesheet, the controls and the header with the
/// lines to fill. The page's title never names the executive: a browser may print it in the
/// margin.
const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview guide</title>
<!-- Written by domain::buyin::guide_page::guide_html: UPDATE_GUIDE=1 cargo test --test guide_page rewrites it. -->
<style>
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --surface: #ffffff; --text: #1d1f24; --muted: #555b66; --border: #d6d3cc;
  --accent: #1f5fbf; --focus: #f5a300; --radius: 8px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #15171b; --surface: #1e2126; --text: #e8e6e1; --muted: #a6adb8; --border: #3a3f47; --accent: #8ab4f8; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--text); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
nav, main { max-width: 60rem; margin: 0 auto; padding: 0 1rem 1rem; }
nav p { margin: 0; padding-top: 0.75rem; }
@media (max-width: 40rem) {
  nav, main { padding: 0 0.75rem 0.75rem; }
  h1 { font-size: 1.6rem; }
}
h1 { margin-top: 0.5rem; overflow-wrap: anywhere; }
.lede { color: var(--muted); max-width: 42rem; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0 0; }
button {
  font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--border);
  border-radius: 6px; padding: 0.4rem 0.8rem; cursor: pointer;
}
button:hover { border-color: var(--accent); }
.guide-actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.check { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.25rem 0; }
fieldset { border: 1px solid var(--border); border-radius: var(--radius); margin: 0.75rem 0; padding: 0.5rem 0.75rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
.hints { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; font-size: 0.9rem; color: var(--muted); }
.hints dt { font-weight: 600; }
.hints dd { margin: 0; }
/* The header: each value is a line to write on when the address does not fill it. */
.guide-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; }
.guide-facts dt { font-weight: 600; }
.guide-facts dd { margin: 0; overflow-wrap: anywhere; border-bottom: 1px solid var(--text); min-height: 1.6em; max-width: 24rem; }
/* Lines to write on, ratings to circle and squares to tick are drawn by borders, so they print
   without the page's backgrounds. */
.guide-group { margin-top: 1.5rem; }
.guide-group > h2 { margin-bottom: 0.25rem; }
.guide-group > .lede { margin: 0; }
.guide-question { margin-top: 1.25rem; break-inside: avoid; }
.guide-question h3 { font-size: 1.05rem; margin: 0 0 0.25rem; }
.guide-question .hints { margin: 0; }
.lines span { display: block; height: 2rem; border-bottom: 1px solid var(--border); }
.rating-row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; margin: 0.5rem 0 0; }
/* The three words wrap together, spaced for a circle drawn round one. */
.circles { word-spacing: 1.25rem; padding: 0 0.5rem; white-space: nowrap; }
.guide-last { color: var(--muted); font-size: 0.9rem; margin-left: auto; }
.guide-signs { break-inside: avoid; }
.guide-signs input[type="checkbox"] {
  appearance: none; flex: none; width: 1.1em; height: 1.1em; margin: 0; align-self: center;
  border: 1.5px solid var(--text); border-radius: 2px; background: var(--surface);
}
.guide-signs input[type="checkbox"]:checked { box-shadow: inset 0 0 0 0.25em var(--surface); background: var(--text); print-color-adjust: exact; }
@media print {
  :root { --bg: #fff; --surface: #fff; --text: #000; --muted: #333; --border: #999; }
  /* Only the guide goes on paper. */
  nav, .guide-actions { display: none !important; }
  main { max-width: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; }
  /* A group's heading, purpose and credit stay with its first question. */
  .guide-group > .lede, .guide-group > .meta { break-after: avoid; }
}
</style>
</head>
<body>
<nav aria-label="The app"><p><a id="back" href="./">Back to the app</a></p></nav>
<main id="main">
<h1>Interview guide</h1>
<div class="guide-actions">
<button type="button" id="print">Print the guide</button>
<label class="check" id="name-option" hidden><input type="checkbox" id="leave-name-out"> Leave the name out</label>
</div>
<dl class="guide-facts">
<dt>Playbook</dt><dd id="playbook"></dd>
<dt>Executive</dt><dd id="executive"></dd>
<dt>Role</dt><dd id="role"></dd>
<dt>Date</dt><dd></dd>
<dt>Interviewer</dt><dd></dd>
</dl>
<p class="meta" id="last-rated" hidden></p>
"#;

/// Fills the header and last time's ratings from the address's fragment (`guide::address`),
/// as text only, so markup in a name shows as written; with none, the guide is blank.
const SCRIPT: &str = r#"const byId = (id) => document.getElementById(id);
const leave = byId('leave-name-out');
let name = '';
function showName() {
  byId('executive').textContent = leave.checked ? '' : name;
}
function fill() {
  const params = new URLSearchParams(location.hash.slice(1));
  const playbook = params.get('playbook') ?? '';
  name = params.get('executive') ?? '';
  byId('playbook').textContent = playbook;
  byId('role').textContent = params.get('role') ?? '';
  byId('name-option').hidden = !name;
  showName();
  document.title = playbook ? `Interview guide: ${playbook}` : 'Interview guide';
  const rated = /^\d{4}-\d{2}-\d{2}$/.test(params.get('rated') ?? '') ? new Date(`${params.get('rated')}T00:00:00Z`) : null;
  const known = rated !== null && !Number.isNaN(rated.getTime());
  const last = known ? params.get('last') ?? '' : '';
  byId('last-rated').hidden = !known;
  byId('last-rated').textContent = known
    ? `Last rated on ${rated.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' })}: each question shows its rating then.`
    : '';
  document.querySelectorAll('.guide-last').forEach((span, at) => {
    span.textContent = Object.hasOwn(RATINGS, last[at]) ? `Last time: ${RATINGS[last[at]]}` : '';
  });
}
leave.addEventListener('change', showName);
byId('print').addEventListener('click', () => window.print());
// Back to the screen the guide was opened from, if there is one.
byId('back').addEventListener('click', (event) => {
  if (history.length > 1 && document.referrer.startsWith(location.origin)) {
    event.preventDefault();
    history.back();
  }
});
addEventListener('hashchange', fill);
fill();
</script>
</body>
</html>
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::questions::{WarningSign, QUESTIONS};

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape(r#"<b>"Q&A"</b> it's"#),
            "&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; it's"
        );
    }

    #[test]
    fn the_page_holds_every_question_hint_and_warning_sign_in_order_and_no_name() {
        let page = guide_html();
        let mut from = 0;
        for (at, question) in QUESTIONS.iter().enumerate() {
            let heading = format!("<h3>{}. {}</h3>", at + 1, escape(question.prompt));
            let found = page[from..].find(&heading).expect(question.prompt) + from;
            assert!(page[found..].contains(&escape(question.strong)));
            assert!(page[found..].contains(&escape(question.weak)));
            from = found;
        }
        for sign in WarningSign::ALL {
            assert!(page.contains(&escape(sign.label())), "{}", sign.label());
        }
        assert_eq!(
            page.matches("class=\"guide-last\"").count(),
            QUESTIONS.len()
        );
        assert_eq!(page.matches("<h2>").count(), 6);
        assert!(!page.contains("innerHTML"));
        assert!(page.contains("const RATINGS = {w: 'Weak', p: 'Partial', s: 'Strong'};"));
        assert!(page.contains("<title>Interview guide</title>"));
    }
}
