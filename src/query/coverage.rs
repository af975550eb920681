//! Years the corpus holds no text of. A question bounded in time (`how many
//! resolutions cite 1325 in 2019`, `all resolutions where year > 2010`) is
//! answered from the texts held; where its years run past them, what the
//! graph knows of those years comes only from citations, so a count of 0
//! there is an absence of texts, not an absence of documents. This module
//! finds the years a query's conditions select that no held text is of, for
//! a note beside the answer.

use std::collections::{BTreeMap, BTreeSet};

use super::ast::CmpOp;
use super::resolve::{Dir, EdgeMask, Field, KindMask, PCond, PExpr, PStage, PValue, Walk};
use crate::graph::CitationGraph;
use crate::model::{EdgeKind, NodeKind};

/// The year of the first resolutions: no year before it is asked about.
const FIRST_YEAR: u16 = 1946;

/// Whether `expr` has conditions on years (`in 2017`, `since 2010`): a
/// count of it over years the corpus holds no text of is no figure (see
/// [`years_without_texts`]), while a count over every year is the corpus's
/// own, with its note.
pub(super) fn asks_years(expr: &PExpr) -> bool {
    let mut conds = Vec::new();
    let mut kinds = None;
    collect(expr, &mut conds, &mut kinds);
    conds.into_iter().any(mentions_year)
}

/// The note for `expr`, when its year conditions select years of which the
/// graph holds no text (of the kinds it asks for, when it names them).
///
/// `empty`: the answer found nothing, which a question of what cites a
/// document would read as never cited ([`citing_years_without_texts`]).
pub(super) fn years_without_texts(graph: &CitationGraph, expr: &PExpr, empty: bool) -> Option<String> {
    let mut conds = Vec::new();
    let mut kinds = None;
    collect(expr, &mut conds, &mut kinds);
    let conds: Vec<&PCond> = conds.into_iter().filter(|c| mentions_year(c)).collect();
    if conds.is_empty() {
        // `how many resolutions are there`: the count is of those the graph
        // knows (held, or cited), not of all the Council adopted.
        if counts_all_resolutions(expr) {
            return Some(format!(
                "{}; resolutions of other years are known here only from citations, so this is \
                 no count of all the Council adopted",
                years_held_sentence(graph)
            ));
        }
        return mandate_years_without_texts(graph, expr)
            .or_else(|| citing_years_without_texts(graph, expr, empty));
    }
    let wanted = |kind| kinds.is_none_or(|m: KindMask| m.has(kind));
    let mut held = BTreeSet::new();
    let (mut first, mut last) = (u16::MAX, 0u16);
    for node in graph.nodes().filter(|n| n.held && n.kind.is_document()) {
        let Some(year) = node.year() else { continue };
        first = first.min(year);
        last = last.max(year);
        if wanted(node.kind) {
            held.insert(year);
        }
    }
    // The years asked about: from the Council's first (1946) to this year
    // (`since 2021` runs to now, not to the last text held), and any the
    // question names (cited documents' years are left out: a misread year
    // cited, 1050, is no year the corpus could hold).
    first = first.min(FIRST_YEAR);
    last = last.max(this_year());
    for c in &conds {
        named_years(c, &mut |y| {
            first = first.min(y);
            last = last.max(y);
        });
    }
    if first > last {
        return None;
    }
    let selected: Vec<u16> = (first..=last)
        .filter(|&y| conds.iter().all(|c| admits(c, y) != Some(false)))
        .collect();
    if selected.len() == usize::from(last - first) + 1 {
        return None;
    }
    // Of the Council's resolutions the corpus can tell how many a year had:
    // a year of which it holds some is covered only if it holds them all.
    let resolutions = kinds.is_some_and(|m| m.0 == KindMask::of(NodeKind::Resolution).0);
    let counts = resolutions.then(|| resolutions_held(graph));
    let (mut missing, mut parts) = (Vec::new(), Vec::new());
    for y in selected {
        match &counts {
            Some(counts) => match year_held(counts, y) {
                Held::None => missing.push(y),
                Held::Part(part) => parts.push(part),
                Held::Whole => {}
            },
            None if !held.contains(&y) => missing.push(y),
            None => {}
        }
    }
    if missing.is_empty() && parts.is_empty() {
        return None;
    }
    let what = match kinds {
        Some(m) if NodeKind::ALL.iter().filter(|k| m.has(**k)).count() == 1 => {
            NodeKind::ALL.iter().find(|k| m.has(**k))?.to_string()
        }
        _ => "document".to_string(),
    };
    let mut notes = Vec::new();
    if !missing.is_empty() {
        let (years, those) = match missing.as_slice() {
            [one] => (one.to_string(), "that year"),
            _ => (spans(&missing), "those years"),
        };
        notes.push(format!(
            "the corpus holds the text of no {what} of {years}: what it records of {those} comes \
             only from citations in the texts it holds"
        ));
    }
    if !parts.is_empty() {
        let who = if notes.is_empty() { "the corpus" } else { "it" };
        notes.push(format!(
            "{who} holds {}: what the others say is not in this answer",
            part_years(&parts)
        ));
    }
    Some(notes.join("; "))
}

