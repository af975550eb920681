//! The data model shared by every stage: node and edge kinds, their
//! attributes, evidence, and the per-file [`Extraction`] that the extractor
//! produces and the graph consumes.
//!
//! These types serialize every field (no `skip_serializing_if`, no
//! `flatten`): snapshots use postcard, a format that is not self-describing
//! and reads back only what was written field by field.
//!
//! # Examples
//!
//! ```
//! use unxref::{EdgeKind, Extractor, NodeKind};
//! let text = "Resolution 2164 (2014)\n\nThe Security Council,\n\nRecalling its resolution 2100 (2013),\n";
//! let extraction = Extractor::new().extract_str("2164.txt", text);
//! let node = &extraction.documents[0].node;
//! assert_eq!((node.id.as_str(), node.kind), ("S/RES/2164 (2014)", NodeKind::Resolution));
//! let link = &extraction.links[0];
//! assert_eq!((link.kind, link.target.id.as_str()), (EdgeKind::Cites, "S/RES/2100 (2013)"));
//! assert_eq!(link.attrs.relation.as_deref(), Some("recalling"));
//! assert_eq!(link.attrs.evidence.as_ref().map(|e| e.line), Some(5));
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use crate::date::{Date, DateError};
use crate::symbol::{Symbol, SymbolKind};

/// What a node stands for. Document kinds first, then actors.
///
/// # Examples
///
/// ```
/// use unxref::{NodeKind, Symbol};
/// let symbol: Symbol = "S/PRST/2018/10".parse()?;
/// assert_eq!(NodeKind::from_symbol(&symbol), NodeKind::PresidentialStatement);
/// assert_eq!("presidential statement".parse::<NodeKind>(), Ok(NodeKind::PresidentialStatement));
/// assert!(NodeKind::ALL.iter().all(|k| k.as_str().parse::<NodeKind>() == Ok(*k)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NodeKind {
    /// A Security Council resolution (`S/RES/2531 (2020)`).
    Resolution,
    /// A statement by the President of the Security Council (`S/PRST/2018/10`).
    PresidentialStatement,
    /// A report, usually of the Secretary-General (`S/2020/476`).
    Report,
    /// A letter or note verbale (`S/2014/660`).
    Letter,
    /// A draft resolution (`S/2020/600`).
    DraftResolution,
    /// The verbatim record of a meeting (`S/PV.7015`, `A/68/PV.69`).
    MeetingRecord,
    /// A General Assembly resolution (`A/RES/67/135`).
    GaResolution,
    /// Any other General Assembly document (`A/68/649`, `A/65/L.43`).
    GaDocument,
    /// A page of the Yearbook of the United Nations (`YUN 2005, p. 251`).
    Yearbook,
    /// A statement (explanation of vote and the like) held inside another document.
    Statement,
    /// A document whose kind the text does not tell (`S/25696`).
    Document,
    /// A body, mission, force, committee, panel or organization (`actor:MINUSMA`).
    Actor,
    /// A member state, present or former (`state:France`).
    State,
    /// A person (`person:Nicolas de Rivière`).
    Person,
    /// A territory, region or city the Council names that is not a member
    /// state (`place:Western Sahara`, `place:Darfur`, `place:Sahel`).
    Place,
    /// A chapter of the Charter of the United Nations (`charter:Chapter VII`):
    /// what a resolution says it acts under.
    Charter,
    /// A resolution of another organ: the Human Rights Council
    /// (`A/HRC/RES/56/8`), the Economic and Social Council (`E/RES/2004/39`),
    /// the Commission on Human Rights (`E/CN.4/RES/2005/69`). Its organ is
    /// its symbol's ([`crate::Symbol::organ`], the query field `organ`).
    /// Last in the enum so that older snapshots still decode; listed after
    /// `ga_resolution` in [`NodeKind::ALL`].
    OrganResolution,
}

impl NodeKind {
    /// Every kind, in display order.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::NodeKind;
    /// let documents = NodeKind::ALL.iter().filter(|k| k.is_document()).count();
    /// assert_eq!(documents, 12);
    /// assert_eq!(NodeKind::ALL[0], NodeKind::Resolution);
    /// ```
    pub const ALL: [NodeKind; 17] = [
        NodeKind::Resolution,
        NodeKind::PresidentialStatement,
        NodeKind::Report,
        NodeKind::Letter,
        NodeKind::DraftResolution,
        NodeKind::MeetingRecord,
        NodeKind::GaResolution,
        NodeKind::OrganResolution,
        NodeKind::GaDocument,
        NodeKind::Yearbook,
        NodeKind::Statement,
        NodeKind::Document,
        NodeKind::Actor,
        NodeKind::State,
        NodeKind::Person,
        NodeKind::Place,
        NodeKind::Charter,
    ];

