"""Audit 18 of what researchers' tools read: the Python package's frames and
graphs, and the exports read by the tools they target (NetworkX and igraph
for GraphML, rdflib for N-Triples, pandas and DuckDB for the CSV tables).

Expected values come from the binary's JSON export (``unxref export
--format json``), never from this package's own output. What was wrong: a
tally's evidence stayed a dict column in ``Graph.nodes()``; ``to_networkx()``
held ``None`` attributes and lists, so ``networkx.write_graphml`` refused it
although its docstring promised it; igraph read every node without a vote
record as ``unanimous = False`` from the GraphML export."""

from __future__ import annotations

import json
import math
import os
import tempfile
import warnings
from collections import Counter

import pytest

import unxref


#: The bundled corpus, as the binary reads it by default: data/ and the
#: bundled copy of the sc-resolutions (193 of whose resolutions record a vote).
BUNDLED = ["data", "corpus/sc-resolutions"]


@pytest.fixture(scope="session")
def bundled_graph(in_repo) -> unxref.Graph:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", unxref.UnxrefWarning)
        return unxref.Graph.build(BUNDLED)


@pytest.fixture(scope="session")
def export_dir(cli, tmp_path_factory):
    """Every export of the bundled corpus written by the binary, in one folder."""
    folder = tmp_path_factory.mktemp("exports")
    corpus = [arg for path in BUNDLED for arg in ("--corpus", path)]
    for fmt in ["json", "graphml", "csv", "neo4j"]:
        cli.run("export", "--format", fmt, *corpus, "-o", str(folder / fmt), "--force")
    return folder


@pytest.fixture(scope="session")
def exported(export_dir):
    """The binary's JSON export of the bundled corpus: the reference."""
    with open(export_dir / "json", encoding="utf-8") as f:
        return json.load(f)


def _resolution_without_tally(exported):
    for node in exported["nodes"]:
        if node["kind"] == "resolution" and node.get("held") and "tally" not in node:
            return node
    raise AssertionError("every bundled resolution records a vote")


def test_nodes_frame_flattens_the_tally_and_its_evidence(bundled_graph, exported):
    frame = bundled_graph.nodes()
    assert not any(frame[c].map(lambda v: isinstance(v, dict)).any() for c in frame.columns), "a dict column"
    with_tally = [n for n in exported["nodes"] if "tally" in n]
    assert with_tally, "the bundled corpus holds resolutions whose vote was read"
    by_id = frame.set_index("id")
    for node in with_tally:
        row = by_id.loc[node["id"]]
        evidence = node["tally"]["evidence"]
        assert row["tally_evidence_line"] == evidence["line"]
        assert row["tally_evidence_quote"] == evidence["quote"]
        # Adopted without a vote: neither unanimous nor not, so missing.
        if "unanimous" in node["tally"]:
            assert bool(row["tally_unanimous"]) is node["tally"]["unanimous"]
        else:
            assert row["tally_unanimous"] is None or str(row["tally_unanimous"]) == "<NA>"
    assert str(frame["tally_evidence_line"].dtype) == "Int64"
    assert str(frame["tally_unanimous"].dtype) == "boolean"


def test_unrecorded_votes_and_dates_are_missing_not_false_or_zero(bundled_graph, exported):
    node = _resolution_without_tally(exported)
    row = bundled_graph.nodes().set_index("id").loc[node["id"]]
    for column in ["tally_unanimous", "tally_in_favour", "tally_against", "tally_without_vote"]:
        assert row[column] is pd_na(), f"{column} of {node['id']} is {row[column]!r}"
    stub = next(n for n in exported["nodes"] if not n["held"] and "date" not in n)
    assert bundled_graph.nodes().set_index("id").loc[stub["id"], "date"] is pd_nat()


def pd_na():
    import pandas as pd

    return pd.NA


def pd_nat():
    import pandas as pd

    return pd.NaT


def test_networkx_graph_writes_as_graphml_and_reads_back(bundled_graph, exported):
    nx = pytest.importorskip("networkx")
    graph = bundled_graph.to_networkx()
    for _, attrs in list(graph.nodes(data=True)) + [(None, a) for *_, a in graph.edges(data=True)]:
        assert None not in attrs.values()
        assert not any(isinstance(v, (list, dict)) for v in attrs.values())
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "g.graphml")
        nx.write_graphml(graph, path)
        back = nx.read_graphml(path, force_multigraph=True)
    assert sorted(back.nodes) == sorted(n["id"] for n in exported["nodes"])
    assert back.number_of_edges() == len(exported["edges"])
    node = _resolution_without_tally(exported)
    assert "tally_unanimous" not in graph.nodes[node["id"]]
    aliased = [n for n in exported["nodes"] if n.get("aliases")]
    for n in aliased:
        assert graph.nodes[n["id"]]["aliases"].split("|") == n["aliases"]


def test_igraph_leaves_unrecorded_facts_none(bundled_graph, exported):
    pytest.importorskip("igraph")
    graph = bundled_graph.to_igraph()
    node = _resolution_without_tally(exported)
    vertex = graph.vs.find(name=node["id"])
    assert vertex["tally_unanimous"] is None and vertex["tally_in_favour"] is None
    with_tally = next(n for n in exported["nodes"] if "unanimous" in n.get("tally", {}))
    vertex = graph.vs.find(name=with_tally["id"])
    assert vertex["tally_unanimous"] is with_tally["tally"]["unanimous"]
    assert vertex["tally_evidence_line"] == with_tally["tally"]["evidence"]["line"]


