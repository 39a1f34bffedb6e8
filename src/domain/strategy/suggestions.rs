//! Guidance from the sources, offered as suggestions the user adopts with one click and never
//! as answers filled in for them. Where a field has a well-known public model, that model is
//! offered by name as another set.

use super::{Item, ItemField, ListAt, ListKind, Strategy, Text};
use crate::domain::sources::{Credit, Source::*};

/// One suggestion: the fields it fills when adopted, and a line of explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub values: &'static [(ItemField, &'static str)],
    /// Why or when it fits; empty for none.
    pub detail: &'static str,
}

impl Suggestion {
    /// The text a button shows: the first value adopted.
    pub fn title(&self) -> &'static str {
        self.values.first().map_or("", |(_, text)| text)
    }

    /// The name the suggestion gives an item of `kind`: its value for the field that names
    /// the list's items, else its title.
    pub fn name_in(&self, kind: ListKind) -> &'static str {
        let naming = kind.naming_field();
        self.values
            .iter()
            .find(|(field, _)| *field == naming)
            .map_or(self.title(), |(_, text)| text)
    }
}

/// The names of a list's items as suggestions are compared with them: a suggestion counts as
/// already added when an item has its name, whatever the case and surrounding spaces, so one
/// click too many does not add it twice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adopted {
    kind: Option<ListKind>,
    names: Vec<String>,
}

impl Adopted {
    pub fn in_list(strategy: &Strategy, kind: ListKind) -> Self {
        let naming = kind.naming_field();
        Self {
            kind: Some(kind),
            names: strategy
                .items(&ListAt::top(kind))
                .iter()
                .map(|item| item.get(naming).trim().to_ascii_lowercase())
                .collect(),
        }
    }

    pub fn contains(&self, suggestion: &Suggestion) -> bool {
        self.kind.is_some_and(|kind| {
            let name = suggestion.name_in(kind).trim().to_ascii_lowercase();
            self.names.contains(&name)
        })
    }
}

/// Suggestions that belong together, under the name of where they come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestionSet {
    pub name: &'static str,
    pub credit: Credit,
    /// Whether adopting the whole set at once makes sense (the stages of a curve).
    pub adopt_all: bool,
    pub suggestions: &'static [Suggestion],
}

/// A persona of the buddy system: who they are in another function, and how to help them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuddyPersona {
    pub function: &'static str,
    /// The article names the four core functions' goals and pains; the others are ours.
    pub credit: Credit,
    pub goal: &'static str,
    pub pain_points: &'static str,
    /// "Snack-sized" collaborations: small, quick ways to help them.
    pub collaborations: &'static [&'static str],
}

