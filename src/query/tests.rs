//! Evaluator tests on a small graph built through the [`CitationGraph`] API,
//! shaped like seed 000: the draft S/2020/600 holds the text and the votes,
//! and was adopted as resolution 2531 (2020).

use super::*;
use crate::model::{EdgeAttrs, Link, Node, NodeKind, NodeRef, VotePosition};

fn node_ref(id: &str) -> NodeRef {
    let (kind, label) = if let Some(rest) = id.strip_prefix("state:") {
        (NodeKind::State, rest.to_string())
    } else if let Some(rest) = id.strip_prefix("actor:") {
        (NodeKind::Actor, rest.to_string())
    } else if let Some(rest) = id.strip_prefix("person:") {
        (NodeKind::Person, rest.to_string())
    } else {
        let symbol: crate::Symbol = id.parse().expect("test ids are symbols");
        return NodeRef::document(&symbol);
    };
    NodeRef {
        id: id.to_string(),
        kind,
        label,
        category: None,
    }
}

fn link(g: &mut CitationGraph, from: &str, kind: EdgeKind, to: &str, attrs: EdgeAttrs) {
    g.add_link(&Link {
        source: node_ref(from),
        target: node_ref(to),
        kind,
        attrs,
    });
}

fn relation(r: &str, paragraph: &str) -> EdgeAttrs {
    EdgeAttrs {
        relation: Some(r.to_string()),
        paragraph: paragraph.parse().ok(),
        ..EdgeAttrs::default()
    }
}

fn vote(p: VotePosition) -> EdgeAttrs {
    EdgeAttrs {
        position: Some(p),
        ..EdgeAttrs::default()
    }
}

fn held(g: &mut CitationGraph, id: &str, kind: NodeKind, year: u16) {
    let mut node = Node::new(id, kind, crate::model::label_for(&id.parse().expect("symbol")));
    node.held = true;
    node.year = Some(year);
    g.add_node(node);
}

fn graph() -> CitationGraph {
    let mut g = CitationGraph::new();
    held(&mut g, "S/2020/600", NodeKind::DraftResolution, 2020);
    held(&mut g, "S/RES/2531 (2020)", NodeKind::Resolution, 2020);
    held(&mut g, "S/RES/2518 (2020)", NodeKind::Resolution, 2020);
    let mut minusma = Node::new("actor:MINUSMA", NodeKind::Actor, "MINUSMA");
    minusma.title = Some("United Nations Multidimensional Integrated Stabilization Mission in Mali".into());
    minusma.held = true;
    g.add_node(minusma);
    let mut uk = Node::new("state:United Kingdom", NodeKind::State, "United Kingdom");
    uk.aliases = vec!["United Kingdom of Great Britain and Northern Ireland".into()];
    uk.held = true;
    g.add_node(uk);
    let mut panel = Node::new(
        "actor:Panel of Experts on Mali",
        NodeKind::Actor,
        "Panel of Experts on Mali",
    );
    panel.held = true;
    g.add_node(panel);

    link(
        &mut g,
        "S/2020/600",
        EdgeKind::AdoptedAs,
        "S/RES/2531 (2020)",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "S/2020/600",
        EdgeKind::Cites,
        "S/RES/2391 (2017)",
        relation("recalling", "preamble"),
    );
    link(
        &mut g,
        "S/2020/600",
        EdgeKind::Cites,
        "S/RES/1325 (2000)",
        relation("reaffirming", "preamble"),
    );
    link(
        &mut g,
        "S/2020/600",
        EdgeKind::Cites,
        "S/PRST/2018/10",
        relation("recalling", "preamble"),
    );
    link(
        &mut g,
        "S/2020/600",
        EdgeKind::Cites,
        "S/RES/2374 (2017)",
        relation("pursuant to", "5"),
    );
    link(
        &mut g,
        "S/2020/600",
        EdgeKind::Mentions,
        "actor:MINUSMA",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "S/2020/600",
        EdgeKind::SubmittedBy,
        "state:France",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "state:France",
        EdgeKind::Voted,
        "S/2020/600",
        vote(VotePosition::InFavour),
    );
    link(
        &mut g,
        "state:United Kingdom",
        EdgeKind::Voted,
        "S/2020/600",
        vote(VotePosition::InFavour),
    );
    link(
        &mut g,
        "S/RES/2531 (2020)",
        EdgeKind::ExtendsMandate,
        "actor:MINUSMA",
        EdgeAttrs {
            date: "2021-06-30".parse().ok(),
            ..EdgeAttrs::default()
        },
    );
    link(
        &mut g,
        "S/RES/2391 (2017)",
        EdgeKind::Cites,
        "S/RES/2374 (2017)",
        relation("recalling", "preamble"),
    );
    link(
        &mut g,
        "S/RES/2374 (2017)",
        EdgeKind::Cites,
        "S/RES/2364 (2017)",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "S/RES/2374 (2017)",
        EdgeKind::Establishes,
        "actor:Panel of Experts on Mali",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "S/RES/2518 (2020)",
        EdgeKind::Cites,
        "S/RES/2436 (2018)",
        relation("recalling", "preamble"),
    );
    link(
        &mut g,
        "S/RES/2518 (2020)",
        EdgeKind::Cites,
        "S/RES/1325 (2000)",
        relation("recalling", "preamble"),
    );
    link(
        &mut g,
        "S/RES/2518 (2020)",
        EdgeKind::Cites,
        "S/RES/2378 (2017)",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "S/RES/2518 (2020)",
        EdgeKind::Cites,
        "S/RES/2391 (2017)",
        EdgeAttrs::default(),
    );
    link(
        &mut g,
        "S/RES/2436 (2018)",
        EdgeKind::Cites,
        "S/RES/1325 (2000)",
        EdgeAttrs::default(),
    );
    g
}

