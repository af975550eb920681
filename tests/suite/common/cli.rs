//! Running the `unxref` binary as a user meets it, for the robustness
//! audits: from the checkout, the bundled corpus as its default data.

use std::process::{Command, Output};

/// The checkout, which the binary runs in.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The bundled letter S/2014/660 (it cites resolution 2164 (2014)), from
/// [`ROOT`].
pub const LETTER: &str = "data/003_cdd006968fa2855b.txt";

/// The binary, run in the checkout with `data/` as its default corpus.
pub fn unxref() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_unxref"));
    cmd.current_dir(ROOT).env("UNXREF_DATA", "data");
    cmd
}

/// Run the binary with `args` to its end.
pub fn run(args: &[&str]) -> Output {
    unxref().args(args).output().expect("the unxref binary runs")
}

/// `unxref build PATHS -o OUT`, which must succeed.
pub fn build(paths: &[&str], out: &std::path::Path) {
    let mut args = vec!["build"];
    args.extend_from_slice(paths);
    args.extend(["-o", out.to_str().expect("a UTF-8 path")]);
    let done = run(&args);
    assert!(done.status.success(), "{}", stderr(&done));
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A run that failed the way a bad input should: exit code 1, no panic, an
/// `error:` line. Its standard error.
pub fn assert_clean_failure(out: &Output, what: &str) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{what}: exit code\n{err}");
    assert!(!err.contains("panicked"), "{what}: panicked\n{err}");
    assert!(err.contains("error:"), "{what}: no error line\n{err}");
    err
}
