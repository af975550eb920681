//! Reading a corpus from disk: files and folders (recursively), plain text
//! (UTF-8 with or without BOM, UTF-16 with a BOM or without one when its
//! text is mostly Latin, Windows-1252 as the
//! fallback, any line ending), PDF, Word (`.docx`, `.doc`) and HTML (through
//! [`crate::read`]). Only regular files are opened: a FIFO or a device is
//! refused without being opened, the size limit holds while reading, symbolic
//! links to folders are not followed unless asked, and a file reached twice
//! is read once. Each file that cannot be read gets its own [`LoadError`];
//! the rest still load.
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

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::LoadError;
use crate::read::{self, Format};

/// The encoding a file was decoded from.
///
/// # Examples
///
/// ```
/// use unxref::corpus::{TextEncoding, decode};
/// assert_eq!(decode("a.txt", "Résolution".as_bytes())?.encoding, TextEncoding::Utf8);
/// assert_eq!(decode("b.txt", b"\xEF\xBB\xBFS/RES/2531 (2020)")?.encoding, TextEncoding::Utf8Bom);
/// assert_eq!(decode("c.txt", b"R\xe9solution")?.encoding, TextEncoding::Windows1252);
/// assert_eq!(decode("d.txt", b"\xFF\xFEO\0K\0")?.encoding, TextEncoding::Utf16Le);
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
    /// UTF-16 little-endian, recognised by its byte order mark `FF FE`, or
    /// without one by the NUL high byte of its Latin characters.
    Utf16Le,
    /// UTF-16 big-endian, recognised by its byte order mark `FE FF`, or
    /// without one by the NUL high byte of its Latin characters.
    Utf16Be,
}

/// One file's text, decoded, with every line ending turned into `\n`.
///
/// Lines are counted as `grep -n` counts them (see `unify_line_endings`),
/// so line numbers in [`SourceText::text`] are the ones `grep -n` and
/// `sed -n Np` give for the original file.
/// A PDF's text holds its pages in order, each page after the first
/// starting with a form feed (`\x0c`) as `pdftotext` writes them, and
/// [`SourceText::pages`] says on which line each page starts.
///
/// # Examples
///
/// ```
/// use unxref::corpus::decode;
/// let source = decode("letter.txt", b"Letter dated 24 June 2020\r\nfrom the President\r\n")?;
/// assert_eq!(source.text, "Letter dated 24 June 2020\nfrom the President\n");
/// assert_eq!((source.path.as_str(), source.bytes), ("letter.txt", 47));
/// assert!(source.pages.is_empty());
/// # Ok::<(), unxref::error::LoadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText {
    /// The path as given (or as found under a given folder).
    pub path: String,
    /// The decoded text, `\n` line endings only.
    pub text: String,
    /// What it was decoded from (for PDF, Word and HTML: the text's encoding
    /// once taken out of the file, UTF-8).
    pub encoding: TextEncoding,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// The file's format.
    pub format: Format,
    /// For a paged format (PDF): the 1-based line of [`SourceText::text`] on
    /// which each page starts, page 1 first. Empty for other formats.
    pub pages: Vec<u32>,
    /// For Word files: the 1-based line of [`SourceText::text`] on which the
    /// footnotes and endnotes start (they follow the body, away from the
    /// paragraphs their marks stand in). `None` for other formats.
    pub notes: Option<u32>,
}

impl SourceText {
    /// Where line `line` of [`SourceText::text`] stands in the original: the
    /// page and the line on that page for a paged source, else no page and
    /// the line itself. Evidence carries this location.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::corpus::SourceText;
    /// let mut source = unxref::corpus::decode("a.txt", b"one\ntwo\nthree\n")?;
    /// assert_eq!(source.locate(3), (None, 3));
    /// // As for a PDF whose page 2 starts on line 3.
    /// source.pages = vec![1, 3];
    /// assert_eq!(source.locate(2), (Some(1), 2));
    /// assert_eq!(source.locate(4), (Some(2), 2));
    /// # Ok::<(), unxref::error::LoadError>(())
    /// ```
    pub fn locate(&self, line: u32) -> (Option<u32>, u32) {
        let page = self.pages.partition_point(|&start| start <= line);
        if page == 0 {
            return (None, line);
        }
        (Some(page as u32), line - self.pages[page - 1] + 1)
    }
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

/// How a corpus is found and read: the largest file read, and whether the
/// walk of a folder follows symbolic links to folders.
///
/// # Examples
///
/// ```
/// use unxref::corpus::{DEFAULT_MAX_FILE_SIZE, ReadOptions};
/// let options = ReadOptions::default();
/// assert_eq!((options.max_file_size, options.follow_links), (DEFAULT_MAX_FILE_SIZE, false));
/// let options = options.with_max_file_size(1 << 20).with_follow_links(true);
/// assert_eq!((options.max_file_size, options.follow_links), (1 << 20, true));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Files larger than this many bytes are refused (checked before and
    /// while reading).
    pub max_file_size: u64,
    /// Follow symbolic links to folders during a walk (each folder once,
    /// never onto another file system). Off by default: `/proc` and home
    /// folders hold links to the whole file system.
    pub follow_links: bool,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            follow_links: false,
        }
    }
}