/// Whether `expr` counts every resolution, no condition said: `all
/// resolutions | count`, and by a field, ranked or not (`all resolutions |
/// group by decade | sort by count desc`: the 2010s' count lacks the years
/// the corpus holds no text of).
fn counts_all_resolutions(expr: &PExpr) -> bool {
    let all = |e: &PExpr| matches!(e, PExpr::All(Some(m)) if m.0 == KindMask::of(NodeKind::Resolution).0);
    fn grouped(e: &PExpr, all: &dyn Fn(&PExpr) -> bool) -> bool {
        match e {
            PExpr::Pipe {
                input,
                stage: PStage::GroupBy(_),
            } => all(input),
            PExpr::Pipe {
                input,
                stage: PStage::Sort { .. } | PStage::Limit(_) | PStage::Top { .. },
            } => grouped(input, all),
            _ => false,
        }
    }
    match expr {
        PExpr::Pipe {
            input,
            stage: PStage::Count,
        } => all(input),
        _ => grouped(expr, &all),
    }
}

/// What the corpus holds of the resolutions of `year`, said of a resolution
/// of that year the graph does not know: "the corpus holds no resolution
/// text of 2018", "… only 3 resolution texts of 2020 (…)", "… every
/// resolution of 1990".
pub(super) fn year_held_sentence(graph: &CitationGraph, year: u16) -> String {
    let counts = resolutions_held(graph);
    match year_held(&counts, year) {
        Held::None => {
            let years: Vec<u16> = counts.keys().copied().collect();
            let held = if years.is_empty() {
                String::new()
            } else {
                format!(" (it holds resolution texts of {})", spans(&years))
            };
            format!("the corpus holds no resolution text of {year}{held}")
        }
        Held::Part(p) => format!("the corpus holds {}", part_years(&[p])),
        Held::Whole => format!("the corpus holds every resolution of {year}"),
    }
}

/// The years of which the corpus holds resolution texts: "the corpus holds
/// resolution texts of 1946–2015 and 2020 (only 3 resolution texts of 2020
/// …)".
pub(super) fn years_held_sentence(graph: &CitationGraph) -> String {
    let counts = resolutions_held(graph);
    if counts.is_empty() {
        return "the corpus holds no resolution text".to_string();
    }
    let years: Vec<u16> = counts.keys().copied().collect();
    let parts: Vec<Part> = years
        .iter()
        .filter_map(|y| match year_held(&counts, *y) {
            Held::Part(p) => Some(p),
            _ => None,
        })
        .filter(|p| p.of.is_none() || p.held * 2 < p.of.unwrap_or(0))
        .collect();
    let some = if parts.is_empty() {
        String::new()
    } else {
        format!(", and of those {}", part_years(&parts))
    };
    format!("the corpus holds resolution texts of {}{some}", spans(&years))
}

/// This year, by the system clock: an open time (`since 2021`) runs to it.
fn this_year() -> u16 {
    crate::render::today()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(FIRST_YEAR)
}

