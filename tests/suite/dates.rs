//! A resolution's date: the one its text states for itself (its adoption
//! line, its dated heading, a web copy's `Publication Date`, its
//! distribution date), never one of a document it cites, and never one
//! whose year contradicts the year in its symbol.

use unxref::symbol::Symbol;
use unxref::{Extractor, NodeKind};

use crate::common::sc_corpus_graph;

/// The date (`YYYY-MM-DD`) of the one document `text` holds, read as the
/// file `path`.
fn date_of(path: &str, text: &str) -> (String, Option<String>) {
    let x = Extractor::new().extract_str(path, text);
    let node = &x.documents.first().expect("a document").node;
    (node.id.clone(), node.date.map(|d| d.to_string()))
}

/// The refworld head of `S-RES-955(1994).txt` (its metadata block as the
/// file has it) and the preamble that follows.
const RES_955: &str = "Security Council Resolution S/RES/955 (1994) \n\n\
    Publisher\nUN Security Council\n\n\
    Publication Date\n8 November 1994\n\n\
    Citation / Document Symbol\nS/RES/955 (1994)\n\n\
    Reference\n1994 Security Council Resolutions\n\n\
    Cite as\n\nUN Security Council, Security Council Resolution S/RES/955 (1994), 8 November 1994, \
    S/RES/955 (1994), available at: http://www.refworld.org/docid/3b00f2742c.html [accessed 4 April 2016]\n\n\
    Comments\nText of Statute of the International Tribunal for Rwanda attached as annex.\n\n\
    The Security Council,  \n\
    Reaffirming all its previous resolutions on the situation in Rwanda,  \n\
    Having considered the reports of the Secretary-General pursuant to paragraph 3 of resolution 935 (1994) \
    of 1 July 1994 (S/1994/879 and S/1994/906), and having taken note of the reports of the Special \
    Rapporteur for Rwanda of the United Nations Commission on Human Rights (S/1994/1157, annex I and annex II),  \n";

#[test]
fn a_web_copy_is_dated_by_its_publication_date_not_by_a_cited_resolution() {
    assert_eq!(
        date_of("S-RES-955(1994).txt", RES_955),
        ("S/RES/955 (1994)".into(), Some("1994-11-08".into()))
    );
    // Without its metadata the text states no date of its own: 1 July 1994
    // is resolution 935's.
    let bare = RES_955.replace("Publication Date\n8 November 1994\n\n", "");
    assert_eq!(date_of("S-RES-955(1994).txt", &bare).1, None);
}

#[test]
fn publication_date_alone_dates_a_resolution() {
    // S-RES-186(1964).txt: its head states the date only in the metadata.
    let text = "Security Council resolution 186 (1964) [on establishment of the UN Peace-keeping Force in Cyprus] \n\n\
        Publisher\nUN Security Council\n\nPublication Date\n4 March 1964\n\n\
        Citation / Document Symbol\nS/RES/186 (1964)\n\n\
        Cite as\n\nUN Security Council, Security Council resolution 186 (1964) [on establishment of the UN \
        Peace-keeping Force in Cyprus], 4 March 1964, S/RES/186 (1964), available at: \
        http://www.refworld.org/docid/3b00f20ac.html [accessed 4 April 2016]\n\n\
        Comments\nConcerns establishment of the UN Peace-keeping Force in Cyprus.\n\
        Adopted unanimously, 1102nd meeting.\n\n\
        The Security Council,  \n\
        Noting that the present situation with regard to Cyprus is likely to threaten international peace \
        and security and may further deteriorate unless additional measures are promptly taken to maintain \
        peace and to seek out a durable solution,  \n\
        Considering the positions taken by the parties in relation to the treaties signed at Nicosia on 16 August 1960,  \n";
    assert_eq!(
        date_of("S-RES-186(1964).txt", text).1.as_deref(),
        Some("1964-03-04")
    );
}

