//! The extractor: from a file's text to an [`Extraction`] (its documents and
//! every fact they state, with evidence). Four stages, one file each:
//! [`normalize`] cleans the text and keeps a map back to original lines,
//! [`segment`] splits it into documents, [`refs`] finds references, and
//! [`actors`] finds actors, votes, sponsors, signatures and mandates.
//!
//! # Examples
//!
//! ```
//! # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
//! # let text = std::fs::read_to_string(path)?;
//! use unxref::extract::{actors, normalize, refs, segment, ActorDictionary};
//! // The four stages, as Extractor::extract runs them.
//! let normalized = normalize::normalize(&text);
//! let segments = segment::segment(path, &normalized);
//! let mut links = refs::references(path, &normalized, &segments);
//! links.extend(actors::actor_links(path, &normalized, &segments, &ActorDictionary::bundled()));
//! let same = unxref::Extractor::new().extract_str(path, &text);
//! assert_eq!(links, same.links);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod actors;
mod anchored;
pub mod normalize;
pub(crate) mod patterns;
pub mod refs;
pub mod segment;
mod word_hash;

use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::corpus::{self, ReadOptions, SourceText};
use crate::error::LoadError;
use crate::model::{Diagnostic, DocumentRecord, Extraction};

pub use actors::ActorDictionary;
pub use normalize::Normalized;

/// One document found in a file: its record and where its text stands in the
/// file's [`Normalized`] text.
///
/// # Examples
///
/// ```
/// # let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/001_8bf2fcad3f891cf4.txt");
/// # let text = std::fs::read_to_string(path)?;
/// use unxref::extract::{normalize::normalize, segment::segment};
/// let normalized = normalize(&text);
/// let segments = segment(path, &normalized);
/// // The President's letter, and resolution 2518 (2020) in its annex.
/// assert_eq!(segments.len(), 2);
/// let resolution = &segments[1];
/// assert_eq!(resolution.record.node.id, "S/RES/2518 (2020)");
/// assert!(normalized.text[resolution.range.clone()].contains("The Security Council"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Identity, kind, title, date, … of the document.
    pub record: DocumentRecord,
    /// Byte range of the document's text in [`Normalized::text`].
    pub range: Range<usize>,
}

