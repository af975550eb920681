//! Mandates: bodies named by the resolution that created them ("the panel of
//! experts established pursuant to resolution 2374 (2017)"), bodies a
//! resolution creates ("Decides to establish … a Committee of the Security
//! Council", "Recommends the creation … of a United Nations Peace keeping
//! Force in Cyprus"), operations it authorizes ("Decides to authorize the
//! deployment of AFISMA"), mandates it extends, renews or rolls over
//! ("Decides to extend the mandate of MINUSMA until 30 June 2021", "(b) To
//! renew the mandate of …", "Extends once more the stationing in Cyprus …",
//! "decides to extend its mandate for a further period ending …"), ends
//! ("Decides to terminate the mandate of UNASOG") or changes ("Decides to
//! expand UNAMIR's mandate"). docs/design.md ("Peace operations") lists which
//! wording gives which relation and what is deliberately not read.

use std::collections::BTreeSet;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::cues::{Cue, Cues, matches_near, near};
use super::learn::NewActor;
use super::{AnchoredAt, Ctx, Groups, Mention, Who, WsRegex, one_space, ws_re};
use crate::extract::patterns::{compile, compile_bytes};
use crate::model::{Category, EdgeAttrs, EdgeKind, Link, NodeKind, NodeRef};
use crate::symbol::Symbol;

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| compile(pattern))
}

/// A pattern over bytes: `(?-u:[^.;])` steps a byte at a time where the
/// Unicode class decodes characters. Its matches begin and end at ASCII
/// bytes, so their offsets are the text's.
fn bytes_re(cell: &'static OnceLock<regex::bytes::Regex>, pattern: &str) -> &'static regex::bytes::Regex {
    cell.get_or_init(|| compile_bytes(pattern))
}

/// A body named by its founding resolution.
#[derive(Debug, Clone)]
pub(super) struct Generic {
    pub start: usize,
    pub end: usize,
    /// Canonical symbol of the founding resolution.
    pub resolution: String,
    pub who: Who,
}

/// The canonical noun and category of a body's generic name. A working group
/// of the Council ("the informal Working Group established pursuant to
/// resolution 1265 (1999)") is a body, as the learned "Working Group on …"
/// names are: the Council lists its working groups apart from its
/// committees, and a working group is no sanctions committee.
fn body_noun(noun: &str) -> (&'static str, &'static str) {
    let n = noun.to_ascii_lowercase();
    match n.as_str() {
        "panel of experts" | "panel" => ("Panel of Experts", "panel"),
        "group of experts" => ("Group of Experts", "panel"),
        "monitoring group" => ("Monitoring Group", "panel"),
        "monitoring team" => ("Monitoring Team", "panel"),
        "working group" => ("Working Group", "body"),
        "commission of experts" => ("Commission of Experts", "body"),
        "commission of inquiry" => ("Commission of Inquiry", "body"),
        "commission" => ("Commission", "body"),
        _ => ("Committee", "committee"),
    }
}

/// The founding resolution a generic name cites, as the dictionary writes
/// it when the text gives the right number with another year: "the Group of
/// Experts, originally established pursuant to paragraph 7 of resolution
/// 1584 (2004)" (1980 (2011) and later) is the Group of Experts on Côte
/// d'Ivoire, founded by 1584 (2005); a number names one resolution.
fn founding_symbol(dict: &super::ActorDictionary, noun: &str, resolution: Symbol) -> Symbol {
    let category = body_noun(noun).1;
    if dict.established_by(resolution.as_str(), category).is_some() {
        return resolution;
    }
    let Some(number) = resolution.resolution_number() else {
        return resolution;
    };
    dict.founded(category)
        .filter_map(|(_, r)| r.parse::<Symbol>().ok())
        .find(|r| r.resolution_number() == Some(number))
        .unwrap_or(resolution)
}

/// The founding resolution of the dictionary's body of `noun`'s kind whose
/// founding resolution has this `number`, for a name that gives the number
/// alone.
fn founded_by_number(dict: &super::ActorDictionary, noun: &str, number: &str) -> Option<Symbol> {
    let number: u32 = number.parse().ok()?;
    dict.founded(body_noun(noun).1)
        .filter_map(|(_, r)| r.parse::<Symbol>().ok())
        .find(|r| r.resolution_number() == Some(number))
}

/// The actor a generic name stands for: the dictionary's entry established by
/// that resolution, else a new actor named after the resolution.
fn resolve_body(
    ctx_dict: &super::ActorDictionary,
    new: &mut Vec<NewActor>,
    noun: &str,
    resolution: &Symbol,
) -> Who {
    let (noun, category) = body_noun(noun);
    if let Some(e) = ctx_dict.established_by(resolution.as_str(), category) {
        return Who::Entry(e);
    }
    // A commission the dictionary holds as a mission: "the Commission
    // established by its resolution 39 (1948)" (51 (1948)) is UNCIP.
    if noun == "Commission"
        && let Some(e) = ctx_dict.established_by(resolution.as_str(), "mission")
    {
        return Who::Entry(e);
    }
    let short = resolution.as_str().trim_start_matches("S/RES/");
    let name = format!("{noun} established pursuant to resolution {short}");
    if let Some(e) = named_after(ctx_dict, noun, resolution) {
        return Who::Entry(e);
    }
    let id = format!("actor:{name}");
    if let Some(i) = new.iter().position(|a| a.node.id == id) {
        return Who::New(i);
    }
    let number = resolution
        .resolution_number()
        .map_or_else(String::new, |n| n.to_string());
    new.push(NewActor {
        node: NodeRef {
            id,
            kind: NodeKind::Actor,
            label: format!("{number} {noun}"),
            category: category.parse().ok(),
        },
        name,
    });
    Who::New(new.len() - 1)
}

/// The dictionary's body known by the name "`noun` established pursuant to
/// resolution `resolution`" (its canonical noun, [`body_noun`]), founded by
/// another resolution: "the Group of Experts established pursuant to
/// resolution 1771 (2007)" (1857 (2008) and later) is the DRC Group of
/// Experts of 1533 (2004), renewed by 1771.
fn named_after(dict: &super::ActorDictionary, noun: &str, resolution: &Symbol) -> Option<usize> {
    let noun = body_noun(noun).0;
    let short = resolution.as_str().trim_start_matches("S/RES/");
    let name = format!("{noun} established pursuant to resolution {short}");
    match dict.scan(&name).as_slice() {
        [f] if f.start == 0 && f.end == name.len() => dict.target(f, None),
        _ => None,
    }
}

/// Bodies named by their founding resolution, for [`Ctx::find_mentions`]:
/// "the Committee established by its resolution 724 (1991)", "the Committee
/// of the Security Council established by resolution 421 (1977)" (919
/// (1994)), "the Panel of Experts, originally appointed pursuant to
/// resolution 1591 (2005)" (the Sudan Panel's renewals from 1945 (2010)),
/// "the Panel of Experts appointed by the Secretary-General pursuant to
/// paragraph 3 (b) of resolution 1591 (2005)" (their preambles).
pub(super) fn generic_bodies(
    text: &str,
    cues: &Cues,
    dict: &super::ActorDictionary,
    new: &mut Vec<NewActor>,
) -> Vec<Generic> {
    static G: OnceLock<Regex> = OnceLock::new();
    let g = re(
        &G,
        r"(?-u:\b)([Cc]ommittee|[Pp]anel of [Ee]xperts|[Gg]roup of [Ee]xperts|[Mm]onitoring [Gg]roup|[Mm]onitoring [Tt]eam|[Ww]orking [Gg]roup|[Cc]ommission of [Ee]xperts|[Cc]ommission of [Ii]nquiry|[Pp]anel|[Cc]ommission)(?P<council> of the Security Council)?,? (?:(?:originally|initially|previously|first) )?(?:established|set up|created|appointed)(?P<by> by the Secretary-General)? (?:pursuant to|by|under|in accordance with|in) (?:paragraph \d+(?: ?\([a-z]\))? of )?(?:its |the )?resolution \[?(?P<number>\d{1,4})(?: ?\((?P<year>\d{4})\)|(?P<bare>(?-u:\b)[^/\d(]))",
    );
    let mut out = Vec::new();
    // The noun ends at most 25 bytes before the participle's cue ("…stablished"),
    // and the resolution's number follows within about 100.
    let mut found = Vec::new();
    for (from, to) in near(text, cues.at(Cue::Founded), 40, 160) {
        static RESOLUTION: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new("resolution"));
        if RESOLUTION.find(&text.as_bytes()[from..to]).is_none() {
            continue;
        }
        let mut at = from;
        while let Some(c) = g.captures_at(&text[..to], at) {
            at = c.get(0).map_or(to, |m| m.end());
            found.push(c);
        }
    }
    for c in found {
        let (Some(whole), Some(noun)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let resolution = match c.name("year") {
            Some(year) => {
                let Ok(resolution) = format!("S/RES/{} ({})", &c["number"], year.as_str()).parse::<Symbol>()
                else {
                    continue;
                };
                founding_symbol(dict, noun.as_str(), resolution)
            }
            // A number without its year ("the Committee established in
            // paragraph 35 of resolution 1988", 2160 (2014), 2255 (2015))
            // names the body only when the dictionary holds one of that
            // kind founded by the resolution of that number; else it is
            // left unread rather than given a guessed year.
            None => {
                let Some(resolution) = founded_by_number(dict, noun.as_str(), &c["number"]) else {
                    continue;
                };
                resolution
            }
        };
        // The Secretary-General appoints the members of a body anew at each
        // renewal: "the New York-based Monitoring Team, appointed by the
        // Secretary-General pursuant to paragraph 20 of resolution 1617
        // (2005)" names the renewal, not the founding (1526 (2004)). Such a
        // name is read only when the dictionary says that resolution founded
        // a body of its kind ("the Panel of Experts appointed by the
        // Secretary-General pursuant to paragraph 3 (b) of resolution 1591
        // (2005)": the Panel of Experts on the Sudan).
        if c.name("by").is_some()
            && dict
                .established_by(resolution.as_str(), body_noun(noun.as_str()).1)
                .is_none()
        {
            continue;
        }
        let who = resolve_body(dict, new, noun.as_str(), &resolution);
        // "the Committee of the Security Council established by resolution
        // 421 (1977)": the name ends at the noun, so that "Security Council"
        // stays a mention of its own and this one does not overlap it.
        let end = if c.name("council").is_some() {
            noun.end()
        } else if let Some(number) = c.name("number").filter(|_| c.name("year").is_none()) {
            number.end()
        } else {
            whole.end()
        };
        out.push(Generic {
            start: noun.start(),
            end,
            resolution: resolution.to_string(),
            who,
        });
    }
    out
}

/// `establishes` and `extends_mandate` links.
pub(super) fn mandates(ctx: &Ctx<'_>, links: &mut Vec<Link>) {
    let mut seen: BTreeSet<(String, String, EdgeKind)> = BTreeSet::new();
    let mut push =
        |links: &mut Vec<Link>, source: NodeRef, target: NodeRef, kind: EdgeKind, attrs: EdgeAttrs| {
            if seen.insert((source.id.clone(), target.id.clone(), kind)) {
                links.push(ctx.link(source, target, kind, attrs));
            }
        };
    // "… established pursuant to resolution 2374 (2017)": 2374 → the body.
    for g in &ctx.generic {
        let Ok(res) = g.resolution.parse::<Symbol>() else {
            continue;
        };
        // A body the dictionary says another resolution founded is only
        // named by this one ("the Group of Experts established pursuant to
        // resolution 1771 (2007)": founded by 1533 (2004)).
        if let Who::Entry(e) = g.who
            && ctx
                .dict
                .entry(e)
                .established_by
                .as_deref()
                .is_some_and(|founding| founding != g.resolution)
        {
            continue;
        }
        let attrs = EdgeAttrs {
            relation: Some("established pursuant to".to_string()),
            evidence: Some(ctx.evidence(g.start, g.end)),
            ..EdgeAttrs::default()
        };
        push(
            links,
            NodeRef::document(&res),
            ctx.who_ref(g.who),
            EdgeKind::Establishes,
            attrs,
        );
    }
    let text = ctx.text();
    let gates = Gates::new(text);
    let holds = |gate: Gate| gates.has(gate);
    // Where the operative verbs can begin, found when first needed.
    let verb_starts = std::cell::OnceCell::new();
    let verb_starts = || verb_starts.get_or_init(|| VerbStarts::new(text));
    // Most texts establish and extend nothing: their cues are absent.
    if ctx.cues.has(Cue::Establish) {
        establishments(ctx, text, &mut |source, target, kind, attrs| {
            push(links, source, target, kind, attrs)
        });
    }
    if holds(Gate::TheEstablishment) {
        endorsed_establishments(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::Establishes, attrs)
        });
    }
    if holds(Gate::BeKnownAs) || holds(Gate::BearThe) {
        renamings(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::Establishes, attrs)
        });
    }
    if holds(Gate::ShallConstitute) {
        constitutions(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::Establishes, attrs)
        });
    }
    if holds(Gate::UsedInAllLanguages) {
        acronym_namings(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::Establishes, attrs)
        });
    }
    if holds(Gate::BeEstablished) || holds(Gate::HerebyEstablished) {
        passive_establishments(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::Establishes, attrs)
        });
    }
    if ctx.cues.has(Cue::Extend) {
        extensions(ctx, text, verb_starts(), &gates, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::ExtendsMandate, attrs)
        });
    }
    if holds(Gate::Uthori) && holds(Gate::Ontinu) {
        authorized_continuations(ctx, text, verb_starts(), &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::ExtendsMandate, attrs)
        });
    }
    if holds(Gate::Ontinu) {
        continued_operations(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::ExtendsMandate, attrs)
        });
    }
    // After the extensions: "Decides to extend the mandate of the
    // Monitoring Group … and requests the Secretary-General … to
    // re-establish the Monitoring Group" (1766 (2007) and later) keeps the
    // extension's link.
    if holds(Gate::ReDashEstablish) || holds(Gate::Reestablish) || holds(Gate::WithAViewToExtending) {
        re_establishments(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::ExtendsMandate, attrs)
        });
    }
    // Authorizations of the use of force: "all necessary means/measures"
    // governed by an authorization (see [`force_authorizations`]).
    if holds(Gate::NecessaryMeans) {
        force_authorizations(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::AuthorizesForce, attrs)
        });
    }
    // Authorizations, terminations and changes of mandate or strength: their
    // verbs are rare enough that one look for "andate"/"uthori" gates them;
    // a committee dissolved or a mission withdrawn may say neither (1074
    // (1996), 1997 (2011)).
    if [
        Gate::Uthori,
        Gate::Andate,
        Gate::Strength,
        Gate::Creation,
        Gate::Dissolve,
        Gate::Withdraw,
    ]
    .into_iter()
    .any(holds)
    {
        other_decisions(ctx, text, verb_starts(), &mut |source, target, kind, attrs| {
            push(links, source, target, kind, attrs)
        });
    }
    // After the extensions: a mandate laid out anew changes the mandate of
    // a body that already exists, as one the same text extends does.
    if holds(Gate::Andate) {
        let extended: BTreeSet<(String, String)> = (links.iter())
            .filter(|l| l.kind == EdgeKind::ExtendsMandate)
            .map(|l| (l.source.id.clone(), l.target.id.clone()))
            .collect();
        mandates_laid_out(
            ctx,
            text,
            verb_starts(),
            &extended,
            &mut |source, target, attrs| push(links, source, target, EdgeKind::ModifiesMandate, attrs),
        );
        components_resized(ctx, text, verb_starts(), &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::ModifiesMandate, attrs)
        });
    }
}

/// A body the Council keeps running to a date: "Decides that CTED will
/// continue to operate as a special political mission under the policy
/// guidance of the CTC for the period ending 31 December 2010" (1805
/// (2008); 1963 (2010), 2129 (2013) likewise, the corpus's three), an
/// `extends_mandate` link, relation "continues", with that end date.
/// Without it the first period 1535 (2004) set CTED ("for an initial period
/// ending 31 December 2007") read as its last. Only a body named as the
/// subject and an end date stated: "the provisions of its resolution 1357
/// (2001) shall continue in force until 30 June 2002" (1418) names no body.
fn continued_operations(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static CONTINUES: OnceLock<WsRegex> = OnceLock::new();
    let continues = ws_re(
        &CONTINUES,
        r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)? that (?P<subject>[^;:.,]{2,80}?) (?:will|shall) continue to (?:operate|function)(?-u:\b)",
    );
    for c in continues.captures_iter(text) {
        let (Some(whole), Some(subject)) = (c.get(0), c.name("subject")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let end = clause_end(text, whole.end(), 300);
        let Some(date) = end_date(&text[whole.end()..end]) else {
            continue;
        };
        let Some(m) = operation_in(ctx, subject.start(), subject.end(), true) else {
            continue;
        };
        let attrs = EdgeAttrs {
            relation: Some("continues".to_string()),
            date: date.parse().ok(),
            evidence: Some(ctx.evidence(whole.start(), end)),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(whole.start())),
            ctx.who_ref(m.who),
            attrs,
        );
    }
}

/// A component's strength changed in the passive: "Decides that the
/// military component of UNAMSIL shall be expanded to a maximum of 13,000
/// military personnel" (1299 (2000); 1289 (2000) likewise), "Decides that
/// the military component of MINURCAT shall be reduced to 2,200 military
/// personnel" (1923 (2010)): the corpus's three, each a `modifies_mandate`
/// link as "Decides to increase the force levels of UNMISS" is (relation
/// "expands", "reduces"). Read last: a text that also changes the mandate
/// otherwise (1289 "revises", 1923 "sets out the mandate anew") keeps that
/// link.
fn components_resized(ctx: &Ctx<'_>, text: &str, starts: &VerbStarts, sink: &mut Sink<'_>) {
    static RESIZED: LazyLock<AnchoredAt> = LazyLock::new(|| {
        AnchoredAt::new(
            r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)? that (?P<obj>the (?:military|police|civilian) component of [^;:.,]{2,80}?) (?:shall|will) be (?P<how>expanded|reduced)(?-u:\b)",
        )
    });
    for c in RESIZED.captures_from(text, starts.decides()) {
        let (Some(whole), Some(obj), Some(how)) = (c.get(0), c.name("obj"), c.name("how")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let Some(m) = operation_in(ctx, obj.start(), obj.end(), false) else {
            continue;
        };
        let relation = if how.as_str() == "reduced" {
            "reduces"
        } else {
            "expands"
        };
        let attrs = EdgeAttrs {
            relation: Some(relation.to_string()),
            evidence: Some(ctx.evidence(whole.start(), clause_end(text, whole.end(), 300))),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(whole.start())),
            ctx.who_ref(m.who),
            attrs,
        );
    }
}

/// The literals that gate the finders of [`mandates`] (and the continuations of [`extensions`]): a finder runs only
/// on a text that holds one of its literals.
#[derive(Debug, Clone, Copy)]
enum Gate {
    TheEstablishment,
    BeKnownAs,
    BearThe,
    ShallConstitute,
    BeEstablished,
    HerebyEstablished,
    ReDashEstablish,
    Reestablish,
    Uthori,
    Andate,
    Strength,
    Creation,
    Dissolve,
    Withdraw,
    Ontinu,
    WithAViewToExtending,
    UsedInAllLanguages,
    NecessaryMeans,
}

/// The literal of each [`Gate`], in its order, as the bytes before the part
/// searched for and that part. No part begins with a common word (`the`
/// before `establishment`: 182,000 in the resolutions; `with`: 21,000),
/// where the search would stop to look, nor begins another part (see
/// [`Gates::new`]).
const GATE_WORDS: [(&str, &str); 18] = [
    ("the ", "establishment"),
    ("", "be known as"),
    ("", "bear the"),
    ("", "shall constitute"),
    ("", "be established"),
    ("", "hereby established"),
    ("", "re-establish"),
    ("", "reestablish"),
    ("", "uthori"),
    ("", "andate"),
    ("", "strength"),
    ("", "creation"),
    ("", "dissolve"),
    ("wi", "thdraw"),
    ("", "ontinu"),
    ("with a ", "view to extending the mandate of"),
    ("", "used in all languages"),
    ("", "necessary m"),
];

/// The [`Gate`]s a text holds (`text.contains(word)` for each gate's
/// word), found by one search of the text for all their words: a search of
/// the whole text per gate, some twenty a text (most gates are absent, so
/// each ran to the end), cost 69 M instructions a pass over the resolutions.
struct Gates(u32);

impl Gates {
    /// Each search reports the leftmost part, the longest of those that
    /// begin there, and the next search begins one byte after its start: a
    /// part is hidden from the search only by a longer one that begins
    /// where it begins, and no part begins another. So every place each
    /// part stands is seen, and the bytes before it tell the word.
    fn new(text: &str) -> Gates {
        static PARTS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(GATE_WORDS.map(|(_, part)| part))
                .expect("gate words build an automaton")
        });
        let bytes = text.as_bytes();
        let mut held = 0u32;
        let mut at = 0;
        while let Some(m) = PARTS.find(aho_corasick::Input::new(text).span(at..text.len())) {
            let gate = m.pattern().as_usize();
            if bytes[..m.start()].ends_with(GATE_WORDS[gate].0.as_bytes()) {
                held |= 1 << gate;
            }
            at = m.start() + 1;
        }
        Gates(held)
    }

    fn has(&self, gate: Gate) -> bool {
        self.0 & (1 << gate as u32) != 0
    }
}

type KindSink<'s> = dyn FnMut(NodeRef, NodeRef, EdgeKind, EdgeAttrs) + 's;

/// The first body a mandate can belong to named in `from..to`, if it is a
/// peace operation (mission, force, office) or, when `any`, any such body.
///
/// A name in parentheses just after a description names what it describes:
/// "a multinational stabilization force (EUFOR ALTHEA) as a legal successor
/// to SFOR" (2019 (2011)) is EUFOR, though SFOR is also called so.
fn operation_in<'c>(ctx: &'c Ctx<'_>, from: usize, to: usize, any: bool) -> Option<&'c Mention> {
    let operation = |x: &Mention| {
        holder(ctx, x)
            && (any
                || ctx
                    .who_ref(x.who)
                    .category
                    .map(Category::as_str)
                    .is_some_and(|c| matches!(c, "mission" | "force" | "office")))
    };
    let i = ctx.mentions.partition_point(|x| x.start < from);
    let found = ctx.mentions[i..]
        .iter()
        .take_while(|x| x.start < to)
        .position(&operation)?;
    let (first, rest) = (&ctx.mentions[i + found], &ctx.mentions[i + found + 1..]);
    let text = ctx.text();
    let named = rest.first().filter(|next| {
        next.who != first.who
            && operation(next)
            && text
                .get(first.end..next.start)
                .is_some_and(|gap| gap.trim() == "(")
    });
    Some(named.unwrap_or(first))
}

