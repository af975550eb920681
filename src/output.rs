//! Writing output files: the one path by which every file unxref writes
//! (snapshots, exports, diagrams, the REPL's `.save`) reaches the disk.
//!
//! [`check_target`] says what is at a target before anything opens it: an
//! absent path in an existing folder, or a regular file, may be written;
//! a device, a FIFO, a socket or a folder is refused whatever `--force`
//! says, and so is a path whose folder does not exist (unxref creates no
//! folder above its output). [`write_atomically`] writes a temporary file
//! beside the target (`.<name>.unxref-<random>.tmp`), flushes it and renames
//! it over the target, so readers see the old file or the new one. While it
//! writes, the temporary file is locked and listed for
//! [`remove_unfinished`], which the binary calls on Ctrl-C; the temporary
//! files of a killed run are unlocked, and the next write to the same target
//! removes them.
//!
//! # Examples
//!
//! ```
//! use unxref::output::{self, Existing};
//! let dir = tempfile::tempdir()?;
//! let path = dir.path().join("graph.json");
//! assert_eq!(output::check_target(&path)?, Existing::Absent);
//! output::write_atomically(&path, b"{}")?;
//! assert_eq!(output::check_target(&path)?, Existing::File);
//! // A folder is not a file to write, and a missing folder is not created.
//! assert!(output::check_target(dir.path()).is_err());
//! assert!(output::write_atomically(&dir.path().join("no/such/graph.json"), b"{}").is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::error::WriteError;

/// What [`check_target`] found at a path that may be written.
///
/// # Examples
///
/// ```
/// use unxref::output::{Existing, check_target};
/// let readme = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
/// assert_eq!(check_target(readme.as_ref())?, Existing::File);
/// # Ok::<(), unxref::error::WriteError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Nothing is there (its folder exists).
    Absent,
    /// A regular file is there (through a symbolic link or not).
    File,
}

/// Say whether `path` may be written, without opening it: it is absent
/// (and its folder exists) or a regular file. Anything else is refused:
/// a character or block device (`/dev/null`), a FIFO (opening one for
/// writing would wait for a reader), a socket, a folder.
///
/// # Examples
///
/// ```
/// use unxref::error::WriteError;
/// use unxref::output::check_target;
/// let err = check_target("/dev/null".as_ref()).unwrap_err();
/// assert!(matches!(err, WriteError::NotAFile { .. }));
/// assert!(err.to_string().contains("character device"));
/// ```
pub fn check_target(path: &Path) -> Result<Existing, WriteError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(Existing::File),
        Ok(meta) if meta.is_dir() => Err(WriteError::IsAFolder {
            path: path.to_path_buf(),
        }),
        Ok(meta) => Err(WriteError::NotAFile {
            path: path.to_path_buf(),
            kind: crate::corpus::file_kind(&meta.file_type()),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let folder = folder_of(path);
            if fs::metadata(&folder).is_ok_and(|m| m.is_dir()) {
                Ok(Existing::Absent)
            } else {
                Err(WriteError::NoFolder {
                    path: path.to_path_buf(),
                    folder,
                })
            }
        }
        Err(e) => Err(WriteError::Io {
            path: path.to_path_buf(),
            source: plain(e),
        }),
    }
}