    /// The snake_case name used in exports and queries (`presidential_statement`).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::NodeKind;
    /// assert_eq!(NodeKind::DraftResolution.as_str(), "draft_resolution");
    /// assert_eq!(NodeKind::State.to_string(), "state");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Resolution => "resolution",
            NodeKind::PresidentialStatement => "presidential_statement",
            NodeKind::Report => "report",
            NodeKind::Letter => "letter",
            NodeKind::DraftResolution => "draft_resolution",
            NodeKind::MeetingRecord => "meeting_record",
            NodeKind::GaResolution => "ga_resolution",
            NodeKind::GaDocument => "ga_document",
            NodeKind::OrganResolution => "organ_resolution",
            NodeKind::Yearbook => "yearbook",
            NodeKind::Statement => "statement",
            NodeKind::Document => "document",
            NodeKind::Actor => "actor",
            NodeKind::State => "state",
            NodeKind::Person => "person",
            NodeKind::Place => "place",
            NodeKind::Charter => "charter",
        }
    }

    /// True for documents, false for actors, states, persons and places.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::NodeKind;
    /// assert!(NodeKind::MeetingRecord.is_document());
    /// assert!(!NodeKind::State.is_document());
    /// ```
    pub fn is_document(self) -> bool {
        !matches!(
            self,
            NodeKind::Actor | NodeKind::State | NodeKind::Person | NodeKind::Place | NodeKind::Charter
        )
    }

    /// The kind a symbol suggests before the text says more.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{NodeKind, Symbol};
    /// let meeting: Symbol = "S/PV.7015".parse()?;
    /// assert_eq!(NodeKind::from_symbol(&meeting), NodeKind::MeetingRecord);
    /// // A bare Security Council symbol does not say what the document is.
    /// let unknown: Symbol = "S/2020/476".parse()?;
    /// assert_eq!(NodeKind::from_symbol(&unknown), NodeKind::Document);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_symbol(symbol: &Symbol) -> NodeKind {
        match symbol.kind() {
            SymbolKind::ScResolution => NodeKind::Resolution,
            SymbolKind::PresidentialStatement => NodeKind::PresidentialStatement,
            SymbolKind::ScMeeting | SymbolKind::GaMeeting => NodeKind::MeetingRecord,
            SymbolKind::GaResolution => NodeKind::GaResolution,
            SymbolKind::GaDocument => NodeKind::GaDocument,
            SymbolKind::Yearbook => NodeKind::Yearbook,
            SymbolKind::ScDocument => NodeKind::Document,
            // Other organs' documents: the organ is the symbol's
            // (`Symbol::organ`), the label names it.
            SymbolKind::OrganResolution => NodeKind::OrganResolution,
            SymbolKind::OrganDocument => NodeKind::Document,
        }
    }
}

impl fmt::Display for NodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for NodeKind {
    type Err = ParseKindError;
    fn from_str(s: &str) -> Result<NodeKind, ParseKindError> {
        let wanted = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        NodeKind::ALL
            .into_iter()
            .find(|k| k.as_str() == wanted)
            .ok_or_else(|| ParseKindError::new("node kind", s))
    }
}

/// A word that names no [`NodeKind`], [`EdgeKind`], [`Category`] or
/// [`Paragraph`]: `"quotes".parse::<EdgeKind>()`.
///
/// # Examples
///
/// ```
/// use unxref::{EdgeKind, model::ParseKindError};
/// let err: ParseKindError = "quotes".parse::<EdgeKind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown edge kind \"quotes\"");
/// assert_eq!((err.what(), err.text()), ("edge kind", "quotes"));
/// let boxed: Box<dyn std::error::Error> = Box::new(err);
/// # let _ = boxed;
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {text:?}")]
pub struct ParseKindError {
    what: &'static str,
    text: String,
}

impl ParseKindError {
    fn new(what: &'static str, text: &str) -> ParseKindError {
        ParseKindError {
            what,
            text: text.to_string(),
        }
    }

    /// What was being read: `node kind`, `edge kind`, `category`, `paragraph`.
    ///
    /// ```
    /// assert_eq!("x".parse::<unxref::NodeKind>().unwrap_err().what(), "node kind");
    /// ```
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The text that named nothing.
    ///
    /// ```
    /// assert_eq!("x".parse::<unxref::NodeKind>().unwrap_err().text(), "x");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// What an edge says about its two ends.
///
/// # Examples
///
/// ```
/// use unxref::EdgeKind;
/// assert_eq!("extends mandate".parse::<EdgeKind>(), Ok(EdgeKind::ExtendsMandate));
/// assert!("quotes".parse::<EdgeKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EdgeKind {
    /// Document → document it refers to.
    Cites,
    /// Draft resolution → the resolution it was adopted as.
    AdoptedAs,
    /// Draft → sponsoring state.
    SubmittedBy,
    /// State → draft or resolution, with a [`VotePosition`].
    Voted,
    /// Document → person who signed it.
    SignedBy,
    /// Document → actor it names.
    Mentions,
    /// Resolution → committee, panel or mission it creates.
    Establishes,
    /// Resolution → mission whose mandate it extends, with the end date.
    ExtendsMandate,
    /// Letter → annex or enclosure.
    Contains,
    /// Resolution → meeting record of the meeting that adopted it.
    AdoptedAt,
    /// Resolution → operation it authorizes others to deploy or establish
    /// ("Decides to authorize the deployment of AFISMA"): not an establishment.
    Authorizes,
    /// Resolution → mission whose mandate it ends ("Decides to terminate the
    /// mandate of UNAMSIL"), with the end date where given.
    Terminates,
    /// Resolution → mission whose mandate or strength it changes ("Decides to
    /// expand UNAMIR's mandate", "Decides to increase the force levels of UNMISS").
    ModifiesMandate,
    /// Resolution → chapter of the Charter it says it acts under ("Acting
    /// under Chapter VII of the Charter"), with the article as pinpoint
    /// ("Acting under Article 41 of the Charter": Chapter VII, `Article 41`).
    ActsUnder,
    /// Resolution → party it authorizes to use force ("Authorizes Member
    /// States … to use all necessary means", "Authorizes MINUSMA to use all
    /// necessary means to carry out its mandate"), with the clause as evidence.
    AuthorizesForce,
}

impl EdgeKind {
    /// Every kind, in display order.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::EdgeKind;
    /// let names: Vec<&str> = EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
    /// assert_eq!(names[..3], ["cites", "adopted_as", "submitted_by"]);
    /// ```
    pub const ALL: [EdgeKind; 15] = [
        EdgeKind::Cites,
        EdgeKind::AdoptedAs,
        EdgeKind::SubmittedBy,
        EdgeKind::Voted,
        EdgeKind::SignedBy,
        EdgeKind::Mentions,
        EdgeKind::Establishes,
        EdgeKind::ExtendsMandate,
        EdgeKind::Contains,
        EdgeKind::AdoptedAt,
        EdgeKind::Authorizes,
        EdgeKind::Terminates,
        EdgeKind::ModifiesMandate,
        EdgeKind::ActsUnder,
        EdgeKind::AuthorizesForce,
    ];

