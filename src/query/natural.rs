//! Questions in a researcher's own words. One mechanism: a table of phrase
//! patterns ([`PHRASES`]), each with the formal query it stands for. A
//! question is cut into words, matched against the patterns in order, and the
//! first full match is rewritten into formal text, which the grammar then
//! parses as any formal query; `explain` shows that text. Slots in a pattern
//! take a name (`{a}`), a kind (`{k}`), a number (`{n}`), a time (`{t}`), a
//! depth (`{d}`), a citing verb (`{r}`), a document (`{doc}`), a chapter of
//! the Charter (`{chapter}`) or the opening words (`{open}`);
//! the kind, time, subject (`on {s}`) and verb become one `where`.
//!
//! A name slot takes any words between the words around it, so names that
//! hold keywords (`the Soviet Union`, `Bosnia and Herzegovina`) need no
//! quotes; when a graph is at hand, a split whose names it knows wins.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// One phrase: the words a question is made of, the formal query it means,
/// and what to say when its answer is empty (`{a}`, `{b}` are the names,
/// `{kw}` the kind as typed).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase {
    /// The pattern: words (`cite/cites` for either, `word?` for optional,
    /// `( … )?` for an optional group) and slots.
    pub pattern: &'static str,
    /// The formal query, with `{a}`, `{b}`, `{n:10}`, `{k:documents}`,
    /// `{depth}` and `{where}` (the collected conditions) filled in.
    pub formal: &'static str,
    /// The sentence for an empty answer.
    pub note: &'static str,
}

const fn p(pattern: &'static str, formal: &'static str, note: &'static str) -> Phrase {
    Phrase {
        pattern,
        formal,
        note,
    }
}

/// The empty answer to "who sponsored {a}": sponsors are recorded of draft
/// resolutions only.
const SPONSOR_NOTE: &str = "no sponsor of {a} is recorded (the graph records the sponsors of draft resolutions, not who submitted a report: `show {a}` gives its kind and title)";

/// The empty answer to "who wrote {a}": what the graph records of a text's
/// authors.
const AUTHOR_NOTE: &str = "no author of {a} is recorded: the graph records the states that sponsored a draft resolution and who signed a letter, not who wrote a report (`show {a}` gives its title, which names who issued it)";

/// The empty answer to "what replaced {a}": what the graph would record.
const SUCCESSOR_NOTE: &str = "no successor of {a} is recorded: the graph records one only where a resolution that ends {a} also establishes or authorizes a body or force, or renames it under the name asked (`when was {a} terminated` and `mandate history of {a}` give what it records of {a})";

/// The empty answer to "what came before {a}": what the graph would record.
const PREDECESSOR_NOTE: &str = "no predecessor of {a} is recorded: the graph records one only where a resolution that establishes or authorizes {a} also ends another body, or gives {a} its name in place of a former one (`which resolution established {a}` and `mandate history of {a}` give what it records of {a})";

/// The empty answer to "when was {a} terminated": no end is recorded, which
/// is not "never" (a mandate that ran out, or an end in a text not held).
const TERMINATION_NOTE: &str = "no end of {a} is recorded: the graph records one only where a resolution it holds terminates, closes or withdraws {a}; a body whose mandate ran out without such a decision, or was ended by a text the corpus does not hold, has none, which says nothing of whether it ended (`mandate history of {a}` gives its last recorded extension and the date it ran to)";

/// What came before a body: what the resolution that set it up ended, and
/// the body it was renamed from (`S/RES/1925 (2010)` establishes MONUSCO
/// with the relation "renames MONUC": `MONUSCO -> renamed_from` is
/// actor:MONUC, with that edge as its evidence).
const PREDECESSOR: &str = "({a} <- establishes|authorizes -> terminates union {a} -> renamed_from)";

/// [`PREDECESSOR`] under the question's conditions (`which mission did
/// MONUSCO replace`); the renaming is kept, as the former body is that
/// mission under another name.
const PREDECESSOR_WHERE: &str =
    "({a} <- establishes|authorizes -> terminates{where} union {a} -> renamed_from)";

/// What took a body's place: what the resolution that ended it set up
/// (1270 (1999) ends UNOMSIL and establishes UNAMSIL), or the body it was
/// renamed to (1925 (2010): "MONUC, shall, as from 1 July 2010, bear the
/// title of … (MONUSCO)", an `establishes` edge to MONUSCO whose relation is
/// `renames MONUC`: `MONUC <- renamed_from` is actor:MONUSCO).
const SUCCESSOR: &str = "({a} <- terminates -> establishes|authorizes union {a} <- renamed_from)";

/// [`SUCCESSOR`] under the question's conditions (`which mission replaced
/// UNOMIL`).
const SUCCESSOR_WHERE: &str =
    "({a} <- terminates -> establishes|authorizes union {a} <- renamed_from){|where}";

/// The empty answer to a question of renaming: what the graph would record.
const RENAMING_NOTE: &str = "no renaming of {a} is recorded: the graph records one only where a resolution it holds gives a body a new name (\"shall bear the title of …\"), as 1925 (2010) renames MONUC as MONUSCO (`mandate history of {a}` gives what it records of {a})";

/// The empty answer to "is {a} in the corpus": known, but not from its text.
const HELD_NOTE: &str = "the text of {a} was not read into this graph: it is known only from the texts that cite or name it (`what cites {a}`)";

