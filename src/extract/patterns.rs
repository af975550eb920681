//! Every pattern the extractor matches, in one place: page furniture,
//! document headings, reference forms and the lexicon of governing verbs.
//! All are compiled once (`LazyLock`) and shared by every thread.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;

fn re(pattern: &str) -> Regex {
    compile(pattern)
}

/// Room for each pattern's lazy DFA, per thread. With the regex crate's
/// default (2 MB) the counted gaps of the mandate patterns
/// (`[^.;:]{0,220}?` after every `Decides`) filled some caches, which were
/// cleared and rebuilt: three passes over the corpus took 2% more
/// instructions (callgrind). A cache grows only as far as its pattern needs.
pub(crate) const DFA_CACHE_BYTES: usize = 64 << 20;

/// An extractor pattern, compiled with room for its lazy DFA and with
/// [`ascii_digits`].
///
/// # Panics
/// When the pattern is invalid: every caller passes a literal.
pub(crate) fn compile(pattern: &str) -> Regex {
    regex::RegexBuilder::new(&ascii_digits(pattern))
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .expect("extractor pattern compiles")
}

/// [`compile`] for a pattern over bytes.
///
/// # Panics
/// When the pattern is invalid: every caller passes a literal.
pub(crate) fn compile_bytes(pattern: &str) -> regex::bytes::Regex {
    regex::bytes::RegexBuilder::new(&ascii_digits(pattern))
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .expect("extractor pattern compiles")
}

/// `pattern` with every `\d` meaning the ASCII digits `0-9`, in and out of
/// brackets.
///
/// The numbers the extractor reads (resolution numbers, years, meetings,
/// days, job numbers) are written in ASCII digits and parsed as such. The
/// Unicode `\d` of the regex crate holds some 70 scripts' digits, which every
/// counted `\d{1,4}` repeats as a UTF-8 automaton: the extractor's patterns
/// took nine times as long to compile with it (`FURNITURE` 1.4 ms against
/// 0.16 ms), and their lazy DFAs built states for bytes no text uses.
/// A pattern the parser refuses is returned as it is, for the compiler to
/// name its error.
pub(crate) fn ascii_digits(pattern: &str) -> std::borrow::Cow<'_, str> {
    use regex_syntax::ast::{self, Ast, ClassPerl, ClassPerlKind, ClassSetItem};

    // A pattern without the text `\d` or `\D` holds no such class: it is
    // not parsed (most are not, and parsing them all cost a cold pass some
    // 20 M instructions).
    if !pattern.contains(r"\d") && !pattern.contains(r"\D") {
        return pattern.into();
    }

    /// Each `\d` or `\D` as its span and the text that replaces it.
    struct Digits(Vec<(std::ops::Range<usize>, &'static str)>);
    fn span(class: &ClassPerl) -> std::ops::Range<usize> {
        class.span.start.offset..class.span.end.offset
    }
    impl ast::Visitor for Digits {
        type Output = Vec<(std::ops::Range<usize>, &'static str)>;
        type Err = std::convert::Infallible;
        fn finish(self) -> Result<Self::Output, Self::Err> {
            Ok(self.0)
        }
        fn visit_pre(&mut self, ast: &Ast) -> Result<(), Self::Err> {
            if let Ast::ClassPerl(class) = ast
                && class.kind == ClassPerlKind::Digit
            {
                self.0
                    .push((span(class), if class.negated { "[^0-9]" } else { "[0-9]" }));
            }
            Ok(())
        }
        fn visit_class_set_item_pre(&mut self, item: &ClassSetItem) -> Result<(), Self::Err> {
            // A `\D` inside brackets has no range to stand for it: it stays.
            if let ClassSetItem::Perl(class) = item
                && class.kind == ClassPerlKind::Digit
                && !class.negated
            {
                self.0.push((span(class), "0-9"));
            }
            Ok(())
        }
    }

    let Ok(tree) = ast::parse::Parser::new().parse(pattern) else {
        return pattern.into();
    };
    let Ok(digits) = ast::visit(&tree, Digits(Vec::new()));
    spliced(
        pattern,
        digits
            .into_iter()
            .map(|(span, ascii)| (span, ascii.into()))
            .collect(),
    )
}

/// `pattern` with each span of `edits` replaced by its text.
fn spliced<'p>(
    pattern: &'p str,
    mut edits: Vec<(std::ops::Range<usize>, std::borrow::Cow<'static, str>)>,
) -> std::borrow::Cow<'p, str> {
    if edits.is_empty() {
        return pattern.into();
    }
    edits.sort_by_key(|(span, _)| span.start);
    let mut out =
        String::with_capacity(pattern.len() + edits.iter().map(|(_, with)| with.len()).sum::<usize>());
    let mut at = 0;
    for (span, with) in edits {
        out.push_str(&pattern[at..span.start]);
        out.push_str(&with);
        at = span.end;
    }
    out.push_str(&pattern[at..]);
    out.into()
}

/// `pattern` with every negated bracket class of ASCII characters (`[^;]`,
/// `[^.;:]`, `[^,;]`) matching bytes (`(?-u:[^;])`): for a pattern over
/// bytes ([`compile_bytes`]).
///
/// Such a class is the gap of a pattern (`Decides[^;]{0,200}? to
/// authorize`): it only skips to the words that follow. Over characters
/// each of its repetitions is a UTF-8 automaton; over bytes it is one
/// state, and the pattern compiles some ten times as fast (the
/// authorization pattern 4.7 ms against 0.6 ms), its lazy DFA building
/// states as much cheaper. A gap then counts bytes, not characters: a
/// character outside ASCII takes two or three of its `{0,200}`. The match
/// begins and ends where the pattern's words do, at characters.
pub(crate) fn byte_gaps(pattern: &str) -> std::borrow::Cow<'_, str> {
    use regex_syntax::ast::{self, Ast, ClassSet, ClassSetItem};

    // Every negated bracket class is written `[^`: a pattern without it is
    // not parsed.
    if !pattern.contains("[^") {
        return pattern.into();
    }

    /// The spans of the classes to rewrite.
    struct Gaps(Vec<std::ops::Range<usize>>);
    fn ascii(item: &ClassSetItem) -> bool {
        match item {
            ClassSetItem::Literal(l) => l.c.is_ascii(),
            ClassSetItem::Range(r) => r.start.c.is_ascii() && r.end.c.is_ascii(),
            ClassSetItem::Union(u) => u.items.iter().all(ascii),
            _ => false,
        }
    }
    impl ast::Visitor for Gaps {
        type Output = Vec<std::ops::Range<usize>>;
        type Err = std::convert::Infallible;
        fn finish(self) -> Result<Self::Output, Self::Err> {
            Ok(self.0)
        }
        fn visit_pre(&mut self, ast: &Ast) -> Result<(), Self::Err> {
            if let Ast::ClassBracketed(class) = ast
                && class.negated
                && matches!(&class.kind, ClassSet::Item(item) if ascii(item))
            {
                self.0.push(class.span.start.offset..class.span.end.offset);
            }
            Ok(())
        }
    }

    let Ok(tree) = ast::parse::Parser::new().parse(pattern) else {
        return pattern.into();
    };
    let Ok(gaps) = ast::visit(&tree, Gaps(Vec::new()));
    let edits = gaps
        .into_iter()
        .map(|span| {
            let bytes = format!("(?-u:{})", &pattern[span.clone()]);
            (span, bytes.into())
        })
        .collect();
    spliced(pattern, edits)
}

/// A line that is PDF page furniture: job numbers (`13-31417 (E)`, `2 13-31417`,
/// `97-02392 (E) 280197`, with the page of a count `15-12661 2/22`, `3/25
/// 18-08494`), barcodes (`*1331417*`), bare page numbers and
/// footers (`3`, `2/11`), continuation marks (`/...`), rules (`---`, `___`),
/// and the first page's reissue footnote (`* Reissued for technical
/// reasons.`), which a PDF's text layer may place inside a sentence of the
/// page ("the Armed Forces for the National Liberation of East" / `*
/// Reissued for technical reasons.` / `Timor (FALINTIL)`, S/2000/1105).
pub static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?(?:\s+\d{1,3})?|\d{1,3}\s+\d{2}-\d{5}(?:\s*\(E\))?|\d{2}-\d{5}\s+\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\s*/\s*\d{1,3}\s+\d{2}-\d{5}|\*\d{5,}\*|\d{1,3}|\d{1,3}\s*/\s*\d{1,3}|/\s?\.\.\.|-{3,}|_{3,}|={3,}|Page\s+\d{1,3}|-\s*\d{1,3}\s*-|\*{1,2}\s*Reissued\s+for\s+technical\s+reasons\.?)$",
    )
});

/// A running header with a page number: `S/RES/1000 (1995) Page 2`,
/// `S/RES/1095 (1997) English Page 2`, `S/2020/600 Page 3`.
pub static RUNNING_HEADER_PAGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[SA]/[A-Z0-9./ ()-]{2,30}?\s+(?:English\s+)?Page\s+\d{1,3}$"));

/// A markdown link `[text](target)`; the text is kept.
pub static MD_LINK: LazyLock<Regex> = LazyLock::new(|| re(r"\[([^\]\n]*)\]\([^)\n]*\)"));

/// An annex heading at the start of a line: `Annex`, `Annex I`, `Annex 1`,
/// `ANNEX XVII Statement by …`, `Annex to the letter dated …`.
pub static ANNEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:Annex|ANNEX)(?:\s+(?P<num>[IVXLC]{1,7}|\d{1,3})(?-u:\b))?[.:]?(?:\s+(?P<rest>.*))?$")
});

/// An enclosure heading at the start of a line: `Enclosure`, `Enclosure 2`.
pub static ENCLOSURE_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:Enclosure|ENCLOSURE)(?:\s+(?P<num>[IVXLC]{1,5}|\d{1,2}))?[.:]?$"));

/// The title of a letter, note or statement as its first words say.
pub static TITLE_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Identical )?[Ll]etters? dated|Note verbale dated|Note by the|Statement by|Report of the Secretary-General|Letter from)",
    )
});

/// A resolution's own heading: `Resolution 2518 (2020)`, `RESOLUTION 893 (1994)`,
/// `Security Council Resolution S/RES/500 (1982)`, `S/RES/2100 (2013)`.
pub static RESOLUTION_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:resolution\s+|S/RES/)(?P<n>\d{1,4})\s*\(\s*(?P<y>\d{4})\s*\)"));

/// The old heading forms: `102 (1953). Resolution of 3 December 1953`,
/// `1 Resolution of 25 January 1946`.
pub static OLD_RESOLUTION_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?m)^\s*(?P<n>\d{1,4})(?:\s*\((?P<y>\d{4})\))?\.?\s+Resolution\s+of(?-u:\b)"));