fn ids(g: &CitationGraph, q: &str) -> Vec<String> {
    match g.query(q) {
        Ok(t) => t.node_ids().into_iter().map(str::to_string).collect(),
        Err(e) => panic!("{q}: {e}"),
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn a_resolution_answers_from_its_drafts_text() {
    let g = graph();
    assert_eq!(
        sorted(ids(&g, "what does 2531 cite")),
        [
            "S/PRST/2018/10",
            "S/RES/1325 (2000)",
            "S/RES/2374 (2017)",
            "S/RES/2391 (2017)"
        ]
    );
    let t = g.query("what does 2531 cite").unwrap();
    let Row::Node(row) = &t.rows()[0] else {
        panic!("node rows")
    };
    assert_eq!(row.via.as_deref(), Some("S/2020/600"));
    assert!(t.columns().contains(&"relation"));
    // The draft's citations are also found from the other end, as the
    // resolution's: a text and its adopted draft are one citing document.
    assert_eq!(
        sorted(ids(&g, "what cites 1325")),
        ["S/RES/2436 (2018)", "S/RES/2518 (2020)", "S/RES/2531 (2020)"]
    );
}

#[test]
fn walks_report_each_node_once_at_its_smallest_depth() {
    let g = graph();
    let t = g.query("what does 2531 cite within 2 steps").unwrap();
    let depth_of = |id: &str| {
        t.rows().iter().find_map(|r| match r {
            Row::Node(n) if n.id == id => Some(n.depth),
            _ => None,
        })
    };
    assert_eq!(depth_of("S/RES/2374 (2017)"), Some(1));
    assert_eq!(depth_of("S/RES/2364 (2017)"), Some(2));
    assert_eq!(t.len(), 5);
    // `*2..2` keeps nodes that a two-step walk reaches, even when one step also does.
    assert_eq!(
        sorted(ids(&g, "2531 -> cites*2..2")),
        ["S/RES/2364 (2017)", "S/RES/2374 (2017)"]
    );
    assert_eq!(ids(&g, "2531 -> cites*0..0"), ["S/RES/2531 (2020)"]);
}

#[test]
fn unbounded_walks_stop_at_the_depth_limit_and_say_so() {
    let mut g = CitationGraph::new();
    for i in 1..30u32 {
        link(
            &mut g,
            &format!("S/RES/{} (2000)", 1000 + i),
            EdgeKind::Cites,
            &format!("S/RES/{} (2000)", 1000 + i + 1),
            EdgeAttrs::default(),
        );
    }
    let t = g.query("what does 1001 cite transitively").unwrap();
    assert_eq!(t.len(), 10);
    assert!(t.notes()[0].contains("depth limit of 10"), "{:?}", t.notes());
    let t = g.query("set max_depth = 100; 1001 -> cites*").unwrap();
    assert_eq!(t.len(), 29);
    assert!(t.notes().is_empty());
    let t = g.query("1001 -> cites*1..20").unwrap();
    assert_eq!(t.len(), 20);
}

#[test]
fn votes_are_read_through_the_draft() {
    let g = graph();
    // This graph holds two members' votes on the draft, both in favour:
    // that no state voted against is not known, and the answer says so.
    let t = g.query("who voted against 2531").unwrap();
    assert!(t.is_empty());
    assert_eq!(
        t.empty_note(),
        Some(
            "the corpus does not name the states that voted against S/RES/2531 (2020): \
             the votes of 2 of the Security Council's 15 members are recorded"
        )
    );
    // A count of states the record does not name would read as "none".
    let t = g.query("how many states voted against 2531").unwrap();
    assert!(t.is_empty(), "{}", t.to_text());
    assert!(
        t.empty_note()
            .is_some_and(|n| n.starts_with("the corpus does not name the states that voted against")),
        "{:?}",
        t.empty_note()
    );
    let t = g.query("how did the United Kingdom vote on 2531").unwrap();
    assert_eq!(t.node_ids(), ["state:United Kingdom"]);
    let Row::Node(row) = &t.rows()[0] else { panic!() };
    assert_eq!(row.position, Some(VotePosition::InFavour));
    assert_eq!(
        sorted(ids(&g, "who voted in favour of 2531")),
        ["state:France", "state:United Kingdom"]
    );
    // From the state's side the resolution stands for the draft: one vote.
    assert_eq!(sorted(ids(&g, "France -> voted")), ["S/RES/2531 (2020)"]);
}

#[test]
fn actors_mandates_and_sponsors() {
    let g = graph();
    assert_eq!(sorted(ids(&g, "what mentions MINUSMA")), ["S/RES/2531 (2020)"]);
    assert_eq!(
        ids(
            &g,
            "what mentions the United Nations Multidimensional Integrated Stabilization Mission in Mali"
        )
        .len(),
        1
    );
    assert_eq!(
        ids(&g, "which resolutions established the panel of experts"),
        ["S/RES/2374 (2017)"]
    );
    assert_eq!(
        ids(&g, "which documents extend MINUSMA's mandate"),
        ["S/RES/2531 (2020)"]
    );
    assert_eq!(sorted(ids(&g, "what did France submit")), ["S/RES/2531 (2020)"]);
    let t = g.query("who signed 2531").unwrap();
    assert!(t.is_empty());
    assert_eq!(
        t.empty_note(),
        Some("no signatory of S/RES/2531 (2020) is recorded")
    );
}

#[test]
fn paths() {
    let g = graph();
    let t = g.query("path from 2531 to 2364").unwrap();
    assert_eq!(
        t.paths(),
        [["S/RES/2531 (2020)", "S/RES/2374 (2017)", "S/RES/2364 (2017)"]]
    );
    let t = g.query("how is 2518 connected to 2391").unwrap();
    assert_eq!(
        t.paths()[0].first().map(String::as_str),
        Some("S/RES/2518 (2020)")
    );
    assert_eq!(t.paths()[0].last().map(String::as_str), Some("S/RES/2391 (2017)"));
    let t = g.query("all paths from 2531 to 2364 max 3").unwrap();
    assert_eq!(
        t.paths(),
        [
            vec!["S/RES/2531 (2020)", "S/RES/2374 (2017)", "S/RES/2364 (2017)"],
            vec![
                "S/RES/2531 (2020)",
                "S/RES/2391 (2017)",
                "S/RES/2374 (2017)",
                "S/RES/2364 (2017)"
            ],
        ]
    );
    let t = g.query("all paths from 2531 to 2364 max 2").unwrap();
    assert_eq!(t.len(), 1);
    let t = g
        .query("set max_paths = 1; all paths from 2531 to 2364 max 3")
        .unwrap();
    assert_eq!(t.len(), 1);
    assert!(t.notes()[0].contains("stopped after 1 paths"));
    let t = g.query("path from 2364 to 2531").unwrap();
    assert!(t.is_empty());
    assert_eq!(t.to_json().trim(), "[]");
    let edges = g.query("path from 2531 to 2364").unwrap().edges();
    assert_eq!(edges.len(), 2);
}

#[test]
fn filters_sets_and_stages() {
    let g = graph();
    assert_eq!(
        sorted(ids(&g, "2531 -> cites where relation = recalling")),
        ["S/PRST/2018/10", "S/RES/2391 (2017)"]
    );
    assert_eq!(
        ids(&g, "2531 -> cites where paragraph = 5"),
        ["S/RES/2374 (2017)"]
    );
    assert_eq!(
        ids(&g, "2531 -> cites*1..3 [relation = \"recalling\"]"),
        ["S/PRST/2018/10", "S/RES/2391 (2017)", "S/RES/2374 (2017)"]
    );
    assert_eq!(
        sorted(ids(&g, "2531 -> cites intersect 2518 -> cites")),
        ["S/RES/1325 (2000)", "S/RES/2391 (2017)"]
    );
    assert_eq!(
        ids(&g, "(2531 -> cites except 2518 -> cites) where kind = prst"),
        ["S/PRST/2018/10"]
    );
    assert_eq!(
        ids(&g, "2531 -> cites union 2518 -> cites | count"),
        Vec::<String>::new(),
        "a count has no node ids"
    );
    let t = g.query("2531 -> cites union 2518 -> cites | count").unwrap();
    assert_eq!(t.rows(), [Row::Count(6)]);
    let t = g.query("all resolutions | group by year").unwrap();
    let groups: Vec<(String, u64)> = t
        .rows()
        .iter()
        .filter_map(|r| match r {
            Row::Group(g) => Some((g.key.to_string(), g.count)),
            _ => None,
        })
        .collect();
    assert_eq!(
        groups,
        [
            ("2000".into(), 1),
            ("2017".into(), 4),
            ("2018".into(), 1),
            ("2020".into(), 2)
        ]
    );
    assert_eq!(
        ids(
            &g,
            "all resolutions where year in 2017..2018 | sort by id desc | limit 2"
        ),
        ["S/RES/2436 (2018)", "S/RES/2391 (2017)"]
    );
    assert_eq!(
        ids(&g, "all where stub and kind = resolutions and year < 2017"),
        ["S/RES/1325 (2000)"]
    );
    assert_eq!(
        ids(&g, "all resolutions where mentions minusma"),
        ["S/RES/2531 (2020)"]
    );
    assert_eq!(
        ids(
            &g,
            "let x = 2531 -> cites; let y = 2518 -> cites; $x intersect y where year < 2017"
        ),
        ["S/RES/1325 (2000)"]
    );
}

#[test]
fn rankings() {
    let g = graph();
    let t = g.query("most cited resolutions").unwrap();
    assert_eq!(t.node_ids()[0], "S/RES/1325 (2000)");
    assert!(t.columns().contains(&"citations"));
    let Row::Node(top) = &t.rows()[0] else { panic!() };
    assert_eq!(top.score, Some(3.0));
    // PageRank flows down the chain draft → 2391 → 2374 → 2364, whose end
    // outranks 1325 and its three citers.
    let t = g.query("all | top 2 by pagerank").unwrap();
    assert_eq!(t.node_ids(), ["S/RES/2364 (2017)", "S/RES/1325 (2000)"]);
    // 1325 is cited by 2531 (through its draft) and 2518; co-cited with what they cite.
    let t = g.query("what is most often cited together with 1325").unwrap();
    assert_eq!(t.node_ids()[0], "S/RES/2391 (2017)", "{}", t.to_text());
    let Row::Node(first) = &t.rows()[0] else { panic!() };
    assert_eq!(first.score, Some(2.0));
    assert!(!t.node_ids().contains(&"S/RES/1325 (2000)"));
    let coupled = ids(&g, "2518 | coupled");
    assert_eq!(coupled, ["S/RES/2531 (2020)", "S/RES/2436 (2018)"]);
}

#[test]
fn pagerank_matches_a_dense_computation() {
    let g = graph();
    let pg = g.petgraph();
    let pr = eval::pagerank(pg, resolve::EdgeMask::of(EdgeKind::Cites), 0.85, 200, 1e-14);
    let nodes: Vec<_> = pg.node_indices().collect();
    let n = nodes.len() as f64;
    let mut rank = vec![1.0 / n; nodes.len()];
    let out: Vec<Vec<usize>> = nodes
        .iter()
        .map(|a| {
            pg.edges_directed(*a, petgraph::Direction::Outgoing)
                .filter(|e| e.weight().kind == EdgeKind::Cites)
                .map(|e| {
                    nodes
                        .iter()
                        .position(|x| *x == petgraph::visit::EdgeRef::target(&e))
                        .unwrap()
                })
                .collect()
        })
        .collect();
    for _ in 0..200 {
        let mut next = vec![0.15 / n; nodes.len()];
        for (i, targets) in out.iter().enumerate() {
            if targets.is_empty() {
                for x in next.iter_mut() {
                    *x += 0.85 * rank[i] / n;
                }
            } else {
                for t in targets {
                    next[*t] += 0.85 * rank[i] / targets.len() as f64;
                }
            }
        }
        rank = next;
    }
    for (i, ix) in nodes.iter().enumerate() {
        assert!((pr[ix.index()] - rank[i]).abs() < 1e-9, "{}", pg[*ix].id);
    }
    let total: f64 = nodes.iter().map(|ix| pr[ix.index()]).sum();
    assert!((total - 1.0).abs() < 1e-9);
}

#[test]
fn names_resolve_in_every_form() {
    let g = graph();
    for name in [
        "2531",
        "2531 (2020)",
        "resolution 2531",
        "S/RES/2531 (2020)",
        "S/RES/2531(2020)",
        "\"S/RES/2531 (2020)\"",
    ] {
        assert_eq!(ids(&g, &format!("show {name}")), ["S/RES/2531 (2020)"], "{name}");
    }
    assert_eq!(ids(&g, "show minusma"), ["actor:MINUSMA"]);
    assert_eq!(
        ids(
            &g,
            "show \"the United Kingdom of Great Britain and Northern Ireland\""
        ),
        ["state:United Kingdom"]
    );
    assert_eq!(
        ids(&g, "show \"panel of experts\""),
        ["actor:Panel of Experts on Mali"]
    );
}

#[test]
fn every_unknown_name_is_reported_with_candidates() {
    let g = graph();
    let e = g.query("path from 2391 (2018) to minusmo").unwrap_err();
    let QueryError::Names(problems) = &e else {
        panic!("{e}")
    };
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].candidates, ["S/RES/2391 (2017)"]);
    assert_eq!(problems[1].candidates, ["actor:MINUSMA"]);
    assert_eq!(
        e.to_string(),
        "2391 (2018): no node of that name; did you mean S/RES/2391 (2017)?\n  \
         path from 2391 (2018) to minusmo\n            ^^^^^^^^^^^\n\
         minusmo: no node of that name; did you mean actor:MINUSMA?\n  \
         path from 2391 (2018) to minusmo\n                           ^^^^^^^"
    );
    let e = g
        .query("2531 -> citez | top 3 by pagerenk")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("citez: no edge kind of that name; did you mean cites?"),
        "{e}"
    );
    assert!(
        e.contains("pagerenk: no metric of that name; did you mean pagerank?"),
        "{e}"
    );
}

