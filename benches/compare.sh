#!/usr/bin/env bash
# Side-by-side benchmark of unxref against NetworkX and Kuzu, in one run:
#   1. installs Kuzu and NetworkX into target/bench-venv (benches/compare/setup.sh);
#   2. builds the Rust helper (benches/side_by_side.rs, bench profile);
#   3. for each graph (the sc-resolutions corpus when present, and the
#      synthetic graph of 1,000,000 documents and 10,000,000 citations):
#      the helper builds the graph, measures its memory, writes the edge list
#      (CSV) and the query sources, and times our four queries; then NetworkX
#      and Kuzu, each in its own process, load the same CSV and time the same
#      queries on the same sources;
#   4. prints one side-by-side table with ratios, build times and memory.
#
# Usage: benches/compare.sh [synthetic|corpus]...   (default: both)
# Environment: MIN_TIME (seconds per query, default 1), NODES, EDGES, SEED,
# UNXREF_BENCH_VENV (the virtualenv, default target/bench-venv)
# (synthetic graph size), UNXREF_CORPUS (the corpus folder).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/target/bench-data"
mkdir -p "$out"
graphs=("$@")
[ ${#graphs[@]} -eq 0 ] && graphs=(corpus synthetic)
min_time="${MIN_TIME:-1}"

echo "== setting up Kuzu and NetworkX" >&2
bash benches/compare/setup.sh >&2
python="${UNXREF_BENCH_VENV:-$root/target/bench-venv}/bin/python"

echo "== building the Rust helper" >&2
helper="$(cargo bench --bench side_by_side --no-run --message-format=json 2>/dev/null \
    | "$python" -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "side_by_side" and m.get("executable"):
        print(m["executable"])')"
[ -x "$helper" ] || { echo "compare.sh: the helper did not build; run cargo bench --bench side_by_side --no-run" >&2; exit 1; }

results=()
for graph in "${graphs[@]}"; do
    data="$out/$graph"
    mkdir -p "$data"
    echo "== $graph: unxref" >&2
    args=(--graph "$graph" --out "$data" --min-time "$min_time")
    [ -n "${NODES:-}" ] && args+=(--nodes "$NODES")
    [ -n "${EDGES:-}" ] && args+=(--edges "$EDGES")
    [ -n "${SEED:-}" ] && args+=(--seed "$SEED")
    if ! "$helper" "${args[@]}" > "$out/$graph-unxref.jsonl"; then
        echo "compare.sh: skipping $graph" >&2
        continue
    fi
    results+=("$out/$graph-unxref.jsonl")
    for system in networkx kuzu; do
        echo "== $graph: $system" >&2
        if "$python" benches/compare/run.py --system "$system" "$data" --min-time "$min_time" \
            > "$out/$graph-$system.jsonl"; then
            results+=("$out/$graph-$system.jsonl")
        else
            echo "compare.sh: $system failed on $graph (exit $?); its column stays empty" >&2
            results+=("$out/$graph-$system.jsonl")
        fi
    done
done

echo "# unxref vs NetworkX vs Kuzu ($(date -u +%Y-%m-%d), $(nproc) cores)"
"$python" benches/compare/run.py --table "${results[@]}"