/// The file name of an sc-resolutions file: `S-RES-893(1994).txt`.
pub static RESOLUTION_FILE_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"S-RES-(?P<n>\d{1,4})\s*\((?P<y>\d{4})\)"));

/// Where a resolution's text begins: `The Security Council,`.
pub static SECURITY_COUNCIL_OPENING: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?m)(?:^|\s\s)[ \t]*(?i:The Security Council)(?:[ \t]*[,:.]|[ \t]*$)"));

/// The meeting that adopted a resolution: `Adopted by the Security Council at
/// its 7474th meeting`, `Adopted unanimously at the 1382nd meeting`, and the
/// corpus's variants `… at its 3725th (closed) meeting`, `Adoption by the
/// Security Council at its 5192nd meeting`, `… at is 5592nd meeting`, `…
/// at the 1638th meting`.
pub static ADOPTED_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:adopted|adoption\s+by)(?-u:\b)[^.;\n]{0,60}?(?-u:\b)at\s+(?:its|the|is)\s+(?P<n>\d{1,5})\s*(?:st|nd|rd|th|d)\s+(?:\(closed\)\s+)?mee?ting",
    )
});

/// A date: `30 June 2020`, `6 January 1994`.
pub static DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?P<d>\d{1,2})\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+(?P<y>\d{4})(?-u:\b)",
    )
});

/// A date in a resolution's statement of its own date: [`DATE`]'s form,
/// with a scanned year's `1` read as `I` (`10 June I974`, `7 August I958`).
const STATED_DATE: &str = r"(?P<d>\d{1,2})\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+(?P<y>[12I]\d{3})(?-u:\b)";

/// A resolution's statement of the meeting and day that adopted it:
/// `Adopted by the Security Council at its 3453rd meeting, on 8 November
/// 1994`, `… meeting held on 15 June 1982`, `… meeting on 9 March 1991`,
/// `… 4274th meeting, 8 February 2001`, `Adoption by …`, `… at is 5622nd
/// meeting`, `… (closed) meeting`, `… meeting (Part II), on`, `… meeting, by
/// a vote of 13 to 0, with 2 abstentions (Russian Federation, Syria), on 30
/// December 2002`.
pub(crate) static ADOPTION_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)adopt(?:ed|ion)\s+by\s+the\s+Security\s+Council\s+at\s+(?:its|is)\s+\d{{1,5}}\s*(?:st|nd|rd|th|d)\s+(?:\(closed\)\s+)?meeting(?:\s*\(Part\s+[IVX]+\))?(?:\s*,\s*by\s+a\s+vote\s+of[^\n;]{{0,80}}?)?\s*,?\s*(?:held\s+)?(?:on\s+)?{STATED_DATE}"
    ))
});

/// A resolution's heading with its date, at the start of a line:
/// `Resolution 10 (1946) of 4 November 1946`, `Resolution 100 (1953)of 27
/// October 1953`, `Resolution 715 (1991) or 11 October 1991`, `Resolution
/// 352 (1974M-;) of 21 June 1974` (a scan's noise in the parentheses), and
/// the old form `102 (1953). Resolution of 3 December 1953`, `43 (148)
/// Resolution of 1 April 1948`, `1 Resolution of 25 January 1946`.
pub(crate) static DATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?m)^[ \t]*(?:(?:Security\s+Council\s+)?(?i:resolution)\s+(?P<n>\d{{1,4}})(?-u:\b)[^\n]{{0,12}}?\s*o[fr]|(?P<old>\d{{1,4}})(?-u:\b)[^\n]{{0,12}}?\s*Resolution\s+of)\s+{STATED_DATE}"
    ))
});

/// The date a web copy of a resolution (refworld) gives in its metadata:
/// `Publication Date` / `8 November 1994`.
pub(crate) static PUBLICATION_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"Publication\s+Date\s+{STATED_DATE}")));

/// The date a resolution was distributed, from its document head:
/// `Distr.: General 8 February 2001`, `Distr. GENERAL S/RES/999 (1995) 16
/// June 1995`, `Distr: General`, `Dist.: General`, `S/RES/1319 (2000)*`.
pub(crate) static DISTRIBUTION_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"Distr?\.?:?\s+(?i:general)\s+(?:S/RES/\d{{1,4}}\s*\(\d{{4}}\)\**\s+)?{STATED_DATE}"
    ))
});

/// The day of a meeting in a verbatim record's head, the weekday before
/// it: `Friday, 25 February 2022, 3 p.m.`, `Held at Headquarters, New York,
/// on Wednesday, 15 March 2023, at 10 a.m.`.
pub(crate) static MEETING_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:Held\s+at\s+[^\n]{{0,80}}?\s+on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+{STATED_DATE}"
    ))
});

/// A verbatim record's own meeting line: `9280th meeting`, `8979th
/// meeting`, the General Assembly's `62nd plenary meeting` (A/75/PV.62).
pub(crate) static MEETING_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{1,5}\s?(?:st|nd|rd|th|d)\s+(?:\(closed\)\s+|plenary\s+)?meeting$"));

/// The statement of the day an organ adopted a resolution, opening its
/// line: `Resolution adopted by the General Assembly on 16 December 2020`,
/// `Resolution adopted by the Human Rights Council on 23 March 2021`.
pub(crate) static ORGAN_ADOPTED_ON: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?m)^[ \t]*(?:Resolution\s+)?(?i:adopted)\s+by\s+the\s+(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Security\s+Council)\s+on\s+{STATED_DATE}"
    ))
});

/// The closing of a General Assembly resolution, its meeting and day on
/// two lines: `46th plenary meeting` / `16 December 2020`; another organ's
/// says `56th meeting` / `4 April 2023` (the Human Rights Council's): the
/// group `plenary` tells which.
pub(crate) static PLENARY_CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?m)^[ \t]*(?P<n>\d{{1,4}})\s?(?:st|nd|rd|th|d)\s+(?P<plenary>plenary\s+)?meeting[ \t]*\n[ \t]*{STATED_DATE}"
    ))
});

/// The meeting at which a presidential statement was made, as the
/// statement's first sentence says it: `At the 9262nd meeting of the
/// Security Council, held on 9 February 2023, in connection with … the
/// President of the Security Council made the following statement on
/// behalf of the Council:` (S/PRST/2023/1).
pub(crate) static STATEMENT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?m)^[ \t]*["“]?At\s+(?:the|its)\s+(?P<n>\d{1,5})\s?(?:st|nd|rd|th|d)\s+meeting\b[^\n]{0,600}?\bmade\s+the\s+following\s+statement"#,
    )
});

/// The title line of a General Assembly resolution, after its number:
/// `75/191. Situation of human rights in …`, `ES-11/1. Aggression against
/// Ukraine`; of another organ's, `52/32. Situation of human rights in
/// Ukraine …` (Human Rights Council), `2022/15. Progress in …` (the
/// Economic and Social Council numbers by year).
pub(crate) static GA_RESOLUTION_TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:(?:ES|S)-\d{1,2}|\d{1,3}|(?:19|20)\d\d)/\d{1,4}(?:\s?[A-Z])?\.\s+\S"));

/// An agenda item in quotes: `agenda item “The situation in Mali”`.
pub static AGENDA: LazyLock<Regex> =
    LazyLock::new(|| re(r#"(?i)agenda item\s+(?:entitled\s+)?[“"](?P<a>[^”"\n]{3,150}?)[”"]"#));

/// The resolution a cover letter reports: `adopted as resolution 2518 (2020)`,
/// `refer to Security Council resolution 2531 (2020)`.
pub static REPORTED_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:adopted (?:unanimously )?as |refer to (?:Security Council )?)resolution\s+(?P<n>\d{1,4})\s*\(\s*(?P<y>\d{4})\s*\)",
    )
});

/// The draft a cover letter names: `the draft resolution contained in document S/2020/240`.
pub static NAMED_DRAFT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)draft resolution contained in (?:document\s+)?(?P<s>S/\d{4}/\d{1,4})"));

/// A draft named as the one put to the vote: by the President at a
/// meeting (`Members of the Council have before them document S/2023/170,
/// the text of a draft resolution submitted by …`, `… document S/2022/155,
/// which contains the text of a draft resolution`), or by a cover letter
/// (`the draft resolution contained in document S/2020/240`, `draft
/// resolution (S/2020/600)`). [`draft_put_to_vote`] reads the symbol.
pub(crate) static DRAFT_PUT_TO_VOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:document\s+(?P<s>S/\d{4}/\d{1,4}),?\s+(?:which\s+contains\s+)?the\s+text\s+of\s+(?:a|the)\s+draft\s+resolution|draft\s+resolution\s+(?:contained\s+)?(?:in\s+)?(?:document\s+)?\(?\[?(?P<t>S/\d{4}/\d{1,4}))",
    )
});

/// The symbol a match of [`DRAFT_PUT_TO_VOTE`] names.
pub(crate) fn draft_put_to_vote<'t>(c: &regex::Captures<'t>) -> Option<regex::Match<'t>> {
    c.name("s").or_else(|| c.name("t"))
}

/// A General Assembly meeting record's statement that a draft was adopted,
/// with the resolution's number in brackets: `Draft resolution A/75/L.52
/// was adopted by 122 votes to 4, with 35 abstentions (resolution
/// 75/265).`, `Draft resolution A/64/L.72 was adopted (resolution 64/299).`,
/// `Draft resolution A/ES-11/L.1 was adopted by 141 votes to 5, with 35
/// abstentions (resolution ES-11/1).`. A committee's draft named by its
/// number in the report (`Draft resolution I was adopted …`) has no symbol
/// of its own and is not matched. Groups: `d` the draft, `r` the number.
pub(crate) static GA_DRAFT_ADOPTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:draft\s+resolution)\s+(?P<d>A/(?:ES-\d{1,2}|\d{1,3})/L\.\d{1,4}(?:/Rev\.\d{1,2})?)(?:\s+and\s+Add\.\d{1,2})?,?\s+(?:as\s+(?:orally\s+)?(?:revised|amended|corrected),?\s+)?was\s+adopted\b[^()]{0,160}?\(\s*resolution\s+(?P<r>(?:ES-\d{1,2}|\d{1,3})/\d{1,4}(?:\s?[A-Z](?-u:\b))?)\s*\)",
    )
});

/// A symbol's own gloss as a draft, just after it: `S/2023/170, the text of
/// a draft resolution`.
pub(crate) static DRAFT_GLOSS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,\s+(?:which\s+contains\s+)?the\s+text\s+of\s+a\s+draft\s+resolution"));

