#!/usr/bin/env bash
# Scale benchmarks of `unxref build` (issue 18 §2; issue 19's memory row):
# build time, peak memory, snapshot size and load time over synthetic
# corpora of growing size (benches/gen_corpus.rs, seeded) and over single
# large texts, in release builds, measured with /usr/bin/time -v.
#
# Usage: benches/scale.sh [corpus|files]...   (default: both)
# Environment:
#   SCALE_DIR    where corpora and snapshots go (default target/scale);
#                each corpus is deleted once measured
#   RUNS         "DOCS:SIZE_FACTOR ..." the synthetic corpora
#                (default "100000:1 300000:1 1000000:0.3 1000000:3")
#   FILE_SIZES   single-file sizes in MB (default "20 50 100")
#   SEED         generator seed (default 7)
#   KEEP_FREE_GB refuse to generate when the disk would fall below this (30)
# Prints one Markdown table row per run on stdout; progress on stderr.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dir="${SCALE_DIR:-$root/target/scale}"
runs="${RUNS:-100000:1 300000:1 1000000:0.3 1000000:3}"
file_sizes="${FILE_SIZES:-20 50 100}"
seed="${SEED:-7}"
keep_free="${KEEP_FREE_GB:-30}"
what=("$@")
[ ${#what[@]} -eq 0 ] && what=(corpus files)
[ -x /usr/bin/time ] || { echo "scale.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
mkdir -p "$dir"

echo "== building unxref and the generator (release)" >&2
cargo build --release --bin unxref >&2
cargo bench --bench gen_corpus --no-run >&2 2>&1
unxref="$root/target/release/unxref"

# measure NAME CMD...: run under /usr/bin/time -v; sets secs and peak_mb.
measure() {
    local log="$dir/time.log"
    /usr/bin/time -v "$@" > /dev/null 2> "$log" || { cat "$log" >&2; return 1; }
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
    peak_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
}

free_gb() { df -BG --output=avail "$dir" | tail -1 | tr -dc 0-9; }

# one_run LABEL INPUT_MB PATH: build, then load, and print the row.
one_run() {
    local label="$1" input_mb="$2" path="$3" snap="$dir/scale.unxref"
    rm -f "$snap"
    measure "$unxref" build "$path" -o "$snap"
    local build_s="$secs" build_mb="$peak_mb"
    local snap_mb
    snap_mb=$(du -m "$snap" | cut -f1)
    measure "$unxref" stats --graph "$snap"
    local load_s="$secs" load_mb="$peak_mb"
    local counts
    counts=$("$unxref" stats --graph "$snap" | awk '/^nodes/ { n = $2 } /^edges/ { e = $2 } END { print n " | " e }')
    printf '| %s | %s MB | %s | %s s | %s MB | %.1f× | %s MB | %s s | %s MB |\n' \
        "$label" "$input_mb" "$counts" "$build_s" "$build_mb" \
        "$(echo "$build_mb / $load_mb" | bc -l)" "$snap_mb" "$load_s" "$load_mb"
    rm -f "$snap"
}

echo "| input | size | nodes | edges | build | build peak RSS | build peak / loaded graph RSS | snapshot | load (stats --graph) | loaded graph peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for w in "${what[@]}"; do
    case "$w" in
    corpus)
        for run in $runs; do
            docs="${run%%:*}" factor="${run##*:}"
            corpus="$dir/corpus-$docs-$factor"
            echo "== generating $docs documents, size factor $factor" >&2
            if [ "$(free_gb)" -lt $((keep_free + 1)) ]; then
                echo "scale.sh: under ${keep_free} GB free; skipping $run" >&2
                continue
            fi
            rm -rf "$corpus"
            cargo bench --bench gen_corpus -- --docs "$docs" --seed "$seed" --size-factor "$factor" --out "$corpus" >&2
            mb=$(du -sm --apparent-size "$corpus" | cut -f1)
            echo "== building $corpus ($mb MB)" >&2
            one_run "$docs documents (factor $factor)" "$mb" "$corpus"
            rm -rf "$corpus"
        done
        ;;
    files)
        corpus_dir="${UNXREF_CORPUS:-$root/corpus/sc-resolutions}"
        for mb in $file_sizes; do
            file="$dir/one-$mb-MB.txt"
            # The Council's resolutions end to end, over and over, to the size.
            : > "$file"
            while [ "$(stat -c %s "$file")" -lt $((mb * 1048576)) ]; do
                cat "$corpus_dir"/*.txt >> "$file"
            done
            truncate -s $((mb * 1048576)) "$file"
            echo "== building one file of $mb MB" >&2
            one_run "one text file" "$mb" "$file"
            rm -f "$file"
        done
        ;;
    *) echo "scale.sh: unknown run $w (corpus or files)" >&2; exit 2 ;;
    esac
done