/// What the corpus holds of one year's Security Council resolutions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Held {
    /// No text of that year.
    None,
    /// Some texts of that year, not all.
    Part(Part),
    /// Every resolution of that year.
    Whole,
}

/// A year of which the corpus holds some resolutions: how many, and of how
/// many adopted (`None` past the years whose count unxref records).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Part {
    year: u16,
    held: u32,
    of: Option<u32>,
}

/// The Council's resolutions the corpus holds the text of, by year.
fn resolutions_held(graph: &CitationGraph) -> BTreeMap<u16, u32> {
    let mut counts = BTreeMap::new();
    for node in graph.nodes().filter(|n| n.held && n.kind == NodeKind::Resolution) {
        if let Some(year) = node.year() {
            *counts.entry(year).or_insert(0) += 1;
        }
    }
    counts
}

/// How much of `year`'s resolutions `counts` holds. A year past the table
/// of resolution numbers is never whole: how many it had is not recorded.
fn year_held(counts: &BTreeMap<u16, u32>, year: u16) -> Held {
    let held = counts.get(&year).copied().unwrap_or(0);
    if held == 0 {
        return Held::None;
    }
    match crate::symbol::sc_resolutions_in_year(year) {
        Some(of) if held >= of => Held::Whole,
        of => Held::Part(Part { year, held, of }),
    }
}

/// `only 12 of the 13 resolutions of 1969 and 3 resolution texts of 2020
/// (how many it adopted is not recorded)`.
fn part_years(parts: &[Part]) -> String {
    let each: Vec<String> = parts
        .iter()
        .map(|p| match p.of {
            Some(of) => format!("{} of the {of} resolutions of {}", p.held, p.year),
            None => format!(
                "{} resolution text{} of {} (how many the Council adopted that year is not recorded)",
                p.held,
                if p.held == 1 { "" } else { "s" },
                p.year
            ),
        })
        .collect();
    let list = match each.len() {
        1 => each[0].clone(),
        n => format!("{} and {}", each[..n - 1].join(", "), each[n - 1]),
    };
    format!("only {list}")
}

/// The edges that record a mandate: a resolution establishes, authorizes,
/// extends, modifies or ends one.
const MANDATE_EDGES: [EdgeKind; 5] = [
    EdgeKind::Establishes,
    EdgeKind::Authorizes,
    EdgeKind::ExtendsMandate,
    EdgeKind::ModifiesMandate,
    EdgeKind::Terminates,
];

/// Whether a walk goes from a body to the resolutions that acted on its
/// mandate (`MINUSMA <- extends_mandate`).
fn is_mandate_walk(dir: Dir, edges: EdgeMask) -> bool {
    let mandate = MANDATE_EDGES.iter().fold(0, |m, k| m | EdgeMask::of(*k).0);
    dir == Dir::In && edges.0 != 0 && edges.0 & !mandate == 0
}

