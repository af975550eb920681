"""Extraction on Apache Spark: ``python -m unxref.spark INPUT... OUTPUT``.

Lists the ``.txt`` files under INPUT as ``unxref build`` does, extracts each
on the executors with this package, and writes three Parquet tables under
OUTPUT, partitioned by run (``run=…/``):

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
- ``files/``: one row per file read: ``file``, ``documents``, ``links`` and
  ``error`` (why it could not be read, else null).

A rerun over the same OUTPUT skips the files its ``files/`` table already
holds and appends a new run partition for the new ones. ``unxref build
--from-parquet OUTPUT -o SNAPSHOT`` links the tables into the snapshot a
local ``unxref build INPUT -o SNAPSHOT`` makes.

The master is ``local[*]`` unless ``--master URL`` (or ``spark-submit``)
gives another; on a cluster, executors need this package installed (the
wheel) and the files at the same paths (a shared file system).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from unxref._unxref import collect_files, extract_file

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


def extract_partition(files: Iterator[str]) -> Iterator[Tuple[str, Tuple[Any, ...]]]:
    """Runs on an executor: each file's rows, tagged with their table."""
    for file in files:
        documents, links, error, aliases = extract_file(file)
        for seq, text in enumerate(documents):
            yield "nodes", node_row(file, seq, text)
        for seq, text in enumerate(links):
            yield "edges", edge_row(file, seq, text)
        yield "files", (file, len(documents), len(links), error, aliases)


def _schema(fields: Sequence[Tuple[str, str]]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in fields)


def run(spark: Any, inputs: Sequence[str], output: str, run_id: Optional[str] = None) -> Dict[str, int]:
    """Extract the files under ``inputs`` not yet in ``output`` and append
    their rows as a new run. Returns counts: ``files`` (new files),
    ``skipped`` (already there), ``nodes``, ``edges``, ``errors``."""
    files, errors = collect_files(list(inputs))
    done = set()
    files_table = os.path.join(output, "files")
    if os.path.isdir(files_table):
        done = {row["file"] for row in spark.read.parquet(files_table).select("file").distinct().collect()}
    new = [f for f in files if f not in done]
    # A path that names nothing readable is recorded once, like a file.
    new_errors = [e for e in errors if e not in done]
    counts = {"files": len(new), "skipped": len(files) - len(new), "nodes": 0, "edges": 0, "errors": 0}
    if not new and not new_errors:
        return counts
    run_id = run_id or _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    sc = spark.sparkContext
    slices = max(1, min(len(new), sc.defaultParallelism * 4))
    tagged = sc.parallelize(new, slices).mapPartitions(extract_partition).cache()
    from pyspark.sql import functions as F

    try:
        for table, fields in (("nodes", NODE_FIELDS), ("edges", EDGE_FIELDS), ("files", FILE_FIELDS)):
            rows = tagged.filter(lambda pair, t=table: pair[0] == t).map(lambda pair: pair[1])
            if table == "files":
                rows = rows.union(sc.parallelize([(e, 0, 0, e, None) for e in new_errors], 1))
            frame = spark.createDataFrame(rows, _schema(fields)).withColumn("run", F.lit(run_id))
            frame.write.mode("append").partitionBy("run").parquet(os.path.join(output, table))
        for _, documents, links, error, _ in tagged.filter(lambda pair: pair[0] == "files").values().collect():
            counts["nodes"] += documents
            counts["edges"] += links
            counts["errors"] += error is not None
        counts["errors"] += len(new_errors)
    finally:
        tagged.unpersist()
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
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of .txt documents")
    parser.add_argument("output", metavar="OUTPUT", help="folder of the Parquet tables (appended to)")
    parser.add_argument("--master", help="Spark master URL (default: local[*], or spark-submit's)")
    parser.add_argument("--app-name", default="unxref-extract")
    args = parser.parse_args(argv)
    spark = _session(args.master, args.app_name)
    try:
        counts = run(spark, args.inputs, args.output)
    finally:
        spark.stop()
    print(
        f"{counts['files']} new files ({counts['skipped']} already in {args.output}): "
        f"{counts['nodes']} documents, {counts['edges']} links, {counts['errors']} unreadable",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
