"""Rows of dicts (the JSON forms the library writes) to typed tables.

One rule for every table, so a column the library gains arrives without an
edit here: a dict-valued attribute (``evidence``, a node's ``source``) is
flattened into ``evidence_file``, ``evidence_line``, ``evidence_quote`` (at
every depth: a tally's evidence becomes ``tally_evidence_file``, …);
columns named ``date`` or ``*_date`` become dates (when every value is a
full ISO date; a partial one keeps the column as text, never a guessed day); whole numbers become
nullable integers, true/false nullable booleans, floats floats; strings and
lists stay as they are. A count (``count``, and the ``known`` and
``unknown`` of a count a missing record leaves open) is a nullable integer
even when no row holds a figure; in a table where some counts are open,
an exact row gets ``known`` (its count) and ``unknown`` (0) too, so that
``known`` sums every row.
"""

from __future__ import annotations

import re

from typing import Any, Dict, Iterable, List, Sequence

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

#: The columns of a count: ``count``, and ``known`` and ``unknown`` of a
#: count left open (``{"count": null, "known": N, "unknown": U}``).
_COUNT_COLUMNS = {"count", "known", "unknown"}


def complete_counts(records: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The rows, with ``known`` and ``unknown`` given to the exact counts
    of a table where some are open (``{"count": 12}`` beside ``{"count":
    None, "known": 11, "unknown": 4}``): without them an exact row read
    ``<NA>`` as known, and ``frame.known.sum()`` left it out (audit 22)."""
    if not any("known" in r for r in records):
        return list(records)
    return [
        dict(r, known=r["count"], unknown=0)
        if "known" not in r and isinstance(r.get("count"), int) and not isinstance(r.get("count"), bool)
        else r
        for r in records
    ]


def flatten(record: Dict[str, Any]) -> Dict[str, Any]:
    """``{"evidence": {"file": f}}`` to ``{"evidence_file": f}``, at every
    depth (a tally's evidence: ``tally_evidence_file``); other keys unchanged."""
    out: Dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, inner in flatten(value).items():
                out[f"{key}_{sub}"] = inner
        else:
            out[key] = value
    return out


def column_order(records: Sequence[Dict[str, Any]], first: Iterable[str]) -> List[str]:
    """The flattened columns: those of ``first`` in order (a dict-valued one
    replaced by its parts), then the others in order of appearance."""
    seen: Dict[str, None] = {}
    parts: Dict[str, List[str]] = {}
    for record in records:
        for key, value in record.items():
            if isinstance(value, dict):
                names = parts.setdefault(key, [])
                for sub in flatten(value):
                    if f"{key}_{sub}" not in names:
                        names.append(f"{key}_{sub}")
            else:
                seen.setdefault(key, None)
    order: List[str] = []
    for name in first:
        for column in parts.pop(name, [name] if name in seen or not records else []):
            if column not in order:
                order.append(column)
    for key in list(seen) + [c for names in parts.values() for c in names]:
        if key not in order:
            order.append(key)
    return order


def is_date_column(name: str) -> bool:
    """True for the columns that hold ISO dates."""
    return name == "date" or name.endswith("_date")


def to_pandas(records: Sequence[Dict[str, Any]], first: Iterable[str] = ()) -> Any:
    """A DataFrame with typed columns (see the module's docstring)."""
    import pandas as pd

    records = complete_counts(records)
    order = column_order(records, first)
    flat = [flatten(r) for r in records]
    data = {name: _series(pd, name, [f.get(name) for f in flat]) for name in order}
    return pd.DataFrame(data, columns=order)


def to_arrow(records: Sequence[Dict[str, Any]], first: Iterable[str] = ()) -> Any:
    """A pyarrow Table with the DataFrame's types; dates as ``date32``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    frame = to_pandas(records, first)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for i, name in enumerate(table.column_names):
        if is_date_column(name) and pa.types.is_timestamp(table.schema.field(i).type):
            table = table.set_column(i, pa.field(name, pa.date32()), pc.cast(table.column(i), pa.date32()))
    return table


def _series(pd: Any, name: str, values: List[Any]) -> Any:
    """One column, typed by what its values are (missing ones are None)."""
    present = [v for v in values if v is not None]
    if name in _COUNT_COLUMNS and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        # Typed even when every count is open (all None): a frame's
        # column types do not depend on the answer.
        return pd.Series(values, dtype="Int64")
    if is_date_column(name) and all(isinstance(v, str) and _ISO_DATE.match(v) for v in present):
        return pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d")
    if present and all(isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="boolean")
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="Int64")
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")
    if any(isinstance(v, (list, dict)) for v in present):
        return pd.Series(values, dtype=object)
    return pd.Series(values)
