//! The About page: what the app is for, where its content comes from, and the privacy promise.

use leptos::prelude::*;

use crate::domain::sources::Source;
use crate::ui::page::PageTitle;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <PageTitle text="About"/>
        <h1>"About DevRel Playbook"</h1>
        <p class="lede">
            "DevRel Playbook helps a developer relations or community professional learn what leadership wants "
            "and turn it into a program strategy their manager can agree to."
        </p>
        <section aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">"Your data stays in this browser"</h2>
            <ul>
                <li>"Playbooks are kept in this browser's local storage. There is no server and no account."</li>
                <li>"Nothing you type is sent anywhere. The app makes no requests after it has loaded."</li>
                <li>"A playbook leaves this browser only when you save it as a file or copy a link to it yourself."</li>
                <li>"A link carries the playbook itself, compressed, after the “#” of its address. Browsers never send that part to a server, this app's included: the playbook goes only where you paste the link, and whoever has the link can read it."</li>
                <li>"Clearing this site's data in the browser deletes your playbooks, so keep a file of anything you need."</li>
            </ul>
            <p>
                "Playbook files are plain JSON. Their format is published as a JSON Schema at "
                <a href="/playbook.schema.json" rel="external">"/playbook.schema.json"</a>
                ", so other tools can read and check them."
            </p>
        </section>
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources and credits"</h2>
            <p>"The questions, steps and suggestions are written in our own words from these articles and talk notes. The ideas are their authors'."</p>
            <ul class="sources">
                {Source::ALL
                    .into_iter()
                    .map(|source| {
                        let title = match source.link() {
                            Some(link) => view! { <a href=link rel="noopener noreferrer">{source.title()}</a> }.into_any(),
                            None => view! { <cite>{source.title()}</cite> }.into_any(),
                        };
                        view! {
                            <li>
                                {title} " — " {source.by()} "."
                                <br/>
                                <span class="meta">"Used for " {source.used_for()} "."</span>
                            </li>
                        }.into_any()
                    })
                    .collect_view()}
            </ul>
            <p>
                "Some of the app's content is our own: built on the sources' ideas, but not in them. Each such item says so where it is shown, and lists mark it “(our addition)”. "
                "It is: the Advocacy questions; three warning signs (no way of measuring success, defending DevRel without advocating for it, no plan or budget); "
                "two next steps (winning a second sponsor, and finding who owns DevRel's budget); how the verdict is scored; "
                "the sketches of Engineering, Design, Legal, Security and People as buddies; the channels to the market and the customer journey stages offered as suggestions; "
                "and the suggested review cadences."
            </p>
            <p>
                "Developer personas are exported and imported in the JSON format of the "
                <a href="https://github.com/DevRel-Foundation/persona-library" rel="noopener noreferrer">"DevRel Foundation Persona Library"</a>
                ", whose schema and example personas are shared under the "
                <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer">"Creative Commons Attribution 4.0 licence (CC-BY-4.0)"</a>
                "."
            </p>
        </section>
    }
}
