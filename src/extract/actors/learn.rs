//! Acronyms defined in a text: "the G5 Sahel joint force (FC-G5S)" makes
//! `FC-G5S` a name of the actor just matched; "Mouvement national de
//! libération de l'Azawad (MNLA)", when the dictionary does not know MNLA,
//! makes a new actor `actor:MNLA` whose full name is found by matching the
//! acronym's letters against the words before it (Schwartz and Hearst's
//! algorithm), provided that name's head word is one an actor has (Mission,
//! Force, Committee, Movement, …) rather than one a treaty or a plan has.
//! A new actor is scoped to the state or place its text is about
//! (`actor:MNLA (Mali)`, `actor:Independent Electoral Commission (Côte
//! d'Ivoire)`) unless its name says where or whom it serves ([`learn`]).

use std::sync::{LazyLock, OnceLock};

use memchr::memmem::Finder;
use regex::Regex;

use super::dictionary::{ActorDictionary, Found, is_boundary};
use crate::extract::patterns::compile;
use crate::model::{NodeKind, NodeRef};

/// An actor named in the text and not in the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NewActor {
    pub node: NodeRef,
    /// Its full name as the text defines it.
    pub name: String,
}

/// What a text teaches: acronyms of known entries, and new actors.
#[derive(Debug, Default)]
pub(crate) struct Learned {
    /// Acronym → dictionary entry index.
    pub aliases: Vec<(String, usize)>,
    /// Acronym → new actor, with the folded offset of its definition's long form.
    pub actors: Vec<(String, NewActor, usize)>,
}

/// A mention found through a learned acronym.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LearnedTarget {
    Entry(usize),
    New(usize),
}

fn definition_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| compile(r"^\([A-Z][A-Za-z0-9]*(?:[-/. &][A-Za-z0-9]+){0,3}\)"))
}

/// Learn the acronyms a folded text defines; `found` are the dictionary's
/// matches in it, sorted.
/// Learn what a folded text teaches; `source` is the text before folding
/// (same offsets), where line breaks can still be told from column gaps.
/// Each new actor whose name names no place ([`names_where`]) and which is
/// no organization is scoped to the text's [`situation`], when it has one:
/// the same generic name in two countries' texts is two bodies.
pub(crate) fn learn(
    text: &str,
    source: &str,
    found: &[Found],
    dict: &ActorDictionary,
    year: Option<u16>,
) -> Learned {
    let mut learned = Learned::default();
    if dict.is_empty() {
        return learned;
    }
    if text.contains('(') {
        learn_acronyms(text, found, dict, year, &mut learned);
    }
    named_bodies(text, source, found, dict, &mut learned);
    if !learned.actors.is_empty()
        && let Some(place) = situation(text, found, dict, year)
    {
        for (_, actor, offset) in &mut learned.actors {
            // An organization (a party, an association, a bank, a union of
            // states) is one body wherever it is named; a state's bodies
            // (commissions, councils, courts, police, offices) are its own.
            let organization = actor.node.category.is_some_and(|c| c.as_str() == "organization");
            if !organization
                && !names_where(text, *offset, &actor.name, actor.node.category, found, dict, year)
            {
                actor.scope(&place);
            }
        }
    }
    learned
}

impl NewActor {
    /// Scope the actor to the state or place `place` its text is about:
    /// `actor:Independent Electoral Commission (Côte d'Ivoire)`, labelled
    /// so. A learned name is never a place's in parentheses, so no scoped
    /// id is another's, nor an unscoped one's.
    fn scope(&mut self, place: &str) {
        self.node.id = format!("{} ({place})", self.node.id);
        self.node.label = format!("{} ({place})", self.node.label);
    }
}

/// The state or place a text is about, the one its learned actors are
/// scoped to ([`learn`]): the bodies it names for itself (`the Independent
/// Electoral Commission`, `the Truth and Reconciliation Commission`) are
/// that country's, and the same name in another country's texts is another
/// body. The one state or place the text names after `situation in`
/// (`concerning`, `relating to`, `regarding`): "relating to the situation
/// in Côte d'Ivoire" (1603 (2005)), or `between`; the two it names so
/// when an `and` joins them, in alphabetical order: "the situation between
/// Ethiopia and Eritrea" (1369 (2001)) is `Eritrea and Ethiopia`. Where the text names
/// none so, or several, the one it names most, at least three times and
/// twice as often as any other (among those several, when there are).
/// `None` when no state or place stands out so: the actors stay unscoped.
fn situation(text: &str, found: &[Found], dict: &ActorDictionary, year: Option<u16>) -> Option<String> {
    // `situation` or `Situation`: each lead without its first letter.
    const LEADS: [&str; 6] = [
        "ituation in ",
        "ituation in and around ",
        "ituation concerning ",
        "ituation relating to ",
        "ituation regarding ",
        "ituation between ",
    ];
    let place = |f: &Found| {
        dict.target(f, year)
            .filter(|&e| matches!(dict.entry(e).kind, NodeKind::State | NodeKind::Place))
    };
    // Each state or place named, with the times it is named; the
    // situations named after a lead.
    let mut named: Vec<(usize, u32)> = Vec::new();
    let mut led: Vec<Vec<usize>> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let Some(entry) = place(f) else {
            continue;
        };
        match named.iter_mut().find(|n| n.0 == entry) {
            Some(n) => n.1 += 1,
            None => named.push((entry, 1)),
        }
        let before = &text[..f.start];
        let before = before.strip_suffix("the ").unwrap_or(before);
        let led_here = LEADS
            .iter()
            .any(|l| before.strip_suffix(l).is_some_and(|b| b.ends_with(['s', 'S'])));
        if !led_here {
            continue;
        }
        let mut key = vec![entry];
        // `between Ethiopia and Eritrea`, `in Ethiopia and Eritrea` (1466
        // (2003)): the other one too.
        if let Some(next) = found.get(i + 1)
            && matches!(&text[f.end..next.start], " and " | " and the ")
            && let Some(other) = place(next)
        {
            key.push(other);
        }
        key.sort_by(|a, b| dict.entry(*a).label.cmp(&dict.entry(*b).label));
        key.dedup();
        if !led.contains(&key) {
            led.push(key);
        }
    }
    let label = |key: &[usize]| {
        let labels: Vec<&str> = key.iter().map(|e| dict.entry(*e).label.as_str()).collect();
        labels.join(" and ")
    };
    if let [key] = led.as_slice() {
        return Some(label(key));
    }
    let least = if led.is_empty() {
        3
    } else {
        named.retain(|n| led.iter().any(|k| k.contains(&n.0)));
        1
    };
    let top = *named.iter().max_by_key(|n| n.1)?;
    let others = named
        .iter()
        .filter(|n| n.0 != top.0)
        .map(|n| n.1)
        .max()
        .unwrap_or(0);
    (top.1 >= least && top.1 >= 2 * others).then(|| label(&[top.0]))
}

