//! Typed errors, one enum per stage. Each variant's doc names an input that
//! triggers it. The binary wraps these with context (anyhow); the library
//! never prints.
//!
//! # Examples
//!
//! ```
//! use unxref::error::{LoadError, QueryError};
//! use unxref::{CitationGraph, Symbol};
//! // Each stage has its own error type, and each says what went wrong.
//! assert!("S/RES/12".parse::<Symbol>().is_err());
//! let corpus = unxref::extract_paths(&["no/such/file.txt"]);
//! assert!(matches!(corpus.errors[0], LoadError::Io { .. }));
//! let err = CitationGraph::new().query("what does 2531 cites").unwrap_err();
//! assert!(matches!(err, QueryError::Syntax(_)));
//! // All of them are std errors, so `?` gathers them in one Box<dyn Error>.
//! let _: Box<dyn std::error::Error> = Box::new(err);
//! ```

use std::path::{Path, PathBuf};

use thiserror::Error;

pub use crate::graph::export::ExportError;
pub use crate::graph::import::ImportError;
pub use crate::query::QueryError;
pub use crate::render::RenderError;
pub use crate::repl::ReplError;

/// A string that is not a UN document symbol.
///
/// Triggered by `"S/RES/12"` (no year) or `"X/2020/1"`.
///
/// # Examples
///
/// ```
/// use unxref::Symbol;
/// let err = "S/RES/12".parse::<Symbol>().unwrap_err();
/// assert!(err.to_string().starts_with("\"S/RES/12\" is "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{input:?} is {reason}")]
pub struct SymbolError {
    input: String,
    reason: &'static str,
}

impl SymbolError {
    pub(crate) fn new(input: &str, reason: &'static str) -> SymbolError {
        SymbolError {
            input: input.to_string(),
            reason,
        }
    }
}

/// The words every [`LoadError::NoTextLayer`] message holds, by which a
/// build's summary counts the scanned PDFs among the files skipped.
///
/// ```
/// use unxref::error::{LoadError, NO_TEXT_LAYER};
/// let err = LoadError::NoTextLayer { path: "UNMOT_S_1996_212.pdf".into(), pages: 12 };
/// assert!(err.to_string().contains(NO_TEXT_LAYER));
/// ```
pub const NO_TEXT_LAYER: &str = "no text layer";

