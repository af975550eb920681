"""What the Python layer costs on top of Rust: a build and some queries,
timed in one process with one compiled library.

The Rust side is timed inside the native module (`_bench_build`,
`_bench_query`: the same calls with nothing handed to Python); the Python
side is the public API (`unxref.Graph.build`, `Graph.query`, and
`QueryResult.to_pandas`). Build the package in release mode first:

    python3 -m venv .venv && . .venv/bin/activate
    pip install maturin pandas
    maturin develop --release
    python benches/python_overhead.py [CORPUS_DIR ...]

Without arguments it uses ../shared/corpus/sc-resolutions and data/ when
present (else data/ alone). Prints the best of several runs of each (the
machine's noise only ever adds time).
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import unxref
from unxref._unxref import NativeGraph

REPO = Path(__file__).resolve().parents[1]
QUERIES = [
    "what does 2531 cite",
    "what cites 1325",
    "all resolutions",
    "all resolutions | top 10 by citations",
]


def best_of(runs: int, call) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def line(what: str, rust: float, python: float) -> None:
    extra = python - rust
    print(f"{what:<44} {rust * 1e3:9.2f} ms {python * 1e3:9.2f} ms  {extra * 1e3:+8.2f} ms ({python / rust:5.2f}x)")


def main() -> None:
    if len(sys.argv) > 1:
        paths = sys.argv[1:]
    else:
        corpus = REPO.parent / "shared" / "corpus" / "sc-resolutions"
        if not corpus.is_dir():
            corpus = REPO.parent.parent / "shared" / "corpus" / "sc-resolutions"
        paths = [str(p) for p in (corpus, REPO / "data") if p.is_dir()]
    print(f"paths: {', '.join(paths)}")
    print(f"{'':<44} {'Rust':>12} {'Python':>12}  {'overhead':>8}")

    builds = 5
    rust = min(NativeGraph._bench_build(paths, builds))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", unxref.UnxrefWarning)
        python = best_of(builds, lambda: unxref.Graph.build(paths))
        graph = unxref.Graph.build(paths)
    print(f"graph: {graph.node_count} nodes, {graph.edge_count} edges")
    line("build", rust, python)

    for query in QUERIES:
        runs = 30
        rows = len(graph.query(query))
        rust = min(graph._native._bench_query(query, runs))
        python = best_of(runs, lambda: graph.query(query))
        line(f"query {query!r} ({rows} rows)", rust, python)
        try:
            frame = best_of(runs, lambda: graph.query(query).to_pandas())
        except ImportError:
            continue
        line("  … and .to_pandas()", rust, frame)


if __name__ == "__main__":
    main()
