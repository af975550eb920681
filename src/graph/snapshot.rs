//! Graph snapshots: a compact binary file that loads much faster than the
//! corpus rebuilds.
//!
//! Layout: the 8-byte magic `UNXREF\0\x1a`, the format version (u32 LE), the
//! payload length (u64 LE), the payload's CRC-32 (u32 LE), then the payload:
//! nodes and edges encoded with postcard. Loading checks each of these before
//! it decodes anything. Saving goes through [`crate::output`]: a temporary
//! file beside the target, renamed over it, so a crash never leaves a
//! half-written snapshot in place.
//!
//! # Examples
//!
//! ```
//! use unxref::CitationGraph;
//! # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
//! let dir = tempfile::tempdir()?;
//! let path = dir.path().join("data.unxref");
//! graph.save(&path, unxref::graph::Overwrite::Snapshots)?;
//! assert!(unxref::graph::snapshot::is_snapshot(&path));
//! let back = CitationGraph::load(&path)?;
//! assert_eq!((back.node_count(), back.edge_count()), (graph.node_count(), graph.edge_count()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fs;
use std::io::Read;
use std::path::Path;

use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable as _};
use serde::{Deserialize, Serialize};

use super::CitationGraph;
use crate::error::SnapshotError;
use crate::model::{Edge, Node};

/// The first bytes of every snapshot.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::graph::snapshot::MAGIC;
/// assert!(graph.to_snapshot_bytes().starts_with(MAGIC));
/// ```
pub const MAGIC: &[u8; 8] = b"UNXREF\0\x1a";
/// The snapshot format this build writes and reads.
///
/// # Examples
///
/// ```
/// use unxref::graph::snapshot::FORMAT_VERSION;
/// let bytes = unxref::CitationGraph::new().to_snapshot_bytes();
/// assert_eq!(bytes[8..12], FORMAT_VERSION.to_le_bytes());
/// ```
pub const FORMAT_VERSION: u32 = 2;
const HEADER_LEN: usize = 8 + 4 + 8 + 4;

#[derive(Deserialize)]
struct Body {
    nodes: Vec<Node>,
    edges: Vec<(u32, u32, Edge)>,
}

/// [`Body`] by reference, for writing: the same bytes.
#[derive(Serialize)]
struct BodyRef<'g> {
    nodes: Vec<&'g Node>,
    edges: Vec<(u32, u32, &'g Edge)>,
}

/// Fill the header of `out`, whose first [`HEADER_LEN`] bytes were left
/// for it and whose rest is the payload.
fn with_header(mut out: Vec<u8>) -> Vec<u8> {
    let payload = &out[HEADER_LEN..];
    let (len, crc) = (payload.len() as u64, crc32fast::hash(payload));
    out[..8].copy_from_slice(MAGIC);
    out[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    out[12..20].copy_from_slice(&len.to_le_bytes());
    out[20..24].copy_from_slice(&crc.to_le_bytes());
    out
}

/// Which existing file [`CitationGraph::save`] may replace.
///
/// # Examples
///
/// ```
/// use unxref::graph::Overwrite;
/// assert_eq!(Overwrite::default(), Overwrite::Snapshots);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Overwrite {
    /// Only a snapshot (a file that starts with a snapshot's header): a
    /// mistyped path never destroys other data.
    #[default]
    Snapshots,
    /// Any file (the CLI's `--force`).
    Any,
}

