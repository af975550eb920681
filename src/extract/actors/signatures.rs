//! Signatures: "(Signed) Nicolas **de Rivière**" followed by the signatory's
//! title lines ("Ambassador", "Permanent Representative of France to the
//! United Nations", possibly wrapped over two lines). The emphasis marks
//! around surnames are dropped, so one person is one node whatever the
//! markup; "BAN Ki-moon" becomes "Ban Ki-moon".

use std::sync::OnceLock;

use regex::Regex;

use super::Ctx;
use super::fold::Folded;
use crate::extract::patterns::compile;
use crate::model::{EdgeAttrs, EdgeKind, Evidence, Link, NodeKind, NodeRef};

/// `signed_by` links: document → person, with role and state represented.
pub(super) fn signatures(ctx: &Ctx<'_>, links: &mut Vec<Link>) {
    let source = &ctx.normalized.text;
    if !source.contains("Signed)") {
        return;
    }
    let lines: Vec<(usize, &str)> = line_offsets(source);
    for (li, &(offset, line)) in lines.iter().enumerate() {
        let Some(at) = line.find("Signed)") else { continue };
        if !line[..at].trim_matches(['*', '(', ' ', '_']).is_empty() {
            continue;
        }
        let mut rest = clean(&line[at + "Signed)".len()..]);
        let mut next = li + 1;
        if rest.is_empty() {
            // The name on the next non-blank line.
            while next < lines.len() && lines[next].1.trim().is_empty() {
                next += 1;
            }
            let Some(&(_, l)) = lines.get(next) else { continue };
            rest = clean(l);
            next += 1;
        }
        let (name, inline_role) = match rest.split_once(", ") {
            Some((n, r)) => (n.to_string(), Some(r.trim().to_string())),
            None => (rest, None),
        };
        let Some(name) = person_name(&name) else { continue };
        let role = inline_role.or_else(|| role_lines(&lines[next.min(lines.len())..]));
        let folded_at = ctx.folded_offset_of(offset + at);
        let role = role
            .or_else(|| heading_role(ctx, folded_at))
            .or_else(|| described_role(ctx, &name, folded_at));
        let doc = ctx.doc_at(folded_at);
        let year = ctx.years[doc];
        let represents = role.as_deref().and_then(|r| {
            let f = Folded::new(r);
            ctx.dict
                .scan(&f.text)
                .iter()
                .filter_map(|m| ctx.dict.target(m, year))
                .map(|e| ctx.dict.entry(e))
                .find(|e| e.kind == NodeKind::State)
                .map(|e| e.id.clone())
        });
        let person = NodeRef {
            id: format!("person:{name}"),
            kind: NodeKind::Person,
            label: name.clone(),
            category: None,
        };
        let attrs = EdgeAttrs {
            role,
            represents,
            evidence: Some(Evidence {
                file: ctx.file.to_string(),
                line: ctx.normalized.line_at(offset + at),
                quote: clean(line),
                page: None,
            }),
            ..EdgeAttrs::default()
        };
        links.push(ctx.link(ctx.doc_ref(doc), person, EdgeKind::SignedBy, attrs));
    }
}

fn line_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        out.push((start, line));
        start += line.len() + 1;
    }
    out
}

/// A line without emphasis marks, backslashes and surrounding spaces.
fn clean(line: &str) -> String {
    let s: String = line.chars().filter(|c| !matches!(c, '*' | '\\' | '_')).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A person's name as signed, normalized; `None` if it does not look like one.
fn person_name(raw: &str) -> Option<String> {
    let name = raw.trim().trim_end_matches([',', '.', ';']).trim();
    let words: Vec<&str> = name.split(' ').collect();
    let looks = (1..=7).contains(&words.len())
        && name.len() <= 60
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '(' | ')' | ':' | '[' | ']'))
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            >= words.len().div_ceil(2);
    if !looks {
        return None;
    }
    // UN style writes some family names in capitals ("BAN Ki-moon"): title-case
    // them when the rest of the name is in mixed case.
    let mixed = words.iter().any(|w| w.chars().any(char::is_lowercase));
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            if mixed
                && w.chars().count() > 1
                && w.chars().all(|c| !c.is_lowercase())
                && w.chars().any(char::is_alphabetic)
            {
                let mut cs = w.chars();
                let first = cs.next().map(String::from).unwrap_or_default();
                first + &cs.as_str().to_lowercase()
            } else {
                (*w).to_string()
            }
        })
        .collect();
    Some(words.join(" "))
}

/// Titles that are not roles.
fn is_title(line: &str) -> bool {
    line == "Ambassador"
        || line.starts_with("Ambassador Extraordinary")
        || line == "Minister"
        || line == "Ambassadeur"
}

