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

    /// The title as a credit line under a piece of advice gives it.
    pub fn short_title(self) -> &'static str {
        match self {
            Self::ExecutiveBuyIn => "Get executive buy-in … or else",
            Self::OrgAlignment => "Organizational alignment",
            Self::Collaboration => "Cross-functional collaboration",
            Self::CommunityStrategy => {
                "A practical strategy for technical community program management"
            }
            Self::CustomerJourney => "DevRel and the customer journey",
            Self::DevRelQualifiedLeads => "DevRel Qualified Leads",
            Self::CommitmentCurve => "The community commitment curve",
            Self::OrbitModel => "The Orbit Model",
            Self::DevRelBook => "The DevRel Book",
            Self::Spaces => "The SPACES model",
        }
    }

    /// The credit a piece of advice carries: "From Organizational alignment by Angie Byron
    /// (webchick), 2024."
    pub fn credit(self) -> String {
        match self.author() {
            Some(author) => format!("From “{}” by {author}.", self.short_title()),
            None => format!("From “{}”.", self.short_title()),
        }
    }

    /// Who wrote it, by name only, for a credit line; `None` where the document names nobody.
    pub fn author(self) -> Option<&'static str> {
        Some(match self {
            Self::ExecutiveBuyIn => "Jessica West",
            Self::OrgAlignment | Self::Collaboration => "Angie Byron",
            Self::CommunityStrategy => return None,
            Self::CustomerJourney => "Jeremy Meiss",
            Self::DevRelQualifiedLeads => "Mary Thengvall",
            Self::CommitmentCurve => "Carrie Melissa Jones",
            Self::OrbitModel => "Orbit",
            Self::DevRelBook => "Caroline Lewko and James Parton",
            Self::Spaces => "CMX",
        })
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
            Self::CommunityStrategy => "community basics, program objectives, the developer journey and personas, programs and campaigns, and SMART goals; and its four themes, which together grow a community that lasts: program management (campaigns and touch points, steps 6 and 7), advocacy (education programs, step 6), communications (step 9) and culture (the journey seen with a beginner's mind, step 4)",
            Self::CustomerJourney => "community and team activities along the customer journey, and DevRel Qualified Leads by the team that receives them: Marketing, Product and Engineering, Sales, Business development, Recruiting",
            Self::DevRelQualifiedLeads => "the idea of DevRel Qualified Leads (the teams that receive them are from Jeremy Meiss's article, above)",
            Self::CommitmentCurve => "the commitment curve offered as stages for campaigns",
            Self::OrbitModel => "the engagement levels offered as another commitment curve: exploring, participating, contributing, leading",
            Self::DevRelBook => "the developer journey offered as journey stages (discover, evaluate, learn, build, scale) and the developer persona",
            Self::Spaces => "the business-value categories for tagging program objectives: support, product, acquisition, contribution, engagement, success",
        }
    }
}
