//! The state of a shell session (the graph, its name, the output settings)
//! and what one input does: a query, or a dot-command. Nothing here touches
//! the terminal, so piped input, the interactive loop and tests share it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use thiserror::Error;

use super::lexer;
use super::words::{self, DOT_COMMANDS, EXAMPLES, FORMATS, HELP_TOPICS, KEYS, QUIT_NAMES};
use crate::error::{QueryError, RenderError, SnapshotError};
use crate::graph::CitationGraph;
use crate::query::Table;
use crate::render::{RenderOptions, Written};

/// Set by the Ctrl-C handler while a query runs; the session polls it.
pub(crate) static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Rows shown at a terminal before a result is cut short.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::{DEFAULT_MAX_ROWS, Session};
/// let mut session = Session::new(graph, "data");
/// session.set_max_rows(Some(DEFAULT_MAX_ROWS));
/// assert!(session.execute("what does 2531 cite")?.text.contains("(14 rows)"));
/// # Ok::<(), unxref::repl::ReplError>(())
/// ```
pub const DEFAULT_MAX_ROWS: usize = 40;

/// Something a session could not do. None of these ends the session.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::{ReplError, Session};
/// let mut session = Session::new(graph, "data");
/// let err = session.execute(".format yaml").unwrap_err();
/// assert!(matches!(err, ReplError::Usage { .. }));
/// assert!(matches!(session.execute("what dose 2531 cite"), Err(ReplError::Query(_))));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ReplError {
    /// A query that does not parse, names an unknown node, or fails:
    /// `what dose 2531 cite`.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// A dot-command that does not exist: `.fromat json`.
    #[error("unknown command {name}{}; type .help for the list", suggest(.suggestion))]
    UnknownCommand {
        /// The command as typed.
        name: String,
        /// The closest command, if one is close.
        suggestion: Option<&'static str>,
    },
    /// A dot-command with a missing or wrong argument: `.format yaml`.
    #[error("{problem}\nusage: {usage}")]
    Usage {
        /// What is wrong.
        problem: String,
        /// The command's usage line.
        usage: String,
    },
    /// `.load` found nothing to read: `.load empty-folder/`.
    #[error("{0}")]
    Load(String),
    /// `.load` or `.save` of a snapshot failed: `.load notes.txt.snapshot` on a text file.
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
    /// `.render` could not draw or write the diagram: `.render 2531 to /no/such/dir/x.svg`.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// `.render` of a result with no node or path: `.render what cites 2531 | count to x.svg`.
    #[error("nothing to draw: {0}")]
    NothingToDraw(String),
    /// Ctrl-C while a query or a load ran.
    #[error("interrupted")]
    Interrupted,
    /// The query crashed: a bug in unxref, reported rather than ending the session.
    #[error("internal error while running this (a bug in unxref; please report it with the input)")]
    Crashed,
}

fn suggest(suggestion: &Option<&'static str>) -> String {
    suggestion
        .map(|s| format!(" (did you mean {s}?)"))
        .unwrap_or_default()
}

/// How results are printed.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::{Format, Session};
/// let mut session = Session::new(graph, "data");
/// assert_eq!(session.format(), Format::Table);
/// session.execute(".format json")?;
/// assert_eq!(session.format(), Format::Json);
/// assert!(session.execute("what does 2518 cite")?.text.trim_start().starts_with('['));
/// # Ok::<(), unxref::repl::ReplError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// Aligned columns.
    #[default]
    Table,
    /// A JSON array of objects (the contract of `unxref query --format json`).
    Json,
    /// A header line, then one comma-separated line a row.
    Csv,
}

impl Format {
    /// The name `.format` takes.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::repl::Format;
    /// assert_eq!(Format::Csv.as_str(), "csv");
    /// assert_eq!("JSON".parse::<Format>().map(Format::as_str).ok(), Some("json"));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = ReplError;
    fn from_str(s: &str) -> Result<Format, ReplError> {
        match s.to_ascii_lowercase().as_str() {
            "table" | "box" | "text" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(usage(
                ".format",
                format!("unknown format {s:?}; choose one of {}", FORMATS.join(", ")),
            )),
        }
    }
}

fn usage(command: &str, problem: String) -> ReplError {
    let usage = words::dot_command(command)
        .map(|c| format!("{} {}", c.name, c.args).trim_end().to_string())
        .unwrap_or_else(|| command.to_string());
    ReplError::Usage { problem, usage }
}

/// What an input produced.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::Session;
/// let mut session = Session::new(graph, "data");
/// let reply = session.execute("what does 2518 cite | count")?;
/// assert!(reply.text.contains("count") && !reply.quit);
/// assert!(session.execute(".quit")?.quit);
/// # Ok::<(), unxref::repl::ReplError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    /// Text for standard output (a result, a confirmation, help), possibly empty.
    pub text: String,
    /// Notes for standard error: warnings, timings.
    pub notes: Vec<String>,
    /// True when the input asked to leave.
    pub quit: bool,
    /// True when the graph was replaced (`.load`): completion must re-index.
    pub graph_changed: bool,
}

impl Reply {
    fn text(text: impl Into<String>) -> Reply {
        Reply {
            text: text.into(),
            ..Reply::default()
        }
    }
}

/// A session: the graph being questioned and the output settings.
///
/// # Examples
///
/// ```
/// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
/// use unxref::repl::Session;
/// let mut session = Session::new(graph, "data");
/// let reply = session.execute("what cites 1325")?;
/// assert!(reply.text.contains("S/RES/2553 (2020)"));
/// assert!(reply.text.ends_with("(3 rows)\n"));
/// # Ok::<(), unxref::repl::ReplError>(())
/// ```
#[derive(Debug)]
pub struct Session {
    graph: Arc<CitationGraph>,
    name: String,
    format: Format,
    timer: bool,
    max_rows: Option<usize>,
    width: Option<usize>,
    quiet: bool,
    /// The files and folders the graph was read from: nothing the session
    /// writes may replace one or land in a corpus folder among them.
    inputs: Vec<PathBuf>,
    /// How `.load` reads files (`--max-file-size`, `--follow-links` of
    /// `unxref repl`).
    reading: crate::corpus::ReadOptions,
    /// The last answer, for the questions that follow it (`how many`,
    /// `which of them …`, `and 1820?`, `draw it`); cleared by `.load`.
    last: Option<crate::query::Answered>,
}