/// The note of a question about a body's mandate with no year in it (`how
/// many times was the mandate of MINUSMA extended`, `mandate history of
/// MINUSMA`): the years from the body's first recorded mandate fact to the
/// last resolution held of which the corpus holds no resolution text. An
/// extension of those years is not in the answer, whose count or history
/// would otherwise read as whole.
fn mandate_years_without_texts(graph: &CitationGraph, expr: &PExpr) -> Option<String> {
    let mut base = expr;
    while let PExpr::Where { input, .. } | PExpr::Pipe { input, .. } = base {
        base = input;
    }
    let PExpr::Walk(Walk { from, dir, kinds, .. }) = base else {
        return None;
    };
    let PExpr::Nodes(bodies) = &**from else {
        return None;
    };
    // What established a body is one fact, not a record that runs on.
    if !is_mandate_walk(*dir, *kinds) || !kinds.has(EdgeKind::ExtendsMandate) {
        return None;
    }
    let g = graph.petgraph();
    // Each fact's year, and the year its mandate runs to: the end date the
    // text states, else (none stated) the year after.
    let facts: Vec<(u16, u16)> = bodies
        .iter()
        .flat_map(|&b| g.edges_directed(b, petgraph::Direction::Incoming))
        .filter(|e| MANDATE_EDGES.contains(&e.weight().kind))
        .filter_map(|e| {
            let year = g[petgraph::visit::EdgeRef::source(&e)].year()?;
            let ended = e.weight().kind == EdgeKind::Terminates;
            let reach = match e.weight().attrs().date {
                Some(end) => u16::try_from(end.year()).unwrap_or(year),
                None if ended => year,
                None => year.saturating_add(1),
            };
            Some((year, reach))
        })
        .collect();
    let first = facts.iter().map(|(y, _)| *y).min()?;
    let counts = resolutions_held(graph);
    let last = *counts.keys().next_back()?;
    // A year without texts is missed only where the mandate may have run:
    // a fact before it reaches it, or the year before was itself missed
    // (an extension unseen there may reach on). A mandate that ran out in
    // years the corpus holds (UNAMIR's, in 1996) had no record to miss.
    let (mut missing, mut parts): (Vec<u16>, Vec<Part>) = (Vec::new(), Vec::new());
    let mut gap_before = false;
    for y in first..=last {
        let reached = facts.iter().any(|&(year, reach)| year < y && reach >= y) || gap_before;
        gap_before = false;
        if reached {
            match year_held(&counts, y) {
                Held::None => missing.push(y),
                Held::Part(part) => parts.push(part),
                Held::Whole => continue,
            }
            gap_before = true;
        }
    }
    // Past the last resolution held: the mandate still ran when the
    // corpus ends (a decision after it is as unseen as one in a gap).
    // So did one that may have run on unseen through the last years held.
    let runs_past = facts.iter().any(|&(_, reach)| reach > last) || gap_before;
    if missing.is_empty() && parts.is_empty() && !runs_past {
        return None;
    }
    let mut when = Vec::new();
    if !missing.is_empty() {
        when.push(format!("of {}", spans(&missing)));
    }
    if runs_past {
        when.push(format!("after {last}"));
    }
    let latest = facts.iter().map(|(y, _)| *y).max().unwrap_or(first);
    let record = if latest == first {
        first.to_string()
    } else {
        format!("{first}–{latest}")
    };
    let none = format!("the text of no resolution {}", when.join(" and none "));
    let held = match (when.is_empty(), parts.is_empty()) {
        (false, true) => none,
        (true, _) => part_years(&parts),
        (false, false) => format!("{none}, and {}", part_years(&parts)),
    };
    Some(format!(
        "the corpus holds {held}, when this mandate may have run (its record: {record}): an \
         extension or other decision on it then is missing from this answer"
    ))
}

/// How many of the last years held make a document recent: most of the
/// citations of a document of those years would be made after them.
const RECENT_YEARS: u16 = 5;

/// The note of a question about what cites a document, with no year in it
/// (`what cites 2231`, `how many resolutions cite 1325`): the years from the
/// document's own to the last resolution held of which the corpus holds no
/// resolution text or only some, and the years after it. A text of those
/// years that cites it is missing from the answer, so "nothing cites 2231
/// (2015)" is an absence of texts (the corpus ends with 2015 but for three
/// of 2020), not a document never cited. Said where the answer would read
/// as the whole: an empty answer, a count, or a document of the last
/// [`RECENT_YEARS`] held; a list of what cites an older document reads as
/// what the texts held say.
fn citing_years_without_texts(graph: &CitationGraph, expr: &PExpr, empty: bool) -> Option<String> {
    let counted = matches!(
        expr,
        PExpr::Pipe {
            stage: PStage::Count,
            ..
        }
    );
    let mut base = expr;
    while let PExpr::Where { input, .. } | PExpr::Pipe { input, .. } = base {
        base = input;
    }
    let PExpr::Walk(Walk {
        from,
        dir: Dir::In,
        kinds,
        ..
    }) = base
    else {
        return None;
    };
    let PExpr::Nodes(cited) = &**from else {
        return None;
    };
    if kinds.0 != EdgeMask::of(EdgeKind::Cites).0 {
        return None;
    }
    let g = graph.petgraph();
    let first = cited
        .iter()
        .filter(|&&ix| g[ix].kind.is_document())
        .filter_map(|&ix| g[ix].year())
        .min()?;
    let counts = resolutions_held(graph);
    let last = *counts.keys().next_back()?;
    if !empty && !counted && first.saturating_add(RECENT_YEARS) <= last {
        return None;
    }
    let (mut missing, mut parts) = (Vec::new(), Vec::new());
    for y in first..=last {
        match year_held(&counts, y) {
            Held::None => missing.push(y),
            Held::Part(part) => parts.push(part),
            Held::Whole => {}
        }
    }
    let mut none = Vec::new();
    if !missing.is_empty() {
        none.push(format!("of {}", spans(&missing)));
    }
    none.push(format!("after {last}"));
    let none = format!("the text of no resolution {}", none.join(" and none "));
    let held = if parts.is_empty() {
        none
    } else {
        format!("{none}, and {}", part_years(&parts))
    };
    Some(format!(
        "the corpus holds {held}: a text of those years that cites it is missing from this answer"
    ))
}

