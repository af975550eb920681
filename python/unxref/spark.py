"""Extraction on Apache Spark: ``python -m unxref.spark INPUT... OUTPUT``.

Each INPUT is a file, a folder or an object-store prefix: any path or URI
Hadoop reads (``s3a://bucket/un/``, ``gs://…``, ``abfss://…``,
``hdfs://…``, ``file:///…``; a path without a scheme is on the session's
default file system, the local one in local mode). Spark lists the files
(a folder is walked for ``.txt``, ``.pdf``, ``.docx``, ``.doc``, ``.html`` and
``.htm`` files as ``unxref build`` walks it; names starting with ``.`` or
``_`` are hidden to Spark's listing), its executors read their bytes and
extract each with this package, and the job writes three Parquet tables
under OUTPUT (itself a path or URI), partitioned by run (``run=…/``):

- ``nodes/``: one row per document a file holds: ``file``, ``seq``, ``id``,
  ``kind``, ``label``, ``title``, ``date``, ``year``, ``held``, ``agenda``,
  ``category``, ``aliases``, ``first_line``, ``last_line``, ``adopted_at``,
  ``parent``, ``source_file``, ``source_line``, ``source_quote`` and ``json``
  (the whole record, as the library serializes it);
- ``edges/``: one row per link: ``file``, ``seq``, ``source``,
  ``source_kind``, ``target``, ``target_kind``, ``kind``, ``relation``,
  ``paragraph``, ``pinpoint``, ``position``, ``date``, ``role``,
  ``represents``, ``count``, ``evidence_file``, ``evidence_line``,
  ``evidence_quote`` and ``json``;
- ``files/``: one row per file read: ``file``, ``documents``, ``links``,
  ``error`` (why it could not be read, else null) and ``aliases``.

A file is named as a local build names it: the INPUT as given, then its
path below it (``data/x.txt``; ``s3a://bucket/un/x.txt``; a ``file:`` URI's
files by their local path, so ``file:///srv/un`` gives ``/srv/un/x.txt``).
A rerun over the same OUTPUT skips the files its ``files/`` table already
holds and appends a new run partition for the new ones: an INPUT none of
whose files were extracted is read whole, the new files of one that was
are read by name, so old files are neither read nor extracted again.
A run writes its ``files/`` rows last: a run stopped before them (killed,
a lost driver) is removed from ``nodes/`` and ``edges/`` by the next run,
which extracts its files again. Two jobs may run over one OUTPUT at once:
each writes its own ``run=…`` folders and marks its run as under way
(``_running/run=…``, removed at its end), so that neither removes the
other's run as unfinished; a file both extracted is in two runs, and
``--from-parquet`` reads it from the first. ``unxref build --from-parquet OUTPUT -o
SNAPSHOT`` links the tables into the snapshot a local ``unxref build INPUT
-o SNAPSHOT`` makes (leaving out a run without ``files/`` rows).

OUTPUT must be a new folder or one this job wrote (holding only
``nodes/``, ``edges/``, ``files/``); inputs that name nothing to read (all
missing, or empty folders) are refused as ``unxref build`` refuses them,
and each file that cannot be read is named on standard error.

The master is ``local[*]`` unless ``--master URL`` (or ``spark-submit``)
gives another; on a cluster, executors need this package installed (the
wheel).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple
from urllib.parse import unquote, urlsplit

from unxref._unxref import MAX_FILE_SIZE, extract_bytes, load_error, walk_errors, wanted_file

NODE_FIELDS: List[Tuple[str, str]] = [
    ("file", "string"),
    ("seq", "long"),
    ("id", "string"),
    ("kind", "string"),
    ("label", "string"),
    ("title", "string"),
    ("date", "string"),
    ("year", "long"),
    ("held", "boolean"),
    ("agenda", "string"),
    ("category", "string"),
    ("aliases", "array<string>"),
    ("first_line", "long"),
    ("last_line", "long"),
    ("adopted_at", "string"),
    ("parent", "string"),
    ("source_file", "string"),
    ("source_line", "long"),
    ("source_quote", "string"),
    ("json", "string"),
]

EDGE_FIELDS: List[Tuple[str, str]] = [
    ("file", "string"),
    ("seq", "long"),
    ("source", "string"),
    ("source_kind", "string"),
    ("target", "string"),
    ("target_kind", "string"),
    ("kind", "string"),
    ("relation", "string"),
    ("paragraph", "string"),
    ("pinpoint", "string"),
    ("position", "string"),
    ("date", "string"),
    ("role", "string"),
    ("represents", "string"),
    ("count", "long"),
    ("evidence_file", "string"),
    ("evidence_line", "long"),
    ("evidence_quote", "string"),
    ("json", "string"),
]

FILE_FIELDS: List[Tuple[str, str]] = [
    ("file", "string"),
    ("documents", "long"),
    ("links", "long"),
    ("error", "string"),
    # The joint symbols the file cites, as JSON pairs (symbol, other symbol).
    ("aliases", "string"),
]


def _scalar(value: Any) -> Any:
    """A value for a flat column: text stays text, a number a number; any
    other shape (a new structured attribute) as its JSON text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value)