/// An authorization: "Decides to authorize …", "Approves the recommendation … to
/// authorize", "Authorizes …" (see [`other_decisions`]), or its renewal:
/// "Decides to renew the authorization of Member States of the African Union
/// to maintain a mission in Somalia" (1801 (2008), 1831 (2008); "to renew
/// for up to six months from the date of this resolution the authorization
/// of", 1863 (2009)); or "Authorizes X to deploy" (16 in the corpus: the
/// European Union deploying an operation of its own in 1778 (2007) and
/// 2134 (2014), the Secretary-General or a mission deploying personnel in
/// the 14 others).
const AUTH_PATTERN: &str = r"(?-u:\b)(?:(?:[Dd]ecides|DECIDES)(?: further| also)?(?:,[^;]{0,200}?,)?,? to authori[sz]e(?: and mandate)?|(?P<renew>(?:[Dd]ecides|DECIDES)(?: further| also)?,? to renew(?: [^;.]{1,80}?)? the authori[sz]ation of)|Approves the recommendations? [^;]{0,200}? to authori[sz]e|Authori[sz]es)(?-u:\b)(?:(?P<maintain>[^;.]{0,160}? to maintain(?: the deployment)?(?: until [^;]{0,40}?)?(?: of)?)|(?P<who>[^;.]{1,160}?) to (?:establish(?-u:\b)(?P<further>[^;.]{0,40}? for a further period)?|(?P<continued>continue for a further (?:planned )?period)(?-u:\b)|(?P<deploy>deploy)(?-u:\b))|,?(?: [^;,]{0,160},){0,2} (?:the|an?) (?:(?:immediate|rapid|earliest possible|full|phased|gradual) )*(?P<what>deployment|establishment)(?: and (?:immediate )?dispatch)?(?:,[^;,]{0,80},| for [^;,]{0,40}?)? of(?:,[^;,]{0,80},)?)";

/// A termination: "Decides to terminate the mandate of …", "and to dissolve".
const END_PATTERN: &str = r"(?-u:\b)(?:(?:[Dd]ecides|DECIDES)(?: further| also)?,?|(?P<joined>and)) to (?P<verb>terminate|end|bring to an end|dissolve|withdraw) (?:the (?:mandate|operations?|presence) of )?";

/// A termination in the passive: "Decides that the mandate of … shall terminate",
/// also after a clause: "Decides that, in order to allow for the orderly
/// establishment of the operation …, the mandate of UNCRO shall terminate"
/// (1025 (1995)).
/// Or a closure: "Decides that MINUSTAH will close on 15 October 2017"
/// (2350 (2017)).
const END_PASSIVE_PATTERN: &str = r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)?,? that(?:,[^;:.]{1,200}?,)? (?:the (?:mandate|operations?) of (?P<obj>[^;]{2,150}?) (?:shall|will|should) (?:terminate|end|expire|cease|come to an end)|(?P<subject>[^;,]{2,120}?) (?:shall|will) close)(?-u:\b)";

/// A change of mandate or strength: "Decides to increase …".
const CHANGE_PATTERN: &str = r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)?(?:,[^,;]{0,80},)? to (?P<verb>increase|expand|enlarge|adjust|revise|reduce|decrease|strengthen|augment|raise|modify)(?-u:\b)";

/// The literals the operative verbs of [`extensions`] and
/// [`other_decisions`] begin with, each after a word boundary: `Decide`
/// (`[Dd]ecides?`), `DECIDES`, `Approves` (the proposal to extend, the
/// recommendation to authorize), `Authori[sz]es`, `Extends`, `Renews`,
/// `Prolongs`, `Requests` (that the Secretary-General renew a panel's
/// mandate) and `Endorses` (the decision to extend). All are letters, so a match cannot begin inside another
/// literal's hit (no word boundary there): one search for them all gives
/// every place where a match beginning with one can begin. Two more starts
/// are found apart, being common: `(` (a lettered item, `(b) To renew`) and
/// `and` (a termination joined to another decision).
const VERB_WORDS: [&str; 10] = [
    "Decide", "decide", "DECIDES", "Approves", "Authori", "Extends", "Renews", "Prolongs", "Requests",
    "Endorses",
];

/// Indices in [`VERB_WORDS`].
const APPROVES: usize = 3;
const AUTHORI: usize = 4;

/// Where the operative verbs' patterns can begin in a text: the hits of
/// [`VERB_WORDS`], found once for the finders that read them.
struct VerbStarts {
    /// `(offset, index in VERB_WORDS)`, in order.
    words: Vec<(usize, usize)>,
    /// The matches of [`EXTENSION_VERB`], found when first needed
    /// ([`extension_verbs`]): the extensions and the changes joined to
    /// them read them both.
    extension_verbs: std::cell::OnceCell<Vec<std::ops::Range<usize>>>,
}

impl VerbStarts {
    fn new(text: &str) -> VerbStarts {
        static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(VERB_WORDS)
                .expect("verb literals build an automaton")
        });
        let words = WORDS
            .find_iter(text)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .collect();
        VerbStarts {
            words,
            extension_verbs: std::cell::OnceCell::new(),
        }
    }

    /// The offsets of the hits of the words `take` accepts (by index).
    fn of(&self, take: fn(usize) -> bool) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .filter(move |&&(_, w)| take(w))
            .map(|&(at, _)| at)
    }

    /// The hits of `Decide`, `decide` and `DECIDES`.
    fn decides(&self) -> impl Iterator<Item = usize> + '_ {
        self.of(|w| w < APPROVES)
    }
}

/// `a` and `b` (each sorted) merged, in order.
fn merged(a: impl Iterator<Item = usize>, b: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut all: Vec<usize> = a.chain(b).collect();
    all.sort_unstable();
    all
}

/// The `(` of `text` that begin a lettered item, `(b)` (`\([a-z]\)`):
/// where the extension pattern's `(b) To renew` can begin. Texts hold tens
/// of parentheses round a year or a number for each.
fn lettered_items(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'(', bytes).filter(move |&at| {
        bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase) && bytes.get(at + 2) == Some(&b')')
    })
}

/// The `and` of `text` that may begin `and\s+to` ([`may_join_to`]): where
/// a termination joined to another decision can begin. It is the commonest
/// word of the texts.
fn joining_ands(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, b"and").filter(move |&at| may_join_to(bytes, at))
}

/// False only where the `and` at `at` cannot begin `and\s+to` (the
/// pattern's `and to`, spaces any run of white space): the next byte is
/// ASCII and no white space, or the white space is followed by other ASCII
/// bytes than `to`. A byte beyond ASCII may begin a Unicode space: the
/// pattern decides there.
fn may_join_to(bytes: &[u8], at: usize) -> bool {
    let gap = at + 3;
    let mut i = gap;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            return true;
        }
        if !matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            break;
        }
        i += 1;
    }
    i > gap && bytes[i..].starts_with(b"to")
}

static AUTH: LazyLock<AnchoredAt> = LazyLock::new(|| AnchoredAt::new(AUTH_PATTERN));
static END: LazyLock<AnchoredAt> = LazyLock::new(|| AnchoredAt::new(END_PATTERN));
static END_PASSIVE: LazyLock<AnchoredAt> = LazyLock::new(|| AnchoredAt::new(END_PASSIVE_PATTERN));
static CHANGE: LazyLock<AnchoredAt> = LazyLock::new(|| AnchoredAt::new(CHANGE_PATTERN));

/// `authorizes` ("Decides to authorize the deployment of AFISMA",
/// "Authorizes the establishment of … UNAVEM III"), the renewal of an
/// authorization to keep an operation ("Decides to authorize the Member
/// States of the African Union to maintain AMISOM until 31 January 2010":
/// `extends_mandate`, relation "authorizes to maintain"), `terminates`
/// ("Decides to terminate the mandate of …", "the mandate of UNPROFOR shall
/// terminate on …") and `modifies_mandate` ("Decides to expand UNAMIR's
/// mandate", "Decides to increase the force levels of UNMISS").
fn other_decisions(ctx: &Ctx<'_>, text: &str, starts: &VerbStarts, sink: &mut KindSink<'_>) {
    // Each pattern is tried anchored where it can begin (see
    // [`AnchoredAt::find_from`]).
    for c in AUTH.captures_from(text, starts.of(|w| w <= AUTHORI)) {
        let Some(whole) = c.get(0) else { continue };
        if supposed(text, whole.start()) {
            continue;
        }
        let clause = clause_end(text, whole.end(), 400);
        let doc = ctx.doc_at(whole.start());
        let (kind, relation, reach) = match (c.name("maintain"), c.name("what")) {
            (Some(_), _) if c.name("renew").is_some() => (
                EdgeKind::ExtendsMandate,
                "renews the authorization to maintain".to_string(),
                40,
            ),
            (Some(_), _) => (EdgeKind::ExtendsMandate, "authorizes to maintain".to_string(), 40),
            // "Authorizes Member States … to establish a multinational
            // implementation force (IFOR)" (1031 (1995)), "… to establish
            // for a further period of twelve months … a multinational
            // stabilization force" (a renewal, 1575 (2004) on), and SFOR's
            // renewals before it, "… to continue for a further planned
            // period of 12 months the multinational stabilization force
            // (SFOR)" (1174 (1998) to 1551 (2004), 7 clauses); "Authorizes
            // the Secretary-General, with the assistance of relevant
            // international organizations, to establish an international
            // civil presence in Kosovo" (1244 (1999)): the Secretary-General
            // establishes a mission of the United Nations, as when the
            // Council requests him to.
            _ if c.name("who").is_some() => {
                let secretary_general = c
                    .name("who")
                    .is_some_and(|w| w.as_str().trim_start().starts_with("the Secretary-General"));
                if c.name("further").is_some() {
                    (
                        EdgeKind::ExtendsMandate,
                        "authorizes to establish for a further period".to_string(),
                        220,
                    )
                } else if c.name("continued").is_some() {
                    (
                        EdgeKind::ExtendsMandate,
                        "authorizes to continue for a further period".to_string(),
                        220,
                    )
                } else if c.name("deploy").is_some() {
                    // "Authorizes the European Union to deploy … an
                    // operation" (1778 (2007), 2134 (2014)): an organization
                    // or Member States deploy a force of their own. The
                    // Secretary-General or a mission deploying troops or
                    // elements ("Authorizes the Secretary-General to deploy
                    // immediately additional elements of UNPROFOR", 761
                    // (1992); "Authorizes UNMIL … to deploy … military
                    // personnel", 1626 (2005)) authorizes no operation.
                    let deployer = c.name("who").is_some_and(|w| {
                        let i = ctx.mentions.partition_point(|x| x.start < w.start());
                        ctx.mentions[i..]
                            .iter()
                            .take_while(|x| x.end <= w.end())
                            .any(|x| {
                                ctx.who_ref(x.who).category.map(Category::as_str) == Some("organization")
                            })
                            || w.as_str().contains("Member States")
                    });
                    if !deployer {
                        continue;
                    }
                    (EdgeKind::Authorizes, "authorizes to deploy".to_string(), 220)
                } else if secretary_general {
                    (
                        EdgeKind::Establishes,
                        "authorizes the Secretary-General to establish".to_string(),
                        120,
                    )
                } else {
                    (EdgeKind::Authorizes, "authorizes to establish".to_string(), 120)
                }
            }
            // To authorize an operation's establishment is to establish it
            // (976 (1995): "Authorizes the establishment of a peace-keeping
            // operation, UNAVEM III"); to authorize its deployment is not.
            (None, Some(w)) if w.as_str() == "establishment" => (
                EdgeKind::Establishes,
                "authorizes the establishment".to_string(),
                160,
            ),
            (None, Some(w)) => (
                EdgeKind::Authorizes,
                format!("authorizes the {}", w.as_str()),
                160,
            ),
            _ => continue,
        };
        // The link's attributes: an extension, an authorization or a founding
        // carries the end date its clause gives or counts ("for a period of
        // twelve months after the adoption of this resolution", MISCA, 2127
        // (2013); "for an initial period of six months as from 1 June 2004",
        // ONUB, 1545 (2004)).
        let attrs_of = |kind: EdgeKind, relation: String| EdgeAttrs {
            relation: Some(relation),
            date: matches!(
                kind,
                EdgeKind::ExtendsMandate | EdgeKind::Authorizes | EdgeKind::Establishes
            )
            .then(|| end_of(ctx, &text[whole.start()..clause], doc).and_then(|d| d.parse().ok()))
            .flatten(),
            evidence: Some(ctx.evidence(whole.start(), clause)),
            ..EdgeAttrs::default()
        };
        let Some(m) = operation_in(ctx, whole.end(), clause.min(whole.end() + reach), false) else {
            // An operation the clause describes without its name: "Decides to
            // renew the authorization of Member States of the African Union
            // to maintain a mission in Somalia for a further period of six
            // months" (AMISOM, 1772 (2007) to 1863 (2009)).
            let described =
                matches!(kind, EdgeKind::ExtendsMandate | EdgeKind::Authorizes) && c.name("what").is_none();
            let fielded = || {
                c.name("deploy")
                    .and(c.name("who"))
                    .and_then(|w| fielded_operation(ctx, text, w.start(), w.end(), whole.end(), doc))
            };
            if let Some(target) = described
                .then(|| described_operation(ctx, text, whole.end(), clause, doc).or_else(fielded))
                .flatten()
            {
                sink(ctx.acting_resolution(doc), target, kind, attrs_of(kind, relation));
            }
            continue;
        };
        // The operation itself, not a part of it or a body near it: "the
        // establishment of a Commission of Inquiry … on UNOSOM II", "the
        // deployment of up to 50 additional military observers to UNOMIG".
        // "to establish a presence of the United Nations Protection Force
        // (UNPROFOR) in the former Yugoslav Republic of Macedonia" (795
        // (1992)) founds no UNPROFOR.
        const PARTS: [&str; 14] = [
            "presence",
            "additional",
            "component",
            "personnel",
            "observers",
            "unit",
            "troops",
            "Commission",
            "Committee",
            "elements",
            "contingent",
            "battalion",
            "those",
            "police",
        ];
        let between = &text[whole.end()..m.start];
        if kind != EdgeKind::ExtendsMandate && PARTS.iter().any(|p| between.contains(p)) {
            continue;
        }
        // The deployment of an operation the clause names as new founds it:
        // "Decides to authorize … the deployment of a peacekeeping operation
        // in Burundi entitled United Nations Operation in Burundi (the
        // acronym ONUB being used in all languages)" (1545 (2004), the
        // corpus's one such naming).
        let (kind, relation) =
            if kind == EdgeKind::Authorizes && c.name("what").is_some() && naming_before(between) {
                (
                    EdgeKind::Establishes,
                    "authorizes the deployment of an operation entitled".to_string(),
                )
            } else {
                (kind, relation)
            };
        sink(
            ctx.acting_resolution(doc),
            ctx.who_ref(m.who),
            kind,
            attrs_of(kind, relation),
        );
    }
    let mut ends: Vec<(usize, usize, usize, &str)> = Vec::new();
    // "Decides to terminate the mandate of UNASOG", "Further decides to
    // dissolve the Committee established by its resolution 724 (1991)" (the
    // corpus's ten dissolutions, all of committees: 460 (1979) to 1940
    // (2010)), "Decides to terminate the prohibitions … and to dissolve the
    // Committee established under resolution 985 (1995)" (1343 (2001), 1521
    // (2003)), "Decides to withdraw UNMIS effective 11 July 2011" (1997
    // (2011), the corpus's one withdrawal of a mission by name).
    for c in END.captures_from(text, merged(starts.decides(), joining_ands(text))) {
        let (Some(m), Some(verb)) = (c.get(0), c.name("verb")) else {
            continue;
        };
        // "and to dissolve" ends what a "Decides to terminate …" began:
        // one decision joined to another, not a request's second infinitive.
        let start = match c.name("joined") {
            Some(_) => {
                let sentence = text[..m.start()].rfind([';', '.', ':']).map_or(0, |i| i + 1);
                let Some(d) = text[sentence..m.start()].find("ecides").map(|i| sentence + i - 1) else {
                    continue;
                };
                let first = text[d..m.start()].split_once(" to ").map_or("", |(_, f)| f);
                if !joined_decision(&format!("{} ", one_space(first))) {
                    continue;
                }
                d
            }
            None => m.start(),
        };
        if supposed(text, start) {
            continue;
        }
        let clause = clause_end(text, m.end(), 400);
        let Some(x) = operation_in(ctx, m.end(), clause.min(m.end() + 40), true) else {
            continue;
        };
        // What is withdrawn is the operation itself, not its troops or a
        // part of it ("to withdraw all UNOSOM II military forces").
        let relation = match verb.as_str() {
            "withdraw" if !matches!(text[m.end()..x.start].trim(), "" | "the") => continue,
            "withdraw" => "withdraws",
            "dissolve" => "dissolves",
            _ => "terminates",
        };
        ends.push((start, x.start, clause, relation));
    }
    for c in END_PASSIVE.captures_from(text, starts.decides()) {
        let Some(whole) = c.get(0) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        // What closes is the operation the subject names, and nothing else:
        // "MINUSTAH", "the United Nations Stabilization Mission in Haiti
        // (MINUSTAH)", not "the office of the Special Envoy" or "the
        // border crossing".
        if let Some(subject) = c.name("subject") {
            let x = operation_in(ctx, subject.start(), subject.end(), false).filter(|x| {
                matches!(text[subject.start()..x.start].trim(), "" | "the")
                    && ctx
                        .mentions
                        .iter()
                        .filter(|m| m.start >= x.start && m.start < subject.end())
                        .all(|m| m.who == x.who || text[x.end..m.start].trim() == "(")
                    && text[x.end..subject.end()]
                        .trim()
                        .trim_start_matches('(')
                        .trim_end_matches(')')
                        .split_whitespace()
                        .count()
                        <= 1
            });
            if let Some(x) = x {
                ends.push((
                    whole.start(),
                    x.start,
                    clause_end(text, whole.end(), 400),
                    "closes",
                ));
            }
            continue;
        }
        let Some(obj) = c.name("obj") else {
            continue;
        };
        if let Some(x) = operation_in(ctx, obj.start(), obj.end(), true) {
            ends.push((
                whole.start(),
                x.start,
                clause_end(text, whole.end(), 400),
                "terminates",
            ));
        }
    }
    for (start, at, clause, relation) in ends {
        let Some(m) = ctx.mentions.iter().find(|x| x.start == at) else {
            continue;
        };
        let attrs = EdgeAttrs {
            relation: Some(relation.to_string()),
            date: any_date(&text[start..clause]).and_then(|d| d.parse().ok()),
            evidence: Some(ctx.evidence(start, clause)),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(start)),
            ctx.who_ref(m.who),
            EdgeKind::Terminates,
            attrs,
        );
    }
    // 1933 (2010): "Decides that, in order to support the parties …, UNOCI
    // shall have the following mandate from the date of adoption of this
    // resolution until 31 December 2010": a renewal with a new mandate.
    static MANDATE_UNTIL: OnceLock<WsRegex> = OnceLock::new();
    let mandate_until = ws_re(
        &MANDATE_UNTIL,
        r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)? that,?[^;:.]{0,160}?(?P<obj>[^;:.,]{2,40}) (?:shall|will) have the following mandate (?:from the date of (?:the )?adoption of this resolution )?until",
    );
    // Every match holds `following mandate` and no `;`, `:` or `.`: only
    // the stretch between those marks around each `following mandate` is
    // searched (same matches, same order), not the whole text, whose
    // counted repeats make the lazy DFA build states at every `Decides that`.
    static FOLLOWING_MANDATE: OnceLock<WsRegex> = OnceLock::new();
    let mut candidates = Vec::new();
    let mut searched_to = 0;
    for f in ws_re(&FOLLOWING_MANDATE, "following mandate").find_iter(text) {
        const MARKS: [char; 3] = [';', ':', '.'];
        let from = text[..f.start()].rfind(MARKS).map_or(0, |i| i + 1);
        let to = text[f.end()..].find(MARKS).map_or(text.len(), |i| f.end() + i);
        if from < searched_to {
            continue;
        }
        searched_to = to;
        let mut at = from;
        while let Some(c) = mandate_until.captures_at(&text[..to], at) {
            at = c.get(0).map_or(to, |m| m.end());
            candidates.push(c);
        }
    }
    for c in candidates {
        let (Some(whole), Some(obj)) = (c.get(0), c.name("obj")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let clause = clause_end(text, whole.end(), 120).min(text.len());
        let Some(m) = operation_in(ctx, obj.start(), obj.end(), false) else {
            continue;
        };
        let attrs = EdgeAttrs {
            relation: Some("sets the mandate until".to_string()),
            date: end_date(&text[whole.end() - "until".len()..clause]).and_then(|d| d.parse().ok()),
            evidence: Some(ctx.evidence(whole.start(), clause)),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(whole.start())),
            ctx.who_ref(m.who),
            EdgeKind::ExtendsMandate,
            attrs,
        );
    }
    // 186 (1964): "Recommends the creation, with the consent of the
    // Government of Cyprus, of a United Nations peace-keeping force in Cyprus".
    static CREATION: OnceLock<WsRegex> = OnceLock::new();
    let creation = ws_re(&CREATION, r"(?-u:\b)Recommends the creation(?-u:\b)");
    for m in creation.find_iter(text) {
        let clause = clause_end(text, m.end(), 300);
        let source = ctx.acting_resolution(ctx.doc_at(m.start()));
        let target = operation_in(ctx, m.end(), clause.min(m.end() + 120), false)
            .map(|x| ctx.who_ref(x.who))
            .or_else(|| {
                founded_by(ctx, &source, &["mission", "force"]).map(|e| ctx.dict.entry(e).node_ref())
            });
        if let Some(target) = target {
            let attrs = EdgeAttrs {
                relation: Some("recommends the creation".to_string()),
                evidence: Some(ctx.evidence(m.start(), clause)),
                ..EdgeAttrs::default()
            };
            sink(source, target, EdgeKind::Establishes, attrs);
        }
    }
    for c in CHANGE.captures_from(text, starts.decides()) {
        let (Some(whole), Some(verb)) = (c.get(0), c.name("verb")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let clause = clause_end(text, whole.end(), 300);
        let Some(m) = operation_in(ctx, whole.end(), clause.min(whole.end() + 150), false) else {
            continue;
        };
        // What changes must be a mandate or a strength: "the mandate of",
        // "the force levels of", "UNAMIR's mandate", "the size of".
        let object = one_space(&text[whole.end()..(m.end + 12).min(clause)]);
        const OBJECTS: [&str; 10] = [
            "mandate",
            "strength",
            "size",
            "level",
            "ceiling",
            "component",
            "personnel",
            "troop",
            "force",
            "tasks",
        ];
        if !OBJECTS.iter().any(|o| object.contains(o)) {
            continue;
        }
        let attrs = EdgeAttrs {
            relation: Some(third_person(verb.as_str())),
            evidence: Some(ctx.evidence(whole.start(), clause)),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(whole.start())),
            ctx.who_ref(m.who),
            EdgeKind::ModifiesMandate,
            attrs,
        );
    }
    tasks_changed(ctx, text, starts, sink);
    joined_changes(ctx, text, starts, sink);
}

