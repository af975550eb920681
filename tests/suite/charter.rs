//! The legal basis a resolution states ("Acting under Chapter VII of the
//! Charter"): one `acts_under` edge to the chapter, the article as
//! pinpoint. Each wording below is a sentence of the corpus, quoted with its
//! resolution; the corpus test compares the edges with a plain search of
//! the files.

use crate::common;

use std::collections::BTreeSet;

use unxref::{EdgeKind, Extractor, Paragraph};

/// The (chapter, pinpoint, paragraph) of each `acts_under` link the text gives.
fn bases(text: &str) -> Vec<(String, Option<String>, Option<Paragraph>)> {
    let whole = format!("Resolution 9999 (2015)\n\nThe Security Council,\n\n{text}\n");
    Extractor::new()
        .extract_str("S-RES-9999(2015).txt", &whole)
        .links
        .into_iter()
        .filter(|l| l.kind == EdgeKind::ActsUnder)
        .map(|l| (l.target.id, l.attrs.pinpoint, l.attrs.paragraph))
        .collect()
}

const VII: &str = "charter:Chapter VII";

fn chapters(text: &str) -> Vec<String> {
    bases(text).into_iter().map(|b| b.0).collect()
}

#[test]
fn each_way_a_resolution_states_its_basis() {
    let vii = "charter:Chapter VII".to_string();
    // 1973 (2011), the form of 619 resolutions.
    assert_eq!(
        bases(
            "Acting under Chapter VII of the Charter of the United Nations,\n\n1. Demands the immediate establishment of a ceasefire;"
        ),
        [(vii.clone(), None, Some(Paragraph::Preamble))]
    );
    // 1737 (2006).
    assert_eq!(
        bases("Acting under Article 41 of Chapter VII of the Charter of the United Nations,"),
        [(vii.clone(), Some("Article 41".into()), Some(Paragraph::Preamble))]
    );
    // 232 (1966), 660 (1990).
    assert_eq!(
        bases("Acting in accordance with Articles 39 and 41 of the United Nations Charter,")[0]
            .1
            .as_deref(),
        Some("Articles 39 and 41")
    );
    assert_eq!(
        bases("Acting under Articles 39 and 40 of the Charter of the United Nations,")[0]
            .1
            .as_deref(),
        Some("Articles 39 and 40")
    );
    // 875 (1993): two chapters, two edges.
    assert_eq!(
        chapters("Acting under Chapters VII and VIII of the Charter of the United Nations,"),
        [VII, "charter:Chapter VIII"]
    );
    // 1132 (1997), 1495 (2003), 1569 (2004).
    assert_eq!(
        chapters("8. Acting also under Chapter VIII of the Charter of the United Nations, authorizes ECOWAS"),
        ["charter:Chapter VIII"]
    );
    assert_eq!(
        chapters("Acting under Chapter VI of the Charter of the United Nations,"),
        ["charter:Chapter VI"]
    );
    assert_eq!(
        bases("Acting in accordance with Article 28 (3) of the Charter of the United Nations,"),
        [(
            "charter:Chapter V".to_string(),
            Some("Article 28 (3)".into()),
            Some(Paragraph::Preamble)
        )]
    );
    // The qualifiers between "acting" and "under".
    for clause in [
        "Acting for these reasons under Chapter VII of the Charter of the United Nations,", // 1386 (2001)
        "Acting, therefore, under Chapter VII of the Charter of the United Nations,",       // 841 (1993)
        "the security of UNPROFOR and its freedom of movement for all its missions, and, to these ends, acting under Chapter VII of the Charter of the United Nations,", // 913 (1994)
        "as regards UNPROFOR in the Republic of Croatia and the Republic of Bosnia and Herzegovina, acting under Chapter VII of the Charter of the United Nations,", // 847 (1993)
        "will require an exemption from the provisions of resolution 757 (1992) of 30 May 1992 and acting, in this respect, under Chapter VII of the Charter of the United Nations,", // 967 (1994)
        "Acting under chapter VII of the Charter of the United Nations,", // 1956 (2010)
    ] {
        assert_eq!(chapters(clause), [VII], "{clause}");
    }
    // An operative verb's aside: 713 (1991), 1410 (2002), 1757 (2007), 2231 (2015).
    assert_eq!(
        chapters(
            "6. Decides, under Chapter VII of the Charter of the United Nations, that all States shall, for the purposes of establishing peace"
        ),
        [VII]
    );
    assert_eq!(
        chapters(
            "6. Authorizes UNMISET, under Chapter VII of the Charter of the United Nations, to take the necessary actions"
        ),
        [VII]
    );
    assert_eq!(
        bases("1. Decides, acting under Chapter VII of the Charter of the United Nations, that:"),
        [(vii.clone(), None, Some(Paragraph::Operative(1)))]
    );
    assert_eq!(
        bases("7. Decides, acting under Article 41 of the Charter of the United Nations, that, upon receipt")
            [0]
        .1
        .as_deref(),
        Some("Article 41")
    );
    // 54 (1948) and 62 (1948), before "Acting under" was written.
    assert_eq!(
        bases("1. Determines that the situation in Palestine constitutes a threat to the peace within the meaning of Article 39 of the Charter of the United Nations;")[0].1.as_deref(),
        Some("Article 39")
    );
    assert_eq!(
        bases("2. Calls upon the parties directly involved in the conflict in Palestine, as a further provisional measure under Article 40 of the Charter, to seek agreement forthwith")[0].1.as_deref(),
        Some("Article 40")
    );
}