/// Whether the learned name at `offset` names where its body is, or whom
/// it serves beyond one country: a state, a place or a demonym the
/// dictionary finds in it (`the Darfur Regional Authority`, `the
/// Palestinian Authority`), or, unless it is a mission's or a force's, a
/// word of a region or the world (`the European Commission`, `the Regional
/// Task Force`, `the World Diamond Council`). Such a name is not scoped to
/// the country of the text. A name of the United Nations is: `the United
/// Nations Country Team (UNCT)` of 1925 (2010) is the Congo's.
fn names_where(
    text: &str,
    offset: usize,
    name: &str,
    category: Option<crate::model::Category>,
    found: &[Found],
    dict: &ActorDictionary,
    year: Option<u16>,
) -> bool {
    const BEYOND: [&str; 21] = [
        "World",
        "Regional",
        "Intergovernmental",
        "Inter-Governmental",
        "Global",
        "Europe",
        "European",
        "Africa",
        "African",
        "Asia",
        "Asian",
        "America",
        "American",
        "Americas",
        "Arab",
        "Islamic",
        "Commonwealth",
        "Pacific",
        "Atlantic",
        "Caribbean",
        "Latin",
    ];
    // A mission or a force is deployed to one situation, whoever sends it:
    // `the European Union Training Mission (EUTM)` is Mali's in 2100 (2013)
    // and Somalia's in 2111 (2013).
    let deployed = category.is_some_and(|c| matches!(c.as_str(), "mission" | "force"));
    if !deployed
        && name
            .split(' ')
            .flat_map(|w| std::iter::once(w).chain(w.split('-')))
            .any(|w| BEYOND.contains(&w))
    {
        return true;
    }
    let place = |f: &Found| {
        dict.names_place(f)
            || dict
                .target(f, year)
                .is_some_and(|e| matches!(dict.entry(e).kind, NodeKind::State | NodeKind::Place))
    };
    // The acronym's long form, or the name, where the text defines it.
    let end = (offset + name.len()).min(text.len());
    let i = found.partition_point(|f| f.end <= offset);
    if found[i..].iter().take_while(|f| f.start < end).any(place) {
        return true;
    }
    // A demonym that begins a name is no mention of its state, so the
    // text's matches leave it out (`the Palestinian Authority`): each
    // capitalised word is looked up alone.
    name.split([' ', '-'])
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .any(|w| matches!(dict.scan(w).as_slice(), [f] if f.start == 0 && f.end == w.len() && place(f)))
}

/// Acronyms defined in parentheses: of a dictionary name just before, or of
/// a new actor whose full name precedes them.
fn learn_acronyms(
    text: &str,
    found: &[Found],
    dict: &ActorDictionary,
    year: Option<u16>,
    learned: &mut Learned,
) {
    // Texts hold thousands of parentheses, most round a year or a number:
    // the pattern is tried only where a capital follows one, and the group
    // is the match without its parentheses.
    let bytes = text.as_bytes();
    let opens =
        memchr::memchr_iter(b'(', bytes).filter(|&i| bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase));
    let mut resume = 0;
    for open in opens {
        if open < resume {
            continue;
        }
        // Anchored at the parenthesis, in a window no plausible acronym
        // outgrows.
        let window = &text[open..floor_char(text, (open + 64).min(text.len()))];
        // Document symbols, "(S/2020/600)", are the most common capitals in
        // parentheses and never acronyms.
        let close = memchr::memchr(b')', window.as_bytes()).unwrap_or(window.len());
        if memchr::memchr(b'/', &window.as_bytes()[..close]).is_some() {
            continue;
        }
        let Some(matched) = definition_re().find(window) else {
            continue;
        };
        let whole = &window[..matched.end()];
        resume = open + whole.len();
        let acronym = &whole[1..whole.len() - 1];
        if !plausible_acronym(acronym) {
            continue;
        }
        if dict.knows(acronym) {
            // The text's own long form of a known acronym (`the
            // Confederation of the Sahel States (AES)`) names that entry
            // wherever the text repeats it.
            let window_start = floor_char(text, open.saturating_sub(160));
            if let Some(entry) = acronym_entry(acronym, dict, year)
                && let Some(long) = name_with_head(text[window_start..open].trim_end())
                && !dict.knows(long)
                && !learned.aliases.iter().any(|(a, _)| a == long)
            {
                learned.aliases.push((long.to_string(), entry));
            }
            continue;
        }
        if learned.aliases.iter().any(|(a, _)| a == acronym)
            || learned.actors.iter().any(|(a, _, _)| a == acronym)
        {
            continue;
        }
        // A dictionary name right before the parenthesis: the acronym is its,
        // unless the acronym's letters spell a longer name that ends with it
        // (`the European Union Training Mission for Somalia (EUTM)`).
        // A place names no acronym: `the Regional Centre for Maritime
        // Security in Central Africa (CRESMAC)` is the centre's.
        let i = found.partition_point(|f| f.end <= open);
        if i > 0 && !dict.names_place(&found[i - 1]) {
            let f = &found[i - 1];
            let window_start = floor_char(text, open.saturating_sub(160));
            let before = text[window_start..open].trim_end();
            let longer = long_form(acronym, before)
                .is_some_and(|long| open - long.len() < f.start + 1 && long.len() > f.end - f.start + 1)
                || named_body_around(before, window_start, f);
            if text[f.end..open].trim().is_empty()
                && !longer
                && let Some(entry) = dict.target(f, year)
            {
                learned.aliases.push((acronym.to_string(), entry));
                continue;
            }
        }
        let window_start = floor_char(text, open.saturating_sub(160));
        let before = text[window_start..open].trim_end();
        // The name the letters spell (`Mouvement national de libération de
        // l'Azawad (MNLA)`), else the capitalised name just before the
        // parenthesis, for an acronym of another language (`the
        // Confederation of Sahel States (AES)`, from `Alliance des États du Sahel`).
        if let Some(long) = long_form(acronym, before).or_else(|| proper_name(before))
            && let Some(category) = category_of(long)
        {
            let offset = window_start + before.len() - long.len();
            learned.actors.push((
                acronym.to_string(),
                NewActor {
                    node: NodeRef {
                        id: format!("actor:{acronym}"),
                        kind: NodeKind::Actor,
                        label: acronym.to_string(),
                        category: category.parse().ok(),
                    },
                    name: long.to_string(),
                },
                offset,
            ));
        }
    }
}

/// Whether the capitalised name that ends at the end of `before` (which
/// starts at `offset` in the text) is a body's name holding the dictionary
/// name `f` as its object: "the Armed Forces for the National Liberation of
/// East Timor (FALINTIL)" (S/2000/1105) names the armed force, not the
/// state its last words name.
fn named_body_around(before: &str, offset: usize, f: &Found) -> bool {
    let Some(long) = proper_name(before) else {
        return false;
    };
    if f.start < offset || f.start - offset > before.len() {
        return false;
    }
    let start = offset + before.len() - long.len();
    let lead = before[..f.start - offset].trim_end();
    let lead = lead.strip_suffix(" the").unwrap_or(lead);
    start < f.start
        && lead
            .rsplit(' ')
            .next()
            .is_some_and(|w| ["of", "for", "in", "on"].contains(&w))
        && category_of(long).is_some()
}

