//! N-Triples with stable IRIs, so the graph loads into any SPARQL store.
//!
//! IRIs:
//! - a document is `https://undocs.org/` + its symbol, percent-encoded with
//!   `/` and `()` kept: `S/RES/2531 (2020)` → `<https://undocs.org/S/RES/2531%20(2020)>`;
//!   a Yearbook page is `https://unxref.org/id/yearbook/<id>`, and a document
//!   without a symbol of its own (an annexed statement) `https://unxref.org/id/document/<id>`;
//! - an actor, state or person is `https://unxref.org/id/<kind>/<name>`:
//!   `actor:MINUSMA` → `<https://unxref.org/id/actor/MINUSMA>`,
//!   `person:Nicolas de Rivière` → `<https://unxref.org/id/person/Nicolas%20de%20Rivi%C3%A8re>`;
//! - classes and predicates live in `https://unxref.org/ns#`: the node kind
//!   in CamelCase is the class (`unx:Resolution`), the edge kind in
//!   camelCase the predicate (`unx:cites`, `unx:adoptedAs`, `unx:voted`).
//!
//! Node attributes: `rdf:type`, `unx:id` (our id), `rdfs:label`,
//! `dcterms:title`, `dcterms:date` (`xsd:date` when it is one), `unx:year`
//! (`xsd:integer`), `unx:agenda`, `unx:category`, `skos:altLabel` (one per
//! alias), `unx:held` (`xsd:boolean`), `unx:sourceFile`, `unx:sourceLine`,
//! `unx:sourcePage` (PDFs), `unx:sourceQuote`; for a resolution whose vote
//! was read, `unx:unanimous` and `unx:withoutVote` (`xsd:boolean`), the
//! counts `unx:votesInFavour`, `unx:votesAgainst`, `unx:abstentions`,
//! `unx:notParticipating` (`xsd:integer`, each only where stated) and where
//! it was read, `unx:tallyFile`, `unx:tallyLine`, `unx:tallyQuote`;
//! `unx:meeting`, the meeting that adopted it; and `unx:citations`, the
//! number of documents citing the node. A fact the graph does not record
//! has no triple: absence is never written as `false` or `0`.
//!
//! Edge attributes use standard RDF reification, not RDF-star, so any RDF
//! 1.1 store takes them: besides the triple `s unx:cites o`, each edge has a
//! blank node `_:eN` (N its position in sorted order) that is an
//! `rdf:Statement` with `rdf:subject`, `rdf:predicate`, `rdf:object`, and
//! carries `unx:relation`, `unx:paragraph`, `unx:pinpoint`, `unx:position`,
//! `unx:date`, `unx:role`, `unx:represents` (the state's IRI), `unx:count`,
//! `unx:evidenceFile`, `unx:evidenceLine`, `unx:evidencePage` (PDFs) and
//! `unx:evidenceQuote`. Blank-node
//! labels are deterministic for a given graph but not stable across graphs;
//! join on `rdf:subject`/`rdf:predicate`/`rdf:object`.

use std::fmt::Write as _;

use crate::graph::CitationGraph;
use crate::model::{Edge, EdgeKind, Node, NodeKind};
use crate::symbol::{Symbol, SymbolKind};

/// Base IRI of documents: `https://undocs.org/` + the percent-encoded symbol.
///
/// ```
/// use unxref::graph::export::{ACTOR_BASE, DOCUMENT_BASE, VOCAB, node_iri};
/// assert!(node_iri("S/PRST/2018/10").starts_with(DOCUMENT_BASE));
/// assert!(node_iri("state:France").starts_with(ACTOR_BASE));
/// assert_eq!(format!("{VOCAB}cites"), "https://unxref.org/ns#cites");
/// ```
pub const DOCUMENT_BASE: &str = "https://undocs.org/";
/// Base IRI of actors, states and persons: `https://unxref.org/id/<kind>/<name>`.
///
/// # Examples
///
/// ```
/// use unxref::graph::export::{ACTOR_BASE, node_iri};
/// assert_eq!(node_iri("actor:MINUSMA"), format!("{ACTOR_BASE}actor/MINUSMA"));
/// ```
pub const ACTOR_BASE: &str = "https://unxref.org/id/";
/// Namespace of unxref's classes and predicates.
///
/// # Examples
///
/// ```
/// use unxref::graph::export::{VOCAB, to_ntriples};
/// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
/// let mut graph = CitationGraph::new();
/// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
/// graph.add_link(&Link { source: doc("S/RES/2531 (2020)"), target: doc("S/RES/2480 (2019)"), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() });
/// assert!(to_ntriples(&graph).contains(&format!("<{VOCAB}cites>")));
/// ```
pub const VOCAB: &str = "https://unxref.org/ns#";

