//! Actors: who a document names, who voted for it, who submitted it, who
//! signed it, and which bodies it creates or renews.
//!
//! The text of a file is folded once (`fold`), read word by word against
//! the dictionary's names (`dictionary`), taught the acronyms it defines
//! (`learn`), searched once for the cue words of the facts (`cues`), and
//! then read for facts near those cues: votes and sponsors (`votes`),
//! signatures (`signatures`), mandates and establishments (`mandates`).
//! Every fact becomes a [`Link`] with evidence (file, original line, quote).
//!
//! Choices worth knowing:
//! * `mentions` leave the innermost document (segment) that holds the name;
//!   the count is the number of mentions in that document. A state named in
//!   a vote statement (an adoption note's list, a result block, "One member
//!   (China) did not participate in the voting") is a voter there, not a
//!   mention: the statement gives its `voted` edge or the tally instead.
//! * A vote in a voting letter is the sending state's (named in the letter's
//!   heading), on the draft the letter names ("draft resolution S/2020/600"),
//!   else on the draft the file puts to the vote.
//! * "Adopted unanimously" does not say which states sat on the Council;
//!   rather than guess, it becomes the resolution's [`Tally`] (a property of
//!   the resolution, see [`actor_facts`]). A tally ("by 9 votes to none, with
//!   2 abstentions (Lebanon, USSR)") also gives the named states' edges
//!   (against, abstention); states voting in favour are not named by such
//!   texts and get no edge.
//! * `extends_mandate`, `establishes`, `authorizes`, `terminates` and
//!   `modifies_mandate` leave the resolution: the segment
//!   itself when it is one, the resolution a draft was adopted as when the
//!   file says so ("refer to Security Council resolution 2531 (2020) …
//!   adopted", "adopted as resolution 2518 (2020)"), else the document.
//!   "… established pursuant to resolution 2374 (2017)" links 2374 itself to
//!   the body.
//!
//! # Examples
//!
//! ```
//! use unxref::{EdgeKind, Extractor};
//! let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt");
//! let extraction = Extractor::new().extract_str(path, &std::fs::read_to_string(path)?);
//! let facts: Vec<(EdgeKind, &str)> = extraction.links.iter()
//!     .filter(|l| l.kind != EdgeKind::Cites)
//!     .map(|l| (l.kind, l.target.id.as_str()))
//!     .collect();
//! assert!(facts.contains(&(EdgeKind::Mentions, "actor:MINUSMA")));
//! assert!(facts.contains(&(EdgeKind::SignedBy, "person:Ban Ki-moon")));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod cues;
mod dictionary;
mod fold;
mod learn;
mod mandates;
mod signatures;
mod votes;

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

pub use dictionary::{ActorDictionary, CATEGORIES};
pub(crate) use mandates::UNNAMED_OPERATION;

use super::{Normalized, Segment};
use crate::extract::anchored::AnchoredRegex;
use crate::extract::patterns::{ascii_digits, byte_gaps, compile};
use crate::model::{EdgeAttrs, EdgeKind, Evidence, Link, NodeKind, NodeRef, Tally};
use crate::symbol::{Symbol, SymbolKind};
use cues::Cues;
use dictionary::Found;
use fold::Folded;
use learn::{LearnedTarget, NewActor};

/// The actor links of a file's segments: mentions, votes, sponsors,
/// signatures, establishments and mandate extensions.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::{EdgeKind, VotePosition};
/// use unxref::extract::{ActorDictionary, actors::actor_links, normalize::normalize, segment::segment};
/// let normalized = normalize(&text);
/// let segments = segment(path, &normalized);
/// let links = actor_links(path, &normalized, &segments, &ActorDictionary::bundled());
/// // "In favour: Belgium, China, …": fifteen votes for draft S/2020/240.
/// let in_favour = links.iter()
///     .filter(|l| l.kind == EdgeKind::Voted && l.attrs.position == Some(VotePosition::InFavour))
///     .count();
/// assert_eq!(in_favour, 15);
/// assert!(links.iter().any(|l| l.kind == EdgeKind::SubmittedBy && l.target.id == "state:Viet Nam"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn actor_links(
    file: &str,
    normalized: &Normalized,
    segments: &[Segment],
    dict: &ActorDictionary,
) -> Vec<Link> {
    actor_facts(file, normalized, segments, dict).0
}

/// [`actor_links`], and the tallies of the resolutions the file records
/// ("Adopted at the 1645th meeting by 13 votes to none, with 2
/// abstentions"), by resolution id: properties of those resolutions.
///
/// # Examples
///
/// ```
/// use unxref::extract::{ActorDictionary, actors::actor_facts, normalize::normalize, segment::segment};
/// let text = "Resolution 186 (1964)\n\nThe Security Council,\n\n1. Calls upon all Member States.\n\nAdopted unanimously at the 1102nd meeting.\n";
/// let normalized = normalize(text);
/// let segments = segment("S-RES-186(1964).txt", &normalized);
/// let (_, tallies) = actor_facts("S-RES-186(1964).txt", &normalized, &segments, &ActorDictionary::bundled());
/// assert_eq!(tallies[0].0, "S/RES/186 (1964)");
/// assert!(tallies[0].1.unanimous);
/// assert_eq!(tallies[0].1.meeting, Some(1102));
/// ```
pub fn actor_facts(
    file: &str,
    normalized: &Normalized,
    segments: &[Segment],
    dict: &ActorDictionary,
) -> (Vec<Link>, Vec<(String, Tally)>) {
    if dict.is_empty() || segments.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let ctx = Ctx::new(file, normalized, segments, dict);
    let mut votes = Vec::new();
    let mut tallies = Vec::new();
    let statements = votes::votes(&ctx, &mut votes, &mut tallies);
    let mut links = ctx.mention_links(&statements);
    links.append(&mut votes);
    votes::sponsors(&ctx, &mut links);
    signatures::signatures(&ctx, &mut links);
    mandates::mandates(&ctx, &mut links);
    (links, tallies)
}