/// The words that may join a name's capitalised words, as `name_re` (the
/// pattern the tests hold [`name_matches`] to) tries them. The pattern does not ask for a connector's end: `of` is read
/// in `office` too, where the name then ends.
const NAME_CONNECTORS: [&str; 10] = ["of", "for", "on", "in", "and", "de", "du", "des", "la", "le"];

/// The matches of `name_re` in `source`, as `find_iter` gives them, found
/// without the pattern: a match starts with `the`/`The` at the text's start
/// or with the one character before it, which is no word's (`[^\w]`).
/// `memmem` finds each `he`, and [`name_end`] reads the words after `the`
/// as the pattern does (leftmost first, every repetition greedy). Running
/// the pattern, anchored, at each `the` cost more, most of it the regex
/// engine's start on each of some fifty thousand calls a pass; the tests
/// compare the two.
fn name_matches(source: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut done = 0;
    for he in memchr::memmem::find_iter(bytes, b"he") {
        if he == 0
            || !matches!(bytes[he - 1], b'T' | b't')
            || !matches!(bytes.get(he + 2), Some(b' ' | b'\n'))
        {
            continue;
        }
        let the = he - 1;
        let start = match source[..the].chars().next_back() {
            None => 0,
            Some(c) if !is_word_char(c) => the - c.len_utf8(),
            Some(_) => continue,
        };
        if start < done {
            continue;
        }
        if let Some(end) = name_end(source, he + 2) {
            out.push(start..end);
            done = end;
        }
    }
    out
}

/// Where a match of `name_re` ends whose `[Tt]he` ends at `at`: after a
/// gap, a first word that another word follows, then every further word.
/// Each word is the first of the pattern's alternatives that fits, as
/// ending the match is always possible after it; only the first word must
/// be followed by another, so there a later alternative is tried when an
/// earlier one fits but nothing follows it (`des` after `de`).
fn name_end(source: &str, at: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let first = word_gap(bytes, at)?;
    let connectors = connectors_at(&bytes[first..]).map(|c| first + c.len());
    let mut end = capitalised_word(source, first)
        .into_iter()
        .chain(connectors)
        .find_map(|end| word_after(source, end))?;
    while let Some(next) = word_after(source, end) {
        end = next;
    }
    Some(end)
}

/// The end of the gap at `at` that `name_re` allows between two words,
/// `( {1,3}| *\n *)`: a word never begins with a space or a line break, so
/// the gap is the whole run of them, one to three spaces or a line break
/// with any spaces around it.
fn word_gap(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = at;
    let mut breaks = 0;
    while let Some(&b) = bytes.get(end) {
        match b {
            b' ' => {}
            b'\n' => breaks += 1,
            _ => break,
        }
        end += 1;
    }
    let fits = match breaks {
        0 => (1..=3).contains(&(end - at)),
        1 => true,
        _ => false,
    };
    fits.then_some(end)
}

/// The end of a gap and a word after `at` in a name: a capitalised word,
/// `of the` (`for the`, `on the`), or a connector.
fn word_after(source: &str, at: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let at = word_gap(bytes, at)?;
    if let Some(end) = capitalised_word(source, at) {
        return Some(end);
    }
    // `of`, `for` and `on` come first: `of the` is tried before `of`.
    let connector = connectors_at(&bytes[at..]).next()?;
    let end = at + connector.len();
    let of_the = ["of", "for", "on"]
        .contains(&connector)
        .then(|| word_gap(bytes, end))
        .flatten()
        .filter(|&gap| bytes[gap..].starts_with(b"the"));
    Some(of_the.map_or(end, |gap| gap + 3))
}

