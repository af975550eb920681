//! Segmentation: one file into its documents (cover letter, annexes,
//! enclosures, voting letters, statements), each with its identity.
//!
//! A file is either a *letter* (its first title is `Letter dated …`), split
//! at its `Annex …` and `Enclosure` headings, or a single document (a
//! resolution, a Yearbook chapter, …). Each document's id is the symbol its
//! own text states: a standalone symbol line (`S/2020/600`, `United Nations
//! S/2014/660`), or a resolution heading (`Resolution 2518 (2020)`,
//! `RESOLUTION 893 (1994)`). A document that states none gets a derived id:
//!
//! - the top document of a file: `<file stem>#<kind>` (`000_5084318a0e7514bb#letter`);
//! - an annex: `<parent id>/annex-<roman numeral>` (`…#letter/annex-XVII`;
//!   `Annex 1` and `Annex I` both give `annex-I`), or `<parent id>/annex`
//!   when unnumbered;
//! - an enclosure: `<parent id>/enclosure` (`/enclosure-2` for a second one).
//!
//! An unnumbered annex of a document that has its own symbol and that does
//! not state an identity of its own (seed 003: the Minister's letter
//! transmitted as the annex of S/2014/660) is part of that document, as the
//! UN issued it under one symbol.
//!
//! For a resolution file, the text is trusted over the file name: the id is
//! the last resolution heading before `The Security Council`, so a web page
//! title that names another resolution (the file `S-RES-893(1994).txt`, whose
//! refworld title says 1095 (1997) while its text is resolution 893 (1994))
//! only yields a diagnostic.
//!
//! # Examples
//!
//! ```
//! # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/002_4635c25849462a9e.txt");
//! # let text = std::fs::read_to_string(path)?;
//! use unxref::NodeKind;
//! use unxref::extract::{normalize::normalize, segment::segment};
//! let segments = segment(path, &normalize(&text));
//! // The President's letter, its annexes (the voting letters) and the draft.
//! assert_eq!(segments[0].record.node.kind, NodeKind::Letter);
//! assert!(segments.iter().any(|s| s.record.node.id == "S/2020/1158" && s.record.node.kind == NodeKind::DraftResolution));
//! assert!(segments[1..].iter().all(|s| s.record.parent.is_some()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use std::hash::Hasher;

use super::word_hash::WordHasher;

use super::patterns::{
    ADOPTED_AT, ADOPTION_STATEMENT, AGENDA, ANNEX_HEADING, DATED_HEADING, DISTRIBUTION_DATE,
    DRAFT_PUT_TO_VOTE, ENCLOSURE_HEADING, GA_DRAFT_ADOPTED, GA_RESOLUTION_TITLE, MEETING_DAY, MEETING_LINE,
    NAMED_DRAFT, OLD_RESOLUTION_HEADING, ORGAN_ADOPTED_ON, PLENARY_CLOSING, PUBLICATION_DATE,
    REPORTED_RESOLUTION, RESOLUTION_FILE_NAME, RESOLUTION_HEADING, SECURITY_COUNCIL_OPENING,
    STATEMENT_MEETING, TITLE_START, adopted_at_meeting, annex_number, compile, draft_put_to_vote,
    first_number, iso_date, number_and_year, roman, stated_date_of, stated_iso_date, unglue_date,
};
use super::{Normalized, Segment};
use crate::date::Date;
use crate::model::{
    Diagnostic, DocumentRecord, EdgeAttrs, EdgeKind, Evidence, Link, Node, NodeKind, NodeRef, label_for,
};
use crate::symbol::{Symbol, SymbolKind, sc_resolution_year};

/// Split a normalized file into documents.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::extract::{normalize::normalize, segment::segment};
/// let segments = segment(path, &normalize(&text));
/// assert_eq!(segments.len(), 1);
/// assert_eq!(segments[0].record.node.id, "S/2014/660");
/// assert_eq!(segments[0].record.lines, (1, 35));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn segment(file: &str, normalized: &Normalized) -> Vec<Segment> {
    analyze(file, normalized).segments
}

/// What segmentation found: the documents, and the problems met.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::extract::{normalize::normalize, segment::analyze};
/// let found = analyze(path, &normalize(&text));
/// let ids: Vec<&str> = found.segments.iter().map(|s| s.record.node.id.as_str()).collect();
/// assert_eq!(ids, ["001_8bf2fcad3f891cf4#letter", "S/RES/2518 (2020)"]);
/// assert!(found.diagnostics.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// The documents, in file order.
    pub segments: Vec<Segment>,
    /// Problems met (a file name and a text that disagree, …).
    pub diagnostics: Vec<Diagnostic>,
}

/// Split a normalized file into documents and report what looked wrong.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::extract::{normalize::normalize, segment::analyze};
/// let found = analyze(path, &normalize(&text));
/// let resolution = &found.segments[1].record;
/// assert_eq!(resolution.parent.as_deref(), Some("001_8bf2fcad3f891cf4#letter"));
/// assert!(resolution.node.held);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn analyze(file: &str, normalized: &Normalized) -> Segmentation {
    let text = normalized.text.as_str();
    let stem = file_stem(file);
    let mut diagnostics = Vec::new();
    let mut segments = if is_letter_file(text) {
        letter_segments(&stem, text, &line_starts(text))
    } else {
        let published = normalized.publication_date.as_deref();
        vec![single_document(file, &stem, text, published, &mut diagnostics)]
    };
    let agenda = AGENDA.captures(text).map(|c| c["a"].trim().to_string());
    for raw in &mut segments {
        if raw.node.agenda.is_none() {
            raw.node.agenda.clone_from(&agenda);
        }
    }
    let segments = segments
        .into_iter()
        .map(|raw| {
            let lines = (
                normalized.line_at(raw.range.start),
                normalized.line_at(raw.range.end.saturating_sub(1).max(raw.range.start)),
            );
            let mut node = raw.node;
            let node_id = node.id.clone();
            node.held = true;
            node.source = Some(Evidence {
                file: file.to_string(),
                line: lines.0,
                quote: node.title.clone().unwrap_or_else(|| node.label.clone()),
                page: None,
            });
            Segment {
                record: DocumentRecord {
                    node,
                    lines,
                    adopted_at: raw.adopted_at,
                    parent: raw.parent,
                    text_digest: text_digest(&text[raw.range.clone()], &node_id),
                    other_readings: raw.other_readings,
                },
                range: raw.range,
            }
        })
        .collect();
    for d in &mut diagnostics {
        d.file = file.to_string();
    }
    Segmentation {
        segments,
        diagnostics,
    }
}

/// Where the text of a document starts, past its heading: for a resolution
/// or a draft, the words `The Security Council`, or the first `Whereas`
/// clause above them (the first resolutions, 7 (1946)); for the others the
/// start of the segment. References before it are the document's own
/// identity.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::extract::{normalize::normalize, segment::{body_start, segment}};
/// let normalized = normalize(&text);
/// let segments = segment(path, &normalized);
/// let start = body_start(&normalized.text, &segments[1]);
/// assert!(normalized.text[start..].trim_start().starts_with("The Security Council,"));
/// // The heading before it ("Resolution 2518 (2020)") is not the body.
/// assert!(normalized.text[segments[1].range.start..start].contains("Resolution 2518 (2020)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn body_start(text: &str, segment: &Segment) -> usize {
    let range = segment.range.clone();
    match segment.record.node.kind {
        NodeKind::Resolution | NodeKind::DraftResolution => {
            let head_end = floor_char_boundary(text, (range.start + 4000).min(range.end));
            let Some(opening) = SECURITY_COUNCIL_OPENING
                .find(&text[range.start..head_end])
                .map(|m| range.start + m.start())
            else {
                return range.start;
            };
            // The considerations of the first resolutions precede the
            // Council's name: `Whereas … by resolution of the date mentioned
            // above [resolution 4 (1946)],` / `The Security Council` (7
            // (1946)). They are the text, the heading above them is not.
            PREAMBLE_BEFORE_OPENING
                .find(&text[range.start..opening])
                .map_or(opening, |m| range.start + m.start())
        }
        _ => range.start,
    }
}