/// Who a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Entry(usize),
    New(usize),
}

/// One actor named in the folded text.
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    doc: usize,
    who: Who,
}

/// Everything the fact finders share about one file.
struct Ctx<'a> {
    file: &'a str,
    normalized: &'a Normalized,
    segments: &'a [Segment],
    dict: &'a ActorDictionary,
    folded: Folded,
    /// The cue words of the folded text.
    cues: Cues,
    /// Answers of [`Ctx::doc_at`], precomputed per span between boundaries.
    doc_index: DocIndex,
    years: Vec<Option<u16>>,
    new_actors: Vec<NewActor>,
    /// Sorted by start.
    mentions: Vec<Mention>,
    /// States and places named within the bodies' names of `mentions`
    /// (`the United Nations Mission in Sierra Leone`), and the organizations
    /// that field them (`the CIS peace-keeping force`), sorted by start:
    /// mentions too, but never a clause's object or a mandate's holder.
    within: Vec<Mention>,
    /// Bodies named by their founding resolution.
    generic: Vec<mandates::Generic>,
    /// The draft the file puts to the vote, and the resolution it became.
    draft: Option<String>,
    resolution: Option<String>,
    /// The symbol the file's name gives (`S-RES-101(1953).txt`), read
    /// when first asked for ([`Ctx::path_symbol`]): few texts need it, and
    /// its form (no space before the year) is parsed by the symbol
    /// patterns, with their capture groups.
    path_symbol: std::cell::OnceCell<Option<Symbol>>,
}

