"""Parse unxref's N-Triples with rdflib and report what it holds.

Usage: ntriples_check.py GRAPH.nt

Prints one JSON object: the number of (distinct) triples, of subjects with an
unx:id, and of reified edge statements. Exits 1 with rdflib's message if the
file does not parse.
"""

import json
import sys

import rdflib
from rdflib.namespace import RDF

UNX = rdflib.Namespace("https://unxref.org/ns#")


def main() -> int:
    g = rdflib.Graph()
    try:
        g.parse(sys.argv[1], format="nt")
    except Exception as e:  # rdflib raises several parser error types
        print(f"rdflib cannot parse {sys.argv[1]}: {e}", file=sys.stderr)
        return 1
    report = {
        "triples": len(g),
        "nodes": len(set(g.subjects(UNX.id, None))),
        "statements": len(set(g.subjects(RDF.type, RDF.Statement))),
    }
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