impl CitationGraph {
    /// The snapshot bytes of this graph.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::CitationGraph;
    /// let bytes = graph.to_snapshot_bytes();
    /// let back = CitationGraph::from_snapshot_bytes(&bytes, "mem".as_ref())?;
    /// assert_eq!((back.node_count(), back.edge_count()), (graph.node_count(), graph.edge_count()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_snapshot_bytes(&self) -> Vec<u8> {
        // Serialized from references, never from a copy of the graph: the
        // bytes are those of `Body`, and the only memory besides the graph
        // is the output and two small index vectors.
        let mut position = vec![u32::MAX; self.graph.node_bound()];
        let mut nodes = Vec::with_capacity(self.node_count());
        for (i, ix) in self.graph.node_indices().enumerate() {
            position[ix.index()] = i as u32;
            nodes.push(&self.graph[ix]);
        }
        let edges: Vec<(u32, u32, &Edge)> = (&self.graph)
            .edge_references()
            .map(|e| {
                (
                    position[e.source().index()],
                    position[e.target().index()],
                    e.weight(),
                )
            })
            .collect();
        drop(position);
        let out = postcard::to_extend(&BodyRef { nodes, edges }, vec![0u8; HEADER_LEN])
            .expect("graph data serializes");
        with_header(out)
    }

    /// Rebuild a graph from snapshot bytes; `path` names the source in errors.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::CitationGraph;
    /// use unxref::error::SnapshotError;
    /// let mut bytes = graph.to_snapshot_bytes();
    /// assert!(CitationGraph::from_snapshot_bytes(&bytes, "g.unxref".as_ref())?.node("S/2020/600").is_some());
    /// // A flipped bit fails the checksum.
    /// let last = bytes.len() - 1;
    /// bytes[last] ^= 1;
    /// let err = CitationGraph::from_snapshot_bytes(&bytes, "g.unxref".as_ref()).unwrap_err();
    /// assert!(matches!(err, SnapshotError::Corrupted { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_snapshot_bytes(bytes: &[u8], path: &Path) -> Result<CitationGraph, SnapshotError> {
        let corrupted = |reason: String| SnapshotError::Corrupted {
            path: path.to_path_buf(),
            reason,
        };
        let (len, crc) = check_header(bytes, path)?;
        let payload = &bytes[HEADER_LEN..];
        if payload.len() as u64 != len {
            return Err(corrupted(format!(
                "{} payload bytes where the header says {len}",
                payload.len()
            )));
        }
        if crc32fast::hash(payload) != crc {
            return Err(corrupted("checksum mismatch".into()));
        }
        let body: Body = postcard::from_bytes(payload).map_err(|e| corrupted(e.to_string()))?;
        let mut graph = CitationGraph::new();
        let mut indices = Vec::with_capacity(body.nodes.len());
        for node in body.nodes {
            if graph.lookup(&node.id).is_some() {
                return Err(corrupted(format!(
                    "node {:?} appears twice (as a node, or as another node's alias)",
                    node.id
                )));
            }
            // Another symbol of a document (a joint symbol's half) names
            // that document only: never a second node, nor two documents.
            if node.kind.is_document()
                && let Some(alias) = node.aliases.iter().find(|a| graph.lookup(a).is_some())
            {
                return Err(corrupted(format!(
                    "{alias:?}, an alias of node {:?}, names another node too",
                    node.id
                )));
            }
            indices.push(graph.add_node(node));
        }
        for (s, t, edge) in body.edges {
            let (Some(&s), Some(&t)) = (indices.get(s as usize), indices.get(t as usize)) else {
                return Err(corrupted(format!(
                    "edge between nodes {s} and {t} of {}",
                    indices.len()
                )));
            };
            graph.add_edge_unchecked(s, t, edge);
        }
        Ok(graph)
    }

    /// Save a snapshot to `path` atomically (temporary file, then rename).
    ///
    /// An existing file at `path` is replaced only if it is itself a snapshot,
    /// or with [`Overwrite::Any`].
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let dir = tempfile::tempdir()?;
    /// let path = dir.path().join("data.unxref");
    /// use unxref::graph::Overwrite;
    /// graph.save(&path, Overwrite::Snapshots)?;
    /// graph.save(&path, Overwrite::Snapshots)?; // a snapshot may be replaced
    /// // Any other file is left alone unless asked.
    /// let notes = dir.path().join("notes.txt");
    /// std::fs::write(&notes, "my notes")?;
    /// assert!(graph.save(&notes, Overwrite::Snapshots).is_err());
    /// assert_eq!(std::fs::read_to_string(&notes)?, "my notes");
    /// graph.save(&notes, Overwrite::Any)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn save(&self, path: impl AsRef<Path>, overwrite: Overwrite) -> Result<(), SnapshotError> {
        let path = path.as_ref();
        // Checked before anything opens it: a FIFO would block `is_snapshot`.
        let existing = crate::output::check_target(path)?;
        if overwrite == Overwrite::Snapshots
            && existing == crate::output::Existing::File
            && !is_snapshot(path)
        {
            return Err(SnapshotError::WouldOverwrite {
                path: path.to_path_buf(),
            });
        }
        Ok(crate::output::write_atomically(path, &self.to_snapshot_bytes())?)
    }

    /// Load a snapshot saved by [`CitationGraph::save`].
    ///
    /// The header is read and checked first, and the file's size against the
    /// length it declares, so a wrong file (a disk image given as `--graph`)
    /// is refused without being read into memory.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// use unxref::CitationGraph;
    /// let dir = tempfile::tempdir()?;
    /// let path = dir.path().join("data.unxref");
    /// graph.save(&path, unxref::graph::Overwrite::Snapshots)?;
    /// let back = CitationGraph::load(&path)?;
    /// assert_eq!(back.stats(), graph.stats());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<CitationGraph, SnapshotError> {
        let path = path.as_ref();
        let io = |source| SnapshotError::Io {
            path: path.to_path_buf(),
            source,
        };
        // Opening a FIFO would block: look first, without opening.
        let meta = fs::metadata(path).map_err(io)?;
        if !meta.is_file() {
            let problem = if meta.is_dir() {
                folder_given(path)
            } else {
                format!(
                    "{}, not a regular file: give the snapshot file `unxref build PATH -o FILE` wrote",
                    crate::corpus::file_kind(&meta.file_type())
                )
            };
            return Err(io(std::io::Error::new(std::io::ErrorKind::InvalidInput, problem)));
        }
        let mut file = fs::File::open(path).map_err(io)?;
        let size = file.metadata().map_err(io)?.len();
        let mut header = Vec::with_capacity(HEADER_LEN);
        (&mut file)
            .take(HEADER_LEN as u64)
            .read_to_end(&mut header)
            .map_err(io)?;
        let (len, _) = check_header(&header, path)?;
        if size.saturating_sub(HEADER_LEN as u64) != len {
            return Err(SnapshotError::Corrupted {
                path: path.to_path_buf(),
                reason: format!(
                    "{} payload bytes where the header says {len}",
                    size.saturating_sub(HEADER_LEN as u64)
                ),
            });
        }
        let mut bytes = header;
        bytes.reserve_exact((size - HEADER_LEN as u64) as usize);
        file.read_to_end(&mut bytes).map_err(io)?;
        CitationGraph::from_snapshot_bytes(&bytes, path)
    }
}