#[test]
fn what_is_no_basis_of_the_resolution_itself() {
    for clause in [
        // Another's act: a Member (4 (1946)), a request quoted (2071 (2012)),
        // a resolution cited (1535 (2004)), a past decision (985 (1995)).
        "the Security Council has been drawn to the situation in Spain by a Member of the United Nations acting in accordance with Article 35 of the Charter,",
        "requesting the authorization of deployment through a Security Council resolution of an international military force to assist the Armed Forces of Mali acting under Chapter VII as provided by the United Nations Charter,",
        "the Counter-Terrorism Committee established by the Security Council under paragraph 6 of resolution 1373 (2001) acting under Chapter VII of the Charter in discharging its important responsibilities,",
        "Recalling also its resolution 788 (1992) of 19 November 1992, in which it decided, under Chapter VII of the Charter of the United Nations, that all States shall",
        // Measures described, a readiness, a right, the Charter in general.
        "4. Affirms that the restrictions imposed under Chapter VII of the Charter of the United Nations by resolution 1132 (1997)",
        "Reaffirms its readiness, whenever measures are adopted under Article 41 of the Charter of the United Nations, to give consideration",
        "Recalling the right of States, under Article 50 of the Charter, to consult the Security Council",
        "to take appropriate measures under the appropriate provisions of the Charter of the United Nations, including Chapter VII thereof.",
        "5. Emphasizes UNAMID's Chapter VII mandate, as defined in resolution 1769,",
        "The Administering Authority, acting under the provisions of article 3 of this Agreement,",
    ] {
        assert_eq!(bases(clause), [], "{clause}");
    }
    // A report quoting the words states no basis of its own.
    let report = "United Nations S/2014/660\n\nReport of the Secretary-General\n\nThe Council, acting under Chapter VII of the Charter, authorized the mission.\n";
    let extraction = Extractor::new().extract_str("S-2014-660.txt", report);
    assert!(extraction.links.iter().all(|l| l.kind != EdgeKind::ActsUnder));
}

/// The corpus files whose whitespace-folded text holds `phrase`.
fn files_saying(dir: &std::path::Path, phrase: &str) -> BTreeSet<String> {
    common::read_dir_texts(dir)
        .filter(|(_, text)| text.contains(phrase))
        .map(|(name, _)| name)
        .collect()
}