// Every reference form, one regex each, anchored where the prefilter
// [`reference_starts`] says a reference may start: which literal it found
// tells which form can stand there, so the reference scan runs that form's
// regex alone and reads the numbers off the match by hand (no capture
// groups: finding a match with the lazy DFA is far cheaper than placing
// groups with the backtracker). The word `resolution(s)` needs no regex:
// its list is read by hand.

/// An explicit symbol (`S/RES/2531 (2020)`, `S/2020/476`, `A/RES/…`,
/// `S/PV.7015`, `A/HRC/58/14`, …), at the start of the haystack.
pub static SYMBOL_AT: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = concat!(
        r"^(?-u:\b)(?:",
        r"S\s?/\s?RES\s?/\s?[0-9]{1,4}\s*\(\s*[0-9]{4}\s*\)",
        r"|S/PRST/[0-9]{4}/[0-9]{1,3}",
        r"|S/PV\.\s?[0-9]{1,5}",
        // `S/1994/PRST/58`, the statement's parts inverted (`refs::repair_symbol`).
        r"|S/[0-9]{4}/PRST/[0-9]{1,3}",
        r"|S/[0-9]{4}/[0-9]{1,4}(?:/(?:Add|Corr|Rev|Amend)\.[0-9]{1,4})*",
        // Six digits or more are no old-style symbol: read whole, then mended or left out.
        r"|S/[0-9]{3,8}(?:/(?:Add|Corr|Rev|Amend)\.[0-9]{1,4})*",
        // `document S/ 10420`: a space after the slash.
        r"|S/ [0-9]{3,5}(?-u:\b)",
        // The Council's subsidiary series: `S/AC.51/2011/3`, `S/Agenda/1606`.
        r"|S/(?:AC\.[0-9]{1,3}|C\.[0-9]{1,3}|INF|Agenda)(?:/[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:-[0-9]+)*){1,}",
        r"|A/RES/(?:ES-[0-9]{1,2}/[0-9]{1,3}|[0-9]{1,3}/[0-9]{1,4}(?:\s?[A-Z](?-u:\b))?|[0-9]{1,4}\s?(?:[A-Z]\s?)?\((?:E?S-)?[IVXLC]{1,6}\))",
        r"|A/(?:ES-[0-9]{1,2}|[0-9]{1,2})/(?:PV\.\s?[0-9]{1,4}|L\.[0-9]{1,4}|[0-9]{1,4})(?:/(?:Add|Corr|Rev|Amend)\.[0-9]{1,3})*",
        r"|A/HRC/(?:RES|DEC)/(?:S-)?[0-9]{1,2}/[0-9]{1,3}",
        r"|E/(?:CN\.4/)?RES/(?:[0-9]{4}/[0-9]{1,3}|[0-9]{1,4}\s?\([IVXLC]{1,6}\))",
        r"|E/DEC/[0-9]{4}/[0-9]{1,3}",
        // Every other series (`A/HRC/58/14`, `E/C.12/RWA/CO/5`, `ST/SGB/2003/13`,
        // `ICCD/COP(13)/21`): two parts or more (`symbol::SYMBOL_PART`).
        r"|(?:@SERIES@)(?:/@PART@){2,}(?:\s?\(Part\s[IVX]{1,4}\))?",
        // An IAEA information circular, without the part of it cited
        // (`INFCIRC/254/Rev.9/Part 1`).
        r"|INFCIRC/[0-9]+(?:/(?:Rev|Add|Corr|Mod)\.[0-9]+)*",
        // A press release numbered on its own (`SC/7791`, `GA/12345`).
        r"|(?:@PRESS@)/[0-9]{3,5}(?-u:\b)",
        r")",
    );
    re(&pattern
        .replace("@PRESS@", crate::symbol::ONE_NUMBER_PRESS_SERIES)
        .replace("@SERIES@", &crate::symbol::general_series_alternation())
        .replace("@PART@", crate::symbol::SYMBOL_PART))
});

/// A Security Council symbol with the Council's name or initials written
/// for its series letter `S`, in a modern (year-numbered) form only:
/// `Security Council/PRST/2001/31` (seven times in 1820 (2008)),
/// `SC/2012/133` (2041 (2012)). A one-part `SC/7831` is a press release,
/// which [`SYMBOL_AT`] reads.
pub(crate) static COUNCIL_NAMED_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?-u:\b)(?:Security Council|SC)/(?:PRST/)?(?:19|20)[0-9]{2}/[1-9][0-9]{0,3}(?-u:\b)")
});

/// A Yearbook page, `YUN 1946, p. 12`: the year is the match's first run of
/// digits, the page its last.
pub static YEARBOOK_AT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?-u:\b)YUN\s+[0-9]{4},?\s*p\.\s*[0-9]{1,4}"));

/// Bracketed meetings, `[meeting 7015]`, `[meetings 7015 and 7016]`: the
/// numbers are the match's runs of digits.
pub static MEETINGS_AT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\[meetings?\s+[0-9]{1,5}(?:\s*(?:,|and)\s*[0-9]{1,5})*\]"));

/// `7015th meeting`, `69th plenary meeting`: the number is the match's
/// leading digits.
pub static NTH_MEETING_AT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?-u:\b)[0-9]{1,5}\s?(?:st|nd|rd|th|d)\s+(?:plenary\s+)?meeting(?-u:\b)"));

/// A bare `N (YYYY)`: the number is the match's leading digits, the year
/// the four digits after the parenthesis.
pub static NUMBER_YEAR_AT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?-u:\b)[0-9]{1,4}\s?\(\s?(?:19[4-9]|20[0-4])[0-9]\s?\)"));

/// The literals that start (or, for `(19`, `(20` and `meeting`, end) every
/// reference: the regex runs only where one stands ([`reference_starts`]).
/// The series prefixes of other organs (`E/`, `ST/`, `CEDAW/`, …) follow
/// them ([`reference_literals`]). What each can begin is read off the
/// literal itself (`refs::Lead`).
pub(crate) const REFERENCE_LITERALS: [&str; 11] = [
    "S/",
    "Security Council/",
    "SC/",
    "A/",
    "YUN",
    "[meeting",
    "esolution",
    "ESOLUTION",
    "(19",
    "(20",
    "meeting",
];

/// [`REFERENCE_LITERALS`], then the series prefixes of other organs: the
/// index of a literal here is the one [`reference_starts`] gives.
pub(crate) fn reference_literals() -> Vec<String> {
    let mut literals: Vec<String> = REFERENCE_LITERALS.iter().map(|l| l.to_string()).collect();
    literals.extend(crate::symbol::series_prefixes());
    literals
}

/// A literal of [`reference_literals`] and its index there.
type IndexedLiteral = (usize, Vec<u8>);

/// The literals of [`reference_literals`] that end with `/` (`S/`, `SC/`,
/// `A/`, the series prefixes), each with its index there, grouped by the
/// byte before the `/` (the index of the group) and longest first.
static SLASH_LITERALS: LazyLock<Vec<Vec<IndexedLiteral>>> = LazyLock::new(|| {
    let mut by_last: Vec<Vec<IndexedLiteral>> = vec![Vec::new(); 256];
    for (index, literal) in reference_literals().iter().enumerate() {
        if let [.., last, b'/'] = literal.as_bytes() {
            by_last[usize::from(*last)].push((index, literal.as_bytes().to_vec()));
        }
    }
    for group in &mut by_last {
        group.sort_by_key(|(index, bytes)| (std::cmp::Reverse(bytes.len()), *index));
    }
    by_last
});

/// The literals of [`REFERENCE_LITERALS`] without a `/` (`esolution`, `(19`,
/// `meeting`, …), each with its index there.
static WORD_LITERALS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let (indices, words): (Vec<usize>, Vec<&str>) = REFERENCE_LITERALS
        .iter()
        .enumerate()
        .filter(|(_, literal)| !literal.contains('/'))
        .map(|(index, literal)| (index, *literal))
        .unzip();
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build(words)
        .expect("reference word prefilter builds");
    (automaton, indices)
});

/// The hits of [`reference_literals`] in `haystack`, as one Aho-Corasick
/// automaton over them finds them (leftmost first, not overlapping):
/// `(start, end, index of the literal)`. Two cheaper searches stand in for
/// that automaton: one for the `/` every symbol's prefix ends with, with a
/// look at the bytes before it, and one automaton for the seven literals
/// without a slash, the shortest of three bytes. With the two-byte `S/`
/// among them, the one automaton's SIMD search took every `es` and `me` of
/// a text for a candidate (127 M instructions a pass over
/// `corpus/sc-resolutions`, 9.6 a byte).
pub(crate) fn reference_starts(haystack: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let bytes = haystack.as_bytes();
    let slashes = &*SLASH_LITERALS;
    let (words, word_index) = &*WORD_LITERALS;
    let mut pos = 0;
    // The leftmost hit of each kind starting at `pos` or later, once
    // found: it stays so until `pos` passes its start.
    let mut word: Option<Option<(usize, usize, usize)>> = None;
    let mut slash: Option<Option<(usize, usize, usize)>> = None;
    std::iter::from_fn(move || {
        if word.is_some_and(|w| w.is_some_and(|(start, ..)| start < pos)) {
            word = None;
        }
        if slash.is_some_and(|s| s.is_some_and(|(start, ..)| start < pos)) {
            slash = None;
        }
        let w = *word.get_or_insert_with(|| {
            words
                .find(aho_corasick::Input::new(bytes).span(pos..bytes.len()))
                .map(|m| (m.start(), m.end(), word_index[m.pattern().as_usize()]))
        });
        let s = *slash.get_or_insert_with(|| {
            memchr::memchr_iter(b'/', bytes.get(pos + 1..).unwrap_or_default()).find_map(|i| {
                let end = pos + 1 + i + 1;
                slashes[usize::from(bytes[end - 2])]
                    .iter()
                    .find(|(_, literal)| {
                        end >= pos + literal.len() && bytes[end - literal.len()..end] == literal[..]
                    })
                    .map(|(index, literal)| (end - literal.len(), end, *index))
            })
        });
        let next = match (w, s) {
            (Some(w), Some(s)) => Some(if (s.0, s.2) < (w.0, w.2) { s } else { w }),
            (w, s) => w.or(s),
        }?;
        pos = next.1;
        Some(next)
    })
}

