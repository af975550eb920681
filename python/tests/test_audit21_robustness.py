"""Audit 21 of bad input through the Python package and the Spark job.

Attacked: the public API with 64 calls (None, numbers, bytes, empty
strings, NUL bytes, a folder, a FIFO, a truncated snapshot and one of a
future format where a path is wanted; unknown parameters and keywords;
NaN, booleans, huge and negative numbers as parameters; out-of-range
indexes of a result); the Spark job's command line with 10 argument sets
(a missing input, an empty folder, an empty INPUT and OUTPUT, ``/`` as
OUTPUT, a file as OUTPUT, a folder of documents as OUTPUT, ``--master
nonsense`` and ``local[0]``, a missing input beside a good one) and runs
over a folder holding a binary file named ``.txt``, a FIFO, a symbolic
link to nothing and a text that is no UN document, then reruns.

What was wrong:

* ``Graph.load("")``, ``Graph.save("")`` and ``Graph.build("")`` said
  ``: does not exist`` / ``: cannot write: No such file or directory`` of a
  path with no name; ``Graph(None)`` failed with an AttributeError;
* a query missing a parameter told Python users to use ``--param
  NAME=VALUE`` (command line) or ``Params`` (library);
* ``render(q, path, max_nodes=10)`` said only that the query does not use
  ``$max_nodes``;
* the job with an empty INPUT or a bad ``--master`` ended in a Java or
  Py4J traceback; an empty OUTPUT wrote the tables at ``/nodes``,
  ``/edges`` and ``/files``; a folder of documents as OUTPUT got the
  tables written among them; a file as OUTPUT ended in a traceback; inputs
  that name nothing (missing, an empty folder) ended with status 0 after
  recording the error as a table row; the files it could not read were
  counted ("1 unreadable") but never named;
* a run stopped half-way (its ``nodes/`` and ``edges/`` written, not its
  ``files/``) had its files extracted again by the next run, both copies
  kept: the job now removes such a run first (and ``unxref build
  --from-parquet`` leaves it out).

A rerun appends only the new files, as documented: checked below, and the
tables of two runs make the snapshot a local build makes, byte for byte.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import unxref
from conftest import REPO
from unxref.errors import QueryError, SnapshotError


@pytest.mark.parametrize("call", ["load", "save", "build", "render"])
def test_an_empty_path_is_a_value_error_naming_the_method(data_graph, call):
    run = {
        "load": lambda: unxref.Graph.load(""),
        "save": lambda: data_graph.save(""),
        "build": lambda: unxref.Graph.build(["data", " "]),
        "render": lambda: data_graph.render("what cites 2164", ""),
    }[call]
    with pytest.raises(ValueError, match=f"Graph.{call}: the path is empty"):
        run()


def test_a_path_of_the_wrong_type_is_a_type_error_naming_the_method(data_graph):
    with pytest.raises(TypeError, match="Graph.load takes a path"):
        unxref.Graph.load(None)
    with pytest.raises(TypeError, match="Graph.save takes a path"):
        data_graph.save(3)
    with pytest.raises(TypeError, match=r"Graph.build\(paths\) or Graph.load\(path\)"):
        unxref.Graph(None)


def test_a_folder_given_to_load_names_the_snapshot_in_it(data_graph, tmp_path):
    data_graph.save(tmp_path / "data.unxref")
    with pytest.raises(SnapshotError, match="is a folder, not a snapshot file") as caught:
        unxref.Graph.load(tmp_path)
    assert "data.unxref" in str(caught.value)
    # The file it names loads.
    assert len(unxref.Graph.load(tmp_path / "data.unxref")) == len(data_graph)


def test_a_missing_parameter_is_said_in_python_terms(data_graph):
    with pytest.raises(QueryError, match=r"no value bound for \$res; pass it as a keyword argument") as caught:
        data_graph.query("what cites $res")
    assert "--param" not in str(caught.value)
    # Given, it answers as the literal does.
    assert data_graph.query("what cites $res", res="2164").node_ids() == data_graph.query("what cites 2164").node_ids()


def test_render_names_its_options_when_a_keyword_is_neither(data_graph, tmp_path):
    with pytest.raises(TypeError, match=r"\$max_nodes; the keywords that are not parameters are overwrite, engine"):
        data_graph.render("what cites 2164", tmp_path / "x.svg", max_nodes=10)
    assert not (tmp_path / "x.svg").exists()


def spark_job(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "unxref.spark", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    "args, says",
    [
        (["", "out"], "an INPUT is empty"),
        (["data", ""], "OUTPUT is empty"),
        (["data", "/"], "/: the root of a file system or bucket; give a folder below it (e.g. /tables)"),
        (["data", "out", "--master", "nonsense"], "--master 'nonsense': not a Spark master URL"),
        (["data", "out", "--master", "local[0]"], "--master 'local[0]': not a Spark master URL"),
    ],
)
def test_spark_arguments_refused_before_spark_starts(tmp_path, args, says):
    done = spark_job(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr[-2000:]
    assert says in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("skipped: no java for Spark")
    from unxref.spark import _session

    session = _session("local[2]", "unxref-audit21")
    yield session
    session.stop()


def test_spark_refuses_outputs_and_inputs_it_cannot_use(spark, tmp_path):
    from unxref.spark import JobError, run

    (tmp_path / "empty").mkdir()
    (tmp_path / "file").write_text("notes")
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "data", docs)
    before = sorted(p.name for p in docs.iterdir())
    cases = [
        ([str(tmp_path / "none")], tmp_path / "t1", "none: cannot read"),
        ([str(tmp_path / "empty")], tmp_path / "t2", "no .txt, .pdf, .docx, .doc or .html files"),
        ([str(docs)], tmp_path / "file", "is a file; give a folder for the tables"),
        ([str(REPO / "data")], docs, "not only the tables of this job"),
    ]
    for inputs, output, says in cases:
        with pytest.raises(JobError) as caught:
            run(spark, inputs, str(output))
        assert says in str(caught.value), str(caught.value)
    # Nothing was written: no tables for inputs naming nothing, the file
    # and the folder of documents as they were.
    assert not (tmp_path / "t1").exists() and not (tmp_path / "t2").exists()
    assert (tmp_path / "file").read_text() == "notes"
    assert sorted(p.name for p in docs.iterdir()) == before


def test_spark_names_what_it_cannot_read_and_reruns_append(spark, cli, tmp_path):
    from unxref.spark import run

    docs = tmp_path / "docs"
    shutil.copytree(REPO / "data", docs)
    late = sorted(docs.glob("*.txt"))[-1]
    late.rename(tmp_path / late.name)
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "notes.txt").write_text("Minutes of our book club: we read two novels.\n")
    (docs / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "tables"
    said = []
    first = run(spark, [str(docs)], str(out), report=said.append)
    assert first["errors"] == 2 and any("binary.txt: looks like a binary file" in m for m in said), said
    # The link to nothing is said as a local build says it (audit 22).
    assert any("gone.txt: a symbolic link to" in m for m in said), said
    # A rerun with one new file extracts that file only, in a new run.
    (tmp_path / late.name).rename(late)
    said.clear()
    second = run(spark, [str(docs)], str(out), report=said.append)
    assert (second["files"], second["skipped"]) == (1, first["files"])
    assert said == []
    # A run stopped before its files table: the next run removes it and
    # extracts its files once more.
    runs = sorted(p.name for p in (out / "files").glob("run=*"))
    assert len(runs) == 2
    shutil.rmtree(out / "files" / runs[1])
    third = run(spark, [str(docs)], str(out), report=said.append)
    assert (third["files"], third["skipped"]) == (1, first["files"])
    assert sorted(said) == [
        f"{out}/edges/{runs[1]}: a run that was not finished (no files/ rows); removed, its files are extracted again",
        f"{out}/nodes/{runs[1]}: a run that was not finished (no files/ rows); removed, its files are extracted again",
    ]
    # Nothing new: nothing written.
    assert run(spark, [str(docs)], str(out))["files"] == 0
    assert len(list((out / "nodes").glob("run=*"))) == 2
    # The tables make the snapshot a local build of the folder makes.
    spark_snapshot, local = tmp_path / "spark.unxref", tmp_path / "local.unxref"
    cli.run("build", "--from-parquet", str(out), "-o", str(spark_snapshot))
    cli.run("build", str(docs), "-o", str(local))
    assert spark_snapshot.read_bytes() == local.read_bytes()
