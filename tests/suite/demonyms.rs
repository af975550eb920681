//! Demonyms are mentions of their state (`[demonyms]` in `data/actors.toml`):
//! "Nigerian President Olusegun Obasanjo" mentions Nigeria, "Israeli forces"
//! Israel, "Palestinians" the State of Palestine. Ambiguous ones (Congolese,
//! Guinean, Sudanese) name no state; a demonym that begins a body's name
//! ("the Somali Police Force") or a longer name of the dictionary ("the
//! Lebanese Armed Forces") does not mention the state. And the misspelt
//! names of the USSR in three adoption notes (31, 55, 89) are its votes.

use std::collections::BTreeSet;

use crate::common;

/// Each fragment is a resolution's own text.
#[test]
fn a_demonym_mentions_its_state() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // real: S/RES/1497 (2003), and 1509, 1564, 1689, 1843, 1856
        (
            "as well as those of Nigerian President Olusegun Obasanjo, to bring peace to Liberia,",
            &["state:Nigeria", "state:Liberia"],
            &[],
        ),
        // real: S/RES/279 (1970)
        (
            "Demands the immediate withdrawal of all Israeli armed forces from Lebanese territory.",
            &["state:Israel", "state:Lebanon"],
            &[],
        ),
        // real: S/RES/1322 (2000): adjective and plural noun
        (
            "resulting in over 80 Palestinian deaths and many other casualties; especially the excessive use of force against Palestinians,",
            &["state:State of Palestine"],
            &[],
        ),
        // real: S/RES/2046 (2012): a title after the demonym
        (
            "the Chairperson of the Intergovernmental Authority on Development, Ethiopian Prime Minister Meles Zenawi,",
            &["state:Ethiopia"],
            &[],
        ),
        // real: S/RES/1185 (1998): the state's government
        (
            "Notes with satisfaction the expressed readiness of the Moroccan Government to cooperate",
            &["state:Morocco"],
            &[],
        ),
        // real: S/RES/166 (1961), S/RES/1426 (2002): the states' names of the time
        (
            "Having examined the application of the Mongolian People’s Republic for admission",
            &["state:Mongolia"],
            &[],
        ),
        (
            "Having examined the application of the Swiss Confederation for admission to the United Nations (S/2002/801),",
            &["state:Switzerland"],
            &["actor:Swiss Confederation"],
        ),
        // real: S/RES/1996 (2011): South Sudan's, never the Sudan's
        (
            "to enhance the engagement of South Sudanese women in public decision-making",
            &["state:South Sudan"],
            &["state:Sudan"],
        ),
    ];
    common::assert_mentions(cases);
}

/// Ambiguous or date-dependent demonyms, languages, peoples and names that
/// hold a demonym name no state.
#[test]
fn ambiguous_demonyms_and_longer_names_are_not_the_state() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // real: S/RES/1279 (1999): the DRC's or the Republic of the Congo's
        (
            "and calls upon all Congolese parties to finalize agreement",
            &[],
            &["state:Congo", "state:Democratic Republic of the Congo"],
        ),
        // real: S/RES/2203 (2015): of Guinea, Guinea-Bissau, Equatorial
        // Guinea or Papua New Guinea; here not Guinea's
        (
            "stressing the importance of including all Bissau-Guineans in this process",
            &[],
            &[
                "state:Guinea",
                "state:Equatorial Guinea",
                "state:Papua New Guinea",
            ],
        ),
        // real: S/RES/1590 (2005): before 2011, "Sudanese" is of the whole
        // country; left out, as "Sudanese" stands under `ignore`
        (
            "and calling on all Sudanese parties, in particular those party to the Comprehensive Peace Agreement",
            &[],
            &["state:Sudan", "state:South Sudan"],
        ),
        // real: S/RES/1092 (1996): communities of Cyprus, not Greece or Türkiye
        (
            "the tragic deaths of three Greek Cypriot civilians and one member of the Turkish Cypriot Security Forces",
            &["state:Cyprus"],
            &["state:Greece", "state:Türkiye"],
        ),
        // real: S/RES/1897 (2009): an ocean
        (
            "the piracy threat into the western Indian Ocean",
            &[],
            &["state:India"],
        ),
        // real: S/RES/1655 (2006): a body of the dictionary
        (
            "including the establishment of a Lebanese Armed Forces liaison office at UNIFIL headquarters",
            &["actor:LAF"],
            &["state:Lebanon"],
        ),
        // real: S/RES/2124 (2013)
        (
            "noting that the Somali National Army (SNA) and AMISOM have now assumed",
            &["actor:SNA"],
            &["state:Somalia"],
        ),
        // real: S/RES/1872 (2009): a body the dictionary does not hold
        (
            "developing the transitional security institutions, including the Somali Police Force and the National Security Force",
            &[],
            &["state:Somalia"],
        ),
        // real: S/RES/337 (1973): an airline
        (
            "a Lebanese civilian airliner on lease to Iraqi Airways",
            &["state:Lebanon"],
            &["state:Iraq"],
        ),
        // Not a text's: a demonym is matched as written, and in lower case is no name.
        (
            "the israeli and lebanese delegations",
            &[],
            &["state:Israel", "state:Lebanon"],
        ),
    ];
    common::assert_mentions(cases);
}

