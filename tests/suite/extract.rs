//! The extractor on real text: the bundled seeds in data/ (what each
//! document is, what it cites, with evidence checked against the raw file),
//! and tables of quoted fragments of real documents with the references
//! expected in each.

use crate::common;

use std::collections::BTreeSet;

use unxref::{EdgeKind, Extraction, Extractor, Link, NodeKind};

fn data(stem: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let entry = std::fs::read_dir(dir)
        .expect("data/ is readable")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(stem))
        .unwrap_or_else(|| panic!("no data file starts with {stem}"));
    entry.path().to_string_lossy().into_owned()
}

fn extract(stem: &str) -> Extraction {
    let corpus = Extractor::new().extract_paths(&[data(stem)]);
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    corpus.extractions.into_iter().next().expect("one extraction")
}

fn links_from<'a>(x: &'a Extraction, source: &str, kind: EdgeKind) -> Vec<&'a Link> {
    x.links
        .iter()
        .filter(|l| l.source.id == source && l.kind == kind)
        .collect()
}

fn cited(x: &Extraction, source: &str) -> BTreeSet<String> {
    links_from(x, source, EdgeKind::Cites)
        .into_iter()
        .map(|l| l.target.id.clone())
        .collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn res(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| format!("S/RES/{s}")).collect()
}

// ---------------------------------------------------------------- seed 000

#[test]
fn draft_of_2531_cites_exactly_what_its_text_cites() {
    let x = extract("000_");
    let got = cited(&x, "S/2020/600");
    let mut expected = set(&["S/PRST/2018/10", "S/2020/476", "S/2020/481"]);
    expected.extend(res(&[
        "2480 (2019)",
        "2374 (2017)",
        "2364 (2017)",
        "1325 (2000)",
        "1526 (2004)",
        "2368 (2017)",
        "2391 (2017)",
        "2518 (2020)",
        "2378 (2017)",
        "2436 (2018)",
        "2220 (2015)",
    ]));
    // "the 1267/1989/2253 … Sanctions Committee" may add these three.
    let optional = set(&["S/RES/1267 (1999)", "S/RES/1989 (2011)", "S/RES/2253 (2015)"]);
    let extra: BTreeSet<_> = got.difference(&expected).cloned().collect();
    assert!(extra.is_subset(&optional), "unexpected citations {extra:?}");
    let missing: BTreeSet<_> = expected.difference(&got).collect();
    assert!(missing.is_empty(), "missing citations {missing:?}");
    // Nothing from the cover letter or annex I leaks into the draft.
    assert!(!got.contains("S/2020/253"));
    assert!(!got.contains("S/RES/2531 (2020)"));
}

#[test]
fn draft_s_2020_600_was_adopted_as_2531() {
    let x = extract("000_");
    let adopted: Vec<_> = links_from(&x, "S/2020/600", EdgeKind::AdoptedAs)
        .into_iter()
        .map(|l| l.target.id.as_str())
        .collect();
    assert_eq!(adopted, ["S/RES/2531 (2020)"]);
}

#[test]
fn seed_000_is_a_cover_letter_nineteen_annexes_and_the_enclosed_draft() {
    let x = extract("000_");
    assert_eq!(x.documents.len(), 21);
    let top = &x.documents[0];
    assert_eq!(top.node.id, "000_5084318a0e7514bb#letter");
    assert_eq!(top.node.kind, NodeKind::Letter);
    assert_eq!(
        top.node.date.map(|v| v.to_string()).as_deref(),
        Some("2020-06-30")
    );
    assert_eq!(top.node.agenda.as_deref(), Some("The situation in Mali"));
    assert!(
        top.node
            .title
            .as_deref()
            .unwrap()
            .starts_with("Letter dated 30 June 2020 from the President")
    );
    let by_id = |id: &str| {
        x.documents
            .iter()
            .find(|d| d.node.id == id)
            .unwrap_or_else(|| panic!("no document {id}"))
    };
    let annex1 = by_id("000_5084318a0e7514bb#letter/annex-I");
    assert_eq!(annex1.parent.as_deref(), Some("000_5084318a0e7514bb#letter"));
    assert_eq!(
        annex1.node.date.map(|v| v.to_string()).as_deref(),
        Some("2020-06-26")
    );
    let draft = by_id("S/2020/600");
    assert_eq!(draft.node.kind, NodeKind::DraftResolution);
    assert_eq!(draft.node.title.as_deref(), Some("France: draft resolution"));
    assert_eq!(
        draft.parent.as_deref(),
        Some("000_5084318a0e7514bb#letter/annex-I")
    );
    // `Annex IX**Letter dated …` glued on one line is still an annex with its title.
    let annex9 = by_id("000_5084318a0e7514bb#letter/annex-IX");
    assert_eq!(annex9.node.kind, NodeKind::Letter);
    assert!(annex9.node.title.as_deref().unwrap().contains("the Niger"));
    let statement = by_id("000_5084318a0e7514bb#letter/annex-XIX");
    assert_eq!(statement.node.kind, NodeKind::Statement);
    // letter → annex, annex I → enclosure.
    let contains = links_from(&x, "000_5084318a0e7514bb#letter/annex-I", EdgeKind::Contains);
    assert_eq!(contains.len(), 1);
    assert_eq!(contains[0].target.id, "S/2020/600");
    assert_eq!(
        links_from(&x, "000_5084318a0e7514bb#letter", EdgeKind::Contains).len(),
        19
    );
}