/// One item of a resolution list, anchored at the start of the haystack.
pub static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^(?:S/RES/)?(?:",
        r"(?P<es>(?P<esk>ES|S)-(?P<ess>[0-9]{1,2})/(?P<esn>[0-9]{1,3}))",
        r"|(?P<ys>(?:19[4-9]|20[0-9])[0-9])/(?P<yn>[0-9]{1,4})",
        r"|(?P<gs>[0-9]{1,3})/(?P<gn>[0-9]{1,4})(?P<gp>\s?[A-Z](?-u:\b))?",
        r"|(?P<rn>[0-9]{1,4})\s?(?:(?P<rp>[A-Z])\s?)?\((?P<rs>(?:E?S-)?[IVXLC]{1,6})\)",
        r"|(?P<sa>[0-9]{1,3}) (?P<sb>[0-9]{1,3})[ \t]?\([ \t]?(?P<sy>[0-9]{4})[ \t]?\)",
        r"|(?P<n>[0-9]{1,4})[ \t]*(?:\n[ \t]*)?\([ \t]?(?P<y>[0-9]{4})[ \t]?\)",
        r"|(?P<bare>[0-9]{1,4})(?-u:\b)(?:[^/([0-9].]|\.\s|\.$|$)",
        r")"
    ))
});

/// What may stand between the word `resolutions` and its first item:
/// `, in particular`, `including`, `Nos.`.
pub static LIST_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:,?[ \t]*(?:and in particular|in particular|including|notably|especially|inter alia|namely|Nos?\.)[ \t]*,?)?[ \t]*(?:\n[ \t]*)?",
    )
});

/// What may follow an item before the next one: a date (`of 5 October 1993`),
/// a short descriptor (`on security sector reform`) or a title in quotes
/// (`entitled "…"`), then the separator
/// (`,`, `and`, `as well as`, or nothing at all: `2106 (2013) 2122 (2013)`).
pub static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        // The date's words may stand on two lines, as a PDF's wrapped line
        // sets them (`30/1 of 1 October 2015, 34/1 of` / `23 March 2017 and
        // 40/1 of 21 March 2019`, a Human Rights Council resolution).
        r"^(?:[ \t]*(?:of(?:[ \t]+|[ \t]*\n[ \t]*)[0-9]{1,2}(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][a-z]+(?:[ \t]+|[ \t]*\n[ \t]*)[0-9]{4}",
        r"|of(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][a-z]+(?:[ \t]+|[ \t]*\n[ \t]*)[0-9]{4}|\([0-9]{4}\)))?",
        r"(?:,?[ \t]+(?:on|concerning|relating to|regarding|containing)[ \t]+[^,;.()[0-9]\[\]\n]{1,100}?[ \t,])?",
        // A title in quotes: `70/1 of 25 September 2015, entitled
        // "Transforming our world: the 2030 Agenda for Sustainable
        // Development", and 69/313`.
        r#"(?:,?[ \t]+entitled[ \t]+["“][^"”\n]{1,200}["”])?"#,
        // A line may break after the separator (`57/327 of 18 June 2003 and` /
        // `58/260 of 23 December 2003`, S/2004/333): the next item then must
        // not be a bare number, which opens a paragraph there (`refs`).
        r"[ \t]*(?:,[ \t]*(?:\n[ \t]*)?(?:and(?:[ \t]+|[ \t]*\n[ \t]*)|as well as[ \t]+|or[ \t]+)?|[ \t]+and(?:[ \t]+|[ \t]*\n[ \t]*)|[ \t]+as well as[ \t]+|[ \t]+or[ \t]+|[ \t]*&[ \t]*|[ \t]+)",
        r"(?:(?:its|the|Security Council)[ \t]+)?(?:resolutions?[ \t]+)?",
    ))
});

/// A full stop inside a list, after an item and its date, before the
/// next item on the same line: `2248 (S-V) of 19 May 1967. 2324 (XXII)`
/// (a typo for a comma; the list goes on only if the next item has the
/// same form).
pub(crate) static LIST_FULL_STOP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[ \t]*(?:of[ \t]+[0-9]{1,2}[ \t]+[A-Z][a-z]+[ \t]+[0-9]{4}|of[ \t]+[A-Z][a-z]+[ \t]+[0-9]{4}))?\.[ \t]+",
    )
});

/// Words that make `resolution N` not a citation: `this resolution 90 days
/// after`, `the draft resolution 5`.
pub static DETERMINER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:this|present|that|said|draft|same|each|a|an|any|such|which|new|every|the)[ \t]+$")
});

/// What may not follow a bare number taken for a resolution: `90 days`.
pub static BARE_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ \t]*(?:days?|weeks?|months?|years?|hours?|members?|per|percent|troops|military|police|personnel|votes?|\d|,\d{3})",
    )
});

/// What may follow a bare `resolution N` to say which body adopted it:
/// `resolution 1 approved at the aforesaid Meeting` (S-RES-156(1960).txt,
/// the OAS Meeting of Consultation's). The group `by` is what the body's
/// name starts with (`its`, `the Security Council`, `the aforesaid Meeting`).
pub(crate) static BARE_ADOPTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ \t]*,?[ \t]*(?:which[ \t]+was[ \t]+|as[ \t]+)?(?:approved|adopted)[ \t]+(?:at|by|in)[ \t]+(?P<by>[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?)",
    )
});

/// A pin before a reference: `paragraph 13 of`, `paragraphs 2, 5, 6 and 7 of`,
/// `paragraph 33 (iii) of its`.
pub static PIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)paragraphs?\s+(?P<p>[0-9]{1,3}(?:\s?\([a-z]{1,5}\))*(?:\s*(?:,|and|to)\s*[0-9]{1,3}(?:\s?\([a-z]{1,5}\))*)*)\s+of\s+(?:its\s+|the\s+|Security Council\s+|General Assembly\s+)?$",
    )
});

/// A pin after a document's symbol, in the brackets that hold it: `(see
/// S/1998/500, para. 30)`, `(S/2009/72, paras. 47-48)`, `(S/1998/236,
/// paragraph 5)`. The group `p` is the paragraphs; a pin into an annex
/// (`S/2008/26, annex, para. 3`) is no paragraph of the document and is
/// not matched.
pub(crate) static PIN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^,\s*(?:paras?\.|paragraphs?)\s*(?P<p>[0-9]{1,3}(?:\s?\([a-z]{1,5}\))*(?:\s*(?:-|–|,|and|to)\s*[0-9]{1,3}(?:\s?\([a-z]{1,5}\))*)*)\s*[),;]",
    )
});

/// `and Add.1`, `& Add.1`, `and Corr.1` after a symbol: a second document.
pub static ADDENDUM: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:and|&)\s+(?P<k>Add|Corr|Rev)\.\s?(?P<n>\d{1,3})(?-u:\b)"));

/// The last number of a range of addenda after the first: `-3` in `S/22454
/// and Add. 1-3` (689 (1991)), `-3` in `S/5448 and Add.1-3`, ` to 31` in
/// `S/24900 and Add.1 to 31` (816 (1993)).
pub(crate) static ADDENDUM_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s?(?:-|\u{2013}|\s+to\s+)\s?(?P<m>\d{1,3})(?-u:\b)"));

/// A further number of the addendum just read: `and 2` in `S/1995/222 and
/// Corr.1 and 2` (S/1995/320), `, 2` and `and 3` in `Add.1, 2 and 3`. A
/// comma must be followed by a space (`Add.108,21` is a footnote's number).
pub(crate) static ADDENDUM_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:,\s+|\s+(?:and|&)\s+)(?P<n>\d{1,3})(?-u:\b)"));

/// A symbol with its date glued on by a PDF's text layer, the day run into
/// the symbol's number: `S/1998/5922 January 1998` is S/1998/59 of
/// 22 January 1998 (see [`unglue_date`]).
pub static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<s>[AS]/[0-9A-Za-z./-]*[0-9])[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+(?:19|20)[0-9]{2}(?-u:\b)",
    )
});

/// The symbol a glued date hides ([`GLUED_DATE`]): the symbol without the
/// day's one or two digits, the split the rest of the text shows (the
/// running headers of the report's pages, `S/1998/59`), else the one that
/// leaves a two-digit day. `None` when `text` starts with no glued date.
pub fn unglue_date(text: &str, rest: &str) -> Option<String> {
    if !may_start_with_glued_date(text) {
        return None;
    }
    let c = GLUED_DATE.captures(text)?;
    let glued = &c["s"];
    let splits: Vec<&str> = [2, 1]
        .into_iter()
        .filter_map(|k| {
            let (symbol, day) = glued.split_at(glued.len().checked_sub(k)?);
            let d: u32 = day.parse().ok()?;
            let whole = (1..=31).contains(&d) && !day.starts_with('0');
            let number_left = symbol.ends_with(|c: char| c.is_ascii_digit());
            (whole && number_left && symbol.parse::<crate::Symbol>().is_ok()).then_some(symbol)
        })
        .collect();
    let shown = |s: &&str| {
        rest.match_indices(*s)
            .any(|(i, _)| !rest[i + s.len()..].starts_with(|c: char| c.is_ascii_digit() || c == '/'))
    };
    splits
        .iter()
        .copied()
        .find(shown)
        .or(splits.first().copied())
        .map(str::to_string)
}

/// Whether `text` may start with a [`GLUED_DATE`], checked by hand before
/// the regex runs (most symbols hold no date): `S/` or `A/`, a run of the
/// symbol's characters ending in a digit, spaces or tabs, and a month's
/// capital. The symbol group `s` must end where the run does, since the
/// white space after it is none of its characters.
pub(crate) fn may_start_with_glued_date(text: &str) -> bool {
    let b = text.as_bytes();
    if !(b.len() > 2 && matches!(b[0], b'A' | b'S') && b[1] == b'/') {
        return false;
    }
    let end = 2 + b[2..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'/' | b'-'))
        .count();
    let blank = b[end..].iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
    end > 2
        && b[end - 1].is_ascii_digit()
        && blank > 0
        && b.get(end + blank).is_some_and(|c| b"JFMASOND".contains(c))
}

/// A decision numbered by session (`decision 73/555`, `decision 57/414 A`)
/// or, the Economic and Social Council's, by year (`decision 2005/230`).
/// Whose it is the text around says (see `refs.rs`, `decisions`).
pub static DECISION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?P<w>decisions?)[ \t\n]+(?P<s>[0-9]{1,2}|(?:19[4-9]|20[0-9])[0-9])/(?P<n>[0-9]{1,3})(?-u:\b)(?:[ \t](?P<p>(?-i:[A-Z]))(?-u:\b))?",
    )
});

/// The next item of a list of decisions, after one ([`DECISION`]):
/// `decisions 55/488 and 56/464`, `decisions 2005/230, 2006/11 and 2007/2`.
pub static DECISION_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+)(?P<s>[0-9]{1,2}|(?:19[4-9]|20[0-9])[0-9])/(?P<n>[0-9]{1,3})(?-u:\b)(?:[ \t](?P<p>[A-Z])(?-u:\b))?",
    )
});

