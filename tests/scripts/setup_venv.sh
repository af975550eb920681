#!/usr/bin/env bash
# Make a Python virtual environment with NetworkX, igraph and rdflib for the
# interop checks. Usage: setup_venv.sh DIR. Prints the venv's python on
# success; on failure prints one line to stderr and exits 1 (callers skip).
set -u
dir=${1:?usage: setup_venv.sh DIR}
if [ -x "$dir/bin/python" ] && "$dir/bin/python" -c "import networkx, igraph, rdflib" 2>/dev/null; then
    echo "$dir/bin/python"
    exit 0
fi
python3 -m venv "$dir" >/dev/null 2>&1 || { echo "cannot create a venv with python3 -m venv" >&2; exit 1; }
"$dir/bin/pip" install --quiet --disable-pip-version-check networkx python-igraph rdflib >/dev/null 2>&1 \
    || { echo "pip cannot install networkx python-igraph rdflib" >&2; exit 1; }
"$dir/bin/python" -c "import networkx, igraph, rdflib" 2>/dev/null \
    || { echo "networkx, igraph or rdflib does not import after pip install" >&2; exit 1; }
echo "$dir/bin/python"
