//! Facts the audits found missing or wrong in the graph's attributes and
//! actors (audit 6 G13, G19 and others), on the corpus's own files
//! (`corpus/sc-resolutions`, the shared corpus's copy) and lines, quoted.

use unxref::{CitationGraph, Extraction, Extractor};

/// The text of a file of the bundled copy of the sc-resolutions corpus.
fn corpus_file(name: &str) -> String {
    let path = format!("{}/corpus/sc-resolutions/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    String::from_utf8_lossy(&bytes).into_owned()
}

fn extract(name: &str) -> Extraction {
    Extractor::new().extract_str(name, &corpus_file(name))
}

/// The `meeting` cell of each node of the CSV export (the edge list's
/// `nodes.csv`), by id.
fn meeting_cells(graph: &CitationGraph) -> std::collections::HashMap<String, String> {
    let (nodes, _) = unxref::graph::export::to_edge_list(graph);
    let mut reader = csv::Reader::from_reader(nodes.as_bytes());
    let header = reader.headers().expect("a header").clone();
    let at = |name: &str| header.iter().position(|h| h == name).expect("the column");
    let (id, meeting) = (at("id"), at("meeting"));
    reader
        .records()
        .map(|r| r.expect("a row"))
        .map(|r| (r[id].to_string(), r[meeting].to_string()))
        .collect()
}

/// G13: `S-RES-2160(2014).txt:8` "Adopted by the Security Council at its
/// 7198th meeting, on 17 June 2014" states the meeting without a tally:
/// the export's `meeting` is the meeting all the same (it was empty for
/// every resolution without a tally line, 2,068 of 2,261).
#[test]
fn the_meeting_of_a_resolution_without_a_tally_is_exported() {
    let x = extract("S-RES-2160(2014).txt");
    assert_eq!(x.documents[0].adopted_at.as_deref(), Some("S/PV.7198"));
    assert!(x.documents[0].node.tally.is_none());
    let graph = CitationGraph::from_extractions(vec![x]);
    let ix = graph.index_of("S/RES/2160 (2014)").expect("held");
    assert_eq!(graph.adopting_meeting(ix), Some(7198));
    assert_eq!(meeting_cells(&graph)["S/RES/2160 (2014)"], "7198");
    let json = unxref::graph::export::node_json_in(&graph, &graph.petgraph()[ix]);
    assert_eq!(json["meeting"], 7198);
    // The meeting record itself has no meeting of its own to state.
    assert_eq!(meeting_cells(&graph)["S/PV.7198"], "");
}

/// G13: the adoption line is read in all the corpus's wordings of it:
/// `S-RES-1090(1996).txt` "Adopted by the Security Council at its 3725th
/// (closed) meeting, on 13 December 1996"; `S-RES-1601(2005).txt` "Adoption
/// by the Security Council at its 5192nd meeting, on 31 May 2005";
/// `S-RES-1727(2006).txt` "Adopted by the Security Council at is 5592nd
/// meeting, on 15 December 2006"; `S-RES-310(1972).txt` "Adopted at the
/// 1638th meting by 13 votes to none, with 2 abstentions (France, …)".
/// And a short old text whose adoption line straddles the end of the span
/// read after the heading: `S-RES-106(1955).txt:37` "Adopted unanimously at
/// the 695th meeting." (2,124 bytes).
#[test]
fn every_wording_of_the_adoption_line_gives_the_meeting() {
    for (file, meeting) in [
        ("S-RES-1090(1996).txt", "S/PV.3725"),
        ("S-RES-1358(2001).txt", "S/PV.4337"),
        ("S-RES-1601(2005).txt", "S/PV.5192"),
        ("S-RES-1727(2006).txt", "S/PV.5592"),
        ("S-RES-310(1972).txt", "S/PV.1638"),
        ("S-RES-106(1955).txt", "S/PV.695"),
        ("S-RES-330(1973).txt", "S/PV.1704"),
    ] {
        let x = extract(file);
        assert_eq!(x.documents[0].adopted_at.as_deref(), Some(meeting), "{file}");
    }
}

/// G19: a working group of the Council is no committee. `S-RES-1296(2000).txt:12`
/// "Expressing its appreciation to the informal Working Group established
/// pursuant to resolution 1265 (1999) for its work," and
/// `S-RES-1170(1998).txt:38` "4. Decides to establish an ad hoc Working Group,
/// comprised of all members of the Council, …" made the 1265 and 1170 working
/// groups `committee`s, so "which resolutions established a sanctions
/// committee" listed 1170 and 1265.
#[test]
fn a_working_group_is_not_a_committee() {
    for (file, id) in [
        (
            "S-RES-1296(2000).txt",
            "actor:Working Group established pursuant to resolution 1265 (1999)",
        ),
        (
            "S-RES-1170(1998).txt",
            "actor:Working Group established pursuant to resolution 1170 (1998)",
        ),
    ] {
        let x = extract(file);
        let target = x
            .links
            .iter()
            .map(|l| &l.target)
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("{file}: no link to {id}"));
        assert_eq!(target.category, Some(unxref::Category::Body), "{file}");
    }
}

/// The French forces that supported UNOCI are named in lower case until
/// 2009: `S-RES-1603(2005).txt:50` "11. Decides that the mandate of UNOCI and
/// of the French forces which support it shall be extended until 24 June
/// 2005"; `S-RES-1880(2009).txt:80` "30. Decides to extend until 31 January
/// 2010 the authorization it provided to the French forces in order to
/// support UNOCI". Only the later "French Forces" (2162 (2014)) was read.
#[test]
fn the_french_forces_in_lower_case_are_the_french_forces() {
    for (file, date) in [
        ("S-RES-1603(2005).txt", "2005-06-24"),
        ("S-RES-1880(2009).txt", "2010-01-31"),
    ] {
        let x = extract(file);
        let found = x.links.iter().any(|l| {
            l.kind == unxref::EdgeKind::ExtendsMandate
                && l.target.id == "actor:French Forces"
                && l.attrs.date.map(|d| d.to_string()).as_deref() == Some(date)
        });
        assert!(found, "{file}: no extension of the French Forces until {date}");
    }
}
