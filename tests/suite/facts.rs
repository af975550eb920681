//! Facts a researcher can trust (issue 13, sections 3 to 7), on the bundled
//! corpus (`data/`) and on the sc-resolutions corpus: a resolution held
//! through its adopted draft is held; one count of citations everywhere;
//! `where` passes a node when any edge reaching it passes; names of common
//! words name nothing; line numbers are the ones `grep -n` gives; coverage
//! says what the corpus holds. Expected values come from the texts.

use crate::common;

use std::collections::HashMap;
use std::sync::OnceLock;

use unxref::query::{Row, Table};
use unxref::{CitationGraph, Extractor, NodeKind};

use common::{DATA, sc_corpus_or_skip};

fn data() -> &'static CitationGraph {
    static GRAPH: OnceLock<CitationGraph> = OnceLock::new();
    GRAPH.get_or_init(|| CitationGraph::from_extractions(Extractor::new().extract_paths(&[DATA]).extractions))
}

fn corpus() -> Option<&'static CitationGraph> {
    common::sc_corpus_graph()
}

fn run<'g>(g: &'g CitationGraph, q: &str) -> Table<'g> {
    g.query(q).unwrap_or_else(|e| panic!("{q}:\n{e}"))
}

fn count(g: &CitationGraph, q: &str) -> u64 {
    match run(g, q).rows() {
        [Row::Count(n)] => *n,
        [Row::PartialCount(c)] => c.known,
        other => panic!("{q}: expected a count, got {other:?}"),
    }
}

fn ids(g: &CitationGraph, q: &str) -> Vec<String> {
    let mut ids: Vec<String> = run(g, q).node_ids().into_iter().map(str::to_string).collect();
    ids.sort();
    ids
}

fn show(g: &CitationGraph, id: &str) -> unxref::query::NodeRow {
    let t = run(g, &format!("show \"{id}\""));
    match &t.rows()[0] {
        Row::Node(row) => (**row).clone(),
        other => panic!("show {id}: {other:?}"),
    }
}

// ---------------------------------------------------------------- section 3

#[test]
fn a_resolution_adopted_from_a_held_draft_is_held_with_its_adoption_date() {
    let g = data();
    // 000_…: "I have the honour to refer to Security Council resolution 2531
    // (2020), related to the agenda item “The situation in Mali” and adopted
    // on 29 June 2020." The draft S/2020/600 is enclosed.
    let r = show(g, "S/RES/2531 (2020)");
    assert!(r.held);
    assert_eq!(r.date.map(|v| v.to_string()).as_deref(), Some("2020-06-29"));
    assert_eq!(r.title.as_deref(), Some("Resolution 2531 (2020)"));
    // 002_…: "… resolution 2553 (2020), related to the agenda item
    // “Maintenance of international peace and security” and adopted on
    // 3 December 2020." The draft S/2020/1158 is dated 2 December: the
    // resolution's date is the adoption date, not the draft's.
    let r = show(g, "S/RES/2553 (2020)");
    assert!(r.held);
    assert_eq!(r.date.map(|v| v.to_string()).as_deref(), Some("2020-12-03"));
    // The citations of the text are the resolution's: S/2020/600 names
    // resolution 1325 (2000) in paragraph 4 and 54, 2374 (2017), 2391 (2017), …
    assert!(r.cites.unwrap() > 0);
    let not_held = ids(g, "all documents where not held");
    for id in ["S/RES/2531 (2020)", "S/RES/2553 (2020)", "S/RES/2518 (2020)"] {
        assert!(!not_held.contains(&id.to_string()), "{id} listed as not held");
        assert!(ids(g, "all resolutions where held").contains(&id.to_string()));
    }
    // The graph itself says so, which the exports and diagrams read.
    assert!(g.node("S/RES/2531 (2020)").unwrap().held);
    assert!(g.node("S/RES/2531 (2020)").unwrap().source.is_some());
    // A draft that was never put to the vote stays a draft of its own:
    // S/2020/240 is named by the 2518 letter but not held.
    assert!(!g.node("S/2020/240").unwrap().held);
}