pub const BUDDY_PERSONAS: &[BuddyPersona] = &[
    BuddyPersona {
        function: "Sales",
        credit: Credit::From(Collaboration),
        goal: "Close deals and bring in the revenue that pays everyone's salary.",
        pain_points: "Technical questions and objections from prospects; no way back in to prospects that have gone quiet.",
        collaborations: &[
            "Join a sales call to answer the technical questions.",
            "Turn the technical questions Sales hears most into content.",
            "Run an enablement session on the product's technical side for the sales team.",
        ],
    },
    BuddyPersona {
        function: "Marketing",
        credit: Credit::From(Collaboration),
        goal: "Make the product known and bring Sales its leads.",
        pain_points: "Content that is both technically right and appealing to developers.",
        collaborations: &[
            "Write or review a piece of technical marketing content.",
            "Take part in a social media Q&A or a webinar.",
            "Shape a developer campaign together, from what you hear in the community.",
        ],
    },
    BuddyPersona {
        function: "Product",
        credit: Credit::From(Collaboration),
        goal: "Build products that meet the market's needs and beat customers' expectations.",
        pain_points: "Feedback from users that they can act on; turning technical capabilities into features people want.",
        collaborations: &[
            "Run a feedback session with community users.",
            "Bring a digest of what developers in the community are saying.",
            "Co-host a webinar on a new feature.",
        ],
    },
    BuddyPersona {
        function: "Support",
        credit: Credit::From(Collaboration),
        goal: "Resolve customers' issues quickly and well.",
        pain_points: "Answering the same question again and again; hard technical cases that need deep product knowledge.",
        collaborations: &[
            "Write content that answers a common issue before it is asked.",
            "Join the escalation path for complex technical issues.",
        ],
    },
    // The article names more functions worth a buddy without describing them; these short
    // sketches are ours, so that a buddy there gets a starting point too.
    BuddyPersona {
        function: "Engineering",
        credit: Credit::OursAfter(Collaboration),
        goal: "Ship reliable features on time.",
        pain_points: "Vague bug reports and interruptions; little direct contact with the developers who use what they build.",
        collaborations: &[
            "Turn a bug report from the community into a clear issue that reproduces it.",
            "Invite an engineer to present what they built at a meetup or on a livestream.",
            "Have a few community members try a pre-release and bring back what they found.",
        ],
    },
    BuddyPersona {
        function: "Design",
        credit: Credit::OursAfter(Collaboration),
        goal: "Make the product easy and pleasant to use.",
        pain_points: "Few chances to watch real developers use the product; finding people for user research.",
        collaborations: &[
            "Find community members willing to take part in a usability study.",
            "Share where developers get stuck during onboarding.",
            "Walk through the docs or the developer portal together and note what confuses.",
        ],
    },
    BuddyPersona {
        function: "Legal",
        credit: Credit::OursAfter(Collaboration),
        goal: "Keep the company's commitments sound and its risks known.",
        pain_points: "Hearing about contests, giveaways or data collection when they are already announced.",
        collaborations: &[
            "Bring the rules of the next hackathon or raffle weeks before it starts.",
            "Agree on reusable templates for contest terms and the code of conduct.",
            "Check the licences of the sample code together.",
        ],
    },
    BuddyPersona {
        function: "Security",
        credit: Credit::OursAfter(Collaboration),
        goal: "Protect the company, its product and the people who use it.",
        pain_points: "Vulnerability reports that arrive in the wrong place; unsafe patterns copied from samples and answers.",
        collaborations: &[
            "Make the way to report a vulnerability easy to find for the community.",
            "Review a sample app for safe defaults.",
            "Write a post together on using the product securely.",
        ],
    },
    BuddyPersona {
        function: "People",
        credit: Credit::OursAfter(Collaboration),
        goal: "Hire, keep and grow the people the company needs.",
        pain_points: "Reaching candidates with the right skills; showing what working here is really like.",
        collaborations: &[
            "Pass on community members who would like to work here.",
            "Share the team's talks and events for the employer brand.",
            "Offer colleagues a first talk at a meetup as a chance to grow.",
        ],
    },
];

/// A suggestion that fills the fields named, with a line of explanation.
macro_rules! suggest {
    ($($field:ident = $text:literal),+ ; $detail:literal) => {
        Suggestion { values: &[$((ItemField::$field, $text)),+], detail: $detail }
    };
    ($($field:ident = $text:literal),+) => {
        Suggestion { values: &[$((ItemField::$field, $text)),+], detail: "" }
    };
}

const TOP_PROBLEMS: &[SuggestionSet] = &[SuggestionSet {
    name: "Problems organisations commonly have",
    credit: Credit::From(OrgAlignment),
    adopt_all: false,
    suggestions: &[
        suggest!(Problem = "Brand awareness: nobody knows who we are"),
        suggest!(Problem = "Working out which product or feature to build"),
        suggest!(Problem = "Getting the word out about the product we already have"),
        suggest!(Problem = "More active users of the product and its features"),
        suggest!(Problem = "Expanding into new regions, audiences or use cases"),
        suggest!(Problem = "Building a partner ecosystem"),
        suggest!(Problem = "Attracting new contributors to the open source project"),
        suggest!(Problem = "Growing revenue and cutting costs on the way to an IPO"),
        suggest!(Problem = "Losing customers: stop the bleeding and turn it around"),
    ],
}];

const IMPRESSIONS: &[SuggestionSet] = &[SuggestionSet {
    name: "Channels to the market",
    credit: Credit::OursAfter(CommunityStrategy),
    adopt_all: false,
    suggestions: &[
        suggest!(Channel = "Documentation"),
        suggest!(Channel = "Website"),
        suggest!(Channel = "GitHub"),
        suggest!(Channel = "Community forum or chat"; "A forum, Discord or Slack where members talk."),
        suggest!(Channel = "Social media"),
        suggest!(Channel = "Blog"),
        suggest!(Channel = "Events and meetups"),
        suggest!(Channel = "Support"),
    ],
}];