/// The phrase table, most specific first: the first pattern that matches the
/// whole question wins. Documented in `docs/query-language.md`.
pub(crate) const PHRASES: &[Phrase] = &[
    // `the busiest year`: the years by the resolutions adopted in them.
    p(
        "{open} the? busiest year/years (for/of the? security? council)? {k}? SUBJ {t}?",
        "all {k:resolutions}{where} | group by year | sort by count desc | limit 5",
        "",
    ),
    // adoption, establishment and mandates
    p(
        "when was/were/is {a} adopted/passed/issued/approved/published/dated/signed",
        "show {a}",
        "",
    ),
    p(
        "when did the? security? council adopt/pass/approve/issue {a}",
        "show {a}",
        "",
    ),
    p(
        "when did the? security? council establish/create/found/launch/set up? {a}",
        "{a} <- establishes",
        "nothing in the graph establishes {a} (an authorization to deploy it is asked with `<- authorizes`)",
    ),
    p(
        "when was/were the? mandate of {a} terminated/ended/closed",
        "{a} <- terminates",
        TERMINATION_NOTE,
    ),
    p(
        "when was/were/is {a} established/created/founded/launched/set up?",
        "{a} <- establishes",
        "nothing in the graph establishes {a} (an authorization to deploy it is asked with `<- authorizes`)",
    ),
    // what the Council established, extended or ended in a time
    p(
        "{open} {k}? was/were/have/has/had? been? established/created/founded/launched/set up? by? the? security? council? {t}?",
        "(all resolutions{when}) -> establishes{where}",
        "no establishment is recorded",
    ),
    // `which peacekeeping operations were established under Chapter VII`:
    // what the resolutions that act under the chapter set up.
    p(
        "{open} {k}? was/were/have/has/had? been? established/created/founded/launched/set up? by? the? security? council? {t}? under {chapter} {t}?",
        "((all resolutions{when}) intersect {a} <- acts_under) -> establishes{where}",
        "nothing a resolution acting under {a} establishes is recorded",
    ),
    p(
        "{open} {k}? did/has/have the? security? council establish/established/create/created/set up? {t}? under {chapter} {t}?",
        "((all resolutions{when}) intersect {a} <- acts_under) -> establishes{where}",
        "nothing a resolution acting under {a} establishes is recorded",
    ),
    p(
        "{open} {k}? was/were/have/has/had? been? authorized/authorised/deployed by? the? security? council? {t}? under {chapter} {t}?",
        "((all resolutions{when}) intersect {a} <- acts_under) -> authorizes|authorizes_force{where}",
        "nothing a resolution acting under {a} authorizes is recorded",
    ),
    p(
        "{open} {k}? did/has/have the? security? council authorize/authorise/authorized/authorised/deploy/deployed {t}? under {chapter} {t}?",
        "((all resolutions{when}) intersect {a} <- acts_under) -> authorizes|authorizes_force{where}",
        "nothing a resolution acting under {a} authorizes is recorded",
    ),
    // `which forces did the Council authorize in 2013`: what its
    // resolutions authorize to deploy or to use all necessary means (2127
    // (2013): the deployment of MISCA, and MISCA and the French forces to
    // take all necessary measures).
    p(
        "{open} {k}? was/were/have/has/had? been? authorized/authorised/deployed by? the? security? council? {t}?",
        "(all resolutions{when}) -> authorizes|authorizes_force{where}",
        "no authorization is recorded",
    ),
    p(
        "{open} {k}? did/has/have the? security? council authorize/authorise/authorized/authorised/deploy/deployed {t}?",
        "(all resolutions{when}) -> authorizes|authorizes_force{where}",
        "no authorization is recorded",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? was/were/have/has/had? been? extended/renewed/prolonged by? the? security? council? {t}?",
        "(all resolutions{when}) -> extends_mandate{where}",
        "no extension of a mandate is recorded",
    ),
    p(
        "{open} {k}? had/have/has/got their/its mandate/mandates extended/renewed/prolonged by? the? security? council? {t}?",
        "(all resolutions{when}) -> extends_mandate{where}",
        "no extension of a mandate is recorded",
    ),
    p(
        "{open} {k}? was/were/have/has/had? been? terminated/ended/closed/dissolved/liquidated/withdrawn by? the? security? council? {t}?",
        "(all resolutions{when}) -> terminates{where}",
        "no end of a body is recorded",
    ),
    // The Council as the one that acts: what its resolutions did.
    p(
        "{open} {k}? did/has/have the? security? council establish/established/create/created/set up? {t}?",
        "(all resolutions{when}) -> establishes{where}",
        "no establishment is recorded",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? did/has/have the? security? council extend/extended/renew/renewed/prolong/prolonged {t}?",
        "(all resolutions{when}) -> extends_mandate{where}",
        "no extension of a mandate is recorded",
    ),
    p(
        "{open} {k}? did/has/have the? security? council terminate/terminated/end/ended/close/closed {t}?",
        "(all resolutions{when}) -> terminates{where}",
        "no end of a body is recorded",
    ),
    p(
        "{open} {k}? was/were/have/has/had been? established/created/founded/launched/set up? by/in {a}",
        "{a} -> establishes{where}",
        "{a} establishes nothing recorded",
    ),
    p(
        "{open} {k}? was/were/have/has/had been? terminated/ended/closed/dissolved/liquidated/withdrawn by/in {a}",
        "{a} -> terminates{where}",
        "{a} ends nothing recorded",
    ),
    // the latest extension, and when the mandate runs out
    p(
        "when was/were the? mandate of {a} last extended/renewed/prolonged",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "when was/were {a} 's? mandate? last extended/renewed/prolonged",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "when did the? security? council last extend/renew/prolong the? mandate of {a}",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "when did the? security? council last extend/renew/prolong {a} 's? mandate?",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} the? most? latest/last/recent/newest extension/renewal/prolongation of the? mandate of {a}",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} the? most? latest/last/recent/newest extension/renewal/prolongation of {a} 's? mandate?",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "ASK {a} 's? most? latest/last/recent/newest mandate? extension/renewal/prolongation",
        "{a} <- extends_mandate | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} {k}? that/which? most? last/latest/recently extended/renewed/prolonged the? mandate of {a}",
        "{a} <- extends_mandate{where} | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} {k}? that/which? most? last/latest/recently extended/renewed/prolonged {a} 's? mandate?",
        "{a} <- extends_mandate{where} | sort by date desc | limit 1",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "when does/did/will the? mandate of {a} expire/end/lapse/terminate/run out?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "when does/did/will {a} 's? mandate expire/end/lapse/terminate/run out?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "until/till when is/was/does/did/will the? mandate of {a} be? valid/run/last/extended/renewed/prolonged/current?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "until/till when is/was/does/did/will {a} 's? mandate? be? valid/run/last/extended/renewed/prolonged/mandated/current/deployed?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    // `how long is UNMISS mandated`: until when, as above.
    p(
        "for? how long is/was/does/did/will the? mandate of {a} be? valid/run/last/extended/renewed/prolonged/current/mandated?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "for? how long is/was/does/did/will {a} 's? mandate? be? valid/run/last/extended/renewed/prolonged/mandated/current/deployed/authorized/authorised?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "{open} the? expiry/expiration/end/termination date? of the? mandate of {a}",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "{open} the? expiry/expiration/end/termination date? of {a} 's? mandate",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "ASK {a} 's? mandate expiry/expiration/end date?",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    // `is UNAMID still active`: the latest decision recorded on it, with
    // the end of the mandate it set (the answer notes what may be missing).
    p(
        "is/are/was/were (the? mandate of)? {a} 's? mandate? still active/operating/operational/deployed/running/mandated/ongoing/existing/working/there/valid/current",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    p(
        "is/are/was/were (the? mandate of)? {a} 's? mandate? still in operation/place/existence/force/being/effect",
        "{a} <- establishes|authorizes|extends_mandate|terminates | sort by date desc | limit 1",
        "nothing in the graph establishes, authorizes, extends or ends the mandate of {a}",
    ),
    // `which mandates expired in 2015`: the bodies whose latest recorded
    // mandate runs to a date then (see [`expiry`]).
    p(
        "{open} {k}? 's? mandate/mandates? expired/expire/expires/expiring/lapsed/lapse/lapses {t}",
        "({expiry}){where}",
        "no mandate is recorded to have run out then",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? ran/run/runs/running out {t}",
        "({expiry}){where}",
        "no mandate is recorded to have run out then",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? was/were/is/are set/due/scheduled to expire/lapse/end {t}",
        "({expiry}){where}",
        "no mandate is recorded to have run out then",
    ),
    // how often a mandate was extended
    p(
        "how often/many times? was/were/has/have/had the? mandate of {a} been? extended/renewed/prolonged {t}?",
        "{a} <- extends_mandate{where} | count",
        "",
    ),
    p(
        "how often/many times? was/were/has/have/had {a} 's? mandate? been? extended/renewed/prolonged {t}?",
        "{a} <- extends_mandate{where} | count",
        "",
    ),
    p(
        "how many extensions/renewals/prolongations did/has/have/had {a} 's? mandate? have/had/get/got/receive/received?",
        "{a} <- extends_mandate | count",
        "",
    ),
    p(
        "when was/were the? mandate of {a} extended/renewed/prolonged",
        "{a} <- extends_mandate",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "when was/were {a} 's? mandate extended/renewed/prolonged",
        "{a} <- extends_mandate",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} {k}? that/which? have/has/had? extend/extends/extended/extending/renew/renews/renewed/renewing/prolong/prolongs/prolonged the? mandate of {a} {t}?",
        "{a} <- extends_mandate{where}",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} {k}? that/which? have/has/had? extend/extends/extended/extending/renew/renews/renewed/renewing/prolong/prolongs/prolonged {a} 's? mandate? {t}?",
        "{a} <- extends_mandate{where}",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} the? history of {a} 's? mandate",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    p(
        "{open} the? mandate history/timeline of/for {a}",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    p(
        "{a} 's? mandate history/timeline",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    p(
        "{open} renewals/extensions of the? mandate of {a} {t}?",
        "{a} <- extends_mandate{where}",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "{open} renewals/extensions/prolongations of {a} 's? mandate? {t}?",
        "{a} <- extends_mandate{where}",
        "nothing in the graph extends the mandate of {a}",
    ),
    p(
        "ASK {a} 's? mandate? renewals/extensions/prolongations {t}?",
        "{a} <- extends_mandate{where}",
        "nothing in the graph extends the mandate of {a}",
    ),
    // whether a document extended, established or ended a body
    p(
        "does/did {a} extend/renew/prolong the? mandate of {b}",
        "{a} -> extends_mandate where node = {b}",
        "no extension of the mandate of {b} by {a} is recorded",
    ),
    p(
        "does/did {a} extend/renew/prolong {b} 's? mandate?",
        "{a} -> extends_mandate where node = {b}",
        "no extension of the mandate of {b} by {a} is recorded",
    ),
    p(
        "is/was/has the? mandate of {a} been? extended/renewed/prolonged by/in {b}",
        "{b} -> extends_mandate where node = {a}",
        "no extension of the mandate of {a} by {b} is recorded",
    ),
    p(
        "is/was/has {a} 's? mandate? been? extended/renewed/prolonged by/in {b}",
        "{b} -> extends_mandate where node = {a}",
        "no extension of the mandate of {a} by {b} is recorded",
    ),
    // How long: the row's `end_date` (the "until" of the text) and
    // `relation` ("extends for a period of 12 months").
    p(
        "how/until/till long/when was/were/is/has the? mandate of {a} been? extended/renewed/prolonged by/in {b}",
        "{b} -> extends_mandate where node = {a}",
        "no extension of the mandate of {a} by {b} is recorded",
    ),
    p(
        "how/until/till long/when was/were/is/has {a} 's? mandate? been? extended/renewed/prolonged by/in {b}",
        "{b} -> extends_mandate where node = {a}",
        "no extension of the mandate of {a} by {b} is recorded",
    ),
    p(
        "for/until/till? how/when long? did/does {b} extend/renew/prolong the? mandate of {a}",
        "{b} -> extends_mandate where node = {a}",
        "no extension of the mandate of {a} by {b} is recorded",
    ),
    p(
        "does/did {a} establish/create/found/set {b} up?",
        "{a} -> establishes where node = {b}",
        "no establishment of {b} by {a} is recorded",
    ),
    p(
        "is/was/has {a} been? established/created/founded/set up? by/in {b}",
        "{b} -> establishes where node = {a}",
        "no establishment of {a} by {b} is recorded",
    ),
    p(
        "does/did {a} terminate/end {b}",
        "{a} -> terminates where node = {b}",
        "no end of {b} by {a} is recorded",
    ),
    // the mandate itself: its history
    // changes to a mandate: `modifies_mandate` (increases, expands, adjusts)
    p(
        "{open} {k}? that/which? have/has/had? modify/modifies/modified/modifying/change/changes/changed/changing/adjust/adjusts/adjusted/adjusting/expand/expands/expanded/expanding/revise/revises/revised/amend/amends/amended/alter/alters/altered the? mandate/mandates of {a} {t}?",
        "{a} <- modifies_mandate{where}",
        "no change to the mandate of {a} is recorded (extensions are asked with `which resolutions extended the mandate of {a}`)",
    ),
    p(
        "{open} {k}? that/which? have/has/had? modify/modifies/modified/modifying/change/changes/changed/changing/adjust/adjusts/adjusted/adjusting/expand/expands/expanded/expanding/revise/revises/revised/amend/amends/amended/alter/alters/altered {a} 's? mandate/mandates {t}?",
        "{a} <- modifies_mandate{where}",
        "no change to the mandate of {a} is recorded (extensions are asked with `which resolutions extended the mandate of {a}`)",
    ),
    p(
        "when/how was/were/has/have the? mandate/mandates of {a} been? modified/changed/adjusted/expanded/revised/amended/altered",
        "{a} <- modifies_mandate",
        "no change to the mandate of {a} is recorded (extensions are asked with `when was the mandate of {a} extended`)",
    ),
    p(
        "when/how was/were/has/have {a} 's? mandate/mandates been? modified/changed/adjusted/expanded/revised/amended/altered",
        "{a} <- modifies_mandate",
        "no change to the mandate of {a} is recorded (extensions are asked with `when was the mandate of {a} extended`)",
    ),
    p(
        "{open} the? modifications/changes/adjustments/amendments/revisions/expansions to/of/in the? mandate/mandates of {a} {t}?",
        "{a} <- modifies_mandate{where}",
        "no change to the mandate of {a} is recorded (extensions are asked with `which resolutions extended the mandate of {a}`)",
    ),
    p(
        "{open} the? modifications/changes/adjustments/amendments/revisions/expansions to/of/in {a} 's? mandate/mandates {t}?",
        "{a} <- modifies_mandate{where}",
        "no change to the mandate of {a} is recorded (extensions are asked with `which resolutions extended the mandate of {a}`)",
    ),
    p(
        "ASK {a} 's? mandate? modifications/changes/adjustments/amendments/revisions/expansions {t}?",
        "{a} <- modifies_mandate{where}",
        "no change to the mandate of {a} is recorded (extensions are asked with `which resolutions extended the mandate of {a}`)",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? did/does/has/have {a} modify/modified/change/changed/adjust/adjusted/expand/expanded/revise/revised/amend/amended/alter/altered",
        "{a} -> modifies_mandate{where}",
        "{a} changes no mandate recorded",
    ),
    p(
        "{open} the? current/present/latest/existing mandate/mandates of {a}",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date desc",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    p(
        "ASK {a} 's? current/present/latest/existing mandate/mandates",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date desc",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    p(
        "{open} the? mandate/mandates of {a}",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    p(
        "ASK {a} 's? mandate/mandates",
        "{a} <- establishes|authorizes|extends_mandate|modifies_mandate|terminates | sort by date",
        "nothing in the graph establishes, authorizes, extends, changes or ends the mandate of {a}",
    ),
    // ends, and what a document extended or ended
    p(
        "{open} resolutions/documents/decisions? that/which? have/has/had? terminated/terminate/terminates/ended/end/ends a/an/any/the? mandate/mandates {t}?",
        "all <- terminates{where}",
        "no end of a mandate is recorded",
    ),
    p(
        "{open} resolutions/documents/decisions? that/which? have/has/had? terminated/terminate/terminates/ended/end/ends a/an/any/the? {k} 's? mandate/mandates? {t}?",
        "(all {k}{where}) <- terminates{when}",
        "no end of {kw} is recorded",
    ),
    p(
        "{open} {k}? that/which? have/has/had? terminate/terminates/terminated/end/ends/ended the? mandate/mandates of {a} {t}?",
        "{a} <- terminates{where}",
        TERMINATION_NOTE,
    ),
    p(
        "{open} {k}? that/which? have/has/had? terminate/terminates/terminated/end/ends/ended/close/closes/closed/dissolve/dissolves/dissolved/liquidate/liquidated {a} {t}?",
        "{a} <- terminates{where}",
        TERMINATION_NOTE,
    ),
    p(
        "by/in which/what {k}? was/were {a} terminated/ended/closed/dissolved/liquidated/disbanded",
        "{a} <- terminates{where}",
        TERMINATION_NOTE,
    ),
    p(
        "when was/were/is {a} terminated/ended/closed/dissolved/liquidated/disbanded",
        "{a} <- terminates",
        TERMINATION_NOTE,
    ),
    p(
        "when did {a} end/close/terminate/finish",
        "{a} <- terminates",
        TERMINATION_NOTE,
    ),
    // Succession: what a resolution that ends a body set up in its place
    // (1270 (1999) ends UNOMSIL and establishes UNAMSIL), and what the
    // resolution that set a body up ended. The graph records no other
    // succession, and an empty answer says so.
    // Renamings: 1925 (2010) establishes MONUSCO with the relation
    // "renames MONUC" (`MONUC <- renamed_from` is MONUSCO). When: the
    // resolution that gave the new name, asked by either name.
    p(
        "when was/were/is {a} renamed/retitled/rebranded",
        "({a} union {a} <- renamed_from) <- establishes where relation ~ \"renames\"",
        RENAMING_NOTE,
    ),
    p(
        "when did {a} change/get/receive/take its/a? new? name/title",
        "({a} union {a} <- renamed_from) <- establishes where relation ~ \"renames\"",
        RENAMING_NOTE,
    ),
    p(
        "{open} {k}? renamed/retitled {a}",
        "({a} union {a} <- renamed_from) <- establishes where relation ~ \"renames\"",
        RENAMING_NOTE,
    ),
    p(
        "what/which was/were/is {a} renamed/retitled/rebranded to/as/into?",
        "{a} <- renamed_from",
        RENAMING_NOTE,
    ),
    p(
        "{open} the? new/later/current name/title of {a}",
        "{a} <- renamed_from",
        RENAMING_NOTE,
    ),
    p(
        "what/which was/were/is {a} called/named/known as? before/previously/formerly/originally/earlier",
        "{a} -> renamed_from",
        RENAMING_NOTE,
    ),
    p(
        "{open} the? former/previous/old/earlier/original name/title of {a}",
        "{a} -> renamed_from",
        RENAMING_NOTE,
    ),
    p(
        "{open} {k}? replaced/succeeded/superseded/followed {a}",
        SUCCESSOR_WHERE,
        SUCCESSOR_NOTE,
    ),
    p(
        "{open} {k}? took/takes/take over from {a}",
        SUCCESSOR_WHERE,
        SUCCESSOR_NOTE,
    ),
    p("{open} {k}? came after {a}", SUCCESSOR_WHERE, SUCCESSOR_NOTE),
    p(
        "{open} {k}? was/were {a} replaced/succeeded/superseded/followed by",
        SUCCESSOR_WHERE,
        SUCCESSOR_NOTE,
    ),
    p(
        "by which/what {k}? was/were {a} replaced/succeeded/superseded/followed",
        SUCCESSOR_WHERE,
        SUCCESSOR_NOTE,
    ),
    p(
        "{open} the? successor/successors/replacement/replacements/follow-on/follow-up of/to/for {a}",
        SUCCESSOR,
        SUCCESSOR_NOTE,
    ),
    p(
        "ASK {a} 's? successor/successors/replacement/replacements",
        SUCCESSOR,
        SUCCESSOR_NOTE,
    ),
    p("{open} {k}? preceded {a}", PREDECESSOR_WHERE, PREDECESSOR_NOTE),
    p("{open} {k}? came before {a}", PREDECESSOR_WHERE, PREDECESSOR_NOTE),
    p(
        "{open} {k}? did/does {a} replace/succeed/supersede/follow",
        PREDECESSOR_WHERE,
        PREDECESSOR_NOTE,
    ),
    p(
        "{open} {k}? was/were replaced/succeeded/superseded by {a}",
        PREDECESSOR_WHERE,
        PREDECESSOR_NOTE,
    ),
    p(
        "{open} the? predecessor/predecessors/forerunner/forerunners of/to {a}",
        PREDECESSOR,
        PREDECESSOR_NOTE,
    ),
    p(
        "ASK {a} 's? predecessor/predecessors/forerunner/forerunners",
        PREDECESSOR,
        PREDECESSOR_NOTE,
    ),
    p(
        "{open} {k}? does/did/has {a} terminate/terminated/end/ended/close/closed",
        "{a} -> terminates{where}",
        "{a} ends nothing recorded",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? does/did/has/have {a} extend/extended/renew/renewed/prolong/prolonged",
        "{a} -> extends_mandate{where}",
        "{a} extends no mandate recorded",
    ),
    p(
        "whose mandate/mandates? does/did/has/have {a} extend/extended/renew/renewed/prolong/prolonged",
        "{a} -> extends_mandate",
        "{a} extends no mandate recorded",
    ),
    p(
        "{open} {k}? 's? mandate/mandates? were/was/are/is/have/has been? extended/renewed/prolonged by/in {a}",
        "{a} -> extends_mandate{where}",
        "{a} extends no mandate recorded",
    ),
    p(
        "{open} resolutions/documents/decisions? that/which? have/has/had? established/establish/establishes/created/create/creates/set up? a/an/any? {k} {t}?",
        "(all {k}{where}) <- establishes{when}",
        "no establishment of {kw} is recorded",
    ),
    p(
        "{open} {k}? SUBJ that/which? have/has/had? establish/establishes/established/establishing/create/creates/created/creating/set/founded up? {a} {t}?",
        "{a} <- establishes{where}",
        "nothing in the graph establishes {a} (an authorization to deploy it is asked with `<- authorizes`)",
    ),
    p(
        "by/in which/what {k}? was/were {a} established/created/founded/set up?",
        "{a} <- establishes{where}",
        "nothing in the graph establishes {a} (an authorization to deploy it is asked with `<- authorizes`)",
    ),
    // the use of force: "Authorizes Member States … to use all necessary
    // means" (`authorizes_force`); an empty answer is an absence.
    p(
        "does/did/has {a} authorize/authorise/authorized/authorised the? use/using? of? military/armed? force/action",
        "{a} -> authorizes_force",
        "no authorization to use force is recorded in the text of {a}",
    ),
    p(
        "does/did/has {a} authorize/authorise/authorized/authorised all the? necessary means/measures",
        "{a} -> authorizes_force",
        "no authorization to use force is recorded in the text of {a}",
    ),
    p(
        "who/what/which states/forces/countries/parties/actors? was/were/is/are authorized/authorised to use/take military/armed? force by/in/under {a}",
        "{a} -> authorizes_force",
        "no authorization to use force is recorded in the text of {a}",
    ),
    p(
        "who/what/which states/forces/countries/parties/actors? was/were/is/are authorized/authorised to use/take all the? necessary means/measures by/in/under {a}",
        "{a} -> authorizes_force",
        "no authorization to use force is recorded in the text of {a}",
    ),
    p(
        "who/what/which states/forces/countries/parties/actors? does/did/has {a} authorize/authorise/authorized/authorised to use/take military/armed? force",
        "{a} -> authorizes_force",
        "no authorization to use force is recorded in the text of {a}",
    ),
    p(
        "is/was/were the? use? of? military/armed? force authorized/authorised by/in/under {a}",
        "{a} -> authorizes_force",
        "no authorization to use force is recorded in the text of {a}",
    ),
    p(
        "{open} {k}? {t}? that/which? have/has/had? authorize/authorizes/authorized/authorise/authorises/authorised the? use? of? military/armed? force (against/for/on/over/regarding/concerning {s})? {t}?",
        "all <- authorizes_force{where}",
        "no authorization to use force is recorded in the texts asked about",
    ),
    p(
        "{open} {k}? {t}? that/which? have/has/had? authorize/authorizes/authorized/authorise/authorises/authorised all the? necessary means/measures (against/for/on/over/regarding/concerning {s})? {t}?",
        "all <- authorizes_force{where}",
        "no authorization to use force is recorded in the texts asked about",
    ),
    p(
        "{open} {k}? SUBJ {t}? that/which? have/has/had? authorize/authorizes/authorized/authorise/authorises/authorised the? use? of? military/armed? force {t}?",
        "all <- authorizes_force{where}",
        "no authorization to use force is recorded in the texts asked about",
    ),
    p(
        "{open} {k}? does/did/has {a} authorize/authorise/authorized/authorised",
        "{a} -> authorizes{where}",
        "{a} authorizes no deployment recorded (an authorization to use force is another record: `did {a} authorize the use of force`)",
    ),
    p(
        "{open} {k}? that/which? have/has/had? authorize/authorizes/authorized/authorise/authorises/authorised the? deployment? of? {a} {t}?",
        "({a} <- authorizes union {a} <- establishes where relation ~ \"authoriz\"){|where}",
        "nothing in the graph authorizes {a} or its establishment",
    ),
    p(
        "{open} {k}? does/did/has {a} establish/established/create/created/set up?",
        "{a} -> establishes{where}",
        "{a} establishes nothing recorded",
    ),
    p(
        "{open} {k}? was/were {a} adopted/passed/issued as",
        "{a} -> adopted_as{where}",
        "{a} is not recorded as adopted",
    ),
    p(
        "{open} {k}? was/were {a} adopted/passed from",
        "{a} <- adopted_as{where}",
        "no draft of {a} is recorded",
    ),
    p(
        "{open} was/is/were/are? the? draft/drafts resolution/resolutions/text/texts? of/for/behind {a}",
        "{a} <- adopted_as{where}",
        "no draft of {a} is recorded",
    ),
    p(
        "{open} {k}? was/were adopted/passed as {a}",
        "{a} <- adopted_as{where}",
        "no draft of {a} is recorded",
    ),
    p(
        "{open} {k}? became/become/becomes {a}",
        "{a} <- adopted_as{where}",
        "no draft of {a} is recorded",
    ),
    p(
        "at/in which/what meeting was/were {a} adopted/passed",
        "{a} -> adopted_at",
        "no meeting of adoption is recorded for {a}",
    ),
    p(
        "{open} which/what meeting adopted {a}",
        "{a} -> adopted_at",
        "no meeting of adoption is recorded for {a}",
    ),
    p(
        "{open} the? meeting of adoption of {a}",
        "{a} -> adopted_at",
        "no meeting of adoption is recorded for {a}",
    ),
    // What shares a document's day, meeting or year of adoption.
    p(
        "{open} {k}? SUBJ that/which? were/was/are/is/have/has/had? been? adopted/passed/approved/issued/dated on? the same day/date as {a}",
        "all {k:resolutions}{where} | where date = {a:doc} and node != {a}",
        "nothing else in the graph is dated as {a}",
    ),
    p(
        "{open} {k}? SUBJ that/which? were/was/are/is/have/has/had? been? adopted/passed/approved/issued at/in the same meeting as {a}",
        "all {k:resolutions}{where} | where meeting = {a:doc} and node != {a}",
        "no other text in the graph was adopted at the meeting that adopted {a}",
    ),
    p(
        "{open} {k}? SUBJ that/which? were/was/are/is/have/has/had? been? adopted/passed/approved/issued/dated in the same year as {a}",
        "all {k:resolutions}{where} | where year = {a:doc} and node != {a}",
        "nothing else in the graph is of the year of {a}",
    ),
    p(
        "what/which/who cites/cite what/which cites/cite {a}",
        "{a} <- cites <- cites",
        "nothing in the graph cites what cites {a}",
    ),
    p(
        "what/which/who cites/cite what/which/everything {a} cites/cite/cited",
        "{a} -> cites <- cites",
        "nothing in the graph cites what {a} cites",
    ),
    // votes
    p(
        "how did/does/do the? each/every/all? the? council? member/members/state/states/country/countries/delegation/delegations vote on/for/in? {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "how did/does/do the? council vote on/for/in? {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "how was/were {a} voted/adopted/passed",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "how/what did/does {a} vote {t}",
        "{a} -> voted{where}",
        "no vote by {a} is recorded",
    ),
    p(
        "ASK {a} 's votes/voting/vote record/records/history? {t}?",
        "{a} -> voted{where}",
        "no vote by {a} is recorded",
    ),
    p(
        "{open} the? votes/voting record/records/history? cast? by {a} {t}?",
        "{a} -> voted{where}",
        "no vote by {a} is recorded",
    ),
    p(
        "ASK {a} 's vote/votes/voting/position on/for {b}",
        "{b} <- voted where node = {a}",
        "no vote by {a} on {b} is recorded",
    ),
    p(
        "how/what did/does {a} vote on/for/in? {b}",
        "{b} <- voted where node = {a}",
        "no vote by {a} on {b} is recorded",
    ),
    p(
        "did/has any/a? state/states/member/members/country/countries/delegation/delegations/one/anyone/anybody/someone/somebody vote/voted against {a}",
        "{a} <- voted where position = \"against\"",
        "no state voted against {a} (votes recorded on its draft included)",
    ),
    p(
        "did/has any/a? state/states/member/members/country/countries/delegation/delegations/one/anyone/anybody/someone/somebody abstain/abstained on/from/in? {a}",
        "{a} <- voted where position = \"abstention\"",
        "no state abstained on {a} (votes recorded on its draft included)",
    ),
    p(
        "did/does {a} vote against {b}",
        "{b} <- voted where node = {a} and position = \"against\"",
        "no vote by {a} against {b} is recorded",
    ),
    p(
        "did/does {a} vote for {b}",
        "{b} <- voted where node = {a} and position = \"in_favour\"",
        "no vote by {a} in favour of {b} is recorded",
    ),
    p(
        "did/does {a} vote in favour/favor of {b}",
        "{b} <- voted where node = {a} and position = \"in_favour\"",
        "no vote by {a} in favour of {b} is recorded",
    ),
    p(
        "did/does {a} abstain on/from/in? {b}",
        "{b} <- voted where node = {a} and position = \"abstention\"",
        "no abstention by {a} on {b} is recorded",
    ),
    // Members that cast no vote: "One member (China) did not participate in
    // the voting", "one member (…) was absent", "(Australia, present and
    // not voting; …)".
    p(
        "did/does {a} not participate in the? vote/voting? on/for? {b}",
        "{b} <- voted where node = {a} and position = \"not_participating\"",
        "no non-participation by {a} in the vote on {b} is recorded",
    ),
    p(
        "was/were {a} absent from/for/at/during/in/on? the? vote/voting/meeting? on/for/of? {b}",
        "{b} <- voted where node = {a} and position = \"absent\"",
        "no absence of {a} from the vote on {b} is recorded",
    ),
    p(
        "who/which/what members/states/countries/delegations? did not participate in the? vote/voting? on/for/in? {a}",
        "{a} <- voted where position = \"not_participating\"",
        "no state is recorded as not participating in the vote on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? did not vote on/for/in {a}",
        "{a} <- voted where position = \"not_participating\" or position = \"absent\" or position = \"present_not_voting\"",
        "no state is recorded as casting no vote on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? did not take part in the? vote/voting? on/for/in? {a}",
        "{a} <- voted where position = \"not_participating\"",
        "no state is recorded as not participating in the vote on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? was/were absent when {a} was/were adopted/voted on?",
        "{a} <- voted where position = \"absent\"",
        "no state is recorded as absent from the vote on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? was/were absent from/for/at/during/in/on? (the? vote/voting/meeting on/for/of)? {a}",
        "{a} <- voted where position = \"absent\"",
        "no state is recorded as absent from the vote on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? was/were present and not voting on/for/in? (the? vote/voting on/for)? {a}",
        "{a} <- voted where position = \"present_not_voting\"",
        "no state is recorded as present and not voting on {a} (votes recorded on its draft included)",
    ),
    // `who voted against resolutions on Syria`: the votes cast on a set
    // of documents (the evaluator says how many of them carry no vote
    // record, for an empty answer there is no "nobody").
    p(
        "who/which/what members/states/countries/delegations? voted/vote/votes against {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"against\"",
        "no state is recorded as voting against them",
    ),
    p(
        "who/which/what members/states/countries/delegations? abstained/abstain/abstains on/from/in {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"abstention\"",
        "no state is recorded as abstaining on them",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted/vote/votes in favour/favor of {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"in_favour\"",
        "no state is recorded as voting in favour of them",
    ),
    // `voted for` is in favour, as for one document (`who voted for 242`).
    p(
        "who/which/what members/states/countries/delegations? voted/vote/votes for {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"in_favour\"",
        "no state is recorded as voting in favour of them",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted/vote/votes on {k} SUBJ {t}?",
        "(all {k}{where}) <- voted",
        "no vote on them is recorded",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted against {a}",
        "{a} <- voted where position = \"against\"",
        "no state voted against {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted no on/against? {a}",
        "{a} <- voted where position = \"against\"",
        "no state voted against {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? opposed/rejected {a}",
        "{a} <- voted where position = \"against\"",
        "no state voted against {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? abstained when {a} was/were adopted/voted on?",
        "{a} <- voted where position = \"abstention\"",
        "no state abstained on {a} (votes recorded on its draft included)",
    ),
    p(
        "{open} abstentions on/in/for the? vote/voting? on? {a}",
        "{a} <- voted where position = \"abstention\"",
        "no state abstained on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted in favour/favor of? {a}",
        "{a} <- voted where position = \"in_favour\"",
        "no state voted in favour of {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted for/yes on? {a}",
        "{a} <- voted where position = \"in_favour\"",
        "no state voted in favour of {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? abstained on/from/in? (the? vote/voting on/for)? {a}",
        "{a} <- voted where position = \"abstention\"",
        "no state abstained on {a} (votes recorded on its draft included)",
    ),
    p(
        "who/which/what members/states/countries/delegations? voted on/in? {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "who supported/backed {a}",
        "{a} <- voted where position = \"in_favour\"",
        "no state voted in favour of {a} (votes recorded on its draft included)",
    ),
    p(
        "which/what members/states/countries/delegations supported/backed {a}",
        "{a} <- voted where position = \"in_favour\"",
        "no state voted in favour of {a} (votes recorded on its draft included)",
    ),
    // `how many states voted against resolutions on Syria`: the states
    // recorded, on a set of documents (see `who voted against {k}`).
    p(
        "how many members/states/countries/delegations? voted/vote against {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"against\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? abstained/abstain on/from/in {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"abstention\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? voted/vote for {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"in_favour\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? voted/vote in favour/favor of {k} SUBJ {t}?",
        "(all {k}{where}) <- voted where position = \"in_favour\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? voted against {a}",
        "{a} <- voted where position = \"against\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? voted in favour/favor of? {a}",
        "{a} <- voted where position = \"in_favour\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? voted for {a}",
        "{a} <- voted where position = \"in_favour\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? abstained on/from/in? (the? vote/voting on/for)? {a}",
        "{a} <- voted where position = \"abstention\" | count",
        "",
    ),
    p(
        "how many members/states/countries/delegations? voted on/in? {a}",
        "{a} <- voted | count",
        "",
    ),
    // `how many votes against 678`, `how many abstentions on 1973`: the
    // states recorded with that vote (a note says when no vote is recorded).
    p(
        "how many votes/vote against/no (were/was cast)? on/for/to/in? {a}",
        "{a} <- voted where position = \"against\" | count",
        "",
    ),
    p(
        "how many no/negative votes/vote (were/was cast)? on/for/to/in/against? {a}",
        "{a} <- voted where position = \"against\" | count",
        "",
    ),
    p(
        "how many votes/vote in favour/favor (were/was cast)? of/on/for? {a}",
        "{a} <- voted where position = \"in_favour\" | count",
        "",
    ),
    p(
        "how many votes/vote against/no did/does {a} get/receive/draw/obtain",
        "{a} <- voted where position = \"against\" | count",
        "",
    ),
    p(
        "how many abstentions/abstention did/does {a} get/receive/draw/have",
        "{a} <- voted where position = \"abstention\" | count",
        "",
    ),
    p(
        "was/were there any/a? vote/votes against {a}",
        "{a} <- voted where position = \"against\"",
        "no state voted against {a} (votes recorded on its draft included)",
    ),
    p(
        "did/does {a} get/receive/draw/have any/a? vote/votes against",
        "{a} <- voted where position = \"against\"",
        "no state voted against {a} (votes recorded on its draft included)",
    ),
    p(
        "did/does {a} get/receive/draw/have any/an? abstention/abstentions",
        "{a} <- voted where position = \"abstention\"",
        "no state abstained on {a} (votes recorded on its draft included)",
    ),
    // `how many votes did 1973 get`: the votes recorded, each state's.
    p(
        "how many votes did {a} get/receive/obtain/win/have",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "how many votes were/was cast on/for {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "what/how was/were the? vote/votes/voting/result/results/outcome on/for/of {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "{open} vote/votes/voting record/records/result/results/breakdown/tally/count/split/outcome? on/for/of {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "{open} was? the? result/results/outcome/breakdown/tally/record of the? vote/votes/voting on/for/of? {a}",
        "{a} <- voted",
        "no vote on {a} is recorded (votes recorded on its draft included)",
    ),
    p(
        "how often/many times? did/has {a} abstain/abstained {t}?",
        "{a} -> voted{where:position = \"abstention\"} | count",
        "",
    ),
    p(
        "how many abstentions did/has/have {a} cast/make/made/record/recorded? {t}?",
        "{a} -> voted{where:position = \"abstention\"} | count",
        "",
    ),
    p(
        "how many votes against/no did/has/have {a} cast/make/made/record/recorded? {t}?",
        "{a} -> voted{where:position = \"against\"} | count",
        "",
    ),
    p(
        "how often/many times? did/has/have {a} veto/vetoed/use/used the? veto? {t}?",
        "{a} -> voted{where:vetoed and position = \"against\"} | count",
        "",
    ),
    p(
        "how often/many times? did/has {a} vote/voted against {t}?",
        "{a} -> voted{where:position = \"against\"} | count",
        "",
    ),
    p(
        "{open} {k}? did/has {a} vote/voted against {t}?",
        "{a} -> voted{where:position = \"against\"}",
        "no vote by {a} against anything is recorded",
    ),
    p(
        "{open} {k}? did/has {a} abstain/abstained on {t}?",
        "{a} -> voted{where:position = \"abstention\"}",
        "no abstention by {a} is recorded",
    ),
    p(
        "{open} {k} where/in/on which? {a} voted against {t}?",
        "{a} -> voted{where:position = \"against\"}",
        "no vote by {a} against anything is recorded",
    ),
    p(
        "{open} {k} where/in/on which? {a} abstained {t}?",
        "{a} -> voted{where:position = \"abstention\"}",
        "no abstention by {a} is recorded",
    ),
    p(
        "{open} {k}? did/has {a} vote/voted on {t}?",
        "{a} -> voted{where}",
        "no vote by {a} is recorded",
    ),
    // `did the United States ever vote against a resolution`, `has China
    // ever abstained`: its votes of that position, whose absence the answer
    // says is of a record, not a "no".
    p(
        "did/has {a} vote/voted against a/an/any {k} {t}?",
        "{a} -> voted{where:position = \"against\"}",
        "no vote by {a} against anything is recorded",
    ),
    p(
        "did/has {a} abstain/abstained (on a/an/any {k})? {t}?",
        "{a} -> voted{where:position = \"abstention\"}",
        "no abstention by {a} is recorded",
    ),
    // sponsors
    p(
        "who/which/what states/countries/members/delegations? sponsored/cosponsored/co-sponsored/submitted/tabled/proposed/drafted/introduced/put forward? {a}",
        "{a} -> submitted_by",
        SPONSOR_NOTE,
    ),
    p(
        "{open} is/are/was/were? the? sponsor/sponsors/co-sponsors/cosponsors/penholder/penholders/submitters of/for/on {a}",
        "{a} -> submitted_by",
        SPONSOR_NOTE,
    ),
    p(
        "who/whom was/were/is {a} sponsored/cosponsored/co-sponsored/submitted/tabled/proposed/introduced/put forward? by",
        "{a} -> submitted_by",
        SPONSOR_NOTE,
    ),
    // Who wrote a text: the sponsors of a draft resolution, the signatories
    // of a letter; the graph records no author of a report.
    p(
        "who/which/what states/countries/members/delegations/persons/people? wrote/authored/penned/issued/prepared {a}",
        "{a} -> submitted_by|signed_by",
        AUTHOR_NOTE,
    ),
    p(
        "{open} is/are/was/were? the? author/authors/drafter/drafters/writer/writers of/for {a}",
        "{a} -> submitted_by|signed_by",
        AUTHOR_NOTE,
    ),
    p(
        "who/whom was/were/is {a} written/authored/penned/drafted/issued/prepared by",
        "{a} -> submitted_by|signed_by",
        AUTHOR_NOTE,
    ),
    p(
        "by whom was/were/is {a} written/authored/penned/drafted/issued/prepared/sponsored/submitted",
        "{a} -> submitted_by|signed_by",
        AUTHOR_NOTE,
    ),
    p(
        "did/does/has/have {a} sponsor/sponsored/cosponsor/co-sponsor/submit/submitted/table/tabled/propose/proposed/introduce/introduced {b}",
        "{b} -> submitted_by where node = {a}",
        "no sponsorship of {b} by {a} is recorded",
    ),
    p(
        "how many sponsors/co-sponsors/cosponsors/authors/submitters did/does/has/had {a} have/had/get/got?",
        "{a} -> submitted_by | count",
        "",
    ),
    p(
        "{open} {k}? did/has/have {a} sponsor/sponsored/cosponsor/co-sponsor/submit/submitted/table/tabled/propose/proposed/draft/introduce/put forward? {t}?",
        "{a} <- submitted_by{where}",
        "no document submitted by {a} is recorded",
    ),
    p(
        "{open} {k} that/which? was/were? sponsored/cosponsored/co-sponsored/submitted/tabled/proposed/introduced/put forward? by {a} {t}?",
        "{a} <- submitted_by{where}",
        "no document submitted by {a} is recorded",
    ),
    // signatures
    p(
        "who signed {a}",
        "{a} -> signed_by",
        "no signatory of {a} is recorded",
    ),
    p(
        "{open} is/are/was/were? the? signatory/signatories/signer/signers of/to/on {a}",
        "{a} -> signed_by",
        "no signatory of {a} is recorded",
    ),
    // An office, not a person: the signature blocks' roles
    // ("Secretary-General", "President of the Security Council").
    p(
        "{open} {k}? did/has/have/does the? secretary-general/sg sign/signed {t}?",
        "all persons <- signed_by{where:role ~ \"Secretary-General\"}",
        "nothing signed by a Secretary-General is recorded",
    ),
    p(
        "{open} {k}? did/has/have/does the? president of the security? council sign/signed {t}?",
        "all persons <- signed_by{where:role ~ \"President of the Security Council\"}",
        "nothing signed by a President of the Security Council is recorded",
    ),
    p(
        "who signed for {a} {t}?",
        "{a} <- signed_by{where}",
        "nothing signed for {a} is recorded",
    ),
    p(
        "who signed on behalf of {a} {t}?",
        "{a} <- signed_by{where}",
        "nothing signed for {a} is recorded",
    ),
    p(
        "{open} {k}? did/has/have {a} sign/signed",
        "{a} <- signed_by{where}",
        "nothing signed by {a} is recorded",
    ),
    p(
        "{open} {k} that/which? was/were? signed by/for {a} {t}?",
        "{a} <- signed_by{where}",
        "nothing signed by {a} is recorded",
    ),
    p(
        "{open} {k} that/which? was/were? signed on behalf of {a} {t}?",
        "{a} <- signed_by{where}",
        "nothing signed by {a} is recorded",
    ),
    // paths
    p(
        "{open} all/every? the? citation? paths/routes/chains from {a} to {b}",
        "all paths from {a} to {b}",
        "no path of citations leads from {a} to {b}",
    ),
    p(
        "{open} every citation? path/route/chain from {a} to {b}",
        "all paths from {a} to {b}",
        "no path of citations leads from {a} to {b}",
    ),
    p(
        "{open} a/the? shortest/citation? path/paths/route/chain/link/connection from {a} to {b}",
        "shortest path from {a} to {b}",
        "no path of citations leads from {a} to {b}",
    ),
    p(
        "{open} a/the? shortest/citation? path/paths/route/chain/link/connection between {a} and {b}",
        "shortest path from {a} to {b} undirected",
        "{a} and {b} are not connected in the graph",
    ),
    p(
        "how is/are/was {a} connected/related/linked to/with {b}",
        "shortest path from {a} to {b} undirected",
        "{a} and {b} are not connected in the graph",
    ),
    p(
        "how are {a} and {b} connected/related/linked",
        "shortest path from {a} to {b} undirected",
        "{a} and {b} are not connected in the graph",
    ),
    p(
        "is/are {a} connected/related/linked to/with {b}",
        "shortest path from {a} to {b} undirected",
        "{a} and {b} are not connected in the graph",
    ),
    p(
        "what connects/links {a} and/to/with {b}",
        "shortest path from {a} to {b} undirected",
        "{a} and {b} are not connected in the graph",
    ),
    // co-citation and coupling
    p(
        "{open} {k}? that/which? is/are/was/were? most? often/frequently/commonly? co-cited/cocited most? often/frequently/commonly? with {a}",
        "{a} | cocited{|where} | top 10 by score",
        "nothing is cited together with {a}",
    ),
    p(
        "{open} {k}? that/which? is/are/was/were? most? often/frequently/commonly? cited most? often/frequently/commonly? together/alongside with? {a}",
        "{a} | cocited{|where} | top 10 by score",
        "nothing is cited together with {a}",
    ),
    p(
        "{open} {k}? that/which? is/are/was/were? cited together/alongside with? {a} the? most often/frequently/commonly?",
        "{a} | cocited{|where} | top 10 by score",
        "nothing is cited together with {a}",
    ),
    p(
        "{open} {k}? that/which? are/is? similar/like to? {a}",
        "{a} | coupled{|where} | top 10 by score",
        "nothing in the graph cites what {a} cites",
    ),
    p(
        "{open} {k}? that/which? cites/cite the same documents/things/sources/references/resolutions/texts as {a}",
        "{a} | coupled{|where} | top 10 by score",
        "nothing cites the same documents as {a}",
    ),
    // the first and the latest
    // `when did the Council first mention Darfur`: its resolutions, the
    // earliest (or latest) that names or cites it.
    p(
        "when did/has the? security? council first mention/name/discuss/address/mentioned/named {a}",
        "{a} <- mentions{where:kind = resolution} | sort by date | limit 1",
        "no resolution in the graph names {a}",
    ),
    p(
        "when did/has the? security? council last/latest mention/name/discuss/address/mentioned/named {a}",
        "{a} <- mentions{where:kind = resolution} | sort by date desc | limit 1",
        "no resolution in the graph names {a}",
    ),
    p(
        "when did/has the? security? council first cite/reference/invoke/cited/referenced {a}",
        "{a} <- cites{where:kind = resolution} | sort by date | limit 1",
        "no resolution in the graph cites {a}",
    ),
    p(
        "when did/has the? security? council last/latest cite/reference/invoke/cited/referenced {a}",
        "{a} <- cites{where:kind = resolution} | sort by date desc | limit 1",
        "no resolution in the graph cites {a}",
    ),
    p(
        "when was/were {a} first mentioned/named/discussed/addressed by/in the? security? council/resolution/resolutions",
        "{a} <- mentions{where:kind = resolution} | sort by date | limit 1",
        "no resolution in the graph names {a}",
    ),
    p(
        "{open} the? first/earliest mention/mentions of {a} (by/in the? security? council)?",
        "{a} <- mentions | sort by date | limit 1",
        "nothing in the graph mentions {a}",
    ),
    p(
        "{open} the? last/latest/most/recent recent? mention/mentions of {a} (by/in the? security? council)?",
        "{a} <- mentions | sort by date desc | limit 1",
        "nothing in the graph mentions {a}",
    ),
    p(
        "when was/were {a} first mentioned/named",
        "{a} <- mentions | sort by date | limit 1",
        "nothing in the graph mentions {a}",
    ),
    p(
        "when was/were {a} last/latest mentioned/named",
        "{a} <- mentions | sort by date desc | limit 1",
        "nothing in the graph mentions {a}",
    ),
    p(
        "when was/were {a} first cited/referenced/quoted",
        "{a} <- cites | sort by date | limit 1",
        "nothing in the graph cites {a}",
    ),
    p(
        "when was/were {a} last/latest cited/referenced/quoted",
        "{a} <- cites | sort by date desc | limit 1",
        "nothing in the graph cites {a}",
    ),
    p(
        "{open} the? {n}? first/earliest/oldest {n}? {k} SUBJ {t}? THAT to? mention/mentions/mentioned/mentioning/name/names/named/naming {a} {t}?",
        "{a} <- mentions{where} | sort by date | limit {n:1}",
        "nothing in the graph mentions {a}",
    ),
    p(
        "{open} the? {n}? most? latest/last/newest/recent {n}? {k} SUBJ {t}? THAT to? mention/mentions/mentioned/mentioning/name/names/named/naming {a} {t}?",
        "{a} <- mentions{where} | sort by date desc | limit {n:1}",
        "nothing in the graph mentions {a}",
    ),
    p(
        "{open} the? {n}? first/earliest/oldest {n}? {k} SUBJ {t}? THAT to? {v} {a} {t}?",
        "{a} <- cites{where} | sort by date | limit {n:1}",
        "nothing in the graph cites {a}",
    ),
    p(
        "{open} the? {n}? most? latest/last/newest/recent {n}? {k} SUBJ {t}? THAT to? {v} {a} {t}?",
        "{a} <- cites{where} | sort by date desc | limit {n:1}",
        "nothing in the graph cites {a}",
    ),
    p(
        "{open} the? {n}? first/earliest/oldest {n}? {k} SUBJ {t}?",
        "all {k}{where} | sort by date | limit {n:1}",
        "",
    ),
    p(
        "{open} the? {n}? most? latest/last/newest/recent {n}? {k} SUBJ {t}?",
        "all {k}{where} | sort by date desc | limit {n:1}",
        "",
    ),
    // citations
    p(
        "{open} the? references/citations/cites made? in/within/from/by {a} {t}?",
        "{a} -> cites{where}",
        "{a} cites nothing recorded",
    ),
    p(
        "{open} the? references of {a} {t}?",
        "{a} -> cites{where}",
        "{a} cites nothing recorded",
    ),
    p(
        "{open} the? references/citations/cites to/of {a} {t}?",
        "{a} <- cites{where}",
        "nothing in the graph cites {a}",
    ),
    p(
        "{open} cites/cite/references/reference {a} the? most often?",
        "{a} <- cites | top 10 by count",
        "nothing in the graph cites {a}",
    ),
    // How often a text cites another: the edge's `count`.
    p(
        "{open} top? {n}? {k}? THAT {v} {a} the? most often/frequently/times? {t}?",
        "{a} <- cites{where} | top {n:10} by count",
        "nothing in the graph cites {a}",
    ),
    p(
        "{open} {k}? that/which? does/did/do {a} cite/reference/quote/invoke/refer to? the? most often/frequently/times?",
        "{a} -> cites{where} | top 10 by count",
        "{a} cites nothing recorded",
    ),
    p(
        "how many times/documents? is/has/was {a} been? cited/referenced/quoted {t}?",
        "{a} <- cites{where} | count",
        "",
    ),
    p(
        "how often is/was/has {a} been? cited/referenced {t}?",
        "{a} <- cites{where} | count",
        "",
    ),
    p(
        "how many citations does/did {a} have/get/receive",
        "{a} <- cites | count",
        "",
    ),
    p(
        "how many references does/did {a} have/make/contain",
        "{a} -> cites | count",
        "",
    ),
    // "has the Council (ever) cited 2250": what its resolutions cite.
    p(
        "did/has/have/does the? security? council {v} {a} {t}?",
        "{a} <- cites{where:kind = resolution}",
        "no resolution in the graph cites {a}",
    ),
    p(
        "did/has/have/does the? security? council mention/mentioned/name/named {a} {t}?",
        "{a} <- mentions{where:kind = resolution}",
        "no resolution in the graph names {a}",
    ),
    // `what does 1973 say about Libya`: where the text names or cites it;
    // what it says there is its evidence line, never read further.
    p(
        "what/how does/did/do {a} say/state/decide about/on/regarding/concerning {b}",
        "{a} -> mentions|cites where node = {b}",
        "no mention of {b} is recorded in the text of {a}",
    ),
    p(
        "what is/was said/stated/decided about/on/regarding/concerning {b} in/by {a}",
        "{a} -> mentions|cites where node = {b}",
        "no mention of {b} is recorded in the text of {a}",
    ),
    p(
        "does/did {a} mention/name {b}",
        "{a} -> mentions|cites where node = {b}",
        "no mention of {b} is recorded in the text of {a}",
    ),
    p(
        "does/did {a} cite/reference {b}",
        "{a} -> cites where node = {b}",
        "no citation of {b} is recorded in the text of {a}",
    ),
    // The passive asks who cites: "is 1325 cited", "was 1325 cited after
    // 2010", "is 242 cited in 1990" (a year after `in` is a time, before it
    // could be read as the resolution that cites).
    p(
        "is/was/has {a} been? cited/referenced/quoted anywhere/elsewhere? {t}?",
        "{a} <- cites{where}",
        "nothing in the graph cites {a}",
    ),
    // `is 2231 cited by any resolution`: what cites it, of the kind.
    p(
        "is/was/has/have {a} been? ever? cited/referenced/quoted by/in any/other/another/a/later/subsequent? {k} {t}?",
        "{a} <- cites{where}",
        "no {kw} in the graph cites {a}",
    ),
    p(
        "is/was {a} cited/referenced by/in {b}",
        "{b} -> cites where node = {a}",
        "no citation of {a} is recorded in the text of {b}",
    ),
    p(
        "where is/was {a} cited/referenced {t}?",
        "{a} <- cites{where}",
        "nothing in the graph cites {a}",
    ),
    // `reso 1325 cited by what`, `1325 is cited by which resolutions`: the
    // question word last, as a search box takes it.
    p(
        "{a} is/was/are/were/has/have? been? cited/referenced/quoted/invoked by/in what/which/whom/who {k}? {t}?",
        "{a} <- cites{where}",
        "nothing in the graph cites {a}",
    ),
    p(
        "is/was/has {a} been? mentioned/named anywhere/elsewhere? {t}?",
        "{a} <- mentions{where}",
        "nothing in the graph names {a}",
    ),
    p(
        "is/was/are/were {a} mentioned/named by/in {b}",
        "{b} -> mentions|cites where node = {a}",
        "no mention of {a} is recorded in the text of {b}",
    ),
    // "is 1325 cited more than 1820": both, the most cited first.
    p(
        "is/was/are/were {a} cited/referenced/quoted more/less often/frequently? than {b}",
        "({a} union {b}) | sort by citations desc",
        "",
    ),
    p(
        "which/what is/was cited/referenced/quoted more/most often/frequently? {a} or {b}",
        "({a} union {b}) | sort by citations desc",
        "",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} both {a} (as well)? and/as {b} {t}?",
        "({a} <- cites intersect {b} <- cites){where}",
        "nothing in the graph cites both {a} (as well)? and/as {b}",
    ),
    // `what cites resolution 1325 under Chapter VII`: the citing documents
    // that act under the chapter.
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} SUBJ and/that/which/while? was/were/are/is/also? adopted/acting/taken/passed? under {chapter} SUBJ {t}?",
        "({a} <- cites intersect {b} <- acts_under){where}",
        "nothing in the graph cites {a} and acts under {b}",
    ),
    // Negation: a document whose text is not held neither cites nor fails
    // to cite (`where not cites` leaves it out, and says so).
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} but/and do/does/did? not/never mention/mentions/mentioning/name/names/naming {b} {t}?",
        "{a} <- cites{where} | where not mentions {b}",
        "every document in the graph that cites {a} mentions {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? that/which/who? do/does/did/have/has/had? not/never {v} {a} {t}?",
        "all {k:resolutions}{where} | where not cites {a}",
        "",
    ),
    p(
        "{open} {k}? SUBJ {t}? that/which/who? do/does/did/have/has/had? not/never mention/mentioned/mentioning/name/named/naming {a} {t}?",
        "all {k:resolutions}{where} | where not mentions {a}",
        "",
    ),
    p(
        "{open} {k}? SUBJ {t}? that/which? was/were/are/is/have/has/had? been? not adopted/taken/passed/issued/acting? under {chapter} SUBJ {t}?",
        "all {k:resolutions}{where} | where not acts_under {a}",
        "",
    ),
    // `which resolutions cite nothing`: the held texts that cite nothing
    // recorded (what an unread text cites is unknown).
    p(
        "{open} {k}? SUBJ {t}? THAT {v} nothing/none",
        "(all {k:resolutions}{where:held}) except (all <- cites)",
        "",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} no other? {cited}",
        "(all {k:resolutions}{where:held}) except ((all {cited}) <- cites)",
        "",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} but/and not {b} {t}?",
        "({a} <- cites except {b} <- cites){where}",
        "nothing in the graph cites {a} without {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} without citing/referencing/mentioning/quoting? {b} {t}?",
        "({a} <- cites except {b} <- cites){where}",
        "nothing in the graph cites {a} without {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} but/and do/does/did not/don't/doesn't/didn't {v} {b} {t}?",
        "({a} <- cites except {b} <- cites){where}",
        "nothing in the graph cites {a} without {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} either? {a} or {b} {t}?",
        "({a} <- cites union {b} <- cites){where}",
        "nothing in the graph cites {a} or {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} (as well)? and/as also? to? {b} {t}?",
        "({a} <- cites intersect {b} <- cites){where}",
        "nothing in the graph cites both {a} (as well)? and/as {b}",
    ),
    p(
        "{open} {k}? SUBJ that/which? does/did/do/has/have {a} {r} {t}?",
        "{a} -> cites{where}",
        "{a} cites nothing that way",
    ),
    // `what does 2100 recall about Mali`: what it cites that way among the
    // documents on the subject (those that name it), as `resolutions on
    // Mali` reads.
    p(
        "{open} {k}? that/which? does/did/do/has/have {a} {r} about/on/regarding/concerning {s} {t}?",
        "{a} -> cites{where}",
        "{a} cites nothing that way on that subject",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {r} {a} {t}?",
        "{a} <- cites{where}",
        "nothing in the graph cites {a} that way",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {r} any/all? {cited} {t}?",
        "(all {cited}) <- cites{where}",
        "nothing in the graph cites {cited} that way",
    ),
    p(
        "{open} {k}? SUBJ that/which? is/are/was/were? {r} by/in {a} {t}?",
        "{a} -> cites{where}",
        "{a} cites nothing that way",
    ),
    p(
        "{open} {k}? {doc} {r} {t}?",
        "{a} -> cites{where}",
        "{a} cites nothing that way",
    ),
    p(
        "{open} {k}? SUBJ that/which? does/did/do {a} cite/reference/quote/invoke/refer to? {d}? {t}?",
        "{a} -> cites{depth}{where}",
        "no citation is recorded in the text of {a}",
    ),
    p(
        "{open} {k}? SUBJ {t}? that/which? were/was/are/is/have/has? been? cited/referenced/quoted {t}?",
        "(all documents{when}) -> cites{where}",
        "no citation is recorded",
    ),
    p(
        "{open} {k}? that/which? were/was/are/is/have/has? been? mentioned/named {t}?",
        "(all documents{when}) -> mentions{where}",
        "no mention is recorded",
    ),
    // A text names actors and places and cites documents: the documents it
    // "mentions" are those it cites (see [`takes_conditions`]).
    p(
        "{open} {k}? that/which? were/was/are/is/have/has? been? mentioned/named {t}?",
        "(all documents{when}) -> cites{where}",
        "no citation is recorded",
    ),
    // `which reports are cited by resolutions in 2000`: a kind of the
    // citing documents, whose time it is.
    p(
        "{open} {k}? SUBJ that/which? is/are/was/were? cited/referenced/quoted/invoked by/in {cited} {t}?",
        "(all {cited}{when}) -> cites{where}",
        "no citation by {cited} is recorded",
    ),
    p(
        "{open} {k}? SUBJ that/which? is/are/was/were? cited/referenced/quoted/invoked by/in {a} {d}? {t}?",
        "{a} -> cites{depth}{where}",
        "no citation is recorded in the text of {a}",
    ),
    // `which resolutions cite resolution 1325 on Sudan`: the subject may
    // follow the document cited.
    // `which resolutions invoke Chapter VII`, `… cite Article 41`: a
    // chapter of the Charter is acted under or named, never cited as a
    // document is (no `cites` edge reaches it). To invoke it is to act
    // under it; to cite or refer to it, either.
    p(
        "{open} {k}? SUBJ {t}? THAT invoke/invokes/invoked/invoking {chapter} SUBJ {t}?",
        "{a} <- acts_under{where}",
        "nothing in the graph says it acts under {a}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT cite/cites/cited/citing/reference/references/referenced/referencing/quote/quotes/quoted/quoting {chapter} SUBJ {t}?",
        "{a} <- mentions|acts_under{where}",
        "nothing in the graph names {a} or says it acts under it",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT refer/refers/referred/referring to {chapter} SUBJ {t}?",
        "{a} <- mentions|acts_under{where}",
        "nothing in the graph names {a} or says it acts under it",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT {v} {a} {d}? SUBJ {t}?",
        "{a} <- cites{depth}{where}",
        "nothing in the graph cites {a}",
    ),
    // `which resolutions cite presidential statements`: a kind of document
    // cited, where no document of that name is known (a name wins above).
    p(
        "{open} {k}? SUBJ {t}? THAT {v} any/all? {cited} {t}?",
        "(all {cited}) <- cites{where}",
        "nothing in the graph cites {cited}",
    ),
    // `common citations of 1325 and 1820`: what both cite.
    p(
        "{open} the? common/shared/joint citations/references/sources of/in/between/by {a} and {b}",
        "{a} -> cites intersect {b} -> cites",
        "{a} and {b} cite nothing in common",
    ),
    p(
        "{open} the? citations/references/sources common to/between {a} and {b}",
        "{a} -> cites intersect {b} -> cites",
        "{a} and {b} cite nothing in common",
    ),
    p(
        "{open} the? citations/references/sources shared by/between {a} and {b}",
        "{a} -> cites intersect {b} -> cites",
        "{a} and {b} cite nothing in common",
    ),
    p(
        "{open} {k}? do/did {a} and {b} cite/reference/quote in common",
        "{a} -> cites intersect {b} -> cites{where}",
        "{a} and {b} cite nothing in common",
    ),
    p(
        "{open} {k}? is/are/was/were cited/referenced/quoted by/in both {a} and {b}",
        "{a} -> cites intersect {b} -> cites{where}",
        "{a} and {b} cite nothing in common",
    ),
    p(
        "{open} do/did/does {a} and {b} have in common",
        "{a} -> cites|mentions intersect {b} -> cites|mentions",
        "{a} and {b} cite or name nothing in common",
    ),
    p(
        "{open} {k}? do/did {a} and {b} both cite/reference/quote/invoke/refer to?",
        "{a} -> cites intersect {b} -> cites{where}",
        "{a} and {b} cite nothing in common",
    ),
    p(
        "{open} {k}? that/which? {doc} {v} {d}? {t}?",
        "{a} -> cites{depth}{where}",
        "no citation is recorded in the text of {a}",
    ),
    // mentions
    p(
        "in? which/what {k}? is/are/was/were {a} mentioned/named in/by? {t}?",
        "{a} <- mentions{where}",
        "nothing in the graph mentions {a}",
    ),
    p(
        "in? which/what {k}? is/are/was/were {a} cited/referenced/quoted in/by? {t}?",
        "{a} <- cites{where}",
        "nothing in the graph cites {a}",
    ),
    p(
        "where/when is/was/are/were {a} mentioned/named {t}?",
        "{a} <- mentions{where}",
        "nothing in the graph mentions {a}",
    ),
    p(
        "{open} {k}? SUBJ that/which? does/did/do {a} mention/name",
        "{a} -> mentions{where}",
        "{a} mentions nothing recorded",
    ),
    p(
        "{open} {k}? SUBJ that/which? does/did/do {a} mention/name",
        "{a} -> cites{where}",
        "no citation is recorded in the text of {a}",
    ),
    p(
        "{open} {k}? SUBJ that/which? is/are/was/were? mentioned/named in/by {a}",
        "{a} -> mentions{where}",
        "{a} mentions nothing recorded",
    ),
    p(
        "{open} {k}? SUBJ that/which? is/are/was/were? mentioned/named in/by {a}",
        "{a} -> cites{where}",
        "no citation is recorded in the text of {a}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT mention/mentions/mentioned/mentioning/name/names/named/naming both {a} (as well)? and/as {b} {t}?",
        "({a} <- mentions intersect {b} <- mentions){where}",
        "nothing in the graph mentions both {a} (as well)? and/as {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT mention/mentions/mentioned/mentioning/name/names/named/naming {a} but/and not {b} {t}?",
        "({a} <- mentions except {b} <- mentions){where}",
        "nothing in the graph mentions {a} without {b}",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT mention/mentions/mentioned/mentioning/name/names/named/naming {a} {t}?",
        "{a} <- mentions{where}",
        "nothing in the graph mentions {a}",
    ),
    // `which resolutions mention Darfur and Chad`: both, when `Darfur and
    // Chad` is not itself a name (`Trinidad and Tobago` is read above).
    // `which resolutions mention Article 41`: an article is recorded as the
    // basis a text acts under (a chapter is a name, read above).
    p(
        "{open} {k}? SUBJ {t}? THAT mention/mentions/mentioned/mentioning/name/names/named/naming {chapter} SUBJ {t}?",
        "{a} <- mentions|acts_under{where}",
        "nothing in the graph names {a} or says it acts under it",
    ),
    p(
        "{open} {k}? SUBJ {t}? THAT mention/mentions/mentioned/mentioning/name/names/named/naming {a} and {b} {t}?",
        "({a} <- mentions intersect {b} <- mentions){where}",
        "nothing in the graph mentions both {a} and {b}",
    ),
    // the legal basis: what a resolution says it acts under
    p(
        "{open} {k}? SUBJ {t}? that/which? was/were/are/is/have/has/had? been? adopted/taken/passed/issued? under {chapter} SUBJ {t}?",
        "{a} <- acts_under{where}",
        "nothing in the graph says it acts under {a}",
    ),
    p(
        "{open} {k}? SUBJ {t}? that/which? act/acts/acted/acting under {chapter} SUBJ {t}?",
        "{a} <- acts_under{where}",
        "nothing in the graph says it acts under {a}",
    ),
    p(
        "is/was/were {a} adopted/taken/passed? under {chapter}",
        "{a} -> acts_under where node = {b}{|where}",
        "the text of {a} does not say it acts under {b}",
    ),
    p(
        "is/was {a} a/an {chapter} resolution/decision/text",
        "{a} -> acts_under where node = {b}{|where}",
        "the text of {a} does not say it acts under {b}",
    ),
    p(
        "is/was {a} a/an {k}",
        "{a}{where}",
        "the graph does not record {a} as of the kind asked, {kw} (`show {a}` gives the kind it records)",
    ),
    p(
        "did/does {a} act under {chapter}",
        "{a} -> acts_under where node = {b}{|where}",
        "the text of {a} does not say it acts under {b}",
    ),
    p(
        "under which/what chapter/chapters/article/articles of? the? charter? is/was/were {a} adopted/taken/passed?",
        "{a} -> acts_under",
        "the text of {a} states no chapter of the Charter it acts under",
    ),
    p(
        "{open} chapter/chapters/article/articles of? the? charter? is/was/were/does/did {a} adopted/taken/passed/act/acting? under",
        "{a} -> acts_under",
        "the text of {a} states no chapter of the Charter it acts under",
    ),
    p(
        "{open} the? legal? basis of {a}",
        "{a} -> acts_under",
        "the text of {a} states no chapter of the Charter it acts under",
    ),
    p(
        "what/which does/did/do {a} act/acts/acted under",
        "{a} -> acts_under",
        "the text of {a} states no chapter of the Charter it acts under",
    ),
    // rankings
    p(
        "{open} top? {n}? most often/frequently/commonly/widely/heavily? cited/referenced/quoted {k}? SUBJ {t}?",
        "all {k:documents}{where} | top {n:10} by citations",
        "",
    ),
    // `top 5 cited resolutions`: `top` says the ranking without `most`.
    p(
        "{open} top {n}? cited/referenced/quoted {k}? {t}?",
        "all {k:documents}{where} | top {n:10} by citations",
        "",
    ),
    // `which resolutions of 2015 were cited most often`: resolutions of 2015,
    // cited in any year.
    p(
        "{open} top? {n}? {k} {t} that/which? are/is/were/was cited/referenced the? most often/frequently?",
        "all {k:documents}{where} | top {n:10} by citations",
        "",
    ),
    // `which resolutions were cited most often in 2015`: the citations made
    // in 2015, by the documents of 2015, of documents of any year.
    p(
        "{open} top? {n}? {k} that/which? are/is/were/was cited/referenced the? most often/frequently? {t}",
        "all documents{when:held} | cited{|where} | top {n:10} by score",
        "no citation of {kw} by the documents of that time is recorded",
    ),
    p(
        "{open} top? {n}? {k} that/which? are/is/were/was cited/referenced the? most often/frequently?",
        "all {k:documents}{where} | top {n:10} by citations",
        "",
    ),
    // `which report is most cited`: the documents of the kind, the most
    // cited first.
    p(
        "{open} top? {n}? {k} {t}? that/which? are/is/were/was the? most often/frequently/commonly/widely? cited/referenced/quoted",
        "all {k:documents}{where} | top {n:10} by citations",
        "",
    ),
    // `what was cited most often in 2014`: the citations made in 2014.
    p(
        "{open} top? {n}? is/are/was/were cited/referenced the? most often/frequently? {t}",
        "all documents{when:held} | cited | top {n:10} by score",
        "no citation by the documents of that time is recorded",
    ),
    p(
        "{open} top? {n}? {k} that/which? with/having/has/have/had/got/gets/received/receives the? most citations {t}?",
        "all {k:documents}{where} | top {n:10} by citations",
        "",
    ),
    p(
        "{open} top? {n}? most often/frequently/commonly/widely? mentioned/named {k}?",
        "all {k}{where} | top {n:10} by mentions",
        "",
    ),
    p(
        "{open} top? {n}? {k} that/which? are/is/were/was mentioned/named the? most often?",
        "all {k}{where} | top {n:10} by mentions",
        "",
    ),
    p(
        "{open} top? {n}? {k} with/having the? most mentions",
        "all {k}{where} | top {n:10} by mentions",
        "",
    ),
    // `which countries abstained most`, `who voted against most often`: the
    // states ranked by the votes recorded for them (a note says how few
    // resolutions carry a vote record). A time (`in the 1990s`) narrows the
    // votes counted to those on resolutions of those years
    // (`abstained_1990_1999`), not the states ranked.
    p(
        "{open} top? {n}? {k}? that/which/who? abstained/abstain/abstains the? most often/frequently? {t}?",
        "all {k:states}{where} | top {n:10} by abstained{years}",
        "no state is recorded with such a vote (the notes say how many resolutions carry a vote record)",
    ),
    p(
        "{open} top? {n}? {k}? that/which/who? voted/votes/vote against the? most often/frequently? {t}?",
        "all {k:states}{where} | top {n:10} by voted_against{years}",
        "no state is recorded with such a vote (the notes say how many resolutions carry a vote record)",
    ),
    p(
        "{open} top? {n}? {k}? that/which/who? voted/votes/vote in favour/favor the? most often/frequently? {t}?",
        "all {k:states}{where} | top {n:10} by voted_in_favour{years}",
        "no state is recorded with such a vote (the notes say how many resolutions carry a vote record)",
    ),
    p(
        "{open} top? {n}? {k} SUBJ {t}? that/which? with/having/had/have the? most abstentions {t}?",
        "all {k}{where} | sort by abstentions desc | limit {n:10}",
        "",
    ),
    p(
        "{open} top? {n}? most influential/important/central {k}? {t}?",
        "all {k:documents}{where} | top {n:10} by pagerank",
        "",
    ),
    p(
        "{open} top? {n}? {k} that/which? cite/cites/cited/reference/references/referenced the? most other? documents/references/sources/texts/citations/resolutions/reports/letters? {t}?",
        "all {k:documents}{where} | top {n:10} by references",
        "",
    ),
    p(
        "{open} top? {n}? {k} that/which? with/having/has/have/had/makes/made the? most references {t}?",
        "all {k:documents}{where} | top {n:10} by references",
        "",
    ),
    // lists
    p(
        "{open} {k}? that/which? are/is/were/was? cited but/and not/never? in/missing/absent from/in? the? corpus/graph/collection/database/data",
        "all {k:documents}{where:stub}",
        "",
    ),
    p(
        "{open} {k}? that/which? are/is/were/was? cited but/and not/never held/stored/present/included/available",
        "all {k:documents}{where:stub}",
        "",
    ),
    p(
        "{open} {k} that/which? are/is/were/was? not/missing in/from the? corpus/graph/collection/database/data",
        "all {k}{where:stub}",
        "",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? are/is/were/was? in the? corpus/graph/collection/database/data {t}?",
        "all {k}{where:held}",
        "",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? are/is/were/was? held/stored/present/included/available (in the? corpus/graph/collection/database/data)? {t}?",
        "all {k}{where:held}",
        "",
    ),
    p("{open} {k} do/does we have/hold {t}?", "all {k}{where:held}", ""),
    p(
        "{open} {k} SUBJ {t}? that/which? were/was/are/is? not adopted? unanimously/unanimous {t}?",
        "all {k}{where:not unanimous}",
        "",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? were/was/are/is? adopted? unanimously/unanimous {t}?",
        "all {k}{where:unanimous}",
        "",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? were/was/are/is/have/has/had? been? adopted/passed/approved? without a/any? vote/voting {t}?",
        "all {k}{where:without_vote = true}",
        "",
    ),
    p(
        "was/were/is/did/has {a} adopted/passed/pass/approved/carried/carry unanimously/unanimous",
        "{a} where unanimous",
        "{a} was not adopted unanimously, by its recorded vote",
    ),
    p(
        "was/were/is {a} adopted/passed/approved without a/any? vote/voting",
        "{a} where without_vote = true",
        "{a} is not recorded as adopted without a vote",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? had/have/has/with/having abstentions/abstention/abstaining {t}?",
        "all {k}{where:abstentions > 0}",
        "",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? had/have/has/with/having/drew/got/received a/any? vote/votes against {t}?",
        "all {k}{where:against > 0}",
        "",
    ),
    p(
        "{open} {k} SUBJ {t}? that/which? had/have/has/with/having/drew/got/received a/any? negative votes/vote {t}?",
        "all {k}{where:against > 0}",
        "",
    ),
    // Any tally: `by 14 votes`, `by 13 votes to none with 2 abstentions`,
    // `with abstentions`, `unanimously`.
    p(
        "{open} {k}? SUBJ {t}? that/which? were/was/are/is/have/has/had? been? adopted/passed/approved/carried {t}? {vote} {t}?",
        "all {k:resolutions}{where}",
        "",
    ),
    p(
        "was/were/is/has {a} been? adopted/passed/approved/carried {vote}",
        "{a}{where}",
        "",
    ),
    p(
        "how many {k} SUBJ were/was/have/has/had? been? adopted/passed/issued/approved? in? each/every/per year {t}?",
        "all {k}{where} | group by year",
        "",
    ),
    // `how many resolutions did the Council adopt under Chapter VII in 2015`
    p(
        "{open} {k}? did/has/have the? security? council adopt/adopted/pass/passed {t}? under {chapter} SUBJ {t}?",
        "{a} <- acts_under{where}",
        "nothing in the graph says it acts under {a}",
    ),
    p(
        "{open} {k}? did/has/have the? security? council adopt/adopted/pass/passed/issue/issued {t}? SUBJ {t}?",
        "all {k:resolutions}{where}",
        "",
    ),
    // `what did the Council say about Somalia in 2008`: the texts that name
    // it (what they say is read in the texts themselves).
    p(
        "what did/has the? security? council say/said/decide/decided/do/done about/on/regarding/concerning {s} {t}?",
        "all resolutions{where}",
        "",
    ),
    // `what was adopted on 17 March 2011`, `… at the 6498th meeting`
    p(
        "{open} {k}? was/were/have/has/had been? adopted/passed/approved by? the? security? council? {t}",
        "all {k:resolutions}{where}",
        "",
    ),
    // `how many resolutions were adopted (in total)`: every one the graph
    // knows, the time not said.
    p(
        "{open} {k} SUBJ that/which? was/were/have/has/had? been? adopted/passed/approved/issued by? the? security? council?",
        "all {k}{where}",
        "",
    ),
    // Vetoes: drafts not adopted, on which a permanent member voted
    // against; the answer says what the corpus records of them.
    p(
        "{open} draft? resolution/resolutions/drafts/texts/proposals? that/which? was/were/have/has/had/got/get been? vetoed/blocked {t}?",
        "all draft_resolutions{where:vetoed}",
        "no vetoed draft is recorded",
    ),
    p(
        "{open} draft? resolution/resolutions/drafts/texts/proposals? that/which? was/were/have/has/had/got/get been? vetoed/blocked by {a} {t}?",
        "{a} -> voted{where:vetoed and position = \"against\"}",
        "no veto by {a} is recorded",
    ),
    // `which resolutions on Iraq were vetoed`: the vetoed drafts that name
    // the subject.
    p(
        "{open} draft? resolution/resolutions/drafts/texts/proposals SUBJ {t}? that/which? was/were/have/has/had/got/get been? vetoed/blocked {t}?",
        "all draft_resolutions{where:vetoed}",
        "no vetoed draft is recorded",
    ),
    p(
        "{open} draft? resolution/resolutions/drafts/texts/proposals SUBJ {t}? that/which? was/were/have/has/had/got/get been? vetoed/blocked by {a} {t}?",
        "{a} -> voted{where:vetoed and position = \"against\"}",
        "no veto by {a} is recorded",
    ),
    p(
        "was/were/has/have any/a draft? resolution/resolutions/drafts/texts/proposals SUBJ {t}? ever? been? vetoed/blocked {t}?",
        "all draft_resolutions{where:vetoed}",
        "no vetoed draft is recorded",
    ),
    p(
        "{open} vetoed draft? resolution/resolutions/drafts/texts/proposals? {t}?",
        "all draft_resolutions{where:vetoed}",
        "no vetoed draft is recorded",
    ),
    p(
        "{open} vetoes/veto were/was/have/has/had? there? cast/used/exercised? {t}?",
        "all draft_resolutions{where:vetoed}",
        "no vetoed draft is recorded",
    ),
    p(
        "{open} draft? resolution/resolutions/drafts/texts/proposals? did/has/have {a} veto/vetoed {t}?",
        "{a} -> voted{where:vetoed and position = \"against\"}",
        "no veto by {a} is recorded",
    ),
    p(
        "{open} vetoes/veto did/has/have {a} cast/use/used/exercise/exercised? {t}?",
        "{a} -> voted{where:vetoed and position = \"against\"}",
        "no veto by {a} is recorded",
    ),
    // `what is the Panel of Experts on Libya`: one node, before a kind and
    // its subject (`panel of experts` on `Libya`) can be read in it.
    // `who vetoed S/2017/172`: the permanent members that voted against a
    // vetoed draft (an adopted resolution was vetoed by none).
    // `which states vetoed draft resolutions on Syria`: the permanent
    // members that voted against the vetoed drafts.
    p(
        "who/which/what permanent? member/members/state/states/country/countries? vetoed/blocked draft? resolution/resolutions/drafts/texts/proposals SUBJ {t}?",
        "(all draft_resolutions{where:vetoed}) <- voted where position = \"against\" and permanent = true",
        "no vetoed draft is recorded",
    ),
    p(
        "who/which/what permanent? member/members/state/states/country/countries? vetoed/blocked {a}",
        "({a} where vetoed) <- voted where position = \"against\" and permanent = true",
        "{a} is not recorded as vetoed (a draft is vetoed when a permanent member votes against it and it is not adopted; a numbered resolution was adopted)",
    ),
    // `did Russia veto anything`: its vetoes, of any draft.
    p(
        "did/has/have {a} ever? veto/vetoed/block/blocked anything/something/any/a draft? resolution/resolutions/drafts/texts/proposals? SUBJ {t}?",
        "{a} -> voted{where:vetoed and position = \"against\"}",
        "no veto by {a} is recorded",
    ),
    p(
        "did/has {a} veto/vetoed/block/blocked {b}",
        "({b} where vetoed) <- voted where node = {a} and position = \"against\" and permanent = true",
        "{b} is not recorded as vetoed by {a} (a draft is vetoed when a permanent member votes against it and it is not adopted; a numbered resolution was adopted)",
    ),
    // `is S/2015/579 in the corpus`: whether the graph holds its text.
    p(
        "is/was/are/were the? text? of? {a} held/stored/present/included/available (in the? corpus/graph/collection/database/data)?",
        "{a} where held",
        HELD_NOTE,
    ),
    p(
        "is/was/are/were the? text? of? {a} in the? corpus/graph/collection/database/data",
        "{a} where held",
        HELD_NOTE,
    ),
    p(
        "do/does the? we/you/unxref/corpus/graph/collection/database have/hold/contain/include the? text? of? {a} (in the? corpus/graph/collection/database/data)?",
        "{a} where held",
        HELD_NOTE,
    ),
    p(
        "is/was {a} about/on/concerning/regarding {b}",
        "{a} -> mentions|cites where node = {b}",
        "no mention of {b} is recorded in the text of {a}",
    ),
    p(
        "was/is/were {a} vetoed/blocked",
        "{a} where vetoed",
        "{a} is not recorded as vetoed (a draft is vetoed when a permanent member votes against it and it is not adopted; a numbered resolution was adopted)",
    ),
    p("{open} is/was {a} about?", "show {a}", ""),
    p(
        "{open} {k} {t}? that/which? are/is/were/was? on/about/concerning/regarding either? {a} or {b} {t}?",
        "({a} <- mentions union {b} <- mentions){where}",
        "",
    ),
    p(
        "{open} {k} {t}? that/which? are/is/were/was? on/about/concerning/regarding both {a} and {b} {t}?",
        "({a} <- mentions intersect {b} <- mentions){where}",
        "",
    ),
    p(
        "{open} {k} {t}? that/which? are/is/were/was? on/about/concerning/regarding {a} but/and not {b} {t}?",
        "({a} <- mentions except {b} <- mentions){where}",
        "",
    ),
    // "which year had the most resolutions": the years, the busiest first.
    p(
        "which/what year/years had/saw/has/have the? most {k} SUBJ {t}?",
        "all {k}{where} | group by year | sort by count desc | limit 5",
        "",
    ),
    // `what year had the most resolutions citing 1325`: the texts citing a
    // document, of the kind asked, by year (or decade), the most first.
    p(
        "which/what year/years had/saw/has/have the? most {k} SUBJ {t}? THAT to? {v} {a} {t}?",
        "{a} <- cites{where} | group by year | sort by count desc | limit 5",
        "nothing in the graph cites {a}",
    ),
    p(
        "which/what decade/decades had/saw/has/have the? most {k} SUBJ {t}? THAT to? {v} {a} {t}?",
        "{a} <- cites{where} | group by decade | sort by count desc | limit 5",
        "nothing in the graph cites {a}",
    ),
    p(
        "in? which/what year/years was/were/did the? most {k} SUBJ {t}? adopted/passed/issued/published/adopt/pass/issue? {t}?",
        "all {k}{where} | group by year | sort by count desc | limit 5",
        "",
    ),
    p(
        "{open} the? year/years with the most {k} SUBJ {t}?",
        "all {k}{where} | group by year | sort by count desc | limit 5",
        "",
    ),
    // `which decade had the most resolutions`, `in which month were the
    // most resolutions adopted` (a month of a year, `2014-12`): the same by
    // decade, by month.
    p(
        "which/what decade/decades had/saw/has/have the? most {k} SUBJ {t}?",
        "all {k}{where} | group by decade | sort by count desc | limit 5",
        "",
    ),
    p(
        "in? which/what decade/decades was/were/did the? most {k} SUBJ {t}? adopted/passed/issued/published/adopt/pass/issue? {t}?",
        "all {k}{where} | group by decade | sort by count desc | limit 5",
        "",
    ),
    p(
        "which/what month/months had/saw/has/have the? most {k} SUBJ {t}?",
        "all {k}{where} | group by month | sort by count desc | limit 5",
        "",
    ),
    p(
        "in? which/what month/months was/were/did the? most {k} SUBJ {t}? adopted/passed/issued/published/adopt/pass/issue? {t}?",
        "all {k}{where} | group by month | sort by count desc | limit 5",
        "",
    ),
    // `which year cited 1325 most`, `in which year was Mali mentioned most`:
    // the texts citing a document or naming an actor, by year, the most first.
    p(
        "in? which/what year/years cited/mentioned/referenced/named {a} the? most often/frequently?",
        "{a} <- cites|mentions | group by year | sort by count desc | limit 5",
        "",
    ),
    p(
        "in? which/what year/years was/were/is {a} cited/mentioned/referenced/named the? most often/frequently?",
        "{a} <- cites|mentions | group by year | sort by count desc | limit 5",
        "",
    ),
    // `which year had the most Chapter VII resolutions`: those that act
    // under it, by year.
    p(
        "which/what year/years had/saw/has/have the most {chapter} {k} SUBJ {t}?",
        "{a} <- acts_under{where} | group by year | sort by count desc | limit 5",
        "",
    ),
    // `which sanctions committees exist`
    p("{open} {k} exist/existed", "all {k}{where}", ""),
    p("{open} {k} {t} SUBJ", "all {k}{where}", ""),
    p("{open} {k} SUBJ {t}?", "all {k}{where}", ""),
    // `resolutions on Mali and Niger`: both, when `Mali and Niger` is not
    // itself a name (`Bosnia and Herzegovina` is read above).
    p(
        "{open} {k} {t}? that/which? are/is/were/was? on/about/concerning/regarding {a} and {b} {t}?",
        "({a} <- mentions intersect {b} <- mentions){where}",
        "",
    ),
    // `Chapter VII resolutions in 2011`: the documents that act under the
    // chapter (those that only name it are `resolutions mentioning Chapter
    // VII`); `MINUSMA resolutions`: the documents that name the body.
    p(
        "how many {chapter} {k} SUBJ {t}? were/was/are/is/have/has/had? been? adopted/passed/issued? {t}?",
        "{a} <- acts_under{where} | count",
        "",
    ),
    p(
        "(which/what/list/show/display/give/find/get me? all?)? the? {chapter} {k} SUBJ {t}?",
        "{a} <- acts_under{where}",
        "nothing in the graph says it acts under {a}",
    ),
    p(
        "which/what are/were the? {chapter} {k} SUBJ {t}?",
        "{a} <- acts_under{where}",
        "nothing in the graph says it acts under {a}",
    ),
    p(
        "how many {a} {k} {t}? were/was/are/is/have/has/had? been? adopted/passed/issued? {t}?",
        "{a} <- mentions{where} | count",
        "",
    ),
    p(
        "(list/show/display/give/find/get me? all?)? the? {a} {k} {t}?",
        "{a} <- mentions{where}",
        "nothing in the graph names {a}",
    ),
    p(
        "which/what are/were the? {a} {k} {t}?",
        "{a} <- mentions{where}",
        "nothing in the graph names {a}",
    ),
    // `what resolutions were passed about Rwanda in 1994`: the subject
    // said after the verb; last, so that a date (`adopted on 17
    // March 2011`) is read as one first.
    p(
        "{open} {k}? was/were/have/has/had? been? adopted/passed/approved/issued by? the? security? council? {t}? on/about/concerning/regarding/over/addressing with? {s} {t}?",
        "all {k:resolutions}{where}",
        "",
    ),
    // one node
    p("show/describe/display/open me? {a}", "show {a}", ""),
    p("tell me? about {a}", "show {a}", ""),
    p(
        "what/which kind/type/sort of document/text/node/thing? is/was {a}",
        "show {a}",
        "",
    ),
    p(
        "details/info/information/everything on/about/for/of {a}",
        "show {a}",
        "",
    ),
];