#[test]
fn ambiguous_names_list_their_candidates() {
    let mut g = graph();
    let mut other = Node::new(
        "actor:Panel of Experts on Libya",
        NodeKind::Actor,
        "Panel of Experts on Libya",
    );
    other.held = true;
    g.add_node(other);
    let e = g
        .query("what mentions the panel of experts")
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "the panel of experts: ambiguous node, it could be actor:Panel of Experts on Libya or \
         actor:Panel of Experts on Mali; write one of them in full, or say \"a panel of experts\" for every one\n  \
         what mentions the panel of experts\n                ^^^^^^^^^^^^^^^^^^^^"
    );
    // Where only one candidate has the edges a step follows, it is taken, and the table says so.
    let t = g
        .query("which resolutions established the panel of experts")
        .unwrap();
    assert_eq!(t.node_ids(), ["S/RES/2374 (2017)"]);
    assert_eq!(
        t.notes(),
        [
            "\"the panel of experts\" taken as actor:Panel of Experts on Mali, the only match with \
          establishes edges coming in (also matched: actor:Panel of Experts on Libya)"
        ]
    );
}

#[test]
fn explain_prints_a_formal_plan_that_runs() {
    let g = graph();
    let t = g.query("explain what does 2531 cite within 2 steps").unwrap();
    let text = t.to_text();
    assert!(
        text.starts_with("\"S/RES/2531 (2020)\" -> cites*1..2\n"),
        "{text}"
    );
    assert_eq!(ids(&g, &text), ids(&g, "what does 2531 cite within 2 steps"));
}