#[test]
fn voting_letters_and_statements_cite_their_own_references() {
    let x = extract("000_");
    let belgium = cited(&x, "000_5084318a0e7514bb#letter/annex-II");
    assert_eq!(belgium, set(&["S/2020/600"]));
    let niger = cited(&x, "000_5084318a0e7514bb#letter/annex-XVII");
    assert_eq!(
        niger,
        set(&["S/RES/2531 (2020)", "S/RES/2391 (2017)", "S/2020/476"])
    );
    let cover = cited(&x, "000_5084318a0e7514bb#letter");
    assert_eq!(cover, set(&["S/RES/2531 (2020)", "S/2020/253", "S/2020/600"]));
}

#[test]
fn relation_paragraph_and_pin_of_2531_citations() {
    let x = extract("000_");
    let links = links_from(&x, "S/2020/600", EdgeKind::Cites);
    let find = |target: &str, quote_part: &str| {
        links
            .iter()
            .find(|l| {
                l.target.id == target
                    && l.attrs
                        .evidence
                        .as_ref()
                        .is_some_and(|e| e.quote.contains(quote_part))
            })
            .unwrap_or_else(|| panic!("no citation of {target} quoting {quote_part:?}"))
    };
    let prst = find("S/PRST/2018/10", "Presidential Statement of 14 May 2018");
    assert_eq!(prst.attrs.relation.as_deref(), Some("recalling"));
    assert_eq!(
        prst.attrs.paragraph.map(|v| v.to_string()).as_deref(),
        Some("preamble")
    );
    assert_eq!(prst.attrs.evidence.as_ref().unwrap().line, 63);
    let pin = find("S/RES/2391 (2017)", "Recalls all provisions of paragraph 13");
    assert_eq!(pin.attrs.pinpoint.as_deref(), Some("13"));
    assert_eq!(pin.attrs.paragraph.map(|v| v.to_string()).as_deref(), Some("38"));
    assert_eq!(pin.attrs.relation.as_deref(), Some("recalling"));
    let report = find("S/2020/476", "Taking note of the report");
    assert_eq!(report.target.kind, NodeKind::Report);
    assert_eq!(report.attrs.relation.as_deref(), Some("taking note of"));
    let letter = find("S/2020/481", "letter of the Secretary-General");
    assert_eq!(letter.target.kind, NodeKind::Letter);
    let panel = find("S/RES/2374 (2017)", "panel of experts established pursuant to");
    assert_eq!(panel.attrs.relation.as_deref(), Some("pursuant to"));
    assert_eq!(panel.attrs.paragraph.map(|v| v.to_string()).as_deref(), Some("5"));
    let per = find("S/RES/2391 (2017)", "as per the conditions set by");
    assert_eq!(per.attrs.paragraph.map(|v| v.to_string()).as_deref(), Some("37"));
    let line = find("S/RES/2518 (2020)", "in line with");
    assert_eq!(line.attrs.relation.as_deref(), Some("in line with"));
    // `resolution\n\n1526 (2004)`: joined, and its line is the number's line.
    let broken = find(
        "S/RES/1526 (2004)",
        "Monitoring Team established by resolution 1526 (2004)",
    );
    assert_eq!(broken.attrs.evidence.as_ref().unwrap().line, 257);
    assert_eq!(broken.attrs.relation.as_deref(), Some("established by"));
}

// ---------------------------------------------------------------- seed 001

#[test]
fn resolution_2518_cites_exactly_2436_and_2378() {
    let x = extract("001_");
    assert_eq!(
        cited(&x, "S/RES/2518 (2020)"),
        set(&["S/RES/2436 (2018)", "S/RES/2378 (2017)"])
    );
    let adopted: Vec<_> = links_from(&x, "S/2020/240", EdgeKind::AdoptedAs)
        .into_iter()
        .map(|l| l.target.id.as_str())
        .collect();
    assert_eq!(adopted, ["S/RES/2518 (2020)"]);
    let annex = &x.documents[1];
    assert_eq!(annex.node.id, "S/RES/2518 (2020)");
    assert_eq!(annex.node.kind, NodeKind::Resolution);
    assert_eq!(annex.parent.as_deref(), Some("001_8bf2fcad3f891cf4#letter"));
    assert_eq!(
        annex.node.agenda.as_deref(),
        Some("United Nations peacekeeping operations")
    );
    // `[S/2020/240](#)` and `[2518 \(2020\)](#)` in the cover letter.
    assert_eq!(
        cited(&x, "001_8bf2fcad3f891cf4#letter"),
        set(&["S/2020/240", "S/RES/2518 (2020)"])
    );
}

// ---------------------------------------------------------------- seed 002