/// The words `{open}` may take before a question's kind: `which`, `list
/// all the`, `show me`, `how many` (which counts), ….
const OPENERS: &[&str] = &[
    "which",
    "what",
    "who",
    "list",
    "find",
    "show",
    "give",
    "get",
    "display",
    "me",
    "all",
    "the",
    "are",
    "were",
    "was",
    "there",
    "any",
    "please",
    "can",
    "could",
    "you",
    "i",
    "want",
    "to",
    "see",
    "those",
    "of",
    "is",
    "tell",
    "do",
    "we",
    "every",
    "each",
    "return",
    "fetch",
    "search",
    "for",
    "name",
    "a",
    "an",
    "some",
    "these",
    "how",
    "many",
    "much",
    "number",
    "count",
    "top",
    "everything",
    "anything",
    "else",
];

/// The words a question starts with, for a first word mistyped (`whta`).
const QUESTION_WORDS: &[&str] = &[
    "what", "which", "who", "whose", "how", "when", "where", "list", "show", "find",
];

/// Verbs of `{v}`: to cite.
const CITE_VERBS: &[&str] = &[
    "cite",
    "cites",
    "cited",
    "citing",
    "reference",
    "references",
    "referenced",
    "referencing",
    "quote",
    "quotes",
    "quoted",
    "quoting",
    "invoke",
    "invokes",
    "invoked",
    "invoking",
];

