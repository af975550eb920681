"""The Python package gives the same answers as the `unxref` binary: on the
bundled corpus (data/) and, where this machine has it, on the 2,259
Security Council resolutions. Expected values come from the binary's JSON
(`unxref query --format json`, `unxref export --format json`,
`unxref extract --format json`), never from this package's own output."""

from __future__ import annotations

import csv
import io
import threading
import warnings
from collections import Counter

import pytest

import unxref

QUERIES = [
    "what does 2531 cite",
    "what cites 1325",
    "shortest path from 2531 to 1325",
    "2531 -> cites | group by year",
    "2531 -> cites | count",
    "what mentions minusma",
    "all resolutions | top 5 by citations",
]


@pytest.mark.parametrize("query", QUERIES)
def test_query_rows_equal_the_binarys_json(data_graph, cli, query):
    expected = cli.json("query", query, "--format", "json", "--corpus", "data")
    result = data_graph.query(query)
    assert result.rows == expected
    assert len(result) == len(expected)
    assert list(result) == expected


@pytest.mark.parametrize("query", QUERIES)
def test_columns_are_the_binarys_csv_header(data_graph, cli, query):
    header = next(csv.reader(io.StringIO(cli.run("query", query, "--format", "csv", "--corpus", "data").stdout)))
    # The CSV gives the evidence's quote a column of its own.
    assert data_graph.query(query).columns == [c for c in header if c != "quote"]


def test_to_pandas_types_the_columns(data_graph, cli):
    expected = cli.json("query", "what does 2531 cite", "--format", "json", "--corpus", "data")
    frame = data_graph.query("what does 2531 cite").to_pandas()
    assert list(frame["id"]) == [r["id"] for r in expected]
    assert list(frame.columns[:3]) == ["id", "kind", "label"]
    # evidence (a dict in the JSON) is split into three columns.
    assert list(frame["evidence_line"]) == [r["evidence"]["line"] for r in expected]
    assert str(frame["evidence_line"].dtype) == "Int64"
    assert list(frame["evidence_quote"]) == [r["evidence"]["quote"] for r in expected]
    assert "evidence" not in frame.columns


def test_an_empty_answer_shows_why(data_graph):
    # 1325 is only cited in data/: what it cites is unknown, not none.
    result = data_graph.query("what does 1325 cite")
    assert len(result) == 0 and result.empty_note
    assert result.empty_note in repr(result)
    frame = result.to_pandas()
    assert frame.attrs["empty_note"] == result.empty_note


def test_node_and_edge_records_equal_the_export(data_graph, cli):
    exported = cli.json("export", "--format", "json", "--corpus", "data")
    assert data_graph.node_records() == exported["nodes"]
    assert data_graph.edge_records() == exported["edges"]
    assert (data_graph.node_count, data_graph.edge_count) == (len(exported["nodes"]), len(exported["edges"]))


def test_nodes_frame_has_dates_as_dates(data_graph, cli):
    import pandas as pd

    exported = cli.json("export", "--format", "json", "--corpus", "data")["nodes"]
    frame = data_graph.nodes().set_index("id")
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["held"].dtype) == "boolean"
    dated = [n for n in exported if "date" in n]
    assert dated, "the bundled corpus has dated documents"
    for node in dated:
        assert frame.loc[node["id"], "date"].date().isoformat() == node["date"]
    undated = [n["id"] for n in exported if "date" not in n]
    assert frame.loc[undated, "date"].isna().all()


def test_edges_frame_flattens_evidence(data_graph, cli):
    exported = cli.json("export", "--format", "json", "--corpus", "data")["edges"]
    frame = data_graph.edges()
    assert list(frame.columns[:3]) == ["source", "target", "kind"]
    assert list(zip(frame["source"], frame["target"], frame["kind"])) == [
        (e["source"], e["target"], e["kind"]) for e in exported
    ]
    assert list(frame["evidence_file"]) == [e["evidence"]["file"] for e in exported]


def test_to_arrow_has_dates_as_date32(data_graph):
    import pyarrow as pa

    table = data_graph.query("all resolutions").to_arrow()
    rows = data_graph.query("all resolutions").rows
    assert table.num_rows == len(rows)
    if "date" in table.column_names:
        assert table.schema.field("date").type == pa.date32()
        got = [d.isoformat() if d else None for d in table.column("date").to_pylist()]
        assert got == [r.get("date") for r in rows]


def test_networkx_has_the_exported_edges(data_graph, cli):
    exported = cli.json("export", "--format", "json", "--corpus", "data")
    graph = data_graph.to_networkx()
    assert sorted(graph.nodes) == sorted(n["id"] for n in exported["nodes"])
    got = Counter(list(graph.edges(keys=True)))
    assert got == Counter((e["source"], e["target"], e["kind"]) for e in exported["edges"])
    first = exported["edges"][0]
    attrs = graph[first["source"]][first["target"]][first["kind"]]
    assert attrs["evidence_line"] == first["evidence"]["line"]


def test_igraph_has_the_exported_edges(data_graph, cli):
    ig = pytest.importorskip("igraph")
    exported = cli.json("export", "--format", "json", "--corpus", "data")
    graph = data_graph.to_igraph()
    assert isinstance(graph, ig.Graph) and graph.is_directed()
    names = graph.vs["name"]
    got = Counter((names[e.source], names[e.target], e["kind"]) for e in graph.es)
    assert got == Counter((e["source"], e["target"], e["kind"]) for e in exported["edges"])


def test_syntax_error_has_the_binarys_message_and_column(data_graph, cli):
    stderr = cli.run("query", "what does 2531 cites", "--corpus", "data", check=False).stderr
    with pytest.raises(unxref.QuerySyntaxError) as caught:
        data_graph.query("what does 2531 cites")
    err = caught.value
    assert f"error: {err}" == stderr.rstrip("\n")
    assert (err.line, err.column, err.found) == (1, 16, '"cites"')
    assert isinstance(err, unxref.QueryError) and isinstance(err, unxref.UnxrefError)


