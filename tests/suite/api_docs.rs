//! Every item of the public API has a doc comment with an example.
//!
//! The test reads `src/` the way rustdoc would see the crate: it follows the
//! `mod` declarations from `src/lib.rs`, keeps the modules a user can reach
//! (`pub mod`, not `#[doc(hidden)]`) and, from private modules, only the
//! names their parent re-exports with `pub use`. It looks at each public
//! module's `//!` comment, and in those files at
//! module-level `pub fn|struct|enum|trait|type|const|static` items and at the
//! `pub fn`s and `pub const`s of inherent `impl` blocks of public types, skipping
//! `pub(crate)`, `pub(super)`, `#[doc(hidden)]`, test modules and function
//! bodies. Each must carry a `///` comment holding a code block (```).
//! Enum variants and struct fields need a doc line only, which
//! `#![warn(missing_docs)]` already enforces.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// How a module's items reach the user.
#[derive(Clone, Debug)]
enum Reach {
    /// Through a chain of `pub mod`: every `pub` item is public.
    Public,
    /// A private module: only these names, re-exported by the parent.
    ReExported(BTreeSet<String>),
}

/// One `pub` item found in a file.
#[derive(Debug)]
struct Item {
    file: PathBuf,
    line: usize,
    kind: String,
    name: String,
    /// The type of the inherent `impl` block holding a method.
    owner: Option<String>,
    /// Whether the module makes the item reachable (before the owner check).
    reachable: bool,
    has_doc: bool,
    has_example: bool,
    hidden: bool,
}

/// The text with comments and the contents of string and character literals
/// blanked out (newlines kept), so braces can be counted.
fn code_only(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            // Raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            out.push('"');
            i = j + 1;
            while i < chars.len() {
                if chars[i] == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(chars[i]));
                i += 1;
            }
            out.push('"');
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if next == Some('\\') {
                out.push('\'');
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    out.push(' ');
                    i += 1;
                }
                out.push('\'');
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                out.push_str("' '");
                i += 3;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The names a `pub use` statement brings in, each with the first segment
/// of its path (the module it comes from, `self::` dropped). A renamed item
/// (`x as y`) is listed under its own name, `x`, which is what its module
/// declares.
fn pub_use_names(statement: &str) -> Vec<(String, String)> {
    let body = statement
        .trim()
        .trim_start_matches("pub use")
        .trim()
        .trim_end_matches(';')
        .trim();
    let body = body.strip_prefix("self::").unwrap_or(body);
    let first = body.split("::").next().unwrap_or_default().trim().to_string();
    let names: Vec<&str> = match (body.find('{'), body.rfind('}')) {
        (Some(open), Some(close)) => body[open + 1..close].split(',').collect(),
        _ => vec![body],
    };
    names
        .into_iter()
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|n| !n.is_empty())
        .map(|n| {
            let own = n.split(" as ").next().unwrap_or_default();
            let own = own.rsplit("::").next().unwrap_or_default().to_string();
            (first.clone(), own)
        })
        .collect()
}

/// What a `{` opens, from the code between the previous `;`, `{` or `}` and it.
#[derive(Clone, Debug, PartialEq)]
enum Block {
    Impl(String),
    Other,
}

/// The type an `impl` header implements for, or None for a trait impl
/// (whose methods are the trait's, documented there).
fn impl_type(header: &str) -> Option<String> {
    let mut rest = header.trim().strip_prefix("impl")?.trim_start();
    if rest.starts_with('<') {
        let mut depth = 0;
        for (i, c) in rest.char_indices() {
            match c {
                '<' => depth += 1,
                '>' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                rest = &rest[i + 1..];
                break;
            }
        }
    }
    if rest.contains(" for ") {
        return None;
    }
    let path = rest.trim().split(['<', ' ']).next()?;
    Some(path.rsplit("::").next()?.to_string())
}

