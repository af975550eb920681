//! Mandates: bodies named by the resolution that created them ("the panel of
//! experts established pursuant to resolution 2374 (2017)"), bodies a
//! resolution creates ("Decides to establish … a Committee of the Security
//! Council"), and mandates a resolution extends ("Decides to extend the
//! mandate of MINUSMA until 30 June 2021").

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

use super::cues::{Cue, Cues, matches_near, near};
use super::learn::NewActor;
use super::{Ctx, Mention, Who};
use crate::model::{EdgeAttrs, EdgeKind, Link, NodeKind, NodeRef};
use crate::symbol::Symbol;

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// A pattern over bytes: `(?-u:[^.;])` steps a byte at a time where the
/// Unicode class decodes characters. Its matches begin and end at ASCII
/// bytes, so their offsets are the text's.
fn bytes_re(cell: &'static OnceLock<regex::bytes::Regex>, pattern: &str) -> &'static regex::bytes::Regex {
    cell.get_or_init(|| regex::bytes::Regex::new(pattern).expect("valid regex"))
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

/// The canonical noun and category of a body's generic name.
fn body_noun(noun: &str) -> (&'static str, &'static str) {
    let n = noun.to_ascii_lowercase();
    match n.as_str() {
        "panel of experts" | "panel" => ("Panel of Experts", "panel"),
        "group of experts" => ("Group of Experts", "panel"),
        "monitoring group" => ("Monitoring Group", "panel"),
        "monitoring team" => ("Monitoring Team", "panel"),
        "working group" => ("Working Group", "committee"),
        "commission of experts" => ("Commission of Experts", "body"),
        "commission of inquiry" => ("Commission of Inquiry", "body"),
        _ => ("Committee", "committee"),
    }
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
    let short = resolution.as_str().trim_start_matches("S/RES/");
    let id = format!("actor:{noun} established pursuant to resolution {short}");
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
            category: Some(category.to_string()),
        },
        name: format!("{noun} established pursuant to resolution {short}"),
    });
    Who::New(new.len() - 1)
}

