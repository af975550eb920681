//! References: every way a text cites another document.
//!
//! One pass over each document's body: a prefilter (`reference_starts`)
//! finds where a reference may start, and the regex of the one form that
//! can start there (`SYMBOL_AT`, `NUMBER_YEAR_AT`, …) is run from that
//! point. Its hits are explicit symbols (`S/2020/476`, `S/RES/2531 (2020)`, `A/RES/…`,
//! `S/PV.7015`, with `and Add.1` addenda and `A/67/970-S/2013/480` joint
//! symbols, of which the Security Council's is the id), Yearbook pages, meetings
//! (`[meeting 7015]`, `7015th meeting`; in a General Assembly context
//! `[meeting 69]` → `A/68/PV.69`, the session read from a nearby `68/…`),
//! a bare `N (YYYY)` checked against the table of adoption years, and the
//! word `resolution(s)`, after which a list is read item by item: `1325
//! (2000), 1820 (2008) … and 2493 (2019)` (commas may be missing, dates and
//! `on …` phrases may stand between items), GA forms (`67/135`, `377 A (V)`,
//! `ES-10/2`), and short forms (`resolution 2391`), which take their year
//! from an earlier citation in the same document, else from the table.
//!
//! Each citation carries the relation that governs it: the nearest verb or
//! preposition of `RELATIONS` before it in the
//! same clause (present participle for verbs: `recalls` → `recalling`), the
//! operative paragraph where it stands (`16`, or `preamble`) for resolutions
//! and drafts, a pin (`paragraph 13 of resolution 2391` → `13`), and the
//! evidence (file, original line, a short quote).
//!
//! # Examples
//!
//! ```
//! use unxref::{EdgeKind, Extractor};
//! let text = "Resolution 2553 (2020)\n\nThe Security Council,\n\nRecalling its resolutions 1325 (2000), 1820 (2008) and 2493 (2019) on women and peace and security,\n\n1. Requests the Secretary-General to implement paragraph 5 of resolution 2151,\n";
//! let extraction = Extractor::new().extract_str("2553.txt", text);
//! use unxref::Paragraph::{Operative, Preamble};
//! let cites: Vec<(&str, Option<unxref::Paragraph>, Option<&str>)> = extraction.links.iter()
//!     .filter(|l| l.kind == EdgeKind::Cites)
//!     .map(|l| (l.target.id.as_str(), l.attrs.paragraph, l.attrs.pinpoint.as_deref()))
//!     .collect();
//! assert_eq!(cites, [
//!     ("S/RES/1325 (2000)", Some(Preamble), None),
//!     ("S/RES/1820 (2008)", Some(Preamble), None),
//!     ("S/RES/2493 (2019)", Some(Preamble), None),
//!     // A short form takes its year from the table of adoption years.
//!     ("S/RES/2151 (2014)", Some(Operative(1)), Some("5")),
//! ]);
//! ```

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::patterns::{
    ADDENDUM, ADDENDUM_NUMBER, ADDENDUM_RANGE, ARTICLE_NUMBER, BARE_ADOPTED_BY, BARE_UNIT_AFTER,
    CHAPTER_NAMED, COMMA_IN_REFERENCE, COUNCIL_NAMED_AT, DECISION, DECISION_NEXT, DETERMINER_BEFORE,
    DRAFT_GLOSS_AFTER, FOOTNOTE_LINE, GA_BEFORE, GA_SESSION, JOINT_TAIL, KIND_CUE, LEGAL_BASIS,
    LIST_FULL_STOP, LIST_GAP, LIST_ITEM, LIST_LEAD, MEETINGS_AT, NTH_MEETING_AT, NUMBER_YEAR_AT, ORGAN_NAME,
    ORGAN_NAME_LAST_WORDS, OTHER_ORGAN, OWNER_GAP, PIN, PIN_AFTER, PLENARY_CLOSING, REFERENCE_LITERALS,
    RELATION_AUTOMATON, RELATION_WORDS, RESOLUTION_HEADING, SYMBOL_AT, UNNUMBERED_OPERATIVE, YEARBOOK_AT,
    compile, may_start_with_glued_date, month_number, reference_starts, unglue_date,
};
use super::segment::{self, quote_around};
use super::{Normalized, Segment};
use crate::charter;
use crate::model::{Diagnostic, EdgeAttrs, EdgeKind, Evidence, Link, NodeKind, NodeRef, Paragraph};
use crate::symbol::{LAST_TABLED_RESOLUTION, Organ, Symbol, SymbolKind, sc_resolution_year};

/// The most numbers a range of addenda (`Add.1 to 31`, 816 (1993)) is read
/// as: a longer one is taken for a misread.
const MAX_ADDENDA_RANGE: u32 = 40;

/// The `cites` links of each segment, and the structural `contains` and
/// `adopted_as` links of the file.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::EdgeKind;
/// use unxref::extract::{normalize::normalize, refs::references, segment::segment};
/// let normalized = normalize(&text);
/// let links = references(path, &normalized, &segment(path, &normalized));
/// // "requests in its resolution 2378 (2017) and resolution 2436 (2018)", operative paragraph 11.
/// let para_11: Vec<&str> = links.iter()
///     .filter(|l| l.kind == EdgeKind::Cites && l.attrs.paragraph == Some(unxref::Paragraph::Operative(11)))
///     .map(|l| l.target.id.as_str())
///     .collect();
/// assert_eq!(para_11, ["S/RES/2378 (2017)", "S/RES/2436 (2018)"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn references(file: &str, normalized: &Normalized, segments: &[Segment]) -> Vec<Link> {
    scan(file, normalized, segments).0
}

/// [`references`], with the joint symbols cited (`A/67/970-S/2013/480`
/// gives `("S/2013/480", "A/67/970")`): the citation is of the Security
/// Council's symbol, in whichever order the two are written, and the other
/// is another symbol of the same document ([`crate::Extraction::aliases`]).
/// The words before the joint symbol tell the document's kind as they do
/// before a Council symbol alone (`the report of the Secretary-General`:
/// a report).
///
/// # Examples
///
/// ```
/// use unxref::extract::{normalize::normalize, refs::scan, segment::segment};
/// // S-RES-2122(2013).txt
/// let text = "Resolution 2122 (2013)\n\nThe Security Council,\n\nTaking note of the report of the Secretary-General (A/67/970-S/2013/480),\n";
/// let normalized = normalize(text);
/// let (links, joint) = scan("2122.txt", &normalized, &segment("2122.txt", &normalized));
/// let cited: Vec<_> = links.iter().filter(|l| l.target.id.contains("/2013/480") || l.target.id.contains("/970")).collect();
/// assert_eq!(cited.len(), 1);
/// assert_eq!((cited[0].target.id.as_str(), cited[0].target.kind), ("S/2013/480", unxref::NodeKind::Report));
/// assert_eq!(joint, [("S/2013/480".to_string(), "A/67/970".to_string())]);
/// ```
pub fn scan(file: &str, normalized: &Normalized, segments: &[Segment]) -> (Vec<Link>, Vec<(String, String)>) {
    let (links, joint, _) = scan_noting(file, normalized, segments);
    (links, joint)
}

/// [`scan`], with the notes on what the text cites but was not taken at
/// face value: a resolution's year read a year off (`968 (1995)` read as
/// S/RES/968 (1994)), a number and year that name no resolution (`388
/// (1973)`, not read), a malformed symbol read or left out (`S/20144/461`).
/// `unxref check` lists them as notes on the file.
pub(crate) fn scan_noting(
    file: &str,
    normalized: &Normalized,
    segments: &[Segment],
) -> (Vec<Link>, Vec<(String, String)>, Vec<Diagnostic>) {
    let mut links = segment::structural_links(file, normalized, segments);
    let mut joint = Vec::new();
    let mut notes = Vec::new();
    let adopted = segment::adopted_as(normalized, segments);
    for seg in segments {
        let own_resolution = match seg.record.node.kind {
            NodeKind::DraftResolution => adopted.clone(),
            _ => None,
        };
        let (j, n) = Scanner::new(file, normalized, seg, own_resolution).run(&mut links);
        joint.extend(j);
        notes.extend(n);
    }
    joint.sort();
    joint.dedup();
    let notes = notes
        .into_iter()
        .map(|message| Diagnostic {
            file: file.to_string(),
            message,
        })
        .collect();
    (links, joint, notes)
}

/// A Council's `n (year)` item of a list, for [`Scanner::check_years`].
struct Dated {
    n: u32,
    /// The year written.
    stated: u32,
    /// The year it is read under ([`resolution_year`]), if any.
    read: Option<u16>,
    at: Range<usize>,
    /// Its index in the list's found references, if it was found.
    found: Option<usize>,
}

/// Whether a draft resolution can be issued under `symbol`: a Security
/// Council document, or a limited document (`…/L.31`) of any organ.
fn is_draft_series(symbol: &Symbol) -> bool {
    symbol.kind() == SymbolKind::ScDocument || symbol.as_str().split('/').any(|p| p.starts_with("L."))
}

/// One found reference, before it becomes a link.
struct Found {
    symbol: Symbol,
    kind: Option<NodeKind>,
    at: Range<usize>,
    pin: Option<String>,
}

struct Scanner<'a> {
    file: &'a str,
    normalized: &'a Normalized,
    text: &'a str,
    body: Range<usize>,
    source: NodeRef,
    own_ids: Vec<String>,
    /// The number of the resolution this document is (or was adopted as).
    own_number: Option<u32>,
    /// Years of resolutions already cited in full, for short forms.
    known_years: HashMap<u32, u16>,
    /// The last clause scanned for relations: `(clause start, scanned up
    /// to, last relation found)`.
    relation_cache: (usize, usize, Option<Relation>),
    /// Where the preamble and operative paragraphs stand ([`paragraph_span`]):
    /// a citation outside (an Assembly resolution's head or recorded vote)
    /// is in no paragraph.
    paragraph_span: Range<usize>,
    /// Paragraph starts `(offset, number)`, for resolutions, drafts and
    /// statements: operative paragraphs by number, preambular ones among
    /// them numbered 0, and [`NUMBER_UNKNOWN`] past a restarted count.
    paragraphs: Option<Vec<(usize, u32)>>,
    /// Where the operative part of a resolution with no numbered paragraph
    /// begins and ends ([`unnumbered_operative`]).
    unnumbered: Option<Range<usize>>,
    /// Where a resolution's footnotes begin, after its last paragraph
    /// ([`footnotes_start`]).
    footnotes: Option<usize>,
    /// The organ the document belongs to: its own symbol's, else the first
    /// organ its head names (`The Human Rights Council,`).
    own_organ: Option<Organ>,
    /// Organs of `session/number` resolutions already cited with their
    /// organ named, for the same numbers cited later without it.
    known_organs: HashMap<(u32, u32), Organ>,
    /// Joint symbols cited: `(first, second)`.
    joint: Vec<(String, String)>,
    /// The year of the document's own symbol, if it has one.
    own_year: Option<u16>,
    /// The General Assembly session of the document's own symbol (`75` of
    /// `A/RES/75/191`, `ES-11` of `A/RES/ES-11/1`, `75` of `A/75/287`).
    own_session: Option<String>,
    /// The meeting that adopted the document, as its head or closing says.
    adopted_at: Option<String>,
    /// The last reference emitted: its symbol and where it ends.
    last_emitted: Option<(String, usize)>,
    /// The relation the last citation was given ([`Scanner::past_preposition`]).
    last_relation: Option<String>,
    /// Notes on references not taken at face value ([`scan_noting`]).
    notes: Vec<String>,
}

/// An organ as a text names it: one that numbers resolutions, a bare
/// `Council` (the document's own council, if it is one), or any other body.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Named {
    Organ(Organ),
    Council,
}

/// How a resolution is numbered where it is cited.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form<'t> {
    /// `1325 (2000)`: the Security Council's.
    Year,
    /// `resolution 2391`: a short form, the Security Council's.
    Bare,
    /// `56/8`, `1980/67`: a session or a year, then a number.
    Slash(u32, u32),
    /// `ES-10/2`, `S-35/1`.
    Special(&'t str, u32, u32),
    /// `217 (III)`: old General Assembly and ECOSOC resolutions.
    Roman(u32, &'t str),
}

impl Form<'_> {
    /// The symbol of `organ`'s resolution in this form (the Security
    /// Council's forms are built by the caller, who knows the year).
    fn symbol(self, organ: Organ) -> Option<Symbol> {
        match self {
            Form::Year | Form::Bare => None,
            Form::Slash(a, b) => organ.resolution(a, b, None),
            Form::Special(k, s, n) => match (k, organ) {
                ("ES", Organ::GeneralAssembly) | ("S", Organ::HumanRightsCouncil) => {
                    organ.special_resolution(s, n)
                }
                _ => None,
            },
            Form::Roman(n, r) => organ.resolution(n, 0, Some(r)),
        }
    }

    fn accepts(self, organ: Organ) -> bool {
        match self {
            Form::Year | Form::Bare => organ == Organ::SecurityCouncil,
            _ => self.symbol(organ).is_some(),
        }
    }

    /// The organ a form alone suggests when the text names none.
    fn default_organ(self) -> Option<Organ> {
        match self {
            Form::Year | Form::Bare => Some(Organ::SecurityCouncil),
            Form::Slash(a, _) if a < 100 => Some(Organ::GeneralAssembly),
            Form::Special("S", ..) => Some(Organ::HumanRightsCouncil),
            Form::Special(..) | Form::Roman(..) => Some(Organ::GeneralAssembly),
            Form::Slash(..) => None,
        }
    }
}

impl<'a> Scanner<'a> {
    /// True when the word at `at` (past white space) is a month's name: the
    /// number before it is a day (`Add.1 to 3 March`, `and 2 March`).
    fn month_at(&self, at: usize) -> bool {
        let word = self.text[at..self.body.end]
            .split_whitespace()
            .next()
            .unwrap_or("");
        crate::date::MONTH_NAMES.contains(&word.trim_end_matches([',', '.']))
    }