impl<'a> Ctx<'a> {
    fn new(
        file: &'a str,
        normalized: &'a Normalized,
        segments: &'a [Segment],
        dict: &'a ActorDictionary,
    ) -> Ctx<'a> {
        let folded = Folded::same_length(&normalized.text);
        let cues = Cues::new(&folded.text);
        let path_symbol = std::cell::OnceCell::new();
        let years = segments
            .iter()
            .map(|s| {
                let node = &s.record.node;
                node.year
                    .or_else(|| node.date.and_then(|d| d.year().try_into().ok()))
                    .or_else(|| node.id.parse::<Symbol>().ok().and_then(|s| s.year()))
                    .or_else(|| {
                        path_symbol
                            .get_or_init(|| crate::extract::segment::resolution_named_by_file(file))
                            .as_ref()
                            .and_then(Symbol::year)
                    })
            })
            .collect();
        let mut ctx = Ctx {
            file,
            normalized,
            segments,
            dict,
            folded,
            cues,
            doc_index: DocIndex::new(segments),
            years,
            new_actors: Vec::new(),
            mentions: Vec::new(),
            within: Vec::new(),
            generic: Vec::new(),
            draft: None,
            resolution: None,
            path_symbol,
        };
        let (draft, resolution) = ctx.adoption();
        ctx.draft = draft;
        ctx.resolution = resolution;
        ctx.find_mentions();
        ctx
    }

    fn text(&self) -> &str {
        &self.folded.text
    }

    fn find_mentions(&mut self) {
        let found: Vec<Found> = self.dict.scan(&self.folded.text);
        let year = self.years.first().copied().flatten();
        let learned = learn::learn(&self.folded.text, &self.normalized.text, &found, self.dict, year);
        let mut mentions: Vec<Mention> = Vec::with_capacity(found.len());
        let mut covered = 0;
        for f in &found {
            // A longer name that holds a known one is not that one: the
            // `Joint Military Staff Committee of the Sahel Region` is no
            // Military Staff Committee.
            let longer = self.folded.text[f.start..f.end].contains(' ')
                && (longer_name_before(&self.normalized.text, f.start, covered)
                    || owned_by_name(&self.folded.text, f.start));
            covered = f.end;
            if longer {
                continue;
            }
            let doc = self.doc_at(f.start);
            if let Some(entry) = self
                .defined_as(f, &found)
                .or_else(|| self.dict.target_in(f, self.years[doc], &self.folded.text))
            {
                mentions.push(Mention {
                    start: f.start,
                    end: f.end,
                    doc,
                    who: Who::Entry(entry),
                });
            } else if let Some((g, entry)) = self.leading_name(f, self.years[doc]) {
                mentions.push(Mention {
                    start: g.start,
                    end: g.end,
                    doc,
                    who: Who::Entry(entry),
                });
            }
        }
        let uses = learned.scan(&self.folded.text);
        if !uses.is_empty() {
            for (start, end, target) in uses {
                // A dictionary name already covers this span, unless it is
                // a place inside the learned name: bodies are named after
                // where they work (`the Abyei Police Service`), and the
                // longer name is the body's.
                let i = mentions.partition_point(|m| m.end <= start);
                let j = i + mentions[i..].iter().take_while(|m| m.start < end).count();
                if mentions[i..j].iter().any(|m| {
                    m.start < start
                        || m.end > end
                        || (m.start, m.end) == (start, end)
                        || !self.is_place(m.who)
                }) {
                    continue;
                }
                let who = match target {
                    LearnedTarget::Entry(e) => Who::Entry(e),
                    LearnedTarget::New(n) => Who::New(n),
                };
                let doc = self.doc_at(start);
                mentions.splice(i..j, [Mention { start, end, doc, who }]);
            }
        }
        let mut new_actors: Vec<NewActor> = learned.actors.into_iter().map(|(_, a, _)| a).collect();
        let generic = mandates::generic_bodies(&self.folded.text, &self.cues, self.dict, &mut new_actors);
        for g in &generic {
            let i = mentions.partition_point(|m| m.end <= g.start);
            if mentions.get(i).is_some_and(|m| m.start < g.end) {
                continue;
            }
            let doc = self.doc_at(g.start);
            mentions.insert(
                i,
                Mention {
                    start: g.start,
                    end: g.end,
                    doc,
                    who: g.who,
                },
            );
        }
        // A name within a body's name counts where the body's name itself
        // is a mention kept above.
        let mut within: Vec<Mention> = self
            .dict
            .scan_within(&self.folded.text, &found)
            .into_iter()
            .filter(|w| {
                let i = mentions.partition_point(|m| m.start <= w.start);
                mentions[..i]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|m| w.end <= m.end && !self.is_place(m.who))
            })
            .filter_map(|w| {
                let doc = self.doc_at(w.start);
                let entry = self.dict.target_in(&w, self.years[doc], &self.folded.text)?;
                Some(Mention {
                    start: w.start,
                    end: w.end,
                    doc,
                    who: Who::Entry(entry),
                })
            })
            .collect();
        // The organization a body's name names as the one that fields it
        // ("the CIS peace-keeping force"): a mention with the body's words.
        let fielding = mentions.iter().filter_map(|m| {
            let Who::Entry(e) = m.who else { return None };
            let org = self
                .dict
                .organization_within(&self.folded.text, m.start, m.end, e)?;
            Some(Mention {
                who: Who::Entry(org),
                ..*m
            })
        });
        within.extend(fielding);
        within.sort_by_key(|m| m.start);
        self.new_actors = new_actors;
        self.generic = generic;
        self.mentions = mentions;
        self.within = within;
    }

    /// The entry a name is defined as by the acronym in parentheses right
    /// after it, when the name is also that entry's: "the United Nations
    /// Operation in Somalia (UNOSOM II)" (865 (1993)) and "the initial United
    /// Nations Operation in Somalia (UNOSOM) established pursuant to
    /// resolution 751" (814 (1993)) name two operations by one name, and
    /// the text says which, whatever the year would guess.
    fn defined_as(&self, f: &Found, found: &[Found]) -> Option<usize> {
        let text = &self.folded.text;
        let i = found.partition_point(|g| g.start < f.end);
        let next = found.get(i)?;
        if text.get(f.end..next.start)? != " (" || !text[next.end..].starts_with(')') {
            return None;
        }
        let entry = self
            .dict
            .target_in(next, self.years[self.doc_at(next.start)], text)?;
        self.dict.may_name(f, entry).then_some(entry)
    }

    /// The name that begins a found name which names nothing here (its
    /// aliases hold only in other years or in texts naming another word),
    /// and the entry it stands for: "the EU operation Atalanta" (1851
    /// (2008)) is no "EU operation" of the Central African Republic's, and
    /// still names the European Union.
    fn leading_name(&self, f: &Found, year: Option<u16>) -> Option<(Found, usize)> {
        if self.dict.ignored(f) {
            return None;
        }
        let text = &self.folded.text;
        let mut end = f.end;
        loop {
            end = text.get(f.start..end)?.rfind(' ').map(|i| f.start + i)?;
            let prefix = &text[f.start..end];
            let Some(mut g) = self
                .dict
                .scan(prefix)
                .into_iter()
                .find(|g| g.start == 0 && g.end == prefix.len())
            else {
                continue;
            };
            g.start += f.start;
            g.end += f.start;
            if let Some(entry) = self.dict.target_in(&g, year, text) {
                return Some((g, entry));
            }
        }
    }

    /// Whether a mention names a place.
    fn is_place(&self, who: Who) -> bool {
        matches!(who, Who::Entry(e) if self.dict.entry(e).kind == NodeKind::Place)
    }

    /// The innermost segment holding the folded offset (the first of the
    /// shortest); between segments, the last one that starts before.
    fn doc_at(&self, folded: usize) -> usize {
        self.doc_index.at(self.folded.source_offset(folded))
    }

    fn doc_ref(&self, doc: usize) -> NodeRef {
        let node = &self.segments[doc].record.node;
        NodeRef {
            id: node.id.clone(),
            kind: node.kind,
            label: node.label.clone(),
            category: node.category,
        }
    }

    fn who_ref(&self, who: Who) -> NodeRef {
        match who {
            Who::Entry(e) => self.dict.entry(e).node_ref(),
            Who::New(n) => self.new_actors[n].node.clone(),
        }
    }

    fn is_state(&self, who: Who) -> bool {
        matches!(who, Who::Entry(e) if self.dict.entry(e).kind == NodeKind::State)
    }

    /// The symbol the file's name gives, read once.
    fn path_symbol(&self) -> Option<&Symbol> {
        self.path_symbol
            .get_or_init(|| crate::extract::segment::resolution_named_by_file(self.file))
            .as_ref()
    }

    /// The resolution a document acts as: itself when it is one, the
    /// resolution the file says a draft became, else the document.
    fn acting_resolution(&self, doc: usize) -> NodeRef {
        let seg = &self.segments[doc].record.node;
        if seg.kind == NodeKind::Resolution {
            return self.doc_ref(doc);
        }
        let adopted = || -> Option<NodeRef> {
            let res = self.resolution.as_deref()?.parse::<Symbol>().ok()?;
            Some(NodeRef::document(&res))
        };
        if seg.kind == NodeKind::DraftResolution {
            if self.draft.as_deref() == Some(seg.id.as_str())
                && let Some(r) = adopted()
            {
                return r;
            }
            return self.doc_ref(doc);
        }
        if !seg.kind.is_document() || seg.id.starts_with("file:") || seg.kind == NodeKind::Document {
            if let Some(r) = adopted() {
                return r;
            }
            if let Some(s) = self
                .path_symbol()
                .filter(|s| s.kind() == SymbolKind::ScResolution)
            {
                return NodeRef::document(s);
            }
        }
        self.doc_ref(doc)
    }

    /// Evidence for the folded span `start..end`.
    fn evidence(&self, start: usize, end: usize) -> Evidence {
        let text = self.text();
        let mut a = start.saturating_sub(70);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        if a > 0 {
            a = text[a..start].find(' ').map_or(a, |i| a + i + 1);
        }
        let mut b = (end + 70).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        if b < text.len() {
            b = text[end..b].rfind(' ').map_or(b, |i| end + i);
        }
        Evidence {
            file: self.file.to_string(),
            line: self.normalized.line_at(self.folded.source_offset(start)),
            quote: squeeze(&text[a..b]),
            page: None,
        }
    }

    /// State mentions overlapping `range`, in order.
    fn states_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        let i = self.mentions.partition_point(|m| m.end <= start);
        self.mentions[i..]
            .iter()
            .take_while(move |m| m.start < end)
            .filter(|m| self.is_state(m.who))
    }

    /// The first mention starting at `pos` (after spaces), if any.
    fn mention_at(&self, pos: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start < pos);
        self.mentions
            .get(i)
            .filter(|m| self.text()[pos..m.start].trim().is_empty())
    }

    /// The `mentions` links: one per (document, actor), counting the
    /// mentions outside the vote statements `votes` (sorted, disjoint spans).
    fn mention_links(&self, votes: &[Range<usize>]) -> Vec<Link> {
        let in_vote = |m: &Mention| {
            let i = votes.partition_point(|v| v.end <= m.start);
            votes.get(i).is_some_and(|v| v.start <= m.start)
        };
        // The names within bodies' names count as mentions here, in text
        // order with the others.
        let mut all: Vec<Mention> = Vec::with_capacity(self.mentions.len() + self.within.len());
        all.extend_from_slice(&self.mentions);
        all.extend_from_slice(&self.within);
        all.sort_by_key(|m| m.start);
        // Group the mentions by (document, actor), keeping text order within
        // a group so that its first mention is the evidence.
        let mut order: Vec<usize> = (0..all.len())
            .filter(|&i| match all[i].who {
                Who::Entry(e) => self.dict.entry(e).mentions,
                Who::New(_) => true,
            })
            .filter(|&i| !in_vote(&all[i]))
            .collect();
        let key = |m: &Mention| {
            let (kind, n) = match m.who {
                Who::Entry(e) => (0, e),
                Who::New(n) => (1, n),
            };
            (m.doc, kind, n)
        };
        order.sort_by_key(|&i| key(&all[i]));
        // Each group's first mention and size, put in the links' order
        // (document, then target id) before any link is built.
        let mut groups: Vec<(Mention, usize)> = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let first = all[order[i]];
            let mut j = i + 1;
            while j < order.len() && key(&all[order[j]]) == key(&first) {
                j += 1;
            }
            groups.push((first, j - i));
            i = j;
        }
        let target_id = |who: Who| match who {
            Who::Entry(e) => self.dict.entry(e).id.as_str(),
            Who::New(n) => self.new_actors[n].node.id.as_str(),
        };
        groups.sort_by(|(a, _), (b, _)| (a.doc, target_id(a.who)).cmp(&(b.doc, target_id(b.who))));
        groups
            .into_iter()
            .map(|(first, count)| Link {
                source: self.doc_ref(first.doc),
                target: self.who_ref(first.who),
                kind: EdgeKind::Mentions,
                attrs: EdgeAttrs {
                    count: count as u32,
                    evidence: Some(self.evidence(first.start, first.end)),
                    ..EdgeAttrs::default()
                },
            })
            .collect()
    }

    /// The draft a file puts to the vote and the resolution it became, as
    /// its cover letter states them ("the draft resolution contained in
    /// document S/2020/240", "adopted as resolution 2518 (2020)"), or its
    /// meeting record ("Members of the Council have before them document
    /// S/2022/155, the text of a draft resolution submitted by …").
    fn adoption(&self) -> (Option<String>, Option<String>) {
        static RES: OnceLock<Regex> = OnceLock::new();
        let draft_re = &*crate::extract::patterns::DRAFT_PUT_TO_VOTE;
        let res_re = RES.get_or_init(|| {
            compile(r"(?:adopted as|refer to (?:Security Council )?)resolution \[?(\d{1,4}) ?\((\d{4})\)")
        });
        let text = self.text();
        let head = &text[..floor_boundary(text, 6000)];
        // Every match of the draft's pattern holds `draft` (in any case):
        // a look for the word spares most texts the pattern's search, whose
        // case-blind words give its prefilter a start at nearly every `do`
        // and `dr` of the text.
        let draft = holds_draft(head)
            .then(|| draft_re.captures(head))
            .flatten()
            .and_then(|c| {
                crate::extract::patterns::draft_put_to_vote(&c)?
                    .as_str()
                    .parse::<Symbol>()
                    .ok()
            })
            .map(|s| s.to_string());
        let resolution = res_re.captures(head).and_then(|c| {
            // "refer to resolution N (Y)" only counts when the sentence says it was adopted.
            let whole = c.get(0)?;
            let sentence_end = head[whole.end()..]
                .find(". ")
                .map_or(head.len(), |i| whole.end() + i);
            let said = c[0].starts_with("adopted") || head[whole.start()..sentence_end].contains("adopted");
            said.then(|| format!("S/RES/{} ({})", &c[1], &c[2]))
        });
        (draft, resolution)
    }

    fn link(&self, source: NodeRef, target: NodeRef, kind: EdgeKind, attrs: EdgeAttrs) -> Link {
        Link {
            source,
            target,
            kind,
            attrs: EdgeAttrs {
                count: attrs.count.max(1),
                ..attrs
            },
        }
    }
}