    /// This kind's place in [`EdgeKind::ALL`]: the bit of a set of kinds, the
    /// slot of a per-kind table. A `match`, as walks ask it for every edge.
    pub(crate) const fn slot(self) -> usize {
        match self {
            EdgeKind::Cites => 0,
            EdgeKind::AdoptedAs => 1,
            EdgeKind::SubmittedBy => 2,
            EdgeKind::Voted => 3,
            EdgeKind::SignedBy => 4,
            EdgeKind::Mentions => 5,
            EdgeKind::Establishes => 6,
            EdgeKind::ExtendsMandate => 7,
            EdgeKind::Contains => 8,
            EdgeKind::AdoptedAt => 9,
            EdgeKind::Authorizes => 10,
            EdgeKind::Terminates => 11,
            EdgeKind::ModifiesMandate => 12,
            EdgeKind::ActsUnder => 13,
            EdgeKind::AuthorizesForce => 14,
        }
    }

    /// The snake_case name used in exports and queries (`extends_mandate`).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::EdgeKind;
    /// assert_eq!(EdgeKind::AdoptedAs.as_str(), "adopted_as");
    /// assert_eq!(EdgeKind::Cites.to_string(), "cites");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Cites => "cites",
            EdgeKind::AdoptedAs => "adopted_as",
            EdgeKind::SubmittedBy => "submitted_by",
            EdgeKind::Voted => "voted",
            EdgeKind::SignedBy => "signed_by",
            EdgeKind::Mentions => "mentions",
            EdgeKind::Establishes => "establishes",
            EdgeKind::ExtendsMandate => "extends_mandate",
            EdgeKind::Contains => "contains",
            EdgeKind::AdoptedAt => "adopted_at",
            EdgeKind::Authorizes => "authorizes",
            EdgeKind::Terminates => "terminates",
            EdgeKind::ModifiesMandate => "modifies_mandate",
            EdgeKind::ActsUnder => "acts_under",
            EdgeKind::AuthorizesForce => "authorizes_force",
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EdgeKind {
    type Err = ParseKindError;
    fn from_str(s: &str) -> Result<EdgeKind, ParseKindError> {
        let wanted = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        EdgeKind::ALL
            .into_iter()
            .find(|k| k.as_str() == wanted)
            .ok_or_else(|| ParseKindError::new("edge kind", s))
    }
}

/// The sub-kind of an actor node: the closed list the actor dictionary
/// (`data/actors.toml`) accepts, and the two the state list gives. Written
/// and read as its snake-case word (`armed_group`), also in snapshots.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::Category;
/// assert_eq!(graph.node("actor:MINUSMA").unwrap().category, Some(Category::Mission));
/// assert_eq!("armed group".parse::<Category>(), Ok(Category::ArmedGroup));
/// assert_eq!(Category::NationalForce.to_string(), "national_force");
/// assert!("club".parse::<Category>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// A peace operation or political mission (`MINUSMA`).
    Mission,
    /// A force authorized by the Council (`AFISMA`).
    Force,
    /// A Council committee (sanctions committees).
    Committee,
    /// A panel or group of experts.
    Panel,
    /// A regional or international organization (`African Union`).
    Organization,
    /// A UN agency, fund or programme.
    Agency,
    /// Another body (commissions, mechanisms).
    Body,
    /// A court or tribunal.
    Court,
    /// A principal organ of the UN (`General Assembly`).
    Organ,
    /// A non-state armed group.
    ArmedGroup,
    /// A state's army or police.
    NationalForce,
    /// An office (`Office of the Special Envoy`).
    Office,
    /// A state.
    State,
    /// A state that no longer exists (`Yugoslavia`).
    FormerState,
}

impl Category {
    /// Every category, in declaration order.
    ///
    /// ```
    /// use unxref::Category;
    /// assert!(Category::ALL.iter().all(|c| c.as_str().parse::<Category>() == Ok(*c)));
    /// ```
    pub const ALL: [Category; 14] = [
        Category::Mission,
        Category::Force,
        Category::Committee,
        Category::Panel,
        Category::Organization,
        Category::Agency,
        Category::Body,
        Category::Court,
        Category::Organ,
        Category::ArmedGroup,
        Category::NationalForce,
        Category::Office,
        Category::State,
        Category::FormerState,
    ];

    /// The category's word (`mission`, `armed_group`).
    ///
    /// ```
    /// assert_eq!(unxref::Category::ArmedGroup.as_str(), "armed_group");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Mission => "mission",
            Category::Force => "force",
            Category::Committee => "committee",
            Category::Panel => "panel",
            Category::Organization => "organization",
            Category::Agency => "agency",
            Category::Body => "body",
            Category::Court => "court",
            Category::Organ => "organ",
            Category::ArmedGroup => "armed_group",
            Category::NationalForce => "national_force",
            Category::Office => "office",
            Category::State => "state",
            Category::FormerState => "former_state",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = ParseKindError;
    fn from_str(s: &str) -> Result<Category, ParseKindError> {
        // The dictionary's categories are written as they print: found
        // without the copies below (every actor link parses its category).
        if let Some(k) = Category::ALL.into_iter().find(|k| k.as_str() == s) {
            return Ok(k);
        }
        let wanted = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        Category::ALL
            .into_iter()
            .find(|k| k.as_str() == wanted)
            .ok_or_else(|| ParseKindError::new("category", s))
    }
}

/// Where in its source document a fact stands: the preamble, or an
/// operative paragraph by number. Written and read as `preamble` or the
/// number (`16`), also in snapshots.
///
/// # Examples
///
/// ```
/// use unxref::Paragraph;
/// assert_eq!("16".parse::<Paragraph>(), Ok(Paragraph::Operative(16)));
/// assert_eq!(Paragraph::Preamble.to_string(), "preamble");
/// assert!(Paragraph::Preamble < Paragraph::Operative(1));
/// assert!("annex".parse::<Paragraph>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Paragraph {
    /// The preambular paragraphs ("Recalling …", "Noting …").
    Preamble,
    /// Operative paragraph `n` ("16. Decides …").
    Operative(u32),
}