    fn new(
        file: &'a str,
        normalized: &'a Normalized,
        seg: &Segment,
        own_resolution: Option<Symbol>,
    ) -> Scanner<'a> {
        let text = normalized.text.as_str();
        let body = segment::body_start(text, seg)..seg.range.end;
        let node = &seg.record.node;
        let mut own_ids = vec![node.id.clone()];
        own_ids.extend(node.aliases.iter().cloned());
        let own_symbol = node.id.parse::<Symbol>().ok();
        // A document never cites itself: one whose id is derived (no symbol
        // was read) but whose title is a resolution's heading (`Resolution
        // 2302 (2016)` behind characters that hid it) is that resolution.
        if own_symbol.is_none()
            && let Some(title) = &node.title
            && let Some(c) =
                RESOLUTION_HEADING.captures(title.trim_start_matches(|c: char| !c.is_alphanumeric()))
            && c.get(0).is_some_and(|m| m.start() == 0)
            && let (Ok(n), Ok(y)) = (c["n"].parse(), c["y"].parse())
        {
            own_ids.push(Symbol::sc_resolution(n, y).to_string());
        }
        let own_session = own_symbol
            .as_ref()
            .and_then(|s| crate::symbol::ga_session_of(s.as_str()))
            .map(str::to_string);
        let mut own_number = own_symbol.as_ref().and_then(|s| s.resolution_number());
        let own_year = own_symbol.as_ref().and_then(|s| s.year());
        if let Some(r) = &own_resolution {
            own_ids.push(r.to_string());
            own_number = r.resolution_number();
        }
        let paragraph_span = paragraph_span(text, node.kind, body.clone());
        let paragraphs = paragraph_span
            .clone()
            .map(|span| with_preambular_interludes(text, span.end, operative_paragraphs(text, span)));
        let unnumbered = paragraphs
            .as_ref()
            .filter(|_| matches!(node.kind, NodeKind::Resolution | NodeKind::DraftResolution))
            .and_then(|p| match p.first() {
                None => unnumbered_operative(text, body.clone()),
                Some(&(first, _)) => unnumbered_before_numbered(text, body.start..first),
            });
        // An organ's resolution's footnotes follow its closing meeting: they
        // are looked for from its last paragraph to the end of its body.
        let footnotes = paragraphs
            .as_ref()
            .filter(|_| {
                matches!(
                    node.kind,
                    NodeKind::Resolution
                        | NodeKind::DraftResolution
                        | NodeKind::GaResolution
                        | NodeKind::OrganResolution
                )
            })
            .and_then(|p| {
                let from = p.last().map_or(
                    paragraph_span.as_ref().map_or(body.start, |s| s.start),
                    |&(o, _)| o,
                );
                footnotes_start(text, from..body.end)
            });
        let own_organ = own_symbol.map(|s| s.organ()).or_else(|| {
            let head = &text[seg.range.start..floor(text, (seg.range.start + 800).min(seg.range.end))];
            ORGAN_NAME.captures_iter(head).find_map(|c| match named(&c) {
                Some(Named::Organ(o)) => Some(o),
                _ => None,
            })
        });
        Scanner {
            file,
            normalized,
            text,
            body,
            source: NodeRef {
                id: node.id.clone(),
                kind: node.kind,
                label: node.label.clone(),
                category: None,
            },
            own_ids,
            own_number,
            known_years: HashMap::new(),
            relation_cache: (usize::MAX, 0, None),
            paragraph_span: paragraph_span.unwrap_or(0..0),
            paragraphs,
            unnumbered,
            footnotes,
            own_organ,
            known_organs: HashMap::new(),
            joint: Vec::new(),
            own_year,
            own_session,
            adopted_at: seg.record.adopted_at.clone(),
            last_emitted: None,
            last_relation: None,
            notes: Vec::new(),
        }
    }

    /// Scan the document's body into `links`; returns the joint symbols cited.
    fn run(mut self, links: &mut Vec<Link>) -> (Vec<(String, String)>, Vec<String>) {
        let body = self.body.clone();
        let bytes = self.text.as_bytes();
        let mut pos = body.start;
        let mut found = Vec::new();
        for (hit, _, literal) in reference_starts(&self.text[body.clone()]) {
            let h = body.start + hit;
            let lead = Lead::of(literal);
            let Some(start) = candidate_start(bytes, h, lead) else {
                continue;
            };
            if start < pos {
                continue;
            }
            let word_before = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
            if lead == Lead::Resolution {
                // The word `resolution(s)`: no regex needed to see it.
                let mut end = h + "esolution".len();
                if matches!(bytes.get(end), Some(b's' | b'S')) {
                    end += 1;
                }
                // A number may be glued to the word (`resolutions660 (1990)`,
                // S-RES-664(1990).txt); a letter may not (`resolutionary`).
                if word_before || bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
                    continue;
                }
                pos = self.resolution_list(start..end, &mut found).max(end);
            } else {
                if word_before {
                    continue;
                }
                // A reference is short: the anchored regex reads no further.
                // The literal found says which form can start here.
                let window_end = floor(self.text, (start + 200).min(body.end));
                let window = &self.text[start..window_end];
                let form: &Regex = match lead {
                    Lead::Yearbook => &YEARBOOK_AT,
                    Lead::Meetings => &MEETINGS_AT,
                    Lead::NumberYear => &NUMBER_YEAR_AT,
                    Lead::NthMeeting => &NTH_MEETING_AT,
                    Lead::CouncilNamed => &COUNCIL_NAMED_AT,
                    Lead::Symbol | Lead::Resolution => &SYMBOL_AT,
                };
                let (lead, m) = match form.find(window) {
                    Some(m) => (lead, m),
                    // `SC/7791`: no Council symbol in the Council's
                    // initials but a press release, an explicit symbol.
                    None if lead == Lead::CouncilNamed => match SYMBOL_AT.find(window) {
                        Some(m) => (Lead::Symbol, m),
                        None => continue,
                    },
                    None => continue,
                };
                let whole = start + m.start()..start + m.end();
                let matched = m.as_str();
                pos = whole.end;
                match lead {
                    Lead::Yearbook => {
                        // `YUN 1946, p. 12`: the first digits, the last.
                        let mut runs = matched
                            .split(|c: char| !c.is_ascii_digit())
                            .filter(|r| !r.is_empty());
                        let year = runs.next().map(str::parse);
                        let page = runs.next_back().map(str::parse);
                        if let (Some(Ok(y)), Some(Ok(p))) = (year, page) {
                            found.push(self.found(Symbol::yearbook(y, p), None, whole));
                        }
                    }
                    Lead::Meetings => self.bracket_meetings(matched, whole, &mut found),
                    Lead::NthMeeting => {
                        let plenary = matched.contains("plenary");
                        if let Ok(n) = leading_digits(matched).parse::<u32>() {
                            self.nth_meeting(n, plenary, whole, &mut found);
                        }
                    }
                    Lead::NumberYear => {
                        let year = matched.find('(').map_or("", |i| {
                            leading_digits(matched[i + 1..].trim_start_matches(|c: char| !c.is_ascii_digit()))
                        });
                        if let (Ok(n), Ok(y)) = (leading_digits(matched).parse::<u32>(), year.parse::<u16>())
                            && sc_resolution_year(n).is_none_or(|t| t == y)
                            && let Some(y) = resolution_year(n, y)
                            && !self.other_organ_before(whole.start)
                            && !self.volume_before(whole.start)
                        {
                            // Unanchored, the year must agree exactly: `vol. 75 (1950)`
                            // of a treaty series is no resolution 75 (1949).
                            let s = Symbol::sc_resolution(n, y);
                            found.push(self.found(s, None, whole));
                        }
                    }
                    Lead::CouncilNamed => self.council_named(whole, &mut found),
                    Lead::Symbol | Lead::Resolution => pos = self.symbol(whole, &mut found),
                }
            }
            for f in found.drain(..) {
                self.emit(f, links);
            }
        }
        self.decisions(links);
        // Both read around the word `Chapter`: one search of the body for it.
        let chapters: Vec<usize> =
            memchr::memmem::find_iter(&self.text.as_bytes()[self.body.clone()], "hapter")
                .map(|i| self.body.start + i)
                .collect();
        self.legal_basis(&chapters, links);
        self.charter_mentions(&chapters, links);
        (self.joint, self.notes)
    }

    /// The chapters of the Charter a resolution or draft says it acts under
    /// ([`LEGAL_BASIS`]): one `acts_under` link a chapter, its articles as
    /// pinpoint (`Acting under Articles 39 and 40 of the Charter`: Chapter
    /// VII, `Articles 39 and 40`).
    /// `chapters`: where the body holds `hapter`, in order.
    fn legal_basis(&self, chapters: &[usize], links: &mut Vec<Link>) {
        if !matches!(self.source.kind, NodeKind::Resolution | NodeKind::DraftResolution) {
            return;
        }
        // The pattern runs only around the words `Chapter` and `Article`
        // (its matches end just past one), from as far back as its longest
        // lead ("Determines that … within the meaning of", 200 bytes of gap)
        // can start: a pass over each text with its counted gaps after every
        // "Decides" cost a sixth of the extraction without actors.
        let body = self.body.clone();
        let mut hits: Vec<usize> = memchr::memmem::find_iter(&self.text.as_bytes()[body.clone()], "rticle")
            .map(|i| body.start + i)
            .chain(chapters.iter().copied())
            .collect();
        hits.sort_unstable();
        let mut done = body.start;
        for hit in hits {
            if hit < done {
                continue;
            }
            let from = floor(self.text, hit.saturating_sub(BASIS_LEAD_BYTES).max(done));
            let to = floor(self.text, (hit + BASIS_TAIL_BYTES).min(body.end));
            let window = &self.text[from..to];
            let Some(c) = LEGAL_BASIS
                .captures_iter(window)
                .find(|c| c.get(0).is_some_and(|m| from + m.end() > hit))
            else {
                continue;
            };
            let Some(whole) = c.get(0) else { continue };
            let at = from + whole.start()..from + whole.end();
            done = at.end;
            if acted_by_a_name(&self.text[..at.start], whole.as_str()) {
                continue;
            }
            // (chapter, the articles named in it)
            let mut bases: Vec<(&'static str, Vec<&str>)> = Vec::new();
            if let Some(chapters) = c.name("chapters") {
                for numeral in chapters
                    .as_str()
                    .split_whitespace()
                    .skip(1)
                    .filter(|w| *w != "and")
                {
                    if let Some(chapter) = charter::chapter(numeral) {
                        bases.push((chapter, Vec::new()));
                    }
                }
            } else if let Some(articles) = c.name("articles") {
                let said = c.name("of").map(|m| m.as_str());
                for number in ARTICLE_NUMBER.find_iter(articles.as_str()).map(|m| m.as_str()) {
                    let Some(chapter) = leading_digits(number)
                        .parse()
                        .ok()
                        .and_then(charter::chapter_of_article)
                    else {
                        continue;
                    };
                    if said.is_some_and(|s| s != chapter) {
                        continue;
                    }
                    match bases.iter_mut().find(|(ch, _)| *ch == chapter) {
                        Some((_, list)) => list.push(number),
                        None => bases.push((chapter, vec![number])),
                    }
                }
            }
            for (chapter, articles) in bases {
                let pinpoint = match articles.as_slice() {
                    [] => None,
                    [one] => Some(format!("Article {one}")),
                    [init @ .., last] => Some(format!("Articles {} and {last}", init.join(", "))),
                };
                links.push(Link {
                    source: self.source.clone(),
                    target: charter::chapter_ref(chapter),
                    kind: EdgeKind::ActsUnder,
                    attrs: EdgeAttrs {
                        relation: Some("acting under".to_string()),
                        paragraph: self.paragraph(at.start),
                        pinpoint,
                        count: 1,
                        evidence: Some(self.evidence(at.clone())),
                        ..EdgeAttrs::default()
                    },
                });
            }
        }
    }

    /// The chapters of the Charter the document names ([`CHAPTER_NAMED`]):
    /// one `mentions` link a chapter, counting its namings, the first as
    /// evidence. A chapter is the Charter's when the text says so (`of the
    /// Charter`, `… the Charter …, including Chapter VII thereof`); a bare
    /// `Chapter VI`, `VII` or `VIII` is the Council's own reading of its
    /// powers (`its Chapter VII mandate`), any other bare chapter may be an
    /// agreement's or a report's and is not read.
    fn charter_mentions(&self, chapters: &[usize], links: &mut Vec<Link>) {
        let body = self.body.clone();
        let bytes = self.text.as_bytes();
        // (chapter, count, first naming)
        let mut named: Vec<(&'static str, u32, Range<usize>)> = Vec::new();
        for &hit in chapters {
            // The hit is past the chapter's first letter (`hapter`): a byte
            // before it inside a character (a mutated or mis-decoded text)
            // is no `C`.
            let Some(start) = hit
                .checked_sub(1)
                .filter(|&s| s >= body.start && self.text.is_char_boundary(s))
            else {
                continue;
            };
            if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
                continue;
            }
            let to = floor(self.text, (start + 160).min(body.end));
            let Some(c) = CHAPTER_NAMED.captures(&self.text[start..to]) else {
                continue;
            };
            let (Some(whole), Some(numerals)) = (c.get(0), c.name("numerals")) else {
                continue;
            };
            let numerals = numerals
                .as_str()
                .split(|ch: char| !ch.is_ascii_alphabetic())
                .filter(|w| !w.is_empty() && !matches!(*w, "and" | "or"));
            let the_charters = if c.name("charter").is_some() {
                true
            } else if c.name("thereof").is_some() {
                let before = &self.text[floor(self.text, start.saturating_sub(300))..start];
                before.contains("Charter")
            } else if c.name("of").is_some() || !c["word"].starts_with('C') {
                false
            } else {
                numerals.clone().all(|n| matches!(n, "VI" | "VII" | "VIII"))
            };
            if !the_charters {
                continue;
            }
            let at = start..start + whole.end();
            for chapter in numerals.filter_map(charter::chapter) {
                match named.iter_mut().find(|(ch, ..)| *ch == chapter) {
                    Some((_, count, _)) => *count += 1,
                    None => named.push((chapter, 1, at.clone())),
                }
            }
        }
        for (chapter, count, at) in named {
            links.push(Link {
                source: self.source.clone(),
                target: charter::chapter_ref(chapter),
                kind: EdgeKind::Mentions,
                attrs: EdgeAttrs {
                    count,
                    evidence: Some(self.evidence(at)),
                    ..EdgeAttrs::default()
                },
            });
        }
    }

    /// Decisions numbered by session whose organ the text names, before
    /// the word (`General Assembly decision 68/515`) or as the sentence's
    /// subject (`The General Assembly, by decision 68/515`, `in its
    /// resolution 73/317 and decision 73/555`): the General Assembly's
    /// `A/DEC/68/515` and the Human Rights Council's `A/HRC/DEC/2/102`. No
    /// organ named, no citation: many bodies number decisions so.
    fn decisions(&mut self, links: &mut Vec<Link>) {
        let body = self.body.clone();
        if !self.text[body.clone()].contains("ecision") {
            return;
        }
        let mut hits: Vec<DecisionItem> = Vec::new();
        let text = &self.text[body.clone()];
        for c in DECISION.captures_iter(text) {
            let (Some(whole), Ok(session), Ok(n)) = (c.get(0), c["s"].parse(), c["n"].parse()) else {
                continue;
            };
            let word = body.start + whole.start();
            let part = |p: Option<regex::Match>| p.map(|p| format!("part {}", p.as_str()));
            hits.push(DecisionItem {
                word,
                at: word..body.start + whole.end(),
                session,
                n,
                part: part(c.name("p")),
            });
            let mut end = whole.end();
            while c["w"].ends_with(['s', 'S'])
                && let Some(next) = DECISION_NEXT.captures(&text[end..])
                && let (Some(item), Ok(session), Ok(n)) = (next.get(0), next["s"].parse(), next["n"].parse())
            {
                let at = body.start + end + item.start()..body.start + end + item.end();
                hits.push(DecisionItem {
                    word,
                    at,
                    session,
                    n,
                    part: part(next.name("p")),
                });
                end += item.end();
            }
        }
        for DecisionItem {
            word: start,
            at,
            session,
            n,
            part,
        } in hits
        {
            // `Governing Council decision 27/2`: another body's.
            let word_end = start + "decision".len();
            if OTHER_ORGAN.is_match(&self.text[floor(self.text, start.saturating_sub(60))..word_end]) {
                continue;
            }
            let named = self
                .explicit_organ(start)
                .or_else(|| self.subject(start, at.end))
                .or_else(|| self.authors_own(start));
            let symbol = match named.map(|n| self.resolve_named(n)) {
                Some(Organ::GeneralAssembly) if session < 100 => format!("A/DEC/{session}/{n}"),
                Some(Organ::HumanRightsCouncil) if session <= 62 => format!("A/HRC/DEC/{session}/{n}"),
                // The Economic and Social Council numbers its decisions by year.
                Some(Organ::EconomicAndSocialCouncil) if session >= 1946 => format!("E/DEC/{session}/{n}"),
                _ => continue,
            };
            let Ok(symbol) = symbol.parse::<Symbol>() else {
                continue;
            };
            let mut f = self.found(symbol, None, at);
            if let Some(part) = part {
                f.pin = Some(match f.pin {
                    Some(pin) => format!("{pin}, {part}"),
                    None => part,
                });
            }
            self.emit(f, links);
        }
    }

    /// The document's own organ, for `its decision` in a sentence that
    /// names no body before `its`: "Recalling its decision 73/555", "Recalling
    /// its resolution 70/1 …, and its decision 73/555" in an Assembly
    /// resolution, whose subject, "The General Assembly,", heads the text.
    /// "the Commission, by its decision 5/1" names a body `its` may stand
    /// for; there the decision stays unread.
    fn authors_own(&self, word: usize) -> Option<Named> {
        let its = self.its_before(word)?;
        let own = self.own_organ?;
        let sentence = &self.text[self.sentence_start(word).min(its)..its];
        (!BODY_WORD.is_match(sentence)).then_some(Named::Organ(own))
    }

    fn found(&self, symbol: Symbol, kind: Option<NodeKind>, at: Range<usize>) -> Found {
        let pin = self.pin_before(at.start).or_else(|| {
            matches!(
                symbol.kind(),
                SymbolKind::ScDocument | SymbolKind::GaDocument | SymbolKind::OrganDocument
            )
            .then(|| self.pin_after(at.end))
            .flatten()
        });
        Found {
            symbol,
            kind,
            pin,
            at,
        }
    }

    /// The paragraphs a document's symbol is cited at, after it in its
    /// brackets ([`PIN_AFTER`]): `(S/1998/500, para. 30)` → `30`, as
    /// `paragraph 30 of resolution …` gives a resolution's.
    fn pin_after(&self, end: usize) -> Option<String> {
        let until = floor(self.text, (end + 80).min(self.body.end));
        let c = PIN_AFTER.captures(&self.text[end..until])?;
        Some(c["p"].split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// An explicit symbol, with its addenda and joint second half.
    fn symbol(&mut self, m: Range<usize>, found: &mut Vec<Found>) -> usize {
        // The document's own symbol with its date run into it by a PDF's
        // text (`S/1998/5922 January 1998` in S/1998/59's head).
        let head = &self.text[m.start..floor(self.text, (m.end + 40).min(self.body.end))];
        if may_start_with_glued_date(head)
            && let Some(own) = unglue_date(head, &self.own_ids.join("\n"))
            && self.own_ids.contains(&own)
        {
            return m.end;
        }
        let written = &self.text[m.clone()];
        let latest = self.own_year.unwrap_or(LATEST_SYMBOL_YEAR);
        let (symbol, mut end) = match repair_symbol(written, &self.text[m.end..self.body.end], latest) {
            Repair::Whole => match parse_symbol(written) {
                Some(s) => (s, m.end),
                None => return m.end,
            },
            Repair::Read(s, more) => {
                let end = m.end + more;
                // A scan's running header, `S/1997 /631`, is the document's own.
                if !self.own_ids.iter().any(|own| own == s.as_str()) {
                    let line = self.normalized.line_at(m.start);
                    let as_written = &self.text[m.start..end];
                    self.notes.push(format!(
                        "line {line}: \"{as_written}\" read as {s}, a malformed symbol"
                    ));
                }
                (s, end)
            }
            Repair::Drop(more) => {
                let end = m.end + more;
                let line = self.normalized.line_at(m.start);
                let as_written = &self.text[m.start..end];
                self.notes.push(format!(
                    "line {line}: \"{as_written}\" is a malformed symbol that cannot be read unambiguously; not read"
                ));
                return end;
            }
        };
        let m = m.start..end;
        let mut symbol = symbol;
        if let Some((len, second)) = joint_tail(&symbol, &self.text[end..self.body.end]) {
            end += len;
            // One document, named by its Security Council symbol in
            // whichever order the halves are written: the citation is of
            // that symbol, and the words before it tell its kind.
            let (id, other) = if crate::model::names_joint_document(second.as_str(), symbol.as_str()) {
                (second, symbol)
            } else {
                (symbol, second)
            };
            self.joint.push((id.to_string(), other.to_string()));
            symbol = id;
        }
        let symbol = self.hrc_resolution(symbol, m.start);
        // `document S/2023/170, the text of a draft resolution` (a meeting
        // record's wording): the gloss after the symbol tells its kind.
        let kind = self.kind_cue(&symbol, m.start).or_else(|| {
            let after = &self.text[end..floor(self.text, (end + 80).min(self.body.end))];
            (symbol.kind() == SymbolKind::ScDocument && DRAFT_GLOSS_AFTER.is_match(after))
                .then_some(NodeKind::DraftResolution)
        });
        // `ADDENDUM` starts with `and` or `&` after spaces.
        let addendum_at = |rest_at: usize| {
            matches!(
                self.text[rest_at..self.body.end].trim_start().as_bytes(),
                [b'a', b'n', b'd', ..] | [b'&', ..]
            )
        };
        // The symbol's text, for its addenda: copied only when one may follow.
        let base = addendum_at(end).then(|| symbol.to_string());
        found.push(self.found(symbol, kind, m));
        let mut rest_at = end;
        while let Some(base) = &base
            && addendum_at(rest_at)
            && let Some(a) = ADDENDUM.captures(&self.text[rest_at..self.body.end])
        {
            let whole = a.get(0).expect("group 0");
            let addendum = format!("{base}/{}.{}", &a["k"], &a["n"]);
            if let Ok(s) = addendum.parse::<Symbol>() {
                found.push(self.found(s, kind, rest_at + whole.start()..rest_at + whole.end()));
            }
            rest_at += whole.end();
            // `and Add. 1-3`, `and Add.1 to 31`: every number of the range
            // is an addendum, unless the last is a day (`Add.1 to 3
            // March`), the range runs backwards or spans more than
            // [`MAX_ADDENDA_RANGE`] numbers (a misread). The numbers between
            // have the range as their evidence.
            if let Some(r) = ADDENDUM_RANGE.captures(&self.text[rest_at..self.body.end]) {
                let whole = r.get(0).expect("group 0");
                let (first, last) = (a["n"].parse::<u32>(), r["m"].parse::<u32>());
                if let (Ok(first), Ok(last)) = (first, last)
                    && first < last
                    && last - first <= MAX_ADDENDA_RANGE
                    && !self.month_at(rest_at + whole.end())
                {
                    let m = r.name("m").expect("group m");
                    for n in first + 1..=last {
                        let Ok(s) = format!("{base}/{}.{n}", &a["k"]).parse::<Symbol>() else {
                            continue;
                        };
                        let at = if n == last {
                            rest_at + m.start()..rest_at + m.end()
                        } else {
                            rest_at + whole.start()..rest_at + whole.end()
                        };
                        found.push(self.found(s, kind, at));
                    }
                    rest_at += whole.end();
                }
            }
            // `and Corr.1 and 2`, `Add.1, 2 and 3`: more of the same kind,
            // unless the number is a day (`and 2 March`).
            while let Some(n) = ADDENDUM_NUMBER.captures(&self.text[rest_at..self.body.end]) {
                let whole = n.get(0).expect("group 0");
                if self.month_at(rest_at + whole.end()) {
                    break;
                }
                let addendum = format!("{base}/{}.{}", &a["k"], &n["n"]);
                if let Ok(s) = addendum.parse::<Symbol>() {
                    found.push(self.found(s, kind, rest_at + whole.start()..rest_at + whole.end()));
                }
                rest_at += whole.end();
            }
        }
        rest_at
    }

    /// A Council symbol written with the Council's name or initials for
    /// its series letter ([`COUNCIL_NAMED_AT`]): `Security
    /// Council/PRST/2001/31` is S/PRST/2001/31, `SC/2012/133` S/2012/133,
    /// when its year is a modern symbol's (1994 to the citing document's
    /// own year) and no further part runs on (`/Add.1` is left out, not
    /// guessed). Noted on the file: it is not taken at face value.
    fn council_named(&mut self, m: Range<usize>, found: &mut Vec<Found>) {
        let written = &self.text[m.clone()];
        let Some((_, tail)) = written.split_once('/') else {
            return;
        };
        let latest = self.own_year.unwrap_or(LATEST_SYMBOL_YEAR);
        let year = tail
            .trim_start_matches("PRST/")
            .get(..4)
            .and_then(|y| y.parse::<u16>().ok());
        if !year.is_some_and(|y| (1994..=latest).contains(&y))
            || self.text[m.end..self.body.end].starts_with('/')
        {
            return;
        }
        let Ok(symbol) = format!("S/{tail}").parse::<Symbol>() else {
            return;
        };
        let line = self.normalized.line_at(m.start);
        self.notes.push(format!(
            "line {line}: \"{written}\" read as {symbol}, a malformed symbol (the Council's name written for its series letter)"
        ));
        let kind = self.kind_cue(&symbol, m.start);
        found.push(self.found(symbol, kind, m));
    }

    /// `Human Rights Council resolution A/HRC/16/25`: the Council's
    /// resolutions are `A/HRC/RES/…`, and `A/HRC/16/25` written after the
    /// word `resolution` names resolution 16/25, not a report; so
    /// `General Assembly resolution A/70/1` names `A/RES/70/1` (data/002).
    fn hrc_resolution(&self, symbol: Symbol, at: usize) -> Symbol {
        let before = self.text[floor(self.text, at.saturating_sub(12))..at].trim_end();
        if !ends_with_ignore_ascii_case(before, "resolution") {
            return symbol;
        }
        let parts: Vec<&str> = symbol.as_str().split('/').collect();
        match parts[..] {
            ["A", "HRC", a, b] => match (a.parse(), b.parse()) {
                (Ok(a), Ok(b)) => Organ::HumanRightsCouncil.resolution(a, b, None).unwrap_or(symbol),
                _ => symbol,
            },
            ["A", session, n]
                if symbol.kind() == SymbolKind::GaDocument
                    && crate::symbol::ga_session_of(symbol.as_str()).is_some()
                    && n.bytes().all(|b| b.is_ascii_digit()) =>
            {
                format!("A/RES/{session}/{n}").parse().unwrap_or(symbol)
            }
            _ => symbol,
        }
    }

    /// The kind the words before a symbol give it: `report of the
    /// Secretary-General (S/2020/476)` → report.
    fn kind_cue(&self, symbol: &Symbol, at: usize) -> Option<NodeKind> {
        if !matches!(
            symbol.kind(),
            SymbolKind::ScDocument | SymbolKind::GaDocument | SymbolKind::OrganDocument
        ) {
            return None;
        }
        // A treaty body's concluding observations say so in their symbol
        // (`CCPR/C/HTI/CO/1`, `E/C.12/RWA/CO/5`): whatever report the words
        // before name (`its concluding observations on the initial report of
        // Haiti … (CCPR/C/HTI/CO/1)`, S/2016/225), they are no report.
        if symbol.as_str().contains("/CO/") {
            return None;
        }
        let from = self
            .clause_start(at)
            .max(floor(self.text, at.saturating_sub(120)));
        let window = &self.text[from..at];
        // The group `w` is the whole match (the rest are word boundaries).
        // A word followed by its own number names that reference, not this
        // symbol: `the report of the Secretary-General on the implementation
        // of resolution 76/5 (A/77/83)` is a report's.
        let word = KIND_CUE
            .find_iter(window)
            .filter(|m| {
                let after = window[m.end()..].trim_start();
                !(after.starts_with(|c: char| c.is_ascii_digit())
                    || after.starts_with("ES-")
                    || m.as_str().eq_ignore_ascii_case("draft") && DRAFT_OF_ANOTHER_KIND.is_match(after))
            })
            .last()?;
        // A pointer in brackets after the cue (`(see …)`) was the cue's
        // document, and the cue reaches no further: `my report of 17 December
        // 1996 (see S/1996/1045, para. 11) and with the Council's concurrence
        // (see S/1997/91 and S/1997/92)` (S/1997/432) names no report by the
        // two letters. A bracket that restates a symbol does not end it: `the
        // report of the Secretary-General of 18 December 1998 (S/1998/1203)
        // and its annex of 14 January 1999 (S/1998/1203/Add.1)` (1230 (1999)).
        let tail = &window[word.end()..];
        if let Some(close) = tail.rfind(')')
            && tail[..close]
                .rfind('(')
                .is_some_and(|open| starts_with_ignore_ascii_case(tail[open + 1..].trim_start(), "see"))
        {
            return None;
        }
        let word = word.as_str().to_ascii_lowercase();
        Some(match word.as_str() {
            // Only a series drafts are issued in is a draft's: a Council
            // document (`S/2022/155`) or a limited one (`A/C.3/75/L.31`,
            // `A/ES-11/L.1`), not `TD/B/67/2` or `UNEP/EA.5/Res.3`.
            "draft resolution" | "draft" if is_draft_series(symbol) => NodeKind::DraftResolution,
            "draft resolution" | "draft" => return None,
            w if w.starts_with("report") => NodeKind::Report,
            w if w.starts_with("letter") || w == "note verbale" => NodeKind::Letter,
            // A General Assembly document's symbol (`A/77/83`) names no
            // resolution, whatever words precede it: the Assembly's
            // resolutions are `A/RES/…` (`resolution A/70/1` is read so).
            _ => return None,
        })
    }

    /// `[meeting 7015]`, `[meetings 7015, 7016]`.
    fn bracket_meetings(&self, numbers: &str, at: Range<usize>, found: &mut Vec<Found>) {
        let ga = self.assembly_context(at.start);
        for n in numbers
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse::<u32>().ok())
        {
            let symbol = if ga {
                match self.ga_session(at.clone()) {
                    Some(session) => Symbol::ga_meeting(session, n),
                    None => continue,
                }
            } else {
                Symbol::sc_meeting(n)
            };
            found.push(self.found(symbol, None, at.clone()));
        }
    }

    /// `at its 2329th meeting` → S/PV.2329, unless it is the meeting that
    /// adopted the document.
    fn nth_meeting(&self, n: u32, plenary: bool, whole: Range<usize>, found: &mut Vec<Found>) {
        let from = floor(self.text, whole.start.saturating_sub(80));
        let before = self.text[from..whole.start].to_ascii_lowercase();
        if before.contains("adopted") || n == 0 {
            return;
        }
        // The organ whose meeting it is: the owner named just after it
        // (`the 70th meeting of the Peace and Security Council of the
        // African Union`, `the 1448th meeting of the Council`), else, for
        // `its Nth meeting`, no organ when a body that meets on its own is
        // named nearer than any organ (`the Security Council Committee
        // established pursuant to resolution 724 (1991), at its 65th
        // meeting`, `the International Contact Group … and its 10th
        // meeting`), else the sentence's subject, else the document's own
        // organ (`At its 34th meeting, the Human Rights Council adopted`
        // names no Security Council meeting).
        let organ = if let Some(n) = self.owner_after(whole.end) {
            Some(self.resolve_named(n))
        } else if self.other_body_meets(whole.start) {
            return;
        } else {
            match self.subject(whole.start, whole.end) {
                Some(n) => Some(self.resolve_named(n)),
                None => self.own_organ,
            }
        };
        // A line of its own (`46th plenary meeting` / `16 December 2020`)
        // closes a General Assembly document: the meeting is of its own
        // session (A/RES/75/191 → A/75/PV.46, A/RES/ES-11/1 → A/ES-11/PV.5),
        // whatever session a resolution cited above it is of; when it is the
        // meeting that adopted the document, it is no citation.
        // Another organ's closing (`34th plenary meeting` / `21 July 2022`
        // of an Economic and Social Council resolution), or one whose
        // session is unknown, names no General Assembly meeting, whatever
        // session a resolution cited above it is of.
        if plenary && self.alone_on_line(whole.clone()) {
            if let Some(session) = &self.own_session
                && let Ok(symbol) = format!("A/{session}/PV.{n}").parse::<Symbol>()
                && self.adopted_at.as_deref() != Some(symbol.as_str())
            {
                found.push(self.found(symbol, None, whole));
            }
            return;
        }
        let symbol = match organ {
            // Only the General Assembly's plenary meetings have a known
            // symbol (`A/75/PV.34`): the Economic and Social Council's
            // (`at its 34th plenary meeting, the Council …`) are no citation.
            Some(o) if plenary && !matches!(o, Organ::GeneralAssembly | Organ::SecurityCouncil) => return,
            _ if plenary => match self.ga_session(whole.clone()) {
                Some(s) => Symbol::ga_meeting(s, n),
                None => return,
            },
            Some(Organ::GeneralAssembly) => match self.ga_session(whole.clone()) {
                Some(s) => Symbol::ga_meeting(s, n),
                None => return,
            },
            None | Some(Organ::SecurityCouncil) => Symbol::sc_meeting(n),
            Some(_) => return,
        };
        // The meeting at which a presidential statement was made (`At the
        // 9262nd meeting …, the President … made the following statement`)
        // is its adoption, no citation. (A resolution's footnote to the
        // records of the meeting that adopted it is one: `Official Records
        // of the Security Council, Fifth Year, No. 16, 474th meeting`, 83
        // (1950).)
        if self.source.kind == NodeKind::PresidentialStatement
            && self.adopted_at.as_deref() == Some(symbol.as_str())
        {
            return;
        }
        found.push(self.found(symbol, None, whole));
    }

    /// Whether `its` just before the meeting at `at` is a body's other than
    /// an organ's: a committee or group ([`MEETING_BODY`]) named in the
    /// sentence after the last organ named there.
    fn other_body_meets(&self, at: usize) -> bool {
        let before = self.text[floor(self.text, at.saturating_sub(6))..at].trim_end();
        if !ends_with_ignore_ascii_case(before, "its") {
            return false;
        }
        let sentence = &self.text[self.sentence_start(at)..at];
        let Some(body) = MEETING_BODY.find_iter(sentence).last() else {
            return false;
        };
        last_match(&ORGAN_NAME, sentence).is_none_or(|o| o.get(0).is_some_and(|o| o.end() <= body.start()))
    }

    /// The list after the word `resolution(s)`. Returns where scanning goes on.
    fn resolution_list(&mut self, word: Range<usize>, found: &mut Vec<Found>) -> usize {
        // Most mentions (`this resolution`, `resolutions and statements`)
        // are followed by no number: leave them before any regex runs.
        let next = self.text[word.end..self.body.end]
            .bytes()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\n'));
        if !matches!(
            next,
            Some(b'0'..=b'9' | b'S' | b'E' | b',' | b'i' | b'n' | b'e' | b'N')
        ) {
            return word.end;
        }
        let plural = self.text[word.clone()].ends_with(['s', 'S']);
        let from = floor(self.text, word.start.saturating_sub(60));
        let before = &self.text[from..word.end];
        if OTHER_ORGAN.is_match(before) {
            return word.end;
        }
        let mut explicit = self.explicit_organ(word.start);
        let determiner = DETERMINER_BEFORE.is_match(&self.text[from..word.start]);
        let end = self.body.end;
        let mut q = word.end;
        q += list_lead_end(&self.text[q..end]);
        // The word ended its line (`…and all other relevant resolutions⏎5.
        // Requests`, a heading `Application of Provisions of Previous
        // Resolutions⏎10. Encourages`): a bare number on the next line is a
        // paragraph's, no short form.
        let line_ended = self.text[word.end..q].contains('\n');
        let mut consumed = word.end;
        let mut all_bare = true;
        let mut first = true;
        let text = self.text;
        // The item after a separator, read when looking ahead, is the next
        // item: it is read once.
        let mut ahead = None;
        // The Council's `n (year)` items read, in order, for the year check
        // after the list ([`Scanner::check_years`]).
        let mut dated: Vec<Dated> = Vec::new();
        loop {
            let rest = &text[q..end];
            let Some(item) = ahead.take().or_else(|| Item::read(rest)) else {
                break;
            };
            let item_end = item.end;
            let at = q..q + item_end;
            let num = |g: usize| item.groups[g].and_then(|m| m.parse::<u32>().ok());
            if item.groups[item::BARE].is_some() {
                if !(first || (plural && all_bare))
                    || (first && (determiner || line_ended))
                    || BARE_UNIT_AFTER.is_match(&rest[item_end..])
                    || adopted_elsewhere(&rest[item_end..])
                {
                    break;
                }
                let Some(n) = num(item::BARE) else { break };
                if self.organ_of(Form::Bare, explicit, word.start, at.end) == Some(Organ::SecurityCouncil)
                    && let Some(s) = self.short_form(n)
                {
                    found.push(self.found(s, None, at.clone()));
                }
            } else {
                all_bare = false;
                // The Council's `n (year)`, whole or split by PDF extraction (`207 7 (2012)`).
                let sc_year = if let (Some(sa), Some(sb), Some(y)) =
                    (item.groups[item::SA], item.groups[item::SB], num(item::SY))
                {
                    format!("{sa}{sb}").parse::<u32>().ok().zip(Some(y))
                } else {
                    num(item::N).zip(num(item::Y))
                };
                let form = if sc_year.is_some() {
                    Form::Year
                } else if let (Some(k), Some(ss), Some(n)) =
                    (item.groups[item::ESK], num(item::ESS), num(item::ESN))
                {
                    Form::Special(k, ss, n)
                } else if let (Some(a), Some(b)) =
                    (num(item::GS).or(num(item::YS)), num(item::GN).or(num(item::YN)))
                {
                    Form::Slash(a, b)
                } else if let (Some(n), Some(r)) = (num(item::RN), item.groups[item::RS]) {
                    Form::Roman(n, r)
                } else {
                    Form::Bare
                };
                let organ = self.organ_of(form, explicit, word.start, at.end);
                if let (Form::Year, Some(Organ::SecurityCouncil), Some((n, y))) = (form, organ, sc_year) {
                    dated.push(Dated {
                        n,
                        stated: y,
                        read: u16::try_from(y).ok().and_then(|y| resolution_year(n, y)),
                        at: at.clone(),
                        found: None,
                    });
                }
                let symbol = match (form, organ, sc_year) {
                    (Form::Year, Some(Organ::SecurityCouncil), Some((n, y))) => u16::try_from(y)
                        .ok()
                        .and_then(|y| resolution_year(n, y))
                        .map(|y| Symbol::sc_resolution(n, y)),
                    (Form::Slash(..), Some(o @ Organ::GeneralAssembly), _) => {
                        // `50/80 B`: a modern resolution's parts are documents of their own.
                        let part = item.groups[item::GP].unwrap_or("");
                        form.symbol(o).and_then(|s| format!("{s}{part}").parse().ok())
                    }
                    (_, Some(o), _) => form.symbol(o),
                    _ => None,
                };
                if let (Form::Slash(a, b), Some(o), Some(_)) = (form, organ, &symbol)
                    && explicit.is_some()
                {
                    self.known_organs.insert((a, b), o);
                }
                if let Some(s) = symbol {
                    if let Some(d) = dated.last_mut().filter(|d| d.at == at) {
                        d.found = Some(found.len());
                    }
                    let mut f = self.found(s, None, at.clone());
                    // `217 A (III)`: the part is where in the document the citation points.
                    let part = item.groups[item::RP]
                        .or(item.groups[item::GP])
                        .filter(|_| matches!(form, Form::Roman(..)));
                    if let Some(p) = part {
                        let part = format!("part {}", p.trim());
                        f.pin = Some(match f.pin {
                            Some(pin) => format!("{pin}, {part}"),
                            None => part,
                        });
                    }
                    found.push(f);
                }
            }
            first = false;
            q = at.end;
            consumed = q;
            // Is there another item after a separator?
            let rest = &text[q..end];
            let shape = item.shape();
            let by_gap = list_gap_end(rest).and_then(|gap| {
                let n = Item::read(&rest[gap..])?;
                let bare = n.groups[item::BARE].is_some();
                (!bare || (plural && all_bare && !rest[..gap].contains('\n'))).then_some((gap, n))
            });
            // `2248 (S-V) of 19 May 1967. 2324 (XXII) and 2325 (XXII)`
            // (S-RES-264(1969).txt): a full stop, on the same line, before an
            // item of the same form goes on with the list.
            let by_full_stop = || {
                let stop = LIST_FULL_STOP.find(rest)?.end();
                let n = Item::read(&rest[stop..])?;
                (shape != Shape::Bare && n.shape() == shape).then_some((stop, n))
            };
            let Some((gap, n)) = by_gap.or_else(by_full_stop) else {
                break;
            };
            // `General Assembly resolution 60/251 and its resolutions 5/1
            // and 5/2` in a Human Rights Council text: `its` stands for a
            // subject, not for the organ named as the first item's owner.
            // The items after it are a citation of their own.
            if explicit.is_some()
                && rest[..gap]
                    .split_ascii_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("its"))
            {
                break;
            }
            // `General Assembly resolutions 2145 (XXI), … and Security
            // Council resolutions 235 (1968)`: the organ named in the gap
            // owns the items after it.
            if rest[..gap].contains("Security Council") {
                explicit = Some(Named::Organ(Organ::SecurityCouncil));
            }
            q += gap;
            ahead = Some(n);
        }
        self.check_years(&dated, word.start..consumed, found);
        consumed
    }

    /// The Council's `n (year)` items of one list whose year is not the
    /// year `n` was adopted ([`resolution_year`]), each noted. A year one
    /// off is a slip the table corrects (`1556 (2005)` is S/RES/1556
    /// (2004)), unless another resolution fits better: one of the stated
    /// year, its number one digit off, cited elsewhere in the text beside a
    /// resolution cited beside this one (S-RES-264(1969).txt: `235 (1968)
    /// and 246 (1968)` in paragraph 6, `245 (1968) … and 246 (1968)` in
    /// the preamble: 235 (1968) is 245 (1968), not 235 (1967)); then it is
    /// not read. A year further off names no resolution and is not read.
    fn check_years(&mut self, dated: &[Dated], list: Range<usize>, found: &mut Vec<Found>) {
        let mut refused = Vec::new();
        for (i, d) in dated.iter().enumerate() {
            let line = self.normalized.line_at(d.at.start);
            let written = &self.text[d.at.clone()];
            let table = sc_resolution_year(d.n);
            match (d.read, table) {
                (Some(t), _) if u32::from(t) == d.stated => {}
                (Some(t), _) => {
                    let beside = [i.checked_sub(1), Some(i + 1)]
                        .into_iter()
                        .flatten()
                        .filter_map(|j| dated.get(j))
                        .map(|b| (b.n, b.stated));
                    let better = beside
                        .filter_map(|(k, ky)| self.better_fit(d.n, d.stated, (k, ky), &list))
                        .next();
                    match better {
                        Some((m, k, ky, at_line)) => {
                            refused.extend(d.found);
                            self.notes.push(format!(
                                "line {line}: \"{written}\" names no resolution (resolution {} was adopted in {t}); not read: {m} ({}), cited beside {k} ({ky}) at line {at_line}, may be meant",
                                d.n, d.stated
                            ));
                        }
                        None => self.notes.push(format!(
                            "line {line}: \"{written}\" read as S/RES/{} ({t}), the year resolution {} was adopted",
                            d.n, d.n
                        )),
                    }
                }
                (None, Some(t)) => self.notes.push(format!(
                    "line {line}: \"{written}\" names no resolution (resolution {} was adopted in {t}); not read",
                    d.n
                )),
                (None, None) => self.notes.push(format!(
                    "line {line}: \"{written}\" names no resolution of the Council; not read"
                )),
            }
        }
        refused.sort_unstable();
        for i in refused.into_iter().rev() {
            found.remove(i);
        }
    }

    /// A resolution that fits `n (stated)` better than the table's year
    /// ([`Scanner::check_years`]): `m (stated)`, adopted in the stated
    /// year, its number `n` with one digit changed, cited outside `list`
    /// on a line that also cites `k (ky)`, the item beside `n (stated)` in
    /// its list, within 160 bytes. Returns `(m, k, ky, line of m)`.
    fn better_fit(
        &self,
        n: u32,
        stated: u32,
        (k, ky): (u32, u32),
        list: &Range<usize>,
    ) -> Option<(u32, u32, u32, u32)> {
        let digits = n.to_string();
        let body = &self.text[self.body.clone()];
        for (pos, d) in digits.char_indices() {
            for c in '0'..='9' {
                if c == d || (pos == 0 && c == '0') {
                    continue;
                }
                let mut alt = digits.clone();
                alt.replace_range(pos..pos + 1, c.encode_utf8(&mut [0; 4]));
                let Ok(m) = alt.parse::<u32>() else { continue };
                if self.own_number == Some(m) || sc_resolution_year(m).map(u32::from) != Some(stated) {
                    continue;
                }
                for written in [format!("{m} ({stated})"), format!("{m}({stated})")] {
                    for (i, _) in body.match_indices(&written) {
                        let at = self.body.start + i;
                        if list.contains(&at) || self.text[..at].ends_with(|c: char| c.is_ascii_digit()) {
                            continue;
                        }
                        let from = floor(self.text, at.saturating_sub(160));
                        let to = floor(self.text, (at + written.len() + 160).min(self.body.end));
                        let line_from = self.text[from..at].rfind('\n').map_or(from, |j| from + j + 1);
                        let line_to = self.text[at..to].find('\n').map_or(to, |j| at + j);
                        let window = &self.text[line_from..line_to];
                        if [format!("{k} ({ky})"), format!("{k}({ky})")]
                            .iter()
                            .any(|b| window.contains(b.as_str()))
                        {
                            return Some((m, k, ky, self.normalized.line_at(at)));
                        }
                    }
                }
            }
        }
        None
    }

    /// The organ named just before the word `resolution` at `at`
    /// (`Human Rights Council resolution`, `the Assembly's resolution`,
    /// `…, chap. I, resolution 1`), if any.
    fn explicit_organ(&self, at: usize) -> Option<Named> {
        let from = floor(self.text, at.saturating_sub(80));
        let window = self.text[from..at].trim_end();
        let window = window
            .strip_suffix("'s")
            .or_else(|| window.strip_suffix("\u{2019}s"))
            .unwrap_or(window);
        if !may_end_with_organ(window) {
            return None;
        }
        let last = last_match(&ORGAN_NAME, window)?;
        (last.get(0)?.end() == window.len())
            .then(|| named(&last))
            .flatten()
    }

    /// The organ named as the owner just after a resolution at `end`:
    /// `16/25 (2011) of the Human Rights Council`.
    fn owner_after(&self, end: usize) -> Option<Named> {
        let stop = floor(self.text, (end + 120).min(self.body.end));
        let after = &self.text[end..stop];
        // Every gap `OWNER_GAP` takes starts, after spaces, with `(`, `of`
        // or `adopted`: without one no organ named after is the owner.
        let lead = after.trim_start();
        if !(lead.starts_with('(') || lead.starts_with("of") || lead.starts_with("adopted")) {
            return None;
        }
        let c = ORGAN_NAME.captures(after)?;
        OWNER_GAP
            .is_match(&after[..c.get(0)?.start()])
            .then(|| named(&c))
            .flatten()
    }

    /// The one rule that gives a cited resolution its organ. An organ named
    /// just before the word `resolution`, or as its owner just after it
    /// (`resolution 16/25 (2011) of the Human Rights Council`), decides alone. Otherwise the
    /// organs the context offers are tried in turn, and the first whose
    /// numbering fits the form wins: an earlier citation of the same number
    /// with its organ named, the sentence's subject (the last organ named
    /// before in the sentence; for `its resolution`, else the first named
    /// after: `By its resolution 64/278, the General Assembly`), the
    /// document's own organ, and last the organ the form alone suggests
    /// (`n (year)` the Security Council's, `session/n` the Assembly's).
    fn organ_of(&self, form: Form, explicit: Option<Named>, word: usize, end: usize) -> Option<Organ> {
        if let Some(e) = explicit.or_else(|| self.owner_after(end)) {
            let organ = self.resolve_named(e);
            return form.accepts(organ).then_some(organ);
        }
        if form == Form::Year {
            return Some(Organ::SecurityCouncil);
        }
        let subject = self.subject(word, end).map(|n| self.resolve_named(n));
        let known = match form {
            Form::Slash(a, b) => self.known_organs.get(&(a, b)).copied(),
            _ => None,
        };
        [known, subject, self.own_organ, form.default_organ()]
            .into_iter()
            .flatten()
            .find(|&o| form.accepts(o))
    }

    /// A bare `Council` is the document's own council; `Assembly` the General Assembly.
    fn resolve_named(&self, n: Named) -> Organ {
        match n {
            Named::Organ(o) => o,
            Named::Council => match self.own_organ {
                Some(
                    o
                    @ (Organ::SecurityCouncil | Organ::HumanRightsCouncil | Organ::EconomicAndSocialCouncil),
                ) => o,
                _ => Organ::SecurityCouncil,
            },
        }
    }

    /// The subject of the sentence around a reference at `word..end`: the
    /// last organ named before it in the sentence, else, after `its`, the
    /// first named after it in the sentence.
    ///
    /// After `its`, an organ named as a document's owner (`General Assembly
    /// resolution 60/251 and its resolution 34/7`) is no subject `its` can
    /// stand for: the sentence's subject is then the last organ named
    /// otherwise, else the text's own.
    fn subject(&self, word: usize, end: usize) -> Option<Named> {
        let start = self.sentence_start(word);
        let its = self.its_before(word);
        let before = &self.text[start..its.unwrap_or(word).max(start)];
        let subject = match its {
            None => last_match(&ORGAN_NAME, before),
            Some(_) => ORGAN_NAME
                .captures_iter(before)
                .filter(|c| c.get(0).is_some_and(|m| !owns_a_document(&before[m.end()..])))
                .last(),
        };
        if let Some(c) = subject {
            return named(&c);
        }
        // Without `its`, no organ named after is the subject.
        its?;
        let stop = floor(self.text, (end + 160).min(self.body.end));
        let after = &self.text[end..stop];
        let cut = [". ", "\n\n", ";"]
            .iter()
            .filter_map(|p| after.find(p))
            .min()
            .unwrap_or(after.len());
        let after = &after[..cut];
        let c = ORGAN_NAME.captures(after)?;
        let name = c.get(0)?;
        let gap = after[..name.start()].trim_end();
        let gap = gap.strip_suffix("the").unwrap_or(gap).trim_end();
        // `Recalling its resolutions 2625 (XXV) …, Economic and Social
        // Council decision 2005/230`: an organ named before a document of
        // its own is that document's owner, not the sentence's subject.
        (gap.ends_with(',') && !owns_a_document(&after[name.end()..]))
            .then(|| named(&c))
            .flatten()
    }

    /// Where `its` (or `its own`) begins, when it is the word before the
    /// word at `word`.
    fn its_before(&self, word: usize) -> Option<usize> {
        let from = floor(self.text, word.saturating_sub(12));
        let mut before = self.text[from..word].trim_end();
        if ends_with_ignore_ascii_case(before, " own") {
            before = before[..before.len() - " own".len()].trim_end();
        }
        let its = from + before.len().checked_sub("its".len())?;
        let whole_word = !self.text[..its].ends_with(|c: char| c.is_alphanumeric());
        (ends_with_ignore_ascii_case(before, "its") && whole_word).then_some(its)
    }

    /// Where the sentence around `at` begins: after the last blank line,
    /// sentence end (`. ` before a capital) or paragraph end (`,` at the end
    /// of a line), at most 400 bytes back. Unlike
    /// [`Scanner::clause_start`], line breaks do not end it: PDF text breaks
    /// lines inside names (`Human Rights` / `Council`).
    fn sentence_start(&self, at: usize) -> usize {
        let from = floor(self.text, at.saturating_sub(400)).max(self.body.start);
        let head = &self.text[from..at];
        let bytes = head.as_bytes();
        let mut cut = head.rfind("\n\n").map_or(0, |i| i + 2);
        for i in (cut..head.len().saturating_sub(2)).rev() {
            // A preambular paragraph ends in a comma at the end of its line.
            if matches!(bytes[i], b',' | b';' | b':')
                && bytes[i + 1] == b'\n'
                && bytes[i + 2].is_ascii_alphanumeric()
            {
                cut = i + 2;
                break;
            }
            if bytes[i] == b'.'
                && matches!(bytes[i + 1], b' ' | b'\n')
                && bytes[i + 2].is_ascii_uppercase()
                && !is_abbreviation(&head[..i])
            {
                cut = i + 2;
                break;
            }
        }
        from + cut
    }

    /// `resolution 2391` with no year: the year of an earlier citation in the
    /// same document, else the table's; never the document itself or a
    /// later resolution.
    fn short_form(&self, n: u32) -> Option<Symbol> {
        if n == 0 || self.own_number == Some(n) {
            return None;
        }
        if let Some(&y) = self.known_years.get(&n) {
            return Some(Symbol::sc_resolution(n, y));
        }
        if self.own_number.is_some_and(|own| n > own) {
            return None;
        }
        Symbol::sc_resolution_by_number(n)
    }

    fn pin_before(&self, at: usize) -> Option<String> {
        let from = floor(self.text, at.saturating_sub(80));
        let mut window = &self.text[from..at];
        ARAGRAPH.find(window.as_bytes())?;
        // The pin stands before the word `resolution`, not before the number.
        let lower = window.trim_end();
        for word in ["resolutions", "resolution", "Resolution"] {
            if let Some(stripped) = lower.strip_suffix(word) {
                window = stripped;
                break;
            }
        }
        let m = PIN.find(window)?;
        let p = match pin_group(m.as_str()) {
            Some(p) => p,
            None => PIN.captures_at(window, m.start())?.name("p")?.as_str(),
        };
        Some(p.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    fn other_organ_before(&self, at: usize) -> bool {
        let from = floor(self.text, at.saturating_sub(60));
        let window = self.text[from..at].trim_end();
        OTHER_ORGAN.is_match(window) || GA_BEFORE.is_match(window)
    }

    /// `vol. 75 (1950)`, `No. 12 (1995)`, `p. 4 (1946)`: a number that is no resolution's.
    fn volume_before(&self, at: usize) -> bool {
        let from = floor(self.text, at.saturating_sub(12));
        let window = self.text[from..at].trim_end();
        [
            "vol.", "vol", "no.", "nos.", "p.", "pp.", "series,", "volume", "chapter",
        ]
        .iter()
        .any(|w| ends_with_ignore_ascii_case(window, w))
    }

    /// True when the nearest organ named before `at` is the General Assembly.
    fn assembly_context(&self, at: usize) -> bool {
        let from = floor(self.text, at.saturating_sub(400));
        let window = self.text[from..at].to_ascii_lowercase();
        let assembly = window.rfind("assembly");
        let council = window.rfind("council");
        match (assembly, council) {
            (Some(a), Some(c)) => a > c,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Whether `at` is all its line holds (spaces aside).
    fn alone_on_line(&self, at: Range<usize>) -> bool {
        let start = self.text[..at.start].rfind('\n').map_or(0, |i| i + 1);
        let end = self.text[at.end..]
            .find('\n')
            .map_or(self.text.len(), |i| at.end + i);
        self.text[start..at.start].trim().is_empty() && self.text[at.end..end].trim().is_empty()
    }

    /// The General Assembly session a meeting belongs to, read from the
    /// nearest `68/128` or `A/68/…` after it, else before it.
    fn ga_session(&self, at: Range<usize>) -> Option<u32> {
        let after_end = floor(self.text, (at.end + 300).min(self.text.len()));
        if let Some(c) = GA_SESSION.captures(&self.text[at.end..after_end]) {
            return c["s"].parse().ok();
        }
        let from = floor(self.text, at.start.saturating_sub(400));
        GA_SESSION
            .captures_iter(&self.text[from..at.start])
            .last()
            .and_then(|c| c["s"].parse().ok())
    }

    /// Where the clause around `at` begins: the line start, the last `;`, or
    /// the end of the last sentence (`. ` before a capital). A line a PDF
    /// wrapped inside a sentence ([`wrapped_at`]) goes on: `implement in full
    /// the rights and guarantees outlined in the letter of the` / `Government
    /// of Croatia of 13 January 1997 (S/1997/27, annex)` (S/1997/487) is a
    /// letter set out in, as it would be on one line. A resolution's line
    /// that opens a paragraph ([`opens_paragraph`]) starts a clause,
    /// whatever the last character of the line before (`… is null and
    /// void` with no comma, 439 (1978)); a line that opens none goes on
    /// from a wrapped one, as a PDF sets an Assembly resolution: `Taking
    /// note of the report of the Secretary-General on the situation in the`
    /// / `Central African Republic (S/2021/146)` is taken note of.
    fn clause_start(&self, at: usize) -> usize {
        let from = floor(self.text, at.saturating_sub(600)).max(self.body.start);
        let head = &self.text[from..at];
        let bytes = head.as_bytes();
        let mut cut = 0;
        let mut end = bytes.len();
        while let Some(i) = memchr::memrchr2(b'\n', b';', &bytes[..end]) {
            let paragraph_opens = self.paragraphs.is_some() && opens_paragraph(&head[i + 1..]);
            if bytes[i] == b';' || paragraph_opens || !wrapped_at(head, i) {
                cut = i + 1;
                break;
            }
            end = i;
        }
        // The last `. X` after it (`memrchr` finds the full stops).
        let end = head.len().saturating_sub(2);
        if cut < end {
            let base = cut;
            for i in memchr::memrchr_iter(b'.', &bytes[base..end]) {
                let i = base + i;
                // A justified line may set two spaces or more after the stop
                // (`every 90 days starting from 12 April 2019.  T he document`,
                // S/2019/805).
                let spaces = bytes[i + 1..].iter().take_while(|&&b| b == b' ').count();
                if spaces > 0
                    && bytes.get(i + 1 + spaces).is_some_and(u8::is_ascii_uppercase)
                    && !is_abbreviation(&head[..i])
                {
                    cut = i + 1 + spaces;
                    break;
                }
            }
        }
        from + cut
    }

    /// The nearest relation word before `at` in its clause. Only the clause
    /// is scanned, and only once for the references of one list: most of a
    /// text holds no reference at all.
    fn relation(&mut self, at: usize) -> Option<String> {
        let clause = self.clause_start(at);
        let (mut from, mut last) = match self.relation_cache {
            (c, scanned, last) if c == clause && scanned <= at => (scanned, last),
            _ => (clause, None),
        };
        // The governing word is usually close: look at the last 160 bytes
        // first, and at the rest of the clause only if they hold none.
        if from + 400 < at {
            let near = floor(self.text, at - 160);
            if let Some(rel) = self.last_relation(near, at) {
                self.relation_cache = (clause, at, Some(rel));
                return Some(relation_text(rel));
            }
            from = from.max(clause);
        }
        // Back up a little so that a word cut by the previous scan is seen whole.
        let from = floor(self.text, from.saturating_sub(24)).max(clause);
        if let Some(rel) = self.last_relation(from, at) {
            last = Some(rel);
        }
        self.relation_cache = (clause, at, last);
        last.map(relation_text)
    }

    /// A `;` between two items of a list of resolutions ends no clause
    /// (`Recalling its resolutions 1196 (1998) …, 1209 (1998) of 19 November
    /// 1998; 1265 (1999) …, 1325 (2000) …`, S-RES-1366(2001)): when the
    /// clause of `at` holds only list items before it and the clause before
    /// ends in one, the relation is that clause's.
    fn relation_across_semicolon(&mut self, at: usize) -> Option<String> {
        let clause = self.clause_start(at);
        let semicolon = clause
            .checked_sub(1)
            .filter(|&i| self.text.as_bytes()[i] == b';')?;
        let from = floor(self.text, semicolon.saturating_sub(80)).max(self.body.start);
        (LIST_ITEMS_ONLY.is_match(&self.text[clause..at])
            && LIST_ITEM_ENDS.is_match(&self.text[from..semicolon]))
        .then(|| self.relation(semicolon))
        .flatten()
    }

    /// A document's symbol in brackets names the document the nearest
    /// document noun before it opens, and words that describe that document
    /// govern none of it: `Taking note of … the report of the
    /// Secretary-General on the implementation of resolution 74/139
    /// (A/75/287)` takes note of A/75/287, which implements nothing; `the
    /// Human Rights Committee in its concluding observations on the initial
    /// report of Haiti on the implementation of the International Covenant
    /// on Civil and Political Rights (CCPR/C/HTI/CO/1)` (S/2016/225) gives
    /// the observations no relation. When `relation` is such a description's
    /// (`implementation of`, [`DESCRIBING`]) and stands between that noun
    /// and the bracket, with no comma between, the relation is the one
    /// before the noun in the clause, if any. (A preposition there may
    /// govern the bracket's document, `the report submitted in accordance
    /// with paragraph 12 of resolution 986 (1995) (S/1997/417)`, 1111
    /// (1997), which [`Scanner::past_preposition`] reads.) A noun followed by its own number (`resolution
    /// 74/139`) names that reference, not the bracketed one.
    fn past_description(&self, relation: String, symbol: &Symbol, at: usize) -> Option<String> {
        if relation != DESCRIBING
            || !matches!(
                symbol.kind(),
                SymbolKind::ScDocument | SymbolKind::GaDocument | SymbolKind::OrganDocument
            )
            || !self.text[..at].trim_end().ends_with('(')
        {
            return Some(relation);
        }
        let clause = self.clause_start(at);
        let window = &self.text[clause..at];
        let Some(noun) = KIND_CUE
            .find_iter(window)
            .filter(|m| {
                let after = window[m.end()..].trim_start();
                !(after.starts_with(|c: char| c.is_ascii_digit()) || after.starts_with("ES-"))
            })
            .last()
        else {
            return Some(relation);
        };
        // A comma ends the noun's description: `reports from the High
        // Representative, in accordance with Annex 10 … and the conclusions
        // of the Peace Implementation Conference … (S/1996/1012)` (1174
        // (1998)) names what is in accordance with.
        // Its words one space apart: a justified line may set two.
        let description = window[noun.end()..]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if description.contains([',', ';']) || rfind_ignore_ascii_case(&description, DESCRIBING).is_none() {
            return Some(relation);
        }
        self.last_relation(clause, clause + noun.start())
            .map(relation_text)
    }

    /// A preposition governs its object, not a reference further on:
    /// `Taking note of the letter … from the Chair of the Security Council
    /// Committee established pursuant to resolution 2206 (2015) concerning
    /// South Sudan (S/2023/160)` takes note of S/2023/160, which is not
    /// `pursuant to` anything. When `relation` (the nearest before `at`) is
    /// a preposition whose object was an earlier reference (`previous_end`
    /// after the preposition), and words other than a list's stand between
    /// that reference and `at`, or whose object was words joined to `at`
    /// by `, as well as`, the relation is the one before the preposition in
    /// the clause, if any.
    fn past_preposition(
        &mut self,
        relation: String,
        at: usize,
        previous_end: Option<usize>,
    ) -> Option<String> {
        if !PREPOSITIONS.contains(&relation.as_str()) {
            return Some(relation);
        }
        let clause = self.clause_start(at);
        let window = &self.text[clause..at];
        let Some((prep, prep_len)) = words_of_relation(&relation)
            .iter()
            .filter_map(|w| rfind_ignore_ascii_case(window, w).map(|i| (i, w.len())))
            .max()
            .map(|(i, len)| (clause + i, len))
        else {
            return Some(relation);
        };
        let object = &self.text[prep + prep_len..at];
        // The object was words, not a reference, and `, as well as` joins
        // what follows (a list, to its end) to the clause's verb:
        // `Reaffirming … resolution 733 (1992) … as elaborated and amended
        // by subsequent relevant resolutions, as well as resolutions 1844
        // (2008) and 1916 (2010)` (1972 (2011)) reaffirms 1844 and 1916,
        // which nothing says were amended.
        let words_then_as_well_as = self.text[prep..at]
            .find(", as well as ")
            .is_some_and(|k| !self.text[prep..prep + k].bytes().any(|b| b.is_ascii_digit()));
        let previous_in_list = previous_end.filter(|&e| e <= at && e > prep);
        // A symbol in brackets just after the preposition's object names
        // the phrase that object ends, not one more object: `the report of
        // the Special Mission established under resolution 326 (1973)
        // (S/10896)` (328 (1973)) is considered, not established.
        // Words after the object and a comma start another phrase: `nor
        // taken the other steps required by the IAEA Board of Governors, nor
        // complied with the provisions of Security Council resolution 1696
        // (2006)` (1803 (2008)) requires nothing of 1696; `as stipulated in
        // the Comprehensive Peace Agreement, and to expedite …, with the
        // assistance of UNMIS as provided in resolution 1590 (2005)` (1663
        // (2006)) stipulates nothing in 1590. A symbol in brackets may name
        // the object itself, however long (`in accordance with the
        // provisions of the Protocol …, signed by the President … on 17
        // August 1995 (S/1995/720)`, 1030 (1995); `as set out in paragraphs
        // 2, 18, and 21 of the Final Report of the Panel of Experts
        // (S/2014/87)`, 2138 (2014)): it keeps the preposition.
        // That bracketed symbol ends the object only when the preposition
        // governs the reference before it (`established under resolution 326
        // (1973) (S/10896)`); when its object is words that hold the
        // references (`in accordance with the Adjusted timetable of urgent
        // steps to implement Security Council resolutions 822 (1993) and 853
        // (1993) (S/26522, appendix)`, 884 (1993)), the symbol names that
        // object.
        let bracketed = self.text[..at].trim_end().ends_with('(');
        let object_is_words =
            object_ended(&object[..object.find(|c: char| c.is_ascii_digit()).unwrap_or(object.len())]);
        let words_after_comma = !bracketed
            && previous_in_list.is_none()
            && self.text[prep..at]
                .rfind(", ")
                .is_some_and(|k| object_ended(&self.text[prep + k..at]));
        // Words, then `and` and another preposition, start another phrase
        // with no comma before it: `in pursuance of his Good Offices mission
        // and within the framework of Security Council resolution 1250
        // (1999)` (1475 (2003)), `in accordance with the mission's
        // benchmarks and in response to paragraph 7 of resolution 2173
        // (2014)` (2228 (2015)), `the steps required by the IAEA Board and
        // with the other provisions of resolution 1737 (2006)` (1747
        // (2007)). The same preposition again joins a second object to the
        // first: `in accordance with the Charter … and with the provisions
        // of General Assembly resolution 1514 (XV)` (246 (1968)).
        let words_then_other_preposition = previous_in_list.is_none()
            && another_preposition_after_and(object, relation.rsplit(' ').next().unwrap_or(""));
        let ended = words_then_as_well_as
            || words_after_comma
            || words_then_other_preposition
            || previous_in_list.is_some_and(|e| {
                object_ended(&self.text[e..at])
                    || (bracket_after_reference(&self.text[e..at]) && !object_is_words)
            });
        if !ended {
            // A list goes on: its item takes the relation the item before
            // it was given, which is the preposition's only if the item
            // before was its object. `on the previous reports of the
            // Monitoring Group (S/2004/604 and S/2005/153) appointed
            // pursuant to resolutions 1519 (2003) …` (1587 (2005)): what
            // S/2004/604 was given, S/2005/153 is given, not `pursuant to`
            // from the list before it.
            return match previous_in_list {
                Some(_) => self.last_relation.clone(),
                None => Some(relation),
            };
        }
        // The verb of the clause: past any other preposition before this
        // one (`Recalling that, pursuant to resolutions 687 (1991) …, the
        // tasks authorized by section C of resolution 687 (1991), and that
        // the Secretary-General in his report … (S/22792)`, 706 (1991)).
        let mut end = prep;
        loop {
            let (joined, verb) = self.last_relation(clause, end)?;
            if !PREPOSITIONS.contains(&verb) {
                return Some(relation_text((joined, verb)));
            }
            end = words_of_relation(verb)
                .iter()
                .filter_map(|w| rfind_ignore_ascii_case(&self.text[clause..end], w))
                .max()
                .map(|i| clause + i)?;
        }
    }

    /// The last whole relation word in `from..to`.
    ///
    /// A PDF's justified lines spread their words (`The  present  report  is
    /// submitted  pursuant  to  Security  Council  resolution  2466 (2019)`,
    /// S/2019/805): the words are matched with each run of spaces read as one.
    fn last_relation(&self, from: usize, to: usize) -> Option<Relation> {
        let window = &self.text[from..to];
        let squeezed = squeeze_spaces(window);
        let (haystack, map) = match &squeezed {
            Some((s, map)) => (s.as_str(), Some(map)),
            None => (window, None),
        };
        // An offset in `haystack` as an offset in `window`.
        let original = |i: usize| map.map_or(i, |map| map[i]);
        let mut last: Option<Relation> = None;
        let mut last_end = 0;
        for m in RELATION_AUTOMATON.find_iter(haystack) {
            let (start, end) = (original(m.start()), original(m.end()));
            let alpha_before = self.text[..from + start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
            let alpha_after = window[end..].chars().next().is_some_and(char::is_alphabetic);
            if !alpha_before
                && !alpha_after
                && !is_plural_noun(&self.text[..from + start], &haystack[m.range()], &window[end..])
                && !in_relative_clause(&self.text[..from + start], &haystack[m.range()])
                && !describes_a_noun(&haystack[m.range()], &window[end..])
                && !in_is_adverbial(&haystack[m.range()], &window[end..])
                && !DURATION_AFTER
                    .is_match(&self.text[from + end..floor(self.text, (from + end + 60).min(to))])
                && (!haystack[m.range()].ends_with(", in")
                    || COMMA_IN_REFERENCE.is_match(
                        &self.text[from + end..floor(self.text, (from + end + 80).min(self.text.len()))],
                    ))
            {
                let (word, verb) = &RELATION_WORDS[m.pattern().as_usize()];
                let verb: &'static str = verb;
                // `Recalling, and reaffirming its resolutions 660 (1990) …`
                // (S-RES-678(1990)): both verbs govern what follows. A
                // participle that holds its `and` (`Having received and
                // considered`) is joined through it.
                let and_at = if word.starts_with("and ") {
                    start + 3
                } else {
                    start
                };
                let joined = last
                    .filter(|_| is_and(&window[last_end..and_at]))
                    .map(|(_, before)| before)
                    .filter(|&before| before != verb);
                last = Some((joined, verb));
                last_end = end;
            }
        }
        last
    }

    /// Whether the reference at `at` is a pointer after `see`, in brackets
    /// or opening its clause: `(see S/2006/45, para. 9, and S/2006/361,
    /// para. 6)` (S/2006/707), `in accordance with the "Policing
    /// Arrangement" (see S/2008/501, para. 15)` (S/2009/72). In a report's
    /// narrative the verb of the sentence governs what the brackets point
    /// from, not the document pointed to: such a citation has no relation.
    fn after_see(&self, at: usize) -> bool {
        // A resolution's paragraphs open with their verb, which governs a
        // pointer too: `Having heard the statement of the representative of
        // … (see S/PV.2818)` (616 (1988)) is heard.
        if self.paragraphs.is_some() {
            return false;
        }
        let clause = self.clause_start(at);
        let window = &self.text[clause..at];
        let inner = match window.rfind('(') {
            Some(open) if !window[open..].contains(')') => &window[open + 1..],
            _ => window,
        };
        let inner = inner.trim_start();
        starts_with_ignore_ascii_case(inner, "see ") || starts_with_ignore_ascii_case(inner, "see\n")
    }

    /// The paragraph `at` stands in, for resolutions and drafts. A
    /// footnote's citation stands where the footnote's mark does
    /// ([`Scanner::footnote_mark`]); a mark not found once gives none. An
    /// Assembly resolution's footnotes follow its closing meeting, past its
    /// paragraphs (a Word file's, `[1]\tA/75/287.`, [`crate::read`]).
    fn paragraph(&self, at: usize) -> Option<Paragraph> {
        let paragraphs = self.paragraphs.as_ref()?;
        if let Some(start) = self.footnotes
            && at >= start
        {
            let mark = self.footnote_mark(start, at)?;
            return if mark < start { self.paragraph(mark) } else { None };
        }
        if !self.paragraph_span.contains(&at) {
            return None;
        }
        let i = paragraphs.partition_point(|&(o, _)| o <= at);
        match i {
            // An operative paragraph with no number: not the preamble, and
            // no number to give it.
            0 if self.unnumbered.as_ref().is_some_and(|u| u.contains(&at)) => None,
            0 => Some(Paragraph::Preamble),
            // Numbers count up from 1 ([`operative_paragraphs`]); 0 marks
            // a preambular paragraph among them
            // ([`with_preambular_interludes`]).
            _ => match paragraphs[i - 1].1 {
                0 => Some(Paragraph::Preamble),
                NUMBER_UNKNOWN => None,
                n => Some(Paragraph::Operative(n)),
            },
        }
    }

    /// Where in the text before the footnotes (from `start`) the mark of the
    /// footnote holding `at` stands, when it stands there once: `[1] Ibid.,
    /// … document S/4776.` is marked `Noting the decision of the
    /// Israel-Jordan Mixed Armistice Commission of 20 March 1961,[1]` (162
    /// (1961), the preamble, not its last paragraph 3); `(14) Official
    /// Records of the Atomic Energy Commission …` by `the report submitted
    /// by the Atomic Energy Commission (14)` (18 (1947), paragraph 2); `3
    /// Ibid., … document S/1453.` by a number run into the word or the
    /// stop before it (`General A. G. L. Mc Naughton3`, 80 (1950)).
    fn footnote_mark(&self, start: usize, at: usize) -> Option<usize> {
        let opening = FOOTNOTE_LINE
            .find_iter(&self.text[start..self.body.end])
            .map(|m| (start + m.start(), m.as_str().trim_start()))
            .take_while(|&(o, _)| o <= at)
            .filter(|(_, m)| m.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '['))
            .last()?
            .1;
        let number = leading_digits(opening.trim_start_matches(['(', '[']));
        let before = &self.text[self.body.start..start];
        let marks: Vec<usize> = match opening.as_bytes()[0] {
            b'(' | b'[' => {
                let mark = format!(
                    "{}{number}{}",
                    &opening[..1],
                    if opening.starts_with('(') { ")" } else { "]" }
                );
                before.match_indices(&mark).map(|(i, _)| i).collect()
            }
            _ => before
                .match_indices(number)
                .filter(|&(i, _)| {
                    // Run into a word (`Naughton3`), or after a stop, a
                    // comma or a bracket and at most one space (`1949,4`,
                    // `Experts; 7`); no number's digits (`between 3,000`).
                    let prev = before[..i].trim_end_matches(' ');
                    let after = &before.as_bytes()[i + number.len()..];
                    let glued = match prev.bytes().next_back() {
                        Some(b) if b.is_ascii_alphabetic() => prev.len() == i,
                        Some(b',' | b';' | b'.' | b')' | b']') => i - prev.len() <= 1,
                        _ => false,
                    };
                    glued
                        && !after.first().is_some_and(u8::is_ascii_digit)
                        && !(matches!(after.first(), Some(b',' | b'.'))
                            && after.get(1).is_some_and(u8::is_ascii_digit))
                })
                .map(|(i, _)| i)
                .collect(),
        };
        match marks.as_slice() {
            [one] => Some(self.body.start + one),
            _ => None,
        }
    }

    /// The evidence of the text at `at`: file, original line, a short quote.
    fn evidence(&self, at: Range<usize>) -> Evidence {
        Evidence {
            file: self.file.to_string(),
            line: self.normalized.line_at(at.start),
            quote: quote_around(self.text, at.start, at.end),
            page: None,
        }
    }

    fn emit(&mut self, f: Found, links: &mut Vec<Link>) {
        if let Some(n) = f.symbol.resolution_number()
            && let Some(y) = f.symbol.year()
        {
            self.known_years.entry(n).or_insert(y);
        }
        if self.own_ids.iter().any(|own| own == f.symbol.as_str()) {
            return;
        }
        // A symbol in parentheses after the same document's citation
        // restates it (`Economic and Social Council resolution 2020/12 of 22
        // July 2020 (E/RES/2020/12)`): one citation, not two.
        let restated = self.last_emitted.as_ref().is_some_and(|(last, end)| {
            last == f.symbol.as_str()
                && *end <= f.at.start
                && f.at.start - *end <= 60
                && self.text[*end..f.at.start].trim_end().ends_with('(')
                && !self.text[*end..f.at.start].contains([';', '\n'])
        });
        let previous_end = self.last_emitted.as_ref().map(|(_, end)| *end);
        self.last_emitted = Some((f.symbol.as_str().to_string(), f.at.end));
        if restated {
            return;
        }
        let mut target = NodeRef::document(&f.symbol);
        if let Some(k) = f.kind {
            target.kind = k;
        }
        let relation = if self.after_see(f.at.start) {
            None
        } else {
            self.relation(f.at.start)
                .map(|r| self.past_preposition(r, f.at.start, previous_end))
                .unwrap_or_else(|| self.relation_across_semicolon(f.at.start))
                .and_then(|r| self.past_description(r, &f.symbol, f.at.start))
        };
        self.last_relation.clone_from(&relation);
        links.push(Link {
            source: self.source.clone(),
            target,
            kind: EdgeKind::Cites,
            attrs: EdgeAttrs {
                relation,
                paragraph: self.paragraph(f.at.start),
                pinpoint: f.pin,
                count: 1,
                evidence: Some(self.evidence(f.at)),
                ..EdgeAttrs::default()
            },
        });
    }
}

/// How far before the word `Chapter` or `Article` a [`LEGAL_BASIS`] can
/// start, and how far after it it can end.
const BASIS_LEAD_BYTES: usize = 320;
const BASIS_TAIL_BYTES: usize = 120;

/// Whether the `acting` that starts `basis` is said of a name or a
/// resolution just before it, not of the Council: "a Member of the United Nations acting in
/// accordance with Article 35", "the Armed Forces of Mali acting under
/// Chapter VII" (a request quoted). The Council's own are "Acting under …",
/// "and, to these ends, acting under …", "Herzegovina, acting under …".
fn acted_by_a_name(before: &str, basis: &str) -> bool {
    if !basis.starts_with("acting") {
        return false;
    }
    let Some(word) = before
        .strip_suffix([' ', '\n'])
        .and_then(|b| b.rsplit([' ', '\n']).next())
    else {
        return false;
    };
    // `Decides, acting`, `Herzegovina, acting`: a comma ends the name. A
    // resolution cited just before is the one acting ("the Committee
    // established … under paragraph 6 of resolution 1373 (2001) acting
    // under Chapter VII", 1535 (2004)).
    word.ends_with(')')
        || word.chars().next().is_some_and(char::is_uppercase) && word.ends_with(char::is_alphanumeric)
}

/// The year under which `n (y)` names an SC resolution: the table's year
/// when it agrees with `y` or is one off (a slip in the text, or a
/// resolution adopted near the new year: the id follows the table, as the
/// corpus's own ids do); `y` for numbers past the table; `None` when the
/// number and year cannot belong together. In a list, a year one off is
/// refused when another resolution fits better, and every item not read
/// as written is noted ([`Scanner::check_years`]).
fn resolution_year(n: u32, y: u16) -> Option<u16> {
    match sc_resolution_year(n) {
        Some(table) if table.abs_diff(y) <= 1 => Some(table),
        Some(_) => None,
        None => (n > LAST_TABLED_RESOLUTION && y >= 2015).then_some(y),
    }
}

/// The latest year a malformed symbol's year is read as when the citing
/// document's own year is unknown ([`repair_symbol`]).
const LATEST_SYMBOL_YEAR: u16 = 2100;

/// What a symbol as [`SYMBOL_AT`] matched it really is ([`repair_symbol`]).
#[derive(Debug, PartialEq)]
enum Repair {
    /// The symbol as matched.
    Whole,
    /// Another symbol, read from the match and the given number of bytes after it.
    Read(Symbol, usize),
    /// No symbol that can be read without a guess: nothing is cited. The
    /// number of bytes after the match that belong to it.
    Drop(usize),
}

/// A Security Council document symbol as matched (`written`), read with
/// the text after it (`rest`), when a typo or a text layer broke it. Each
/// shape is one the corpus holds; a modern symbol's year is one from 1994
/// (the first year of `S/YYYY/N` symbols) to `latest` (the citing
/// document's own year):
///
/// - `S/1994/PRST/58`, its parts inverted: S/PRST/1994/58.
/// - `S/2003/l035`, the letter `l` for `1` in the number: S/2003/1035.
/// - `S/2009/ 395`, `S/2011 591`, `S/1997 /631` (a scan's text layer), a
///   modern year then a space in or for the slash: S/2009/395.
/// - `S/20144/461`, `S/11994/1143`, five digits then `/` and a number:
///   no old-style symbol (those have only `/Add.`, `/Rev.`, `/Corr.`
///   after them); a year with a digit run into it, read when exactly one
///   of its first and last four digits is a modern year: S/2014/461,
///   S/1994/1143.
/// - `S/2015801`, six digits or more (old-style symbols never passed five):
///   read when the first four are a modern year and the rest a number:
///   S/2015/801; else (`S/103522`, a 1971 text: `S/10352` and a note's
///   number?) not read.
/// - A number that runs on past what the form allows (`S/7930/Add.10721`,
///   an addendum 107 or 1072 with a note's number glued on) or into `=`
///   and more digits (`S/1994/4=588`): not read.
fn repair_symbol(written: &str, rest: &str, latest: u16) -> Repair {
    let Some(tail) = written.strip_prefix("S/") else {
        return Repair::Whole;
    };
    if !tail.starts_with(|c: char| c.is_ascii_digit()) {
        return Repair::Whole;
    }
    let modern = |y: &str| y.len() == 4 && y.parse::<u16>().is_ok_and(|y| (1994..=latest).contains(&y));
    let read = |s: String, more: usize| match s.parse::<Symbol>() {
        Ok(s) => Repair::Read(s, more),
        Err(_) => Repair::Drop(more),
    };
    // A number of 1 to 4 digits, no leading zero.
    let number =
        |n: &str| (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0');
    // Where a run of digits (and `l`s) at the start of `t` ends, and
    // whether a letter or digit follows it.
    let run = |t: &str| {
        let n = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'l').count();
        (n, t[n..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    };
    if let Some((y, n)) = tail.split_once("/PRST/") {
        return read(format!("S/PRST/{y}/{n}"), 0);
    }
    let bytes = rest.as_bytes();
    if !tail.contains('/') {
        // A bare `S/digits`.
        if let Some(after) = rest.strip_prefix('/')
            && after.starts_with(|c: char| c.is_ascii_digit() || c == 'l')
        {
            let (n, on) = run(after);
            let num = after[..n].replace('l', "1");
            if on || !number(&num) {
                return Repair::Drop(1 + n);
            }
            let years: Vec<&str> = match tail.len() {
                4 => vec![tail],
                5 => vec![&tail[..4], &tail[1..]],
                _ => vec![],
            };
            let years: Vec<&&str> = years.iter().filter(|y| modern(y)).collect();
            return match years[..] {
                [y] => read(format!("S/{y}/{num}"), 1 + n),
                _ => Repair::Drop(1 + n),
            };
        }
        if tail.len() == 4 && modern(tail) {
            for gap in ["/ ", " /", " "] {
                if let Some(after) = rest.strip_prefix(gap) {
                    let (n, on) = run(after);
                    let num = &after[..n];
                    if !on && number(num) {
                        return read(format!("S/{tail}/{num}"), gap.len() + n);
                    }
                }
            }
        }
        if tail.len() >= 6 {
            let (n, on) = run(rest);
            if n > 0 || on {
                return Repair::Drop(n);
            }
            return if modern(&tail[..4]) && number(&tail[4..]) {
                read(format!("S/{}/{}", &tail[..4], &tail[4..]), 0)
            } else {
                Repair::Drop(0)
            };
        }
        return Repair::Whole;
    }
    // `S/YYYY/N…`, `S/NNNN/Add.N`: the number runs on, or into `=` and digits.
    let (n, _) = run(rest);
    if n > 0 {
        return Repair::Drop(n);
    }
    if bytes.first() == Some(&b'=') && bytes.get(1).is_some_and(u8::is_ascii_digit) {
        let (n, _) = run(&rest[1..]);
        return Repair::Drop(1 + n);
    }
    Repair::Whole
}

/// A symbol as the reference regex matched it. The two commonest forms
/// (`S/RES/n (y)`, `S/PV.n`) are built directly; the rest go through
/// [`Symbol`]'s parser.
fn parse_symbol(s: &str) -> Option<Symbol> {
    if let Some(rest) = s.strip_prefix("S/RES/") {
        let (n, rest) = digits(rest)?;
        let rest = rest.trim_start().strip_prefix('(')?;
        let (y, rest) = digits(rest)?;
        if rest.trim_start().starts_with(')') {
            return Some(Symbol::sc_resolution(n, u16::try_from(y).ok()?));
        }
    } else if let Some(rest) = s.strip_prefix("S/PV.") {
        let (n, rest) = digits(rest)?;
        if rest.is_empty() {
            return Some(Symbol::sc_meeting(n));
        }
    }
    s.parse().ok()
}

/// The groups of [`LIST_ITEM`] an [`Item`] keeps, by position in
/// [`item::NAMES`].
mod item {
    pub(super) const BARE: usize = 0;
    pub(super) const SA: usize = 1;
    pub(super) const SB: usize = 2;
    pub(super) const SY: usize = 3;
    pub(super) const N: usize = 4;
    pub(super) const Y: usize = 5;
    pub(super) const ESK: usize = 6;
    pub(super) const ESS: usize = 7;
    pub(super) const ESN: usize = 8;
    pub(super) const GS: usize = 9;
    pub(super) const GN: usize = 10;
    pub(super) const YS: usize = 11;
    pub(super) const YN: usize = 12;
    pub(super) const GP: usize = 13;
    pub(super) const RN: usize = 14;
    pub(super) const RP: usize = 15;
    pub(super) const RS: usize = 16;
    /// The names of the groups, in the order of the constants above.
    pub(super) const NAMES: [&str; 17] = [
        "bare", "sa", "sb", "sy", "n", "y", "esk", "ess", "esn", "gs", "gn", "ys", "yn", "gp", "rn", "rp",
        "rs",
    ];
}

/// True when `after` an organ's name begins with a document's noun: the
/// organ is named as the document's owner (`Economic and Social Council
/// decision 2005/230`), not as a sentence's subject.
fn owns_a_document(after: &str) -> bool {
    let next = after.trim_start();
    ["resolution", "decision", "statement", "report", "document"]
        .iter()
        .any(|word| starts_with_ignore_ascii_case(next, word))
}

/// A body `its` may stand for, named before it in a sentence: see
/// [`Scanner::authors_own`].
static BODY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?-u:\b)(?:Commission|Council|Board|Conference|Committee|Assembly|Group|Forum|Organi[sz]ation|Union|Court|Tribunal|Meeting|Parties|Party|Secretariat|Body|Office|Programme|Fund|Agency|Panel|Institute|Authority|Bureau|Secretary-General|Government|State|Convention|Mission|Summit)s?(?-u:\b)",
    )
});

/// Bodies that hold numbered meetings of their own and are no organ
/// [`ORGAN_NAME`] names: `the Security Council Committee established
/// pursuant to resolution 724 (1991), at its 65th meeting`
/// (S-RES-843(1993)), `the International Contact Group on Guinea Bissau and
/// its 10th meeting` (S-RES-2186(2014)).
static MEETING_BODY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:Committee|Contact\s+Group|Working\s+Group|Group\s+of\s+Experts)\b"));

/// The second half of a joint symbol after `first`, with the length of the
/// text up to its end: `-S/2013/480` after `A/67/970` (a hyphen, an en or
/// an em dash, with at most one space either side), or, in the Council's
/// old texts, a Council symbol after a General Assembly one with one space
/// between (`document A/36/533 S/14701`, S-RES-491(1981)).
fn joint_tail(first: &Symbol, rest: &str) -> Option<(usize, Symbol)> {
    let mut chars = rest.chars();
    let next = chars.next()?;
    let separator = if next.is_whitespace() { chars.next()? } else { next };
    let (j, spaced) = match separator {
        '-' | '\u{2013}' | '\u{2014}' => (JOINT_TAIL.captures(rest)?, false),
        'S' if first.kind() == SymbolKind::GaDocument => (JOINT_SPACED.captures(rest)?, true),
        _ => return None,
    };
    let second = j["s"].parse::<Symbol>().ok()?;
    if spaced && second.kind() != SymbolKind::ScDocument {
        return None;
    }
    Some((j.get(0).expect("group 0").end(), second))
}

/// What a `draft` other than a draft resolution is: `the draft agreements
/// for a comprehensive political settlement of the Cambodia conflict
/// (S/22059)` (717 (1991)) are no draft resolution.
static DRAFT_OF_ANOTHER_KIND: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:agreements?|accords?|conventions?|protocols?|declarations?|plans?|laws?|constitutions?|statutes?|codes?|articles?|reports?|texts?|programmes?|framework|memorand|charter|rules|principles|guidelines|elements)",
    )
});