/// Every resolution file that opens a paragraph with "Acting under Chapter
/// VII of the Charter" (a plain search of the whitespace-folded text) has its
/// edge, and every Chapter VII edge's quote names Chapter VII or one of its
/// articles (39 to 51).
#[test]
fn the_resolutions_acting_under_chapter_vii_are_the_files_that_say_so() {
    let Some(dir) = common::sc_corpus_or_skip() else {
        return;
    };
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    let said = files_saying(&dir, "Acting under Chapter VII of the Charter");
    assert!(said.len() > 500, "{} files", said.len());
    let table = graph
        .query("\"Chapter VII\" <- acts_under | edges")
        .expect("query runs");
    let csv = table.to_csv();
    let mut with_edge = BTreeSet::new();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (evidence, quote) = (col("evidence"), col("quote"));
    let chapter_vii =
        regex::Regex::new(r"(?i)\bchapters? vii\b|\barticles? (?:39|4[0-9]|5[01])\b").expect("pattern");
    for row in rows.records() {
        let row = row.expect("row");
        let file = row[evidence].rsplit_once(':').map_or("", |(f, _)| f);
        with_edge.insert(
            std::path::Path::new(file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
        );
        let q = &row[quote];
        // "Chapter VII", "Chapters VII and VIII", "Article 41", "Articles 39 and 40".
        let names_it = chapter_vii.is_match(q);
        assert!(names_it, "{q}");
    }
    let missing: Vec<&String> = said.difference(&with_edge).collect();
    assert!(missing.is_empty(), "no acts_under edge: {missing:?}");
}

#[test]
fn questions_about_the_basis_read_as_absence_when_the_text_is_not_held() {
    let graph = common::data_graph();
    let ask = |q: &str| graph.query(q).unwrap_or_else(|e| panic!("{q}: {e}")).to_text();
    // 2531 (2020) is held through its draft S/2020/600: "Acting under Chapter VII".
    assert!(ask("was 2531 adopted under Chapter VII").contains("charter:Chapter VII"));
    assert!(ask("under which chapter was 2531 adopted").contains("S/2020/600"));
    // 2391 (2017) is only cited: nothing it says is known, which is no "no".
    let stub = ask("was 2391 adopted under Chapter VII");
    assert!(
        stub.contains("was not read into this graph (it is cited, not held)"),
        "{stub}"
    );
    assert!(ask("does 2391 cite 1325").contains("was not read into this graph"));
}

/// The record a note needs comes from the question's walk: what a
/// document's text says (`X -> …`) needs its text; a path does not.
#[test]
fn only_questions_about_what_a_text_says_need_the_text() {
    use unxref::query::ast::{Absence, Statement};
    let needs = |q: &str| match unxref::query::parse(q)
        .unwrap_or_else(|e| panic!("{q}: {e}"))
        .statement
    {
        Statement::Query { note, .. } => note.and_then(|n| n.without_record),
        other => panic!("{q}: {other:?}"),
    };
    assert_eq!(needs("what does 2531 cite"), Some(Absence::Text(0)));
    assert_eq!(
        needs("under which chapter was 1973 adopted"),
        Some(Absence::Text(0))
    );
    // "is 1325 cited by 2282": the text asked about is the second name's.
    assert_eq!(needs("is 1325 cited by 2282"), Some(Absence::Text(1)));
    assert_eq!(needs("who voted against 2531"), Some(Absence::Votes(0)));
    assert_eq!(needs("how are 2282 and 2391 connected"), None);
    assert_eq!(needs("what cites 1325"), None);
    // `under` names a legal basis only before a chapter of the Charter:
    // "committees under resolution 1267" is no question about one.
    assert!(unxref::query::parse("committees under resolution 1267").is_err());
    assert!(unxref::query::parse("resolutions adopted under Chapter VII of the Charter").is_ok());
}

/// The chapters a text names (`mentions` links to the Charter's nodes), with
/// the count of each.
fn named(text: &str) -> Vec<(String, u32)> {
    let whole = format!("Resolution 9999 (2015)\n\nThe Security Council,\n\n{text}\n");
    Extractor::new()
        .extract_str("S-RES-9999(2015).txt", &whole)
        .links
        .into_iter()
        .filter(|l| l.kind == EdgeKind::Mentions && l.target.id.starts_with("charter:"))
        .map(|l| (l.target.id, l.attrs.count))
        .collect()
}

#[test]
fn each_way_a_text_names_a_chapter_of_the_charter() {
    let one = |chapter: &str| vec![(format!("charter:Chapter {chapter}"), 1)];
    // 50 (1948): named, not acted under.
    assert_eq!(
        named(
            "11. Decides that … the situation in Palestine will be reconsidered with a view to action under Chapter VII of the Charter of the United Nations ;"
        ),
        one("VII")
    );
    // 1366 (2001), 2107 (2013), 395 (1976).
    assert_eq!(
        named(
            "9. Reaffirms its role … as set forth in Chapter VI of the Charter of the United Nations including by use of regional preventive mechanisms;"
        ),
        one("VI")
    );
    assert_eq!(
        named(
            "5. Recalls Chapter VI, in particular Articles 33 and 34 of the Charter of the United Nations;"
        ),
        one("VI")
    );
    // 875 (1993): both chapters.
    assert_eq!(
        named("Acting under Chapters VII and VIII of the Charter of the United Nations,"),
        [
            ("charter:Chapter VII".to_string(), 1),
            ("charter:Chapter VIII".to_string(), 1)
        ]
    );
    // 4 (1946)'s footnote: the United Nations Charter.
    assert_eq!(
        named(
            "[1] See United Nations Conference on International Organization, I/10, discussion relating to Chapter III of the United Nations Charter."
        ),
        one("III")
    );
    // 1199 (1998): "thereof", after the Charter's name.
    assert_eq!(
        named(
            "4. Decides … to consider further action and additional measures under the Charter of the United Nations, including Chapter VII thereof;"
        ),
        one("VII")
    );
    // 2003 (2011), 2228 (2015), 2001 (2011): the Council's own chapters, bare.
    assert_eq!(
        named("encouraging the increasingly full implementation by UNAMID of its Chapter VII mandate,"),
        one("VII")
    );
    assert_eq!(
        named(
            "5. Emphasizes UNAMID's Chapter VII mandate, as defined in resolution 1769 (2007), to deliver its core tasks"
        ),
        one("VII")
    );
    // 1464 (2003).
    assert_eq!(
        named(
            "authorizes Member States participating in the ECOWAS forces in accordance with Chapter VIII together with the French forces"
        ),
        one("VIII")
    );
    // 1957 (2010) misspells the Charter.
    assert_eq!(
        named("Acting under Chapter VII of the Chapter of the United Nations,"),
        one("VII")
    );
    // Two namings, one link counting both.
    assert_eq!(
        named(
            "Acting under Chapter VII of the Charter,\n\n1. Decides, under Chapter VII of the Charter, that"
        ),
        [("charter:Chapter VII".to_string(), 2)]
    );
}

#[test]
fn chapters_of_other_instruments_are_not_the_charters() {
    for text in [
        // 325 (1973): a committee's report.
        "Bearing in mind the recommendations submitted by the Committee in chapter VII of its report,",
        // 263 (1969): the Council's rules of procedure.
        "to amend accordingly the relevant provisions of chapters VII and IX of the provisional rules of procedure of the Security Council",
        // 2227 (2015), 2206 (2015): an agreement's chapters.
        "the hybrid court for South Sudan, while taking note of paragraph 3.2.2 of Chapter V of the Agreement,",
        "the cantonment of forces consistent with Chapter II, paragraph 2.4 of the Agreement;",
        "the Ouagadougou Political Agreement, including its Chapter V on the institutional executive framework,",
        // 1070 (1996): a convention's.
        "to meet the said conditions and standards set forth in Chapter V of the Chicago Convention",
        // A report's chapter, bare: chapters other than VI to VIII are not read bare.
        "in accordance with the concept of operations outlined in Chapter IV of the Secretary-General's report (S/26422)",
        "as described in Chapter II above,",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}

/// Every resolution file that names Chapter VII of the Charter (a plain
/// search of the whitespace-folded text for "Chapter VII of the Charter")
/// has a `mentions` link to it, and the question in a researcher's words
/// counts them.
#[test]
fn the_resolutions_naming_chapter_vii_are_the_files_that_do() {
    let Some(dir) = common::sc_corpus_or_skip() else {
        return;
    };
    let Some(graph) = common::sc_corpus_graph() else {
        return;
    };
    let said = files_saying(&dir, "Chapter VII of the Charter");
    assert!(said.len() > 600, "{} files", said.len());
    let csv = graph
        .query("\"Chapter VII\" <- mentions | edges")
        .expect("query runs")
        .to_csv();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let evidence = rows
        .headers()
        .expect("header")
        .iter()
        .position(|h| h == "evidence")
        .expect("evidence");
    let with_edge: BTreeSet<String> = rows
        .records()
        .map(|row| {
            let row = row.expect("row");
            let file = row[evidence].rsplit_once(':').map_or("", |(f, _)| f).to_string();
            std::path::Path::new(&file)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    let missing: Vec<&String> = said.difference(&with_edge).collect();
    assert!(missing.is_empty(), "no mentions edge: {missing:?}");
    let counted = graph
        .query("how many resolutions mention Chapter VII")
        .expect("question reads")
        .to_csv();
    let n: usize = counted
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .expect("a count");
    assert!(n >= said.len(), "{n} < {}", said.len());
    // "Chapter VII resolutions" are those adopted under it, fewer than those naming it.
    let adopted_under = graph
        .query("how many Chapter VII resolutions are there")
        .expect("question reads")
        .to_csv();
    let m: usize = adopted_under
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .expect("a count");
    assert!(m > 500 && m < n, "{m} adopted under, {n} naming");
}
