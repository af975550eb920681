#!/usr/bin/env bash
# Extraction speed (issue 18 §3), measured side by side in one run:
#   1. `unxref build` of a folder (default corpus/sc-resolutions) against
#      the naive single-regex Python scan of the same files
#      (benches/naive_scan.py), alternating, RUNS times each; the table gives
#      the best and median wall-clock time and CPU time (user + system) of
#      each, and the ratios;
#   2. extraction in memory on one thread, with and without the actor
#      dictionary (benches/extract_speed.rs): MB/s per core.
#
# Usage: benches/extract_compare.sh [FOLDER]
# Environment: RUNS (default 10), PYTHON (default python3).
# On a shared machine, read the best figures: other work only adds time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
folder="${1:-corpus/sc-resolutions}"
runs="${RUNS:-10}"
python="${PYTHON:-python3}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/extract-compare.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "== building unxref (release) and the extract_speed bench" >&2
cargo build --release --quiet
speed="$(cargo bench --bench extract_speed --no-run --message-format=json 2>/dev/null \
    | "$python" -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "extract_speed" and m.get("executable"):
        print(m["executable"])')"
[ -x "$speed" ] || { echo "extract_compare.sh: the extract_speed bench did not build" >&2; exit 1; }

# One timed run: wall-clock and CPU seconds of a command, as "wall cpu".
timed() {
    local out="$tmp/time"
    /usr/bin/env TIMEFORMAT='%R %U %S' bash -c 'time "$@" >/dev/null 2>&1' _ "$@" 2>"$out"
    awk '{printf "%.4f %.4f\n", $1, $2 + $3}' "$out"
}

echo "== $runs runs each of unxref build and the naive scan over $folder" >&2
: >"$tmp/build"; : >"$tmp/naive"
for ((i = 0; i < runs; i++)); do
    timed target/release/unxref build "$folder" -o "$tmp/graph.unxref" >>"$tmp/build"
    timed "$python" benches/naive_scan.py "$folder" >>"$tmp/naive"
done
"$python" - "$tmp/build" "$tmp/naive" "$folder" "$(nproc)" <<'PY'
import statistics, sys
def load(path):
    rows = [tuple(map(float, l.split())) for l in open(path) if l.strip()]
    wall = sorted(r[0] for r in rows); cpu = sorted(r[1] for r in rows)
    return wall[0], statistics.median(wall), cpu[0], statistics.median(cpu)
b, n = load(sys.argv[1]), load(sys.argv[2])
print(f"# unxref build vs naive Python scan: {sys.argv[3]}, {len(open(sys.argv[1]).readlines())} runs each, {sys.argv[4]} cores")
print("| | wall best (s) | wall median (s) | CPU best (s) | CPU median (s) |")
print("|---|---|---|---|---|")
print(f"| unxref build | {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} | {b[3]:.3f} |")
print(f"| naive scan (Python, 1 regex) | {n[0]:.3f} | {n[1]:.3f} | {n[2]:.3f} | {n[3]:.3f} |")
print(f"| naive / unxref | {n[0]/b[0]:.2f}x | {n[1]/b[1]:.2f}x | {n[2]/b[2]:.2f}x | {n[3]/b[3]:.2f}x |")
PY

echo
echo "# extraction in memory, one thread ($folder)"
"$speed" --runs "$runs" "$folder"
