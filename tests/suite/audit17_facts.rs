//! Facts audit 17, a sample: 25 resolutions drawn with a fixed seed
//! (`ls | shuf --random-source=<(yes 17)`, every file whose number the
//! tests already name left out): 1512 (2003), 1290 (2000), 230 (1966), 106,
//! 107 (1955), 162 (1961), 1362 (2001), 300 (1971), 2188 (2014), 311
//! (1972), 1083 (1996), 382 (1975), 393 (1976), 1797, 1809 (2008), 1097
//! (1997), 1330 (2000), 463, 474, 465 (1980), 1891, 1903 (2009), 1443
//! (2002), 223 (1966), 1113 (1997); with three of 1946–1959 (88 (1950), 61
//! (1948), 131 (1958)), three of 1990–1999 (1137, 1100, 1140 (1997)) and
//! two of 2010–2015 (2092 (2013), 2230 (2015)), read against what
//! `unxref extract` states. Adoption dates and meetings, the tallies (162
//! (1961): 8 to none, 3 abstentions; 311 (1972): 14 to none, France
//! abstaining; 88 (1950): 8 to 2, China and Cuba against, Egypt abstaining)
//! and the sample's nine extensions (UNMOP's "Authorizes the United Nations
//! military observers to continue monitoring …" in 1362 (2001), UNOMIL,
//! UNIFIL, UNMOT, UNPREDEP, UNIOGBIS, UNISFA, the Sudan and Liberia panels)
//! were right. What was wrong or missing, each wording counted over the
//! corpus before it was read:
//! * a demonym before its state: "the Palestinian and other Arab
//!   territories occupied since 1967" (465 (1980)) mentioned the State of
//!   Palestine, whose name "Palestine" the dictionary gives from 1988; 17
//!   resolutions of 1975–1987 so;
//! * a state under a name of its first years: "Surinam" (382 (1975), the
//!   corpus's one), "the Republic of Cameroun" (133 (1960); "Cameroun",
//!   2031 (2011)); and "the Federation of Mali" (139 (1960)) read as today's
//!   Mali;
//! * bodies the dictionary did not know: "the Special Committee on
//!   Apartheid" (311 (1972); "against Apartheid", 417 (1977), 473 (1980)),
//!   "the Côte d'Ivoire Group of Experts" (2188 (2014) of the sample, 2079
//!   (2012), 2128 (2013), 2237 (2015));
//! * the Mixed Armistice Commissions of 1949, learned from the texts: the
//!   Israel-Jordan one of 162 (1961) of the sample and the Israel-Syrian
//!   one of 171 (1962) were one body, "the Egyptian-Israel Mixed Armistice
//!   Commission" of 106 (1955) of the sample none (14 files name one:
//!   8 names with their parties, 21 bare);
//! * a change of tasks past an aside (the known leftover "shall include",
//!   every "mandate … shall" of the corpus read: 83 clauses): "Decides
//!   that in addition to the tasks set out in paragraph 2 of resolution
//!   1990, UNISFA's mandate shall include the following additional tasks"
//!   (2024 (2011)), "shall in addition include" (2022 (2011)).

use crate::common::bundled_mentions as mentioned;

fn names(file: &str, id: &str) -> bool {
    mentioned(file).iter().any(|m| m == id)
}

/// "Deploring the decision of the Government of Israel to officially
/// support Israeli settlement in the Palestinian and other Arab territories
/// occupied since 1967" (465 (1980)); "the inalienable rights of the
/// Palestinian people" (605 (1987)): the demonym names no state before
/// 1988, as "Palestine" does not. "over 80 Palestinian deaths" (1322
/// (2000)) is the State's.
#[test]
fn palestinian_before_1988_names_no_state() {
    let state = "state:State of Palestine";
    for file in [
        "S-RES-465(1980)",
        "S-RES-605(1987)",
        "S-RES-381(1975)",
        "S-RES-521(1982)",
    ] {
        assert!(!names(file, state), "{file}: {:?}", mentioned(file));
    }
    assert!(names("S-RES-465(1980)", "state:Israel"));
    assert!(names("S-RES-1322(2000)", state));
}