#[test]
fn render_statements_carry_their_file() {
    let g = graph();
    let t = g.query("render what does 2531 cite to 2531.svg").unwrap();
    assert_eq!(t.render_target(), Some("2531.svg"));
    assert_eq!(t.len(), 4);
    assert_eq!(t.edges().len(), 4);
    assert!(t.edges().iter().all(|e| e.source == "S/RES/2531 (2020)"));
}

#[test]
fn the_builder_builds_the_same_queries() {
    let g = graph();
    let q = Query::node("2531")
        .out(EdgeKind::Cites)
        .depth(1..=3)
        .filter(Filter::kind(NodeKind::Resolution).and(Filter::year_from(2017)));
    assert_eq!(g.run(&q).unwrap(), g.query(&q.to_string()).unwrap());
    assert_eq!(
        g.run(&q).unwrap().node_ids(),
        ["S/RES/2374 (2017)", "S/RES/2391 (2017)", "S/RES/2364 (2017)"]
    );
    let q = Query::node("1325")
        .back(EdgeKind::Cites)
        .top(1, Metric::Citations);
    assert_eq!(g.run(&q).unwrap().node_ids(), ["S/RES/2436 (2018)"]);
    let q = Query::shortest_path("2531", "2364");
    assert_eq!(g.run(&q).unwrap().paths().len(), 1);
}

