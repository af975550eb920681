//! Another organ's document as itself (audit 6): a Human Rights Council or
//! Economic and Social Council resolution is the document its own header
//! symbol names, titled by its title line (never the letterhead `United
//! Nations`), dated by its adoption; its closing plenary line names no
//! General Assembly meeting; a report to two organs (`A/77/69-E/2022/47`)
//! is one document; a General Assembly document's symbol is never a
//! resolution; a presidential statement's own meeting is its adoption; and
//! `modified by`, `amended by`, `extended by`, `renewed by`, `expanded by`
//! govern their own object. The texts are the audit's (`/work/audit6/texts`,
//! cited by file and line) and real lines of the corpus, cited by file.

use unxref::{CitationGraph, DocumentRecord, EdgeKind, Extraction, Extractor, Link, NodeKind};

fn extract(name: &str, text: &str) -> Extraction {
    Extractor::new().extract_str(name, text)
}

fn document<'a>(x: &'a Extraction, id: &str) -> &'a DocumentRecord {
    x.documents.iter().find(|d| d.node.id == id).unwrap_or_else(|| {
        panic!(
            "no document {id} in {:?}",
            x.documents.iter().map(|d| &d.node.id).collect::<Vec<_>>()
        )
    })
}

fn cites<'a>(x: &'a Extraction, target: &str) -> Vec<&'a Link> {
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites && l.target.id == target)
        .collect()
}

/// t07_ecosoc2022_15.txt, lines 1–28.
const ECOSOC: &str = "United Nations                                                    E/RES/2022/15
Economic and Social Council
Distr.: General
2 August 2022

2022 session
Agenda item 7 (a)

Resolution adopted by the Economic and Social Council on 21 July 2022

[on the recommendation of the Council (E/2022/L.20)]

2022/15. Progress in the implementation of General Assembly resolution 75/233 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system

The Economic and Social Council,

Recalling General Assembly resolution 75/233 of 21 December 2020 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system,

Recalling also its resolution 2021/7 of 8 June 2021,

Taking note of the report of the Secretary-General on the implementation of General Assembly resolution 75/233 (A/77/69-E/2022/47),

1. Welcomes the progress made in the implementation of General Assembly resolution 75/233;

34th plenary meeting
21 July 2022
";

#[test]
fn a_human_rights_council_resolution_is_titled_and_dated_by_its_own_lines() {
    let x = extract("t06_hrc52_32.txt", crate::votes_organs::HRC_52_32);
    let d = document(&x, "A/HRC/RES/52/32");
    assert_eq!(
        d.node.title.as_deref(),
        Some("52/32. Situation of human rights in Ukraine stemming from the Russian aggression")
    );
    // Adopted on 4 April 2023, distributed on 14 April.
    assert_eq!(d.node.date.map(|d| d.to_string()).as_deref(), Some("2023-04-04"));
    // The kind a cited one has (another organ's resolution); the label
    // names the organ.
    assert_eq!(d.node.kind, NodeKind::OrganResolution);
    assert_eq!(d.node.label, "Human Rights Council resolution 52/32");
    assert!(cites(&x, "A/HRC/RES/52/32").is_empty());
}

#[test]
fn an_ecosoc_resolution_is_the_document_its_header_names_and_never_cites_itself() {
    let x = extract("t07_ecosoc2022_15.txt", ECOSOC);
    assert_eq!(x.documents.len(), 1);
    let d = document(&x, "E/RES/2022/15");
    assert_eq!(d.node.date.map(|d| d.to_string()).as_deref(), Some("2022-07-21"));
    assert!(
        d.node
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("2022/15. Progress in the implementation"))
    );
    assert!(
        cites(&x, "E/RES/2022/15").is_empty(),
        "a document never cites itself"
    );
    // Its `34th plenary meeting` is the Council's, not the Assembly's 75th
    // session's (the session of resolution 75/233 cited above it).
    assert!(
        x.links.iter().all(|l| !l.target.id.contains("/PV.")),
        "{:?}",
        x.links.iter().map(|l| &l.target.id).collect::<Vec<_>>()
    );
    // A report to the Assembly and the Council is one document, a report.
    let report = cites(&x, "A/77/69");
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].target.kind, NodeKind::Report);
    assert!(cites(&x, "E/2022/47").is_empty());
    let graph = CitationGraph::from_extractions(vec![x]);
    let ix = graph.index_of("E/2022/47").expect("the alias resolves");
    let node = graph.node_at(ix).unwrap();
    assert_eq!(node.id, "A/77/69");
    assert_eq!(node.kind, NodeKind::Report);
}