/// The end of the capitalised word at `at` (`\p{Lu}[\w'’-]*`), if one
/// begins there. ASCII bytes are told apart directly, other characters
/// decoded.
fn capitalised_word(source: &str, at: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut end = match *bytes.get(at)? {
        b'A'..=b'Z' => at + 1,
        b if b.is_ascii() => return None,
        _ => {
            let c = source[at..].chars().next()?;
            if !is_capital(c) {
                return None;
            }
            at + c.len_utf8()
        }
    };
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii_alphanumeric() || matches!(b, b'_' | b'\'' | b'-') {
            end += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match source[end..].chars().next() {
                Some(c) if c == '’' || is_word_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    Some(end)
}

/// The connectors `bytes` begin with, in `name_re`'s order.
fn connectors_at(bytes: &[u8]) -> impl Iterator<Item = &'static str> {
    let starts = matches!(bytes.first(), Some(b'o' | b'f' | b'i' | b'a' | b'd' | b'l'));
    NAME_CONNECTORS
        .into_iter()
        .filter(move |c| starts && bytes.starts_with(c.as_bytes()))
}

/// A character of `\w`, the pattern's word characters (Unicode's, not only
/// letters and digits: marks, connector punctuation).
fn is_word_char(c: char) -> bool {
    static WORD: LazyLock<Regex> = LazyLock::new(|| compile(r"^\w$"));
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        WORD.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// An upper-case letter, `\p{Lu}` (not a title-case one, nor a circled
/// capital, which `char::is_uppercase` counts).
fn is_capital(c: char) -> bool {
    static CAPITAL: LazyLock<Regex> = LazyLock::new(|| compile(r"^\p{Lu}$"));
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        CAPITAL.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// Group 1 of a `name_re` match at `whole` in `source`: the words after
/// `[Tt]he` and the one space or line break that follows it. The match
/// starts with `the` at the text's start (`^`) or with the one character
/// before it (`[^\w]`); the group starts at the first character after the
/// spaces and line break that follow `the`, and ends with the match.
fn name_group(source: &str, whole: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let at = &source[whole.clone()];
    let the = if whole.start == 0 && at.starts_with(['T', 't']) {
        0
    } else {
        at.chars().next().map_or(0, char::len_utf8)
    };
    let gap = at.as_bytes()[the + 3..]
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\n')
        .count();
    whole.start + the + 3 + gap..whole.end
}

/// Bodies a text names without an acronym, as proper names after `the`
/// whose head word is an actor's (`the Joint Council of Municipalities`,
/// `the Transitional Police Force`, `the Guatemalan Army`): each becomes an
/// actor of the text, named by itself. Not: a name the dictionary matches
/// in part (`the African Union Mission in Somalia`), a generic one made only
/// of `United Nations`, `Joint`, `International`, … and its head
/// (`the United Nations Mission`), an office held by a person (`the Head of
/// Mission`, `the Special Representative`), or a government or ministry.
fn named_bodies(text: &str, source: &str, found: &[Found], dict: &ActorDictionary, learned: &mut Learned) {
    const CONNECTORS: [&str; 10] = ["of", "for", "on", "in", "and", "de", "du", "des", "la", "le"];
    const PERSONS: [&str; 32] = [
        "Chair",
        "Chairs",
        "Chairmen",
        "Co-Chair",
        "Co-Chairs",
        "Co-Chairman",
        "Co-Chairmen",
        "Vice-Chair",
        "Vice-Chairman",
        "Vice-President",
        "Commander-in-Chief",
        "Secretary-General",
        "Registrar",
        "Prosecutor",
        "Leader",
        "Leaders",
        "Government",
        "Head",
        "President",
        "Prime",
        "Minister",
        "Ministry",
        "Secretary",
        "Special",
        "Deputy",
        "Chief",
        "Chairman",
        "Chairperson",
        "Member",
        "Members",
        "Heads",
        "Vice",
    ];
    // Words that, with the head, make a generic name (`the Panel of
    // Experts`, `the Monitoring Group`, `the Permanent Mission`): the
    // dictionary and the mandates reader resolve those to the body meant.
    const GENERIC: [&str; 34] = [
        "United",
        "Nations",
        "Joint",
        "International",
        "National",
        "Regional",
        "Special",
        "New",
        "Independent",
        "Interim",
        "Transitional",
        "Multinational",
        "Peace-keeping",
        "Peacekeeping",
        "Experts",
        "Monitoring",
        "Working",
        "Sanctions",
        "Steering",
        "Country",
        "Permanent",
        "Armed",
        "Security",
        "Inquiry",
        "Technical",
        "Ad",
        "Hoc",
        "UN",
        "Assistance",
        "Observer",
        "Administering",
        "Observation",
        "Military",
        "Civilian",
    ];
    // A person's title, an event or a government is no body of its own.
    const NOT_BODIES: [&str; 14] = [
        "Commander",
        "Commissioner",
        "Representative",
        "Envoy",
        "Adviser",
        "Coordinator",
        "Government",
        "Conference",
        "Summit",
        "Meeting",
        "Conclusions",
        "Officer",
        "Director",
        "Agreements",
    ];
    static AND: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" and "));
    // The words of one name, in a buffer kept from name to name.
    let mut words: Vec<&str> = Vec::new();
    for whole in name_matches(source) {
        // The name is the pattern's one group, read off the match.
        let m = name_group(source, whole);
        // The name as the folded text holds it (line breaks are spaces there).
        let mut name = &text[m.clone()];
        // A month is no word of a name but the date of what the name did:
        // "the Committee in December 2012" (2160 (2014)), "the High Peace
        // Council in April 2012" (2082 (2012)). The name ends before it; one
        // that begins with it ("the April Joint … Assessment Mission") is a
        // dated event.
        if let Some(at) = month_at(name) {
            if at == 0 {
                continue;
            }
            name = name[..at].trim_end();
        }
        // A title's capitalised preposition ends the name too: "the
        // Agreement on the Border Monitoring Support Mission Between the
        // Government of Sudan and …" (2032 (2011)).
        while let Some((head, last)) = name.rsplit_once(' ') {
            if CONNECTORS.contains(&last) || last == "the" || ["Between", "Among", "With"].contains(&last) {
                name = head.trim_end();
            } else {
                break;
            }
        }
        // A name that goes on in a list after `for` or `on`: "the Commission
        // for Reception, Truth and Reconciliation" (S/2004/333), "the
        // Association for Law, Human Rights and Justice" (S/2009/72).
        if let Some(list) = list_after(name, &text[m.start + name.len()..], dict) {
            name = &text[m.start..m.start + name.len() + list];
        }
        // A footnote's number glued to the last word: "the United Nations
        // Commission on Korea1" (83 (1950)).
        let unnumbered = name.trim_end_matches(|c: char| c.is_ascii_digit());
        if unnumbered.len() < name.len() && unnumbered.ends_with(|c: char| c.is_lowercase()) {
            name = unnumbered;
        }
        let footnote = text[m.start + name.len()..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        // Two bodies joined by `and` (`the Afghan National Army and Police`):
        // the first is the name.
        let mut from = 0;
        while let Some(i) = AND.find(&name.as_bytes()[from..]) {
            let before = &name[..from + i];
            if category_of(before.rsplit(' ').next().unwrap_or("")).is_some() {
                name = before;
                break;
            }
            from += i + 5;
        }
        // A possessive names what follows it, a person's or a thing's: "the
        // Force Commander's adaptation plan", "the Panel of Expert's final
        // report".
        if name.ends_with("'s") || name.ends_with("\u{2019}s") {
            continue;
        }
        let name = name.trim_end_matches(['\'', '\u{2019}']);
        // A name without a head word has no category (`category_of` below
        // would say so last, after the dearer tests): over the resolutions
        // this halves the names asked of the dictionary (33,000 a pass to
        // 16,700) and leaves `category_of` 5,300 of its 18,900.
        if !name.split(' ').any(|w| is_head_word(head_word(w))) {
            continue;
        }
        let (start, end) = (m.start, m.start + name.len());
        words.clear();
        words.extend(name.split(' ').filter(|w| !w.is_empty()));
        // A run of capitalised words longer than a name is a heading.
        if words.len() > 12 {
            continue;
        }
        // `the West Department`, `the North-East Province`: places.
        let compass = [
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
        ]
        .iter()
        .any(|c| {
            words[0]
                .strip_prefix(c)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        });
        // "the Permanent Mission of the State(s) where …" (1988 (2011)): a
        // state's delegation, no body of its own.
        let permanent_mission = words.starts_with(&["Permanent", "Mission"]);
        if words.len() < 2
            || compass
            || permanent_mission
            || cut_short(&words, &text[end..])
            || PERSONS.contains(&words[0])
            || words.iter().any(|w| NOT_BODIES.contains(w))
            || dict.knows(name)
        {
            continue;
        }
        let name = words.join(" ");
        let Some(category) = category_of(&name) else {
            continue;
        };
        // Something besides generic words and the head must name it.
        let distinct = words
            .iter()
            .filter(|w| !CONNECTORS.contains(w) && !GENERIC.contains(w))
            .count();
        // What follows `in` does not make a lone head word a name: "the
        // 23rd Summit of the Organization in Abuja" (1315 (2000): ECOWAS),
        // "the Force in Sectors North and South" (762 (1992): UNPROFOR) say
        // where a body named before is. A name has words of its own before
        // `in` ("the Oil Police in Diffra", 2251 (2015); "the International
        // Committee in Support of the Transition", 1635 (2005)).
        if words.get(1) == Some(&"in") {
            continue;
        }
        // A name followed by its acronym is read by `learn_acronyms`.
        let defined = text[end..].trim_start().starts_with('(');
        // `the Emergency Call Centre project`: a thing the body's name
        // qualifies, not the body.
        const THINGS: [&str; 8] = [
            "project",
            "programme",
            "program",
            "plan",
            "initiative",
            "strategy",
            "system",
            "model",
        ];
        let next = text[end..].split_whitespace().next().unwrap_or("");
        if THINGS.contains(&next.trim_end_matches([',', '.', ';', ':'])) {
            continue;
        }
        if distinct < 2 || defined || !is_boundary(text, start, end + footnote) {
            continue;
        }
        // Last of the checks: it searches the whole text.
        if split_word_after(text, &name, end) {
            continue;
        }
        let i = found.partition_point(|f| f.end <= start);
        // Part of a name the text defined with an acronym, or a United
        // Nations body without its `United Nations` (`the Civilian Police
        // Support Group`): not a new actor.
        let known = learned
            .actors
            .iter()
            .any(|(_, a, _)| a.name.contains(&name) || name.contains(&a.name))
            || learned.aliases.iter().any(|(a, _)| *a == name)
            || dict.knows(&format!("United Nations {name}"));
        // A dictionary name inside is that name's, unless it is a place's
        // (`the Darfur Regional Authority`).
        let holds_name = found[i..]
            .iter()
            .take_while(|f| f.start < end)
            .any(|f| f.start < start || f.end > end || !dict.names_place(f));
        if holds_name || known {
            continue;
        }
        learned.actors.push((
            name.clone(),
            NewActor {
                node: NodeRef {
                    id: format!("actor:{name}"),
                    kind: NodeKind::Actor,
                    label: name.clone(),
                    category: category.parse().ok(),
                },
                name,
            },
            start,
        ));
    }
}

/// The length of the list that continues a name ending in `for` or `on`
/// and a capitalised word, as `after` (the text after the name) begins:
/// `, Truth and Reconciliation` after "Commission for Reception", `, Human
/// Rights and Justice` after "Association for Law". Each item is one or two
/// capitalised words, none of them a name the dictionary knows or an
/// acronym: "the Summit on Afghanistan, Iran and Pakistan" lists states.
/// The words may stand apart by several spaces, as a justified PDF line
/// sets them ("the Commission for  Reception,  Truth  and" in S/2005/99; the
/// folded text keeps the source's offsets, so its spaces too).
fn list_after(name: &str, after: &str, dict: &ActorDictionary) -> Option<usize> {
    static LIST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^(?:, +\p{Lu}\p{Ll}[\p{L}'’-]*(?: +\p{Lu}\p{Ll}[\p{L}'’-]*)?)+,? +and +\p{Lu}\p{Ll}[\p{L}'’-]*(?: +\p{Lu}\p{Ll}[\p{L}'’-]*)?",
        )
    });
    // The last two words, found from the end: the learner asks this of
    // every name it reads, and few end in `for` or `on` and a word.
    let mut from_end = name.split_ascii_whitespace().rev();
    let (last, connector) = (from_end.next()?, from_end.next()?);
    if !matches!(connector, "for" | "on") || !last.chars().skip(1).any(char::is_lowercase) {
        return None;
    }
    let list = LIST.find(after)?.as_str();
    let one_spaced = super::one_space(list);
    let known = one_spaced
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .any(|item| dict.knows(item) || item.split(' ').any(|w| dict.knows(w)));
    (!known).then_some(list.len())
}