const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
const DCTERMS: &str = "http://purl.org/dc/terms/";
const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

/// The stable IRI of the node with id `id` (without angle brackets).
///
/// ```
/// use unxref::graph::export::node_iri;
/// assert_eq!(node_iri("S/RES/2531 (2020)"), "https://undocs.org/S/RES/2531%20(2020)");
/// assert_eq!(node_iri("actor:FC-G5S"), "https://unxref.org/id/actor/FC-G5S");
/// assert_eq!(node_iri("state:Côte d'Ivoire"), "https://unxref.org/id/state/C%C3%B4te%20d%27Ivoire");
/// assert_eq!(node_iri("YUN 2005, p. 251"), "https://unxref.org/id/yearbook/YUN%202005%2C%20p.%20251");
/// assert_eq!(node_iri("002_4635#letter/annex-XIX"), "https://unxref.org/id/document/002_4635%23letter/annex-XIX");
/// ```
pub fn node_iri(id: &str) -> String {
    for prefix in ["actor", "state", "person"] {
        if let Some(name) = id.strip_prefix(prefix).and_then(|rest| rest.strip_prefix(':')) {
            let mut iri = format!("{ACTOR_BASE}{prefix}/");
            percent_encode(name, false, &mut iri);
            return iri;
        }
    }
    match id.parse::<Symbol>() {
        // Yearbook pages are not UN documents: undocs.org does not serve them.
        Ok(symbol) if symbol.kind() == SymbolKind::Yearbook => {
            let mut iri = format!("{ACTOR_BASE}yearbook/");
            percent_encode(id, false, &mut iri);
            iri
        }
        Ok(_) => {
            let mut iri = DOCUMENT_BASE.to_string();
            percent_encode(id, true, &mut iri);
            iri
        }
        // A document held without a symbol of its own (an annexed statement).
        Err(_) => {
            let mut iri = format!("{ACTOR_BASE}document/");
            percent_encode(id, true, &mut iri);
            iri
        }
    }
}

/// The graph as N-Triples (see the module docs for the vocabulary).
///
/// ```
/// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef};
/// let mut graph = CitationGraph::new();
/// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
/// graph.add_link(&Link {
///     source: doc("S/RES/2531 (2020)"),
///     target: doc("S/RES/1325 (2000)"),
///     kind: EdgeKind::Cites,
///     attrs: EdgeAttrs { relation: Some("recalling \"all\"".into()), ..EdgeAttrs::default() },
/// });
/// let nt = unxref::graph::export::to_ntriples(&graph);
/// assert!(nt.contains("<https://undocs.org/S/RES/2531%20(2020)> <https://unxref.org/ns#cites> <https://undocs.org/S/RES/1325%20(2000)> .\n"));
/// assert!(nt.contains("_:e0 <https://unxref.org/ns#relation> \"recalling \\\"all\\\"\" .\n"));
/// ```
pub fn to_ntriples(graph: &CitationGraph) -> String {
    let mut out = String::with_capacity(graph.node_count() * 400 + graph.edge_count() * 800);
    for node in graph.nodes() {
        let ix = graph.index_of(&node.id);
        let meeting = ix.and_then(|ix| graph.adopting_meeting(ix));
        let citations = ix.map_or(0, |ix| graph.citation_count(ix));
        node_triples(node, meeting, citations, &mut out);
    }
    for (i, edge) in graph.edges().enumerate() {
        let s = format!("<{}>", node_iri(&edge.source.id));
        let o = format!("<{}>", node_iri(&edge.target.id));
        let p = format!("<{VOCAB}{}>", predicate(edge.edge.kind));
        let _ = writeln!(out, "{s} {p} {o} .");
        edge_triples(&format!("_:e{i}"), &s, &p, &o, edge.edge, &mut out);
    }
    out
}