def node_row(file: str, seq: int, text: str) -> Tuple[Any, ...]:
    """The nodes table's row for one document (its JSON text)."""
    record = json.loads(text)
    node = record["node"]
    source = node.get("source") or {}
    lines = record.get("lines") or [None, None]
    values: Dict[str, Any] = {
        "file": file,
        "seq": seq,
        "first_line": lines[0],
        "last_line": lines[1],
        "adopted_at": record.get("adopted_at"),
        "parent": record.get("parent"),
        "source_file": source.get("file"),
        "source_line": source.get("line"),
        "source_quote": source.get("quote"),
        "aliases": list(node.get("aliases") or []) or None,
        "json": text,
    }
    for name, _ in NODE_FIELDS:
        if name not in values:
            values[name] = _scalar(node.get(name))
    return tuple(values[name] for name, _ in NODE_FIELDS)


def edge_row(file: str, seq: int, text: str) -> Tuple[Any, ...]:
    """The edges table's row for one link (its JSON text)."""
    link = json.loads(text)
    attrs = link.get("attrs") or {}
    evidence = attrs.get("evidence") or {}
    values: Dict[str, Any] = {
        "file": file,
        "seq": seq,
        "source": link["source"]["id"],
        "source_kind": link["source"].get("kind"),
        "target": link["target"]["id"],
        "target_kind": link["target"].get("kind"),
        "kind": link["kind"],
        "evidence_file": evidence.get("file"),
        "evidence_line": evidence.get("line"),
        "evidence_quote": evidence.get("quote"),
        "json": text,
    }
    for name, _ in EDGE_FIELDS:
        if name not in values:
            values[name] = _scalar(attrs.get(name))
    return tuple(values[name] for name, _ in EDGE_FIELDS)


# The open cost the job counts a file at when packing tasks (see `run`).
OPEN_COST = 64 * 1024

# An input as Spark sees it (its qualified URI), as the build names it (the
# path as given), and whether it is a folder (walked) or a file (read).
Root = Tuple[str, str, bool]


def display_name(given: str) -> str:
    """How the build names an input: as given, a ``file:`` URI by its path."""
    parts = urlsplit(given)
    if parts.scheme == "file":
        return unquote(parts.path) or "/"
    return given


def place(path: str, roots: Sequence[Root]) -> Optional[Tuple[int, str]]:
    """Which input a listed file belongs to (the first that reaches it, as
    a local build takes a file reached twice once, from the first) and its
    name; ``None`` for a file a build does not read (not a wanted extension
    in a walked folder, or a hidden entry)."""
    for index, (uri, given, is_folder) in enumerate(roots):
        if path == uri:
            return index, given
        prefix = uri.rstrip("/") + "/"
        if is_folder and path.startswith(prefix):
            below = path[len(prefix) :]
            if any(part.startswith(".") for part in below.split("/")) or not wanted_file(below):
                return None
            return index, given.rstrip("/") + "/" + below
    return None


def _glob_escape(path: str) -> str:
    """A path Spark's reader takes literally (it expands glob characters)."""
    return "".join("\\" + c if c in "{}[]*?\\" else c for c in path)