/// The doc comment and attributes written just above line `at`.
fn preamble(lines: &[&str], at: usize) -> (String, Vec<String>) {
    let mut doc = Vec::new();
    let mut attrs = Vec::new();
    let mut i = at;
    while i > 0 {
        i -= 1;
        let line = lines[i].trim();
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.to_string());
        } else if line.starts_with("#[") {
            attrs.push(line.to_string());
        } else if line.ends_with(")]") || line.ends_with(',') {
            // Inside a multi-line attribute: climb to its `#[`.
            attrs.push(line.to_string());
        } else {
            break;
        }
    }
    doc.reverse();
    (doc.join("\n"), attrs)
}

const ITEM_KINDS: [&str; 7] = ["fn", "struct", "enum", "trait", "type", "const", "static"];

/// The `pub` items of one file, and the child modules it declares.
fn scan(path: &Path, reach: &Reach, items: &mut Vec<Item>) -> Vec<(PathBuf, Reach)> {
    let src = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let code = code_only(&src);
    let lines: Vec<&str> = src.lines().collect();
    let code_lines: Vec<&str> = code.lines().collect();
    assert_eq!(lines.len(), code_lines.len(), "{}: lines kept", path.display());

    let mut stack: Vec<Block> = Vec::new();
    let mut header = String::new();
    let mut children = Vec::new();
    let mut pub_uses: Vec<(String, String)> = Vec::new();
    let mut pending_use = String::new();

    for (n, code_line) in code_lines.iter().enumerate() {
        let trimmed = code_line.trim();
        // A module-level `pub use`, possibly over several lines: its braces
        // open no block.
        if stack.is_empty() && (trimmed.starts_with("pub use ") || !pending_use.is_empty()) {
            pending_use.push_str(trimmed);
            pending_use.push(' ');
            if trimmed.ends_with(';') {
                pub_uses.extend(pub_use_names(&pending_use));
                pending_use.clear();
            }
            continue;
        }
        // Items start at module level or directly inside an inherent impl.
        let owner = match stack.as_slice() {
            [] => Some(None),
            [Block::Impl(ty)] => Some(Some(ty.clone())),
            _ => None,
        };
        if let Some(owner) = owner {
            let (doc, attrs) = preamble(&lines, n);
            let hidden = attrs.iter().any(|a| a.contains("doc(hidden)"));
            let is_test = attrs.iter().any(|a| a.contains("cfg(test)"));
            if owner.is_none() && !is_test {
                let decl = trimmed.strip_prefix("pub ").unwrap_or(trimmed);
                if let Some(name) = decl.strip_prefix("mod ").and_then(|d| d.strip_suffix(';')) {
                    let public = trimmed.starts_with("pub mod ") && !hidden;
                    let dir = if path.ends_with("lib.rs") || path.ends_with("mod.rs") {
                        path.parent().unwrap().to_path_buf()
                    } else {
                        path.with_extension("")
                    };
                    let file = dir.join(format!("{name}.rs"));
                    let file = if file.exists() {
                        file
                    } else {
                        dir.join(name).join("mod.rs")
                    };
                    let child_reach = match (public, reach) {
                        (true, Reach::Public) => Reach::Public,
                        _ => Reach::ReExported(BTreeSet::new()),
                    };
                    children.push((file, child_reach, name.to_string()));
                }
            }
            if let Some(decl) = trimmed.strip_prefix("pub ") {
                let decl = decl
                    .trim_start_matches("const fn ")
                    .trim_start_matches("async fn ");
                let decl = if trimmed.starts_with("pub const fn") || trimmed.starts_with("pub async fn") {
                    format!("fn {decl}")
                } else {
                    decl.to_string()
                };
                let mut words = decl.split_whitespace();
                if let (Some(kind), Some(rest)) = (words.next(), words.next())
                    && ITEM_KINDS.contains(&kind)
                    && (owner.is_none() || kind == "fn" || kind == "const")
                {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    let reachable = match reach {
                        Reach::Public => true,
                        Reach::ReExported(names) => owner.is_some() || names.contains(&name),
                    };
                    items.push(Item {
                        file: path.to_path_buf(),
                        line: n + 1,
                        kind: kind.to_string(),
                        name,
                        owner: owner.clone(),
                        reachable,
                        has_doc: !doc.trim().is_empty(),
                        has_example: doc.contains("```"),
                        hidden,
                    });
                }
            }
        }
        for c in code_line.chars() {
            match c {
                '{' => {
                    let block = match impl_type(&header) {
                        Some(ty) if stack.is_empty() => Block::Impl(ty),
                        _ => Block::Other,
                    };
                    stack.push(block);
                    header.clear();
                }
                '}' => {
                    stack.pop();
                    header.clear();
                }
                ';' => header.clear(),
                _ => header.push(c),
            }
        }
        // Attributes are not part of a header.
        if trimmed.starts_with("#[") {
            header.clear();
        }
        header.push(' ');
    }

    children
        .into_iter()
        .map(|(file, reach, name)| {
            let reach = match reach {
                Reach::Public => Reach::Public,
                Reach::ReExported(_) => Reach::ReExported(
                    pub_uses
                        .iter()
                        .filter(|(from, _)| *from == name)
                        .map(|(_, n)| n.clone())
                        .collect(),
                ),
            };
            (file, reach)
        })
        .collect()
}