/// Verbs of `{v}` followed by `to`: `refers to`.
const CITE_TO_VERBS: &[&str] = &["refer", "refers", "referred", "referring"];

/// Verbs of `{v}` followed by `on`: `builds on`.
const CITE_ON_VERBS: &[&str] = &[
    "build", "builds", "built", "building", "draw", "draws", "drew", "drawing",
];

/// Numbers in words, for `{n}` and depths.
const NUMBER_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen",
];

/// Decades in words, from the forties on.
const DECADE_WORDS: &[&str] = &[
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// How many documents `the latest resolutions` (a plural, no number)
/// stands for.
const FEW: u64 = 5;

/// Whether a kind as typed is plural (`resolutions`, `reports of the
/// Secretary-General`, `PRSTs`), not one (`resolution`, `report`). The
/// desk's `res` is both (`how many res on Sudan`): read as the plural, whose
/// first row is the singular's answer, and the note says how it was read.
fn plural_kind(typed: &str) -> bool {
    let text = without_kind_prefix(typed);
    let head = text.split(" of ").next().unwrap_or(text);
    let noun = head.rsplit(' ').next().unwrap_or(head);
    noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss")
        || matches!(noun, "people" | "res" | "resos" | "resns" | "prsts")
}

/// `between 2020 and 2010`, `from 2012 to 2004`: a range of years said
/// latest first, which is read in order; what to say of it.
fn reversed_range(toks: &[Tok]) -> Option<String> {
    toks.windows(4).find_map(|w| {
        let [first, a, sep, b] = w else { return None };
        let seps: &[&str] = match first.lower.as_str() {
            "between" => &["and", "-", "–"],
            "from" => &["to", "until", "till", "through", "-", "–"],
            _ => return None,
        };
        let (a, b) = (year(a)?, year(b)?);
        (seps.contains(&sep.lower.as_str()) && a > b).then(|| {
            format!(
                "\"{} {a} {} {b}\" is read as the years {b} to {a}",
                first.lower, sep.lower
            )
        })
    })
}

/// A number written in digits or as a word (`two`).
fn number(t: &Tok) -> Option<u64> {
    match t.class {
        Class::Number => t.lower.parse().ok(),
        Class::Word => NUMBER_WORDS.iter().position(|w| *w == t.lower).map(|n| n as u64),
        _ => None,
    }
}

/// Verbs of `{r}`: what a citation's relation contains.
const RELATIONS: &[(&str, &str)] = &[
    ("recall recalls recalled recalling", "recall"),
    ("reaffirm reaffirms reaffirmed reaffirming", "reaffirm"),
    ("welcome welcomes welcomed welcoming", "welcom"),
    ("endorse endorses endorsed endorsing", "endors"),
    ("note notes noted noting", "not"),
    ("reiterate reiterates reiterated reiterating", "reiterat"),
    ("implement implements implemented implementing", "implement"),
];

/// Multi-word verbs of `{r}`.
const RELATION_PHRASES: &[(&[&str], &str)] = &[
    (&["take", "note", "of"], "note"),
    (&["takes", "note", "of"], "note"),
    (&["took", "note", "of"], "note"),
    (&["taking", "note", "of"], "note"),
    (&["taken", "note", "of"], "note"),
    (&["act", "pursuant", "to"], "pursuant"),
    (&["acts", "pursuant", "to"], "pursuant"),
];

/// Kind words people use that the formal language spells differently.
const KIND_SYNONYMS: &[(&str, &str)] = &[
    ("prsts", "presidential statements"),
    ("prst", "presidential statements"),
    // The press's and the desk's short forms (`how many res on Sudan`).
    ("res", "resolutions"),
    ("reso", "resolutions"),
    ("resos", "resolutions"),
    ("resns", "resolutions"),
    // `which SCRs mention Liberia`: the plural of the symbol's short form
    // (`SCR 1325`, `UNSCR 1325` are names: see DOC_PREFIXES).
    ("scrs", "resolutions"),
    ("unscrs", "resolutions"),
    ("organizations", "actors"),
    ("organisations", "actors"),
    ("bodies", "actors"),
    ("body", "actor"),
    ("entities", "actors"),
    ("entity", "actor"),
    ("organization", "actor"),
    ("organisation", "actor"),
    ("texts", "documents"),
    ("items", "documents"),
    ("decisions", "resolutions"),
    // A mandate is a body's: `which mandates ended in 1999` asks for bodies.
    ("mandates", "actors"),
    ("members", "states"),
    ("member", "state"),
    ("delegations", "states"),
];

/// Kind words that name actors of one category: `missions` are the actors
/// whose category is `mission` (`where kind = "actors" and category =
/// "mission"`).
const CATEGORY_KINDS: &[(&str, &str)] = &[
    ("missions", "mission"),
    ("mission", "mission"),
    ("operations", "mission"),
    ("operation", "mission"),
    ("peacekeeping missions", "mission"),
    ("peacekeeping operations", "mission"),
    ("peace-keeping operations", "mission"),
    ("peace operations", "mission"),
    ("committees", "committee"),
    ("committee", "committee"),
    // The committees that oversee a sanctions regime, not the Counter-
    // Terrorism Committee nor the Council's ad hoc committees (resolve.rs,
    // `SANCTIONS_COMMITTEES_FOUNDED_BY`).
    ("sanctions committees", "sanctions committee"),
    ("sanctions committee", "sanctions committee"),
    ("panels", "panel"),
    ("panel", "panel"),
    ("panels of experts", "panel"),
    ("panel of experts", "panel"),
    ("groups of experts", "panel"),
    ("group of experts", "panel"),
    ("expert panels", "panel"),
    ("armed groups", "armed_group"),
    ("armed group", "armed_group"),
    ("courts", "court"),
    ("tribunals", "court"),
    ("agencies", "agency"),
    ("forces", "force"),
    ("multinational forces", "force"),
    ("offices", "office"),
];

/// The category a kind of actor names (`a peacekeeping mission` →
/// `mission`), for messages about words that name a kind, not a node.
pub(crate) fn category_kind_of(typed: &str) -> Option<&'static str> {
    category_kind(typed)
}

/// The category a kind as typed names (`missions` → `mission`), after the
/// words that do not change it.
fn category_kind(typed: &str) -> Option<&'static str> {
    // Each kind's singular made once: the phrase matcher asks of every
    // span of words it tries (40% of the time of a question of 200 names).
    static SINGULARS: LazyLock<Vec<String>> =
        LazyLock::new(|| CATEGORY_KINDS.iter().map(|(w, _)| singular(w)).collect());
    let text = without_kind_prefix(typed);
    CATEGORY_KINDS
        .iter()
        .zip(SINGULARS.iter())
        .find(|((w, _), one)| *w == text || one.as_str() == text)
        .map(|((_, c), _)| *c)
}

/// A kind's words in the singular, as said after `a`/`an` (`a peacekeeping
/// mission`, `a panel of experts`, `an agency`): the noun before `of`, else
/// the last word.
fn singular(kind: &str) -> String {
    let (head, tail) = match kind.find(" of ") {
        Some(at) => kind.split_at(at),
        None => (kind, ""),
    };
    let (before, noun) = head.rsplit_once(' ').map_or(("", head), |(b, n)| (b, n));
    let one = if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else {
        noun.strip_suffix('s').unwrap_or(noun).to_string()
    };
    let sep = if before.is_empty() { "" } else { " " };
    format!("{before}{sep}{one}{tail}")
}

/// A kind as typed without the words in front that do not change it
/// (`Security Council resolutions` → `resolutions`).
fn without_kind_prefix(mut typed: &str) -> &str {
    // `UN Security Council resolutions`: as many of them as stand there.
    while let Some(rest) = KIND_PREFIXES
        .iter()
        .find_map(|p| typed.strip_prefix(p)?.strip_prefix(' '))
    {
        typed = rest;
    }
    typed
}

/// Words in front of a kind that do not change it: `Security Council resolutions`.
const KIND_PREFIXES: &[&str] = &[
    "later",
    "subsequent",
    "other",
    "security council",
    "united nations",
    "sc",
    "un",
    "u.n.",
    "council",
    "secretary-general",
    "sg",
    "secretary-general's",
];

/// Words after a kind that do not change it: `reports of the
/// Secretary-General` (the graph's reports are the Secretary-General's and
/// the Council's subsidiary bodies'; see [`KIND_PREFIXES`]).
const KIND_SUFFIXES: &[&str] = &[
    " of the secretary-general",
    " of the secretary general",
    " by the secretary-general",
    " of the security council",
    " of the council",
    " by the security council",
    " by the council",
];

/// Organs named in front of a kind or after it (`Human Rights Council
/// resolutions`, `resolutions of ECOSOC`), with the name the query field
/// `organ` compares with. The Security Council's are [`KIND_PREFIXES`]: its
/// documents are the graph's own.
const ORGAN_WORDS: &[(&str, &str)] = &[
    ("human rights council", "Human Rights Council"),
    ("hrc", "Human Rights Council"),
    ("un human rights council", "Human Rights Council"),
    ("economic and social council", "Economic and Social Council"),
    ("ecosoc", "Economic and Social Council"),
    ("commission on human rights", "Commission on Human Rights"),
    ("human rights commission", "Commission on Human Rights"),
    ("general assembly", "General Assembly"),
    ("ga", "General Assembly"),
    ("unga", "General Assembly"),
];

/// A kind as typed split into the organ it names and the kind's own words:
/// `Human Rights Council resolutions` → (`Human Rights Council`,
/// `resolutions`), `reports of the Economic and Social Council` likewise.
fn organ_kind(typed: &str) -> Option<(&'static str, &str)> {
    ORGAN_WORDS.iter().find_map(|&(words, organ)| {
        let front = typed.strip_prefix(words).and_then(|r| r.strip_prefix(' '));
        let back = || {
            let rest = typed.strip_suffix(words)?.strip_suffix(' ')?;
            rest.strip_suffix(" of the")
                .or_else(|| rest.strip_suffix(" of"))
                .or_else(|| rest.strip_suffix(" by the"))
                .or_else(|| rest.strip_suffix(" by"))
        };
        front
            .or_else(back)
            .filter(|r| !r.is_empty())
            .map(|rest| (organ, rest))
    })
}

/// The kind an organ's kind words stand for (`Human Rights Council
/// resolutions` → `organ_resolutions`, `General Assembly resolutions` →
/// `ga_resolutions`, `ECOSOC documents` → `documents`), with the organ.
fn organ_kind_words(typed: &str) -> Option<(&'static str, String)> {
    let (organ, rest) = organ_kind(typed)?;
    let kind = match rest {
        "resolution" | "resolutions" if organ == "General Assembly" => "ga_resolutions".to_string(),
        "resolution" | "resolutions" => "organ_resolutions".to_string(),
        _ => rest.to_string(),
    };
    Some((organ, kind))
}

/// What may follow `Chapter VII` in a question, as the chapter's node has
/// its names (`Chapter VII of the Charter of the United Nations`).
const CHARTER_TAILS: &[&[&str]] = &[
    &[],
    &["of", "the", "charter"],
    &["of", "the", "charter", "of", "the", "united", "nations"],
    &["of", "the", "united", "nations", "charter"],
    &["of", "the", "un", "charter"],
];

/// The chapter of the Charter an article belongs to (Article 41 is in
/// Chapter VII), as the chapter's node is named.
fn article_chapter(n: u32) -> Option<&'static str> {
    const CHAPTERS: &[(u32, &str)] = &[
        (2, "I"),
        (6, "II"),
        (8, "III"),
        (22, "IV"),
        (32, "V"),
        (38, "VI"),
        (51, "VII"),
        (54, "VIII"),
        (60, "IX"),
        (72, "X"),
        (74, "XI"),
        (85, "XII"),
        (91, "XIII"),
        (96, "XIV"),
        (101, "XV"),
        (105, "XVI"),
        (107, "XVII"),
        (109, "XVIII"),
        (111, "XIX"),
    ];
    if n == 0 {
        return None;
    }
    CHAPTERS.iter().find(|(last, _)| n <= *last).map(|(_, c)| *c)
}

/// The condition on an `acts_under` edge's `pinpoint` that the text names
/// article `n` in its basis ("Article 41", "Articles 39 and 41"): the
/// number among the articles of its chapter, which no other of them holds
/// (39 to 51); a one-digit number with the word before it ("Article 2 (1)"
/// holds a 1).
fn article_condition(n: u32) -> String {
    if n < 10 {
        format!("pinpoint ~ \"article {n}\"")
    } else {
        format!("pinpoint ~ \"{n}\"")
    }
}

/// Words in front of a document number that do not change it: `resolution 1325`.
const DOC_PREFIXES: &[&str] = &[
    "the",
    "resolution",
    "res",
    "reso",
    "resol",
    "scr",
    "unscr",
    "document",
    "doc",
    "security",
    "council",
    "sc",
    "un",
    "draft",
    "report",
    "presidential",
    "statement",
    "letter",
    "symbol",
    "no",
    "number",
    "nr",
    "of",
    "for",
    "by",
    "from",
    "dated",
    "secretary-general",
    "secretary-general's",
    "sg",
];

/// The words of [`DOC_PREFIXES`] long enough that a word one or two edits
/// from them before a number is one of them mistyped (`resolutoin 2531`).
const MISTYPED_PREFIXES: &[&str] = &["resolution", "document", "report", "statement", "letter"];

/// What a question wanted where it has a mistyped word for a document.
pub(crate) const DOCUMENT_WANTED: &str = "a document (resolution 1325, S/2013/189, …)";

/// Whether a word is one of [`DOC_PREFIXES`], abbreviated or not (`res.`,
/// `no.`).
fn doc_prefix(t: &Tok) -> bool {
    DOC_PREFIXES.contains(&t.lower.trim_end_matches('.'))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Number,
    Symbol,
    Quoted,
    Possessive,
    Other,
}

#[derive(Debug, Clone)]
struct Tok {
    lower: String,
    span: Range<usize>,
    class: Class,
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?x)
          (?P<q>"(?:[^"\\]|\\.)*"|“[^”]*”|‘[^’]*’|'[^'\s][^']*')
        | (?P<sym>[A-Za-z]{1,4}(?:/[A-Za-z0-9.\-]+)+(?:[\ ]*\((?:\d{4}|[A-Za-z]{1,7})\))?)
        | (?P<num>\d+(?:/\d+|[\ ]*\(\d{4}\))(?:[\ ]*\(\d{4}\))?
            | \d+[\ ]*\([IVXLCivxlc]{1,7}\)
            | (?:ES|es|S|s)-\d+/\d+)
        | (?P<w>[\p{L}\p{N}_][\p{L}\p{N}_.:\-]*(?:['’][\p{L}\p{N}]+)*)
        | (?P<poss>['’]s?)
        | (?P<o>\S)
        "#,
    )
    .expect("the token pattern is valid")
});

fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    for c in TOKEN.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let s = m.as_str();
        let lower = s.to_lowercase();
        let class = if c.name("q").is_some() {
            Class::Quoted
        } else if c.name("sym").is_some() {
            Class::Symbol
        } else if c.name("num").is_some() {
            Class::Number
        } else if c.name("poss").is_some() {
            Class::Possessive
        } else if c.name("w").is_some() {
            if let Some(rest) = lower.strip_prefix("most-") {
                // `most-cited` is `most cited`.
                let cut = m.start() + 4;
                out.push(Tok {
                    lower: "most".into(),
                    span: m.start()..cut,
                    class: Class::Word,
                });
                out.push(Tok {
                    lower: rest.to_string(),
                    span: cut + 1..m.end(),
                    class: Class::Word,
                });
                continue;
            }
            if s.chars().all(|c| c.is_ascii_digit()) {
                Class::Number
            } else if let Some(stem) = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")) {
                // `MINUSMA's`: the name, then the possessive.
                let cut = m.start() + stem.len();
                out.push(Tok {
                    lower: stem.to_string(),
                    span: m.start()..cut,
                    class: if stem.chars().all(|c| c.is_ascii_digit()) {
                        Class::Number
                    } else {
                        Class::Word
                    },
                });
                out.push(Tok {
                    lower: "'s".into(),
                    span: cut..m.end(),
                    class: Class::Possessive,
                });
                continue;
            } else {
                Class::Word
            }
        } else if s == "," {
            continue;
        } else {
            Class::Other
        };
        let lower = if class == Class::Possessive {
            "'s".to_string()
        } else {
            lower
        };
        out.push(Tok {
            lower,
            span: m.start()..m.end(),
            class,
        });
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum El {
    Lit(Vec<String>),
    Slot(char),
    Opt(Vec<El>),
}

fn compile(pattern: &str) -> Vec<El> {
    let pattern = pattern
        .replace(
            "SUBJ",
            "(that/which? are/is/were/was? on/about/concerning/regarding/concern/concerns/concerned/address/addresses/addressed/addressing/deal/deals/dealt/dealing/mention/mentions/mentioning/name/names/naming with? {s})?",
        )
        .replace("THAT", "that/which/who? have/has/had/do/does/did/also? also?")
        .replace(
            "ASK",
            "(what/which is/are/was/were the?)? (show/list/display/give/find/get me? all? the?)?",
        );
    let mut stack: Vec<Vec<El>> = vec![Vec::new()];
    for w in pattern.split_whitespace() {
        if w == "(" || w.starts_with('(') && w.len() > 1 && !w.starts_with("({") {
            stack.push(Vec::new());
            let rest = w.trim_start_matches('(');
            if !rest.is_empty() {
                push(&mut stack, rest);
            }
            continue;
        }
        if w.starts_with("({") {
            stack.push(Vec::new());
            push(&mut stack, &w[1..]);
            continue;
        }
        if let Some(inner) = w.strip_suffix(")?") {
            if !inner.is_empty() {
                push(&mut stack, inner);
            }
            let group = stack.pop().unwrap_or_default();
            if let Some(top) = stack.last_mut() {
                top.push(El::Opt(group));
            }
            continue;
        }
        push(&mut stack, w);
    }
    stack.into_iter().next().unwrap_or_default()
}

fn push(stack: &mut [Vec<El>], w: &str) {
    let (w, optional) = match w.strip_suffix('?') {
        Some(w) => (w, true),
        None => (w, false),
    };
    let el = if let Some(slot) = w.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
        El::Slot(match slot {
            "open" => 'o',
            "doc" => 'D',
            "chapter" => 'C',
            "cited" => 'K',
            "vote" => 'V',
            other => other.chars().next().unwrap_or('a'),
        })
    } else {
        El::Lit(w.split('/').map(str::to_string).collect())
    };
    if let Some(top) = stack.last_mut() {
        top.push(if optional { El::Opt(vec![el]) } else { el });
    }
}

static COMPILED: LazyLock<Vec<Vec<El>>> =
    LazyLock::new(|| PHRASES.iter().map(|p| compile(p.pattern)).collect());

/// What a match bound: token ranges of the names, and the other slots' values.
#[derive(Debug, Clone, Default)]
struct Bound {
    a: Option<Range<usize>>,
    b: Option<Range<usize>>,
    s: Option<Range<usize>>,
    kind: Option<(String, String)>,
    n: Option<u64>,
    time: Option<String>,
    /// An article of the Charter a `{chapter}` slot took (`Article 41`):
    /// the slot it filled and the article's number.
    article: Option<(char, u32)>,
    depth: Option<String>,
    relation: Option<&'static str>,
    count: bool,
    /// The conditions on the tally a `{vote}` slot took (`by 14 votes to
    /// none, with 1 abstention`: `in_favour = 14 and against = 0 and
    /// abstentions = 1`).
    vote: Option<String>,
    /// The kind a `{cited}` slot took: the documents cited
    /// (`presidential statements` in "which resolutions cite presidential
    /// statements"), as the formal kind and as typed.
    cited: Option<(String, String)>,
    /// The name slots that hold a question of their own (`the latest
    /// resolution on Haiti` in "what does the latest resolution on Haiti
    /// cite"), read by the phrase table and put in parentheses.
    nested: Vec<char>,
    /// The kind was said with `in the corpus` after it (`the latest
    /// resolution in the corpus`): the documents whose text the graph holds.
    held: bool,
}

/// The furthest token a failed match reached, and the words it wanted there.
#[derive(Debug, Default)]
struct Miss {
    at: usize,
    wanted: Vec<String>,
    /// Every spelling of the words wanted there.
    spellings: Vec<String>,
}

impl Miss {
    fn want(&mut self, at: usize, what: &str) {
        self.reach(at);
        if at == self.at && !self.wanted.iter().any(|w| w == what) {
            self.wanted.push(what.to_string());
        }
    }

    fn near(&mut self, at: usize, spellings: &[String]) {
        self.reach(at);
        if at == self.at {
            self.spellings.extend(spellings.iter().cloned());
        }
    }