#[test]
fn held_through_the_draft_whatever_order_the_facts_arrive_in() {
    let text = std::fs::read_to_string(format!("{DATA}/000_5084318a0e7514bb.txt")).unwrap();
    let extraction = Extractor::new().extract_str("000.txt", &text);
    // Links first (the resolution is a stub), then the documents.
    let mut g = CitationGraph::new();
    for link in &extraction.links {
        g.add_link(link);
    }
    for doc in &extraction.documents {
        g.add_document(doc);
    }
    let node = g.node("S/RES/2531 (2020)").unwrap();
    assert!(node.held);
    assert_eq!(node.date.map(|v| v.to_string()).as_deref(), Some("2020-06-29"));
}

// ---------------------------------------------------------------- section 4

/// Every count of citations of every node agrees: the graph's
/// (`citers`, `citation_counts`), the walk (`X <- cites | count`), `show`,
/// and the ranking (`top N by citations`); the same for references.
fn one_count_everywhere(g: &CitationGraph, what: &str) {
    let n = g.node_count();
    let scores = |metric: &str| -> HashMap<String, f64> {
        let ranked = run(g, &format!("set max_rows = {n}; all | top {n} by {metric}"));
        ranked
            .rows()
            .iter()
            .filter_map(|r| match r {
                Row::Node(row) => Some((row.id.clone(), row.score.unwrap())),
                _ => None,
            })
            .collect()
    };
    let by_citations = scores("citations");
    let by_references = scores("references");
    let counts = g.citation_counts();
    for node in g.nodes() {
        let ix = g.index_of(&node.id).unwrap();
        let citers = g.citers(ix).len();
        assert_eq!(counts[ix.index()] as usize, citers, "{what}: {}", node.id);
        assert_eq!(
            by_citations[node.id.as_str()] as usize,
            citers,
            "{what}: top {}",
            node.id
        );
        assert_eq!(
            by_references[node.id.as_str()] as usize,
            g.cited(ix).len(),
            "{what}: references {}",
            node.id
        );
        if citers > 0 || node.kind.is_document() {
            let q = format!("\"{}\" <- cites | count", node.id);
            assert_eq!(count(g, &q) as usize, citers, "{what}: {q}");
            let q = format!("\"{}\" -> cites | count", node.id);
            assert_eq!(count(g, &q) as usize, g.cited(ix).len(), "{what}: {q}");
        }
    }
    let stats = g.stats();
    assert_eq!(stats.citations, counts.iter().map(|&c| c as usize).sum::<usize>());
}

#[test]
fn one_count_of_citations_on_data() {
    one_count_everywhere(data(), "data/");
}

#[test]
fn one_count_of_citations_on_the_corpus() {
    let Some(g) = corpus() else { return };
    one_count_everywhere(g, "corpus");
}

#[test]
fn resolution_1325_is_cited_three_times_in_data() {
    let g = data();
    // grep -n 1325 data/*.txt: 000_… lines 126 and 334 (draft S/2020/600,
    // adopted as 2531), 002_… line 81 (draft S/2020/1158, adopted as 2553)
    // and line 406 (annex XIX, the United Kingdom's statement).
    let expected = [
        "002_4635c25849462a9e#letter/annex-XIX",
        "S/RES/2531 (2020)",
        "S/RES/2553 (2020)",
    ];
    assert_eq!(ids(g, "what cites 1325"), expected);
    assert_eq!(count(g, "what cites 1325 | count"), 3);
    assert_eq!(show(g, "S/RES/1325 (2000)").cited_by, Some(3));
    let top = run(g, "most cited resolutions");
    let score = top.rows().iter().find_map(|r| match r {
        Row::Node(row) if row.id == "S/RES/1325 (2000)" => row.score,
        _ => None,
    });
    assert_eq!(score, Some(3.0));
    // 2531 cites 14 documents, all through its draft, counted once.
    assert_eq!(show(g, "S/RES/2531 (2020)").cites, Some(14));
    // `.stats`: 2518 (2020) cites 2378 and 2436; 2531's draft and 2553's
    // draft cite resolutions too: more than the two of resolution 2518.
    assert!(g.stats().resolution_to_resolution > 2);
}

// ---------------------------------------------------------------- section 5

