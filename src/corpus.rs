//! Reading a corpus from disk: files and folders (recursively), UTF-8 with or
//! without BOM, Windows-1252 as the fallback, any line ending. Each file that
//! cannot be read gets its own [`LoadError`]; the rest still load.
//!
//! # Examples
//!
//! ```
//! use std::path::PathBuf;
//! use unxref::corpus::{DEFAULT_MAX_FILE_SIZE, collect_files, read_file};
//! let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
//! let (files, errors) = collect_files(&[data]);
//! assert!(errors.is_empty());
//! for file in &files {
//!     let source = read_file(file, DEFAULT_MAX_FILE_SIZE)?;
//!     assert!(!source.text.contains('\r'));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::LoadError;

/// The encoding a file was decoded from.
///
/// # Examples
///
/// ```
/// use unxref::corpus::{TextEncoding, decode};
/// assert_eq!(decode("a.txt", "Résolution".as_bytes())?.encoding, TextEncoding::Utf8);
/// assert_eq!(decode("b.txt", b"\xEF\xBB\xBFS/RES/2531 (2020)")?.encoding, TextEncoding::Utf8Bom);
/// assert_eq!(decode("c.txt", b"R\xe9solution")?.encoding, TextEncoding::Windows1252);
/// # Ok::<(), unxref::error::LoadError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextEncoding {
    /// UTF-8 (or plain ASCII) without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark, which is dropped.
    Utf8Bom,
    /// Windows-1252, used when the bytes are not valid UTF-8.
    Windows1252,
}

/// One file's text, decoded, with every line ending turned into `\n`.
///
/// Lines are counted as `grep -n` counts them (see `unify_line_endings`),
/// so line numbers in [`SourceText::text`] are the ones `grep -n` and
/// `sed -n Np` give for the original file.
///
/// # Examples
///
/// ```
/// use unxref::corpus::decode;
/// let source = decode("letter.txt", b"Letter dated 24 June 2020\r\nfrom the President\r\n")?;
/// assert_eq!(source.text, "Letter dated 24 June 2020\nfrom the President\n");
/// assert_eq!((source.path.as_str(), source.bytes), ("letter.txt", 47));
/// # Ok::<(), unxref::error::LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// The path as given (or as found under a given folder).
    pub path: String,
    /// The decoded text, `\n` line endings only.
    pub text: String,
    /// What it was decoded from.
    pub encoding: TextEncoding,
    /// Size of the file in bytes.
    pub bytes: u64,
}

/// Default largest file the loader reads: 256 MiB.
///
/// # Examples
///
/// ```
/// use unxref::corpus::{DEFAULT_MAX_FILE_SIZE, read_file};
/// let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt"));
/// assert!(read_file(path, DEFAULT_MAX_FILE_SIZE).is_ok());
/// ```
pub const DEFAULT_MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// Decode a file's bytes. `path` is used only for messages and the result.
///
/// ```
/// use unxref::corpus::{decode, TextEncoding};
/// let t = decode("x.txt", b"caf\xe9\r\nline 2\r\nline 3")?;
/// assert_eq!(t.text, "caf\u{e9}\nline 2\nline 3");
/// assert_eq!(t.encoding, TextEncoding::Windows1252);
/// # Ok::<(), unxref::error::LoadError>(())
/// ```
pub fn decode(path: &str, bytes: &[u8]) -> Result<SourceText, LoadError> {
    let pathbuf = || PathBuf::from(path);
    if looks_binary(bytes) {
        return Err(LoadError::Binary { path: pathbuf() });
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), TextEncoding::Utf8Bom)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), TextEncoding::Utf8),
            Err(_) => {
                let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (cow.into_owned(), TextEncoding::Windows1252)
            }
        }
    };
    let text = unify_line_endings(&text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: pathbuf() });
    }
    Ok(SourceText {
        path: path.to_string(),
        text,
        encoding,
        bytes: bytes.len() as u64,
    })
}

