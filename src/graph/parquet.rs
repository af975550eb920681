//! Reading the Parquet tables the Spark job (`python -m unxref.spark`)
//! writes back into extractions, so `unxref build --from-parquet DIR`
//! links them exactly as a local build links the same files.
//!
//! The job writes `DIR/nodes/` (one row per document a file holds),
//! `DIR/edges/` (one row per link) and `DIR/files/` (one row per file read,
//! with the reason when it could not be read), each partitioned by run.
//! Beside the flat columns meant for Spark SQL, every node and edge row
//! carries `file`, `seq` (its place in the file's extraction) and `json`
//! (the serde form of the `DocumentRecord` or `Link`): this module reads
//! those three, regroups the rows into one [`Extraction`] per file, in the
//! order a local build reads the files (sorted paths), so the graph is the
//! same node for node, edge for edge and attribute for attribute.
//!
//! ```no_run
//! // After `python -m unxref.spark corpus/ tables/`:
//! let tables = unxref::graph::parquet::read_dir(std::path::Path::new("tables"))?;
//! let graph = unxref::CitationGraph::from_extractions(tables.extractions);
//! # Ok::<(), unxref::graph::parquet::ParquetError>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use thiserror::Error;

use crate::model::{DocumentRecord, Extraction, Link};

/// Parquet tables that cannot be read back as extractions.
///
/// ```
/// use unxref::graph::parquet::{ParquetError, read_dir};
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::create_dir(dir.path().join("nodes")).unwrap();
/// std::fs::write(dir.path().join("nodes/part-0.parquet"), "not parquet").unwrap();
/// let err = read_dir(dir.path()).unwrap_err();
/// assert!(matches!(err, ParquetError::Format { .. }));
/// assert!(err.to_string().contains("not a Parquet file"));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ParquetError {
    /// A file or folder cannot be read: a missing folder, a file given as
    /// the folder.
    #[error(
        "{path}: {}",
        crate::error::io_problem(
            path,
            source,
            "give the folder `python -m unxref.spark INPUT DIR` wrote its nodes/ and edges/ into"
        )
    )]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A file is not Parquet, or not of the job's shape.
    #[error("{path}: {message} (write the tables with `python -m unxref.spark INPUT {dir}`)")]
    Format {
        /// The file concerned.
        path: PathBuf,
        /// What is wrong.
        message: String,
        /// The folder given.
        dir: String,
    },
    /// The folder holds no node or edge table.
    #[error(
        "{path}: no Parquet files under nodes/ or edges/ (write them with `python -m unxref.spark INPUT {path}`)"
    )]
    Empty {
        /// The folder given.
        path: PathBuf,
    },
}

/// What the tables hold: the extractions in local build order, and the
/// files the job could not read, with the reason (the warnings a local
/// build prints).
///
/// ```no_run
/// let tables = unxref::graph::parquet::read_dir(std::path::Path::new("tables"))?;
/// for warning in &tables.errors {
///     eprintln!("warning: {warning}");
/// }
/// println!("{} files", tables.extractions.len());
/// # Ok::<(), unxref::graph::parquet::ParquetError>(())
/// ```
#[derive(Debug, Default)]
pub struct ParquetCorpus {
    /// One extraction per file, in sorted path order.
    pub extractions: Vec<Extraction>,
    /// `path: reason` for each file the job could not read.
    pub errors: Vec<String>,
}

