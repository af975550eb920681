"""The Spark job (`python -m unxref.spark`) in local mode with two executor
threads, over the whole sc-resolutions corpus (../shared/corpus, else the
copy bundled in corpus/: 2,259 files) plus the seeds of data/ and an empty
file: `unxref build --from-parquet` over its tables makes the snapshot a
local `unxref build` of the same files makes, byte for byte (nodes, edges,
every attribute, aliases, counts), with the same warnings; a rerun appends
only the new files; a `file://` URI reads like a path; and the Spark SQL
example answers as `unxref query` does. Skipped without pyspark or Java.

The whole set, not a part: the module runs the job three times, about 70 s
wall on the shared 2-core machine (debug build of the package; 270 s under
a load average near 8), a small share of CI."""

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
    """The job's tables over the corpus and a folder given as a `file://`
    URI, as an object-store prefix is given. The folder holds the seeds (one
    in a subfolder, one under a name with glob characters), an empty file,
    a README.md and a hidden file (neither taken by a folder walk) and, when
    ../shared/corpus has it, a PDF. A first run reads the folder without
    one seed; the rerun adds the corpus, that seed (read by name, the
    others not again) and a URI naming nothing."""
    root = tmp_path_factory.mktemp("spark")
    folder = root / "docs"
    shutil.copytree(REPO / "data", folder)
    seeds = sorted(folder.glob("*.txt"))
    seeds[0].rename(folder / "sub [draft]{1}.txt")
    (folder / "nested").mkdir()
    seeds[1].rename(folder / "nested" / seeds[1].name)
    late = root / seeds[2].name
    seeds[2].rename(late)
    (folder / ".hidden.txt").write_text(late.read_text())
    (folder / "empty.txt").write_text("\n")
    pdf = REPO / "../shared/corpus/sg-reports-pdf/MINUGUA_S_1997_432.pdf"
    if pdf.is_file():
        shutil.copy(pdf, folder / pdf.name)
    out = root / "tables"
    first = job(folder.as_uri(), str(out))
    late.rename(folder / late.name)
    missing = root / "none"
    inputs = [sc_corpus() or "corpus/sc-resolutions", folder.as_uri(), missing.as_uri()]
    second = job(*inputs, out.as_uri())
    return SimpleNamespace(
        out=out,
        corpus=inputs[0],
        # `--from-parquet` links files in sorted path order (Rust's Path
        # order: /tmp/… before ../shared/…), a local build in the order of
        # its inputs: the same order here, since where files repeat a fact
        # the first file's version is kept (a repeated citation's evidence).
        local_inputs=[str(folder), inputs[0], str(missing)],
        folder=folder,
        pdf=pdf.is_file(),
        first=first,
        second=second,
        root=root,
    )


@pytest.fixture(scope="module")
def snapshots(cli, tables):
    """The snapshot built from the tables and the one a local build of the
    same paths makes, with each build's stderr."""
    spark = tables.root / "spark.unxref"
    local = tables.root / "local.unxref"
    from_tables = cli.run("build", "--from-parquet", str(tables.out), "-o", str(spark))
    from_files = cli.run("build", *tables.local_inputs, "-o", str(local))
    return SimpleNamespace(spark=spark, local=local, from_tables=from_tables, from_files=from_files)


def test_spark_tables_make_the_local_snapshot(cli, tables, snapshots):
    # Four seeds, the empty file and the PDF; then the corpus and the last seed.
    assert tables.first.startswith(f"{5 + tables.pdf} new files (0 already")
    corpus_files = len(list(Path(REPO / tables.corpus).glob("*.txt")))
    assert tables.second.startswith(f"{corpus_files + 1} new files ({5 + tables.pdf} already")
    # The empty file in the first run, the missing URI in the second.
    assert tables.first.endswith("1 unreadable") and tables.second.endswith("1 unreadable")
    assert len(list((tables.out / "nodes").glob("run=*"))) == 2

    assert snapshots.spark.read_bytes() == snapshots.local.read_bytes()
    warnings = warnings_of(snapshots.from_files.stderr)
    assert warnings_of(snapshots.from_tables.stderr) == warnings
    assert any("empty.txt: empty file" in w for w in warnings)
    assert any("none: cannot read" in w for w in warnings)
    names = {row["file"] for row in _files_table(tables.out)}
    assert str(tables.folder / "sub [draft]{1}.txt") in names
    assert not any("README" in n or ".hidden" in n for n in names)
    exported = cli.json("export", "--format", "json", "--graph", str(snapshots.spark))
    assert any(e["target"] == "S/RES/1325 (2000)" and e["kind"] == "cites" for e in exported["edges"])
    if tables.pdf:
        assert any((e.get("evidence") or {}).get("file", "").endswith(".pdf") for e in exported["edges"])


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
    expected = sorted((row["id"], row.get("via")) for row in cites)
    assert len(expected) > 10
    assert sorted((row["source"], row["via"]) for row in sql["what_cites_1325"]) == expected

    top = cli.json("query", "--graph", graph, "--format", "json", "most cited resolutions")
    expected_top = [(row["id"], row["citations"]) for row in top]
    got_top = [(row["resolution"], row["citations"]) for row in sql["most_cited"]]
    # The same counts in the same order; ids may differ only within a tie.
    assert [c for _, c in got_top] == [c for _, c in expected_top]
    # Each SQL count is the graph's `X <- cites | count`.
    counts = {node: cli.json("query", "--graph", graph, "--format", "json", f'"{node}" <- cites | count')[0]["count"] for node, _ in got_top}
    assert all(counts[i] == c for i, c in got_top)
    assert {i for i, c in got_top if c > got_top[-1][1]} == {i for i, c in expected_top if c > expected_top[-1][1]}


def test_from_parquet_names_a_missing_folder(cli, tmp_path):
    done = cli.run("build", "--from-parquet", str(tmp_path / "none"), "-o", str(tmp_path / "x.unxref"), check=False)
    assert done.returncode != 0
    assert "none: does not exist" in done.stderr
    assert "python -m unxref.spark" in done.stderr