def test_name_error_carries_the_suggestions(data_graph, cli):
    stderr = cli.run("query", "what mentions panel", "--corpus", "data", check=False).stderr
    with pytest.raises(unxref.QueryNameError) as caught:
        data_graph.query("what mentions panel")
    err = caught.value
    assert f"error: {err}" == stderr.rstrip("\n")
    assert err.column == 15
    # Each suggestion is named in the binary's message.
    assert err.suggestions and all(s in stderr for s in err.suggestions)
    assert err.problems[0]["ambiguous"] is True


def test_invalid_query_is_a_query_error(data_graph, cli):
    stderr = cli.run("query", "all | group by colour", "--corpus", "data", check=False).stderr
    with pytest.raises(unxref.QueryError) as caught:
        data_graph.query("all | group by colour")
    assert f"error: {caught.value}" == stderr.rstrip("\n")


def test_parameters_bind_values_not_syntax(data_graph):
    assert data_graph.query("what cites $res", res="1325").rows == data_graph.query("what cites 1325").rows
    assert (
        data_graph.query("what cites $r where year >= $y", r="S/RES/1325 (2000)", y=2015).rows
        == data_graph.query('what cites "S/RES/1325 (2000)" where year >= 2015').rows
    )
    with pytest.raises(ValueError, match="double quote"):
        data_graph.query("what cites $r", r='1325" | count | "x')
    with pytest.raises(TypeError, match=r"\$other"):
        data_graph.query("what cites $r", r="1325", other=1)
    # `$x` inside a quoted string is text, not a parameter.
    assert unxref.bind('all where label ~ "$r" and node = $r', {"r": 5}) == 'all where label ~ "$r" and node = 5'


def test_snapshot_round_trip_and_the_binarys_snapshot(data_graph, cli, tmp_path):
    mine = tmp_path / "py.unxref"
    data_graph.save(mine)
    assert unxref.Graph.load(mine).edge_records() == data_graph.edge_records()
    theirs = tmp_path / "cli.unxref"
    cli.run("build", "data", "-o", str(theirs))
    assert unxref.Graph.load(theirs).node_records() == data_graph.node_records()
    text = tmp_path / "notes.txt"
    text.write_text("not a snapshot")
    with pytest.raises(unxref.SnapshotError, match="not an unxref graph snapshot"):
        unxref.Graph.load(text)
    with pytest.raises(unxref.SnapshotError, match="refusing to overwrite"):
        data_graph.save(text)


def test_build_warns_about_unreadable_files_and_fails_on_none(tmp_path):
    missing = tmp_path / "missing"
    with pytest.warns(unxref.UnxrefWarning, match="cannot read"):
        graph = unxref.Graph.build(["data", missing])
    assert graph.node_count > 0
    with pytest.raises(unxref.LoadError, match="no readable text files") as caught:
        unxref.Graph.build(missing)
    assert caught.value.warnings


def test_extract_equals_the_binarys_extraction(cli):
    path = "data/002_4635c25849462a9e.txt"
    expected = cli.json("extract", path, "--format", "json")[0]
    with open(path, encoding="utf-8") as f:
        got = unxref.extract(f.read(), name=path)
    assert got == expected
    assert any(d["node"]["id"] == "S/2020/1158" for d in got["documents"])
    assert got["links"] and {"source", "target", "kind", "attrs"} <= set(got["links"][0])


def test_render_draws_an_svg(data_graph, tmp_path):
    out = tmp_path / "2518.svg"
    drawn = data_graph.render("what does 2518 cite", out, engine="builtin")
    assert out.read_text().lstrip().startswith(("<svg", "<?xml"))
    # Every node of the answer is drawn (the subject is drawn besides).
    answer = data_graph.query("what does 2518 cite")
    assert drawn["shown"] == len(answer) and drawn["path"] == str(out)
    with pytest.raises(unxref.RenderError, match="nothing to draw"):
        data_graph.render("2531 -> cites | count", tmp_path / "count.svg")


# ---------------------------------------------------------------- the corpus


def test_corpus_rows_of_what_2531_cites(corpus_graph, corpus_snapshot, cli):
    for query in ["what does 2531 cite", "what cites 1325 | count", "all resolutions | top 10 by citations"]:
        expected = cli.json("query", query, "--format", "json", "--graph", corpus_snapshot)
        assert corpus_graph.query(query).rows == expected, query


def test_corpus_in_degree_of_1325_and_networkx_edges(corpus_graph, corpus_snapshot, cli):
    exported = cli.json("export", "--format", "json", "--graph", corpus_snapshot)
    expected = Counter((e["source"], e["target"], e["kind"]) for e in exported["edges"])
    graph = corpus_graph.to_networkx()
    assert Counter(list(graph.edges(keys=True))) == expected
    target = "S/RES/1325 (2000)"
    cited_by = sum(1 for e in exported["edges"] if e["target"] == target and e["kind"] == "cites")
    assert cited_by > 50, "1325 is among the most cited resolutions"
    assert sum(1 for _, _, k in graph.in_edges(target, keys=True) if k == "cites") == cited_by


def test_gil_is_released_during_a_build(corpus_path):
    """Python keeps running while Rust builds the corpus on another thread.
    Were the GIL held, the loop below could not turn during the build."""
    done = threading.Event()

    def build():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            unxref.Graph.build(corpus_path)
        done.set()

    thread = threading.Thread(target=build)
    thread.start()
    turns = 0
    while not done.is_set():
        turns += 1
    thread.join()
    assert turns > 10_000
