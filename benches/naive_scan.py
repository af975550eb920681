"""The naive baseline of issue 18 §3: one regex over every file, in Python.

Reads every `.txt` file under the given folders (recursively, sorted),
runs one compiled regex over each text, and builds the citation edges
`(file, cited symbol)` in a dict of sets, the least a citation graph needs.
It does none of what `unxref build` does besides (no segmentation,
relations, paragraphs, actors, votes, evidence, snapshot).

    python3 benches/naive_scan.py corpus/sc-resolutions [FOLDER ...]

Prints one line of JSON: files, bytes, matches, edges, seconds (the scan
alone, reading included; interpreter start-up excluded).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time

# One regex for the Security Council's resolutions in the forms the corpus
# writes them most often: `S/RES/2531 (2020)`, `resolution 2531 (2020)`,
# `resolutions 1325 (2000)`, and document symbols `S/2020/476`.
REFERENCE = re.compile(
    r"(?:S/RES/|[Rr]esolutions? )(\d{1,4}) ?\((\d{4})\)|\bS/(\d{4})/(\d+)"
)


def files_under(folders):
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                if name.endswith(".txt"):
                    yield os.path.join(root, name)


def scan(folders):
    graph: dict[str, set[str]] = {}
    files = nbytes = matches = 0
    for path in files_under(folders):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        files += 1
        nbytes += len(text.encode("utf-8"))
        cited = graph.setdefault(path, set())
        for m in REFERENCE.finditer(text):
            matches += 1
            if m.group(1):
                cited.add(f"S/RES/{m.group(1)} ({m.group(2)})")
            else:
                cited.add(f"S/{m.group(3)}/{m.group(4)}")
    edges = sum(len(v) for v in graph.values())
    return files, nbytes, matches, edges


def main() -> None:
    folders = sys.argv[1:] or ["corpus/sc-resolutions"]
    start = time.perf_counter()
    files, nbytes, matches, edges = scan(folders)
    seconds = time.perf_counter() - start
    print(json.dumps({"files": files, "bytes": nbytes, "matches": matches,
                      "edges": edges, "seconds": round(seconds, 4)}))


if __name__ == "__main__":
    main()
