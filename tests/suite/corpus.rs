//! The extractor over the real corpus of 2,259 Security Council resolutions
//! in ../shared/corpus/sc-resolutions, when it is present.

use crate::common;

use std::collections::BTreeSet;

use unxref::{Corpus, EdgeKind, Extraction, NodeKind, Paragraph};

/// The ids an extraction cites, in the order found.
fn cited_ids(x: &Extraction) -> impl Iterator<Item = &str> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| l.target.id.as_str())
}

fn file<'c>(corpus: &'c Corpus, name: &str) -> &'c Extraction {
    corpus
        .extractions
        .iter()
        .find(|x| x.file.ends_with(name))
        .unwrap_or_else(|| panic!("{name} not loaded"))
}

#[test]
fn every_file_loads_as_one_resolution() {
    let corpus = corpus_or_skip!();
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    assert_eq!(corpus.extractions.len(), 2259);
    for x in &corpus.extractions {
        assert_eq!(x.documents.len(), 1, "{}", x.file);
        let doc = &x.documents[0].node;
        assert_eq!(doc.kind, NodeKind::Resolution, "{}: {}", x.file, doc.id);
        assert!(doc.id.starts_with("S/RES/"), "{}: {}", x.file, doc.id);
    }
    // Distinct ids for nearly every file: only real duplicates in the corpus
    // (two files holding one resolution's text) may collide.
    let ids: BTreeSet<_> = corpus
        .extractions
        .iter()
        .map(|x| x.documents[0].node.id.as_str())
        .collect();
    assert!(ids.len() >= 2255, "only {} distinct ids", ids.len());
}

/// The file named `S-RES-893(1994).txt` carries a refworld page title that
/// names resolution 1095 (1997), but its text is resolution 893 (1994):
/// adopted at the 3326th meeting on 6 January 1994, on UNAMIR in Rwanda.
/// The text wins, and the title's claim is reported.
#[test]
fn mislabelled_file_is_identified_by_its_text() {
    let corpus = corpus_or_skip!();
    let x = file(corpus, "S-RES-893(1994).txt");
    let doc = &x.documents[0];
    assert_eq!(doc.node.id, "S/RES/893 (1994)");
    assert_eq!(doc.adopted_at.as_deref(), Some("S/PV.3326"));
    assert_eq!(
        doc.node.date.map(|v| v.to_string()).as_deref(),
        Some("1994-01-06")
    );
    assert!(
        x.diagnostics
            .iter()
            .any(|d| d.message.contains("S/RES/1095 (1997)")),
        "{:?}",
        x.diagnostics
    );
    let cited: BTreeSet<_> = cited_ids(x).collect();
    // The refworld title's "Resolution 1095 (1997)" is not a citation.
    assert!(!cited.contains("S/RES/1095 (1997)"));
    for id in [
        "S/RES/872 (1993)",
        "S/RES/812 (1993)",
        "S/RES/846 (1993)",
        "S/RES/891 (1993)",
    ] {
        assert!(cited.contains(id), "{id} missing from {cited:?}");
    }
    // The real 1095 (1997) is its own file.
    let real = file(corpus, "S-RES-1095(1997).txt");
    assert_eq!(real.documents[0].node.id, "S/RES/1095 (1997)");
}

#[test]
fn refworld_metadata_is_not_cited_and_meetings_are_read() {
    let corpus = corpus_or_skip!();
    let x = file(corpus, "S-RES-500(1982).txt");
    let doc = &x.documents[0];
    assert_eq!(doc.node.id, "S/RES/500 (1982)");
    assert_eq!(doc.adopted_at.as_deref(), Some("S/PV.2330"));
    let cited: Vec<_> = cited_ids(x).collect();
    // "Having considered the item on the agenda of its 2329th meeting, as
    // contained in document S/Agenda/2329/Rev.1" (line 35); "the 2329th
    // meeting" (36); "the question contained in document
    // S/Agenda/2329/Rev.1" (37).
    assert_eq!(
        cited,
        [
            "S/PV.2329",
            "S/Agenda/2329/Rev.1",
            "S/PV.2329",
            "S/Agenda/2329/Rev.1"
        ]
    );
}