fn resolutions(q: &str) -> Option<BTreeSet<String>> {
    let graph = common::sc_corpus_graph()?;
    let table = graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
    Some(table.node_ids().into_iter().map(str::to_string).collect())
}

/// On the corpus: the resolutions that name Nigeria only as "Nigerian" are
/// found (audit 3, "Adjectives"), and so are those naming Palestine only
/// as "Palestinian(s)".
#[test]
fn the_corpus_demonyms_are_mentions() {
    let Some(nigeria) = resolutions("which resolutions mention Nigeria") else {
        return;
    };
    for id in [
        "S/RES/1497 (2003)",
        "S/RES/1509 (2003)",
        "S/RES/1564 (2004)",
        "S/RES/1689 (2006)",
        "S/RES/1843 (2008)",
        "S/RES/1856 (2008)",
    ] {
        assert!(nigeria.contains(id), "{id} not among {nigeria:?}");
    }
    let palestine = resolutions("which resolutions mention Palestine").unwrap_or_default();
    for id in [
        "S/RES/1322 (2000)",
        "S/RES/1402 (2002)",
        "S/RES/1544 (2004)",
        "S/RES/681 (1990)",
    ] {
        assert!(palestine.contains(id), "{id} not among Palestine's");
    }
    let israel = resolutions("which resolutions mention Israel").unwrap_or_default();
    assert!(
        israel.contains("S/RES/279 (1970)"),
        "279: 'all Israeli armed forces'"
    );
}

/// Each misspelling of the USSR in an adoption note is its abstention:
/// 31 (1947) "Union of SovietSocialist Republics", 55 (1948) "Union of
/// Soviet Republics", 89 (1950) "Union to Soviet Socialist Republics"
/// (audit 3, B6); the abstainers named are then all of the tally's.
#[test]
fn misspelt_ussr_in_vote_lines_abstains() {
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    let abstained = resolutions("which resolutions did the USSR abstain on").unwrap_or_default();
    for (id, who) in [
        (
            "31",
            &["state:Poland", "state:Syrian Arab Republic", "state:USSR"][..],
        ),
        ("55", &["state:USSR", "state:Ukraine"][..]),
        ("89", &["state:Egypt", "state:USSR"][..]),
    ] {
        let q = format!("who abstained on {id}");
        let table = graph.query(&q).unwrap_or_else(|e| panic!("{q}: {e}"));
        assert_eq!(table.node_ids(), who, "{q}");
        assert!(
            !table.notes().iter().any(|n| n.contains("names only some")),
            "{q}: {:?}",
            table.notes()
        );
        assert!(
            abstained.iter().any(|r| r.starts_with(&format!("S/RES/{id} ("))),
            "the USSR's abstentions lack {id}"
        );
    }
}