/// Where the first month name in `name` begins (a whole word), if one does.
///
/// Asked of every name the learner reads (some 50,000 a pass over the
/// resolutions): a word is compared with the month names only when its
/// first byte is a month's capital, which leaves most words at one test
/// (comparing each word with the twelve names cost 29 M instructions a
/// pass).
fn month_at(name: &str) -> Option<usize> {
    let bytes = name.as_bytes();
    let mut at = 0;
    loop {
        let end = memchr::memchr(b' ', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        if matches!(
            bytes.get(at),
            Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
        ) && crate::date::MONTH_NAMES.contains(&&name[at..end])
        {
            return Some(at);
        }
        if end == bytes.len() {
            return None;
        }
        at = end + 1;
    }
}

/// True when the name ending at `end` ends in a word the text's extraction
/// split in two: "the Office of the United Na tions High Commissioner"
/// (2233 (2015)), "the Central Bank of L ibya" (2259 (2015)), "the United
/// Nations Centre for Count er-Terrorism" (2178 (2014)). The last word and
/// the lower-case letters after the space make a word the text holds
/// elsewhere.
fn split_word_after(text: &str, name: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let tail: &str = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    if !tail.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let last = name.rsplit(' ').next().unwrap_or(name);
    let joined = format!("{last}{tail}");
    memchr::memmem::find(text.as_bytes(), joined.as_bytes()).is_some()
}

/// True when a name stops inside a longer phrase the learner cannot read
/// whole: its last word, after `on`, `of` or `for`, is an adjective (by its
/// ending, `-al` or `-ic`) whose noun follows uncapitalised or after a
/// comma: "the Informal Working Group on General issues of Sanctions"
/// (2142 (2014)), "the Committee on Economic, Cultural and Social Rights"
/// (S/2010/85). A name ends in a noun.
fn cut_short(words: &[&str], after: &str) -> bool {
    let [.., connector, last] = words else {
        return false;
    };
    let adjective = (last.ends_with("al") || last.ends_with("ic"))
        && category_of(last).is_none()
        && last.chars().next().is_some_and(char::is_uppercase);
    let after = after.trim_start_matches(['\'', '\u{2019}']);
    let continued = after.starts_with(',')
        || after
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()));
    matches!(*connector, "on" | "of" | "for") && adjective && continued
}

/// The dictionary entry an acronym stands for in a document of `year`.
fn acronym_entry(acronym: &str, dict: &ActorDictionary, year: Option<u16>) -> Option<usize> {
    match dict.scan(acronym).as_slice() {
        [f] if f.start == 0 && f.end == acronym.len() => dict.target(f, year),
        _ => None,
    }
}

/// The longest tail of the capitalised name ending `before` whose head is
/// an actor's (`Confederation of the Sahel States` in `the Heads of State of
/// the Confederation of the Sahel States`), of two words at least.
fn name_with_head(before: &str) -> Option<&str> {
    const CONNECTORS: [&str; 9] = ["of", "for", "in", "on", "to", "de", "du", "des", "pour"];
    let run = proper_name(before)?;
    let mut at = 0;
    loop {
        let name = &run[at..];
        let head_is_actor = name
            .split(' ')
            .take_while(|w| !CONNECTORS.contains(w))
            .any(|w| category_of(w).is_some());
        if head_is_actor && name.split(' ').count() >= 2 {
            return Some(name);
        }
        // The next capitalised word.
        let next = name.find(' ')? + 1;
        at += next + name[next..].find(|c: char| c.is_uppercase())?;
    }
}

