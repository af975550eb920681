//! Building a citation graph from files on disk, streamed so that memory
//! follows the graph and not the corpus. Files are read and extracted in
//! parallel a batch at a time (a few hundred files, or a few tens of
//! megabytes), and each batch's extractions are merged into the graph, in
//! file order, while the next batch is extracted. A text lives only while it
//! is extracted and an extraction only until it is merged: no list of every
//! text or of every extraction is ever held, so a million files cost the
//! graph they make plus a batch in flight, and one huge file costs its own
//! extraction plus the graph.
//!
//! # Examples
//!
//! ```
//! use unxref::build::{NoProgress, build_graph};
//! use unxref::{CitationGraph, Extractor, corpus::ReadOptions};
//! let data = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
//! let built = build_graph(&Extractor::new(), &[data.clone()], &ReadOptions::default(), &NoProgress);
//! assert_eq!((built.files, built.errors.len()), (5, 0));
//! // The same graph as from a list of every extraction, in the same order.
//! let whole = CitationGraph::from_extractions(unxref::extract_paths(&[data]).extractions);
//! assert_eq!(built.graph.stats(), whole.stats());
//! assert_eq!(built.graph.to_snapshot_bytes(), whole.to_snapshot_bytes());
//! ```

use std::borrow::Borrow;
use std::fs;
use std::ops::Range;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::corpus::{self, ReadOptions};
use crate::error::LoadError;
use crate::extract::Extractor;
use crate::graph::CitationGraph;
use crate::model::Extraction;

/// A batch closes at this many files …
const BATCH_FILES: usize = 256;
/// … or at this many bytes of input, whichever comes first (a file larger
/// than this is a batch of its own).
const BATCH_BYTES: u64 = 32 << 20;

/// What a build reports while it runs, for a progress bar. Every method has
/// an empty default; calls may come from several threads at once.
///
/// # Examples
///
/// ```
/// use std::sync::atomic::{AtomicU64, Ordering};
/// use unxref::build::{Progress, build_graph};
/// use unxref::{Extractor, corpus::ReadOptions};
/// #[derive(Default)]
/// struct Count { total: AtomicU64, done: AtomicU64 }
/// impl Progress for Count {
///     fn begin(&self, _files: u64, bytes: u64) { self.total.store(bytes, Ordering::Relaxed); }
///     fn file_done(&self, bytes: u64) { self.done.fetch_add(bytes, Ordering::Relaxed); }
/// }
/// let count = Count::default();
/// let data = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// build_graph(&Extractor::new(), &[data], &ReadOptions::default(), &count);
/// assert!(count.total.load(Ordering::Relaxed) > 0);
/// assert_eq!(count.done.load(Ordering::Relaxed), count.total.load(Ordering::Relaxed));
/// ```
pub trait Progress: Sync {
    /// The walk is done: `files` files of `bytes` bytes in all will be read.
    fn begin(&self, files: u64, bytes: u64) {
        let _ = (files, bytes);
    }
    /// One file was read and extracted (or refused); `bytes` is its size
    /// on disk.
    fn file_done(&self, bytes: u64) {
        let _ = bytes;
    }
}

/// A [`Progress`] that reports nothing.
///
/// ```
/// use unxref::build::{NoProgress, Progress};
/// NoProgress.file_done(10);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {}

/// The graph a build made, and what it met on the way.
///
/// ```
/// use unxref::build::{NoProgress, build_graph};
/// use unxref::{Extractor, corpus::ReadOptions};
/// let data = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let built = build_graph(&Extractor::new(), &[data], &ReadOptions::default(), &NoProgress);
/// assert!(built.bytes > 0 && built.errors.is_empty());
/// assert!(built.graph.index_of("S/RES/2531 (2020)").is_some());
/// ```
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Built {
    /// The graph of every file read.
    pub graph: CitationGraph,
    /// Files that could not be read, with the reason (the walk's errors
    /// first, then the files refused, in file order).
    pub errors: Vec<LoadError>,
    /// The extractor's notes on files (`file: message`), in file order.
    pub notes: Vec<String>,
    /// Files read and extracted.
    pub files: usize,
    /// Their total size in bytes.
    pub bytes: u64,
}

/// Read, extract and link every file the paths name (folders recursively),
/// streaming each batch's extractions into the graph. The graph is the one
/// [`CitationGraph::from_extractions`] makes of the same extractions in the
/// same (file) order; only memory and overlap differ.
///
/// ```
/// use unxref::build::{NoProgress, build_graph};
/// use unxref::{Extractor, corpus::ReadOptions};
/// let built = build_graph(&Extractor::new(), &["missing.txt".into()], &ReadOptions::default(), &NoProgress);
/// assert_eq!((built.files, built.errors.len(), built.graph.node_count()), (0, 1, 0));
/// ```
pub fn build_graph(
    extractor: &Extractor,
    paths: &[PathBuf],
    options: &ReadOptions,
    progress: &dyn Progress,
) -> Built {
    build_with(|| extractor, paths, options, progress)
}