impl fmt::Display for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Paragraph::Preamble => f.write_str("preamble"),
            Paragraph::Operative(n) => write!(f, "{n}"),
        }
    }
}

impl FromStr for Paragraph {
    type Err = ParseKindError;
    fn from_str(s: &str) -> Result<Paragraph, ParseKindError> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("preamble") {
            return Ok(Paragraph::Preamble);
        }
        t.parse::<u32>()
            .ok()
            .filter(|n| *n > 0 && t.bytes().all(|b| b.is_ascii_digit()))
            .map(Paragraph::Operative)
            .ok_or_else(|| ParseKindError::new("paragraph", s))
    }
}

/// Serialised as the word or number's text, as the fields were when they
/// were strings: snapshots and JSON keep their encoding.
macro_rules! serde_as_text {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$t, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

serde_as_text!(Category);
serde_as_text!(Paragraph);

/// How a state voted, or how it stood aside from a vote: the Council's
/// records of 1946–1973 name members that "did not participate in the
/// voting", were "absent", or were "present and not voting".
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::{EdgeKind, VotePosition};
/// // The voting letters of data/ record how each member voted on draft S/2020/600.
/// let votes = graph.edges_of("S/2020/600", EdgeKind::Voted, petgraph::Direction::Incoming);
/// assert!(votes.iter().any(|v| v.edge.attrs().position == Some(VotePosition::InFavour)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VotePosition {
    /// In favour.
    InFavour,
    /// Against.
    Against,
    /// Abstention.
    Abstention,
    /// Did not participate in the voting ("One member (China) did not
    /// participate in the voting"): present, and no vote cast or counted.
    NotParticipating,
    /// Absent from the meeting ("one member (Union of Soviet Socialist
    /// Republics) was absent", "by 10 votes (Union of Soviet Socialist
    /// Republics, absent)"). An absent member the President ruled counted
    /// as abstaining (63 (1948)) is an [`Abstention`](VotePosition::Abstention).
    Absent,
    /// Present and not voting ("by 9 votes (Australia, present and not
    /// voting; …)").
    PresentNotVoting,
}

impl VotePosition {
    /// Every position, in the order of [`VotePosition::as_str`]'s list:
    /// the three votes cast, then the three ways of casting none.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::VotePosition;
    /// assert_eq!(VotePosition::ALL.len(), 6);
    /// assert_eq!(VotePosition::ALL[0], VotePosition::InFavour);
    /// ```
    pub const ALL: [VotePosition; 6] = [
        VotePosition::InFavour,
        VotePosition::Against,
        VotePosition::Abstention,
        VotePosition::NotParticipating,
        VotePosition::Absent,
        VotePosition::PresentNotVoting,
    ];

    /// `in_favour`, `against`, `abstention`, `not_participating`,
    /// `absent`, `present_not_voting`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::VotePosition;
    /// assert_eq!(VotePosition::Abstention.as_str(), "abstention");
    /// assert_eq!(VotePosition::InFavour.to_string(), "in_favour");
    /// assert_eq!(VotePosition::NotParticipating.as_str(), "not_participating");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            VotePosition::InFavour => "in_favour",
            VotePosition::Against => "against",
            VotePosition::Abstention => "abstention",
            VotePosition::NotParticipating => "not_participating",
            VotePosition::Absent => "absent",
            VotePosition::PresentNotVoting => "present_not_voting",
        }
    }

    /// The position whose [`as_str`](VotePosition::as_str) is `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::VotePosition;
    /// assert_eq!(VotePosition::from_name("absent"), Some(VotePosition::Absent));
    /// assert_eq!(VotePosition::from_name("maybe"), None);
    /// ```
    pub fn from_name(text: &str) -> Option<VotePosition> {
        VotePosition::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// True for a vote cast (in favour, against, abstention); false for a
    /// member that cast none (not participating, absent, present and not
    /// voting).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::VotePosition;
    /// assert!(VotePosition::Abstention.is_cast());
    /// assert!(!VotePosition::Absent.is_cast());
    /// ```
    pub fn is_cast(self) -> bool {
        matches!(
            self,
            VotePosition::InFavour | VotePosition::Against | VotePosition::Abstention
        )
    }

    /// How a sentence says a state took this position on a document:
    /// "voted in favour of", "did not participate in the voting on", "was
    /// absent from the vote on".
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::VotePosition;
    /// assert_eq!(VotePosition::Against.phrase(), "voted against");
    /// assert_eq!(VotePosition::NotParticipating.phrase(), "did not participate in the voting on");
    /// ```
    pub fn phrase(self) -> &'static str {
        match self {
            VotePosition::InFavour => "voted in favour of",
            VotePosition::Against => "voted against",
            VotePosition::Abstention => "abstained on",
            VotePosition::NotParticipating => "did not participate in the voting on",
            VotePosition::Absent => "was absent from the vote on",
            VotePosition::PresentNotVoting => "was present and not voting on",
        }
    }
}