#[test]
fn draft_of_2553_cites_25_resolutions_four_statements_and_a_70_1() {
    let x = extract("002_");
    let got = cited(&x, "S/2020/1158");
    let mut expected = set(&[
        "S/PRST/2007/3",
        "S/PRST/2008/14",
        "S/PRST/2011/19",
        "S/PRST/2014/5",
        "A/RES/70/1",
    ]);
    expected.extend(res(&[
        "2151 (2014)",
        "2282 (2016)",
        "1325 (2000)",
        "1820 (2008)",
        "1888 (2009)",
        "1960 (2010)",
        "2106 (2013)",
        "2122 (2013)",
        "2242 (2015)",
        "2467 (2019)",
        "2493 (2019)",
        "1265 (1999)",
        "1296 (2000)",
        "1674 (2006)",
        "1738 (2006)",
        "1894 (2009)",
        "2250 (2015)",
        "2419 (2018)",
        "2535 (2020)",
        "1261 (1999)",
        "1612 (2005)",
        "1882 (2009)",
        "1998 (2011)",
        "2068 (2012)",
        "2143 (2014)",
    ]));
    assert_eq!(got, expected);
    assert_eq!(got.iter().filter(|id| id.starts_with("S/RES/")).count(), 25);
    for leak in ["S/2020/253", "A/60/984", "A/RES/60/287"] {
        assert!(!got.contains(leak), "{leak} leaked into the draft");
    }
    // The explanations of vote hold those.
    let germany = cited(&x, "002_4635c25849462a9e#letter/annex-XVIII");
    assert!(germany.contains("A/60/984") && germany.contains("A/RES/60/287"));
    let adopted: Vec<_> = links_from(&x, "S/2020/1158", EdgeKind::AdoptedAs)
        .into_iter()
        .map(|l| l.target.id.as_str())
        .collect();
    assert_eq!(adopted, ["S/RES/2553 (2020)"]);
}

// ---------------------------------------------------------------- seeds 003, 004

#[test]
fn letter_s_2014_660_cites_2164_from_its_annex() {
    let x = extract("003_");
    assert_eq!(x.documents.len(), 1, "the unnumbered annex is part of S/2014/660");
    let doc = &x.documents[0];
    assert_eq!(doc.node.id, "S/2014/660");
    assert_eq!(doc.node.kind, NodeKind::Letter);
    assert_eq!(
        doc.node.date.map(|v| v.to_string()).as_deref(),
        Some("2014-09-11")
    );
    assert_eq!(cited(&x, "S/2014/660"), set(&["S/RES/2164 (2014)"]));
    let link = &links_from(&x, "S/2014/660", EdgeKind::Cites)[0];
    assert_eq!(link.attrs.relation.as_deref(), Some("pursuant to"));
    assert_eq!(link.attrs.evidence.as_ref().unwrap().line, 27);
}

#[test]
fn yearbook_chapter_cites_yearbook_pages_ga_forms_and_meetings() {
    let x = extract("004_");
    assert_eq!(x.documents.len(), 1);
    let doc = &x.documents[0];
    assert_eq!(doc.node.kind, NodeKind::Yearbook);
    // The scraped "Similar documents" list before the text is not cited.
    assert_eq!(doc.lines.0, 1);
    let got = cited(&x, &doc.node.id);
    for id in [
        "YUN 2005, p. 251",
        "YUN 2000, p. 76",
        "YUN 2011, p. 34",
        "A/RES/67/135",
        "A/RES/68/128",
        "A/RES/55/56",
        "A/68/649",
        "A/68/L.29",
        "A/68/L.29/Add.1",
        "S/2013/480",
        "A/68/PV.69",
        "S/PV.7015",
        "S/PV.7050",
        "S/PV.6982",
        "S/PRST/2013/12",
        "S/2013/446",
        "S/RES/1643 (2005)",
        "S/RES/2101 (2013)",
        "S/RES/1540 (2004)",
    ] {
        assert!(got.contains(id), "{id} not cited; got {got:?}");
    }
    // Clutter: "Security Council Unanimously Adopts Resolution 2282 (2016)" and
    // the "S/RES/1888 (2009)" of the scraped list.
    for id in ["S/RES/2282 (2016)", "S/RES/1888 (2009)", "A/65/L.43"] {
        assert!(!got.contains(id), "{id} came from the scraped list");
    }
    // `A/67/970-S/2013/480` is one document: its Council symbol.
    assert!(!got.contains("A/67/970"));
    let pin = links_from(&x, &doc.node.id, EdgeKind::Cites)
        .into_iter()
        .find(|l| l.target.id == "S/RES/1643 (2005)")
        .unwrap();
    assert_eq!(pin.attrs.pinpoint.as_deref(), Some("6"));
}

// ---------------------------------------------------------------- evidence

/// Every evidence line names a line of the raw file that holds the
/// reference's distinctive number.
#[test]
fn evidence_lines_point_into_the_raw_files() {
    for stem in ["000_", "001_", "002_", "003_", "004_"] {
        let path = data(stem);
        let raw = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = raw.lines().collect();
        let x = extract(stem);
        let cites: Vec<&Link> = x.links.iter().filter(|l| l.kind == EdgeKind::Cites).collect();
        assert!(!cites.is_empty());
        for l in cites {
            let ev = l.attrs.evidence.as_ref().expect("evidence");
            assert_eq!(ev.file, path);
            let line = lines[ev.line as usize - 1];
            let key = common::distinctive_number(&l.target.id);
            assert!(
                line.contains(&key),
                "{stem}: {} at line {} ({line:?}) lacks {key:?}",
                l.target.id,
                ev.line
            );
            assert!(!ev.quote.is_empty() && ev.quote.len() <= 220, "{:?}", ev.quote);
        }
    }
}

// ---------------------------------------------------------------- fragments

/// What a fragment of real text cites, in order, as `target` or
/// `target#pin`.
fn refs_in(fragment: &str) -> Vec<String> {
    let x = Extractor::new().extract_str("fragment.txt", fragment);
    x.links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| match &l.attrs.pinpoint {
            Some(p) => format!("{}#{p}", l.target.id),
            None => l.target.id.clone(),
        })
        .collect()
}