impl ReadOptions {
    /// These options with another size limit.
    ///
    /// ```
    /// let options = unxref::corpus::ReadOptions::default().with_max_file_size(512);
    /// assert_eq!(options.max_file_size, 512);
    /// ```
    pub fn with_max_file_size(self, max_file_size: u64) -> ReadOptions {
        ReadOptions {
            max_file_size,
            ..self
        }
    }

    /// These options, following symbolic links to folders or not.
    ///
    /// ```
    /// let options = unxref::corpus::ReadOptions::default().with_follow_links(true);
    /// assert!(options.follow_links);
    /// ```
    pub fn with_follow_links(self, follow_links: bool) -> ReadOptions {
        ReadOptions { follow_links, ..self }
    }
}

/// Decode a text file's bytes. `path` is used only for messages and the result.
///
/// ```
/// use unxref::corpus::{decode, TextEncoding};
/// let t = decode("x.txt", b"caf\xe9\r\nline 2\r\nline 3")?;
/// assert_eq!(t.text, "caf\u{e9}\nline 2\nline 3");
/// assert_eq!(t.encoding, TextEncoding::Windows1252);
/// // UTF-16 with a byte order mark, either way round.
/// let t = decode("y.txt", b"\xFE\xFF\0S\0/\0R\0E\0S")?;
/// assert_eq!((t.text.as_str(), t.encoding), ("S/RES", TextEncoding::Utf16Be));
/// # Ok::<(), unxref::error::LoadError>(())
/// ```
pub fn decode(path: &str, bytes: &[u8]) -> Result<SourceText, LoadError> {
    decode_owned(path, bytes.to_vec())
}

/// [`decode`] of bytes the caller gives up: valid UTF-8 without carriage
/// returns becomes the text in place, with no copy, so a file's text costs
/// its size once, not two or three times.
fn decode_owned(path: &str, bytes: Vec<u8>) -> Result<SourceText, LoadError> {
    let pathbuf = || PathBuf::from(path);
    let size = bytes.len() as u64;
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some((encoding_rs::UTF_16LE, TextEncoding::Utf16Le, 2))
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some((encoding_rs::UTF_16BE, TextEncoding::Utf16Be, 2))
    } else {
        utf16_without_bom(&bytes).map(|(codec, encoding)| (codec, encoding, 0))
    };
    let (text, encoding) = if let Some((codec, encoding, bom)) = utf16 {
        let (cow, _) = codec.decode_without_bom_handling(&bytes[bom..]);
        if looks_binary(cow.as_bytes()) {
            return Err(LoadError::Binary { path: pathbuf() });
        }
        (cow.into_owned(), encoding)
    } else if looks_binary(&bytes) {
        return Err(LoadError::Binary { path: pathbuf() });
    } else if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), TextEncoding::Utf8Bom)
    } else {
        match String::from_utf8(bytes) {
            Ok(s) => (s, TextEncoding::Utf8),
            Err(e) => {
                let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(e.as_bytes());
                (cow.into_owned(), TextEncoding::Windows1252)
            }
        }
    };
    let text = unify_line_endings_owned(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: pathbuf() });
    }
    Ok(SourceText {
        path: path.to_string(),
        text,
        encoding,
        bytes: size,
        format: Format::Text,
        pages: Vec::new(),
        notes: None,
    })
}

/// [`unify_line_endings`] of a text given up: returned as it is when it
/// holds no carriage return.
fn unify_line_endings_owned(text: String) -> String {
    if text.contains('\r') {
        unify_line_endings(&text)
    } else {
        text
    }
}