/// A length of time after a relation word, which is then no preposition
/// of a document: `the mandate … extended by twelve months, as indicated by
/// the Secretary-General in his report of 28 August 1996 (S/1996/705)`
/// (1079 (1996)) takes note of that report. So is a year (not a
/// resolution's number, which its own year follows): `kpcs, which was
/// established in 2003 [YUN 2003, p. 55]` (data/004) was established in no
/// Yearbook.
static DURATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(?:(?:a\s+(?:further\s+)?|an\s+(?:additional\s+|other\s+)?|another\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+(?:\(\d{1,3}\)\s+)?(?:further\s+|additional\s+)?(?:months?|years?|weeks?|days?)(?-u:\b)|(?:19|20)\d\d(?:\s*[,.;\[]|\s+[a-z]))",
    )
});

/// [`joint_tail`]'s old form: ` S/14701` after `A/36/533`, one space between.
static JOINT_SPACED: LazyLock<Regex> = LazyLock::new(|| compile(r"^ (?P<s>S/[0-9][0-9A-Za-z./-]*\d)"));

/// A month's name, for the list patterns below.
const MONTH: &str =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/// Text made of resolution list items only: `1265 (1999) of 17 September
/// 1999, 1296 (2000) of 19 April 2000, and `.
static LIST_ITEMS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^(?:\s+|,|and\b|of\b|[0-9]{{1,4}}\s?\(\s?[0-9]{{4}}\s?\)|[0-9]{{1,2}}\s+{MONTH}(?:\s+[0-9]{{4}})?)*$"
    ))
});