/// Whether `text` holds `draft` in any mix of cases, as `(?i)draft`
/// matches it (no character beyond ASCII folds to one of its letters): at
/// each `f` or `F`, the bytes around it.
fn holds_draft(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'f', b'F', bytes).any(|f| {
        f >= 3
            && bytes
                .get(f - 3..f + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"draft"))
    })
}

/// A pattern whose spaces stand for any run of white space (line breaks
/// included): `" "` becomes `\s+` and `" ?"` becomes `\s*`; its gaps match
/// bytes ([`byte_gaps`]).
pub(super) fn ws_re(cell: &'static OnceLock<WsRegex>, pattern: &str) -> &'static WsRegex {
    cell.get_or_init(|| WsRegex::new(pattern))
}

/// The pattern [`ws_re`] compiles, before its gaps are made bytes.
fn ws_pattern(pattern: &str) -> String {
    pattern.replace(" ?", r"\s*").replace(' ', r"\s+")
}

/// A [`ws_re`] pattern, searched over a text's bytes, its matches read as
/// the text's. A match or group that would begin or end inside a character
/// (a gap counted in bytes could stop there; none of the extractor's
/// patterns ends on a gap) is no match.
///
/// A pattern with a long counted gap (`Decides[^;]{0,200}?, to authorize`)
/// is searched through its [`relaxed`] form, the gap left open: that
/// matches wherever the pattern does, and its lazy DFA has few states, met
/// again in every text, where the pattern's own DFA counts its way through
/// the gap, in a new state at almost every byte after a `Decides`, and so
/// builds states anew in each text. The exact pattern then runs only
/// anchored, at the places where the relaxed one matches.
pub(super) struct WsRegex {
    exact: Exact,
    /// The [`relaxed`] pattern, when it differs from the exact one and
    /// neither can match the empty string.
    relaxed: Option<regex_automata::meta::Regex>,
}

/// The exact pattern of a [`WsRegex`]: searched by itself, or, when the
/// pattern has a relaxed form, only anchored at that form's matches.
enum Exact {
    Searched(regex_automata::meta::Regex),
    Anchored(AnchoredRegex),
}

impl Exact {
    fn search(&self, input: &regex_automata::Input<'_>) -> Option<regex_automata::Match> {
        match self {
            Exact::Searched(re) => re.search(input),
            Exact::Anchored(re) => re.search(input),
        }
    }

    fn create_captures(&self) -> regex_automata::util::captures::Captures {
        match self {
            Exact::Searched(re) => re.create_captures(),
            Exact::Anchored(re) => re.create_captures(),
        }
    }

    fn search_captures(
        &self,
        input: &regex_automata::Input<'_>,
        groups: &mut regex_automata::util::captures::Captures,
    ) {
        match self {
            Exact::Searched(re) => re.search_captures(input, groups),
            Exact::Anchored(re) => re.search_captures(input, groups),
        }
    }
}

impl WsRegex {
    /// # Panics
    /// When the pattern does not compile: callers pass constant patterns.
    fn new(pattern: &str) -> WsRegex {
        let hir = regex_syntax::ParserBuilder::new()
            .utf8(false)
            .build()
            .parse(&ws_bytes_pattern(pattern))
            .expect("valid regex");
        let build = |hir: &regex_syntax::hir::Hir| {
            regex_automata::meta::Regex::builder()
                .configure(
                    regex_automata::meta::Config::new()
                        .hybrid_cache_capacity(crate::extract::patterns::DFA_CACHE_BYTES),
                )
                .build_from_hir(hir)
                .expect("a parsed pattern compiles")
        };
        let relaxed = (has_long_count(&hir) && hir.properties().minimum_len().is_some_and(|n| n > 0))
            .then(|| build(&relaxed(&hir)));
        // With a relaxed form, the exact pattern runs only anchored, at the
        // relaxed matches' starts: it is built without what an unanchored
        // search needs.
        let exact = match relaxed {
            Some(_) => Exact::Anchored(
                AnchoredRegex::new(&hir, crate::extract::patterns::DFA_CACHE_BYTES)
                    .expect("a parsed pattern compiles"),
            ),
            None => Exact::Searched(build(&hir)),
        };
        WsRegex { exact, relaxed }
    }

    /// The leftmost-first match of the pattern in `input`, as the exact
    /// pattern's own search finds it. Every match of the pattern is one of
    /// the relaxed pattern, so the leftmost start where the pattern matches
    /// is one where the relaxed one does: the relaxed search gives the
    /// starts to try, in order, and the exact match at a start is the one
    /// its own search would prefer there.
    fn search(&self, input: &regex_automata::Input<'_>) -> Option<regex_automata::Match> {
        let Some(relaxed) = &self.relaxed else {
            return self.exact.search(input);
        };
        if input.get_anchored().is_anchored() {
            return if relaxed.is_match(input.clone()) {
                self.exact.search(input)
            } else {
                None
            };
        }
        let mut from = input.start();
        while from <= input.end() {
            let candidate = relaxed.search(&input.clone().span(from..input.end()))?;
            let at = input
                .clone()
                .span(candidate.start()..input.end())
                .anchored(regex_automata::Anchored::Yes);
            if let Some(m) = self.exact.search(&at) {
                return Some(m);
            }
            from = candidate.start() + 1;
        }
        None
    }

    pub(super) fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// The first match.
    pub(super) fn find<'t>(&self, text: &'t str) -> Option<Group<'t>> {
        self.find_at(text, 0)
    }

    /// The first match at or after `start`, the text before it seen.
    pub(super) fn find_at<'t>(&self, text: &'t str, start: usize) -> Option<Group<'t>> {
        self.find_in(text, regex_automata::Input::new(text).span(start..text.len()))
    }

    fn find_in<'t>(&self, text: &'t str, input: regex_automata::Input<'_>) -> Option<Group<'t>> {
        let m = self.search(&input)?;
        Group::new(text, m.start(), m.end())
    }

    /// Every match, in order, none overlapping.
    pub(super) fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = Group<'t>> + use<'r, 't> {
        self.matches(text)
            .filter_map(move |m| Group::new(text, m.start(), m.end()))
    }

    /// The matches of `find_iter`, over bytes. When the pattern is searched
    /// relaxed it cannot match the empty string, and each search begins
    /// where the match before ended.
    fn matches<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = regex_automata::Match> + use<'r, 't> {
        let mut exact = match &self.exact {
            Exact::Searched(re) if self.relaxed.is_none() => Some(re.find_iter(text)),
            _ => None,
        };
        let mut from = 0;
        std::iter::from_fn(move || {
            if let Some(exact) = &mut exact {
                return exact.next();
            }
            let m = self.search(&regex_automata::Input::new(text).span(from..text.len()))?;
            from = m.end();
            Some(m)
        })
    }

    /// The groups of the first match.
    pub(super) fn captures<'t>(&self, text: &'t str) -> Option<Groups<'t>> {
        self.captures_at(text, 0)
    }

    /// The groups of the first match at or after `start`.
    pub(super) fn captures_at<'t>(&self, text: &'t str, start: usize) -> Option<Groups<'t>> {
        self.groups(text, &regex_automata::Input::new(text).span(start..text.len()))
    }

    fn groups<'t>(&self, text: &'t str, input: &regex_automata::Input<'_>) -> Option<Groups<'t>> {
        let mut groups = self.exact.create_captures();
        match &self.relaxed {
            None => self.exact.search_captures(input, &mut groups),
            Some(_) => {
                let m = self.search(input)?;
                let at = input
                    .clone()
                    .span(m.start()..input.end())
                    .anchored(regex_automata::Anchored::Yes);
                self.exact.search_captures(&at, &mut groups);
            }
        }
        Groups::new(text, groups)
    }

    /// `text` with every match replaced by `with`.
    pub(super) fn replace_all<'t>(&self, text: &'t str, with: &str) -> std::borrow::Cow<'t, str> {
        let mut out = String::new();
        let mut at = 0;
        for m in self.find_iter(text) {
            out.push_str(&text[at..m.start()]);
            out.push_str(with);
            at = m.end();
        }
        if at == 0 && out.is_empty() {
            return text.into();
        }
        out.push_str(&text[at..]);
        out.into()
    }

    /// The groups of every match, in order.
    pub(super) fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = Groups<'t>> + use<'r, 't> {
        self.matches(text).filter_map(move |m| {
            let at = regex_automata::Input::new(text)
                .span(m.start()..text.len())
                .anchored(regex_automata::Anchored::Yes);
            let mut groups = self.exact.create_captures();
            self.exact.search_captures(&at, &mut groups);
            Groups::new(text, groups)
        })
    }
}

