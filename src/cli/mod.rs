//! Command-line parsing (clap), corpus loading with progress, and dispatch to
//! one function per subcommand. Errors are reported on stderr with context;
//! the exit code is 1 for a failed command, 2 for bad usage (clap's own).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use unxref::graph::check::BuildReport;
use unxref::{CitationGraph, Extractor};

/// `eprintln!` that ignores a closed standard error: `unxref build … 2>&1 |
/// head` closes it after a line, and a build that has written its snapshot
/// must not then fail on a warning it cannot print (`eprintln!` panics).
macro_rules! warn_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// unxref: a cross-reference knowledge graph of UN documents.
///
/// With no command, opens the REPL on the bundled corpus (data/).
#[derive(Parser)]
#[command(name = "unxref", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Question the graph interactively.
    Repl {
        #[command(flatten)]
        source: Source,
    },
    /// Run one query and print its result.
    Query {
        /// The query, e.g. "what does 2531 cite" (unquoted words are one query; `-` reads it from standard input).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[command(flatten)]
        source: Source,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
        /// A value for a parameter of the query: `--param 1=2531` binds `$1`,
        /// `--param since=2018` binds `$since` (digits are a number,
        /// YYYY-MM-DD a date, anything else a name or text; never query syntax).
        #[arg(long = "param", value_name = "NAME=VALUE", value_parser = parse_param)]
        params: Vec<(String, String)>,
    },
    /// Show what each document of the given files holds and cites.
    Extract {
        /// Files or folders (folders are read recursively for .txt, .pdf, .docx, .doc and .html files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
        format: ExtractFormat,
        #[command(flatten)]
        reading: Reading,
    },
    /// List what reading files met: files skipped, documents two files
    /// claim, citations of later documents, notes on files.
    Check {
        /// Files or folders (folders are read recursively for .txt, .pdf, .docx, .doc and .html files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        reading: Reading,
    },
    /// Build a graph from files and save it as a snapshot.
    Build {
        /// Files or folders (folders are read recursively for .txt, .pdf, .docx, .doc and .html files).
        #[arg(required_unless_present = "from_parquet")]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        reading: Reading,
        /// Link the Parquet tables written by `python -m unxref.spark`
        /// instead of reading files.
        #[arg(long, value_name = "DIR", conflicts_with = "paths")]
        from_parquet: Option<PathBuf>,
        /// Where to write the snapshot.
        #[arg(short, long)]
        output: PathBuf,
        /// Overwrite the output even if it is not an unxref snapshot.
        #[arg(long)]
        force: bool,
    },
    /// Draw the result of a query as a diagram (.svg, .html, .png, .pdf or .dot).
    ///
    /// Exit status: 0 when the file was written; 1 when nothing was drawn
    /// (an empty result, a bad query, a file that cannot be written); 2 for
    /// a usage error.
    Render {
        /// The query whose result to draw, e.g. "what does 2531 cite" (unquoted words are one query; `-` reads it from standard input).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// The file to write: .svg, .html (interactive page), .png, .pdf
        /// (both need Graphviz) or .dot.
        #[arg(short, long)]
        output: PathBuf,
        /// The most nodes drawn beside the query's subject (the direct
        /// answers first; each year keeps its share, the most cited first
        /// within it).
        #[arg(long, value_name = "N", default_value_t = 150, value_parser = parse_max_nodes)]
        max_nodes: usize,
        /// Also draw, faintly, the other links among the nodes drawn.
        #[arg(long)]
        context: bool,
        /// Resolution of PNG output: 2 doubles it (192 dpi).
        #[arg(long, value_name = "FACTOR", default_value_t = 1.0, value_parser = parse_scale)]
        scale: f64,
        /// Shape of the picture, as W:H (16:9 for slides); padded to it exactly.
        #[arg(long, value_name = "W:H", value_parser = parse_aspect)]
        aspect: Option<f64>,
        #[command(flatten)]
        source: Source,
        /// Overwrite an existing file that unxref did not write.
        #[arg(long)]
        force: bool,
        /// Layout engine: Graphviz `dot` when installed (auto), or one of them.
        #[arg(long, value_enum, default_value_t = RenderEngine::Auto)]
        engine: RenderEngine,
    },
    /// What the graph holds: nodes, edges, citations, and how many
    /// resolutions have a date, a meeting, a vote record, mandate facts.
    Stats {
        #[command(flatten)]
        source: Source,
    },
    /// Export the whole graph for other tools.
    Export {
        /// Export format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        source: Source,
        /// Where to write: a file, or a folder for neo4j and csv (standard output if absent).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Overwrite an existing file even if it is not an unxref export.
        #[arg(long)]
        force: bool,
    },
}