def extract_partition(rows: Iterable[Tuple[str, Any]]) -> Iterator[Tuple[str, Tuple[Any, ...]]]:
    """Runs on an executor: each file's rows, tagged with their table, from
    ``(name, content)`` pairs."""
    for file, content in rows:
        documents, links, error, aliases = extract_bytes(file, bytes(content))
        for seq, text in enumerate(documents):
            yield "nodes", node_row(file, seq, text)
        for seq, text in enumerate(links):
            yield "edges", edge_row(file, seq, text)
        yield "files", (file, len(documents), len(links), error, aliases)


def _schema(fields: Sequence[Tuple[str, str]]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in fields)


class _Hadoop:
    """The session's Hadoop file systems, through the JVM (on the driver)."""

    def __init__(self, spark: Any) -> None:
        self.jvm = spark.sparkContext._jvm
        self.conf = spark.sparkContext._jsc.hadoopConfiguration()

    def status(self, text: str) -> Optional[Tuple[str, bool]]:
        """The qualified URI of a path and whether it is a folder; ``None``
        when it does not exist."""
        path = self.jvm.org.apache.hadoop.fs.Path(text)
        fs = path.getFileSystem(self.conf)
        qualified = fs.makeQualified(path)
        if not fs.exists(qualified):
            return None
        return qualified.toString(), bool(fs.getFileStatus(qualified).isDirectory())

    def is_local(self, text: str) -> bool:
        """Whether a path is on this machine's file system (``file:``, or
        no scheme on a session whose default file system is the local one)."""
        path = self.jvm.org.apache.hadoop.fs.Path(text)
        return bool(path.getFileSystem(self.conf).makeQualified(path).toUri().getScheme() == "file")


def list_inputs(spark: Any, inputs: Sequence[str]) -> Tuple[List[Root], List[Tuple[int, str, str, int]], List[str]]:
    """The inputs as roots, the files a build of them reads as ``(root,
    name, uri, size)`` in name order, and what a build would warn of
    before reading: the inputs that name nothing to read and, on the local
    file system, what its walk met (the build's messages)."""
    hadoop = _Hadoop(spark)
    roots: List[Root] = []
    errors: List[str] = []
    # Inputs on the local file system are walked as a local build walks
    # them, for its warnings: Hadoop's listing leaves out FIFOs, devices,
    # symbolic links to nothing and documents of formats the build does not
    # read, without a word, and says a link to nothing is missing (audit
    # 22). Other file systems (HDFS, object stores) hold none of these.
    walked = set()
    for given in inputs:
        found = hadoop.status(given)
        said = walk_errors(display_name(given)) if hadoop.is_local(given) else None
        errors.extend(said or [])
        if found is None:
            if said is None:
                errors.append(load_error("missing", display_name(given)))
            continue
        if not found[1] and said:
            # A FIFO or device given itself: never opened (a FIFO would
            # make the reader wait for a writer).
            continue
        if said is not None:
            walked.add(len(roots))
        roots.append((found[0], display_name(given), found[1]))
    files: Dict[str, Tuple[int, str, str, int]] = {}
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    for index, (uri, given, is_folder) in enumerate(roots):
        # Only path and length: Spark lists the files without opening them.
        listed = reader.load(_glob_escape(uri)).select("path", "length").collect()
        taken = 0
        for row in listed:
            placed = place(row["path"], roots)
            if placed is None or placed[0] != index:
                continue
            taken += 1
            files.setdefault(row["path"], (index, placed[1], row["path"], row["length"]))
        if is_folder and taken == 0 and index not in walked:
            errors.append(load_error("no_files", given))
    return roots, sorted(files.values(), key=lambda f: f[1]), errors


def _exists(spark: Any, path: str) -> bool:
    return _Hadoop(spark).status(path) is not None


class JobError(Exception):
    """Arguments the job refuses, with the reason and what to give instead:
    ``main`` prints it as ``error: …`` and exits with status 1."""


# What the job itself leaves in OUTPUT: its three tables (beside names
# Hadoop hides, starting with `.` or `_`: `_SUCCESS`, `_temporary`).
_OWN_ENTRIES = {"nodes", "edges", "files"}

# Where each job marks its run as under way (see drop_unfinished_runs):
# hidden to Hadoop's listings and to `unxref build --from-parquet`.
_RUNNING = "_running"

