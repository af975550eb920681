//! Command-line parsing (clap), corpus loading with progress, and dispatch to
//! one function per subcommand. Errors are reported on stderr with context;
//! the exit code is 1 for a failed command, 2 for bad usage (clap's own).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use unxref::{CitationGraph, Extractor};

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
        /// The query, e.g. "what does 2531 cite".
        query: String,
        #[command(flatten)]
        source: Source,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Show what each document of the given files holds and cites.
    Extract {
        /// Files or folders (folders are read recursively for .txt files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
        format: ExtractFormat,
    },
    /// Build a graph from files and save it as a snapshot.
    Build {
        /// Files or folders (folders are read recursively for .txt files).
        #[arg(required_unless_present = "from_parquet")]
        paths: Vec<PathBuf>,
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
    /// Draw the result of a query as a diagram (.svg, .dot or .png).
    Render {
        /// The query whose result to draw, e.g. "what does 2531 cite".
        query: String,
        /// The file to write: .svg, .dot or .png (PNG needs Graphviz).
        #[arg(short, long)]
        output: PathBuf,
        #[command(flatten)]
        source: Source,
        /// Overwrite an existing file that unxref did not write.
        #[arg(long)]
        force: bool,
        /// Layout engine: Graphviz `dot` when installed (auto), or one of them.
        #[arg(long, value_enum, default_value_t = RenderEngine::Auto)]
        engine: RenderEngine,
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
    /// Files or folders to read (default: the bundled corpus, data/).
    #[arg(long = "corpus", value_name = "PATH")]
    corpus: Vec<PathBuf>,
    /// A snapshot saved by `unxref build`.
    #[arg(long, value_name = "FILE", conflicts_with = "corpus")]
    graph: Option<PathBuf>,
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

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
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
            let outcome = unxref::repl::run(graph, &name).context("the terminal failed")?;
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
        } => {
            let graph = load_graph(&source)?;
            print_query(&graph, &query, format)
        }
        Command::Extract { paths, format } => extract(&paths, format),
        Command::Build {
            paths,
            from_parquet,
            output,
            force,
        } => {
            let graph = match from_parquet {
                Some(dir) => build_from_parquet(&dir)?,
                None => build_graph(&paths)?,
            };
            graph.save(&output, force)?;
            let stats = graph.stats();
            eprintln!(
                "saved {} nodes and {} edges to {}",
                stats.nodes,
                stats.edges,
                output.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Render {
            query,
            output,
            source,
            force,
            engine,
        } => {
            let graph = load_graph(&source)?;
            render_query(&graph, &query, &output, force, engine)
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
            let graph = load_graph(&source)?;
            match output {
                Some(path) => {
                    for file in export::save(&graph, format, &path, force)? {
                        eprintln!("wrote {}", file.display());
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
fn print_query(graph: &CitationGraph, query: &str, format: TableFormat) -> Result<ExitCode> {
    let table = graph.query(query)?;
    let text = match format {
        TableFormat::Table => table.to_text(),
        TableFormat::Json => format!("{}\n", table.to_json()),
        TableFormat::Csv => table.to_csv(),
    };
    if !matches!(format, TableFormat::Table) {
        if table.is_empty() {
            eprintln!(
                "no results: {}",
                table.empty_note().unwrap_or("the query matched nothing")
            );
        }
        for note in table.notes() {
            eprintln!("note: {note}");
        }
    }
    if let Some(file) = table.render_target() {
        eprintln!("note: to draw this result into {file}, run `unxref render` with the query");
    }
    write_output(None, text.as_bytes())
}

/// Run a query and draw its result (its nodes, where the walk started, and
/// the edges among them) into `output`.
fn render_query(
    graph: &CitationGraph,
    query: &str,
    output: &Path,
    force: bool,
    engine: RenderEngine,
) -> Result<ExitCode> {
    use unxref::render::{self, EngineChoice, RenderOptions};
    let table = graph.query(query)?;
    let result = render::result_graph(graph, &table);
    if result.empty {
        bail!(
            "nothing to draw: {}",
            table.empty_note().unwrap_or("the result holds no nodes or paths")
        );
    }
    let options = RenderOptions {
        title: Some(query.trim().to_string()),
        focus: result.focus.clone(),
        engine: match engine {
            RenderEngine::Auto => EngineChoice::Auto,
            RenderEngine::Graphviz => EngineChoice::Graphviz,
            RenderEngine::Builtin => EngineChoice::Fallback,
        },
        ..RenderOptions::default()
    }
    .with_citations_from(graph);
    let written = render::write(output, &result.graph, &options, force)
        .with_context(|| format!("cannot draw into {}", output.display()))?;
    for note in table.notes().iter().chain(&written.notes) {
        eprintln!("note: {note}");
    }
    let engine = written
        .engine
        .map(|e| format!(", drawn by {e}"))
        .unwrap_or_default();
    eprintln!(
        "wrote {} ({} of {} nodes{engine})",
        output.display(),
        written.shown,
        written.total
    );
    Ok(ExitCode::SUCCESS)
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
        return build_graph(&[data]);
    }
    build_graph(&source.corpus)
}

/// Read and extract the paths, reporting unreadable files on stderr, with a
/// progress bar when stderr is a terminal.
fn build_graph(paths: &[PathBuf]) -> Result<CitationGraph> {
    let corpus = extract_with_progress(paths);
    report_load_errors(&corpus);
    if corpus.extractions.is_empty() {
        bail!("no readable text files in {}", list_paths(paths));
    }
    Ok(CitationGraph::from_extractions(corpus.extractions))
}

/// Link the extractions the Spark job wrote, with the warnings a local
/// build prints for the files it could not read.
fn build_from_parquet(dir: &Path) -> Result<CitationGraph> {
    let corpus = unxref::graph::parquet::read_dir(dir)?;
    for error in &corpus.errors {
        eprintln!("warning: {error}");
    }
    if corpus.extractions.is_empty() {
        bail!("no readable text files in the tables under {}", dir.display());
    }
    Ok(CitationGraph::from_extractions(corpus.extractions))
}

fn extract_with_progress(paths: &[PathBuf]) -> unxref::Corpus {
    let extractor = Extractor::new();
    if !std::io::stderr().is_terminal() {
        return extractor.extract_paths(paths);
    }
    let bar = indicatif::ProgressBar::new(Extractor::count_files(paths) as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("reading {pos}/{len} files {bar:40} {elapsed}")
            .expect("progress template is valid"),
    );
    let corpus = extractor.extract_paths_with(paths, unxref::corpus::DEFAULT_MAX_FILE_SIZE, &|_| bar.inc(1));
    bar.finish_and_clear();
    corpus
}

fn report_load_errors(corpus: &unxref::Corpus) {
    for error in &corpus.errors {
        eprintln!("warning: {error}");
    }
}

fn list_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn extract(paths: &[PathBuf], format: ExtractFormat) -> Result<ExitCode> {
    let corpus = extract_with_progress(paths);
    report_load_errors(&corpus);
    if corpus.extractions.is_empty() {
        bail!("no readable text files in {}", list_paths(paths));
    }
    let out = match format {
        ExtractFormat::Json => serde_json::to_string_pretty(&corpus.extractions)?,
        ExtractFormat::Text => describe_extractions(&corpus.extractions),
    };
    write_output(None, out.as_bytes())?;
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
        for doc in &extraction.documents {
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
                    detail.push(format!("line {}", e.line));
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
        Some(path) => unxref::graph::snapshot::write_atomically(path, bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(bytes).and_then(|()| out.flush())
                && e.kind() != std::io::ErrorKind::BrokenPipe
            {
                return Err(e.into());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
