"""The Spark job (`python -m unxref.spark`) in local mode with two executor
threads, over the whole sc-resolutions corpus (../shared/corpus, else the
copy bundled in corpus/: 2,259 files) plus the seeds of data/ and an empty
file: `unxref build --from-parquet` over its tables makes the snapshot a
local `unxref build` of the same files makes, byte for byte (nodes, edges,
every attribute, aliases, counts), with the same warnings; a rerun appends
only the new files; a `file://` URI reads like a path; and the Spark SQL
example answers as `unxref query` does. Skipped without pyspark or Java."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import List

import pytest

from conftest import REPO, sc_corpus

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("skipped: no java for Spark", allow_module_level=True)


def job(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "unxref.spark", *args, "--master", "local[2]"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr.strip().splitlines()[-1]


def warnings_of(stderr: str) -> List[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith("warning:"))


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """The job's tables: a first run over the seeds, then a rerun over the
    corpus, a folder holding an empty file, and the seeds again."""
    root = tmp_path_factory.mktemp("spark")
    extra = root / "extra"
    extra.mkdir()
    # An empty file: both builds skip it with the same warning.
    (extra / "empty.txt").write_text("\n")
    out = root / "tables"
    first = job("data", str(out))
    inputs = [sc_corpus() or "corpus/sc-resolutions", str(extra), "data"]
    second = job(*inputs, str(out))
    return SimpleNamespace(out=out, inputs=inputs, first=first, second=second, root=root)


@pytest.fixture(scope="module")
def snapshots(cli, tables):
    """The snapshot built from the tables and the one a local build makes,
    with each build's stderr."""
    spark = tables.root / "spark.unxref"
    local = tables.root / "local.unxref"
    from_tables = cli.run("build", "--from-parquet", str(tables.out), "-o", str(spark))
    from_files = cli.run("build", *tables.inputs, "-o", str(local))
    return SimpleNamespace(spark=spark, local=local, from_tables=from_tables, from_files=from_files)


def test_spark_tables_make_the_local_snapshot(cli, tables, snapshots):
    assert tables.first.startswith("5 new files (0 already")
    # The seeds were extracted by the first run; only the new files now.
    corpus_files = len(list(Path(REPO / tables.inputs[0]).glob("*.txt")))
    assert tables.second.startswith(f"{corpus_files + 1} new files (5 already")
    assert "1 unreadable" in tables.second
    assert len(list((tables.out / "nodes").glob("run=*"))) == 2

    assert snapshots.spark.read_bytes() == snapshots.local.read_bytes()
    assert warnings_of(snapshots.from_tables.stderr) == warnings_of(snapshots.from_files.stderr)
    assert any("empty.txt" in w for w in warnings_of(snapshots.from_files.stderr))
    exported = cli.json("export", "--format", "json", "--graph", str(snapshots.spark))
    assert any(e["target"] == "S/RES/1325 (2000)" and e["kind"] == "cites" for e in exported["edges"])


def test_a_file_uri_reads_like_its_path(cli, tmp_path):
    """A `file://` URI, as an object-store prefix is given: the folder walk
    takes the files a local build takes (not README.md, not a hidden file;
    a name with glob characters literally) and names them by their path."""
    folder = tmp_path / "docs"
    shutil.copytree(REPO / "data", folder)
    seeds = sorted(folder.glob("*.txt"))
    seeds[0].rename(folder / "sub [draft]{1}.txt")
    (folder / "nested").mkdir()
    seeds[1].rename(folder / "nested" / seeds[1].name)
    (folder / ".hidden.txt").write_text(seeds[2].read_text())
    out = tmp_path / "tables"

    summary = job(folder.as_uri(), out.as_uri())
    assert summary.startswith("5 new files (0 already")
    spark = tmp_path / "spark.unxref"
    local = tmp_path / "local.unxref"
    cli.run("build", "--from-parquet", str(out), "-o", str(spark))
    cli.run("build", str(folder), "-o", str(local))
    assert spark.read_bytes() == local.read_bytes()
    names = {row["file"] for row in _files_table(out)}
    assert str(folder / "sub [draft]{1}.txt") in names
    assert str(folder / "nested" / seeds[1].name) in names

    # A rerun over the URI finds nothing new; a new file in the folder is
    # read by name, the others not again.
    assert job(folder.as_uri(), str(out)).startswith("0 new files (5 already")
    (folder / "late.txt").write_text(seeds[2].read_text())
    assert job(folder.as_uri(), str(out)).startswith("1 new files (5 already")
    # A missing prefix is reported like a missing path.
    assert "1 unreadable" in job((tmp_path / "none").as_uri(), str(out))


def _files_table(out: Path) -> List[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(out / "files").to_pylist()


def test_spark_sql_answers_as_the_query_language(cli, tables, snapshots):
    """examples/python/spark_sql.py over the tables gives `unxref query`'s
    answers on the snapshot: what cites 1325, the most cited resolutions."""
    done = subprocess.run(
        [sys.executable, "examples/python/spark_sql.py", str(tables.out), "--json", "--master", "local[2]"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    sql = json.loads(done.stdout)
    graph = str(snapshots.spark)

    cites = cli.json("query", "--graph", graph, "--format", "json", "what cites 1325")
    expected = sorted((row["id"], row.get("via")) for row in cites["rows"])
    assert len(expected) > 10
    assert sorted((row["source"], row["via"]) for row in sql["what_cites_1325"]) == expected

    top = cli.json("query", "--graph", graph, "--format", "json", "most cited resolutions")
    expected_top = [(row["id"], row["citations"]) for row in top["rows"]]
    got_top = [(row["resolution"], row["citations"]) for row in sql["most_cited"]]
    # The same counts in the same order; ids may differ only within a tie.
    assert [c for _, c in got_top] == [c for _, c in expected_top]
    counts = {row["target"]: row["n"] for row in _citation_counts(cli, graph, [i for i, _ in got_top])}
    assert all(counts[i] == c for i, c in got_top)
    assert {i for i, c in got_top if c > got_top[-1][1]} == {i for i, c in expected_top if c > expected_top[-1][1]}


def _citation_counts(cli, graph: str, ids: List[str]) -> List[dict]:
    """`X <- cites | count` for each id, by the binary."""
    rows = []
    for node in ids:
        answer = cli.json("query", "--graph", graph, "--format", "json", f'"{node}" <- cites | count')
        rows.append({"target": node, "n": answer["rows"][0]["count"]})
    return rows


def test_from_parquet_names_a_missing_folder(cli, tmp_path):
    done = cli.run("build", "--from-parquet", str(tmp_path / "none"), "-o", str(tmp_path / "x.unxref"), check=False)
    assert done.returncode != 0
    assert "no Parquet files under nodes/ or edges/" in done.stderr
    assert "python -m unxref.spark" in done.stderr