# The forms of a master URL Spark takes (SparkContext's own parsing).
_MASTER = re.compile(
    r"local|local\[(\*|[1-9][0-9]*)(,[1-9][0-9]*)?\]|local-cluster\[[1-9][0-9]*, *[1-9][0-9]*, *[1-9][0-9]*\]"
    r"|yarn|(spark|mesos|k8s)://\S+"
)


def check_arguments(inputs: Sequence[str], output: str, master: Optional[str] = None) -> None:
    """Refuse, before Spark starts, an empty INPUT or OUTPUT (Hadoop cannot
    make a path of it, and an OUTPUT of ``""`` or ``"/"`` would put the
    tables at the root of the file system) and a master URL Spark does not
    take (it fails with ``Java gateway process exited``)."""
    if any(not given.strip() for given in inputs):
        raise JobError("an INPUT is empty: give a file, a folder or a prefix of documents")
    if not output.strip():
        raise JobError("OUTPUT is empty: give the folder the tables go into (e.g. tables/)")
    if not urlsplit(output).path.strip("/"):
        below = output if output.endswith("/") else output + "/"
        raise JobError(f"{output}: the root of a file system or bucket; give a folder below it (e.g. {below}tables)")
    if master is not None and not _MASTER.fullmatch(master):
        raise JobError(
            f"--master {master!r}: not a Spark master URL; give local, local[N], local[*], "
            "spark://HOST:PORT, yarn or k8s://HOST:PORT (N at least 1)"
        )


def drop_unfinished_runs(spark: Any, output: str, report: Callable[[str], None]) -> None:
    """Delete the ``run=…`` partitions of ``nodes/`` and ``edges/`` whose
    run has none in ``files/``, which the job writes last: a run stopped
    half-way (killed, a lost driver). Its files are not in ``files/``, so
    this run extracts them again, and its rows would count them twice
    (``unxref build --from-parquet`` leaves such rows out too).

    A run whose job may still be running is left alone: each job holds a
    marker, ``_running/run=…``, from before its first row is written until
    after its ``files/`` rows are (a second job over the same OUTPUT once
    deleted the rows of the first while it wrote them). The markers are
    listed after ``nodes/`` and ``edges/`` and before ``files/``, so that a
    run is seen either running or finished."""
    hadoop = _Hadoop(spark)

    def entries(table: str, folders: bool) -> Dict[str, Any]:
        path = hadoop.jvm.org.apache.hadoop.fs.Path(f"{output.rstrip('/')}/{table}")
        fs = path.getFileSystem(hadoop.conf)
        if not fs.exists(path):
            return {}
        return {
            status.getPath().getName(): (fs, status.getPath())
            for status in fs.listStatus(path)
            if bool(status.isDirectory()) == folders and status.getPath().getName().startswith("run=")
        }

    partitions = {table: entries(table, True) for table in ("nodes", "edges")}
    running = entries(_RUNNING, False)
    finished = entries("files", True)
    for table, runs in partitions.items():
        for name, (fs, path) in sorted(runs.items()):
            if name in finished:
                continue
            if name in running:
                report(
                    f"{output}/{table}/{name}: a run not finished, whose job may still be running "
                    f"({output}/{_RUNNING}/{name} is there): left as it is; if no job is running, "
                    "delete that marker and the next run removes the run"
                )
                continue
            fs.delete(path, True)
            report(f"{output}/{table}/{name}: a run that was not finished (no files/ rows); removed, its files are extracted again")


def check_output(spark: Any, output: str) -> None:
    """Refuse an OUTPUT the tables cannot go into, before anything is
    read: a file, or a folder holding anything but this job's tables (a
    folder of documents given by mistake: the tables would be written
    among them)."""
    hadoop = _Hadoop(spark)
    path = hadoop.jvm.org.apache.hadoop.fs.Path(output)
    fs = path.getFileSystem(hadoop.conf)
    qualified = fs.makeQualified(path)
    if not fs.exists(qualified):
        return
    if not fs.getFileStatus(qualified).isDirectory():
        raise JobError(f"{output}: is a file; give a folder for the tables (the job writes nodes/, edges/ and files/ in it)")
    others = sorted(
        name
        for name in (status.getPath().getName() for status in fs.listStatus(qualified))
        if name not in _OWN_ENTRIES and not name.startswith((".", "_"))
    )
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise JobError(
            f"{output}: holds {shown}, not only the tables of this job; give a new folder, "
            "or one an earlier run wrote (the new files are appended to it)"
        )


