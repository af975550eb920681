"""The Python API: :class:`Graph`, :class:`QueryResult` and :func:`extract`.

The work is done in Rust (``unxref._unxref``) with the GIL released; this
module turns its plain answers into pandas, pyarrow, NetworkX and igraph
objects, each imported only when asked for.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import warnings
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union, overload

from . import _frames
from ._unxref import NativeGraph
from ._unxref import extract as _extract
from .errors import UnxrefError, UnxrefWarning

PathLike = Union[str, "os.PathLike[str]"]

# A `$name` outside double quotes (a quoted string is matched whole and kept).
_PARAM = re.compile(r'"[^"]*"|\$([A-Za-z][A-Za-z0-9_]*)')


def _literal(name: str, value: Any) -> str:
    """A parameter's value written as the query language reads it."""
    if isinstance(value, bool):
        raise TypeError(f"parameter ${name}: the query language has no true/false values")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"parameter ${name}: {value} is negative; the query language counts from 0")
        return str(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if '"' in value or any(ord(c) < 32 for c in value):
            raise ValueError(
                f"parameter ${name}: {value!r} holds a double quote or a control character, "
                "which a quoted name cannot contain"
            )
        return f'"{value}"'
    raise TypeError(
        f"parameter ${name}: {type(value).__name__} values are not supported "
        "(give a str, an int or a datetime.date)"
    )


def bind(text: str, params: Dict[str, Any], options: Iterable[str] = ()) -> str:
    """Replace each ``$name`` of ``text`` by the quoted value of ``params[name]``.

    A value never becomes query syntax: a string is always one quoted name
    (and is refused if it holds a ``"``), a number a number, a date an ISO
    date. ``$name`` inside a quoted string is left alone, as are ``$x`` that
    name a ``let`` binding. A parameter the query does not use is an error,
    so a typo does not silently drop a condition; ``options`` are the
    keywords of the calling method that are not parameters, named in that
    error (``render(…, max_nodes=10)`` is not an option of ``render``).
    """
    if not params:
        return text
    used = set()

    def substitute(match: "re.Match[str]") -> str:
        name = match.group(1)
        if name is None or name not in params:
            return match.group(0)
        used.add(name)
        return _literal(name, params[name])

    for name in params:
        if re.search(rf"\blet\s+{re.escape(name)}\b", text):
            raise ValueError(f"parameter ${name} is also a `let` binding of the query; rename one of them")
    bound = _PARAM.sub(substitute, text)
    unused = sorted(set(params) - used)
    if unused:
        names = ", ".join(f"${n}" for n in unused)
        taken = ", ".join(options)
        also = f"; the keywords that are not parameters are {taken}" if taken else ""
        raise TypeError(f"the query does not use the parameter(s) {names}{also}")
    return bound


class QueryResult:
    """The answer to a query.

    Its rows are plain dicts in the JSON form of ``unxref query --format
    json``: a node row has at least ``id``, ``kind`` and ``label``, and the
    edge that reached it (``edge``, ``from``, ``relation``, ``paragraph``,
    ``evidence`` as a dict of ``file``, ``line`` and ``quote``, …); a path
    row has ``path``, ``length`` and ``edges``; a group row its key and
    ``count``. Iterate over it, index it, take ``len()``, or convert it with
    :meth:`to_pandas` and :meth:`to_arrow`.
    """

    def __init__(self, query: str, answer: Dict[str, Any]) -> None:
        self.query: str = query
        #: The table's columns, in the order the command line prints them.
        self.columns: List[str] = list(answer["columns"])
        #: The rows, as dicts.
        self.rows: List[Dict[str, Any]] = list(answer["rows"])
        #: What the reader should know: limits reached, rows not shown.
        self.notes: List[str] = list(answer["notes"])
        #: Why the result is empty, when it is and the library can tell.
        self.empty_note: Optional[str] = answer["empty_note"]
        #: The file a ``| render "file"`` stage asked for (draw it with :meth:`Graph.render`).
        self.render_target: Optional[str] = answer["render_target"]
        #: The edges the query followed, as dicts of ``source``, ``target``, ``kind``.
        self.edges: List[Dict[str, str]] = list(answer["edges"])

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        return iter(self.rows)

    @overload
    def __getitem__(self, index: int) -> Dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> List[Dict[str, Any]]: ...

    def __getitem__(self, index: Union[int, slice]) -> Any:
        return self.rows[index]

    def __repr__(self) -> str:
        # An empty answer says why: absence of data is not a "none".
        if not self.rows and self.empty_note:
            return f"<QueryResult {self.query!r}: 0 rows: {self.empty_note}>"
        shown = ", ".join(repr(r.get("id", r)) for r in self.rows[:3])
        more = f", … {len(self.rows) - 3} more" if len(self.rows) > 3 else ""
        notes = "".join(f"; note: {n}" for n in self.notes)
        return f"<QueryResult {self.query!r}: {len(self.rows)} rows [{shown}{more}]{notes}>"

    def node_ids(self) -> List[str]:
        """The ids of the node rows, in order."""
        return [r["id"] for r in self.rows if "id" in r]

    def to_pandas(self) -> Any:
        """A pandas DataFrame: one row per result row, the table's columns
        first (``evidence`` split into ``evidence_file``, ``evidence_line``
        and ``evidence_quote``), dates as ``datetime64``, counts and years
        as nullable integers; the notes and the reason for an empty answer
        in ``frame.attrs``."""
        frame = _frames.to_pandas(self.rows, self.columns)
        # The notes travel with the frame (``frame.attrs``): an empty frame
        # keeps the reason it is empty.
        frame.attrs["notes"] = list(self.notes)
        frame.attrs["empty_note"] = self.empty_note
        return frame

    def to_arrow(self) -> Any:
        """A ``pyarrow.Table`` with the DataFrame's columns; dates as ``date32``."""
        return _frames.to_arrow(self.rows, self.columns)


def _is_path(value: Any) -> bool:
    return isinstance(value, (str, bytes, os.PathLike))


def _text(what: str, value: Any) -> str:
    """``value`` when it is a str; else a TypeError naming ``what``."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    return value


# The command line's remedies, and what does the same in Python.
_REMEDIES = (
    ("(use --force)", "(pass overwrite=True)"),
    ("give one with `--param NAME=VALUE` (command line) or `Params` (library)", "pass it as a keyword argument"),
)


def _python_remedy(error: UnxrefError) -> UnxrefError:
    """``error`` with the command line's remedies (``use --force``,
    ``--param NAME=VALUE``) said as the arguments that do the same here."""
    message = str(error)
    for cli, python in _REMEDIES:
        message = message.replace(cli, python)
    error.args = (message,)
    error.message = message
    return error


def _path(what: str, value: Any) -> str:
    """``value`` as a path for ``what`` (``Graph.load``): a TypeError when
    it is not a str, bytes or os.PathLike, a ValueError when it is empty
    (the system's "No such file or directory" named no path)."""
    if not _is_path(value):
        raise TypeError(f"{what} takes a path (str or os.PathLike), not {type(value).__name__}")
    path = os.fsdecode(value)
    if not path.strip():
        raise ValueError(f"{what}: the path is empty; give the path of a file")
    return path


def _paths(paths: Union[PathLike, Iterable[PathLike]]) -> List[str]:
    if _is_path(paths):
        return [_path("Graph.build", paths)]
    if not isinstance(paths, Iterable):
        raise TypeError(
            f"Graph.build takes a path or a list of paths (str or os.PathLike), not {type(paths).__name__}"
        )
    listed = []
    for path in paths:
        if not _is_path(path):
            raise TypeError(f"Graph.build: {path!r} is not a path (give a str or an os.PathLike)")
        listed.append(_path("Graph.build", path))
    if not listed:
        raise ValueError("Graph.build needs at least one file or folder")
    return listed


_NODE_FIRST = ("id", "kind", "label")
_EDGE_FIRST = ("source", "target", "kind")


class Graph:
    """A citation graph of UN documents.

    Make one with :meth:`build` (from text files) or :meth:`load` (from a
    snapshot), then ask it questions with :meth:`query`, or hand it to
    pandas (:meth:`nodes`, :meth:`edges`), NetworkX (:meth:`to_networkx`)
    or igraph (:meth:`to_igraph`).

    >>> graph = Graph.build("data")                    # doctest: +SKIP
    >>> graph.query("what cites 1325").to_pandas()     # doctest: +SKIP
    """

    __slots__ = ("_native",)

    def __init__(self, native: NativeGraph) -> None:
        if not isinstance(native, NativeGraph):
            raise TypeError("make a Graph with Graph.build(paths) or Graph.load(path), not Graph(...)")
        self._native = native

    @classmethod
    def build(cls, paths: Union[PathLike, Iterable[PathLike]]) -> "Graph":
        """Read every file under ``paths`` (a file, a folder, or a list of
        them) that ``unxref build`` reads (``.txt``, ``.pdf``, ``.docx``,
        ``.doc``, ``.html``), extract documents and citations on all cores,
        and link them: the graph ``unxref build`` makes of the same paths. Files that cannot be read are skipped with an
        :class:`~unxref.errors.UnxrefWarning`; :class:`~unxref.errors.LoadError`
        when none can."""
        native, problems = NativeGraph.build(_paths(paths))
        for problem in problems:
            warnings.warn(problem, UnxrefWarning, stacklevel=2)
        return cls(native)

    @classmethod
    def load(cls, path: PathLike) -> "Graph":
        """Read a snapshot written by :meth:`save` or ``unxref build -o``
        (:class:`~unxref.errors.SnapshotError` when it is not one)."""
        return cls(NativeGraph.load(_path("Graph.load", path)))

    def save(self, path: PathLike, overwrite: bool = False) -> None:
        """Write a snapshot (atomically). An existing snapshot is replaced;
        any other file only with ``overwrite=True``."""
        try:
            self._native.save(_path("Graph.save", path), overwrite)
        except UnxrefError as error:
            raise _python_remedy(error) from None

    def query(self, text: str, **params: Any) -> QueryResult:
        """Run a query of the unxref language (``docs/query-language.md``).

        Keyword arguments bind ``$name`` placeholders safely: each value is
        one quoted name, number or date, never query syntax::

            graph.query("what cites $res where year >= $since", res="1325", since=2015)

        Raises :class:`~unxref.errors.QuerySyntaxError` (with ``.column``),
        :class:`~unxref.errors.QueryNameError` (with ``.suggestions``) or
        :class:`~unxref.errors.QueryError`, with the command line's message.
        """
        bound = bind(_text("the query", text), params)
        try:
            answer = self._native.query(bound)
        except UnxrefError as error:
            raise _python_remedy(error) from None
        return QueryResult(bound, json.loads(answer))

    def _node_list(self) -> List[Dict[str, Any]]:
        nodes: List[Dict[str, Any]] = json.loads(self._native.nodes())
        return nodes

    def _edge_list(self) -> List[Dict[str, Any]]:
        edges: List[Dict[str, Any]] = json.loads(self._native.edges())
        return edges

    def nodes(self) -> Any:
        """Every node as a pandas DataFrame: ``id``, ``kind``, ``label``,
        then the other attributes (``date`` as ``datetime64``, ``year`` as a
        nullable integer, ``source`` split into ``source_file``,
        ``source_line``, ``source_quote``)."""
        return _frames.to_pandas(self._node_list(), _NODE_FIRST)

    def edges(self) -> Any:
        """Every edge as a pandas DataFrame: ``source``, ``target``,
        ``kind``, then the attributes (``relation``, ``paragraph``, ``date``,
        ``count``, ``evidence_file``, ``evidence_line``, ``evidence_quote``, …)."""
        return _frames.to_pandas(self._edge_list(), _EDGE_FIRST)

    def node_records(self) -> List[Dict[str, Any]]:
        """Every node as a dict of its set attributes (``unxref export --format json``)."""
        return self._node_list()

    def edge_records(self) -> List[Dict[str, Any]]:
        """Every edge as a dict: ``source``, ``target``, ``kind`` and its set attributes."""
        return self._edge_list()

    def stats(self) -> Dict[str, int]:
        """Counts: ``nodes``, ``edges``, ``held_documents``, ``stub_documents``, ``cites``, …"""
        return dict(self._native.stats())

    @property
    def node_count(self) -> int:
        """Number of nodes."""
        return int(self._native.node_count())

    @property
    def edge_count(self) -> int:
        """Number of edges."""
        return int(self._native.edge_count())

    def __len__(self) -> int:
        return self.node_count

    def __repr__(self) -> str:
        return f"<unxref.Graph: {self.node_count} nodes, {self.edge_count} edges>"

    def to_networkx(self) -> Any:
        """A ``networkx.MultiDiGraph``: nodes keyed by id, one edge per
        graph edge keyed by its kind (``G["S/RES/2531 (2020)"]["S/RES/1325
        (2000)"]["cites"]``), attributes as in :meth:`node_records` and
        :meth:`edge_records` with ``evidence``, ``source`` and ``tally``
        flattened (``evidence_line``, ``tally_evidence_quote``). What a node
        or edge does not record is not an attribute at all (as
        ``networkx.read_graphml`` reads the GraphML export), never ``None``;
        dates are ISO strings and ``aliases`` one string joined by ``|``
        (``|`` and ``\\`` inside an alias escaped with ``\\``, as in the GraphML
        export), so ``networkx.write_graphml`` writes the graph as it is."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        for node in self._node_list():
            attrs = _networkx_attrs(node)
            graph.add_node(attrs.pop("id"), **attrs)
        for edge in self._edge_list():
            attrs = _networkx_attrs(edge)
            source, target, kind = attrs.pop("source"), attrs.pop("target"), attrs["kind"]
            graph.add_edge(source, target, key=kind, **attrs)
        return graph

    def to_igraph(self) -> Any:
        """An ``igraph.Graph`` (directed): vertex attribute ``name`` is the
        node id, the others flattened as in :meth:`to_networkx` but ``None``
        where unset (igraph gives every vertex every attribute) and
        ``aliases`` a list; edges in :meth:`edge_records` order with their
        attributes."""
        import igraph as ig

        nodes = [_frames.flatten(n) for n in self._node_list()]
        edges = [_frames.flatten(e) for e in self._edge_list()]
        index = {n["id"]: i for i, n in enumerate(nodes)}
        vertex_attrs = {name: [n.get(name) for n in nodes] for name in _frames.column_order(nodes, _NODE_FIRST)}
        vertex_attrs["name"] = vertex_attrs.pop("id")
        edge_names = [c for c in _frames.column_order(edges, _EDGE_FIRST) if c not in ("source", "target")]
        return ig.Graph(
            n=len(nodes),
            edges=[(index[e["source"]], index[e["target"]]) for e in edges],
            directed=True,
            vertex_attrs=vertex_attrs,
            edge_attrs={name: [e.get(name) for e in edges] for name in edge_names},
        )

    def render(
        self,
        query: str,
        path: PathLike,
        overwrite: bool = False,
        engine: str = "auto",
        **params: Any,
    ) -> Dict[str, Any]:
        """Draw a query's result into ``path`` (``.svg``, ``.dot`` or
        ``.png``), as ``unxref render`` does. ``engine`` is ``"auto"``
        (Graphviz when installed, else the built-in layout), ``"graphviz"``
        or ``"builtin"``. Returns ``path``, ``engine``, ``shown``, ``total``
        and ``notes``; raises :class:`~unxref.errors.RenderError`."""
        bound = bind(_text("the query", query), params, options=("overwrite", "engine"))
        try:
            return dict(self._native.render(bound, _path("Graph.render", path), overwrite, _text("engine", engine)))
        except UnxrefError as error:
            raise _python_remedy(error) from None


def _networkx_attrs(record: Dict[str, Any]) -> Dict[str, Any]:
    """A node's or edge's attributes for NetworkX: flattened, the unrecorded
    (``None``) left out, lists joined as the GraphML export joins them."""
    attrs: Dict[str, Any] = {}
    for key, value in _frames.flatten(record).items():
        if value is None:
            continue
        if isinstance(value, list):
            value = "|".join(str(item).replace("\\", "\\\\").replace("|", "\\|") for item in value)
        attrs[key] = value
    return attrs


def extract(text: str, name: str = "text.txt") -> Dict[str, Any]:
    """Extract one text, as ``unxref extract --format json`` does for a file.

    Returns a dict with ``file`` (``name``), ``documents`` (each with its
    ``node``: id, kind, label, date, …; its ``lines``; ``adopted_at``;
    ``parent``), ``links`` (each with ``source``, ``target``, ``kind`` and
    ``attrs``: relation, paragraph, evidence, …) and ``diagnostics``. The
    name is used as the file in evidence and for documents without a symbol.
    """
    return dict(_extract(_text("the text", text), _text("name", name)))
