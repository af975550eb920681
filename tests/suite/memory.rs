//! Memory bounds of `unxref build` (issue 19: a 50 MB text took 40× its
//! size), asserted with a resource limit rather than a measurement: the
//! binary runs under `prlimit --data` (the kernel's limit on a process's
//! writable private memory, which is where the heap lives), and must build
//! a 10 MB text within ten times its size plus a constant (20 MB takes
//! minutes in a debug build; `benches/scale.sh` measures 20, 50 and 100 MB
//! in release). The same build
//! under a limit of the file's size fails, so the limit does bite. Time is
//! not asserted; `benches/scale.sh` measures peak RSS and time.

use std::path::Path;
use std::process::Command;

const MB: u64 = 1 << 20;
/// What the process needs whatever its input: thread stacks, the actor
/// dictionary, the compiled patterns, the allocator's arenas.
/// (A build of data/'s five files needs between 20 and 40 MB.)
const BASE: u64 = 64 * MB;

/// The bundled Security Council resolutions end to end, over and over,
/// to `size` bytes: one long real text.
fn long_text(path: &Path, size: u64) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/sc-resolutions");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut text = Vec::with_capacity(size as usize);
    'fill: loop {
        for f in &files {
            text.extend(std::fs::read(f).unwrap());
            if text.len() as u64 >= size {
                break 'fill;
            }
        }
    }
    text.truncate(size as usize);
    std::fs::write(path, text).unwrap();
}

/// `unxref build FILE` under a limit on its data memory; its success and stderr.
fn build_limited(file: &Path, out: &Path, limit: u64) -> (bool, String) {
    let output = Command::new("prlimit")
        .arg(format!("--data={limit}"))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_unxref"))
        .arg("build")
        .arg(file)
        .arg("-o")
        .arg(out)
        // One allocator arena a thread at most, as on a machine of two cores.
        .env("RAYON_NUM_THREADS", "2")
        .output()
        .expect("prlimit runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_10_mb_text_builds_within_ten_times_its_size() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        println!("skipped: prlimit (util-linux) not found");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.txt");
    let size = 10 * MB;
    long_text(&file, size);
    let out = dir.path().join("long.unxref");
    let (ok, stderr) = build_limited(&file, &out, 10 * size + BASE);
    assert!(ok, "build of a 10 MB text failed under 10× + 64 MB: {stderr}");
    let graph = unxref::CitationGraph::load(&out).unwrap();
    // One long document citing most of the Council's resolutions.
    assert!(graph.stats().cites > 2_000, "{}", graph.stats().report());
    // The limit bites: the same build within the file's size fails, and
    // leaves no snapshot behind.
    let small = dir.path().join("small.unxref");
    let (ok, _) = build_limited(&file, &small, size);
    assert!(!ok, "a build within 10 MB of data memory should not succeed");
    assert!(!small.exists());
}
