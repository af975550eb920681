//! Questions of audit 20: what audit 19 left (a mistyped word inside a
//! question, `X cited by what`, a plural `latest` that took one row), the
//! lead's list (`SG reports on Haiti`, `show ""`, an expected-word list
//! ending with a bare `and`, unclosed quotes, impossible dates, ranges of
//! years said latest first), and 47 questions not in the tests before,
//! typed as a researcher or a diplomat's staff would (question words,
//! tenses, plurals, `res`/`PRST`/`SG`, date phrasings, `since`, `how many`,
//! votes, mandates, `what does X recall`), asked of the graph of the
//! sc-resolutions corpus and the SG reports; each answer checked with grep.
//!
//! Wrong before, now read by a general rule:
//! - `who voted agianst resolution 242` was answered as `who voted on 242`:
//!   the extractor reads `agianst resolution 242` as a citation of 242 and
//!   the word was dropped unsaid. Words before `resolution N` that the
//!   reading does without are now taken only where they name an organ
//!   (`Security Council`, `General Assembly`, …); a word a letter (two in
//!   a word of nine letters or more: `condemn` is no `concern` mistyped)
//!   from a word of the questions gets an error naming the word meant and
//!   the question that reads; a mistyped kind (`resolutons`, `presidental`)
//!   is read as the kind, with a note (so is the formal `all resolutoins`,
//!   an error before);
//! - `the latest resolutions on Haiti` gave one row: a plural with no
//!   number is now the 5 latest (or earliest), with a note;
//! - `what does 2531` listed `"and"` among the words expected: it is now
//!   `"and" with another name`.
//!
//! Refused before, now read: `1325 is cited by what`, `res 2100 cited by
//! which resolutions`; `between 2015 and 2010`, `from 2005 to 2003` (read
//! in order, with a note; a formal `year in 2015..2010` is an error that
//! says so). Unclear errors before, now clear: an unclosed quote, a date
//! no calendar has (`2014-02-30`, `31 April 2010`, `2014-13`), `show ""`,
//! `the panel of experts` (ambiguous: the error now offers `a panel of
//! experts`).
//!
//! Of the 47 new questions (and 22 more of a second batch) all but `what
//! does 2100 recall about Mali` (an error at the end of the question rather
//! than at `about`: left) read, and none read wrongly; the answers below
//! are the ones checked against the texts. Left as well: `the 5 latest
//! resolutions on Haiti` (a number before `latest`: `the latest 5 …`
//! reads; a `{n}` there broke the question in the place of a document),
//! `presidental statements on Haiti` said without a question word (read
//! as one name, which names nothing), and `recent res on DRC` (one row:
//! `res` is singular as well as plural).

use crate::common::{answer_ids as ids, count, data_graph, error_of, formal, notes};

#[test]
fn a_mistyped_kind_is_read_as_the_kind_with_a_note() {
    let g = graph_or_skip!();
    for (typo, right) in [
        ("which resolutons mention Mali", "which resolutions mention Mali"),
        (
            "which reslutions on Haiti since 2010",
            "which resolutions on Haiti since 2010",
        ),
    ] {
        assert_eq!(ids(g, typo), ids(g, right), "{typo}");
        assert!(!ids(g, typo).is_empty(), "{typo}");
        let word = typo.split(' ').nth(1).unwrap_or_default();
        assert!(
            notes(g, typo)
                .iter()
                .any(|n| n == &format!("\"{word}\" is read as \"resolutions\"")),
            "{typo}: {:?}",
            notes(g, typo)
        );
    }
    assert_eq!(
        count(g, "how many reslutions mention Mali in 2013"),
        count(g, "how many resolutions mention Mali in 2013")
    );
}

#[test]
fn a_mistyped_word_of_the_question_is_named_with_the_word_meant() {
    let g = graph_or_skip!();
    for (q, meant) in [
        (
            "who voted agianst resolution 242",
            "who voted against resolution 242",
        ),
        ("who voted agianst 2334", "who voted against 2334"),
    ] {
        let e = error_of(g, q);
        assert!(
            e.contains("\"agianst\" is not a word of the questions"),
            "{q}: {e}"
        );
        assert!(e.contains("did you mean \"against\"?"), "{q}: {e}");
        assert!(e.contains(&format!("(\"{meant}\" reads)")), "{q}: {e}");
    }
    // Words that name no organ before `resolution N` are no part of the
    // name: read, they were dropped unsaid.
    let e = error_of(g, "what cites xyzzy resolution 242");
    assert!(e.starts_with("syntax error"), "{e}");
    // Those that do are kept: the extractor reads the document by them.
    for (q, id) in [
        (
            "what cites general assembly resolution 1514 (XV)",
            "A/RES/1514 (XV)",
        ),
        (
            "what cites the General Assembly resolution 1514 (XV)",
            "A/RES/1514 (XV)",
        ),
        ("what cites security council resolution 242", "S/RES/242 (1967)"),
        ("what cites the council's resolution 242", "S/RES/242 (1967)"),
    ] {
        assert!(
            formal(g, q).starts_with(&format!("\"{id}\" <- cites")),
            "{q}: {}",
            formal(g, q)
        );
    }
}