impl Learned {
    /// Every use of a learned acronym in `text`, and every use of a new
    /// actor's full name (its definition and later): `(start, end,
    /// target)`, sorted.
    pub fn scan(&self, text: &str) -> Vec<(usize, usize, LearnedTarget)> {
        let mut out: Vec<(usize, usize, LearnedTarget)> = Vec::new();
        for (i, (_, actor, offset)) in self.actors.iter().enumerate() {
            out.push((*offset, offset + actor.name.len(), LearnedTarget::New(i)));
            // The full name is the actor's wherever it stands again.
            for start in memchr::memmem::find_iter(text.as_bytes(), actor.name.as_bytes()) {
                let end = start + actor.name.len();
                if start != *offset && is_boundary(text, start, end) {
                    out.push((start, end, LearnedTarget::New(i)));
                }
            }
        }
        // A file defines a handful of acronyms: search each one directly.
        let acronyms = self
            .aliases
            .iter()
            .map(|(a, e)| (a, LearnedTarget::Entry(*e)))
            .chain(
                self.actors
                    .iter()
                    .enumerate()
                    .map(|(i, (a, _, _))| (a, LearnedTarget::New(i))),
            );
        for (acronym, target) in acronyms {
            for start in memchr::memmem::find_iter(text.as_bytes(), acronym.as_bytes()) {
                let end = start + acronym.len();
                if is_boundary(text, start, end) {
                    out.push((start, end, target));
                }
            }
        }
        out.sort_by_key(|&(s, e, _)| (s, e));
        // Where one acronym's match lies inside a longer one's, keep the longer.
        let mut end = 0;
        out.retain(|&(s, e, _)| {
            let keep = s >= end;
            if keep {
                end = e;
            }
            keep
        });
        out
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Two to twelve characters, at least two capitals, not a roman numeral or a
/// document symbol.
fn plausible_acronym(a: &str) -> bool {
    let caps = a.chars().filter(char::is_ascii_uppercase).count();
    let roman = a.chars().all(|c| "IVXLCDM".contains(c));
    // One letter, a space, then the rest: a word the text's extraction
    // split ("(M INUSMA)", 2164 (2014)).
    let split = a.as_bytes().get(1) == Some(&b' ');
    a.len() <= 12
        && caps >= 2
        && !roman
        && !split
        && !a.contains('/')
        && !a.chars().all(|c| c.is_ascii_digit())
}

/// Schwartz and Hearst: the shortest run of words before the parenthesis
/// whose letters spell the acronym in order, the first letter starting a word.
fn long_form<'t>(acronym: &str, before: &'t str) -> Option<&'t str> {
    let short: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let mut long: Vec<(usize, char)> = Vec::with_capacity(before.len());
    for (i, c) in before.char_indices() {
        if c.is_ascii() {
            long.push((i, c.to_ascii_lowercase()));
        } else {
            long.extend(c.to_lowercase().map(|l| (i, l)));
        }
    }
    if short.is_empty() || long.is_empty() {
        return None;
    }
    let mut s = short.len() as isize - 1;
    let mut l = long.len() as isize - 1;
    while s >= 0 {
        let c = short[s as usize];
        loop {
            if l < 0 {
                return None;
            }
            let lc = long[l as usize].1;
            let starts_word = l == 0 || !long[(l - 1) as usize].1.is_alphanumeric();
            if lc == c && (s > 0 || starts_word) {
                break;
            }
            l -= 1;
        }
        l -= 1;
        s -= 1;
    }
    let start_byte = long[(l + 1) as usize].0;
    // Words joined by a slash are two names (`ORPA/Partido Guatemalteco de
    // los Trabajadores (PGT)`).
    let start = before[..start_byte].rfind([' ', '/']).map_or(0, |i| i + 1);
    let candidate = &before[start..];
    // At most twice as many words as letters (plus connectors), and no more
    // than twelve: longer runs are sentences, not names.
    let words = candidate.split(' ').count();
    if words > (short.len() * 2 + 2).min(12) || candidate.contains(['.', ';', ':', '(', ')']) {
        return None;
    }
    Some(candidate)
}

/// Whether a task force's name says it deploys troops or ships: a number
/// ("Combined Task Force 151"), or a word of an armed coalition
/// ("Multinational", "Combined", "Regional", "Unified", "Naval",
/// "Military", "Maritime", "NATO").
fn armed_task_force(name: &str) -> bool {
    let after = name.split("Task Force").nth(1).unwrap_or("");
    after.trim_start().starts_with(|c: char| c.is_ascii_digit())
        || name.split([' ', '-']).any(|w| {
            matches!(
                w,
                "Multinational"
                    | "Combined"
                    | "Regional"
                    | "Unified"
                    | "Naval"
                    | "Military"
                    | "Maritime"
                    | "NATO"
            )
        })
}

