//! The About page: what the app is for, where its content comes from, and the privacy promise.

use leptos::prelude::*;

use crate::ui::page::PageTitle;

struct Source {
    title: &'static str,
    by: &'static str,
    link: Option<&'static str>,
    used_for: &'static str,
}

const SOURCES: &[Source] = &[
    Source {
        title: "Get executive buy-in … or else",
        by: "Jessica West, head of developer relations at LaunchDarkly (conference talk and notes)",
        link: Some("https://youtu.be/BUt77eE5QRI"),
        used_for: "the executive interview, the three kinds of executive, their next steps, and internal communication",
    },
    Source {
        title: "No one gives a &*^@# about your DevRel/Community Programs (and what to do about it) #1: Organizational Alignment",
        by: "Angie Byron (webchick), 2024",
        link: Some("https://webchick.tech/no-one-gives-a-bleep-about-your-devrel-community-programs-and-what-to-do-about-it-1-organizational-alignment"),
        used_for: "company goals, top organisational problems and how DevRel work answers them, and goals your manager agrees to",
    },
    Source {
        title: "No one gives a &*^@# about your DevRel/Community Programs (and what to do about it) #2: Collaboration",
        by: "Angie Byron (webchick), 2024",
        link: Some("https://webchick.tech/no-one-gives-a-bleep-about-your-devrel-community-programs-and-what-to-do-about-it-2-collaboration"),
        used_for: "cross-functional buddies in Sales, Marketing, Product and Support, and the advice to look further (the short sketches of Engineering, Design, Legal, Security and People are ours)",
    },
    Source {
        title: "#00: A Practical Strategy for Technical Community Program Management",
        by: "blog post, 2023",
        link: None,
        used_for: "community basics, program objectives, the developer journey and personas, programs and campaigns, and SMART goals",
    },
    Source {
        title: "DevRel and the Customer Journey, Part 4",
        by: "Jeremy Meiss, 2023",
        link: None,
        used_for: "community and team activities along the customer journey, and DevRel Qualified Leads",
    },
    Source {
        title: "DevRel Qualified Leads: repurposing a common business metric to prove value",
        by: "Mary Thengvall, 2019",
        link: Some("https://www.marythengvall.com/blog/2019/12/14/devrel-qualified-leads-repurposing-a-common-business-metrics-to-prove-value"),
        used_for: "the idea of leads that DevRel hands to Marketing, Product, Sales, Business development and Recruiting",
    },
    Source {
        title: "The community commitment curve",
        by: "Carrie Melissa Jones",
        link: Some("https://www.carriemelissajones.com/blog/community-commitment-curve"),
        used_for: "the commitment curve offered as stages for campaigns",
    },
    Source {
        title: "The Orbit Model",
        by: "Orbit",
        link: Some("https://orbit.love/model"),
        used_for: "the engagement levels offered as another commitment curve: exploring, participating, contributing, leading",
    },
    Source {
        title: "The DevRel Book",
        by: "Caroline Lewko and James Parton",
        link: None,
        used_for: "the developer journey offered as journey stages (discover, evaluate, learn, build, scale) and the developer persona",
    },
    Source {
        title: "The SPACES model",
        by: "CMX",
        link: None,
        used_for: "the business-value categories for tagging program objectives: support, product, acquisition, contribution, engagement, success",
    },
];

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
                <li>"A playbook leaves this browser only when you save it as a file yourself."</li>
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
                {SOURCES
                    .iter()
                    .map(|source| {
                        let title = match source.link {
                            Some(link) => view! { <a href=link rel="noopener noreferrer">{source.title}</a> }.into_any(),
                            None => view! { <cite>{source.title}</cite> }.into_any(),
                        };
                        view! {
                            <li>
                                {title} " — " {source.by} "."
                                <br/>
                                <span class="meta">"Used for " {source.used_for} "."</span>
                            </li>
                        }.into_any()
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