/// Where the graph comes from.
#[derive(Args, Clone, Default)]
struct Source {
    /// Files or folders to read (default: the bundled corpus, data/ and corpus/sc-resolutions).
    #[arg(long = "corpus", value_name = "PATH")]
    corpus: Vec<PathBuf>,
    /// A snapshot saved by `unxref build`.
    #[arg(long, value_name = "FILE", conflicts_with = "corpus")]
    graph: Option<PathBuf>,
    #[command(flatten)]
    reading: Reading,
}

/// How files are read.
#[derive(Args, Clone, Default)]
struct Reading {
    /// Largest file read, in bytes (K, M or G suffix allowed); default 256M.
    #[arg(long, value_name = "BYTES", value_parser = parse_size)]
    max_file_size: Option<u64>,
    /// Follow symbolic links to folders (each folder once, on one file system).
    #[arg(long)]
    follow_links: bool,
}

impl Reading {
    /// The reading flags given, as the command line spelled them.
    fn given(&self) -> Vec<&'static str> {
        let mut given = Vec::new();
        if self.max_file_size.is_some() {
            given.push("--max-file-size");
        }
        if self.follow_links {
            given.push("--follow-links");
        }
        given
    }

    fn options(&self) -> unxref::corpus::ReadOptions {
        unxref::corpus::ReadOptions::default()
            .with_max_file_size(
                self.max_file_size
                    .unwrap_or(unxref::corpus::DEFAULT_MAX_FILE_SIZE),
            )
            .with_follow_links(self.follow_links)
    }
}

/// `1048576`, `512K`, `300M`, `2G` (powers of 1024).
fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("{text:?} is not a size (e.g. 1048576, 512K, 300M, 2G)")),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .ok_or_else(|| format!("{text:?} is not a size (e.g. 1048576, 512K, 300M, 2G)"))
}

#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    Table,
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum RenderEngine {
    Auto,
    Graphviz,
    Builtin,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// One JSON object with every attribute.
    Json,
    /// GraphML (Gephi, yEd, NetworkX, igraph).
    Graphml,
    /// Graphviz DOT of the whole graph.
    Dot,
    /// Neo4j bulk import: nodes.csv and relationships.csv in the -o folder.
    Neo4j,
    /// Edge list (Spark GraphFrames, DuckDB): nodes.csv and edges.csv in the -o folder.
    #[value(alias = "edgelist")]
    Csv,
    /// N-Triples with stable IRIs (SPARQL stores).
    #[value(alias = "nt")]
    Ntriples,
}

impl Command {
    /// Refuse reading flags (`--max-file-size`, `--follow-links`) where no
    /// file is read: with `--graph` (a snapshot is read whole) and with
    /// `build --from-parquet` (the Spark job read the files). They were
    /// ignored without a word. The shell takes them with `--graph`: they
    /// apply to what `.load` reads later.
    fn check_reading(&self) -> std::result::Result<(), clap::Error> {
        const SNAPSHOT: &str =
            "with --graph: a snapshot is read whole; drop {}, or read the files with --corpus PATH";
        let (command, reading, why) = match self {
            Command::Query { source, .. } if source.graph.is_some() => ("query", &source.reading, SNAPSHOT),
            Command::Stats { source } if source.graph.is_some() => ("stats", &source.reading, SNAPSHOT),
            Command::Render { source, .. } if source.graph.is_some() => ("render", &source.reading, SNAPSHOT),
            Command::Export { source, .. } if source.graph.is_some() => ("export", &source.reading, SNAPSHOT),
            Command::Build {
                from_parquet: Some(_),
                reading,
                ..
            } => (
                "build",
                reading,
                "with --from-parquet: the Spark job read the files (it refuses those over 256 MiB); drop {}, or build from the files (unxref build PATH… -o FILE)",
            ),
            _ => return Ok(()),
        };
        let flags = reading.given();
        if flags.is_empty() {
            return Ok(());
        }
        use clap::CommandFactory;
        let mut cli = Cli::command();
        cli.build();
        let command = cli.find_subcommand_mut(command).expect("a subcommand of Cli");
        let (verb, pronoun) = if flags.len() == 1 {
            ("applies", "it")
        } else {
            ("apply", "them")
        };
        Err(command.error(
            clap::error::ErrorKind::ArgumentConflict,
            format!(
                "{} {verb} to the files a command reads, and none is read {}",
                flags.join(" and "),
                why.replace("{}", pronoun)
            ),
        ))
    }
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    handle_signals();
    let cli = Cli::try_parse().unwrap_or_else(|e| hyphen_value_error(e).exit());
    if let Err(e) = cli.command.as_ref().map_or(Ok(()), Command::check_reading) {
        e.exit();
    }
    if cli
        .command
        .as_ref()
        .is_some_and(|c| !matches!(c, Command::Repl { .. }))
    {
        // Ctrl-C in the middle of a save: remove its temporary file (the
        // target keeps its old content), then end as SIGINT would. The REPL
        // has its own handler, which stops the running query instead.
        let _ = ctrlc::set_handler(|| unxref::output::exit_removing_unfinished(130));
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // Control characters of the input, echoed in the message, are
            // not written to the terminal as they are.
            warn_line!("error: {}", unxref::error::for_terminal(&report(&e)));
            ExitCode::FAILURE
        }
    }
}