impl Session {
    /// A session on `graph`, called `name` in the prompt (`data`, a file stem).
    /// Results are shown whole; see [`Session::set_max_rows`].
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, repl::Session};
    /// let session = Session::new(CitationGraph::new(), "empty");
    /// assert_eq!(session.prompt(), "unxref empty 0n/0e> ");
    /// ```
    pub fn new(graph: CitationGraph, name: impl Into<String>) -> Session {
        Session {
            graph: Arc::new(graph),
            name: name.into(),
            format: Format::Table,
            timer: false,
            max_rows: None,
            width: None,
            quiet: false,
            inputs: Vec::new(),
            reading: crate::corpus::ReadOptions::default(),
            last: None,
        }
    }

    /// How `.load` reads files: the size limit and whether links to
    /// folders are followed (`unxref repl --max-file-size 1M`). `.load`
    /// read with the defaults whatever the command line said.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::{CitationGraph, corpus::ReadOptions, repl::Session};
    /// let mut session = Session::new(CitationGraph::new(), "empty");
    /// session.set_read_options(ReadOptions::default().with_max_file_size(1024));
    /// let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    /// // Every seed text of data/ is over 1 KiB: none is read.
    /// let err = session.execute(&format!(".load {data}")).unwrap_err();
    /// assert!(err.to_string().contains("--max-file-size"), "{err}");
    /// ```
    pub fn set_read_options(&mut self, options: crate::corpus::ReadOptions) {
        self.reading = options;
    }

    /// Name the files and folders the graph was read from (a snapshot, a
    /// corpus folder): `.save` and `render … to FILE` then refuse to write
    /// over one of them or a document into one, as `unxref build` does.
    /// `.load` sets them itself.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let data = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
    /// let mut session = unxref::repl::Session::new(graph, "data");
    /// session.set_inputs(vec![data.clone()]);
    /// let err = session.execute(&format!(".save {}/graph.txt", data.display())).unwrap_err();
    /// assert!(err.to_string().contains("is a file of the corpus this command reads"), "{err}");
    /// ```
    pub fn set_inputs(&mut self, inputs: Vec<PathBuf>) {
        self.inputs = inputs;
    }

    /// The graph being questioned.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let session = unxref::repl::Session::new(graph, "data");
    /// assert!(session.graph().node("S/2014/660").is_some());
    /// ```
    pub fn graph(&self) -> &CitationGraph {
        &self.graph
    }

    /// The graph's name in the prompt.
    ///
    /// # Examples
    ///
    /// ```
    /// let session = unxref::repl::Session::new(unxref::CitationGraph::new(), "sc-resolutions");
    /// assert_eq!(session.name(), "sc-resolutions");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The output format.
    ///
    /// # Examples
    ///
    /// ```
    /// use unxref::repl::{Format, Session};
    /// let mut session = Session::new(unxref::CitationGraph::new(), "data");
    /// session.execute(".format csv")?;
    /// assert_eq!(session.format(), Format::Csv);
    /// # Ok::<(), unxref::repl::ReplError>(())
    /// ```
    pub fn format(&self) -> Format {
        self.format
    }

    /// Cut results longer than `max` rows (None: show all rows).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let mut session = unxref::repl::Session::new(graph, "data");
    /// session.set_max_rows(Some(3));
    /// let text = session.execute("what does 2531 cite")?.text;
    /// assert_eq!(text.lines().filter(|l| l.starts_with("S/")).count(), 3);
    /// # Ok::<(), unxref::repl::ReplError>(())
    /// ```
    pub fn set_max_rows(&mut self, max: Option<usize>) {
        self.max_rows = max;
    }

    /// Say nothing when a setting changes (`.format json` prints no
    /// `format: json`), so that a script's output is its results alone.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut session = unxref::repl::Session::new(unxref::CitationGraph::new(), "data");
    /// assert_eq!(session.execute(".format json")?.text, "format: json\n");
    /// session.set_quiet(true);
    /// assert_eq!(session.execute(".format csv")?.text, "");
    /// # Ok::<(), unxref::repl::ReplError>(())
    /// ```
    pub fn set_quiet(&mut self, quiet: bool) {
        self.quiet = quiet;
    }

    /// A confirmation that a setting changed, unless quiet.
    fn confirm(&self, text: String) -> Reply {
        if self.quiet {
            Reply::default()
        } else {
            Reply::text(text)
        }
    }

    /// Fit output to `width` columns (the terminal's): a wider table shows
    /// one block a row, plans and notes wrap; nothing is cut. None leaves
    /// lines as they are.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let mut session = unxref::repl::Session::new(graph, "data");
    /// session.set_width(Some(60));
    /// let text = session.execute("what does 2531 cite")?.text;
    /// assert!(text.lines().all(|l| l.chars().count() <= 60));
    /// # Ok::<(), unxref::repl::ReplError>(())
    /// ```
    pub fn set_width(&mut self, width: Option<usize>) {
        self.width = width;
    }

    /// The prompt: `unxref data 312n/1.2ke> `.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let session = unxref::repl::Session::new(graph, "data");
    /// assert!(session.prompt().starts_with("unxref data "));
    /// assert!(session.prompt().ends_with("e> "));
    /// ```
    pub fn prompt(&self) -> String {
        format!(
            "unxref {} {}> ",
            self.name,
            size_label(self.graph.node_count(), self.graph.edge_count())
        )
    }

    /// The greeting: what is loaded, three example queries, how to get help.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let session = unxref::repl::Session::new(graph, "data");
    /// let banner = session.banner();
    /// assert!(banner.contains("data ("));
    /// assert!(banner.contains("Type .help for help"));
    /// ```
    pub fn banner(&self) -> String {
        let stats = self.graph.stats();
        let mut out = format!(
            "unxref {}: {} ({} nodes, {} edges; {} documents held, {} cited only, {} actors, places and Charter chapters)\n",
            env!("CARGO_PKG_VERSION"),
            self.name,
            stats.nodes,
            stats.edges,
            stats.held_documents,
            stats.stub_documents,
            stats.actors
        );
        out.push_str("Try:\n");
        for example in self.examples() {
            out.push_str(&format!("  {example}\n"));
        }
        out.push_str("Type .help for help, Tab to complete, Ctrl-D to leave.\n");
        out
    }

    /// Three example queries that give an answer on this graph: what the most
    /// citing held resolution cites, what cites the most cited resolution, and what
    /// mentions the most mentioned actor; the documented examples otherwise.
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let session = unxref::repl::Session::new(graph, "data");
    /// let examples = session.examples();
    /// assert_eq!(examples.len(), 3);
    /// // Each gives an answer on this graph.
    /// let mut session = session;
    /// for query in &examples {
    ///     assert!(!session.execute(query)?.text.contains("No results"), "{query}");
    /// }
    /// # Ok::<(), unxref::repl::ReplError>(())
    /// ```
    pub fn examples(&self) -> Vec<String> {
        use crate::model::{EdgeKind, NodeKind};
        use std::collections::BTreeMap;
        let mut out_cites: BTreeMap<&str, usize> = BTreeMap::new();
        let mut in_cites: BTreeMap<&str, usize> = BTreeMap::new();
        let mut mentioned: BTreeMap<&str, usize> = BTreeMap::new();
        for e in self.graph.edges() {
            match e.edge.kind {
                EdgeKind::Cites => {
                    if e.source.kind == NodeKind::Resolution && e.source.held {
                        *out_cites.entry(&e.source.id).or_default() += 1;
                    }
                    if e.target.kind == NodeKind::Resolution {
                        *in_cites.entry(&e.target.id).or_default() += 1;
                    }
                }
                EdgeKind::Mentions if e.target.kind == NodeKind::Actor => {
                    *mentioned.entry(&e.target.id).or_default() += 1;
                }
                _ => {}
            }
        }
        // Ties go to the first id in order, so the banner is stable.
        let top = |m: &BTreeMap<&str, usize>| {
            m.iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(id, _)| id.to_string())
        };
        let short = |id: &str| {
            self.graph
                .node(id)
                .map(short_name)
                .unwrap_or_else(|| id.to_string())
        };
        let defaults = ["what does 2531 cite", "what cites 1325", "what mentions MINUSMA"];
        vec![
            top(&out_cites).map_or(defaults[0].into(), |id| format!("what does {} cite", short(&id))),
            top(&in_cites).map_or(defaults[1].into(), |id| format!("what cites {}", short(&id))),
            top(&mentioned).map_or(defaults[2].into(), |id| format!("what mentions {}", short(&id))),
        ]
    }

    /// Run one input: a dot-command, `help`, or a query (possibly typed over
    /// several lines).
    ///
    /// # Examples
    ///
    /// ```
    /// # let graph = unxref::CitationGraph::from_extractions(unxref::extract_paths(&[concat!(env!("CARGO_MANIFEST_DIR"), "/data")]).extractions);
    /// let mut session = unxref::repl::Session::new(graph, "data");
    /// // A query may run over several lines.
    /// let reply = session.execute("what does 2518 cite\n  | count")?;
    /// assert!(reply.text.contains('2'));
    /// assert!(session.execute("help")?.text.contains("Commands:"));
    /// # Ok::<(), unxref::repl::ReplError>(())
    /// ```
    pub fn execute(&mut self, input: &str) -> Result<Reply, ReplError> {
        let line = lexer::join_lines(input);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return Ok(Reply::default());
        }
        let (head, rest) = line
            .split_once(char::is_whitespace)
            .map_or((line, ""), |(h, r)| (h, r.trim()));
        let lower = head.to_ascii_lowercase();
        if QUIT_NAMES.contains(&lower.as_str()) && rest.is_empty() {
            return Ok(Reply {
                quit: true,
                ..Reply::default()
            });
        }
        if lower == "help" || lower == "\\?" || lower == "?" {
            return Ok(Reply::text(help_topic(rest)?));
        }
        if lower.starts_with('.') {
            return self.command(&lower, rest);
        }
        self.query(line)
    }

    fn command(&mut self, typed: &str, arg: &str) -> Result<Reply, ReplError> {
        let name = canonical_command(typed);
        // `.stats extra`, `.quit now`: a command that takes no argument
        // refuses one rather than ignoring it.
        if let Some(c) = words::dot_command(name)
            && c.args.is_empty()
            && !arg.is_empty()
        {
            return Err(usage(c.name, format!("{typed} takes no argument, not {arg:?}")));
        }
        match name {
            ".help" => Ok(Reply::text(wrap(&help_topic(arg)?, self.width))),
            ".format" => {
                if arg.is_empty() {
                    return Ok(Reply::text(format!("format: {}\n", self.format.as_str())));
                }
                self.format = arg.parse()?;
                Ok(self.confirm(format!("format: {}\n", self.format.as_str())))
            }
            ".timer" => {
                self.timer = match arg.to_ascii_lowercase().as_str() {
                    "on" => true,
                    "off" => false,
                    "" => !self.timer,
                    other => return Err(usage(".timer", format!("expected on or off, not {other:?}"))),
                };
                Ok(self.confirm(format!("timer: {}\n", if self.timer { "on" } else { "off" })))
            }
            ".maxrows" => {
                self.max_rows = match arg.to_ascii_lowercase().as_str() {
                    "all" | "0" | "off" => None,
                    n => Some(n.parse::<usize>().map_err(|_| {
                        usage(
                            ".maxrows",
                            format!("expected a number of rows or `all`, not {n:?}"),
                        )
                    })?),
                };
                Ok(self.confirm(match self.max_rows {
                    Some(n) => format!("maxrows: {n}\n"),
                    None => "maxrows: all\n".to_string(),
                }))
            }
            ".stats" => Ok(Reply::text(self.stats())),
            ".load" => self.load(arg),
            ".save" => self.save(arg),
            ".render" => {
                let has_file = arg
                    .to_lowercase()
                    .rsplit_once(" to ")
                    .is_some_and(|(query, file)| !query.trim().is_empty() && !file.trim().is_empty());
                if !has_file {
                    return Err(usage(
                        ".render",
                        "give a query and a file: .render what does 2531 cite to 2531.svg".into(),
                    ));
                }
                // `.render --open QUERY to FILE.html` also opens the file.
                match arg.strip_prefix("--open") {
                    Some(rest) if rest.starts_with(char::is_whitespace) => {
                        let mut reply = self.query(&format!("render {}", rest.trim_start()))?;
                        if let Some((_, file)) = rest.rsplit_once(" to ") {
                            reply.notes.push(open_in_browser(Path::new(file.trim())));
                        }
                        Ok(reply)
                    }
                    _ => self.query(&format!("render {arg}")),
                }
            }
            ".quit" => Ok(Reply {
                quit: true,
                ..Reply::default()
            }),
            _ => Err(ReplError::UnknownCommand {
                name: typed.to_string(),
                suggestion: words::closest(name, DOT_COMMANDS.iter().map(|c| c.name)),
            }),
        }
    }

    fn stats(&self) -> String {
        format!("graph: {}\n{}", self.name, self.graph.stats().report())
    }

    fn load(&mut self, arg: &str) -> Result<Reply, ReplError> {
        let paths = split_paths(arg);
        if paths.is_empty() {
            return Err(usage(
                ".load",
                "give a corpus folder, .txt files, or a snapshot".into(),
            ));
        }
        let loaded = run_interruptibly(
            {
                let paths = paths.clone();
                let reading = self.reading;
                move || load_paths_with(&paths, &reading)
            },
            &crate::query::Cancel::new(),
        )??;
        let (graph, warnings) = loaded;
        self.graph = Arc::new(graph);
        self.last = None;
        self.name = source_name(&paths);
        self.inputs = paths;
        let loaded = format!(
            "loaded {}: {} nodes, {} edges",
            self.name,
            self.graph.node_count(),
            self.graph.edge_count()
        );
        Ok(Reply {
            notes: std::iter::once(loaded).chain(warnings).collect(),
            graph_changed: true,
            ..Reply::default()
        })
    }

    fn save(&self, arg: &str) -> Result<Reply, ReplError> {
        let mut paths = split_paths(arg);
        let force = paths.len() != {
            paths.retain(|p| p.as_os_str() != "--force" && p.as_os_str() != "-f");
            paths.len()
        };
        let [path] = paths.as_slice() else {
            return Err(usage(
                ".save",
                "give one file to write (and --force to overwrite any file)".into(),
            ));
        };
        crate::output::refuse_among_inputs(path, &self.inputs).map_err(SnapshotError::from)?;
        self.graph.save(
            path,
            if force {
                crate::graph::Overwrite::Any
            } else {
                crate::graph::Overwrite::Snapshots
            },
        )?;
        Ok(Reply {
            notes: vec![format!(
                "saved {} nodes and {} edges to {}",
                self.graph.node_count(),
                self.graph.edge_count(),
                path.display()
            )],
            ..Reply::default()
        })
    }

    /// Run a query; a follow-up (`how many`, `which of them …`, `and
    /// 1820?`, `draw it`) is first rewritten over the last answer, which
    /// each answer then replaces.
    fn query(&mut self, text: &str) -> Result<Reply, ReplError> {
        let follow_up = self.graph.follow_up(text, self.last.as_ref())?;
        let asked = follow_up.as_deref().unwrap_or(text);
        let mut reply = self.run_query(asked)?;
        if let Some(query) = &follow_up {
            reply.notes.insert(
                0,
                format!("note: read as a question about the previous answer: {query}"),
            );
        }
        if let Some(answered) = self.graph.answered(asked) {
            self.last = Some(answered);
        }
        Ok(reply)
    }

    fn run_query(&self, text: &str) -> Result<Reply, ReplError> {
        let graph = Arc::clone(&self.graph);
        let query = text.to_string();
        let started = Instant::now();
        // Rows are read in the worker too: the table leaves it owned.
        // Ctrl-C both gives the prompt back and stops the search itself.
        let cancel = crate::query::Cancel::new();
        let limits = crate::query::Limits {
            cancel: Some(cancel.clone()),
            ..crate::query::Limits::default()
        };
        let table = run_interruptibly(
            move || graph.query_with(&query, limits).map(Table::into_owned),
            &cancel,
        )??;
        let mut reply = Reply::default();
        if let Some(file) = table.render_target() {
            crate::output::refuse_among_inputs(Path::new(file), &self.inputs).map_err(RenderError::from)?;
            let written = draw(&self.graph, &table, Path::new(file), text)?;
            reply.notes.push(format!(
                "wrote {} ({} of {} nodes{})",
                written.path.display(),
                written.shown,
                written.total,
                written
                    .engine
                    .map(|e| format!(", drawn by {e}"))
                    .unwrap_or_default()
            ));
            let notes = table.notes().iter().chain(&written.notes);
            reply.notes.extend(notes.map(|n| format!("note: {n}")));
        } else {
            reply.text = match (self.format, self.max_rows) {
                (Format::Table, max) => {
                    let text = max.map_or_else(|| table.to_text(), |m| table.to_text_truncated(m));
                    fit(&table, text, max, self.width)
                }
                (Format::Json, _) => format!("{}\n", table.to_json()),
                (Format::Csv, _) => table.to_csv(),
            };
            if self.format != Format::Table {
                // The table format prints these itself; json and csv stay data only.
                if table.is_empty() {
                    let why = table.empty_note().unwrap_or("the query matched nothing");
                    reply.notes.push(format!("note: no results: {why}"));
                }
                reply
                    .notes
                    .extend(table.notes().iter().map(|n| format!("note: {n}")));
            }
        }
        if self.timer {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            reply.notes.push(format!("Time: {ms:.3} ms"));
        }
        Ok(reply)
    }
}