/// The signatory's role from the lines after the name: blank lines and
/// titles skipped, wrapped lines joined.
fn role_lines(lines: &[(usize, &str)]) -> Option<String> {
    let mut role: Vec<String> = Vec::new();
    let mut title: Option<String> = None;
    for (seen, &(_, raw)) in lines.iter().enumerate() {
        if seen > 8 {
            break;
        }
        let line = clean(raw);
        if line.is_empty() {
            continue;
        }
        let starts_block = [
            "Annex",
            "Letter",
            "Statement",
            "Enclosure",
            "---",
            "#",
            "(Signed)",
            "Signed)",
            "Distr",
        ]
        .iter()
        .any(|p| line.starts_with(p) || raw.trim_start().starts_with(p));
        if starts_block || line.len() > 160 || line.ends_with('.') && !line.ends_with("a.i.") {
            break;
        }
        if let Some(last) = role.last() {
            let dangling = [
                "the",
                "of",
                "and",
                "to",
                "Northern",
                "Britain",
                "Grenadines",
                "America",
            ]
            .iter()
            .any(|w| last.ends_with(&format!(" {w}")));
            let continues = line.chars().next().is_some_and(char::is_lowercase)
                || line.starts_with("United Nations")
                || line.starts_with("Ireland");
            if dangling || continues {
                role.push(line);
                continue;
            }
            break;
        }
        if is_title(&line) {
            title.get_or_insert(line);
            continue;
        }
        if line.chars().next().is_some_and(char::is_uppercase) {
            role.push(line);
        } else {
            break;
        }
    }
    if role.is_empty() {
        title
    } else {
        Some(role.join(" "))
    }
}

/// The role the letter's heading gives its sender ("Letter dated … from the
/// Secretary-General addressed to …").
fn heading_role(ctx: &Ctx<'_>, at: usize) -> Option<String> {
    static H: OnceLock<Regex> = OnceLock::new();
    let re = H.get_or_init(|| compile(r"Letter dated [^.]{0,40}? from (?:the )?(.{3,200}?) addressed to"));
    let text = ctx.text();
    let from = super::floor_boundary(text, at.saturating_sub(4000));
    let window = &text[from..at];
    // Only the letter this signature closes: no other signature in between.
    let last = re.captures_iter(window).last()?;
    let end = last.get(0)?.end();
    if window[end..].contains("Signed)") || window[end..].contains("Annex") {
        return None;
    }
    Some(last[1].trim().to_string())
}

/// The role the text gives the signatory by name before the signature,
/// as a letter transmitting another does: "a letter from Abdoulaye Diop,
/// Minister for Foreign Affairs, African Integration and International
/// Cooperation of Mali, addressed to …". The last such description within
/// the 20,000 bytes before the signature is taken.
fn described_role(ctx: &Ctx<'_>, name: &str, at: usize) -> Option<String> {
    let words: Vec<String> = name.split(' ').map(regex::escape).collect();
    // Family names the text writes in capitals ("BAN Ki-moon") match too.
    let pattern = format!(
        r"(?i:{})\s*,\s+((?:the\s+)?[A-Z][^.;:()\[\]]{{2,200}}?)(?:,?\s+addressed\s+to|,?\s+to\s+the\s+President|\s*[.;:(])",
        words.join(r"\s+")
    );
    let re = Regex::new(&pattern).ok()?;
    let text = ctx.text();
    let from = super::floor_boundary(text, at.saturating_sub(20_000));
    let window = &text[from..at];
    let role = re.captures_iter(window).last()?.get(1)?.as_str();
    let role = role.split_whitespace().collect::<Vec<_>>().join(" ");
    // A description names a function: a title word, not the next name.
    let first = role.trim_start_matches("the ").split(' ').next().unwrap_or("");
    let titled = [
        "Minister",
        "Deputy",
        "Permanent",
        "Chargé",
        "Charge",
        "Ambassador",
        "President",
        "Prime",
        "Secretary",
        "Head",
        "Chair",
        "Chairman",
        "Chairperson",
        "Special",
        "Foreign",
        "Vice",
        "Acting",
    ]
    .contains(&first);
    titled.then_some(role)
}

impl Ctx<'_> {
    /// The folded offset of a source offset (the first folded byte at or after it).
    fn folded_offset_of(&self, source: usize) -> usize {
        let (mut lo, mut hi) = (0, self.folded.text.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.folded.source_offset(mid) < source {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            person_name("Marc Pecsteen de Buytsverve").as_deref(),
            Some("Marc Pecsteen de Buytsverve")
        );
        assert_eq!(person_name("BAN Ki-moon").as_deref(), Some("Ban Ki-moon"));
        assert_eq!(person_name("Dang Dinh Quy").as_deref(), Some("Dang Dinh Quy"));
        assert_eq!(person_name("the above-mentioned draft (S/2020/600)"), None);
    }

    #[test]
    fn wrapped_roles() {
        let lines = line_offsets(
            "\nAmbassador\n\nChargé d'affaires of the United Kingdom of Great Britain and Northern\nIreland to the United Nations\n\nAnnex XV",
        );
        assert_eq!(
            role_lines(&lines).as_deref(),
            Some(
                "Chargé d'affaires of the United Kingdom of Great Britain and Northern Ireland to the United Nations"
            )
        );
        let lines = line_offsets(
            "Ambassador  \nPermanent Representative of the United States of America  \nto the United Nations\n\n---",
        );
        assert_eq!(
            role_lines(&lines).as_deref(),
            Some("Permanent Representative of the United States of America to the United Nations")
        );
        let lines = line_offsets("President of the Security Council\n\n* Reissued for technical reasons");
        assert_eq!(
            role_lines(&lines).as_deref(),
            Some("President of the Security Council")
        );
    }
}
