"""Shared fixtures: the repository, the `unxref` binary the answers are
compared with, the bundled corpus and (where this machine has it) the
sc-resolutions corpus, built once by Python and once by the binary."""

from __future__ import annotations

import json
import os
import subprocess
import warnings
from pathlib import Path

import pytest

import unxref

REPO = Path(__file__).resolve().parents[2]


def _binary() -> Path:
    """`$UNXREF_BIN`, else the debug build of the repository's binary
    (`cargo build --bin unxref` first when it is missing)."""
    given = os.environ.get("UNXREF_BIN")
    if given:
        return Path(given)
    path = REPO / "target" / "debug" / "unxref"
    if not path.exists():
        subprocess.run(["cargo", "build", "--quiet", "--bin", "unxref"], cwd=REPO, check=True)
    return path


class Cli:
    """Runs the `unxref` binary in the repository root."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([str(self.path), *args], cwd=REPO, capture_output=True, text=True)
        if check and done.returncode != 0:
            raise AssertionError(f"unxref {' '.join(args)} failed: {done.stderr}")
        return done

    def json(self, *args: str):
        return json.loads(self.run(*args).stdout)


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli(_binary())


@pytest.fixture(scope="session", autouse=True)
def in_repo():
    """Run from the repository root, as the binary does, so that evidence
    paths (`data/…txt`) read the same on both sides."""
    before = os.getcwd()
    os.chdir(REPO)
    yield
    os.chdir(before)


@pytest.fixture(scope="session")
def data_graph(in_repo) -> unxref.Graph:
    return unxref.Graph.build("data")


def sc_corpus():
    """The sc-resolutions corpus as tests/suite/common/mod.rs finds it, relative
    to the repository root (so evidence paths match the binary's)."""
    candidates = [
        os.environ.get("UNXREF_SC_CORPUS"),
        "../shared/corpus/sc-resolutions",
        "../../shared/corpus/sc-resolutions",
    ]
    for candidate in candidates:
        if candidate and (REPO / candidate).is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def corpus_path(in_repo) -> str:
    path = sc_corpus()
    if path is None:
        pytest.skip("skipped: ../shared/corpus not found")
    return path


@pytest.fixture(scope="session")
def corpus_graph(corpus_path) -> unxref.Graph:
    """The corpus and the bundled seeds, built by this package."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", unxref.UnxrefWarning)
        return unxref.Graph.build([corpus_path, "data"])


@pytest.fixture(scope="session")
def corpus_snapshot(cli, corpus_path, tmp_path_factory) -> str:
    """The corpus and the bundled seeds (which hold resolution 2531), built
    by the binary, for its queries and export."""
    path = tmp_path_factory.mktemp("cli") / "corpus.unxref"
    cli.run("build", corpus_path, "data", "-o", str(path))
    return str(path)