/// Clap's error, or, when an option that takes a value (`-o`, `--graph`,
/// `--param`, …) is followed by a word starting with `-`, one that says so:
/// clap reads the word as an option of its own and advises `-- WORD`,
/// which does not give it to the option (`build data -o -g.unxref` said
/// "unexpected argument '-g' found; to pass '-g' as a value, use '-- -g'").
fn hyphen_value_error(error: clap::Error) -> clap::Error {
    use clap::CommandFactory;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if error.kind() != ErrorKind::UnknownArgument {
        return error;
    }
    let Some(ContextValue::String(unknown)) = error.get(ContextKind::InvalidArg) else {
        return error;
    };
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut cli = Cli::command();
    cli.build();
    let Some(sub) = args.get(1).and_then(|name| cli.find_subcommand(name)) else {
        return error;
    };
    // The option before the first word that starts with what clap refused.
    let found = args.windows(2).skip(1).find_map(|pair| {
        let (option, value) = (&pair[0], &pair[1]);
        if !value.starts_with(unknown.as_str()) {
            return None;
        }
        let arg = sub.get_arguments().find(|arg| {
            option
                .strip_prefix("--")
                .is_some_and(|long| arg.get_long() == Some(long))
                || option
                    .strip_prefix('-')
                    .and_then(|short| short.parse::<char>().ok())
                    .is_some_and(|short| arg.get_short() == Some(short))
        })?;
        arg.get_action()
            .takes_values()
            .then(|| (option.clone(), value.clone()))
    });
    let Some((option, value)) = found else {
        return error;
    };
    let joined = if option.starts_with("--") {
        format!("{option}={value}")
    } else {
        format!("{option}={value} (or {option} ./{value} for a path)")
    };
    let mut sub = sub.clone();
    sub.error(
        ErrorKind::UnknownArgument,
        format!("{option} {value}: the value starts with '-' and reads as an option; write {joined}"),
    )
}

/// Signals that ended the process as a kill does, leaving the temporary
/// file of a save behind (removed only by the next write to the same
/// target), now end it as Ctrl-C does:
///
/// - SIGTERM (`kill PID`, `timeout 60 unxref build …`, a service manager):
///   a thread waits for it (`sigwait`) and ends the process with status
///   143 after removing the temporary files being written, in every
///   command and in the shell;
/// - SIGXFSZ (a file-size limit, `ulimit -f`) is blocked: it stays
///   pending, and the write fails with "File too large" (EFBIG), which
///   the writer reports and cleans up after.
///
/// Both are blocked in every thread (threads started later inherit the
/// mask); a child process (Graphviz) gets the default mask back from
/// `std::process`. SIGTERM is blocked only once its thread runs, so it is
/// never left blocked with nothing to receive it. Safe code only: the
/// crate forbids `unsafe`, hence a waiting thread rather than a handler.
fn handle_signals() {
    #[cfg(unix)]
    {
        use nix::sys::signal::{SigSet, SigmaskHow, Signal, pthread_sigmask};
        let mut blocked = SigSet::empty();
        blocked.add(Signal::SIGXFSZ);
        let mut ending = SigSet::empty();
        ending.add(Signal::SIGTERM);
        let (ready, waiting) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new().name("signals".into()).spawn(move || {
            if pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&ending), None).is_err() {
                return;
            }
            let _ = ready.send(());
            if let Ok(signal) = ending.wait() {
                unxref::output::exit_removing_unfinished(128 + signal as i32);
            }
        });
        if spawned.is_ok() && waiting.recv().is_ok() {
            blocked.add(Signal::SIGTERM);
        }
        let _ = pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&blocked), None);
    }
}