#[test]
fn a_stated_year_that_contradicts_the_symbol_is_a_typo() {
    // S-RES-510(1982).txt: the heading says 1872, the metadata 1982.
    let heading = "Resolution 510 (1982) Adopted by the Security Council at its 2378th meeting held on 15 June 1872 \n\n";
    let block = "Publisher\nUN Security Council\n\nPublication Date\n15 June 1982\n\n\
        Citation / Document Symbol\nS/RES/510 (1982)\n\n\
        Cite as\n\nUN Security Council, Resolution 510 (1982) Adopted by the Security Council at its 2378th \
        meeting held on 15 June 1872, 15 June 1982, S/RES/510 (1982), available at: \
        http://www.refworld.org/docid/3b00f1664c.html [accessed 4 April 2016]\n\n";
    let body = "The Security Council,  \n\
        Noting the report by the Secretary-General on the United Nations operation in Cyprus of 1 June 1982 \
        (S/15149 and Corr.1 and Add.1),  \n";
    let full = format!("{heading}{block}{body}");
    assert_eq!(
        date_of("S-RES-510(1982).txt", &full).1.as_deref(),
        Some("1982-06-15")
    );
    // With only the typo, and a cited report's date of the right year
    // below it, no date is stated.
    let typo_only = format!("{heading}{body}");
    assert_eq!(date_of("S-RES-510(1982).txt", &typo_only).1, None);

    // S-RES-48(1948).txt: an old heading with the wrong year, and the date
    // of resolution 46 (1948) in the preamble: no date.
    let text = "48 (1948). Resolution of 23 April 1943 [S/727]\n\nThe Security Council,\n\n\
        Referring to its resolution 46 (1948) of 17 April 1948 calling upon all parties concerned to comply \
        with specific terms for a truce in Palestine,\n";
    assert_eq!(
        date_of("S-RES-48(1948).txt", text),
        ("S/RES/48 (1948)".into(), None)
    );
}

#[test]
fn the_distribution_date_serves_when_the_adoption_line_has_a_typo() {
    // S-RES-1139(1997).txt.
    let text = "UNITED NATIONS\nSecurity Council\n\nS\nDistr. GENERAL S/RES/1139 (1997) 21 November 1997\n\n\
        RESOLUTION 1139 (1997)\n\
        Adopted by the Security Council at its 3835th meeting, on 21 November 1987\n\
        The Security Council,\n\
        Having considered the report of the Secretary-General on the United Nations Disengagement Observer \
        Force of 14 November 1997 (S/1997/884),\n";
    assert_eq!(
        date_of("S-RES-1139(1997).txt", text).1.as_deref(),
        Some("1997-11-21")
    );
}

#[test]
fn the_adoption_line_comes_before_the_distribution_date() {
    // S-RES-1033(1995).txt: distributed three days after its adoption.
    let text = "UNITED NATIONS\nSecurity Council\n\nS\nDistr. GENERAL S/RES/1033 (1995)* 22 December 1995\n\n\
        RESOLUTION 1033 (1995)\nAdopted by the Security Council at its 3610th meeting, on 19 December 1995\n\n\
        The Security Council,\nReaffirming all its previous resolutions on the question of Western Sahara,\n";
    assert_eq!(
        date_of("S-RES-1033(1995).txt", text).1.as_deref(),
        Some("1995-12-19")
    );
}