/// A [`ws_re`] pattern tried anchored at given positions: where the
/// caller knows every match must begin (after a literal found by one search
/// for the literals of several patterns), instead of a search of the whole
/// text per pattern. Its gaps match bytes ([`byte_gaps`]).
pub(super) struct AnchoredAt {
    pattern: WsRegex,
}

impl AnchoredAt {
    /// # Panics
    /// When the pattern does not compile: callers pass constant patterns.
    pub(super) fn new(pattern: &str) -> AnchoredAt {
        AnchoredAt {
            pattern: WsRegex::new(pattern),
        }
    }

    /// The matches `find_iter` of the pattern gives over `text`, in order,
    /// when every match begins at one of `starts` (sorted; other positions
    /// may be among them).
    ///
    /// The leftmost match after a point begins at the first start after it
    /// where the pattern matches anchored, and is that match (the same
    /// preference among alternatives decides both). Each search sees the
    /// text before its start, so `\b` holds where it would. Searched
    /// anchored, the lazy DFA follows one start at a time: a pattern with a
    /// long counted gap after a common word (`Decides … to extend`) builds
    /// far fewer states than for every mix of overlapping starts, and runs
    /// only until the pattern cannot match.
    pub(super) fn find_from(&self, text: &str, starts: impl IntoIterator<Item = usize>) -> Vec<Range<usize>> {
        self.each_from(text, starts, |input| {
            self.pattern.find_in(text, input).map(|m| m.range())
        })
    }