/// An error and its causes on one line, like anyhow's `{:#}`, but a cause
/// whose text the line already holds is not repeated: most of our errors
/// quote their source ("x.json: cannot write: Permission denied"), and a
/// missing path or a file given for a folder is already said in words
/// ("nope.unxref: does not exist; give …", "g.unxref: is not a folder; …").
fn report(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        let said = cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| match e.kind() {
                std::io::ErrorKind::NotFound => line.contains("does not exist"),
                std::io::ErrorKind::NotADirectory => line.contains("is not a folder"),
                _ => false,
            });
        if said || line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command.unwrap_or(Command::Repl {
        source: Source::default(),
    }) {
        Command::Repl { source } => {
            let graph = load_graph(&source)?;
            let name = match &source.graph {
                Some(file) => unxref::repl::source_name(std::slice::from_ref(file)),
                None if source.corpus.is_empty() => unxref::repl::source_name(&[bundled_corpus()]),
                None => unxref::repl::source_name(&source.corpus),
            };
            let mut session = unxref::repl::Session::new(graph, name);
            session.set_inputs(source_paths(&source));
            session.set_read_options(source.reading.options());
            let outcome = unxref::repl::run(session).context("the terminal failed")?;
            // Piped input: exit non-zero if any query failed, so scripts notice.
            Ok(if outcome.interactive || outcome.failures == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Query {
            query,
            source,
            format,
            params,
        } => {
            let params = query_params(params)?;
            let query = query_text(&query)?;
            let graph = load_graph(&source)?;
            print_query(&graph, &query, &params, format)
        }
        Command::Stats { source } => {
            let graph = load_graph(&source)?;
            write_output(None, graph.stats().report().as_bytes())
        }
        Command::Extract {
            paths,
            format,
            reading,
        } => extract(&paths, format, &reading.options()),
        Command::Build {
            paths,
            from_parquet,
            output,
            force,
            reading,
        } => {
            let overwrite = if force {
                unxref::graph::Overwrite::Any
            } else {
                unxref::graph::Overwrite::Snapshots
            };
            let inputs: Vec<PathBuf> = paths.iter().chain(&from_parquet).cloned().collect();
            refuse_output_among_inputs(&output, &inputs)?;
            let (graph, report, saved) = match from_parquet {
                Some(dir) => {
                    let (graph, report) = build_from_parquet(&dir)?;
                    let saved = graph.save(&output, overwrite);
                    (graph, report, saved)
                }
                None => {
                    let built = build_streamed(&paths, &reading.options())?;
                    let skipped = built.errors.iter().map(ToString::to_string).collect();
                    // The report (the suspect citations) and the snapshot
                    // only read the graph: made side by side, at the end of
                    // a build where nothing else is left to run.
                    let (report, saved) = rayon::join(
                        || BuildReport::new(skipped, built.notes, &built.graph),
                        || built.graph.save(&output, overwrite),
                    );
                    (built.graph, report, saved)
                }
            };
            saved?;
            warn_line!(
                "saved {} nodes and {} edges to {}",
                graph.node_count(),
                graph.edge_count(),
                output.display()
            );
            warn_line!("{}", report.summary());
            // The process ends here: its memory goes back to the system
            // whole, without freeing the graph's nodes and edges one by one
            // (a tenth of a second for a million documents).
            std::mem::forget(graph);
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { paths, reading } => {
            let (_, report) = build_graph_reporting(&paths, &reading.options())?;
            let mut out = String::new();
            for line in report.lines() {
                out.push_str(&line);
                out.push('\n');
            }
            out.push_str(&report.summary());
            out.push('\n');
            write_output(None, out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Render {
            query,
            output,
            max_nodes,
            context,
            scale,
            aspect,
            source,
            force,
            engine,
        } => {
            refuse_output_among_inputs(&output, &source_paths(&source))?;
            let query = query_text(&query)?;
            let graph = load_graph(&source)?;
            let options = unxref::render::RenderOptions {
                max_nodes,
                context,
                scale,
                aspect,
                corpus: Some(corpus_name(&source)),
                engine: match engine {
                    RenderEngine::Auto => unxref::render::EngineChoice::Auto,
                    RenderEngine::Graphviz => unxref::render::EngineChoice::Graphviz,
                    RenderEngine::Builtin => unxref::render::EngineChoice::Fallback,
                },
                ..unxref::render::RenderOptions::default()
            };
            render_query(&graph, &query, &output, force, options)
        }
        Command::Export {
            format,
            source,
            output,
            force,
        } => {
            use unxref::graph::export::{self, Format};
            let format = match format {
                ExportFormat::Json => Format::Json,
                ExportFormat::Graphml => Format::GraphMl,
                ExportFormat::Dot => Format::Dot,
                ExportFormat::Neo4j => Format::Neo4j,
                ExportFormat::Csv => Format::EdgeList,
                ExportFormat::Ntriples => Format::NTriples,
            };
            if format.is_multi_file() && output.is_none() {
                bail!("--format {format} writes several files; give a folder with -o DIR");
            }
            if let Some(path) = &output {
                refuse_output_among_inputs(path, &source_paths(&source))?;
            }
            let graph = load_graph(&source)?;
            match output {
                Some(path) => {
                    for file in export::save(&graph, format, &path, force)? {
                        warn_line!("wrote {}", file.display());
                    }
                    Ok(ExitCode::SUCCESS)
                }
                None => write_output(None, export::render(&graph, format)[0].text.as_bytes()),
            }
        }
    }
}

/// Run one query and print its table; notes (limits reached, why a result
/// is empty) go to stderr when stdout carries JSON or CSV.
/// `NAME=VALUE` of `--param`.
fn parse_param(arg: &str) -> Result<(String, String), String> {
    let (name, value) = arg
        .split_once('=')
        .ok_or_else(|| format!("`{arg}` is not NAME=VALUE (e.g. `--param 1=2531` for $1)"))?;
    let name = name.trim().trim_start_matches('$');
    let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid {
        return Err(format!(
            "`{name}` is not a parameter name: use a number (1 for $1) or letters, digits and _"
        ));
    }
    if value.trim().is_empty() {
        return Err(format!("`--param {name}=` has no value"));
    }
    Ok((name.to_string(), value.to_string()))
}

/// The `--param` values as the query's parameters: numbered ones in
/// order, from 1 with no gap, and named ones.
/// The query of `query` and `render`: its words joined, or, for a lone
/// `-`, standard input read whole (`unxref query - < question.txt`), as
/// other tools read a file named `-`. `-` was taken for a node's name and
/// answered "no node of that name; did you mean 3R?".
fn query_text(words: &[String]) -> Result<String> {
    if words != ["-"] {
        return Ok(words.join(" "));
    }
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut text)
        .context("`-` reads the query from standard input, which could not be read as text")?;
    if text.trim().is_empty() {
        bail!(
            "`-` reads the query from standard input, which held none; give the query there, or as words (unxref query what cites 1325)"
        );
    }
    Ok(text.trim().to_string())
}

fn query_params(given: Vec<(String, String)>) -> Result<unxref::query::Params> {
    use unxref::query::{Param, Params};
    let mut numbered: Vec<(usize, String)> = Vec::new();
    let mut params = Params::new();
    let mut named: Vec<(String, String)> = Vec::new();
    for (name, value) in given {
        // A name given twice was answered with the last value, silently.
        let earlier = match name.parse::<usize>() {
            Ok(n) => numbered.iter().find(|(m, _)| *m == n).map(|(_, v)| v),
            Err(_) => named.iter().find(|(m, _)| *m == name).map(|(_, v)| v),
        };
        if let Some(earlier) = earlier {
            bail!(
                "--param {name} is given twice ({name}={earlier}, {name}={value}); give each parameter once"
            );
        }
        match name.parse::<usize>() {
            Ok(n) => numbered.push((n, value)),
            Err(_) => {
                params = params.set(&name, Param::infer(&value));
                named.push((name, value));
            }
        }
    }
    numbered.sort_by_key(|(n, _)| *n);
    for (expected, (n, value)) in (1..).zip(numbered) {
        if n != expected {
            bail!("--param {n}= is given without --param {expected}= (positional parameters count from $1)");
        }
        params = params.push(Param::infer(&value));
    }
    Ok(params)
}

fn print_query(
    graph: &CitationGraph,
    query: &str,
    params: &unxref::query::Params,
    format: TableFormat,
) -> Result<ExitCode> {
    let table = if params.is_empty() {
        graph.query(query)
    } else {
        graph.query_params(query, params)
    }
    .map_err(|e| query_failed(e, query))?;
    let text = match format {
        TableFormat::Table => table.to_text(),
        TableFormat::Json => format!("{}\n", table.to_json()),
        TableFormat::Csv => table.to_csv(),
    };
    if !matches!(format, TableFormat::Table) {
        if table.is_empty() {
            warn_line!(
                "no results: {}",
                table.empty_note().unwrap_or("the query matched nothing")
            );
        }
        for note in table.notes() {
            warn_line!("note: {note}");
        }
    }
    if let Some(file) = table.render_target() {
        warn_line!("note: to draw this result into {file}, run `unxref render` with the query");
    }
    write_output(None, text.as_bytes())
}

/// A failed query's error, with a note under it on the characters of the
/// query its writer most likely did not mean (a Cyrillic `С` in `S/RES`, a
/// control character): the error alone points at them without saying why.
fn query_failed(error: unxref::query::QueryError, query: &str) -> anyhow::Error {
    match unxref::error::unexpected_characters(query) {
        Some(note) => anyhow::anyhow!("{error}\nnote: {note}"),
        None => error.into(),
    }
}

/// Run a query and draw its result (its subject, its answer's nodes and
/// the edges the query followed) into `output`.
fn render_query(
    graph: &CitationGraph,
    query: &str,
    output: &Path,
    force: bool,
    options: unxref::render::RenderOptions,
) -> Result<ExitCode> {
    use unxref::render;
    let table = graph.query(query).map_err(|e| query_failed(e, query))?;
    let result = render::result_graph(graph, &table);
    if result.empty {
        bail!("nothing to draw: {}", render::explain_empty(graph, query, &table));
    }
    let options = render::RenderOptions {
        title: Some(query.trim().to_string()),
        date: Some(render::today()),
        ..options
    }
    .for_result(&result)
    .with_citations_from(graph);
    // Every render error names the file, or is about Graphviz.
    let written = render::write(output, &result.graph, &options, force)?;
    for note in table.notes().iter().chain(&written.notes) {
        warn_line!("note: {note}");
    }
    let engine = written
        .engine
        .map(|e| format!(", drawn by {e}"))
        .unwrap_or_default();
    warn_line!(
        "wrote {} ({} of {} nodes of the answer{engine})",
        output.display(),
        written.shown,
        written.total
    );
    Ok(ExitCode::SUCCESS)
}

/// `16:9` or `1.78` as a width:height ratio.
/// `--max-nodes`: at least 1 (0 drew an empty diagram and succeeded).
fn parse_max_nodes(text: &str) -> std::result::Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(0) => Err("0 would draw nothing; give 1 or more (150 by default)".to_string()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "{text:?} is not a count of nodes; give a whole number, 1 or more"
        )),
    }
}