def test_graphml_export_read_by_networkx_holds_the_json_values(export_dir, exported):
    nx = pytest.importorskip("networkx")
    graph = nx.read_graphml(str(export_dir / "graphml"))
    assert graph.number_of_nodes() == len(exported["nodes"])
    assert graph.number_of_edges() == len(exported["edges"])
    for node in exported["nodes"]:
        attrs = graph.nodes[node["id"]]
        assert attrs["label"] == node["label"] and attrs["held"] is node["held"]
        assert attrs.get("year") == node.get("year")
        assert attrs["citations"] == node["citations"]
        tally = node.get("tally")
        stated = (tally or {}).get("unanimous")
        assert attrs.get("unanimous") == (None if stated is None else int(stated))
        assert attrs.get("votes_in_favour") == (tally or {}).get("in_favour")


def test_graphml_export_read_by_igraph_reads_unrecorded_votes_as_missing(export_dir, exported):
    ig = pytest.importorskip("igraph")
    graph = ig.Graph.Read_GraphML(str(export_dir / "graphml"))
    assert (graph.vcount(), graph.ecount()) == (len(exported["nodes"]), len(exported["edges"]))
    tallies = {n["id"]: n.get("tally") for n in exported["nodes"]}
    for vertex in graph.vs:
        tally = tallies[vertex["id"]]
        unanimous = vertex["unanimous"]
        if tally is None or "unanimous" not in tally:
            # igraph fills a missing boolean with False: the export must not let it.
            assert isinstance(unanimous, float) and math.isnan(unanimous), vertex["id"]
        else:
            assert unanimous == int(tally["unanimous"]), vertex["id"]
    held = Counter(graph.vs["held"])
    assert held[True] == sum(1 for n in exported["nodes"] if n["held"])


def test_ntriples_answer_what_cites_1325_as_the_query_does(cli, data_graph, tmp_path):
    rdflib = pytest.importorskip("rdflib")
    # data/ alone: rdflib takes minutes over the whole bundled corpus.
    path = tmp_path / "data.nt"
    cli.run("export", "--format", "ntriples", "--corpus", "data", "-o", str(path))
    store = rdflib.Graph()
    store.parse(str(path), format="nt")
    # A resolution cites what its draft cites: the query names the
    # resolution, the triples the draft and its unx:adoptedAs.
    sparql = """
        PREFIX unx: <https://unxref.org/ns#>
        SELECT DISTINCT ?id WHERE {
            ?citer unx:cites <https://undocs.org/S/RES/1325%20(2000)> .
            OPTIONAL { ?citer unx:adoptedAs ?adopted }
            BIND(COALESCE(?adopted, ?citer) AS ?doc)
            ?doc unx:id ?id .
        }"""
    got = sorted(str(row.id) for row in store.query(sparql))
    assert got == sorted(data_graph.query("what cites 1325").node_ids())
    assert got, "data/ cites 1325"


def test_csv_tables_read_typed_by_pandas_and_duckdb(export_dir, exported):
    pd = pytest.importorskip("pandas")
    nodes = pd.read_csv(export_dir / "csv" / "nodes.csv", keep_default_na=False, na_values=[""])
    edges = pd.read_csv(export_dir / "csv" / "edges.csv", keep_default_na=False, na_values=[""])
    assert (len(nodes), len(edges)) == (len(exported["nodes"]), len(exported["edges"]))
    assert nodes["held"].dtype == bool
    by_id = nodes.set_index("id")
    for node in exported["nodes"]:
        assert by_id.loc[node["id"], "label"] == node["label"]
        if "tally" not in node:
            assert pd.isna(by_id.loc[node["id"], "unanimous"])
    duckdb = pytest.importorskip("duckdb")
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_csv('{export_dir / 'csv' / 'nodes.csv'}')").fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["date"] == "DATE" and types["year"] == "BIGINT" and types["held"] == "BOOLEAN"


def test_neo4j_headers_follow_the_import_format(export_dir):
    import csv

    with open(export_dir / "neo4j" / "nodes.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:2] == ["id:ID", ":LABEL"]
    assert "date:date" in header and "held:boolean" in header and "year:int" in header
    allowed = {"int", "boolean", "date", "string[]"}
    for column in header[2:]:
        if ":" in column:
            assert column.split(":", 1)[1] in allowed, column
    with open(export_dir / "neo4j" / "relationships.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "date:date" in header


def test_a_damaged_snapshot_is_a_snapshot_error(bundled_graph, tmp_path):
    path = tmp_path / "g.unxref"
    bundled_graph.save(path)
    whole = path.read_bytes()
    for cut in [0, 5, 20, len(whole) // 2, len(whole) - 1]:
        damaged = tmp_path / f"cut{cut}.unxref"
        damaged.write_bytes(whole[:cut])
        with pytest.raises(unxref.SnapshotError) as caught:
            unxref.Graph.load(damaged)
        assert str(damaged) in str(caught.value)
    back = unxref.Graph.load(path)
    assert json.dumps(back.node_records()) == json.dumps(bundled_graph.node_records())
    assert json.dumps(back.edge_records()) == json.dumps(bundled_graph.edge_records())