/// What a resolution says it acts under (see `refs.rs`, `legal_basis`):
/// `Acting under Chapter VII of the Charter of the United Nations`,
/// `Acting, in this respect, under …`, `acting also under Chapter VIII`,
/// `Acting under Article 41 of Chapter VII of the Charter`, `Acting in
/// accordance with Articles 39 and 41 of the United Nations Charter`, and an
/// operative verb's aside: `Decides, under Chapter VII of the Charter, that`,
/// `Authorizes UNMISET, under Chapter VII …, to`; and the first forms
/// (1948): "Determines that the situation … constitutes a threat to the
/// peace within the meaning of Article 39 of the Charter", "Orders …,
/// pursuant to Article 40 of the Charter", "Calls upon …, as a further
/// provisional measure under Article 40 of the Charter". Not a past act ("in which
/// it decided, under Chapter VII"), not a measure's description ("imposed
/// under Chapter VII"), not another instrument's article ("Acting under the
/// provisions of article 3 of this Agreement").
pub static LEGAL_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?-u:\b)(?i:acting)(?:,?\s+(?:also|further|therefore|thus|for\s+these\s+(?:reasons|purposes)|in\s+this\s+respect),?)?\s+(?:under|in\s+accordance\s+with)|(?-u:\b)(?:Decides|Authori[sz]es)(?:\s+[^.;:,\n]{1,60}?)?,\s+under|(?-u:\b)(?:Determines|Orders|Calls\s+upon|Decides)\s[^.;:]{0,200}?(?:within\s+the\s+meaning\s+of|pursuant\s+to|as\s+a\s+(?:further\s+)?provisional\s+measure\s+under))\s+(?:the\s+provisions\s+of\s+)?(?:(?P<chapters>(?i:chapters?)\s+(?-i:[IVX]+)(?:\s+and\s+(?-i:[IVX]+))?)(?-u:\b)|(?P<articles>(?i:articles?)\s+\d{1,3}(?:\s*\(\d\))?(?:\s*(?:,|and|,\s+and)\s*\d{1,3}(?:\s*\(\d\))?)*)(?:\s+of\s+(?i:chapter)\s+(?P<of>[IVX]+))?\s+of\s+the\s+(?:United\s+Nations\s+)?(?i:charter))",
    )
});

/// A chapter of the Charter named in a text, read from the word `Chapter`
/// (see `refs.rs`, `charter_mentions`): `Chapter VII of the Charter`,
/// `Chapters VII and VIII of the Charter of the United Nations`, `Chapter
/// VI, in particular Articles 33 and 34 of the Charter`, `Chapter VII
/// thereof` (after the Charter's name), and a bare `Chapter VII` (`its
/// Chapter VII mandate`). `of` marks another instrument's chapter
/// (`Chapter V of the Agreement`, `chapter VI of its report`); the Charter
/// misspelt `the Chapter of the United Nations` (resolution 1957 (2010)) is
/// the Charter.
pub static CHAPTER_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<word>[Cc]hapters?)\s+(?P<numerals>[IVX]+(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[IVX]+)*)(?-u:\b)(?:(?P<charter>(?:,?\s+in\s+particular\s+[^.;]{0,60}?)?\s+of\s+the\s+(?:(?:United\s+Nations\s+|UN\s+)?(?i:charter)|Chapter\s+of\s+the\s+United\s+Nations))|(?P<thereof>\s+thereof)|(?P<of>\s+of\s))?",
    )
});

/// A line that opens an operative paragraph with no number, with its verb
/// in the third person (the preamble's are participles: `Recalling`,
/// `Noting`): `Decides: (a) To call upon the parties concerned to implement
/// immediately Security Council resolution 338 (1973)` (456 (1979) and 36
/// more renewals of UNDOF), `Recommends to the General Assembly that …`,
/// `Resolves to tender its good offices` (31 (1947)), `(a) To call upon`
/// when `Decides:` stands alone on the line before.
pub(crate) static UNNUMBERED_OPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?m)^[ \t]*(?:\([a-z]\)[ \t]*To\b|(?:Decides|Requests|Calls upon|Calls on|Urges|Approves|Resolves|Recommends|Endorses|Authorizes|Demands|Condemns|Invites|Notes|Takes note|Reaffirms|Welcomes|Declares|Affirms|Appeals|Instructs|Directs|Reminds|Confirms|Commends|Reiterates|Deplores|Encourages|Expresses|Censures|Appoints)\b)",
    )
});

/// A line that opens the footnotes after a text: `Footnotes`, `(49) Ibid.,
/// document S/11823`, `[1] Ibid., documents S/6710 and Add. 1 and 2.`, `1
/// See Official Records of the Security Council, …`.
pub(crate) static FOOTNOTE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?m)^[ \t]*(?:Footnotes\b|\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[ \t]+(?:See|Ibid|Official)\b)")
});

/// An article's number in a [`LEGAL_BASIS`], with its paragraph: `41`, `28 (3)`.
pub static ARTICLE_NUMBER: LazyLock<Regex> = LazyLock::new(|| re(r"\d{1,3}(?:\s*\(\d\))?"));

/// The second half of a joint symbol after a hyphen, an en or an em dash:
/// `-S/2013/480` after `A/67/970`, `–S/2012/261` after `A/66/782`,
/// `-E/2022/47` after `A/77/69` (a report to the Assembly and the Economic
/// and Social Council).
pub static JOINT_TAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s?[-\u{2013}\u{2014}]\s?(?P<s>[SAE]/[0-9A-Z][0-9A-Za-z./-]*\d)"));

/// Bodies named just before `resolution(s)` whose numbered resolutions are
/// no UN document symbols: `Council of Ministers resolution 5/2`,
/// `IAEA Board of Governors resolution`.
pub static OTHER_ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:Sub-Commission|Commission\s+on\s+the\s+Status|Council\s+of\s+Ministers|Assembly\s+of\s+Heads|OAU|African\s+Union|League\s+of\s+Arab\s+States|Organization\s+of\s+American\s+States|Council\s+of\s+Europe|WHO|UNESCO|IAEA|Board\s+of\s+Governors|Conference|Executive\s+Board|Governing\s+Council|Assembly\s+of\s+States\s+Parties|Parliament|World\s+Health\s+Assembly|Peace\s+and\s+Security\s+Council)\s*(?:'s\s*)?(?:resolutions?|decisions?)\s*$",
    )
});

/// The name of an organ, as the subject of a sentence or just before the
/// word `resolution`: the organs that number resolutions (`sc`, `ga`,
/// `hrc`, `eco`, `chr`), a bare `Council` or `Assembly`, and other bodies
/// (`other`), longer names first so that the `Peace and Security Council`
/// is not the Security Council. A publication's locator (`chap. I,`) is a
/// body of its own: `…, chap. I, resolution 1, annex` is a conference's.
pub static ORGAN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?-u:\b)(?:",
        r"(?P<other>Peace\s+and\s+Security\s+Council|(?:National|Parliamentary|Constituent|Legislative|World|Health|Transitional)\s+Assembly",
        r"|Assembly\s+of\s+(?:Heads|States\s+Parties|the\s+African\s+Union)|Council\s+of\s+(?:Ministers|Europe|the\s+League)",
        r"|(?:Governing|Executive|Sovereign|Transitional|Trusteeship|Presidential|Military|National|Municipal|Legislative|Permanent|Arab\s+League)\s+Council",
        r"|(?:World\s+)?Conference|Summit|Commission\s+on\s+the\s+Status\s+of\s+Women|Sub-Commission|Executive\s+Board|Board\s+of\s+Governors",
        r"|African\s+Union|League\s+of\s+Arab\s+States|Organization\s+of\s+American\s+States|European\s+Union|Parliament)",
        r"|(?P<sc>Security\s+Council)",
        r"|(?P<hrc>Human\s+Rights\s+Council|HRC)",
        r"|(?P<eco>Economic\s+and\s+Social\s+Council|ECOSOC)",
        r"|(?P<chr>Commission\s+on\s+Human\s+Rights)",
        r"|(?P<ga>General\s+Assembly|UNGA|GA)",
        r"|(?P<council>Council)",
        r"|(?P<assembly>Assembly)",
        r")(?-u:\b)",
        r"|(?P<chap>(?-u:\b)chap(?:ter)?\.?\s+[IVXLC0-9]{1,6},)",
    ))
});

/// The last word of every name [`ORGAN_NAME`] matches (lower case): a text
/// that ends in none of them (nor in `,`, the end of a `chap. I,`) ends in
/// no organ's name, and the regex need not run. Kept in step with
/// [`ORGAN_NAME`]: tests check every name its alternatives spell and every
/// name the corpus holds.
pub(crate) const ORGAN_NAME_LAST_WORDS: &[&str] = &[
    "council",
    "assembly",
    "heads",
    "parties",
    "union",
    "ministers",
    "europe",
    "league",
    "conference",
    "summit",
    "women",
    "commission",
    "board",
    "governors",
    "states",
    "parliament",
    "ecosoc",
    "rights",
    "hrc",
    "unga",
    "ga",
];

/// What may stand between a cited resolution and the organ named as its
/// owner: `16/25 (2011) of the Human Rights Council`, `1999/61 of the
/// fifty-fifth session of the Commission on Human Rights`, `S-3/1 of 25 May
/// 1994 adopted by the United Nations Commission on Human Rights`.
pub static OWNER_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^\s*(?:\([0-9]{4}\)\s*)?(?:of\s+(?:the\s+)?[0-9A-Za-z-]{1,20}(?:\s+[0-9A-Za-z-]{1,20})?\s+session\s+)?of\s+(?:the\s+|its\s+)?$",
        r"|^\s*(?:of\s+[0-9]{1,2}\s+[A-Z][a-z]+\s+[0-9]{4},?\s+)?adopted\s+by\s+(?:the\s+)?(?:United\s+Nations\s+)?$",
    ))
});

/// `General Assembly` (or `Assembly`) just before the word `resolution`.
pub static GA_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:General\s+)?Assembly(?:'s)?\s+(?:resolutions?\s*)?$"));

/// The session a General Assembly context names: `resolution 68/128`, `A/68/L.29`.
pub static GA_SESSION: LazyLock<Regex> = LazyLock::new(|| re(r"(?:resolution\s+|A/)(?P<s>\d{1,2})/"));

/// Words near a symbol that tell the kind of the document it names. The
/// nearest one governs: `the documents` tells none, and ends the reach of
/// a cue before it (`the draft resolution A/C.3/75/L.31 and the documents
/// TD/B/67/2, UNEP/EA.5/Res.3`: the documents are no drafts), while `the
/// report … contained in documents S/11302 and Add.1` (350 (1974)) keeps
/// the report's. So do `concluding observations` and a `bulletin`, which
/// are no reports: `the Human Rights Committee in its concluding
/// observations on the initial report of Haiti on the implementation of
/// the International Covenant on Civil and Political Rights
/// (CCPR/C/HTI/CO/1)` (S/2016/225).
pub static KIND_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?P<w>draft resolution|draft|reports?|letters?|note verbale|notes?|statements?|communiqu[eé]|memorandum|resolution|the\s+documents|concluding\s+observations|bulletin)(?-u:\b)",
    )
});