/// Refuse to write `output` over what a command reads: one of `inputs`
/// itself, or a document of an input folder, existing or new (a `.txt`,
/// `.pdf`, `.html`, … below a folder read), which would replace a part of
/// the source or be read as a document by the next build. `--force` does
/// not lift this. Every writer that knows its inputs calls it: `build`,
/// `export`, `render`, and the shell's `.save` and `render … to FILE`.
///
/// # Examples
///
/// ```
/// use unxref::output::refuse_among_inputs;
/// let dir = tempfile::tempdir()?;
/// let letter = dir.path().join("letter.txt");
/// std::fs::write(&letter, "S/RES/2164 (2014)")?;
/// let inputs = [dir.path().to_path_buf()];
/// assert!(refuse_among_inputs(&letter, &[letter.clone()]).is_err());
/// // A new document in the corpus folder would be read by the next build.
/// assert!(refuse_among_inputs(&dir.path().join("notes.html"), &inputs).is_err());
/// // A snapshot beside the documents is no document.
/// assert!(refuse_among_inputs(&dir.path().join("graph.unxref"), &inputs).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn refuse_among_inputs(output: &Path, inputs: &[PathBuf]) -> Result<(), WriteError> {
    // Where the output would land: itself resolved when it exists, else
    // its folder resolved and its name (a new file may still land in a
    // corpus folder). A folder that does not resolve is reported by the writer.
    let out = match fs::canonicalize(output) {
        Ok(out) => out,
        Err(_) => match (fs::canonicalize(folder_of(output)), output.file_name()) {
            (Ok(folder), Some(name)) => folder.join(name),
            _ => return Ok(()),
        },
    };
    for input in inputs {
        let Ok(read) = fs::canonicalize(input) else {
            continue;
        };
        let among = if read == out && !out.is_dir() {
            Some(false)
        } else if read.is_dir() && out.starts_with(&read) && crate::read::Format::wanted(&out) {
            Some(true)
        } else {
            None
        };
        if let Some(in_folder) = among {
            return Err(WriteError::AmongInputs {
                path: output.to_path_buf(),
                input: input.clone(),
                in_folder,
            });
        }
    }
    Ok(())
}

/// Make sure the folder `path` exists for a writer of several files: an
/// existing folder is used as it is, an absent one is created (only the last
/// component: its parent must exist, as for a file). Returns `false` when
/// `path` is something else (a file), which the caller reports.
///
/// # Examples
///
/// ```
/// use unxref::output::ensure_folder;
/// let dir = tempfile::tempdir()?;
/// assert!(ensure_folder(&dir.path().join("neo4j"))?);
/// assert!(dir.path().join("neo4j").is_dir());
/// assert!(ensure_folder(&dir.path().join("a/b")).is_err()); // a/ is missing
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn ensure_folder(path: &Path) -> Result<bool, WriteError> {
    match check_target(path) {
        Ok(Existing::File) => Ok(false),
        Err(WriteError::IsAFolder { .. }) => Ok(true),
        Ok(Existing::Absent) => match fs::create_dir(path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && path.is_dir() => Ok(true),
            Err(e) => Err(WriteError::Io {
                path: path.to_path_buf(),
                source: plain(e),
            }),
        },
        Err(e) => Err(e),
    }
}

/// Write `bytes` to `path` through a temporary file beside it, flushed to
/// disk and renamed over `path`: readers see the old file or the new one,
/// never a part. The target is checked first ([`check_target`]); temporary
/// files that killed runs left for this target are removed.
///
/// The new file gets the permissions of the one it replaces, or the usual
/// ones for a new file (`0o666` less the umask), not the owner-only mode of
/// temporary files. Errors name `path`, never the temporary file.
///
/// # Examples
///
/// ```
/// use unxref::output::write_atomically;
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("graph.json");
/// write_atomically(&path, b"{}")?;
/// write_atomically(&path, b"{\"nodes\": []}")?;
/// assert_eq!(std::fs::read_to_string(&path)?, "{\"nodes\": []}");
/// // No temporary file is left beside it.
/// assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    stage(path, bytes)?.commit()
}

/// Write several files as one set, each as [`write_atomically`] does, but
/// every temporary file is written and flushed before the first is renamed
/// over its target: a failure while writing (a full disk, a read-only
/// file) leaves every target as it was, and a reader or a kill sees a mix
/// of old and new files only in the moment between the renames.
///
/// # Examples
///
/// ```
/// use unxref::output::write_set_atomically;
/// let dir = tempfile::tempdir()?;
/// let (nodes, edges) = (dir.path().join("nodes.csv"), dir.path().join("edges.csv"));
/// write_set_atomically(&[(nodes.as_path(), b"id\n".as_slice()), (edges.as_path(), b"source\n".as_slice())])?;
/// assert_eq!(std::fs::read_to_string(&edges)?, "source\n");
/// // A target that cannot be written stops the set before any file is replaced.
/// let err = write_set_atomically(&[(nodes.as_path(), b"new".as_slice()), (dir.path(), b"x".as_slice())]);
/// assert!(err.is_err());
/// assert_eq!(std::fs::read_to_string(&nodes)?, "id\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_set_atomically(files: &[(&Path, &[u8])]) -> Result<(), WriteError> {
    let staged = files
        .iter()
        .map(|(path, bytes)| stage(path, bytes))
        .collect::<Result<Vec<_>, _>>()?;
    staged.into_iter().try_for_each(Staged::commit)
}