/// A file or folder of the corpus that could not be read as text.
///
/// # Examples
///
/// ```
/// use unxref::error::LoadError;
/// let corpus = unxref::extract_paths(&["no/such/folder"]);
/// assert!(matches!(corpus.errors[0], LoadError::Io { .. }));
/// assert!(corpus.errors[0].to_string().starts_with("no/such/folder: cannot read"));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The path does not exist or cannot be opened: `unxref extract missing.txt`.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file holds NUL bytes or mostly control characters (an image, or a
    /// PDF named `.txt`).
    #[error(
        "{path}: looks like a binary file, not text (unxref reads .txt, .pdf, .docx, .doc and .html files by their extension)"
    )]
    Binary {
        /// The path concerned.
        path: PathBuf,
    },
    /// A document in a format unxref does not read (`.odt`, `.rtf`, `.wpd`,
    /// `.pages`, RTF named `.doc`), given by name or found in a folder.
    #[error(
        "{path}: a {format} file, which unxref does not read: convert it to .docx or PDF first (e.g. `libreoffice --headless --convert-to docx FILE`)"
    )]
    UnreadFormat {
        /// The path concerned.
        path: PathBuf,
        /// The format, in words.
        format: &'static str,
    },
    /// The file is empty or holds only white space.
    #[error("{path}: empty file, nothing to read")]
    Empty {
        /// The path concerned.
        path: PathBuf,
    },
    /// The file is larger than the loader's limit.
    #[error(
        "{path}: {size} bytes is more than the limit of {limit} bytes (raise it with --max-file-size BYTES, or ReadOptions::with_max_file_size in a program)"
    )]
    TooLarge {
        /// The path concerned.
        path: PathBuf,
        /// The file's size.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A folder given to the loader holds no file unxref reads.
    #[error("{path}: no .txt, .pdf, .docx, .doc or .html files found in this folder")]
    NoFiles {
        /// The folder concerned.
        path: PathBuf,
    },
    /// A symbolic link whose target does not exist (a moved or deleted
    /// file), given or met in a folder under a document's name.
    #[error("{path}: a symbolic link to {}, which does not exist: not read", .target.display())]
    DanglingLink {
        /// The link.
        path: PathBuf,
        /// Where it points.
        target: PathBuf,
    },
    /// Not a regular file: a FIFO, a device or a socket, refused without
    /// being opened (`unxref extract /dev/zero`).
    #[error("{path}: {kind}, not a regular file: not read (give unxref files or folders)")]
    NotRegular {
        /// The path concerned.
        path: PathBuf,
        /// What it is instead, in words.
        kind: &'static str,
    },
    /// A PDF whose pages hold no text layer: a scan, an image a page. Its
    /// text needs OCR first; the message names the tools.
    #[error(
        "{path}: {NO_TEXT_LAYER} ({pages} pages, none with text: a scanned PDF): OCR it first, e.g. `ocrmypdf {path} OCR.pdf` (Tesseract), then read the OCR'd copy"
    )]
    NoTextLayer {
        /// The path concerned.
        path: PathBuf,
        /// Its number of pages.
        pages: usize,
    },
    /// A PDF, Word or HTML file whose text cannot be taken out: damaged,
    /// encrypted, or not of the format its extension says.
    #[error("{path}: cannot read this {format} file: {reason}")]
    Unreadable {
        /// The path concerned.
        path: PathBuf,
        /// The format its extension names ("PDF", "Word").
        format: &'static str,
        /// What went wrong.
        reason: String,
    },
}

