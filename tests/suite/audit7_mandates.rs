//! The seventh audit's findings on mandates (`/work/audit7/REPORT.md`, H3,
//! H9, H12, H14), on the audit's texts and the corpus's lines, quoted.

use unxref::{EdgeKind, Extractor};

use crate::common::links_of_kind as links;

/// A resolution's heading, then its operative paragraphs.
fn resolution(number: u32, year: u16, paragraphs: &str) -> String {
    format!(
        "United Nations S/RES/{number} ({year})\nSecurity Council\n\nResolution {number} ({year})\n\n\
         Adopted by the Security Council at its 9820th meeting, on 20 December {year}\n\n\
         The Security Council,\n\n{paragraphs}\n"
    )
}

/// H9: the audit's text `m/r.txt:18` "1. Decides not to renew the mandate of
/// the United Nations Assistance Mission in Afghanistan (UNAMA) beyond 17
/// March 2025;" is a decision not to renew, no renewal; so are its variants.
/// The same text's "3. Decides to extend the mandate of UNDOF until 30 June
/// 2025;" is one.
#[test]
fn a_decision_not_to_renew_is_no_renewal() {
    for refused in [
        "1. Decides not to renew the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA) beyond 17 March 2025;",
        "1. Decides not to extend the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA) beyond 17 March 2025;",
        "1. Decides not to renew the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA);",
        "1. Decides also not to renew the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA);",
        "1. Decides that the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA) shall not be renewed after 17 March 2025;",
    ] {
        let text = resolution(2760, 2024, refused);
        assert_eq!(
            links("S-RES-2760(2024).txt", &text, EdgeKind::ExtendsMandate),
            [],
            "{refused}"
        );
    }
    let text = resolution(
        2760,
        2024,
        "3. Decides to extend the mandate of UNDOF until 30 June 2025;",
    );
    assert_eq!(
        links("S-RES-2760(2024).txt", &text, EdgeKind::ExtendsMandate),
        [(
            "actor:UNDOF".to_string(),
            "extends".to_string(),
            Some("2025-06-30".to_string())
        )]
    );
}

/// The corpus's files of these resolutions, read into one graph (None, with
/// the line that says so, when the corpus is not there).
fn corpus_graph(files: &[&str]) -> Option<unxref::CitationGraph> {
    let dir = crate::common::sc_corpus_or_skip()?;
    let paths: Vec<std::path::PathBuf> = files.iter().map(|f| dir.join(f)).collect();
    let corpus = Extractor::new().extract_paths(&paths);
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    Some(unxref::CitationGraph::from_extractions(corpus.extractions))
}

/// The (source, kind, date) of the mandate links into a body.
fn mandate_history(graph: &unxref::CitationGraph, body: &str) -> Vec<(String, EdgeKind, Option<String>)> {
    let mut out: Vec<_> = graph
        .edges()
        .filter(|e| e.target.id == body)
        .filter(|e| {
            matches!(
                e.edge.kind,
                EdgeKind::ExtendsMandate | EdgeKind::Establishes | EdgeKind::Terminates
            )
        })
        .map(|e| {
            (
                e.source.id.clone(),
                e.edge.kind,
                e.edge.attrs().date.map(|d| d.to_string()),
            )
        })
        .collect();
    out.sort();
    out
}

/// H3: the Panel of Experts on Liberia, renewed under the name of the
/// resolution that last renewed it: `S-RES-1903(2009).txt:40` "9. Decides to
/// extend the mandate of the Panel of Experts appointed pursuant to paragraph
/// 4 of resolution 1854 (2008) for a further period until 20 December 2010",
/// `S-RES-1854(2008).txt` "… appointed pursuant to paragraph 1 of resolution
/// 1819 (2008) …", `S-RES-1760(2007).txt:26` "1. Requests the
/// Secretary-General to establish, … a Panel of Experts …" (the dictionary
/// knows the Liberia panel by 1760's name for it), `S-RES-1647(2005).txt:39`
/// "Decides to re-establish the Panel of Experts appointed pursuant to
/// resolution 1607 (2005)". One panel, one history, to 2015; no resolution
/// after 1521 (2003) "establishes" it, and no node is named after a renewal.
#[test]
fn a_panel_renewed_under_its_renewals_names_is_one_panel() {
    let renewals = [
        "S-RES-1549(2004).txt",
        "S-RES-1579(2004).txt",
        "S-RES-1607(2005).txt",
        "S-RES-1647(2005).txt",
        "S-RES-1689(2006).txt",
        "S-RES-1731(2006).txt",
        "S-RES-1760(2007).txt",
        "S-RES-1792(2007).txt",
        "S-RES-1819(2008).txt",
        "S-RES-1854(2008).txt",
        "S-RES-1903(2009).txt",
        "S-RES-1961(2010).txt",
        "S-RES-2025(2011).txt",
        "S-RES-2079(2012).txt",
        "S-RES-2128(2013).txt",
        "S-RES-2188(2014).txt",
        "S-RES-2237(2015).txt",
    ];
    let mut files = vec!["S-RES-1521(2003).txt"];
    files.extend(renewals);
    let Some(graph) = corpus_graph(&files) else {
        return;
    };
    let history = mandate_history(&graph, "actor:Panel of Experts on Liberia");
    let establishes: Vec<&str> = history
        .iter()
        .filter(|(_, k, _)| *k == EdgeKind::Establishes)
        .map(|(s, _, _)| s.as_str())
        .collect();
    assert_eq!(establishes, ["S/RES/1521 (2003)"], "{history:#?}");
    let renewed: std::collections::BTreeSet<&str> = history
        .iter()
        .filter(|(_, k, _)| *k == EdgeKind::ExtendsMandate)
        .map(|(s, _, _)| s.as_str())
        .collect();
    for file in renewals {
        let n = file.trim_start_matches("S-RES-").split('(').next().unwrap_or("");
        assert!(
            renewed.iter().any(|s| s.starts_with(&format!("S/RES/{n} "))),
            "{file} renews the panel: {history:#?}"
        );
    }
    assert!(
        history.contains(&(
            "S/RES/1903 (2009)".to_string(),
            EdgeKind::ExtendsMandate,
            Some("2010-12-20".to_string())
        )),
        "{history:#?}"
    );
    // 1521 (2003) names the panel 1478 (2003) established before it, a
    // panel of its own; none other is named after a resolution.
    let split: Vec<_> = graph
        .nodes()
        .filter(|n| n.id.contains("Panel of Experts established pursuant to"))
        .map(|n| n.id.clone())
        .collect();
    assert_eq!(
        split,
        ["actor:Panel of Experts established pursuant to resolution 1478 (2003)"]
    );
    // The renewals' names of it stay as names of the panel.
    assert_eq!(
        graph
            .node("actor:Panel of Experts established pursuant to resolution 1854 (2008)")
            .map(|n| n.id.as_str()),
        Some("actor:Panel of Experts on Liberia")
    );
}