/// A verb's third person: "adjusts", "modifies".
fn third_person(verb: &str) -> String {
    match verb.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{verb}s"),
    }
}

/// A change joined to an extension of the same mandate: "Decides to extend
/// and modify the mandate of the Panel of Experts, established by paragraph
/// 24 of resolution 1973 (2011)" (2040 (2012)), "Decides to extend the
/// mandate of UNIOGBIS for a period of 12 months beginning on 1 June 2013
/// until 31 May 2014, and to readjust it as recommended by the
/// Secretary-General to perform the following tasks" (2103 (2013)): the
/// body extended, a `modifies_mandate` link besides the extension, relation
/// the change's verb ("modifies", "readjusts"). The corpus says so these two
/// times; "Decides to revise and extend the mandate of UNMIH" (940 (1994))
/// is read by [`CHANGE_PATTERN`], and a change only foreseen ("in the event
/// that the Security Council decides to increase UNOCI's authorized strength
/// … and to adjust its mandate", 1603 (2005)) is no decision ([`supposed`]).
fn joined_changes(ctx: &Ctx<'_>, text: &str, starts: &VerbStarts, sink: &mut KindSink<'_>) {
    static BEFORE: OnceLock<WsRegex> = OnceLock::new();
    static AFTER: OnceLock<WsRegex> = OnceLock::new();
    const VERBS: &str = "modify|adjust|readjust|revise|expand|update";
    // "to extend and modify the mandate of": the change right after the verb.
    let before = ws_re(&BEFORE, &format!(r"^ and (?P<verb>{VERBS})(?-u:\b)"));
    // "…, and to readjust it": the change of what the clause extended.
    let after = ws_re(
        &AFTER,
        &format!(r", and to (?P<verb>{VERBS}) (?:it|its mandate)(?-u:\b)"),
    );
    for m in extension_verbs(text, starts) {
        let Some(c) = EXTENSION_VERB.captures_at(text, m.start) else {
            continue;
        };
        let (Some(whole), Some(verb)) = (c.get(0), c.name("verb")) else {
            continue;
        };
        if supposed(text, whole.start())
            || whole.as_str().starts_with('(')
            || c.name("gap").is_some_and(|g| !plain_gap(g.as_str()))
        {
            continue;
        }
        let end = clause_end(text, verb.end(), 500);
        let clause = &text[verb.end()..end];
        let (change, from, to) = if let Some(j) = before.captures(clause) {
            let Some(v) = j.get(1) else { continue };
            let Some(all) = j.get(0) else { continue };
            (v.as_str(), verb.end() + all.end(), end)
        } else if let Some(j) = after.captures(clause) {
            let (Some(all), Some(v)) = (j.get(0), j.get(1)) else {
                continue;
            };
            (v.as_str(), verb.end(), verb.end() + all.start())
        } else {
            continue;
        };
        let doc = ctx.doc_at(whole.start());
        let Some((targets, _)) = objects(ctx, text, from, to, doc, whole.start(), false) else {
            continue;
        };
        let source = ctx.acting_resolution(doc);
        for target in targets {
            let attrs = EdgeAttrs {
                relation: Some(third_person(change)),
                evidence: Some(ctx.evidence(whole.start(), end)),
                ..EdgeAttrs::default()
            };
            sink(source.clone(), target, EdgeKind::ModifiesMandate, attrs);
        }
    }
}