/// [`build_graph`] with the extractor `make_extractor` returns, made (its
/// actor dictionary built) on one thread while the other walks the folders:
/// what `unxref build` calls, so that neither waits for the other.
///
/// ```
/// use unxref::build::{NoProgress, build_graph, build_graph_with};
/// use unxref::{Extractor, corpus::ReadOptions};
/// let data = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let paths = [data];
/// let built = build_graph_with(Extractor::new, &paths, &ReadOptions::default(), &NoProgress);
/// let same = build_graph(&Extractor::new(), &paths, &ReadOptions::default(), &NoProgress);
/// assert_eq!(built.graph.to_snapshot_bytes(), same.graph.to_snapshot_bytes());
/// ```
pub fn build_graph_with(
    make_extractor: impl FnOnce() -> Extractor + Send,
    paths: &[PathBuf],
    options: &ReadOptions,
    progress: &dyn Progress,
) -> Built {
    build_with(make_extractor, paths, options, progress)
}

fn build_with<E: Borrow<Extractor> + Send>(
    make_extractor: impl FnOnce() -> E + Send,
    paths: &[PathBuf],
    options: &ReadOptions,
    progress: &dyn Progress,
) -> Built {
    // The actor dictionary is made on one thread while the other walks the
    // folders.
    let (extractor, (files, errors, sizes)) = rayon::join(make_extractor, || {
        let (files, errors) = corpus::collect_files_with(paths, options);
        let sizes: Vec<u64> = files
            .iter()
            .map(|f| fs::metadata(f).map(|m| m.len()).unwrap_or(0))
            .collect();
        (files, errors, sizes)
    });
    let extractor: &Extractor = extractor.borrow();
    progress.begin(files.len() as u64, sizes.iter().sum());
    let mut built = Built {
        errors,
        ..Built::default()
    };
    let extract_batch = |range: Range<usize>| -> Vec<Result<(u64, Extraction), LoadError>> {
        files[range.clone()]
            .par_iter()
            .zip(&sizes[range])
            .map(|(path, &size)| {
                let source = corpus::read_file_with(path, options);
                let result = source.map(|source| (source.bytes, extractor.extract(&source)));
                progress.file_done(size);
                result
            })
            .collect()
    };
    // The extractor's patterns are compiled on first use, each once a
    // process: left to the first files, both threads wait on the same
    // pattern while one of them compiles it. Before a build of many files,
    // a warm-up text is read in two halves side by side, the actor pass on
    // one thread and the references on the other, so that the two compile
    // different patterns at once; the thread done first starts on the files.
    let warm_up = files.len() >= WARM_UP_FILES;
    let mut pending: Option<Vec<_>> = None;
    for range in batches(&sizes) {
        let next = match pending.take() {
            // Merge the last batch on this thread while the pool extracts
            // the next one.
            Some(done) => rayon::join(|| merge(&mut built, done), || extract_batch(range)).1,
            None if warm_up => {
                rayon::join(
                    || warm_up_actors(extractor),
                    || {
                        warm_up_references();
                        extract_batch(range)
                    },
                )
                .1
            }
            None => extract_batch(range),
        };
        pending = Some(next);
    }
    if let Some(done) = pending {
        merge(&mut built, done);
    }
    built.graph.fold_renewed_bodies();
    built.graph.resolve_unnamed_operations();
    built.graph.name_actors(extractor.actors());
    built
}

/// Fold a batch's extractions into the graph, in order. Each extraction is
/// moved into the graph ([`CitationGraph::add_extraction_owned`]): its nodes
/// and edge attributes are not copied, then freed.
fn merge(built: &mut Built, batch: Vec<Result<(u64, Extraction), LoadError>>) {
    for result in batch {
        match result {
            Ok((bytes, extraction)) => {
                built.files += 1;
                built.bytes += bytes;
                built
                    .notes
                    .extend(extraction.diagnostics.iter().map(ToString::to_string));
                built.graph.add_extraction_owned(extraction);
            }
            Err(error) => built.errors.push(error),
        }
    }
}