/// Text that ends in a resolution list item: `1209 (1998) of 19 November 1998`.
static LIST_ITEM_ENDS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"[0-9]{{1,4}}\s?\(\s?[0-9]{{4}}\s?\)(?:,?\s+of\s+[0-9]{{1,2}}\s+{MONTH}(?:\s+[0-9]{{4}})?)?\s*$"
    ))
});

/// The index in [`LIST_ITEM`] of each group of [`item::NAMES`].
static ITEM_GROUP_INDEX: LazyLock<[usize; 17]> = LazyLock::new(|| {
    item::NAMES.map(|name| {
        LIST_ITEM
            .capture_names()
            .position(|n| n == Some(name))
            .expect("LIST_ITEM has the group")
    })
});

/// One item of a resolution list, as [`LIST_ITEM`] reads it at the start
/// of a text: the groups it matched (indexed by the constants of [`item`])
/// and where it ends (for a bare number, where the number ends).
struct Item<'t> {
    groups: [Option<&'t str>; 17],
    end: usize,
}

/// The form of a list item, as its groups say ([`Item::shape`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `2391`
    Bare,
    /// `1325 (2000)`, `207 7 (2012)`
    Year,
    /// `ES-10/2`, `S-35/1`
    Special,
    /// `56/8`, `1980/67`
    Slash,
    /// `217 A (III)`
    Roman,
}

