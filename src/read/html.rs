//! HTML pages of UN documents: the markup goes, the structure stays. Each
//! block (paragraph, heading, list item, table cell, `<br>`) starts a line,
//! white space inside a block collapses to one space as a browser shows it,
//! entities are decoded (`&nbsp;` stays a no-break space, which
//! normalization treats as a space), and scripts, styles, the page's
//! `<head>` and its menus (`<nav>`) are dropped.
//!
//! # Examples
//!
//! ```
//! use unxref::read::html::text;
//! let page = "<h1>Resolution 2553 (2020)</h1><p>Recalling its resolutions\n   2151 (2014)</p><script>var x = '<p>';</script>";
//! assert_eq!(text(page), "Resolution 2553 (2020)\nRecalling its resolutions 2151 (2014)\n");
//! ```

use ego_tree::NodeRef;
use scraper::Html;
use scraper::node::Node;

/// Elements that start and end a line of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose content is not text a reader sees, or is no part of the
/// document: a UN web page's menus (`<nav>`: `Home`, `Security Council`,
/// above a press release's symbol and title).
const HIDDEN: &[&str] = &["head", "script", "style", "noscript", "template", "svg", "nav"];

/// The text of an HTML page, one block per line.
///
/// ```
/// let text = unxref::read::html::text("<table><tr><td>S/2020/1170</td><td>8 December 2020</td></tr></table>");
/// assert_eq!(text, "S/2020/1170\n8 December 2020\n");
/// ```
pub fn text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut raw = String::with_capacity(html.len() / 2);
    // Depth first with an explicit stack rather than recursion: a page
    // nested ten thousand deep must not overflow.
    enum Step<'a> {
        Enter(NodeRef<'a, Node>),
        EndBlock,
    }
    let mut steps = vec![Step::Enter(document.tree.root())];
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::EndBlock => {
                raw.push('\n');
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.value() {
            // A line break in the source is white space; only blocks end lines.
            Node::Text(text) => raw.extend(
                text.chars()
                    .map(|c| if c.is_ascii_whitespace() { ' ' } else { c }),
            ),
            Node::Element(element) => {
                let name = element.name();
                if HIDDEN.contains(&name) {
                    continue;
                }
                if BLOCKS.contains(&name) {
                    raw.push('\n');
                    steps.push(Step::EndBlock);
                }
                steps.extend(node.children().rev().map(Step::Enter));
            }
            Node::Document | Node::Fragment => steps.extend(node.children().rev().map(Step::Enter)),
            _ => {}
        }
    }
    let mut out = String::with_capacity(raw.len());
    for line in raw.split('\n') {
        // White space inside a block collapses as a browser shows it; a
        // no-break space is not HTML white space and stays.
        let mut words = line
            .split(|c: char| c.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            continue;
        }
        for (i, word) in words.enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
        out.push('\n');
    }
    out
}
