"""Audit 23 of concurrency through the Python package and the Spark job.

Attacked: 8 threads sharing one ``Graph``, each 40 times querying (5
queries, answers compared with one thread's), saving the graph to one
snapshot, drawing one SVG, loading the snapshot and (every 10th time)
building from ``data/`` (3 runs, 960 calls each: no error, no wrong
answer: the methods release the GIL and share no mutable state); two Spark
jobs over one OUTPUT at once, the second started 4, 8 and 12 s after the
first (3 rounds on ``data/``).

What was wrong:

* two jobs at once both found every file new and both wrote its rows,
  each in its own run; ``unxref build --from-parquet`` read both, so every
  edge's count was doubled (583 of 583 edges on ``data/``), without a
  word. A file is now read from one run only, the first (in run order)
  whose ``files/`` table holds it;
* a job deleted, as "not finished", the run of a job still writing it (its
  ``nodes/`` rows written, its ``files/`` rows not yet): that job then
  recorded its files as done, their rows gone. Each job now marks its run
  (``_running/run=…``) while it writes, and a marked run is left alone;
* both jobs appended through the table's one ``_temporary/`` folder, which
  the first to finish removes: each run is now written to its own
  ``run=…`` folder (the same layout).
"""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("skipped: no java for Spark")
    from unxref.spark import _session

    session = _session("local[2]", "unxref-audit23")
    yield session
    session.stop()


def test_files_two_jobs_both_extracted_are_read_once(spark, cli, tmp_path):
    from unxref.spark import run

    out = tmp_path / "tables"
    assert run(spark, [str(REPO / "data")], str(out))["files"] == 5
    # What two jobs started together leave: every file in two finished
    # runs (the second run named later, as its job started later).
    (first,) = [p.name for p in (out / "files").glob("run=*")]
    for table in ("nodes", "edges", "files"):
        shutil.copytree(out / table / first, out / table / "run=29991231T000000000000Z")
    tables, local = tmp_path / "tables.unxref", tmp_path / "local.unxref"
    cli.run("build", "--from-parquet", str(out), "-o", str(tables))
    cli.run("build", str(REPO / "data"), "-o", str(local))
    assert tables.read_bytes() == local.read_bytes(), "the rows of a file in two runs were read twice"


def test_a_run_whose_job_still_runs_is_left_alone(spark, cli, tmp_path):
    from unxref.spark import run

    docs = tmp_path / "docs"
    shutil.copytree(REPO / "data", docs)
    late = sorted(docs.glob("*.txt"))[-1]
    late.rename(tmp_path / late.name)
    out = tmp_path / "tables"
    run(spark, [str(docs)], str(out))
    (tmp_path / late.name).rename(late)
    # A second job, caught between its nodes/ and its files/ rows: its
    # marker says it still runs.
    run(spark, [str(docs)], str(out), run_id="29991231T000000000000Z")
    busy = "run=29991231T000000000000Z"
    shutil.rmtree(out / "files" / busy)
    (out / "_running").mkdir(exist_ok=True)
    (out / "_running" / busy).write_bytes(b"")
    said = []
    third = run(spark, [str(docs)], str(out), report=said.append)
    assert third["files"] == 1
    for table in ("nodes", "edges"):
        assert (out / table / busy).is_dir(), f"{table}/{busy} of a running job was deleted"
    assert sorted(said) == [
        f"{out}/{table}/{busy}: a run not finished, whose job may still be running "
        f"({out}/_running/{busy} is there): left as it is; if no job is running, "
        "delete that marker and the next run removes the run"
        for table in ("edges", "nodes")
    ]
    # The job's own marker is gone once it is done; with the other's
    # removed, the next run removes the unfinished run.
    assert [p.name for p in (out / "_running").iterdir()] == [busy]
    (out / "_running" / busy).unlink()
    said.clear()
    run(spark, [str(docs)], str(out), report=said.append)
    assert not (out / "nodes" / busy).exists() and len(said) == 2, said
    # Whatever ran, the tables make the local build's snapshot.
    tables, local = tmp_path / "tables.unxref", tmp_path / "local.unxref"
    cli.run("build", "--from-parquet", str(out), "-o", str(tables))
    cli.run("build", str(docs), "-o", str(local))
    assert tables.read_bytes() == local.read_bytes()