impl<'t> Item<'t> {
    /// The item's form.
    fn shape(&self) -> Shape {
        let has = |g: usize| self.groups[g].is_some();
        if has(item::BARE) {
            Shape::Bare
        } else if has(item::N) || has(item::SA) {
            Shape::Year
        } else if has(item::ESK) {
            Shape::Special
        } else if has(item::GS) || has(item::YS) {
            Shape::Slash
        } else {
            Shape::Roman
        }
    }

    /// [`LIST_ITEM`] at the start of `rest`. The commonest item, the
    /// Council's `1325 (2000)`, is read by hand ([`Item::number_year`]),
    /// the rest by the regex.
    fn read(rest: &'t str) -> Option<Item<'t>> {
        if let Some(item) = Item::number_year(rest) {
            return Some(item);
        }
        let c = LIST_ITEM.captures(rest)?;
        let groups = ITEM_GROUP_INDEX.map(|i| c.get(i).map(|m| m.as_str()));
        let end = match c.get(ITEM_GROUP_INDEX[item::BARE]) {
            Some(b) => b.end(),
            None => c.get(0).expect("group 0").end(),
        };
        Some(Item { groups, end })
    }

    /// `1325 (2000)` (`[0-9]{1,4}[ \t]*(?:\n[ \t]*)?\([ \t]?[0-9]{4}[ \t]?\)`)
    /// at the start of `rest`, when no earlier branch of [`LIST_ITEM`] can
    /// match there: the digits are not followed by `/` (session forms) nor
    /// by spaces and a digit (`207 7 (2012)`), and a digit after `(` is no
    /// Roman session. `None` leaves the text to the regex. The number and
    /// its year may stand apart by a run of spaces, a line break or both,
    /// as a PDF's justified and wrapped lines set them (`resolutions  1272
    /// (1999), 1319  (2002)`, S/2004/333; `resolution 1244` / `(1999)`,
    /// S/2006/707): the year written is the year read, checked against the
    /// number like any other.
    fn number_year(rest: &'t str) -> Option<Item<'t>> {
        let bytes = rest.as_bytes();
        let d = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=4).contains(&d) {
            return None;
        }
        let blanks = |from: usize| {
            bytes[from.min(bytes.len())..]
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count()
        };
        let mut i = d + blanks(d);
        if i > d && bytes.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        if bytes.get(i) == Some(&b'\n') {
            i += 1 + blanks(i + 1);
        }
        if bytes.get(i) != Some(&b'(') {
            return None;
        }
        i += 1;
        if matches!(bytes.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let year = i..i + 4;
        if bytes.get(year.clone())?.iter().any(|b| !b.is_ascii_digit()) {
            return None;
        }
        i = year.end;
        if matches!(bytes.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        if bytes.get(i) != Some(&b')') {
            return None;
        }
        let mut groups = [None; 17];
        groups[item::N] = Some(&rest[..d]);
        groups[item::Y] = Some(&rest[year]);
        Some(Item { groups, end: i + 1 })
    }
}

/// Whether the text after a bare `resolution N` says another body adopted
/// it ([`BARE_ADOPTED_BY`]): `resolution 1 approved at the aforesaid
/// Meeting` is the OAS Meeting of Consultation's, not the Council's
/// resolution 1 (1946). Adopted by or at `its`, `the Security Council`,
/// `the Council` or `this Council` (its meeting), it stays the Council's.
fn adopted_elsewhere(after: &str) -> bool {
    let Some(c) = BARE_ADOPTED_BY.captures(after) else {
        return false;
    };
    let by = c["by"].to_ascii_lowercase();
    let by = by.split_whitespace().collect::<Vec<_>>();
    !matches!(
        by.as_slice(),
        ["its", ..] | ["the" | "this", "council" | "security"] | ["security", "council"]
    )
}

/// Where [`LIST_LEAD`] at the start of `rest` ends. The commonest lead,
/// one space before the first number, is read by hand.
fn list_lead_end(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    if bytes.first() == Some(&b' ') && bytes.get(1).is_some_and(u8::is_ascii_digit) {
        return 1;
    }
    LIST_LEAD.find(rest).map_or(0, |m| m.end())
}

/// Where [`LIST_GAP`] at the start of `rest` ends, if it matches. The
/// commonest gaps, a comma or spaces (or both) before the next number,
/// are read by hand: nothing else in the pattern can start with a digit.
fn list_gap_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let comma = usize::from(bytes.first() == Some(&b','));
    let spaces = bytes[comma..]
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    if comma + spaces > 0 && bytes.get(comma + spaces).is_some_and(u8::is_ascii_digit) {
        return Some(comma + spaces);
    }
    LIST_GAP.find(rest).map(|m| m.end())
}

/// A relation as read: the verb that governs a reference, and the verb
/// joined to it by "and" just before, if any (`recalling` in "Recalling
/// and reaffirming").
type Relation = (Option<&'static str>, &'static str);

/// The relations that are prepositions ([`RELATIONS`](crate::extract::patterns::RELATIONS)): each governs the
/// reference it introduces (and a list continuing it), not one after that
/// reference's noun phrase ([`Scanner::past_preposition`]).
const PREPOSITIONS: &[&str] = &[
    "pursuant to",
    "established by",
    "in line with",
    "as per",
    "in accordance with",
    "consistent with",
    "in compliance with",
    "in conformity with",
    "imposed by",
    "authorized by",
    "mandated by",
    "approved by",
    "endorsed by",
    "set by",
    "referred to in",
    "mentioned in",
    "set out in",
    "set forth in",
    "outlined in",
    "contained in",
    "requested by",
    "requested in",
    "annexed to",
    "modified by",
    "amended by",
    "extended by",
    "renewed by",
    "expanded by",
    "established under",
    "established in",
    "defined in",
    "called for in",
    "in pursuance of",
    "imposed in",
    "required by",
    "recognized in",
    "stipulated in",
    "authorized under",
    "modified in",
    "provided for in",
    "provided in",
    "specified in",
    "described in",
    "expressed in",
    "decided in",
    "set out by",
    "reaffirmed in",
    "prohibited by",
    "authorized in",
    "renewed in",
    "envisioned in",
    "envisaged in",
    "foreseen in",
    "determined in",
    "updated in",
    "stated in",
    "mandated in",
    "noted in",
    "recommended in",
    "listed in",
    "elaborated by",
    "endorsed in",
    "imposed under",
    "called for by",
];

/// Whether `word`, a relation verb's `-s` form that is also a plural noun
/// (`demands`, `requests`, `notes`), is the noun: after `the`, `their`,
/// `these`, `those`, or before `of`, `by`, `from`, `made`, `submitted`
/// ("Difficulties have arisen as a result of demands by the Croatian
/// authorities which are incompatible with … resolutions 908 (1994) and
/// 981 (1995)", S/1995/320; "requests by other States", "Reiterating the
/// demands in its resolution 752 (1992)"). The noun demands nothing of the
/// reference. After `its` the noun is left to the verb's reading: "recalls
/// its requests in its resolution 2378 (2017) … that the Secretary-General
/// ensures" (2518 (2020)) keeps `requesting`, which the REPL's wide-table
/// test shows. A capitalised word that opens an operative paragraph (after
/// its number, `4.`) is the paragraph's verb, whatever follows: "4. Demands
/// from the parties concerned … the withdrawal of occupying forces … in
/// accordance with the Adjusted timetable … (S/26522, appendix)" (884
/// (1993)), "7. Requests by 31 August a report" (1696 (2006)), "4. Demands
/// of the Member States concerned to cease" (240 (1967)): the corpus's three.
fn is_plural_noun(before: &str, word: &str, after: &str) -> bool {
    if !["demands", "requests", "notes"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
    {
        return false;
    }
    let previous = before.split_whitespace().next_back().unwrap_or("");
    let paragraph_number = previous
        .strip_suffix('.')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if paragraph_number && word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let next = after.split_whitespace().next().unwrap_or("");
    ["the", "their", "these", "those"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(previous))
        || ["of", "by", "from", "made", "submitted"].contains(&next)
}

/// `text` with each run of spaces read as one, and for each byte of the
/// result, and for its end, the offset in `text` it comes from; `None` when
/// `text` holds no two spaces in a row.
///
/// ```text
/// squeeze_spaces("submitted  pursuant  to") == Some(("submitted pursuant to", [0, …, 9, 11, …]))
/// ```
fn squeeze_spaces(text: &str) -> Option<(String, Vec<usize>)> {
    let bytes = text.as_bytes();
    memchr::memmem::find(bytes, b"  ")?;
    let mut out = Vec::with_capacity(bytes.len());
    let mut map = Vec::with_capacity(bytes.len() + 1);
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' && i > 0 && bytes[i - 1] == b' ' {
            continue;
        }
        out.push(b);
        map.push(i);
    }
    map.push(bytes.len());
    // Only ASCII spaces were taken out: the bytes are still UTF-8.
    Some((String::from_utf8(out).ok()?, map))
}

/// The words of [`RELATION_WORDS`] that say `relation`, less each that ends
/// with another of them (`authorized in accordance with` ends with `in
/// accordance with`): where such a word stands, the shorter one stands
/// later, so the last place of the relation in a clause is the same without
/// it, and a clause is searched once for each word left (some 60 fewer for
/// `in accordance with`).
fn words_of_relation(relation: &str) -> &'static [&'static str] {
    static WORDS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
        let mut by_relation: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (word, relation) in RELATION_WORDS.iter() {
            by_relation.entry(relation).or_default().push(word.as_str());
        }
        for words in by_relation.values_mut() {
            let all = words.clone();
            words.retain(|w| {
                !all.iter()
                    .any(|o| o.len() < w.len() && w.ends_with(&format!(" {o}")))
            });
        }
        by_relation
    });
    WORDS.get(relation).map_or(&[], Vec::as_slice)
}