/// `--scale`: a finite factor from 0.25 to 16 (Graphviz's resolution is
/// 96 dpi times it). Zero, NaN and infinity were accepted and clamped or
/// passed on as `-Gdpi=NaN`.
fn parse_scale(text: &str) -> std::result::Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(f) if f.is_finite() && (0.25..=16.0).contains(&f) => Ok(f),
        _ => Err(format!(
            "{text:?}: give a factor between 0.25 and 16 (2 doubles the resolution of a PNG)"
        )),
    }
}

fn parse_aspect(text: &str) -> std::result::Result<f64, String> {
    let value = match text.split_once(':') {
        Some((w, h)) => {
            let (w, h): (f64, f64) = (
                w.trim().parse().map_err(|_| format!("{w:?} is not a number"))?,
                h.trim().parse().map_err(|_| format!("{h:?} is not a number"))?,
            );
            w / h
        }
        None => text
            .trim()
            .parse()
            .map_err(|_| format!("{text:?} is not a ratio such as 16:9"))?,
    };
    if value.is_finite() && (0.1..=10.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "{text}: give a ratio between 1:10 and 10:1, such as 16:9"
        ))
    }
}

/// The files and folders a command reads its graph from: the snapshot,
/// the corpus given, or the bundled corpus.
fn source_paths(source: &Source) -> Vec<PathBuf> {
    match &source.graph {
        Some(snapshot) => vec![snapshot.clone()],
        None if source.corpus.is_empty() => default_corpus(bundled_corpus()),
        None => source.corpus.clone(),
    }
}