#[test]
fn an_assembly_document_symbol_is_no_resolution() {
    // t05_ares77_7.txt:22: the word `resolution` before `76/5` is that
    // resolution's, and the report's symbol is a report's.
    let x = extract(
        "t05.txt",
        "The General Assembly,\n\nTaking note of the report of the Secretary-General on the implementation of resolution 76/5 (A/77/83),\n",
    );
    let l = cites(&x, "A/77/83");
    assert_eq!(l.len(), 1);
    assert_eq!(l[0].target.kind, NodeKind::Report);
    // S-RES-1063(1996).txt:24: an OAS resolution transmitted in two
    // documents; neither is a General Assembly resolution.
    let x = extract(
        "1063.txt",
        "The Security Council,\n\nTaking note of the resolution on the international presence in Haiti (S/1996/432 and A/51/164) adopted at the seventh plenary session of the twentysixth regular session of the OAS,\n",
    );
    assert!(x.links.iter().all(|l| l.target.kind != NodeKind::GaResolution));
}

#[test]
fn a_report_cue_reaches_past_a_long_subject() {
    // t02_sres2723.txt:12.
    let x = extract(
        "t02.txt",
        "The Security Council,\n\nWelcoming the report of the Secretary-General on his good offices mission (S/2024/13) and the report of the Secretary-General on the United Nations operation in Cyprus (S/2024/12),\n",
    );
    for s in ["S/2024/13", "S/2024/12"] {
        assert_eq!(cites(&x, s)[0].target.kind, NodeKind::Report, "{s}");
    }
    // S-RES-717(1991).txt:34: draft agreements are no draft resolution.
    let x = extract(
        "717.txt",
        "The Security Council,\n\nTaking note of the draft agreements for a comprehensive political settlement of the Cambodia conflict (S/22059),\n",
    );
    assert_eq!(cites(&x, "S/22059")[0].target.kind, NodeKind::Document);
}

#[test]
fn a_presidential_statement_is_adopted_at_the_meeting_it_was_made_at() {
    // t04_prst2023_1.txt:1–10.
    let x = extract(
        "t04.txt",
        "United Nations                                                    S/PRST/2023/1
Security Council
Distr.: General
9 February 2023

Statement by the President of the Security Council

At the 9262nd meeting of the Security Council, held on 9 February 2023, in connection with the Council's consideration of the item entitled \"Maintenance of international peace and security\", the President of the Security Council made the following statement on behalf of the Council:

\"The Security Council recalls its resolutions 2282 (2016) and 2558 (2020) on peacebuilding and sustaining peace.
",
    );
    let d = document(&x, "S/PRST/2023/1");
    assert_eq!(d.adopted_at.as_deref(), Some("S/PV.9262"));
    assert!(cites(&x, "S/PV.9262").is_empty());
}

#[test]
fn a_sg_report_is_titled_by_its_report_line_not_the_letterhead() {
    // t11_footnote_2231.txt:1–14.
    let x = extract(
        "t11.txt",
        "United Nations                                                    S/2023/473
Security Council
Distr.: General
23 June 2023

Original: English

Implementation of the Joint Comprehensive Plan of Action

Fifteenth report of the Secretary-General

I. Introduction

1. The present report provides an assessment of the implementation of the Plan.
",
    );
    let d = document(&x, "S/2023/473");
    assert_eq!(d.node.kind, NodeKind::Report);
    // The bare report line takes the subject printed above it, as the UN's
    // library titles the report.
    assert_eq!(
        d.node.title.as_deref(),
        Some(
            "Implementation of the Joint Comprehensive Plan of Action: Fifteenth report of the Secretary-General"
        )
    );
    // A head with no title line the reader knows has no title, never the
    // letterhead.
    let x = extract(
        "letterhead.txt",
        "United Nations                                                    S/2023/999\nSecurity Council\n\nThe situation in the region remains tense.\n",
    );
    assert!(x.documents.iter().all(|d| {
        d.node
            .title
            .as_deref()
            .is_none_or(|t| !t.starts_with("United Nations"))
    }));
}

fn relations(x: &Extraction, target: &str) -> Vec<String> {
    cites(x, target)
        .iter()
        .filter_map(|l| l.attrs.relation.clone())
        .collect()
}