    fn reach(&mut self, at: usize) {
        if at > self.at {
            self.at = at;
            self.wanted.clear();
            self.spellings.clear();
        }
    }

    /// Take in what another pattern's match wanted.
    fn merge(&mut self, other: Miss) {
        if other.at > self.at {
            *self = other;
        } else if other.at == self.at {
            for w in other.wanted {
                if !self.wanted.contains(&w) {
                    self.wanted.push(w);
                }
            }
            self.spellings.extend(other.spellings);
        }
    }
}

struct Matcher<'t> {
    toks: &'t [Tok],
    found: Vec<Bound>,
    miss: Miss,
    budget: usize,
}

impl Matcher<'_> {
    fn run(&mut self, els: &[El], i: usize, b: Bound, rest: &[&[El]]) {
        if self.budget == 0 || self.found.len() >= 16 {
            return;
        }
        self.budget -= 1;
        let Some((el, tail)) = els.split_first() else {
            if let Some((next, more)) = rest.split_first() {
                return self.run(next, i, b, more);
            }
            if i == self.toks.len() {
                self.found.push(b);
            } else if self.names_plausible(&b) {
                self.miss.want(i, "the end of the question");
            }
            return;
        };
        match el {
            El::Lit(alts) => match self.toks.get(i) {
                Some(t) if alts.contains(&t.lower) => self.run(tail, i + 1, b, rest),
                // A reading that took words no name is made of (`dose 2531`
                // in `what dose 2531 cite`) says nothing of what was meant.
                _ if !self.names_plausible(&b) => {}
                _ => {
                    // The first spelling is the one an error offers; every
                    // spelling may be the one a typo was near.
                    // `and` between two names (`what do 2531 and 2532 have
                    // in common`) is no word to end a question on: say what
                    // it joins.
                    if let Some(first) = alts.first() {
                        let joins = matches!(first.as_str(), "and" | "or")
                            && matches!(tail.first(), Some(El::Slot(_)));
                        let what = if joins {
                            format!("\"{first}\" with another name")
                        } else {
                            format!("\"{first}\"")
                        };
                        self.miss.want(i, &what);
                    }
                    self.miss.near(i, alts);
                }
            },
            El::Opt(group) => {
                let mut inner: Vec<&[El]> = vec![tail];
                inner.extend_from_slice(rest);
                self.run(group, i, b.clone(), &inner);
                self.run(tail, i, b, rest);
            }
            El::Slot(slot) => {
                for (j, nb) in self.slot(*slot, i, &b) {
                    self.run(tail, j, nb, rest);
                }
            }
        }
    }

    /// Whether every name `b` binds could be a name (see [`name_text`]).
    fn names_plausible(&self, b: &Bound) -> bool {
        [('a', &b.a), ('b', &b.b), ('s', &b.s)]
            .into_iter()
            .all(|(slot, r)| {
                r.as_ref().is_none_or(|r| {
                    b.article.is_some_and(|(s, _)| s == slot) || plausible_name(&self.toks[r.clone()])
                })
            })
    }

    /// The ways a slot can match from token `i`: where it ends, what it binds.
    fn slot(&mut self, slot: char, i: usize, b: &Bound) -> Vec<(usize, Bound)> {
        let toks = self.toks;
        let mut out = Vec::new();
        match slot {
            'D' => {
                // `{doc}`: a document by number or symbol, as `{a}`.
                let mut j = i;
                while toks.get(j).is_some_and(doc_prefix) {
                    j += 1;
                }
                match toks.get(j) {
                    Some(t) if matches!(t.class, Class::Number | Class::Symbol) => {
                        let mut nb = b.clone();
                        nb.a = Some(i..j + 1);
                        out.push((j + 1, nb));
                    }
                    _ => self.miss.want(i, "a document (2531, S/RES/2531 (2020))"),
                }
            }
            'C' => {
                // `{chapter}`: a chapter of the Charter as a name (`Chapter
                // VII`, `Chapter VII of the Charter`: the node's names), or
                // an article (`Article 41`): its chapter, and the article
                // asked of the basis the text states.
                let numeral = toks.get(i + 1).map(|t| t.lower.as_str());
                let slot_of = |nb: &mut Bound, r: Range<usize>| {
                    // The second name of the question when a first is bound.
                    if nb.a.is_none() {
                        nb.a = Some(r);
                        'a'
                    } else {
                        nb.b = Some(r);
                        'b'
                    }
                };
                let tails = |at: usize| -> Vec<usize> {
                    CHARTER_TAILS
                        .iter()
                        .filter(|tail| {
                            toks.get(at..at + tail.len())
                                .is_some_and(|ws| ws.iter().zip(tail.iter()).all(|(t, w)| t.lower == *w))
                        })
                        .map(|tail| at + tail.len())
                        .collect()
                };
                let article = toks
                    .get(i + 1)
                    .filter(|_| {
                        toks.get(i)
                            .is_some_and(|t| matches!(t.lower.as_str(), "article" | "art" | "art."))
                    })
                    .filter(|t| t.class == Class::Number)
                    .and_then(|t| t.lower.parse::<u32>().ok())
                    .filter(|n| article_chapter(*n).is_some());
                if let Some(n) = article {
                    // `Article 41 of Chapter VII of the Charter`
                    let mut at = vec![i + 2];
                    if toks.get(i + 2).is_some_and(|t| t.lower == "of")
                        && toks.get(i + 3).is_some_and(|t| t.lower == "chapter")
                        && toks.get(i + 4).is_some_and(|t| {
                            Some(t.lower.as_str()) == article_chapter(n).map(|c| c.to_lowercase()).as_deref()
                        })
                    {
                        at.push(i + 5);
                    }
                    for start in at {
                        for end in tails(start) {
                            let mut nb = b.clone();
                            let which = slot_of(&mut nb, i..end);
                            nb.article = Some((which, n));
                            out.push((end, nb));
                        }
                    }
                } else if toks.get(i).is_some_and(|t| t.lower == "chapter")
                    && numeral.is_some_and(|n| {
                        !n.is_empty() && n.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                            // `chapter 7`: the resolver reads the number as Chapter VII.
                            || n.parse::<u32>().is_ok_and(|n| (1..=19).contains(&n))
                    })
                {
                    for end in tails(i + 2) {
                        let mut nb = b.clone();
                        slot_of(&mut nb, i..end);
                        out.push((end, nb));
                    }
                } else {
                    self.miss.want(
                        i,
                        "a chapter or an article of the Charter (Chapter VII, Article 41)",
                    );
                }
            }
            'a' | 'b' | 's' => {
                for j in i + 1..=toks.len().min(i + MAX_NAME_WORDS) {
                    // A possessive inside a name (`the Democratic People's
                    // Republic of Korea`) is part of it; a name never ends
                    // with one (`MINUSMA's mandate`).
                    if j - 1 > i && toks[j - 1].class == Class::Possessive {
                        continue;
                    }
                    // `all resolutions union all resolutions` holds no name
                    // "all resolutions union all".
                    if toks[j - 1].lower == "union" && toks.get(j).is_some_and(|t| t.lower == "all") {
                        break;
                    }
                    if !name_token(&toks[j - 1], j - 1 == i) {
                        break;
                    }
                    // `in 1973` is the year; the document is `in
                    // resolution 1973` or `in 1973 (2011)` (see
                    // [`year_read_for_document`]).
                    if j == i + 1 && year_after_in(toks, i) {
                        continue;
                    }
                    // A document number after words only as `resolution 2531`
                    // or as texts cite it (`General Assembly resolution
                    // 58/82`): `dose 2531` is a typo before a name, not a name.
                    if j - 1 > i
                        && matches!(toks[j - 1].class, Class::Number | Class::Symbol)
                        && !toks[i..j - 1].iter().all(doc_prefix)
                        && document_as_cited(&toks[i..j]).is_none()
                    {
                        break;
                    }
                    // One subject: `resolutions on Mali adopted under Chapter
                    // VII on Niger` is no question.
                    if slot == 's' && b.s.is_some() {
                        break;
                    }
                    let mut nb = b.clone();
                    match slot {
                        'a' => nb.a = Some(i..j),
                        'b' => nb.b = Some(i..j),
                        _ => nb.s = Some(i..j),
                    }
                    out.push((j, nb));
                    // A name ends at a symbol, and at a document number
                    // after a word such as `resolution`: in `resolution
                    // 1325 (2000) on Sudan` the name is the resolution and
                    // `on Sudan` is the question's, to be read by the phrase
                    // or refused, never dropped (`the 1267 Committee` goes
                    // on: `the` alone names no document).
                    let last = &toks[j - 1];
                    if last.class == Class::Symbol
                        || last.class == Class::Number
                            && toks[i..j - 1].iter().any(|t| doc_prefix(t) && t.lower != "the")
                    {
                        break;
                    }
                }
                // `the most recent resolution on Somalia`, `the first
                // resolution to cite 1325`: a question of its own, which may
                // hold words no name holds.
                if slot == 'a' {
                    let plain_end = out.iter().map(|(j, _)| *j).max().unwrap_or(i);
                    for j in plain_end + 1..=toks.len().min(i + MAX_NAME_WORDS) {
                        if superlative_at(&toks[i..j]) {
                            let mut nb = b.clone();
                            nb.a = Some(i..j);
                            out.push((j, nb));
                        }
                    }
                }
                if out.is_empty() {
                    self.miss.want(
                        i,
                        "a document or name (2531, S/RES/2531 (2020), MINUSMA, \"the G5 Sahel joint force\")",
                    );
                }
            }
            'k' => {
                // `unanimous resolutions`, `non-unanimous drafts`: a vote
                // said before a kind that is voted on is the question's
                // condition on the tally, whatever the phrase around it
                // (`which years had the most unanimous resolutions`).
                if b.vote.is_none()
                    && let Some((after, vote)) = vote_before_kind(toks, i)
                {
                    for (end, kind) in kinds_at(toks, after) {
                        if kind.0.starts_with("resolution") || kind.0.starts_with("draft") {
                            let mut nb = b.clone();
                            nb.kind = Some(kind);
                            nb.vote = Some(vote.to_string());
                            out.push((end, nb));
                        }
                    }
                }
                // `the 2014 resolutions`: a year before the kind is a time.
                if let Some(y) = toks.get(i).and_then(year)
                    && b.time.is_none()
                {
                    for (end, kind) in kinds_at(toks, i + 1) {
                        let mut nb = b.clone();
                        nb.kind = Some(kind);
                        nb.time = Some(format!("year = {y}"));
                        out.push((end, nb));
                    }
                }
                for (end, kind) in kinds_at(toks, i) {
                    if let Some(after) = in_the_corpus(toks, end) {
                        let mut nb = b.clone();
                        nb.kind = Some(kind.clone());
                        nb.held = true;
                        out.push((after, nb));
                    }
                    let mut nb = b.clone();
                    nb.kind = Some(kind);
                    out.push((end, nb));
                }
                if out.is_empty() {
                    self.miss.want(i, "a kind (resolutions, reports, states, …)");
                }
            }
            'K' => {
                // `{cited}`: a kind of the documents cited, as `{k}`; after
                // an article when it is a title many documents share (`the
                // report of the Secretary-General`).
                let from = if toks
                    .get(i..)
                    .is_some_and(|rest| generic_title(rest_of_title(rest)))
                {
                    i + 1
                } else {
                    i
                };
                for (end, kind) in kinds_at(toks, from) {
                    let mut nb = b.clone();
                    nb.cited = Some(kind);
                    out.push((end, nb));
                }
                if out.is_empty() {
                    self.miss
                        .want(i, "a kind (resolutions, reports, presidential statements, …)");
                }
            }
            'V' => {
                for (j, cond) in tally(toks, i) {
                    let mut nb = b.clone();
                    nb.vote = Some(cond);
                    out.push((j, nb));
                }
                if out.is_empty() {
                    self.miss
                        .want(i, "a vote (unanimously, by 14 votes, with abstentions, …)");
                }
            }
            'n' => match toks.get(i).and_then(number) {
                Some(n) if n < 1000 => {
                    let mut nb = b.clone();
                    nb.n = Some(n);
                    out.push((i + 1, nb));
                }
                _ => self.miss.want(i, "a number"),
            },
            'v' => match toks.get(i).map(|t| t.lower.as_str()) {
                Some(w) if CITE_VERBS.contains(&w) => out.push((i + 1, b.clone())),
                Some(w) if CITE_TO_VERBS.contains(&w) && toks.get(i + 1).is_some_and(|t| t.lower == "to") => {
                    out.push((i + 2, b.clone()))
                }
                Some(w)
                    if CITE_ON_VERBS.contains(&w)
                        && toks
                            .get(i + 1)
                            .is_some_and(|t| matches!(t.lower.as_str(), "on" | "upon")) =>
                {
                    out.push((i + 2, b.clone()))
                }
                _ => {
                    self.miss.want(i, "\"cite\"");
                    let spellings: Vec<String> = CITE_VERBS.iter().map(|v| v.to_string()).collect();
                    self.miss.near(i, &spellings);
                }
            },
            't' => {
                for (j, cond) in time(toks, i) {
                    if j == i + 2 && text_not_year(toks, i) {
                        continue;
                    }
                    let mut nb = b.clone();
                    nb.time = Some(cond);
                    out.push((j, nb));
                }
                if out.is_empty() {
                    self.miss.want(i, "a time (in 2015, since 2015, in the 1990s, …)");
                }
            }
            'd' => {
                for (j, depth) in depth(toks, i) {
                    let mut nb = b.clone();
                    nb.depth = Some(depth);
                    out.push((j, nb));
                }
                if out.is_empty() {
                    self.miss.want(i, "\"within N steps\" or \"transitively\"");
                }
            }
            'r' => {
                for (j, rel) in relation(toks, i) {
                    let mut nb = b.clone();
                    nb.relation = Some(rel);
                    out.push((j, nb));
                }
                if out.is_empty() {
                    self.miss
                        .want(i, "a verb (recall, reaffirm, welcome, take note of, …)");
                }
            }
            _ => {
                // `{open}`: any run of opening words, longest last so that
                // `which` alone is tried first.
                out.push((i, b.clone()));
                let mut j = i;
                let mut nb = b.clone();
                while let Some(t) = toks.get(j) {
                    if t.class != Class::Word || !OPENERS.contains(&t.lower.as_str()) {
                        break;
                    }
                    if matches!(t.lower.as_str(), "many" | "count" | "number") {
                        nb.count = true;
                    }
                    j += 1;
                    out.push((j, nb.clone()));
                }
            }
        }
        out
    }
}

/// Most words a question may have.
const MAX_QUESTION_WORDS: usize = 60;

/// Most words a name may have.
const MAX_NAME_WORDS: usize = 12;

/// Whether a token can be part of a name: no operators, and after its first
/// word no word of the phrases around names (`2531 cites` is not a name).
fn name_token(t: &Tok, first: bool) -> bool {
    match t.class {
        Class::Other | Class::Possessive => false,
        Class::Quoted => first,
        // A name does not start with a preposition (`vote on`, `cited in`).
        Class::Word
            if first
                && matches!(
                    t.lower.as_str(),
                    "on" | "in" | "of" | "for" | "at" | "with" | "about" | "by" | "to" | "against"
                ) =>
        {
            false
        }
        Class::Word => plausible_word(&t.lower) || first && t.lower == "the",
        Class::Number | Class::Symbol => true,
    }
}

/// A name slot as formal text, and whether it is plausible without a graph
/// to ask: a document reference, a quoted string, or words without the
/// words of the phrases around them.
fn name_text(input: &str, toks: &[Tok]) -> (String, bool, bool) {
    if let Some(symbol) = document_as_cited(toks) {
        return (symbol, true, false);
    }
    let plausible = plausible_name(toks);
    if let [last] = toks {
        let raw = &input[last.span.clone()];
        return match last.class {
            // `“MINUSTAH”`, `'MINUSTAH'`: the grammar's quotes.
            Class::Quoted if !raw.starts_with('"') => {
                let inner = raw.trim_matches(['“', '”', '‘', '’', '\'']);
                (format!("\"{inner}\""), plausible, false)
            }
            Class::Quoted | Class::Number | Class::Symbol => (raw.to_string(), plausible, false),
            _ => (format!("\"{raw}\""), plausible, true),
        };
    }
    if let Some(doc) = document_with_prefix(toks) {
        return (input[doc.span.clone()].to_string(), plausible, false);
    }
    let raw = &input[toks[0].span.start..toks[toks.len() - 1].span.end];
    (format!("\"{raw}\""), plausible, true)
}

/// The symbol of a document named the way texts cite it, when the words
/// before its number are more than [`DOC_PREFIXES`] or the number is in a
/// form the grammar does not take (`General Assembly resolution 1514 (XV)`,
/// `Human Rights Council resolution 52/32`, `ECOSOC resolution 2022/15`,
/// `resolution ES-10/2`): the extractor reads the words as a citation in a
/// Council text, so a question names a document exactly as the texts do.
/// `None` unless it reads one document, and only that.
fn document_as_cited(toks: &[Tok]) -> Option<String> {
    let (last, before) = toks.split_last()?;
    let plain_number = last.class == Class::Symbol
        || last
            .lower
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'(' | b')'));
    if !matches!(last.class, Class::Number | Class::Symbol)
        || before
            .iter()
            .any(|t| !matches!(t.class, Class::Word | Class::Possessive))
        || plain_number && before.iter().all(doc_prefix)
    {
        return None;
    }
    // The words as typed but for case: organs' names are read in any case,
    // a session's numeral (`1514 (xv)`) only in capitals.
    let cited = |before: &[Tok]| {
        let mut words = String::new();
        for t in before {
            if t.class != Class::Possessive && !words.is_empty() {
                words.push(' ');
            }
            words.push_str(&t.lower);
        }
        words.push(' ');
        match last.lower.split_once('(') {
            Some((number, session)) if last.class == Class::Number => {
                words.push_str(number);
                words.push('(');
                words.push_str(&session.to_uppercase());
            }
            _ if last.class == Class::Number => words.push_str(&last.lower.to_uppercase()),
            _ => words.push_str(&last.lower),
        }
        read_citation(&words)
    };
    let read = cited(before)?;
    // The extractor passes over a word it does not know: `agianst
    // resolution 242` reads as 242 alone, which would drop the word meant
    // (`against`) unsaid. Words the reading does without are taken only
    // where they name an organ (`Security Council`, `General Assembly`).
    let kind_at = before.iter().rposition(|t| !doc_prefix(t)).map_or(0, |i| i + 1);
    let idle = &before[..kind_at];
    let needed = cited(&before[kind_at..]).is_none_or(|bare| bare != read);
    let organ = || {
        let words: Vec<&str> = idle
            .iter()
            .map(|t| t.lower.trim_end_matches("'s"))
            .filter(|w| !w.is_empty() && !matches!(*w, "the" | "its"))
            .collect();
        let words = words.join(" ");
        words.is_empty()
            || [
                "security council",
                "council",
                "united nations security council",
                "un security council",
            ]
            .contains(&words.as_str())
            || ORGAN_WORDS.iter().any(|(name, _)| *name == words)
    };
    (needed || organ()).then_some(read)
}

/// The one document the extractor reads in `words` written as a citation
/// in a Security Council text (`Recalling {words},`), remembered: the
/// phrase matcher asks of the same words for each way it splits a question.
fn read_citation(words: &str) -> Option<String> {
    use crate::extract::{normalize::normalize, refs::references, segment::segment};
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static READ: RefCell<HashMap<String, Option<String>>> = RefCell::new(HashMap::new());
    }
    if let Some(known) = READ.with(|r| r.borrow().get(words).cloned()) {
        return known;
    }
    const FILE: &str = "question";
    let text = format!("The Security Council,\n\nRecalling {words},\n");
    let normalized = normalize(&text);
    let links = references(FILE, &normalized, &segment(FILE, &normalized));
    let mut cited = links
        .iter()
        .filter(|l| l.kind == crate::model::EdgeKind::Cites)
        .map(|l| l.target.id.as_str());
    let read = cited
        .next()
        .and_then(|first| cited.all(|id| id == first).then(|| first.to_string()));
    READ.with(|r| {
        let mut r = r.borrow_mut();
        // A bound on what one thread remembers: questions are few.
        if r.len() > 4096 {
            r.clear();
        }
        r.insert(words.to_string(), read.clone());
    });
    read
}

/// The document of a name that is one (`2531`, `resolution 2531`, `S/RES/2531
/// (2020)`) after words such as `resolution`, `the`.
fn document_with_prefix(toks: &[Tok]) -> Option<&Tok> {
    let mut docs = toks
        .iter()
        .filter(|t| matches!(t.class, Class::Number | Class::Symbol));
    let (Some(doc), None, Some(last)) = (docs.next(), docs.next(), toks.last()) else {
        return None;
    };
    (std::ptr::eq(last, doc) && toks[..toks.len() - 1].iter().all(doc_prefix)).then_some(doc)
}

/// Whether words could be a name: one quoted name, number or symbol, a
/// document after words such as `resolution`, or words none of which is a
/// phrase's (`cite`, `does`, …) with no number or symbol among them.
fn plausible_name(toks: &[Tok]) -> bool {
    if document_as_cited(toks).is_some() {
        return true;
    }
    match toks {
        [] => false,
        [one] => match one.class {
            Class::Quoted | Class::Number | Class::Symbol => true,
            _ => plausible_word(&one.lower),
        },
        _ => {
            document_with_prefix(toks).is_some()
                || toks.iter().all(|t| {
                    !matches!(t.class, Class::Number | Class::Symbol | Class::Quoted)
                        && plausible_word(&t.lower)
                })
        }
    }
}

/// Words that are never part of a name in a question.
fn plausible_word(w: &str) -> bool {
    !matches!(
        w,
        "cite"
            | "cites"
            | "cited"
            | "citing"
            | "mention"
            | "mentions"
            | "mentioned"
            | "does"
            | "did"
            | "which"
            | "what"
            | "who"
            | "how"
            | "by"
            | "that"
            | "within"
            | "since"
            | "before"
            | "after"
            | "until"
            | "between"
            | "most"
            | "but"
            | "or"
            | "not"
            | "both"
            | "vote"
            | "voted"
            | "signed"
            | "sponsored"
            | "is"
            | "are"
            | "was"
            | "were"
            | "to"
            | "from"
            // Formal set operators (`union` is one only before `all`: the
            // Soviet Union and the African Union are names).
            | "intersect"
            | "except"
    )
}

/// Words a kind can take, with the words in front that do not change it
/// (`United Nations Security Council draft resolutions`).
const MAX_KIND_WORDS: usize = 8;

/// Each kind the words from `i` can name, longest first: where it ends,
/// and the kind (formal, and as typed).
fn kinds_at(toks: &[Tok], i: usize) -> Vec<(usize, (String, String))> {
    (1..=MAX_KIND_WORDS)
        .rev()
        .filter_map(|len| {
            let words = toks.get(i..i + len)?;
            let kind = kind_words(words)?;
            let typed = words
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            Some((i + len, (kind, typed)))
        })
        .collect()
}

/// True for `the` and a kind of document with whose it is (`the report of
/// the Secretary-General`, `the reports of the Council`): the title many
/// documents share, which names a kind, not one document.
fn generic_title(words: &[Tok]) -> bool {
    match words {
        [first, rest @ ..] if first.lower == "the" && first.class == Class::Word && !rest.is_empty() => {
            let text = rest
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            KIND_SUFFIXES.iter().any(|tail| text.ends_with(tail)) && kind_words(rest).is_some()
        }
        _ => false,
    }
}

/// The words from `the` to the end of the longest generic title that
/// starts there (`the report of the Secretary-General` in `the report of
/// the Secretary-General in 2014`), else `toks` as it is.
fn rest_of_title(toks: &[Tok]) -> &[Tok] {
    (2..=toks.len().min(MAX_KIND_WORDS + 1))
        .rev()
        .map(|n| &toks[..n])
        .find(|w| generic_title(w))
        .unwrap_or(toks)
}

fn kind_words(toks: &[Tok]) -> Option<String> {
    if toks.iter().any(|t| t.class != Class::Word) {
        return None;
    }
    let mut text = toks
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    text = without_kind_prefix(&text).to_string();
    // `reports of the Secretary-General`: whose the documents are, as
    // `Secretary-General reports` says it in front.
    for tail in KIND_SUFFIXES {
        if let Some(kind) = text.strip_suffix(tail)
            && !kind.is_empty()
        {
            text = kind.trim_end().to_string();
            break;
        }
    }
    if let Some((_, kind)) = organ_kind_words(&text) {
        text = kind;
    }
    if let Some((_, to)) = KIND_SYNONYMS.iter().find(|(from, _)| *from == text) {
        text = (*to).to_string();
    } else if category_kind(&text).is_some() {
        text = "actors".to_string();
    }
    if text.starts_with("the") || matches!(text.as_str(), "node" | "nodes" | "thing" | "things") {
        return None;
    }
    let text = text.replace(' ', "_");
    super::resolve::kind_mask(&text).map(|_| text)
}

/// The years a time condition of [`time`] spans, each end open or not:
/// `year = 2015` is 2015 to 2015, `year < 2000` none to 1999, `year in
/// 2010..2012` 2010 to 2012 (`None` for any other: a day, a meeting).
fn year_span(t: &str) -> Option<(Option<u64>, Option<u64>)> {
    let rest = t.strip_prefix("year ")?;
    let (op, v) = rest.split_once(' ')?;
    if op == "in" {
        let (a, b) = v.split_once("..")?;
        return Some((Some(a.parse().ok()?), Some(b.parse().ok()?)));
    }
    let y: u64 = v.parse().ok()?;
    Some(match op {
        "=" => (Some(y), Some(y)),
        "<" => (None, Some(y.checked_sub(1)?)),
        "<=" => (None, Some(y)),
        ">" => (Some(y + 1), None),
        ">=" => (Some(y), None),
        _ => return None,
    })
}

/// The formal query of "which mandates expired in 2015": the bodies a
/// resolution set a mandate for that runs to a date in the time, less those
/// a later end date or a resolution of a later year is recorded for (a
/// mandate extended in 2015 to 2016 did not expire in 2015). `None` for a
/// time with no end (`since 2010`): a mandate recorded to run past the
/// corpus may have run out unseen, and the answer would be a guess.
fn expiry(t: &str) -> Option<String> {
    let (lo, hi) = year_span(t)?;
    let hi = hi?;
    let walk = "-> establishes|authorizes|extends_mandate";
    let within = match lo {
        Some(lo) => format!("end_date >= {lo}-01-01 and end_date <= {hi}-12-31"),
        None => format!("end_date <= {hi}-12-31"),
    };
    // The newest resolutions first, so that each body's row is the edge of
    // its latest mandate in that time (the walk reports a node with the
    // first edge reaching it that passes the condition): UNMOP in 2002 is
    // 1437's 15 December, not 1362's 15 January.
    Some(format!(
        "((all resolutions | sort by id desc) {walk} where {within}) except ((all resolutions) {walk} where end_date > {hi}-12-31) \
         except ((all resolutions where year > {hi}) {walk})"
    ))
}

/// Participles after which `in N` could name a text (`mentioned in 1973`,
/// `referred to in 1990`).
const IN_A_TEXT: &[&str] = &[
    "cited",
    "mentioned",
    "named",
    "referenced",
    "quoted",
    "invoked",
    "recalled",
    "reaffirmed",
    "noted",
    "welcomed",
    "endorsed",
];

/// What to say of a bare year after a verb of citing or naming when the
/// graph also knows a document of that number: `mentioned in 1973` is read
/// as the year 1973 (see [`year_after_in`]), and the sentence says how to
/// ask for resolution 1973 instead.
fn year_read_for_document(input: &str, toks: &[Tok]) -> Vec<String> {
    let mut out = Vec::new();
    for i in 2..toks.len() {
        if !year_after_in(toks, i) || toks[i - 1].lower != "in" {
            continue;
        }
        let before = toks[i - 2].lower.as_str();
        let referred = before == "to" && i >= 3 && toks[i - 3].lower == "referred";
        // Every year the Council has sat in is also a resolution's number.
        if !(IN_A_TEXT.contains(&before) || referred) {
            continue;
        }
        let n = &toks[i].lower;
        let span = &toks[i].span;
        let asked = format!("{}resolution {n}{}", &input[..span.start], &input[span.end..]);
        let asked = asked.strip_prefix("explain ").unwrap_or(&asked);
        out.push(format!(
            "\"in {n}\" is read as the year {n}; for what the text of resolution {n} says, ask `{asked}`"
        ));
    }
    out
}

/// True when token `i` is a bare four-digit number that can be a year, said
/// after `in` or `during` (`mentioned in 1973`): a time, never a name, for
/// the same words cannot mean the year in one question and resolution 1973
/// in another.
fn year_after_in(toks: &[Tok], i: usize) -> bool {
    i > 0
        && matches!(toks[i - 1].lower.as_str(), "in" | "during")
        && toks.get(i).and_then(year).is_some_and(past_year)
}

/// A year from the Council's first (1946) to this one: `mentioned in 2098`
/// is resolution 2098, for no text of 2098 exists yet.
fn past_year(y: u64) -> bool {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(2026, |d| 1970 + d.as_secs() / 31_556_952);
    (1946..=now).contains(&y)
}

