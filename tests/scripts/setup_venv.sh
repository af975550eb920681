#!/usr/bin/env bash
# Make a Python virtual environment with NetworkX, igraph and rdflib (and,
# where its wheel installs, DuckDB) for the interop checks.
# Usage: setup_venv.sh DIR. Prints the venv's python on success; on failure
# prints one line to stderr and exits 1 (callers skip their checks).
set -u
dir=${1:?usage: setup_venv.sh DIR}
py="$dir/bin/python"
if ! { [ -x "$py" ] && "$py" -c "import networkx, igraph, rdflib" 2>/dev/null; }; then
    python3 -m venv "$dir" >/dev/null 2>&1 || { echo "cannot create a venv with python3 -m venv" >&2; exit 1; }
    "$dir/bin/pip" install --quiet --disable-pip-version-check networkx python-igraph rdflib >/dev/null 2>&1 \
        || { echo "pip cannot install networkx python-igraph rdflib" >&2; exit 1; }
    "$py" -c "import networkx, igraph, rdflib" 2>/dev/null \
        || { echo "networkx, igraph or rdflib does not import after pip install" >&2; exit 1; }
fi
# DuckDB is optional: the edge-list check runs only where its wheel installs.
"$py" -c "import duckdb" 2>/dev/null \
    || "$dir/bin/pip" install --quiet --disable-pip-version-check duckdb >/dev/null 2>&1 || true
echo "$py"