#[test]
fn reference_forms_in_real_fragments() {
    let cases: &[(&str, &[&str])] = &[
        // seed 002: a list with a missing comma
        (
            "recalling its resolutions 1325 (2000), 1820 (2008), 1888 (2009), 1960 (2010), 2106 (2013) 2122 (2013), 2242 (2015), 2467 (2019) and 2493 (2019) on women, peace and security,",
            &[
                "S/RES/1325 (2000)",
                "S/RES/1820 (2008)",
                "S/RES/1888 (2009)",
                "S/RES/1960 (2010)",
                "S/RES/2106 (2013)",
                "S/RES/2122 (2013)",
                "S/RES/2242 (2015)",
                "S/RES/2467 (2019)",
                "S/RES/2493 (2019)",
            ],
        ),
        // seed 002: interleaved phrases
        (
            "Recalling its resolutions 2151 (2014) on security sector reform and 2282 (2016) on the review of the United Nations peacebuilding architecture,",
            &["S/RES/2151 (2014)", "S/RES/2282 (2016)"],
        ),
        (
            "Recalling its previous resolutions, in particular 2164 (2014) and 2100 (2013),",
            &["S/RES/2164 (2014)", "S/RES/2100 (2013)"],
        ),
        // S/RES/893: dates between items, old symbols with an addendum
        (
            "Recalling its resolution 812 (1993) of 12 March 1993, 846 (1993) of 22 June 1993 and 891 (1993) of 20 December 1993, Having examined the report of the Secretary-General of 30 December 1993 (S/26927), as well as his previous report of 24 September 1993 (S/26488 and Add.1),",
            &[
                "S/RES/812 (1993)",
                "S/RES/846 (1993)",
                "S/RES/891 (1993)",
                "S/26927",
                "S/26488",
                "S/26488/Add.1",
            ],
        ),
        // a year shared by a list of numbers
        (
            "Recalling its resolutions 425 and 426 (1978),",
            &["S/RES/425 (1978)", "S/RES/426 (1978)"],
        ),
        // seed 000: short forms take the year of an earlier citation; pins
        (
            "as per the conditions set by resolution 2391 (2017), 38. Recalls all provisions of paragraph 13 of resolution 2391, recalls the reporting obligations set by paragraph 33 (iii) of resolution 2391,",
            &[
                "S/RES/2391 (2017)",
                "S/RES/2391 (2017)#13",
                "S/RES/2391 (2017)#33 (iii)",
            ],
        ),
        // a short form before any full citation of a number past the year table is not guessed
        (
            "pursuant to resolution 2480, and resolution 2480 (2019)",
            &["S/RES/2480 (2019)"],
        ),
        // a short form within the year table
        ("Reaffirming its resolution 242, ", &["S/RES/242 (1967)"]),
        (
            "without prejudice to the exemptions set by paragraphs 2, 5, 6 and 7 of resolution 2374 (2017),",
            &["S/RES/2374 (2017)#2, 5, 6 and 7"],
        ),
        // markdown links in seed 001
        (
            "contained in document [S/2020/240](#), adopted as resolution [2518 \\(2020\\)](#) of 30 March 2020.",
            &["S/2020/240", "S/RES/2518 (2020)"],
        ),
        (
            "Recalling S/RES/2531(2020) and S/RES/2531 (2020)",
            &["S/RES/2531 (2020)", "S/RES/2531 (2020)"],
        ),
        (
            "its Presidential Statement of 14 May 2018 (S/PRST/2018/10),",
            &["S/PRST/2018/10"],
        ),
        // GA forms
        (
            "In accordance with General Assembly resolution 67/135 [YUN 2012, p. 39], South Africa",
            &["A/RES/67/135", "YUN 2012, p. 39"],
        ),
        (
            "\"Arrangements for establishing the Peacebuilding Fund\" (A/60/984), which the General Assembly took note of in resolution 60/287,",
            &["A/60/984", "A/RES/60/287"],
        ),
        // the parts of an old resolution are one document; the part is the pin
        (
            "General Assembly resolution 377 A (V) of 3 November 1950",
            &["A/RES/377 (V)#part A"],
        ),
        (
            "General Assembly resolution 50/80 B and A/RES/ES-10/2",
            &["A/RES/50/80 B", "A/RES/ES-10/2"],
        ),
        (
            // `resolution A/70/1` names resolution 70/1, A/RES/70/1
            "which recalled General Assembly resolution A/70/1, entitled “Transforming our world”",
            &["A/RES/70/1"],
        ),
        // joint symbols and addenda
        (
            "the Secretary-General in August submitted a report [A/67/970-S/2013/480] assessing",
            &["S/2013/480"],
        ),
        (
            "[without reference to a Main Committee (A/65/L.43 and Add.1)]",
            &["A/65/L.43", "A/65/L.43/Add.1"],
        ),
        ("(S/2010/200 and Corr.1)", &["S/2010/200", "S/2010/200/Corr.1"]),
        // meetings
        (
            "On 6 August [S/PV.7015], the Council held an open debate",
            &["S/PV.7015"],
        ),
        ("held a debate (S/PV. 7015) on", &["S/PV.7015"]),
        (
            "SECURITY COUNCIL ACTION On 6 August [meeting 7015], following consultations among Security Council members",
            &["S/PV.7015"],
        ),
        (
            "GENERAL ASSEMBLY ACTION On 18 December [meeting 69], the General Assembly adopted resolution 68/128 [draft: A/68/L.29 & Add.1]",
            &["A/68/PV.69", "A/RES/68/128", "A/68/L.29", "A/68/L.29/Add.1"],
        ),
        (
            "Having considered the item on the agenda of its 2329th meeting, as contained in document S/Agenda/2329/Rev.1,",
            &["S/PV.2329", "S/Agenda/2329/Rev.1"],
        ),
        // Yearbook
        (
            "imposed by paragraph 6 of resolution 1643(2005) [YUN 2005, p. 251], with a readiness",
            &["S/RES/1643 (2005)#6", "YUN 2005, p. 251"],
        ),
        // not references
        (
            "individuals or entities placed on the 2374 sanctions list shall not",
            &[],
        ),
        (
            "Economic and Social Council resolution 2009/3 of 27 July 2009",
            &["E/RES/2009/3"],
        ),
        (
            "The Council adopted resolution 500 (1982) at its 2330th meeting",
            &["S/RES/500 (1982)"],
        ),
        ("a force of 2,000 (2000) members in 1325 (2003)", &[]),
    ];
    for (fragment, expected) in cases {
        assert_eq!(&refs_in(fragment), expected, "fragment: {fragment:?}");
    }
}