/// The links the file's structure states: letter → annex and enclosure
/// (`contains`), draft → resolution (`adopted_as`).
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::EdgeKind;
/// use unxref::extract::{normalize::normalize, segment::{segment, structural_links}};
/// let normalized = normalize(&text);
/// let links = structural_links(path, &normalized, &segment(path, &normalized));
/// let contains = links.iter().find(|l| l.kind == EdgeKind::Contains).unwrap();
/// assert_eq!((contains.source.id.as_str(), contains.target.id.as_str()), ("001_8bf2fcad3f891cf4#letter", "S/RES/2518 (2020)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn structural_links(file: &str, normalized: &Normalized, segments: &[Segment]) -> Vec<Link> {
    let text = normalized.text.as_str();
    let mut links = Vec::new();
    let doc_ref = |s: &Segment| NodeRef {
        id: s.record.node.id.clone(),
        kind: s.record.node.kind,
        label: s.record.node.label.clone(),
        category: None,
    };
    for child in segments {
        let Some(parent_id) = &child.record.parent else {
            continue;
        };
        let Some(parent) = segments.iter().find(|s| &s.record.node.id == parent_id) else {
            continue;
        };
        let at = child.range.start;
        links.push(Link {
            source: doc_ref(parent),
            target: doc_ref(child),
            kind: EdgeKind::Contains,
            attrs: EdgeAttrs {
                count: 1,
                evidence: Some(Evidence {
                    file: file.to_string(),
                    line: normalized.line_at(at),
                    quote: title_line(&text[at..]),
                    page: None,
                }),
                ..EdgeAttrs::default()
            },
        });
    }
    if let Some(top) = segments.first()
        && top.record.node.kind == NodeKind::Letter
    {
        let cover = &text[top.range.clone()];
        let reported = REPORTED_RESOLUTION.captures(cover);
        let draft = segments
            .iter()
            .find(|s| s.record.node.kind == NodeKind::DraftResolution)
            .map(|s| (s.record.node.id.clone(), s.range.start))
            .or_else(|| {
                NAMED_DRAFT.captures(cover).map(|c| {
                    let m = c.name("s").expect("group s");
                    (m.as_str().to_string(), top.range.start + m.start())
                })
            });
        if let (Some(r), Some((draft_id, _))) = (reported, draft)
            && let (Ok(n), Ok(y)) = (r["n"].parse::<u32>(), r["y"].parse::<u16>())
            && let Ok(draft_symbol) = draft_id.parse::<Symbol>()
        {
            let m = r.get(0).expect("group 0");
            links.push(adoption_link(
                &draft_symbol,
                &Symbol::sc_resolution(n, y),
                adoption_date(&cover[m.end()..]).and_then(|d| d.parse().ok()),
                read_at(file, normalized, top, m.range()),
            ));
        }
    }
    // A meeting record: each draft the President puts to the vote, and the
    // resolution the next `adopted as resolution 2677 (2023)` before the
    // next draft names (a draft not adopted has none).
    if let Some(top) = segments.first()
        && top.record.node.kind == NodeKind::MeetingRecord
    {
        let record = &text[top.range.clone()];
        let drafts: Vec<(usize, &str)> = DRAFT_PUT_TO_VOTE
            .captures_iter(record)
            .filter_map(|c| draft_put_to_vote(&c))
            .map(|m| (m.end(), m.as_str()))
            .collect();
        for (i, &(at, draft)) in drafts.iter().enumerate() {
            let until = drafts.get(i + 1).map_or(record.len(), |d| d.0);
            let Some(r) = REPORTED_RESOLUTION.captures(&record[at..until]) else {
                continue;
            };
            let (Ok(n), Ok(y), Ok(draft_symbol)) = (
                r["n"].parse::<u32>(),
                r["y"].parse::<u16>(),
                draft.parse::<Symbol>(),
            ) else {
                continue;
            };
            let m = r.get(0).expect("group 0");
            links.push(adoption_link(
                &draft_symbol,
                &Symbol::sc_resolution(n, y),
                top.record.node.date,
                read_at(file, normalized, top, at + m.start()..at + m.end()),
            ));
        }
    }
    // An Assembly meeting record says each adoption in one sentence, the
    // draft's symbol and the resolution's number together: `Draft
    // resolution A/75/L.52 was adopted by 122 votes to 4, with 35
    // abstentions (resolution 75/265).` A number of another session than
    // the draft's is no reading of it.
    if let Some(top) = segments.first()
        && top.record.node.kind == NodeKind::MeetingRecord
    {
        let record = &text[top.range.clone()];
        for c in GA_DRAFT_ADOPTED.captures_iter(record) {
            let (d, r) = (c.name("d").expect("group d"), c.name("r").expect("group r"));
            let draft_session = d.as_str().split('/').nth(1);
            let number = r.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            if draft_session != number.split('/').next() {
                continue;
            }
            let (Ok(draft_symbol), Ok(resolution)) = (
                d.as_str().parse::<Symbol>(),
                format!("A/RES/{number}").parse::<Symbol>(),
            ) else {
                continue;
            };
            let m = c.get(0).expect("group 0");
            links.push(adoption_link(
                &draft_symbol,
                &resolution,
                top.record.node.date,
                read_at(file, normalized, top, m.range()),
            ));
        }
    }
    // An Assembly resolution adopted without a committee names its draft
    // in its head: `[without reference to a Main Committee (A/77/L.5)]`.
    for seg in segments
        .iter()
        .filter(|s| s.record.node.kind == NodeKind::GaResolution)
    {
        let head_end = floor_char_boundary(text, (seg.range.start + 3000).min(seg.range.end));
        let Some(c) = DRAFT_WITHOUT_COMMITTEE.captures(&text[seg.range.start..head_end]) else {
            continue;
        };
        let m = c.name("s").expect("group s");
        let Ok(draft_symbol) = m.as_str().parse::<Symbol>() else {
            continue;
        };
        let mut source = NodeRef::document(&draft_symbol);
        source.kind = NodeKind::DraftResolution;
        let at = seg.range.start + m.start();
        links.push(Link {
            source,
            target: doc_ref(seg),
            kind: EdgeKind::AdoptedAs,
            attrs: EdgeAttrs {
                count: 1,
                date: seg.record.node.date,
                evidence: Some(Evidence {
                    file: file.to_string(),
                    line: normalized.line_at(at),
                    quote: quote_around(
                        text,
                        seg.range.start + c.get(0).expect("group 0").start(),
                        at + m.len(),
                    ),
                    page: None,
                }),
                ..EdgeAttrs::default()
            },
        });
    }
    links
}

/// The draft an Assembly resolution's head names when no committee
/// reported it: `[without reference to a Main Committee (A/77/L.5)]`,
/// `(A/70/L.49/Rev.1 and Add.1)`, `(A/ES-11/L.1 and Add.1)`. (`[on the
/// report of the Third Committee (A/77/463)]` names a report, no draft.)
static DRAFT_WITHOUT_COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\[\s*without\s+reference\s+to\s+a\s+Main\s+Committee\s*\(\s*(?P<s>A/(?:ES-\d{1,2}|\d{1,3})/L\.\d{1,4}(?:/Rev\.\d{1,2})?)(?-u:\b)",
    )
});

/// The adoption date a cover letter gives in the sentence that names the
/// resolution, read from just after its number: "resolution 2518 (2020)
/// of 30 March 2020", "resolution 2531 (2020), related to the agenda item
/// “The situation in Mali” and adopted on 29 June 2020".
fn adoption_date(after: &str) -> Option<String> {
    let end = floor_char_boundary(after, after.len().min(300));
    let sentence = after[..end].split(". ").next().unwrap_or_default();
    let sentence = sentence.split(".\n").next().unwrap_or_default();
    let at = if sentence.trim_start().starts_with("of ") {
        0
    } else {
        sentence.find("adopted on ")?
    };
    iso_date(&sentence[at..])
}