/// `meeting`: the meeting that adopted the node, with a tally or not
/// ([`CitationGraph::adopting_meeting`]); `citations`: the graph's one
/// count of the documents citing it ([`CitationGraph::citation_count`]).
fn node_triples(node: &Node, meeting: Option<u32>, citations: usize, out: &mut String) {
    let s = format!("<{}>", node_iri(&node.id));
    let _ = writeln!(out, "{s} <{RDF}type> <{VOCAB}{}> .", class(node.kind));
    let mut lit = |p: String, value: &str, datatype: Option<&str>| {
        let _ = write!(out, "{s} <{p}> ");
        literal(value, datatype, out);
        out.push_str(" .\n");
    };
    lit(format!("{VOCAB}id"), &node.id, None);
    lit(format!("{RDFS}label"), &node.label, None);
    if let Some(title) = &node.title {
        lit(format!("{DCTERMS}title"), title, None);
    }
    if let Some(date) = node.date {
        lit(
            format!("{DCTERMS}date"),
            &date.to_string(),
            Some(&format!("{XSD}date")),
        );
    }
    if let Some(year) = node.year {
        lit(
            format!("{VOCAB}year"),
            &year.to_string(),
            Some(&format!("{XSD}integer")),
        );
    }
    if let Some(agenda) = &node.agenda {
        lit(format!("{VOCAB}agenda"), agenda, None);
    }
    if let Some(category) = node.category {
        lit(format!("{VOCAB}category"), category.as_str(), None);
    }
    for alias in &node.aliases {
        lit(format!("{SKOS}altLabel"), alias, None);
    }
    lit(
        format!("{VOCAB}held"),
        if node.held { "true" } else { "false" },
        Some(&format!("{XSD}boolean")),
    );
    if let Some(source) = &node.source {
        lit(format!("{VOCAB}sourceFile"), &source.file, None);
        lit(
            format!("{VOCAB}sourceLine"),
            &source.line.to_string(),
            Some(&format!("{XSD}integer")),
        );
        if let Some(page) = source.page {
            lit(
                format!("{VOCAB}sourcePage"),
                &page.to_string(),
                Some(&format!("{XSD}integer")),
            );
        }
        lit(format!("{VOCAB}sourceQuote"), &source.quote, None);
    }
    if let Some(t) = &node.tally {
        // Adopted without a vote: neither unanimous nor not, so not said.
        if !t.without_vote {
            lit(
                format!("{VOCAB}unanimous"),
                if t.unanimous { "true" } else { "false" },
                Some(&format!("{XSD}boolean")),
            );
        }
        lit(
            format!("{VOCAB}withoutVote"),
            if t.without_vote { "true" } else { "false" },
            Some(&format!("{XSD}boolean")),
        );
        if let Some(evidence) = &t.evidence {
            lit(format!("{VOCAB}tallyFile"), &evidence.file, None);
            lit(
                format!("{VOCAB}tallyLine"),
                &evidence.line.to_string(),
                Some(&format!("{XSD}integer")),
            );
            lit(format!("{VOCAB}tallyQuote"), &evidence.quote, None);
        }
        for (name, value) in [
            ("votesInFavour", t.in_favour),
            ("votesAgainst", t.against),
            ("abstentions", t.abstaining),
            ("notParticipating", t.not_participating),
        ] {
            if let Some(v) = value {
                lit(
                    format!("{VOCAB}{name}"),
                    &v.to_string(),
                    Some(&format!("{XSD}integer")),
                );
            }
        }
    }
    if let Some(m) = meeting {
        lit(
            format!("{VOCAB}meeting"),
            &m.to_string(),
            Some(&format!("{XSD}integer")),
        );
    }
    lit(
        format!("{VOCAB}citations"),
        &citations.to_string(),
        Some(&format!("{XSD}integer")),
    );
}