/// The capitalised name that ends `before`: capitalised words joined by
/// connectors (`of`, `de`, `al-`, …), at least two words, starting with a
/// capital: `the Confederation of Sahel States` → `Confederation of Sahel States`.
fn proper_name(before: &str) -> Option<&str> {
    const JOINERS: [&str; 13] = [
        "of", "de", "du", "des", "la", "le", "and", "et", "for", "in", "on", "al", "wal",
    ];
    let mut rest = before.trim_end();
    let mut first = None;
    let mut words = 0;
    while !rest.is_empty() && words < 10 {
        let at = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &rest[at..];
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        // `the` inside a name follows `of`, `for` or `on` (`Confederation of
        // the Sahel States`).
        let inner_the = word == "the"
            && ["of", "for", "on"]
                .iter()
                .any(|c| rest[..at].trim_end().ends_with(&format!(" {c}")));
        let joiner = inner_the
            || JOINERS.contains(&word)
            || ["al-", "wal-", "l'", "d'"].iter().any(|p| word.starts_with(p));
        if word.ends_with([',', ';', ':', '.', ')', '"']) || !(capital || joiner) {
            break;
        }
        if capital {
            first = Some(at);
        }
        words += 1;
        rest = rest[..at].trim_end();
    }
    let name = &before[first?..];
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// The category of an actor named `name`, from its head word; `None` when the
/// name is that of a treaty, plan, programme or place.
pub(crate) fn category_of(name: &str) -> Option<&'static str> {
    const CONNECTORS: [&str; 9] = ["of", "for", "in", "on", "to", "de", "du", "des", "pour"];
    /// Head words of a treaty, plan, programme or document.
    fn not_actor(word: &str) -> bool {
        matches!(
            word,
            "Concept"
                | "Guidelines"
                | "Principles"
                | "Resolution"
                | "Communiqué"
                | "Protocol"
                | "Memorandum"
                | "Pact"
                | "Compact"
                | "Standards"
                | "Rules"
                | "Regulations"
                | "Manual"
                | "Budget"
                | "Arrangements"
                | "Agreement"
                | "Accord"
                | "Strategy"
                | "Plan"
                | "Programme"
                | "Program"
                | "Framework"
                | "Zone"
                | "Initiative"
                | "Process"
                | "Document"
                | "Declaration"
                | "Report"
                | "Treaty"
                | "Convention"
                | "Statute"
                | "Roadmap"
                | "Charter"
                | "Code"
                | "List"
                | "Scheme"
                | "Fund"
                | "Reform"
                | "Policy"
        )
    }
    // The head: the words before the first connector.
    let mut head = name;
    let mut at = 0usize;
    for word in name.split(' ') {
        if CONNECTORS.contains(&word) {
            head = &name[..at.saturating_sub(1)];
            break;
        }
        at += word.len() + 1;
    }
    // A treaty, plan or document by its head words (`Joint Strategic Concept
    // of Operations for the International Military Force`); a body may name
    // one after its head (`Presidential Commission on Justice Reform`).
    // A law by the last word of its head: "the Organic Law on the Office
    // of the Presidency", "the Police Act", "the Statutes of the Mechanism"
    // (1966 (2010)); not "the Law Enforcement Task Force".
    // A place or a training by the same last word: "the Mission Area", "the
    // Senior Mission Leaders' Course" (2185 (2014)); not "the Abyei Area
    // Administration".
    let law = matches!(
        head.rsplit(' ').next(),
        Some(
            "Law" | "Act" | "Statutes" | "Decree" | "Ordinance" | "Bill" | "Constitution" | "Area" | "Course"
        )
    );
    if law || head.split(' ').any(not_actor) {
        return None;
    }
    let lookup = |w: &str| -> Option<&'static str> {
        let w = head_word(w);
        // The words matched below, and only they, are head words.
        if !is_head_word(w) {
            return None;
        }
        Some(match w {
            "Mission" | "Operation" | "Observation" | "Observers" => "mission",
            // A task force is a body unless its name says it is armed: the
            // "Counter-Terrorism Implementation Task Force", the "Law
            // Enforcement Task Force" (2184 (2014)), the "Country Task
            // Force on Monitoring and Reporting" (1902 (2009)), the
            // "Project Cohesion Task Force" (1817 (2008)), the
            // "Inter-Agency Security Sector Reform Task Force" (2151
            // (2014)), the "Joint Task Force for Mali in Addis Ababa" (2100
            // (2013)) coordinate; the "Combined Task Force 151", the "NATO
            // Task Force 508" (2125 (2013)), the "African Union-Regional
            // Task Force" (against the LRA) and the "Multinational Joint
            // Task Force" deploy troops or ships.
            "Force" | "Forces" | "Task" if name.contains("Task Force") && !armed_task_force(name) => "body",
            "Force" | "Forces" | "Task" | "Brigade" => {
                if name.contains("Armed Forces")
                    || name.contains("Defence")
                    || name.contains("Security Forces")
                {
                    "national_force"
                } else {
                    "force"
                }
            }
            "Army" | "Police" | "Gendarmerie" | "Guard" | "Armée" => "national_force",
            "Front" | "Movement" | "Mouvement" | "Rassemblement" | "Resistance" | "Rebels" | "Militia"
            | "Coalition" | "Alliance" | "Jama'at" | "Jamaat" | "Jama'a" | "Ansar" | "Ansaroul"
            | "Katiba" | "Harakat" | "Hay'at" | "Frente" | "Movimiento" | "Movimento" => "armed_group",
            "Unidad" | "Fuerzas" | "Ejército" | "Ejercito"
                if name.contains("Revolucionari") || name.contains("Guerr") || name.contains("Pueblo") =>
            {
                "armed_group"
            }
            // Parties and alliances of the Spanish-speaking texts: "Alianza
            // Republicana Nacionalista (ARENA)", "Unión Democrática
            // Nacionalista (UDN)", "Convergencia Democrática (CD)" (S/1994/179).
            "Partido" | "Parti" | "Organización" | "Alianza" | "Unión" | "Convergencia" => "organization",
            "Province" | "Wilayat" if name.contains("Islamic State") => "armed_group",
            "Confederation" | "Confédération" | "Federation" => "organization",
            "Committee" | "Comité" => "committee",
            "Panel" | "Experts" => "panel",
            "Team" | "Group" => {
                if name.contains("Experts") || name.contains("Monitoring") {
                    "panel"
                } else {
                    "body"
                }
            }
            "Office" | "Bureau" | "Centre" | "Center" | "Department" | "Division" => "office",
            "Commission" | "Council" | "Board" | "Directorate" | "Secretariat" | "Authority"
            | "Administration" | "Mechanism" | "Conseil" | "Government" | "Assembly" | "Parliament" => "body",
            "Court" | "Tribunal" => "court",
            "House" | "College" | "Troika" => "body",
            "Organization" | "Organisation" | "Union" | "Community" | "League" | "Association"
            | "Conference" | "Forum" | "Bank" | "Agency" | "Communauté" | "Party" => "organization",
            _ => return None,
        })
    };
    // The head names what the name is; words after a connector name what
    // it belongs to or is about: "the Chair of the Committee" and "the
    // Registrar of the Court" are persons, "the Status of Forces
    // Agreement" and "the Separation of Forces" no force. Unless the name
    // ends in a compound whose last word is an actor's, a place before it
    // ("the Gulf of Guinea Commission" (2018 (2011)), "the Republic of
    // Sierra Leone Armed Forces" (1829 (2008))).
    let compound_end = || {
        let mut words = name[head.len()..].rsplit(' ');
        let (last, before) = (words.next()?, words.next()?);
        let capitalised = before.starts_with(|c: char| c.is_uppercase());
        (capitalised && !CONNECTORS.contains(&before)).then(|| lookup(last))?
    };
    head.split(' ').rev().find_map(lookup).or_else(compound_end)
}

