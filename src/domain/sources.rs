//! The documents the app's advice comes from, credited wherever their ideas are shown: the
//! About page lists them, and each piece of content names the one it comes from.

/// One document the app's content draws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Jessica West's talk on executive buy-in.
    ExecutiveBuyIn,
    /// Angie Byron's article on organisational alignment.
    OrgAlignment,
    /// Angie Byron's article on cross-functional collaboration.
    Collaboration,
    /// The practical strategy for technical community program management.
    CommunityStrategy,
    /// Jeremy Meiss's article on DevRel and the customer journey.
    CustomerJourney,
    /// Mary Thengvall's article on DevRel Qualified Leads.
    DevRelQualifiedLeads,
    /// Carrie Melissa Jones's community commitment curve.
    CommitmentCurve,
    /// The Orbit model of engagement.
    OrbitModel,
    /// The DevRel Book.
    DevRelBook,
    /// CMX's SPACES model.
    Spaces,
}

/// Who a piece of content is owed to. Every question, warning sign, next step, suggestion,
/// persona, step guidance and plan task carries one, and the screens show it beside the item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Credit {
    From(Source),
    FromBoth(Source, Source),
    /// The app's own addition, not in any of the sources.
    Ours,
    /// The app's own addition, built on an idea of a source.
    OursAfter(Source),
}

impl Credit {
    /// The credit line shown under the item: "From “Organizational alignment” by Angie Byron."
    pub fn line(self) -> String {
        match self {
            Self::From(source) => format!("From {}.", source.cited()),
            Self::FromBoth(first, second) => {
                format!("From {} and {}.", first.cited(), second.cited())
            }
            Self::Ours => OURS.to_owned(),
            Self::OursAfter(source) => format!("Our own addition, built on {}.", source.cited()),
        }
    }

    pub fn is_ours(self) -> bool {
        matches!(self, Self::Ours | Self::OursAfter(_))
    }

    /// The item's text as a list shows it: the app's own additions are marked.
    pub fn mark(self, text: &str) -> String {
        if self.is_ours() {
            format!("{text} {OUR_MARK}")
        } else {
            text.to_owned()
        }
    }

    /// One credit line for a list whose items are marked by `mark`: the source of the items
    /// that are not the app's own (every list's unmarked items share one), and a word on the
    /// marked ones.
    pub fn of_list(credits: impl IntoIterator<Item = Credit>) -> String {
        let mut sourced = None;
        let mut ours = false;
        for credit in credits {
            if credit.is_ours() {
                ours = true;
            } else {
                sourced = Some(credit);
            }
        }
        match (sourced, ours) {
            (None, _) => OURS.to_owned(),
            (Some(credit), false) => credit.line(),
            (Some(credit), true) => format!("{} Those marked {OUR_MARK} are ours.", credit.line()),
        }
    }
}

const OURS: &str = "Our own addition, not from the sources.";
/// Said after an item of a list that is the app's own.
pub const OUR_MARK: &str = "(our addition)";

