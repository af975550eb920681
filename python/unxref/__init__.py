"""unxref for Python: a citation graph of United Nations documents.

Build a graph from text files (or load a snapshot made by the ``unxref``
command line), ask it questions in the unxref query language, and take the
answers to pandas, pyarrow, NetworkX or igraph::

    import unxref
    graph = unxref.Graph.build("data")
    graph.query("what cites 1325").to_pandas()
    graph.edges()            # every edge, a DataFrame
    graph.to_networkx()      # a MultiDiGraph

The extraction and the queries run in Rust, on all cores, with the GIL
released. Errors are :mod:`unxref.errors` exceptions carrying the command
line's message, position and suggestions.
"""

from ._api import Graph, QueryResult, bind, extract
from ._unxref import CRATE_VERSION as _CRATE_VERSION
from .errors import (
    LoadError,
    QueryError,
    QueryNameError,
    QuerySyntaxError,
    RenderError,
    SnapshotError,
    UnxrefError,
    UnxrefWarning,
)

#: The version of the unxref crate this package was built from.
__version__: str = _CRATE_VERSION

__all__ = [
    "Graph",
    "QueryResult",
    "bind",
    "extract",
    "UnxrefError",
    "QueryError",
    "QuerySyntaxError",
    "QueryNameError",
    "LoadError",
    "SnapshotError",
    "RenderError",
    "UnxrefWarning",
]