    /// The matches `captures_iter` gives over `text`, when every match
    /// begins at one of `starts` (as [`AnchoredAt::find_from`]), with
    /// their groups.
    pub(super) fn captures_from<'t>(
        &self,
        text: &'t str,
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<Groups<'t>> {
        self.each_from(text, starts, |input| self.pattern.groups(text, &input))
    }

    /// What `search` finds anchored at each start not inside the match
    /// before.
    fn each_from<T: Spanned>(
        &self,
        text: &str,
        starts: impl IntoIterator<Item = usize>,
        search: impl Fn(regex_automata::Input<'_>) -> Option<T>,
    ) -> Vec<T> {
        let mut found: Vec<T> = Vec::new();
        let mut at = 0;
        for start in starts {
            if start < at {
                continue;
            }
            let input = regex_automata::Input::new(text)
                .span(start..text.len())
                .anchored(regex_automata::Anchored::Yes);
            if let Some(m) = search(input) {
                at = m.end().max(start + 1);
                found.push(m);
            }
        }
        found
    }

    /// The groups of the match at `start` (or the first after it), as
    /// `captures_at` finds them.
    pub(super) fn captures_at<'t>(&self, text: &'t str, start: usize) -> Option<Groups<'t>> {
        self.pattern.captures_at(text, start)
    }
}

/// True when `hir` counts a repetition past [`LONG_GAP`].
fn has_long_count(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Repetition(rep) => rep.max.is_some_and(|max| max > LONG_GAP) || has_long_count(&rep.sub),
        HirKind::Capture(group) => has_long_count(&group.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(has_long_count),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => false,
    }
}

/// `hir` with every counted repetition of more than [`LONG_GAP`] open
/// above (`[^;]{0,200}?` becomes `[^;]*?`) and without its groups: a
/// pattern that matches every text `hir` matches, whose DFA needs no count.
fn relaxed(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Hir, HirKind, Repetition};
    match hir.kind() {
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            min: rep.min,
            max: rep.max.filter(|&max| max <= LONG_GAP),
            greedy: rep.greedy,
            sub: Box::new(relaxed(&rep.sub)),
        }),
        HirKind::Capture(group) => relaxed(&group.sub),
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(relaxed).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.iter().map(relaxed).collect()),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
    }
}