const OBJECTIVES: &[SuggestionSet] = &[SuggestionSet {
    name: "Example program objectives",
    credit: Credit::From(CommunityStrategy),
    adopt_all: false,
    suggestions: &[
        suggest!(Objective = "Open new channels to the market to increase crowd-sourcing"; "Community members bring ideas, answers and content."),
        suggest!(Objective = "Make the service simpler to reach to raise user satisfaction"),
        suggest!(
            Objective = "Build the base for sustainable community growth with commitment campaigns"
        ),
    ],
}];

const BUDDIES: &[SuggestionSet] = &[
    SuggestionSet {
        name: "The buddy system's four functions",
        credit: Credit::From(Collaboration),
        adopt_all: true,
        suggestions: &[
            suggest!(Function = "Sales"; "Closes deals; struggles with technical objections."),
            suggest!(Function = "Marketing"; "Builds awareness and leads; needs technically sound content."),
            suggest!(Function = "Product"; "Builds what the market needs; wants actionable feedback."),
            suggest!(Function = "Support"; "Resolves issues; tired of answering the same question."),
        ],
    },
    SuggestionSet {
        name: "More functions",
        credit: Credit::From(Collaboration),
        adopt_all: false,
        suggestions: &[
            suggest!(Function = "Engineering"; "Builds the product; wants clear reports and real users to test with."),
            suggest!(Function = "UX and UI design"; "Shapes the experience; needs developers to watch and learn from."),
            suggest!(Function = "Legal and compliance"; "Keeps commitments sound; wants to hear about contests and data early."),
            suggest!(Function = "Security"; "Protects the product and its users; wants safe samples and a clear way to report."),
            suggest!(Function = "People"; "Hires and grows the staff; looks for candidates and a credible employer brand."),
        ],
    },
];

const PROGRAMS: &[SuggestionSet] = &[SuggestionSet {
    name: "Program types",
    credit: Credit::FromBoth(ExecutiveBuyIn, CommunityStrategy),
    adopt_all: false,
    suggestions: &[
        suggest!(Name = "Ambassador program", ProgramKind = "ambassador"; "Recognise and equip the members who already speak for the product."),
        suggest!(Name = "Hackathons", ProgramKind = "hackathon"; "Get people building with the product in a short, focused burst."),
        suggest!(Name = "Events", ProgramKind = "events"; "Meetups, conference talks and workshops."),
        suggest!(Name = "Education", ProgramKind = "education"; "Courses, tutorials and onboarding that make developers successful."),
        suggest!(Name = "Content", ProgramKind = "content"; "Articles, samples and videos on the problems developers have."),
    ],
}];

const COMMITMENT_STAGES: &[SuggestionSet] = &[
    SuggestionSet {
        name: "Community commitment curve",
        credit: Credit::From(CommitmentCurve),
        adopt_all: true,
        suggestions: &[
            suggest!(Name = "Discover and join"; "Finds the community, signs up, looks around."),
            suggest!(Name = "Watch and learn"; "Reads, follows along, comes back."),
            suggest!(Name = "Ask and engage"; "Asks a question, replies, reacts."),
            suggest!(Name = "Contribute"; "Answers others, writes content, sends a fix."),
            suggest!(Name = "Own and lead"; "Runs a meetup, moderates, mentors newcomers."),
        ],
    },
    SuggestionSet {
        name: "Orbit model engagement levels",
        credit: Credit::From(OrbitModel),
        adopt_all: true,
        suggestions: &[
            suggest!(Name = "Exploring"; "New or occasional: looking around."),
            suggest!(Name = "Participating"; "Takes part now and then."),
            suggest!(Name = "Contributing"; "Adds value others use."),
            suggest!(Name = "Leading"; "Shapes the community and brings others in."),
        ],
    },
];

const CAMPAIGNS: &[SuggestionSet] = &[SuggestionSet {
    name: "Example campaign goals",
    credit: Credit::From(CommunityStrategy),
    adopt_all: false,
    suggestions: &[
        suggest!(Name = "Grow through content, social media and events"; "More channels to the market."),
        suggest!(Name = "Reward members for their commitment"; "A membership or recognition program."),
        suggest!(Name = "Scale education and onboarding"; "More developers succeed, sooner."),
        suggest!(Name = "Watch for bad actors"; "Fewer trust and safety problems, happier members."),
    ],
}];