/// The resolution a draft held in this file was adopted as, if the cover
/// letter says so.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::extract::{normalize::normalize, segment::{adopted_as, segment}};
/// let normalized = normalize(&text);
/// // "The resolution has been adopted as resolution 2518 (2020) of 30 March 2020."
/// let adopted = adopted_as(&normalized, &segment(path, &normalized));
/// assert_eq!(adopted.map(|s| s.to_string()).as_deref(), Some("S/RES/2518 (2020)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn adopted_as(normalized: &Normalized, segments: &[Segment]) -> Option<Symbol> {
    let top = segments.first()?;
    let c = REPORTED_RESOLUTION.captures(&normalized.text[top.range.clone()])?;
    Some(Symbol::sc_resolution(c["n"].parse().ok()?, c["y"].parse().ok()?))
}

/// A document found, before its record is finished.
struct Raw {
    node: Node,
    range: Range<usize>,
    adopted_at: Option<String>,
    parent: Option<String>,
    /// See [`DocumentRecord::other_readings`].
    other_readings: Vec<String>,
}

fn file_stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}

fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    if starts.last() == Some(&text.len()) {
        starts.pop();
    }
    starts
}

fn line_at(text: &str, start: usize) -> &str {
    first_line(&text[start..])
}

fn first_line(text: &str) -> &str {
    text.split('\n').next().unwrap_or("").trim()
}

/// The first line as a title or quote, cut to 300 bytes: a file that is one
/// 10 MB line must not become a 10 MB title.
fn title_line(text: &str) -> String {
    shorten(first_line(text), 300)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A file whose first title, within its first lines and before any
/// `The Security Council`, is a letter or note.
fn is_letter_file(text: &str) -> bool {
    for line in text.split('\n').take(30).map(str::trim) {
        if SECURITY_COUNCIL_OPENING.is_match(line) && line.len() < 40 {
            return false;
        }
        if line.starts_with("Letter")
            || line.starts_with("Identical letters")
            || line.starts_with("Note verbale")
        {
            return true;
        }
    }
    false
}

/// A boundary between documents in a letter file.
struct Boundary {
    at: usize,
    kind: BoundaryKind,
    /// Annex number (`17` for `Annex XVII`), if any.
    number: Option<u32>,
    /// Text after the heading on the same line (`Letter dated …`).
    rest: String,
}

#[derive(PartialEq, Clone, Copy)]
enum BoundaryKind {
    Annex,
    Enclosure,
}

fn letter_segments(stem: &str, text: &str, lines: &[usize]) -> Vec<Raw> {
    let mut boundaries = Vec::new();
    for &start in lines {
        let line = line_at(text, start);
        if line.len() > 400 {
            continue;
        }
        if let Some(c) = ANNEX_HEADING.captures(line) {
            let rest = c.name("rest").map_or("", |m| m.as_str()).trim().to_string();
            let titled = rest.is_empty()
                || TITLE_START.is_match(&rest)
                || rest.starts_with("to the")
                || rest.starts_with("Resolution");
            if titled {
                boundaries.push(Boundary {
                    at: start,
                    kind: BoundaryKind::Annex,
                    number: c.name("num").and_then(|m| annex_number(m.as_str())),
                    rest,
                });
            }
        } else if let Some(c) = ENCLOSURE_HEADING.captures(line) {
            boundaries.push(Boundary {
                at: start,
                kind: BoundaryKind::Enclosure,
                number: c.name("num").and_then(|m| annex_number(m.as_str())),
                rest: String::new(),
            });
        }
    }
    let top_end = boundaries.first().map_or(text.len(), |b| b.at);
    let mut top = describe(text, 0..top_end, None);
    let top_id = top
        .symbol
        .clone()
        .unwrap_or_else(|| format!("{stem}#{}", derived_word(top.kind)));
    let mut raws = vec![];
    let top_has_symbol = top.symbol.is_some();
    let mut current_annex: Option<String> = None;
    let mut enclosure_counts: std::collections::HashMap<String, u32> = Default::default();
    let mut top_range = 0..top_end;
    for (i, b) in boundaries.iter().enumerate() {
        let end = boundaries.get(i + 1).map_or(text.len(), |n| n.at);
        let range = b.at..end;
        let heading_rest = (!b.rest.is_empty()).then_some(b.rest.as_str());
        let info = describe(text, range.clone(), heading_rest);
        let (parent, derived) = match b.kind {
            BoundaryKind::Annex => {
                let suffix = match b.number {
                    Some(n) => format!("annex-{}", roman(n)),
                    None => "annex".to_string(),
                };
                (top_id.clone(), format!("{top_id}/{suffix}"))
            }
            BoundaryKind::Enclosure => {
                let parent = current_annex.clone().unwrap_or_else(|| top_id.clone());
                let count = enclosure_counts.entry(parent.clone()).or_insert(0);
                *count += 1;
                let suffix = match (b.number, *count) {
                    (Some(n), _) => format!("enclosure-{n}"),
                    (None, 1) => "enclosure".to_string(),
                    (None, k) => format!("enclosure-{k}"),
                };
                (parent.clone(), format!("{parent}/{suffix}"))
            }
        };
        // An unnumbered annex without an identity of its own is part of its
        // symbol-bearing parent; one headed as the letter's annex (`Annex to
        // the letter dated 9 April 2021 from …`) is a document the letter
        // transmits, as `Annex I`, `Annex II` are.
        if b.kind == BoundaryKind::Annex
            && b.number.is_none()
            && !b.rest.starts_with("to the")
            && top_has_symbol
            && info.symbol.is_none()
            && info.title.is_none()
            && raws.is_empty()
        {
            top_range.end = end;
            continue;
        }
        let id = info.symbol.clone().unwrap_or(derived);
        if b.kind == BoundaryKind::Annex {
            current_annex = Some(id.clone());
        }
        raws.push(info.into_raw(id, range, Some(parent)));
    }
    top.title = top.title.or_else(|| Some(title_line(text)));
    let top_raw = top.into_raw(top_id, top_range, None);
    let mut all = vec![top_raw];
    all.extend(raws);
    all
}

fn derived_word(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Letter => "letter",
        NodeKind::Statement => "statement",
        NodeKind::Resolution => "resolution",
        NodeKind::DraftResolution => "draft",
        NodeKind::Report => "report",
        NodeKind::Yearbook => "yearbook",
        _ => "document",
    }
}

/// What the head of a document says of it.
struct Info {
    symbol: Option<String>,
    /// The other symbols of a document issued under two (`A/ES-10/1043-S/2025/529`).
    aliases: Vec<String>,
    kind: NodeKind,
    title: Option<String>,
    date: Option<String>,
    year: Option<u16>,
    adopted_at: Option<String>,
}

impl Info {
    fn into_raw(self, id: String, range: Range<usize>, parent: Option<String>) -> Raw {
        let label = match id.parse::<Symbol>() {
            Ok(s) if self.symbol.is_some() => label_for(&s),
            _ => self.title.clone().map_or_else(|| id.clone(), |t| shorten(&t, 80)),
        };
        let mut node = Node::new(&id, self.kind, label);
        node.title = self.title;
        node.aliases = self.aliases;
        node.date = self.date.and_then(|d| d.parse().ok());
        node.year = self.year;
        Raw {
            node,
            range,
            adopted_at: self.adopted_at,
            parent,
            other_readings: Vec::new(),
        }
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut cut = floor_char_boundary(s, max);
    if let Some(space) = s[..cut].rfind(' ') {
        cut = space;
    }
    format!("{}…", &s[..cut])
}

/// A report's title line, in any case: `Report of the Secretary-General on
/// …`, `REPORT OF THE SECRETARY-GENERAL PURSUANT TO`, `Progress report of
/// …`, `FINAL REPORT OF …`, `Special report of …`, `Fifteenth report of the
/// Secretary-General` (S/2023/473), `Report of the Security
/// Council Mission to Haiti`. The line starts with a capital
/// ([`is_report_title`]): a body line that a PDF wrapped before `report of
/// the Secretary-General` is none.
static REPORT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?i:(?:(?:final|further|progress|special|interim|annual|periodic|comprehensive|consolidated|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth))\s+){0,3}report\s+(?:of|on|by|to|pursuant|submitted)(?-u:\b))",
    )
});