/// H14: the DRC Group of Experts, renewed in words that name it by no
/// resolution with a year: `S-RES-1616(2005).txt:25` "4. Requests the
/// Secretary-General, in consultation with the Committee, to re-establish
/// the Group of Experts … for a period expiring on 31 January 2006" (line
/// 14: "the Group of Experts referred to in paragraph 10 of resolution 1533
/// and paragraph 21 of resolution 1596 (hereafter the Group of Experts)");
/// `S-RES-1698(2006).txt:29` "3. Requests the Secretary-General to take the
/// necessary administrative measures as expeditiously as possible with a
/// view to extending the mandate of the Group of Experts for a period
/// expiring on 31 July 2007"; `S-RES-1768(2007).txt:24` "4. Decides to
/// extend, for the period specified in paragraph 1 above, the mandate of
/// the Group of Experts referred to in paragraph 3 of resolution 1698;"
/// (line 17: "1. Decides to extend until 10 August 2007 the measures on
/// arms …"); `S-RES-1799(2008).txt:23` "4. Decides to extend, for the period
/// specified in paragraph 1 above, the mandate of the Group of Experts
/// referred to in paragraph 9 of resolution 1771;" (line 16: "until 31 March
/// 2008").
#[test]
fn the_drc_group_of_experts_renewals_without_years_are_read() {
    let Some(graph) = corpus_graph(&[
        "S-RES-1616(2005).txt",
        "S-RES-1698(2006).txt",
        "S-RES-1768(2007).txt",
        "S-RES-1799(2008).txt",
    ]) else {
        return;
    };
    let history = mandate_history(
        &graph,
        "actor:Group of Experts on the Democratic Republic of the Congo",
    );
    let want = [
        ("S/RES/1616 (2005)", "2006-01-31"),
        ("S/RES/1698 (2006)", "2007-07-31"),
        ("S/RES/1768 (2007)", "2007-08-10"),
        ("S/RES/1799 (2008)", "2008-03-31"),
    ];
    let got: Vec<(&str, &str)> = history
        .iter()
        .filter(|(_, k, _)| *k == EdgeKind::ExtendsMandate)
        .map(|(s, _, d)| (s.as_str(), d.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(got, want, "{history:#?}");
}

/// H12: the audit's `t03_sres2350.txt:20` "2. Decides that MINUSTAH will
/// close on 15 October 2017 and that all military personnel shall be
/// withdrawn from Haiti by that date;" ends MINUSTAH; line 22 "3. Decides
/// to establish a follow-on peacekeeping mission in Haiti, the United
/// Nations Mission for Justice Support in Haiti (MINUJUSTH), for an initial
/// period of six months from 16 October 2017 until 15 April 2018;" gives
/// MINUJUSTH's first end date.
#[test]
fn a_closure_ends_a_mission_and_a_new_mission_keeps_its_end_date() {
    let text = resolution(
        2350,
        2017,
        "1. Decides to extend the mandate of the United Nations Stabilization Mission in Haiti (MINUSTAH) for a final \
         period until 15 October 2017, and requests the Secretary-General to ensure the gradual drawdown of the \
         military component during this period;\n\n\
         2. Decides that MINUSTAH will close on 15 October 2017 and that all military personnel shall be withdrawn \
         from Haiti by that date;\n\n\
         3. Decides to establish a follow-on peacekeeping mission in Haiti, the United Nations Mission for Justice \
         Support in Haiti (MINUJUSTH), for an initial period of six months from 16 October 2017 until 15 April 2018;",
    );
    let file = "S-RES-2350(2017).txt";
    assert_eq!(
        links(file, &text, EdgeKind::Terminates),
        [(
            "actor:MINUSTAH".to_string(),
            "closes".to_string(),
            Some("2017-10-15".to_string())
        )]
    );
    assert_eq!(
        links(file, &text, EdgeKind::Establishes),
        [(
            "actor:MINUJUSTH".to_string(),
            "decides to establish".to_string(),
            Some("2018-04-15".to_string())
        )]
    );
    // What closes is a mission the subject names, not a thing in it.
    for other in [
        "2. Decides that the border crossing at Bab al-Hawa will close on 15 October 2017;",
        "2. Decides that the office of MINUSTAH in Jacmel will close on 15 October 2017;",
    ] {
        let text = resolution(2350, 2017, other);
        assert_eq!(links(file, &text, EdgeKind::Terminates), [], "{other}");
    }
}