/// The conditions of every `where`, and the kinds asked for.
fn collect<'e>(expr: &'e PExpr, conds: &mut Vec<&'e PCond>, kinds: &mut Option<KindMask>) {
    match expr {
        PExpr::All(mask) => {
            // Only documents have texts: `all persons <- signed_by where
            // year = 2020` asks about the documents the walk reaches.
            if let Some(m) = mask
                && m.0 & KindMask::documents().0 != 0
            {
                *kinds = *mask;
            }
        }
        PExpr::Where { input, cond } => {
            kind_of(cond, kinds);
            conds.push(cond);
            collect(input, conds, kinds);
        }
        PExpr::Pipe { input, stage } => {
            if let PStage::Where(cond) = stage {
                kind_of(cond, kinds);
                conds.push(cond);
            }
            collect(input, conds, kinds);
        }
        PExpr::Walk(Walk {
            from,
            hop,
            dir,
            kinds: edges,
            ..
        }) => {
            // Only resolutions establish, extend or end a mandate.
            if is_mandate_walk(*dir, *edges) && kinds.is_none() {
                *kinds = Some(KindMask::of(NodeKind::Resolution));
            }
            if let Some(cond) = hop {
                kind_of(cond, kinds);
                conds.push(cond);
            }
            collect(from, conds, kinds);
        }
        PExpr::Set { left, right, .. } => {
            collect(left, conds, kinds);
            collect(right, conds, kinds);
        }
        PExpr::Renamed { from, .. } => collect(from, conds, kinds),
        PExpr::Nodes(_) | PExpr::Var(_) | PExpr::Path { .. } => {}
    }
}

/// The kinds a condition requires (`kind = "resolutions"` among its `and`s).
fn kind_of(cond: &PCond, kinds: &mut Option<KindMask>) {
    match cond {
        PCond::And(a, b) => {
            kind_of(a, kinds);
            kind_of(b, kinds);
        }
        PCond::Cmp {
            field: Field::Kind,
            op: CmpOp::Eq,
            value: PValue::Kind(m),
        } => *kinds = Some(*m),
        _ => {}
    }
}

fn mentions_year(cond: &PCond) -> bool {
    let mut any = false;
    named_years(cond, &mut |_| any = true);
    any
}

/// The years a condition's `year` and `date` comparisons name.
fn named_years(cond: &PCond, f: &mut dyn FnMut(u16)) {
    match cond {
        PCond::And(a, b) | PCond::Or(a, b) => {
            named_years(a, f);
            named_years(b, f);
        }
        PCond::Not(a) => named_years(a, f),
        PCond::Cmp { field, value, .. } => {
            if let Some(y) = compared_year(*field, value) {
                f(y);
            }
        }
        PCond::Link { .. } | PCond::True => {}
    }
}

/// The year a `year` or `date` comparison compares with.
fn compared_year(field: Field, value: &PValue) -> Option<u16> {
    match (field, value) {
        (Field::Year, PValue::Int(y)) => u16::try_from(*y).ok(),
        (Field::Date, PValue::Str(d)) => d.get(..4)?.parse().ok(),
        _ => None,
    }
}