/// Read `dir/nodes`, `dir/edges` and `dir/files`.
///
/// # Examples
///
/// ```
/// let err = unxref::graph::parquet::read_dir(std::path::Path::new("no/such/tables")).unwrap_err();
/// assert!(err.to_string().starts_with("no/such/tables: does not exist; give the folder"), "{err}");
/// let empty = tempfile::tempdir().unwrap();
/// let err = unxref::graph::parquet::read_dir(empty.path()).unwrap_err();
/// assert!(err.to_string().contains("no Parquet files under nodes/ or edges/"));
/// ```
pub fn read_dir(dir: &Path) -> Result<ParquetCorpus, ParquetError> {
    // A missing folder or a file is not "a folder without tables".
    if let Err(source) = std::fs::read_dir(dir) {
        return Err(ParquetError::Io {
            path: dir.to_path_buf(),
            source,
        });
    }
    let mut files: BTreeMap<PathBuf, Extraction> = BTreeMap::new();
    let mut documents: BTreeMap<PathBuf, Vec<(i64, DocumentRecord)>> = BTreeMap::new();
    let mut links: BTreeMap<PathBuf, Vec<(i64, Link)>> = BTreeMap::new();
    let mut node_files = parquet_files(&dir.join("nodes"))?;
    let mut edge_files = parquet_files(&dir.join("edges"))?;
    if node_files.is_empty() && edge_files.is_empty() {
        return Err(ParquetError::Empty {
            path: dir.to_path_buf(),
        });
    }
    // The job writes a run's files table last: a run with node or edge
    // rows but none in files/ was stopped half-way (killed, a lost
    // executor). Its rows are left out, or they would count its files
    // twice once the next run, which does not know them, extracts them
    // again.
    let file_tables = parquet_files(&dir.join("files"))?;
    let finished: BTreeSet<String> = file_tables.iter().filter_map(|p| run_of(p, dir)).collect();
    let mut unfinished = BTreeSet::new();
    for tables in [&mut node_files, &mut edge_files] {
        tables.retain(|path| match run_of(path, dir) {
            Some(run) if !finished.contains(&run) => {
                unfinished.insert(run);
                false
            }
            _ => true,
        });
    }
    if !unfinished.is_empty() && node_files.is_empty() && edge_files.is_empty() {
        return Err(format_error(
            dir,
            dir,
            format!(
                "no finished run: {} wrote nodes/ or edges/ but never files/ (the job was stopped); run the job again",
                unfinished.iter().cloned().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    // Two jobs run at once over the same OUTPUT both find a file new, and
    // both write its rows, each in its own run: read as they are, every
    // document and link of it would count twice (each edge's count
    // doubled). A file is read from one run only, the first in run order
    // (runs are named by their start time) whose files/ table holds it.
    let mut owner: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut file_table_rows = Vec::new();
    for path in &file_tables {
        let run = run_of(path, dir);
        for (row, (file, error, aliases)) in file_rows(path, dir)?.into_iter().enumerate() {
            if *owner.entry(file.clone()).or_insert_with(|| run.clone()) == run {
                file_table_rows.push((path, row, file, error, aliases));
            }
        }
    }
    let owned = |file: &str, path: &Path| owner.get(file).is_none_or(|run| *run == run_of(path, dir));
    for path in &node_files {
        for (row, file, seq, json) in rows(path, dir)? {
            if !owned(&file, path) {
                continue;
            }
            let record: DocumentRecord = parse(&json, (row, "json"), path, dir)?;
            documents
                .entry(PathBuf::from(&file))
                .or_default()
                .push((seq, record));
        }
    }
    for path in &edge_files {
        for (row, file, seq, json) in rows(path, dir)? {
            if !owned(&file, path) {
                continue;
            }
            let link: Link = parse(&json, (row, "json"), path, dir)?;
            links.entry(PathBuf::from(&file)).or_default().push((seq, link));
        }
    }
    for (file, mut docs) in documents {
        docs.sort_by_key(|(seq, _)| *seq);
        entry(&mut files, &file).documents = docs.into_iter().map(|(_, d)| d).collect();
    }
    for (file, mut found) in links {
        found.sort_by_key(|(seq, _)| *seq);
        entry(&mut files, &file).links = found.into_iter().map(|(_, l)| l).collect();
    }
    let mut errors: Vec<String> = unfinished
        .iter()
        .map(|run| {
            format!(
                "{}: {run} was not finished (it wrote no files/ rows): its rows are left out; the next run of the job extracts its files again",
                dir.display()
            )
        })
        .collect();
    for (path, row, file, error, aliases) in file_table_rows {
        errors.extend(error);
        if let Some(json) = aliases {
            entry(&mut files, Path::new(&file)).aliases = parse(&json, (row + 1, "aliases"), path, dir)?;
        }
    }
    errors.sort();
    Ok(ParquetCorpus {
        extractions: files.into_values().collect(),
        errors,
    })
}

/// The run a table file belongs to: the `run=…` folder it lies in below
/// `dir` (the job partitions every table by run); `None` for tables
/// written without runs.
fn run_of(path: &Path, dir: &Path) -> Option<String> {
    path.strip_prefix(dir)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .find(|c| c.starts_with("run="))
        .map(|c| c.into_owned())
}

fn entry<'a>(files: &'a mut BTreeMap<PathBuf, Extraction>, file: &Path) -> &'a mut Extraction {
    files.entry(file.to_path_buf()).or_insert_with(|| Extraction {
        file: file.to_string_lossy().into_owned(),
        ..Extraction::default()
    })
}

/// The `.parquet` files under `dir` (any depth: partitions are folders),
/// sorted; none when `dir` does not exist.
fn parquet_files(dir: &Path) -> Result<Vec<PathBuf>, ParquetError> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|source| ParquetError::Io {
            path: folder.clone(),
            source,
        })?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.starts_with('_') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if name.ends_with(".parquet") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn format_error(path: &Path, dir: &Path, message: impl Into<String>) -> ParquetError {
    ParquetError::Format {
        path: path.to_path_buf(),
        message: message.into(),
        dir: dir.display().to_string(),
    }
}

fn open(path: &Path, dir: &Path) -> Result<SerializedFileReader<File>, ParquetError> {
    let io = |source| ParquetError::Io {
        path: path.to_path_buf(),
        source,
    };
    // Opening a FIFO named `part-0.parquet` would wait for a writer: look first.
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        let kind = crate::corpus::file_kind(&meta.file_type());
        return Err(format_error(path, dir, format!("{kind}, not a regular file")));
    }
    let file = File::open(path).map_err(io)?;
    SerializedFileReader::new(file).map_err(|e| format_error(path, dir, format!("not a Parquet file: {e}")))
}