def run(
    spark: Any,
    inputs: Sequence[str],
    output: str,
    run_id: Optional[str] = None,
    report: Optional[Callable[[str], None]] = None,
) -> Dict[str, int]:
    """Extract the files under ``inputs`` not yet in ``output`` and append
    their rows as a new run. Returns counts: ``files`` (new files),
    ``skipped`` (already there), ``nodes``, ``edges``, ``errors``.
    ``report`` is called with the message of each input or file this run
    could not read (``x.txt: looks like a binary file…``).

    Raises :class:`JobError`, before anything is written, when ``output``
    is not a folder this job may write into (a file, or a folder holding
    other things than its tables), or when no input names a file to read
    (every one missing or an empty folder), as ``unxref build`` refuses."""
    # Spark packs files into tasks counting each as its size plus an
    # "open cost", 4 MB by default: 32 small documents a task, and the
    # per-task work (the Python worker, the closures, the writes) then costs
    # several times the extraction (13.5 CPU ms a resolution against 1.7
    # with 64 KB, benches/spark_per_core.py). Unless the session sets it,
    # the job counts 64 KB, about a long UN document.
    open_cost = "spark.sql.files.openCostInBytes"
    given_cost = spark.conf.get(open_cost, None)
    if given_cost is None:
        spark.conf.set(open_cost, str(OPEN_COST))
    try:
        return _run(spark, inputs, output, run_id, report or (lambda _message: None))
    finally:
        if given_cost is None:
            spark.conf.unset(open_cost)


def _run(
    spark: Any,
    inputs: Sequence[str],
    output: str,
    run_id: Optional[str],
    report: Callable[[str], None],
) -> Dict[str, int]:
    check_arguments(inputs, output)
    check_output(spark, output)
    roots, files, errors = list_inputs(spark, inputs)
    if files:
        drop_unfinished_runs(spark, output, report)
    if not files:
        # As `unxref build`: nothing to read is an error, and nothing is written.
        said = "; ".join(errors) or "the inputs name no file"
        raise JobError(f"{said}; no readable text files: give files or folders of documents")
    output = output.rstrip("/")

    def table_path(table: str) -> str:
        return f"{output}/{table}"

    done = set()
    if _exists(spark, table_path("files")):
        done = {row["file"] for row in spark.read.parquet(table_path("files")).select("file").distinct().collect()}
    new = [f for f in files if f[1] not in done]
    # A path that names nothing readable is recorded once, like a file.
    new_errors = [(e, 0, 0, e, None) for e in errors if e not in done]
    # Too large to read: refused by name and size, without reading them.
    new_errors += [(name, 0, 0, load_error("too_large", name, size), None) for _, name, _, size in new if size > MAX_FILE_SIZE]
    readable = [f for f in new if f[3] <= MAX_FILE_SIZE]
    counts = {"files": len(new), "skipped": len(files) - len(new), "nodes": 0, "edges": 0, "errors": 0}
    if not new and not new_errors:
        return counts
    run_id = run_id or _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    sc = spark.sparkContext
    from pyspark.sql import functions as F

    parts = []
    for index, (uri, _, _) in enumerate(roots):
        pending = [f[2] for f in readable if f[0] == index]
        if not pending:
            continue
        if len(pending) == sum(f[0] == index for f in files):
            # Every file of this input is new (a first run, a new folder):
            # read it whole, too large files left unopened.
            frame = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(_glob_escape(uri))
            frame = frame.where(F.col("length") <= MAX_FILE_SIZE)
        else:
            # Some were extracted before: read only the new ones, by name.
            frame = spark.read.format("binaryFile").load([_glob_escape(path) for path in pending])
        # Each file is named, and kept by the input it belongs to, by the
        # listing's rule (a file read whole that the listing did not take
        # is dropped here).
        named = frame.select("path", "content").rdd.map(lambda row, r=roots: (place(row["path"], r), row["content"]))
        parts.append(named.filter(lambda pair, i=index: pair[0] is not None and pair[0][0] == i).map(lambda pair: (pair[0][1], pair[1])))
    tagged = (sc.union(parts) if parts else sc.emptyRDD()).mapPartitions(extract_partition).cache()
    # Marked as under way before the first row is written, unmarked once
    # the files/ rows are: a job started meanwhile leaves this run alone.
    hadoop = _Hadoop(spark)
    marker = hadoop.jvm.org.apache.hadoop.fs.Path(f"{output}/{_RUNNING}/run={run_id}")
    marker_fs = marker.getFileSystem(hadoop.conf)
    marker_fs.create(marker, False).close()
    try:
        for table, fields in (("nodes", NODE_FIELDS), ("edges", EDGE_FIELDS), ("files", FILE_FIELDS)):
            rows = tagged.filter(lambda pair, t=table: pair[0] == t).map(lambda pair: pair[1])
            if table == "files" and new_errors:
                rows = rows.union(sc.parallelize(new_errors, 1))
            # Each run is written to its own folder, the partition
            # `run=…` a partitioned write makes: Spark's committer keeps
            # its unfinished files in `_temporary/` below the folder
            # written to, and two jobs appending to one table at once
            # shared (and removed) the one of the table.
            frame = spark.createDataFrame(rows, _schema(fields))
            frame.write.mode("errorifexists").parquet(f"{table_path(table)}/run={run_id}")
        messages = [error for _, _, _, error, _ in new_errors]
        for _, documents, links, error, _ in tagged.filter(lambda pair: pair[0] == "files").values().collect():
            counts["nodes"] += documents
            counts["edges"] += links
            if error is not None:
                messages.append(error)
        counts["errors"] += len(messages)
        for message in sorted(messages):
            report(message)
    finally:
        tagged.unpersist()
        marker_fs.delete(marker, False)
    return counts