/// Relations: the governing verbs and prepositions, mapped to the form the
/// `relation` attribute uses. Scheme: a verb is given as its present
/// participle (`Recalls` → `recalling`, `Takes note of` → `taking note of`);
/// a prepositional phrase as written, lower-cased (`pursuant to`,
/// `established by`, `in line with`, `as per`). The nearest one before a
/// reference, in the same clause, governs it.
pub const RELATIONS: &[(&str, &str)] = &[
    ("recalling", "recalling"),
    ("recalls", "recalling"),
    ("recalled", "recalling"),
    ("reaffirming", "reaffirming"),
    ("reaffirms", "reaffirming"),
    ("taking note of", "taking note of"),
    ("takes note of", "taking note of"),
    ("taking note", "taking note of"),
    ("takes note", "taking note of"),
    ("takes positive note of", "taking note of"),
    ("took note of", "taking note of"),
    ("noting", "noting"),
    ("notes", "noting"),
    ("welcoming", "welcoming"),
    ("welcomes", "welcoming"),
    ("reiterating", "reiterating"),
    ("reiterates", "reiterating"),
    ("bearing in mind", "bearing in mind"),
    ("having considered", "having considered"),
    ("having examined", "having examined"),
    ("having studied", "having studied"),
    ("having received", "having received"),
    ("having heard", "having heard"),
    ("having regard to", "having regard to"),
    ("considering", "considering"),
    ("endorsing", "endorsing"),
    ("endorses", "endorsing"),
    ("approving", "approving"),
    ("approves", "approving"),
    ("affirming", "affirming"),
    ("affirms", "affirming"),
    ("confirming", "confirming"),
    ("confirms", "confirming"),
    ("decides", "deciding"),
    ("deciding", "deciding"),
    ("decided", "deciding"),
    ("requests", "requesting"),
    ("requesting", "requesting"),
    ("urges", "urging"),
    ("urging", "urging"),
    ("calls upon", "calling upon"),
    ("calling upon", "calling upon"),
    ("calls on", "calling upon"),
    ("calling on", "calling upon"),
    ("demands", "demanding"),
    ("demanding", "demanding"),
    ("condemns", "condemning"),
    ("condemning", "condemning"),
    ("stresses", "stressing"),
    ("stressing", "stressing"),
    ("underlines", "underlining"),
    ("underlining", "underlining"),
    ("emphasizes", "emphasizing"),
    ("emphasizing", "emphasizing"),
    ("expresses", "expressing"),
    ("expressing", "expressing"),
    ("commends", "commending"),
    ("commending", "commending"),
    ("acknowledges", "acknowledging"),
    ("acknowledging", "acknowledging"),
    ("recognizes", "recognizing"),
    ("recognizing", "recognizing"),
    ("encourages", "encouraging"),
    ("encouraging", "encouraging"),
    ("deplores", "deploring"),
    ("deploring", "deploring"),
    ("regrets", "regretting"),
    ("determining", "determining"),
    ("determines", "determining"),
    ("authorizes", "authorizing"),
    ("authorizing", "authorizing"),
    ("extends", "extending"),
    ("renews", "renewing"),
    ("adopted", "adopting"),
    ("adopts", "adopting"),
    ("refer to", "referring to"),
    ("referring to", "referring to"),
    ("in reference to", "referring to"),
    ("with reference to", "referring to"),
    ("pursuant to", "pursuant to"),
    ("established by", "established by"),
    ("in line with", "in line with"),
    ("as per", "as per"),
    ("in accordance with", "in accordance with"),
    ("consistent with", "consistent with"),
    ("in compliance with", "in compliance with"),
    ("in conformity with", "in conformity with"),
    ("referred to in", "referred to in"),
    ("mentioned in", "mentioned in"),
    ("set out in", "set out in"),
    ("set forth in", "set forth in"),
    ("outlined in", "outlined in"),
    ("contained in", "contained in"),
    ("requested by", "requested by"),
    ("requested in", "requested in"),
    ("imposed by", "imposed by"),
    ("authorized by", "authorized by"),
    ("mandated by", "mandated by"),
    ("approved by", "approved by"),
    ("endorsed by", "endorsed by"),
    ("annexed to", "annexed to"),
    // How a body's or a measure's mandate came to be as it is: `the Panel of
    // Experts established by paragraph 24 of resolution 1973 (2011) and
    // modified by resolution 2040 (2012)`, `as amended by`, `extended by`,
    // `renewed by`, `expanded by`.
    ("modified by", "modified by"),
    ("amended by", "amended by"),
    ("extended by", "extended by"),
    ("renewed by", "renewed by"),
    ("expanded by", "expanded by"),
    ("implementation of", "implementation of"),
    ("set by", "set by"),
    // More of the same kind, each written before a reference at least ten
    // times in `corpus/sc-resolutions`: `the Committee established under
    // resolution 985 (1995)` (113), `the protection, defined in resolutions
    // 824 (1993) and 836 (1993)` (75), `the measures called for in` (41),
    // `established in pursuance of resolution 253 (1968)` (32), `the Focal
    // Point mechanism established in resolution 1730 (2006)` (32), `the
    // measures imposed in resolutions 1970 (2011)` (20), `as required by`
    // (16), `as recognized in resolution 1325 (2000)` (16), `as stipulated
    // in` (11), `the MNF, authorized under resolution 940 (1994)` (11),
    // `and modified in resolutions 2009 (2011)` (14).
    // A longer phrase the words above begin: the relation is its own.
    ("established in accordance with", "in accordance with"),
    ("established in pursuance of", "in pursuance of"),
    ("established in line with", "in line with"),
    ("imposed in accordance with", "in accordance with"),
    ("established under", "established under"),
    ("established in", "established in"),
    ("defined in", "defined in"),
    ("called for in", "called for in"),
    ("in pursuance of", "in pursuance of"),
    ("imposed in", "imposed in"),
    ("required by", "required by"),
    ("recognized in", "recognized in"),
    ("stipulated in", "stipulated in"),
    ("authorized under", "authorized under"),
    ("modified in", "modified in"),
    // The rest of the `as <participle> in|by|under resolution …` phrases
    // written before a reference at least five times in `sc-resolutions`
    // (audit 20; counted before `resolution(s)`, `its`/`the resolution(s)`
    // or `paragraph(s) … of resolution`, the lines joined): `as specified
    // in paragraph 29 of resolution 1929 (2010)` (67), `the measures
    // provided for in paragraphs 13 and 15 of resolution 1596` (51), `as
    // described in paragraph 2 of resolution 1617 (2005)` (45), `the
    // conditions set out by paragraph 5 of resolution 1521 (2003)` (33), `as
    // expressed in resolution 1863 (2009)` (28), `the measures decided in
    // resolutions 1737 (2006)` (27), `a long-term solution as envisioned in
    // resolution 1701 (2006)` (18), `reaffirmed in paragraph 15 of
    // resolution 1807 (2008)` (11), `activities prohibited by resolutions
    // 1718 (2006)` (11), `the temporary surge authorized in resolution 2124
    // (2013)` (10), `renewed in` (9), `as determined in resolution 1739
    // (2007)` (9), `as updated in paragraph 9 of resolution 1945 (2010)`
    // (8), `as stated in` (8), `tasks mandated in resolution 1701 (2006)`
    // (8), `obligations noted in resolution 1556 (2004)` (8), `as provided
    // in` (6), `recommended in` (6), `the items listed in` (6), `further
    // elaborated by paragraph 7 of resolution 2048 (2012)` (6), `envisaged
    // in` (5), `as endorsed in resolution 1494 (2003)` (5), `the embargo
    // imposed under its resolutions 918 (1994)` (5), `the logistical
    // support package for AMISOM called for by resolution 1863 (2009)` (5),
    // `as foreseen in resolution 940 (1994)` (3). Each says how
    // the reference bears on the words before it, as `established in` and
    // `set out in` do, and is named as written.
    ("provided for in", "provided for in"),
    ("provided in", "provided in"),
    ("specified in", "specified in"),
    ("described in", "described in"),
    ("expressed in", "expressed in"),
    ("decided in", "decided in"),
    ("set out by", "set out by"),
    ("reaffirmed in", "reaffirmed in"),
    ("prohibited by", "prohibited by"),
    ("authorized in", "authorized in"),
    ("renewed in", "renewed in"),
    ("envisioned in", "envisioned in"),
    ("envisaged in", "envisaged in"),
    ("foreseen in", "foreseen in"),
    ("determined in", "determined in"),
    ("updated in", "updated in"),
    ("stated in", "stated in"),
    ("mandated in", "mandated in"),
    ("noted in", "noted in"),
    ("recommended in", "recommended in"),
    ("listed in", "listed in"),
    ("elaborated by", "elaborated by"),
    ("endorsed in", "endorsed in"),
    ("imposed under", "imposed under"),
    ("called for by", "called for by"),
    // Perfect participles, most of them after `Having` (`sc-resolutions`):
    // `Having taken note of the report of the Secretary-General dated 14
    // May 2007 (S/2007/275)` (1763 (2007); `taken note` 42 times, 31 of them
    // `Having taken note of`), `Having noted the contents of the letter of
    // the Permanent Representative of Lebanon (S/9383)` (39 `Having noted`),
    // `Having reviewed the measures imposed by paragraphs 2 and 4 of
    // resolution 1521 (2003)` (15). A second participle after `and` shares
    // the first's `Having`: `Having received and considered the reports of
    // the Secretary-General (S/26022 and S/26351)` (885 (1993); `Having
    // received and considered` 7 times, `… and examined` 5, `… and noted`
    // 5, `Having heard and considered` 2); the `and` is part of the word,
    // which joins the verb before ([`crate::extract::refs`]).
    ("taken note of", "taking note of"),
    ("taken note", "taking note of"),
    ("having noted", "noting"),
    ("having reviewed", "having reviewed"),
    ("and considered", "having considered"),
    ("and examined", "having examined"),
    ("and noted", "noting"),
];