/// The last place of `word` (lower-case ASCII) in `text`, any case.
fn rfind_ignore_ascii_case(text: &str, word: &str) -> Option<usize> {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    (0..=t.len().checked_sub(w.len())?)
        .rev()
        .find(|&i| t[i..i + w.len()].eq_ignore_ascii_case(w))
}

/// Whether the line break at `i` in `text` wraps a sentence, as a PDF's
/// lines do, rather than ending a paragraph or a line of its own: the line
/// before holds words and ends in a letter, a digit, `)` or `-` (no `,`,
/// `;`, `:` or `.`, with which a resolution's paragraphs end, and no blank
/// line), and the next line is not blank.
fn wrapped_at(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t', '\r']);
    let line = before.rsplit('\n').next().unwrap_or(before);
    let after = text[i + 1..].trim_start_matches([' ', '\t']);
    line.bytes().any(|b| b.is_ascii_alphabetic())
        && before
            .bytes()
            .next_back()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b')' | b'-'))
        && !after.is_empty()
        && !after.starts_with(['\n', '\r'])
}

/// The relation a document's description holds, not the document: `the
/// report of the Secretary-General on the implementation of resolution
/// 74/139 (A/75/287)` ([`Scanner::past_description`]).
const DESCRIBING: &str = "implementation of";

/// Whether `after`, the text after a line break in a resolution, opens a
/// paragraph: an operative number (`2.`) or a capitalised participle or
/// [`PREAMBULAR_ADJECTIVES`] word (`Taking note`, `Recalling`, `Deeply
/// concerned`).
fn opens_paragraph(after: &str) -> bool {
    let line = after.trim_start_matches([' ', '\t']);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return line[digits..].starts_with('.');
    }
    let word = line.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && (word.len() > 4 && word.ends_with("ing") || PREAMBULAR_ADJECTIVES.contains(&word))
}

/// Whether the words between two references end the first one's phrase:
/// three or more words that no list of references holds (`concerning South
/// Sudan, dated 2 March 2023 (`), not `, ` or ` and its resolution `.
fn object_ended(between: &str) -> bool {
    const LIST_WORDS: &[&str] = &[
        "and",
        "or",
        "of",
        "the",
        "its",
        "resolution",
        "resolutions",
        "paragraph",
        "paragraphs",
        "as",
        "well",
        "also",
        "in",
        "to",
        "security",
        "council",
        "general",
        "assembly",
        "statement",
        "statements",
        "presidential",
        "president",
        "by",
    ];
    between
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 1)
        .filter(|w| month_number(w).is_none())
        .filter(|w| !LIST_WORDS.iter().any(|l| l.eq_ignore_ascii_case(w)))
        .count()
        >= 3
}