impl fmt::Display for VotePosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the corpus a fact was read: file, page (PDF only), 1-based line,
/// and the quoted fragment. For a text file the line is the file's line; for
/// a PDF it is the line on that page of the text taken out of it (as
/// `pdftotext -layout` shows it), so `report.pdf p. 3 line 12` can be found
/// by eye.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::EdgeKind;
/// use petgraph::Direction::Outgoing;
/// // Draft S/2020/600 cites resolution 1325 (2000) on line 126 of the first seed file.
/// let cites = graph.edges_of("S/2020/600", EdgeKind::Cites, Outgoing);
/// let to_1325 = cites.iter().find(|e| e.target.id == "S/RES/1325 (2000)").unwrap();
/// let evidence = to_1325.edge.attrs().evidence.as_ref().unwrap();
/// assert!(evidence.file.ends_with("000_5084318a0e7514bb.txt"));
/// assert_eq!(evidence.line, 126);
/// assert!(evidence.quote.contains("resolution 1325 (2000)"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The file's path as given to the loader.
    pub file: String,
    /// 1-based line number in the original file, or on the page for a PDF.
    pub line: u32,
    /// The fragment of text that states the fact.
    pub quote: String,
    /// The 1-based page, for a paged source (PDF); `None` for text, Word and HTML.
    #[serde(default)]
    pub page: Option<u32>,
}

impl Evidence {
    /// Where on the file: `p. 3 line 12` for a paged source, `line 12` otherwise.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::model::Evidence;
    /// let mut e = Evidence { file: "S_2012_534.pdf".into(), line: 12, quote: String::new(), page: Some(3) };
    /// assert_eq!(e.place(), "p. 3 line 12");
    /// assert_eq!(e.location(), "S_2012_534.pdf p. 3 line 12");
    /// e.page = None;
    /// assert_eq!((e.place().as_str(), e.location().as_str()), ("line 12", "S_2012_534.pdf:12"));
    /// ```
    pub fn place(&self) -> String {
        match self.page {
            Some(page) => format!("p. {page} line {}", self.line),
            None => format!("line {}", self.line),
        }
    }

    /// File and place: `file.pdf p. 3 line 12`, or `file.txt:12` without a page.
    ///
    /// ```
    /// use unxref::model::Evidence;
    /// let e = Evidence { file: "data/a.txt".into(), line: 5, quote: String::new(), page: None };
    /// assert_eq!(e.location(), "data/a.txt:5");
    /// ```
    pub fn location(&self) -> String {
        self.location_in(&self.file)
    }

    /// [`Evidence::location`] with the file shown as `file` (a shortened path).
    ///
    /// ```
    /// use unxref::model::Evidence;
    /// let e = Evidence { file: "/tmp/S_2012_534.pdf".into(), line: 15, quote: String::new(), page: Some(9) };
    /// assert_eq!(e.location_in("S_2012_534.pdf"), "S_2012_534.pdf p. 9 line 15");
    /// ```
    pub fn location_in(&self, file: &str) -> String {
        match self.page {
            Some(_) => format!("{file} {}", self.place()),
            None => format!("{file}:{}", self.line),
        }
    }
}

/// A node of the citation graph: a document or an actor.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::NodeKind;
/// // data/ holds the text of draft S/2020/600 …
/// let draft = graph.node("S/2020/600").unwrap();
/// assert_eq!((draft.kind, draft.date.map(|d| d.to_string())), (NodeKind::DraftResolution, Some("2020-06-29".into())));
/// assert_eq!(draft.title.as_deref(), Some("France: draft resolution"));
/// assert!(draft.held);
/// // … so resolution 2531 (2020), adopted from it, is held through it.
/// let res = graph.node("S/RES/2531 (2020)").unwrap();
/// assert_eq!((res.kind, res.label.as_str()), (NodeKind::Resolution, "Resolution 2531 (2020)"));
/// assert!(res.held);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Canonical id: a UN symbol for documents, `actor:`, `state:` or `person:` otherwise.
    pub id: String,
    /// What the node stands for.
    pub kind: NodeKind,
    /// A short human label (`Resolution 2531 (2020)`, `MINUSMA`).
    pub label: String,
    /// The document's title or the actor's full name.
    pub title: Option<String>,
    /// Date of adoption or issue, where known.
    pub date: Option<Date>,
    /// Year, where known (from the date, or from the symbol).
    pub year: Option<u16>,
    /// The agenda item under which a document was issued.
    pub agenda: Option<String>,
    /// Sub-kind of an actor: mission, committee, panel, force, organization, ….
    pub category: Option<Category>,
    /// Other names and symbols the node is known by (joint symbols, acronyms).
    pub aliases: Vec<String>,
    /// True when the corpus holds the document's text; false for stubs
    /// (documents cited but not held). Actors are always held.
    pub held: bool,
    /// Where the document's text starts, for held documents.
    pub source: Option<Evidence>,
    /// For a resolution: how the Council adopted it, where the text records
    /// it ("Adopted unanimously at the 1139th meeting", "by 13 votes to none,
    /// with 2 abstentions"). `None` means no vote is recorded in the corpus,
    /// never that there was none.
    pub tally: Option<Tally>,
}

/// How a resolution was adopted, as its text records it: a property of the
/// resolution, not a vote by anyone. Counts the text does not state stay
/// `None`.
///
/// # Examples
///
/// ```
/// use unxref::Extractor;
/// let text = "Resolution 314 (1972)\n\nThe Security Council,\n\n1. Decides to remain seized of the matter.\n\n\
///             Adopted at the 1645th meeting  by 13 votes to none, with 2 abstentions (United Kingdom of Great \
///             Britain and Northern Ireland, United States of America).\n";
/// let extraction = Extractor::new().extract_str("S-RES-314(1972).txt", text);
/// let tally = extraction.documents[0].node.tally.as_ref().unwrap();
/// assert_eq!((tally.in_favour, tally.against, tally.abstaining), (Some(13), Some(0), Some(2)));
/// assert!(!tally.unanimous);
/// assert_eq!(tally.meeting, Some(1645));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tally {
    /// "Adopted unanimously", or no vote against, no abstention and no
    /// member not participating.
    pub unanimous: bool,
    /// "Adopted without vote".
    pub without_vote: bool,
    /// Votes in favour.
    pub in_favour: Option<u32>,
    /// Votes against ("to none" is 0).
    pub against: Option<u32>,
    /// Abstentions ("with 2 abstentions"; 0 when the tally names none).
    pub abstaining: Option<u32>,
    /// Members that did not participate in the voting.
    pub not_participating: Option<u32>,
    /// The number of the meeting that adopted it.
    pub meeting: Option<u32>,
    /// Where the tally was read.
    pub evidence: Option<Evidence>,
}