/// Refuse to write `output` over what the command reads
/// ([`unxref::output::refuse_among_inputs`]).
fn refuse_output_among_inputs(output: &Path, inputs: &[PathBuf]) -> Result<()> {
    Ok(unxref::output::refuse_among_inputs(output, inputs)?)
}

/// The corpus as a caption names it: the folders or snapshot given, by
/// name only (no local path), or the bundled corpus.
fn corpus_name(source: &Source) -> String {
    let name = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string())
    };
    match &source.graph {
        Some(g) => format!("snapshot {}", name(g)),
        None if source.corpus.is_empty() => "the bundled corpus (data/)".to_string(),
        None => source.corpus.iter().map(name).collect::<Vec<_>>().join(", "),
    }
}

/// The bundled corpus: `$UNXREF_DATA`, else the `data/` folder of the source
/// tree this binary was built from.
/// Shown relative to the working directory when it lies below it, so that
/// evidence reads `data/000_….txt:105` rather than a long absolute path.
pub fn bundled_corpus() -> PathBuf {
    let data = std::env::var_os("UNXREF_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
    std::env::current_dir()
        .ok()
        .and_then(|cwd| data.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .filter(|relative| !relative.as_os_str().is_empty())
        .unwrap_or(data)
}

/// The graph a command works on: a snapshot, the given corpus, or the bundled one.
fn load_graph(source: &Source) -> Result<CitationGraph> {
    if let Some(path) = &source.graph {
        return Ok(CitationGraph::load(path)?);
    }
    if source.corpus.is_empty() {
        let data = bundled_corpus();
        if !data.is_dir() {
            bail!(
                "the bundled corpus is not at {} (set UNXREF_DATA to the data/ folder, or pass --corpus PATH)",
                data.display()
            );
        }
        return cached_default_graph(&default_corpus(data), &source.reading.options());
    }
    build_graph(&source.corpus, &source.reading.options())
}

/// The default corpus: `$UNXREF_DATA` alone when set; else `data/` (the five
/// seed texts) and the bundled Security Council resolutions,
/// `corpus/sc-resolutions/` of the source tree, shown relative to the
/// working directory as `data/` is.
fn default_corpus(data: PathBuf) -> Vec<PathBuf> {
    let mut paths = vec![data];
    if std::env::var_os("UNXREF_DATA").is_none() {
        let resolutions = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/sc-resolutions");
        let shown = std::env::current_dir()
            .ok()
            .and_then(|cwd| resolutions.strip_prefix(cwd).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| resolutions.clone());
        if resolutions.is_dir() {
            paths.push(shown);
        }
    }
    paths
}

/// The graph of the default corpus, from a snapshot cached under
/// `target/unxref-cache/` of the source tree when one matches, else built
/// (and cached when every file read). The cache key covers every file's
/// path, size and modification time, the reading options and this
/// executable (its size and time), so a changed file or a rebuilt unxref
/// never gets a stale answer; a cache that fails to load is rebuilt.
fn cached_default_graph(paths: &[PathBuf], options: &unxref::corpus::ReadOptions) -> Result<CitationGraph> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    unxref::corpus::fingerprint(paths, options).hash(&mut hasher);
    (options.max_file_size, options.follow_links).hash(&mut hasher);
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    if let Ok(meta) = std::env::current_exe().and_then(std::fs::metadata) {
        (meta.len(), meta.modified().ok()).hash(&mut hasher);
    }
    // One cache per corpus (the paths), replaced when its key changes.
    let mut corpus_hasher = std::hash::DefaultHasher::new();
    paths.hash(&mut corpus_hasher);
    let prefix = format!("default-{:016x}-", corpus_hasher.finish());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/unxref-cache");
    let cache = dir.join(format!("{prefix}{:016x}.unxref", hasher.finish()));
    if let Ok(graph) = CitationGraph::load(&cache) {
        return Ok(graph);
    }
    let built = build_streamed(paths, options)?;
    let complete = built.errors.is_empty();
    let graph = built.graph;
    // A cache is a convenience: failing to write one is not an error.
    if complete && std::fs::create_dir_all(&dir).is_ok() {
        for old in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = old.file_name().to_string_lossy().into_owned();
            if name.starts_with(&prefix) && name.ends_with(".unxref") && old.path() != cache {
                let _ = std::fs::remove_file(old.path());
            }
        }
        let _ = unxref::graph::snapshot::write_atomically(&cache, &graph.to_snapshot_bytes());
    }
    Ok(graph)
}