/// Line endings become `\n`, counted the way `grep -n` and `sed -n Np`
/// count them: in a text that has `\n` line feeds, only they break lines,
/// so `\r\n` and `\r\r\n` (776 files of the SC corpus end their lines
/// so) are one break and a stray `\r` inside a line becomes a space. A text
/// with no `\n` at all (old Mac files) breaks at each `\r`.
fn unify_line_endings(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    if !text.contains('\n') {
        return text.replace('\r', "\n");
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\r') {
        out.push_str(&rest[..i]);
        let run = rest[i..].bytes().take_while(|&b| b == b'\r').count();
        rest = &rest[i + run..];
        if !rest.starts_with('\n') {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

/// A NUL byte in the first 8 KiB, or more than one byte in ten a control
/// character other than tab, line feed, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    controls * 10 > head.len()
}

/// Read and decode one file, refusing files over `max_size` bytes.
///
/// # Examples
///
/// ```
/// use unxref::corpus::read_file;
/// use unxref::error::LoadError;
/// let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/data/003_cdd006968fa2855b.txt"));
/// let source = read_file(path, 1 << 20)?;
/// assert!(source.text.contains("S/2014/660"));
/// // A limit below the file's size refuses it.
/// assert!(matches!(read_file(path, 100), Err(LoadError::TooLarge { .. })));
/// # Ok::<(), LoadError>(())
/// ```
pub fn read_file(path: &Path, max_size: u64) -> Result<SourceText, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > max_size {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: max_size,
        });
    }
    let bytes = fs::read(path).map_err(io)?;
    decode(&path.to_string_lossy(), &bytes)
}

/// The files a list of paths names: files as given, folders walked
/// recursively for `.txt` files (hidden entries skipped), in sorted order.
/// A path that does not exist, or a folder with no `.txt` file, is an error
/// of its own; the other paths are still listed.
///
/// # Examples
///
/// ```
/// use std::path::PathBuf;
/// use unxref::corpus::collect_files;
/// let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let (files, errors) = collect_files(&[data.clone(), data.join("missing.txt")]);
/// // The five seed texts, sorted; README.md and actors.toml are not taken.
/// assert_eq!(files.len(), 5);
/// assert!(files[0].ends_with("000_5084318a0e7514bb.txt"));
/// assert_eq!(errors.len(), 1);
/// assert!(errors[0].to_string().contains("missing.txt: cannot read"));
/// ```
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let before = files.len();
                walk(path, &mut files, &mut errors, &mut HashSet::new());
                if files.len() == before {
                    errors.push(LoadError::NoFiles { path: path.clone() });
                }
            }
            Ok(_) => files.push(path.clone()),
            Err(source) => errors.push(LoadError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    (files, errors)
}

/// `visited` holds the canonical path of every folder walked, so a symbolic
/// link back up the tree (`a/up -> ..`) is not followed round and round.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>, visited: &mut HashSet<PathBuf>) {
    if let Ok(canonical) = fs::canonicalize(dir)
        && !visited.insert(canonical)
    {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(LoadError::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, files, errors, visited);
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_keep_line_numbers() {
        // As grep -n counts: `\r\r\n` is one break, a stray `\r` none.
        assert_eq!(unify_line_endings("a\r\r\nb\rc\r\n"), "a\nb c\n");
        assert_eq!(unify_line_endings("a\rb\r"), "a\nb\n");
    }

    #[test]
    fn bom_is_dropped() {
        let t = decode("x", b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!((t.text.as_str(), t.encoding), ("hello", TextEncoding::Utf8Bom));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(matches!(
            decode("x", b"%PDF\0\x01\x02"),
            Err(LoadError::Binary { .. })
        ));
        assert!(matches!(decode("x", b" \r\n\t"), Err(LoadError::Empty { .. })));
        assert!(matches!(decode("x", b""), Err(LoadError::Empty { .. })));
    }
}