const JOURNEY_STAGES: &[SuggestionSet] = &[
    SuggestionSet {
        name: "Customer journey",
        credit: Credit::OursAfter(CustomerJourney),
        adopt_all: true,
        suggestions: &[
            suggest!(Name = "Awareness"),
            suggest!(Name = "Consideration"),
            suggest!(Name = "Conversion"),
            suggest!(Name = "Retention"),
            suggest!(Name = "Advocacy"),
        ],
    },
    SuggestionSet {
        name: "Developer journey (discover, evaluate, learn, build, scale)",
        credit: Credit::From(DevRelBook),
        adopt_all: true,
        suggestions: &[
            suggest!(Name = "Discover"),
            suggest!(Name = "Evaluate"),
            suggest!(Name = "Learn"),
            suggest!(Name = "Build"),
            suggest!(Name = "Scale"),
        ],
    },
];

const ACTIVITIES: &[SuggestionSet] = &[
    SuggestionSet {
        name: "Community activities",
        credit: Credit::From(CustomerJourney),
        adopt_all: false,
        suggestions: &[
            suggest!(Name = "Attended a company meetup", Performer = "community"),
            suggest!(
                Name = "Talked with us at a conference",
                Performer = "community"
            ),
            suggest!(Name = "Entered a raffle", Performer = "community"),
            suggest!(Name = "Visited the booth", Performer = "community"),
            suggest!(Name = "Gave product feedback", Performer = "community"),
        ],
    },
    SuggestionSet {
        name: "Team activities",
        credit: Credit::From(CustomerJourney),
        adopt_all: false,
        suggestions: &[
            suggest!(Name = "Conference talk", Performer = "team"),
            suggest!(Name = "Workshop", Performer = "team"),
            suggest!(Name = "Blog post", Performer = "team"),
            suggest!(Name = "Sample app", Performer = "team"),
            suggest!(Name = "Demo at a customer", Performer = "team"),
        ],
    },
];

const DRQLS: &[SuggestionSet] = &[SuggestionSet {
    name: "Teams that receive DevRel Qualified Leads",
    credit: Credit::From(CustomerJourney),
    adopt_all: false,
    suggestions: &[
        suggest!(
            Team = "Marketing",
            Description = "Case studies, guest writers, co-marketing."
        ),
        suggest!(
            Team = "Product and Engineering",
            Description = "Alpha and beta testers, product feedback, feature requests."
        ),
        suggest!(
            Team = "Sales",
            Description = "Requests for a demo or a proof of concept."
        ),
        suggest!(
            Team = "Business development",
            Description = "New partners and ways to work together."
        ),
        suggest!(
            Team = "Recruiting",
            Description = "Candidates, including from groups the company lacks, and chances to work together."
        ),
    ],
}];

const CHANNELS: &[SuggestionSet] = &[SuggestionSet {
    name: "Ways to tell the company",
    credit: Credit::FromBoth(ExecutiveBuyIn, CustomerJourney),
    adopt_all: false,
    suggestions: &[
        suggest!(Channel = "Internal newsletter"; "Easy to miss among the mail: keep it short and regular."),
        suggest!(Channel = "Wiki home page of the team"; "What we are up to and working on, and an invitation to talk."),
        suggest!(Channel = "Sitting in on other departments' meetings"; "Learn what partner teams are doing, once a month or so."),
        suggest!(Channel = "Event recaps"; "Inside and outside the company: why the event mattered for developers."),
        suggest!(Channel = "Open team meetings"; "Anyone from any department is welcome to join."),
        suggest!(Channel = "Report links in the company chat"; "A highlight, with a link to the full report."),
    ],
}];

/// Suggestions for new items of a list.
pub fn for_list(kind: ListKind) -> &'static [SuggestionSet] {
    match kind {
        ListKind::TopProblems => TOP_PROBLEMS,
        ListKind::Impressions => IMPRESSIONS,
        ListKind::Objectives => OBJECTIVES,
        ListKind::Buddies => BUDDIES,
        ListKind::Programs => PROGRAMS,
        ListKind::CommitmentStages => COMMITMENT_STAGES,
        ListKind::Campaigns => CAMPAIGNS,
        ListKind::JourneyStages => JOURNEY_STAGES,
        ListKind::Activities => ACTIVITIES,
        ListKind::Drqls => DRQLS,
        ListKind::Channels => CHANNELS,
        // Goals, personas and the company's own goals have to come from the user's research.
        ListKind::CompanyGoals | ListKind::Personas | ListKind::Goals | ListKind::Milestones => &[],
    }
}