impl Tally {
    /// "unanimously", "13-0-2", "without vote": the tally in a few words.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::model::Tally;
    /// let t = Tally { in_favour: Some(13), against: Some(0), abstaining: Some(2), ..Tally::default() };
    /// assert_eq!(t.summary(), "13 in favour, 0 against, 2 abstaining");
    /// assert_eq!(Tally { unanimous: true, ..Tally::default() }.summary(), "unanimously");
    /// ```
    pub fn summary(&self) -> String {
        if self.without_vote {
            return "without vote".to_string();
        }
        let mut parts = Vec::new();
        if let Some(n) = self.in_favour {
            parts.push(format!("{n} in favour"));
        }
        if let Some(n) = self.against {
            parts.push(format!("{n} against"));
        }
        if let Some(n) = self.abstaining {
            parts.push(format!("{n} abstaining"));
        }
        if let Some(n) = self.not_participating {
            parts.push(format!("{n} not participating"));
        }
        match (self.unanimous, parts.is_empty()) {
            (true, true) => "unanimously".to_string(),
            (true, false) => format!("unanimously ({})", parts.join(", ")),
            _ => parts.join(", "),
        }
    }
}

impl Node {
    /// A node with only an id, kind and label set.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Node, NodeKind};
    /// let node = Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA");
    /// assert_eq!(node.label, "MINUSMA");
    /// assert!(node.title.is_none() && !node.held);
    /// ```
    pub fn new(id: impl Into<String>, kind: NodeKind, label: impl Into<String>) -> Node {
        Node {
            id: id.into(),
            kind,
            label: label.into(),
            title: None,
            date: None,
            year: None,
            agenda: None,
            category: None,
            aliases: Vec::new(),
            held: false,
            source: None,
            tally: None,
        }
    }

    /// A stub node for a document known only by its symbol.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Node, NodeKind};
    /// let node = Node::stub(&"S/RES/1325(2000)".parse()?);
    /// assert_eq!(node.id, "S/RES/1325 (2000)");
    /// assert_eq!((node.kind, node.year, node.held), (NodeKind::Resolution, Some(2000), false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stub(symbol: &Symbol) -> Node {
        let mut node = Node::new(symbol.as_str(), NodeKind::from_symbol(symbol), label_for(symbol));
        node.year = symbol.year();
        node
    }

    /// The node's id read as a UN document symbol; `None` for actors,
    /// states and people.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Node, NodeKind, SymbolKind};
    /// let node = Node::stub(&"S/RES/1325(2000)".parse()?);
    /// assert_eq!(node.symbol().map(|s| s.kind()), Some(SymbolKind::ScResolution));
    /// assert_eq!(Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA").symbol(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn symbol(&self) -> Option<Symbol> {
        if !self.kind.is_document() {
            return None;
        }
        self.id.parse().ok()
    }

    /// A Security Council resolution's number (`1325`); `None` for any
    /// other node.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Node;
    /// assert_eq!(Node::stub(&"S/RES/1325(2000)".parse()?).number(), Some(1325));
    /// assert_eq!(Node::stub(&"S/2020/600".parse()?).number(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn number(&self) -> Option<u32> {
        self.symbol()?.resolution_number()
    }

    /// The node's year: the `year` field, else its date's year.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Node, NodeKind};
    /// let mut node = Node::new("S/2020/600", NodeKind::DraftResolution, "S/2020/600");
    /// assert_eq!(node.year(), None);
    /// node.date = Some("2020-06-29".parse()?);
    /// assert_eq!(node.year(), Some(2020));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
            .or_else(|| self.date.and_then(|d| u16::try_from(d.year()).ok()))
    }
}

/// The short label of a document known by its symbol: `Resolution 2531 (2020)`
/// for resolutions, the symbol itself otherwise.
///
/// # Examples
///
/// ```
/// use unxref::model::label_for;
/// assert_eq!(label_for(&"S/RES/2531 (2020)".parse()?), "Resolution 2531 (2020)");
/// assert_eq!(label_for(&"S/2020/476".parse()?), "S/2020/476");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn label_for(symbol: &Symbol) -> String {
    match symbol.kind() {
        SymbolKind::ScResolution => symbol
            .as_str()
            .strip_prefix("S/RES/")
            .map(|rest| ["Resolution ", rest].concat())
            .unwrap_or_else(|| symbol.as_str().to_owned()),
        SymbolKind::OrganResolution => {
            let s = symbol.as_str();
            let (word, number) = match (s.split_once("/RES/"), s.split_once("/DEC/")) {
                (Some((_, n)), _) => ("resolution", n),
                (_, Some((_, n))) => ("decision", n),
                _ => ("", s),
            };
            format!("{} {word} {number}", symbol.organ().name())
        }
        _ => symbol.as_str().to_owned(),
    }
}

