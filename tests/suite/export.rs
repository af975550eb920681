//! Exports through the public API: round trips (export, import back, same
//! graph), the Neo4j CSV's header and id consistency, the edge list, DOT, and
//! N-Triples parsed by a real RDF parser (oxttl).

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::{NamedOrBlankNode, Term};
use unxref::graph::export::{self, Format};
use unxref::graph::import;
use unxref::{CitationGraph, EdgeKind, Extractor, Link, Node, NodeKind};

use crate::common;

use common::{DATA, data_graph, edges, named, nodes, sample, sc_corpus_or_skip};

fn assert_same_graph(original: &CitationGraph, back: &CitationGraph, what: &str) {
    assert_eq!(back.node_count(), original.node_count(), "{what}: node count");
    assert_eq!(back.edge_count(), original.edge_count(), "{what}: edge count");
    for (a, b) in nodes(original).iter().zip(nodes(back).iter()) {
        assert_eq!(a, b, "{what}: node {}", a.id);
    }
    for (a, b) in edges(original).iter().zip(edges(back).iter()) {
        assert_eq!(a, b, "{what}: edge {} -> {}", a.0, a.1);
    }
}

#[test]
fn sample_graph_sets_what_the_round_trips_check() {
    let g = sample();
    let r = g.node("S/RES/2531 (2020)").unwrap();
    assert_eq!(r.aliases.len(), 4);
    let e = g.edges_of(
        "S/RES/2531 (2020)",
        EdgeKind::Cites,
        petgraph::Direction::Outgoing,
    );
    assert_eq!(e.len(), 3);
    assert_eq!(
        e.iter()
            .find(|v| v.target.id == "S/RES/2391 (2017)")
            .unwrap()
            .edge
            .attrs()
            .count,
        2
    );
    assert!(g.node("S/PV.8743").is_some(), "adopted_at meeting added");
}

#[test]
fn json_round_trip_keeps_every_attribute() {
    let g = sample();
    let text = export::to_json(&g);
    let back = import::from_json(&text).unwrap();
    assert_same_graph(&g, &back, "JSON");
    assert_eq!(export::to_json(&back), text, "re-export is byte-identical");
}

#[test]
fn graphml_round_trip_keeps_every_attribute() {
    let g = sample();
    let text = export::to_graphml(&g);
    let back = import::from_graphml(&text).unwrap();
    assert_same_graph(&g, &back, "GraphML");
    assert_eq!(export::to_graphml(&back), text, "re-export is byte-identical");
}

#[test]
fn round_trips_over_the_bundled_corpus() {
    let g = data_graph();
    assert_same_graph(
        &g,
        &import::from_json(&export::to_json(&g)).unwrap(),
        "JSON over data/",
    );
    assert_same_graph(
        &g,
        &import::from_graphml(&export::to_graphml(&g)).unwrap(),
        "GraphML over data/",
    );
}

#[test]
fn round_trips_over_the_sc_resolutions() {
    let Some(path) = sc_corpus_or_skip() else { return };
    let corpus = Extractor::new().extract_paths(&[path]);
    let g = CitationGraph::from_extractions(corpus.extractions);
    assert!(g.node_count() >= 2259, "one node per resolution at least");
    assert_same_graph(
        &g,
        &import::from_json(&export::to_json(&g)).unwrap(),
        "JSON over sc-resolutions",
    );
    assert_same_graph(
        &g,
        &import::from_graphml(&export::to_graphml(&g)).unwrap(),
        "GraphML over sc-resolutions",
    );
    check_neo4j_csv(&g);
    let triples = parse_ntriples(&export::to_ntriples(&g));
    assert!(triples.len() >= 4 * g.node_count() + 5 * g.edge_count());
}