/// Every `pub` item of the crate whose sources are in `root`, whether the
/// module reaches it or not.
fn inventory(root: &Path) -> Vec<Item> {
    let mut items = Vec::new();
    let mut queue = vec![(root.join("lib.rs"), Reach::Public)];
    while let Some((file, reach)) = queue.pop() {
        // A private module whose parent re-exports nothing is invisible,
        // and so are its own children.
        if matches!(&reach, Reach::ReExported(names) if names.is_empty()) {
            continue;
        }
        // A public module's own page: its `//!` comment.
        if matches!(reach, Reach::Public) {
            let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let doc: Vec<&str> = text.lines().take_while(|l| l.starts_with("//!")).collect();
            items.push(Item {
                file: file.clone(),
                line: 1,
                kind: "mod".to_string(),
                name: module_name(root, &file),
                owner: None,
                reachable: true,
                has_doc: !doc.is_empty(),
                has_example: doc.iter().any(|l| l.contains("```")),
                hidden: false,
            });
        }
        queue.extend(scan(&file, &reach, &mut items));
    }
    items
}

/// A module's path from its file: `graph::export` for `graph/export/mod.rs`,
/// `crate` for `lib.rs`.
fn module_name(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap_or(file).with_extension("");
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p != "mod")
        .collect();
    if parts == ["lib"] {
        "crate".to_string()
    } else {
        parts.join("::")
    }
}

/// The items a user of the crate whose sources are in `root` sees.
fn public_items(root: &Path) -> Vec<Item> {
    let items = inventory(root);
    let public_types: BTreeSet<String> = items
        .iter()
        .filter(|i| i.owner.is_none() && i.reachable && !i.hidden && !matches!(i.kind.as_str(), "fn" | "mod"))
        .map(|i| i.name.clone())
        .collect();
    items
        .into_iter()
        .filter(|i| i.reachable && !i.hidden)
        .filter(|i| i.owner.as_ref().is_none_or(|ty| public_types.contains(ty)))
        .collect()
}

fn describe(item: &Item) -> String {
    let file = item
        .file
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(&item.file)
        .display();
    let name = match &item.owner {
        Some(owner) => format!("{owner}::{}", item.name),
        None => item.name.clone(),
    };
    format!("{file}:{} {} {name}", item.line, item.kind)
}