/// A short text in the commonest forms of the corpus (a heading, an
/// adoption note, citations in their usual wordings, a mandate, a vote),
/// read once before the files so that the patterns those forms reach are
/// compiled by then ([`build_graph`]). What it yields is thrown away.
const WARM_UP: &str = "United Nations\nSecurity Council\n\nS/RES/2100 (2013)\nDistr.: General 25 April 2013\n\n\
Resolution 2100 (2013)\nAdopted by the Security Council at its 6952nd meeting, on 25 April 2013\n\n\
The Security Council,\n\n\
Recalling its resolutions 2056 (2012), 2071 (2012) and 2085 (2012), its Presidential Statements of 26 March 2012 (S/PRST/2012/7) and 4 April 2012 (S/PRST/2012/9) on Mali,\n\n\
Reaffirming its strong commitment to the sovereignty, unity and territorial integrity of Mali, and welcoming the troops of the African-led International Support Mission in Mali (AFISMA) and the Economic Community of West African States (ECOWAS),\n\n\
Taking note of the report of the Secretary-General of 26 March 2013 (S/2013/189) and of the letter dated 20 April 2013 from the Permanent Representative of France to the United Nations addressed to the President of the Security Council (S/2013/240), and General Assembly resolution 377 A (V),\n\n\
Determining that the situation in Mali constitutes a threat to international peace and security in the region,\n\n\
Acting under Chapter VII of the Charter of the United Nations,\n\n\
1. Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA), and requests the Secretary-General to subsume the United Nations Office in Mali (UNOM);\n\n\
2. Decides to extend the mandate of the United Nations Interim Force in Lebanon (UNIFIL) until 31 August 2013, and that MINUSMA shall have the following mandate: to stabilize key population centres;\n\n\
3. Authorizes the French troops, within the limits of their capacities, to use all necessary means, and decides to terminate the mandate of the Panel of Experts established pursuant to paragraph 3 of resolution 1533 (2004) on 30 June 2013;\n\n\
4. Decides to increase the authorized strength of the Mission, and to renew the measures imposed by paragraph 1 of resolution 2048 (2012) for a further period of twelve months;\n\n\
5. Requests the Secretary-General to report to the Council on the implementation of this resolution every three months, and to submit his recommendations in accordance with Article 39;\n\n\
6. Decides to remain actively seized of the matter.\n\n\
Adopted at the 6952nd meeting by 13 votes to none, with 2 abstentions (China, Russian Federation).\n";

/// A build of fewer files than this has no warm-up: it may never reach
/// the patterns the warm-up compiles.
const WARM_UP_FILES: usize = 64;

/// The file name the warm-up text is read under.
const WARM_UP_FILE: &str = "S-RES-2100(2013).txt";

/// The actor pass over [`WARM_UP`] (its patterns compiled, see [`build_graph`]).
fn warm_up_actors(extractor: &Extractor) {
    let normalized = crate::extract::normalize::normalize(WARM_UP);
    let found = crate::extract::segment::analyze(WARM_UP_FILE, &normalized);
    let facts =
        crate::extract::actors::actor_facts(WARM_UP_FILE, &normalized, &found.segments, extractor.actors());
    std::hint::black_box(facts);
}

/// The reference pass over [`WARM_UP`] (its patterns compiled, see [`build_graph`]).
fn warm_up_references() {
    let normalized = crate::extract::normalize::normalize(WARM_UP);
    let found = crate::extract::segment::analyze(WARM_UP_FILE, &normalized);
    let links = crate::extract::refs::scan(WARM_UP_FILE, &normalized, &found.segments);
    std::hint::black_box(links);
}

/// The last batch's merge runs alone, after every extraction: its last
/// this many files are a batch of their own, so that the rest of it is
/// merged while they are extracted.
const TAIL_FILES: usize = 16;

/// The files, cut into consecutive batches of at most [`BATCH_FILES`] files
/// and (unless one file is larger) [`BATCH_BYTES`] bytes; the last
/// [`TAIL_FILES`] files of a longer last batch are cut off into one more.
fn batches(sizes: &[u64]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0u64;
    for (i, &size) in sizes.iter().enumerate() {
        if i > start && (i - start >= BATCH_FILES || bytes + size > BATCH_BYTES) {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    if start < sizes.len() {
        let end = sizes.len();
        if end - start > 2 * TAIL_FILES {
            out.push(start..end - TAIL_FILES);
            start = end - TAIL_FILES;
        }
        out.push(start..end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_every_file_once_within_their_bounds() {
        let sizes: Vec<u64> = (0..1000u64).map(|i| (i * 7919) % (5 << 20)).collect();
        let ranges = batches(&sizes);
        assert_eq!(ranges.first().map(|r| r.start), Some(0));
        assert_eq!(ranges.last().map(|r| r.end), Some(1000));
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
        for r in &ranges {
            let bytes: u64 = sizes[r.clone()].iter().sum();
            assert!(r.len() <= BATCH_FILES);
            assert!(r.len() == 1 || bytes <= BATCH_BYTES, "{r:?} holds {bytes} bytes");
        }
        // A file above the byte bound is a batch of its own.
        assert_eq!(batches(&[1, BATCH_BYTES * 3, 1]), [0..1, 1..2, 2..3]);
        // The tail of a long last batch is a batch of its own.
        assert_eq!(batches(&[1; 300]), [0..256, 256..284, 284..300]);
        let short = batches(&[1; 20]);
        assert_eq!((short.len(), short[0].clone()), (1, 0..20));
        assert!(batches(&[]).is_empty());
    }
}