/// Whether `between`, the text from the end of a reference to the next,
/// is only the opening bracket of a symbol, after the reference's date if
/// it has one: `resolution 326 (1973) of 2 February 1973 (S/10896 …)` (328
/// (1973)).
fn bracket_after_reference(between: &str) -> bool {
    let Some(inner) = between.trim().strip_suffix('(') else {
        return false;
    };
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    match words.as_slice() {
        [] => true,
        ["of" | "dated", day, month, year] => {
            day.len() <= 2
                && day.bytes().all(|b| b.is_ascii_digit())
                && month_number(month).is_some()
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether `object`, the words after a preposition up to a reference,
/// holds words (no digit: no reference of the preposition's own) and then
/// `and` and a preposition other than `last`, the relation's own last word
/// (`with` of `in accordance with`): `his Good Offices mission and within
/// the framework of Security Council resolution `.
fn another_preposition_after_and(object: &str, last: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "within", "under", "in", "with", "by", "on", "through", "for", "at", "to", "from", "upon",
    ];
    let Some(k) = object.find(" and ") else {
        return false;
    };
    let (words, rest) = (&object[..k], &object[k + " and ".len()..]);
    let next = rest.split_whitespace().next().unwrap_or("");
    !words.trim().is_empty()
        && !words
            .bytes()
            .any(|b| b.is_ascii_digit() || b == b'(' || b == b',')
        && PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(next))
        && !next.eq_ignore_ascii_case(last)
}

/// A relation as an edge holds it: its verbs joined by
/// [`RELATION_SEPARATOR`](crate::graph::RELATION_SEPARATOR), in the order read.
fn relation_text((joined, verb): Relation) -> String {
    match joined {
        Some(before) => format!("{before}{}{verb}", crate::graph::RELATION_SEPARATOR),
        None => verb.to_string(),
    }
}

/// True for the words between two verbs that join them: "and", ", and",
/// "and also", with spaces and line breaks.
fn is_and(between: &str) -> bool {
    if between.len() > 24 {
        return false;
    }
    let mut words = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    words.next() == Some("and")
        && matches!(words.next(), None | Some("also" | "further"))
        && words.next().is_none()
}

/// Whether the relation word `word`, written after `before`, is the verb of
/// a relative clause (`resolution 1674 (2006) …, which reaffirms, inter
/// alia, …, 1612 (2005) …`, S-RES-1755(2007)): it says what the cited
/// document does, and governs none of the references after it. Only a
/// finite verb (`recalls`, `reaffirms`, `decided`, `took note of`, `refer to`) right
/// after `which` or `who` is one: `the date on which implementation of
/// resolution 435 (1978) will begin` is no relative verb, and in the corpus
/// every `that` before a relation word is a conjunction or a pronoun
/// (`Recalling that in conformity with`, `as that decided by the Council`).
fn in_relative_clause(before: &str, word: &str) -> bool {
    let before = before.trim_end();
    let relative = ["which", "who"].iter().any(|p| {
        ends_with_ignore_ascii_case(before, p)
            && !before[..before.len() - p.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    });
    // Most relation words follow no `which`: no copy of them is made.
    if !relative {
        return false;
    }
    let w = word.to_ascii_lowercase();
    // A phrase's verb is its first word (`stated in`: `the final communiqué
    // …, which stated in particular that … is enshrined in resolution 1633
    // (2005)`, 1643 (2005)).
    let verb = w.split(' ').next().unwrap_or("");
    verb.ends_with('s')
        || verb.ends_with("ed")
        || ["took ", "takes ", "calls "].iter().any(|p| w.starts_with(p))
        || w == "refer to"
}

/// Whether the `in` that ends the relation phrase `word` (`stated in`,
/// `decided in`) opens an adverbial phrase rather than the reference's
/// place: `which stated in particular that`, `implemented in full`,
/// `decided in principle`, `authorized in strict accordance with`,
/// `established in consultation with`, `deployed in support of` (each a
/// few times in `sc-resolutions` between such a phrase and a reference).
fn in_is_adverbial(word: &str, after: &str) -> bool {
    const ADVERBIAL: [&str; 13] = [
        "particular",
        "full",
        "part",
        "principle",
        "strict",
        "consultation",
        "support",
        "relation",
        "cooperation",
        "coordination",
        "close",
        "order",
        "response",
    ];
    if !word.ends_with(" in") {
        return false;
    }
    let next = after.trim_start();
    let next = &next[..next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    ADVERBIAL.contains(&next)
}

/// `adopted` that describes the noun before it (`the declaration … adopted
/// in Tokyo on 22 June 1992 (S/24183)`, `the resolution adopted by the
/// Council of Ministers of the OAU … (S/1998/485)`, `the conclusions …
/// adopted by its Working Group`) is no relation of the text to what it
/// cites: the clause's verb (`Recalling`, `Welcoming`) is. Only an
/// `adopted` followed by its object (`the Council adopted resolution 2100
/// (2013)`) is one. In the corpus 72 citations took `adopting`; the 64
/// whose `adopted` is followed by `by`, `in`, `on` or `at` no longer do,
/// and `adopted unanimously on …` (a participle too) still does.
fn describes_a_noun(word: &str, after: &str) -> bool {
    const PREPOSITIONS: [&str; 7] = ["by", "in", "on", "at", "during", "without", "under"];
    if !word.eq_ignore_ascii_case("adopted") {
        return false;
    }
    let next = after.trim_start();
    let next = &next[..next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    PREPOSITIONS.iter().any(|p| next.eq_ignore_ascii_case(p))
}

/// `text.to_ascii_lowercase().ends_with(word)` for a lower-case ASCII
/// `word`, without the copy: lowering changes no byte that is not an ASCII
/// capital, and only ASCII bytes can equal the word's.
fn ends_with_ignore_ascii_case(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    t.len() >= w.len() && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
}

/// One decision cited (`decisions 55/488 and 56/464` cite two).
struct DecisionItem {
    /// Where the word `decision(s)` begins: the text before it names the organ.
    word: usize,
    /// Where the item stands.
    at: Range<usize>,
    session: u32,
    n: u32,
    /// `part A` of `decision 57/414 A`.
    part: Option<String>,
}

/// `text.to_ascii_lowercase().starts_with(word)` for a lower-case ASCII
/// `word`, without the copy.
fn starts_with_ignore_ascii_case(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    t.len() >= w.len() && t[..w.len()].eq_ignore_ascii_case(w)
}

/// `aragraph`, searched in the window before every reference ([`Scanner::pin_before`]).
static ARAGRAPH: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("aragraph"));

/// The group `p` of an ASCII match of [`PIN`] (`paragraphs 2, 5 (a) and 7
/// of its`), read off the match without the backtracker: from its first
/// digit to its last digit or `)`. Before the group stand `paragraph(s)`
/// and white space, after it `of` and at most a few words and white space
/// (no digit, no parenthesis), and the group starts with a digit and ends
/// with a digit or `)`. `None` for a match that is not ASCII.
fn pin_group(m: &str) -> Option<&str> {
    if !m.is_ascii() {
        return None;
    }
    let b = m.as_bytes();
    let start = b.iter().position(u8::is_ascii_digit)?;
    let end = b.iter().rposition(|c| c.is_ascii_digit() || *c == b')')?;
    Some(&m[start..=end])
}

/// The groups of the last match of `re` in `hay`: the last match is found
/// by the DFA, and only its groups are placed (a search from its start
/// finds the same match).
fn last_match<'h>(re: &Regex, hay: &'h str) -> Option<regex::Captures<'h>> {
    let m = re.find_iter(hay).last()?;
    re.captures_at(hay, m.start())
}

/// The organ an [`ORGAN_NAME`] match names.
fn named(c: &regex::Captures) -> Option<Named> {
    Some(if c.name("sc").is_some() {
        Named::Organ(Organ::SecurityCouncil)
    } else if c.name("hrc").is_some() {
        Named::Organ(Organ::HumanRightsCouncil)
    } else if c.name("eco").is_some() {
        Named::Organ(Organ::EconomicAndSocialCouncil)
    } else if c.name("chr").is_some() {
        Named::Organ(Organ::CommissionOnHumanRights)
    } else if c.name("ga").is_some() || c.name("assembly").is_some() {
        Named::Organ(Organ::GeneralAssembly)
    } else if c.name("council").is_some() {
        Named::Council
    } else if c.name("chap").is_some() {
        Named::Organ(Organ::Other("a publication"))
    } else if c.name("other").is_some() {
        Named::Organ(Organ::Other("another body"))
    } else {
        return None;
    })
}

/// The number at the start of `t` (after spaces), and what follows it.
fn digits(t: &str) -> Option<(u32, &str)> {
    let t = t.trim_start();
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    Some((t[..n].parse().ok()?, &t[n..]))
}

/// What a literal of [`reference_starts`] can begin, read off the literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// `S/`, `A/` and the other series' prefixes: an explicit symbol.
    Symbol,
    /// `Security Council/`, `SC/`: a Council symbol with the Council's
    /// name for its `S` ([`COUNCIL_NAMED_AT`]).
    CouncilNamed,
    /// `YUN`: a Yearbook page.
    Yearbook,
    /// `[meeting`: bracketed meetings.
    Meetings,
    /// `esolution`, `ESOLUTION`: the word `resolution(s)` and its list.
    Resolution,
    /// `(19`, `(20`: a bare `N (YYYY)`, the number before the literal.
    NumberYear,
    /// `meeting`: `7015th meeting`, the ordinal before the literal.
    NthMeeting,
}

impl Lead {
    /// The lead of the literal at `pattern` in [`REFERENCE_LITERALS`].
    fn of(pattern: usize) -> Lead {
        match REFERENCE_LITERALS.get(pattern).copied() {
            Some("YUN") => Lead::Yearbook,
            Some("[meeting") => Lead::Meetings,
            Some("esolution" | "ESOLUTION") => Lead::Resolution,
            Some("(19" | "(20") => Lead::NumberYear,
            Some("meeting") => Lead::NthMeeting,
            Some("Security Council/" | "SC/") => Lead::CouncilNamed,
            _ => Lead::Symbol,
        }
    }
}

/// Where the reference a prefilter hit at `h` belongs to starts: at the
/// literal, at the `R` before `esolution`, at the number before `(19`/`(20`
/// (`1325 (2000)`), at the ordinal before `meeting` (`7015th`).
fn candidate_start(bytes: &[u8], h: usize, lead: Lead) -> Option<usize> {
    let digits_before = |mut i: usize| {
        let end = i;
        while i > 0 && bytes[i - 1].is_ascii_digit() && end - i < 5 {
            i -= 1;
        }
        (i < end).then_some(i)
    };
    match lead {
        Lead::Symbol | Lead::CouncilNamed | Lead::Yearbook | Lead::Meetings => Some(h),
        Lead::Resolution => (h > 0 && matches!(bytes[h - 1], b'R' | b'r')).then(|| h - 1),
        Lead::NumberYear => {
            let i = if h > 0 && bytes[h - 1] == b' ' { h - 1 } else { h };
            digits_before(i)
        }
        Lead::NthMeeting => {
            let mut i = h;
            let skip_spaces = |mut i: usize| {
                while i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
                    i -= 1;
                }
                i
            };
            i = skip_spaces(i);
            if bytes[..i].ends_with(b"plenary") {
                i = skip_spaces(i - "plenary".len());
            }
            let suffix = [&b"st"[..], b"nd", b"rd", b"th", b"d"]
                .into_iter()
                .find(|s| bytes[..i].ends_with(s))?;
            i -= suffix.len();
            if i > 0 && bytes[i - 1] == b' ' {
                i -= 1;
            }
            digits_before(i)
        }
    }
}

/// Where a document's paragraphs stand, if its kind has them: a Council
/// resolution's, draft's or statement's whole body; an Assembly's or
/// another organ's resolution from the line that opens it (`The General
/// Assembly,`) to its closing meeting (`35th plenary meeting` / `3 November
/// 2022`), leaving out the head (agenda item, `[without reference to a
/// Main Committee (A/77/L.5)]`) and the recorded vote after it. Such a
/// resolution without its opening line gets no paragraphs.
fn paragraph_span(text: &str, kind: NodeKind, body: Range<usize>) -> Option<Range<usize>> {
    match kind {
        NodeKind::Resolution | NodeKind::DraftResolution | NodeKind::PresidentialStatement => Some(body),
        NodeKind::GaResolution | NodeKind::OrganResolution => {
            let start = body.start + ORGAN_OPENING.find(&text[body.clone()])?.start();
            let end = PLENARY_CLOSING
                .find(&text[start..body.end])
                .map_or(body.end, |m| start + m.start());
            Some(start..end)
        }
        _ => None,
    }
}

/// The line that opens an organ's resolution after its head: `The General
/// Assembly,`, `The Human Rights Council,`, `The Economic and Social
/// Council,`, `The Commission on the Status of Women,`.
static ORGAN_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?m)^[ \t]*The(?:[ \t]+[A-Z][a-z]+|[ \t]+(?:and|on|of|the|for)){1,7}[ \t]*,[ \t]*$")
});

/// Whether [`ORGAN_OPENING`] may match `line` (one line, its `\n` at most
/// at its end): it begins with `The` after spaces or tabs. Most lines do
/// not, and the test spares them the regex's search.
fn may_open_organ(line: &str) -> bool {
    line.trim_start_matches([' ', '\t']).starts_with("The")
}

/// The number of operative paragraphs past a count that started again at 1
/// (an Assembly resolution's sections `A`, `B`, each numbered from 1): a
/// citation there is operative, its number ambiguous.
const NUMBER_UNKNOWN: u32 = u32::MAX;

/// Operative paragraph starts, kept only when they count up from 1, so that
/// a stray `4.` inside a sentence is not taken for one. A count that starts
/// again (`1.` past `2.`) begins a new section: the paragraph before it,
/// whose end is not known, and every paragraph from there on are
/// [`NUMBER_UNKNOWN`].
fn operative_paragraphs(text: &str, body: Range<usize>) -> Vec<(usize, u32)> {
    let mut out: Vec<(usize, u32)> = Vec::new();
    let mut expected = 1;
    let mut restarted = false;
    for (number, digits) in operative_numbers(&text[body.clone()]) {
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        let at = body.start + number;
        if restarted {
            out.push((at, NUMBER_UNKNOWN));
        } else if n == expected {
            out.push((at, n));
            expected += 1;
        } else if n == 1 && expected > 2 {
            restarted = true;
            let last_start = out.last().map_or(body.start, |&(o, _)| o);
            match section_start(text, last_start..at) {
                Some(section) => out.push((section, NUMBER_UNKNOWN)),
                None => {
                    if let Some(last) = out.last_mut() {
                        last.1 = NUMBER_UNKNOWN;
                    }
                }
            }
            out.push((at, NUMBER_UNKNOWN));
        }
    }
    out
}

/// The operative paragraph numbers in `text`, in order: where each
/// number's digits stand, and the digits. A number is one to three digits,
/// a `.`, spaces or tabs and then
/// - a character that is no digit nor white space, when the digits open a
///   line or follow two white-space characters (spaces or tabs between):
///   `1. Decides`, `   2. Requests`, `… 1948;  3. Calls upon` in old texts
///   held on one line;
/// - or a capital, when the digits follow a `,`, `;` or `:` and one space:
///   `Acting under Chapter VII of the Charter of the United Nations, 1.
///   Decides … until 31 December 2014; 2. Endorses` (2176 (2014)), `With
///   regard to funds and financial measures, 20. Encourages` (1295 (2000)).
///
/// Read at each `.` (found with `memchr`) by hand: the two patterns these
/// forms were first (`(?m)(?:^|\s\s)[ \t]*([0-9]{1,3})\.[ \t]+[^[0-9]\s]`
/// and `[,;:] [0-9]{1,3}\.[ \t]+[A-Z]`, compared with this on every bundled
/// text in the tests) cost two searches of every text's body, some 25 M
/// instructions a pass over `corpus/sc-resolutions`.
fn operative_numbers(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let bytes = text.as_bytes();
    let is_blank = |b: &u8| matches!(b, b' ' | b'\t');
    memchr::memchr_iter(b'.', bytes).filter_map(move |dot| {
        let digits = bytes[..dot]
            .iter()
            .rev()
            .take(4)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        let start = dot - digits;
        let blanks = bytes[dot + 1..].iter().take_while(|b| is_blank(b)).count();
        let next = text[dot + 1 + blanks..].chars().next()?;
        if blanks == 0 || next.is_ascii_digit() || next.is_whitespace() {
            return None;
        }
        let before = &text[..start];
        let in_line = next.is_ascii_uppercase()
            && before
                .strip_suffix(' ')
                .is_some_and(|b| b.ends_with([',', ';', ':']));
        // The spaces or tabs before the digits (two are enough), and what
        // stands before them: the start of a line or white space.
        let lead = bytes[..start]
            .iter()
            .rev()
            .take(2)
            .take_while(|b| is_blank(b))
            .count();
        let outside = &text[..start - lead];
        let mut ends = outside.chars().rev();
        let opens_line = outside.is_empty() || outside.ends_with('\n');
        let spaced = lead == 2
            || (lead == 1 && ends.next().is_some_and(char::is_whitespace))
            || (lead == 0 && ends.by_ref().take(2).filter(|c| c.is_whitespace()).count() == 2);
        (in_line || opens_line || spaced).then(|| (start, &text[start..dot]))
    })
}

/// Where a new section begins in `range` (from one paragraph's start to
/// the next section's `1.`): the first line past the paragraph's own that
/// is a section's letter (`B`, `II`) or an organ's opening (`The Security
/// Council,`, 161 (1961)).
fn section_start(text: &str, range: Range<usize>) -> Option<usize> {
    let mut at = range.start;
    for (i, line) in text[range].split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        if i > 0 && (is_section_letter(line.trim()) || ORGAN_OPENING.is_match(line)) {
            return Some(start + (line.len() - line.trim_start().len()));
        }
    }
    None
}