#[test]
fn every_public_item_has_a_doc_comment_with_an_example() {
    let items = public_items(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let offenders: Vec<String> = items
        .iter()
        .filter(|i| !i.has_example)
        .map(|i| {
            let why = if i.has_doc { "no example" } else { "no doc comment" };
            format!("  {} ({why})", describe(i))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "{} of {} public items lack a doc example (add a /// comment with a ``` block):\n{}",
        offenders.len(),
        items.len(),
        offenders.join("\n")
    );
}

/// The scanner finds what it must and skips what it must, so the test above
/// cannot pass by seeing nothing.
#[test]
fn the_scanner_sees_the_public_api_and_only_it() {
    let items = public_items(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let names: BTreeSet<String> = items
        .iter()
        .map(|i| match &i.owner {
            Some(owner) => format!("{owner}::{}", i.name),
            None => i.name.clone(),
        })
        .collect();
    for expected in [
        "CitationGraph",
        "CitationGraph::node",
        "CitationGraph::from_extractions",
        "Extractor::new",
        "Symbol",
        "Table",
        "ActorDictionary",
        "to_graphml",
        "ReplHelper",
        "crate",
        "graph::export",
        "extract::actors",
    ] {
        assert!(names.contains(expected), "the scanner missed {expected}");
    }
    // `fuzzing` is #[doc(hidden)]; `query::eval` is a private module that
    // re-exports nothing; `graph::export::xml_escape_into` is pub(crate).
    let files: BTreeMap<String, usize> = items.iter().fold(BTreeMap::new(), |mut m, i| {
        *m.entry(i.file.display().to_string()).or_default() += 1;
        m
    });
    for private in [
        "fuzzing.rs",
        "query/eval.rs",
        "repl/lexer.rs",
        "src/main.rs",
        "cli/",
    ] {
        assert!(
            !files.keys().any(|f| f.contains(private)),
            "the scanner counted items of private module {private}"
        );
    }
    assert!(items.len() > 100, "only {} public items found", items.len());
}

/// On a small crate written for the purpose: the undocumented public
/// function and method are reported, and nothing private, hidden or
/// documented is.
#[test]
fn the_scanner_reports_exactly_the_undocumented_public_items() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let src = dir.path();
    let write = |name: &str, text: &str| {
        let path = src.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write(
        "lib.rs",
        "//! Crate.\n//!\n//! ```\n//! ```\npub mod open;\nmod shut;\n#[doc(hidden)]\npub mod hidden;\npub use shut::{Exported, helper as renamed};\n",
    );
    write(
        "open.rs",
        concat!(
            "//! Open, with an example.\n//!\n//! ```\n//! ```\npub mod deeper;\n",
            "/// Documented.\n///\n/// ```\n/// assert!(true);\n/// ```\npub fn documented() {}\n",
            "/// No example.\npub fn bare() {}\n",
            "pub(crate) fn internal() {}\n",
            "#[doc(hidden)]\npub fn hidden_fn() {}\n",
            "fn private() { let s = \"{ pub fn in_string() }\"; }\n",
            "#[cfg(test)]\nmod tests {\n    pub fn in_tests() {}\n}\n",
        ),
    );
    write(
        "shut.rs",
        concat!(
            "/// Exported.\n///\n/// ```\n/// ```\npub struct Exported;\n",
            "impl Exported {\n    /// A method without example.\n    pub fn method(&self) {}\n    fn private(&self) {}\n}\n",
            "pub struct NotExported;\nimpl NotExported {\n    pub fn unseen(&self) {}\n}\n",
            "/// Re-exported under another name, without example.\npub fn helper() {}\n",
        ),
    );
    write("hidden.rs", "pub fn inside_hidden() {}\n");
    write("open/deeper.rs", "//! A module without example.\n");
    let mut offenders: Vec<String> = public_items(src)
        .iter()
        .filter(|i| !i.has_example)
        .map(|i| match &i.owner {
            Some(owner) => format!("{owner}::{}", i.name),
            None => i.name.clone(),
        })
        .collect();
    offenders.sort();
    assert_eq!(offenders, ["Exported::method", "bare", "helper", "open::deeper"]);
}