#[test]
fn cited_by_what_reads_with_the_question_word_last() {
    let g = graph_or_skip!();
    for (q, same) in [
        ("1325 is cited by what", "what cites 1325"),
        (
            "res 2100 cited by which resolutions",
            "which resolutions cite 2100",
        ),
        ("2100 cited by what", "what cites 2100"),
        (
            "1325 is referenced by which resolutions",
            "which resolutions cite 1325",
        ),
    ] {
        assert_eq!(ids(g, q), ids(g, same), "{q}");
    }
    // 2112, 2116, 2162, 2164, 2227 recall 2100 (2013).
    assert_eq!(
        ids(g, "2100 cited by what"),
        [
            "S/RES/2112 (2013)",
            "S/RES/2116 (2013)",
            "S/RES/2162 (2014)",
            "S/RES/2164 (2014)",
            "S/RES/2227 (2015)"
        ]
    );
}

#[test]
fn a_plural_with_no_number_is_the_newest_few() {
    let g = graph_or_skip!();
    let latest = ids(g, "the latest resolutions on Haiti");
    assert_eq!(latest, ids(g, "the latest 5 resolutions on Haiti"));
    assert_eq!(latest.first().map(String::as_str), Some("S/RES/2243 (2015)"));
    assert!(
        notes(g, "what are the latest resolutions on Haiti")
            .iter()
            .any(|n| n.starts_with("\"resolutions\" with no number is read as the 5 latest")),
        "{:?}",
        notes(g, "what are the latest resolutions on Haiti")
    );
    // One with a singular, as before.
    assert_eq!(ids(g, "the latest resolution on Haiti"), ["S/RES/2243 (2015)"]);
    // The earliest texts to name Darfur: 1547, 1556, 1564, 1574 (2004), 1590 (2005).
    assert_eq!(
        ids(g, "the earliest resolutions that mention Darfur"),
        [
            "S/RES/1547 (2004)",
            "S/RES/1556 (2004)",
            "S/RES/1564 (2004)",
            "S/RES/1574 (2004)",
            "S/RES/1590 (2005)"
        ]
    );
    assert_eq!(ids(g, "the last three resolutions on Syria").len(), 3);
}

#[test]
fn a_range_said_latest_first_is_read_in_order() {
    let g = graph_or_skip!();
    for (q, same, note) in [
        (
            "resolutions on Iraq from 2005 to 2003",
            "resolutions on Iraq from 2003 to 2005",
            "\"from 2005 to 2003\" is read as the years 2003 to 2005",
        ),
        (
            "which resolutions cite 1267 between 2005 and 2000",
            "which resolutions cite 1267 between 2000 and 2005",
            "\"between 2005 and 2000\" is read as the years 2000 to 2005",
        ),
    ] {
        assert_eq!(ids(g, q), ids(g, same), "{q}");
        assert!(!ids(g, q).is_empty(), "{q}");
        assert!(notes(g, q).iter().any(|n| n == note), "{q}: {:?}", notes(g, q));
    }
    let e = error_of(g, "all resolutions where year in 2015..2010");
    assert!(
        e.contains("the range 2015..2010 is upside down; write 2010..2015"),
        "{e}"
    );
}

#[test]
fn dates_no_calendar_has_and_unclosed_quotes_are_named() {
    let g = graph_or_skip!();
    for (q, says) in [
        (
            "resolutions adopted on 2014-02-30",
            "2014-02-30: no such day in the calendar (February 2014 has 28 days)",
        ),
        (
            "resolutions adopted on 30 February 2014",
            "30 February 2014: no such day in the calendar (February 2014 has 28 days)",
        ),
        (
            "resolutions adopted on 31 April 2010",
            "31 April 2010: no such day in the calendar (April 2010 has 30 days)",
        ),
        ("resolutions of 2014-13", "2014-13: no such month in the calendar"),
        ("what cites \"S/RES/1325", "the quote at column 12 is not closed"),
    ] {
        let e = error_of(g, q);
        assert!(e.contains(says), "{q}: {e}");
    }
    // Real dates read, in either form: 2099, 2100 and 2101 are "of 25 April 2013".
    let day = ["S/RES/2099 (2013)", "S/RES/2100 (2013)", "S/RES/2101 (2013)"];
    assert_eq!(ids(g, "what was adopted on 25 April 2013"), day);
    assert_eq!(ids(g, "what was adopted on 2013-04-25"), day);
    // A range of years written short is no month.
    assert!(!ids(g, "resolutions adopted in 2010-12").is_empty());
}