#[test]
fn relations_as_written() {
    let cases: &[(&str, &str)] = &[
        (
            "Taking note of the report of the Secretary-General (S/2020/476)",
            "taking note of",
        ),
        ("Reaffirming its resolutions 2151 (2014)", "reaffirming"),
        ("Welcomes the adoption of resolution 1325 (2000)", "welcoming"),
        (
            "the panel of experts established pursuant to resolution 2374 (2017)",
            "pursuant to",
        ),
        (
            "the Monitoring Team established by resolution 1526 (2004)",
            "established by",
        ),
        (
            "the security of MINUSMA's personnel, in line with resolution 2518 (2020)",
            "in line with",
        ),
        ("support from MINUSMA, as per resolution 2391 (2017)", "as per"),
        (
            "Recalls that adherence to the framework of resolution 2391 (2017)",
            "recalling",
        ),
    ];
    for (fragment, relation) in cases {
        let x = Extractor::new().extract_str("fragment.txt", fragment);
        let cite = x
            .links
            .iter()
            .find(|l| l.kind == EdgeKind::Cites)
            .expect("a citation");
        assert_eq!(cite.attrs.relation.as_deref(), Some(*relation), "{fragment:?}");
    }
}

/// Every UN symbol series, each with its organ: quoted sentences of real
/// resolutions, reports and letters of the Security Council, the General
/// Assembly, the Human Rights Council and the Economic and Social Council
/// (the sc-resolutions corpus, the sg-reports PDFs, and the standard
/// paragraphs of Human Rights Council and General Assembly resolutions).
#[test]
fn symbol_series_of_every_organ() {
    let cases: &[(&str, &[&str])] = &[
        // Human Rights Council documents and resolutions
        (
            "Taking note of the report (A/HRC/17/48) and recommendations of the International Commission of Inquiry established by resolution 16/25 (2011) of the Human Rights Council,",
            &["A/HRC/17/48", "A/HRC/RES/16/25"],
        ),
        (
            "Welcoming the Human Rights Council resolution A/HRC/RES/S-15/1 of 25 February 2011, including the decision to urgently dispatch an independent international commission of inquiry",
            &["A/HRC/RES/S-15/1"],
        ),
        (
            "Taking note of the Human Rights Council resolution on Yemen (A/HRC/RES/18/19), and underlining the need",
            &["A/HRC/RES/18/19"],
        ),
        (
            "the report of the International Commission of Inquiry on Libya to the Human Rights Council of 2 March 2012 (A/HRC/19/68),",
            &["A/HRC/19/68"],
        ),
        (
            "the report of the Special Rapporteur (A/HRC/58/14) and its addendum (A/HRC/58/14/Add.1)",
            &["A/HRC/58/14", "A/HRC/58/14/Add.1"],
        ),
        (
            "Recalling Human Rights Council resolutions 5/1, on institution-building of the Council, and 5/2, on the code of conduct for special procedure mandate holders of the Council, of 18 June 2007,",
            &["A/HRC/RES/5/1", "A/HRC/RES/5/2"],
        ),
        // the organ's name broken over two lines, as PDF text breaks it
        (
            "Recalling all relevant resolutions of the Human Rights\nCouncil resolution 56/8 and General Assembly resolution 60/251 of 15 March 2006,",
            &["A/HRC/RES/56/8", "A/RES/60/251"],
        ),
        (
            "Recalling Human Rights\nCouncil resolution 56/8,",
            &["A/HRC/RES/56/8"],
        ),
        (
            "Recalling also Human Rights Council resolution S-35/1 of 24 November 2022,",
            &["A/HRC/RES/S-35/1"],
        ),
        // Economic and Social Council
        (
            "Bearing in mind Economic and Social Council resolution 1980/67 of 25 July 1980 on international years and anniversaries,",
            &["E/RES/1980/67"],
        ),
        (
            "Recalling Economic and Social Council resolutions 1235 (XLII) of 6 June 1967 and 1503 (XLVIII) of 27 May 1970,",
            &["E/RES/1235 (XLII)", "E/RES/1503 (XLVIII)"],
        ),
        (
            "Taking note of the Report of the ECOSOC Ad Hoc Advisory Group on Haiti (E/2009/105),",
            &["E/2009/105"],
        ),
        (
            "the concluding observations of the Committee on Economic, Social and Cultural Rights (E/C.12/RWA/CO/5) and the report (E/2024/13)",
            &["E/C.12/RWA/CO/5", "E/2024/13"],
        ),
        (
            "(see his preliminary note to the Economic and Social Council (E/CN.4/2005/62/Add.3)).",
            &["E/CN.4/2005/62/Add.3"],
        ),
        (
            "as referred to in the report submitted by the Special Rapporteur on the situation of human rights in the Democratic Republic of the Congo in accordance with resolution 1999/61 of the fifty-fifth session of the Commission on Human Rights (E/CN.4/1999/31), with a view to",
            &["E/CN.4/RES/1999/61", "E/CN.4/1999/31"],
        ),
        (
            "[3] See E/CN.4/1050 and Corr.1, chap. V.",
            &["E/CN.4/1050", "E/CN.4/1050/Corr.1"],
        ),
        // conferences, emergency sessions, Main Committees
        (
            "the Vienna Declaration and Programme of Action (A/CONF.157/24 (Part I), chap. III)",
            &["A/CONF.157/24 (Part I)"],
        ),
        (
            "the United Nations Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects (A/CONF.192/15) adopted on 20 July 2001",
            &["A/CONF.192/15"],
        ),
        (
            "the letter of the Permanent Observer (A/ES-10/1043) and General Assembly resolution ES-10/24",
            &["A/ES-10/1043", "A/RES/ES-10/24"],
        ),
        ("the draft resolution (A/C.1/78/L.5)", &["A/C.1/78/L.5"]),
        // the Secretariat and the treaty bodies
        (
            "in accordance with the Secretary-General's Bulletin on special measures for protection from sexual exploitation and sexual abuse (ST/SGB/2003/13) and to keep the Council informed",
            &["ST/SGB/2003/13"],
        ),
        (
            "implementation of the International Covenant on Civil and Political Rights\n(CCPR/C/HTI/CO/1). An important number of the detainees",
            &["CCPR/C/HTI/CO/1"],
        ),
        (
            "second and third periodic reports of Haiti on the implementation of the Convention\non the Rights of the Child (CRC/C/HTI/2-3). It addressed in particular",
            &["CRC/C/HTI/2-3"],
        ),
        (
            "general recommendation No. 30 (2013) on women in conflict prevention, conflict and post-conflict situations (CEDAW/C/GC/30)",
            &["CEDAW/C/GC/30"],
        ),
        // old General Assembly resolutions: one document, the part as the pin
        (
            "the Universal Declaration of Human Rights (General Assembly resolution 217 A (III)) and the International Covenants on Human Rights (resolution 2200 A (XXI), annex)",
            &["A/RES/217 (III)#part A", "A/RES/2200 (XXI)#part A"],
        ),
        (
            "Recalling General Assembly resolution 1514 (XV) of 14 December 1960",
            &["A/RES/1514 (XV)"],
        ),
        // joint symbols: one document
        (
            "the letter dated 5 August 2013 (A/67/970-S/2013/480)",
            &["S/2013/480"],
        ),
        // not citations: a publication's locator, another organ's meeting
        (
            "Report of the Fourth World Conference on Women, Beijing, 4-15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.",
            &[],
        ),
        (
            "Report of the World Summit for Social Development, Copenhagen, 6-12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annex I.",
            &[],
        ),
        (
            "At its 34th meeting, on 4 April 2025, the Human Rights Council adopted the resolution without a vote.",
            &[],
        ),
        (
            "The Economic and Social Council, at its 12th plenary meeting, adopted the draft",
            &[],
        ),
    ];
    for (fragment, expected) in cases {
        assert_eq!(&refs_in(fragment), expected, "fragment: {fragment:?}");
    }
}