/// Reads texts into extractions. Holds the actor dictionary; cheap to share
/// across threads.
///
/// # Examples
///
/// ```
/// use unxref::Extractor;
/// let extractor = Extractor::new();
/// let extraction = extractor.extract_str("letter.txt", "United Nations S/2014/660\n\nLetter dated 11 September 2014 from the Secretary-General addressed to the President of the Security Council\n\nI invite you to take appropriate action pursuant to resolution 2164 (2014) and to support MINUSMA.\n");
/// let targets: Vec<&str> = extraction.links.iter().map(|l| l.target.id.as_str()).collect();
/// assert!(targets.contains(&"S/RES/2164 (2014)"));
/// assert!(targets.contains(&"actor:MINUSMA"));
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    actors: ActorDictionary,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the bundled actor dictionary.
    ///
    /// # Examples
    ///
    /// ```
    /// let extractor = unxref::Extractor::new();
    /// assert!(extractor.actors().resolve("MINUSMA").is_some());
    /// ```
    pub fn new() -> Extractor {
        Extractor {
            actors: ActorDictionary::bundled(),
        }
    }

    /// An extractor with this actor dictionary instead of the bundled one.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{EdgeKind, Extractor, extract::ActorDictionary};
    /// let actors = ActorDictionary::from_toml_str("[[actor]]\nid = \"MNLA\"\nname = \"Mouvement national de libération de l'Azawad\"\ncategory = \"armed_group\"\n")?;
    /// let extractor = Extractor::with_actors(actors);
    /// let extraction = extractor.extract_str("x.txt", "United Nations S/2014/660\n\nLetter dated 11 September 2014\n\nArmed groups, including the Mouvement national de libération de l'Azawad, and MINUSMA.\n");
    /// let mentioned: Vec<&str> = extraction.links.iter()
    ///     .filter(|l| l.kind == EdgeKind::Mentions)
    ///     .map(|l| l.target.id.as_str())
    ///     .collect();
    /// // MINUSMA is not in this dictionary.
    /// assert_eq!(mentioned, ["actor:MNLA"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_actors(actors: ActorDictionary) -> Extractor {
        Extractor { actors }
    }

    /// The actor dictionary in use.
    ///
    /// # Examples
    ///
    /// ```
    /// let extractor = unxref::Extractor::new();
    /// assert_eq!(extractor.actors().resolve("the Niger"), Some("state:Niger"));
    /// ```
    pub fn actors(&self) -> &ActorDictionary {
        &self.actors
    }

    /// Extract one decoded file.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{Extractor, corpus::read_file};
    /// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt");
    /// let source = read_file(path.as_ref(), 1 << 20)?;
    /// let extraction = Extractor::new().extract(&source);
    /// assert_eq!(extraction.documents[0].node.id, "S/2014/660");
    /// assert!(extraction.links.iter().any(|l| l.target.id == "person:Ban Ki-moon"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract(&self, source: &SourceText) -> Extraction {
        let normalized = normalize::normalize(&source.text);
        let segment::Segmentation {
            segments,
            diagnostics,
        } = segment::analyze(&source.path, &normalized);
        let (mut links, aliases, notes) = refs::scan_noting(&source.path, &normalized, &segments);
        let mut diagnostics = diagnostics;
        diagnostics.extend(notes);
        let (actor_links, tallies) = actors::actor_facts(&source.path, &normalized, &segments, &self.actors);
        links.extend(actor_links);
        let mut documents: Vec<crate::model::DocumentRecord> =
            segments.into_iter().map(|s| s.record).collect();
        // A tally is a property of the resolution it records. A resolution
        // (or draft) this file does not hold gets a record of its own,
        // not held, that carries the tally to the graph: an Assembly
        // meeting record's "Draft resolution A/75/L.52 was adopted by 122
        // votes to 4, with 35 abstentions (resolution 75/265)", a Human
        // Rights Council report's "draft resolution A/HRC/46/L.1 was
        // adopted by a recorded vote of 22 to 11, with 14 abstentions".
        for (id, tally) in tallies {
            if let Some(d) = documents.iter_mut().find(|d| d.node.id == id) {
                d.node.tally.get_or_insert(tally);
            } else if let Some(record) = voted_on_elsewhere(&id, tally) {
                documents.push(record);
            }
        }
        let mut extraction = Extraction {
            file: source.path.clone(),
            documents,
            links,
            diagnostics,
            aliases,
        };
        if let Some(line) = source.notes {
            in_notes(&mut extraction, line);
        }
        if !source.pages.is_empty() {
            on_pages(&mut extraction, source);
        }
        extraction
    }

    /// Extract a text given as a string (tests, embedding programs).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{EdgeKind, Extractor};
    /// let text = "Resolution 2553 (2020)\n\nThe Security Council,\n\nRecalling its resolutions 2151 (2014) and 1325 (2000),\n";
    /// let extraction = Extractor::new().extract_str("2553.txt", text);
    /// let relations: Vec<(&str, Option<&str>)> = extraction.links.iter()
    ///     .filter(|l| l.kind == EdgeKind::Cites)
    ///     .map(|l| (l.target.id.as_str(), l.attrs.relation.as_deref()))
    ///     .collect();
    /// assert_eq!(relations, [("S/RES/2151 (2014)", Some("recalling")), ("S/RES/1325 (2000)", Some("recalling"))]);
    /// // Text that is not text is reported, not silently empty.
    /// assert_eq!(Extractor::new().extract_str("scan.pdf", "%PDF\0\u{1}").diagnostics.len(), 1);
    /// ```
    pub fn extract_str(&self, path: &str, text: &str) -> Extraction {
        match corpus::decode(path, text.as_bytes()) {
            Ok(source) => self.extract(&source),
            // An empty or binary-looking text holds no documents; say why
            // rather than return an extraction that looks merely empty.
            Err(error) => Extraction {
                file: path.to_string(),
                diagnostics: vec![Diagnostic {
                    file: path.to_string(),
                    message: error.to_string(),
                }],
                ..Extraction::default()
            },
        }
    }

    /// Read and extract every file the paths name (folders recursively, in
    /// parallel on all cores). Files that cannot be read are listed in
    /// [`Corpus::errors`]; the rest load.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Extractor;
    /// let corpus = Extractor::new().extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data"), "missing.txt"]);
    /// assert_eq!(corpus.extractions.len(), 5);
    /// assert_eq!(corpus.errors.len(), 1);
    /// ```
    pub fn extract_paths<P: AsRef<Path>>(&self, paths: &[P]) -> Corpus {
        self.extract_paths_with(paths, corpus::DEFAULT_MAX_FILE_SIZE, &|_| {})
    }

    /// [`Extractor::extract_paths`] with a file size limit and a callback
    /// called once per file read (for progress bars).
    ///
    /// # Examples
    ///
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// use unxref::Extractor;
    /// let read = AtomicUsize::new(0);
    /// let data = [concat!(env!("CARGO_MANIFEST_DIR"), "/data")];
    /// let corpus = Extractor::new().extract_paths_with(&data, 1 << 20, &|_path| {
    ///     read.fetch_add(1, Ordering::Relaxed);
    /// });
    /// assert_eq!(read.load(Ordering::Relaxed), Extractor::count_files(&data));
    /// assert!(corpus.errors.is_empty());
    /// // A limit below every file's size refuses them all.
    /// assert_eq!(Extractor::new().extract_paths_with(&data, 100, &|_| {}).errors.len(), 5);
    /// ```
    pub fn extract_paths_with<P: AsRef<Path>>(
        &self,
        paths: &[P],
        max_file_size: u64,
        progress: &(dyn Fn(&Path) + Sync),
    ) -> Corpus {
        let options = ReadOptions::default().with_max_file_size(max_file_size);
        self.extract_paths_opts(paths, &options, progress)
    }

    /// [`Extractor::extract_paths`] with [`ReadOptions`] (size limit,
    /// following links) and a callback called once per file read.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Extractor;
    /// use unxref::corpus::ReadOptions;
    /// let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    /// // The same folder twice is read once.
    /// let corpus = Extractor::new().extract_paths_opts(&[data, data], &ReadOptions::default(), &|_| {});
    /// assert_eq!((corpus.extractions.len(), corpus.errors.len()), (5, 0));
    /// ```
    pub fn extract_paths_opts<P: AsRef<Path>>(
        &self,
        paths: &[P],
        options: &ReadOptions,
        progress: &(dyn Fn(&Path) + Sync),
    ) -> Corpus {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.as_ref().to_path_buf()).collect();
        let (files, mut errors) = corpus::collect_files_with(&paths, options);
        let results: Vec<Result<(u64, Extraction), LoadError>> = files
            .par_iter()
            .map(|path| {
                let source = corpus::read_file_with(path, options);
                progress(path);
                let source = source?;
                Ok((source.bytes, self.extract(&source)))
            })
            .collect();
        let mut corpus = Corpus::default();
        for result in results {
            match result {
                Ok((bytes, extraction)) => {
                    corpus.bytes += bytes;
                    corpus.extractions.push(extraction);
                }
                Err(e) => errors.push(e),
            }
        }
        corpus.errors = errors;
        corpus
    }

    /// How many files the paths name (for a progress bar's length).
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::Extractor;
    /// assert_eq!(Extractor::count_files(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]), 5);
    /// ```
    pub fn count_files<P: AsRef<Path>>(paths: &[P]) -> usize {
        Extractor::count_files_opts(paths, &ReadOptions::default())
    }

    /// [`Extractor::count_files`] with [`ReadOptions`] (following links or not).
    ///
    /// ```
    /// use unxref::{Extractor, corpus::ReadOptions};
    /// let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    /// assert_eq!(Extractor::count_files_opts(&[data, data], &ReadOptions::default()), 5);
    /// ```
    pub fn count_files_opts<P: AsRef<Path>>(paths: &[P], options: &ReadOptions) -> usize {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.as_ref().to_path_buf()).collect();
        corpus::collect_files_with(&paths, options).0.len()
    }
}