impl Source {
    pub const ALL: [Source; 10] = [
        Self::ExecutiveBuyIn,
        Self::OrgAlignment,
        Self::Collaboration,
        Self::CommunityStrategy,
        Self::CustomerJourney,
        Self::DevRelQualifiedLeads,
        Self::CommitmentCurve,
        Self::OrbitModel,
        Self::DevRelBook,
        Self::Spaces,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Self::ExecutiveBuyIn => "Get executive buy-in … or else",
            Self::OrgAlignment => "No one gives a &*^@# about your DevRel/Community Programs (and what to do about it) #1: Organizational Alignment",
            Self::Collaboration => "No one gives a &*^@# about your DevRel/Community Programs (and what to do about it) #2: Collaboration",
            Self::CommunityStrategy => "#00: A Practical Strategy for Technical Community Program Management",
            Self::CustomerJourney => "DevRel and the Customer Journey, Part 4",
            Self::DevRelQualifiedLeads => "DevRel Qualified Leads: repurposing a common business metric to prove value",
            Self::CommitmentCurve => "The community commitment curve",
            Self::OrbitModel => "The Orbit Model",
            Self::DevRelBook => "The DevRel Book",
            Self::Spaces => "The SPACES model",
        }
    }

    /// The document as a credit names it: "“Organizational alignment” by Angie Byron".
    fn cited(self) -> &'static str {
        match self {
            Self::ExecutiveBuyIn => "“Get executive buy-in … or else” by Jessica West",
            Self::OrgAlignment => "“Organizational alignment” by Angie Byron",
            Self::Collaboration => "“Cross-functional collaboration” by Angie Byron",
            Self::CommunityStrategy => {
                "“A practical strategy for technical community program management”"
            }
            Self::CustomerJourney => "“DevRel and the customer journey” by Jeremy Meiss",
            Self::DevRelQualifiedLeads => "“DevRel Qualified Leads” by Mary Thengvall",
            Self::CommitmentCurve => "“The community commitment curve” by Carrie Melissa Jones",
            Self::OrbitModel => "“The Orbit Model” by Orbit",
            Self::DevRelBook => "“The DevRel Book” by Caroline Lewko and James Parton",
            Self::Spaces => "“The SPACES model” by CMX",
        }
    }

    /// Who wrote it, and when or where.
    pub fn by(self) -> &'static str {
        match self {
            Self::ExecutiveBuyIn => "Jessica West, head of developer relations at LaunchDarkly (conference talk and notes)",
            Self::OrgAlignment => "Angie Byron (webchick), 2024",
            Self::Collaboration => "Angie Byron (webchick), 2024",
            Self::CommunityStrategy => "blog post, 2023",
            Self::CustomerJourney => "Jeremy Meiss, 2023",
            Self::DevRelQualifiedLeads => "Mary Thengvall, 2019",
            Self::CommitmentCurve => "Carrie Melissa Jones",
            Self::OrbitModel => "Orbit",
            Self::DevRelBook => "Caroline Lewko and James Parton",
            Self::Spaces => "CMX",
        }
    }

    /// Where to read it, when it is published at a known address.
    pub fn link(self) -> Option<&'static str> {
        match self {
            Self::ExecutiveBuyIn => Some("https://youtu.be/BUt77eE5QRI"),
            Self::OrgAlignment => Some("https://webchick.tech/no-one-gives-a-bleep-about-your-devrel-community-programs-and-what-to-do-about-it-1-organizational-alignment"),
            Self::Collaboration => Some("https://webchick.tech/no-one-gives-a-bleep-about-your-devrel-community-programs-and-what-to-do-about-it-2-collaboration"),
            Self::CommunityStrategy => None,
            Self::CustomerJourney => None,
            Self::DevRelQualifiedLeads => Some("https://www.marythengvall.com/blog/2019/12/14/devrel-qualified-leads-repurposing-a-common-business-metrics-to-prove-value"),
            Self::CommitmentCurve => Some("https://www.carriemelissajones.com/blog/community-commitment-curve"),
            Self::OrbitModel => Some("https://orbit.love/model"),
            Self::DevRelBook => None,
            Self::Spaces => None,
        }
    }

    /// What of the app comes from it, for the About page.
    pub fn used_for(self) -> &'static str {
        match self {
            Self::ExecutiveBuyIn => "the executive interview, the three kinds of executive, their next steps, programs with clear outcomes, and internal communication",
            Self::OrgAlignment => "company goals, top organisational problems and how DevRel work answers them, and goals your manager agrees to",
            Self::Collaboration => "cross-functional buddies in Sales, Marketing, Product and Support, and the advice to look further (the short sketches of Engineering, Design, Legal, Security and People are ours)",
            Self::CommunityStrategy => "community basics, program objectives, the developer journey and personas, programs and campaigns, and SMART goals; and its four themes (themes, not duties), which together grow a community that lasts: program management (campaigns and touch points, steps 6 and 7), advocacy (education programs, step 6), communications (step 9) and culture (the journey seen with a beginner's mind, step 4)",
            Self::CustomerJourney => "community and team activities along the customer journey, and DevRel Qualified Leads by the team that receives them: Marketing, Product and Engineering, Sales, Business development, Recruiting",
            Self::DevRelQualifiedLeads => "the idea of DevRel Qualified Leads (the teams that receive them are from Jeremy Meiss's article, above)",
            Self::CommitmentCurve => "the commitment curve offered as stages for campaigns",
            Self::OrbitModel => "the engagement levels offered as another commitment curve: exploring, participating, contributing, leading",
            Self::DevRelBook => "the developer journey offered as journey stages (discover, evaluate, learn, build, scale) and the developer persona",
            Self::Spaces => "the business-value categories for tagging program objectives: support, product, acquisition, contribution, engagement, success",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::buyin::questions::{Group, WarningSign, QUESTIONS};
    use crate::domain::buyin::verdict::Verdict;
    use crate::domain::strategy::steps::Step;
    use crate::domain::strategy::suggestions::{for_list, for_text, BUDDY_PERSONAS};
    use crate::domain::strategy::{ListKind, Text};

    /// Every piece of content the screens show, by where it is shown, with its credit. The
    /// plan's tasks are held to the same rule where the plan is made (`onboarding::tests`).
    fn catalogue() -> Vec<(String, Credit)> {
        let mut all = Vec::new();
        for group in Group::ALL {
            all.push((format!("group {}", group.title()), group.credit()));
        }
        for question in QUESTIONS {
            all.push((format!("question {}", question.id), question.credit()));
        }
        for sign in WarningSign::ALL {
            all.push((format!("warning sign {sign:?}"), sign.credit()));
        }
        for verdict in [Verdict::TheyGetIt, Verdict::MiddleGround, Verdict::NoClue] {
            for (n, (_, credit)) in verdict.next_steps().iter().enumerate() {
                all.push((format!("{verdict:?} next step {}", n + 1), *credit));
            }
        }
        for step in Step::ALL {
            all.push((format!("step {}", step.number()), step.credit()));
        }
        for kind in ListKind::ALL {
            for set in for_list(kind) {
                all.push((format!("suggestions {}", set.name), set.credit));
            }
        }
        for field in Text::ALL {
            let (offered, credit) = for_text(field);
            if !offered.is_empty() {
                all.push((format!("suggested answers {field:?}"), credit));
            }
        }
        for persona in BUDDY_PERSONAS {
            all.push((format!("persona {}", persona.function), persona.credit));
        }
        all
    }

    #[test]
    fn every_piece_of_content_names_its_source_or_is_marked_as_ours() {
        let catalogue = catalogue();
        let mut places: Vec<&str> = catalogue.iter().map(|(place, _)| place.as_str()).collect();
        places.sort_unstable();
        places.dedup();
        assert_eq!(places.len(), catalogue.len(), "each place once");
        for (place, credit) in &catalogue {
            if let Credit::FromBoth(first, second) = credit {
                assert_ne!(first, second, "{place}");
            }
        }
        // The app's own additions, each marked where it is shown and named on About. A new one
        // belongs here, in the coverage table's list of additions, and on About.
        let ours: Vec<&str> = catalogue
            .iter()
            .filter(|(_, credit)| credit.is_ours())
            .map(|(place, _)| place.as_str())
            .collect();
        assert_eq!(
            ours,
            [
                "group Advocacy",
                "question advocacy-speaks-up",
                "question advocacy-commitment",
                "warning sign NoWayToMeasure",
                "warning sign DefendsButDoesNotAdvocate",
                "warning sign NoPlanOrBudget",
                "TheyGetIt next step 3",
                "NoClue next step 3",
                "suggestions Channels to the market",
                "suggestions Customer journey",
                "suggested answers ReviewCadence",
                "persona Engineering",
                "persona Design",
                "persona Legal",
                "persona Security",
                "persona People",
            ]
        );
        // Each of the five documents is credited for something.
        for source in [
            Source::ExecutiveBuyIn,
            Source::OrgAlignment,
            Source::Collaboration,
            Source::CommunityStrategy,
            Source::CustomerJourney,
        ] {
            assert!(
                catalogue.iter().any(|(_, credit)| match *credit {
                    Credit::From(one) | Credit::OursAfter(one) => one == source,
                    Credit::FromBoth(first, second) => first == source || second == source,
                    Credit::Ours => false,
                }),
                "{source:?}"
            );
        }
    }

    #[test]
    fn a_credit_names_the_document_and_marks_what_is_ours() {
        assert_eq!(
            Credit::From(Source::OrgAlignment).line(),
            "From “Organizational alignment” by Angie Byron."
        );
        assert_eq!(
            Credit::FromBoth(Source::ExecutiveBuyIn, Source::CommunityStrategy).line(),
            "From “Get executive buy-in … or else” by Jessica West and “A practical strategy for technical community program management”."
        );
        assert_eq!(
            Credit::OursAfter(Source::Collaboration).line(),
            "Our own addition, built on “Cross-functional collaboration” by Angie Byron."
        );
        assert_eq!(Credit::Ours.mark("Win"), "Win (our addition)");
        assert_eq!(Credit::From(Source::OrgAlignment).mark("Win"), "Win");
    }

    #[test]
    fn a_list_is_credited_once_with_a_word_on_what_is_marked() {
        let talk = Credit::From(Source::ExecutiveBuyIn);
        assert_eq!(
            Credit::of_list([talk, talk]),
            "From “Get executive buy-in … or else” by Jessica West."
        );
        assert_eq!(
            Credit::of_list([talk, Credit::OursAfter(Source::ExecutiveBuyIn)]),
            "From “Get executive buy-in … or else” by Jessica West. Those marked (our addition) are ours."
        );
        assert_eq!(
            Credit::of_list([Credit::Ours]),
            "Our own addition, not from the sources."
        );
        // A list's unmarked items share one source, which its credit line names.
        let sourced = |credits: &mut dyn Iterator<Item = Credit>| {
            let mut sources: Vec<Credit> = credits.filter(|credit| !credit.is_ours()).collect();
            sources.dedup();
            sources.len()
        };
        assert_eq!(
            sourced(&mut WarningSign::ALL.into_iter().map(WarningSign::credit)),
            1
        );
        // Every verdict's next steps: the marked ones are exactly the app's own.
        for verdict in [Verdict::TheyGetIt, Verdict::MiddleGround, Verdict::NoClue] {
            assert_eq!(
                sourced(&mut verdict.next_steps().iter().map(|(_, credit)| *credit)),
                1
            );
            for ((_, credit), line) in verdict.next_steps().iter().zip(verdict.next_step_lines()) {
                assert_eq!(line.ends_with(OUR_MARK), credit.is_ours(), "{line}");
            }
        }
    }
}