/// The organ of a bare `resolution n/m` or `its resolution n` is the one
/// the text around it gives: the organ named just before or as its owner
/// after, the sentence's subject, an earlier citation, the document's own
/// organ, and last the form's.
#[test]
fn organ_of_a_resolution_from_its_context() {
    let cases: &[(&str, &[&str])] = &[
        // a Human Rights Council text: its own resolutions
        (
            "The Human Rights Council,\n\nRecalling its resolution 54/22 of 12 October 2023,\n\nRecalling also General Assembly resolution 60/251 of 15 March 2006,\n",
            &["A/HRC/RES/54/22", "A/RES/60/251"],
        ),
        // a report to the Human Rights Council
        (
            "Human Rights Council\nFifty-eighth session\n\nThe present report is submitted pursuant to resolution 54/22, in which the Council requested the High Commissioner to report at its fifty-eighth session.\n",
            &["A/HRC/RES/54/22"],
        ),
        // the sentence's subject, after `its`
        (
            "In its resolution 54/22, the Human Rights Council requested the High Commissioner to present a report.",
            &["A/HRC/RES/54/22"],
        ),
        // real: S/2019/805 (MINUJUSTH)
        (
            "The General Assembly, by its resolution 73/317, decided that the Integrated Office would be financed",
            &["A/RES/73/317"],
        ),
        (
            "By its resolution 64/278, the General Assembly decided",
            &["A/RES/64/278"],
        ),
        // the same number, its organ named once, keeps it
        (
            "The Human Rights Council,\n\nRecalling General Assembly resolution 60/251 of 15 March 2006,\n\nActing in accordance with resolution 60/251,\n",
            &["A/RES/60/251", "A/RES/60/251"],
        ),
        // an Economic and Social Council text
        (
            "The Economic and Social Council,\n\nRecalling its resolution 2023/5 of 7 June 2023,\n",
            &["E/RES/2023/5"],
        ),
        // a Security Council text keeps its own numbering
        (
            "The Security Council,\n\nRecalling its resolutions 1325 (2000) and 2250 (2015), and General Assembly resolution 70/262,\n",
            &["S/RES/1325 (2000)", "S/RES/2250 (2015)", "A/RES/70/262"],
        ),
        // another body's resolution is no UN symbol
        (
            "the Council of Ministers resolution 5/2 of the Economic Community",
            &[],
        ),
        // a year-numbered resolution no organ claims is left alone
        ("in line with resolution 2004/49,", &[]),
    ];
    for (fragment, expected) in cases {
        assert_eq!(&refs_in(fragment), expected, "fragment: {fragment:?}");
    }
}