/// Suggested answers for a single field of the strategy, and who they are owed to.
pub fn for_text(field: Text) -> (&'static [&'static str], Credit) {
    match field {
        Text::CommunityType => (
            &["Developers only", "Developers and users", "Organisations"],
            Credit::From(CommunityStrategy),
        ),
        Text::ReviewCadence => (
            &[
                "Every week",
                "Every two weeks, in our one-to-one",
                "Every month",
            ],
            Credit::OursAfter(OrgAlignment),
        ),
        _ => (&[], Credit::Ours),
    }
}

/// Examples of how DevRel work contributes to a top problem, by words that point to the problem.
const CONTRIBUTIONS: &[(&[&str], &str)] = &[
    (&["awareness", "brand", "who we are", "word out"], "Write technical content on the common problems in our space, with the search terms people use, to bring in organic traffic."),
    (&["partner"], "Work with partners' DevRel teams: co-create content, co-host meetups, speak together, and borrow the trust of their name."),
    (&["region", "geograph", "countr", "local"], "Take the meetup program (or partners' meetups) to those places, to build relationships with the local developers."),
    (&["losing", "churn", "haemorrhag", "hemorrhag", "bleed"], "Meet the developers of the customers at risk, find their pain points and bring concrete recommendations to the product team."),
    (&["revenue", "sales", "pipeline", "prospect", "market"], "Pick the conferences you speak at for the problem: in places Field Marketing and Sales target, where your audience's developers go, where customers or prospects come (and hold a lunch and learn with their developers), where a workshop can turn attendees into users, and where partners can join in."),
];