/// [`build_graph`], and what it met ([`BuildReport`]).
fn build_graph_reporting(
    paths: &[PathBuf],
    options: &unxref::corpus::ReadOptions,
) -> Result<(CitationGraph, BuildReport)> {
    let built = build_streamed(paths, options)?;
    let skipped = built.errors.iter().map(ToString::to_string).collect();
    let report = BuildReport::new(skipped, built.notes, &built.graph);
    Ok((built.graph, report))
}

/// Link a corpus's extractions into a graph, with what reading and linking met.
fn link_reporting(
    extractions: Vec<unxref::Extraction>,
    skipped: Vec<String>,
) -> (CitationGraph, BuildReport) {
    let notes = BuildReport::notes_of(&extractions);
    let graph = CitationGraph::from_extractions(extractions);
    let report = BuildReport::new(skipped, notes, &graph);
    (graph, report)
}

fn build_graph(paths: &[PathBuf], options: &unxref::corpus::ReadOptions) -> Result<CitationGraph> {
    Ok(build_streamed(paths, options)?.graph)
}

/// Read, extract and link the paths, streaming each file's extraction into
/// the graph ([`unxref::build`]), with a progress bar when stderr is a
/// terminal; unreadable files are reported on stderr.
fn build_streamed(paths: &[PathBuf], options: &unxref::corpus::ReadOptions) -> Result<unxref::build::Built> {
    // The extractor (its actor dictionary) is made while the folders are walked.
    let built = if progress_shown() {
        let bar = BuildBar::new();
        let built = unxref::build::build_graph_with(Extractor::new, paths, options, &bar);
        bar.finish();
        built
    } else {
        unxref::build::build_graph_with(Extractor::new, paths, options, &unxref::build::NoProgress)
    };
    for error in &built.errors {
        warn_line!("warning: {error}");
    }
    if built.files == 0 {
        bail!("no readable text files in {}", list_paths(paths));
    }
    Ok(built)
}