/// A letter issued under a joint symbol is one document: the first symbol
/// is its id in the extraction, the second an alias (the graph names it by
/// its Council symbol: `joint.rs`), and it cites neither of its own halves.
#[test]
fn joint_symbol_of_a_letter_is_one_document() {
    let text = "United Nations A/ES-10/1043-S/2025/529\n\nIdentical letters dated 4 August 2025 from the Permanent Observer addressed to the Secretary-General and the President of the Security Council\n\nThis letter (A/ES-10/1043-S/2025/529) follows my letters on resolution 2334 (2016).\n";
    let x = Extractor::new().extract_str("letter.txt", text);
    let letter = &x.documents[0].node;
    assert_eq!(letter.id, "A/ES-10/1043");
    assert_eq!(letter.aliases, ["S/2025/529"]);
    let targets: Vec<&str> = x
        .links
        .iter()
        .filter(|l| l.kind == EdgeKind::Cites)
        .map(|l| l.target.id.as_str())
        .collect();
    assert_eq!(targets, ["S/RES/2334 (2016)"]);
}

/// Forms the gold sets of `tests/gold` revealed, each from the text it was
/// found in.
#[test]
fn forms_found_by_the_gold_sets() {
    let cases: &[(&str, &[&str])] = &[
        // UNIKOM S/2000/269 (PDF): the number on the line after `resolution`
        (
            "(S/1999/1006\nand  Corr.1),  the General Assembly, in its resolution\n53/229  of 8 June 1999,  appropriated the  amount",
            &["S/1999/1006", "S/1999/1006/Corr.1", "A/RES/53/229"],
        ),
        // S-RES-264(1969): a special session's resolution, and the Council's
        // own resolutions named inside a General Assembly list
        (
            "Condemns the refusal of south Africa to comply with General Assembly resolutions 2145 (XXI), 2248 (S-V), 2324 (XXII), 2325 (XXII), 2372 (XXII), and 2403 (XXIII) and Security Council resolutions 235 (1968) and 246 (1968);",
            &[
                "A/RES/2145 (XXI)",
                "A/RES/2248 (S-V)",
                "A/RES/2324 (XXII)",
                "A/RES/2325 (XXII)",
                "A/RES/2372 (XXII)",
                "A/RES/2403 (XXIII)",
                "S/RES/235 (1967)",
                "S/RES/246 (1968)",
            ],
        ),
        // S-RES-1975(2011): a Council resolution written with a report's symbol
        (
            "Welcoming the Human Rights Council resolution A/HRC/16/25 of 25 March 2011, including the decision to",
            &["A/HRC/RES/16/25"],
        ),
        // General Assembly decisions: MINUJUSTH S/2019/805, the Yearbook 2013, S-RES-1684(2006)
        (
            "The General Assembly, in its resolution 73/317 and decision 73/555 of 3 July 2019,",
            &["A/RES/73/317", "A/DEC/73/555"],
        ),
        (
            "Implementation of 1970 Declaration The General Assembly, by decision 68/515 of 5 December, included",
            &["A/DEC/68/515"],
        ),
        (
            "Recalling that on 31 January 2003 the General Assembly by decision 57/414 A and in accordance with Article 12 bis",
            &["A/DEC/57/414#part A"],
        ),
        // An organ named after `its resolutions …,` before a document of its
        // own owns that document, not the list: the Assembly's standard
        // preamble, in an Assembly text.
        (
            "The General Assembly,\n\nRecalling its resolutions 2625 (XXV) of 24 October 1970 and 3314 (XXIX) of 14 December 1974, Economic and Social Council decision 2005/230 and resolution 2019/15, and Human Rights Council resolution 31/1,\n",
            &[
                "A/RES/2625 (XXV)",
                "A/RES/3314 (XXIX)",
                "E/RES/2019/15",
                "A/HRC/RES/31/1",
                "E/DEC/2005/230",
            ],
        ),
        // Lists of decisions; the Economic and Social Council numbers its
        // decisions by year.
        (
            "Recalling General Assembly decisions 55/488, 56/464 and 57/414 A, and Economic and Social Council decisions 2005/230 and 2006/11,",
            &[
                "A/DEC/55/488",
                "A/DEC/56/464",
                "A/DEC/57/414#part A",
                "E/DEC/2005/230",
                "E/DEC/2006/11",
            ],
        ),
        // A title in quotes between two items of a list (the Human Rights
        // Council's standard preamble).
        (
            "The Human Rights Council,\n\nWelcoming the adoption by the General Assembly of its resolutions 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\", and 69/313 of 27 July 2015,\n",
            &["A/RES/70/1", "A/RES/69/313"],
        ),
        // Another body's decisions are no citation.
        ("Recalling Governing Council decisions 27/2 and 27/3,", &[]),
        // `its decision` in a sentence that names no body before `its` is
        // the text's own organ's: the Assembly's and the Human Rights
        // Council's standard preambles.
        (
            "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 Agenda for Sustainable Development\", and its decision 73/555 of 8 April 2019,\n\nRecalling also its decisions 72/555 and 71/560,\n",
            &["A/RES/70/1", "A/DEC/73/555", "A/DEC/72/555", "A/DEC/71/560"],
        ),
        (
            "The Human Rights Council,\n\nRecalling its decision 2/102 of 6 October 2006,\n",
            &["A/HRC/DEC/2/102"],
        ),
        // A body named before `its` may be what `its` stands for; a text
        // whose organ is unknown owns no decision.
        (
            "The General Assembly,\n\nWelcoming the work of the Commission on Population and Development and its decision 2019/101,\n",
            &[],
        ),
        ("Recalling its decision 73/555 of 8 April 2019,", &[]),
        // An organ named as a document's owner is no subject `its` stands
        // for: `its own resolution 34/7` in a Human Rights Council text is
        // the Council's; `the General Assembly, by its resolution` is the
        // Assembly's.
        (
            "The Human Rights Council,\n\nRecalling also General Assembly resolution 60/251 of 15 March 2006 and its own resolution 34/7 of 23 March 2017,\n",
            &["A/RES/60/251", "A/HRC/RES/34/7"],
        ),
        (
            "The Human Rights Council,\n\nRecalling General Assembly resolution 60/251 and its resolutions 5/1 and 5/2 of 18 June 2007,\n",
            &["A/RES/60/251", "A/HRC/RES/5/1", "A/HRC/RES/5/2"],
        ),
        (
            "The Human Rights Council,\n\nNoting that the General Assembly, by its resolution 60/251 and its decision 73/555, established the Council,\n",
            &["A/RES/60/251", "A/DEC/73/555"],
        ),
    ];
    for (fragment, expected) in cases {
        assert_eq!(&refs_in(fragment), expected, "fragment: {fragment:?}");
    }
}