/// The attributes an edge carries besides its kind.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::EdgeKind;
/// // Paragraph 37: "… as per the conditions set by resolution 2391 (2017)";
/// // paragraph 38 adds the pin: "Recalls all provisions of paragraph 13 of resolution 2391".
/// let cites = graph.edges_of("S/2020/600", EdgeKind::Cites, petgraph::Direction::Outgoing);
/// let attrs = cites.iter().find(|e| e.target.id == "S/RES/2391 (2017)").unwrap().edge.attrs();
/// // The verbs of its other citations of 2391 follow the first.
/// assert_eq!(attrs.relation.as_deref(), Some("set by; recalling; expressing; set out in; implementation of; referred to in"));
/// assert_eq!(attrs.paragraph, Some(unxref::Paragraph::Operative(37)));
/// assert_eq!(attrs.pinpoint.as_deref(), Some("13"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EdgeAttrs {
    /// For `cites`: the governing verb as written (`recalling`, `taking note of`, `pursuant to`);
    /// for a citation met under several verbs, each once, in the order read,
    /// joined by [`RELATION_SEPARATOR`](crate::graph::RELATION_SEPARATOR) (`recalling; reaffirms`).
    pub relation: Option<String>,
    /// The operative paragraph of the source document where the fact stands
    /// (`16`), or the preamble.
    pub paragraph: Option<Paragraph>,
    /// For `cites`: the paragraph of the cited document named by a pin
    /// (`paragraph 13 of resolution 2391` → `13`).
    pub pinpoint: Option<String>,
    /// For `voted`: how the state voted.
    pub position: Option<VotePosition>,
    /// For the mandate relations (`establishes`, `extends_mandate`,
    /// `terminates`, …): the end date the text states (`2021-06-30`).
    pub date: Option<Date>,
    /// For `signed_by`: the signatory's role (`President of the Security Council`).
    pub role: Option<String>,
    /// For `signed_by`: the state the signatory represents, as a node id (`state:France`).
    pub represents: Option<String>,
    /// How many times the fact was met (mentions of an actor, repeated citations).
    pub count: u32,
    /// Where the fact was first read.
    pub evidence: Option<Evidence>,
}

/// An edge of the citation graph: its kind and attributes.
///
/// Most edges of a large graph carry nothing but their kind, so the
/// attributes sit behind an optional box: a bare edge costs 16 bytes, which
/// keeps a graph of ten million citations under 100 bytes per edge.
///
/// # Examples
///
/// ```
/// use unxref::{Edge, EdgeAttrs, EdgeKind};
/// let edge = Edge::new(EdgeKind::Cites, EdgeAttrs { relation: Some("recalling".into()), ..EdgeAttrs::default() });
/// assert_eq!(edge.attrs().relation.as_deref(), Some("recalling"));
/// assert_eq!(edge.attrs().count, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// What the edge says.
    pub kind: EdgeKind,
    attrs: Option<Box<EdgeAttrs>>,
}

static BARE: EdgeAttrs = EdgeAttrs {
    relation: None,
    paragraph: None,
    pinpoint: None,
    position: None,
    date: None,
    role: None,
    represents: None,
    count: 1,
    evidence: None,
};

impl Edge {
    /// An edge with these attributes (stored bare when they are the default).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Edge, EdgeAttrs, EdgeKind};
    /// let edge = Edge::new(EdgeKind::Cites, EdgeAttrs { paragraph: Some(unxref::Paragraph::Preamble), ..EdgeAttrs::default() });
    /// assert_eq!(edge.attrs().paragraph, Some(unxref::Paragraph::Preamble));
    /// // Default attributes are stored as a bare edge.
    /// assert_eq!(Edge::new(EdgeKind::Cites, EdgeAttrs::default()), Edge::bare(EdgeKind::Cites));
    /// ```
    pub fn new(kind: EdgeKind, mut attrs: EdgeAttrs) -> Edge {
        attrs.count = attrs.count.max(1);
        let attrs = (attrs != BARE).then(|| Box::new(attrs));
        Edge { kind, attrs }
    }

    /// An edge with no attributes but its kind (count 1).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Edge, EdgeKind};
    /// let edge = Edge::bare(EdgeKind::AdoptedAs);
    /// assert_eq!((edge.kind, edge.attrs().count), (EdgeKind::AdoptedAs, 1));
    /// assert!(edge.attrs().evidence.is_none());
    /// ```
    pub fn bare(kind: EdgeKind) -> Edge {
        Edge { kind, attrs: None }
    }

    /// The edge's attributes (relation, paragraph, evidence, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Edge, EdgeKind};
    /// assert_eq!(Edge::bare(EdgeKind::Mentions).attrs().count, 1);
    /// ```
    pub fn attrs(&self) -> &EdgeAttrs {
        self.attrs.as_deref().unwrap_or(&BARE)
    }

    /// The edge's attributes, for changing them.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Edge, EdgeKind};
    /// let mut edge = Edge::bare(EdgeKind::Mentions);
    /// edge.attrs_mut().count += 2;
    /// assert_eq!(edge.attrs().count, 3);
    /// ```
    pub fn attrs_mut(&mut self) -> &mut EdgeAttrs {
        self.attrs.get_or_insert_with(|| Box::new(BARE.clone()))
    }
}

/// An end of a [`Link`]: enough to create a stub node if the graph lacks it.
///
/// # Examples
///
/// ```
/// use unxref::{NodeKind, NodeRef};
/// let minusma = NodeRef {
///     id: "actor:MINUSMA".into(),
///     kind: NodeKind::Actor,
///     label: "MINUSMA".into(),
///     category: Some(unxref::Category::Mission),
/// };
/// assert!(!minusma.kind.is_document());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeRef {
    /// Canonical node id.
    pub id: String,
    /// Kind to give the node if it has to be created.
    pub kind: NodeKind,
    /// Label to give the node if it has to be created.
    pub label: String,
    /// Actor sub-kind, for actors.
    pub category: Option<Category>,
}

impl NodeRef {
    /// A reference to the document named by `symbol`.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{NodeKind, NodeRef};
    /// let r = NodeRef::document(&"S/PRST/2018/10".parse()?);
    /// assert_eq!((r.id.as_str(), r.kind), ("S/PRST/2018/10", NodeKind::PresidentialStatement));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn document(symbol: &Symbol) -> NodeRef {
        NodeRef {
            id: symbol.as_str().to_owned(),
            kind: NodeKind::from_symbol(symbol),
            label: label_for(symbol),
            category: None,
        }
    }
}

/// Of two symbols of one document (the halves of a joint symbol,
/// `A/66/782-S/2012/261`), whether `candidate` names it rather than `id`:
/// the Security Council's symbol does (`S/2012/261`: the series the
/// Council's resolutions cite it by, and whose kind a citation's words can
/// tell), in whichever order the two are written; between two symbols of
/// other series (or two of the Council's) the one that names it keeps the
/// name.
pub(crate) fn names_joint_document(candidate: &str, id: &str) -> bool {
    candidate.starts_with("S/") && !id.starts_with("S/")
}