/// A date line of a document's head, the whole line a date: `22 January
/// 1998`, `29 June 2020`.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?P<d>\d{1,2})\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+(?P<y>\d{4})\s*\**$",
    )
});

/// A consideration that opens a line of a resolution's head, before `The
/// Security Council`: `Whereas the Security Council on 29 April 1946
/// appointed a Sub-Committee …` (7, 15, 30, 58 and 70 of 1946–1949). No
/// heading, adoption line or web page's furniture starts so.
static PREAMBLE_BEFORE_OPENING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?m)^[ \t]*(?:Whereas|WHEREAS)(?-u:\b)"));

/// The adoption line of a resolution adopted without a meeting, by the
/// written procedure of 2020: `Adopted by the Security Council on 30 March
/// 2020` (seed 001).
static ADOPTED_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?m)^[ \t]*Adopted\s+by\s+the\s+Security\s+Council\s+on\s+(?P<d>\d{1,2})\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+(?P<y>\d{4})(?-u:\b)",
    )
});

/// Where the head of a document ends and its text begins: a numbered
/// paragraph (`1. The present report …`) or a section heading (`I.
/// INTRODUCTION`, `l.  INTRODUCTION` as OCR reads it, `Addendum`).
static TEXT_START: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?:\d{1,3}\.\s|[IVXl]{1,5}\.\s|(?i:introduction|addendum|corrigendum)\s*$)"));

/// A report's title that names no subject: `Report of the
/// Secretary-General`, `Fifteenth report of the Secretary-General`, in any
/// case.
static BARE_REPORT_TITLE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?i:(?:[a-z]+(?:-[a-z]+)?\s+)?report\s+of\s+the\s+secretary-general)\s*$"));

/// A joint document's session, year or agenda line: `Seventy-third
/// session`, `Seventy-third year`, `Agenda item 38`, `Items 35 and 38`.
static SESSION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(?i:[a-z]+(?:-[a-z]+)?\s+(?:session|year)|agenda\s+items?\b.*|items?\s+\d.*)$")
});

/// The subject a report's head prints above a bare title line (`United
/// Nations Mission for Justice Support in Haiti`, `UNITED NATIONS OBSERVER
/// MISSION IN EL SALVADOR`, `Implementation of the Joint Comprehensive Plan
/// of Action`): the one to three lines right above it (`above`, the head's
/// lines before it), up to the head's furniture (the letterhead, the
/// symbol, the distribution, a date, the original language, a note). None
/// when no such line is there.
fn subject_above(above: &[&str]) -> Option<String> {
    let is_furniture = |line: &str| {
        let upper = line.to_ascii_uppercase();
        is_letterhead(line)
            || is_masthead(line)
            || DATE_LINE.is_match(line)
            || TEXT_START.is_match(line)
            || line
                .split_whitespace()
                .any(|w| w.trim_end_matches('*').parse::<Symbol>().is_ok())
            || upper.starts_with("DISTR")
            || upper.starts_with("ORIGINAL")
            || upper.starts_with('*')
            || matches!(
                upper.as_str(),
                "GENERAL" | "SECURITY COUNCIL" | "GENERAL ASSEMBLY"
            )
            || upper.split_whitespace().all(|w| {
                matches!(
                    w,
                    "ENGLISH" | "FRENCH" | "SPANISH" | "ARABIC" | "RUSSIAN" | "CHINESE" | "AND"
                )
            })
            || line.ends_with(':')
            || SESSION_LINE.is_match(line)
    };
    let mut lines: Vec<&str> = Vec::new();
    for line in above.iter().rev().map(|l| l.trim()) {
        if line.is_empty() {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        if is_furniture(line) {
            break;
        }
        if lines.len() == 3 {
            // A longer run is no subject line the head prints.
            return None;
        }
        lines.push(line);
    }
    lines.reverse();
    let subject = lines.join(" ");
    subject.starts_with(char::is_uppercase).then_some(subject)
}

/// The lines of a press release's head that are no headline: its meeting
/// (`6498th Meeting (Night)`, `7913th Meeting (AM)`), the site's name
/// (`Meetings Coverage and Press Releases`), its kind (`Press Release`,
/// `Note to Correspondents`, `Statement`).
static PRESS_HEAD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:\d{1,5}\s?(?:st|nd|rd|th|d)\s+meeting\b.*|meetings\s+coverage(?:\s+and\s+press\s+releases)?|press\s+releases?|notes?\s+to\s+correspondents|statements?)$",
    )
});

/// A press release's headline: the first line of its head (the first
/// fourteen lines that hold words) that is not its symbol, its date or
/// another line of its head ([`PRESS_HEAD_LINE`]), and reads as a headline
/// does, a capitalised phrase of four words or more with no full stop at
/// its end (a sentence of the text has one).
fn press_headline(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(14)
        .find(|l| {
            l.len() <= 300
                && l.starts_with(char::is_uppercase)
                && l.split_whitespace().count() >= 4
                && !l.ends_with(['.', ':', ';'])
                && l.parse::<Symbol>().is_err()
                && !DATE_LINE.is_match(l)
                && !PRESS_HEAD_LINE.is_match(l)
        })
        .map(|l| shorten(l, 300))
}

/// Is `line` a report's title ([`REPORT_TITLE`])?
fn is_report_title(line: &str) -> bool {
    line.starts_with(char::is_uppercase) && REPORT_TITLE.is_match(line)
}

/// The masthead of a PDF's first page, `UNITED NATIONS` and the big `S`,
/// as a text layer gives it: `UNITEDUNITED SNATIONSNATIONS` (each word
/// drawn twice), `UNITED SNATIONS`, `UNITED` / `NATIONS`. It is no title.
fn is_masthead(line: &str) -> bool {
    let letters: String = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let rest = letters.replace("UNITED", "").replace("NATIONS", "");
    letters.len() <= 40 && rest.len() < letters.len() && rest.chars().all(|c| c == 'S')
}

/// The letterhead line of a UN document: `United Nations`, alone or with
/// the document's symbol (`United Nations    E/RES/2022/15`).
fn is_letterhead(line: &str) -> bool {
    line.trim()
        .strip_prefix("United Nations")
        .is_some_and(|rest| rest.trim().is_empty() || rest.trim().parse::<Symbol>().is_ok())
}

/// A report's title as its head prints it, the title line and the lines
/// that continue it up to a blank line or the text (`REPORT OF THE
/// SECRETARY-GENERAL PURSUANT TO` / `RESOLUTION 913 (1994)`), on one line.
fn report_title(lines: &[&str]) -> String {
    let mut parts = vec![];
    for (k, line) in lines.iter().map(|l| l.trim()).enumerate() {
        if k > 0 && (line.is_empty() || k >= 4 || TEXT_START.is_match(line) || DATE_LINE.is_match(line)) {
            break;
        }
        parts.extend(line.split_whitespace());
    }
    shorten(&parts.join(" "), 300)
}

/// The date a line of a document's head gives as the document's own: a
/// date line (`22 January 1998`), a distribution line (`Distr.: General
/// 12 September 2014`), or a date run into the symbol line (`S/1998/5922
/// January 1998`, given as `glued`: that line and its symbol).
fn head_date(line: &str, glued: Option<(&str, &str)>) -> Option<String> {
    if let Some(c) = DATE_LINE.captures(line) {
        return stated_iso_date(&c);
    }
    if let Some(c) = DISTRIBUTION_DATE.captures(line) {
        return stated_iso_date(&c);
    }
    let (candidate, symbol) = glued?;
    let rest = candidate.strip_prefix(symbol)?.trim();
    DATE_LINE.captures(rest).and_then(|c| stated_iso_date(&c))
}