/// The meeting of adoption is the adoption line's, not a meeting named
/// earlier with the word "adopted": the agenda's (317 (1972)), another
/// resolution's (65 (1948)), an African Union body's (1633 (2005)).
#[test]
fn the_meeting_of_adoption_is_the_adoption_lines() {
    let corpus = corpus_or_skip!();
    for (name, meeting) in [
        ("S-RES-317(1972).txt", "S/PV.1653"),
        ("S-RES-65(1948).txt", "S/PV.395"),
        ("S-RES-1633(2005).txt", "S/PV.5288"),
        ("S-RES-100(1953).txt", "S/PV.631"),
        ("S-RES-345(1974).txt", "S/PV.1761"),
    ] {
        let x = file(corpus, name);
        assert_eq!(x.documents[0].adopted_at.as_deref(), Some(meeting), "{name}");
    }
}

#[test]
fn pdf_page_furniture_is_not_cited() {
    let corpus = corpus_or_skip!();
    let x = file(corpus, "S-RES-2100(2013).txt");
    let doc = &x.documents[0];
    assert_eq!(doc.node.id, "S/RES/2100 (2013)");
    assert_eq!(doc.adopted_at.as_deref(), Some("S/PV.6952"));
    let cited: BTreeSet<_> = cited_ids(x).collect();
    for id in [
        "S/RES/2056 (2012)",
        "S/RES/2071 (2012)",
        "S/RES/2085 (2012)",
        "S/PRST/2012/7",
        "S/PRST/2012/9",
        "S/2013/189",
    ] {
        assert!(cited.contains(id), "{id} missing");
    }
    assert!(!cited.contains("S/RES/2100 (2013)"));
    // Paragraph numbers survive page breaks: "paragraph 81 of his report
    // (S/2013/189)" stands in operative paragraph 13.
    let paragraphs: Vec<_> = x
        .links
        .iter()
        .filter(|l| l.target.id == "S/2013/189")
        .map(|l| l.attrs.paragraph)
        .collect();
    assert_eq!(
        paragraphs,
        [Some(Paragraph::Preamble), Some(Paragraph::Operative(13))]
    );
}

/// Every citation's evidence line, in the file as decoded (each `\r`, `\n`
/// or `\r\n` ends a line), holds the cited document's distinctive number.
/// The ranges of addenda a line (its white space removed) writes:
/// `Add.1-3`, `Add.1to31`.
fn addenda_ranges(squeezed: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    static RANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"Add\.(\d{1,3})(?:-|\x{2013}|to)(\d{1,3})").expect("range")
    });
    RANGE
        .captures_iter(squeezed)
        .filter_map(|c| Some((c[1].parse().ok()?, c[2].parse().ok()?)))
}

#[test]
fn evidence_lines_hold_the_reference() {
    let corpus = corpus_or_skip!();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for x in &corpus.extractions {
        let source = unxref::corpus::read_file(std::path::Path::new(&x.file), u64::MAX).unwrap();
        let lines: Vec<&str> = source.text.split('\n').collect();
        for l in x.links.iter().filter(|l| l.kind == EdgeKind::Cites) {
            let ev = l.attrs.evidence.as_ref().expect("evidence");
            let key = common::distinctive_number(&l.target.id);
            let line = lines.get(ev.line as usize - 1).copied().unwrap_or("");
            checked += 1;
            let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            // A malformed symbol read otherwise is noted with its line
            // (`line 14: "S/2003/l035" read as S/2003/1035, …`).
            let mended = format!("line {}: ", ev.line);
            let noted = x.diagnostics.iter().any(|d| {
                d.message.starts_with(&mended)
                    && d.message
                        .contains(&format!("read as {}, a malformed symbol", l.target.id))
            });
            // An addendum inside a range (`S/24900andAdd.1to31`) is held by
            // the range.
            let in_range = l.target.id.contains("/Add.")
                && key
                    .parse::<u32>()
                    .is_ok_and(|n| addenda_ranges(&squeezed).any(|(first, last)| first <= n && n <= last));
            if !squeezed.contains(&key) && !noted && !in_range {
                wrong.push(format!("{}:{} {} {line:?}", x.file, ev.line, l.target.id));
            }
        }
    }
    assert!(checked > 20_000, "only {checked} citations");
    assert!(
        wrong.is_empty(),
        "{} of {checked} wrong, e.g. {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(8)]
    );
}