def _session(master: Optional[str], app_name: str) -> Any:
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if not master and not SparkConf().contains("spark.master"):
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        # Local workers run this interpreter, the one with the package
        # (a venv not on the PATH included); on a cluster PYSPARK_PYTHON
        # or the cluster's setup says which.
        os.environ["PYSPARK_PYTHON"] = sys.executable
    return builder.getOrCreate()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m unxref.spark",
        description="Extract UN documents on Spark into Parquet tables of nodes and edges "
        "(link them with `unxref build --from-parquet OUTPUT -o SNAPSHOT`).",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders or object-store prefixes (s3a://, gs://, abfss://, hdfs://, file://) of documents",
    )
    parser.add_argument("output", metavar="OUTPUT", help="folder or prefix of the Parquet tables (appended to)")
    parser.add_argument("--master", help="Spark master URL (default: local[*], or spark-submit's)")
    parser.add_argument("--app-name", default="unxref-extract")
    args = parser.parse_args(argv)
    try:
        check_arguments(args.inputs, args.output, args.master)
    except JobError as error:
        parser.error(str(error))
    try:
        spark = _session(args.master, args.app_name)
    except Exception as error:  # noqa: BLE001: Spark's startup failures have no common type
        print(f"error: Spark did not start with master {args.master or 'local[*]'}: {_first_line(error)}", file=sys.stderr)
        return 1
    try:
        counts = run(spark, args.inputs, args.output, report=lambda message: print(f"warning: {message}", file=sys.stderr))
    except JobError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    print(
        f"{counts['files']} new files ({counts['skipped']} already in {args.output}): "
        f"{counts['nodes']} documents, {counts['edges']} links, {counts['errors']} unreadable",
        file=sys.stderr,
    )
    return 0


def _first_line(error: BaseException) -> str:
    """The gist of an exception from Spark: the Java exception's own line
    when there is one (``SparkException: Asked to run locally with 0
    threads``), else the first line of its text."""
    java = getattr(error, "java_exception", None)
    text = str(java) if java is not None else str(error)
    return next((line.strip() for line in text.splitlines() if line.strip()), type(error).__name__)

if __name__ == "__main__":
    sys.exit(main())