/// Read a document's head: its symbol line, heading, title, date.
///
/// The kind is the title's: a report (`Report of the Secretary-General`,
/// `REPORT OF THE SECRETARY-GENERAL`, `Progress report of …`), a letter, a
/// statement, a draft. The date is the one the head states, before the
/// title and the text: a letter's `Letter dated …`, else the head's date
/// line, in the year of the symbol or the next. A date of the text (`In its
/// resolutions 1120 (1997) of 14 July 1997`, S/1998/59) is not the
/// document's, and a head date that does not read (`11 21.ugust 1997`, an
/// OCR'd S/1997/631) leaves the date unknown.
fn describe(text: &str, range: Range<usize>, heading_rest: Option<&str>) -> Info {
    let seg = &text[range.clone()];
    let mut symbol = None;
    let mut aliases = Vec::new();
    let mut title: Option<String> = heading_rest
        .filter(|r| TITLE_START.is_match(r) || r.starts_with("Resolution"))
        .map(str::to_string);
    let mut kind = NodeKind::Document;
    let mut resolution: Option<(u32, u16)> = None;
    let mut draft = false;
    // The dates of the head, before its title and its text.
    let mut head_dates: Vec<String> = Vec::new();
    let mut in_head = title.is_none();
    // A verbatim record's own meeting line (`9280th meeting`) and day
    // (`Wednesday, 15 March 2023, 10 a.m.`), before its agenda item.
    let mut meeting_line: Option<String> = None;
    let mut meeting_day: Option<String> = None;
    // The line of a report's title line, when the title is one.
    let mut report_line: Option<usize> = None;
    // Whether the title is a resolution's numbered title line (`46/1. …`).
    let mut numbered_title = false;
    let all_lines: Vec<&str> = seg.split('\n').collect();
    for (k, (at, line)) in all_lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .enumerate()
    {
        if k >= 14 || line.len() > 300 {
            break;
        }
        if SECURITY_COUNCIL_OPENING.is_match(line) && line.len() < 40 {
            break;
        }
        // This line when it is the symbol's with a date run into it, and
        // that symbol: (`S/1998/5922 January 1998`, `S/1998/59`).
        let mut glued: Option<(&str, String)> = None;
        if symbol.is_none() {
            let candidate = line.strip_prefix("United Nations").unwrap_or(line).trim();
            // `S/1998/5922 January 1998`: a PDF's date run into the symbol.
            let unglued = unglue_date(candidate, seg);
            let plain = candidate;
            let candidate = unglued.as_deref().unwrap_or(candidate);
            // A joint symbol (`A/67/970-S/2013/480`) names one document:
            // the first symbol is its id, the second an alias. The symbol
            // may be any organ's (`E/RES/2022/15`, `A/HRC/RES/52/32`).
            let mut halves = joint_halves(candidate).into_iter();
            if crate::symbol::opens_a_series(candidate)
                && let Some(Ok(s)) = halves.next().map(str::parse::<Symbol>)
            {
                symbol = Some(s.to_string());
                aliases.extend(
                    halves
                        .filter_map(|h| h.parse::<Symbol>().ok())
                        .map(|s| s.to_string()),
                );
                glued = unglued.map(|u| (plain, u));
            }
        }
        if resolution.is_none()
            && let Some(c) = RESOLUTION_HEADING.captures(line)
            && line.len() < 120
            && c.get(0).is_some_and(|m| m.start() == 0)
        {
            resolution = c["n"].parse().ok().zip(c["y"].parse().ok());
        }
        if meeting_line.is_none() && title.is_none() && MEETING_LINE.is_match(line) {
            meeting_line = Some(line.to_string());
        }
        if meeting_day.is_none()
            && title.is_none()
            && let Some(c) = MEETING_DAY.captures(line)
        {
            meeting_day = stated_iso_date(&c);
        }
        // A General Assembly resolution's title follows its number
        // (`75/191. Situation of human rights in …`), below the letterhead,
        // as another organ's does (`52/32. Situation of human rights in
        // Ukraine …`, A/HRC/RES/52/32; `2022/15. Progress in …`,
        // E/RES/2022/15).
        // It is the title even below an agenda item's that reads as one
        // (`Agenda item 2` / `Annual report of the United Nations High
        // Commissioner for Human Rights …`, above every Human Rights
        // Council resolution under that item).
        if !numbered_title
            && own_symbol_kind(symbol.as_deref())
                .is_some_and(|k| matches!(k, SymbolKind::GaResolution | SymbolKind::OrganResolution))
            && GA_RESOLUTION_TITLE.is_match(line)
        {
            title = Some(line.to_string());
            numbered_title = true;
            in_head = false;
        }
        if line.to_ascii_lowercase().ends_with("draft resolution") {
            draft = true;
            title.get_or_insert_with(|| line.to_string());
            in_head = false;
        }
        if title.is_none() && TITLE_START.is_match(line) {
            title = Some(if is_report_title(line) {
                report_line = Some(at);
                report_title(&all_lines[at..])
            } else {
                line.to_string()
            });
            in_head = false;
        } else if title.is_none() && is_report_title(line) {
            report_line = Some(at);
            title = Some(report_title(&all_lines[at..]));
            in_head = false;
        }
        if in_head && TEXT_START.is_match(line) {
            in_head = false;
        }
        if in_head && let Some(d) = head_date(line, glued.as_ref().map(|(l, s)| (*l, s.as_str()))) {
            head_dates.push(d);
        }
    }
    if let Some(t) = &title {
        kind = if t.starts_with("Statement") {
            NodeKind::Statement
        } else if is_report_title(t) {
            NodeKind::Report
        } else if t.contains("draft resolution") {
            NodeKind::DraftResolution
        } else if t.starts_with("Resolution") {
            NodeKind::Resolution
        } else {
            NodeKind::Letter
        };
    }
    if draft {
        kind = NodeKind::DraftResolution;
    }
    // A bare `Report of the Secretary-General` is titled by its subject,
    // the head's line above it, as the UN's library titles it: `United
    // Nations Mission for Justice Support in Haiti: Report of the
    // Secretary-General` (S/2018/527).
    if kind == NodeKind::Report
        && let (Some(t), Some(at)) = (&title, report_line)
        && BARE_REPORT_TITLE.is_match(t)
        && let Some(subject) = subject_above(&all_lines[..at])
    {
        title = Some(shorten(&format!("{subject}: {t}"), 300));
    }
    // A document's own symbol says what it is before its title words do:
    // `S/PRST/2021/12` headed `Statement by the President of the Security
    // Council` is a presidential statement, `S/PV.8979` whose agenda item is
    // a `Letter dated …` a meeting record, `A/RES/75/191` a General Assembly
    // resolution. A symbol that does not say (`S/2021/350`, `A/75/287`)
    // leaves the kind to the title. Another organ's resolution
    // (`A/HRC/RES/52/32`) is of the kind its cited form has, whatever its
    // title line says.
    let own_kind = symbol
        .as_deref()
        .and_then(|s| s.parse::<Symbol>().ok())
        .filter(|s| {
            s.kind() == SymbolKind::OrganResolution
                || matches!(
                    NodeKind::from_symbol(s),
                    NodeKind::Resolution
                        | NodeKind::PresidentialStatement
                        | NodeKind::MeetingRecord
                        | NodeKind::GaResolution
                )
        })
        .map(|s| NodeKind::from_symbol(&s));
    if let Some(k) = own_kind {
        kind = k;
    }
    // A meeting record's title is its meeting, not its agenda item.
    if kind == NodeKind::MeetingRecord
        && let Some(m) = &meeting_line
    {
        title = Some(m.clone());
    }
    // A presidential statement is made at a meeting its first sentence
    // names (`At the 9262nd meeting of the Security Council, held on …, the
    // President … made the following statement`): that meeting adopted it.
    let mut adopted_at = (kind == NodeKind::PresidentialStatement)
        .then(|| STATEMENT_MEETING.captures(seg))
        .flatten()
        .and_then(|c| c["n"].parse::<u32>().ok())
        .map(|n| Symbol::sc_meeting(n).to_string());
    let mut resolution_date = None;
    // A report's title broken before its last words (`REPORT OF THE
    // SECRETARY-GENERAL PURSUANT TO SECURITY COUNCIL` / `RESOLUTION 913
    // (1994)`, S/1994/600) names the resolution it answers: a document
    // whose symbol line gives another symbol is not that resolution.
    let other_symbol = symbol.as_deref().is_some_and(|s| !s.starts_with("S/RES/"));
    if let Some((n, y)) = resolution
        && !draft
        && !other_symbol
    {
        kind = NodeKind::Resolution;
        symbol = Some(Symbol::sc_resolution(n, y).to_string());
        title.get_or_insert_with(|| format!("Resolution {n} ({y})"));
        adopted_at = ADOPTED_AT
            .find(seg)
            .and_then(|m| adopted_at_meeting(seg, m))
            .map(|n| format!("S/PV.{n}"));
        // A resolution's date is its own statement of it (`Adopted by the
        // Security Council on 30 March 2020`), not a date of the letter that
        // transmits it.
        let opening = SECURITY_COUNCIL_OPENING
            .find(seg)
            .map_or(seg.len().min(1500), |m| m.start());
        let head = &seg[..floor_char_boundary(seg, opening)];
        let adopted_on = ADOPTED_ON
            .captures(head)
            .and_then(|c| stated_iso_date(&c))
            .filter(|d| d.starts_with(&y.to_string()));
        resolution_date = Some(own_date(head, None, n, y).or(adopted_on));
    }
    if let Some(s) = &symbol
        && let Ok(sym) = s.parse::<Symbol>()
        && kind == NodeKind::Document
    {
        kind = NodeKind::from_symbol(&sym);
    }
    // A press release is titled by its headline (the web page's `<h1>`), as
    // a report is by its title: not by its symbol line (`SC/10200`).
    if title.is_none()
        && symbol
            .as_deref()
            .and_then(|s| s.parse::<Symbol>().ok())
            .is_some_and(|s| s.is_press_release())
    {
        title = press_headline(&all_lines);
    }
    let symbol_year = symbol.as_deref().and_then(|s| s.parse::<Symbol>().ok()?.year());
    // A head date is the document's in its symbol's year or the next (a
    // document issued under a symbol is dated when it is issued).
    let in_symbol_year = |d: &String| {
        let y: Option<u16> = d.get(..4).and_then(|y| y.parse().ok());
        match (symbol_year, y) {
            (Some(s), Some(y)) => y == s || y == s + 1,
            (None, Some(_)) => true,
            _ => false,
        }
    };
    let head = head_dates.into_iter().find(in_symbol_year);
    // A resolution of the General Assembly (or of another organ) is dated
    // by its adoption (`Resolution adopted by the General Assembly on 16
    // December 2020`, else its closing `46th plenary meeting` / `16
    // December 2020`), not by its distribution (`Distr.: General 28
    // December 2020`); its closing names the meeting that adopted it.
    // So is another organ's (`Resolution adopted by the Human Rights
    // Council on 4 April 2023`, its closing `56th meeting` / `4 April
    // 2023`); only the General Assembly's closing names a meeting whose
    // symbol is known (`A/75/PV.46`).
    let mut organ_adoption = None;
    let organ_resolution = own_symbol_kind(symbol.as_deref()) == Some(SymbolKind::OrganResolution);
    if kind == NodeKind::GaResolution || organ_resolution {
        let closing = PLENARY_CLOSING
            .captures_iter(seg)
            .filter(|c| organ_resolution || c.name("plenary").is_some())
            .last();
        organ_adoption = ORGAN_ADOPTED_ON
            .captures(seg)
            .and_then(|c| stated_iso_date(&c))
            .or_else(|| closing.as_ref().and_then(|c| stated_iso_date(c)));
        let session = symbol.as_deref().and_then(crate::symbol::ga_session_of);
        if let (Some(c), Some(session)) = (&closing, session)
            && kind == NodeKind::GaResolution
        {
            adopted_at = format!("A/{session}/PV.{}", &c["n"])
                .parse::<Symbol>()
                .ok()
                .map(|s| s.to_string());
        }
    }
    let date = match &title {
        _ if resolution_date.is_some() => resolution_date.flatten(),
        _ if organ_adoption.is_some() => organ_adoption,
        // A meeting record is dated by its meeting (`Friday, 25 February
        // 2022, 3 p.m.`), not by a letter its agenda item names.
        _ if kind == NodeKind::MeetingRecord => meeting_day.or(head),
        Some(t) if t.contains(" dated ") => iso_date(t).or(head),
        _ => head,
    };
    let year = date
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok())
        .or(symbol_year);
    Info {
        symbol,
        aliases,
        kind,
        title,
        date,
        year,
        adopted_at,
    }
}

