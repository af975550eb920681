#!/usr/bin/env bash
# Run each fuzz target for a bounded time, one after the other, and print the
# executions each one ran.
#
#   benches/fuzz.sh [SECONDS] [TARGET...]     (default: 60 s each, all targets)
#
# Targets: query, extract, snapshot, pdf (fuzz/fuzz_targets/). Each starts from its
# saved corpus (fuzz/corpus/<target>/, read only) plus a scratch corpus in
# fuzz/corpus-work/<target>/ (not committed) where new inputs go. Crashes land
# in fuzz/artifacts/<target>/; keep each one under fuzz/regressions/<target>/
# once fixed so tests/suite/fuzz_replay.rs replays it.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz wants a nightly
# compiler for its sanitizer flags; on a stable toolchain RUSTC_BOOTSTRAP=1
# unlocks them. Set FUZZ_SANITIZER=none to build without AddressSanitizer
# (faster; the crate forbids unsafe code, so ASan mostly guards dependencies).
# Set FUZZ_MERGE=1 to fold the inputs that add coverage into fuzz/corpus/.
# Set FUZZ_TOOLCHAIN=nightly to build with `cargo +nightly` instead.
#
# The summary gives, per target, the executions, the coverage and any crash
# input written (each one to fix, then copy to fuzz/regressions/<target>/).
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(query extract snapshot pdf)
sanitizer="${FUZZ_SANITIZER:-address}"
export RUSTC_BOOTSTRAP=1
cargo=(cargo)
[ -n "${FUZZ_TOOLCHAIN:-}" ] && cargo=(cargo "+$FUZZ_TOOLCHAIN")
if ! "${cargo[@]}" fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is not installed: cargo install cargo-fuzz" >&2
    exit 2
fi

# Longest input per target: extraction and snapshots get room for a few
# paragraphs or a small graph; queries are short.
max_len() {
    case "$1" in
        query) echo 512 ;;
        extract) echo 8192 ;;
        snapshot) echo 32768 ;;
        pdf) echo 65536 ;;
        *) echo 4096 ;;
    esac
}

summary=()
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus-work/$t" "fuzz/artifacts/$t"
    log="fuzz/artifacts/$t/last-run.log"
    echo "== $t: ${seconds}s (sanitizer: $sanitizer)" >&2
    status=0
    before=$(find "fuzz/artifacts/$t" -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' | wc -l)
    nice -n 10 "${cargo[@]}" fuzz run --sanitizer "$sanitizer" "$t" \
        "fuzz/corpus-work/$t" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    after=$(find "fuzz/artifacts/$t" -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' | wc -l)
    if [ "$after" -gt "$before" ]; then
        line="$t: $((after - before)) new crash/oom/timeout input(s) in fuzz/artifacts/$t/ after ${runs:-?} executions; see $log"
    elif [ "$status" -ne 0 ]; then
        line="$t: FAILED (exit $status) after ${runs:-?} executions; see $log and fuzz/artifacts/$t/"
    else
        line="$t: ${runs:-?} executions in ${seconds}s, coverage ${cov:-?} edges"
    fi
    if [ "${FUZZ_MERGE:-0}" = 1 ] && [ "$status" -eq 0 ]; then
        nice -n 10 "${cargo[@]}" fuzz run --sanitizer "$sanitizer" "$t" \
            "fuzz/corpus/$t" "fuzz/corpus-work/$t" -- -merge=1 >>"$log" 2>&1 || true
    fi
    summary+=("$line")
done
printf '%s\n' "${summary[@]}"