/// A graph snapshot that could not be written or read back.
///
/// # Examples
///
/// ```
/// use unxref::CitationGraph;
/// use unxref::error::SnapshotError;
/// // A text file is not a snapshot.
/// let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md"));
/// let err = CitationGraph::load(path).unwrap_err();
/// assert!(matches!(err, SnapshotError::NotASnapshot { .. }));
/// assert!(err.to_string().contains("not an unxref graph snapshot"));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum SnapshotError {
    /// The file cannot be opened, read or written: a missing path, a
    /// symbolic link to nothing, a full disk.
    #[error(
        "{path}: {}",
        io_problem(
            path,
            source,
            "give the snapshot file `unxref build PATH -o FILE` wrote, or read files with --corpus PATH"
        )
    )]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file does not start with the snapshot header: a text file, a PNG.
    #[error("{path}: not an unxref graph snapshot (build one with `unxref build PATH -o FILE`)")]
    NotASnapshot {
        /// The path concerned.
        path: PathBuf,
    },
    /// The snapshot was written by a format version this build cannot read.
    #[error(
        "{path}: {}",
        if .found > .expected {
            format!("snapshot made by a newer unxref (format version {found}; this one reads version {expected}); update unxref, or rebuild the snapshot with `unxref build`")
        } else {
            format!("snapshot made by an older unxref (format version {found}; this one reads version {expected}); rebuild it with `unxref build`")
        }
    )]
    Version {
        /// The path concerned.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The payload is cut short or its checksum does not match: a truncated copy, flipped bits.
    #[error("{path}: snapshot is corrupted ({reason}); rebuild it with `unxref build`")]
    Corrupted {
        /// The path concerned.
        path: PathBuf,
        /// What check failed.
        reason: String,
    },
    /// The target exists and is not an unxref snapshot; it is left alone.
    #[error("{path}: exists and is not an unxref snapshot; refusing to overwrite it (use --force)")]
    WouldOverwrite {
        /// The path concerned.
        path: PathBuf,
    },
    /// The snapshot could not be written: `build -o /dev/null`, a missing folder.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// An output file that could not be written: a snapshot, an export, a
/// diagram. Every writer checks its target the same way
/// ([`crate::output`]), and `--force` never overrides these.
///
/// # Examples
///
/// ```
/// use unxref::error::WriteError;
/// let dir = tempfile::tempdir()?;
/// let err = unxref::output::write_atomically(&dir.path().join("missing/g.json"), b"{}").unwrap_err();
/// assert!(matches!(err, WriteError::NoFolder { .. }));
/// assert!(err.to_string().contains("does not exist"));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The target is a device, a FIFO or a socket: `export -o /dev/null`.
    #[error(
        "{path}: is {kind}, not a regular file; unxref writes only regular files, even with --force (give a file's path)"
    )]
    NotAFile {
        /// The path concerned.
        path: PathBuf,
        /// What it is ("a character device", "a FIFO (named pipe)", …).
        kind: &'static str,
    },
    /// The target is a folder: `build data -o data`.
    #[error("{path}: is a folder; give the path of a file (e.g. {})", .path.join("graph.unxref").display())]
    IsAFolder {
        /// The path concerned.
        path: PathBuf,
    },
    /// The folder the target would go into does not exist:
    /// `export -o results/graph.json` before `results/` is made. No writer
    /// creates folders above its output.
    #[error("{path}: the folder {} does not exist; create it first (mkdir -p {})", .folder.display(), .folder.display())]
    NoFolder {
        /// The path concerned.
        path: PathBuf,
        /// The missing folder (or the path that is not a folder).
        folder: PathBuf,
    },
    /// The target is what the command reads, or a document of a corpus
    /// folder it reads: `build data -o data/graph.txt`, `.save` over the
    /// snapshot's own input (see [`crate::output::refuse_among_inputs`]).
    #[error(
        "{path}: {}; {}",
        if *.in_folder {
            format!("is a file of the corpus this command reads ({}), which the next build would read as a document", .input.display())
        } else {
            format!("is the input of this command too ({})", .input.display())
        },
        if *.in_folder { "write to a file outside it" } else { "write to another file" }
    )]
    AmongInputs {
        /// The path concerned.
        path: PathBuf,
        /// The input it is, or the corpus folder it lies in.
        input: PathBuf,
        /// True when `path` lies in the corpus folder `input`.
        in_folder: bool,
    },
    /// Another writer of several files is writing into the folder now: two
    /// `export --format csv -o DIR` at once (see
    /// [`crate::output::lock_folder`]).
    #[error(
        "{path}: another unxref is exporting into this folder now; wait until it is done, or give another folder"
    )]
    Busy {
        /// The folder.
        path: PathBuf,
    },
    /// Creating, writing or renaming failed: a read-only folder, a full
    /// disk, a file-size limit (`ulimit -f`).
    #[error("{path}: cannot write: {source}{}", write_advice(.source))]
    Io {
        /// The path the user gave (never the temporary file).
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// What to do about a failed write, when the system's message alone does
/// not say: a file over the process's file-size limit (`ulimit -f`), which
/// reads "File too large" as if the file system were at fault; a full disk;
/// a read-only file system.
///
/// # Examples
///
/// ```
/// use std::io::{Error, ErrorKind};
/// let advice = unxref::error::write_advice(&Error::from(ErrorKind::FileTooLarge));
/// assert!(advice.contains("ulimit -f"));
/// assert!(unxref::error::write_advice(&Error::from(ErrorKind::StorageFull)).contains("free some space"));
/// assert_eq!(unxref::error::write_advice(&Error::from(ErrorKind::PermissionDenied)), "");
/// ```
pub fn write_advice(error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::FileTooLarge => {
            "; the file is larger than this process may write (`ulimit -f`); raise the limit (ulimit -f unlimited) and run again"
        }
        // Said by the system alone ("No space left on device", "Read-only
        // file system"), each left the user to guess what to do.
        std::io::ErrorKind::StorageFull => {
            "; the disk (or quota) holding it is full; free some space, or write to another disk"
        }
        std::io::ErrorKind::ReadOnlyFilesystem => {
            "; its file system is mounted read-only; write to a folder on another one"
        }
        _ => "",
    }
}

