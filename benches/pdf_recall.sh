#!/usr/bin/env bash
# Citations unxref finds reading each PDF directly, against those it finds in
# the same report converted by Poppler's `pdftotext -layout` (the reference).
# Prints recall and precision over all reports, the reports that differ, and
# the time per page of the direct read.
#
#   benches/pdf_recall.sh [PDF_FOLDER]   (default ../shared/corpus/sg-reports-pdf)
#
# Needs pdftotext and pdfinfo (Debian: poppler-utils) and jq; builds the
# release binary (or uses $UNXREF_BIN).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-}
if [ -z "$dir" ]; then for d in ../shared ../../shared; do [ -d "$d/corpus/sg-reports-pdf" ] && dir=$d/corpus/sg-reports-pdf && break; done; fi
[ -d "$dir" ] || { echo "no PDF folder (give one)"; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext not found (apt-get install poppler-utils)"; exit 1; }
bin=${UNXREF_BIN:-target/release/unxref}
[ -n "${UNXREF_BIN:-}" ] || cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cites() { # file -> sorted "kind target" lines of document citations
    "$bin" extract --format json "$1" 2>/dev/null \
        | jq -r '.[].links[] | select(.target.id | test("^(S|A|E|ST)/")) | "\(.kind) \(.target.id)"' | sort -u || true
}
tp=0 fn=0 fp=0 pages=0
for pdf in "$dir"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pdftotext -layout "$pdf" "$work/$name.txt"
    pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')))
    cites "$work/$name.txt" >"$work/$name.ref"
    cites "$pdf" >"$work/$name.got"
    both=$(comm -12 "$work/$name.ref" "$work/$name.got" | wc -l)
    missed=$(comm -23 "$work/$name.ref" "$work/$name.got" | wc -l)
    extra=$(comm -13 "$work/$name.ref" "$work/$name.got" | wc -l)
    tp=$((tp + both)) fn=$((fn + missed)) fp=$((fp + extra))
    if [ "$missed" -gt 0 ] || [ "$extra" -gt 0 ]; then
        echo "$name: missed $(comm -23 "$work/$name.ref" "$work/$name.got" | tr '\n' ';') extra $(comm -13 "$work/$name.ref" "$work/$name.got" | tr '\n' ';')"
    fi
done
echo "reference citations $((tp + fn)), found $tp, missed $fn, extra $fp"
awk -v tp=$tp -v fn=$fn -v fp=$fp 'BEGIN { printf "recall %.3f precision %.3f\n", tp / (tp + fn), tp / (tp + fp) }'
start=$(date +%s.%N)
"$bin" build "$dir" -o "$work/pdf.unxref" 2>/dev/null || true
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v p=$pages 'BEGIN { printf "build of %d pages: %.2f s, %.1f ms a page\n", p, e - s, (e - s) * 1000 / p }'