/// True for `in N` at token `i` after a verb of citing or naming
/// (`mentioned in 2098`) where N is no year yet: the text numbered N.
fn text_not_year(toks: &[Tok], i: usize) -> bool {
    i > 0
        && toks[i].lower == "in"
        && IN_A_TEXT.contains(&toks[i - 1].lower.as_str())
        && toks.get(i + 1).and_then(year).is_some_and(|y| !past_year(y))
}

fn year(t: &Tok) -> Option<u64> {
    if t.class != Class::Number || t.lower.len() != 4 {
        return None;
    }
    t.lower.parse().ok().filter(|y| (1900..2100).contains(y))
}

/// `in 2015`, `since 2015`, `between 2010 and 2015`, `in the 1990s`, … from
/// token `i`: where each reading ends and its condition.
fn time(toks: &[Tok], mut i: usize) -> Vec<(usize, String)> {
    let word = |i: usize| toks.get(i).map(|t| t.lower.as_str()).unwrap_or("");
    let start = i;
    while matches!(
        word(i),
        "that"
            | "which"
            | "were"
            | "was"
            | "are"
            | "adopted"
            | "issued"
            | "dated"
            | "published"
            | "passed"
            | "approved"
    ) {
        i += 1;
    }
    if word(i) == "from" && matches!(word(i + 1), "before" | "after" | "since" | "until") {
        i += 1;
    }
    let mut out = Vec::new();
    // `1990s`, and `90s` for the decades of the Council's century
    // (`40s` to `90s`; `00s` and `10s` are the 2000s and 2010s).
    let decade = |t: Option<&Tok>| -> Option<u64> {
        let w = t?.lower.strip_suffix('s')?;
        let y: u64 = w.parse().ok()?;
        let y = match w.len() {
            2 if y >= 40 => 1900 + y,
            2 if y <= 10 => 2000 + y,
            _ => y,
        };
        ((w.len() == 4 || w.len() == 2) && y.is_multiple_of(10) && (1900..2100).contains(&y)).then_some(y)
    };
    let first = word(i);
    let at = |k: usize| toks.get(i + k);
    // `the nineties`, `in the sixties`
    for skip in [0, 1] {
        let lead_ok = skip == 0 || matches!(first, "in" | "during" | "from" | "of");
        if lead_ok
            && word(i + skip) == "the"
            && let Some(d) = DECADE_WORDS.iter().position(|w| *w == word(i + skip + 1))
        {
            let y = 1940 + 10 * d as u64;
            out.push((i + skip + 2, format!("year in {y}..{}", y + 9)));
        }
    }
    // `in the 1990s`, `during the 2000s`, `the 1990s`
    for (skip, k) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let lead_ok = skip == 0 || matches!(first, "in" | "during" | "from" | "of");
        let the_ok = k == 0 || word(i + skip) == "the";
        if lead_ok
            && the_ok
            && let Some(y) = decade(at(skip + k))
        {
            out.push((i + skip + k + 1, format!("year in {y}..{}", y + 9)));
        }
    }
    // After `adopted`, `issued`, … a four-digit number is a year even
    // before 1900 (`resolutions adopted in 1899`: none, and the answer says
    // the corpus holds no text of 1899); elsewhere `cited in 1850` may be
    // resolution 1850.
    let adopted = toks[start.min(toks.len())..i.min(toks.len())].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "adopted" | "issued" | "dated" | "published" | "passed" | "approved"
        )
    });
    let one = |op: &str, k: usize| -> Option<(usize, String)> {
        let t = at(k)?;
        let y = year(t).or_else(|| {
            (adopted && t.class == Class::Number && t.lower.len() == 4)
                .then(|| t.lower.parse().ok())
                .flatten()
        })?;
        Some((i + k + 1, format!("year {op} {y}")))
    };
    match first {
        "since" => out.extend(one(">=", 1)),
        // `from 2014` is the year itself (`resolutions from 2014`); `from
        // 2010 on` and `from 2010 onwards` start there.
        // `from 1994 on Rwanda` is the year, then the subject: both
        // readings are offered, and the one the whole question takes wins.
        "from" => {
            if matches!(word(i + 2), "on" | "onwards" | "onward" | "forward") {
                out.extend(one(">=", 1).map(|(j, c)| (j + 1, c)));
            }
            if !matches!(word(i + 2), "onwards" | "onward" | "forward") {
                out.extend(one("=", 1));
            }
        }
        "after" => out.extend(one(">", 1)),
        "before" => out.extend(one("<", 1)),
        "until" | "till" | "through" => out.extend(one("<=", 1)),
        "in" | "during" | "of" | "for" => {
            out.extend(one("=", 1));
            if word(i + 1) == "the" && word(i + 2) == "year" {
                out.extend(one("=", 3));
            }
        }
        "prior" | "up" if word(i + 1) == "to" => {
            out.extend(one(if first == "prior" { "<" } else { "<=" }, 2))
        }
        _ => {}
    }
    // `before the end of 2004`, `by the end of 2004`, `since the beginning
    // of 2010`, `prior to the start of 2003`: a bound at a year's edge is a
    // bound on the year. Where the edge leaves the year in doubt (`since the
    // end of 2004` may take in its last weeks, `at the end of 2004` is some
    // weeks) nothing is read, and `vague_time_wording` says why.
    let lead = if matches!(first, "prior" | "up") && word(i + 1) == "to" {
        2
    } else {
        1
    };
    let the = usize::from(word(i + lead) == "the");
    let edge = match word(i + lead + the) {
        "end" | "close" => Some(true),
        "start" | "beginning" | "outset" => Some(false),
        _ => None,
    };
    if let Some(end) = edge
        && word(i + lead + the + 1) == "of"
    {
        let op = match (first, end) {
            ("before" | "by" | "until" | "till" | "through" | "prior" | "up", true) => Some("<="),
            ("after", true) => Some(">"),
            ("before" | "by" | "until" | "till" | "prior" | "up", false) => Some("<"),
            ("after" | "since" | "from", false) => Some(">="),
            _ => None,
        };
        out.extend(op.and_then(|op| one(op, lead + the + 2)));
    }
    // `between 2010 and 2015`, `from 2010 to 2015`, `in 2010-2015`
    let range = |k: usize, sep: &[&str]| -> Option<(usize, String)> {
        let a = year(at(k)?)?;
        let mid = at(k + 1)?;
        if !sep.contains(&mid.lower.as_str()) {
            return None;
        }
        let b = year(at(k + 2)?)?;
        // `between 2020 and 2010`: the years in order (`reversed_range`
        // says so beside the answer).
        Some((i + k + 3, format!("year in {}..{}", a.min(b), a.max(b))))
    };
    // `2010-2020` as one word
    if matches!(first, "in" | "during" | "from" | "between")
        && let Some((a, b)) = word(i + 1).split_once(['-', '–'])
        && let (Ok(a), Ok(b)) = (a.parse::<u64>(), b.parse::<u64>())
        && (1900..2100).contains(&a)
        && (a..2100).contains(&b)
    {
        out.push((i + 2, format!("year in {a}..{b}")));
    }
    // `resolutions 2000-2005 citing 1244`: a range of two years as one
    // word needs no preposition (a lone number may be a document).
    if let Some((a, b)) = first.split_once(['-', '–'])
        && let (Ok(a), Ok(b)) = (a.parse::<u64>(), b.parse::<u64>())
        && a.to_string().len() == 4
        && (1900..2100).contains(&a)
        && (a..2100).contains(&b)
    {
        out.push((i + 1, format!("year in {a}..{b}")));
    }
    // `in 2005 and 2010`, `in 2005 or 2010`: either year.
    if matches!(first, "in" | "during")
        && let (Some(a), Some(b)) = (at(1).and_then(year), at(3).and_then(year))
        && matches!(word(i + 2), "and" | "or")
    {
        out.push((i + 4, format!("(year = {a} or year = {b})")));
    }
    match first {
        "between" => out.extend(range(1, &["and", "-", "–"])),
        "from" => out.extend(range(1, &["to", "until", "till", "through", "-", "–"])),
        "in" | "during" => out.extend(range(1, &["-", "–"])),
        _ => {}
    }
    out.extend(calendar_time(toks, i));
    out.extend(meeting(toks, i));
    // `after 2010 and before 2013`: a lower bound and an upper bound, in
    // either order, are one range (`in 2010 and 2011` is no range: left).
    let bound = |c: &str| {
        let op = c.split_whitespace().nth(1).unwrap_or("");
        if op.starts_with('>') {
            Some(true)
        } else if op.starts_with('<') {
            Some(false)
        } else {
            None
        }
    };
    let mut both = Vec::new();
    for (j, c) in &out {
        if matches!(word(*j), "and" | "but")
            && let Some(lower) = bound(c)
        {
            for (k, c2) in time(toks, *j + 1) {
                if bound(&c2) == Some(!lower) {
                    both.push((k, format!("{c} and {c2}")));
                }
            }
        }
    }
    out.extend(both);
    out
}

/// A day or a month, with or without a preposition before it: `on 17 March
/// 2011`, `March 17, 2011`, `2011-03-17`, `in March 2011`, `since March
/// 2011`, `between 1 January 2000 and 30 June 2005`: a condition on the
/// date, at the precision written (`date = 2011-03` is March 2011).
fn calendar_time(toks: &[Tok], i: usize) -> Vec<(usize, String)> {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    let mut out = Vec::new();
    let (op, at) = match (word(i), word(i + 1)) {
        ("on" | "dated", _) => ("=", i + 1),
        ("in" | "during" | "of" | "from", _) => ("=", i + 1),
        ("since", _) => (">=", i + 1),
        ("after", _) => (">", i + 1),
        ("before", _) => ("<", i + 1),
        ("until" | "till" | "through", _) => ("<=", i + 1),
        ("prior", "to") => ("<", i + 2),
        ("up", "to") => ("<=", i + 2),
        // Only a range: `between 1 January 2000 and 2005`.
        ("between", _) => ("", i + 1),
        _ => ("=", i),
    };
    // A date alone is a date, a year alone is read by `time`.
    for (end, date) in calendar(toks, at) {
        // `from March 2011 on`: from then on.
        if word(i) == "from" && matches!(word(end), "on" | "onwards" | "onward") {
            out.push((end + 1, format!("date >= {date}")));
        }
        if !op.is_empty() {
            out.push((end, format!("date {op} {date}")));
        }
        // `between 1 January 2000 and 2005`, `from March 2011 to June 2011`.
        let seps: &[&str] = match word(i) {
            "between" => &["and"],
            "from" => &["to", "until", "till", "through"],
            _ => &[],
        };
        if seps.contains(&word(end)) {
            for (last, to) in calendar(toks, end + 1)
                .into_iter()
                .chain(toks.get(end + 1).and_then(year).map(|y| (end + 2, y.to_string())))
            {
                out.push((last, format!("date >= {date} and date <= {to}")));
            }
        }
    }
    if word(i) == "between" || word(i) == "from" {
        // `between 2000 and 17 March 2011`: a year, then a date.
        if let Some(y) = toks.get(i + 1).and_then(year)
            && matches!(word(i + 2), "and" | "to" | "until" | "till" | "through")
        {
            for (last, to) in calendar(toks, i + 3) {
                out.push((last, format!("date >= {y} and date <= {to}")));
            }
        }
    }
    out
}

/// `17 March 2011`, `17th March 2011`, `March 17, 2011`, `2011-03-17`
/// (days), `March 2011`, `2011-03` (months) from token `i`: where each
/// ends, and the date as the formal language writes it.
fn calendar(toks: &[Tok], i: usize) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let day = |t: Option<&Tok>| -> Option<u32> {
        let t = t?;
        let digits = t
            .lower
            .strip_suffix("st")
            .or_else(|| t.lower.strip_suffix("nd"))
            .or_else(|| t.lower.strip_suffix("rd"))
            .or_else(|| t.lower.strip_suffix("th"))
            .unwrap_or(&t.lower);
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    };
    let ymd = |y: u64, m: u32, d: u32| -> Option<String> {
        crate::date::Date::new(y as i32, m, d).ok().map(|d| d.to_string())
    };
    let (t0, t1, t2) = (toks.get(i), toks.get(i + 1), toks.get(i + 2));
    // `17 March 2011`
    if let (Some(d), Some(m), Some(y)) = (day(t0), t1.and_then(month), t2.and_then(year))
        && let Some(date) = ymd(y, m, d)
    {
        out.push((i + 3, date));
    }
    // `March 17, 2011` (the comma is no token)
    if let (Some(m), Some(d), Some(y)) = (t0.and_then(month), day(t1), t2.and_then(year))
        && let Some(date) = ymd(y, m, d)
    {
        out.push((i + 3, date));
    }
    // `March 2011`
    if let (Some(m), Some(y)) = (t0.and_then(month), t1.and_then(year)) {
        out.push((i + 2, format!("{y}-{m:02}")));
    }
    // `2011-03-17`, `2011-03`
    if let Some(t) = t0 {
        let parts: Vec<&str> = t.lower.split('-').collect();
        let num = |k: usize| {
            parts
                .get(k)
                .filter(|p| p.len() == 2)
                .and_then(|p| p.parse::<u32>().ok())
        };
        let y = parts
            .first()
            .filter(|p| p.len() == 4)
            .and_then(|p| p.parse::<u64>().ok());
        match (y, parts.len()) {
            (Some(y), 3) if (1900..2100).contains(&y) => {
                if let (Some(m), Some(d)) = (num(1), num(2))
                    && let Some(date) = ymd(y, m, d)
                {
                    out.push((i + 1, date));
                }
            }
            (Some(y), 2) if (1900..2100).contains(&y) => {
                if let Some(m) = num(1).filter(|m| (1..=12).contains(m)) {
                    out.push((i + 1, format!("{y}-{m:02}")));
                }
            }
            _ => {}
        }
    }
    out
}

/// A month by its English name or its usual short form: `March`, `Mar`, `Sept`.
fn month(t: &Tok) -> Option<u32> {
    if t.class != Class::Word {
        return None;
    }
    let w = t.lower.trim_end_matches('.');
    crate::date::MONTH_NAMES
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            w == m || w.len() == 3 && m.starts_with(w) || w == "sept" && m == "september"
        })
        .map(|m| m as u32 + 1)
}

/// The meeting that adopted a document: `at the 6498th meeting`, `at its
/// 6498th meeting (of the Security Council)?`, `at meeting 6498`, `at
/// meeting no. 6498`: `meeting = 6498`.
fn meeting(toks: &[Tok], i: usize) -> Vec<(usize, String)> {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    let number = |k: usize| -> Option<u64> {
        let w = word(k);
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        digits.parse().ok().filter(|n| *n > 0)
    };
    let mut k = i;
    if matches!(word(k), "at" | "in" | "during" | "by") {
        k += 1;
    }
    if matches!(word(k), "the" | "its" | "a") {
        k += 1;
    }
    let mut found = None;
    if let Some(n) = number(k)
        && word(k + 1) == "meeting"
    {
        found = Some((k + 2, n));
    } else if word(k) == "meeting" {
        let mut j = k + 1;
        if matches!(word(j), "no" | "no." | "number" | "nr") {
            j += 1;
        }
        if let Some(n) = number(j) {
            found = Some((j + 1, n));
        }
    }
    let Some((mut end, n)) = found else {
        return Vec::new();
    };
    let mut out = vec![(end, format!("meeting = {n}"))];
    // `of the Security Council`
    if word(end) == "of" && word(end + 1) == "the" {
        end += 2;
        if word(end) == "security" {
            end += 1;
        }
        if word(end) == "council" {
            out.push((end + 1, format!("meeting = {n}")));
        }
    }
    out
}

/// A vote said in front of a kind, from token `i` (`unanimous`,
/// `unanimously adopted`, `non-unanimous`, `split`): where the kind starts
/// and the condition on the tally.
fn vote_before_kind(toks: &[Tok], i: usize) -> Option<(usize, &'static str)> {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    match word(i) {
        "unanimous" => Some((i + 1, "unanimous")),
        "unanimously" if matches!(word(i + 1), "adopted" | "passed" | "approved") => {
            Some((i + 2, "unanimous"))
        }
        "non-unanimous" | "nonunanimous" | "split" => Some((i + 1, "not unanimous")),
        _ => None,
    }
}

/// How a text was adopted, as its tally line says it (`Adopted at the
/// 751st meeting by 7 votes to 2, with 2 abstentions`) or a question puts
/// it, from token `i`: `unanimously`, `without a vote`, `by 14 votes`, `by
/// 14 votes to none`, `by a vote of 13 to 2`, `with 14 votes in favour`,
/// `with abstentions`, `with 2 abstentions`, `with no abstention`, `with
/// votes against`, `with one vote against`, and a count of votes followed
/// by abstentions (`by 13 votes to none with 2 abstentions`): where each
/// reading ends, and its conditions on the recorded tally.
fn tally(toks: &[Tok], i: usize) -> Vec<(usize, String)> {
    let word = |k: usize| toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    let count = |k: usize| -> Option<u64> {
        match word(k) {
            "none" | "nil" | "no" => Some(0),
            _ => toks.get(k).and_then(number).filter(|n| *n <= 100),
        }
    };
    let favour = |k: usize| matches!(word(k), "in") && matches!(word(k + 1), "favour" | "favor");
    let mut out = Vec::new();
    match word(i) {
        "unanimously" | "unanimous" => out.push((i + 1, "unanimous".to_string())),
        "without" => {
            let k = if matches!(word(i + 1), "a" | "any") {
                i + 2
            } else {
                i + 1
            };
            if matches!(word(k), "vote" | "voting") {
                out.push((k + 1, "without_vote = \"true\"".to_string()));
            }
        }
        _ => {}
    }
    // `by 14 votes (in favour)? (to none|to 1 (against)?)?`, `by a vote of 13 to 2`
    let mut votes: Vec<(usize, String)> = Vec::new();
    // The shorthand of a tally: `13-0-2` (in favour, against, abstaining),
    // `14-0`, `by 13-0-2`, and the counts alone, `14 to 0`, `by 14 to 0`.
    let short = usize::from(word(i) == "by");
    let parts: Vec<u64> = word(i + short)
        .split(['-', '–', '—'])
        .map(|p| p.parse::<u64>().ok().filter(|n| *n <= 100))
        .collect::<Option<Vec<u64>>>()
        .unwrap_or_default();
    match parts.as_slice() {
        [yes, no] if *yes > 0 => votes.push((i + short + 1, format!("in_favour = {yes} and against = {no}"))),
        [yes, no, abstaining] if *yes > 0 => {
            out.push((
                i + short + 1,
                format!("in_favour = {yes} and against = {no} and abstentions = {abstaining}"),
            ));
        }
        _ => {}
    }
    if let Some(yes) = count(i + short).filter(|n| *n > 0 && word(i + short) != "no")
        && word(i + short + 1) == "to"
        && let Some(no) = count(i + short + 2)
    {
        let mut end = i + short + 3;
        if word(end) == "against" {
            end += 1;
        }
        votes.push((end, format!("in_favour = {yes} and against = {no}")));
    }
    if word(i) == "by" || word(i) == "with" {
        let of = word(i + 1) == "a" && word(i + 2) == "vote" && word(i + 3) == "of";
        let at = if of { i + 4 } else { i + 1 };
        if let Some(yes) = count(at).filter(|n| *n > 0) {
            let mut k = at + 1;
            let counted = matches!(word(k), "votes" | "vote");
            if counted {
                k += 1;
            }
            let in_favour = favour(k);
            if in_favour {
                k += 2;
            }
            // `with 14 votes` alone is no tally; `with 14 votes in favour` is.
            if word(i) == "by" && (counted || of) || counted && in_favour {
                votes.push((k, format!("in_favour = {yes}")));
            }
            if matches!(word(k), "to" | "-" | "against")
                && (counted || of)
                && let Some(no) = count(k + 1)
            {
                let mut end = k + 2;
                if word(end) == "against" {
                    end += 1;
                }
                votes.push((end, format!("in_favour = {yes} and against = {no}")));
            }
        }
    }
    // `with (no|N)? abstention(s)`, `without abstentions`, `with (no|N)? votes against`
    let rest = |k: usize| -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let mut k = k;
        if matches!(word(k), "and" | "but") {
            k += 1;
        }
        let (n, at) = match word(k) {
            "with" => match count(k + 1) {
                Some(n) => (Some(n), k + 2),
                None if matches!(word(k + 1), "some" | "any") => (None, k + 2),
                None => (None, k + 1),
            },
            "without" => {
                let skip = usize::from(matches!(word(k + 1), "any" | "a"));
                (Some(0), k + 1 + skip)
            }
            _ => return found,
        };
        if matches!(word(at), "abstention" | "abstentions") {
            let cond = match n {
                Some(n) => format!("abstentions = {n}"),
                None => "abstentions > 0".to_string(),
            };
            found.push((at + 1, cond));
        }
        if matches!(word(at), "vote" | "votes") && word(at + 1) == "against" {
            let cond = match n {
                Some(n) => format!("against = {n}"),
                None => "against > 0".to_string(),
            };
            found.push((at + 2, cond));
        }
        // `with negative votes`, `with no negative vote`: votes against.
        if word(at) == "negative" && matches!(word(at + 1), "vote" | "votes") {
            let cond = match n {
                Some(n) => format!("against = {n}"),
                None => "against > 0".to_string(),
            };
            found.push((at + 2, cond));
        }
        found
    };
    for (end, cond) in votes {
        for (last, more) in rest(end) {
            out.push((last, format!("{cond} and {more}")));
        }
        out.push((end, cond));
    }
    out.extend(rest(i));
    out
}

/// `within 3 steps`, `transitively`, `directly or indirectly`.
fn depth(toks: &[Tok], i: usize) -> Vec<(usize, String)> {
    let word = |k: usize| toks.get(i + k).map(|t| t.lower.as_str()).unwrap_or("");
    let steps = |k: usize| {
        matches!(
            word(k),
            "steps" | "step" | "hops" | "hop" | "levels" | "level" | "degrees"
        )
    };
    let mut out = Vec::new();
    match (word(0), word(1)) {
        ("within" | "in", _) | ("up", "to") => {
            let k = if word(0) == "up" {
                2
            } else if word(1) == "up" && word(2) == "to" {
                3
            } else {
                1
            };
            if let Some(n) = toks.get(i + k).and_then(number)
                && steps(k + 1)
            {
                out.push((i + k + 2, format!("*1..{n}")));
            }
        }
        ("transitively" | "recursively" | "indirectly", _) => out.push((i + 1, "*1..".to_string())),
        ("directly", "or") if word(2) == "indirectly" => out.push((i + 3, "*1..".to_string())),
        ("at", "any") if matches!(word(2), "depth" | "distance") => out.push((i + 3, "*1..".to_string())),
        _ => {}
    }
    out
}

fn relation(toks: &[Tok], i: usize) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    for (words, stem) in RELATION_PHRASES {
        if toks.len() >= i + words.len()
            && toks[i..i + words.len()]
                .iter()
                .zip(words.iter())
                .all(|(t, w)| t.lower == *w)
        {
            out.push((i + words.len(), *stem));
        }
    }
    if let Some(t) = toks.get(i)
        && let Some((_, stem)) = RELATIONS
            .iter()
            .find(|(forms, _)| forms.split(' ').any(|f| f == t.lower))
    {
        out.push((i + 1, *stem));
    }
    out
}

/// A question rewritten into the formal language.
#[derive(Debug, Clone)]
pub(crate) struct Rewrite {
    /// The formal text.
    pub formal: String,
    /// Each name: where it stands in the formal text and in the question.
    pub names: Vec<(char, Range<usize>, Range<usize>)>,
    /// The sentence for an empty answer, `{}` for each name, and the
    /// slots (`a`, `b`) that fill them in order.
    pub note: Option<(String, Vec<char>)>,
    /// How words that could be read two ways were read, said beside the
    /// answer (`mentioned in 1973`: the year, not resolution 1973).
    pub readings: Vec<String>,
}

/// Why a question matched no phrase: the byte offset of the first word no
/// phrase could take, and what the phrases wanted there.
#[derive(Debug, Clone)]
pub(crate) struct NoPhrase {
    /// Byte offset in the question.
    pub at: usize,
    /// What would have been understood there, quoted words first.
    pub wanted: Vec<String>,
    /// A phrase word close to the word found there (`dose` → `does`).
    pub suggestion: Option<String>,
    /// The whole message, where the phrase table is sure of the problem (a
    /// mistyped word of the questions, whose correction reads): it wins
    /// over the grammar's error.
    pub message: Option<String>,
}

/// Rewrite a question by the phrase table. `known` says whether the graph
/// knows a name; a reading whose names it knows wins over one whose names it
/// does not. A list of three or more names (`that mention MINUSMA, France
/// and Mali`, `that cite 1325, 1820 or 1888`) is read as the questions of
/// two names it is made of (see [`rewrite_list`]).
///
/// A question no phrase reads, with a word a letter or two from a word of
/// the questions (`resolutons`, `agianst`), is read again with that word
/// (see [`read_misspelt`]): a kind is read so, with a reading that says
/// how; any other word is named in the error, with the word meant.
pub(crate) fn rewrite(input: &str, known: &dyn Fn(&str) -> bool) -> Result<Rewrite, NoPhrase> {
    let read = rewrite_read(input, known);
    match read {
        Err(miss) => read_misspelt(input, known).unwrap_or(Err(miss)),
        ok => ok,
    }
}