/// The longest counted repetition [`relaxed`] keeps bounded: a short count
/// (`{1,3}`, a word or two) adds few states.
const LONG_GAP: u32 = 8;

/// Where a match found by [`AnchoredAt`] ends.
trait Spanned {
    fn end(&self) -> usize;
}

impl Spanned for Range<usize> {
    fn end(&self) -> usize {
        self.end
    }
}

impl Spanned for Groups<'_> {
    fn end(&self) -> usize {
        self.groups.get_match().map_or(0, |m| m.end())
    }
}

/// The groups of a match over a text's bytes, read as the text's.
pub(super) struct Groups<'t> {
    text: &'t str,
    groups: regex_automata::util::captures::Captures,
}

/// The text of group `i`, as `regex::Captures` indexes.
///
/// # Panics
/// When the group took no part in the match.
impl std::ops::Index<usize> for Groups<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|g| g.as_str())
            .expect("the group took part in the match")
    }
}

/// One group of [`Groups`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Group<'t> {
    text: &'t str,
    range: (usize, usize),
}

impl<'t> Groups<'t> {
    /// The groups of a match, when each begins and ends at a character (a
    /// gap counted in bytes could stop inside one; none of the extractor's
    /// patterns ends a group on a gap).
    fn new(text: &'t str, groups: regex_automata::util::captures::Captures) -> Option<Groups<'t>> {
        let at_characters = groups
            .iter()
            .flatten()
            .all(|g| text.is_char_boundary(g.start) && text.is_char_boundary(g.end));
        (groups.is_match() && at_characters).then_some(Groups { text, groups })
    }

    /// The group numbered `i` (0: the whole match).
    pub(super) fn get(&self, i: usize) -> Option<Group<'t>> {
        self.groups.get_group(i).map(|g| Group {
            text: self.text,
            range: (g.start, g.end),
        })
    }

    /// The group named `name`.
    pub(super) fn name(&self, name: &str) -> Option<Group<'t>> {
        self.groups.get_group_by_name(name).map(|g| Group {
            text: self.text,
            range: (g.start, g.end),
        })
    }

    /// Every group's range, by number (`None` for a group that took no part).
    #[cfg(test)]
    pub(super) fn ranges(&self) -> Vec<Option<Range<usize>>> {
        self.groups.iter().map(|g| g.map(|g| g.range())).collect()
    }
}

impl<'t> Group<'t> {
    /// The match from `start` to `end`, when both are at characters.
    fn new(text: &'t str, start: usize, end: usize) -> Option<Group<'t>> {
        (text.is_char_boundary(start) && text.is_char_boundary(end)).then_some(Group {
            text,
            range: (start, end),
        })
    }

    pub(super) fn start(&self) -> usize {
        self.range.0
    }

    pub(super) fn end(&self) -> usize {
        self.range.1
    }

    pub(super) fn range(&self) -> Range<usize> {
        self.range.0..self.range.1
    }

    pub(super) fn len(&self) -> usize {
        self.range.1 - self.range.0
    }

    pub(super) fn as_str(&self) -> &'t str {
        &self.text[self.range()]
    }
}

/// The pattern [`WsRegex`] compiles: [`ws_pattern`] with [`byte_gaps`]
/// and [`ascii_digits`].
pub(super) fn ws_bytes_pattern(pattern: &str) -> String {
    ascii_digits(&byte_gaps(&ws_pattern(pattern))).into_owned()
}

/// `s` with every run of white space made one space.
pub(super) fn one_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` with runs of spaces made one and the ends trimmed.
/// True when the name at `start` is the tail of a longer proper name: the
/// word before it is capitalised, is not a name already matched (which ends
/// at `covered`), and does not begin a sentence, a line or a clause, and is
/// no verb (`Welcoming`, `Requests`) nor a demonym (`Malian`, `Sudanese`).
fn longer_name_before(text: &str, start: usize, covered: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    if head.len() == start || head.ends_with(['\n', '\t']) {
        return false;
    }
    let at = head
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || "(\"“'".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[at..];
    if at < covered || !word.chars().next().is_some_and(char::is_uppercase) || word.len() < 3 {
        return false;
    }
    if !word.chars().skip(1).all(|c| c.is_lowercase()) {
        return false;
    }
    const NOT_NAME: [&str; 14] = [
        "The", "This", "That", "These", "Those", "Its", "Their", "Both", "Each", "New", "Former", "Also",
        "All", "Our",
    ];
    let verb_or_demonym = ["ing", "es", "s", "ed", "an", "ese", "ian", "ish", "i"]
        .iter()
        .any(|end| word.ends_with(end));
    // The head word of another body's name qualifies this one: the `Lake
    // Chad Basin Commission Multinational Joint Task Force`.
    const QUALIFIERS: [&str; 10] = [
        "Union",
        "Commission",
        "Community",
        "Organization",
        "Council",
        "League",
        "Authority",
        "Government",
        "Bank",
        "Conference",
    ];
    if NOT_NAME.contains(&word) || QUALIFIERS.contains(&word) || verb_or_demonym {
        return false;
    }
    // The word must not begin a sentence or a line.
    let before = head[..at].trim_end_matches(' ');
    !(before.is_empty() || before.ends_with(['.', '\n', ':', ';', '(', '"', '“']))
}