#[test]
fn a_node_passes_a_filter_when_any_of_its_edges_does() {
    let Some(g) = corpus() else { return };
    // S-RES-87(1950).txt line 34: "Adopted at the 506th meeting by 7 votes to
    // 3 (China, Cuba, United States of America), with 1 abstention (Egypt)."
    // S-RES-119(1956).txt line 34: "… with 2 abstentions (Australia, Belgium)."
    // Both are first reached from a state that voted otherwise.
    let found = ids(g, "all states -> voted where position = abstention");
    for id in ["S/RES/87 (1950)", "S/RES/119 (1956)"] {
        assert!(found.contains(&id.to_string()), "{id} missing");
    }
    assert_eq!(
        count(g, "all states -> voted where position = abstention | count"),
        count(g, "all states -> voted [position = abstention] | count")
    );
    // The row shows the edge that passed.
    let t = run(g, "all states -> voted where position = abstention and node = 87");
    let Row::Node(row) = &t.rows()[0] else { panic!() };
    assert_eq!(row.from.as_deref(), Some("state:Egypt"));
}

#[test]
fn any_edge_filter_on_data() {
    let g = data();
    // 2553's letter: "In favour: … " for all fifteen members, none against.
    assert_eq!(
        count(g, "all states -> voted where position = in_favour | count"),
        count(g, "all states -> voted [position = in_favour] | count")
    );
}

#[test]
fn common_words_name_nothing() {
    let g = data();
    for name in ["the", "of the", "\"and\"", "The"] {
        let err = g.query(&format!("show {name}")).unwrap_err().to_string();
        assert!(err.contains("no node of that name"), "show {name}: {err}");
    }
    // A real name still resolves, with or without its article.
    assert_eq!(ids(g, "show the United Kingdom"), ["state:United Kingdom"]);
}

// ---------------------------------------------------------------- section 6

#[test]
fn evidence_lines_are_the_lines_grep_gives() {
    let Some(dir) = sc_corpus_or_skip() else { return };
    // S-RES-83(1950).txt ends its lines with \r\r\n; grep -n puts the note
    // "1 Official Records …, 474th meeting, p. 2 (document S/1507)." on
    // line 39.
    let path = dir.join("S-RES-83(1950).txt");
    let bytes = std::fs::read(&path).unwrap();
    let grep_line = bytes
        .split(|&b| b == b'\n')
        .position(|line| String::from_utf8_lossy(line).contains("(document S/1507)"))
        .unwrap()
        + 1;
    assert_eq!(grep_line, 39);
    let g = CitationGraph::from_extractions(Extractor::new().extract_paths(&[&path]).extractions);
    let edge = g
        .edges_of(
            "S/RES/83 (1950)",
            unxref::EdgeKind::Cites,
            petgraph::Direction::Outgoing,
        )
        .into_iter()
        .find(|e| e.target.id == "S/1507")
        .expect("83 (1950) cites S/1507");
    assert_eq!(
        edge.edge.attrs().evidence.as_ref().unwrap().line as usize,
        grep_line
    );
}

// ---------------------------------------------------------------- section 7

#[test]
fn coverage_says_what_the_corpus_holds() {
    let c = data().stats().coverage;
    // data/ holds 2518 (annexed to its letter) and 2531, 2553 (through
    // their drafts); the three letters give the vote; none states a meeting
    // (they were adopted by written procedure).
    assert_eq!(c.resolutions, 3);
    assert_eq!(c.with_vote, 3);
    assert_eq!(c.with_date, 3);
    assert_eq!(c.with_meeting, 0);
    let report = data().stats().report();
    assert!(
        report.contains("with a meeting             0 of 3 (3 not recorded)"),
        "{report}"
    );
    let Some(g) = corpus() else { return };
    let c = g.stats().coverage;
    // 2,259 files; 289 and 290 (1970) hold each other's text and claim the
    // same resolution, so at most 2,259 resolutions.
    assert!(c.resolutions >= 2_250 && c.resolutions <= 2_259, "{c:?}");
    // A vote record is a tally or a state's vote (the definition the vote
    // questions use). `grep -l -i -E 'adopted unanimously|by [0-9]+ votes|
    // adopted without (a )?vote|by a vote of'` finds 208 files; 13 of them
    // only quote another body's vote ("General Assembly resolution 3212
    // (XXIX) adopted unanimously", 364 (1974) …; "invited to participate in
    // the discussion without vote", 12 (1946)); S-RES-266(1969).txt is left
    // out as a copy of 265's text, and S-RES-289(1970).txt's vote is 290's,
    // whose text it holds (the file named for 290 holds 289's, which records
    // no vote).
    assert_eq!(c.with_vote, 193, "{c:?}");
    let recorded = g
        .nodes()
        .filter(|n| n.kind == NodeKind::Resolution && n.held)
        .filter(|n| g.index_of(&n.id).is_some_and(|ix| g.has_vote_record(ix)))
        .count();
    assert_eq!(c.with_vote, recorded);
    assert!(c.with_meeting > c.resolutions / 2);
    assert!(c.cited_not_held > 0);
}