/// What to say of a folder given where a snapshot file is wanted (`--graph
/// DIR`, `.load DIR`, `Graph.load(DIR)`), by what it holds: the snapshots
/// in it, the tables of the Spark job (`nodes/`, `edges/`), or else files
/// to read with `--corpus`. Only its first 1,000 entries are looked at,
/// and only their first bytes read.
fn folder_given(dir: &Path) -> String {
    let mut snapshots: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .take(1000)
        .map(|entry| entry.path())
        .filter(|path| is_snapshot(path))
        .map(|path| path.display().to_string())
        .collect();
    snapshots.sort();
    let shown = snapshots.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    let more = snapshots.len().saturating_sub(3);
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    match snapshots.len() {
        0 if dir.join("nodes").is_dir() && dir.join("edges").is_dir() => format!(
            "is a folder, not a snapshot file; it holds the tables of the Spark job: build a snapshot from them with `unxref build --from-parquet {d} -o graph.unxref`",
            d = dir.display()
        ),
        0 => format!(
            "is a folder, not a snapshot file; to read the documents in it give --corpus {d}, or save them as a snapshot first (`unxref build {d} -o graph.unxref`)",
            d = dir.display()
        ),
        1 => format!("is a folder, not a snapshot file; the snapshot in it is {shown}: give that file"),
        _ => format!(
            "is a folder, not a snapshot file; it holds the snapshots {shown}{tail}: give one of them"
        ),
    }
}