/// A Word file's footnotes and endnotes follow its body, away from the
/// paragraphs their marks stand in: what is cited there (from line
/// `first_line` on) is in no paragraph the text can tell.
fn in_notes(extraction: &mut Extraction, first_line: u32) {
    for link in &mut extraction.links {
        if link.attrs.evidence.as_ref().is_some_and(|e| e.line >= first_line) {
            link.attrs.paragraph = None;
        }
    }
}

/// A record, not held, of the document `id` that a file's text states a
/// tally of without holding it: its lines are those of the tally's
/// statement. `None` when `id` is no document symbol.
fn voted_on_elsewhere(id: &str, tally: crate::model::Tally) -> Option<crate::model::DocumentRecord> {
    let symbol: crate::Symbol = id.parse().ok()?;
    let line = tally.evidence.as_ref().map_or(1, |e| e.line);
    let mut node = crate::model::Node::stub(&symbol);
    node.tally = Some(tally);
    Some(crate::model::DocumentRecord {
        node,
        lines: (line, line),
        adopted_at: None,
        parent: None,
        text_digest: None,
        other_readings: Vec::new(),
    })
}

/// Give every piece of evidence of a paged source (PDF) its page, and its
/// line on that page in place of its line in the whole text: a document's
/// own, its vote tally's, each link's.
fn on_pages(extraction: &mut Extraction, source: &SourceText) {
    let evidence = extraction
        .documents
        .iter_mut()
        .flat_map(|d| {
            let node = &mut d.node;
            node.source
                .as_mut()
                .into_iter()
                .chain(node.tally.as_mut().and_then(|t| t.evidence.as_mut()))
        })
        .chain(
            extraction
                .links
                .iter_mut()
                .filter_map(|l| l.attrs.evidence.as_mut()),
        );
    for e in evidence {
        (e.page, e.line) = source.locate(e.line);
    }
}

/// What a corpus load produced: one extraction per readable file, one error
/// per unreadable one.
///
/// # Examples
///
/// ```
/// let corpus = unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]);
/// assert_eq!(corpus.extractions.len(), 5);
/// assert!(corpus.errors.is_empty());
/// assert_eq!(corpus.bytes, corpus.extractions.iter().map(|e| std::fs::metadata(&e.file).unwrap().len()).sum::<u64>());
/// ```
#[derive(Debug, Default)]
pub struct Corpus {
    /// Extractions, in file order.
    pub extractions: Vec<Extraction>,
    /// Files that could not be read, with the reason.
    pub errors: Vec<LoadError>,
    /// Total bytes read.
    pub bytes: u64,
}

/// Extract every file the paths name with the default [`Extractor`].
///
/// # Examples
///
/// ```
/// let corpus = unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data/002_4635c25849462a9e.txt")]);
/// let documents = &corpus.extractions[0].documents;
/// // The letter holds draft S/2020/1158, adopted as resolution 2553 (2020).
/// assert!(documents.iter().any(|d| d.node.id == "S/2020/1158"));
/// ```
pub fn extract_paths<P: AsRef<Path>>(paths: &[P]) -> Corpus {
    Extractor::new().extract_paths(paths)
}
