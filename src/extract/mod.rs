//! The extractor: from a file's text to an [`Extraction`] (its documents and
//! every fact they state, with evidence). Four stages, one file each:
//! [`normalize`] cleans the text and keeps a map back to original lines,
//! [`segment`] splits it into documents, [`refs`] finds references, and
//! [`actors`] finds actors, votes, sponsors, signatures and mandates.

pub mod actors;
pub mod normalize;
mod patterns;
pub mod refs;
pub mod segment;

use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::corpus::{self, SourceText};
use crate::error::LoadError;
use crate::model::{Diagnostic, DocumentRecord, Extraction};

pub use actors::ActorDictionary;
pub use normalize::Normalized;

/// One document found in a file: its record and where its text stands in the
/// file's [`Normalized`] text.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Identity, kind, title, date, … of the document.
    pub record: DocumentRecord,
    /// Byte range of the document's text in [`Normalized::text`].
    pub range: Range<usize>,
}

/// Reads texts into extractions. Holds the actor dictionary; cheap to share
/// across threads.
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
    pub fn new() -> Extractor {
        Extractor {
            actors: ActorDictionary::bundled(),
        }
    }

    /// An extractor with this actor dictionary instead of the bundled one.
    pub fn with_actors(actors: ActorDictionary) -> Extractor {
        Extractor { actors }
    }

    /// The actor dictionary in use.
    pub fn actors(&self) -> &ActorDictionary {
        &self.actors
    }

    /// Extract one decoded file.
    pub fn extract(&self, source: &SourceText) -> Extraction {
        let normalized = normalize::normalize(&source.text);
        let segment::Segmentation {
            segments,
            diagnostics,
        } = segment::analyze(&source.path, &normalized);
        let mut links = refs::references(&source.path, &normalized, &segments);
        links.extend(actors::actor_links(
            &source.path,
            &normalized,
            &segments,
            &self.actors,
        ));
        Extraction {
            file: source.path.clone(),
            documents: segments.into_iter().map(|s| s.record).collect(),
            links,
            diagnostics,
        }
    }

    /// Extract a text given as a string (tests, embedding programs).
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
    pub fn extract_paths<P: AsRef<Path>>(&self, paths: &[P]) -> Corpus {
        self.extract_paths_with(paths, corpus::DEFAULT_MAX_FILE_SIZE, &|_| {})
    }

    /// [`Extractor::extract_paths`] with a file size limit and a callback
    /// called once per file read (for progress bars).
    pub fn extract_paths_with<P: AsRef<Path>>(
        &self,
        paths: &[P],
        max_file_size: u64,
        progress: &(dyn Fn(&Path) + Sync),
    ) -> Corpus {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.as_ref().to_path_buf()).collect();
        let (files, mut errors) = corpus::collect_files(&paths);
        let results: Vec<Result<(u64, Extraction), LoadError>> = files
            .par_iter()
            .map(|path| {
                let source = corpus::read_file(path, max_file_size);
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
    pub fn count_files<P: AsRef<Path>>(paths: &[P]) -> usize {
        let paths: Vec<PathBuf> = paths.iter().map(|p| p.as_ref().to_path_buf()).collect();
        corpus::collect_files(&paths).0.len()
    }
}

/// What a corpus load produced: one extraction per readable file, one error
/// per unreadable one.
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
pub fn extract_paths<P: AsRef<Path>>(paths: &[P]) -> Corpus {
    Extractor::new().extract_paths(paths)
}