/// A word of a name as [`category_of`] reads it: without the marks
/// around it (`(Commission)`, `Council,`).
fn head_word(word: &str) -> &str {
    // Most words begin and end with an ASCII letter: nothing to trim.
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return word;
    }
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Whether [`category_of`] reads a category off `word` (one [`head_word`])
/// in some name: the words of its table, each of which it looks at only
/// after this. A name none of whose words is one has no category, which
/// the learner asks of every name it reads (`the United Nations`, `the
/// Middle East`): most are refused on this test alone.
fn is_head_word(word: &str) -> bool {
    matches!(
        word,
        "Mission"
            | "Operation"
            | "Observation"
            | "Observers"
            | "Force"
            | "Forces"
            | "Task"
            | "Brigade"
            | "Army"
            | "Police"
            | "Gendarmerie"
            | "Guard"
            | "Armée"
            | "Front"
            | "Movement"
            | "Mouvement"
            | "Rassemblement"
            | "Resistance"
            | "Rebels"
            | "Militia"
            | "Coalition"
            | "Alliance"
            | "Jama'at"
            | "Jamaat"
            | "Jama'a"
            | "Ansar"
            | "Ansaroul"
            | "Katiba"
            | "Harakat"
            | "Hay'at"
            | "Frente"
            | "Movimiento"
            | "Movimento"
            | "Unidad"
            | "Fuerzas"
            | "Ejército"
            | "Ejercito"
            | "Partido"
            | "Parti"
            | "Organización"
            | "Alianza"
            | "Unión"
            | "Convergencia"
            | "Province"
            | "Wilayat"
            | "Confederation"
            | "Confédération"
            | "Federation"
            | "Committee"
            | "Comité"
            | "Panel"
            | "Experts"
            | "Team"
            | "Group"
            | "Office"
            | "Bureau"
            | "Centre"
            | "Center"
            | "Department"
            | "Division"
            | "Commission"
            | "Council"
            | "Board"
            | "Directorate"
            | "Secretariat"
            | "Authority"
            | "Administration"
            | "Mechanism"
            | "Conseil"
            | "Government"
            | "Assembly"
            | "Parliament"
            | "Court"
            | "Tribunal"
            | "House"
            | "College"
            | "Troika"
            | "Organization"
            | "Organisation"
            | "Union"
            | "Community"
            | "League"
            | "Association"
            | "Conference"
            | "Forum"
            | "Bank"
            | "Agency"
            | "Communauté"
            | "Party"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_after_for_or_on_continues_a_name() {
        let dict = ActorDictionary::bundled();
        let after = ", Truth and Reconciliation held final hearings";
        assert_eq!(
            list_after("Commission for Reception", after, &dict),
            Some(", Truth and Reconciliation".len())
        );
        let after = ", Human Rights and Justice, the United Nations";
        assert_eq!(
            list_after("Association for Law", after, &dict),
            Some(", Human Rights and Justice".len())
        );
        // States listed after `on`, a list after `of`, no list.
        assert_eq!(
            list_after("Summit on Afghanistan", ", Iran and Pakistan", &dict),
            None
        );
        assert_eq!(
            list_after("Ministry of Culture", ", Youth and Sports", &dict),
            None
        );
        assert_eq!(list_after("Commission for Reception", ". Truth", &dict), None);
    }

    #[test]
    fn long_forms() {
        assert_eq!(
            long_form(
                "MNLA",
                "armed movements and groups, including the Mouvement national de libération de l'Azawad"
            ),
            Some("Mouvement national de libération de l'Azawad")
        );
        assert_eq!(
            long_form(
                "UNMIL",
                "Decides to establish the United Nations Mission in Liberia"
            ),
            Some("United Nations Mission in Liberia")
        );
        assert_eq!(long_form("FC-G5S", "the G5 Sahel joint force"), None);
        assert_eq!(
            proper_name("The leaders of the Confederation of Sahel States"),
            Some("Confederation of Sahel States")
        );
        assert_eq!(proper_name("on demobilization and reintegration"), None);
        assert_eq!(proper_name("Disarmament, Demobilization"), None);
    }

    #[test]
    fn categories() {
        assert_eq!(
            category_of("Mouvement national de libération de l'Azawad"),
            Some("armed_group")
        );
        assert_eq!(category_of("United Nations Mission in Liberia"), Some("mission"));
        assert_eq!(
            category_of("Joint Border Verification and Monitoring Mechanism"),
            Some("body")
        );
        assert_eq!(category_of("Comprehensive Peace Agreement"), None);
        assert_eq!(
            category_of("Special Representative of the Secretary-General"),
            None
        );
        assert_eq!(category_of("Haitian National Police"), Some("national_force"));
        assert_eq!(category_of("Confederation of Sahel States"), Some("organization"));
        assert_eq!(
            category_of("Jama'at Nusrat al-Islam wal-Muslimin"),
            Some("armed_group")
        );
        assert_eq!(category_of("Islamic State Sahel Province"), Some("armed_group"));
        assert_eq!(category_of("Disarmament, Demobilization and Reintegration"), None);
        // The head decides, not what the name is of or about.
        assert_eq!(category_of("Chair of the Committee"), None);
        assert_eq!(category_of("Status of Forces Agreement"), None);
        assert_eq!(category_of("Separation of Forces"), None);
        assert_eq!(category_of("Mission Area"), None);
        assert_eq!(category_of("Abyei Area Administration"), Some("body"));
        // A place before a compound ending in an actor's word.
        assert_eq!(category_of("Gulf of Guinea Commission"), Some("body"));
        assert_eq!(
            category_of("Republic of Sierra Leone Armed Forces"),
            Some("national_force")
        );
    }

    /// The names after `the` that [`named_bodies`] reads, as a pattern: what
    /// [`name_matches`] finds by hand, and the reference it is held to here.
    fn name_re() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| {
            compile(
                // Up to three spaces (a justified line as a PDF reader gives it:
                // "The  High-level  Committee") or a line break between words: a
                // longer run of spaces is a table's column gap.
                // `the` inside a name follows a connector (`Superior Council of
                // the Judiciary`).
                r"(?:^|[^\w])[Tt]he(?: {1,3}| *\n *)((?:\p{Lu}[\w'’-]*|of|for|on|in|and|de|du|des|la|le)(?:(?: {1,3}| *\n *)(?:\p{Lu}[\w'’-]*|(?:of|for|on)(?: {1,3}| *\n *)the|of|for|on|in|and|de|du|des|la|le))+)",
            )
        })
    }

    /// What `find_iter` of `name_re` gives.
    fn reference_name_matches(source: &str) -> Vec<std::ops::Range<usize>> {
        name_re().find_iter(source).map(|m| m.range()).collect()
    }

    #[test]
    fn name_matches_agree_with_the_pattern() {
        for source in [
            "the Security Council of the Judiciary office; The  High-level  Committee",
            "the des Nations Unies, the de facto Authority, the Council of theory",
            "Further,the Joint\n  Mission and the Force in    Mali; tthe Foo Bar",
            "the \u{c9}tat Major, the \u{1c5}a Bc, the Ab \u{24b6}c, _the Ab Cd, \u{e9}the Ab Cd",
        ] {
            assert_eq!(name_matches(source), reference_name_matches(source), "{source:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn name_matches_agree_with_the_pattern_anywhere(
            tokens in proptest::collection::vec(
                // Capitals and small letters of other scripts, a title-case
                // letter, a circled capital, a superscript digit, a roman
                // numeral, a combining accent, a connector punctuation.
                proptest::sample::select(vec![
                    "the", "The", "t", "he", "th", " ", "  ", "    ", "\n", " \n ", "\n\n",
                    "Security", "Council", "Mission", "X-Y", "O'Neil", "D\u{2019}Or", "of", "of the",
                    "for", "on", "in", "and", "de", "des", "du", "la", "le", "office", "theory",
                    "x", "o", "f", "fo", "d", "\u{c9}", "\u{e9}", "\u{1c5}", "\u{24b6}", "\u{b2}",
                    "\u{2163}", "\u{301}", "\u{203f}", "_", "'", "\u{2019}", "-", "(", ",", ".",
                    "\u{a0}",
                ]),
                0..40,
            )
        ) {
            let source = tokens.concat();
            proptest::prop_assert_eq!(name_matches(&source), reference_name_matches(&source));
        }
    }

    #[test]
    fn learns_new_actors_and_aliases() {
        let dict = ActorDictionary::bundled();
        let text = "the Lake Victoria Patrol Committee (LVPC) met the Economic Community of West African States (EEE); later the LVPC and the EEE met again.";
        let found = dict.scan(text);
        let learned = learn(text, text, &found, &dict, None);
        assert_eq!(learned.actors.len(), 1);
        assert_eq!(learned.actors[0].1.node.id, "actor:LVPC");
        assert_eq!(
            learned.actors[0].1.node.category.map(|c| c.as_str()),
            Some("committee")
        );
        assert_eq!(learned.aliases.len(), 1);
        assert_eq!(dict.entry(learned.aliases[0].1).id, "actor:ECOWAS");
        let uses = learned.scan(text);
        assert_eq!(uses.iter().filter(|u| u.2 == LearnedTarget::New(0)).count(), 3);
    }
}