/// Line endings become `\n`, counted the way `grep -n` and `sed -n Np`
/// count them: in a text that has `\n` line feeds, only they break lines,
/// so `\r\n` and `\r\r\n` (776 files of the SC corpus end their lines
/// so) are one break and a stray `\r` inside a line becomes a space. A text
/// with no `\n` at all (old Mac files) breaks at each `\r`.
pub(crate) fn unify_line_endings(text: &str) -> String {
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

/// UTF-16 without a byte order mark (saved so by some Windows tools), told
/// by its length and its NUL bytes: an even number of bytes, and in the
/// first 8 KiB at least half of the characters have a NUL high byte
/// (Latin text) and no low byte is NUL, where a binary file's NULs fall
/// either side. The decoded text must still pass [`looks_binary`].
fn utf16_without_bom(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, TextEncoding)> {
    let head = &bytes[..bytes.len().min(8192)];
    let pairs = head.len() / 2;
    if !bytes.len().is_multiple_of(2) || pairs < 4 {
        return None;
    }
    let nul_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd * 2 >= pairs && even == 0 {
        Some((encoding_rs::UTF_16LE, TextEncoding::Utf16Le))
    } else if even * 2 >= pairs && odd == 0 {
        Some((encoding_rs::UTF_16BE, TextEncoding::Utf16Be))
    } else {
        None
    }
}

/// A NUL byte in the first 8 KiB, or more than one byte in ten a control
/// character other than tab, line feed, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    // Counted in bytes, 255 at a time, then summed: byte lanes the compiler
    // vectorises sixteen or thirty-two at a time (a count in `usize` took
    // three instructions a byte, a twentieth of a build's reading).
    let controls: usize = head
        .chunks(255)
        .map(|chunk| {
            let count = chunk.iter().fold(0u8, |count, &b| {
                let control = b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' && b != 0x0c;
                count.wrapping_add(u8::from(control))
            });
            usize::from(count)
        })
        .sum();
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
    read_file_with(path, &ReadOptions::default().with_max_file_size(max_size))
}

/// Read one file with the given options: a text file is decoded, a PDF,
/// `.docx`, `.doc` or HTML file (by its extension) has its text taken out. Anything
/// but a regular file (a FIFO, a device, a socket) is refused without being
/// opened, so reading never blocks; the size limit holds while reading too,
/// for files whose reported size is not their real one.
///
/// # Examples
///
/// ```
/// use unxref::corpus::{ReadOptions, read_file_with};
/// use unxref::error::LoadError;
/// let err = read_file_with("/dev/zero".as_ref(), &ReadOptions::default()).unwrap_err();
/// assert!(matches!(err, LoadError::NotRegular { .. }));
/// assert!(err.to_string().starts_with("/dev/zero: a character device, not a regular file"));
/// ```
pub fn read_file_with(path: &Path, options: &ReadOptions) -> Result<SourceText, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    // metadata() follows links and never opens the file: a FIFO is refused
    // here, before open() could block on it.
    let meta = fs::metadata(path).map_err(io)?;
    if let Some(format) = Format::unread_document(path) {
        return Err(LoadError::UnreadFormat {
            path: path.to_path_buf(),
            format,
        });
    }
    check_regular(path, &meta)?;
    let too_large = |size| LoadError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: options.max_file_size,
    };
    if meta.len() > options.max_file_size {
        return Err(too_large(meta.len()));
    }
    let file = fs::File::open(path).map_err(io)?;
    // The path may have been replaced between the two looks.
    check_regular(path, &file.metadata().map_err(io)?)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(options.max_file_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > options.max_file_size {
        return Err(too_large(bytes.len() as u64));
    }
    let name = path.to_string_lossy();
    match Format::of(path) {
        Format::Text => decode_owned(&name, bytes),
        format => read::extract(&name, &bytes, format),
    }
}

/// Refuse what is not a regular file, naming what it is.
fn check_regular(path: &Path, meta: &fs::Metadata) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    Err(LoadError::NotRegular {
        path: path.to_path_buf(),
        kind: file_kind(&meta.file_type()),
    })
}

/// What a file that is not a regular file is, in words.
pub(crate) fn file_kind(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// The files a list of paths names: files as given, folders walked
/// recursively for the formats unxref reads (`.txt`, `.pdf`, `.docx`, `.doc`,
/// `.html`, `.htm`; hidden entries skipped), in sorted order, each file once
/// however often it is reached. A path that does not exist, or a folder with
/// no file to read, is an error of its own; the other paths are still listed.
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
/// // The same folder twice is read once.
/// assert_eq!(collect_files(&[data.clone(), data]).0.len(), 5);
/// ```
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    collect_files_with(paths, &ReadOptions::default())
}