#[test]
fn modified_by_and_its_kin_govern_their_own_object() {
    // S-RES-2144(2014).txt:71.
    let x = extract(
        "2144.txt",
        "The Security Council,\n\n13. Decides to extend until 13 April 2015 the mandate of the Panel of Experts, established by paragraph 24 of resolution 1973 (2011) and modified by resolution 2040 (2012), expresses its intent to review the mandate;\n",
    );
    assert_eq!(relations(&x, "S/RES/1973 (2011)"), ["established by"]);
    assert_eq!(relations(&x, "S/RES/2040 (2012)"), ["modified by"]);
    // S-RES-1079(1996).txt:15: `extended by twelve months` is a length of
    // time, not a preposition of the report.
    let x = extract(
        "1079.txt",
        "The Security Council,\n\nNoting that the local Serb community has requested that the transitional period be extended by twelve months, as indicated by the Secretary-General in his report of 28 August 1996 (S/1996/705),\n",
    );
    assert_eq!(relations(&x, "S/1996/705"), ["noting"]);
}

/// A joint report's head: the session, year and agenda lines are furniture,
/// the agenda title right above the report line its subject; a report line
/// that names its subject is left as it is.
#[test]
fn a_bare_report_line_takes_the_subject_above_it_and_nothing_else() {
    let x = extract(
        "joint.txt",
        "United Nations                                                    A/73/624-S/2018/1092
General Assembly
Seventy-third session
Agenda item 38
The situation in Afghanistan
Security Council
Seventy-third year
Distr.: General
7 December 2018

Original: English

The situation in Afghanistan and its implications for
international peace and security
Report of the Secretary-General

I. Introduction

1. The present report is submitted pursuant to resolution 2405 (2018).
",
    );
    let d = document(&x, "A/73/624");
    assert_eq!(
        d.node.title.as_deref(),
        Some(
            "The situation in Afghanistan and its implications for international peace and security: \
             Report of the Secretary-General"
        )
    );
    // No subject line: the furniture above is none.
    let x = extract(
        "bare.txt",
        "United Nations                                                    S/2018/999
Security Council
Distr.: General
1 June 2018
Original: English

Report of the Secretary-General

1. The present report is submitted pursuant to resolution 2410 (2018).
",
    );
    assert_eq!(
        document(&x, "S/2018/999").node.title.as_deref(),
        Some("Report of the Secretary-General")
    );
    // A report line with its subject keeps it alone.
    let x = extract(
        "named.txt",
        "United Nations                                                    S/2016/225
Security Council
Distr.: General
8 March 2016
Original: English

Report of the Secretary-General on the United Nations Stabilization Mission in Haiti

1. The present report is submitted pursuant to resolution 2243 (2015).
",
    );
    assert_eq!(
        document(&x, "S/2016/225").node.title.as_deref(),
        Some("Report of the Secretary-General on the United Nations Stabilization Mission in Haiti")
    );
}

/// The two MINUJUSTH reports and ONUSAL's addendum print their subject
/// above a bare "Report of the Secretary-General" (S/2018/527 p. 1:
/// "United Nations Mission for Justice Support in Haiti / Report of the
/// Secretary-General"): their titles name it, and `title ~ Haiti` finds
/// them.
#[test]
fn the_pdf_reports_with_a_subject_line_are_titled_by_it() {
    let Some(dir) = crate::common::sg_reports_or_skip() else {
        return;
    };
    for (file, id, title) in [
        (
            "MINUJUSTH_S_2018_527.pdf",
            "S/2018/527",
            "United Nations Mission for Justice Support in Haiti: Report of the Secretary-General",
        ),
        (
            "MINUJUSTH_S_2019_805.pdf",
            "S/2019/805",
            "United Nations Mission for Justice Support in Haiti: Report of the Secretary-General",
        ),
        (
            "ONUSAL_S_1994_561_Add.1.pdf",
            "S/1994/561/Add.1",
            "UNITED NATIONS OBSERVER MISSION IN EL SALVADOR: Report of the Secretary-General",
        ),
    ] {
        let source =
            unxref::corpus::read_file(&dir.join(file), 1 << 30).unwrap_or_else(|e| panic!("{file}: {e}"));
        let x = Extractor::new().extract(&source);
        let d = document(&x, id);
        assert_eq!(d.node.kind, NodeKind::Report, "{file}");
        assert_eq!(d.node.title.as_deref(), Some(title), "{file}");
    }
}