/// A section's letter or number on a line of its own: `B`, `II`.
fn is_section_letter(word: &str) -> bool {
    (1..=4).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// `paragraphs` ([`operative_paragraphs`]) with, numbered 0, the
/// preambular paragraphs that stand between operative ones, each up to the
/// next operative paragraph: a section's own preamble (`B` / `Determining
/// that the resulting situation in Angola constitutes a threat …,` /
/// `Acting under Chapter VII of the Charter of the United Nations,` before
/// `4. Decides`, 1127 (1997)), or a Chapter VII turn with no heading
/// (1135 (1997), 1173 (1998)). Such a paragraph begins a line with a
/// capitalised participle or one of [`PREAMBULAR_ADJECTIVES`], after a line
/// that ends a paragraph (`;`, `.`, `,`, `:`) or a section's letter.
fn with_preambular_interludes(
    text: &str,
    end: usize,
    mut paragraphs: Vec<(usize, u32)>,
) -> Vec<(usize, u32)> {
    let Some(&(first, _)) = paragraphs.first() else {
        return paragraphs;
    };
    let numbered: std::collections::HashSet<usize> = paragraphs.iter().map(|&(at, _)| at).collect();
    let mut previous_line = "";
    let mut previous_preambular = false;
    let mut at = first;
    let mut found = Vec::new();
    for line in text[first..end]
        .split_inclusive('\n')
        .flat_map(split_after_run_in_section)
    {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        // A section's own opening (`B` / `The General Assembly,` /
        // `Recalling …,`) is its preamble's first line.
        let preambular = is_preambular_line(trimmed) || may_open_organ(line) && ORGAN_OPENING.is_match(line);
        // After an operative paragraph's end, a section's letter or another
        // such paragraph: not inside a quoted text (`Reaffirms its
        // resolution 425 (1978) which reads: The Security Council, Taking
        // note of …,`, 501 (1982)) nor under a heading of tasks
        // (`Monitoring of the arms embargo`, 1609 (2005)).
        let paragraph_ended = previous_preambular || ends_a_paragraph(previous_line);
        previous_preambular = preambular && paragraph_ended && !numbered.contains(&(start + lead));
        if previous_preambular {
            found.push((start + lead, 0));
        }
        previous_line = trimmed;
    }
    if !found.is_empty() {
        paragraphs.extend(found);
        paragraphs.sort_unstable();
    }
    paragraphs
}

/// `line` in two where a section's letter stands between two paragraphs
/// run into it (814 (1993): `… the Council's resolutions;   B  Acting under
/// Chapter VII of the Charter of the United Nations,`): up to the letter,
/// and the rest; else the line whole.
fn split_after_run_in_section(line: &str) -> impl Iterator<Item = &str> {
    // Every match holds a `;` or `.` and two spaces or tabs: a line without
    // them (nearly all) is not searched, nor are its groups allocated.
    let bytes = line.as_bytes();
    let may_hold = memchr::memchr2_iter(b';', b'.', bytes)
        .any(|i| matches!(bytes.get(i + 1..i + 3), Some([b' ' | b'\t', b' ' | b'\t'])));
    let at = may_hold
        .then(|| RUN_IN_SECTION.captures(line))
        .flatten()
        .and_then(|c| c.name("rest"))
        .map_or(line.len(), |m| m.start());
    [&line[..at], &line[at..]]
        .into_iter()
        .filter(|part| !part.is_empty())
}

/// A section's letter between two paragraphs on one line: after the `;` or
/// `.` ending one, before the capitalised word opening the next, two or
/// more spaces each side.
static RUN_IN_SECTION: LazyLock<Regex> =
    LazyLock::new(|| compile(r"[;.][ \t]{2,}[A-Z]{1,4}[ \t]{2,}(?P<rest>[A-Z][a-z])"));

/// Whether `line` ends an operative paragraph (`;`, `.`) or is a section's
/// letter (`B`), alone or run into the paragraph before (`… foreign
/// property;  B`, 864 (1993)).
fn ends_a_paragraph(line: &str) -> bool {
    if line.ends_with([';', '.']) || is_section_letter(line) {
        return true;
    }
    line.rsplit_once(' ')
        .is_some_and(|(head, last)| is_section_letter(last) && head.trim_end().ends_with([';', '.']))
}

/// Words other than participles that begin a preambular paragraph
/// (`Determined to strengthen the implementation …`, 820 (1993)).
const PREAMBULAR_ADJECTIVES: [&str; 11] = [
    "Determined",
    "Mindful",
    "Aware",
    "Conscious",
    "Convinced",
    "Concerned",
    "Deeply",
    "Gravely",
    "Alarmed",
    "Strongly",
    "Seriously",
];

/// Where a resolution's footnotes begin in `range` (from its last
/// paragraph's start to the end of its body): the first line
/// [`FOOTNOTE_LINE`] opens.
fn footnotes_start(text: &str, range: Range<usize>) -> Option<usize> {
    FOOTNOTE_LINE
        .find(&text[range.clone()])
        .map(|m| range.start + m.start())
}

/// Where the operative part of a resolution with no numbered paragraph
/// begins, up to the footnotes or the end of `body`: the first line that
/// [`UNNUMBERED_OPERATIVE`] opens. (A numbered resolution's preamble may
/// hold such a line by a slip, `Calls upon all parties inside Somalia …`
/// before `Acting under Chapter VII` in 1725 (2006): it is left to the
/// preamble.) `Decides: (a) To call upon the parties
/// concerned to implement immediately Security Council resolution 338
/// (1973)` (456 (1979)) is in no preamble. A footnote's citation is left to
/// the preamble, where most footnotes' marks stand (`Having examined the
/// application of Papua New Guinea (49)`, 375 (1975)).
fn unnumbered_operative(text: &str, body: Range<usize>) -> Option<Range<usize>> {
    let end = body.end;
    let start = body.start + UNNUMBERED_OPERATIVE.find(&text[body.start..end])?.start();
    let end = FOOTNOTE_LINE
        .find(&text[start..end])
        .map_or(end, |m| start + m.start());
    Some(start..end)
}

/// Where operative paragraphs without numbers stand before the numbered
/// ones, in `range` (from the body's start to the first numbered
/// paragraph): from the first line [`UNNUMBERED_OPERATIVE`] opens that
/// does not end with a comma and that no preambular line follows (47
/// (1948): `Reaffirms its resolution 38 (1948) of 17 January 1948;` /
/// `Resolves that …;` / `Recommends … the following measures …:` / `1. The
/// Government of Pakistan should …`). A line of the preamble in the third
/// person stays there: `Calls upon all parties inside Somalia … ;` before
/// `Acting under Chapter VII …,` (1725 (2006)), `Welcomes the letter from
/// the Prime Minister of Iraq …,` (1956 (2010)).
fn unnumbered_before_numbered(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let mut start = None;
    let mut at = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_preambular_line(trimmed) {
            start = None;
        } else if start.is_none() && !trimmed.ends_with(',') && UNNUMBERED_OPERATIVE.is_match(line) {
            start = Some(line_start);
        }
    }
    start.map(|s| s..range.end)
}

/// A line that opens a preambular paragraph: a capitalised participle or
/// one of [`PREAMBULAR_ADJECTIVES`], ending with a comma (`Acting under
/// Chapter VII of the Charter of the United Nations,`).
fn is_preambular_line(trimmed: &str) -> bool {
    let word = trimmed.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && (word.len() > 4 && word.ends_with("ing") || PREAMBULAR_ADJECTIVES.contains(&word))
        && trimmed.ends_with(',')
}

/// Whether `window` may end with a name [`ORGAN_NAME`] matches: it ends in
/// `,` or in one of [`ORGAN_NAME_LAST_WORDS`]. Non-ASCII letters at the end
/// (which `(?i)` may fold to ASCII ones: `ſ`, `K`) always leave it to the regex.
fn may_end_with_organ(window: &str) -> bool {
    let bytes = window.as_bytes();
    let letters = bytes.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    let start = bytes.len() - letters;
    if start > 0 && !bytes[start - 1].is_ascii() {
        return true;
    }
    if letters == 0 {
        return bytes.last() == Some(&b',');
    }
    let word = &window[start..];
    ORGAN_NAME_LAST_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A period that ends an abbreviation (`p.`, `No.`, `Add.`, `Mrs.`, `Vol.`), not a sentence.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(', '[']).next().unwrap_or("");
    matches!(
        word,
        "p" | "pp"
            | "No"
            | "Nos"
            | "Add"
            | "Corr"
            | "Rev"
            | "para"
            | "paras"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Messrs"
            | "Prof"
            | "Lt"
            | "Vol"
            | "vol"
            | "Suppl"
            | "chap"
            | "sect"
            | "art"
            | "cf"
            | "Dr"
            | "St"
            | "i.e"
            | "e.g"
            | "a.i"
            | "S/PV"
            | "PV"
    ) || word.len() == 1
}

/// The ASCII digits `s` begins with.
fn leading_digits(s: &str) -> &str {
    &s[..s.bytes().take_while(u8::is_ascii_digit).count()]
}

fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers the two patterns [`operative_numbers`] stands for find in
    /// `text`, their matches merged in order.
    fn operative_numbers_by_regex(text: &str) -> Vec<(usize, &str)> {
        static AT_LINE_START: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?m)(?:^|\s\s)[ \t]*(?P<n>[0-9]{1,3})\.[ \t]+[^[0-9]\s]"));
        static IN_LINE: LazyLock<Regex> = LazyLock::new(|| compile(r"[,;:] [0-9]{1,3}\.[ \t]+[A-Z]"));
        let mut matches: Vec<regex::Match> = AT_LINE_START
            .find_iter(text)
            .chain(IN_LINE.find_iter(text))
            .collect();
        matches.sort_by_key(regex::Match::start);
        matches
            .into_iter()
            .map(|m| {
                let s = m.as_str();
                let spaces = s.len() - s.trim_start_matches([',', ';', ':']).trim_start().len();
                let at = m.start() + spaces;
                (at, leading_digits(&text[at..]))
            })
            .collect()
    }

    fn assert_operative_numbers_as_regex(text: &str) {
        assert_eq!(
            operative_numbers(text).collect::<Vec<_>>(),
            operative_numbers_by_regex(text),
            "{text:?}"
        );
    }

    #[test]
    fn operative_numbers_are_read_as_the_patterns_read_them_in_the_bundled_texts() {
        let mut numbers = 0;
        for (_, text) in crate::corpus::bundled_texts() {
            let normalized = super::super::normalize::normalize(&text).text;
            for text in [text.as_str(), normalized.as_str()] {
                numbers += operative_numbers(text).count();
                assert_operative_numbers_as_regex(text);
            }
        }
        assert!(numbers > 30_000, "{numbers} numbers");
        for text in [
            "",
            ".",
            "1.",
            "1. A",
            "1.A",
            "1.  a",
            "1. 2",
            "1. \n",
            "1234. A",
            " 1. A",
            "  1. A",
            "x 1. A",
            "x  1. A",
            "x\t 1. A",
            "x\n1. A",
            "x\u{a0}\u{a0}1. A",
            "x\u{a0} 1. A",
            "x, 1. A",
            "x, 1. a",
            "x,  1. a",
            "x,1. A",
            "x; 12. B; 13. C",
            "1. A  2. B",
            "1. é",
            "é  1. \u{e9}",
            "\n\n 7.\t\u{2003}Z",
            "1. A\r\n2. B",
            "x: 999. Q",
        ] {
            assert_operative_numbers_as_regex(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn operative_numbers_are_read_as_the_patterns_read_them(
            tokens in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "12", "123", "1234", ".", " ", "  ", "\t", "\n", "\r", "\u{a0}", "\u{2003}", ",", ";", ":",
                    "A", "Decides", "a", "\u{e9}", "\u{c9}", "x",
                ]),
                0..24,
            )
        ) {
            let text = tokens.concat();
            proptest::prop_assert_eq!(operative_numbers(&text).collect::<Vec<_>>(), operative_numbers_by_regex(&text));
        }
    }

    #[test]
    fn a_plural_noun_is_no_relation_verb() {
        assert!(is_plural_noun(
            "as a result of ",
            "demands",
            " by the Croatian authorities"
        ));
        assert!(is_plural_noun("comply with the ", "demands", " of the Council"));
        assert!(!is_plural_noun(
            "1. ",
            "Demands",
            " that all parties comply with resolution"
        ));
        assert!(!is_plural_noun(
            "2. ",
            "Requests",
            " the Secretary-General to report"
        ));
        assert!(!is_plural_noun("the ", "recalls", " of"));
    }

    #[test]
    fn runs_of_spaces_are_squeezed_with_a_map_back() {
        assert_eq!(squeeze_spaces("submitted pursuant to"), None);
        let (s, map) = squeeze_spaces("submitted  pursuant  to é").unwrap();
        assert_eq!(s, "submitted pursuant to é");
        let at = s.find("pursuant").unwrap();
        assert_eq!(map[at], 11);
        assert_eq!(map[at + "pursuant to".len()], 23);
        assert_eq!(map[s.len()], "submitted  pursuant  to é".len());
    }

    /// Every name each alternative of [`ORGAN_NAME`] spells, in any case,
    /// is a whole match that [`may_end_with_organ`] lets through: the list
    /// of last words covers the pattern, not only the names the corpus holds.
    #[test]
    fn every_name_the_organ_pattern_spells_ends_in_a_listed_word() {
        let mut names: Vec<String> = [
            "Peace and Security Council",
            "Assembly of Heads",
            "Assembly of States Parties",
            "Assembly of the African Union",
            "Council of Ministers",
            "Council of Europe",
            "Council of the League",
            "Conference",
            "World Conference",
            "Summit",
            "Commission on the Status of Women",
            "Sub-Commission",
            "Executive Board",
            "Board of Governors",
            "African Union",
            "League of Arab States",
            "Organization of American States",
            "European Union",
            "Parliament",
            "Security Council",
            "Human Rights Council",
            "Economic and Social Council",
            "ECOSOC",
            "HRC",
            "UNGA",
            "GA",
            "Commission on Human Rights",
            "General Assembly",
            "Council",
            "Assembly",
            "chap. IV,",
        ]
        .map(String::from)
        .to_vec();
        for first in [
            "National",
            "Parliamentary",
            "Constituent",
            "Legislative",
            "World",
            "Health",
            "Transitional",
        ] {
            names.push(format!("{first} Assembly"));
        }
        for first in [
            "Governing",
            "Executive",
            "Sovereign",
            "Transitional",
            "Trusteeship",
            "Presidential",
            "Military",
            "National",
            "Municipal",
            "Legislative",
            "Permanent",
            "Arab League",
        ] {
            names.push(format!("{first} Council"));
        }
        for name in names {
            for text in [name.clone(), name.to_uppercase(), name.to_lowercase()] {
                let whole = ORGAN_NAME.find(&text).map(|m| m.range());
                assert_eq!(whole, Some(0..text.len()), "{text:?} is one whole name");
                assert!(may_end_with_organ(&text), "{text:?} passes the shortcut");
            }
        }
    }

    /// Every organ's name the bundled texts hold ends as
    /// [`may_end_with_organ`] expects, so the shortcut skips none.
    #[test]
    fn every_organ_name_in_the_corpus_ends_in_a_listed_word() {
        let mut names = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            for m in ORGAN_NAME.find_iter(&text) {
                assert!(may_end_with_organ(m.as_str()), "{:?} in {path}", m.as_str());
                names += 1;
            }
        }
        assert!(names > 1000, "only {names} organ names found");
    }

    proptest::proptest! {
        #[test]
        fn ends_with_ignore_ascii_case_is_lowering_then_ends_with(
            text in "[a-zA-Z. ,\u{e9}\u{130}\u{212a}]{0,12}",
            word in "(resolution|its|vol\\.|chapter|series,|s|)",
        ) {
            proptest::prop_assert_eq!(
                ends_with_ignore_ascii_case(&text, &word),
                text.to_ascii_lowercase().ends_with(word.as_str())
            );
        }
    }

    fn assert_pin_as_regex(window: &str) {
        let by_regex = PIN
            .captures(window)
            .map(|c| c.name("p").expect("group p").as_str());
        let by_hand = PIN.find(window).and_then(|m| pin_group(m.as_str()));
        if let Some(m) = PIN.find(window).filter(|m| m.as_str().is_ascii()) {
            assert_eq!(by_hand, by_regex, "{:?}", m.as_str());
        }
        assert_eq!(by_regex.is_some(), PIN.find(window).is_some());
    }

    /// Every window a pin is looked for in, in the bundled texts: the group
    /// read off the match is the group the regex captures.
    #[test]
    fn pins_read_as_the_regex_reads_them_in_the_corpus() {
        let mut pins = 0;
        for (_, text) in crate::corpus::bundled_texts() {
            for (at, _) in text.match_indices(" of ") {
                for end in [
                    at + 4,
                    at + 8,
                    at + 1 + text[at + 4..].find(' ').map_or(0, |i| i + 4),
                ] {
                    let end = floor(&text, end.min(text.len()));
                    let window = &text[floor(&text, end.saturating_sub(80))..end];
                    assert_pin_as_regex(window);
                    pins += usize::from(PIN.is_match(window));
                }
            }
        }
        assert!(pins > 1_000, "only {pins} pins");
    }

    proptest::proptest! {
        #[test]
        fn pins_read_as_the_regex_reads_them(window in "(paragraphs? ?|[0-9]{1,3}|\\(|\\)|[a-zK]{1,2}|,|and|to| of |its |Security Council |\n|\t| ){0,12}") {
            assert_pin_as_regex(&window);
        }
    }

    /// What the regex reads as an [`Item`] at the start of `rest`.
    fn item_by_regex(rest: &str) -> Option<(Vec<Option<&str>>, usize)> {
        let c = LIST_ITEM.captures(rest)?;
        let end = match c.name("bare") {
            Some(b) => b.end(),
            None => c.get(0)?.end(),
        };
        Some((
            item::NAMES
                .iter()
                .map(|n| c.name(n).map(|m| m.as_str()))
                .collect(),
            end,
        ))
    }

    fn assert_item_as_regex(rest: &str) {
        let by_hand = Item::read(rest).map(|i| (i.groups.to_vec(), i.end));
        assert_eq!(by_hand, item_by_regex(rest), "{rest:?}");
    }

    /// Every `N (` in the bundled texts reads as the regex reads it.
    #[test]
    fn list_items_read_as_the_regex_reads_them_in_the_corpus() {
        let mut by_hand = 0;
        for (_, text) in crate::corpus::bundled_texts() {
            for (i, _) in text.match_indices('(') {
                let start = text[..i].trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '\t');
                let rest = &text[start.len()..];
                by_hand += usize::from(Item::number_year(rest).is_some());
                assert_item_as_regex(rest);
            }
        }
        assert!(by_hand > 5_000, "only {by_hand} items read by hand");
    }

    proptest::proptest! {
        /// Any text made of the characters the forms are made of reads as the regex reads it.
        #[test]
        fn list_items_read_as_the_regex_reads_them(rest in "[0-9 \t\n()/SERIVXCA.,\u{2009}]{0,14}") {
            assert_item_as_regex(&rest);
        }
    }

    /// Every comma or space before a number in the bundled texts, read as
    /// a list's lead or gap, ends where the regexes say.
    #[test]
    fn list_leads_and_gaps_end_where_the_regexes_say() {
        let agree = |rest: &str| {
            assert_eq!(
                list_gap_end(rest),
                LIST_GAP.find(rest).map(|m| m.end()),
                "{rest:.30?}"
            );
            assert_eq!(
                list_lead_end(rest),
                LIST_LEAD.find(rest).map_or(0, |m| m.end()),
                "{rest:.30?}"
            );
        };
        let mut checked = 0;
        for (_, text) in crate::corpus::bundled_texts() {
            for (i, _) in text.match_indices([',', ' ', '\t']) {
                let rest = &text[i..];
                let after = rest.trim_start_matches([',', ' ', '\t']);
                if after.starts_with(|c: char| c.is_ascii_digit()) {
                    agree(rest);
                    checked += 1;
                }
            }
        }
        assert!(checked > 50_000, "only {checked} checked");
        for rest in [
            ", 2", ",2", ",  \t2", " 2", "  2", "\t2", ", and 2", " and 2", "2", ",", " ", "",
        ] {
            agree(rest);
        }
    }

    /// `1325 (2000)` and every near miss of it read as the regex reads them.
    #[test]
    fn number_year_near_misses_read_as_the_regex_reads_them() {
        let numbers = ["7", "13", "132", "1325", "13257"];
        let gaps = [
            "", " ", "\t", "  ", "\n", "\u{2009}", " 7", "7", "/", "/5 ", " A ", "A",
        ];
        let years = [
            "2000", " 2000", "2000 ", " 2000\t", "200", "20001", "XV", "ES-10", "S-3", "2O00",
        ];
        let closes = [")", "", " )", "  )", "]"];
        let tails = ["", ",", " and", "/5", ".", "0"];
        let mut by_hand = 0;
        for n in numbers {
            for gap in gaps {
                for year in years {
                    for close in closes {
                        for tail in tails {
                            let rest = format!("{n}{gap}({year}{close}{tail}");
                            by_hand += usize::from(Item::number_year(&rest).is_some());
                            assert_item_as_regex(&rest);
                        }
                    }
                }
            }
        }
        assert!(by_hand > 100, "only {by_hand} read by hand");
    }

    #[test]
    fn organ_name_shortcut_cases() {
        assert!(may_end_with_organ("the Security Council"));
        assert!(may_end_with_organ("Official Records, chap. I,"));
        assert!(may_end_with_organ("the SUB-COMMISSION"));
        // Letters `(?i)` folds to ASCII ones go to the regex.
        assert!(may_end_with_organ("the Aſſembly"));
        assert!(!may_end_with_organ("in its"));
        assert!(!may_end_with_organ(""));
        assert!(!may_end_with_organ("the Councils"));
    }
}
