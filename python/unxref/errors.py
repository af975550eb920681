"""The exceptions unxref raises.

Each carries the message the ``unxref`` command line prints (without its
``error:`` prefix), and the details a program needs as attributes: where a
query stops parsing (:class:`QuerySyntaxError`), which names matched no
node or several and what was probably meant (:class:`QueryNameError`).
"""

from __future__ import annotations

from typing import Any, Dict, List


class UnxrefError(Exception):
    """Base class of every error unxref raises."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        for key, value in details.items():
            setattr(self, key, value)


class QueryError(UnxrefError):
    """A query that cannot be answered as asked (``all | group by colour``).

    Its subclasses say why more precisely.
    """


class QuerySyntaxError(QueryError):
    """The text is not a query: ``what does 2531 cites``.

    Attributes:
        line: 1-based line of the query.
        column: 1-based column (in characters) where the query stops making sense.
        expected: what was expected there, in plain words.
        found: what stands there instead.
        snippet: the query's line with a caret under the column.
    """

    line: int
    column: int
    expected: str
    found: str
    snippet: str


class QueryNameError(QueryError):
    """Names that match no node, or several: ``what cites 99999``.

    Attributes:
        problems: one dict per name, with ``name``, ``column``, ``ambiguous``,
            ``candidates`` (what the user may have meant, best first),
            ``what`` (``node``, ``edge kind``, ``field``), ``hint`` and
            ``message``.
    """

    problems: List[Dict[str, Any]]

    @property
    def column(self) -> int:
        """Column of the first name at fault (0 when unknown)."""
        return int(self.problems[0]["column"]) if self.problems else 0

    @property
    def suggestions(self) -> List[str]:
        """What the first name at fault may have meant, best first."""
        return list(self.problems[0]["candidates"]) if self.problems else []


class LoadError(UnxrefError):
    """No readable text among the paths given to :meth:`unxref.Graph.build`.

    Attributes:
        warnings: why each unreadable file was skipped.
    """

    warnings: List[str]


class SnapshotError(UnxrefError):
    """A snapshot that cannot be read or written (not a snapshot, an older
    format, a truncated copy, a file that would be overwritten)."""


class RenderError(UnxrefError):
    """A result that cannot be drawn (nothing to draw, Graphviz missing for
    a ``.png``, a file that would be overwritten)."""


class UnxrefWarning(UserWarning):
    """A file skipped while building a graph (unreadable, binary, empty)."""



__all__ = [
    "UnxrefError",
    "QueryError",
    "QuerySyntaxError",
    "QueryNameError",
    "LoadError",
    "SnapshotError",
    "RenderError",
    "UnxrefWarning",
]