/// Wrap the lines of `text` longer than `width` at word boundaries; a
/// wrapped line goes on under its own text (under the description of a
/// `  name   description` line), so help reads at any width.
fn wrap(text: &str, width: Option<usize>) -> String {
    let Some(width) = width.filter(|&w| w > 20) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.chars().count() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        // The description column: after the first run of two spaces past the indent.
        let hang = line[indent..]
            .find("  ")
            .map(|at| {
                let rest = &line[indent + at..];
                indent + at + (rest.len() - rest.trim_start().len())
            })
            .filter(|&h| h + 16 <= width)
            .unwrap_or(indent);
        let mut current = line[..indent].to_string();
        for (i, word) in line[indent..].split(' ').enumerate() {
            let len = current.chars().count();
            if i == 0 {
                current.push_str(word);
                continue;
            }
            if len > hang && len + 1 + word.chars().count() > width {
                out.push_str(current.trim_end());
                out.push('\n');
                current = " ".repeat(hang);
            } else {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(current.trim_end());
        out.push('\n');
    }
    out
}

/// A table's text for a terminal `width` columns wide, never cut: as it is
/// when it fits; a table of rows wider than the terminal as one block a row
/// (`psql`'s `\x auto`), every value whole and wrapped; plans and notes
/// wrapped at word boundaries.
fn fit(table: &Table, text: String, max_rows: Option<usize>, width: Option<usize>) -> String {
    let Some(width) = width.filter(|&w| w > 20) else {
        return text;
    };
    if text.lines().all(|l| l.chars().count() <= width) {
        return text;
    }
    if table.is_empty() || table.columns() == ["plan"] {
        return wrap(&text, Some(width));
    }
    expanded(table, max_rows, width)
}

/// One block a row: `-[ RECORD 1 ]---`, then `column | value` lines, values
/// whole (the quote of the evidence too) and wrapped under themselves.
fn expanded(table: &Table, max_rows: Option<usize>, width: usize) -> String {
    let csv = table.to_csv();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map(|h| h.iter().map(str::to_string).collect())
        .unwrap_or_default();
    let name_width = headers.iter().map(|h| h.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    let max = max_rows.unwrap_or(usize::MAX);
    let mut shown = 0;
    for record in reader.records().flatten() {
        if shown == max {
            break;
        }
        shown += 1;
        let title = format!("-[ RECORD {shown} ]");
        let rule = width.saturating_sub(title.chars().count()).min(40);
        out.push_str(&format!("{title}{}\n", "-".repeat(rule)));
        for (name, value) in headers.iter().zip(record.iter()) {
            if value.is_empty() {
                continue;
            }
            let line = format!("{name:<name_width$} | {value}");
            out.push_str(&wrap_value(&line, name_width + 3, width));
        }
    }
    let total = table.len();
    if shown < total {
        out.push_str(&format!("… {} more rows (add `limit`)\n", total - shown));
    } else {
        out.push_str(&format!("({total} row{})\n", if total == 1 { "" } else { "s" }));
    }
    for note in table.notes() {
        out.push_str(&wrap(&format!("note: {note}"), Some(width)));
    }
    out
}

/// Wrap one `name | value` line at `width`, going on under the value
/// (`hang` columns in); a word longer than a line is broken where it must be.
fn wrap_value(line: &str, hang: usize, width: usize) -> String {
    let room = width.saturating_sub(hang).max(10);
    let (head, value) = line.split_at(line.char_indices().nth(hang).map_or(line.len(), |(i, _)| i));
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in value.split(' ') {
        let mut word = word.to_string();
        loop {
            let len = current.chars().count();
            let extra = usize::from(len > 0) + word.chars().count();
            if len + extra <= room {
                if len > 0 {
                    current.push(' ');
                }
                current.push_str(&word);
                break;
            }
            if len > 0 {
                lines.push(std::mem::take(&mut current));
                continue;
            }
            // A word longer than the room: break it.
            let cut: String = word.chars().take(room).collect();
            word = word.chars().skip(room).collect();
            lines.push(cut);
            if word.is_empty() {
                break;
            }
        }
    }
    lines.push(current);
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i == 0 {
            out.push_str(head);
        } else {
            out.push_str(&" ".repeat(hang));
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Draw a query result (its nodes, where the walk started, the edges the
/// query followed) into `path`, titled with the query
/// (`render what does 2531 cite to x.svg` → `what does 2531 cite`).
fn draw(whole: &CitationGraph, table: &Table, path: &Path, query: &str) -> Result<Written, ReplError> {
    let result = crate::render::result_graph(whole, table);
    if result.empty {
        let why = table.empty_note().unwrap_or("the result holds no nodes or paths");
        return Err(ReplError::NothingToDraw(why.to_string()));
    }
    let title = query.trim();
    let title = title
        .get(..7)
        .filter(|h| h.eq_ignore_ascii_case("render "))
        .map_or(title, |_| &title[7..]);
    let title = title.rsplit_once(" to ").map_or(title, |(q, _)| q.trim());
    let options = RenderOptions {
        title: Some(title.to_string()),
        date: Some(crate::render::today()),
        ..RenderOptions::default()
    }
    .for_result(&result)
    .with_citations_from(whole);
    Ok(crate::render::write(path, &result.graph, &options, false)?)
}

/// Open `file` with the desktop's browser or viewer (`xdg-open`, `open`,
/// `start`), without waiting; say what happened.
fn open_in_browser(file: &Path) -> String {
    let (program, args): (&str, &[&str]) = if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("cmd", &["/C", "start", ""])
    } else {
        ("xdg-open", &[])
    };
    let spawned = std::process::Command::new(program)
        .args(args)
        .arg(file)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match spawned {
        Ok(_) => format!("opened {} with {program}", file.display()),
        Err(e) => format!(
            "note: could not open {} with {program} ({e}); open the file in a browser yourself",
            file.display()
        ),
    }
}

/// Run `work` on its own thread and wait for it, giving up when Ctrl-C sets
/// [`INTERRUPTED`], and then cancelling `cancel` so that the abandoned
/// query stops its search too instead of keeping a core busy; the graph it
/// reads is shared, so nothing is torn.
fn run_interruptibly<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
    cancel: &crate::query::Cancel,
) -> Result<T, ReplError> {
    INTERRUPTED.store(false, Ordering::SeqCst);
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("unxref-query".into())
        .spawn(move || {
            let _ = tx.send(work());
        });
    if spawned.is_err() {
        return Err(ReplError::Crashed);
    }
    loop {
        match rx.recv_timeout(Duration::from_millis(20)) {
            Ok(value) => return Ok(value),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if INTERRUPTED.swap(false, Ordering::SeqCst) {
                    cancel.cancel();
                    return Err(ReplError::Interrupted);
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return Err(ReplError::Crashed),
        }
    }
}

/// Read a snapshot, or extract a corpus from folders and files. Returns the
/// graph and a warning for each file that could not be read.
///
/// # Examples
///
/// ```
/// use std::path::PathBuf;
/// use unxref::repl::load_paths;
/// let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let (graph, warnings) = load_paths(&[data])?;
/// assert!(graph.node("S/2020/600").is_some());
/// // The last line sums up what reading met (`unxref check` lists it).
/// assert_eq!(warnings.len(), 1);
/// assert!(warnings[0].starts_with("warnings: 0 files skipped"));
/// assert!(load_paths(&[PathBuf::from("no/such/folder")]).is_err());
/// # Ok::<(), unxref::repl::ReplError>(())
/// ```
pub fn load_paths(paths: &[PathBuf]) -> Result<(CitationGraph, Vec<String>), ReplError> {
    load_paths_with(paths, &crate::corpus::ReadOptions::default())
}

/// [`load_paths`] reading files with `options` (a size limit, links to
/// folders followed); a snapshot is read whole.
///
/// # Examples
///
/// ```
/// use std::path::PathBuf;
/// use unxref::{corpus::ReadOptions, repl::load_paths_with};
/// let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data"));
/// let options = ReadOptions::default().with_max_file_size(1024);
/// assert!(load_paths_with(&[data], &options).is_err()); // every file is over 1 KiB
/// ```
pub fn load_paths_with(
    paths: &[PathBuf],
    options: &crate::corpus::ReadOptions,
) -> Result<(CitationGraph, Vec<String>), ReplError> {
    if let [path] = paths
        && path.is_file()
        && crate::graph::snapshot::is_snapshot(path)
    {
        return Ok((CitationGraph::load(path)?, Vec::new()));
    }
    for path in paths {
        if path.as_os_str().is_empty() {
            return Err(ReplError::Load(
                "an empty path (`\"\"`) names no file; give files, folders or a snapshot".into(),
            ));
        }
        if !path.exists() {
            return Err(ReplError::Load(format!(
                "{}: {}; give files, folders or a snapshot",
                path.display(),
                crate::error::not_found(path)
            )));
        }
    }
    let corpus = crate::extract::Extractor::new().extract_paths_opts(paths, options, &|_| {});
    let mut warnings: Vec<String> = corpus.errors.iter().map(|e| format!("warning: {e}")).collect();
    let notes = crate::graph::check::BuildReport::notes_of(&corpus.extractions);
    let skipped = corpus.errors.iter().map(ToString::to_string).collect();
    if corpus.extractions.is_empty() {
        let why = corpus
            .errors
            .first()
            .map(|e| format!(" ({e})"))
            .unwrap_or_default();
        return Err(ReplError::Load(format!(
            "nothing to read in {}{why}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let graph = CitationGraph::from_extractions(corpus.extractions);
    warnings.push(crate::graph::check::BuildReport::new(skipped, notes, &graph).summary());
    Ok((graph, warnings))
}

/// Split a `.load` / `.save` argument into paths; `"…"` quotes a path with spaces.
fn split_paths(arg: &str) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let mut rest = arg.trim();
    while !rest.is_empty() {
        let (path, tail) = if let Some(quoted) = rest.strip_prefix('"') {
            quoted.split_once('"').unwrap_or((quoted, ""))
        } else {
            rest.split_once(char::is_whitespace).unwrap_or((rest, ""))
        };
        paths.push(PathBuf::from(path));
        rest = tail.trim_start();
    }
    paths
}

/// The name a graph goes by in the prompt: the first path's file stem or
/// folder name (`data`, `sc-resolutions`, `graph` for `graph.unxref`), with
/// `+N` when there are more paths.
///
/// # Examples
///
/// ```
/// use std::path::PathBuf;
/// use unxref::repl::source_name;
/// assert_eq!(source_name(&[PathBuf::from("graph.unxref")]), "graph");
/// assert_eq!(source_name(&[PathBuf::from("a.txt"), PathBuf::from("b.txt")]), "a+1");
/// ```
pub fn source_name(paths: &[PathBuf]) -> String {
    let Some(first) = paths.first() else {
        return "data".to_string();
    };
    let stem = |p: &Path| {
        let p = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let name = if p.is_dir() { p.file_name() } else { p.file_stem() };
        name.map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string())
    };
    match paths.len() {
        1 => stem(first),
        n => format!("{}+{}", stem(first), n - 1),
    }
}

/// Compact counts for the prompt: `312n/1.2ke`, `2.3kn/41ke`, `1.0Mn/10Me`.
///
/// # Examples
///
/// ```
/// use unxref::repl::size_label;
/// assert_eq!(size_label(312, 1_234), "312n/1.2ke");
/// assert_eq!(size_label(1_000_000, 10_000_000), "1.0Mn/10Me");
/// ```
pub fn size_label(nodes: usize, edges: usize) -> String {
    format!("{}n/{}e", compact(nodes), compact(edges))
}

fn compact(n: usize) -> String {
    match n {
        0..1_000 => n.to_string(),
        1_000..10_000 => format!("{:.1}k", n as f64 / 1e3),
        10_000..1_000_000 => format!("{}k", n / 1_000),
        1_000_000..10_000_000 => format!("{:.1}M", n as f64 / 1e6),
        _ => format!("{}M", n / 1_000_000),
    }
}

/// The short form a person types for a node: `2531` for a resolution,
/// `S/PRST/2018/10` for other documents, the name of an actor.
fn short_name(node: &crate::model::Node) -> String {
    if node.kind == crate::model::NodeKind::Resolution
        && let Some(number) = node.id.strip_prefix("S/RES/")
    {
        return number.split(' ').next().unwrap_or(number).to_string();
    }
    if node.kind.is_document() {
        node.id.clone()
    } else {
        node.label.clone()
    }
}

/// The text of `.help TOPIC`.
///
/// # Examples
///
/// ```
/// use unxref::repl::help;
/// assert!(help("").contains(".format table|json|csv"));
/// assert!(help("formats").contains("csv"));
/// ```
pub fn help(topic: &str) -> String {
    help_topic(topic).unwrap_or_else(|e| e.to_string())
}

/// The notes under an input that failed: the characters of `text` that
/// are not what they look like ([`crate::error::unexpected_characters`]),
/// and, for a line of Python (`exit()`, `help()`, `import unxref`,
/// `graph.query("what cites 1325")`), what to type in this shell instead.
///
/// # Examples
///
/// ```
/// use unxref::repl::failure_notes;
/// assert!(failure_notes("exit()")[0].contains("type .quit"));
/// assert!(failure_notes("graph.query(\"what cites 1325\")")[0].contains("type the query alone: what cites 1325"));
/// assert!(failure_notes("what cites 9999").is_empty());
/// ```
pub fn failure_notes(text: &str) -> Vec<String> {
    let mut notes: Vec<String> = crate::error::unexpected_characters(text).into_iter().collect();
    notes.extend(python_note(text.trim()));
    notes
}

/// What to type instead of `line` when it is Python: a call (`exit()`,
/// `help()`, `print(…)`, `graph.query(…)`, a name or dotted name right
/// before `(`, which no query has) or an import. The query language has no
/// parentheses after a word with no space, nor `import` at the start, so a
/// failed query of that shape is Python, not a mistyped query.
fn python_note(line: &str) -> Option<String> {
    const NOT_PYTHON: &str = "this shell is not Python";
    let lower = line.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.first() == Some(&"import") || (words.first() == Some(&"from") && words.contains(&"import")) {
        return Some(format!(
            "{NOT_PYTHON}: type a question or a query (what cites 1325), or .help; the Python package is used from Python (import unxref)"
        ));
    }
    let open = line.find('(')?;
    let callee = &lower[..open];
    let is_name = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
            && !w.starts_with(|c: char| c.is_ascii_digit() || c == '.')
    };
    if !is_name(callee) {
        return None;
    }
    Some(match callee {
        "exit" | "quit" => format!("{NOT_PYTHON}: type .quit (or exit, or Ctrl-D) to leave"),
        "help" => format!("{NOT_PYTHON}: type help, or .help TOPIC"),
        _ => {
            // The query a call holds, in quotes: `graph.query("what cites 1325")`.
            let quoted = line[open..]
                .split(['"', '\''])
                .nth(1)
                .filter(|q| !q.trim().is_empty());
            match quoted {
                Some(query) => format!("{NOT_PYTHON}: type the query alone: {query}"),
                None => format!("{NOT_PYTHON}: type a question or a query (what cites 1325), or .help"),
            }
        }
    })
}

/// The name a dot-command's alias stands for (`.h` → `.help`, `.mode` →
/// `.format`, `.open` → `.load`, `.exit` → `.quit`); other names as they are.
fn canonical_command(name: &str) -> &str {
    match name {
        ".h" => ".help",
        ".mode" => ".format",
        ".open" => ".load",
        _ if QUIT_NAMES.contains(&name) => ".quit",
        _ => name,
    }
}

/// The help on `topic`, or a usage error naming the topics when there is
/// none (`.help fromats`).
fn help_topic(topic: &str) -> Result<String, ReplError> {
    let topic = topic.trim().to_ascii_lowercase();
    let mut out = String::new();
    let commands = |out: &mut String| {
        out.push_str("Commands:\n");
        for c in DOT_COMMANDS {
            let usage = format!("{} {}", c.name, c.args);
            out.push_str(&format!("  {usage:<28} {}\n", c.help));
        }
    };
    match topic.as_str() {
        "" => {
            out.push_str("Ask questions of the citation graph in plain words or in the formal language.\n\n");
            out.push_str("Examples:\n");
            for (q, _) in &EXAMPLES[..5] {
                out.push_str(&format!("  {q}\n"));
            }
            out.push('\n');
            commands(&mut out);
            out.push_str(&format!(
                "\nMore: .help {} (or a command, e.g. .help .render).\n\
                 The language reference is docs/query-language.md.\n",
                HELP_TOPICS.join(" | ")
            ));
        }
        "queries" | "query" | "examples" => {
            out.push_str("Example queries:\n");
            for (q, what) in EXAMPLES {
                out.push_str(&format!("  {q:<52} {what}\n"));
            }
            out.push_str(
                "\nA node can be written 2531, resolution 2531, S/RES/2531 (2020), MINUSMA, \"the United Kingdom\".\n\
                 Formal form: 2531 -> cites*1..3 | where year >= 2015 | sort by year | limit 10\n\
                 Long results are cut short: add `| limit N`, or set .maxrows.\n",
            );
        }
        "commands" => commands(&mut out),
        "keys" | "keyboard" | "shortcuts" => {
            out.push_str("Keys:\n");
            for (key, what) in KEYS {
                out.push_str(&format!("  {key:<24} {what}\n"));
            }
        }
        "scripts" | "script" | "pipe" => out.push_str(words::SCRIPTS),
        "formats" | "format" => {
            out.push_str(words::dot_command(".format").map_or("", |c| c.details));
            out.push('\n');
        }
        name => {
            let dotted = if name.starts_with('.') {
                name.to_string()
            } else {
                format!(".{name}")
            };
            match words::dot_command(&dotted) {
                Some(c) => out.push_str(&format!("{} {}\n  {}\n\n{}\n", c.name, c.args, c.help, c.details)),
                None => {
                    let all = HELP_TOPICS
                        .iter()
                        .copied()
                        .chain(DOT_COMMANDS.iter().map(|c| c.name));
                    let mut problem = format!("no help on {name:?}");
                    if let Some(s) =
                        words::closest(&dotted, all.clone()).or_else(|| words::closest(name, all))
                    {
                        problem.push_str(&format!(" (did you mean .help {s}?)"));
                    }
                    problem.push_str(&format!("; topics: {}, or a command", HELP_TOPICS.join(", ")));
                    return Err(usage(".help", problem));
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session::new(CitationGraph::new(), "empty")
    }

    #[test]
    fn help_wraps_at_word_boundaries() {
        let mut s = session();
        s.set_width(Some(40));
        let help = s.execute(".help").unwrap().text;
        for line in help.lines() {
            assert!(
                line.chars().count() <= 40 || !line.trim().contains(' '),
                "{line:?}"
            );
        }
        // No word is cut: every word of the unwrapped help is there whole.
        let whole = super::help("");
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&help), words(&whole));
        // A wrapped description goes on under the description column.
        let wrapped = wrap(
            "  .render QUERY to FILE   draw a query's result into a file, choosing the engine",
            Some(60),
        );
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() > 1, "{wrapped}");
        assert!(lines[1].starts_with(&" ".repeat(26)), "{wrapped}");
    }

    #[test]
    fn wide_tables_switch_to_one_block_a_row_and_cut_nothing() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        let graph = CitationGraph::from_extractions(crate::extract_paths(&[data]).extractions);
        let mut s = Session::new(graph, "data");
        let wide = s.execute("what does 2518 cite").unwrap().text;
        assert!(
            wide.lines().any(|l| l.chars().count() > 80),
            "the table is wide:\n{wide}"
        );
        for width in [80, 100] {
            s.set_width(Some(width));
            let text = s.execute("what does 2518 cite").unwrap().text;
            assert!(text.lines().all(|l| l.chars().count() <= width), "{text}");
            assert!(text.starts_with("-[ RECORD 1 ]"), "{text}");
            let has = |name: &str, value: &str| {
                text.lines()
                    .any(|l| l.starts_with(name) && l.ends_with(&format!("| {value}")))
            };
            assert!(has("id ", "S/RES/2378 (2017)"), "{text}");
            assert!(
                has("relation ", "requesting; mandated by"),
                "the relation stays visible:\n{text}"
            );
            assert!(has("relation ", "recalling; requesting"), "{text}");
            assert!(!text.contains('…'), "nothing is cut:\n{text}");
            assert!(text.ends_with("(2 rows)\n"), "{text}");
        }
        // A narrow table stays a table.
        s.set_width(Some(80));
        let count = s.execute("what does 2518 cite | count").unwrap().text;
        assert!(count.starts_with("count\n-----\n2\n"), "{count}");
        // A plan is wrapped, never cut.
        s.set_width(Some(40));
        let plan = s.execute("explain what does 2518 cite").unwrap().text;
        assert!(plan.contains("include those of the"), "{plan}");
        assert!(!plan.contains('…'), "{plan}");
    }

    #[test]
    fn sizes_are_compact() {
        assert_eq!(size_label(312, 1_234), "312n/1.2ke");
        assert_eq!(size_label(23_456, 999), "23kn/999e");
        assert_eq!(size_label(1_000_000, 10_000_000), "1.0Mn/10Me");
    }

    #[test]
    fn settings_commands_change_the_session_and_say_so() {
        let mut s = session();
        assert_eq!(s.execute(".format json").unwrap().text, "format: json\n");
        assert_eq!(s.format(), Format::Json);
        assert_eq!(s.execute(".timer on").unwrap().text, "timer: on\n");
        assert_eq!(s.execute(".maxrows 5").unwrap().text, "maxrows: 5\n");
        s.set_quiet(true);
        assert_eq!(s.execute(".format csv").unwrap(), Reply::default(), "quiet");
        assert_eq!(
            s.execute(".format").unwrap().text,
            "format: csv\n",
            "asked, so said"
        );
        assert!(s.execute(".quit").unwrap().quit);
        assert!(s.execute("exit").unwrap().quit);
        assert_eq!(s.execute("  ").unwrap(), Reply::default());
    }

    #[test]
    fn mistakes_get_a_clear_message_and_a_suggestion() {
        let mut s = session();
        let e = s.execute(".fromat json").unwrap_err().to_string();
        assert_eq!(
            e,
            "unknown command .fromat (did you mean .format?); type .help for the list"
        );
        let e = s.execute(".format yaml").unwrap_err().to_string();
        assert!(
            e.contains("unknown format \"yaml\"") && e.contains("usage: .format table|json|csv"),
            "{e}"
        );
        let e = s.execute(".timer maybe").unwrap_err().to_string();
        assert!(e.contains("usage: .timer on|off"), "{e}");
        let e = s.execute(".load /no/such/folder").unwrap_err().to_string();
        assert_eq!(
            e,
            "/no/such/folder: does not exist; give files, folders or a snapshot"
        );
        assert_eq!(s.format(), Format::Table, "a failed command changes nothing");
    }

    #[test]
    fn help_has_topics_and_works_without_the_dot() {
        let mut s = session();
        let overview = s.execute("help").unwrap().text;
        assert!(overview.contains(".format table|json|csv") && overview.contains("what does 2531 cite"));
        assert_eq!(s.execute(".help").unwrap().text, overview);
        assert!(s.execute(".help keys").unwrap().text.contains("Ctrl-R"));
        assert!(
            s.execute("help render")
                .unwrap()
                .text
                .starts_with(".render QUERY to FILE.svg")
        );
        let e = s.execute(".help fromats").unwrap_err().to_string();
        assert!(e.contains("did you mean .help formats?"), "{e}");
    }

    #[test]
    fn save_then_load_round_trips_the_graph() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("g.unxref");
        let mut g = CitationGraph::new();
        g.add_node(crate::model::Node::new(
            "actor:MINUSMA",
            crate::NodeKind::Actor,
            "MINUSMA",
        ));
        let mut s = Session::new(g, "test");
        let saved = s.execute(&format!(".save {}", file.display())).unwrap().notes;
        assert!(saved[0].starts_with("saved 1 nodes and 0 edges to "), "{saved:?}");
        let mut t = session();
        let reply = t.execute(&format!(".load {}", file.display())).unwrap();
        assert!(reply.graph_changed);
        assert_eq!(t.graph().node_count(), 1);
        assert_eq!(t.name(), "g");
        assert_eq!(t.prompt(), "unxref g 1n/0e> ");
    }

    #[test]
    fn paths_split_on_spaces_unless_quoted() {
        assert_eq!(
            split_paths(r#"a "b c" d"#),
            [PathBuf::from("a"), PathBuf::from("b c"), PathBuf::from("d")]
        );
    }
}