/// Whether `cond` can hold for a document of `year`, in three-valued logic:
/// a condition on anything but the year is unknown.
fn admits(cond: &PCond, year: u16) -> Option<bool> {
    match cond {
        PCond::And(a, b) => match (admits(a, year), admits(b, year)) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) => Some(true),
            _ => None,
        },
        PCond::Or(a, b) => match (admits(a, year), admits(b, year)) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (Some(false), Some(false)) => Some(false),
            _ => None,
        },
        PCond::Not(a) => admits(a, year).map(|b| !b),
        PCond::Cmp { field, op, value } => {
            let asked = compared_year(*field, value)?;
            // A date compares within its year: `date < 2016-05-01` admits 2016.
            let within = *field == Field::Date;
            Some(match op {
                CmpOp::Eq | CmpOp::Contains => year == asked,
                CmpOp::Ne => within || year != asked,
                CmpOp::Lt => year < asked || within && year == asked,
                CmpOp::Le => year <= asked,
                CmpOp::Gt => year > asked || within && year == asked,
                CmpOp::Ge => year >= asked,
            })
        }
        PCond::Link { .. } | PCond::True => None,
    }
}

/// `2016–2019, 2021`: consecutive years as spans.
fn spans(years: &[u16]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < years.len() {
        let mut j = i;
        while j + 1 < years.len() && years[j + 1] == years[j] + 1 {
            j += 1;
        }
        out.push(if i == j {
            years[i].to_string()
        } else {
            format!("{}–{}", years[i], years[j])
        });
        i = j + 1;
    }
    match out.len() {
        1 => out.remove(0),
        n => format!("{} and {}", out[..n - 1].join(", "), out[n - 1]),
    }
}

/// How long after a mandate's end date a decision renewing it may come: the
/// corpus records renewals adopted up to 77 days after the end date they
/// followed (S/RES/1596 (2005), on the Group of Experts on the Democratic
/// Republic of the Congo, whose mandate ran to 31 January 2005), so an
/// expiry is read only where the corpus holds every resolution of the
/// months after it, twice that and more.
const RENEWAL_MONTHS: u32 = 6;

/// The year asked of an expiry question (`which mandates expired in 2016`):
/// its formal query ends `except ((all resolutions where year > 2016) ->
/// establishes|authorizes|extends_mandate)`, the bodies a decision of a
/// later year acted on.
fn expiry_year(expr: &PExpr) -> Option<u16> {
    let mut e = expr;
    while let PExpr::Where { input, .. } | PExpr::Pipe { input, .. } = e {
        e = input;
    }
    let PExpr::Set {
        op: super::ast::SetOp::Except,
        right,
        ..
    } = e
    else {
        return None;
    };
    let PExpr::Walk(Walk {
        from,
        dir: Dir::Out,
        kinds,
        ..
    }) = &**right
    else {
        return None;
    };
    let mandate = MANDATE_EDGES.iter().fold(0, |m, k| m | EdgeMask::of(*k).0);
    if kinds.0 & !mandate != 0 || !kinds.has(EdgeKind::ExtendsMandate) {
        return None;
    }
    let PExpr::Where { input, cond } = &**from else {
        return None;
    };
    if !matches!(**input, PExpr::All(Some(m)) if m.0 == KindMask::of(NodeKind::Resolution).0) {
        return None;
    }
    match cond {
        PCond::Cmp {
            field: Field::Year,
            op: CmpOp::Gt,
            value: PValue::Int(y),
        } => u16::try_from(*y).ok(),
        _ => None,
    }
}

/// The expiry question a count is of (`how many mandates expired in
/// 2016`): the expression counted.
pub(super) fn counted_expiry(expr: &PExpr) -> Option<&PExpr> {
    match expr {
        PExpr::Pipe {
            input,
            stage: PStage::Count,
        } => expiry_year(input).map(|_| &**input),
        _ => None,
    }
}