#[test]
fn rows_beyond_the_limit_are_counted_not_shown() {
    let g = graph();
    let t = g.query("set max_rows = 3; all").unwrap();
    assert_eq!(t.len(), 3);
    let more = format!("{} more rows", g.node_count() - 3);
    assert!(t.notes().iter().any(|n| n.starts_with(&more)), "{:?}", t.notes());
    let t = g.query("all").unwrap();
    assert!(
        t.to_text_truncated(2)
            .contains(&format!("… {} more rows (add `limit`)", g.node_count() - 2))
    );
}

#[test]
fn outputs() {
    let g = graph();
    let t = g.query("who voted in favour of 2531").unwrap();
    let json: serde_json::Value = serde_json::from_str(&t.to_json()).unwrap();
    assert_eq!(json[0]["id"], "state:France");
    assert_eq!(json[0]["kind"], "state");
    assert_eq!(json[0]["label"], "France");
    assert_eq!(json[0]["position"], "in_favour");
    assert_eq!(json[0]["via"], "S/2020/600");
    let csv = t.to_csv();
    assert_eq!(csv.lines().next(), Some("id,kind,label,position,via"));
    assert_eq!(
        csv.lines().nth(1),
        Some("state:France,state,France,in_favour,S/2020/600")
    );
    let text = t.to_text();
    assert_eq!(
        text.lines().next(),
        Some("id                    kind   label           position   via")
    );
    let paths: serde_json::Value =
        serde_json::from_str(&g.query("path from 2531 to 2364").unwrap().to_json()).unwrap();
    assert_eq!(paths[0]["path"][2], "S/RES/2364 (2017)");
}