fn edge_triples(b: &str, s: &str, p: &str, o: &str, edge: &Edge, out: &mut String) {
    let _ = writeln!(out, "{b} <{RDF}type> <{RDF}Statement> .");
    let _ = writeln!(out, "{b} <{RDF}subject> {s} .");
    let _ = writeln!(out, "{b} <{RDF}predicate> {p} .");
    let _ = writeln!(out, "{b} <{RDF}object> {o} .");
    let a = edge.attrs();
    let mut lit = |name: &str, value: &str, datatype: Option<&str>| {
        let _ = write!(out, "{b} <{VOCAB}{name}> ");
        literal(value, datatype, out);
        out.push_str(" .\n");
    };
    let integer = format!("{XSD}integer");
    let paragraph = a.paragraph.map(|p| p.to_string());
    for (name, value) in [
        ("relation", &a.relation),
        ("paragraph", &paragraph),
        ("pinpoint", &a.pinpoint),
    ] {
        if let Some(value) = value {
            lit(name, value, None);
        }
    }
    if let Some(position) = a.position {
        lit("position", position.as_str(), None);
    }
    if let Some(date) = a.date {
        lit("date", &date.to_string(), Some(&format!("{XSD}date")));
    }
    if let Some(role) = &a.role {
        lit("role", role, None);
    }
    lit("count", &a.count.to_string(), Some(&integer));
    if let Some(evidence) = &a.evidence {
        lit("evidenceFile", &evidence.file, None);
        lit("evidenceLine", &evidence.line.to_string(), Some(&integer));
        if let Some(page) = evidence.page {
            lit("evidencePage", &page.to_string(), Some(&integer));
        }
        lit("evidenceQuote", &evidence.quote, None);
    }
    if let Some(state) = &a.represents {
        let _ = writeln!(out, "{b} <{VOCAB}represents> <{}> .", node_iri(state));
    }
}

/// The class name of a node kind: `ga_resolution` → `GaResolution`.
fn class(kind: NodeKind) -> String {
    camel(kind.as_str(), true)
}

/// `snake_case` → `camelCase` (or `CamelCase` with `upper_first`).
fn camel(snake: &str, upper_first: bool) -> String {
    let mut out = String::with_capacity(snake.len());
    for (i, word) in snake.split('_').enumerate() {
        let mut chars = word.chars();
        if let Some(c) = chars.next() {
            if i > 0 || upper_first {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            out.push_str(chars.as_str());
        }
    }
    out
}

/// The predicate name of an edge kind: `adopted_as` → `adoptedAs`.
fn predicate(kind: EdgeKind) -> String {
    camel(kind.as_str(), false)
}

/// Percent-encode `s` as an IRI path segment (or path, keeping `/`, when
/// `keep_slash`): unreserved characters and `()` stay, everything else,
/// including non-ASCII, becomes `%XX` of its UTF-8 bytes. The result never
/// holds a character the N-Triples IRIREF production forbids.
fn percent_encode(s: &str, keep_slash: bool, out: &mut String) {
    for byte in s.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'(' | b')')
            || (keep_slash && byte == b'/');
        if keep {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

/// Write `value` as an N-Triples literal: `"…"` with `"`, `\`, LF and CR
/// escaped (the STRING_LITERAL_QUOTE production), other control characters
/// as `\uXXXX`, and `^^<datatype>` when given.
fn literal(value: &str, datatype: Option<&str>, out: &mut String) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    if let Some(datatype) = datatype {
        let _ = write!(out, "^^<{datatype}>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_per_the_grammar() {
        let mut out = String::new();
        literal("a\"b\\c\nd\re\tf\u{1}g é", None, &mut out);
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g é\"");
    }

    #[test]
    fn predicates_and_classes_are_camel_case() {
        assert_eq!(predicate(EdgeKind::ExtendsMandate), "extendsMandate");
        assert_eq!(class(NodeKind::PresidentialStatement), "PresidentialStatement");
    }

    #[test]
    fn iris_encode_what_iriref_forbids() {
        let iri = node_iri("person:a<b>\"{c}|^`\\ %");
        assert_eq!(
            iri,
            "https://unxref.org/id/person/a%3Cb%3E%22%7Bc%7D%7C%5E%60%5C%20%25"
        );
        assert_eq!(node_iri("A/RES/377 (V)"), "https://undocs.org/A/RES/377%20(V)");
        assert_eq!(
            node_iri("S/2010/200/Corr.1"),
            "https://undocs.org/S/2010/200/Corr.1"
        );
    }
}