#[test]
fn graphml_declares_typed_keys_and_uses_our_ids() {
    let text = export::to_graphml(&sample());
    for key in [
        r#"<key id="v_year" for="node" attr.name="year" attr.type="int"/>"#,
        r#"<key id="v_held" for="node" attr.name="held" attr.type="boolean"/>"#,
        r#"<key id="e_count" for="edge" attr.name="count" attr.type="int"/>"#,
        r#"<key id="e_evidence_quote" for="edge" attr.name="evidence_quote" attr.type="string"/>"#,
    ] {
        assert!(text.contains(key), "missing {key}");
    }
    assert!(text.contains(r#"<node id="S/RES/2531 (2020)">"#));
    assert!(text.contains(r#"<node id="state:Côte d&apos;Ivoire">"#));
    assert!(text.contains(r#"source="S/RES/2531 (2020)" target="S/RES/2391 (2017)""#));
    assert!(text.contains("&quot;MINUSMA&quot; &amp; &lt;the G5 Sahel&gt;"));
}

#[test]
fn control_characters_xml_cannot_carry_become_replacement_characters() {
    let mut g = CitationGraph::new();
    let mut node = Node::new("actor:X", NodeKind::Actor, "page\u{c}break");
    node.held = true;
    g.add_node(node);
    let back = import::from_graphml(&export::to_graphml(&g)).unwrap();
    assert_eq!(back.node("actor:X").unwrap().label, "page\u{fffd}break");
}

/// The Neo4j CSV of `g` passes neo4j-admin's rules: the headers, unique
/// `:ID`s, every `:START_ID`/`:END_ID` a node `:ID`, typed columns that parse,
/// one row a node or edge. Returns the nodes file for further checks.
fn check_neo4j_csv(g: &CitationGraph) -> String {
    let (nodes_csv, rels_csv) = export::to_neo4j_csv(g);
    let mut nodes = csv::Reader::from_reader(nodes_csv.as_bytes());
    let header: Vec<String> = nodes.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id:ID",
            ":LABEL",
            "kind",
            "label",
            "title",
            "date:date",
            "year:int",
            "agenda",
            "category",
            "aliases:string[]",
            "held:boolean",
            "source_file",
            "source_line:int",
            "source_page:int",
            "source_quote",
            "unanimous:boolean",
            "votes_in_favour:int",
            "votes_against:int",
            "abstentions:int",
            "not_participating:int",
            "meeting:int",
            "without_vote:boolean",
            "tally_file",
            "tally_line:int",
            "tally_quote",
            "citations:int"
        ]
    );
    let mut ids = BTreeSet::new();
    let mut rows = 0;
    for record in nodes.records() {
        let record = record.unwrap();
        rows += 1;
        assert!(ids.insert(record[0].to_string()), "duplicate :ID {}", &record[0]);
        let node = g.node(&record[0]).expect("every :ID is a node");
        for label in record[1].split(';') {
            assert!(
                label.starts_with(|c: char| c.is_ascii_uppercase())
                    && label.chars().all(|c| c.is_ascii_alphanumeric()),
                "label {label:?}"
            );
        }
        assert_eq!(&record[2], node.kind.as_str());
        assert_eq!(
            record[6].parse::<u16>().ok(),
            node.year,
            "year:int of {}",
            node.id
        );
        assert_eq!(record[10].parse::<bool>().unwrap(), node.held);
        // The one citation count (`what cites X | count`, `most cited`).
        let ix = g.index_of(&node.id).unwrap();
        assert_eq!(
            record[25].parse::<usize>().unwrap(),
            g.citation_count(ix),
            "citations:int of {}",
            node.id
        );
        if !record[12].is_empty() {
            record[12].parse::<u32>().expect("source_line:int");
        }
    }
    assert_eq!(rows, g.node_count());

    let mut rels = csv::Reader::from_reader(rels_csv.as_bytes());
    let header: Vec<String> = rels.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], [":START_ID", ":END_ID", ":TYPE"]);
    let count = header
        .iter()
        .position(|h| h == "count:int")
        .expect("count:int column");
    let line = header
        .iter()
        .position(|h| h == "evidence_line:int")
        .expect("evidence_line:int column");
    let types: BTreeSet<String> = EdgeKind::ALL
        .iter()
        .map(|k| k.as_str().to_ascii_uppercase())
        .collect();
    let mut rows = 0;
    for record in rels.records() {
        let record = record.unwrap();
        rows += 1;
        assert!(ids.contains(&record[0]), ":START_ID {} is a node :ID", &record[0]);
        assert!(ids.contains(&record[1]), ":END_ID {} is a node :ID", &record[1]);
        assert!(types.contains(&record[2]), "type {}", &record[2]);
        assert!(record[count].parse::<u32>().unwrap() >= 1);
        if !record[line].is_empty() {
            record[line].parse::<u32>().expect("evidence_line:int");
        }
    }
    assert_eq!(rows, g.edge_count());
    nodes_csv
}

#[test]
fn neo4j_csv_headers_and_ids_are_consistent() {
    let g = sample();
    let nodes_csv = check_neo4j_csv(&g);
    let r = g.node("S/RES/2531 (2020)").unwrap();
    let row = csv::Reader::from_reader(nodes_csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .find(|rec| &rec[0] == "S/RES/2531 (2020)")
        .unwrap();
    assert_eq!(&row[1], "Resolution;Document");
    assert_eq!(
        &row[4],
        r.title.as_deref().unwrap(),
        "quoting round-trips the title"
    );
    assert_eq!(&row[9], "A/67/970-S/2013/480;with|pipe;back\\slash;semi;colon");
    assert_eq!(
        &row[14],
        r.source.as_ref().unwrap().quote,
        "CR/LF inside a quoted field"
    );
    check_neo4j_csv(&data_graph());
}

#[test]
fn edge_list_has_graphframes_columns_and_consistent_ids() {
    let g = sample();
    let (nodes_csv, edges_csv) = export::to_edge_list(&g);
    let mut nodes = csv::Reader::from_reader(nodes_csv.as_bytes());
    assert_eq!(&nodes.headers().unwrap()[0], "id");
    let ids: BTreeSet<String> = nodes.records().map(|r| r.unwrap()[0].to_string()).collect();
    assert_eq!(ids.len(), g.node_count());
    let mut edges = csv::Reader::from_reader(edges_csv.as_bytes());
    let header = edges.headers().unwrap().clone();
    assert_eq!((&header[0], &header[1], &header[2]), ("src", "dst", "kind"));
    let mut kinds = BTreeMap::<String, usize>::new();
    for record in edges.records() {
        let record = record.unwrap();
        assert!(ids.contains(&record[0]) && ids.contains(&record[1]));
        *kinds.entry(record[2].to_string()).or_default() += 1;
    }
    assert_eq!(kinds["cites"], 3);
    assert_eq!(kinds.values().sum::<usize>(), g.edge_count());
}

#[test]
fn dot_names_every_node_and_edge_and_graphviz_reads_it() {
    let g = sample();
    let dot = export::to_dot(&g);
    for node in g.nodes() {
        assert!(
            dot.contains(&format!("  \"{}\" [kind=\"{}\"", node.id, node.kind)),
            "{}",
            node.id
        );
    }
    assert_eq!(dot.matches(" -> ").count(), g.edge_count());
    assert!(dot.contains(r#"title="The situation in Mali: \"MINUSMA\" & <the G5 Sahel>, 'joint force'""#));
    // Graphviz itself, where installed: it must parse the file and keep every node.
    let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tplain")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        println!("skipped graphviz check: `dot` not installed");
        return;
    };
    use std::io::Write;
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plain = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        plain.lines().filter(|l| l.starts_with("node ")).count(),
        g.node_count()
    );
    assert_eq!(
        plain.lines().filter(|l| l.starts_with("edge ")).count(),
        g.edge_count()
    );
}

/// Parse N-Triples with oxttl (validating IRIs and escapes) into triples.
fn parse_ntriples(text: &str) -> Vec<oxrdf::Triple> {
    oxttl::NTriplesParser::new()
        .for_slice(text)
        .collect::<Result<Vec<_>, _>>()
        .expect("the N-Triples parse")
}

fn literal_of<'t>(triples: &'t [oxrdf::Triple], subject: &str, predicate: &str) -> Vec<&'t str> {
    triples
        .iter()
        .filter(|t| matches!(&t.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == subject))
        .filter(|t| t.predicate.as_str() == predicate)
        .filter_map(|t| match &t.object {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
        .collect()
}

#[test]
fn ntriples_parse_with_oxttl_and_keep_values() {
    let g = sample();
    let text = export::to_ntriples(&g);
    let triples = parse_ntriples(&text);
    let unx = |name: &str| format!("{}{name}", export::VOCAB);
    let r = g.node("S/RES/2531 (2020)").unwrap();
    let iri = export::node_iri(&r.id);
    assert_eq!(iri, "https://undocs.org/S/RES/2531%20(2020)");
    assert_eq!(literal_of(&triples, &iri, &unx("id")), [r.id.as_str()]);
    assert_eq!(
        literal_of(&triples, &iri, "http://purl.org/dc/terms/title"),
        [r.title.as_deref().unwrap()]
    );
    assert_eq!(
        literal_of(&triples, &iri, &unx("agenda")),
        [r.agenda.as_deref().unwrap()]
    );
    assert_eq!(
        literal_of(&triples, &iri, &unx("sourceQuote")),
        [r.source.as_ref().unwrap().quote.as_str()]
    );
    let mut aliases = literal_of(&triples, &iri, "http://www.w3.org/2004/02/skos/core#altLabel");
    aliases.sort();
    let mut expected: Vec<&str> = r.aliases.iter().map(String::as_str).collect();
    expected.sort();
    assert_eq!(aliases, expected);

    // Every node has its unx:id, and the ids are the graph's.
    let ids: BTreeSet<&str> = triples
        .iter()
        .filter(|t| t.predicate.as_str() == unx("id"))
        .filter_map(|t| match &t.object {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
        .collect();
    assert_eq!(ids, g.nodes().map(|n| n.id.as_str()).collect::<BTreeSet<_>>());

    // One direct triple and one reified statement per edge.
    let statements = triples
        .iter()
        .filter(|t| {
            t.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                && matches!(&t.object, Term::NamedNode(n) if n.as_str().ends_with("#Statement"))
        })
        .count();
    assert_eq!(statements, g.edge_count());
    let cites = triples
        .iter()
        .filter(|t| t.predicate.as_str() == unx("cites"))
        .count();
    assert_eq!(cites, 3);
    let quote = triples
        .iter()
        .filter(|t| t.predicate.as_str() == unx("evidenceQuote"))
        .filter_map(|t| match &t.object {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
        .next()
        .unwrap();
    assert_eq!(
        quote,
        "Recalling its resolutions 2391 (2017), \"and\" 2423 (2018);\tall"
    );
    let voted = triples
        .iter()
        .find(|t| t.predicate.as_str() == unx("voted"))
        .unwrap();
    assert!(
        matches!(&voted.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == "https://unxref.org/id/state/C%C3%B4te%20d%27Ivoire")
    );
}

#[test]
fn ntriples_of_the_bundled_corpus_parse() {
    let g = data_graph();
    let triples = parse_ntriples(&export::to_ntriples(&g));
    assert!(triples.len() >= 4 * g.node_count() + 5 * g.edge_count());
}

#[test]
fn exports_are_deterministic() {
    let a = sample();
    // The same nodes and facts added in reverse order give the same bytes.
    let mut b = CitationGraph::new();
    for node in nodes(&a).into_iter().rev() {
        b.add_node(node);
    }
    let node_ref = |id: &str| {
        let n = a.node(id).unwrap();
        named(&n.id, n.kind, &n.label)
    };
    for (s, t, kind, attrs) in edges(&a).into_iter().rev() {
        b.add_link(&Link {
            source: node_ref(&s),
            target: node_ref(&t),
            kind,
            attrs,
        });
    }
    assert_ne!(
        a.petgraph().node_weights().next().map(|n| &n.id),
        b.petgraph().node_weights().next().map(|n| &n.id),
        "the two graphs hold their nodes in different orders"
    );
    for format in Format::ALL {
        assert_eq!(export::render(&a, format), export::render(&b, format), "{format}");
    }
}

#[test]
fn write_puts_multi_file_formats_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample();
    let out = dir.path().join("neo4j");
    let written = export::write(&g, Format::Neo4j, &out).unwrap();
    assert_eq!(written, [out.join("nodes.csv"), out.join("relationships.csv")]);
    let (nodes, _) = export::to_neo4j_csv(&g);
    assert_eq!(std::fs::read_to_string(&written[0]).unwrap(), nodes);

    let file = dir.path().join("graph.graphml");
    export::write(&g, Format::GraphMl, &file).unwrap();
    let err = export::write(&g, Format::EdgeList, &file).unwrap_err();
    assert!(err.to_string().contains("needs a folder"), "{err}");
    let back = import::from_graphml(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_same_graph(&g, &back, "GraphML file");
}

#[test]
fn cli_exports_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_unxref");
    for (format, target) in [
        ("json", "g.json"),
        ("graphml", "g.graphml"),
        ("dot", "g.dot"),
        ("ntriples", "g.nt"),
        ("neo4j", "neo4j"),
        ("csv", "edges"),
    ] {
        let out = dir.path().join(target);
        let status = std::process::Command::new(bin)
            .args(["export", "--format", format, "--corpus", DATA, "-o"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        assert!(out.exists(), "{format} wrote {}", out.display());
    }
    let g = data_graph();
    let json = std::fs::read_to_string(dir.path().join("g.json")).unwrap();
    assert_same_graph(&g, &import::from_json(&json).unwrap(), "CLI JSON");
    assert!(dir.path().join("neo4j/relationships.csv").is_file());
    assert!(dir.path().join("edges/edges.csv").is_file());

    let refused = std::process::Command::new(bin)
        .args(["export", "--format", "neo4j", "--corpus", DATA])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("-o DIR"));
}

#[cfg(unix)]
#[test]
fn written_files_get_the_permissions_of_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    // The process umask, as Linux reports it; elsewhere the check is skipped.
    let Some(umask) = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
    else {
        println!("skipped: no umask in /proc/self/status");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("g.graphml");
    export::write(&sample(), Format::GraphMl, &file).unwrap();
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    // Not tempfile's private 0o600.
    assert_eq!(mode & 0o777, 0o666 & !umask, "mode {mode:o}, umask {umask:o}");
}

/// A fact read from a PDF is located by its page as well as its line: the
/// CSV and GraphML exports carry `evidence_page` (they once dropped it,
/// leaving a line number with no page in a forty-page report), and the
/// GraphML import reads it back.
#[test]
fn pdf_evidence_keeps_its_page_in_every_export() {
    let Some(dir) = common::sg_reports_or_skip() else {
        return;
    };
    let pdf = dir.join("MINUSTAH_S_2012_534.pdf");
    let corpus = Extractor::new().extract_paths(&[pdf]);
    let g = CitationGraph::from_extractions(corpus.extractions);
    let paged = g
        .edges()
        .filter(|e| {
            e.edge
                .attrs()
                .evidence
                .as_ref()
                .is_some_and(|ev| ev.page.is_some())
        })
        .count();
    assert!(paged > 10, "a report's citations are paged: {paged}");
    let (_, csv) = export::to_edge_list(&g);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("a header").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let (file, page) = (column("evidence_file"), column("evidence_page"));
    let with_page = reader
        .records()
        .map(|r| r.expect("a record"))
        .filter(|r| r[file].ends_with(".pdf") && r[page].parse::<u32>().is_ok_and(|p| p >= 1))
        .count();
    assert_eq!(with_page, paged, "every paged edge has its page in the CSV");
    let back = import::from_graphml(&export::to_graphml(&g)).unwrap();
    assert_same_graph(&g, &back, "GraphML over a PDF");
    let pages = |g: &CitationGraph| -> Vec<Option<u32>> {
        g.edges()
            .map(|e| e.edge.attrs().evidence.as_ref().and_then(|ev| ev.page))
            .collect()
    };
    assert_eq!(pages(&g), pages(&back), "GraphML keeps the pages");
}