/// UNTAES S/1998/59 as its PDF's text begins: the symbol with the date run
/// into it (`S/1998/5922 January 1998`) is the report's own, and its page
/// headers are no citations.
#[test]
fn a_date_run_into_the_symbol_is_the_documents_own() {
    let text = "UNITEDUNITED SNATIONSNATIONS\n Security Council  Distr.GENERAL\nS/1998/5922 January 1998\n ORIGINAL: ENGLISH\n\nREPORT OF THE SECRETARY-GENERAL ON THE UNITED NATIONS TRANSITIONAL ADMINISTRATION\n\n1. In its resolutions 1120 (1997) of 14 July 1997 and 1145 (1997) of\n19 December 1997, the Security Council requested the Secretary-General to keep it informed.\n\nS/1998/59\nEnglish\nPage 2\n\n2. my last report dated 4 December 1997 (S/1997/953).\n";
    let x = Extractor::new().extract_str("UNTAES_S_1998_59.txt", text);
    assert_eq!(x.documents[0].node.id, "S/1998/59");
    assert_eq!(
        refs_in(text),
        ["S/RES/1120 (1997)", "S/RES/1145 (1997)", "S/1997/953"]
    );
}

/// UNPROFOR S/1994/600 as its PDF's text begins: a report whose title ends
/// on a line `RESOLUTION 913 (1994)` is the report, and cites 913.
#[test]
fn a_report_titled_pursuant_to_a_resolution_is_the_report() {
    let text = "UNITEDUNITED SNATIONSNATIONS\n Security Council Distr.\nGENERAL\n\nS/1994/600\n19 May 1994\n\nORIGINAL: ENGLISH\n\nREPORT OF THE SECRETARY-GENERAL PURSUANT TO\nRESOLUTION 913 (1994)\n\nI. INTRODUCTION\n\n1. In its resolution 913 (1994) of 22 April 1994, the Security Council decided\nto remain actively seized of the situation in and around Gorazde.\n";
    let x = Extractor::new().extract_str("UNPROFOR_S_1994_600.txt", text);
    assert_eq!(x.documents[0].node.id, "S/1994/600");
    // The title's citation and paragraph 1's.
    assert_eq!(refs_in(text), ["S/RES/913 (1994)", "S/RES/913 (1994)"]);
}

/// UNPREDEP S/1997/631, a scan with an OCR text layer: its running header
/// reads `S/1997 /631`, its own symbol, no citation of an `S/1997`.
#[test]
fn a_symbol_split_by_ocr_is_one_symbol() {
    let text = "United Nations S/1997/631\n\nReport of the Secretary-General\n\n1. In its resolution 1110 (1997) of 28 May 1997, the Council decided.\n\nS/1997 /631\nEnglish\nPage 2\n\n2. See my letter (S/1997/276).\n";
    assert_eq!(refs_in(text), ["S/RES/1110 (1997)", "S/1997/276"]);
}