/// A change of tasks in the passive: "Decides that the mandate of the
/// United Nations Mission in Liberia (UNMIL) shall include the following
/// additional element" (1638 (2005); "UNMIL's mandate", 1750 (2007); MINUSMA,
/// 2164 (2014)), "Decides further that the mandate of UNMIS in Darfur shall
/// also include the following" (1706 (2006); the Somalia Monitoring Group,
/// 1844 (2008); the DRC Group of Experts, 1857 (2008) and 1896 (2009)),
/// "shall be revised to include the following additional tasks" (UNAMSIL,
/// 1289 (2000)), "shall be reinforced and updated as follows" (BINUCA, 2121
/// (2013) and 2134 (2014)), "Decides that the mandate of UNMIL shall no
/// longer include the task set forth in paragraph 10 (d) (i) of resolution
/// 2190 (2014)" (2215 (2015)), also past an aside ("Decides that in
/// addition to the tasks set out in paragraph 2 of resolution 1990,
/// UNISFA's mandate shall include the following additional tasks", 2024
/// (2011); "Decides, without prejudice to its existing mandate …, that
/// UNMIS' mandate shall be expanded", 1706 (2006)), "shall in addition
/// include" (UNSMIL, 2022 (2011)) and "shall likewise be expanded" (the
/// Monitoring Group, 2036 (2012)): a `modifies_mandate` link. A mandate that
/// only "shall include the following tasks" (2196 (2015), 2217 (2015)) or
/// "shall be the following" is set, not changed, and is not read; nor
/// are the additional tasks of the mission the same resolution founds
/// (MINUSCA's in 2149 (2014)).
fn tasks_changed(ctx: &Ctx<'_>, text: &str, starts: &VerbStarts, sink: &mut KindSink<'_>) {
    static TASKS: LazyLock<AnchoredAt> = LazyLock::new(|| {
        AnchoredAt::new(
            r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)?(?:,[^;:.]{2,300}?,)?,? that,? (?:in addition to [^;:.]{2,160}?, )?(?P<obj>the mandate of [^;:.]{2,160}?|[^;:.,]{2,60}?(?:'|’)s? mandate) (?:shall|will) (?P<how>also include|include the following additional|in addition include|(?:likewise )?be expanded|no longer include|be revised to include|be reinforced)(?-u:\b)",
        )
    });
    for c in TASKS.captures_from(text, starts.decides()) {
        let (Some(whole), Some(obj), Some(how)) = (c.get(0), c.name("obj"), c.name("how")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        // The body is read as an extension's is ([`objects`]): "the
        // mandate of the Monitoring Group, as set out in paragraph 3 of
        // resolution 1811 (2008)" (1844 (2008)) is the one the text names.
        let doc = ctx.doc_at(whole.start());
        let Some((targets, _)) = objects(ctx, text, obj.start(), obj.end(), doc, whole.start(), false) else {
            continue;
        };
        let source = ctx.acting_resolution(doc);
        let relation = match how.as_str() {
            "no longer include" => "removes from the mandate",
            "be revised to include" => "revises",
            "be reinforced" => "reinforces",
            "be expanded" | "likewise be expanded" => "expands",
            _ => "adds to the mandate",
        };
        let clause = clause_end(text, whole.end(), 300);
        for target in targets {
            let founded = ["mission", "force", "office", "panel"]
                .iter()
                .filter_map(|c| ctx.dict.established_by(&source.id, c))
                .any(|e| ctx.dict.entry(e).node_ref().id == target.id);
            if founded {
                continue;
            }
            let attrs = EdgeAttrs {
                relation: Some(relation.to_string()),
                evidence: Some(ctx.evidence(whole.start(), clause)),
                ..EdgeAttrs::default()
            };
            sink(source.clone(), target, EdgeKind::ModifiesMandate, attrs);
        }
    }
}

/// A mandate laid out anew: "Decides that the mandate of UNMISS shall be as
/// follows" (2155 (2014), 2187 (2014), 2223 (2015), 2241 (2015), 2252
/// (2015)), "… shall be the following" (UNOCI: 2112 (2013), 2162 (2014),
/// 2226 (2015); UNMIL: 2190 (2014), 2239 (2015)), "… shall consist of the
/// following elements" (UNMISET, 1543 (2004)), "… shall be as set out in"
/// (UNAMID, 1769 (2007)), "the modified mandate of UNSMIL … shall be to
/// assist" (2040 (2012), 2095 (2013), 2144 (2014)), "MONUC will have the
/// following mandate" (1565 (2004); MONUC, UNOCI, MINURCAT, 1291 (2000) to
/// 2000 (2011)), "the Committee shall, from the adoption of this
/// resolution, have the following mandate" (1807 (2008)): 42 such clauses
/// in the corpus. The task list is replaced, so the mandate is changed: a
/// `modifies_mandate` link, relation "sets out the mandate anew", for a body
/// that already exists, i.e. one an earlier resolution founded (the
/// dictionary's `established_by`, or its first year before the text's) or
/// one the same text extends (`extended`, pairs of source and target ids).
/// 23 are read here; three more already change the mandate by another
/// verb ("reduces", 1543 (2004); "expands", 1706 (2006); "increases",
/// 2252 (2015)). The resolution that founds the body (1509 (2003) UNMIL,
/// 1590 (2005) UNMIS, 1925 (2010) MONUSCO, 1996 (2011) UNMISS, 2100 (2013)
/// MINUSMA, 16 clauses) sets its
/// first mandate and is not read, nor is a body whose founding the
/// dictionary does not know and the text does not extend: no change is
/// stated where none can be told. "With the following mandate" after "to
/// establish" or "to extend" (1270 (1999), 1558 (2004)) is that verb's.
fn mandates_laid_out(
    ctx: &Ctx<'_>,
    text: &str,
    starts: &VerbStarts,
    extended: &BTreeSet<(String, String)>,
    sink: &mut Sink<'_>,
) {
    static LAID_OUT: LazyLock<AnchoredAt> = LazyLock::new(|| {
        AnchoredAt::new(
            r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also| accordingly)?(?:,[^;:.]{2,300}?,)?,? that(?:,[^;:.]{2,300}?,)? (?:(?P<obj>the (?P<adj>(?:modified|new|revised) )?mandate of [^;:.]{2,160}?|[^;:.,]{2,60}?(?:'|’)s? mandate)(?:,[^;:.]{2,200}?,)? (?:shall|will) (?P<how>be as follows|be the following|consist of the following|be as set out in|be to)|(?P<holder>[^;:.,]{2,60}?)(?:,[^;:.]{2,200}?,)? (?:shall|will)(?:,[^;:.]{2,80}?,)? (?:also )?(?P<have>have the following mandate))(?-u:\b)",
        )
    });
    for c in LAID_OUT.captures_from(text, starts.decides()) {
        let Some(whole) = c.get(0) else { continue };
        let Some(obj) = c.name("obj").or_else(|| c.name("holder")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let doc = ctx.doc_at(whole.start());
        // "the modified mandate of UNSMIL" (2040 (2012)): the body after
        // the adjective, as in "mandate of UNSMIL".
        let at = c.name("adj").map_or(obj.start(), |a| a.end());
        // "the Committee shall … have the following mandate" (1807 (2008)):
        // the body of that kind named last.
        let anaphoric = || {
            let word = one_space(obj.as_str());
            let word = word.strip_prefix("the ")?;
            (!word.contains(' ')).then(|| anaphor(ctx, word, doc, whole.start()))?
        };
        let targets = match objects(ctx, text, at, obj.end(), doc, whole.start(), false) {
            Some((targets, _)) => targets,
            None if c.name("holder").is_some() => match anaphoric() {
                Some(target) => vec![target],
                None => continue,
            },
            None => continue,
        };
        let source = ctx.acting_resolution(doc);
        let Ok(symbol) = source.id.parse::<Symbol>() else {
            continue;
        };
        let clause = clause_end(text, whole.end(), 300);
        for target in targets {
            let existed = ctx.dict.index_of(&target.id).is_some_and(|e| {
                let entry = ctx.dict.entry(e);
                let founded_before = (entry.established_by.as_deref())
                    .and_then(|f| f.parse::<Symbol>().ok())
                    .and_then(|f| f.resolution_number())
                    .zip(symbol.resolution_number())
                    .map(|(f, s)| f < s);
                let begun_before = (entry.active.map(|(first, _)| first))
                    .zip(symbol.year())
                    .map(|(first, year)| first < year);
                founded_before.or(begun_before).unwrap_or(false)
            });
            if !existed && !extended.contains(&(source.id.clone(), target.id.clone())) {
                continue;
            }
            let attrs = EdgeAttrs {
                relation: Some("sets out the mandate anew".to_string()),
                evidence: Some(ctx.evidence(whole.start(), clause)),
                ..EdgeAttrs::default()
            };
            sink(source.clone(), target, attrs);
        }
    }
}

/// The operation an authorization describes without naming it, just after
/// its verb (`from`, before `to`): "to maintain a mission in Somalia for a
/// further period of six months" (1772 (2007), 1801 (2008), 1831 (2008),
/// 1863 (2009)), "to establish for a period of six months a mission in
/// Somalia" (1744 (2007)). The description, from its head word to the
/// place ("mission in Somalia"), must be part of the name of the one
/// mission or force the document names so (AMISOM, the "African Union
/// Mission in Somalia", named elsewhere in the text), or else of the one
/// the dictionary says the resolution founded. "A protection and training
/// mission in Somalia" (1725 (2006), IGASOM, never deployed) is no part of
/// AMISOM's name, and reaches nothing.
fn described_operation(ctx: &Ctx<'_>, text: &str, from: usize, to: usize, doc: usize) -> Option<NodeRef> {
    static DESCRIPTION: OnceLock<WsRegex> = OnceLock::new();
    let description = ws_re(
        &DESCRIPTION,
        r"^(?: for (?:a|an initial) period of [^,;.]{1,30}?)? an? (?P<what>(?:[a-z][a-z -]{0,60}? )?(?:mission|force) in (?:the )?[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)*)",
    );
    let what = one_space(description.captures(&text[from..to])?.name("what")?.as_str());
    let deployed = |r: &NodeRef| {
        r.category
            .map(Category::as_str)
            .is_some_and(|c| matches!(c, "mission" | "force"))
    };
    let mut named = ctx
        .mentions
        .iter()
        .filter(|m| m.doc == doc && deployed(&ctx.who_ref(m.who)) && name_holds(ctx, m.who, &what))
        .map(|m| m.who);
    if let Some(first) = named.next() {
        return named.all(|w| w == first).then(|| ctx.who_ref(first));
    }
    let source = ctx.acting_resolution(doc);
    let e = founded_by(ctx, &source, &["mission", "force"])?;
    let entry = ctx.dict.entry(e);
    let lower = what.to_ascii_lowercase();
    [Some(&entry.label), entry.title.as_ref()]
        .into_iter()
        .flatten()
        .any(|n| n.to_ascii_lowercase().contains(&lower))
        .then(|| entry.node_ref())
}

/// The operation an organization is authorized to deploy, where the clause
/// gives no name: "Authorizes the European Union to deploy an operation in
/// the CAR as referenced in the letter dated 21 January 2014" (2134
/// (2014)), whose next paragraph "Authorizes the EU operation to take all
/// necessary measures" (EUFOR RCA). The object must be "an operation", "a
/// force" or "a mission" (past asides), and the document must name one
/// mission or force only that the organization named between `who_from`
/// and `who_to` fields (`part_of`).
fn fielded_operation(
    ctx: &Ctx<'_>,
    text: &str,
    who_from: usize,
    who_to: usize,
    verb_end: usize,
    doc: usize,
) -> Option<NodeRef> {
    static OBJECT: OnceLock<WsRegex> = OnceLock::new();
    let object = ws_re(
        &OBJECT,
        r"^(?:,[^;,]{0,200},)? an? (?:[a-z-]+ ){0,3}(?:operation|force|mission)(?-u:\b)",
    );
    if !object.is_match(&text[verb_end..]) {
        return None;
    }
    let entry = |w: Who| match w {
        Who::Entry(e) => Some(e),
        Who::New(_) => None,
    };
    let i = ctx.mentions.partition_point(|x| x.start < who_from);
    let orgs: Vec<usize> = ctx.mentions[i..]
        .iter()
        .take_while(|x| x.end <= who_to)
        .filter_map(|x| entry(x.who))
        .filter(|&e| ctx.dict.entry(e).category.as_deref() == Some("organization"))
        .collect();
    let mut fielded = ctx.mentions.iter().filter_map(|m| {
        let e = entry(m.who)?;
        let r = ctx.dict.entry(e);
        (m.doc == doc
            && matches!(r.category.as_deref(), Some("mission" | "force"))
            && r.part_of.is_some_and(|o| orgs.contains(&o)))
        .then_some(e)
    });
    let first = fielded.next()?;
    fielded
        .all(|e| e == first)
        .then(|| ctx.dict.entry(first).node_ref())
}

/// Whether the words before an operation's name name it as new: "entitled",
/// "called", "to be known as", "hereinafter referred to as", "named", just
/// before it (at most "the" between).
fn naming_before(between: &str) -> bool {
    let gap = one_space(between);
    let gap = gap
        .trim_end()
        .trim_end_matches(" the")
        .trim_end_matches(['"', '“']);
    ["entitled", "called", "to be known as", "referred to as", "named"]
        .iter()
        .any(|w| gap.ends_with(w))
}

/// The words of a use of force a resolution authorizes: "all necessary
/// means", "all necessary measures", "all the necessary measures", "all
/// necessary action" (1701 (2006)), "the necessary measures, including the
/// use of force" (836 (1993), 871 (1993)).
const FORCE_PATTERN: &str = r"(?-u:\b)(?:all (?:the )?necessary (?:means|measures|action)|(?:the )?necessary measures,? including the use of force)(?-u:\b)";

/// What makes the force words an authorization, the last one before them in
/// their clause: "Authorizes X to use", "Decides to authorize X to take" (or
/// "to renew the authorization of"), "X is / shall be authorized to take",
/// "shall have the authority to take" (1546 (2004)), "its authorization
/// given to UNOCI to use" (2000 (2011)), "Decides that Member States … may …
/// take" (1037 (1996)).
const FORCE_ANCHOR_PATTERN: &str = r"(?P<act>(?-u:\b)[Aa]uthori[sz]es(?-u:\b))|(?P<decide>(?-u:\b)(?:[Dd]ecides|DECIDES)(?-u:\b)[^;]{0,80}?(?-u:\b)to (?:renew |continue )?(?:the |its )?authori[sz](?:e|ation)(?-u:\b))|(?P<passive>(?-u:\b)(?:is|are|be) authori[sz]ed to (?:take|use)(?-u:\b))|(?P<authority>(?-u:\b)shall have the authority to(?-u:\b))|(?P<given>(?-u:\b)authori[sz]ation (?:given|granted) to(?-u:\b))|(?P<may>(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)? that [^;]{2,400}?,? may(?-u:\b))";

/// Where a clause holding force words begins: a `;` or `:`, a numbered
/// paragraph ("4. Authorizes"), or a sentence's end.
const FORCE_CLAUSE_PATTERN: &str = r"[;:]|(?:^|\s)\d{1,3}\.\s+[A-Z(]|\.\s+[A-Z(]";

/// A decision of its own between an authorization and force words, which
/// then belong to it: "Authorizes Member States to take all necessary
/// measures, at the request of IFOR, … and recognizes the right of the
/// force to take all necessary measures to defend itself" (1031 (1995)).
const FORCE_OTHER_VERB_PATTERN: &str = r"(?:,|(?-u:\b)and) (?:also |further )?(?:urges|requests|calls|demands|encourages|recognizes|decides|reaffirms|underlines|stresses|emphasizes|welcomes|notes|invites|expresses|reiterates|condemns|appeals)(?-u:\b)";

/// `authorizes_force`: a resolution authorizes a party to use force
/// ("Authorizes Member States co-operating with the Government of Kuwait …
/// to use all necessary means", 678 (1990); "Authorizes MINUSMA to use all
/// necessary means to carry out its mandate", 2100 (2013)). The force words
/// ([`FORCE_PATTERN`]) must be governed by an authorization
/// ([`FORCE_ANCHOR_PATTERN`]) in an operative clause: "urges all parties to
/// take all necessary measures", "calls upon all States to take all
/// necessary measures", "Decides that all States shall take the necessary
/// measures", a preambular "Recalling" or "Noting", and the right of a force
/// to defend itself are none. The party is the mission or force named in
/// the words before the infinitive ("the Member States participating in
/// ISAF": ISAF), else the Member States ("Member States acting nationally
/// or through regional organizations"), else a state or organization named
/// there; a relative ("the deployment of AFISMA …, which shall take all
/// necessary measures", 2085 (2012)) names the operation before it. No
/// party found, no edge.
fn force_authorizations(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static FORCE: OnceLock<WsRegex> = OnceLock::new();
    static ANCHOR: OnceLock<WsRegex> = OnceLock::new();
    static CLAUSE: OnceLock<Regex> = OnceLock::new();
    static OTHER: OnceLock<WsRegex> = OnceLock::new();
    static GOVERNS: OnceLock<Regex> = OnceLock::new();
    static WHICH: OnceLock<WsRegex> = OnceLock::new();
    static WHO_END: OnceLock<WsRegex> = OnceLock::new();
    static STATES: OnceLock<Regex> = OnceLock::new();
    let force = ws_re(&FORCE, FORCE_PATTERN);
    let anchor = ws_re(&ANCHOR, FORCE_ANCHOR_PATTERN);
    let clause_re = re(&CLAUSE, FORCE_CLAUSE_PATTERN);
    let other = ws_re(&OTHER, FORCE_OTHER_VERB_PATTERN);
    let governs = re(&GOVERNS, r"(?i)(?-u:\b)(?:take|use|using|undertake|with)(?-u:\b)");
    let which = ws_re(
        &WHICH,
        r", which (?:shall |will |is |are )?(?:be authori[sz]ed to )?(?:take|use)(?-u:\b)",
    );
    let who_end = ws_re(
        &WHO_END,
        r"(?-u:\b)to [a-z]|(?-u:\b)using(?-u:\b)|, which(?-u:\b)",
    );
    let states = re(&STATES, r"(?-u:\b)(?:[Mm]ember )?States(?-u:\b)");
    static DEMONSTRATIVE: OnceLock<WsRegex> = OnceLock::new();
    let demonstrative = ws_re(
        &DEMONSTRATIVE,
        r"(?-u:\b)(?:this|that|the said) (?:operation|force|mission|presence)(?: shall| will| should)? $",
    );
    let member_states = ctx.dict.index_of("actor:Member States");
    let operation = |m: &Mention| {
        holder(ctx, m)
            && matches!(
                ctx.who_ref(m.who).category.map(Category::as_str),
                Some("mission" | "force" | "office")
            )
    };
    let mentions_in = |from: usize, to: usize| {
        let i = ctx.mentions.partition_point(|x| x.start < from);
        ctx.mentions[i..].iter().take_while(move |x| x.end <= to)
    };
    // The party a span names (see above).
    let party = |from: usize, to: usize| -> Option<NodeRef> {
        if let Some(m) = mentions_in(from, to).find(|m| operation(m)) {
            return Some(ctx.who_ref(m.who));
        }
        if states.is_match(&text[from..to]) {
            return member_states.map(|e| ctx.dict.entry(e).node_ref());
        }
        let named = |kind: NodeKind, category: Option<&str>| {
            mentions_in(from, to).map(|m| ctx.who_ref(m.who)).find(|r| {
                r.kind == kind && category.is_none_or(|c| r.category.map(Category::as_str) == Some(c))
            })
        };
        named(NodeKind::State, None).or_else(|| named(NodeKind::Actor, Some("organization")))
    };
    for f in force.find_iter(text) {
        let from = super::floor_boundary(text, f.start().saturating_sub(900));
        let window = &text[from..f.start()];
        let mut start = from + clause_re.find_iter(window).last().map_or(0, |c| c.end() - 1);
        let mut clause = &text[start..f.start()];
        let mut a = anchor.captures_iter(clause).last();
        // A lettered item of a decision that ends in a colon: "Decides
        // that … States cooperating with the TFG … may: (a) Enter …; and
        // (b) Use … all necessary means" (1816 (2008)).
        let item = clause.trim_start_matches([';', ':', ' ']);
        let item = item
            .strip_prefix("and ")
            .or_else(|| item.strip_prefix("or "))
            .unwrap_or(item);
        if a.is_none() && item.trim_start().starts_with('(') {
            static PARAGRAPH: OnceLock<Regex> = OnceLock::new();
            let paragraph = re(&PARAGRAPH, r"(?:^|\s)\d{1,3}\.\s+[A-Z]");
            if let Some(p) = paragraph.find_iter(window).last() {
                let outer = &text[from + p.end() - 1..f.start()];
                let colon = anchor.captures_iter(outer).last().filter(|c| {
                    c.name("may").is_some()
                        && c.get(0)
                            .is_some_and(|w| outer[w.end()..].trim_start_matches([',', ' ']).starts_with(':'))
                });
                if colon.is_some() {
                    start = from + p.end() - 1;
                    clause = outer;
                    a = colon;
                }
            }
        }
        let Some(a) = a else {
            continue;
        };
        let Some(whole) = a.get(0) else { continue };
        let (at, after) = (start + whole.start(), start + whole.end());
        // An operative clause: not a preambular "Recalling …", "Noting
        // that AMISOM is authorized …" ("Acting under Chapter VII …,
        // authorizes" is operative).
        let head = clause
            .trim_start_matches(|c: char| !c.is_ascii_alphabetic())
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        if head.ends_with("ing") && head != "Acting" {
            continue;
        }
        // Nor an authorization recalled within the clause: "…; recalls that
        // UNAMID is authorized to take all the necessary action in
        // fulfilment of this mandate" (2173 (2014)) restates 1769's.
        let part = text[start..at].rsplit(';').next().unwrap_or("");
        if [
            "recalls that",
            "Recalls that",
            "reiterates that",
            "Reiterates that",
            "notes that",
            "Notes that",
        ]
        .iter()
        .any(|w| part.contains(w))
        {
            continue;
        }
        // Nor one before the first operative paragraph ("1. Decides", "I
        // 1. Welcomes" after a heading, 1031 (1995); "Acting under Chapter
        // VII …, Decides" unnumbered, 2072 (2012)): a
        // preamble's paragraphs end in commas, so its clause can begin far
        // back ("Recalling its decision … and that AMISOM is authorised to
        // take all necessary measures …,", 2036 (2012)).
        static FIRST: OnceLock<Regex> = OnceLock::new();
        let first = re(
            &FIRST,
            r"(?:^|\s)\d{1,3}\.\s+(?:[A-Z][a-z]+s|[A-Z]+S)(?-u:\b)|Acting under [^,;]{0,80}, (?:[A-Z][a-z]+s|[A-Z]+S)(?-u:\b)",
        );
        if first.find(text).is_none_or(|m| m.start() > at) {
            continue;
        }
        if supposed(text, at) || f.start() - after > 500 {
            continue;
        }
        let between = &text[after..f.start()];
        if other.is_match(between) || !(governs.is_match(between) || a.name("passive").is_some()) {
            continue;
        }
        let relative = which.find(between).map(|w| after + w.start()).or_else(|| {
            (a.name("passive").is_some() || a.name("authority").is_some())
                .then(|| text[start..at].trim_end())
                .filter(|before| before.ends_with("which") || before.ends_with("which shall"))
                .map(|before| start + before.len())
        });
        let target = if let Some(w) = relative {
            // The operation named last before the relative, close to it.
            mentions_in(start, w)
                .filter(|m| operation(m) && w - m.end <= 200)
                .last()
                .map(|m| ctx.who_ref(m.who))
        } else if a.name("passive").is_some() || a.name("authority").is_some() {
            // "Decides that UNMIS is authorized to use …" (1706 (2006)).
            let near = super::floor_boundary(text, at.saturating_sub(80)).max(start);
            // "Authorizes the European Union to deploy … an operation
            // (hereinafter referred to as "the European Union operation")
            // …, and decides that this operation shall be authorized to
            // take all necessary measures" (1778 (2007), the one such in
            // the corpus): the operation the clause named last.
            let this = demonstrative.is_match(&text[near..at]);
            let from = if this { start } else { near };
            mentions_in(from, at)
                .filter(|m| operation(m))
                .last()
                .map(|m| ctx.who_ref(m.who))
                .or_else(|| party(near, at))
        } else {
            let (from, to) = match a.name("may") {
                Some(_) => (at, after),
                None => (
                    after,
                    after + who_end.find(between).map_or(between.len(), |e| e.start()),
                ),
            };
            party(from, to)
        };
        let Some(target) = target else { continue };
        let source = ctx.acting_resolution(ctx.doc_at(at));
        if source.kind != NodeKind::Resolution {
            continue;
        }
        let end = clause_end(text, f.end(), 300);
        let attrs = EdgeAttrs {
            relation: Some(format!("authorizes {}", one_space(f.as_str()))),
            evidence: Some(ctx.evidence(at, end)),
            ..EdgeAttrs::default()
        };
        sink(source, target, attrs);
    }
}

/// The dictionary entry of the first of `categories` that `resolution`
/// established, for a text that creates one without naming it ("a United
/// Nations interim force for Southern Lebanon", "a United Nations Peace
/// keeping Force in Cyprus").
fn founded_by(ctx: &Ctx<'_>, resolution: &NodeRef, categories: &[&str]) -> Option<usize> {
    categories
        .iter()
        .find_map(|c| ctx.dict.established_by(&resolution.id, c))
}

/// The first full date a clause states as when something takes effect ("on
/// 31 December 2005", "effective 11 July 2011", "as of", "with effect
/// from"), as ISO; not a date that qualifies a resolution ("the Committee
/// established by its resolution 724 (1991) of 15 December 1991", 1074
/// (1996)).
fn any_date(clause: &str) -> Option<String> {
    static D: OnceLock<Regex> = OnceLock::new();
    let d = re(
        &D,
        r"(?-u:\b)(?:on|effective|as of|as from|from|by|until|ending|expiring)(?: on)?\s+(\d{1,2})\s+([A-Z][a-z]+),?\s+(\d{4})",
    );
    d.captures_iter(clause)
        .find_map(|c| end_date(&format!("until {} {} {}", &c[1], &c[2], &c[3])))
}

type Sink<'s> = dyn FnMut(NodeRef, NodeRef, EdgeAttrs) + 's;

/// The end of the word a match begins with.
fn word_end(m: &[u8]) -> usize {
    m.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(m.len())
}

/// Categories a resolution can create or renew.
fn creatable(ctx: &Ctx<'_>, m: &Mention) -> bool {
    let r = ctx.who_ref(m.who);
    r.kind == NodeKind::Actor
        && matches!(
            r.category.map(Category::as_str),
            Some("mission" | "force" | "committee" | "panel" | "office" | "body" | "court")
        )
}

/// The end of the clause starting at `from`: the next `;`, the next
/// numbered paragraph, or `max` bytes.
fn clause_end(text: &str, from: usize, max: usize) -> usize {
    let limit = super::floor_boundary(text, from + max);
    let window = &text[from..limit];
    let end = [window.find(';'), window.find(". ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(window.len());
    from + end
}

/// True when the decision whose verb ("decide", "decides", "Decides")
/// begins at `at` is only supposed, recommended or proposed: "should the
/// Council decide to extend the mandate of ONUSAL" (S/1994/561/Add.1), "I
/// recommend that the Security Council decide to extend" (S/1996/1017),
/// "Should the Security Council decide to extend UNMISET" (S/2004/333),
/// "unless the Council decides to extend them" (2146 (2014)). Over the
/// resolutions the words before a `decide` say so 54 times, each a
/// condition ("unless the Security Council decides otherwise", "if the
/// Council so decides", "in the event that the Council decides"); only a
/// Council's decision extends, establishes or ends a mandate.
fn supposed(text: &str, at: usize) -> bool {
    static SUPPOSED: OnceLock<Regex> = OnceLock::new();
    let supposed = re(
        &SUPPOSED,
        r"(?i)(?-u:\b)(?:should|if|were|would|whether|recommends?|recommended|recommendation that|proposes?|proposed|suggests?|unless|when|once|in the event that|may wish to|might|could)(?-u:\b)[^.;,:]{0,50}$",
    );
    let from = super::floor_boundary(text, at.saturating_sub(80));
    supposed.is_match(&text[from..at])
}

/// "Endorses the establishment, for an initial period of 12 months …, of a
/// United Nations Assistance Mission in Afghanistan (UNAMA)" (1401 (2002)):
/// the Council approves what the Secretary-General sets up. The body is
/// the one named right after `of`, past asides and periods; "the
/// establishment of the position of Force Commander of UNPREDEP" (1046
/// (1996)) or "of an advance team of UNMIH" (940 (1994)) founds neither.
fn endorsed_establishments(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static ENDORSES: OnceLock<WsRegex> = OnceLock::new();
    let endorses = ws_re(
        &ENDORSES,
        r"(?-u:\b)(?:Approves|Endorses|[Dd]ecides to (?:approve|endorse)) the establishment(?-u:\b)",
    );
    for m in endorses.find_iter(text) {
        if supposed(text, m.start()) {
            continue;
        }
        let end = clause_end(text, m.end(), 300);
        let from = ctx.mentions.partition_point(|x| x.start < m.end());
        let Some(body) = ctx.mentions[from..]
            .iter()
            .take_while(|x| x.start < end)
            .find(|x| creatable(ctx, x))
        else {
            continue;
        };
        if !matches!(
            without_asides(&text[m.end()..body.start]).as_str(),
            "of a" | "of an" | "of the"
        ) {
            continue;
        }
        // "Endorses the establishment, for an initial period of 12 months
        // from the date of adoption of this resolution, of a United Nations
        // Assistance Mission in Afghanistan (UNAMA)" (1401 (2002)).
        let attrs = EdgeAttrs {
            relation: Some(one_space(m.as_str()).to_lowercase()),
            date: end_of(ctx, &text[m.end()..end], ctx.doc_at(m.start())).and_then(|d| d.parse().ok()),
            evidence: Some(ctx.evidence(m.start(), end)),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(m.start())),
            ctx.who_ref(body.who),
            attrs,
        );
    }
}

/// A body given a new name becomes the body of that name: "MONUC shall, as
/// from 1 July 2010, bear the title of the United Nations Organization
/// Stabilization Mission in the Democratic Republic of the Congo (MONUSCO)"
/// (1925 (2010)), "UNSOA shall bear the name of the UN Support Office in
/// Somalia (UNSOS)" (2245 (2015)), "UNPROFOR within the former Yugoslav
/// Republic of Macedonia shall be known as the United Nations Preventive
/// Deployment Force (UNPREDEP)" (983 (1995)). A name the dictionary gives
/// the same body ("the 1267/1989 Al-Qaida Sanctions Committee shall
/// henceforth be known as …") founds nothing.
fn renamings(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static RENAMED: OnceLock<WsRegex> = OnceLock::new();
    let renamed = ws_re(
        &RENAMED,
        r"(?-u:\b)shall(?:, [^,;]{0,60},)? (?:henceforth )?(?:bear the (?:title|name) of|be known as)(?-u:\b)",
    );
    for m in renamed.find_iter(text) {
        let from = ctx.mentions.partition_point(|x| x.start < m.end());
        // The new name, or its acronym right after it ("the UN Support
        // Office in Somalia (UNSOS)").
        let named = |between: &str| {
            let b = without_asides(between);
            matches!(b.as_str(), "" | "the")
                || b.len() < 120 && b.ends_with('(') && b.matches('(').count() == 1
        };
        let Some(new) = ctx.mentions[from..]
            .iter()
            .take_while(|x| x.start < m.end() + 160)
            .find(|x| creatable(ctx, x) && named(&text[m.end()..x.start]))
        else {
            continue;
        };
        // The body renamed, named in the same clause before `shall`.
        let sentence = text[..m.start()].rfind([';', '.', ':']).map_or(0, |i| i + 1);
        let Some(old) = ctx.mentions[..from]
            .iter()
            .rev()
            .take_while(|x| x.start >= sentence)
            .find(|x| creatable(ctx, x))
        else {
            continue;
        };
        let (old, new_ref) = (ctx.who_ref(old.who), ctx.who_ref(new.who));
        if old.id == new_ref.id {
            continue;
        }
        let end = clause_end(text, m.end(), 300);
        let attrs = EdgeAttrs {
            relation: Some(format!("renames {}", old.label)),
            evidence: Some(ctx.evidence(m.start(), end)),
            ..EdgeAttrs::default()
        };
        sink(ctx.acting_resolution(ctx.doc_at(m.start())), new_ref, attrs);
    }
}

/// "Decides that the personnel authorized under its resolutions 1258 (1999)
/// and 1273 (1999), including …, shall constitute the United Nations
/// Organization Mission in the Democratic Republic of the Congo (MONUC)
/// until 1 March 2000" (1279 (1999)): what the Council decides shall
/// constitute a mission founds it. The corpus says "shall constitute" 14
/// times; this is the one whose object is a mission ("shall constitute a
/// threat to the peace", "shall constitute the Military Staff Committee
/// referred to above", said by no decision, found nothing).
fn constitutions(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    for at in memchr::memmem::find_iter(text.as_bytes(), "shall constitute") {
        let verb_end = at + "shall constitute".len();
        let sentence = text[..at].rfind([';', '.', ':']).map_or(0, |i| i + 1);
        let Some(d) = ["Decides", "decides", "DECIDES"]
            .iter()
            .filter_map(|w| text[sentence..at].find(&format!("{w} that")))
            .min()
            .map(|i| sentence + i)
        else {
            continue;
        };
        if supposed(text, d) {
            continue;
        }
        let i = ctx.mentions.partition_point(|x| x.start < verb_end);
        let Some(first) = ctx.mentions.get(i) else {
            continue;
        };
        if !matches!(text[verb_end..first.start].trim(), "" | "the" | "a" | "an") {
            continue;
        }
        let Some(m) = operation_in(ctx, first.start, first.end, false) else {
            continue;
        };
        let end = clause_end(text, verb_end, 300);
        let attrs = EdgeAttrs {
            relation: Some("decides that it shall constitute".to_string()),
            evidence: Some(ctx.evidence(d, end)),
            ..EdgeAttrs::default()
        };
        sink(ctx.acting_resolution(ctx.doc_at(d)), ctx.who_ref(m.who), attrs);
    }
}

/// A mission named in a decision with the acronym it is to bear in every
/// language names it as new: "Decides that the multidimensional presence
/// shall include, for a period of one year, a United Nations Mission in the
/// Central African Republic and Chad (the acronym MINURCAT is to be used in
/// all languages)" (1778 (2007)); "… entitled United Nations Operation in
/// Burundi (the acronym ONUB being used in all languages)" (1545 (2004),
/// read first as a deployment of an operation so entitled). The corpus says
/// it these two times, each of the founding resolution. The name must stand
/// just before the parenthesis, after "a" or "an" (a new body, not "the"
/// one an earlier text made), in a clause a "Decides" opens.
fn acronym_namings(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static ACRONYM: OnceLock<WsRegex> = OnceLock::new();
    let acronym = ws_re(
        &ACRONYM,
        r"^\((?:the )?acronym (?P<acronym>[A-Z][A-Za-z-]{1,15}) (?:is to be|being|to be|shall be) used in all languages\)",
    );
    for at in memchr::memmem::find_iter(text.as_bytes(), "used in all languages") {
        let open = text[..at].rfind('(').unwrap_or(at);
        let Some(c) = acronym.captures(&text[open..]) else {
            continue;
        };
        let i = ctx.mentions.partition_point(|x| x.start < open);
        let Some(m) = ctx.mentions[..i]
            .iter()
            .rev()
            .find(|x| text[x.end..open].trim().is_empty() && creatable(ctx, x))
        else {
            continue;
        };
        let sentence = text[..m.start].rfind([';', '.', ':']).map_or(0, |i| i + 1);
        let Some(d) = ["Decides", "decides", "DECIDES"]
            .iter()
            .filter_map(|w| text[sentence..m.start].find(w))
            .min()
            .map(|i| sentence + i)
        else {
            continue;
        };
        let before = text[sentence..m.start].trim_end();
        if supposed(text, d) || !(before.ends_with(" a") || before.ends_with(" an")) {
            continue;
        }
        // The acronym is the mission's: "(the acronym MINURCAT …)".
        let Some(named) = c.name("acronym").map(|g| g.as_str()) else {
            continue;
        };
        let own = ctx
            .mentions
            .iter()
            .skip(i)
            .take_while(|x| x.start < open + c.get(0).map_or(0, |w| w.end()))
            .any(|x| x.who == m.who && &text[x.start..x.end] == named);
        if !own {
            continue;
        }
        let end = clause_end(text, m.end, 300);
        let attrs = EdgeAttrs {
            relation: Some("names it with its acronym in all languages".to_string()),
            evidence: Some(ctx.evidence(d, end)),
            ..EdgeAttrs::default()
        };
        sink(ctx.acting_resolution(ctx.doc_at(d)), ctx.who_ref(m.who), attrs);
    }
}

/// "Decides that UNTAC shall be established under its authority" (745
/// (1992)): the body named between `that` and `shall be established`.
fn passive_establishments(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    named_then_established(ctx, text, sink);
    static PASSIVE: OnceLock<WsRegex> = OnceLock::new();
    let passive = ws_re(
        &PASSIVE,
        r"(?-u:\b)(?:[Dd]ecides|DECIDES)(?: further| also)? that (?P<obj>[^;,.]{2,120}?) shall be established(?-u:\b)",
    );
    for c in passive.captures_iter(text) {
        let (Some(whole), Some(obj)) = (c.get(0), c.name("obj")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let Some(m) = operation_in(ctx, obj.start(), obj.end(), false) else {
            continue;
        };
        let end = clause_end(text, whole.end(), 300);
        let attrs = EdgeAttrs {
            relation: Some("decides that it shall be established".to_string()),
            evidence: Some(ctx.evidence(whole.start(), end)),
            ..EdgeAttrs::default()
        };
        sink(
            ctx.acting_resolution(ctx.doc_at(whole.start())),
            ctx.who_ref(m.who),
            attrs,
        );
    }
}

/// A body named, then said to be created in the same breath: "the Committee
/// shall be assisted by an Office of the Ombudsperson, to be established for
/// an initial period of 18 months" (1904 (2009)), "assisted by the
/// Counter-Terrorism Committee Executive Directorate (hereinafter "CTED") to
/// be established as a special political mission" (1535 (2004)), in a
/// decision; "A Commission of the Security Council is hereby established"
/// (39 (1948)), unnamed: the commission the dictionary says the resolution
/// established. Not a body that "is to be established" by others ("the
/// United Nations electoral mission that is to be established", 2137
/// (2014)), nor outside a decision ("Welcoming his recommendation that a
/// successor mission … be established").
fn named_then_established(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static GAP: OnceLock<Regex> = OnceLock::new();
    // Between the name and the words: a closing quote or parenthesis, an
    // aside in parentheses ("(hereinafter "CTED")"), a comma.
    let gap = re(&GAP, r#"^[\s"'”’)]*(?:\([^()]{0,40}\))?[\s,]*$"#);
    for at in memchr::memmem::find_iter(text.as_bytes(), "established") {
        let end = at + "established".len();
        if text[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        // The two words before: "to be", "is hereby", "are hereby".
        let mut words = text[..at].rsplitn(3, char::is_whitespace);
        let (Some(""), Some(second), Some(rest)) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let first = rest.rsplit(char::is_whitespace).next().unwrap_or(rest);
        let hereby = match (first, second) {
            ("to", "be") => false,
            ("is" | "are", "hereby") => true,
            _ => continue,
        };
        let whole = rest.len() - first.len()..end;
        let clause_start = text[..whole.start]
            .rfind(['.', ';', ':', '\n'])
            .map_or(0, |i| i + 1);
        let clause = &text[clause_start..whole.start];
        let decides = clause.find("ecides").or_else(|| clause.find("DECIDES"));
        if !hereby
            && decides.is_none_or(|i| {
                supposed(
                    text,
                    super::floor_boundary(text, clause_start + i.saturating_sub(1)),
                )
            })
        {
            continue;
        }
        let from = ctx.mentions.partition_point(|x| x.start < clause_start);
        let to = ctx.mentions.partition_point(|x| x.start < whole.start);
        let named = ctx.mentions[from..to]
            .iter()
            .rev()
            .find(|m| m.end <= whole.start && gap.is_match(&text[m.end..whole.start]))
            .filter(|m| holder(ctx, m));
        let source = ctx.acting_resolution(ctx.doc_at(whole.start));
        let target = match named {
            Some(m) => ctx.who_ref(m.who),
            None if hereby => match described_founding(ctx, &source, clause) {
                Some(t) => t,
                None => continue,
            },
            None => continue,
        };
        let end = clause_end(text, whole.end, 300);
        // "an Office of the Ombudsperson, to be established for an initial
        // period of 18 months from the date of adoption of this resolution"
        // (1904 (2009)).
        let attrs = EdgeAttrs {
            date: end_of(ctx, &text[whole.end..end], ctx.doc_at(whole.start)).and_then(|d| d.parse().ok()),
            relation: Some(
                if hereby {
                    "hereby established"
                } else {
                    "to be established"
                }
                .to_string(),
            ),
            evidence: Some(ctx.evidence(
                super::floor_boundary(text, clause_start.max(whole.start.saturating_sub(160))),
                end,
            )),
            ..EdgeAttrs::default()
        };
        sink(source, target, attrs);
    }
}

fn establishments(ctx: &Ctx<'_>, text: &str, sink: &mut KindSink<'_>) {
    static E: OnceLock<regex::bytes::Regex> = OnceLock::new();
    static N: OnceLock<Regex> = OnceLock::new();
    let decide = bytes_re(
        &E,
        r"(?-u)\b(?:[Dd]ecides?|DECIDES?|[Rr]equests the Secretary-General)\b[^.;]*?\bto (?:establish|create|set up)\b|\([a-z]\) ?to establish\b|\bEstablishes\b",
    );
    let noun = re(
        &N,
        r"(?i)(?-u:\b)(committee|panel of experts|group of experts|monitoring group|monitoring team|working group|commission of experts|commission of inquiry)(?-u:\b)",
    );
    let mut new: Vec<NewActor> = Vec::new();
    // "Decides" (or "Requests the Secretary-General"), then at most 60
    // bytes to the cue, which ends the match, or an aside between commas
    // ("Decides, at the request of the President of the Republic of Haiti,
    // to establish", 1141 (1997)) that is no intention or condition.
    let close = |m: &[u8]| {
        // A lettered item, read below when the Council's own rule follows.
        if m.starts_with(b"(") {
            return true;
        }
        let verb = [&b"to establish"[..], b"to create", b"to set up"]
            .into_iter()
            .find(|v| m.ends_with(v))
            .map_or(0, <[u8]>::len);
        let head = if m.starts_with(b"Requests") || m.starts_with(b"requests") {
            "Requests the Secretary-General".len()
        } else {
            word_end(m)
        };
        let Some(gap) = m.get(head..m.len() - verb) else {
            return false;
        };
        let gap = String::from_utf8_lossy(gap);
        // "Decides hereby, having received the request of the Government of
        // Rwanda (S/1994/1115), to establish" (955 (1994)); "Decides further
        // to paragraph 1 above, and at the request of the President of the
        // Republic of Haiti, to establish" (1123 and 1141 (1997)).
        static FURTHER_TO: OnceLock<Regex> = OnceLock::new();
        let further_to = re(&FURTHER_TO, r"^further to paragraphs? \d+(?: above)?");
        let gap = gap.trim_start();
        let gap = match further_to.find(gap) {
            Some(f) => &gap[f.end()..],
            None => gap.strip_prefix("hereby").unwrap_or(gap),
        };
        // "Decides to authorize member States of the African Union to
        // establish for a period of six months a mission in Somalia" (1744
        // (2007)): the Council authorizes, others establish (read as an
        // authorization, [`other_decisions`]).
        if gap.contains("to authori") {
            return false;
        }
        let aside = gap.trim_start().starts_with(',') && gap.trim_end().ends_with(',') && plain_gap(gap);
        gap.len() <= 60 || aside && gap.len() <= 220
    };
    for m in matches_near(decide, text, ctx.cues.at(Cue::Establish), 240, 16, close) {
        if supposed(text, m.start) {
            continue;
        }
        // "3. Decides, in light of the failure of all parties …, (a) to
        // establish, in accordance with rule 28 of its provisional rules of
        // procedure, a Committee of the Security Council" (1591 (2005); "(b)
        // to establish", 1636 (2005)): rule 28 is the Council's own, so the
        // item is its decision however the paragraph began. Other lettered
        // items are tasks ("(c) To establish such guidelines as may be
        // necessary", a committee's; 23 in the corpus).
        if text.as_bytes()[m.start] == b'(' && !text[m.end..].starts_with(", in accordance with rule 28 ") {
            continue;
        }
        // The Council's own verb opening an operative paragraph: "4.
        // Establishes a Commission consisting of three members of the
        // Security Council" (446 (1979)), "Establishes a Truce Commission for
        // Palestine" (48 (1948)); not a clause's "which establishes a
        // committee" (2140 (2014)).
        let own_verb = text[m.start..].starts_with("Establishes");
        if own_verb && !opens_paragraph(&text[..m.start]) {
            continue;
        }
        let end = clause_end(text, m.end, 300);
        let doc = ctx.doc_at(m.start);
        let source = ctx.acting_resolution(doc);
        let from = ctx.mentions.partition_point(|x| x.start < m.end);
        // The first body that is the verb's object, not a part of it or a
        // thing in it ("Decides to establish a pool of ad litem judges in the
        // International Tribunal", 1329 (2000)).
        let first_actor = ctx.mentions[from..]
            .iter()
            .take_while(|x| x.start < end)
            .filter(|x| creatable(ctx, x) || matches!(x.who, Who::New(_)))
            .find(|x| object_gap(&text[m.end..x.start]));
        // What is created comes with `a`/`an` ("to establish … a Committee");
        // `the Committee` is one that exists ("to create …, in consultation
        // with the Committee, a group of up to 5 experts", 2040 (2012)).
        let window = &text[m.end..end];
        let first_noun = noun
            .find_iter(window)
            .find(|n| !definite(&window[..n.start()]))
            .map(|n| (m.end + n.start(), n.as_str()));
        // A body the dictionary knows by this resolution's name for it but
        // another founded is re-established, not created: "Requests the
        // Secretary-General to establish … a Panel of Experts" (1760
        // (2007)), whose panel later texts call "the Panel of Experts
        // appointed pursuant to paragraph 1 of resolution 1760 (2007)", is
        // the Panel of Experts on Liberia of 1521 (2003).
        let mut kind = EdgeKind::Establishes;
        let target = match (first_actor, first_noun) {
            (Some(a), Some((at, _))) if a.start <= at + 40 => Some(ctx.who_ref(a.who)),
            (_, Some((_, n))) => {
                let res = source
                    .id
                    .parse::<Symbol>()
                    .ok()
                    .filter(|s| s.resolution_number().is_some());
                res.map(|res| match resolve_body(ctx.dict, &mut new, n, &res) {
                    Who::Entry(e) => {
                        let entry = ctx.dict.entry(e);
                        if entry.established_by.as_deref().is_some_and(|f| f != res.as_str()) {
                            kind = EdgeKind::ExtendsMandate;
                        }
                        entry.node_ref()
                    }
                    Who::New(i) => new[i].node.clone(),
                })
            }
            (Some(a), None) => Some(ctx.who_ref(a.who)),
            // "to establish immediately under its authority a United Nations
            // interim force for Southern Lebanon" (425 (1978)): no name, but
            // the dictionary knows the mission this resolution established;
            // a trust fund "for MISCA" (2127 (2013)) is not that mission.
            (None, None) => described_founding(ctx, &source, &text[m.end..end.min(m.end + 150)]),
        };
        let Some(target) = target else { continue };
        let relation = match kind {
            EdgeKind::ExtendsMandate => "re-establishes",
            _ if own_verb => "establishes",
            _ => "decides to establish",
        };
        // The end of the first period, when the clause states it: "for an
        // initial period of six months from 16 October 2017 until 15 April
        // 2018" (MINUJUSTH, 2350 (2017)), or counts it ("for a period of 17
        // months from the date of adoption of this resolution", UNAVEM II,
        // 696 (1991)).
        let attrs = EdgeAttrs {
            relation: Some(relation.to_string()),
            date: end_of(ctx, &text[m.end..end], doc).and_then(|d| d.parse().ok()),
            evidence: Some(ctx.evidence(m.start, end.min(m.end + 120))),
            ..EdgeAttrs::default()
        };
        sink(source, target, kind, attrs);
    }
}

/// Whether a word opens a paragraph, by what stands before it on its line:
/// nothing, two spaces (the paragraph break of the old texts held on one
/// line: `…, calling upon all parties concerned to comply with specific
/// terms for a truce in Palestine,  Establishes`, 48 (1948)), or an
/// operative paragraph's number (`4.       Establishes`, 446 (1979)) that
/// itself stands after one of those.
fn opens_paragraph(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    let opens = |s: &str| s.trim().is_empty() || s.ends_with("  ");
    if opens(line) {
        return true;
    }
    let Some(head) = line.trim_end().strip_suffix('.') else {
        return false;
    };
    let number = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=3).contains(&number) && opens(&head[..head.len() - number])
}

/// Whether the words between a verb of creation and a body's name leave
/// the body as the verb's object: an article, asides between commas, a
/// period or an end date, "immediately", "under its authority", "to be
/// known as"; not a noun of its own ("a pool of ad litem judges in the",
/// "a third Trial Chamber of the").
fn object_gap(between: &str) -> bool {
    // What the words describe is then named: "a United Nations
    // peace-keeping operation for the region …, under the name …" (1037
    // (1996)), "to be known as", "hereinafter referred to as".
    let flat = one_space(between);
    if ["under the name", "to be known as", "referred to as"]
        .iter()
        .any(|n| flat.contains(n))
    {
        return true;
    }
    let rest = without_asides(between);
    // An apposition names what the words before its comma described ("a
    // one-year follow-on special political mission in Timor-Leste, the
    // United Nations Office in Timor-Leste", 1599 (2005)).
    if rest
        .rsplit_once(',')
        .is_some_and(|(_, named)| matches!(named.trim(), "the" | "a" | "an"))
    {
        return true;
    }
    const LINKS: [&str; 16] = [
        "of", "in", "within", "to", "for", "by", "between", "with", "on", "at", "from", "and", "or", "which",
        "that", "into",
    ];
    rest.len() <= 40 && !rest.split([' ', ',']).any(|w| LINKS.contains(&w))
}

/// Words between a verb and its object without what does not change the
/// object: asides between commas, a period ("for an initial period of six
/// months"), an end date, "immediately", "under its authority"; one space
/// between words, none at the ends.
fn without_asides(between: &str) -> String {
    static ASIDES: OnceLock<WsRegex> = OnceLock::new();
    let asides = ws_re(
        &ASIDES,
        r",[^,;]*,|(?-u:\b)(?:for (?:a|an|another) (?:[a-z]+ )*period of [a-z0-9-]+(?: \(\d+\))? (?:months?|years?)|until \d{1,2} [A-Z][a-z]+ \d{4}|immediately|under its authority)(?-u:\b)",
    );
    one_space(&asides.replace_all(between, " "))
        .trim_matches([' ', ','])
        .to_string()
}

/// The operation the dictionary says `resolution` established, when the
/// words after its verb of creation describe it without naming it: the
/// head word of the description is in the operation's name ("a United
/// Nations interim force for Southern Lebanon": UNIFIL, 425 (1978); "the
/// observation operation as defined by him": UNYOM, 179 (1963); "an
/// international tribunal": the ICTY, 827 (1993)). "A trust
/// fund for MISCA" or "a multidisciplinary United Nations presence in Mali"
/// (2085 (2012), whose dictionary entry is AFISMA) describe no such name.
fn described_founding(ctx: &Ctx<'_>, resolution: &NodeRef, described: &str) -> Option<NodeRef> {
    const HEADS: [&str; 9] = [
        "force",
        "mission",
        "operation",
        "observation",
        "observer",
        "office",
        "group",
        "tribunal",
        "commission",
    ];
    let described = described.to_ascii_lowercase();
    if described.contains("fund") {
        return None;
    }
    // "Decides hereby to establish an international tribunal for the sole
    // purpose of prosecuting persons responsible …" (827 (1993)): the ICTY.
    let entry = ctx.dict.entry(founded_by(
        ctx,
        resolution,
        &["mission", "force", "court", "body"],
    )?);
    let name = entry.title.as_deref().unwrap_or_default().to_ascii_lowercase();
    let described_words: Vec<&str> = described.split(|c: char| !c.is_alphanumeric()).collect();
    HEADS
        .iter()
        .any(|h| described_words.contains(h) && name.contains(h))
        .then(|| entry.node_ref())
}

/// Whether the words before a noun make it definite: `the Committee`,
/// `the 1540 Committee`.
fn definite(before: &str) -> bool {
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let last = words.next().unwrap_or("");
    let last = if last.bytes().all(|b| b.is_ascii_digit()) {
        words.next().unwrap_or("")
    } else {
        last
    };
    last.eq_ignore_ascii_case("the")
}

/// The pattern of [`EXTENSION_VERB`]: spaces stand for white space ([`ws_re`]).
const EXTENSION_VERB_PATTERN: &str = r"(?:(?:(?-u:\b)(?:[Dd]ecides?|DECIDES)(?-u:\b)(?P<gap>[^.;:]{0,220}?)(?-u:\b)[Tt]o (?:[a-z]+ and )?|\([a-z]\) ?[Tt]o |(?-u:\b)Approves the (?:proposal|recommendations?)(?: of the Secretary-General)? to |(?-u:\b)Requests (?:that )?the Secretary-General,? (?:to )?|(?-u:\b)Endorses the decision [^.;]{0,160}?(?-u:\b)to )(?P<verb>extend|renew|prolong)|(?-u:\b)(?P<third>Extends|Renews|Prolongs)(?-u:\b)(?: once more| once again| again| further)?)(?-u:\b)";

/// The active verb of an extension ("Decides … to extend", "(b) To renew",
/// "Extends once more", "Approves the proposal of the Secretary-General to
/// extend the current mandate of ONUSAL" (784 (1992); "the recommendation"
/// in 785 and 793 (1992): the three times the corpus says so)), tried anchored at each word one can begin with:
/// searched over the whole text, the counted gap after every `Decides` made
/// the lazy DFA build a state for every mix of overlapping starts.
static EXTENSION_VERB: LazyLock<AnchoredAt> = LazyLock::new(|| AnchoredAt::new(EXTENSION_VERB_PATTERN));

/// The matches of [`EXTENSION_VERB`] in `text`, in order: tried at each
/// word one can begin with (`Decide`, `decide`, `DECIDES`, `Approves`,
/// `Extends`, `Renews`, `Prolongs`) and each lettered item.
fn extension_verbs<'s>(text: &str, starts: &'s VerbStarts) -> &'s [std::ops::Range<usize>] {
    starts.extension_verbs.get_or_init(|| {
        let words = starts.of(|w| w != AUTHORI);
        EXTENSION_VERB.find_from(text, merged(words, lettered_items(text)))
    })
}

/// An extension in the passive: "Decides that the mandate of X shall be
/// extended", tried at each `Decide`.
const PASSIVE_EXTENSION_PATTERN: &str = r"(?-u:\b)(?:[Dd]ecides?|DECIDES)(?: further| also)?(?: that)?(?:,[^;,]*,)?,? (?P<obj>(?:the |its )?(?:respective )?mandates? of [^;]{3,260}?|[^;]{2,60}?(?:'|’)s mandate) (?:shall|should|will|is|are) (?:hereby )?(?:be )?(?P<verb>extended|renewed|prolonged)(?-u:\b)";

static PASSIVE_EXTENSION: LazyLock<AnchoredAt> = LazyLock::new(|| AnchoredAt::new(PASSIVE_EXTENSION_PATTERN));

/// The operative verb of an extension or renewal: "Decides … to extend",
/// "(b) To renew" under "Decides:", "Extends once more", and the passive
/// "Decides that the mandate of X shall be extended".
fn extensions(ctx: &Ctx<'_>, text: &str, starts: &VerbStarts, gates: &Gates, sink: &mut Sink<'_>) {
    // The verb is the first `to extend`, `to renew` or `to prolong` after
    // `Decides`, past other infinitives ("Decides, in order to assist the
    // Committee …, to extend", 1617 (2005)); `plain_gap` then refuses a gap
    // that makes the verb an intention or another body's act.
    let mut matches: Vec<Groups<'_>> = Vec::new();
    for m in extension_verbs(text, starts) {
        let Some(c) = EXTENSION_VERB.captures_at(text, m.start) else {
            continue;
        };
        // A refused gap may hold a later `decides` whose own gap is plain
        // ("Decides to request …, and decides further to extend"): the
        // match is tried again from there.
        let inner = c.name("gap").filter(|g| !plain_gap(g.as_str())).and_then(|g| {
            let lower = g.as_str().to_ascii_lowercase();
            lower.rfind("decide").map(|i| g.start() + i)
        });
        matches.push(c);
        if let Some(at) = inner
            && let Some(again) = EXTENSION_VERB.captures_at(text, at)
        {
            matches.push(again);
        }
    }
    // Where each verb begins: an extension's clause ends where the next
    // verb's begins ("Decides to extend the authorization of ATMIS for a
    // period of six months, and further decides to renew until 30 June 2024
    // the mandate of UNSOS", 2719 (2023)): 30 June 2024 is UNSOS's date.
    let mut verb_starts: Vec<usize> = matches
        .iter()
        .filter_map(|c| c.get(0))
        .map(|m| m.start())
        .collect();
    verb_starts.sort_unstable();
    for c in &matches {
        let Some(whole) = c.get(0) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let third = c.name("third").is_some();
        let Some(verb) = c.name("verb").or_else(|| c.name("third")).map(|v| v.range()) else {
            continue;
        };
        if let Some(gap) = c.name("gap")
            && !plain_gap(gap.as_str())
        {
            continue;
        }
        // "(b) To renew" belongs to a "Decides:" shortly before it.
        if whole.as_str().starts_with('(') && !decides_colon_before(text, whole.start()) {
            continue;
        }
        let next_verb = verb_starts
            .get(verb_starts.partition_point(|&s| s <= verb.end))
            .copied()
            .unwrap_or(usize::MAX);
        let end = clause_end(text, verb.end, 500).min(next_verb);
        let doc = ctx.doc_at(whole.start());
        let lemma = match &text[verb.clone()].to_ascii_lowercase()[..] {
            v if v.starts_with("renew") => "renews",
            v if v.starts_with("prolong") => "prolongs",
            _ => "extends",
        };
        // Each object the verb governs, with its own date or period.
        for (i, (from, to)) in conjuncts(text, verb.end, end).into_iter().enumerate() {
            let Some((targets, head)) = objects(ctx, text, from, to, doc, whole.start(), third && i == 0)
            else {
                continue;
            };
            emit(
                ctx,
                text,
                (whole.start(), from, to),
                doc,
                lemma,
                head,
                &targets,
                sink,
            );
        }
    }
    // "Approves the continuation of UNOMIG's mandate until 7 March 1994",
    // "Approves the continued presence of UNOMIG in Georgia until 31 January
    // 1994" (881 (1993)), "Decides to continue the mandate of UNIKOM for a
    // final period until 6 October 2003" (1490 (2003)): a continuation with
    // an end date is an extension; without one ("Approves the continued
    // conduct by Member States … of the operation") it is not read.
    static CONTINUE: OnceLock<WsRegex> = OnceLock::new();
    let continuation = ws_re(
        &CONTINUE,
        r"(?-u:\b)(?:Approves the (?P<noun>continuation|continued presence) of|(?:[Dd]ecides|DECIDES)(?: further| also)?,? to continue(?P<object> the (?:mandate|presence) of)?)(?-u:\b)",
    );
    // Most texts continue nothing: the search runs where "continu" stands.
    let continuations = gates.has(Gate::Ontinu).then(|| continuation.captures_iter(text));
    for c in continuations.into_iter().flatten() {
        let Some(whole) = c.get(0) else { continue };
        if supposed(text, whole.start()) {
            continue;
        }
        let end = clause_end(text, whole.end(), 400);
        if c.name("noun").is_none() && c.name("object").is_none() {
            // "Decides to continue MIPONUH in order to ensure a phased
            // transition to … MICAH by 15 March 2000" (1277 (1999), the one
            // such in the corpus): the operation itself continued, its
            // name right after the verb and not its own ("MIPONUH's").
            let i = ctx.mentions.partition_point(|x| x.start < whole.end());
            let Some(m) = ctx.mentions.get(i).filter(|m| {
                text[whole.end()..m.start].trim().is_empty()
                    && !text[m.end..].starts_with(['\'', '’'])
                    && operation_in(ctx, m.start, m.end, false).is_some_and(|o| o.who == m.who)
            }) else {
                continue;
            };
            let doc = ctx.doc_at(whole.start());
            let targets = [ctx.who_ref(m.who)];
            emit(
                ctx,
                text,
                (whole.start(), whole.end(), end),
                doc,
                "continues",
                Head::Mandate,
                &targets,
                sink,
            );
            continue;
        }
        if end_date(&text[whole.end()..end]).is_none() {
            continue;
        }
        // The object begins after "of" ("continuation of X's mandate") or,
        // for "to continue the mandate of X", at "the mandate of".
        let at = c.name("object").map_or(whole.end(), |o| o.start());
        let doc = ctx.doc_at(whole.start());
        let Some((targets, head)) = objects(ctx, text, at, end, doc, whole.start(), false) else {
            continue;
        };
        emit(
            ctx,
            text,
            (whole.start(), whole.end(), end),
            doc,
            "continues",
            head,
            &targets,
            sink,
        );
    }
    for c in PASSIVE_EXTENSION.captures_from(text, starts.decides()) {
        let (Some(whole), Some(obj), Some(verb)) = (c.get(0), c.name("obj"), c.name("verb")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let end = clause_end(text, verb.end(), 400);
        let doc = ctx.doc_at(whole.start());
        let obj_start = obj.start() + last_clause(obj.as_str());
        let Some((targets, head)) = objects(ctx, text, obj_start, obj.end(), doc, whole.start(), false)
        else {
            continue;
        };
        let lemma = if verb.as_str().starts_with("renew") {
            "renews"
        } else {
            "extends"
        };
        emit(
            ctx,
            text,
            (whole.start(), verb.end(), end),
            doc,
            lemma,
            head,
            &targets,
            sink,
        );
    }
}

/// "Authorizes the United Nations military observers to continue
/// monitoring the demilitarization of the Prevlaka peninsula … until 15
/// July 2002" (1387 (2002); UNMOP's renewals, 1066 (1996) to 1437 (2002),
/// are all so worded): the operation, or its observers standing for it,
/// kept until a date or for a period, an `extends_mandate` link, relation
/// "authorizes to continue". Without a date or a period ("Authorizes the
/// Force during that period to continue to carry out … the interim tasks",
/// 521 (1982)) it is a task, not a renewal.
fn authorized_continuations(ctx: &Ctx<'_>, text: &str, starts: &VerbStarts, sink: &mut Sink<'_>) {
    static CONTINUE: LazyLock<AnchoredAt> = LazyLock::new(|| {
        AnchoredAt::new(r"(?-u:\b)Authori[sz]es (?P<subject>[^;:.,()]{2,80}?) to continue(?-u:\b)")
    });
    for c in CONTINUE.captures_from(text, starts.of(|w| w == AUTHORI)) {
        let (Some(whole), Some(subject)) = (c.get(0), c.name("subject")) else {
            continue;
        };
        if supposed(text, whole.start()) {
            continue;
        }
        let end = clause_end(text, whole.end(), 400);
        let doc = ctx.doc_at(whole.start());
        let decided = decided_part(&text[whole.end()..end]);
        if end_date(decided).is_none() && period_in(decided).is_none() {
            continue;
        }
        let Some(target) = continuing_operation(ctx, subject.range(), doc) else {
            continue;
        };
        emit(
            ctx,
            text,
            (whole.start(), whole.end(), end),
            doc,
            "authorizes to continue",
            Head::Mandate,
            &[target],
            sink,
        );
    }
}

/// The operation the subject of "Authorizes … to continue" names: the
/// operation itself ("UNMOP", "the United Nations Mission of Observers in
/// Prevlaka"), or its observers ("the United Nations military observers",
/// "the military observers"), who stand for the one mission of observers
/// the document names before them.
fn continuing_operation(ctx: &Ctx<'_>, subject: std::ops::Range<usize>, doc: usize) -> Option<NodeRef> {
    let text = ctx.text();
    let words = one_space(text[subject.clone()].trim());
    let words = words.strip_prefix("the ").unwrap_or(&words);
    if matches!(words, "United Nations military observers" | "military observers") {
        // The one observer mission the document names ("the United Nations
        // Mission of Observers in Prevlaka (UNMOP)"): 1038 (1996), which
        // founded UNMOP so and names no mission of observers, gets none.
        let mut observers = ctx
            .mentions
            .iter()
            .filter(|m| m.doc == doc && m.start < subject.start)
            .filter(|m| ctx.who_ref(m.who).category.map(Category::as_str) == Some("mission"))
            .filter(|m| name_holds(ctx, m.who, "Observer"))
            .map(|m| m.who);
        let first = observers.next()?;
        return observers.all(|w| w == first).then(|| ctx.who_ref(first));
    }
    let x = operation_in(ctx, subject.start, subject.end, false)?;
    let around = (&text[subject.start..x.start], &text[x.end..subject.end]);
    matches!(around.0.trim(), "" | "the")
        .then_some(())
        .filter(|()| around.1.trim().is_empty())
        .map(|()| ctx.who_ref(x.who))
}

/// A body re-established by the Council continues: "Decides, in the
/// meanwhile, to re-establish the Panel of Experts appointed pursuant to
/// paragraph 19 of resolution 1343 (2001) for a further period of five
/// weeks" (1395 (2002); 1458, 1549, 1579, 1607 and 1647 say "Decides to
/// re-establish the Panel of Experts appointed pursuant to …"), "Requests
/// the Secretary-General, in consultation with the Committee …, to
/// re-establish …, and for a period of six months, the Monitoring Group
/// referred to in paragraph 3 of resolution 1558 (2004)" (1558, 1587,
/// 1630, 1676, 1724; the DRC Group of Experts in 1552, 1596, 1616, 1654
/// and 1771). Each is an `extends_mandate` link, relation
/// "re-establishes", to the body's own node, with the end date the clause
/// states ("for a period expiring on 31 January 2005") or else its period
/// as written ("re-establishes for a period of six months"): an end date is
/// computed from a period only when the text fixes its first day
/// ([`counted_end`]). Not read: "a Panel of Experts" (1474 (2003)),
/// which says no body's name, unless the dictionary knows the body later
/// texts name after this resolution ("a group of experts", 1643 (2005): the
/// Group of Experts on Côte d'Ivoire, [`named_after`]); a body
/// the Council only hopes or intends to see re-established ("Welcomes the
/// intention of the Secretary-General to re-establish UNOMSIL in
/// Freetown", 1231 (1999)); and what is no body ("re-establish effective
/// administration", "re-establish its authority", "the re-establishment of
/// the rule of law"), whose object is no body's name. "Reconstitute" (7
/// times) is never said of a Council body ("until PNTL is reconstituted").
fn re_establishments(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static VERB: OnceLock<WsRegex> = OnceLock::new();
    let verb = ws_re(
        &VERB,
        r"(?-u:\b)(?:(?:[Rr]equests|REQUESTS|[Dd]ecides to request)(?P<pre>[^.;:]{0,20}?) the Secretary-General(?P<sg>[^.;:]{0,300}?)|(?:[Dd]ecides|DECIDES)(?: further| also)?(?P<gap>[^.;:]{0,80}?))(?-u:\b)(?:to re-?establish|(?P<view>with a view to extending the mandate of))(?-u:\b)",
    );
    for c in verb.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        if supposed(text, whole.start()) {
            continue;
        }
        // The Council's own decision, or its request to the Secretary-
        // General with nothing between but asides: "Requests to this end the
        // Secretary-General, in consultation with the Committee, to
        // re-establish" (1552 (2004)), "requests the Secretary-General to take
        // the necessary administrative measures as expeditiously as possible
        // to re-establish" (1766 (2007) and later).
        let plain = match (c.name("gap"), c.name("pre"), c.name("sg")) {
            (Some(gap), _, _) => plain_gap(gap.as_str()),
            (None, Some(pre), Some(sg)) => {
                matches!(one_space(pre.as_str()).as_str(), "" | "to this end")
                    && only_asides_before(sg.as_str())
            }
            _ => false,
        };
        if !plain {
            continue;
        }
        let verb_end = whole.end();
        let end = clause_end(text, verb_end, 500);
        let doc = ctx.doc_at(whole.start());
        let Some(target) = re_established(ctx, text, verb_end, end, doc, whole.start()) else {
            continue;
        };
        // "Requests the Secretary-General to take the necessary
        // administrative measures as expeditiously as possible with a view to
        // extending the mandate of the Group of Experts for a period expiring
        // on 31 July 2007" (1698 (2006), the corpus's one such extension).
        let lemma = if c.name("view").is_some() {
            "extends"
        } else {
            "re-establishes"
        };
        emit(
            ctx,
            text,
            (whole.start(), verb_end, end),
            doc,
            lemma,
            Head::Mandate,
            &[target],
            sink,
        );
    }
}

/// Whether the words between "the Secretary-General" and "to re-establish"
/// are only asides between commas and "to take the necessary administrative
/// measures as expeditiously as possible".
fn only_asides_before(sg: &str) -> bool {
    static ASIDE: OnceLock<Regex> = OnceLock::new();
    let aside = re(&ASIDE, r",[^,]*,");
    let rest = one_space(&aside.replace_all(sg, " "));
    let rest = rest.trim_matches(|c: char| c == ',' || c.is_whitespace());
    rest.is_empty() || rest == "to take the necessary administrative measures as expeditiously as possible"
}

/// The body a re-establishment's object names, from `at` (just after the
/// verb) to `end`: the first "the" followed by a body's name (a mention)
/// or by a generic noun ("the Monitoring Group referred to in …", "the
/// Group of Experts"), with only asides, periods and dates before it
/// ("within thirty days from the date of adoption of this resolution, and
/// for a period of six months,"). A generic noun is the body of that kind
/// the text names before or whose founding resolution (by the dictionary)
/// it cites ([`anaphor`]). A body named by a resolution the dictionary
/// does not know as its founding ("the Panel of Experts appointed pursuant
/// to resolution 1549 (2004)", 1579 (2004)) was founded earlier: it is the
/// one body of its kind and word whose founding resolution the text cites
/// (the Panel of Experts on Liberia, 1521 (2003)), else the text's own node
/// for it. An indefinite object ("a Panel of Experts") names none.
fn re_established(
    ctx: &Ctx<'_>,
    text: &str,
    at: usize,
    end: usize,
    doc: usize,
    verb_start: usize,
) -> Option<NodeRef> {
    static ARTICLE: OnceLock<Regex> = OnceLock::new();
    static NOUN: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let article = re(&ARTICLE, r"(?-u:\b)(?:the|a|an)\s+");
    let noun = re(
        &NOUN,
        r"^(?:Panel of [Ee]xperts|[Gg]roup of [Ee]xperts|Monitoring Group|Monitoring Team|Panel|Group)(?-u:\b)",
    );
    // Asides between commas, periods and dates: "within thirty days …",
    // "for a period expiring on 31 July 2005", "until 21 June 2005".
    let before = re(
        &BEFORE,
        r",[^,]*,|(?-u:\b)(?:within|for|until|commencing|expiring)(?-u:\b)[^,]*",
    );
    let window = &text[at..end];
    for a in article.find_iter(window) {
        let pre = &window[..a.start()];
        if pre.len() > 240 {
            return None;
        }
        let rest = before.replace_all(pre, " ");
        let plain = rest
            .split(|c: char| c == ',' || c.is_whitespace())
            .all(|w| matches!(w, "" | "and"));
        if !plain {
            return None;
        }
        let definite = a.as_str().trim_end() == "the";
        let (from, to) = (at + a.start(), at + a.end());
        let i = ctx.mentions.partition_point(|x| x.start < from);
        if let Some(m) = ctx.mentions.get(i).filter(|m| m.start <= to && holder(ctx, m)) {
            if !definite {
                return None;
            }
            let Who::New(_) = m.who else {
                return Some(ctx.who_ref(m.who));
            };
            let named = ctx.who_ref(m.who);
            let word = text[m.start..m.end].split_whitespace().next().unwrap_or("");
            let category = named.category.map(Category::as_str).unwrap_or("");
            return Some(founded_by_a_cited_resolution(ctx, category, word, doc).unwrap_or(named));
        }
        if let Some(n) = noun.find(&window[a.end()..]) {
            // "to re-establish … a group of experts" (1643 (2005)) names no
            // body, unless the dictionary knows the one later texts call
            // "the Group of Experts established pursuant to paragraph 9 of
            // resolution 1643 (2005)": the Group of Experts on Côte d'Ivoire.
            if !definite {
                let own = ctx.acting_resolution(doc).id.parse::<Symbol>().ok()?;
                let e = named_after(ctx.dict, n.as_str(), &own)?;
                return Some(ctx.dict.entry(e).node_ref());
            }
            let word = n.as_str().split_whitespace().next().unwrap_or("");
            let after = &window[a.end() + n.end()..];
            return founded_by_the_resolution_cited(ctx, n.as_str(), after)
                .or_else(|| anaphor(ctx, word, doc, verb_start))
                .or_else(|| defined_before(ctx, text, n.as_str(), doc, verb_start));
        }
    }
    None
}

/// The panel a generic noun at the start of `object` stands for by the
/// resolution cited right after it ([`founded_by_the_resolution_cited`]).
fn cited_panel(ctx: &Ctx<'_>, object: &str) -> Option<NodeRef> {
    static NOUN: OnceLock<Regex> = OnceLock::new();
    let noun = re(
        &NOUN,
        r"^(?:Panel of [Ee]xperts|Group of [Ee]xperts|Monitoring Group|Monitoring Team)(?-u:\b)",
    );
    let n = noun.find(object)?;
    founded_by_the_resolution_cited(ctx, n.as_str(), &object[n.end()..])
}

/// The panel a generic noun stands for by the words that first followed it
/// in the document: "Taking note of the report of the Group of Experts
/// referred to in paragraph 10 of resolution 1533 and paragraph 21 of
/// resolution 1596 (hereafter the Group of Experts)", then "to re-establish
/// the Group of Experts" (1616 (2005); 1698 (2006) so written), whose
/// resolutions give no year and name no panel in full.
fn defined_before(ctx: &Ctx<'_>, text: &str, noun: &str, doc: usize, at: usize) -> Option<NodeRef> {
    let segment = ctx.segments.get(doc)?;
    let from = segment.range.start.min(at);
    let before = text.get(from..at)?;
    before
        .match_indices(noun)
        .find_map(|(i, n)| founded_by_the_resolution_cited(ctx, noun, &before[i + n.len()..]))
}

/// The panel whose founding resolution (by the dictionary, by number) the
/// words after a generic noun cite: "the Group of experts referred to in
/// paragraph 10 of resolution 1533" (1552 (2004), whose texts give 1533 no
/// year), "the Monitoring Group as referred to in paragraph 2 of resolution
/// 1519 (2003)" (1558 (2004)). None when that resolution founded no panel
/// whose name holds `word` ("referred to in paragraph 3 of resolution 1558
/// (2004)", a re-establishment).
///
/// Else the dictionary's panel known by the name "`noun` established
/// pursuant to resolution N" with the number alone: "the Group of Experts
/// referred to in paragraph 9 of resolution 1771" (1799 (2008)) is the DRC
/// Group of Experts, renewed by 1771 (2007).
fn founded_by_the_resolution_cited(ctx: &Ctx<'_>, noun: &str, after: &str) -> Option<NodeRef> {
    let word = noun.split_whitespace().next().unwrap_or("");
    static CITED: OnceLock<WsRegex> = OnceLock::new();
    let cited = ws_re(
        &CITED,
        r"^,? (?:as )?(?:referred to in|established (?:pursuant to|by|under)|appointed pursuant to) (?:paragraph \d+(?: ?\([a-z]\))? of )?(?:its )?resolution (?P<number>\d{1,4})(?-u:\b)",
    );
    let number: u32 = cited.captures(after)?.name("number")?.as_str().parse().ok()?;
    let mut found = ctx.dict.founded("panel").filter(|&(e, resolution)| {
        resolution
            .parse::<Symbol>()
            .ok()
            .and_then(|r| r.resolution_number())
            == Some(number)
            && name_holds(ctx, Who::Entry(e), word)
    });
    let Some((first, _)) = found.next() else {
        // Only a full noun names the kind of body ("Group" alone does not).
        let full = [
            "panel of experts",
            "group of experts",
            "monitoring group",
            "monitoring team",
        ];
        if !full.contains(&noun.to_ascii_lowercase().as_str()) {
            return None;
        }
        let name = format!(
            "{} established pursuant to resolution {number}",
            body_noun(noun).0
        );
        return match ctx.dict.scan(&name).as_slice() {
            [f] if f.start == 0 && f.end == name.len() => {
                ctx.dict.target(f, None).map(|e| ctx.dict.entry(e).node_ref())
            }
            _ => None,
        };
    };
    found.next().is_none().then(|| ctx.dict.entry(first).node_ref())
}

/// Where the object of a passive extension begins in `obj`: after the last
/// clause break when the match runs over another clause ("Decides that the
/// mandate of the Committee shall apply with respect to the measures … and
/// that the mandate of the Panel of Experts … shall be extended", 2134
/// (2014): the Panel's mandate is extended, not the Committee's), else at 0.
fn last_clause(obj: &str) -> usize {
    const BREAKS: [&str; 4] = [" shall ", " should ", " will ", " and that "];
    BREAKS
        .iter()
        .filter_map(|b| obj.rfind(b).map(|i| i + b.len()))
        .max()
        .filter(|&cut| obj[cut..].contains("mandate"))
        .unwrap_or(0)
}

/// One `extends_mandate` link per body: the end date the clause states,
/// else the period it states, kept as written in the relation.
#[allow(clippy::too_many_arguments)]
fn emit(
    ctx: &Ctx<'_>,
    text: &str,
    (start, verb_end, end): (usize, usize, usize),
    doc: usize,
    lemma: &str,
    head: Head,
    targets: &[NodeRef],
    sink: &mut Sink<'_>,
) {
    let clause = decided_part(&text[verb_end..end]);
    let stated = end_date(clause).or_else(|| period_of_paragraph(ctx, text, clause, doc));
    // A period counted from a day the text fixes keeps its words in the
    // relation beside the end computed from it.
    let counted = stated.is_none().then(|| counted_end(ctx, clause, doc)).flatten();
    // "Decides to extend to that end the mandate of UNPROFOR in order to
    // enable it … to deter attacks" (836 (1993)): with no end date and no
    // period, a mandate extended "to enable" or "to include" is widened, not
    // prolonged.
    if stated.is_none() && counted.is_none() && widens(clause) {
        return;
    }
    let mut relation = match head {
        Head::Mandate => lemma.to_string(),
        Head::Stationing => format!("{lemma} the stationing"),
        Head::Deployment => format!("{lemma} the deployment"),
        Head::Authorization => format!("{lemma} the authorization"),
    };
    if clause.contains("technical rollover") || clause.contains("technical roll-over") {
        relation = "technical rollover".to_string();
    }
    if stated.is_none()
        && let Some(p) = period_in(clause)
    {
        relation = format!("{relation} {}", one_space(p));
    }
    // "for a final period until 30 April 1995" (961 (1994)), "for the final
    // time" (1086 (1996)), "as a last extension of its mandate" (1437
    // (2002)): the text says no extension will follow, which "is X still
    // active" and a reader of the mandate's history need.
    if !relation.contains("final") && says_final(clause) {
        relation = format!("{relation} for a final period");
    }
    let date = stated.or(counted);
    for target in targets {
        let attrs = EdgeAttrs {
            relation: Some(relation.clone()),
            date: date.as_deref().and_then(|d| d.parse().ok()),
            evidence: Some(ctx.evidence(start, end)),
            ..EdgeAttrs::default()
        };
        sink(ctx.acting_resolution(doc), target.clone(), attrs);
    }
}

/// The part of an extension's clause that states what is decided: the
/// clause up to an intention for later ("with a view to", "with the
/// intention to"), whose period and date are another extension's. "Decides
/// to extend the mandate of UNMISET for a period of 6 months, with a view
/// to subsequently extending the mandate for a further and final period of
/// 6 months, until 20 May 2005" (1543 (2004), of 14 May 2004) extends it
/// to November 2004, not to 20 May 2005 (1573 (2004) does that). A date
/// before the intention stays the extension's: "extended until 24 June
/// 2005, with a view to renew it … for a period of seven months" (1603
/// (2005)).
fn decided_part(clause: &str) -> &str {
    let cut = clause
        .match_indices("with ")
        .map(|(at, _)| at)
        .find(|&at| {
            let rest = &clause[at + 5..];
            ["a view to ", "the intention to ", "the intention of "]
                .iter()
                .any(|i| rest.starts_with(i))
        })
        .unwrap_or(clause.len());
    &clause[..cut]
}

/// The period of time a clause states, as written: "for a period of three
/// months", "for a further six months", "for a final period of 30 days".
fn period_in(clause: &str) -> Option<&str> {
    static PERIOD: OnceLock<WsRegex> = OnceLock::new();
    let period = ws_re(
        &PERIOD,
        r"(?-u:\b)for (?:a |an |another |one )?(?:(?:further|additional|final|interim|single|last) )*(?:period of )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty-four|twenty|thirty-six|thirty) (?:\(\d+\) )?(?:months?|years?|weeks?|days?)(?-u:\b)",
    );
    period.find(clause).map(|p| p.as_str())
}

/// Whether an extension's clause calls it the last: "final period", "final
/// time", "last extension" (the corpus's wordings: 12 clauses from 916
/// (1994) to 2059 (2012)).
fn says_final(clause: &str) -> bool {
    static FINAL: OnceLock<WsRegex> = OnceLock::new();
    ws_re(
        &FINAL,
        r"(?-u:\b)(?:final|last) (?:period|time|extension)(?-u:\b)",
    )
    .is_match(clause)
}

/// The end date of the period another paragraph of the same document
/// states, when the clause extends "for the period specified in paragraph
/// 1 above" (1768 (2007) and 1799 (2008), of the DRC Group of Experts):
/// that paragraph's own first clause ("1. Decides to extend until 10 August
/// 2007 the measures on arms …").
fn period_of_paragraph(ctx: &Ctx<'_>, text: &str, clause: &str, doc: usize) -> Option<String> {
    static SPECIFIED: OnceLock<WsRegex> = OnceLock::new();
    let specified = ws_re(
        &SPECIFIED,
        r"(?-u:\b)for the period (?:specified|referred to|set out|mentioned) in paragraph (?P<n>\d{1,3}) above",
    );
    let n = specified.captures(clause)?.name("n")?.as_str();
    let segment = ctx.segments.get(doc)?;
    let own = text.get(segment.range.clone())?;
    // The paragraph's number after the end of what comes before it (the
    // preamble's last comma, a paragraph's semicolon), then its verb.
    let head = Regex::new(&format!(r"(?:^|[,.;:])\s+{n}\.\s+[A-Z]")).ok()?;
    let at = head.find(own)?.end() - 1;
    let paragraph = &own[at..];
    let first = paragraph.find(';').map_or(paragraph, |i| &paragraph[..i]);
    end_date(first)
}

/// The objects one extension verb governs, from `at` (just after the verb)
/// to `end`, each with its own date or period: "extend the mandate of
/// UNSMIL until 31 October 2024, and the mandate of the Panel of Experts …
/// until 15 May 2025, and the authorizations set out in paragraph 3 of
/// resolution 2292 (2016) for a further 12 months" (2702 (2023)) is three
/// objects, each ending where ", and the mandate" or ", as well as the
/// authorization" begins the next. A date is never lent from one object to
/// another; "the mandates of UNMIS, UNAMID and UNISFA until …" is one.
fn conjuncts(text: &str, at: usize, end: usize) -> Vec<(usize, usize)> {
    static NEXT: OnceLock<WsRegex> = OnceLock::new();
    let next = ws_re(
        &NEXT,
        r",? (?:and|as well as) (?:also )?(?P<object>the (?:present |current )?(?:mandates?|authori[sz]ations?)(?-u:\b))",
    );
    let mut out = Vec::new();
    let mut from = at;
    for c in next.captures_iter(&text[at..end]) {
        let (Some(whole), Some(object)) = (c.get(0), c.name("object")) else {
            continue;
        };
        out.push((from, at + whole.start()));
        from = at + object.start();
    }
    out.push((from, end));
    out
}

/// True when an extension's clause says what the mandate is widened to
/// ("in order to enable it", "to include") and no period of time.
fn widens(clause: &str) -> bool {
    static PERIOD: OnceLock<WsRegex> = OnceLock::new();
    let period = ws_re(
        &PERIOD,
        r"(?-u:\b)(?:for|by) (?:a |an |another |one )?(?:[a-z]+ )*(?:period|months?|years?|weeks?|days?)(?-u:\b)",
    );
    let c = one_space(clause);
    (c.contains(" to enable it") || c.contains(" to include ")) && !period.is_match(&c)
}

/// What an extension applies to: the mandate itself, the stationing in
/// Cyprus (UNFICYP 1964–1974), the deployment, or the authorization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    Mandate,
    Stationing,
    Deployment,
    Authorization,
}

/// Between "Decides" and "to extend" only a parenthesis ("Decides, in
/// this context, to extend"), an opening phrase that says on what ground the
/// Council decides ("Decides in line with the request from the Government of
/// Nepal and the Secretary-General's recommendations, to renew", UNMIN's six
/// renewals 1825 to 1939; "Decides further to paragraph 1 above, and at the
/// request of the President of the Republic of Haiti, to extend", 1212
/// (1998)), or a first decision the extension is joined to ("Decides to
/// authorize an increase in the troop strength of UNPREDEP up to 1,050 and
/// to extend", 1186 (1998), the one such in the corpus); never an intention
/// or a condition ("Decides to establish …, with the intention to renew").
fn plain_gap(gap: &str) -> bool {
    const REFUSED: [&str; 9] = [
        "intention",
        "intend",
        " will",
        "consider",
        "review",
        // "Decides to establish …, with the intention to renew", not "the
        // objectives established in resolution 940 (1994)" (1007 (1995))
        "to establish",
        "authori",
        "to request",
        "not ",
    ];
    let g = gap.trim();
    if let Some(first) = g.strip_prefix("to ")
        && g.ends_with(" and")
    {
        return joined_decision(first);
    }
    // Words are sought in the gap padded with a space on each side, so that
    // a gap of "not" alone ("Decides not to renew the mandate of UNAMA") is
    // refused as "also not" is.
    let padded = format!(" {g} ");
    if REFUSED.iter().any(|w| padded.contains(w)) {
        return false;
    }
    // The grounds of a decision, each said so in the corpus: "in line with"
    // (6 times), "in response to" (2), "further to" (2), "on an exceptional
    // basis" (2), and those of the same kind.
    const GROUNDS: [&str; 10] = [
        "in line with",
        "in response to",
        "in accordance with",
        "at the request of",
        "on the basis of",
        "in light of",
        "in the light of",
        "further to",
        "on an exceptional basis",
        "in view of",
    ];
    if GROUNDS.iter().any(|o| g.starts_with(o)) && !g.contains("whether") {
        return true;
    }
    g.is_empty() || g.starts_with(',') || !g.contains(" to ") && g.len() < 40
}

/// A first decision joined by "and" to the extension ("authorize an
/// increase in the troop strength of UNPREDEP up to 1,050 and", after its
/// "to"): one infinitive, itself a decision (not "consider", "review",
/// "request" …), so that the second is the Council's too and not another
/// body's ("to authorize the Secretary-General to redeploy … and to extend").
fn joined_decision(first: &str) -> bool {
    static INFINITIVE: OnceLock<Regex> = OnceLock::new();
    let infinitive = re(&INFINITIVE, r"(?-u:\b)to [a-z]");
    const NOT_DECIDED: [&str; 9] = [
        "intention",
        "intend",
        " will",
        "consider",
        "review",
        "request",
        "remain",
        "keep",
        "not ",
    ];
    !infinitive.is_match(first) && !NOT_DECIDED.iter().any(|w| first.contains(w)) && first.len() <= 160
}

/// True when "Decides:" (a list of decisions) stands shortly before `at`.
fn decides_colon_before(text: &str, at: usize) -> bool {
    let from = super::floor_boundary(text, at.saturating_sub(1500));
    let before = &text[from..at];
    static COLON: OnceLock<Regex> = OnceLock::new();
    re(&COLON, r"(?:[Dd]ecides|DECIDES)\s*:").is_match(before)
}

/// The bodies an extension's object names, from `at` (just after the verb)
/// to `end`: "the mandate(s) of X (and Y)", "X's mandate", "the stationing
/// in Cyprus of X", "the deployment of X", "the authorization of X", "X"
/// itself, or an anaphor ("its mandate", "the present mandate", "the
/// mandate of the Force") standing for the mission the text is about.
fn objects(
    ctx: &Ctx<'_>,
    text: &str,
    at: usize,
    end: usize,
    doc: usize,
    verb_start: usize,
    third: bool,
) -> Option<(Vec<NodeRef>, Head)> {
    static HEAD: OnceLock<WsRegex> = OnceLock::new();
    let head = ws_re(
        &HEAD,
        r"(?-u:\b)(?:(?:its|their|the|this|that) (?:present |current |existing |said |respective |initial )?(?:(?P<mandate>mandates?(?: and (?:personnel strength|capacity|strength|tasks|concept of operation)|,? including the concept of operations?)?)|(?P<stationing>stationing in Cyprus|period in which)|(?P<deployment>deployment)|(?P<authorization>authori[sz]ation))(?-u:\b)(?P<of>(?:,[^,;]{1,100},)? of(?-u:\b)|(?: that| which)?(?: it| the Security Council| the Council)?(?: has)? (?:provided|given|granted) to(?-u:\b))?|(?P<poss>(?:'|’)s? mandates?(?-u:\b)))",
    );
    let window = &text[at..end];
    let from = ctx.mentions.partition_point(|x| x.start < at);
    let first = ctx.mentions[from..]
        .iter()
        .take_while(|x| x.start < end)
        .find(|x| holder(ctx, x));
    let h = head.captures(window);
    let h_start = h
        .as_ref()
        .and_then(|h| h.get(0))
        .map_or(usize::MAX, |m| at + m.start());
    // A body named before any head: "X's mandate", or "extend UNAMA for".
    if let Some(m) = first
        && m.start < h_start
    {
        // "Requests the Secretary-General to extend, for a period expiring
        // on 31 December 2008, the Group of Experts established pursuant
        // to resolution 1771 (2007)" (1857 (2008), and six more renewals of
        // that Group): the body itself, after a parenthesis.
        let prefix = &text[at..m.start];
        let the_body = prefix.trim_start().starts_with(',')
            && prefix.trim_end().ends_with(", the")
            && ctx.who_ref(m.who).category.map(Category::as_str) == Some("panel");
        let prefix = if the_body {
            prefix.trim_end().strip_suffix("the").unwrap_or(prefix)
        } else {
            prefix
        };
        if !plain_prefix(prefix) {
            return None;
        }
        let after = one_space(&text[m.end..end.min(m.end + 24)]);
        let possessive = ["'s mandate", "’s mandate", "' mandate", "’ mandate"]
            .iter()
            .any(|p| after.starts_with(p));
        if possessive || h_start == usize::MAX || !third && (prefix.trim().is_empty() || the_body) {
            return Some((chain(ctx, text, m), Head::Mandate));
        }
        return None;
    }
    let Some(h) = h else {
        // "the initial period referred to in paragraph 2 of resolution 1535
        // (2004)" (1787 (2007)).
        let object = window.trim_start();
        return period_founded_by(ctx, object.strip_prefix("the ")?).map(|r| (vec![r], Head::Mandate));
    };
    let whole = h.get(0)?;
    // "the Panel's mandate": "the Panel" is the object's own, not words
    // before it ("decides to extend until 7 April 2014 the Panel's mandate",
    // 2094 (2013)).
    let before = &window[..whole.start()];
    let before = match h.name("poss") {
        Some(_) => before
            .trim_end()
            .rsplit_once(char::is_whitespace)
            .map_or("", |(rest, _)| rest)
            .trim_end()
            .strip_suffix("the")
            .unwrap_or(before),
        None => before,
    };
    if !plain_prefix(before) {
        return None;
    }
    let kind = if h.name("stationing").is_some() {
        Head::Stationing
    } else if h.name("deployment").is_some() {
        Head::Deployment
    } else if h.name("authorization").is_some() {
        Head::Authorization
    } else {
        Head::Mandate
    };
    let after = at + whole.end();
    if h.name("poss").is_some() {
        // "the Force's mandate", "the Panel's mandate".
        let word = text[at..at + whole.start()]
            .split_whitespace()
            .last()
            .unwrap_or("");
        return anaphor(ctx, word, doc, verb_start).map(|r| (vec![r], kind));
    }
    if h.name("of").is_some() || kind == Head::Stationing {
        // The body named within a few words: "of the United Nations …", "of
        // UNOCI"; an authorization's holder, "the authorization that the
        // Security Council provided to the French Forces in order to support
        // UNOCI" (2162 (2014), and 2000, 2062, 2112, 2226 so written).
        let named = first.filter(|m| m.start >= after && m.start <= after + 100);
        // Those an authorization was given to are its object itself: "the
        // authorization … provided to the French forces in order to support
        // UNOCI" (1933 (2010)) names no holder when "the French forces" is
        // none, and UNOCI holds no authorization.
        let given = h
            .name("of")
            .is_some_and(|o| o.as_str().trim_end().ends_with("to"));
        if let Some(m) = named {
            let between = &text[after..m.start];
            let near = if given {
                matches!(between.trim(), "" | "the")
            } else {
                one_space(between).len() <= 12 || !between.contains(',') && !between.contains(" and ")
            };
            if near {
                return Some((chain(ctx, text, m), kind));
            }
        }
        if given {
            return None;
        }
        if kind == Head::Stationing {
            // "the stationing in Cyprus of the United Nations Peace-keeping
            // Force established under resolution 186 (1964)", "the period in
            // which the United Nations Peace-keeping Force shall be stationed
            // in Cyprus": UNFICYP, however the text names it.
            let stationed = one_space(&text[at..end]);
            if stationed.contains("stationing in Cyprus") || stationed.contains("stationed in Cyprus") {
                return ctx
                    .dict
                    .index_of("actor:UNFICYP")
                    .map(|e| (vec![ctx.dict.entry(e).node_ref()], kind));
            }
            return None;
        }
        let word = text[after..end]
            .trim_start()
            .trim_start_matches("the ")
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // "the mandate of the Group of Experts referred to in paragraph 9 of
        // resolution 1771" (1799 (2008)), no panel named before.
        let object = text[after..end].trim_start();
        let object = object.strip_prefix("the ").unwrap_or(object);
        return anaphor(ctx, word, doc, verb_start)
            .or_else(|| cited_panel(ctx, object))
            .or_else(|| unnamed_operation(ctx, object, word, doc, verb_start))
            .map(|r| (vec![r], kind));
    }
    if kind != Head::Mandate {
        return None;
    }
    // "its mandate", "the present mandate", "the mandate until …".
    anaphor(ctx, "Mission", doc, verb_start).map(|r| (vec![r], kind))
}

/// "Decides to extend the initial period referred to in paragraph 2 of
/// resolution 1535 (2004) until 31 March 2008" (1787 (2007), the one such
/// extension in the corpus): the body the cited resolution established
/// "for an initial period" (CTED), when the dictionary says it founded one
/// body and one only. "The period referred to in paragraphs 1, 2 and 8 of
/// resolution 1242 (1999)" (1275, 1280 (1999)) is a phase of the oil-for-
/// food programme: 1242 founded no body, and the clause is not read.
fn period_founded_by(ctx: &Ctx<'_>, object: &str) -> Option<NodeRef> {
    static PERIOD: OnceLock<WsRegex> = OnceLock::new();
    let period = ws_re(
        &PERIOD,
        r"^(?:initial )?period referred to in paragraphs? \d+(?: ?\([a-z]\))? of (?:its )?resolution (?P<number>\d{1,4}) \((?P<year>\d{4})\)",
    );
    let c = period.captures(object)?;
    let symbol = format!(
        "S/RES/{} ({})",
        c.name("number")?.as_str(),
        c.name("year")?.as_str()
    );
    let mut founded = super::CATEGORIES
        .iter()
        .flat_map(|c| ctx.dict.founded(c))
        .filter(|(_, r)| *r == symbol);
    let (first, _) = founded.next()?;
    founded.next().is_none().then(|| ctx.dict.entry(first).node_ref())
}

/// The id of the stand-in for a peace operation whose mandate a text
/// extends without naming it and without naming any operation anywhere
/// else: "Decides to extend the mandate of the United Nations mission for a
/// new period terminating on 15 February 2009" (1839 (2008); 1866 (2009)
/// the same: the Council avoided UNOMIG's name after August 2008). Once
/// every file is read, the graph replaces it by the one operation the
/// resolutions the text cites extended or established, or drops the link
/// (`CitationGraph::resolve_unnamed_operations`).
pub(crate) const UNNAMED_OPERATION: &str = "actor:unnamed operation";

/// The stand-in [`UNNAMED_OPERATION`] for "the mandate of the United
/// Nations mission" (a common noun, not a name: "the United Nations Mission
/// for …" unknown to the dictionary is a name and is not read) or "the
/// Mission" / "the Force" in a text that names no operation at all (2 in the
/// corpus to 2015, both UNOMIG's).
fn unnamed_operation(ctx: &Ctx<'_>, object: &str, word: &str, doc: usize, at: usize) -> Option<NodeRef> {
    static COMMON: OnceLock<Regex> = OnceLock::new();
    let common = re(
        &COMMON,
        r"^(?:United Nations (?:mission|force|operation|peacekeeping operation)|[Mm]ission|[Ff]orce|[Oo]peration)(?-u:\b)(?P<named> (?:in|for|of|to|on) (?:the )?[A-Z])?",
    );
    let c = common.captures(object)?;
    if c.name("named").is_some() {
        return None;
    }
    // "the United Nations mission" in a text that names an operation is
    // that operation, as "the Mission" is ([`anaphor`]).
    if let Some(named) = anaphor(ctx, "Mission", doc, at) {
        return word.starts_with("United").then_some(named);
    }
    Some(unnamed_stand_in())
}

/// The node of [`UNNAMED_OPERATION`].
fn unnamed_stand_in() -> NodeRef {
    NodeRef {
        id: UNNAMED_OPERATION.to_string(),
        kind: NodeKind::Actor,
        label: "an operation the text does not name".to_string(),
        category: "mission".parse().ok(),
    }
}

/// Text between the verb and its object: empty, a date or period ("until
/// 30 June 2012", "for a period of six months", "for an additional six (6)
/// months" (1819 (2008)), "for a period of twelve months" without commas),
/// "for the final time"
/// ("Decides to extend for the final time the mandate of UNSMIH", 1086
/// (1996), the one such in the corpus), or a parenthesis between commas;
/// never another noun ("the increase in the strength of MONUC").
fn plain_prefix(pre: &str) -> bool {
    static PAREN: OnceLock<Regex> = OnceLock::new();
    static NOUN: OnceLock<Regex> = OnceLock::new();
    let paren = re(
        &PAREN,
        r",[^,]*,|(?-u:\b)for the (?:final|last) time(?-u:\b)|(?-u:\b)for (?:a|an|another)(?: further| additional| new| final)*(?: period of)? [a-z0-9() -]{1,30}?(?:months?|years?|weeks?|days?)(?-u:\b)",
    );
    let noun = re(&NOUN, r"(?-u:\b)(?:the|its|their|a|an)(?-u:\b)");
    let rest = paren.replace_all(pre, " ");
    let rest = one_space(&rest);
    let rest = rest.trim_start_matches(',');
    rest.len() <= 90 && !noun.is_match(rest)
}

/// Bodies whose mandate a resolution can extend.
fn holder(ctx: &Ctx<'_>, m: &Mention) -> bool {
    creatable(ctx, m) || matches!(m.who, Who::New(_))
}

/// The body named at `m` and those listed after it: "UNOCI and UNMIL",
/// "the mandates of UNMIS, UNAMID and UNISFA".
fn chain(ctx: &Ctx<'_>, text: &str, m: &Mention) -> Vec<NodeRef> {
    let mut out = vec![ctx.who_ref(m.who)];
    let mut last = *m;
    loop {
        let i = ctx.mentions.partition_point(|x| x.start < last.end);
        let Some(next) = ctx.mentions.get(i) else { break };
        let between = &text[last.end..next.start];
        let joined = one_space(between).len() <= 14
            && between
                .split(|c: char| c == ',' || c.is_whitespace())
                .all(|w| matches!(w, "" | "and" | "of" | "the"))
            && (between.contains(',') || between.contains("and"));
        if !joined || !holder(ctx, next) {
            break;
        }
        out.push(ctx.who_ref(next.who));
        last = *next;
    }
    out
}

/// The body an anaphor stands for. "Panel", "Group", "Committee": the last
/// body of that kind named before. Otherwise ("its mandate", "the Force",
/// "the Mission"): the mission named last in the same sentence, else the
/// mission the document names most often.
fn anaphor(ctx: &Ctx<'_>, word: &str, doc: usize, at: usize) -> Option<NodeRef> {
    let kinds: &[&str] = match word {
        "Panel" | "Group" | "Monitoring" | "panel" | "group" | "monitoring" => &["panel"],
        "Committee" | "committee" => &["committee"],
        // "decides to extend the mandate of the multinational force as set
        // forth in resolution 1546 (2004)" (1637 (2005), 1723 (2006)): the
        // multinational force the text named ("the multinational force in
        // Iraq"), never a United Nations mission named more often.
        "multinational" | "Multinational" => &["force"],
        "Commission" | "Office" => &["body", "office", "mission"],
        "Force" | "Mission" | "Operation" | "force" | "mission" | "operation" => {
            &["mission", "force", "office"]
        }
        // Any other word ("the mandate of the Member States …") names no body.
        _ => return None,
    };
    let upto = ctx.mentions.partition_point(|x| x.start < at);
    let before = || {
        ctx.mentions[..upto]
            .iter()
            .rev()
            .filter(move |x| x.doc == doc)
            .map(|x| (x.start, x.who, ctx.who_ref(x.who)))
            .filter(|(_, _, r)| {
                r.category
                    .map(Category::as_str)
                    .is_some_and(|c| kinds.contains(&c))
            })
    };
    if kinds[0] != "mission" {
        // The body's own name holds the word: "the Group of Experts" is no
        // "Panel of Experts on Liberia" named before it (2045 (2012), on Côte
        // d'Ivoire); with no such body named, nothing is said.
        // "the Group of Experts" never named in full: the body of that
        // word the dictionary says a resolution the document cites founded
        // (2045 (2012) cites 1584 (2005), which established the Group of
        // Experts on Côte d'Ivoire).
        return before()
            .find(|(_, who, _)| name_holds(ctx, *who, word))
            .map(|(_, _, r)| r)
            .or_else(|| founded_by_a_cited_resolution(ctx, kinds[0], word, doc))
            .or_else(|| named_for_a_state_named(ctx, kinds[0], word, doc));
    }
    let text = ctx.text();
    let sentence = text[..at].rfind(". ").map_or(0, |i| i + 2);
    if let Some((_, _, r)) = before().next().filter(|(start, _, _)| *start >= sentence) {
        return Some(r);
    }
    // The mission the document names most often (the first named on a tie).
    let mut counts: Vec<(String, usize, usize, NodeRef)> = Vec::new();
    for (i, x) in ctx.mentions.iter().enumerate().filter(|(_, x)| x.doc == doc) {
        let r = ctx.who_ref(x.who);
        if !r
            .category
            .map(Category::as_str)
            .is_some_and(|c| kinds.contains(&c))
        {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == r.id) {
            Some(c) => c.1 += 1,
            None => counts.push((r.id.clone(), 1, i, r)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|c| c.3)
}

/// The one body of `category` whose name holds `word` and whose founding
/// resolution (by the dictionary) the document `doc` cites by number and
/// year; none when there are none or several.
fn founded_by_a_cited_resolution(ctx: &Ctx<'_>, category: &str, word: &str, doc: usize) -> Option<NodeRef> {
    let segment = ctx.segments.get(doc)?;
    let text = ctx.text().get(segment.range.clone())?;
    let mut found = ctx.dict.founded(category).filter(|&(e, resolution)| {
        let short = resolution.trim_start_matches("S/RES/");
        name_holds(ctx, Who::Entry(e), word) && text.contains(short)
    });
    let (first, _) = found.next()?;
    found.next().is_none().then(|| ctx.dict.entry(first).node_ref())
}

/// The one body of `category` whose name holds `word` and the name of a
/// state the document `doc` names, when no other body of that category
/// and word names one: "Decides to extend the mandate of the Group of
/// Experts, as set out in resolution 1727 (2006), until 31 October 2007"
/// (1761 (2007), which names Côte d'Ivoire and no other state) is the Group
/// of Experts on Côte d'Ivoire. A document that names Liberia and Côte
/// d'Ivoire, each with its own panel, gets none.
fn named_for_a_state_named(ctx: &Ctx<'_>, category: &str, word: &str, doc: usize) -> Option<NodeRef> {
    let states: BTreeSet<&str> = ctx
        .mentions
        .iter()
        .chain(&ctx.within)
        .filter(|m| m.doc == doc && ctx.is_state(m.who))
        .filter_map(|m| match m.who {
            Who::Entry(e) => Some(ctx.dict.entry(e).label.as_str()),
            Who::New(_) => None,
        })
        .collect();
    let mut found = ctx.dict.entries_of(category).filter(|&e| {
        let entry = ctx.dict.entry(e);
        // A state's whole name: Guinea is not named by "… on Guinea-Bissau".
        let names = |name: &str, state: &str| {
            name.match_indices(state).any(|(at, _)| {
                !name[at + state.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
        };
        name_holds(ctx, Who::Entry(e), word)
            && states
                .iter()
                .any(|s| names(&entry.label, s) || entry.title.as_deref().is_some_and(|t| names(t, s)))
    });
    let first = found.next()?;
    found.next().is_none().then(|| ctx.dict.entry(first).node_ref())
}

/// Whether an actor's names (its id, label and full name) hold `word`,
/// ignoring case.
fn name_holds(ctx: &Ctx<'_>, who: Who, word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    let holds = |name: &str| name.to_ascii_lowercase().contains(&word);
    match who {
        Who::Entry(e) => {
            let entry = ctx.dict.entry(e);
            holds(&entry.id) || holds(&entry.label) || entry.title.as_deref().is_some_and(holds)
        }
        Who::New(i) => ctx
            .new_actors
            .get(i)
            .is_some_and(|a| holds(&a.name) || holds(&a.node.label)),
    }
}

/// The end of a period a clause counts from a day the same text fixes:
/// "extends the mandate … for an additional period of 12 months from the
/// date of adoption of this resolution" (UNAMA, 1471 to 1662), "for a period
/// of six months from 30 September 2001" (UNAMSIL, 1370 to 1508), "for an
/// initial period of 12 months beginning on 1 January 2006" (UNIOSIL, 1620).
/// The day counted from is the document's adoption date (the resolution's
/// own "Adopted … on …"; none for a draft, nor for a resolution whose date
/// is unknown: then no end) or the date the clause names; the count is in
/// figures or words, in days, weeks, months or years.
///
/// Over the 2,259 resolutions a period of time is followed by "from the date
/// of adoption of this resolution" 40 times, "from the date of this
/// resolution" 30, "from the date of the adoption of this resolution" 12,
/// ", starting from the date of the adoption of this resolution" 12 (EUFOR,
/// 1639 to 2247), "from the adoption of this / the present resolution" 3,
/// "following / after the (date of) adoption of …" 3, "from <date>" 12,
/// "as from <date>" 2 (1528, 1545), "beginning on <date>" 7 and
/// "commencing on <date>" once (not all in a mandate's clause: most of the
/// rest are sanctions). Left without a date: a period counted from an event
/// ("from the transfer of authority" 1035, "from its effective entry into
/// operation" 1295, "from the declaration of its full operational capacity"
/// 2134, "from the date of expiration of its current mandate in June 2015"
/// 2160, 2161, 2253), from another resolution's adoption ("from the date of
/// adoption of resolution 1846", 1851), a start not fixed ("commencing no
/// later than 11 March 2002", 1395, 1458; "commencing as soon as
/// possible", 1519), and a bound rather than a period ("for a single period
/// of up to forty days", 915; "not exceeding 30 days", 1542).
///
/// The day, as the Council counts it. "From" a day (its adoption or a date
/// named) runs to the same day N months on: the Council's own recitals say
/// so three times out of four (1589: 1536 (2004), adopted 26 March 2004,
/// extended UNAMA "through 26 March 2005"; 1662: 1589, of 24 March 2005,
/// "through 24 March 2006"; 1746: 1662, of 23 March 2006, "through 23 March
/// 2007"; only 1536 has 1471, of 28 March 2003, "through 27 March 2004"),
/// and the renewals follow on that day: UNAMSIL's "six months from the date
/// of the adoption" of 1346 (30 March 2001) is followed by "six months from
/// 30 September 2001" (1370), and 1508's "from 30 September 2003" by 1537,
/// adopted on 30 March 2004; UNOCI's "12 months as from 4 April 2004" (1528)
/// by 1594, adopted on 4 April 2005; the Ombudsperson's 18 months from 17
/// December 2009 (1904) by 1989, adopted on 17 June 2011. "Beginning on" or
/// "commencing on" a day counts that day in: each of the four texts that
/// also name the end says so ("for a period of 12 months beginning on 1
/// June 2013 until 31 May 2014", 2103; 2157, 2186, 2203 likewise), so the
/// period ends the day before. A day the month lacks (31 August and six
/// months) is the month's last.
fn counted_end(ctx: &Ctx<'_>, clause: &str, doc: usize) -> Option<String> {
    static COUNTED: OnceLock<WsRegex> = OnceLock::new();
    let counted = ws_re(
        &COUNTED,
        r"(?-u:\b)for (?:a |an |another |one )?(?:(?:further|additional|initial|final|new|planned) )*(?:period of |period, )?(?P<n>\d{1,3}|[a-z]+(?:-| )?[a-z]*) (?:\(\d{1,3}\) )?(?P<unit>months?|years?|weeks?|days?),? (?:(?P<from>(?:starting |with effect )?(?:as )?from|following|after)|(?:beginning|commencing|starting) on) (?:(?P<adoption>the (?:date of (?:the )?)?(?:adoption of )?(?:this|the present) resolution)(?-u:\b)|(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>\d{4})(?-u:\b))",
    );
    let c = counted
        .captures_iter(clause)
        .find(|c| c.name("n").and_then(|n| period_count(n.as_str())).is_some())?;
    let n = period_count(c.name("n")?.as_str())?;
    let start = if c.name("adoption").is_some() {
        let node = &ctx.segments.get(doc)?.record.node;
        if node.kind != NodeKind::Resolution {
            return None;
        }
        node.date?
    } else {
        let named = c.name("month")?.as_str();
        let month = crate::date::MONTH_NAMES.iter().position(|m| *m == named)?;
        crate::date::Date::new(
            c.name("year")?.as_str().parse().ok()?,
            month as u32 + 1,
            c.name("day")?.as_str().parse().ok()?,
        )
        .ok()?
    };
    let unit = c.name("unit")?.as_str();
    let end = match unit.trim_end_matches('s') {
        "month" => months_later(start, n)?,
        "year" => months_later(start, n.checked_mul(12)?)?,
        "week" => days_later(start, n.checked_mul(7)?)?,
        _ => days_later(start, n)?,
    };
    let end = if c.name("from").is_some() {
        end
    } else {
        day_before(end)?
    };
    Some(end.to_string())
}

/// A count of a period in figures or words: "12", "twelve", "eighteen",
/// "thirty", "twenty-four", "twenty four".
fn period_count(word: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 4] = ["twenty", "thirty", "forty", "fifty"];
    let w = one_space(word).to_ascii_lowercase();
    if let Ok(n) = w.parse::<u32>() {
        return (n > 0).then_some(n);
    }
    let unit = |u: &str| UNITS.iter().position(|x| *x == u).map(|i| i as u32);
    let ten = |t: &str| TENS.iter().position(|x| *x == t).map(|i| 20 + 10 * i as u32);
    let n = match w.split_once(['-', ' ']) {
        Some((t, u)) => ten(t)? + unit(u).filter(|&u| (1..10).contains(&u))?,
        None => unit(&w).or_else(|| ten(&w))?,
    };
    (n > 0).then_some(n)
}

/// The day `months` months after `day`, or the month's last day when it
/// has no such day.
fn months_later(day: crate::date::Date, months: u32) -> Option<crate::date::Date> {
    let index = day.year() * 12 + day.month() as i32 - 1 + i32::try_from(months).ok()?;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    (1..=day.day())
        .rev()
        .find_map(|d| crate::date::Date::new(year, month, d).ok())
}

/// The day `days` days after `day`.
fn days_later(mut day: crate::date::Date, days: u32) -> Option<crate::date::Date> {
    use crate::date::Date;
    for _ in 0..days.min(10_000) {
        day = Date::new(day.year(), day.month(), day.day() + 1)
            .or_else(|_| Date::new(day.year(), day.month() + 1, 1))
            .or_else(|_| Date::new(day.year() + 1, 1, 1))
            .ok()?;
    }
    Some(day)
}

/// The day before `day`.
fn day_before(day: crate::date::Date) -> Option<crate::date::Date> {
    use crate::date::Date;
    if day.day() > 1 {
        return Date::new(day.year(), day.month(), day.day() - 1).ok();
    }
    let (year, month) = if day.month() > 1 {
        (day.year(), day.month() - 1)
    } else {
        (day.year() - 1, 12)
    };
    (28..=31).rev().find_map(|d| Date::new(year, month, d).ok())
}

/// The end date a clause states ([`end_date`]), else the end of the period
/// it counts from a day the text fixes ([`counted_end`]).
fn end_of(ctx: &Ctx<'_>, clause: &str, doc: usize) -> Option<String> {
    end_date(clause).or_else(|| counted_end(ctx, clause, doc))
}

/// The ISO end date a clause states: "until 30 June 2021", "for a further
/// period ending 15 June 1995", "until July 31, 2009", "for a period
/// expiring on 12 December 1995". A mandate "expiring on" one date is
/// extended to the date of another word when there is one: "extend the
/// mandate of UNAMIR, expiring on 29 July 1994, until 9 December 1994"
/// (925 (1994)) ends on 9 December.
fn end_date(clause: &str) -> Option<String> {
    static D: OnceLock<WsRegex> = OnceLock::new();
    use crate::date::MONTH_NAMES as MONTHS;
    let d = ws_re(
        &D,
        r"(?-u:\b)(?:until|till|ending|terminating|through|to|(?P<expiring>expiring))(?: on| at)?(?: midnight)?(?: of)?(?: the)? (?:(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Z][a-z]+),? (\d{4})|([A-Z][a-z]+) (\d{1,2}),? (\d{4}))",
    );
    let found: Vec<_> = d.captures_iter(clause).collect();
    let until = found.iter().any(|c| c.name("expiring").is_none());
    for c in found.iter().filter(|c| !until || c.name("expiring").is_none()) {
        let (day, month, year) = match (c.get(2), c.get(5)) {
            (Some(day), _) => (day.as_str(), &c[3], &c[4]),
            (None, Some(month)) => (&c[6], month.as_str(), &c[7]),
            _ => continue,
        };
        let Some(mi) = MONTHS.iter().position(|m| *m == month) else {
            continue;
        };
        let Ok(day) = day.parse::<u32>() else { continue };
        if (1..=31).contains(&day) {
            return Some(format!("{year}-{:02}-{day:02}", mi + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A first decision that is itself an infinitive with its own subject
    /// ("authorize the Secretary-General to redeploy") is not the
    /// Council's alone: the extension joined to it is not read as the
    /// Council's. A plain decision is.
    #[test]
    fn a_first_decision_holding_another_infinitive_is_not_joined() {
        assert!(joined_decision(
            "authorize an increase in the troop strength of UNPREDEP up to 1,050 "
        ));
        assert!(!joined_decision(
            "authorize the Secretary-General to redeploy troops from UNMIL "
        ));
        assert!(!joined_decision("authorize the Secretary-General to redeploy "));
    }

    /// Tried anchored at its first words, the extension pattern finds what
    /// a search of the whole text finds, over every bundled text and at
    /// the edges: a word that ends in `decide`, a non-ASCII letter before
    /// `Decides`, lettered items, capitals.
    #[test]
    fn the_anchored_extension_pattern_finds_what_a_whole_search_finds() {
        static WHOLE: OnceLock<regex::bytes::Regex> = OnceLock::new();
        let whole = bytes_re(&WHOLE, &super::super::ws_bytes_pattern(EXTENSION_VERB_PATTERN));
        let same = |text: &str| {
            let starts = VerbStarts::new(text);
            let anchored = extension_verbs(text, &starts);
            let searched: Vec<_> = whole.find_iter(text.as_bytes()).map(|m| m.range()).collect();
            assert_eq!(anchored, searched, "{text:.80?}");
            anchored.len()
        };
        let edges = [
            "The Council, undecided to extend it, Decides to extend the mandate",
            "éDecides to extend; Decides, after consultations, to renew; (a) To renew (b) to prolong",
            "DECIDES to extend. decide to renew: Extends once more Renews again Prolongs further",
            "(a)To renew (B) to renew (ab) to extend Decides (a) to extend Decides",
            "Decides that the mandate shall be extended; Decides\nto\nextend ( Decide",
        ];
        let mut found: usize = edges.iter().map(|t| same(t)).sum();
        for (_, text) in crate::corpus::bundled_texts() {
            found += same(&text);
            // As the finders read it: folded.
            same(&super::super::fold::Folded::same_length(&text).text);
        }
        // Every extension verb of the bundled texts and the resolutions.
        assert!(found > 800, "only {found} matches");
    }

    /// The groups of every match of the patterns of `other_decisions` and
    /// of the passive extension, as `captures_iter` over the whole text
    /// gives them and as they are found anchored where they can begin
    /// ([`VerbStarts`], [`joining_ands`]); the number of matches.
    fn decisions_both_ways(text: &str) -> usize {
        static WHOLE: [OnceLock<regex::bytes::Regex>; 5] = [const { OnceLock::new() }; 5];
        let starts = VerbStarts::new(text);
        let patterns: [(&AnchoredAt, &str, Vec<usize>); 5] = [
            (&AUTH, AUTH_PATTERN, starts.of(|w| w <= AUTHORI).collect()),
            (&END, END_PATTERN, merged(starts.decides(), joining_ands(text))),
            (&END_PASSIVE, END_PASSIVE_PATTERN, starts.decides().collect()),
            (&CHANGE, CHANGE_PATTERN, starts.decides().collect()),
            (
                &PASSIVE_EXTENSION,
                PASSIVE_EXTENSION_PATTERN,
                starts.decides().collect(),
            ),
        ];
        let mut found = 0;
        for (i, (anchored, pattern, at)) in patterns.into_iter().enumerate() {
            let whole: Vec<_> = bytes_re(&WHOLE[i], &super::super::ws_bytes_pattern(pattern))
                .captures_iter(text.as_bytes())
                .map(|c| c.iter().map(|g| g.map(|g| g.range())).collect::<Vec<_>>())
                .collect();
            let anchored: Vec<_> = anchored
                .captures_from(text, at)
                .iter()
                .map(Groups::ranges)
                .collect();
            assert_eq!(anchored, whole, "pattern {i} in {text:.80?}");
            found += whole.len();
        }
        found
    }

    /// Tried anchored at the hits of one search for their first words, the
    /// patterns of `other_decisions` find what a search of the whole text
    /// finds, groups and all: on every bundled text, as read and folded, and
    /// at the edges (`and` in a word, before white space of every kind,
    /// before `to` in a word, at the end; a letter before `Decides`).
    #[test]
    fn decisions_found_at_their_first_words_are_those_of_a_whole_search() {
        let edges = [
            "Decides to terminate the mandate of UNASOG and to dissolve the Committee; band to end",
            "Decides that the mandate of UNPROFOR shall terminate; Decides to expand the force",
            "Decides further that the mandate of UNMIL shall be extended; decide that its mandate is renewed; (a) Decide",
            "and\u{2003}to withdraw the presence of; and\n \tto\u{a0}end; and\u{b}to end; and tomorrow; andto end",
            "\u{e9}Decides to end; Authorises the deployment of; Approves the recommendation to authorize it",
            "DECIDES, after consultations, to authorize the establishment of; Authorizes x to establish y; and",
            "and to",
            "and ",
        ];
        let mut found: usize = edges.iter().map(|t| decisions_both_ways(t)).sum();
        for (_, text) in crate::corpus::bundled_texts() {
            found += decisions_both_ways(&text);
            decisions_both_ways(&super::super::fold::Folded::same_length(&text).text);
        }
        // 162 of the four decisions alone in the texts as read, when written.
        assert!(found > 150, "only {found} matches");
    }

    proptest::proptest! {
        #[test]
        fn decisions_found_at_their_first_words_anywhere(
            text in "((and|band|Decides|decides|Authorizes|to|end|withdraw|terminate|the mandate of|shall|expand|the deployment of|X)[ \n\u{a0}\u{2003},;é]{0,2}){0,12}"
        ) {
            decisions_both_ways(&text);
        }
    }

    /// Searched over the whole text through their relaxed form (see
    /// [`WsRegex`]), the patterns with long counted gaps find what the
    /// regex crate finds, groups and all, on every bundled text as read and
    /// folded: the force anchor (`Decides that [^;]{2,400}? may`), the
    /// authorization, the passive termination and extension.
    #[test]
    fn relaxed_whole_searches_find_what_the_regex_crate_finds() {
        let patterns = [
            FORCE_ANCHOR_PATTERN,
            AUTH_PATTERN,
            END_PASSIVE_PATTERN,
            PASSIVE_EXTENSION_PATTERN,
        ];
        let compiled: Vec<_> = patterns
            .iter()
            .map(|p| {
                let ours = WsRegex::new(p);
                assert!(ours.relaxed.is_some(), "{p:.40} has a long gap");
                let theirs = regex::bytes::Regex::new(&super::super::ws_bytes_pattern(p)).expect("valid");
                (ours, theirs)
            })
            .collect();
        let mut found = 0;
        let mut same = |text: &str| {
            for (ours, theirs) in &compiled {
                let whole: Vec<_> = theirs
                    .captures_iter(text.as_bytes())
                    .map(|c| c.iter().map(|g| g.map(|g| g.range())).collect::<Vec<_>>())
                    .collect();
                let relaxed: Vec<_> = ours.captures_iter(text).map(|g| g.ranges()).collect();
                assert_eq!(relaxed, whole, "{text:.80?}");
                let ends: Vec<_> = ours.find_iter(text).map(|m| m.range()).collect();
                assert_eq!(
                    ends,
                    whole
                        .iter()
                        .map(|g| g[0].clone().expect("a match"))
                        .collect::<Vec<_>>()
                );
                found += whole.len();
            }
        };
        for (_, text) in crate::corpus::bundled_texts() {
            same(&text);
            same(&super::super::fold::Folded::same_length(&text).text);
        }
        assert!(found > 1000, "only {found} matches");
    }

    const GATES: [Gate; 18] = [
        Gate::TheEstablishment,
        Gate::BeKnownAs,
        Gate::BearThe,
        Gate::ShallConstitute,
        Gate::BeEstablished,
        Gate::HerebyEstablished,
        Gate::ReDashEstablish,
        Gate::Reestablish,
        Gate::Uthori,
        Gate::Andate,
        Gate::Strength,
        Gate::Creation,
        Gate::Dissolve,
        Gate::Withdraw,
        Gate::Ontinu,
        Gate::WithAViewToExtending,
        Gate::UsedInAllLanguages,
        Gate::NecessaryMeans,
    ];

    fn word(i: usize) -> String {
        let (before, part) = GATE_WORDS[i];
        format!("{before}{part}")
    }

    /// What [`Gates::new`] relies on to see every place a part stands.
    #[test]
    fn no_gate_part_begins_another() {
        for (_, a) in GATE_WORDS {
            for (_, b) in GATE_WORDS {
                assert!(a == b || !b.starts_with(a), "{a:?} begins {b:?}");
            }
        }
    }

    fn holds_as_contains(text: &str) {
        let gates = Gates::new(text);
        for (i, gate) in GATES.into_iter().enumerate() {
            assert_eq!(gate as usize, i);
            assert_eq!(
                gates.has(gate),
                text.contains(&word(i)),
                "{:?} in {text:.80?}",
                word(i)
            );
        }
    }

    /// The gates a text holds are those whose words `str::contains` finds,
    /// on every bundled text and at the edges (the word alone, cut, between
    /// non-ASCII letters, words overlapping or inside one another).
    #[test]
    fn gates_answer_as_contains_does() {
        holds_as_contains("");
        for (i, (_, part)) in GATE_WORDS.iter().enumerate() {
            let w = word(i);
            holds_as_contains(&w);
            holds_as_contains(&w[1..]);
            holds_as_contains(&w[..w.len() - 1]);
            holds_as_contains(&format!("é{w}é"));
            holds_as_contains(part);
        }
        holds_as_contains("with a view to extending the mandate of the re-establishment, hereby established");
        holds_as_contains("shall constitutewithdraw bear the establishment");
        for (_, text) in crate::corpus::bundled_texts() {
            holds_as_contains(&text);
            holds_as_contains(&super::super::fold::Folded::same_length(&text).text);
        }
    }

    proptest::proptest! {
        #[test]
        fn gates_answer_as_contains_does_anywhere(text in "[a-zé -]{0,60}(the establishment|bear the|uthori|andate|ontinu|withdraw|hereby established|shall constitute)?[a-z -]{0,20}") {
            holds_as_contains(&text);
        }
    }

    #[test]
    fn matches_near_keeps_the_bounds_of_the_pattern() {
        static E: OnceLock<regex::bytes::Regex> = OnceLock::new();
        let re = bytes_re(&E, r"(?-u)\bDecides\b[^.;]*?\bto establish\b");
        let close = |m: &[u8]| m.len() - "Decides".len() - "to establish".len() <= 20;
        let text = "Decides to establish a panel. Decides, with a very long clause here, to establish a group. \
                    Decides to establishment";
        let cues: Vec<usize> = text.match_indices("to establish").map(|(i, _)| i).collect();
        let found: Vec<&str> = matches_near(re, text, &cues, 80, 16, close)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        // The second is too far from its "Decides"; the third is no word.
        assert_eq!(found, ["Decides to establish"]);
    }

    #[test]
    fn dates() {
        assert_eq!(
            end_date("MINUSMA until 30 June 2021").as_deref(),
            Some("2021-06-30")
        );
        assert_eq!(
            end_date("UNFICYP for a further period ending 15 June 1995").as_deref(),
            Some("1995-06-15")
        );
        assert_eq!(
            end_date("UNAMI until July 31, 2009").as_deref(),
            Some("2009-07-31")
        );
        assert_eq!(
            end_date("UNIFIL for a further period of six months").as_deref(),
            None
        );
        // S-RES-925(1994).txt:52; S-RES-1028(1995).txt's "for a period
        // expiring on 12 December 1995" keeps its one date.
        assert_eq!(
            end_date("UNAMIR, expiring on 29 July 1994, until 9 December 1994").as_deref(),
            Some("1994-12-09")
        );
        assert_eq!(
            end_date("UNAMIR for a period expiring on 12 December 1995").as_deref(),
            Some("1995-12-12")
        );
    }
}