/// `(row, file, seq, json)` of each row of a node or edge table, rows
/// counted from 1 in the file (as the messages name them).
fn rows(path: &Path, dir: &Path) -> Result<Vec<(usize, String, i64, String)>, ParquetError> {
    let reader = open(path, dir)?;
    let iter = reader
        .get_row_iter(None)
        .map_err(|e| format_error(path, dir, e.to_string()))?;
    let mut out = Vec::new();
    for row in iter {
        let row = row.map_err(|e| format_error(path, dir, e.to_string()))?;
        let (mut file, mut seq, mut json) = (None, None, None);
        for (name, field) in row.get_column_iter() {
            match (name.as_str(), field) {
                ("file", Field::Str(s)) => file = Some(s.clone()),
                ("json", Field::Str(s)) => json = Some(s.clone()),
                ("seq", Field::Long(n)) => seq = Some(*n),
                ("seq", Field::Int(n)) => seq = Some(i64::from(*n)),
                // The column is there with a value of another type (or null).
                ("file" | "json" | "seq", other) => {
                    let wants = if name == "seq" { "an integer" } else { "a string" };
                    return Err(format_error(
                        path,
                        dir,
                        format!(
                            "row {}: the {name} column holds {other}, not {wants}",
                            out.len() + 1
                        ),
                    ));
                }
                _ => {}
            }
        }
        match (file, seq, json) {
            (Some(file), Some(seq), Some(json)) => out.push((out.len() + 1, file, seq, json)),
            (file, seq, _) => {
                let missing = if file.is_none() {
                    "file"
                } else if seq.is_none() {
                    "seq"
                } else {
                    "json"
                };
                return Err(format_error(
                    path,
                    dir,
                    format!("the table has no {missing} column (the job writes file, seq and json)"),
                ));
            }
        }
    }
    Ok(out)
}

/// Each row of the files table: the file, `file: error` when it could not
/// be read, and the JSON of the joint symbols it cites (absent in tables
/// written before that column existed).
type FileRow = (String, Option<String>, Option<String>);

fn file_rows(path: &Path, dir: &Path) -> Result<Vec<FileRow>, ParquetError> {
    let reader = open(path, dir)?;
    let iter = reader
        .get_row_iter(None)
        .map_err(|e| format_error(path, dir, e.to_string()))?;
    let mut out = Vec::new();
    for row in iter {
        let row = row.map_err(|e| format_error(path, dir, e.to_string()))?;
        let (mut file, mut error, mut aliases) = (None, None, None);
        for (name, field) in row.get_column_iter() {
            match (name.as_str(), field) {
                ("file", Field::Str(s)) => file = Some(s.clone()),
                ("error", Field::Str(s)) => error = Some(s.clone()),
                ("aliases", Field::Str(s)) => aliases = Some(s.clone()),
                _ => {}
            }
        }
        let Some(file) = file else {
            return Err(format_error(
                path,
                dir,
                format!(
                    "row {}: no file name (a string in the file column)",
                    out.len() + 1
                ),
            ));
        };
        out.push((file, error, aliases));
    }
    Ok(out)
}

/// The JSON `cell` (its row, from 1, and column) of the table `path`; one
/// that does not parse is named by both ("row 3: the json column does not
/// parse as JSON: …").
fn parse<T: serde::de::DeserializeOwned>(
    json: &str,
    (row, column): (usize, &str),
    path: &Path,
    dir: &Path,
) -> Result<T, ParquetError> {
    serde_json::from_str(json).map_err(|e| {
        format_error(
            path,
            dir,
            format!("row {row}: the {column} column does not parse as JSON: {e}"),
        )
    })
}
