"""Load unxref's GraphML with NetworkX and with igraph and report what each sees.

Usage: graphml_check.py GRAPH.graphml NODE_ID [REWRITTEN.graphml]

Prints one JSON object: node and edge counts, NODE_ID's in-degree (all edge
kinds, and `cites` edges only) as NetworkX and igraph compute them, and the
Python types the typed keys were read as. With a third argument, NetworkX
also writes the graph it read back out as GraphML there (for unxref to import
again). Exits 1 with a message if a library
fails to read the file or NODE_ID is absent.
"""

import json
import sys

import igraph
import networkx as nx


def main() -> int:
    path, node = sys.argv[1], sys.argv[2]
    report = {}

    g = nx.read_graphml(path)
    if node not in g:
        print(f"NetworkX: node {node!r} is not in {path}", file=sys.stderr)
        return 1
    in_edges = list(g.in_edges(node, data=True))
    sample = next((d for _, d in g.nodes(data=True) if "year" in d), {})
    report["networkx"] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "in_degree": g.in_degree(node),
        "in_degree_cites": sum(1 for _, _, d in in_edges if d.get("kind") == "cites"),
        "year_type": type(sample.get("year")).__name__,
        "held_type": type(sample.get("held")).__name__,
        "count_type": type(next(iter(g.edges(data=True)), (None, None, {}))[2].get("count")).__name__,
    }

    if len(sys.argv) > 3:
        nx.write_graphml(g, sys.argv[3])

    h = igraph.Graph.Read_GraphML(path)
    matches = h.vs.select(id_eq=node)
    if len(matches) != 1:
        print(f"igraph: {len(matches)} vertices with id {node!r}", file=sys.stderr)
        return 1
    v = matches[0].index
    incoming = h.es.select(_target=v)
    report["igraph"] = {
        "nodes": h.vcount(),
        "edges": h.ecount(),
        "directed": h.is_directed(),
        "in_degree": h.degree(v, mode="in"),
        "in_degree_cites": sum(1 for e in incoming if e["kind"] == "cites"),
    }
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