/// "Having examined the application of Surinam for admission to the United
/// Nations" (382 (1975)); "Having examined the application of the Republic
/// of Cameroun" (133 (1960)); "the need for Chad, the Central African
/// Republic and Cameroun to pursue the Tripartite Initiative" (2031
/// (2011)): the spellings of their time name today's states.
#[test]
fn a_state_under_the_spelling_of_its_admission_is_read() {
    assert!(
        names("S-RES-382(1975)", "state:Suriname"),
        "{:?}",
        mentioned("S-RES-382(1975)")
    );
    assert!(
        names("S-RES-133(1960)", "state:Cameroon"),
        "{:?}",
        mentioned("S-RES-133(1960)")
    );
    assert!(
        names("S-RES-2031(2011)", "state:Cameroon"),
        "{:?}",
        mentioned("S-RES-2031(2011)")
    );
}

/// "Having examined the application of the Federation of Mali, …
/// Recommends to the General Assembly that the Federation of Mali be
/// admitted to membership in the United Nations" (139 (1960)): the
/// federation of Senegal and the Sudanese Republic, June to August 1960,
/// not the Republic of Mali admitted in September.
#[test]
fn the_federation_of_mali_is_not_mali() {
    let m = mentioned("S-RES-139(1960)");
    assert!(m.contains(&"state:Federation of Mali".to_string()), "{m:?}");
    assert!(!m.contains(&"state:Mali".to_string()), "{m:?}");
    assert!(!m.contains(&"state:Senegal".to_string()), "{m:?}");
}

/// "Taking note of the statement of the representative of the Special
/// Committee on Apartheid" (311 (1972)); "Requests the Secretary-General,
/// in co-operation with the Special Committee against Apartheid, to follow
/// the situation" (417 (1977)): one body of the General Assembly, under
/// its two names.
#[test]
fn the_special_committee_against_apartheid_is_named() {
    let id = "actor:Special Committee against Apartheid";
    for file in ["S-RES-311(1972)", "S-RES-417(1977)", "S-RES-473(1980)"] {
        assert!(names(file, id), "{file}: {:?}", mentioned(file));
    }
}

/// "Decides to extend the mandate of the Panel of Experts appointed
/// pursuant to paragraph 9 of resolution 1903 (2009) … to undertake the
/// following tasks in close collaboration with the Government of Liberia
/// and the Côte d'Ivoire Group of Experts" (2188 (2014)): the Group of
/// Experts on Côte d'Ivoire is named, and the panel extended is Liberia's.
#[test]
fn the_cote_d_ivoire_group_of_experts_is_named_in_the_liberia_texts() {
    let group = "actor:Group of Experts on Côte d'Ivoire";
    for file in [
        "S-RES-2079(2012)",
        "S-RES-2128(2013)",
        "S-RES-2188(2014)",
        "S-RES-2237(2015)",
    ] {
        assert!(names(file, group), "{file}: {:?}", mentioned(file));
    }
    let extended = crate::common::bundled_facts("S-RES-2188(2014)", unxref::EdgeKind::ExtendsMandate);
    assert!(
        extended.iter().all(|(id, _, _)| id != group) && !extended.is_empty(),
        "{extended:?}"
    );
}

