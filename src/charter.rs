//! The Charter of the United Nations as the graph names it: its nineteen
//! chapters, their titles and the articles each holds. A resolution that
//! says what it acts under ("Acting under Chapter VII of the Charter",
//! "Acting under Article 41 of the Charter") links to the chapter's node,
//! `charter:Chapter VII`, with an `acts_under` edge (see `extract::refs`).
//!
//! # Examples
//!
//! ```
//! use unxref::charter;
//! assert_eq!(charter::chapter_of_article(41), Some("VII"));
//! let node = charter::chapter_node("VII").unwrap();
//! assert_eq!(node.id, "charter:Chapter VII");
//! assert!(node.title.unwrap().starts_with("Action with respect to threats to the peace"));
//! ```

use crate::model::{Node, NodeKind, NodeRef};

/// Each chapter: its numeral, its last article and its title, as the
/// Charter has them (Chapter I holds Articles 1 and 2, Chapter II Articles
/// 3 to 6, …, Chapter XIX Articles 110 and 111).
const CHAPTERS: [(&str, u32, &str); 19] = [
    ("I", 2, "Purposes and principles"),
    ("II", 6, "Membership"),
    ("III", 8, "Organs"),
    ("IV", 22, "The General Assembly"),
    ("V", 32, "The Security Council"),
    ("VI", 38, "Pacific settlement of disputes"),
    (
        "VII",
        51,
        "Action with respect to threats to the peace, breaches of the peace, and acts of aggression",
    ),
    ("VIII", 54, "Regional arrangements"),
    ("IX", 60, "International economic and social co-operation"),
    ("X", 72, "The Economic and Social Council"),
    ("XI", 74, "Declaration regarding non-self-governing territories"),
    ("XII", 85, "International trusteeship system"),
    ("XIII", 91, "The Trusteeship Council"),
    ("XIV", 96, "The International Court of Justice"),
    ("XV", 101, "The Secretariat"),
    ("XVI", 105, "Miscellaneous provisions"),
    ("XVII", 107, "Transitional security arrangements"),
    ("XVIII", 109, "Amendments"),
    ("XIX", 111, "Ratification and signature"),
];

/// The id prefix of a chapter's node (`charter:Chapter VII`).
///
/// # Examples
///
/// ```
/// assert!(unxref::charter::chapter_ref("VI").id.starts_with(unxref::charter::PREFIX));
/// ```
pub const PREFIX: &str = "charter:";

/// The chapter that holds an article (`41` → `VII`); `None` past Article 111.
///
/// # Examples
///
/// ```
/// use unxref::charter::chapter_of_article;
/// assert_eq!(chapter_of_article(39), Some("VII"));
/// assert_eq!(chapter_of_article(52), Some("VIII"));
/// assert_eq!(chapter_of_article(112), None);
/// ```
pub fn chapter_of_article(article: u32) -> Option<&'static str> {
    CHAPTERS
        .iter()
        .find(|(_, last, _)| (1..=*last).contains(&article))
        .map(|(numeral, _, _)| *numeral)
}

/// The chapter a numeral names (`"VII"`), as written in the Charter.
///
/// # Examples
///
/// ```
/// assert_eq!(unxref::charter::chapter("VIII"), Some("VIII"));
/// assert_eq!(unxref::charter::chapter("XX"), None);
/// ```
pub fn chapter(numeral: &str) -> Option<&'static str> {
    CHAPTERS
        .iter()
        .find(|(n, _, _)| *n == numeral)
        .map(|(n, _, _)| *n)
}

/// The reference to a chapter's node, as a link names it.
///
/// # Examples
///
/// ```
/// let r = unxref::charter::chapter_ref("VII");
/// assert_eq!((r.id.as_str(), r.label.as_str()), ("charter:Chapter VII", "Chapter VII"));
/// assert_eq!(r.kind, unxref::NodeKind::Charter);
/// ```
pub fn chapter_ref(numeral: &'static str) -> NodeRef {
    NodeRef {
        id: format!("{PREFIX}Chapter {numeral}"),
        kind: NodeKind::Charter,
        label: format!("Chapter {numeral}"),
        category: None,
    }
}

/// The full node of a chapter (label, title, aliases), or `None` for a
/// numeral the Charter does not have.
///
/// # Examples
///
/// ```
/// let node = unxref::charter::chapter_node("VIII").unwrap();
/// assert_eq!(node.title.as_deref(), Some("Regional arrangements"));
/// assert!(node.aliases.contains(&"Chapter VIII of the Charter".to_string()));
/// assert!(unxref::charter::chapter_node("XX").is_none());
/// ```
pub fn chapter_node(numeral: &str) -> Option<Node> {
    let &(numeral, _, title) = CHAPTERS.iter().find(|(n, _, _)| *n == numeral)?;
    let r = chapter_ref(numeral);
    let mut node = Node::new(&r.id, r.kind, &r.label);
    node.title = Some(title.to_string());
    node.aliases = vec![
        format!("Chapter {numeral} of the Charter"),
        format!("Chapter {numeral} of the Charter of the United Nations"),
        format!("Chapter {numeral} of the United Nations Charter"),
    ];
    node.held = true;
    Some(node)
}

/// The chapter node an id names (`charter:Chapter VII`).
pub(crate) fn node_for_id(id: &str) -> Option<Node> {
    chapter_node(id.strip_prefix(PREFIX)?.strip_prefix("Chapter ")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_article_of_the_charter_has_one_chapter() {
        let mut last = 0;
        for (numeral, end, _) in CHAPTERS {
            assert!(end > last, "{numeral}");
            assert_eq!(chapter_of_article(last + 1), Some(numeral));
            assert_eq!(chapter_of_article(end), Some(numeral));
            last = end;
        }
        assert_eq!(last, 111);
        assert_eq!(chapter_of_article(0), None);
        assert_eq!(chapter_of_article(112), None);
        assert_eq!(chapter_of_article(39), Some("VII"));
        assert_eq!(chapter_of_article(52), Some("VIII"));
        assert_eq!(chapter_of_article(25), Some("V"));
    }
}