/// The kind of the symbol `symbol` spells, if it is one.
fn own_symbol_kind(symbol: Option<&str>) -> Option<SymbolKind> {
    symbol.and_then(|s| s.parse::<Symbol>().ok()).map(|s| s.kind())
}

/// The symbols of a joint symbol line (`A/67/970-S/2013/480`,
/// `A/77/69-E/2022/47`, with a hyphen or a dash), or the line itself.
fn joint_halves(line: &str) -> Vec<&str> {
    let mut halves = vec![];
    let mut rest = line;
    while let Some(i) = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '-' | '\u{2013}' | '\u{2014}') && {
                let after = rest[i + c.len_utf8()..].trim_start();
                ["S/", "A/", "E/"].iter().any(|p| after.starts_with(p))
            }
        })
        .map(|(i, _)| i)
    {
        halves.push(rest[..i].trim());
        let dash = rest[i..].chars().next().map_or(1, char::len_utf8);
        rest = rest[i + dash..].trim_start();
    }
    halves.push(rest.trim());
    halves
}

/// A file that is one document: a resolution (sc-resolutions), a Yearbook
/// chapter, or anything else.
fn single_document(
    file: &str,
    stem: &str,
    text: &str,
    published: Option<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Raw {
    let range = 0..text.len();
    let head_end = floor_char_boundary(text, text.len().min(6000));
    let head = &text[..head_end];
    let opening = SECURITY_COUNCIL_OPENING
        .find(head)
        .map_or(head.len().min(1500), |m| m.start());
    let opening = floor_char_boundary(text, opening);
    let header = &text[..opening];
    // Candidates for the resolution's identity, in text order.
    let mut candidates: Vec<(usize, u32, u16)> = Vec::new();
    for m in RESOLUTION_HEADING.find_iter(header) {
        let at = m.start();
        let line_start = header[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = header[line_start..at].trim();
        if !(before.is_empty() || before.ends_with("Resolution") || before.ends_with("GENERAL")) {
            continue;
        }
        let Some((n, y)) = number_and_year_of(&RESOLUTION_HEADING, header, m) else {
            continue;
        };
        if let (Ok(n), Ok(y)) = (n.parse(), y.parse()) {
            candidates.push((at, n, y));
        }
    }
    // The old forms head the text: `102 (1953). Resolution of 3 December 1953`.
    let top = &header[..floor_char_boundary(header, header.len().min(300))];
    for c in OLD_RESOLUTION_HEADING.captures_iter(top) {
        let Ok(n) = c["n"].parse::<u32>() else { continue };
        let y = c
            .name("y")
            .and_then(|y| y.as_str().parse().ok())
            .or_else(|| sc_resolution_year(n));
        if let Some(y) = y {
            candidates.push((c.get(0).map_or(0, |m| m.start()), n, y));
        }
    }
    candidates.sort();
    let from_name = resolution_named_by_file(file).and_then(|s| Some((s.resolution_number()?, s.year()?)));
    // A report answering a resolution heads its text with its own symbol
    // (`S/1994/600`, then `REPORT OF THE SECRETARY-GENERAL PURSUANT TO` /
    // `RESOLUTION 913 (1994)`): it is not that resolution.
    let own_symbol_line = header.lines().take(20).any(|l| {
        let l = l.trim();
        let l = l.strip_prefix("United Nations").unwrap_or(l).trim();
        let l = unglue_date(l, header).unwrap_or_else(|| l.to_string());
        crate::symbol::opens_a_series(&l)
            && !l.starts_with("S/RES/")
            && !l.starts_with("A/RES/")
            && l.parse::<Symbol>().is_ok()
    });
    if own_symbol_line && from_name.is_none() {
        return other_document(stem, text, range);
    }
    // The text is trusted over the file name, unless its heading disagrees
    // with the table of adoption years (a typo: `Resolution 171 (1961) of 9
    // April 1962`) and the file name agrees with it.
    let consistent = |n: u32, y: u16| sc_resolution_year(n).is_none_or(|t| t == y);
    let last_consistent = candidates.iter().rev().find(|c| consistent(c.1, c.2)).copied();
    let mut other_readings = Vec::new();
    let chosen = match (last_consistent, from_name) {
        (Some(c), _) => Some(c),
        (None, Some((n, y))) if consistent(n, y) => {
            // The heading is garbled; what it could have said, for the
            // graph to try should another file hold `n (y)` (two files that
            // hold each other's text: see `DocumentRecord::other_readings`).
            other_readings = candidates
                .iter()
                .flat_map(|&(_, hn, hy)| {
                    one_digit_off(hn)
                        .filter(move |&r| r != n && sc_resolution_year(r) == Some(hy))
                        .map(move |r| Symbol::sc_resolution(r, hy).as_str().to_string())
                })
                .collect();
            other_readings.sort();
            other_readings.dedup();
            let at = candidates.first().map_or(0, |c| c.0);
            Some((at, n, y))
        }
        _ => candidates.last().copied(),
    };
    let identity = chosen.map(|(_, n, y)| (n, y)).or(from_name);
    let Some((n, y)) = identity else {
        return other_document(stem, text, range);
    };
    let symbol = Symbol::sc_resolution(n, y);
    let mut distinct: Vec<(u32, u16)> = candidates.iter().map(|&(_, n, y)| (n, y)).collect();
    distinct.sort();
    distinct.dedup();
    for &(on, oy) in &distinct {
        if (on, oy) != (n, y) {
            diagnostics.push(Diagnostic {
                file: String::new(),
                message: format!(
                    "a heading names {} but the document is {}; using {}",
                    Symbol::sc_resolution(on, oy),
                    symbol,
                    symbol
                ),
            });
        }
    }
    if let Some((fname_n, fname_y)) = from_name
        && (fname_n, fname_y) != (n, y)
    {
        diagnostics.push(Diagnostic {
            file: String::new(),
            message: format!(
                "the file name says {} but the document is {}",
                Symbol::sc_resolution(fname_n, fname_y),
                symbol
            ),
        });
    }
    let from = chosen.map_or(0, |(at, _, _)| at);
    // The adoption line follows the heading, or (in old texts) ends the text.
    // The two spans overlap when the text is short: a line the first one
    // cuts off (S/RES/106 (1955), 2,124 bytes) is whole in the second.
    let near = floor_char_boundary(text, (from + 1500).min(text.len()));
    let tail = floor_char_boundary(text, text.len().saturating_sub(1500).max(from));
    // The adoption line begins a line; a phrase within a sentence ("the
    // agenda adopted by the Security Council at its 1651st meeting", 317
    // (1972); "resolution 30 (1947), adopted … at the 194th meeting", 65
    // (1948); an African Union body's "communiqué … adopted at its 40th
    // meeting") is another meeting, taken only when no line says so.
    let meeting = |hay: &str, line_start: bool| {
        ADOPTED_AT
            .find_iter(hay)
            .find(|m| {
                !line_start
                    || hay[..m.start()]
                        .trim_end_matches([' ', '\t', '\u{a0}'])
                        .ends_with(['\n', '\r'])
            })
            .and_then(|m| adopted_at_meeting(hay, m).map(str::to_string))
    };
    let adopted_at = meeting(&text[from..near], true)
        .or_else(|| meeting(&text[tail..], true))
        .or_else(|| meeting(&text[from..near], false))
        .or_else(|| meeting(&text[tail..], false))
        .map(|n| format!("S/PV.{n}"));
    let date = own_date(header, published, n, y);
    let mut node = Node::new(symbol.as_str(), NodeKind::Resolution, label_for(&symbol));
    node.title = Some(format!("Resolution {n} ({y})"));
    node.year = Some(y);
    node.date = date.and_then(|d| d.parse().ok());
    Raw {
        node,
        range,
        adopted_at,
        parent: None,
        other_readings,
    }
}

/// The resolution a file's name names (`S-RES-289(1970).txt`), if any.
///
/// # Examples
///
/// ```
/// use unxref::extract::segment::resolution_named_by_file;
/// let named = resolution_named_by_file("corpus/S-RES-289(1970).txt").unwrap();
/// assert_eq!(named.as_str(), "S/RES/289 (1970)");
/// assert!(resolution_named_by_file("corpus/letter.txt").is_none());
/// ```
pub fn resolution_named_by_file(path: &str) -> Option<Symbol> {
    let name = Path::new(path).file_name()?.to_str()?;
    let m = RESOLUTION_FILE_NAME.find(name)?;
    let (n, y) = number_and_year_of(&RESOLUTION_FILE_NAME, name, m)?;
    Some(Symbol::sc_resolution(n.parse().ok()?, y.parse().ok()?))
}

/// The numbers that differ from `n` in one digit (a misread or mistyped
/// digit: `239` for `289`), without a leading zero, in increasing order.
fn one_digit_off(n: u32) -> impl Iterator<Item = u32> {
    let digits = n.to_string().into_bytes();
    let mut out = Vec::new();
    for i in 0..digits.len() {
        for d in b'0'..=b'9' {
            if d == digits[i] || (i == 0 && d == b'0') {
                continue;
            }
            let mut other = digits.clone();
            other[i] = d;
            out.extend(
                std::str::from_utf8(&other)
                    .ok()
                    .and_then(|s| s.parse::<u32>().ok()),
            );
        }
    }
    out.sort_unstable();
    out.into_iter()
}

/// The `n` and `y` groups of the match `m` of `re` in `haystack`
/// ([`RESOLUTION_HEADING`] or [`RESOLUTION_FILE_NAME`]): read off an ASCII
/// match ([`number_and_year`]), else captured.
fn number_and_year_of<'h>(re: &Regex, haystack: &'h str, m: regex::Match<'h>) -> Option<(&'h str, &'h str)> {
    number_and_year(m.as_str()).or_else(|| {
        let c = re.captures_at(haystack, m.start())?;
        Some((c.name("n")?.as_str(), c.name("y")?.as_str()))
    })
}

/// The date a resolution file states for the resolution `n (y)` in its
/// head (the text before `The Security Council,`) or in a web copy's
/// metadata (`published`, removed from the text by normalization), or none.
///
/// Only the document's statements of its own date are read, in this order:
/// its adoption line (`Adopted by the Security Council at its 3453rd
/// meeting, on 8 November 1994`), its dated heading (`Resolution 10 (1946)
/// of 4 November 1946`, `102 (1953). Resolution of 3 December 1953`), a web
/// copy's `Publication Date`, and its distribution date (`Distr.: General 8
/// February 2001`). The first text date after the heading is not one of
/// them: in `Resolution 955 (1994)` / `The Security Council,` / `… resolution
/// 935 (1994) of 1 July 1994` it is 935's. A statement whose year is not the
/// symbol's is a typo (`Adopted … at its 2378th meeting held on 15 June
/// 1872` for 510 (1982)) and is passed over: a resolution is adopted in its
/// symbol's year, so with no statement that agrees the date stays unknown.
fn own_date(header: &str, published: Option<&str>, n: u32, y: u16) -> Option<String> {
    let agrees = |d: &Option<String>| d.as_deref().and_then(|d| d.get(..4)) == Some(y.to_string().as_str());
    let own_heading = |before: &str| {
        RESOLUTION_HEADING.find_iter(before).last().is_some_and(|m| {
            m.end() == before.len()
                && first_number(m.as_str())
                    .or_else(|| {
                        let c = RESOLUTION_HEADING.captures_at(before, m.start())?;
                        c.name("n").map(|g| g.as_str())
                    })
                    .is_some_and(|g| g.parse() == Ok(n))
        })
    };
    // An adoption line opens its line or follows the resolution's heading
    // (`Resolution 510 (1982) Adopted by …`): in a text whose head runs into
    // its preamble, `the agenda adopted by the Security Council at its
    // 1651st meeting held on 18 July 1972` (317 (1972)) is another act's.
    // Each statement is found without its groups, its date read off the
    // match ([`stated_date_of`]).
    let adoption = ADOPTION_STATEMENT
        .find_iter(header)
        .filter(|m| {
            let at = m.start();
            let before = header[header[..at].rfind('\n').map_or(0, |i| i + 1)..at].trim_end();
            before.trim_start().is_empty() || own_heading(before)
        })
        .map(|m| stated_date_of(&ADOPTION_STATEMENT, header, m));
    let heading = DATED_HEADING
        .find_iter(header)
        .filter(|m| {
            first_number(m.as_str())
                .or_else(|| {
                    let c = DATED_HEADING.captures_at(header, m.start())?;
                    c.name("n").or_else(|| c.name("old")).map(|g| g.as_str())
                })
                .is_some_and(|g| g.parse() == Ok(n))
        })
        .map(|m| stated_date_of(&DATED_HEADING, header, m));
    let publication = published.and_then(|p| {
        let m = PUBLICATION_DATE.find(p)?;
        Some(stated_date_of(&PUBLICATION_DATE, p, m))
    });
    let distribution = DISTRIBUTION_DATE
        .find_iter(header)
        .map(|m| stated_date_of(&DISTRIBUTION_DATE, header, m));
    adoption
        .chain(heading)
        .chain(publication)
        .chain(distribution)
        .find(agrees)
        .flatten()
}

/// A single document that is not a resolution: its first line is its title.
fn other_document(stem: &str, text: &str, range: Range<usize>) -> Raw {
    let info = describe(text, range.clone(), None);
    let yearbook = text.starts_with("PART ") || text.contains("Yearbook of the United Nations");
    let kind = if yearbook && info.symbol.is_none() {
        NodeKind::Yearbook
    } else {
        info.kind
    };
    let id = info
        .symbol
        .clone()
        .unwrap_or_else(|| format!("{stem}#{}", derived_word(kind)));
    let title = info.title.clone().or_else(|| {
        // Past a PDF's masthead (`UNITEDUNITED SNATIONSNATIONS`).
        let mut from = 0;
        for line in text.split_inclusive('\n').take(5) {
            if !line.trim().is_empty() && !is_masthead(line) {
                break;
            }
            from += line.len();
        }
        let first = title_line(text.get(from..).filter(|t| !t.is_empty()).unwrap_or(text));
        // The letterhead (`United Nations` and the symbol) heads a document
        // whose title its head did not show: it is no title.
        (!is_letterhead(&first)).then_some(first)
    });
    let mut raw = Info { kind, title, ..info }.into_raw(id, range, None);
    raw.node.kind = kind;
    raw
}

/// The `adopted_as` link from the draft `draft` to `resolution`, adopted
/// on `date`, with its evidence.
fn adoption_link(draft: &Symbol, resolution: &Symbol, date: Option<Date>, evidence: Evidence) -> Link {
    let mut source = NodeRef::document(draft);
    source.kind = NodeKind::DraftResolution;
    Link {
        source,
        target: NodeRef::document(resolution),
        kind: EdgeKind::AdoptedAs,
        attrs: EdgeAttrs {
            count: 1,
            date,
            evidence: Some(evidence),
            ..EdgeAttrs::default()
        },
    }
}

/// The evidence of what `span` of `segment`'s text says: its line and the
/// words around it.
fn read_at(file: &str, normalized: &Normalized, segment: &Segment, span: Range<usize>) -> Evidence {
    let within = &normalized.text[segment.range.clone()];
    Evidence {
        file: file.to_string(),
        line: normalized.line_at(segment.range.start + span.start),
        quote: quote_around(within, span.start, span.end),
        page: None,
    }
}

/// A short quote around `start..end` of `text`, on one line, at most ~200 chars.
pub(crate) fn quote_around(text: &str, start: usize, end: usize) -> String {
    // Look for the line's ends only within the quote's reach: scanning a
    // 10 MB line to its start for every reference in it is quadratic.
    let back = floor_char_boundary(text, start.saturating_sub(100));
    let on = floor_char_boundary(text, (end + 80).min(text.len()));
    // The `memchr` crate's searches: the standard library's byte search
    // is not vectorised.
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[back..start]).map(|i| back + i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..on]).map(|i| end + i);
    let mut from = line_start.unwrap_or(back);
    let mut to = line_end.unwrap_or(on);
    // Cut inside the line: start and end on word boundaries.
    if line_start.is_none()
        && back > 0
        && bytes[back - 1] != b'\n'
        && let Some(sp) = memchr::memchr(b' ', &bytes[from..start])
    {
        from += sp + 1;
    }
    if line_end.is_none()
        && on < text.len()
        && bytes[on] != b'\n'
        && let Some(sp) = memchr::memrchr(b' ', &bytes[end..to])
    {
        to = end + sp;
    }
    text[from..to].trim().to_string()
}

