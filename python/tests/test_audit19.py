"""Audit 19 of bad input through the Python package: wrong types and
``None`` where a path, a query or a text is expected, files that are not
what their name says, snapshots that are damaged, and files the package
will not replace.

What was wrong: ``Graph.build(None)`` failed with "'NoneType' object is not
iterable" and ``Graph.build(["data", None])`` inside ``os.fsdecode``;
``Graph.query(None)`` and ``unxref.extract(None)`` failed in the native
conversion without naming the argument; a file the package would not
replace told Python users to "use --force", a command-line flag, where the
argument is ``overwrite=True``."""

from __future__ import annotations

import os

import pytest

import unxref
from unxref.errors import QueryNameError, QuerySyntaxError, RenderError, SnapshotError


@pytest.mark.parametrize("paths", [None, 123, [None], ["data", 5]])
def test_build_names_what_is_not_a_path(in_repo, paths):
    with pytest.raises(TypeError, match="Graph.build") as caught:
        unxref.Graph.build(paths)
    assert "path" in str(caught.value)


def test_build_of_an_empty_list_says_so():
    with pytest.raises(ValueError, match="at least one file or folder"):
        unxref.Graph.build([])


@pytest.mark.parametrize("query", [None, 5, b"what cites 2164"])
def test_a_query_that_is_not_a_str_is_a_type_error(data_graph, query):
    with pytest.raises(TypeError, match="the query must be a str, not"):
        data_graph.query(query)


@pytest.mark.parametrize("text, name", [(None, "x.txt"), (3, "x.txt"), ("Recalling 1325 (2000)", None)])
def test_extract_names_the_argument_of_the_wrong_type(text, name):
    with pytest.raises(TypeError, match="must be a str, not"):
        unxref.extract(text, name)


@pytest.mark.parametrize(
    "query, error",
    [
        ("", QuerySyntaxError),
        ("what cites ((((2164", QuerySyntaxError),
        ("what cites 2164 (", QuerySyntaxError),
        ("what cites 99999999999999999999", QueryNameError),
        ("what cites \u0421/RES/2164 (2014)", QuerySyntaxError),
        ("what cites 2164\x01", QuerySyntaxError),
        ("(" * 10_000 + "2164" + ")" * 10_000, QuerySyntaxError),
    ],
)
def test_malformed_queries_raise_the_query_errors(data_graph, query, error):
    with pytest.raises(error) as caught:
        data_graph.query(query)
    assert str(caught.value).strip()


@pytest.mark.parametrize("value", [None, 1.5, float("nan"), True, [1325]])
def test_parameters_of_an_unsupported_type_are_refused(data_graph, value):
    with pytest.raises(TypeError, match=r"parameter \$x"):
        data_graph.query("what cites $x", x=value)


def test_files_that_are_not_snapshots_are_refused_by_name(tmp_path):
    binary = tmp_path / "graph.unxref"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty.unxref"
    empty.write_bytes(b"")
    for path in [binary, empty, tmp_path / "missing.unxref", tmp_path]:
        with pytest.raises(SnapshotError) as caught:
            unxref.Graph.load(path)
        assert str(path) in str(caught.value)
    with pytest.raises(TypeError):
        unxref.Graph.load(None)


def test_a_truncated_snapshot_is_refused_as_corrupted(data_graph, tmp_path):
    whole = tmp_path / "whole.unxref"
    data_graph.save(whole)
    cut = tmp_path / "cut.unxref"
    cut.write_bytes(whole.read_bytes()[:1000])
    with pytest.raises(SnapshotError, match="corrupted"):
        unxref.Graph.load(cut)
    assert unxref.Graph.load(whole).node_count == data_graph.node_count


def test_a_file_that_is_not_ours_is_kept_with_the_python_remedy(data_graph, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    with pytest.raises(SnapshotError) as caught:
        data_graph.save(notes)
    message = str(caught.value)
    assert "overwrite=True" in message and "--force" not in message, message
    assert caught.value.message == message
    assert notes.read_text() == "my notes\n"
    drawing = tmp_path / "mine.svg"
    drawing.write_text("<svg/>\n")
    with pytest.raises(RenderError) as caught:
        data_graph.render("what cites 2164", drawing)
    assert "overwrite=True" in str(caught.value) and "--force" not in str(caught.value)
    assert drawing.read_text() == "<svg/>\n"


def test_save_into_a_missing_folder_names_it(data_graph, tmp_path):
    with pytest.raises(SnapshotError, match="does not exist"):
        data_graph.save(tmp_path / "no" / "such" / "graph.unxref")
    assert not (tmp_path / "no").exists()


def test_a_build_warns_for_each_file_it_skips_and_why(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_text("not a pdf\n")
    (tmp_path / "letter.txt").write_text("The Security Council,\n\nRecalling its resolution 1325 (2000),\n")
    with pytest.warns(unxref.errors.UnxrefWarning) as warned:
        graph = unxref.Graph.build(tmp_path)
    messages = [str(w.message) for w in warned]
    for name, why in [("binary.txt", "binary"), ("empty.txt", "empty"), ("fake.pdf", "PDF")]:
        assert any(name in m and why in m for m in messages), (name, messages)
    assert graph.query("what cites 1325").node_ids()
    assert os.fspath(tmp_path / "letter.txt") not in " ".join(messages)