/// Bodies named by their founding resolution, for [`Ctx::find_mentions`].
pub(super) fn generic_bodies(
    text: &str,
    cues: &Cues,
    dict: &super::ActorDictionary,
    new: &mut Vec<NewActor>,
) -> Vec<Generic> {
    static G: OnceLock<Regex> = OnceLock::new();
    let g = re(
        &G,
        r"(?-u:\b)([Cc]ommittee|[Pp]anel of [Ee]xperts|[Gg]roup of [Ee]xperts|[Mm]onitoring [Gg]roup|[Mm]onitoring [Tt]eam|[Ww]orking [Gg]roup|[Cc]ommission of [Ee]xperts|[Cc]ommission of [Ii]nquiry|[Pp]anel) (?:established|set up|created|appointed) (?:pursuant to|by|under|in accordance with) (?:paragraph \d+ of )?(?:its |the )?resolution \[?(\d{1,4}) ?\((\d{4})\)",
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
        let Ok(resolution) = format!("S/RES/{} ({})", &c[2], &c[3]).parse::<Symbol>() else {
            continue;
        };
        let who = resolve_body(dict, new, noun.as_str(), &resolution);
        out.push(Generic {
            start: noun.start(),
            end: whole.end(),
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
    // Most texts establish and extend nothing: their cues are absent.
    if ctx.cues.has(Cue::Establish) {
        establishments(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::Establishes, attrs)
        });
    }
    if ctx.cues.has(Cue::Extend) {
        extensions(ctx, text, &mut |source, target, attrs| {
            push(links, source, target, EdgeKind::ExtendsMandate, attrs)
        });
    }
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
            r.category.as_deref(),
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

fn establishments(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static E: OnceLock<regex::bytes::Regex> = OnceLock::new();
    static N: OnceLock<Regex> = OnceLock::new();
    let decide = bytes_re(
        &E,
        r"(?-u)\b(?:[Dd]ecides?|DECIDES?)\b[^.;]*?\bto (?:establish|create|set up)\b",
    );
    let noun = re(
        &N,
        r"(?i)(?-u:\b)(committee|panel of experts|group of experts|monitoring group|monitoring team|working group|commission of experts|commission of inquiry)(?-u:\b)",
    );
    let mut new: Vec<NewActor> = Vec::new();
    // "Decides", then at most 60 bytes to the cue, which ends the match.
    let close = |m: &[u8]| {
        let verb = [&b"to establish"[..], b"to create", b"to set up"]
            .into_iter()
            .find(|v| m.ends_with(v))
            .map_or(0, <[u8]>::len);
        (m.len() - verb)
            .checked_sub(word_end(m))
            .is_some_and(|gap| gap <= 60)
    };
    for m in matches_near(decide, text, ctx.cues.at(Cue::Establish), 80, 16, close) {
        let end = clause_end(text, m.end, 300);
        let doc = ctx.doc_at(m.start);
        let source = ctx.acting_resolution(doc);
        let from = ctx.mentions.partition_point(|x| x.start < m.end);
        let first_actor = ctx.mentions[from..]
            .iter()
            .take_while(|x| x.start < end)
            .find(|x| creatable(ctx, x) || matches!(x.who, Who::New(_)));
        let first_noun = noun
            .find(&text[m.end..end])
            .map(|n| (m.end + n.start(), n.as_str()));
        let target = match (first_actor, first_noun) {
            (Some(a), Some((at, _))) if a.start <= at + 40 => Some(ctx.who_ref(a.who)),
            (_, Some((_, n))) => {
                let res = source
                    .id
                    .parse::<Symbol>()
                    .ok()
                    .filter(|s| s.resolution_number().is_some());
                res.map(|res| match resolve_body(ctx.dict, &mut new, n, &res) {
                    Who::Entry(e) => ctx.dict.entry(e).node_ref(),
                    Who::New(i) => new[i].node.clone(),
                })
            }
            (Some(a), None) => Some(ctx.who_ref(a.who)),
            (None, None) => None,
        };
        let Some(target) = target else { continue };
        let attrs = EdgeAttrs {
            relation: Some("decides to establish".to_string()),
            evidence: Some(ctx.evidence(m.start, end.min(m.end + 120))),
            ..EdgeAttrs::default()
        };
        sink(source, target, attrs);
    }
}

fn extensions(ctx: &Ctx<'_>, text: &str, sink: &mut Sink<'_>) {
    static X: OnceLock<regex::bytes::Regex> = OnceLock::new();
    static A: OnceLock<Regex> = OnceLock::new();
    let extend = bytes_re(
        &X,
        r"(?-u)\b(?:[Dd]ecides|[Dd]ecided|DECIDES)\b[^.;]*?\bto (?:extend|renew)\b[^.;]*?\bmandates? of (?:the )?",
    );
    let anaphor = re(
        &A,
        r"^(Force|Mission|Operation|Office|Panel|Group|Monitoring Group|Committee)(?-u:\b)",
    );
    // "Decides", at most 80 bytes to the first cue after it, and at most 80
    // more to the "mandate" that ends the match.
    let close = |m: &[u8]| {
        let word = word_end(m);
        let verb = [&b"to extend"[..], b"to renew"]
            .into_iter()
            .filter_map(|v| Some((word + memchr::memmem::find(&m[word..], v)?, v.len())))
            .min();
        let mandate = memchr::memmem::rfind(m, b"mandate");
        match (verb, mandate) {
            (Some((verb, len)), Some(mandate)) => {
                verb - word <= 80 && mandate >= verb + len && mandate - (verb + len) <= 80
            }
            _ => false,
        }
    };
    for m in matches_near(extend, text, ctx.cues.at(Cue::Extend), 100, 200, close) {
        let end = clause_end(text, m.end, 500);
        let doc = ctx.doc_at(m.start);
        let from = ctx.mentions.partition_point(|x| x.start < m.end);
        let named = ctx.mentions[from..]
            .iter()
            .take_while(|x| x.start < m.end + 60 && x.start < end)
            .find(|x| creatable(ctx, x) || matches!(x.who, Who::New(_)));
        let target = match named {
            Some(x) => Some(ctx.who_ref(x.who)),
            None => anaphor.captures(&text[m.end..]).and_then(|c| {
                // "the mandate of the Force": the body of that kind named last.
                let wanted: &[&str] = match &c[1] {
                    "Panel" | "Group" | "Monitoring Group" => &["panel"],
                    "Committee" => &["committee"],
                    _ => &["mission", "force", "office"],
                };
                let upto = ctx.mentions.partition_point(|x| x.start < m.start);
                ctx.mentions[..upto]
                    .iter()
                    .rev()
                    .filter(|x| x.doc == doc)
                    .map(|x| ctx.who_ref(x.who))
                    .find(|r| r.category.as_deref().is_some_and(|c| wanted.contains(&c)))
            }),
        };
        let Some(target) = target else { continue };
        let date = end_date(&text[m.end..end]);
        let attrs = EdgeAttrs {
            date,
            evidence: Some(ctx.evidence(m.start, end)),
            ..EdgeAttrs::default()
        };
        sink(ctx.acting_resolution(doc), target, attrs);
    }
}

/// The ISO end date a clause states: "until 30 June 2021", "for a further
/// period ending 15 June 1995", "until July 31, 2009".
fn end_date(clause: &str) -> Option<String> {
    static D: OnceLock<Regex> = OnceLock::new();
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let d = re(
        &D,
        r"(?-u:\b)(?:until|till|ending|terminating|through|to|expiring)(?: on| at)?(?: midnight)?(?: of)? (?:(\d{1,2}) ([A-Z][a-z]+),? (\d{4})|([A-Z][a-z]+) (\d{1,2}),? (\d{4}))",
    );
    for c in d.captures_iter(clause) {
        let (day, month, year) = match (c.get(1), c.get(4)) {
            (Some(day), _) => (day.as_str(), &c[2], &c[3]),
            (None, Some(month)) => (&c[5], month.as_str(), &c[6]),
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
    }
}