/// A temporary file written and flushed beside its target, not yet renamed
/// over it; dropped, it is removed.
struct Staged {
    path: PathBuf,
    tmp: tempfile::NamedTempFile,
    /// Keeps the temporary file listed for Ctrl-C until it is renamed.
    _pending: Option<Pending>,
}

impl Staged {
    /// Rename the temporary file over the target.
    fn commit(self) -> Result<(), WriteError> {
        let Staged { path, tmp, _pending } = self;
        tmp.persist(&path).map_err(|e| WriteError::Io {
            path: path.clone(),
            source: plain(e.error),
        })?;
        Ok(())
    }
}

/// The first half of [`write_atomically`]: check `path`, remove the
/// leftovers of killed runs, write `bytes` to a locked temporary file
/// beside it and flush it to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, WriteError> {
    let existing = check_target(path)?;
    let io = |e: io::Error| WriteError::Io {
        path: path.to_path_buf(),
        source: plain(e),
    };
    let folder = folder_of(path);
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let name = stem(&name);
    remove_leftovers(&folder, name);
    let prefix = format!(".{name}.{TAG}");
    let (tmp, pending_guard) = create_locked_temporary(&folder, &prefix).map_err(io)?;
    if existing == Existing::File
        && let Ok(meta) = fs::metadata(path)
    {
        tmp.as_file().set_permissions(meta.permissions()).map_err(io)?;
    }
    tmp.as_file().write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    Ok(Staged {
        path: path.to_path_buf(),
        tmp,
        _pending: pending_guard,
    })
}

/// Create a temporary file named `<prefix>XXXXXX.tmp` in `folder`, listed
/// for Ctrl-C and locked.
///
/// The lock tells other writers' [`remove_leftovers`] that the file is not
/// a leftover, but creating and locking are two steps: a writer to the
/// same target can find the file in between, take its lock first and
/// remove it. So the lock is waited for, and a file found unlinked once it
/// is held is given up for a new name (two concurrent `build -o g` once
/// failed this way with "No such file or directory" at the rename).
fn create_locked_temporary(
    folder: &Path,
    prefix: &str,
) -> io::Result<(tempfile::NamedTempFile, Option<Pending>)> {
    const ATTEMPTS: usize = 16;
    let mut attempt = 0;
    loop {
        attempt += 1;
        // Listed for Ctrl-C as the file is created, so that no moment
        // passes with the file on disk and unknown to the handler; a name
        // tried and given up is unlisted again when its guard is replaced
        // or dropped.
        let mut pending_guard = None;
        // Opened here rather than by `tempfile_in`, whose errors name the
        // temporary file; `make_in` still picks the name and removes the
        // file if this function returns early.
        let tmp = tempfile::Builder::new()
            .prefix(prefix)
            .suffix(".tmp")
            .make_in(folder, |tmp| {
                let mut options = fs::OpenOptions::new();
                options.write(true).create_new(true);
                // Not the owner-only mode of temporary files: the mode any
                // new file gets (0o666 less the umask).
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o666);
                // Listed and created under the list's lock, so that a
                // Ctrl-C handler ([`exit_removing_unfinished`]) sees the
                // file listed only once it exists, and none is created
                // after it looked.
                let mut listed = pending();
                listed.push(tmp.to_path_buf());
                let file = options.open(tmp);
                drop(listed);
                pending_guard = Some(Pending(tmp.to_path_buf()));
                file
            })?;
        // The system drops the lock when this process ends, however it
        // ends. A file system without locks leaves the file unlocked, as
        // before locks were taken.
        if tmp.as_file().lock().is_err() || !unlinked(tmp.as_file()) || attempt == ATTEMPTS {
            return Ok((tmp, pending_guard));
        }
    }
}

/// True when `file` has no name left on disk: another process removed it.
fn unlinked(file: &fs::File) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        file.metadata().is_ok_and(|m| m.nlink() == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        false
    }
}

