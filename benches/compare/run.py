"""The Python side of the side-by-side benchmark (benches/compare.sh).

  run.py --system networkx|kuzu DATA_DIR [--min-time S] [--max-runs N]
      Load DATA_DIR/edges.csv (and nodes.csv) into NetworkX or Kuzu, time the
      four queries on the sources in DATA_DIR/workload.json, and print one
      JSON object a line, in the format of the Rust helper
      (benches/side_by_side.rs).

  run.py --table RESULTS.jsonl...
      Print the side-by-side table of every result file, with ratios.

Each query is run once to warm up, then repeatedly for at least --min-time
seconds (at least 3 runs, at most --max-runs); the median is reported. Every
answer is fully materialised (a list of ids, a path, ten rows), as the Rust
side's are. Kuzu queries are timed twice: sent as text with parameters
(parsed and planned each time, as unxref's query text is), and as statements
prepared once (`conn.prepare`, the counterpart of `CitationGraph::prepare`).
"""

import argparse
import csv
import heapq
import json
import os
import resource
import shutil
import sys
import time
from operator import itemgetter

QUERIES = ["1-hop", "3-hop", "shortest path", "top-10 cited"]


def rss():
    """Resident memory of this process in bytes (VmRSS)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def peak_rss():
    """Peak resident memory of this process in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def timed(fn, min_time, max_runs):
    answer = fn()
    samples = []
    started = time.perf_counter()
    while len(samples) < 3 or (
        time.perf_counter() - started < min_time and len(samples) < max_runs
    ):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    samples.sort()
    return samples[len(samples) // 2], samples[0], len(samples), answer


def emit(**fields):
    print(json.dumps(fields, sort_keys=True), flush=True)


def read_edges(data):
    with open(os.path.join(data, "edges.csv"), newline="") as f:
        for s, t in csv.reader(f):
            yield int(s), int(t)


def read_node_count(data):
    with open(os.path.join(data, "nodes.csv"), newline="") as f:
        return sum(1 for _ in f) - 1


def run_networkx(data, work, args):
    import networkx as nx

    before = rss()
    started = time.perf_counter()
    g = nx.DiGraph()
    g.add_nodes_from(range(read_node_count(data)))
    g.add_edges_from(read_edges(data))
    build_s = time.perf_counter() - started
    graph_bytes = rss() - before
    emit(kind="build", graph=work["graph"], system="networkx",
         nodes=g.number_of_nodes(), edges=g.number_of_edges(), build_s=build_s,
         graph_bytes=graph_bytes, bytes_per_edge=graph_bytes / max(1, g.number_of_edges()),
         version=nx.__version__)

    one, three = work["one_hop"]["index"], work["three_hop"]["index"]
    src, dst = work["path_from"]["index"], work["path_to"]["index"]
    queries = {
        "1-hop": lambda: len(list(g.successors(one))),
        # Distinct nodes 1 to 3 steps away (the source itself excluded).
        "3-hop": lambda: len(nx.single_source_shortest_path_length(g, three, cutoff=3)) - 1,
        "shortest path": lambda: len(nx.shortest_path(g, src, dst)) - 1,
        "top-10 cited": lambda: heapq.nlargest(10, g.in_degree(), key=itemgetter(1))[9][1],
    }
    for name in QUERIES:
        median, low, runs, answer = timed(queries[name], args.min_time, args.max_runs)
        emit(kind="query", graph=work["graph"], system="networkx", query=name,
             median_s=median, min_s=low, runs=runs, answer=answer)


def run_kuzu(data, work, args):
    import kuzu

    path = os.path.join(data, "kuzu-db")
    shutil.rmtree(path, ignore_errors=True)
    if os.path.exists(path):
        os.remove(path)
    before = rss()
    started = time.perf_counter()
    db = kuzu.Database(path, buffer_pool_size=args.kuzu_buffer_gib << 30)
    conn = kuzu.Connection(db)
    conn.execute("CREATE NODE TABLE Doc(idx INT64, id STRING, PRIMARY KEY(idx))")
    conn.execute("CREATE REL TABLE CITES(FROM Doc TO Doc)")
    conn.execute(f"COPY Doc FROM '{os.path.join(data, 'nodes.csv')}' (HEADER=true)")
    conn.execute(f"COPY CITES FROM '{os.path.join(data, 'edges.csv')}' (HEADER=false)")
    build_s = time.perf_counter() - started
    graph_bytes = rss() - before
    edges = conn.execute("MATCH ()-[r:CITES]->() RETURN count(r)").get_next()[0]
    nodes = conn.execute("MATCH (d:Doc) RETURN count(d)").get_next()[0]
    emit(kind="build", graph=work["graph"], system="kuzu", nodes=nodes, edges=edges,
         build_s=build_s, graph_bytes=graph_bytes, bytes_per_edge=graph_bytes / max(1, edges),
         version=kuzu.__version__)

    one, three = work["one_hop"]["index"], work["three_hop"]["index"]
    src, dst = work["path_from"]["index"], work["path_to"]["index"]
    texts = {
        "1-hop": ("MATCH (a:Doc {idx: $s})-[:CITES]->(b:Doc) RETURN b.id", {"s": one}),
        "3-hop": ("MATCH (a:Doc {idx: $s})-[:CITES*1..3]->(b:Doc) RETURN DISTINCT b.id",
                  {"s": three}),
        "shortest path": ("MATCH p = (a:Doc {idx: $s})-[:CITES* SHORTEST 1..30]->(b:Doc {idx: $t}) "
                          "RETURN properties(nodes(p), 'id')", {"s": src, "t": dst}),
        # The fastest of the forms tried: a COUNT subquery per node ran in
        # about a third of the time of a MATCH ... count(*) aggregation.
        "top-10 cited": ("MATCH (a:Doc) RETURN a.id, COUNT { MATCH (a)<-[:CITES]-() } AS c "
                         "ORDER BY c DESC LIMIT 10", {}),
    }
    answers = {
        "1-hop": len,
        "3-hop": len,
        "shortest path": lambda rows: len(rows[0][0]) - 1,
        "top-10 cited": lambda rows: rows[9][1],
    }
    for name in QUERIES:
        text, params = texts[name]
        answer = answers[name]
        # As text each time (parsed and planned per call), then as a
        # statement prepared once (the counterpart of unxref's prepare).
        prepared = conn.prepare(text)
        for system, query in [("kuzu", text), ("kuzu-prepared", prepared)]:
            median, low, runs, got = timed(
                lambda: answer(conn.execute(query, params).get_all()), args.min_time, args.max_runs)
            emit(kind="query", graph=work["graph"], system=system, query=name,
                 median_s=median, min_s=low, runs=runs, answer=got)
    conn.close()
    db.close()
    shutil.rmtree(path, ignore_errors=True)


def fmt_time(s):
    if s is None:
        return "—"
    if s < 1e-3:
        return f"{s * 1e6:.1f} µs"
    if s < 1:
        return f"{s * 1e3:.2f} ms"
    return f"{s:.2f} s"


def fmt_bytes(b):
    return f"{b / 2**20:,.0f} MiB" if b is not None else "—"


def table(paths):
    results = []
    for path in paths:
        with open(path) as f:
            results += [json.loads(line) for line in f if line.startswith("{")]
    graphs = list(dict.fromkeys(r["graph"] for r in results))
    systems = ["unxref", "unxref-prepared", "unxref-rows", "unxref-api", "networkx", "kuzu",
               "kuzu-prepared"]
    for graph in graphs:
        rs = [r for r in results if r["graph"] == graph]
        builds = {r["system"]: r for r in rs if r["kind"] == "build"}
        peaks = {r["system"]: r["peak_rss"] for r in rs if r["kind"] == "peak"}
        q = {(r["system"], r["query"]): r for r in rs if r["kind"] == "query"}
        errors = {(r["system"], r["query"]): r["error"] for r in rs if r["kind"] == "error"}
        b = next(iter(builds.values()), {})
        print(f"\n## {graph}: {b.get('nodes', '?'):,} nodes, {b.get('edges', '?'):,} edges\n")
        shape = builds.get("unxref")
        if shape and "in_degree_exponent" in shape:
            print(f"`cites` in-degree tail exponent {shape['in_degree_exponent']:.2f} (MLE, in-degree ≥ 4), "
                  f"largest in-degree {shape['max_in_degree']:,}, mean out-degree of citing "
                  f"documents {shape['mean_out_degree']:.1f}\n")
        print("| query | unxref QL, text | unxref QL, prepared | unxref QL, prepared, rows read "
              "| unxref graph API | NetworkX | Kuzu, text | Kuzu, prepared | answers |")
        print("|---|---|---|---|---|---|---|---|---|")
        times = {}
        for name in QUERIES:
            t = {s: q[(s, name)]["median_s"] if (s, name) in q else None for s in systems}
            times[name] = t
            answers = {s: q[(s, name)]["answer"] for s in systems if (s, name) in q}
            agree = "agree" if len(set(answers.values())) <= 1 else "DIFFER " + json.dumps(answers)
            ql = fmt_time(t["unxref"]) if t["unxref"] else (
                "error" if ("unxref", name) in errors else "—")
            print(f"| {name} | {ql} | {fmt_time(t['unxref-prepared'])} | {fmt_time(t['unxref-rows'])} "
                  f"| {fmt_time(t['unxref-api'])} "
                  f"| {fmt_time(t['networkx'])} | {fmt_time(t['kuzu'])} | {fmt_time(t['kuzu-prepared'])} "
                  f"| {agree} ({next(iter(answers.values()), '—')}) |")

        def ratio(other, ours):
            return f"{other / ours:,.1f}×" if other and ours else "—"

        print("\nRatios: the other system's time over unxref's (above 1: unxref faster).\n")
        print("| query | NetworkX / QL text | NetworkX / QL prepared | NetworkX / QL rows read "
              "| NetworkX / API | Kuzu text / QL text | Kuzu prepared / QL prepared | Kuzu text / API |")
        print("|---|---|---|---|---|---|---|---|")
        for name in QUERIES:
            t = times[name]
            print(f"| {name} | {ratio(t['networkx'], t['unxref'])} "
                  f"| {ratio(t['networkx'], t['unxref-prepared'])} "
                  f"| {ratio(t['networkx'], t['unxref-rows'])} "
                  f"| {ratio(t['networkx'], t['unxref-api'])} "
                  f"| {ratio(t['kuzu'], t['unxref'])} "
                  f"| {ratio(t['kuzu-prepared'], t['unxref-prepared'])} "
                  f"| {ratio(t['kuzu'], t['unxref-api'])} |")
        for (s, name), e in sorted(errors.items()):
            print(f"\n{s} {name}: {e}")
        print("\n| system | load / build | graph memory (RSS delta) | bytes per edge | peak RSS of the process |")
        print("|---|---|---|---|---|")
        for s in ["unxref", "networkx", "kuzu"]:
            if s in builds:
                r = builds[s]
                print(f"| {s} | {fmt_time(r['build_s'])} | {fmt_bytes(r['graph_bytes'])} "
                      f"| {r['bytes_per_edge']:.1f} | {fmt_bytes(peaks.get(s))} |")
        index = next((r for r in rs if r["kind"] == "index"), None)
        if index:
            print(f"\nunxref's query indexes (walk adjacency, id rank), built by the first query in {fmt_time(index['index_s'])}: "
                  f"{fmt_bytes(index['index_bytes'])} ({index['index_bytes_per_edge']:.1f} bytes per edge); "
                  f"graph and indexes together {index['bytes_per_edge_with_index']:.1f} bytes per edge.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", choices=["networkx", "kuzu"])
    parser.add_argument("--table", nargs="+", metavar="RESULTS")
    parser.add_argument("data", nargs="?")
    parser.add_argument("--min-time", type=float, default=1.0)
    parser.add_argument("--max-runs", type=int, default=50)
    parser.add_argument("--kuzu-buffer-gib", type=int, default=4)
    args = parser.parse_args()
    if args.table:
        table(args.table)
        return
    if not args.system or not args.data:
        parser.error("give --system and a data directory, or --table")
    with open(os.path.join(args.data, "workload.json")) as f:
        work = json.load(f)
    if args.system == "networkx":
        run_networkx(args.data, work, args)
    else:
        run_kuzu(args.data, work, args)
    emit(kind="peak", graph=work["graph"], system=args.system, peak_rss=peak_rss())


if __name__ == "__main__":
    sys.exit(main())