#[test]
fn two_files_holding_each_others_text_are_read_as_their_texts_say() {
    let Some(dir) = sc_corpus_or_skip() else { return };
    // S-RES-289(1970).txt holds 290's text ("Resolution 290(1970) of 8
    // December 1970"); S-RES-290(1970).txt holds 289's (OCR'd heading
    // "Resolution 239 (1970) of 83 November 1970": 239 is of 1967), whose
    // footnote (48) reads "Document S/9988, incorporated in the record of
    // the 1558th meeting of the Council." (line 22).
    let files = [dir.join("S-RES-289(1970).txt"), dir.join("S-RES-290(1970).txt")];
    let corpus = Extractor::new().extract_paths(&files);
    let notes = unxref::graph::check::BuildReport::notes_of(&corpus.extractions);
    let g = CitationGraph::from_extractions(corpus.extractions);
    let [conflict] = g.conflicts() else {
        panic!("{:?}", g.conflicts())
    };
    assert_eq!(conflict.id, "S/RES/290 (1970)");
    assert!(conflict.kept.ends_with("S-RES-289(1970).txt"));
    assert!(conflict.left_out.ends_with("S-RES-290(1970).txt"));
    assert_eq!(conflict.read_as.as_deref(), Some("S/RES/289 (1970)"));
    assert_eq!(conflict.facts_left_out, 0);
    // Both texts are held, each under its own number, with its own facts:
    // 289 (Guinea) cites the document of its footnote, and 290 names the
    // special mission 289 sent.
    assert!(g.node("S/RES/289 (1970)").is_some_and(|n| n.held));
    assert!(ids(&g, "289 -> cites").contains(&"S/9988".to_string()));
    assert!(ids(&g, "290 -> cites").contains(&"S/RES/289 (1970)".to_string()));
    assert!(ids(&g, "290 -> cites").iter().all(|id| id != "S/9988"));
    assert_eq!(
        g.node("S/RES/290 (1970)")
            .unwrap()
            .tally
            .as_ref()
            .map(|t| t.summary()),
        Some("11 in favour, 0 against, 4 abstaining".to_string())
    );
    // The vote column is there to choose for a resolution without a vote
    // record, empty (it used to be "no column").
    let answer = g
        .query("show 289 | select id, vote")
        .expect("vote is a column of a document");
    assert_eq!(answer.columns(), ["id", "vote"]);
    assert_eq!(answer.node_ids(), ["S/RES/289 (1970)"]);
    let report = unxref::graph::check::BuildReport::new(Vec::new(), notes, &g);
    let line = report
        .lines()
        .into_iter()
        .find(|l| l.starts_with("conflict: "))
        .expect("the swap is reported");
    assert!(
        line.contains("hold each other's text") && line.contains("read the second as S/RES/289 (1970)"),
        "{line}"
    );
}