/// A folder a writer of several files holds for itself: see [`lock_folder`].
/// The lock goes when this is dropped, or when the process ends.
///
/// # Examples
///
/// ```
/// let dir = tempfile::tempdir()?;
/// {
///     let _held: unxref::output::FolderLock = unxref::output::lock_folder(dir.path())?;
///     // … write the files of the set …
/// }
/// assert!(unxref::output::lock_folder(dir.path()).is_ok()); // released
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct FolderLock {
    /// The open folder holding the lock; `None` where the system cannot
    /// lock a folder.
    _folder: Option<fs::File>,
}

/// Hold the folder `path` for one writer of several files (a `csv` or
/// `neo4j` export): a second writer into the same folder, in this process
/// or another, is refused ([`WriteError::Busy`]) until the first is done,
/// so that two exports at once cannot leave `nodes.csv` of one beside
/// `edges.csv` of the other. The folder itself is locked (an advisory lock
/// the system drops when the process ends): nothing is added to it.
///
/// # Examples
///
/// ```
/// use unxref::error::WriteError;
/// use unxref::output::lock_folder;
/// let dir = tempfile::tempdir()?;
/// let held = lock_folder(dir.path())?;
/// assert!(matches!(lock_folder(dir.path()), Err(WriteError::Busy { .. })));
/// drop(held);
/// assert!(lock_folder(dir.path()).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn lock_folder(path: &Path) -> Result<FolderLock, WriteError> {
    let io = |e: io::Error| WriteError::Io {
        path: path.to_path_buf(),
        source: plain(e),
    };
    if !fs::metadata(path).map_err(io)?.is_dir() {
        return Err(io(io::Error::from(io::ErrorKind::NotADirectory)));
    }
    // A system that cannot open a folder as a file (Windows) or lock it
    // (some network file systems) writes the set unlocked: its files are
    // still renamed into place together.
    let Ok(folder) = fs::File::open(path) else {
        return Ok(FolderLock { _folder: None });
    };
    match folder.try_lock() {
        Ok(()) => Ok(FolderLock {
            _folder: Some(folder),
        }),
        Err(fs::TryLockError::WouldBlock) => Err(WriteError::Busy {
            path: path.to_path_buf(),
        }),
        Err(fs::TryLockError::Error(_)) => Ok(FolderLock { _folder: None }),
    }
}

/// Remove the temporary files of writes still under way in this process.
/// Meant for a Ctrl-C handler that then ends the process: the binary
/// installs one for its commands. Targets are untouched (each still holds
/// its old content, or its new complete one).
///
/// # Examples
///
/// ```
/// // Nothing is being written: nothing to remove.
/// assert_eq!(unxref::output::remove_unfinished(), 0);
/// ```
pub fn remove_unfinished() -> usize {
    pending()
        .iter()
        .filter(|tmp| fs::remove_file(tmp).is_ok())
        .count()
}

/// End the process with `code` (130 after Ctrl-C) once the temporary
/// files of writes under way are removed: what the binary's Ctrl-C
/// handlers do. The list stays locked until the process ends, so that no
/// other thread starts a temporary file after the removal (a script's next
/// `.save`).
///
/// # Examples
///
/// ```no_run
/// // In a Ctrl-C handler: no temporary file outlives the process.
/// let _ = ctrlc::set_handler(|| unxref::output::exit_removing_unfinished(130));
/// ```
pub fn exit_removing_unfinished(code: i32) -> ! {
    let listed = pending();
    for tmp in listed.iter() {
        let _ = fs::remove_file(tmp);
    }
    std::process::exit(code)
}

/// The mark between a target's name and the random part of its temporary
/// files: `.graph.json.unxref-Ab12Cd.tmp`.
const TAG: &str = "unxref-";

/// Temporary files being written by this process, for [`remove_unfinished`].
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Lists a temporary file in [`PENDING`] while it lives.
struct Pending(PathBuf);

impl Drop for Pending {
    fn drop(&mut self) {
        pending().retain(|p| p != &self.0);
    }
}