/// [`collect_files`] with options (following links to folders or not).
///
/// ```
/// use std::path::PathBuf;
/// use unxref::corpus::{ReadOptions, collect_files_with};
/// let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let (files, errors) = collect_files_with(&[data], &ReadOptions::default().with_follow_links(true));
/// assert_eq!((files.len(), errors.len()), (5, 0));
/// ```
pub fn collect_files_with(paths: &[PathBuf], options: &ReadOptions) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut walk = Walk {
        options,
        files: Vec::new(),
        errors: Vec::new(),
        seen_files: HashSet::new(),
        seen_dirs: HashMap::new(),
    };
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let found = walk.walk_root(path, &meta);
                if found == 0 {
                    walk.errors.push(LoadError::NoFiles { path: path.clone() });
                }
            }
            Ok(_) => walk.add(path.clone()),
            Err(source) => walk.errors.push(unreachable_path(path, source)),
        }
    }
    (walk.files, walk.errors)
}

/// Why `path`, which could not be looked at, is not read: a symbolic link
/// to nothing, or the system's error.
fn unreachable_path(path: &Path, source: std::io::Error) -> LoadError {
    match fs::read_link(path) {
        Ok(target) => LoadError::DanglingLink {
            path: path.to_path_buf(),
            target,
        },
        Err(_) => LoadError::Io {
            path: path.to_path_buf(),
            source,
        },
    }
}

/// One walk over the paths given: what it found, and what it has seen (by
/// canonical path) so that nothing is listed or walked twice.
struct Walk<'a> {
    options: &'a ReadOptions,
    files: Vec<PathBuf>,
    errors: Vec<LoadError>,
    seen_files: HashSet<PathBuf>,
    /// Each folder walked, with the number of readable files under it.
    seen_dirs: HashMap<PathBuf, usize>,
}

impl Walk<'_> {
    /// List a file unless it was listed already under another path.
    fn add(&mut self, path: PathBuf) {
        let key = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        self.add_as(path, key);
    }

    /// List a file, known by its canonical path `key`, unless it was listed
    /// already.
    fn add_as(&mut self, path: PathBuf, key: PathBuf) {
        if self.seen_files.insert(key) {
            self.files.push(path);
        }
    }

    /// Walk a folder given by the user; the number of readable files found
    /// under it, counting those already listed from another path.
    fn walk_root(&mut self, dir: &Path, meta: &fs::Metadata) -> usize {
        let device = device_of(meta);
        let mut found = 0;
        self.walk(dir, device, &mut found);
        found
    }

    fn walk(&mut self, dir: &Path, device: Option<u64>, found: &mut usize) {
        let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if let Some(&count) = self.seen_dirs.get(&canonical) {
            // Walked already (the same folder given twice, or a link back up
            // the tree): its files count as found, none is listed again.
            *found += count;
            return;
        }
        self.seen_dirs.insert(canonical.clone(), 0);
        let before = *found;
        self.walk_entries(dir, &canonical, device, found);
        self.seen_dirs.insert(canonical, *found - before);
    }

    /// Walk the entries of `dir`, whose canonical path is `canonical`.
    fn walk_entries(&mut self, dir: &Path, canonical: &Path, device: Option<u64>, found: &mut usize) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(source) => {
                self.errors.push(LoadError::Io {
                    path: dir.to_path_buf(),
                    source,
                });
                return;
            }
        };
        let mut entries: Vec<fs::DirEntry> = entries
            .filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        // By name: the entries of one folder share its path, so their paths
        // sort as their names do (compared as bytes, where comparing paths
        // splits both into components at every comparison).
        entries.sort_by_cached_key(fs::DirEntry::file_name);
        for entry in entries {
            let path = entry.path();
            // The entry's own type: a symbolic link is not followed here.
            let Ok(own) = entry.file_type() else { continue };
            if own.is_dir() {
                self.walk(&path, device, found);
            } else if own.is_symlink() {
                match fs::metadata(&path) {
                    // A link to a folder is followed only when asked, and
                    // never onto another file system.
                    Ok(target)
                        if target.is_dir()
                            && self.options.follow_links
                            && device.is_none_or(|d| device_of(&target) == Some(d)) =>
                    {
                        self.walk(&path, device, found);
                    }
                    Ok(target) if !target.is_dir() && Format::wanted(&path) => {
                        *found += 1;
                        self.add(path);
                    }
                    // A dangling link named as a document is said, not passed over.
                    Err(source) if Format::wanted(&path) => self.errors.push(unreachable_path(&path, source)),
                    // A link to a folder not followed, or a link to a file
                    // of another kind.
                    _ => {}
                }
            } else if let Some(format) = Format::unread_document(&path) {
                // A document the walk cannot read is said, not passed over.
                self.errors.push(LoadError::UnreadFormat { path, format });
            } else if Format::wanted(&path) {
                *found += 1;
                if own.is_file() {
                    // Not a link, in a canonical folder: its canonical path
                    // is the folder's joined with its name (no system call).
                    let key = canonical.join(entry.file_name());
                    self.add_as(path, key);
                } else {
                    // A FIFO or device named like a text: say so, never open it.
                    self.errors.push(LoadError::NotRegular {
                        kind: file_kind(&own),
                        path,
                    });
                }
            }
        }
    }
}