/// Check magic and version; return the declared payload length and CRC-32.
fn check_header(bytes: &[u8], path: &Path) -> Result<(u64, u32), SnapshotError> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(SnapshotError::NotASnapshot {
            path: path.to_path_buf(),
        });
    }
    if bytes.len() < HEADER_LEN {
        return Err(SnapshotError::Corrupted {
            path: path.to_path_buf(),
            reason: "header cut short".into(),
        });
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version != FORMAT_VERSION {
        return Err(SnapshotError::Version {
            path: path.to_path_buf(),
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
    let crc = u32::from_le_bytes(bytes[20..24].try_into().expect("4 bytes"));
    Ok((len, crc))
}

/// True when the file at `path` starts with the snapshot magic.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::graph::snapshot::is_snapshot;
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("data.unxref");
/// graph.save(&path, unxref::graph::Overwrite::Snapshots)?;
/// assert!(is_snapshot(&path));
/// assert!(!is_snapshot(concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors.toml").as_ref()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn is_snapshot(path: &Path) -> bool {
    let mut head = [0u8; 8];
    // Never open a FIFO or a device: only a regular file can be a snapshot.
    fs::metadata(path).is_ok_and(|m| m.is_file())
        && fs::File::open(path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok_and(|()| &head == MAGIC)
}

/// Write `bytes` to `path` atomically: [`crate::output::write_atomically`]
/// (which every writer uses), its error as an [`std::io::Error`].
///
/// # Examples
///
/// ```
/// use unxref::graph::snapshot::write_atomically;
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("graph.json");
/// write_atomically(&path, b"{}")?;
/// assert_eq!(std::fs::read_to_string(&path)?, "{}");
/// assert!(write_atomically("/dev/null".as_ref(), b"{}").is_err());
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::output::write_atomically(path, bytes).map_err(|e| match e {
        crate::error::WriteError::Io { source, .. } => source,
        other => std::io::Error::other(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EdgeAttrs, EdgeKind, Link, NodeRef};

    fn sample() -> CitationGraph {
        let mut g = CitationGraph::new();
        let r = |s: &str| NodeRef::document(&s.parse().unwrap());
        g.add_link(&Link {
            source: r("S/RES/2531 (2020)"),
            target: r("S/PRST/2018/10"),
            kind: EdgeKind::Cites,
            attrs: EdgeAttrs {
                relation: Some("recalling".into()),
                ..EdgeAttrs::default()
            },
        });
        g
    }

    #[test]
    fn round_trip() {
        let g = sample();
        let back = CitationGraph::from_snapshot_bytes(&g.to_snapshot_bytes(), Path::new("x")).unwrap();
        assert_eq!(back.node_count(), 2);
        assert_eq!(
            back.edges().next().unwrap().edge.attrs().relation.as_deref(),
            Some("recalling")
        );
    }

    /// Snapshot bytes of these nodes, as a writer that did not keep the
    /// alias index would produce them.
    fn bytes_of(nodes: Vec<Node>) -> Vec<u8> {
        let body = BodyRef {
            nodes: nodes.iter().collect(),
            edges: vec![],
        };
        let payload = postcard::to_allocvec(&body).unwrap();
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }

    #[test]
    fn aliases_survive_and_may_not_name_two_nodes() {
        let stub = |s: &str| Node::stub(&s.parse().unwrap());
        let mut letter = stub("A/67/970");
        letter.aliases = vec!["S/2013/480".into()];
        let mut g = sample();
        g.add_node(letter.clone());
        let back = CitationGraph::from_snapshot_bytes(&g.to_snapshot_bytes(), Path::new("x")).unwrap();
        assert_eq!(back.node("S/2013/480").map(|n| n.id.as_str()), Some("A/67/970"));
        // The alias is also a node of its own, before or after: refused.
        for nodes in [
            vec![letter.clone(), stub("S/2013/480")],
            vec![stub("S/2013/480"), letter.clone()],
        ] {
            let err = CitationGraph::from_snapshot_bytes(&bytes_of(nodes), Path::new("x")).unwrap_err();
            assert!(err.to_string().contains("S/2013/480"), "{err}");
        }
        // Two documents claim one alias: refused.
        let mut other = stub("A/67/971");
        other.aliases = vec!["S/2013/480".into()];
        let err =
            CitationGraph::from_snapshot_bytes(&bytes_of(vec![letter, other]), Path::new("x")).unwrap_err();
        assert!(err.to_string().contains("alias"), "{err}");
    }

    #[test]
    fn damage_is_detected() {
        let bytes = sample().to_snapshot_bytes();
        let p = Path::new("x");
        let mut flipped = bytes.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(matches!(
            CitationGraph::from_snapshot_bytes(&flipped, p),
            Err(SnapshotError::Corrupted { .. })
        ));
        assert!(matches!(
            CitationGraph::from_snapshot_bytes(&bytes[..bytes.len() - 3], p),
            Err(SnapshotError::Corrupted { .. })
        ));
        assert!(matches!(
            CitationGraph::from_snapshot_bytes(b"hello", p),
            Err(SnapshotError::NotASnapshot { .. })
        ));
        let mut other_version = bytes.clone();
        other_version[8] = 99;
        assert!(matches!(
            CitationGraph::from_snapshot_bytes(&other_version, p),
            Err(SnapshotError::Version { found: 99, .. })
        ));
    }
}