#[test]
fn empty_names_ambiguous_bodies_and_the_word_and_get_clear_errors() {
    let g = graph_or_skip!();
    for q in ["show \"\"", "show \"   \""] {
        let e = error_of(g, q);
        assert!(e.contains("the name is empty"), "{q}: {e}");
    }
    let e = error_of(g, "show \"the panel of experts\"");
    assert!(e.contains("ambiguous node"), "{e}");
    assert!(e.contains("or say \"a panel of experts\" for every one"), "{e}");
    let e = error_of(&data_graph(), "what does 2531");
    assert!(e.contains("\"and\" with another name"), "{e}");
    assert!(!e.contains("\"and\","), "{e}");
}

/// Questions of the new sample whose answers were checked with grep.
#[test]
fn new_questions_answer_as_the_texts_say() {
    let g = graph_or_skip!();
    for (q, want) in [
        ("which resolution established MINUSMA", &["S/RES/2100 (2013)"][..]),
        ("when was UNMISS established", &["S/RES/1996 (2011)"]),
        (
            "which resolution extended the mandate of UNMIL in 2012",
            &["S/RES/2066 (2012)"],
        ),
        (
            "which missions were established in 2004",
            &["actor:MINUSTAH", "actor:ONUB", "actor:UNOCI"],
        ),
        ("the first resolution on Mali", &["S/RES/159 (1960)"]),
        // 2100 (2013), line 10: "(S/PRST/2012/7) and 4 April 2012 (S/PRST/2012/9)".
        (
            "which PRSTs are cited by 2100",
            &["S/PRST/2012/7", "S/PRST/2012/9"],
        ),
        ("what SG reports does 2100 cite", &["S/2013/189"]),
        ("what does resolution 2100 (2013) establish", &["actor:MINUSMA"]),
    ] {
        assert_eq!(ids(g, q), want, "{q}");
    }
    // 63 files of 2014; 6 texts of 2011 name Libya (1970, 1973, 2009, 2016, 2017, 2022).
    assert_eq!(count(g, "how many resolutions were adopted in 2014"), 63);
    assert_eq!(count(g, "how many resolutions on Libya in 2011"), 6);
    // 11 texts of 2013 "recall" 1820 (2008) (grep of `recall… 1820 (2008)`).
    assert_eq!(
        ids(g, "what resolutions recalled resolution 1820 in 2013").len(),
        11
    );
    // 1973 (2011) holds no vote line: said, not a bare empty answer.
    let t = g.query("who voted against resolution 1973").expect("reads");
    assert!(t.is_empty());
    assert!(
        t.empty_note().is_some_and(|n| n.contains("no vote is recorded")),
        "{:?}",
        t.empty_note()
    );
    assert_eq!(
        formal(g, "SG reports on Haiti"),
        formal(g, "reports of the Secretary-General on Haiti")
    );
}

/// `which missions were active in 1995` was told that unxref does not
/// record where a mission is deployed: the question is of when. The error
/// now says what is recorded of time, with questions that read; each of
/// them answers.
#[test]
fn active_in_a_year_is_answered_with_what_is_recorded_of_time() {
    let g = data_graph();
    let error = error_of(&g, "which missions were active in 1995");
    assert!(
        error.contains("does not record the years a mission or body was active"),
        "{error}"
    );
    assert!(!error.contains("deployed"), "{error}");
    for suggested in [
        "which missions were extended in 1995",
        "missions established before 1996",
    ] {
        assert!(error.contains(suggested), "{error}");
        assert!(g.query(suggested).is_ok(), "{suggested}");
    }
    // Where a body works is still a question of place.
    assert!(error_of(&g, "where is MINUSTAH deployed").contains("deployed or works"));
}

/// A list whose joining word follows its last comma with no space
/// (`1325,and 1820`, found by audit 19's property test of the grammar's
/// words) panicked: the offset of `and` was taken one before the text after
/// the comma. Such a list is now read as the list said with a space, or
/// refused with a message.
#[test]
fn a_joining_word_right_after_a_comma_is_no_panic() {
    let g = data_graph();
    for q in [
        "what cites 2531, 1325,and 1820",
        "what cites 2531,1325,or 1820",
        "what mentions MINUSMA,France,and Mali",
    ] {
        let _ = g.query(q);
    }
    assert_eq!(
        formal(&g, "what cites 2531, 1325, and 1820"),
        formal(&g, "what cites 2531, 1325 and 1820")
    );
}