#[test]
fn a_citation_of_a_later_resolution_is_suspect_and_listed() {
    let Some(g) = corpus() else { return };
    // S-RES-692(1991).txt line 33: "Recalling its resolutions 694 (1991) of
    // 29 October 1990, 686 (1991) …": 674 (1990) misread.
    assert_eq!(ids(g, "692 -> cites where suspect = yes"), ["S/RES/694 (1991)"]);
    let suspect: Vec<(String, String)> = g
        .suspect_edges()
        .into_iter()
        .map(|e| (e.source.id.clone(), e.target.id.clone()))
        .collect();
    assert!(suspect.contains(&("S/RES/692 (1991)".into(), "S/RES/694 (1991)".into())));
    // Old symbols carry no year: S/3122 (cited by 100 (1953)) is not "of 3122".
    assert_eq!(g.node("S/3122").and_then(|n| n.year), None);
    // No resolution in order cites a later one: every suspect citation
    // goes forward in numbers or years.
    for (s, t) in &suspect {
        let n = |id: &str| id.parse::<unxref::Symbol>().unwrap();
        let (a, b) = (n(s), n(t));
        assert!(
            b.resolution_number() > a.resolution_number() || b.year() > a.year(),
            "{s} -> {t}"
        );
    }
}

#[test]
fn build_and_check_end_with_a_summary_of_warnings() {
    let bin = env!("CARGO_BIN_EXE_unxref");
    let out_file = std::env::temp_dir().join(format!("unxref-facts-{}.snap", std::process::id()));
    let out = std::process::Command::new(bin)
        .args(["build", DATA, "-o"])
        .arg(&out_file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&out_file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr
            .lines()
            .last()
            .unwrap()
            .starts_with("warnings: 0 files skipped"),
        "{stderr}"
    );
    let out = std::process::Command::new(bin)
        .args(["check", DATA])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.lines().last().unwrap().starts_with("warnings: "),
        "{stdout}"
    );
}

// ------------------------------------------------------- section 5: edges

#[test]
fn edge_rows_give_one_row_per_edge_in_every_format() {
    let g = data();
    // 000_… line 161: "16. Decides to extend the mandate of MINUSMA until
    // 30 June 2021" (draft S/2020/600, adopted as 2531).
    let t = run(g, "all resolutions -> extends_mandate | edges");
    let Row::Edge(row) = &t.rows()[0] else {
        panic!("{:?}", t.rows())
    };
    assert_eq!(
        (row.source.as_str(), row.target.as_str(), row.kind),
        (
            "S/RES/2531 (2020)",
            "actor:MINUSMA",
            unxref::EdgeKind::ExtendsMandate
        )
    );
    assert_eq!(row.end_date.map(|v| v.to_string()).as_deref(), Some("2021-06-30"));
    assert_eq!(row.evidence.as_ref().unwrap().line, 161);
    let json: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
    assert_eq!(json[0]["source"], "S/RES/2531 (2020)");
    assert_eq!(json[0]["target"], "actor:MINUSMA");
    assert_eq!(json[0]["kind"], "extends_mandate");
    assert_eq!(json[0]["end_date"], "2021-06-30");
    assert!(
        t.to_csv()
            .starts_with("source,target,kind,relation,end_date,evidence,quote\n")
    );
    assert!(t.to_text().starts_with("source "));
    // Fifteen letters of reply give fifteen votes on 2553, one row each,
    // where the node form gives one row per state.
    assert_eq!(
        count(g, "all states -> voted where node = 2553 | edges | count"),
        15
    );
    // A node reached by many edges: 2553 is one node, fifteen edges.
    assert_eq!(count(g, "all states -> voted where node = 2553 | count"), 1);
    // `| edges` needs steps before it.
    let err = g.query("2531 | edges").unwrap_err().to_string();
    assert!(err.contains("needs a step"), "{err}");
}

/// Edge rows count citations by the one definition too.
fn edges_count_citations(g: &CitationGraph, what: &str) {
    assert_eq!(
        count(g, "all documents -> cites | edges | count") as usize,
        g.stats().citations,
        "{what}"
    );
    let by_resolution: usize = g
        .nodes()
        .filter(|n| n.kind == unxref::NodeKind::Resolution)
        .map(|n| g.cited(g.index_of(&n.id).unwrap()).len())
        .sum();
    assert_eq!(
        count(g, "all resolutions -> cites | edges | count") as usize,
        by_resolution,
        "{what}"
    );
    let mandates = g
        .edges()
        .filter(|e| {
            e.edge.kind == unxref::EdgeKind::ExtendsMandate && e.source.kind == unxref::NodeKind::Resolution
        })
        .count();
    let rows = count(g, "all resolutions -> extends_mandate | edges | count") as usize;
    assert!(
        rows >= mandates,
        "{what}: {rows} rows, {mandates} edges from resolutions"
    );
    assert!(rows as u64 >= count(g, "all resolutions -> extends_mandate | count"));
}