/// The words of the questions a mistyped word may be read as: every word of
/// the phrase table's patterns and of its slots, of four letters or more.
static QUESTION_VOCABULARY: LazyLock<Vec<String>> = LazyLock::new(|| {
    fn walk(els: &[El], out: &mut Vec<String>) {
        for el in els {
            match el {
                El::Lit(alts) => out.extend(alts.iter().cloned()),
                El::Opt(inner) => walk(inner, out),
                El::Slot(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    for els in COMPILED.iter() {
        walk(els, &mut out);
    }
    let slots = [
        OPENERS,
        CITE_VERBS,
        CITE_TO_VERBS,
        CITE_ON_VERBS,
        NUMBER_WORDS,
        DECADE_WORDS,
    ];
    out.extend(
        slots
            .iter()
            .flat_map(|words| words.iter().map(|w| (*w).to_string())),
    );
    out.extend(
        RELATIONS
            .iter()
            .flat_map(|(words, _)| words.split(' ').map(str::to_string)),
    );
    out.extend(
        ["since", "before", "after", "until", "between", "during", "from"]
            .iter()
            .map(|w| (*w).to_string()),
    );
    out.extend(KIND_VOCABULARY.iter().cloned());
    out.retain(|w| w.chars().count() >= 4 && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    out.sort();
    out.dedup();
    out
});

/// The one-word kinds (`resolutions`, `report`, `missions`, `bodies`), which
/// a mistyped word is read as with a note.
static KIND_VOCABULARY: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut out: Vec<String> = Vec::new();
    for (name, _) in super::resolve::KIND_NAMES {
        if !name.contains('_') {
            out.push((*name).to_string());
            out.push(match name.strip_suffix('y') {
                Some(stem) => format!("{stem}ies"),
                None => format!("{name}s"),
            });
        }
    }
    out.extend(KIND_SYNONYMS.iter().map(|(w, _)| (*w).to_string()));
    out.extend(CATEGORY_KINDS.iter().map(|(w, _)| (*w).to_string()));
    out.retain(|w| !w.contains(' ') && w.chars().count() >= 4 && kind_words(&tokenize(w)).is_some());
    // The first word of a kind of two (`presidential statements`), which
    // reads as a kind only with the second.
    out.extend(
        super::resolve::KIND_NAMES
            .iter()
            .filter_map(|(name, _)| name.split_once('_'))
            .map(|(first, _)| first.to_string())
            .filter(|w| w.chars().count() >= 4),
    );
    out.sort();
    out.dedup();
    out
});

/// The word of [`QUESTION_VOCABULARY`] nearest a word not in it: within one
/// edit for a word of up to eight letters, two for a longer one, and nearer
/// than any other (`None` for a tie between two words).
fn nearest_question_word(word: &str) -> Option<&'static str> {
    let len = word.chars().count();
    if len < 4 || QUESTION_VOCABULARY.iter().any(|w| w == word) {
        return None;
    }
    // Two edits only in a long word: `condemn` is no `concern` mistyped.
    let most = if len >= 9 { 2 } else { 1 };
    let mut near: Vec<(usize, &'static str)> = QUESTION_VOCABULARY
        .iter()
        .map(|w| (distance(word, w), w.as_str()))
        .filter(|(d, w)| *d <= most && *d < w.chars().count().min(len) / 2)
        .collect();
    near.sort();
    match near.as_slice() {
        [(d, w), rest @ ..] if rest.first().is_none_or(|(d2, _)| d2 > d) => Some(w),
        _ => None,
    }
}

/// A question no phrase reads, read again with each word that is a letter
/// or two from one word of the questions and names nothing in the graph
/// (`resolutons` → `resolutions`, `agianst` → `against`). Not a number, a
/// symbol, a quoted name, a capitalised word after the first (a name), nor
/// a word before a number (a document).
/// `None` where no word is near one, or the question does not read with the
/// words put right. Where each word put right is a kind, the reading, with
/// a note saying how each word was read; else the error naming the first
/// other word and the word meant, with the question that reads.
fn read_misspelt(input: &str, known: &dyn Fn(&str) -> bool) -> Option<Result<Rewrite, NoPhrase>> {
    let cut = input.find(['|', '"']).unwrap_or(input.len());
    let toks = tokenize(&input[..cut]);
    // (where in the question, the word as typed, the word read)
    let mut fixes: Vec<(Range<usize>, &str, &'static str)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let typed = &input[t.span.clone()];
        // A word near one that names a document, before a number
        // (`resolutoin 2531`), has its own error (see `MISTYPED_PREFIXES`);
        // another (`agianst 2334`) is read here.
        let before_number = toks.get(i + 1).is_some_and(|n| n.class == Class::Number)
            && MISTYPED_PREFIXES.iter().any(|p| distance(&t.lower, p) <= 2);
        if t.class != Class::Word
            || (i > 0 && typed.chars().any(char::is_uppercase))
            || before_number
            || known(typed)
        {
            continue;
        }
        if let Some(right) = nearest_question_word(&t.lower) {
            fixes.push((t.span.clone(), typed, right));
        }
    }
    if fixes.is_empty() {
        return None;
    }
    let mut fixed = String::with_capacity(input.len());
    let mut last = 0;
    // (where the word put right ends in the fixed question, how much longer it is)
    let mut shifts: Vec<(usize, usize, isize)> = Vec::new();
    for (span, _, right) in &fixes {
        fixed.push_str(&input[last..span.start]);
        let start = fixed.len();
        fixed.push_str(right);
        shifts.push((start, fixed.len(), right.len() as isize - span.len() as isize));
        last = span.end;
    }
    fixed.push_str(&input[last..]);
    let out = rewrite_read(&fixed, known).ok()?;
    let kinds: Vec<&(Range<usize>, &str, &str)> = fixes
        .iter()
        .filter(|(_, _, right)| KIND_VOCABULARY.iter().any(|k| k == right))
        .collect();
    if let Some((span, typed, right)) = fixes
        .iter()
        .find(|(_, _, right)| !KIND_VOCABULARY.iter().any(|k| k == right))
    {
        return Some(Err(NoPhrase {
            at: span.start,
            wanted: vec![format!("\"{right}\"")],
            suggestion: Some((*right).to_string()),
            message: Some(format!(
                "\"{typed}\" is not a word of the questions unxref reads; did you mean \"{right}\"? \
                 (\"{}\" reads)",
                fixed.trim()
            )),
        }));
    }
    // An offset in the fixed question, back in the question asked.
    let back = |x: usize| -> usize {
        let mut delta = 0isize;
        for (start, end, grew) in &shifts {
            if x >= *end {
                delta += grew;
            } else if x > *start {
                return (*start as isize - delta) as usize;
            }
        }
        (x as isize - delta) as usize
    };
    let mut out = out;
    for (_, _, q) in &mut out.names {
        *q = back(q.start)..back(q.end);
    }
    for (_, typed, right) in kinds {
        out.readings.push(format!("\"{typed}\" is read as \"{right}\""));
    }
    Some(Ok(out))
}

/// [`rewrite`], without reading mistyped words.
fn rewrite_read(input: &str, known: &dyn Fn(&str) -> bool) -> Result<Rewrite, NoPhrase> {
    let one = rewrite_one(input, known);
    // A list only where the question read whole has no reading, or one
    // with a name that holds a comma (`MINUSMA, France`): `which is cited
    // more, 1325 or 1820` is read whole.
    let comma_in_name = match &one {
        Ok(r) => r
            .names
            .iter()
            .any(|(_, _, q)| input.get(q.clone()).is_some_and(|name| name.contains(','))),
        Err(_) => true,
    };
    if comma_in_name && let Some(r) = rewrite_list(input, known) {
        return Ok(r);
    }
    // `which resolutions cite 1325 and 1820 and 1888`: a list joined by the
    // same word each time, read as the list with commas (`1325, 1820 and
    // 1888`), where the question has no reading whole.
    if one.is_err()
        && list_commas(input).is_empty()
        && let Some(listed) = commas_for_joins(input)
        && let Some(r) = rewrite_list(&listed, known)
    {
        return Ok(r);
    }
    one
}

/// A question whose names are joined by ` and ` (or ` or `) three or more
/// times running, with each join but the last written as a comma padded to
/// the same length (`1325,    1820 and 1888`), so that every offset still
/// points into the question asked. `None` for fewer than two joins, for a
/// mix of both words, and for a question with quotes.
fn commas_for_joins(input: &str) -> Option<String> {
    if input.contains('"') {
        return None;
    }
    let lower = input.to_ascii_lowercase();
    let cut = lower.find('|').unwrap_or(lower.len());
    let ands: Vec<usize> = lower[..cut].match_indices(" and ").map(|(i, _)| i).collect();
    let ors: Vec<usize> = lower[..cut].match_indices(" or ").map(|(i, _)| i).collect();
    let (joins, word) = match (ands.len(), ors.len()) {
        (n, 0) if n >= 2 => (ands, " and "),
        (0, n) if n >= 2 => (ors, " or "),
        _ => return None,
    };
    let mut out = input.to_string();
    let padded = format!(",{}", " ".repeat(word.len() - 1));
    for at in &joins[..joins.len() - 1] {
        out.replace_range(*at..*at + word.len(), &padded);
    }
    Some(out)
}

/// The byte offsets of the commas of a question outside quotes, before any
/// `|` stage.
fn list_commas(input: &str) -> Vec<usize> {
    let mut quoted = false;
    let mut out = Vec::new();
    for (i, c) in input.char_indices() {
        match c {
            '"' if !(quoted && super::ast::escaped(input, i)) => quoted = !quoted,
            '|' if !quoted => break,
            ',' if !quoted => out.push(i),
            _ => {}
        }
    }
    out
}

/// `… mention both MINUSMA, France and Mali`: the first name with the
/// last (`both MINUSMA and Mali`), then each name between in the place of
/// the first (`both France and Mali`), each read by the phrase table as
/// a question of two names; where each reading is the intersection (for
/// `and`) or the union (for `or`) of its two names, with the same stages,
/// the answer is theirs, combined the same way. `None` for a question with
/// no such list, and for one whose two-name questions do not read so.
fn rewrite_list(input: &str, known: &dyn Fn(&str) -> bool) -> Option<Rewrite> {
    let commas = list_commas(input);
    let first = *commas.first()?;
    let last = *commas.last()?;
    // The word that joins the last name: `, and Mali`, ` and Mali`.
    let after = &input[last + 1..];
    let (join, op) = [(" and ", " intersect "), (" or ", " union ")]
        .into_iter()
        .filter_map(|(w, op)| {
            // ASCII case only: the offsets stay those of `after`.
            let lower = after.to_ascii_lowercase();
            let space = after.len() - after.trim_start().len();
            // `, and MINUSMA`: the joining word right after the comma (a
            // space before it; `,and` is read as a word of the name).
            let at = if space > 0 && lower.trim_start().starts_with(w.trim_start()) {
                Some(space - 1)
            } else {
                lower.find(w)
            }?;
            Some(((last + 1 + at, w), op))
        })
        .min_by_key(|((at, _), _)| *at)?;
    let (join_at, join_word) = join;
    // The names between: one between each two commas, the last before the
    // joining word.
    let mut middle: Vec<Range<usize>> = Vec::new();
    let mut bounds = commas.clone();
    bounds.push(join_at);
    for w in bounds.windows(2) {
        let text = &input[w[0] + 1..w[1]];
        let start = w[0] + 1 + (text.len() - text.trim_start().len());
        let end = w[0] + 1 + text.trim_end().len();
        if start < end {
            middle.push(start..end);
        }
    }
    if middle.is_empty()
        || middle
            .iter()
            .any(|r| input[r.clone()].split_whitespace().count() > MAX_NAME_WORDS)
    {
        return None;
    }
    // `both MINUSMA and Mali`: the first name, the joining word, the rest.
    let tail = &input[join_at + join_word.len()..];
    let pair = format!("{}{join_word}{tail}", &input[..first]);
    let r1 = rewrite_one(&pair, known).ok()?;
    // The first name is the one that ends where the first comma stood.
    let (_, _, first_name) = r1.names.iter().find(|(_, _, q)| q.end == first)?.clone();
    // Where a name of the pair question stands in the question asked.
    let shift = join_at + join_word.len() - (first + join_word.len());
    let back = |q: &Range<usize>| -> Range<usize> {
        if q.start >= first {
            q.start + shift..q.end + shift
        } else {
            q.clone()
        }
    };
    let explain = r1.formal.starts_with("explain ");
    let split = |formal: &str| -> (String, String) {
        let formal = formal.strip_prefix("explain ").unwrap_or(formal);
        match top_level_pipe(formal) {
            Some(at) => (formal[..at].trim_end().to_string(), formal[at..].to_string()),
            None => (formal.to_string(), String::new()),
        }
    };
    let (base1, stages) = split(&r1.formal);
    let offset1 = usize::from(explain) * 8;
    // A name in a stage (`| where mentions Mali`) would have to move with it.
    let in_base = |r: &Rewrite, base: &str| r.names.iter().all(|(_, f, _)| f.end - offset1 <= base.len());
    if !base1.contains(op) || !in_base(&r1, &base1) {
        return None;
    }
    let mut formal = format!("({base1})");
    let mut names: Vec<(char, Range<usize>, Range<usize>)> = r1
        .names
        .iter()
        .map(|(c, f, q)| (*c, f.start - offset1 + 1..f.end - offset1 + 1, back(q)))
        .collect();
    for m in &middle {
        let asked = format!(
            "{}{}{}",
            &pair[..first_name.start],
            &input[m.clone()],
            &pair[first_name.end..]
        );
        let rk = rewrite_one(&asked, known).ok()?;
        let (base, st) = split(&rk.formal);
        if st != stages || !base.contains(op) || !in_base(&rk, &base) {
            return None;
        }
        let grew = m.len() as isize - first_name.len() as isize;
        formal.push_str(op);
        formal.push('(');
        let at = formal.len();
        formal.push_str(&base);
        formal.push(')');
        for (c, f, q) in &rk.names {
            let q = if q.start == first_name.start {
                m.clone()
            } else if q.start > first_name.start {
                let q = (q.start as isize - grew) as usize..(q.end as isize - grew) as usize;
                back(&q)
            } else {
                q.clone()
            };
            names.push((*c, f.start - offset1 + at..f.end - offset1 + at, q));
        }
    }
    formal.push_str(&stages);
    if explain {
        formal.insert_str(0, "explain ");
        for (_, f, _) in &mut names {
            *f = f.start + 8..f.end + 8;
        }
    }
    let mut items: Vec<&str> = vec![&input[first_name.start..first]];
    items.extend(middle.iter().map(|m| &input[m.clone()]));
    if let Some((_, _, q)) = r1.names.iter().find(|(_, _, q)| q.start > first) {
        items.push(&input[back(q)]);
    }
    let mut readings = r1.readings;
    let last_item = items.pop().unwrap_or_default();
    readings.push(format!(
        "the list is read as each of its names: {}{}{last_item}",
        items.join(", "),
        if op == " union " { " or " } else { " and " }
    ));
    Some(Rewrite {
        formal,
        names,
        note: None,
        readings,
    })
}

/// The byte offset of the first `|` of a formal query outside quotes and
/// parentheses: where its stages start.
fn top_level_pipe(formal: &str) -> Option<usize> {
    let (mut quoted, mut depth) = (false, 0usize);
    for (i, c) in formal.char_indices() {
        match c {
            '"' if !(quoted && super::ast::escaped(formal, i)) => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            // `cites|mentions` is one step's kinds, not a stage.
            '|' if !quoted && depth == 0 && formal[..i].ends_with(' ') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Rewrite a question by the phrase table (see [`rewrite`]).
fn rewrite_one(input: &str, known: &dyn Fn(&str) -> bool) -> Result<Rewrite, NoPhrase> {
    // Stages after the first `|` outside quotes stay formal.
    let mut quoted = false;
    let mut cut = input.len();
    for (i, c) in input.char_indices() {
        match c {
            '"' if !(quoted && super::ast::escaped(input, i)) => quoted = !quoted,
            '|' if !quoted => {
                cut = i;
                break;
            }
            _ => {}
        }
    }
    let (question, stages) = input.split_at(cut);
    let trimmed = question.trim_end().trim_end_matches(['?', '.', '!']);
    let mut toks = tokenize(trimmed);
    if toks.len() > MAX_QUESTION_WORDS {
        return Err(NoPhrase {
            at: 0,
            wanted: Vec::new(),
            suggestion: None,
            message: None,
        });
    }
    let explain = toks
        .first()
        .is_some_and(|t| t.lower == "explain" && t.class == Class::Word);
    if explain {
        toks.remove(0);
    }
    drop_fillers(&mut toks);
    let sort = trailing_sort(&mut toks);
    // A time said first (`since 2010, which resolutions …`) is read at the
    // end, where the phrases take it.
    if let Some(j) = time(&toks, 0).into_iter().map(|(j, _)| j).max()
        && j < toks.len()
    {
        toks.rotate_left(j);
    }
    let mut miss = Miss::default();
    // The first reading whose names the graph knows all of, else the first
    // that knows the most of them (`Darfur and Chad` in a graph without
    // Darfur: the problem is Darfur, not a name `Darfur and Chad`).
    let mut best: Option<(usize, Bound, bool, usize)> = None;
    for (ix, els) in COMPILED.iter().enumerate() {
        let mut m = Matcher {
            toks: &toks,
            found: Vec::new(),
            miss: Miss::default(),
            budget: 20_000,
        };
        m.run(els, 0, Bound::default(), &[]);
        miss.merge(m.miss);
        for b in m.found {
            if !takes_conditions(PHRASES[ix], &b) {
                continue;
            }
            let (plausible, sure, knows) = judge(trimmed, &toks, &b, known);
            if !plausible {
                continue;
            }
            if sure {
                best = Some((ix, b, true, knows));
                break;
            }
            if best.as_ref().is_none_or(|x| knows > x.3) {
                best = Some((ix, b, false, knows));
            }
        }
        if best.as_ref().is_some_and(|b| b.2) {
            break;
        }
    }
    let Some((ix, b, _, _)) = best else {
        // `resolutions on libya 2011`: a bare year ending a question no
        // phrase reads is the year, as `in 2011` (where a phrase reads the
        // number, `did China veto 1973`, it is the document).
        if let [.., before, last] = toks.as_slice()
            && before.class == Class::Word
            && !doc_prefix(before)
            && !matches!(
                before.lower.as_str(),
                "in" | "of" | "since" | "before" | "after" | "until"
            )
            && year(last).is_some_and(past_year)
            && last.span.end == trimmed.len()
        {
            let at = last.span.start;
            let with_in = format!("{}in {}{stages}", &trimmed[..at], &trimmed[at..]);
            if let Ok(mut out) = rewrite_one(&with_in, known) {
                out.readings.push(format!(
                    "{} is read as the year (`in {}`); `resolution {}` is the document",
                    &trimmed[at..],
                    &trimmed[at..],
                    &trimmed[at..]
                ));
                return Ok(out);
            }
        }
        if let Some(out) = possessive_kind(trimmed, stages, &toks, known) {
            return Ok(out);
        }
        if let Some(out) = name_and_time(trimmed, stages, &toks, known) {
            return Ok(out);
        }
        // `what does resolutoin 2531 cite`: a word before a number one or two
        // edits from a word that names a document there.
        if let Some((w, word)) = toks.windows(2).find_map(|w| {
            let [word, next] = w else { return None };
            (word.class == Class::Word && next.class == Class::Number && !doc_prefix(word))
                .then(|| {
                    MISTYPED_PREFIXES.iter().find(|p| {
                        distance(&word.lower, p) <= 2
                            && word.lower.len() >= 5
                            && word.lower.strip_suffix('s') != Some(**p)
                    })
                })
                .flatten()
                .map(|p| (word, *p))
        }) {
            return Err(NoPhrase {
                at: w.span.start,
                wanted: vec![DOCUMENT_WANTED.to_string()],
                suggestion: Some(word.to_string()),
                message: None,
            });
        }
        // `whta cites 1325`: a first word one edit from a question word is
        // that word mistyped, not a name (the phrases would read it as one
        // and fail further on, at `cites`).
        if let Some(first) = toks.first().filter(|t| t.class == Class::Word)
            && !QUESTION_WORDS.contains(&first.lower.as_str())
            && let Some(word) = QUESTION_WORDS
                .iter()
                .find(|w| distance(&first.lower, w) == 1 && first.lower.len() >= 3)
        {
            return Err(NoPhrase {
                at: first.span.start,
                wanted: vec!["a question word (what, which, who, how, when, …)".to_string()],
                suggestion: Some((*word).to_string()),
                message: None,
            });
        }
        let at = toks.get(miss.at).map_or(trimmed.len(), |t| t.span.start);
        let found = toks.get(miss.at).map(|t| t.lower.clone()).unwrap_or_default();
        let suggestion = suggest(&found, &miss.spellings);
        let mut wanted = miss.wanted;
        wanted.sort_by_key(|w| (!w.starts_with('"'), w.clone()));
        return Err(NoPhrase {
            at,
            wanted,
            suggestion,
            message: None,
        });
    };
    // A question in the place of the name that starts a walk along
    // citations or mentions (`what does the latest resolution on Haiti
    // cite`). Not elsewhere: a vote, a mandate or a sponsor asked of a set
    // would lose the note that tells an unrecorded fact from a "no".
    let mut b = b;
    if let Some(r) = b.a.clone().filter(|_| walks_citations(PHRASES[ix].formal)) {
        let (text, _, words) = name_text(trimmed, &toks[r.clone()]);
        if words
            && !known(&super::ast::unescape(text.trim_matches('"')))
            && nested(trimmed, &toks[r]).is_some()
        {
            b.nested.push('a');
        }
    }
    let mut out = fill(trimmed, &toks, PHRASES[ix], &b);
    out.readings.splice(0..0, year_read_for_document(trimmed, &toks));
    out.readings.extend(reversed_range(&toks));
    if ["say/", "said/"].iter().any(|w| PHRASES[ix].pattern.contains(w)) {
        out.readings.push(
            "unxref records which actors and documents a text names or cites, not what it says of them: the rows \
             are the places it does, and their evidence is the line"
                .to_string(),
        );
    }
    // `which resolution cites the most other resolutions`: the ranking is
    // of all the documents each cites; the graph keeps no count by kind.
    if PHRASES[ix].formal.contains("by references")
        && let Some(most) = toks.iter().position(|t| t.lower == "most")
        && toks[most + 1..]
            .iter()
            .find(|t| t.lower != "other")
            .is_some_and(|t| ["resolutions", "reports", "letters"].contains(&t.lower.as_str()))
    {
        out.readings.push(
            "ranked by `references`: how many documents each cites, of every kind (resolutions, reports, letters, …), \
             not of one kind only"
                .to_string(),
        );
    }
    if PHRASES[ix].formal.contains("{expiry}") {
        out.readings.push(
            "read as the bodies whose latest recorded mandate runs to a date in that time, with no later end date \
             and no decision of a later year recorded on them; an extension stated as a period (\"for 12 months\") \
             without a date is not seen, nor a decision in a year whose texts the corpus does not hold (the year asked included), so \
             `mandate history of …` gives the record of each"
                .to_string(),
        );
    }
    if !b.nested.is_empty() {
        // The empty answer's sentence names the slot as one node.
        out.note = None;
    }
    if b.count || sort.is_some() || !stages.trim().is_empty() {
        out.note = None;
    }
    // `how many resolutions were adopted per year`: a count in each group,
    // which the grouping gives (a count first would leave nothing to group).
    let grouped = sort.as_deref().is_some_and(|s| s.starts_with(" | group by"));
    // `how many citations did 1325 get by year`: a phrase that counts, with
    // the grouping after, counts in each group.
    if grouped && let Some(set) = out.formal.strip_suffix(" | count") {
        out.formal = set.to_string();
    }
    if b.count && !grouped {
        out.formal.push_str(" | count");
    }
    if let Some(sort) = sort {
        out.formal.push_str(&sort);
    }
    let stages = stages.trim();
    if !stages.is_empty() {
        out.formal.push(' ');
        out.formal.push_str(stages);
    }
    if explain {
        out.formal.insert_str(0, "explain ");
        for (_, f, _) in &mut out.names {
            *f = f.start + 8..f.end + 8;
        }
    }
    Ok(out)
}

/// The words of the Council itself before a possessive (`the Council's
/// resolutions`, `the UN Security Council's`): every resolution is the
/// Council's, so they ask nothing.
const COUNCIL_WORDS: &[&str] = &["the", "security", "council", "council's"];

/// A question no phrase reads with a name's possessive before a kind (`Mali's
/// resolutions`, `UNMISS's reports in 2015`), read as the kind on the name
/// (`resolutions on Mali`, `reports on UNMISS in 2015`): the texts that name
/// it. The name is the longest run of words before `'s` the graph knows; the
/// Council's own (`the Council's resolutions on Haiti`) is dropped, as every
/// resolution is the Council's. `None` where no reading of that form is a
/// question a phrase reads.
fn possessive_kind(
    trimmed: &str,
    stages: &str,
    toks: &[Tok],
    known: &dyn Fn(&str) -> bool,
) -> Option<Rewrite> {
    let p = toks.iter().position(|t| t.class == Class::Possessive)?;
    let (end, _) = kinds_at(toks, p + 1).into_iter().next()?;
    let kind = &trimmed[toks[p + 1].span.start..toks[end - 1].span.end];
    let after = toks.get(end).map_or(trimmed.len(), |t| t.span.start);
    let rest = trimmed[after..].trim();
    let council = (0..p).find(|&s| {
        toks[s..p].iter().any(|t| t.lower == "council")
            && toks[s..p]
                .iter()
                .all(|t| COUNCIL_WORDS.contains(&t.lower.as_str()))
    });
    // The question asked again, in pieces, each with where it was typed:
    // the names found in it point back into the question as typed.
    let mut pieces: Vec<(&str, usize)> = Vec::new();
    let reading = if let Some(s) = council {
        let typed = &trimmed[toks[s].span.start..toks[p].span.end];
        pieces.push((&trimmed[..toks[s].span.start], 0));
        pieces.push((kind, toks[p + 1].span.start));
        format!("`{typed}` is dropped: every resolution in the graph is the Council's")
    } else {
        let s = (0..p).find(|&s| {
            toks[s..p].iter().all(|t| name_token(t, false))
                && known(&trimmed[toks[s].span.start..toks[p - 1].span.end])
        })?;
        let name = &trimmed[toks[s].span.start..toks[p - 1].span.end];
        let typed = &trimmed[toks[s].span.start..toks[end - 1].span.end];
        pieces.push((&trimmed[..toks[s].span.start], 0));
        pieces.push((kind, toks[p + 1].span.start));
        pieces.push((" on ", toks[p].span.start));
        pieces.push((name, toks[s].span.start));
        format!("`{typed}` is read as `{kind} on {name}`: the texts that name {name}")
    };
    if !rest.is_empty() {
        pieces.push((" ", after));
        pieces.push((rest, after));
    }
    let mut question = String::new();
    let mut starts: Vec<(usize, usize, usize)> = Vec::new();
    for (text, typed_at) in &pieces {
        starts.push((question.len(), question.len() + text.len(), *typed_at));
        question.push_str(text);
    }
    let asked = question.len();
    question.push_str(stages);
    let mut out = rewrite_one(&question, known).ok()?;
    let back = |at: usize| {
        starts
            .iter()
            .find(|(from, to, _)| (*from..*to).contains(&at))
            .map_or(trimmed.len() + at.saturating_sub(asked), |(from, _, typed)| {
                typed + at - from
            })
    };
    for (_, _, q) in &mut out.names {
        let start = back(q.start);
        let end = back(q.end.saturating_sub(1)) + 1;
        *q = start..end.max(start).min(trimmed.len() + stages.len());
    }
    out.readings.push(reading);
    Some(out)
}

/// `Yugoslavia in 1991`, `the Congo between 1960 and 1964` (and, through
/// the bare year's reading, `Yugoslavia 1991`): a name the graph knows and a
/// time, and nothing else, asks for the texts of that time that name it,
/// read as `what mentions …` (a dated name is then read in those years).
/// `None` where the question is not of that form or that reading fails.
fn name_and_time(trimmed: &str, stages: &str, toks: &[Tok], known: &dyn Fn(&str) -> bool) -> Option<Rewrite> {
    let k = (1..toks.len()).find(|&k| {
        time(toks, k).iter().any(|(end, _)| *end == toks.len())
            && toks[..k].iter().enumerate().all(|(i, t)| name_token(t, i == 0))
            && known(&trimmed[toks[0].span.start..toks[k - 1].span.end])
    })?;
    let name = &trimmed[toks[0].span.start..toks[k - 1].span.end];
    const LEAD: &str = "what mentions ";
    let mut out = rewrite_one(&format!("{LEAD}{trimmed}{stages}"), known).ok()?;
    for (_, _, q) in &mut out.names {
        *q = q.start.saturating_sub(LEAD.len())..q.end.saturating_sub(LEAD.len());
    }
    out.readings.push(format!(
        "`{trimmed}` is read as `what mentions {trimmed}`: the texts of that time that name {name}"
    ));
    Some(out)
}

/// The pattern of the phrase that reads a question, if one does.
#[cfg(test)]
fn phrase_of(input: &str) -> Option<&'static str> {
    let trimmed = input.trim_end().trim_end_matches(['?', '.', '!']);
    let mut toks = tokenize(trimmed);
    drop_fillers(&mut toks);
    trailing_sort(&mut toks);
    COMPILED.iter().enumerate().find_map(|(ix, els)| {
        let mut m = Matcher {
            toks: &toks,
            found: Vec::new(),
            miss: Miss::default(),
            budget: 20_000,
        };
        m.run(els, 0, Bound::default(), &[]);
        m.found
            .iter()
            .any(|b| takes_conditions(PHRASES[ix], b) && judge(trimmed, &toks, b, &|_| false).0)
            .then_some(PHRASES[ix].pattern)
    })
}

/// Words of courtesy at either end (`pls`, `please`, `thanks`).
const COURTESY: &[&str] = &["please", "pls", "plz", "kindly", "thanks", "thx"];

/// Words after a question that ask for a total (`… in total`), which a
/// count or a list gives anyway.
const TOTALS: &[&[&str]] = &[
    &["in", "total"],
    &["altogether"],
    &["overall"],
    &["all", "told"],
    &["in", "all"],
];

/// Words before a question that ask for it (`tell me who voted against
/// 1973`, `can you tell me what cites 1325`).
const LEAD_INS: &[&[&str]] = &[
    &["can", "you", "tell", "me"],
    &["could", "you", "tell", "me"],
    &["can", "you", "show", "me"],
    &["could", "you", "show", "me"],
    &["i", "want", "to", "know"],
    &["i'd", "like", "to", "know"],
    &["i", "would", "like", "to", "know"],
    &["do", "you", "know"],
    &["tell", "me"],
    &["show", "me"],
];

/// The words a question may start with after a lead-in.
const ASKING_WORDS: &[&str] = &[
    "what", "which", "who", "whose", "whom", "how", "when", "where", "is", "was", "were", "are", "did",
    "does", "do", "has", "have", "had",
];

/// Drop the words that change nothing in a question: courtesy at either
/// end (`pls list …`, `… please`), a lead-in before a question word (`tell
/// me who voted against 1973`), `ever` (`has 1820 ever been cited` asks
/// what `has 1820 been cited` asks) and `are there`, `is there` inside a
/// question (`what reports are there on Kosovo`, `how many resolutions are
/// there`).
fn drop_fillers(toks: &mut Vec<Tok>) {
    let word = |t: &Tok, w: &str| t.class == Class::Word && t.lower == w;
    toks.retain(|t| !word(t, "ever"));
    expand_shorthands(toks);
    while toks.len() > 1 && COURTESY.iter().any(|w| word(&toks[0], w)) {
        toks.remove(0);
    }
    while toks.len() > 1 && COURTESY.iter().any(|w| word(&toks[toks.len() - 1], w)) {
        toks.pop();
    }
    if toks.len() > 2 && word(&toks[toks.len() - 1], "you") && word(&toks[toks.len() - 2], "thank") {
        toks.truncate(toks.len() - 2);
    }
    // `how many resolutions were adopted in total`: a total is what a
    // count gives.
    for tail in TOTALS {
        let n = tail.len();
        if toks.len() > n + 1
            && toks[toks.len() - n..]
                .iter()
                .zip(tail.iter())
                .all(|(t, w)| word(t, w))
        {
            toks.truncate(toks.len() - n);
            break;
        }
    }
    for lead in LEAD_INS {
        let n = lead.len();
        if toks.len() > n
            && toks.iter().zip(lead.iter()).all(|(t, w)| word(t, w))
            && ASKING_WORDS.iter().any(|w| word(&toks[n], w))
        {
            toks.drain(..n);
            break;
        }
    }
    // `in which year was UNAMID established`, `what date was 1325
    // adopted`: a question for a date, which `when` asks (not `which year
    // had the most …`, a count).
    let at = usize::from(toks.first().is_some_and(|t| word(t, "in") || word(t, "on")));
    let ranks = toks
        .iter()
        .any(|t| ["most", "fewest", "least", "busiest"].iter().any(|w| word(t, w)));
    if toks.len() > at + 3
        && !ranks
        && (word(&toks[at], "what") || word(&toks[at], "which"))
        && ["year", "date", "day", "month"]
            .iter()
            .any(|w| word(&toks[at + 1], w))
        && ["was", "were", "is", "did", "does"]
            .iter()
            .any(|w| word(&toks[at + 2], w))
    {
        let when = Tok {
            lower: "when".into(),
            span: toks[0].span.start..toks[at + 1].span.end,
            class: Class::Word,
        };
        toks.splice(..at + 2, [when]);
    }
    // `which resolutions mention Mali and were adopted in 2013`: the time
    // of the texts asked for, which the phrases take at the end.
    let mut i = 1;
    while i + 2 < toks.len() {
        let adopted = |t: &Tok| ["adopted", "passed"].iter().any(|w| word(t, w));
        let run = if word(&toks[i], "and") && adopted(&toks[i + 1]) {
            2
        } else if word(&toks[i], "and")
            && ["was", "were"].iter().any(|w| word(&toks[i + 1], w))
            && adopted(&toks[i + 2])
        {
            3
        } else {
            0
        };
        if run > 0 && time(toks, i + run).iter().any(|(end, _)| *end == toks.len()) {
            toks.drain(i..i + run);
            break;
        }
        i += 1;
    }
    let mut i = 1;
    while i + 1 < toks.len() {
        if ["are", "is", "were"].iter().any(|w| word(&toks[i], w)) && word(&toks[i + 1], "there") {
            toks.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
}

/// Words written short, with the words the phrases are written in:
/// a negation with or without its apostrophe (`dont`, `doesn't`, `didn’t`
/// are `do not`, `does not`, `did not`) and the Council's abbreviation
/// (`UNSC` is `Security Council`).
const SHORTHANDS: &[(&str, &[&str])] = &[
    ("dont", &["do", "not"]),
    ("don't", &["do", "not"]),
    ("don’t", &["do", "not"]),
    ("doesnt", &["does", "not"]),
    ("doesn't", &["does", "not"]),
    ("doesn’t", &["does", "not"]),
    ("didnt", &["did", "not"]),
    ("didn't", &["did", "not"]),
    ("didn’t", &["did", "not"]),
    ("isnt", &["is", "not"]),
    ("isn't", &["is", "not"]),
    ("isn’t", &["is", "not"]),
    ("wasnt", &["was", "not"]),
    ("wasn't", &["was", "not"]),
    ("wasn’t", &["was", "not"]),
    ("werent", &["were", "not"]),
    ("weren't", &["were", "not"]),
    ("weren’t", &["were", "not"]),
    ("arent", &["are", "not"]),
    ("aren't", &["are", "not"]),
    ("aren’t", &["are", "not"]),
    ("hasnt", &["has", "not"]),
    ("hasn't", &["has", "not"]),
    ("hasn’t", &["has", "not"]),
    ("havent", &["have", "not"]),
    ("haven't", &["have", "not"]),
    ("haven’t", &["have", "not"]),
    ("hadnt", &["had", "not"]),
    ("hadn't", &["had", "not"]),
    ("hadn’t", &["had", "not"]),
    ("unsc", &["security", "council"]),
    // `how many resolutions did the SC adopt in 2014`: the press's short
    // form (no node is named `SC`; `SC/7791`, a press release, is a symbol).
    ("sc", &["security", "council"]),
];

/// Replace each shorthand word by its words (each keeps the word's span, so
/// an error still points at what was typed); `UN` or `United Nations`
/// before `Security Council` is dropped (`the UN Security Council` is `the
/// Security Council`).
fn expand_shorthands(toks: &mut Vec<Tok>) {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len() + 2);
    for t in toks.drain(..) {
        match SHORTHANDS
            .iter()
            .find(|(w, _)| t.class == Class::Word && t.lower == *w)
        {
            Some((_, words)) => out.extend(words.iter().map(|w| Tok {
                lower: (*w).to_string(),
                span: t.span.clone(),
                class: Class::Word,
            })),
            None => out.push(t),
        }
    }
    let word = |t: Option<&Tok>, w: &str| t.is_some_and(|t| t.class == Class::Word && t.lower == w);
    let mut i = 0;
    while i < out.len() {
        let security_at = |j: usize| word(out.get(j), "security") && word(out.get(j + 1), "council");
        if (word(out.get(i), "un") || word(out.get(i), "u.n.")) && security_at(i + 1) {
            out.remove(i);
        } else if word(out.get(i), "united") && word(out.get(i + 1), "nations") && security_at(i + 2) {
            out.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
    *toks = out;
}

/// `sorted by year`, `newest first`, `in chronological order` at the end of
/// a question: removed, and returned as a stage.
fn trailing_sort(toks: &mut Vec<Tok>) -> Option<String> {
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    let endings: &[(&[&str], &str)] = &[
        // By date: documents of one year are in the order adopted.
        (&["newest", "first"], " | sort by date desc"),
        (&["most", "recent", "first"], " | sort by date desc"),
        (&["latest", "first"], " | sort by date desc"),
        (&["oldest", "first"], " | sort by date"),
        (&["in", "chronological", "order"], " | sort by date"),
        (&["chronologically"], " | sort by date"),
        (&["sorted", "by", "year"], " | sort by year"),
        (&["sorted", "by", "date"], " | sort by date"),
        (&["ordered", "by", "year"], " | sort by year"),
        (&["by", "year"], " | group by year"),
        (&["per", "year"], " | group by year"),
        (&["each", "year"], " | group by year"),
        (&["every", "year"], " | group by year"),
        (&["a", "year"], " | group by year"),
        (&["by", "decade"], " | group by decade"),
        (&["per", "decade"], " | group by decade"),
        (&["each", "decade"], " | group by decade"),
        (&["by", "month"], " | group by month"),
        (&["per", "month"], " | group by month"),
        (&["each", "month"], " | group by month"),
        (&["a", "month"], " | group by month"),
    ];
    for (ending, stage) in endings {
        if words.len() > ending.len() && words.ends_with(ending) {
            toks.truncate(toks.len() - ending.len());
            return Some((*stage).to_string());
        }
    }
    // `number of resolutions by year in the 1990s`, `how many resolutions
    // per month in 2014`: the ending before a time that ends the question,
    // which stays. (`per year`, `each year` before a time are read by a
    // phrase.)
    let before_time = |e: &[&str], stage: &str| {
        e.contains(&"by") || stage.contains("group by decade") || stage.contains("group by month")
    };
    for (ending, stage) in endings.iter().filter(|(e, stage)| before_time(e, stage)) {
        let n = ending.len();
        let Some(at) = (1..words.len().saturating_sub(n)).find(|&at| {
            words[at..at + n] == **ending && time(toks, at + n).iter().any(|(end, _)| *end == toks.len())
        }) else {
            continue;
        };
        toks.drain(at..at + n);
        return Some((*stage).to_string());
    }
    None
}

/// Whether the phrase's formal query has a place for the conditions a
/// reading asks (an article's, `Article 41`): one without would answer
/// about the whole chapter.
fn takes_conditions(phrase: Phrase, b: &Bound) -> bool {
    (b.article.is_none() || phrase.formal.contains("{where") || phrase.formal.contains("{|where"))
        && !cites_or_mentions_from_non_documents(phrase, b)
        && mentioned_as_the_kind_is(phrase, b)
        && (!phrase.formal.contains("{expiry}") || b.time.as_deref().and_then(expiry).is_some())
}

/// What a text "mentions" is read by the kind asked: documents are cited
/// (no `mentions` edge leads to one), anything else is named. A phrase of
/// mentioning walks `-> cites` for a kind of documents only
/// (`resolutions mentioned in resolution 1973`), `-> mentions` for any
/// other kind or none (`states mentioned in 1973`).
fn mentioned_as_the_kind_is(phrase: Phrase, b: &Bound) -> bool {
    let mentioning = ["mention", "named"].iter().any(|w| phrase.pattern.contains(w));
    let forward_mentions = phrase.formal.contains("-> mentions{");
    let forward_cites = phrase.formal.contains("-> cites{");
    if !mentioning || !(forward_mentions || forward_cites) {
        return true;
    }
    let documents = super::resolve::KindMask::documents().0;
    let of_documents = b
        .kind
        .as_ref()
        .and_then(|(kind, _)| super::resolve::kind_mask(kind))
        .is_some_and(|mask| mask.0 != 0 && mask.0 & !documents == 0);
    if forward_cites {
        of_documents
    } else {
        !of_documents
    }
}

/// True for a reading that asks which actors cite or mention a name (`show
/// 1267 Committee` read as "committees that mention 1267"): only documents
/// cite or mention, so such a reading cannot be meant.
fn cites_or_mentions_from_non_documents(phrase: Phrase, b: &Bound) -> bool {
    let incoming = ["<- cites{", "<- mentions{"]
        .iter()
        .any(|w| phrase.formal.contains(w));
    let documents = super::resolve::KindMask::documents().0;
    incoming
        && !phrase.formal.contains("{k")
        && b.kind
            .as_ref()
            .and_then(|(kind, _)| super::resolve::kind_mask(kind))
            .is_some_and(|mask| mask.0 & documents == 0)
}

/// Whether a reading's names are plausible, whether the graph knows every
/// name in words, and how many of those it knows.
fn judge(input: &str, toks: &[Tok], b: &Bound, known: &dyn Fn(&str) -> bool) -> (bool, bool, usize) {
    let mut plausible = true;
    let mut sure = true;
    let mut knows = 0;
    for (slot, r) in [('a', &b.a), ('b', &b.b), ('s', &b.s)] {
        let Some(r) = r else { continue };
        // An article stands for its chapter's node, named by the phrase.
        if b.article.is_some_and(|(s, _)| s == slot) {
            continue;
        }
        let (text, ok, words) = name_text(input, &toks[r.clone()]);
        if words {
            let k = known(&super::ast::unescape(text.trim_matches('"')))
                || (slot != 's' && nested(input, &toks[r.clone()]).is_some());
            // `presidential statements` names a kind, not a node, unless
            // the graph knows a node of that name.
            // So does `a peacekeeping mission`: a kind after an article.
            let words = &toks[r.clone()];
            let bare = match words {
                [first, rest @ ..]
                    if !rest.is_empty() && matches!(first.lower.as_str(), "a" | "an" | "any") =>
                {
                    rest
                }
                _ => words,
            };
            let kind = kind_words(bare).is_some();
            // `the report of the Secretary-General` is the title of many
            // reports: a kind of document, never one of them.
            plausible &= ((ok && !kind) || k) && !generic_title(words);
            sure &= k;
            knows += usize::from(k);
        }
    }
    (plausible, sure, knows)
}

/// True for a formal query that starts at `{a}` and walks its citations or
/// mentions, where an empty answer is a true "none" for a text the graph
/// read.
fn walks_citations(formal: &str) -> bool {
    [
        "{a} -> cites",
        "{a} <- cites",
        "{a} -> mentions",
        "{a} <- mentions",
        "{a} | cocited",
        "{a} | coupled",
    ]
    .iter()
    .any(|p| formal.starts_with(p))
}

/// Where `in the corpus` (`of the corpus`, `in the collection`, `in the
/// database`, `in the graph`) that starts at `i` ends, if it does.
fn in_the_corpus(toks: &[Tok], i: usize) -> Option<usize> {
    let word = |j: usize, ws: &[&str]| {
        toks.get(j)
            .is_some_and(|t| t.class == Class::Word && ws.contains(&t.lower.as_str()))
    };
    if !word(i, &["in", "of"]) {
        return None;
    }
    let at = if word(i + 1, &["the", "this", "our"]) {
        i + 2
    } else {
        i + 1
    };
    word(
        at,
        &["corpus", "collection", "database", "graph", "dataset", "data"],
    )
    .then_some(at + 1)
}

/// The phrases that ask for the first or the latest documents of a kind
/// (`the latest resolution on Haiti`), by their index in [`PHRASES`].
static SUPERLATIVES: LazyLock<Vec<usize>> = LazyLock::new(|| {
    PHRASES
        .iter()
        .enumerate()
        .filter(|(_, phrase)| {
            phrase.formal.ends_with("| limit {n:1}")
                && ["{open} the? {n}? first/", "{open} the? {n}? most? latest/"]
                    .iter()
                    .any(|p| phrase.pattern.starts_with(p))
        })
        .map(|(ix, _)| ix)
        .collect()
});

/// The words a first document of a nested question starts with.
const SUPERLATIVE_WORDS: &[&str] = &[
    "the", "most", "latest", "last", "newest", "recent", "first", "earliest", "oldest",
];

/// True when the whole of `toks` asks for the first or the latest documents
/// of a kind (the names in it unjudged).
fn superlative_at(toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else { return false };
    if first.class != Class::Word || !SUPERLATIVE_WORDS.contains(&first.lower.as_str()) || toks.len() < 2 {
        return false;
    }
    SUPERLATIVES.iter().any(|&ix| {
        let mut m = Matcher {
            toks,
            found: Vec::new(),
            miss: Miss::default(),
            budget: 2_000,
        };
        m.run(&COMPILED[ix], 0, Bound::default(), &[]);
        m.found.iter().any(|b| b.kind.is_some())
    })
}

/// The formal query of words that name no node but ask for the first or
/// the latest documents of a kind (`the latest resolution on Syria`), for
/// the message that says so.
pub(crate) fn nested_question(text: &str) -> Option<String> {
    let toks = tokenize(text);
    nested(text, &toks).map(|r| r.formal)
}

/// The words of a name slot read as a question of their own: the first or
/// the latest documents of a kind (`the latest resolution on Haiti`, `the
/// first report to cite 1325`), by the phrases that ask for them. `None`
/// for anything else, and for a kind alone with no article (`resolution
/// 1325` is a name).
fn nested(input: &str, toks: &[Tok]) -> Option<Rewrite> {
    let first = toks.first()?;
    if first.class != Class::Word || !SUPERLATIVE_WORDS.contains(&first.lower.as_str()) || toks.len() < 2 {
        return None;
    }
    SUPERLATIVES.iter().find_map(|&ix| {
        let phrase = PHRASES[ix];
        let els = &COMPILED[ix];
        let mut m = Matcher {
            toks,
            found: Vec::new(),
            miss: Miss::default(),
            budget: 20_000,
        };
        m.run(els, 0, Bound::default(), &[]);
        m.found
            .into_iter()
            .find(|b| {
                b.kind.is_some()
                    && b.nested.is_empty()
                    && takes_conditions(phrase, b)
                    && judge(input, toks, b, &|_| false).0
            })
            .map(|b| fill(input, toks, phrase, &b))
    })
}

/// A time condition (`year in 1990..1999`, `year >= 1990`, `year = 1965`)
/// as the suffix of a vote metric that narrows it to those years
/// (`_1990_1999`, `_since_1990`, `_1965`); `None` for a time it cannot
/// write (two years apart, a date).
fn vote_years_suffix(time: &str) -> Option<String> {
    let words: Vec<&str> = time.split_whitespace().collect();
    let year = |w: &str| w.parse::<u16>().ok();
    match words.as_slice() {
        ["year", "in", range] => {
            let (a, b) = range.split_once("..")?;
            Some(format!("_{}_{}", year(a)?, year(b)?))
        }
        ["year", "=", y] => Some(format!("_{}", year(y)?)),
        ["year", ">=", y] => Some(format!("_since_{}", year(y)?)),
        ["year", ">", y] => Some(format!("_since_{}", year(y)?.checked_add(1)?)),
        ["year", "<=", y] => Some(format!("_until_{}", year(y)?)),
        ["year", "<", y] => Some(format!("_until_{}", year(y)?.checked_sub(1)?)),
        _ => None,
    }
}

fn fill(input: &str, toks: &[Tok], phrase: Phrase, b: &Bound) -> Rewrite {
    let mut conds: Vec<String> = Vec::new();
    let mut readings: Vec<String> = Vec::new();
    let template = phrase.formal;
    if let Some((kind, _)) = &b.kind
        && !template.contains("{k")
    {
        conds.push(format!("kind = \"{kind}\""));
    }
    if let Some(category) = b.kind.as_ref().and_then(|(_, typed)| category_kind(typed)) {
        conds.push(format!("category = \"{category}\""));
    }
    // The Assembly's resolutions are a kind of their own.
    if let Some((organ, kind)) = b.kind.as_ref().and_then(|(_, typed)| organ_kind_words(typed))
        && kind != "ga_resolutions"
    {
        conds.push(format!("organ = \"{organ}\""));
    }
    if b.held {
        conds.push("held".to_string());
    }
    if let Some(rel) = b.relation {
        conds.push(format!("relation ~ \"{rel}\""));
    }
    if let Some(vote) = &b.vote {
        conds.push(vote.clone());
    }
    if let Some((_, n)) = b.article {
        conds.push(article_condition(n));
    }
    let mut names = Vec::new();
    let mut formal = String::new();
    let slot_text =
        |which: char, formal: &mut String, names: &mut Vec<(char, Range<usize>, Range<usize>)>| {
            let r = match which {
                'a' => b.a.clone(),
                'b' => b.b.clone(),
                _ => b.s.clone(),
            };
            if let Some(r) = r {
                if b.nested.contains(&which)
                    && let Some(inner) = nested(input, &toks[r.clone()])
                {
                    formal.push('(');
                    let start = formal.len();
                    formal.push_str(&inner.formal);
                    names.extend(
                        inner
                            .names
                            .into_iter()
                            .map(|(w, f, orig)| (w, f.start + start..f.end + start, orig)),
                    );
                    formal.push(')');
                    return;
                }
                let (text, _, _) = match b.article {
                    // `Article 41`: its chapter's node, the article a condition.
                    Some((slot, n)) if slot == which => (
                        format!("\"Chapter {}\"", article_chapter(n).unwrap_or_default()),
                        true,
                        false,
                    ),
                    _ => name_text(input, &toks[r.clone()]),
                };
                let orig = toks[r.start].span.start..toks[r.end - 1].span.end;
                let start = formal.len();
                formal.push_str(&text);
                names.push((which, start..formal.len(), orig));
            }
        };
    if b.s.is_some() {
        let mut c = String::from("mentions ");
        slot_text('s', &mut c, &mut names);
        // The name's place is fixed up once the condition lands in `formal`.
        conds.push(c);
    }
    // `{when}`: the time is the sources' (`which missions were established
    // in 2004`: resolutions of 2004), the other conditions the answer's.
    let when = template.contains("{when") || template.contains("{expiry");
    // `{years}`: the time narrows a vote metric (`abstained_1990_1999`),
    // where it can be written so; else it stays a condition.
    let vote_years = template
        .contains("{years}")
        .then(|| b.time.as_deref().and_then(vote_years_suffix))
        .flatten();
    if let Some(t) = &b.time
        && !when
        && vote_years.is_none()
    {
        conds.push(t.clone());
    }
    let subject_name = if b.s.is_some() { names.pop() } else { None };
    // The conditions the question itself asked for: an empty answer is empty
    // under them, and its note says so.
    let mut asked = conds.clone();
    if when && let Some(t) = &b.time {
        asked.push(t.clone());
    }
    // `{where:held}`: a condition of the phrase itself, after the question's.
    if let Some(at) = template.find("{where:") {
        let fixed = &template[at + 7..];
        if let Some(end) = fixed.find('}') {
            conds.push(fixed[..end].to_string());
        }
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        formal.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let key = &rest[open + 1..close];
        rest = &rest[(close + 1).min(rest.len())..];
        let (key, default) = key.split_once(':').unwrap_or((key, ""));
        match key {
            // `{a:doc}` where a value is a document (`date = resolution
            // 1373`): a bare number would be a year or a meeting.
            "a" if default == "doc" => {
                let start = formal.len();
                let bare =
                    b.a.as_ref()
                        .is_some_and(|r| r.len() == 1 && toks[r.start].class == Class::Number);
                if bare {
                    formal.push_str("resolution ");
                }
                slot_text('a', &mut formal, &mut names);
                if let Some(last) = names.last_mut() {
                    last.1.start = start;
                }
            }
            // `{a:words}` inside a string: the name as typed, lower case,
            // without quotes or a leading `the` (`renames monuc`).
            "a" if default == "words" => {
                if let Some(r) = &b.a {
                    let typed = &input[toks[r.start].span.start..toks[r.end - 1].span.end];
                    let typed = typed.replace(['"', '\'', '\\'], "").to_lowercase();
                    formal.push_str(typed.strip_prefix("the ").unwrap_or(&typed).trim());
                }
            }
            "a" | "doc" => slot_text('a', &mut formal, &mut names),
            "b" => slot_text('b', &mut formal, &mut names),
            // `the latest resolutions on Haiti`: a plural without a number
            // is the newest few, not one.
            "n" if default == "1"
                && b.n.is_none()
                && b.kind.as_ref().is_some_and(|(_, typed)| plural_kind(typed)) =>
            {
                formal.push_str(&FEW.to_string());
                let order = if template.contains("date desc") {
                    "latest"
                } else {
                    "earliest"
                };
                let typed = b.kind.as_ref().map_or("", |(_, typed)| typed.as_str());
                readings.push(format!(
                    "\"{typed}\" with no number is read as the {FEW} {order} (say \"the {order} 10 {typed}\" for more)"
                ));
            }
            "n" => formal.push_str(&b.n.map_or(default.to_string(), |n| n.to_string())),
            "k" => formal.push_str(b.kind.as_ref().map_or(default, |(k, _)| k)),
            "cited" => {
                formal.push_str(b.cited.as_ref().map_or(default, |(k, _)| k));
                // `ECOSOC resolutions`: the organ, as `{where}` has it for `{k}`.
                if let Some((organ, _)) = b.cited.as_ref().and_then(|(_, typed)| organ_kind_words(typed))
                    && b.cited.as_ref().is_some_and(|(k, _)| k != "ga_resolutions")
                {
                    formal.push_str(&format!(" where organ = \"{organ}\""));
                }
            }
            "depth" => formal.push_str(b.depth.as_deref().unwrap_or("")),
            "years" => formal.push_str(vote_years.as_deref().unwrap_or("")),
            "expiry" => formal.push_str(&b.time.as_deref().and_then(expiry).unwrap_or_default()),
            "when" => {
                if let Some(t) = &b.time {
                    // `{when:held}`: of the texts held only, whose
                    // citations are known.
                    formal.push_str(if default == "held" {
                        " where held and "
                    } else {
                        " where "
                    });
                    formal.push_str(t);
                }
            }
            "where" | "|where" if !conds.is_empty() => {
                formal.push_str(if key == "where" { " where " } else { " | where " });
                for (i, c) in conds.iter().enumerate() {
                    if i > 0 {
                        formal.push_str(" and ");
                    }
                    if c.starts_with("mentions ")
                        && let Some((slot, f, o)) = &subject_name
                    {
                        let at = formal.len() + 9;
                        names.push((*slot, at..at + (f.end - f.start), o.clone()));
                    }
                    formal.push_str(c);
                }
            }
            _ => {}
        }
    }
    formal.push_str(rest);
    let note = (!phrase.note.is_empty()).then(|| {
        let kind_typed = b
            .kind
            .as_ref()
            .map_or("documents".to_string(), |(_, t)| t.clone());
        let mut text = phrase.note.replace("{kw}", &kind_typed);
        if let Some((_, typed)) = &b.cited {
            text = text.replace("{cited}", typed);
        }
        // "nothing in the graph says it acts under Article 42", not under
        // the chapter that holds it.
        if let Some((slot, n)) = b.article {
            text = text.replace(&format!("{{{slot}}}"), &format!("Article {n}"));
        }
        // "nothing in the graph cites 1325" is not what `which resolutions
        // cite 1325 in 1990` found empty.
        if !asked.is_empty() {
            text = format!("with {}: {text}", asked.join(" and "));
        }
        let mut order = Vec::new();
        // Names fill `{}` holes in the order they appear in the sentence.
        let mut positions: Vec<(usize, char)> = Vec::new();
        for (slot, ix) in [("{a}", 'a'), ("{b}", 'b')] {
            positions.extend(text.match_indices(slot).map(|(p, _)| (p, ix)));
        }
        positions.sort();
        for (_, ix) in &positions {
            order.push(*ix);
        }
        text = text.replace("{a}", "{}").replace("{b}", "{}");
        (text, order)
    });
    Rewrite {
        formal,
        names,
        note,
        readings,
    }
}

/// The phrase word nearest a mistyped word, within two edits.
pub(crate) fn suggest(found: &str, wanted: &[String]) -> Option<String> {
    if found.len() < 3 {
        return None;
    }
    wanted
        .iter()
        .map(String::as_str)
        .filter(|w| *w != found)
        .map(|w| (distance(found, w), w))
        .filter(|(d, w)| *d <= 2 && *d < w.len().min(found.len()))
        .min()
        .map(|(_, w)| w.to_string())
}

/// See [`distance`].
const DISTANCE_CAP: usize = 8;

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`,
/// exact up to [`DISTANCE_CAP`]; beyond it, where the words' lengths differ
/// by more, that difference, a lower bound. The callers ask for one or two
/// edits, and a word of a megabyte typed as a name is not compared letter
/// by letter with every phrase word (it took minutes).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let apart = a.len().abs_diff(b.len());
    if apart > DISTANCE_CAP {
        return apart;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formal(q: &str) -> String {
        match rewrite(q, &|_| false) {
            Ok(r) => r.formal,
            Err(e) => panic!("{q}: {e:?}"),
        }
    }

    #[test]
    fn patterns_compile_with_their_groups() {
        let els = compile("{open} {k}? (on/about {s})? cite {a}");
        assert_eq!(els.len(), 5);
        assert!(matches!(&els[2], El::Opt(g) if g.len() == 2));
    }

    #[test]
    fn questions_become_formal_text() {
        assert_eq!(
            formal("which resolutions recall 1325"),
            "1325 <- cites where kind = \"resolutions\" and relation ~ \"recall\""
        );
        assert_eq!(
            formal("how did the Soviet Union vote on 120"),
            "120 <- voted where node = \"the Soviet Union\""
        );
        assert_eq!(
            formal("most cited resolutions in the 1990s"),
            "all resolutions where year in 1990..1999 | top 10 by citations"
        );
        assert_eq!(formal("who sponsored S/2020/240"), "S/2020/240 -> submitted_by");
        assert_eq!(
            formal("how many resolutions cite 1267?"),
            "1267 <- cites where kind = \"resolutions\" | count"
        );
        assert_eq!(
            formal("explain which resolutions on Liberia cite 1325"),
            "explain 1325 <- cites where kind = \"resolutions\" and mentions \"Liberia\""
        );
    }

    /// The lines of a fenced block of the reference, by its info string.
    fn reference_block(info: &str) -> Vec<String> {
        let doc = include_str!("../../docs/query-language.md");
        let start = doc.find(&format!("```{info}\n")).expect("the block is there") + info.len() + 4;
        let end = start + doc[start..].find("```").expect("the block ends");
        doc[start..end].lines().map(str::to_string).collect()
    }

    /// The reference's ```phrases block is this table; with `UNXREF_BLESS=1`
    /// the test writes the table into the reference instead
    /// (`UNXREF_BLESS=1 cargo test --lib the_reference_lists_the_phrase_table`).
    #[test]
    fn the_reference_lists_the_phrase_table() {
        let listed = reference_block("phrases");
        let table: Vec<String> = PHRASES
            .iter()
            .map(|p| format!("{}  =>  {}", p.pattern, p.formal))
            .collect();
        if std::env::var_os("UNXREF_BLESS").is_some() && listed != table {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/query-language.md");
            let doc = std::fs::read_to_string(path).expect("the reference reads");
            let start = doc.find("```phrases\n").expect("the block is there") + "```phrases\n".len();
            let end = start + doc[start..].find("```").expect("the block ends");
            let mut block = table.join("\n");
            block.push('\n');
            std::fs::write(path, format!("{}{block}{}", &doc[..start], &doc[end..]))
                .expect("the reference writes");
            return;
        }
        assert_eq!(
            listed, table,
            "regenerate with UNXREF_BLESS=1 if the table changed on purpose"
        );
    }

    #[test]
    fn every_phrase_has_an_example_in_the_reference() {
        // Each example read once (reading tries every phrase): the phrases
        // that read some example.
        let read: std::collections::HashSet<&str> = reference_block("phrase-examples")
            .iter()
            .filter_map(|e| phrase_of(e.split("  =>  ").next().unwrap_or("")))
            .collect();
        for phrase in PHRASES {
            assert!(
                read.contains(phrase.pattern),
                "no example is read by `{}`",
                phrase.pattern
            );
        }
    }

    #[test]
    fn a_typo_gets_the_nearest_phrase_word() {
        let e = rewrite("what dose 2531 cite", &|_| false).unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("does"), "{e:?}");
        assert_eq!(e.at, 5);
    }
}