/// Whether a progress bar is drawn: standard error is a terminal that
/// takes cursor movements (not `TERM=dumb`, where each redraw was a new
/// line of escape sequences).
fn progress_shown() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// The progress bar of a build on a terminal: files read of all, bytes,
/// throughput and time left (by bytes).
struct BuildBar {
    bar: indicatif::ProgressBar,
    files: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl BuildBar {
    fn new() -> BuildBar {
        // Hidden until the walk has counted the files.
        let bar = indicatif::ProgressBar::hidden();
        let files = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        BuildBar { bar, files }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl unxref::build::Progress for BuildBar {
    fn begin(&self, files: u64, bytes: u64) {
        let done = std::sync::Arc::clone(&self.files);
        let style = indicatif::ProgressStyle::with_template(
            "reading {files} files {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta}",
        )
        .expect("progress template is valid")
        .with_key(
            "files",
            move |_: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}/{files}", done.load(std::sync::atomic::Ordering::Relaxed));
            },
        );
        self.bar.set_style(style);
        self.bar.set_length(bytes);
        self.bar
            .set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
    }

    fn file_done(&self, bytes: u64) {
        self.files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.bar.inc(bytes);
    }
}

/// Link the extractions the Spark job wrote, with the warnings a local
/// build prints for the files it could not read.
fn build_from_parquet(dir: &Path) -> Result<(CitationGraph, BuildReport)> {
    let corpus = unxref::graph::parquet::read_dir(dir)?;
    for error in &corpus.errors {
        warn_line!("warning: {error}");
    }
    if corpus.extractions.is_empty() {
        bail!("no readable text files in the tables under {}", dir.display());
    }
    Ok(link_reporting(corpus.extractions, corpus.errors))
}

fn extract_with_progress(paths: &[PathBuf], options: &unxref::corpus::ReadOptions) -> unxref::Corpus {
    let extractor = Extractor::new();
    if !progress_shown() {
        return extractor.extract_paths_opts(paths, options, &|_| {});
    }
    let bar = indicatif::ProgressBar::new(Extractor::count_files_opts(paths, options) as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("reading {pos}/{len} files {bar:40} {elapsed}")
            .expect("progress template is valid"),
    );
    let corpus = extractor.extract_paths_opts(paths, options, &|_| bar.inc(1));
    bar.finish_and_clear();
    corpus
}

fn report_load_errors(corpus: &unxref::Corpus) {
    for error in &corpus.errors {
        warn_line!("warning: {error}");
    }
}

fn list_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn extract(
    paths: &[PathBuf],
    format: ExtractFormat,
    options: &unxref::corpus::ReadOptions,
) -> Result<ExitCode> {
    let corpus = extract_with_progress(paths, options);
    report_load_errors(&corpus);
    if corpus.extractions.is_empty() {
        bail!("no readable text files in {}", list_paths(paths));
    }
    let out = match format {
        ExtractFormat::Json => serde_json::to_string_pretty(&corpus.extractions)?,
        ExtractFormat::Text => describe_extractions(&corpus.extractions),
    };
    write_output(None, out.as_bytes())?;
    let notes = BuildReport::notes_of(&corpus.extractions);
    let skipped = corpus.errors.iter().map(ToString::to_string).collect();
    let graph = CitationGraph::from_extractions(corpus.extractions.iter().cloned());
    warn_line!("{}", BuildReport::new(skipped, notes, &graph).summary());
    Ok(if corpus.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn describe_extractions(extractions: &[unxref::Extraction]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for extraction in extractions {
        let _ = writeln!(out, "{}", extraction.file);
        // A document the file states a tally of without holding it is no
        // document of the file.
        for doc in extraction.documents.iter().filter(|d| d.node.held) {
            let node = &doc.node;
            let _ = writeln!(
                out,
                "  {} [{}] lines {}-{}{}",
                node.id,
                node.kind,
                doc.lines.0,
                doc.lines.1,
                node.title
                    .as_deref()
                    .map(|t| format!(": {t}"))
                    .unwrap_or_default()
            );
            for link in extraction.links.iter().filter(|l| l.source.id == node.id) {
                let attrs = &link.attrs;
                let mut detail = Vec::new();
                if let Some(r) = &attrs.relation {
                    detail.push(r.clone());
                }
                if let Some(p) = &attrs.paragraph {
                    detail.push(format!("para {p}"));
                }
                if let Some(p) = &attrs.position {
                    detail.push(p.to_string());
                }
                if let Some(e) = &attrs.evidence {
                    detail.push(e.place());
                }
                let _ = writeln!(
                    out,
                    "    {} {} ({})",
                    link.kind,
                    link.target.id,
                    detail.join(", ")
                );
            }
        }
    }
    out
}

/// Write to a file atomically, or to standard output.
fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<ExitCode> {
    match path {
        Some(path) => unxref::output::write_atomically(path, bytes)?,
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(bytes).and_then(|()| out.flush())
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                // `> /dev/full`: say where the write failed.
                bail!(
                    "standard output: cannot write: {e}{}",
                    unxref::error::write_advice(&e)
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