#[test]
fn adoption_lines_and_headings_in_their_corpus_wordings() {
    let cases = [
        // S-RES-1454(2002).txt: the vote between the meeting and the day.
        (
            "S-RES-1454(2002).txt",
            "Resolution 1454 (2002)\nAdopted by the Security Council at its 4683th meeting, by a vote of 13 to 0, \
             with 2 abstentions (Russian Federation, Syria), on 30 December 2002\nThe Security Council,\n\
             Recalling its previous relevant resolutions, including resolution 661 (1990) of 6 August 1990,\n",
            Some("2002-12-30"),
        ),
        // S-RES-1340(2001).txt: no `on`.
        (
            "S-RES-1340(2001).txt",
            "Resolution 1340 (2001)\nAdopted by the Security Council at its 4274th meeting, 8 February 2001\n\
             The Security Council, Recalling its resolutions 808 (1993) of 22 February 1993,\n",
            Some("2001-02-08"),
        ),
        // S-RES-1601(2005).txt: `Adoption by`.
        (
            "S-RES-1601(2005).txt",
            "Resolution 1601 (2005)\nAdoption by the Security Council at its 5192nd meeting, on 31 May 2005\n\
             The Security Council,\nReaffirming resolutions 1576 (2004) of 29 November 2004,\n",
            Some("2005-05-31"),
        ),
        // S-RES-351(1974).txt: a scan's `I` for `1`.
        (
            "S-RES-351(1974).txt",
            "Resolution 351 (1974) of 10 June I974\nThe Security Council,\n",
            Some("1974-06-10"),
        ),
        // S-RES-715(1991).txt: `or` for `of`, and 687's date below.
        (
            "S-RES-715(1991).txt",
            "Resolution 715 (1991) or 11 October 1991\nThe Security Council,\n\
             Recalling its resolutions 687 (1991) of 3 April 1991 and 707 (1991) of 15 August 1991 and its \
             other resolutions on this matter,\n",
            Some("1991-10-11"),
        ),
        // S-RES-102(1953).txt's old heading form.
        (
            "S-RES-102(1953).txt",
            "102 (1953). Resolution of 3 December 1953\nThe Security Council,\n",
            Some("1953-12-03"),
        ),
    ];
    for (path, text, want) in cases {
        assert_eq!(date_of(path, text).1.as_deref(), want, "{path}");
    }
}

#[test]
fn corpus_resolutions_are_dated_in_their_symbols_year_or_not_at_all() {
    let Some(g) = sc_corpus_graph() else { return };
    let mut held = 0;
    let mut dated = 0;
    for n in g.nodes() {
        let from_corpus = n
            .source
            .as_ref()
            .is_some_and(|s| s.file.contains("sc-resolutions"));
        if !(n.held && n.kind == NodeKind::Resolution && from_corpus) {
            continue;
        }
        held += 1;
        let year =
            n.id.parse::<Symbol>()
                .ok()
                .and_then(|s| s.year())
                .expect("a resolution symbol");
        if let Some(d) = n.date {
            dated += 1;
            assert_eq!(d.year(), i32::from(year), "{} dated {d}", n.id);
        }
    }
    assert!(held > 2000, "{held} resolutions held");
    // `unxref stats`: all but four resolutions held have a date; the four
    // without are 48 and 56 (1948), whose headings say 1943, 735 (1992),
    // whose heading says `29 Janunry 1992`, and 289 (1970), read from the
    // file named for 290, whose heading says `of 83 November 1970`.
    assert!(dated + 4 >= held, "{dated} of {held} dated");
    let date = |id: &str| {
        g.nodes()
            .find(|n| n.id == id)
            .and_then(|n| n.date)
            .map(|d| d.to_string())
    };
    assert_eq!(date("S/RES/955 (1994)").as_deref(), Some("1994-11-08"));
    assert_eq!(date("S/RES/906 (1994)").as_deref(), Some("1994-03-25"));
    assert_eq!(date("S/RES/877 (1993)").as_deref(), Some("1993-10-21"));
    assert_eq!(date("S/RES/552 (1984)").as_deref(), Some("1984-06-01"));
    assert_eq!(date("S/RES/510 (1982)").as_deref(), Some("1982-06-15"));
    assert_eq!(date("S/RES/511 (1982)").as_deref(), Some("1982-06-18"));
    assert_eq!(date("S/RES/186 (1964)").as_deref(), Some("1964-03-04"));
    assert_eq!(date("S/RES/1139 (1997)").as_deref(), Some("1997-11-21"));
    assert_eq!(date("S/RES/48 (1948)"), None);
}