/// The words [`RELATION_AUTOMATON`] matches, each with its relation: every
/// word of [`RELATIONS`], then each `<participle> in` written with a comma
/// before its `in`, as a report sets the reference apart: `The Security
/// Council requested, in its resolution 2476 (2019), that I provide`
/// (S/2019/805) reads as `requested in` (the one such comma in the 40
/// reports of `sg-reports-pdf` and none in `sc-resolutions`, whose
/// `The Council, in its resolution 1573 (2004),` has its verb after the
/// reference). The scanner takes the comma form only before a reference
/// ([`COMMA_IN_REFERENCE`]): `decided, in particular, to` is no `decided
/// in`.
///
/// A `<participle> in` before a phrase of the table that opens with `in`
/// is that phrase's: `Other commodities and products authorized in
/// accordance with paragraph 3 of resolution 873 (1993)` (917 (1994)) is
/// `in accordance with`, as the table's own `established in accordance
/// with` is (the longer match wins).
pub static RELATION_WORDS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    // Each `<participle> in` as written (`stated in`) and, for a
    // participle of one word (or `provided for`), with its comma.
    let heads: Vec<(String, &str)> = RELATIONS
        .iter()
        .filter_map(|(w, r)| Some((w.strip_suffix(" in")?, *r)))
        .flat_map(|(head, r)| {
            let comma = !head.contains(' ') || head.ends_with(" for");
            let with_comma = comma.then(|| (format!("{head},"), r));
            std::iter::once((head.to_string(), r)).chain(with_comma)
        })
        .collect();
    let in_phrases: Vec<(&str, &str)> = RELATIONS
        .iter()
        .filter(|(w, _)| w.starts_with("in "))
        .map(|(w, r)| (*w, *r))
        .collect();
    let comma_forms = heads
        .iter()
        .filter(|(head, _)| head.ends_with(','))
        .map(|(head, r)| (format!("{head} in"), *r));
    let before_in_phrases = heads.iter().flat_map(|(head, _)| {
        in_phrases
            .iter()
            .map(move |(phrase, r)| (format!("{head} {phrase}"), *r))
    });
    RELATIONS
        .iter()
        .map(|(w, r)| (w.to_string(), *r))
        .chain(comma_forms)
        .chain(before_in_phrases)
        .collect()
});

/// What follows a comma form of [`RELATION_WORDS`] (`requested, in`) when
/// it is a reference's relation: the reference, after `its` or its organ's
/// name (`its resolution 2476 (2019)`, `resolution 1701 (2006)`, `paragraph
/// 3 of resolution 1267 (1999)`, `General Assembly resolution 60/251`).
pub static COMMA_IN_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:(?:its|the|security|council|general|assembly|human|rights)\s+)*(?:resolutions?|paragraphs?|decisions?|presidential\s+statements?)\b",
    )
});

/// The automaton over [`RELATION_WORDS`] (ASCII case-insensitive, longest
/// match). A DFA: with more than 100 patterns the crate would pick an NFA,
/// and the relation scan of each reference's clause took about twice the
/// instructions (callgrind).
pub static RELATION_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(RELATION_WORDS.iter().map(|(w, _)| w))
        .expect("relation automaton builds")
});

/// `January` → 1 … `December` → 12.
pub fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = name.to_ascii_lowercase();
    MONTHS.iter().position(|m| *m == lower).map(|i| i as u32 + 1)
}