/// True when the name at `start` is owned by the proper name before it
/// ("Haiti's Office of the Ombudsperson", "Sudan's Armed Forces"): that
/// name's own body, not the dictionary's of the same words.
fn owned_by_name(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(' ');
    let Some(owner) = head.strip_suffix("'s").or_else(|| head.strip_suffix("\u{2019}s")) else {
        return false;
    };
    let at = owner.rfind(' ').map_or(0, |i| i + 1);
    let word = &owner[at..];
    // The Council's, the Assembly's, the Union's bodies are the bodies named.
    const ORGANS: [&str; 8] = [
        "Council",
        "Assembly",
        "Secretary-General",
        "Nations",
        "Organization",
        "Union",
        "Committee",
        "Commission",
    ];
    word.chars().next().is_some_and(char::is_uppercase) && !ORGANS.contains(&word)
}

fn squeeze(s: &str) -> String {
    let s = s.trim();
    if !s.contains("  ") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.trim().chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A draft resolution known only by its symbol.
fn draft_ref(symbol: &str) -> Option<NodeRef> {
    let s = symbol.parse::<Symbol>().ok()?;
    let mut r = NodeRef::document(&s);
    r.kind = NodeKind::DraftResolution;
    Some(r)
}

/// Parse a small count written in figures or words.
fn count_of(word: &str) -> Option<u32> {
    const WORDS: [&str; 16] = [
        "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen",
    ];
    let w = word.trim().to_ascii_lowercase();
    w.parse()
        .ok()
        .or_else(|| WORDS.iter().position(|x| *x == w).map(|i| i as u32))
        .or_else(|| matches!(w.as_str(), "noire" | "nil" | "zero").then_some(0))
}

/// [`Ctx::doc_at`] for every offset, as one answer per span between segment
/// boundaries: a file holding thousands of documents would otherwise cost a
/// scan of every segment for every mention.
#[derive(Debug)]
struct DocIndex {
    /// Sorted, distinct; the first is 0.
    bounds: Vec<usize>,
    /// The answer for offsets from `bounds[k]` to `bounds[k + 1]`.
    answers: Vec<usize>,
}

impl DocIndex {
    fn new(segments: &[Segment]) -> DocIndex {
        // An empty segment still holds the one offset where it starts.
        let end = |s: &Segment| s.range.end.max(s.range.start + 1);
        let mut bounds: Vec<usize> = std::iter::once(0)
            .chain(segments.iter().flat_map(|s| [s.range.start, end(s)]))
            .collect();
        bounds.sort_unstable();
        bounds.dedup();
        let mut starts: Vec<(usize, usize)> = segments
            .iter()
            .enumerate()
            .map(|(i, s)| (s.range.start, i))
            .collect();
        let mut ends: Vec<(usize, usize)> = segments.iter().enumerate().map(|(i, s)| (end(s), i)).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        let len = |i: usize| segments[i].range.end - segments[i].range.start;
        let mut open = std::collections::BTreeSet::new();
        let (mut si, mut ei, mut last_started) = (0, 0, None::<usize>);
        let mut answers = Vec::with_capacity(bounds.len());
        for &b in &bounds {
            while si < starts.len() && starts[si].0 <= b {
                let i = starts[si].1;
                open.insert((len(i), i));
                last_started = Some(last_started.map_or(i, |l| l.max(i)));
                si += 1;
            }
            while ei < ends.len() && ends[ei].0 <= b {
                let i = ends[ei].1;
                open.remove(&(len(i), i));
                ei += 1;
            }
            answers.push(open.first().map_or(last_started.unwrap_or(0), |&(_, i)| i));
        }
        DocIndex { bounds, answers }
    }

    fn at(&self, offset: usize) -> usize {
        let k = self.bounds.partition_point(|&b| b <= offset);
        self.answers[k.saturating_sub(1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The relaxed pattern opens long counts only and matches wherever
    /// the pattern does; searched through it, the pattern finds its own
    /// matches, groups and all, past a place where only the relaxed one
    /// matches.
    #[test]
    fn a_relaxed_pattern_opens_long_counts_only() {
        let re = WsRegex::new(r"Decides(?:,[^;]{0,20}?,)? to (?P<verb>extend|renew)(?: [a-z]+){1,3}");
        let relaxed = re.relaxed.as_ref().expect("a long count is relaxed");
        let far = format!("Decides, {}, to extend the mandate", "x".repeat(40));
        // The exact pattern is searched anchored only: at the one start the
        // relaxed one matches, it does not.
        assert!(relaxed.is_match(far.as_str()));
        assert!(
            re.exact
                .search(&regex_automata::Input::new(far.as_str()))
                .is_none()
        );
        // `{1,3}` stays counted.
        assert!(!relaxed.is_match("Decides to extend"));
        let text = format!("{far}; Decides, after consultations, to renew its mandate a b c d");
        let found: Vec<_> = re.find_iter(&text).map(|m| m.as_str()).collect();
        assert_eq!(found, ["Decides, after consultations, to renew its mandate a"]);
        let verbs: Vec<_> = re
            .captures_iter(&text)
            .filter_map(|c| Some(c.name("verb")?.as_str().to_string()))
            .collect();
        assert_eq!(verbs, ["renew"]);
        assert!(WsRegex::new("Decides to (?:extend|renew)").relaxed.is_none());
    }

    /// `holds_draft` answers as `(?i)draft` does, on every bundled text,
    /// its first 6,000 bytes (what `Ctx::adoption` reads), and at the edges.
    #[test]
    fn holds_draft_as_the_pattern_does() {
        let re = compile(r"(?i)draft");
        let same = |text: &str| assert_eq!(holds_draft(text), re.is_match(text), "{text:.80?}");
        for text in [
            "",
            "draft",
            "DRAFT",
            "dRaFt",
            "raft",
            "draf",
            "xdrafty",
            "é draft",
            "Draft\u{17f}",
            "DRAF T",
        ] {
            same(text);
        }
        let mut held = 0;
        for (_, text) in crate::corpus::bundled_texts() {
            same(&text);
            let head = &text[..floor_boundary(&text, 6000)];
            same(head);
            held += usize::from(holds_draft(head));
        }
        assert!(held > 10, "only {held} texts hold a draft");
    }
}
