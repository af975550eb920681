//! What building a graph from texts met and did not take at face value:
//! files skipped, notes on files (a heading that disagrees with the file
//! name), two files claiming one document, and citations of documents
//! adopted later than the citing one. `unxref build`, `extract` and the
//! REPL's `.load` end with [`BuildReport::summary`]; `unxref check` prints
//! [`BuildReport::lines`].
//!
//! ```
//! use unxref::graph::check::BuildReport;
//! let corpus = unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]);
//! let notes = BuildReport::notes_of(&corpus.extractions);
//! let graph = unxref::CitationGraph::from_extractions(corpus.extractions);
//! assert!(BuildReport::new(Vec::new(), notes, &graph).is_empty());
//! ```

use super::{CitationGraph, Conflict};
use crate::model::Extraction;

/// The warnings of one build, each kind listed in full.
///
/// # Examples
///
/// ```
/// use unxref::{CitationGraph, Extractor, graph::check::BuildReport};
/// let a = Extractor::new().extract_str("a.txt", "Resolution 290 (1970)\n\nThe Security Council,\n\nRecalling its resolution 218 (1965),\n");
/// let b = Extractor::new().extract_str("b.txt", "Resolution 290 (1970)\n\nThe Security Council,\n\nRecalling its resolution 275 (1969),\n");
/// let notes = BuildReport::notes_of(&[a.clone(), b.clone()]);
/// let graph = CitationGraph::from_extractions([a, b]);
/// let report = BuildReport::new(Vec::new(), notes, &graph);
/// assert_eq!(report.summary(), "warnings: 0 files skipped, 1 document claimed by two files, 0 suspect citations, 0 notes on files (`unxref check PATH…` lists them)");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildReport {
    /// Files that could not be read, with the reason.
    pub files_skipped: Vec<String>,
    /// Notes the extractor made on files (`file: message`).
    pub notes: Vec<String>,
    /// Documents two files claimed.
    pub conflicts: Vec<Conflict>,
    /// Citations of a document adopted later than the citing one, as
    /// `source cites target (file:line "quote")`.
    pub suspect: Vec<String>,
}

impl BuildReport {
    /// The report of a graph built from texts: `skipped` are the files the
    /// loader could not read, `notes` those of [`BuildReport::notes_of`].
    ///
    /// ```
    /// use unxref::{CitationGraph, EdgeAttrs, EdgeKind, Link, NodeRef, graph::check::BuildReport};
    /// let doc = |s: &str| NodeRef::document(&s.parse().unwrap());
    /// let mut graph = CitationGraph::new();
    /// graph.add_link(&Link { source: doc("S/RES/692 (1991)"), target: doc("S/RES/694 (1991)"), kind: EdgeKind::Cites, attrs: EdgeAttrs::default() });
    /// let report = BuildReport::new(vec!["x.txt: not text".into()], Vec::new(), &graph);
    /// assert_eq!(report.suspect, ["S/RES/692 (1991) cites S/RES/694 (1991), adopted later"]);
    /// assert_eq!(report.files_skipped.len(), 1);
    /// ```
    pub fn new(skipped: Vec<String>, notes: Vec<String>, graph: &CitationGraph) -> BuildReport {
        let suspect = graph
            .suspect_edges()
            .into_iter()
            .map(|e| {
                let at = e
                    .edge
                    .attrs()
                    .evidence
                    .as_ref()
                    .map(|ev| format!(" ({}:{} \"{}\")", ev.file, ev.line, ev.quote))
                    .unwrap_or_default();
                format!("{} cites {}, adopted later{at}", e.source.id, e.target.id)
            })
            .collect();
        BuildReport {
            files_skipped: skipped,
            notes,
            conflicts: graph.conflicts().to_vec(),
            suspect,
        }
    }

    /// The extractor's notes on each file, read before the extractions are
    /// handed to the graph.
    ///
    /// ```
    /// use unxref::{Extractor, graph::check::BuildReport};
    /// let x = Extractor::new().extract_str("empty.txt", "");
    /// assert!(BuildReport::notes_of(&[x])[0].starts_with("empty.txt: "));
    /// ```
    pub fn notes_of(extractions: &[Extraction]) -> Vec<String> {
        extractions
            .iter()
            .flat_map(|x| x.diagnostics.iter().map(ToString::to_string))
            .collect()
    }

    /// True when there is nothing to report.
    ///
    /// ```
    /// assert!(unxref::graph::check::BuildReport::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.files_skipped.is_empty()
            && self.notes.is_empty()
            && self.conflicts.is_empty()
            && self.suspect.is_empty()
    }

    /// One line: how many of each kind, and how to list them. Scanned PDFs
    /// ([`crate::error::LoadError::NoTextLayer`]) are counted apart among
    /// the files skipped.
    ///
    /// ```
    /// use unxref::graph::check::BuildReport;
    /// let line = BuildReport::default().summary();
    /// assert!(line.starts_with("warnings: 0 files skipped, 0 documents claimed by two files"));
    /// let scan = unxref::error::LoadError::NoTextLayer { path: "scan.pdf".into(), pages: 3 };
    /// let report = BuildReport { files_skipped: vec![scan.to_string(), "x.txt: empty file".into()], ..BuildReport::default() };
    /// assert!(report.summary().starts_with("warnings: 2 files skipped (1 scanned PDF without a text layer: OCR needed), "));
    /// ```
    pub fn summary(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let scanned = self
            .files_skipped
            .iter()
            .filter(|f| f.contains(crate::error::NO_TEXT_LAYER))
            .count();
        let mut skipped = plural(self.files_skipped.len(), "file skipped", "files skipped");
        if scanned > 0 {
            skipped.push_str(&format!(
                " ({} without a text layer: OCR needed)",
                plural(scanned, "scanned PDF", "scanned PDFs")
            ));
        }
        format!(
            "warnings: {}, {}, {}, {} (`unxref check PATH…` lists them)",
            skipped,
            plural(
                self.conflicts.len(),
                "document claimed by two files",
                "documents claimed by two files"
            ),
            plural(self.suspect.len(), "suspect citation", "suspect citations"),
            plural(self.notes.len(), "note on files", "notes on files"),
        )
    }

    /// Every warning, one a line, prefixed by its kind.
    ///
    /// ```
    /// use unxref::graph::check::BuildReport;
    /// let report = BuildReport { notes: vec!["a.txt: a heading names S/RES/239 (1970)".into()], ..BuildReport::default() };
    /// assert_eq!(report.lines(), ["note: a.txt: a heading names S/RES/239 (1970)"]);
    /// ```
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        out.extend(self.files_skipped.iter().map(|f| format!("skipped: {f}")));
        out.extend(self.conflicts.iter().map(|c| format!("conflict: {c}")));
        out.extend(self.suspect.iter().map(|s| format!("suspect: {s}")));
        out.extend(self.notes.iter().map(|n| format!("note: {n}")));
        out
    }
}
