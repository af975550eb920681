//! Entry points shared by the fuzz targets (`fuzz/`) and the replay test
//! (`tests/suite/fuzz_replay.rs`): each takes arbitrary bytes, runs one stage on
//! them and panics only when that stage breaks one of its own promises (a
//! panic inside the stage, an extraction whose evidence points outside the
//! file, a snapshot that loads but does not save back the same). Not part of
//! the public API.

use std::path::Path;
use std::sync::LazyLock;

use crate::extract::{normalize, segment};
use crate::graph::snapshot::{FORMAT_VERSION, MAGIC};
use crate::query::Limits;
use crate::{CitationGraph, Extractor, Symbol};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The graph of the bundled corpus (`data/`), built once per process.
pub static DATA_GRAPH: LazyLock<CitationGraph> = LazyLock::new(|| {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let corpus = EXTRACTOR.extract_paths(&[data]);
    assert!(corpus.errors.is_empty(), "data/ loads: {:?}", corpus.errors);
    CitationGraph::from_extractions(corpus.extractions)
});

/// Limits small enough that one fuzz input runs in milliseconds on the data/
/// graph; a query can still raise them with `set`, which is part of what is
/// being tested.
fn fuzz_limits() -> Limits {
    Limits {
        max_depth: 6,
        max_rows: 500,
        max_paths: 20,
        max_path_length: 5,
        max_visits: 20_000,
        cancel: None,
    }
}

/// Parse and evaluate `data` (as UTF-8, lossily) as a query on the data/
/// graph. Any result or error is fine; a panic is not, and a query that
/// parses must print (as `explain` shows it) to a formal text that parses
/// back to the same formal text.
pub fn query(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(program) = crate::query::parse(&text) {
        let formal = program.to_string();
        match crate::query::parse(&formal) {
            Ok(again) => assert_eq!(
                again.to_string(),
                formal,
                "the formal form of {text:?} changes when re-read"
            ),
            Err(e) => panic!("the formal form {formal:?} of {text:?} does not parse: {e}"),
        }
    }
    query_on(&DATA_GRAPH, &text);
}

fn query_on(graph: &CitationGraph, text: &str) {
    // Errors are an answer too: they must render to a message.
    match graph.query_with(text, fuzz_limits()) {
        Ok(table) => drop(table.to_text()),
        Err(e) => drop(e.to_string()),
    }
}

/// Decode `data` as a corpus file, extract it, and check what the extractor
/// promises: segment ranges inside the normalized text and on character
/// boundaries, evidence on a line of the file, symbols of documents in
/// canonical form.
pub fn extract(data: &[u8]) {
    let Ok(source) = crate::corpus::decode("fuzz/input.txt", data) else {
        return;
    };
    let lines = source.text.split('\n').count() as u32;
    let normalized = normalize::normalize(&source.text);
    for seg in segment::segment(&source.path, &normalized) {
        let r = &seg.range;
        assert!(
            r.start <= r.end && r.end <= normalized.text.len(),
            "segment {} has range {r:?} in a text of {} bytes",
            seg.record.node.id,
            normalized.text.len()
        );
        assert!(
            normalized.text.is_char_boundary(r.start) && normalized.text.is_char_boundary(r.end),
            "segment {} range {r:?} splits a character",
            seg.record.node.id
        );
    }
    let extraction = EXTRACTOR.extract(&source);
    for link in &extraction.links {
        if let Some(ev) = &link.attrs.evidence {
            assert!(
                (1..=lines).contains(&ev.line),
                "evidence of {} -> {} on line {} of a {lines}-line file",
                link.source.id,
                link.target.id,
                ev.line
            );
        }
        check_symbol_id(&link.target.id, link.target.kind.is_document());
    }
    for doc in &extraction.documents {
        check_symbol_id(&doc.node.id, doc.node.kind.is_document());
        let (from, to) = doc.lines;
        assert!(
            from <= to && to <= lines.max(1),
            "document {} spans lines {from}-{to} of a {lines}-line file",
            doc.node.id
        );
    }
    // The graph built from it must hold together too.
    let graph = CitationGraph::from_extractions([extraction]);
    let _ = graph.stats();
}

/// Read `data` as a PDF and extract it: the reader must not panic (a panic
/// inside the PDF library is caught and reported as a damaged file), and
/// every piece of evidence must name a page of the file and a line of that
/// page.
pub fn pdf(data: &[u8]) {
    let Ok(source) = crate::read::extract("fuzz/input.pdf", data, crate::read::Format::Pdf) else {
        return;
    };
    let pages = source.pages.len() as u32;
    assert!(pages >= 1, "a PDF read without error has a page");
    let extraction = EXTRACTOR.extract(&source);
    let evidence = extraction
        .links
        .iter()
        .filter_map(|l| l.attrs.evidence.as_ref())
        .chain(extraction.documents.iter().filter_map(|d| d.node.source.as_ref()));
    for ev in evidence {
        let page = ev.page.expect("PDF evidence has a page");
        assert!((1..=pages).contains(&page), "evidence on page {page} of {pages}");
        assert!(ev.line >= 1, "evidence on line 0 of page {page}");
    }
}

/// A document id that looks like a symbol (no derived `#` part) must be the
/// canonical form of itself.
fn check_symbol_id(id: &str, is_document: bool) {
    if !is_document || id.contains('#') {
        return;
    }
    if let Ok(symbol) = id.parse::<Symbol>() {
        assert_eq!(symbol.as_str(), id, "document id is not in canonical form");
    }
}

/// Load `data` as a snapshot. Bytes that start with the snapshot magic are
/// loaded as a whole file; other bytes are taken as a payload and given a
/// valid header and checksum first, so the fuzzer reaches the decoder. A
/// snapshot that loads must save back to bytes that load to the same graph,
/// and must stand up to queries and exports.
pub fn snapshot(data: &[u8]) {
    let path = Path::new("fuzz.snapshot");
    let bytes = if data.starts_with(MAGIC) {
        data.to_vec()
    } else {
        wrap_payload(data)
    };
    let Ok(graph) = CitationGraph::from_snapshot_bytes(&bytes, path) else {
        return;
    };
    let saved = graph.to_snapshot_bytes();
    let again = CitationGraph::from_snapshot_bytes(&saved, path).expect("a saved snapshot loads back");
    assert_eq!(
        again.to_snapshot_bytes(),
        saved,
        "snapshot round trip changed the graph"
    );
    let _ = crate::graph::export::to_json(&graph);
    for node in graph.nodes().take(3) {
        query_on(&graph, &format!("show {:?}", node.id));
        query_on(&graph, &format!("what cites {:?}", node.id));
    }
    query_on(&graph, "top 3 most cited");
}

/// A snapshot file around `payload`: magic, version, length, CRC-32.
pub fn wrap_payload(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(24 + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}