/// The first date in `text`, as ISO `YYYY-MM-DD`.
pub fn iso_date(text: &str) -> Option<String> {
    let c = DATE.captures(text)?;
    let d: u32 = c["d"].parse().ok()?;
    let m = month_number(&c["m"])?;
    let y: u32 = c["y"].parse().ok()?;
    (1..=31).contains(&d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The date of a match of a `STATED_DATE` pattern, as ISO `YYYY-MM-DD`
/// (`10 June I974` → `1974-06-10`).
pub(crate) fn stated_iso_date(c: &regex::Captures<'_>) -> Option<String> {
    iso_of_stated(
        c.name("d")?.as_str(),
        c.name("m")?.as_str(),
        c.name("y")?.as_str(),
    )
}

/// The ISO date of a `STATED_DATE`'s day, month and year groups.
fn iso_of_stated(d: &str, m: &str, y: &str) -> Option<String> {
    let d: u32 = d.parse().ok()?;
    let m = month_number(m)?;
    let y: u32 = y.replace(['I', 'i'], "1").parse().ok()?;
    (1..=31).contains(&d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// [`stated_iso_date`] of the match `m` of `re` (a pattern that ends with
/// `STATED_DATE`) in `haystack`, without the capture groups when the match
/// is ASCII: the date is read off the match's end by [`stated_date_groups`].
/// Placing the groups makes the regex crate run its bounded backtracker over
/// the match (a tenth of a resolution's segmentation); a match with other
/// characters (a Unicode digit or space) is captured as before.
pub(crate) fn stated_date_of(re: &Regex, haystack: &str, m: regex::Match<'_>) -> Option<String> {
    match stated_date_groups(m.as_str()) {
        Some((d, month, y)) => iso_of_stated(d, month, y),
        None => re
            .captures_at(haystack, m.start())
            .and_then(|c| stated_iso_date(&c)),
    }
}

/// The day, month and year groups of an ASCII match of a pattern that ends
/// with `STATED_DATE` (`(?P<d>\d{1,2})\s+(?P<m>January|…)\s*,?\s+(?P<y>[12I]\d{3})\b`),
/// read from its end: the year is the last four bytes; before it white
/// space, a comma and white space; the month the letters before those; the
/// day the last one or two digits before the white space before the month
/// (`by a vote of 13 to 0 …, 130 December` gives `30`: the lazy gap before
/// the day ends as early as it can, and a day has at most two digits).
/// `None` for a match that is not ASCII.
fn stated_date_groups(m: &str) -> Option<(&str, &str, &str)> {
    if !m.is_ascii() || m.len() < 4 {
        return None;
    }
    let ws = |c: char| c.is_whitespace();
    let (rest, y) = m.split_at(m.len() - 4);
    let rest = rest.trim_end_matches(ws);
    let rest = rest.strip_suffix(',').unwrap_or(rest).trim_end_matches(ws);
    let month_at = rest.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
    let (rest, month) = rest.split_at(month_at);
    let rest = rest.trim_end_matches(ws);
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let d = &rest[rest.len() - digits.min(2)..];
    Some((d, month, y))
}

/// The `n` group of an ASCII match of a pattern whose first run of digits is
/// its number: `resolution 2531 (2020)` ([`RESOLUTION_HEADING`], after
/// `resolution` and white space or `S/RES/`), `Resolution 10 (1946) of 4
/// November 1946` or `102 (1953). Resolution of …` ([`DATED_HEADING`]'s `n`
/// or `old`). `None` for a match that is not ASCII.
pub(crate) fn first_number(m: &str) -> Option<&str> {
    if !m.is_ascii() {
        return None;
    }
    let start = m.find(|c: char| c.is_ascii_digit())?;
    let len = m[start..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(m.len() - start);
    Some(&m[start..start + len])
}

/// The `n` and `y` groups of an ASCII match of [`RESOLUTION_HEADING`]
/// (`resolution 2531 ( 2020 )`) or [`RESOLUTION_FILE_NAME`]
/// (`S-RES-893(1994)`): the first run of digits, and the first after the
/// first `(` (nothing before the number holds a digit or a parenthesis).
/// `None` for a match that is not ASCII.
pub(crate) fn number_and_year(m: &str) -> Option<(&str, &str)> {
    let n = first_number(m)?;
    let y = first_number(&m[m.find('(')?..])?;
    Some((n, y))
}

/// The meeting number (`n`) of an [`ADOPTED_AT`] match in `haystack`: for
/// an ASCII match, the digits before its ordinal suffix, `(closed)` and
/// `meeting` at its end (the gap after `adopted` can hold digits of its
/// own, the number follows white space); otherwise from the captures.
pub(crate) fn adopted_at_meeting<'h>(haystack: &'h str, m: regex::Match<'h>) -> Option<&'h str> {
    let text = m.as_str();
    if text.is_ascii() {
        let ws = |c: char| c.is_whitespace();
        let rest = text
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .trim_end_matches(ws);
        let closed = rest.len().checked_sub("(closed)".len()).filter(|&at| {
            rest.get(at..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case("(closed)"))
        });
        let rest = closed.map_or(rest, |at| rest[..at].trim_end_matches(ws));
        let rest = rest
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .trim_end_matches(ws);
        let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        return Some(&text[rest.len() - digits..rest.len()]);
    }
    ADOPTED_AT
        .captures_at(haystack, m.start())
        .and_then(|c| c.name("n"))
        .map(|n| n.as_str())
}

/// `XVII` → 17, `1` → 1.
pub fn annex_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse::<u32>() {
        return Some(n);
    }
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// 17 → `XVII`.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_ascii_in_and_out_of_brackets() {
        assert_eq!(ascii_digits(r"S/\d{4}/\d{1,4}"), "S/[0-9]{4}/[0-9]{1,4}");
        assert_eq!(ascii_digits(r"[\d.]+|(?-u:\d)\D"), "[0-9.]+|(?-u:[0-9])[^0-9]");
        // An escaped backslash before `d`, a `\D` in brackets and an
        // invalid pattern stay as written.
        assert_eq!(ascii_digits(r"\\d[^\D]"), r"\\d[^\D]");
        assert_eq!(ascii_digits(r"\d("), r"\d(");
        // A number in another script is no resolution number.
        let arabic_indic = "resolution \u{661}\u{662}\u{663} (2020)";
        assert!(!RESOLUTION_HEADING.is_match(arabic_indic));
        assert!(RESOLUTION_HEADING.is_match("resolution 123 (2020)"));
    }

    #[test]
    fn gaps_of_ascii_classes_match_bytes() {
        assert_eq!(
            byte_gaps(r"a[^;]{0,200}?b[^.;:\n]+"),
            r"a(?-u:[^;]){0,200}?b(?-u:[^.;:\n])+"
        );
        // Classes that hold a character outside ASCII, or that are not
        // negated, stay.
        assert_eq!(byte_gaps(r"[^”\n]|[a-z]|[^\s]"), r"[^”\n]|[a-z]|[^\s]");
        // A gap counts bytes: "àé" is two characters and four bytes.
        let gap = compile_bytes(&byte_gaps(r"Decides[^;]{0,7}to"));
        assert!(gap.is_match(b"Decides, ae, to"));
        assert!(!gap.is_match("Decides, àé, to".as_bytes()));
        assert!(!gap.is_match(b"Decides, a; to"));
    }

    #[test]
    fn furniture_lines() {
        for line in [
            "13-31417 (E)",
            "*1331417*",
            "2 13-31417",
            "13-31417",
            "3",
            "2/11",
            "97-02392 (E) 280197",
            "/...",
            "---",
            "* Reissued for technical reasons.",
            "15-12661 2/22",
            "3/25 18-08494",
        ] {
            assert!(FURNITURE.is_match(line), "{line:?} not furniture");
        }
        for line in ["Annex I", "1. Decides", "S/RES/2100 (2013)", "2020"] {
            assert!(!FURNITURE.is_match(line), "{line:?} is furniture");
        }
        assert!(RUNNING_HEADER_PAGE.is_match("S/RES/1095 (1997) English Page 2"));
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(annex_number("XVII"), Some(17));
        assert_eq!(annex_number("IX"), Some(9));
        assert_eq!(annex_number("1"), Some(1));
        assert_eq!(roman(19), "XIX");
        assert_eq!(
            iso_date("Letter dated 30 June 2020 from"),
            Some("2020-06-30".into())
        );
    }

    /// The groups the hand readings replace, checked against the captures
    /// wherever `text` gives each pattern a match.
    fn hand_readings_agree(text: &str) -> Result<(), String> {
        for re in [
            &*ADOPTION_STATEMENT,
            &*DATED_HEADING,
            &*PUBLICATION_DATE,
            &*DISTRIBUTION_DATE,
        ] {
            for c in re.captures_iter(text) {
                let m = c.get(0).expect("group 0");
                let groups = (|| {
                    Some((
                        c.name("d")?.as_str(),
                        c.name("m")?.as_str(),
                        c.name("y")?.as_str(),
                    ))
                })();
                if m.as_str().is_ascii() && stated_date_groups(m.as_str()) != groups {
                    return Err(format!(
                        "date of {:?}: {:?}",
                        m.as_str(),
                        stated_date_groups(m.as_str())
                    ));
                }
                if stated_date_of(re, text, m) != stated_iso_date(&c) {
                    return Err(format!("iso date of {:?}", m.as_str()));
                }
            }
        }
        for (re, names) in [
            (&*RESOLUTION_HEADING, ["n", "n"]),
            (&*DATED_HEADING, ["n", "old"]),
        ] {
            for c in re.captures_iter(text) {
                let m = c.get(0).expect("group 0");
                let n = c.name(names[0]).or_else(|| c.name(names[1])).map(|g| g.as_str());
                if m.as_str().is_ascii() && first_number(m.as_str()) != n {
                    return Err(format!(
                        "number of {:?}: {:?}",
                        m.as_str(),
                        first_number(m.as_str())
                    ));
                }
            }
        }
        for re in [&*RESOLUTION_HEADING, &*RESOLUTION_FILE_NAME] {
            for c in re.captures_iter(text) {
                let m = c.get(0).expect("group 0");
                let groups = (|| Some((c.name("n")?.as_str(), c.name("y")?.as_str())))();
                if m.as_str().is_ascii() && number_and_year(m.as_str()) != groups {
                    return Err(format!("number and year of {:?}", m.as_str()));
                }
            }
        }
        for c in ADOPTED_AT.captures_iter(text) {
            let m = c.get(0).expect("group 0");
            if adopted_at_meeting(text, m) != c.name("n").map(|g| g.as_str()) {
                return Err(format!(
                    "meeting of {:?}: {:?}",
                    m.as_str(),
                    adopted_at_meeting(text, m)
                ));
            }
        }
        Ok(())
    }

    /// The one automaton [`reference_starts`] stands for.
    static REFERENCE_START: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(reference_literals())
            .expect("reference prefilter builds")
    });

    /// Whether [`reference_starts`] gives the hits of [`REFERENCE_START`]'s
    /// `find_iter` on `text`; else the first that differs.
    fn reference_starts_agree(text: &str) -> Result<(), String> {
        let by_automaton: Vec<(usize, usize, usize)> = REFERENCE_START
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        let by_hand: Vec<(usize, usize, usize)> = reference_starts(text).collect();
        match by_automaton.iter().zip(&by_hand).position(|(a, h)| a != h) {
            None if by_automaton.len() == by_hand.len() => Ok(()),
            at => {
                let at = at.unwrap_or(by_automaton.len().min(by_hand.len()));
                Err(format!(
                    "hit {at}: automaton {:?}, by hand {:?}",
                    by_automaton.get(at),
                    by_hand.get(at)
                ))
            }
        }
    }

    #[test]
    fn reference_starts_are_the_automatons_hits_on_the_bundled_texts() {
        let mut hits = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            hits += REFERENCE_START.find_iter(&text).count();
            if let Err(e) = reference_starts_agree(&text) {
                panic!("{path}: {e}");
            }
        }
        assert!(hits > 60_000, "{hits} hits");
        // Literals that overlap, end at one slash or touch, and the edges.
        for text in [
            "",
            "/",
            "S",
            "S/",
            "/S/",
            "S//",
            "SS/",
            "S/S/",
            "SC/",
            "SSC/",
            "Security Council/",
            "Security Council/SC/",
            "YUN",
            "YUNEP/",
            "YUNDP/",
            "UNEP/",
            "ESOLUTION/",
            "RESOLUTIONS/2",
            "meetingS/",
            "[meeting/",
            "(19(20",
            "(1(19",
            "resolution 1325 (2000); S/2020/476 and A/75/1",
            "S/\u{e9}/",
            "\u{e9}S/",
        ] {
            if let Err(e) = reference_starts_agree(text) {
                panic!("{text:?}: {e}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn reference_starts_are_the_automatons_hits_anywhere(
            tokens in proptest::collection::vec(
                proptest::sample::select({
                    let mut tokens = reference_literals();
                    tokens.extend(
                        ["/", "S", "C", "A", "E", "UN", "Y", "R", "es", "ESO", "meet", "[", "(", "19", "1", " ", "\n", "\u{e9}"]
                            .map(String::from),
                    );
                    tokens
                }),
                0..30,
            )
        ) {
            proptest::prop_assert_eq!(reference_starts_agree(&tokens.concat()), Ok(()));
        }
    }

    #[test]
    fn hand_read_groups_agree_with_the_captures_on_the_bundled_texts() {
        let mut matches = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            matches += ADOPTION_STATEMENT.find_iter(&text).count() + ADOPTED_AT.find_iter(&text).count();
            if let Err(e) = hand_readings_agree(&text).and_then(|()| hand_readings_agree(&path)) {
                panic!("{path}: {e}");
            }
        }
        assert!(matches > 4000, "{matches} matches");
        for text in [
            "Adopted by the Security Council at its 4274th meeting, by a vote of 13 to 0, with 2 abstentions (China), 130 December 2002",
            "ADOPTED BY THE SECURITY COUNCIL AT ITS 3453RD MEETING, ON 8 NOVEMBER I994",
            "Adopted by the Security Council at its 3453rd meeting held on 8\u{a0}November 1994",
            "  Resolution 10 (1946) of 4 November 1946\n102 (1953). Resolution of 3 December 1953",
            "Security Council resolution 715 (1991) or 11 October 1991",
            "Distr.: General 8 February 2001 Distr. GENERAL S/RES/999 (1995) 16\nJune , 1995",
            "Publication Date 8 November 1994; adopted unanimously at its 12 at the 3453 rd\tmeeting",
            "adopted at its \u{663}2d meeting; resolution \u{663}4 (1990); S/RES/12 ( 2000 )",
            "Adopted by the Security Council at its 3725th (closed) meeting; Adoption by the Security Council at is 5592nd  (CLOSED)\tMeting",
            "S-RES-893(1994).txt S-RES-12 (1946) RESOLUTION\n1 (\n1946\n)",
        ] {
            if let Err(e) = hand_readings_agree(text) {
                panic!("{text:?}: {e}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn hand_read_groups_agree_with_the_captures_anywhere(
            tokens in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Adopted by the Security Council at its ", "adopted ", "at the ", "at its ",
                    "Resolution ", "resolution ", "Security Council ", "S/RES/", " Resolution of ",
                    "Distr.: General ", "Distr. GENERAL ", "Publication Date ", ", by a vote of ",
                    "meeting", " meeting", "MEETING", "held on ", "on ", " of ", " or ", "(1995)",
                    "st", "nd", "rd", "th", "d", "1", "3", "12", "130", "2002", "I994", "1\u{663}",
                    "\u{663}", " ", "  ", "\n", "\t", "\u{a0}", ",", ".", ";", "(", ")", "*",
                    "December", "NOVEMBER", "May", "x", "\u{17f}", "S-RES-", "(1946)", "( 2000 )",
                ]),
                0..30,
            )
        ) {
            let text = tokens.concat();
            proptest::prop_assert_eq!(hand_readings_agree(&text), Ok(()));
        }
    }
}

#[cfg(test)]
mod glued_date_tests {
    use super::{GLUED_DATE, may_start_with_glued_date, unglue_date};

    /// The hand check before [`GLUED_DATE`] passes every text the regex
    /// matches: at every `S/` and `A/` of the bundled texts (which hold no
    /// glued date: the forms of the PDF reports are checked by name).
    #[test]
    fn glued_dates_pass_the_check_in_the_corpus() {
        for glued in [
            "S/1998/5922 January 1998",
            "S/1998/5912 January 1998, page",
            "A/52/871-S/1998/2874\tApril 2000",
        ] {
            assert!(
                GLUED_DATE.is_match(glued) && may_start_with_glued_date(glued),
                "{glued:?}"
            );
        }
        let mut symbols = 0;
        for (path, text) in crate::corpus::bundled_texts() {
            for (i, _) in text.match_indices('/') {
                let Some(start) = i.checked_sub(1).filter(|&s| text.is_char_boundary(s)) else {
                    continue;
                };
                let at = &text[start..];
                symbols += usize::from(at.starts_with("S/") || at.starts_with("A/"));
                if GLUED_DATE.is_match(at) {
                    assert!(
                        may_start_with_glued_date(at),
                        "{:?} in {path}",
                        &at[..at.len().min(60)]
                    );
                }
            }
        }
        assert!(symbols > 10_000, "only {symbols} symbols");
    }

    proptest::proptest! {
        #[test]
        fn glued_dates_pass_the_check(text in "[AS]/[0-9A-Za-z./ -]{0,10}[ \t]{0,2}(January|June|may|[A-Z])?[ \t]{0,2}(1998|2001|19)?") {
            if GLUED_DATE.is_match(&text) {
                proptest::prop_assert!(may_start_with_glued_date(&text));
            }
        }
    }

    #[test]
    fn a_date_run_into_a_symbol_is_split_where_the_headers_say() {
        assert_eq!(
            unglue_date("S/1998/5922 January 1998", "").as_deref(),
            Some("S/1998/59")
        );
        // The page headers say which: S/1998/591 of 2 January.
        assert_eq!(
            unglue_date("S/1998/5912 January 1998", "\nS/1998/591\n").as_deref(),
            Some("S/1998/591")
        );
        assert_eq!(unglue_date("S/1998/59 22 January 1998", ""), None);
    }
}