/// Suggestions for one field of one item, given the rest of the item: the contributions that
/// fit a top problem (all of them when none fits), the quick wins that fit a buddy's function.
pub fn for_item_field(kind: ListKind, field: ItemField, item: &dyn Item) -> Vec<&'static str> {
    match (kind, field) {
        (ListKind::TopProblems, ItemField::Contribution) => {
            let problem = item.get(ItemField::Problem).to_ascii_lowercase();
            let fitting: Vec<&str> = CONTRIBUTIONS
                .iter()
                .filter(|(words, _)| words.iter().any(|word| problem.contains(word)))
                .map(|(_, example)| *example)
                .collect();
            if fitting.is_empty() {
                CONTRIBUTIONS.iter().map(|(_, example)| *example).collect()
            } else {
                fitting
            }
        }
        (ListKind::Buddies, ItemField::QuickWin) => buddy_persona(&item.get(ItemField::Function))
            .map(|persona| persona.collaborations.to_vec())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Who an example of `for_item_field` is owed to: the contributions are the organisational
/// alignment article's, a quick win its buddy persona's.
pub fn credit_of_example(example: &str) -> Credit {
    BUDDY_PERSONAS
        .iter()
        .find(|persona| persona.collaborations.contains(&example))
        .map_or(Credit::From(OrgAlignment), |persona| persona.credit)
}

/// The buddy persona a function names, if any.
pub fn buddy_persona(function: &str) -> Option<&'static BuddyPersona> {
    let function = function.to_ascii_lowercase();
    BUDDY_PERSONAS
        .iter()
        .find(|persona| function.contains(&persona.function.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::sequential::id;
    use crate::domain::strategy::{ListAt, Strategy, StrategyEdit};

    fn adopt(strategy: &mut Strategy, kind: ListKind, suggestion: &Suggestion, n: u8) {
        let edit = StrategyEdit::Add {
            list: ListAt::top(kind),
            id: id(n),
            values: suggestion
                .values
                .iter()
                .map(|(field, text)| (*field, (*text).to_owned()))
                .collect(),
        };
        strategy
            .apply(edit)
            .unwrap_or_else(|error| panic!("{kind:?} “{}”: {error}", suggestion.title()));
    }

    #[test]
    fn a_suggestion_counts_as_added_once_an_item_has_its_name_in_any_case() {
        let kind = ListKind::Programs;
        let suggestion = &for_list(kind)[0].suggestions[0];
        let name = suggestion.name_in(kind);
        assert_eq!(name, "Ambassador program");
        let mut strategy = Strategy::default();
        assert!(!Adopted::in_list(&strategy, kind).contains(suggestion));
        strategy
            .apply(StrategyEdit::Add {
                list: ListAt::top(kind),
                id: id(1),
                values: vec![(ItemField::Name, format!("  {}  ", name.to_uppercase()))],
            })
            .unwrap();
        assert!(Adopted::in_list(&strategy, kind).contains(suggestion));
        assert!(!Adopted::default().contains(suggestion));
        // Another list's items do not count.
        assert!(!Adopted::in_list(&strategy, ListKind::Campaigns).contains(suggestion));
    }

    #[test]
    fn every_suggestion_can_be_adopted_as_it_is() {
        for kind in ListKind::ALL {
            for set in for_list(kind) {
                // A fresh strategy per set: top problems are limited to five.
                let mut strategy = Strategy::default();
                for (n, suggestion) in set.suggestions.iter().enumerate() {
                    if kind.max().is_some_and(|max| n >= max) {
                        break;
                    }
                    adopt(&mut strategy, kind, suggestion, n as u8 + 1);
                    assert!(!suggestion.title().is_empty());
                }
            }
        }
    }

    #[test]
    fn every_value_is_a_field_of_its_list_and_every_choice_an_option() {
        use crate::domain::strategy::FieldKind;
        for kind in ListKind::ALL {
            for suggestion in for_list(kind).iter().flat_map(|set| set.suggestions) {
                for (field, text) in suggestion.values {
                    let spec = kind.spec(*field).unwrap_or_else(|| {
                        panic!("{kind:?} “{}” fills {field:?}", suggestion.title())
                    });
                    match spec.kind {
                        FieldKind::Choice(options) => assert!(
                            options.iter().any(|choice| choice.id == *text),
                            "{kind:?} “{}”: {text} is no option of {field:?}",
                            suggestion.title()
                        ),
                        FieldKind::Link(_) => panic!("{kind:?}: a suggestion cannot link"),
                        _ => assert!(!text.trim().is_empty()),
                    }
                }
            }
        }
    }

    /// Typed text is matched against these names in ASCII lowercase (Unicode's table of
    /// lowercase letters is not in the wasm): for names with no other capitals, the same.
    #[test]
    fn the_names_typed_text_is_matched_against_have_only_ascii_capitals() {
        let mut names: Vec<&str> = crate::domain::strategy::steps::CORE_FUNCTIONS.to_vec();
        names.extend(BUDDY_PERSONAS.iter().map(|persona| persona.function));
        for kind in ListKind::ALL {
            for set in for_list(kind) {
                names.extend(
                    set.suggestions
                        .iter()
                        .map(|suggestion| suggestion.name_in(kind)),
                );
            }
        }
        for name in names {
            assert_eq!(name.to_lowercase(), name.to_ascii_lowercase(), "{name}");
        }
    }

    #[test]
    fn lists_that_need_the_users_own_research_suggest_nothing() {
        for kind in [
            ListKind::CompanyGoals,
            ListKind::Personas,
            ListKind::Goals,
            ListKind::Milestones,
        ] {
            assert!(for_list(kind).is_empty(), "{kind:?}");
        }
        assert!(for_text(Text::ScaleDirection).0.is_empty());
        assert_eq!(for_text(Text::CommunityType).0.len(), 3);
        assert_eq!(for_text(Text::ReviewCadence).0.len(), 3);
    }

    #[test]
    fn top_problems_never_come_with_an_answer() {
        for suggestion in for_list(ListKind::TopProblems)
            .iter()
            .flat_map(|set| set.suggestions)
        {
            assert_eq!(suggestion.values.len(), 1);
            assert_eq!(suggestion.values[0].0, ItemField::Problem);
        }
    }

    fn names(kind: ListKind, set: &str) -> Vec<&'static str> {
        for_list(kind)
            .iter()
            .find(|s| s.name.starts_with(set))
            .map(|s| s.suggestions.iter().map(Suggestion::title).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_public_models_are_offered_by_name() {
        assert_eq!(
            names(ListKind::CommitmentStages, "Orbit model"),
            ["Exploring", "Participating", "Contributing", "Leading"]
        );
        assert_eq!(
            names(ListKind::JourneyStages, "Developer journey"),
            ["Discover", "Evaluate", "Learn", "Build", "Scale"]
        );
        assert_eq!(
            names(ListKind::CommitmentStages, "Community commitment curve").len(),
            5
        );
        for kind in [ListKind::CommitmentStages, ListKind::JourneyStages] {
            assert_eq!(for_list(kind).len(), 2);
            assert!(for_list(kind).iter().all(|set| set.adopt_all), "{kind:?}");
        }
        let spaces: Vec<&str> = crate::domain::strategy::Spaces::OPTIONS
            .iter()
            .map(|choice| choice.id)
            .collect();
        assert_eq!(
            spaces,
            [
                "support",
                "product",
                "acquisition",
                "contribution",
                "engagement",
                "success"
            ]
        );
    }

    #[test]
    fn a_buddy_function_finds_its_persona_and_its_quick_wins() {
        assert_eq!(
            buddy_persona("Enterprise sales team").map(|p| p.function),
            Some("Sales")
        );
        assert_eq!(
            buddy_persona("Sales team").map(|p| p.function),
            Some("Sales")
        );
        assert_eq!(
            buddy_persona("MARKETING").map(|p| p.function),
            Some("Marketing")
        );
        assert_eq!(buddy_persona("Finance"), None);
        assert_eq!(buddy_persona(""), None);
        assert_eq!(
            BUDDIES[0]
                .suggestions
                .iter()
                .map(Suggestion::title)
                .collect::<Vec<_>>(),
            ["Sales", "Marketing", "Product", "Support"]
        );
        // Every function offered has a persona, and so examples of quick wins.
        for suggestion in BUDDIES.iter().flat_map(|set| set.suggestions) {
            let persona = buddy_persona(suggestion.title())
                .unwrap_or_else(|| panic!("no persona for {}", suggestion.title()));
            assert!(!persona.collaborations.is_empty());
        }
        let mut strategy = Strategy::default();
        adopt(
            &mut strategy,
            ListKind::Buddies,
            &BUDDIES[0].suggestions[3],
            1,
        );
        let buddy = strategy.items(&ListAt::top(ListKind::Buddies))[0];
        let wins = for_item_field(ListKind::Buddies, ItemField::QuickWin, buddy);
        assert_eq!(wins, BUDDY_PERSONAS[3].collaborations);
        assert_eq!(credit_of_example(wins[0]), BUDDY_PERSONAS[3].credit);
        let legal = buddy_persona("Legal").map(|persona| persona.collaborations[0]);
        assert_eq!(
            legal.map(credit_of_example),
            Some(Credit::OursAfter(Collaboration))
        );
        assert_eq!(
            credit_of_example(CONTRIBUTIONS[0].1),
            Credit::From(OrgAlignment)
        );
    }

    #[test]
    fn contributions_fit_the_problem_or_all_are_offered() {
        let mut strategy = Strategy::default();
        adopt(
            &mut strategy,
            ListKind::TopProblems,
            &TOP_PROBLEMS[0].suggestions[5],
            1,
        );
        adopt(
            &mut strategy,
            ListKind::TopProblems,
            &TOP_PROBLEMS[0].suggestions[1],
            2,
        );
        let problems = strategy.items(&ListAt::top(ListKind::TopProblems));
        let partner = for_item_field(ListKind::TopProblems, ItemField::Contribution, problems[0]);
        assert_eq!(partner.len(), 1);
        assert!(partner[0].contains("partners"));
        let other = for_item_field(ListKind::TopProblems, ItemField::Contribution, problems[1]);
        assert_eq!(other.len(), CONTRIBUTIONS.len());
        // Each of the article's four problems finds its own example.
        for (at, word) in [
            (0, "search"),
            (4, "meetup"),
            (7, "conferences"),
            (8, "product team"),
        ] {
            let mut strategy = Strategy::default();
            adopt(
                &mut strategy,
                ListKind::TopProblems,
                &TOP_PROBLEMS[0].suggestions[at],
                1,
            );
            let problem = strategy.items(&ListAt::top(ListKind::TopProblems))[0];
            let fitting = for_item_field(ListKind::TopProblems, ItemField::Contribution, problem);
            assert_eq!(fitting.len(), 1, "{}", problem.get(ItemField::Problem));
            assert!(fitting[0].contains(word), "{}", fitting[0]);
        }
    }
}