/// The fewest bytes of text a [`text_digest`] must cover: below it, two
/// documents' texts are too short to tell a copy from a coincidence.
const DIGEST_MIN_BYTES: usize = 200;

/// The digest [`DocumentRecord::text_digest`] holds: the text's bytes,
/// leaving out each line that names the document's own number (`266` in
/// "Resolution 266 (1969)" and "S/RES/266 (1969)", the digits of its id
/// other than its year), so that two files holding one
/// text under two headings get one digest. `None` when fewer than
/// [`DIGEST_MIN_BYTES`] bytes are left. The hash is the extractor's own
/// [`WordHasher`], which does not change with a dependency: digests travel
/// in the Spark job's tables between builds.
fn text_digest(text: &str, id: &str) -> Option<u64> {
    let year = id.parse::<crate::Symbol>().ok().and_then(|s| s.year());
    let own_numbers = id
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty() && run.parse::<u16>().ok().is_none_or(|n| Some(n) != year));
    // The lines that name the document, found by one search of the whole
    // text for each of its numbers (not a search of each line).
    let bytes = text.as_bytes();
    let mut naming: Vec<Range<usize>> = Vec::new();
    for number in own_numbers {
        for at in memchr::memmem::find_iter(bytes, number) {
            let before = bytes[..at].last();
            let after = bytes.get(at + number.len());
            if before.is_some_and(u8::is_ascii_digit) || after.is_some_and(u8::is_ascii_digit) {
                continue;
            }
            let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
            naming.push(start..end);
        }
    }
    naming.sort_unstable_by_key(|r| r.start);
    let mut digest = Digest::default();
    let mut from = 0;
    for line in naming {
        if line.start > from {
            digest.write(&bytes[from..line.start]);
        }
        from = from.max(line.end);
    }
    digest.write(&bytes[from.min(bytes.len())..]);
    (digest.bytes >= DIGEST_MIN_BYTES).then(|| digest.finish())
}

/// A text digest as it is fed: the [`WordHasher`] and the bytes it was given.
#[derive(Default)]
struct Digest {
    hasher: WordHasher,
    bytes: usize,
}

impl Digest {
    fn write(&mut self, bytes: &[u8]) {
        self.hasher.write(bytes);
        self.bytes += bytes.len();
    }

    fn finish(&self) -> u64 {
        self.hasher.finish()
    }
}
