"""The Spark job's speed per core, for the README's cluster estimate.

Two measures over the same files:

1. what one executor core does per file, in this process: the bytes read,
   extracted (`extract_bytes`) and turned into table rows
   (`unxref.spark.extract_partition`), timed in CPU seconds (so other
   programs on the machine do not count), with the extraction alone beside;
2. the job end to end (`python -m unxref.spark`) in `local[1]` and
   `local[2]`: its wall time and the CPU seconds of all its processes
   (driver, JVM, Python workers), Spark's start and the Parquet writes
   included; CPU seconds per file are what a loaded machine cannot
   inflate, and what executor cores must supply.

Build the package in release mode first (the dev build is several times
slower), with pyspark and a Java runtime for part 2:

    maturin build --release -o dist && pip install dist/unxref-*.whl pyspark
    python benches/spark_per_core.py [INPUT ...]     # --no-job: part 1 only

Without arguments it uses ../shared/corpus/sc-resolutions and data/ when
present (else the bundled corpus/sc-resolutions). Prints the best of three
runs of part 1.
"""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, List, Tuple

from unxref._unxref import extract_bytes
from unxref.spark import extract_partition

REPO = Path(__file__).resolve().parents[1]
WANTED = {".txt", ".pdf", ".docx", ".doc", ".html", ".htm"}


def files_of(inputs: List[str]) -> List[Path]:
    found: List[Path] = []
    for given in inputs:
        path = Path(given)
        found += sorted(p for p in path.rglob("*") if p.suffix.lower() in WANTED) if path.is_dir() else [path]
    return found


def best_cpu(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def run_job(inputs: List[str], master: str) -> Tuple[float, float]:
    """The job's wall time and the CPU seconds of all its processes."""
    with tempfile.TemporaryDirectory(prefix="spark-per-core-") as out:
        start = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "unxref.spark", *inputs, out, "--master", master], check=True, capture_output=True)
        wall = time.perf_counter() - start
        while True:
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                break
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = REPO / "../shared/corpus/sc-resolutions"
    inputs = args or ([str(shared), str(REPO / "data")] if shared.is_dir() else [str(REPO / "corpus/sc-resolutions")])
    files = files_of(inputs)
    contents = [(str(p), p.read_bytes()) for p in files]
    size = sum(len(c) for _, c in contents)
    documents = sum(len(extract_bytes(n, c)[0]) for n, c in contents)
    print(f"{len(files)} files, {size / 1e6:.1f} MB, {documents} documents")

    extract_only = best_cpu(lambda: [extract_bytes(n, c) for n, c in contents])
    with_rows = best_cpu(lambda: sum(1 for _ in extract_partition(iter(contents))))
    for label, seconds in (("extraction alone", extract_only), ("extraction + table rows", with_rows)):
        print(
            f"one core, {label}: {seconds:.2f} CPU s, {len(files) / seconds:,.0f} files/s, "
            f"{documents / seconds:,.0f} documents/s, {size / seconds / 2**20:.1f} MiB/s"
        )

    if "--no-job" in sys.argv:
        return 0
    # Become the subreaper of the job's processes (Linux): the JVM and the
    # Python workers outlive the driver, and only descendants this process
    # waits for count in RUSAGE_CHILDREN.
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    # The job over the 5 seeds first: Spark's fixed cost (the JVM's start
    # and compilation, planning, the writes), which the marginal cost per
    # document leaves out.
    seeds = [str(REPO / "data")]
    seed_documents = sum(len(extract_bytes(str(p), p.read_bytes())[0]) for p in files_of(seeds))
    for master in ("local[1]", "local[2]"):
        base_wall, base_cpu = run_job(seeds, master)
        wall, cpu = run_job(inputs, master)
        marginal = (cpu - base_cpu) / (documents - seed_documents)
        print(
            f"job in {master}: {wall:.1f} s wall, {cpu:.1f} CPU s ({base_wall:.1f} s and {base_cpu:.1f} CPU s "
            f"over the seeds alone); marginal {marginal * 1000:.2f} CPU ms a document, "
            f"{1 / marginal:,.0f} documents per CPU second"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