/// "Noting the decision of the Israel-Jordan Mixed Armistice Commission of
/// 20 March 1961" (162 (1961)) and "urges that all steps necessary for
/// reactivating the Mixed Armistice Commission" (171 (1962), Israel and
/// Syria's) were one learned body, "actor:Mixed Armistice Commission", with
/// 127 (1958)'s; "the Egyptian-Israel Mixed Armistice Commission" (106
/// (1955), 89 (1950)) was none. Each commission is named by its two
/// parties; the bare name, whichever the text is about, is left unread.
#[test]
fn each_mixed_armistice_commission_is_its_own_body() {
    let cases = [
        (
            "S-RES-162(1961)",
            "actor:Israel-Jordan Mixed Armistice Commission",
        ),
        (
            "S-RES-106(1955)",
            "actor:Egyptian-Israel Mixed Armistice Commission",
        ),
        (
            "S-RES-89(1950)",
            "actor:Egyptian-Israel Mixed Armistice Commission",
        ),
        ("S-RES-93(1951)", "actor:Israel-Syrian Mixed Armistice Commission"),
        ("S-RES-474(1980)", "actor:ILMAC"),
        ("S-RES-467(1980)", "actor:ILMAC"),
    ];
    for (file, id) in cases {
        let m = mentioned(file);
        assert!(m.contains(&id.to_string()), "{file}: {m:?}");
        let others: Vec<_> = m
            .iter()
            .filter(|x| x.contains("Mixed Armistice") && x.as_str() != id)
            .collect();
        assert!(others.is_empty(), "{file}: {others:?}");
    }
    for file in [
        "S-RES-127(1958)",
        "S-RES-171(1962)",
        "S-RES-450(1979)",
        "S-RES-501(1982)",
    ] {
        let m = mentioned(file);
        assert!(!m.iter().any(|x| x.contains("Mixed Armistice")), "{file}: {m:?}");
    }
}

/// "Decides that in addition to the tasks set out in paragraph 2 of
/// resolution 1990, UNISFA's mandate shall include the following
/// additional tasks in support of the JBVMM" (2024 (2011)); "Decides that
/// the mandate of UNSMIL shall in addition include, in coordination and
/// consultation with the transitional Government of Libya, assisting …"
/// (2022 (2011)); "Decides, without prejudice to its existing mandate and
/// operations as provided for in resolution 1590 (2005) …, that UNMIS'
/// mandate shall be expanded" (1706 (2006)): a change of tasks past an
/// aside. "Decides that the mandate of MINURCA shall include support for
/// the conduct of legislative elections" (1201 (1998)), with no
/// "additional", "also" or "in addition", sets as much as it changes and
/// is not read.
#[test]
fn a_change_of_tasks_past_an_aside_modifies_the_mandate() {
    use crate::common::bundled_facts as facts;
    use unxref::EdgeKind::ModifiesMandate;
    let read = |file: &str| facts(file, ModifiesMandate);
    assert_eq!(
        read("S-RES-2024(2011)"),
        vec![(
            "actor:UNISFA".to_string(),
            "adds to the mandate".to_string(),
            None
        )]
    );
    assert_eq!(
        read("S-RES-2022(2011)"),
        vec![(
            "actor:UNSMIL".to_string(),
            "adds to the mandate".to_string(),
            None
        )]
    );
    assert!(
        read("S-RES-1706(2006)").contains(&("actor:UNMIS".to_string(), "expands".to_string(), None)),
        "{:?}",
        read("S-RES-1706(2006)")
    );
    assert_eq!(read("S-RES-1201(1998)"), vec![]);
}

/// The Council's own "Establishes" opening an operative paragraph founds
/// what it names: "Establishes a Truce Commission for Palestine composed of
/// representatives of those members of the Security Council which have
/// career consular officers in Jerusalem" (48 (1948), held on one line with
/// two spaces between paragraphs). The word within a clause founds nothing
/// ("Decree No. 140 of 2012, which establishes a committee to investigate",
/// 2140 (2014)), nor does "Establishes the following list of candidates"
/// (989 (1995)), which names no body. Of the six "Establishes" of the
/// corpus, these and 446 (1979)'s unnamed "Commission consisting of three
/// members" are the ones that open a paragraph.
#[test]
fn establishes_opening_a_paragraph_founds_what_it_names() {
    use crate::common::bundled_facts as facts;
    use unxref::EdgeKind::Establishes;
    assert_eq!(
        facts("S-RES-48(1948)", Establishes),
        vec![(
            "actor:Truce Commission for Palestine".to_string(),
            "establishes".to_string(),
            None
        )]
    );
    assert_eq!(facts("S-RES-989(1995)", Establishes), vec![]);
    assert!(
        facts("S-RES-2140(2014)", Establishes)
            .iter()
            .all(|(_, relation, _)| relation != "establishes"),
        "{:?}",
        facts("S-RES-2140(2014)", Establishes)
    );
}