/// The answer to an expiry question keeps only the bodies whose expiry the
/// corpus could have seen contradicted: it holds every resolution from the
/// year of the end date to [`RENEWAL_MONTHS`] after it. The others (a
/// mandate of 2016 in a corpus that ends in 2015) are taken out of `val`,
/// and the note says how many and why; `None` when `expr` asks no expiry
/// or none is taken out.
pub(super) fn unconfirmed_expiries(
    graph: &CitationGraph,
    expr: &PExpr,
    val: &mut super::eval::Val,
) -> Option<String> {
    let asked = expiry_year(expr)?;
    let super::eval::Val::Nodes(hits, _) = val else {
        return None;
    };
    let counts = resolutions_held(graph);
    let g = graph.petgraph();
    // A later decision that extended the mandate without an end date the
    // text fixes ("for thirty months from the date of expiration of its
    // current mandate", 2161 (2014) on the Ombudsperson) leaves the end
    // date of the row behind it: that the body expired then is not known.
    let before = hits.len();
    hits.retain(|hit| !extended_later_without_a_date(graph, hit));
    let extended = before - hits.len();
    let mut short: BTreeSet<u16> = BTreeSet::new();
    let before = hits.len();
    hits.retain(|hit| {
        // The end date the row shows; without one, the end of the year asked.
        let (year, month) = hit
            .edge
            .and_then(|(e, _)| g[e].attrs().date)
            .and_then(|d| Some((u16::try_from(d.year()).ok()?, d.month())))
            .unwrap_or((asked, 12));
        let last = if month + RENEWAL_MONTHS > 12 {
            year + 1
        } else {
            year
        };
        let unheld: Vec<u16> = (year..=last)
            .filter(|y| year_held(&counts, *y) != Held::Whole)
            .collect();
        short.extend(&unheld);
        unheld.is_empty()
    });
    let left_out = before - hits.len();
    let mut notes = Vec::new();
    if extended > 0 {
        let (bodies, were) = if extended == 1 {
            ("body", "was")
        } else {
            ("bodies", "were")
        };
        notes.push(format!(
            "{extended} {bodies} whose recorded mandate ran to a date then {were} left out: a later \
             resolution extended the mandate for a period whose end the text does not date, so that \
             they expired then is not known (`mandate history of …` gives the record)"
        ));
    }
    if left_out > 0 {
        let bodies = if left_out == 1 { "body" } else { "bodies" };
        let years: Vec<u16> = short.into_iter().collect();
        notes.push(format!(
            "{left_out} {bodies} whose latest recorded mandate ran to a date then {} left out: the corpus \
             does not hold every resolution of {} (the year of the end date to {RENEWAL_MONTHS} months \
             after it), where a renewal would be recorded, so that they expired is not known",
            if left_out == 1 { "is" } else { "are" },
            spans(&years)
        ));
    }
    (!notes.is_empty()).then(|| notes.join("; "))
}

/// Whether a resolution adopted after the one on `hit`'s edge extended the
/// body's mandate (or authorization) without an end date.
fn extended_later_without_a_date(graph: &CitationGraph, hit: &super::eval::Hit) -> bool {
    use petgraph::visit::EdgeRef;
    let g = graph.petgraph();
    let Some((edge, _)) = hit.edge else {
        return false;
    };
    let Some(since) = g.edge_endpoints(edge).and_then(|(source, _)| g[source].date) else {
        return false;
    };
    g.edges_directed(hit.node, petgraph::Direction::Incoming)
        .any(|e| {
            matches!(e.weight().kind, EdgeKind::ExtendsMandate | EdgeKind::Authorizes)
                && e.weight().attrs().date.is_none()
                && g[e.source()].date.is_some_and(|d| d > since)
        })
}

#[cfg(test)]
mod tests {
    use super::spans;

    #[test]
    fn consecutive_years_are_spans() {
        assert_eq!(spans(&[2016, 2017, 2018, 2019, 2021]), "2016–2019 and 2021");
        assert_eq!(spans(&[2019]), "2019");
        assert_eq!(spans(&[1947, 1949, 1950, 1952]), "1947, 1949–1950 and 1952");
    }
}