#[test]
fn stages_on_the_wrong_input_are_explained() {
    let g = graph();
    let e = g
        .query("path from 2531 to 2364 | cocited")
        .unwrap_err()
        .to_string();
    assert_eq!(e, "`cocited` cannot follow paths; it needs a set of nodes");
    let e = g.query("(all | count) -> cites").unwrap_err().to_string();
    assert_eq!(
        e,
        "a step (->, <-) needs a set of nodes, but its input gives a count"
    );
}

#[test]
fn natural_sort_orders_numbers_by_value() {
    let mut v = vec![
        "S/RES/1325 (2000)",
        "S/RES/242 (1967)",
        "S/RES/2531 (2020)",
        "S/2020/10",
        "S/2020/9",
    ];
    v.sort_by(|a, b| natural_cmp(a, b));
    assert_eq!(
        v,
        [
            "S/2020/9",
            "S/2020/10",
            "S/RES/242 (1967)",
            "S/RES/1325 (2000)",
            "S/RES/2531 (2020)"
        ]
    );
}

#[test]
fn the_vocabulary_lists_every_keyword_of_the_grammar() {
    let grammar = include_str!("../../grammar/query.pest");
    let words = vocabulary();
    for line in grammar.lines().filter(|l| l.starts_with("kw_")) {
        let word = line.split('"').nth(1).expect("keyword rules quote their word");
        assert!(
            words.keywords.contains(&word),
            "{word} missing from the vocabulary"
        );
    }
    assert!(words.edge_kinds.contains(&"extends_mandate") && words.edge_kinds.contains(&"any"));
    assert!(words.fields.contains(&"relation") && words.metrics.contains(&"pagerank"));
    assert_eq!(
        words.settings,
        [
            "max_depth",
            "max_path_length",
            "max_paths",
            "max_rows",
            "max_visits"
        ]
    );
}