/// A fingerprint of the files `paths` name (as [`collect_files_with`] lists
/// them): each file's path, size and modification time. Equal fingerprints
/// mean the same files, unchanged, short of an edit that keeps both size and
/// time to the nanosecond. Stable within one build of unxref only (a cache
/// key, not a format).
///
/// # Examples
///
/// ```
/// use std::path::PathBuf;
/// use unxref::corpus::{ReadOptions, fingerprint};
/// let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let options = ReadOptions::default();
/// assert_eq!(fingerprint(&[data.clone()], &options), fingerprint(&[data.clone()], &options));
/// assert_ne!(fingerprint(&[data.clone()], &options), fingerprint(&[data.join("003_cdd006968fa2855b.txt")], &options));
/// ```
pub fn fingerprint(paths: &[PathBuf], options: &ReadOptions) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    let (files, errors) = collect_files_with(paths, options);
    errors.len().hash(&mut hasher);
    for file in files {
        file.hash(&mut hasher);
        if let Ok(meta) = fs::metadata(&file) {
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
        }
    }
    hasher.finish()
}

/// The file system a file lives on (Unix only).
fn device_of(meta: &fs::Metadata) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(meta.dev())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// The texts bundled with the crate (`data/` and
/// `corpus/sc-resolutions/`), with their paths: for tests that check a
/// shortcut against the regex it replaces wherever the texts give it work.
#[cfg(test)]
pub(crate) fn bundled_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["data", "corpus/sc-resolutions"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("bundled folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let source = read_file(&path, DEFAULT_MAX_FILE_SIZE).expect("bundled text decodes");
            texts.push((path.display().to_string(), source.text));
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_binary_counts_as_a_filtered_count_does() {
        // The count it replaced, byte by byte.
        let plain = |bytes: &[u8]| {
            let head = &bytes[..bytes.len().min(8192)];
            let controls = head
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
                .count();
            head.contains(&0) || controls * 10 > head.len()
        };
        // Every mix of text and control bytes around the bound, past the
        // 8 KB head and across the 255-byte chunks; 0 and 255 of a chunk.
        let mut state = 0x2545_f491_u32;
        for len in [0, 1, 9, 254, 255, 256, 511, 1000, 8191, 8192, 8193, 20000] {
            for share in [0u32, 5, 9, 10, 11, 20, 100] {
                let bytes: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 17;
                        state ^= state << 5;
                        if state % 100 < share {
                            [1u8, 2, 7, 0x0b, 0x1b, 0x1f, b'\t', b'\n', b'\r', 0x0c]
                                [(state >> 8) as usize % 10]
                        } else {
                            b' ' + (state >> 16) as u8 % 95
                        }
                    })
                    .collect();
                assert_eq!(looks_binary(&bytes), plain(&bytes), "{len} bytes, {share}%");
            }
        }
        let controls = vec![1u8; 8192];
        assert!(looks_binary(&controls) && plain(&controls));
    }

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

    #[test]
    fn utf16_without_a_bom_is_read_when_its_nuls_say_so() {
        let text = "Recalling its resolution 1325 (2000),\nCôte d’Ivoire\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, encoding) in [(le, TextEncoding::Utf16Le), (be, TextEncoding::Utf16Be)] {
            let t = decode("x.txt", &bytes).unwrap();
            assert_eq!((t.text.as_str(), t.encoding), (text, encoding));
        }
        // An odd length, NULs on both sides, or control characters once
        // decoded: binary.
        assert!(matches!(
            decode("x", b"%PDF\0\x01\x02\0"),
            Err(LoadError::Binary { .. })
        ));
        assert!(matches!(
            decode("x", b"a\0\0b a\0b\0"),
            Err(LoadError::Binary { .. })
        ));
        let controls: Vec<u8> = [1u16, 2, 3, 65, 4, 5]
            .iter()
            .flat_map(|c| c.to_le_bytes())
            .collect();
        assert!(matches!(decode("x", &controls), Err(LoadError::Binary { .. })));
    }
}
