"""The Spark job (`python -m unxref.spark`) in local mode with two executor
threads: `unxref build --from-parquet` over its tables makes the snapshot a
local `unxref build` of the same files makes, byte for byte, with the same
warnings; a rerun appends only the new files. Runs on the bundled seeds
plus the first 300 of the sc-resolutions (all 2,259 would add minutes of
CI for no new case) and an empty file; skipped without pyspark or Java."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

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


def warnings_of(stderr: str) -> list:
    return sorted(line for line in stderr.splitlines() if line.startswith("warning:"))


def test_spark_tables_make_the_local_snapshot(cli, tmp_path):
    part = tmp_path / "part"
    part.mkdir()
    corpus = sc_corpus()
    if corpus is not None:
        for path in sorted((REPO / corpus).glob("*.txt"))[:300]:
            shutil.copy(path, part / path.name)
    # An empty file: both builds skip it with the same warning.
    (part / "empty.txt").write_text("\n")
    out = tmp_path / "tables"

    first = job("data", str(out))
    assert first.startswith("5 new files (0 already")
    second = job(str(part), "data", str(out))
    # The seeds were extracted by the first run; only the new files now.
    assert "(5 already" in second and "1 unreadable" in second
    assert len(list((out / "nodes").glob("run=*"))) == 2

    spark = tmp_path / "spark.unxref"
    local = tmp_path / "local.unxref"
    from_tables = cli.run("build", "--from-parquet", str(out), "-o", str(spark))
    from_files = cli.run("build", str(part), "data", "-o", str(local))
    assert spark.read_bytes() == local.read_bytes()
    assert warnings_of(from_tables.stderr) == warnings_of(from_files.stderr)
    assert any("empty.txt" in w for w in warnings_of(from_files.stderr))
    exported = cli.json("export", "--format", "json", "--graph", str(spark))
    assert any(e["target"] == "S/RES/1325 (2000)" and e["kind"] == "cites" for e in exported["edges"])


def test_from_parquet_names_a_missing_folder(cli, tmp_path):
    done = cli.run("build", "--from-parquet", str(tmp_path / "none"), "-o", str(tmp_path / "x.unxref"), check=False)
    assert done.returncode != 0
    assert "no Parquet files under nodes/ or edges/" in done.stderr
    assert "python -m unxref.spark" in done.stderr