/// An actor dictionary (`data/actors.toml` or a user's replacement) that
/// cannot be used.
///
/// # Examples
///
/// ```
/// use unxref::extract::ActorDictionary;
/// use unxref::error::DictionaryError;
/// let err = ActorDictionary::from_toml_str("[[actor]\nname = \"MINUSMA\"").unwrap_err();
/// assert!(matches!(err, DictionaryError::Syntax { .. }));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum DictionaryError {
    /// The file cannot be read: `ActorDictionary::from_path("missing.toml")`.
    #[error("{path}: cannot read the actor dictionary: {source}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The text is not TOML of the dictionary's shape: an unclosed `[[actor]`,
    /// an unknown key such as `acronym = ` for `acronyms = `.
    #[error("{origin}: not a valid actor dictionary: {message}")]
    Syntax {
        /// Where the dictionary came from (a path, or `bundled data/actors.toml`).
        origin: String,
        /// The TOML parser's message, with line and column.
        message: String,
    },
    /// An entry breaks a rule of the format: an empty name, an unknown
    /// `category`, `established_by = "2374"` (not a resolution symbol), an
    /// alias with `from` after `until`, two entries with one id.
    #[error("{origin}: {entry}: {message}")]
    Invalid {
        /// Where the dictionary came from.
        origin: String,
        /// The entry concerned (its id or name).
        entry: String,
        /// What is wrong, and how to fix it.
        message: String,
    },
}

/// Letters of another script drawn like Latin ones, each with the Latin
/// letter it is mistaken for: Cyrillic and Greek capitals and small letters
/// (a Cyrillic `С` typed or pasted into `S/RES`).
const LOOKALIKES: &[(char, char, &str)] = &[
    ('А', 'A', "Cyrillic"),
    ('В', 'B', "Cyrillic"),
    ('Е', 'E', "Cyrillic"),
    ('К', 'K', "Cyrillic"),
    ('М', 'M', "Cyrillic"),
    ('Н', 'H', "Cyrillic"),
    ('О', 'O', "Cyrillic"),
    ('Р', 'P', "Cyrillic"),
    ('С', 'C', "Cyrillic"),
    ('Т', 'T', "Cyrillic"),
    ('Х', 'X', "Cyrillic"),
    ('Ѕ', 'S', "Cyrillic"),
    ('І', 'I', "Cyrillic"),
    ('Ј', 'J', "Cyrillic"),
    ('а', 'a', "Cyrillic"),
    ('е', 'e', "Cyrillic"),
    ('о', 'o', "Cyrillic"),
    ('р', 'p', "Cyrillic"),
    ('с', 'c', "Cyrillic"),
    ('у', 'y', "Cyrillic"),
    ('х', 'x', "Cyrillic"),
    ('ѕ', 's', "Cyrillic"),
    ('і', 'i', "Cyrillic"),
    ('ј', 'j', "Cyrillic"),
    ('Α', 'A', "Greek"),
    ('Β', 'B', "Greek"),
    ('Ε', 'E', "Greek"),
    ('Ζ', 'Z', "Greek"),
    ('Η', 'H', "Greek"),
    ('Ι', 'I', "Greek"),
    ('Κ', 'K', "Greek"),
    ('Μ', 'M', "Greek"),
    ('Ν', 'N', "Greek"),
    ('Ο', 'O', "Greek"),
    ('Ρ', 'P', "Greek"),
    ('Τ', 'T', "Greek"),
    ('Υ', 'Y', "Greek"),
    ('Χ', 'X', "Greek"),
    ('ο', 'o', "Greek"),
];