/// Remove, from `folder`, temporary files of earlier writes to the target
/// `name` that nobody holds: named `.<name>.unxref-XXXXXX.tmp`, regular
/// files, and not locked by a live writer. (unxref 0.1 named them
/// `.<name>.XXXXXX.tmp`, which a user's `.<name>.backup.tmp` also fits:
/// those are left alone.) Failures are ignored: a leftover is harmless.
fn remove_leftovers(folder: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        if !is_leftover_of(&file_name.to_string_lossy(), name)
            || !entry.file_type().is_ok_and(|t| t.is_file())
        {
            continue;
        }
        let path = entry.path();
        // The lock is held until the file is removed: a writer that
        // created the file and waits for its lock then finds it unlinked
        // and takes a new name ([`create_locked_temporary`]).
        if let Ok(file) = fs::File::open(&path)
            && file.try_lock().is_ok()
        {
            let _ = fs::remove_file(&path);
            drop(file);
        }
    }
}

/// True for the temporary names [`write_atomically`] gives for the target
/// `name`: `.` + `name` + `.unxref-` + six letters or digits + `.tmp`.
fn is_leftover_of(file_name: &str, name: &str) -> bool {
    let Some(rest) = file_name
        .strip_prefix('.')
        .and_then(|r| r.strip_prefix(name))
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_suffix(".tmp"))
    else {
        return false;
    };
    let Some(random) = rest.strip_prefix(TAG) else {
        return false;
    };
    random.len() == 6 && random.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The part of a target's name its temporary files carry: all of it, or its
/// first 200 bytes, so that a 255-byte name still leaves room for the rest.
fn stem(name: &str) -> &str {
    let mut end = name.len().min(200);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// The folder a file at `path` goes into (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The operating system's error alone, without any path a layer below added
/// (the user never named the temporary file).
fn plain(e: io::Error) -> io::Error {
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftover_names_are_recognised_strictly() {
        assert!(is_leftover_of(".graph.json.unxref-Ab12Cd.tmp", "graph.json"));
        for other in [
            ".graph.json.Ab12Cd.tmp",
            ".graph.json.backup.tmp",
            ".graph.json.unxref-Ab12C.tmp",
            ".graph.json.unxref-Ab12Cd.tmp.bak",
            "graph.json.unxref-Ab12Cd.tmp",
            ".graph.jsonx.unxref-Ab12Cd.tmp",
            ".other.json.unxref-Ab12Cd.tmp",
            ".graph.json.my-notes.tmp",
        ] {
            assert!(!is_leftover_of(other, "graph.json"), "{other}");
        }
    }

    #[test]
    fn a_leftover_is_removed_unless_a_writer_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("g.json");
        let dead = dir.path().join(".g.json.unxref-AAAAAA.tmp");
        let live = dir.path().join(".g.json.unxref-BBBBBB.tmp");
        let unrelated = dir.path().join(".h.json.unxref-CCCCCC.tmp");
        for p in [&dead, &live, &unrelated] {
            fs::write(p, "part").unwrap();
        }
        let held = fs::File::open(&live).unwrap();
        held.lock().unwrap();
        write_atomically(&target, b"{}").unwrap();
        assert!(!dead.exists());
        assert!(live.exists(), "a file another writer holds is left alone");
        assert!(unrelated.exists(), "another target's file is left alone");
        drop(held);
    }

    #[test]
    fn concurrent_writers_of_one_target_all_succeed() {
        // Each writer removes the unlocked leftovers of others before it
        // creates its own file: one that finds another's file in the moment
        // between its creation and its lock must not remove it from under
        // that writer (CI once failed on this with four `build -o g`).
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("g.json");
        std::thread::scope(|scope| {
            let writers: Vec<_> = (0..8)
                .map(|i| {
                    let target = &target;
                    scope.spawn(move || {
                        (0..200).try_for_each(|_| write_atomically(target, format!("{i}").as_bytes()))
                    })
                })
                .collect();
            for writer in writers {
                writer.join().unwrap().unwrap();
            }
        });
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_name_of_255_bytes_can_be_written() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join(format!("{}.json", "é".repeat(125)));
        write_atomically(&target, b"{}").unwrap();
        write_atomically(&target, b"{ }").unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn errors_name_the_target_not_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("sub").join("g.json");
        fs::create_dir(dir.path().join("sub")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(dir.path().join("sub"), fs::Permissions::from_mode(0o500)).unwrap();
        }
        // Root writes anywhere: then the write goes through.
        if let Err(e) = write_atomically(&target, b"{}") {
            let text = e.to_string();
            assert!(
                text.starts_with(&format!("{}: cannot write", target.display())),
                "{text}"
            );
            assert!(!text.contains(".tmp"), "{text}");
        }
    }
}
