//! Graphviz as an engine: finding the `dot` program, running it on a
//! scene's DOT text (pinned positions, `neato -n2`) with a deadline, and
//! marking its output as ours. Sits between [`super::svg`] (which falls back
//! to its own drawing) and [`super::dot`] (which writes the DOT text).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Engine, MARKER, RenderError, RenderOptions, Rendered, Scene, dot};

/// True when the Graphviz program of `options` can be found: an explicit
/// path that is a file, or a bare name found in a folder of the PATH.
///
/// # Examples
///
/// ```
/// use unxref::render::{RenderOptions, graphviz_available};
/// let missing = RenderOptions { dot_program: "/no/such/dot".into(), ..RenderOptions::default() };
/// assert!(!graphviz_available(&missing));
/// ```
pub fn available(options: &RenderOptions) -> bool {
    find_program(&options.dot_program).is_some()
}

fn find_program(program: &Path) -> Option<PathBuf> {
    if program.components().count() > 1 {
        return program.is_file().then(|| program.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

pub(crate) fn draw(scene: &Scene, options: &RenderOptions) -> Result<Rendered, RenderError> {
    let out = run_dot(&dot::to_dot(scene, options), "svg", options)?;
    let svg = String::from_utf8(out).map_err(|_| RenderError::Graphviz {
        status: "exit status 0".into(),
        stderr: "its SVG output is not UTF-8".into(),
    })?;
    let marker = format!("<!-- {MARKER}, drawn by Graphviz dot -->\n");
    let svg = match svg.find("<svg") {
        Some(at) => format!(
            "{}{marker}<svg {}{}",
            &svg[..at],
            super::svg::FIT,
            &svg[at + "<svg".len()..]
        ),
        None => format!("{marker}{svg}"),
    };
    Ok(Rendered {
        svg,
        engine: Engine::Graphviz,
        shown: scene.shown,
        total: scene.total,
        notes: scene.notes.clone(),
    })
}

/// Run `dot -T<format>` on `dot_text` and return its output, stopping it
/// after `options.timeout`.
pub(crate) fn run_dot(dot_text: &str, format: &str, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    let program = find_program(&options.dot_program).ok_or_else(|| RenderError::GraphvizMissing {
        program: options.dot_program.clone(),
        hint: "install it (apt-get install graphviz) or use the built-in layout",
    })?;
    let io = |source| RenderError::Io {
        path: program.clone(),
        source,
    };
    let mut command = Command::new(&program);
    // Positions and routes are ours (pinned, in points); neato -n2 keeps
    // them and draws.
    command.args(["-Kneato", "-n2"]).arg(format!("-T{format}"));
    if format == "png" {
        command.arg(format!("-Gdpi={:.0}", 96.0 * options.scale.clamp(0.25, 16.0)));
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io)?;
    // Pipes are fed and drained on threads so a large graph cannot deadlock
    // us against dot's full output pipe.
    let input = dot_text.as_bytes().to_vec();
    let mut stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            // dot may exit early on an error; its stderr says why.
            let _ = stdin.write_all(&input);
        }
    });
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let deadline = Instant::now() + options.timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait().map_err(io)? {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(RenderError::Timeout {
                seconds: options.timeout.as_secs(),
            });
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let _ = writer.join();
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    if !status.success() {
        return Err(RenderError::Graphviz {
            status: status.to_string(),
            stderr: String::from_utf8_lossy(&err).trim().to_string(),
        });
    }
    Ok(out)
}

/// A PNG with a `tEXt` chunk (`Software: unxref citation diagram`) after its
/// header, so [`super::write`] can recognise it later. Bytes that are not a
/// PNG come back unchanged.
pub(crate) fn mark_png(png: Vec<u8>) -> Vec<u8> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    // Signature, then IHDR: length, type, 13 bytes of data, CRC.
    let after_header = 8 + 4 + 4 + 13 + 4;
    if png.len() < after_header || &png[..8] != SIGNATURE || &png[12..16] != b"IHDR" {
        return png;
    }
    let mut data = b"tEXtSoftware\0".to_vec();
    data.extend_from_slice(MARKER.as_bytes());
    let mut chunk = ((data.len() - 4) as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(&data);
    chunk.extend_from_slice(&crc32fast::hash(&data).to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..after_header]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[after_header..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_marker_is_a_valid_chunk_after_the_header() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&13u32.to_be_bytes());
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&[0; 13]);
        png.extend_from_slice(&[0; 4]);
        png.extend_from_slice(b"rest");
        let marked = mark_png(png.clone());
        assert_eq!(&marked[33 + 4..33 + 8], b"tEXt");
        let len = u32::from_be_bytes(marked[33..37].try_into().unwrap()) as usize;
        let data = &marked[37..37 + 4 + len];
        let crc = u32::from_be_bytes(marked[37 + 4 + len..37 + 8 + len].try_into().unwrap());
        assert_eq!(crc, crc32fast::hash(data));
        assert!(marked.ends_with(b"rest"));
        assert_eq!(mark_png(b"not a png".to_vec()), b"not a png");
    }
}
