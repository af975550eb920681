#!/usr/bin/env bash
# Install Kuzu and NetworkX into a virtualenv under target/ for the side-by-side
# benchmark (benches/compare.sh). Idempotent: a second run only checks them.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="${UNXREF_BENCH_VENV:-$root/target/bench-venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r "$root/benches/compare/requirements.txt"
"$venv/bin/python" -c 'import kuzu, networkx; print("kuzu", kuzu.__version__, "networkx", networkx.__version__)'