/// One fact read from the text: an edge between two nodes, with evidence.
///
/// # Examples
///
/// ```
/// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
/// let link = Link {
///     source: NodeRef::document(&"S/RES/2531 (2020)".parse()?),
///     target: NodeRef::document(&"S/RES/2480 (2019)".parse()?),
///     kind: EdgeKind::Cites,
///     attrs: EdgeAttrs { relation: Some("mentioned in".into()), ..EdgeAttrs::default() },
/// };
/// let mut graph = CitationGraph::new();
/// graph.add_link(&link);
/// // Both ends exist now, as stubs.
/// assert_eq!(graph.node_count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The node the edge leaves.
    pub source: NodeRef,
    /// The node the edge reaches.
    pub target: NodeRef,
    /// What the edge says.
    pub kind: EdgeKind,
    /// Its attributes (relation, paragraph, evidence, …).
    pub attrs: EdgeAttrs,
}

/// One document found in a file: its identity and where it stands.
///
/// # Examples
///
/// ```
/// use unxref::Extractor;
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt");
/// let extraction = Extractor::new().extract_str(path, &std::fs::read_to_string(path)?);
/// let letter = &extraction.documents[0];
/// assert_eq!(letter.node.id, "S/2014/660");
/// assert!(letter.node.held && letter.lines.0 <= letter.lines.1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// The node for the document: held, or (not held) a document whose
    /// tally the file states without holding its text.
    pub node: Node,
    /// First and last line (1-based, original file) of the document's text.
    pub lines: (u32, u32),
    /// The meeting that adopted it (`S/PV.7474`), where stated.
    pub adopted_at: Option<String>,
    /// The document that contains it (a letter's annex), if any.
    pub parent: Option<String>,
    /// A digest of the document's text without the lines that name its
    /// own number, to tell two files that hold one text under two headings
    /// (see [`crate::graph::Conflict`]); `None` for a text too short to
    /// tell apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_digest: Option<u64>,
    /// For a resolution named by its file name because its heading is
    /// garbled (`Resolution 239 (1970) of 83 November 1970` in the file
    /// `S-RES-290(1970).txt`; 239 is of 1967): the resolutions of the
    /// heading's year one digit off the number it states, which the graph
    /// reads the text as when another file holds the id and that file's
    /// name names one of them (two files that hold each other's text: see
    /// [`crate::graph::Conflict::read_as`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<String>,
}

/// A problem met while reading a file, with the file it concerns.
///
/// # Examples
///
/// ```
/// use unxref::Extractor;
/// let extraction = Extractor::new().extract_str("empty.txt", "");
/// let diagnostic = &extraction.diagnostics[0];
/// assert_eq!(diagnostic.file, "empty.txt");
/// assert!(diagnostic.to_string().starts_with("empty.txt: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The file concerned.
    pub file: String,
    /// What went wrong, in plain words.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Everything read from one file: its documents and the facts they state.
///
/// # Examples
///
/// ```
/// use unxref::{EdgeKind, Extractor};
/// let text = "Resolution 2518 (2020)\n\nAdopted by the Security Council at its 8744th meeting, on 30 March 2020\n\nThe Security Council,\n\nRecalling its resolutions 2086 (2013) and 2436 (2018),\n";
/// let extraction = Extractor::new().extract_str("2518.txt", text);
/// assert_eq!(extraction.documents[0].node.id, "S/RES/2518 (2020)");
/// let cited: Vec<&str> = extraction.links.iter()
///     .filter(|l| l.kind == EdgeKind::Cites)
///     .map(|l| l.target.id.as_str())
///     .collect();
/// assert_eq!(cited, ["S/RES/2086 (2013)", "S/RES/2436 (2018)"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The file's path as given to the loader.
    pub file: String,
    /// The documents the file holds, in order.
    pub documents: Vec<DocumentRecord>,
    /// The facts: citations, votes, mentions, signatures, ….
    pub links: Vec<Link>,
    /// Problems met (none for a clean file).
    pub diagnostics: Vec<Diagnostic>,
    /// Symbols the file gives as one document's, `(id, other symbol)`: a
    /// cited joint symbol `A/67/970-S/2013/480` gives `("S/2013/480",
    /// "A/67/970")` (the Security Council's symbol names the document,
    /// whichever half is written first), so that a citation of either
    /// reaches one node ([`crate::CitationGraph::add_alias`]).
    #[serde(default)]
    pub aliases: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edge_kind_slot_is_its_place_in_all() {
        for (i, kind) in EdgeKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.slot(), i, "{kind}");
        }
    }

    #[test]
    fn every_category_the_dictionary_accepts_is_a_category() {
        for word in crate::extract::actors::CATEGORIES {
            let category: Category = word.parse().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(category.as_str(), word);
        }
        for category in Category::ALL {
            assert_eq!(category.as_str().parse::<Category>(), Ok(category));
            // The shortcut in `from_str` gives what the general reading
            // gives: each name is already trimmed, lower case, with `_`.
            let name = category.as_str();
            assert_eq!(name.trim().to_ascii_lowercase().replace([' ', '-'], "_"), name);
        }
        assert_eq!(" Armed-Group".parse::<Category>(), Ok(Category::ArmedGroup));
    }

    #[test]
    fn paragraphs_read_as_written() {
        assert_eq!("preamble".parse::<Paragraph>(), Ok(Paragraph::Preamble));
        assert_eq!("37".parse::<Paragraph>(), Ok(Paragraph::Operative(37)));
        for bad in ["0", "-1", "+3", "annex", ""] {
            assert!(bad.parse::<Paragraph>().is_err(), "{bad:?}");
        }
    }
}