/// What a person most likely did not mean to type in `text`, for the note
/// under a failed query or command: control characters, invisible ones (zero-width
/// spaces), full-width forms, and letters of another script drawn like
/// Latin ones inside a word that also holds Latin letters or digits (the
/// Cyrillic `С` of `С/RES/2164`). `None` when there is none; the text is
/// not changed, since a Cyrillic name may be meant.
///
/// # Examples
///
/// ```
/// use unxref::error::unexpected_characters;
/// let note = unexpected_characters("what cites С/RES/2164 (2014)").unwrap();
/// assert!(note.contains("\"С\" (U+0421, a Cyrillic letter drawn like the Latin \"C\")"), "{note}");
/// assert!(unexpected_characters("what cites 2164\u{1}").unwrap().contains("U+0001 (a control character)"));
/// assert_eq!(unexpected_characters("what mentions Côte d’Ivoire"), None);
/// assert_eq!(unexpected_characters("what mentions Россия"), None);
/// ```
pub fn unexpected_characters(text: &str) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    let mut note = |what: String| {
        if !found.contains(&what) {
            found.push(what);
        }
    };
    for word in text.split([' ', '\n', '\t']) {
        let latin = word.chars().any(|c| c.is_ascii_alphanumeric() || c == '/');
        for c in word.chars() {
            let code = c as u32;
            if c.is_control() && c != '\r' {
                note(format!("U+{code:04X} (a control character)"));
            } else if matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{202a}'..='\u{202e}')
            {
                note(format!("U+{code:04X} (an invisible character)"));
            } else if ('\u{ff01}'..='\u{ff5e}').contains(&c) {
                let plain = char::from_u32(code - 0xfee0).unwrap_or(c);
                note(format!(
                    "\"{c}\" (U+{code:04X}, the full-width form of \"{plain}\")"
                ));
            } else if latin
                && let Some((_, like, script)) = LOOKALIKES.iter().find(|(other, _, _)| *other == c)
            {
                note(format!(
                    "\"{c}\" (U+{code:04X}, a {script} letter drawn like the Latin \"{like}\")"
                ));
            }
        }
    }
    (!found.is_empty()).then(|| {
        format!(
            "the input holds {}: retype it in plain letters, digits and punctuation",
            found.join(", ")
        )
    })
}

/// An error message as a terminal shows it: each control character but
/// line feed and tab (echoed from the input, it could move the cursor or
/// recolour the screen) becomes `\u{fffd}`, one column wide like the
/// character it stands for, so a caret under the input still points at
/// the right column.
///
/// # Examples
///
/// ```
/// use unxref::error::for_terminal;
/// assert_eq!(for_terminal("found \"\u{1b}[31m\"\n  ^"), "found \"\u{fffd}[31m\"\n  ^");
/// ```
pub fn for_terminal(message: &str) -> String {
    message
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// What the system's error `source` on `path` means for a path the user
/// gave to be read: one that is not there ("does not exist", or "a symbolic
/// link to T, which does not exist") or not a folder gets `then`, what to
/// give instead; other errors (permission denied) are the system's words.
pub(crate) fn io_problem(path: &Path, source: &std::io::Error, then: &str) -> String {
    match source.kind() {
        std::io::ErrorKind::NotFound => format!("{}; {then}", not_found(path)),
        std::io::ErrorKind::NotADirectory => format!("is not a folder; {then}"),
        _ => source.to_string(),
    }
}

/// Why `path`, which the system says is not there, is not: "a symbolic
/// link to T, which does not exist" (a moved or deleted file), or "does
/// not exist".
pub(crate) fn not_found(path: &Path) -> String {
    match std::fs::read_link(path) {
        Ok(target) => format!("a symbolic link to {}, which does not exist", target.display()),
        Err(_) => "does not exist".to_string(),
    }
}
