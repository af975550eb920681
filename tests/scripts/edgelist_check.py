"""Read unxref's CSV edge list with DuckDB, as a user would, with no options.

Usage: edgelist_check.py DIR   (DIR holds nodes.csv and edges.csv)

Prints one JSON object: row counts, the column names DuckDB found, how many
edge ends are not node ids (should be 0), and the most cited target. Exits 1
with DuckDB's message if it cannot read the files; exits 3 if DuckDB is not
installed.
"""

import json
import sys
from pathlib import Path

try:
    import duckdb
except ImportError:
    print("duckdb is not installed", file=sys.stderr)
    sys.exit(3)


def main() -> int:
    folder = Path(sys.argv[1])
    nodes, edges = str(folder / "nodes.csv"), str(folder / "edges.csv")
    con = duckdb.connect()
    try:
        node_cols = [d[0] for d in con.execute(f"SELECT * FROM read_csv('{nodes}') LIMIT 0").description]
        edge_cols = [d[0] for d in con.execute(f"SELECT * FROM read_csv('{edges}') LIMIT 0").description]
        n_nodes = con.execute(f"SELECT count(*) FROM read_csv('{nodes}')").fetchone()[0]
        n_edges = con.execute(f"SELECT count(*) FROM read_csv('{edges}')").fetchone()[0]
        dangling = con.execute(
            f"SELECT count(*) FROM read_csv('{edges}') e "
            f"WHERE e.src NOT IN (SELECT id FROM read_csv('{nodes}')) "
            f"OR e.dst NOT IN (SELECT id FROM read_csv('{nodes}'))"
        ).fetchone()[0]
        top = con.execute(
            f"SELECT dst, count(*) AS n FROM read_csv('{edges}') WHERE kind = 'cites' "
            f"GROUP BY dst ORDER BY n DESC, dst LIMIT 1"
        ).fetchone()
    except duckdb.Error as e:
        print(f"duckdb cannot read {folder}: {e}", file=sys.stderr)
        return 1
    print(json.dumps({
        "nodes": n_nodes, "edges": n_edges, "node_columns": node_cols,
        "edge_columns": edge_cols, "dangling": dangling,
        "top_cited": list(top) if top else None,
    }, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