#[test]
fn edge_rows_count_citations_on_data_and_the_corpus() {
    edges_count_citations(data(), "data/");
    if let Some(g) = corpus() {
        edges_count_citations(g, "corpus");
    }
}

// ------------------------------------------------------- section 5: paths

fn path_count(g: &CitationGraph, q: &str) -> (u64, Vec<String>) {
    let t = run(g, q);
    let n = match t.rows() {
        [Row::Count(n)] => *n,
        [Row::PartialCount(c)] => c.known,
        _ => t.len() as u64,
    };
    (n, t.notes().to_vec())
}

#[test]
fn a_larger_bound_never_gives_fewer_paths() {
    let Some(g) = corpus() else { return };
    // Issue 13: max 6 gave 100 paths, max 12 gave 55, max 30 gave 2.
    let mut last = 0;
    for max in [2, 3, 4, 6, 12, 30] {
        let (n, notes) = path_count(g, &format!("all paths from 2242 to 1325 max {max}"));
        assert!(n >= last, "max {max}: {n} paths, fewer than {last}");
        last = n;
        if n == 100 {
            assert!(
                notes.iter().any(|n| n.contains("stopped after 100 paths")),
                "{notes:?}"
            );
        }
    }
    // Shortest first: the paths of `max 3` are the first paths of `max 30`.
    let short = run(g, "all paths from 2242 to 1325 max 3");
    let long = run(g, "all paths from 2242 to 1325 max 30");
    let short: Vec<&[String]> = short.paths();
    assert!(!short.is_empty());
    assert_eq!(short, long.paths()[..short.len()]);
    // S-RES-2242(2015).txt cites 1325 (2000) directly: the first path.
    assert_eq!(short[0], ["S/RES/2242 (2015)", "S/RES/1325 (2000)"]);
    // A visit budget cuts the answer and says so; the shorter paths stay.
    let cut = run(g, "set max_visits = 50; all paths from 2242 to 1325 max 30");
    assert!(
        cut.notes().iter().any(|n| n.contains("stopped after 50 steps")),
        "{:?}",
        cut.notes()
    );
    assert!(cut.paths().len() <= long.paths().len());
    assert_eq!(cut.paths()[0], ["S/RES/2242 (2015)", "S/RES/1325 (2000)"]);
}

#[test]
fn paths_on_data_grow_with_the_bound() {
    let g = data();
    let mut last = 0;
    for max in 1..=6 {
        let (n, _) = path_count(g, &format!("all paths from 2531 to 1325 max {max}"));
        assert!(n >= last, "max {max}");
        last = n;
    }
    // The draft S/2020/600 names 1325 (2000) in paragraph 4: one edge.
    assert_eq!(run(g, "all paths from 2531 to 1325 max 1").paths().len(), 1);
}

/// What a node is (its kind, its year) does not depend on the order the
/// files are read in: a document first cited by its bare symbol and later
/// named a report is a report either way round. (Where two texts give two
/// different specific kinds, or two files claim one document, the first
/// read still wins, and the second case is reported as a conflict.)
#[test]
fn a_nodes_kind_and_year_do_not_depend_on_the_reading_order() {
    let Some(dir) = sc_corpus_or_skip() else { return };
    let extractions = Extractor::new().extract_paths(&[dir]).extractions;
    assert!(extractions.len() > 2000);
    let forward = CitationGraph::from_extractions(extractions.clone());
    let backward = CitationGraph::from_extractions(extractions.into_iter().rev());
    let mut differ = Vec::new();
    for a in forward.nodes() {
        let Some(b) = backward.node(&a.id) else { continue };
        let generic = |k: NodeKind| k == NodeKind::Document;
        let kinds_disagree = a.kind != b.kind && (generic(a.kind) || generic(b.kind));
        if kinds_disagree || a.year != b.year {
            differ.push(format!(
                "{}: {:?} {:?} / {:?} {:?}",
                a.id, a.kind, a.year, b.kind, b.year
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} nodes differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
