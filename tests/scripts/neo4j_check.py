"""Check unxref's Neo4j bulk-import CSV the way neo4j-admin reads it.

Usage: neo4j_check.py DIR   (DIR holds nodes.csv and relationships.csv)

Checks: the nodes header has exactly one `:ID` column and a `:LABEL` column;
the relationships header has `:START_ID`, `:END_ID` and `:TYPE`; every typed
column (`name:int`, `name:boolean`, …) names a type Neo4j knows and every
non-empty value parses as it; node ids are unique; every `:START_ID` and
`:END_ID` is a node id; every row has as many fields as its header. Prints one
JSON summary; exits 1 with the first problem found.
"""

import csv
import json
import sys
from pathlib import Path

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char",
         "string", "date", "datetime", "point", "duration", "localtime", "time",
         "localdatetime"}


def parse(value: str, ty: str) -> None:
    if value == "":
        return
    items = value.split(";") if ty.endswith("[]") else [value]
    ty = ty.removesuffix("[]")
    for item in items:
        if ty in ("int", "long", "short", "byte"):
            int(item)
        elif ty in ("float", "double"):
            float(item)
        elif ty == "boolean" and item not in ("true", "false"):
            raise ValueError(f"{item!r} is not true or false")


def columns(header: list[str], path: str) -> list[tuple[str, str | None]]:
    out = []
    for field in header:
        name, _, ty = field.partition(":")
        if ty and ty not in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE") and ty.removesuffix("[]") not in TYPES:
            raise ValueError(f"{path}: column {field!r} has unknown type {ty!r}")
        out.append((name, ty or None))
    return out


def read(path: Path):
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def main() -> int:
    folder = Path(sys.argv[1])
    try:
        header, rows = read(folder / "nodes.csv")
        cols = columns(header, "nodes.csv")
        id_cols = [i for i, (_, t) in enumerate(cols) if t == "ID"]
        if len(id_cols) != 1 or not any(t == "LABEL" for _, t in cols):
            raise ValueError(f"nodes.csv header {header} needs one :ID and one :LABEL column")
        ids = set()
        for n, row in enumerate(rows, 2):
            if len(row) != len(header):
                raise ValueError(f"nodes.csv line {n}: {len(row)} fields, header has {len(header)}")
            node_id = row[id_cols[0]]
            if not node_id or node_id in ids:
                raise ValueError(f"nodes.csv line {n}: id {node_id!r} is empty or repeated")
            ids.add(node_id)
            for value, (name, ty) in zip(row, cols):
                if ty and ty not in ("ID", "LABEL"):
                    parse(value, ty)

        header, rels = read(folder / "relationships.csv")
        cols = columns(header, "relationships.csv")
        where = {t: i for i, (_, t) in enumerate(cols) if t in ("START_ID", "END_ID", "TYPE")}
        if len(where) != 3:
            raise ValueError(f"relationships.csv header {header} needs :START_ID, :END_ID and :TYPE")
        types = {}
        for n, row in enumerate(rels, 2):
            if len(row) != len(header):
                raise ValueError(f"relationships.csv line {n}: {len(row)} fields, header has {len(header)}")
            for end in ("START_ID", "END_ID"):
                if row[where[end]] not in ids:
                    raise ValueError(f"relationships.csv line {n}: :{end} {row[where[end]]!r} is not a node :ID")
            types[row[where["TYPE"]]] = types.get(row[where["TYPE"]], 0) + 1
            for value, (name, ty) in zip(row, cols):
                if ty and ty not in ("START_ID", "END_ID", "TYPE"):
                    parse(value, ty)
    except (ValueError, OSError) as e:
        print(f"neo4j check failed: {e}", file=sys.stderr)
        return 1
    print(json.dumps({"nodes": len(ids), "relationships": len(rels), "types": types}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
