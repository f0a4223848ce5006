"""Pulled values as SQLite stores them: what codec.decode and then each column's bind
processor make of them, with the same checks and messages, without making the Python
objects in between (a first sync is tens of millions of values)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Enum, String, Text, Uuid

from workbench.domain.base import UTCDateTime
from workbench.sync.codec import CANONICAL_UUID, MAX_TEXT, BadValue, SyncedTable, decode


def _storage_row(dialect: Any, spec: SyncedTable, data: dict[str, Any]) -> dict[str, Any]:
    """The row's values as SQLite stores them, each checked as codec.decode checks it.
    Fields a newer server knows and this schema doesn't are left out (the versions check
    keeps that from happening; this keeps it harmless if it does)."""
    converters = _converters(dialect, spec)
    row = {k: converters[k](v) for k, v in data.items() if k in converters}
    if row.get("id") is None:
        raise BadValue(f"{spec.name}: a row without an id")
    return row


Rows = list[tuple[Any, ...]]
Batch = Callable[[list[Any]], list[Any]]


def storage_groups(
    dialect: Any, spec: SyncedTable, datas: list[dict[str, Any]], problems: list[str]
) -> tuple[list[tuple[list[str], Rows]], str]:
    """The rows as stored, grouped by the columns they bring: (sorted names, one tuple per
    row), and the latest stamp among them. Converted a column at a time (a first sync is
    tens of millions of values; a call per value was the largest part of the laptop's
    Python time); a group with a value that fails is converted row by row, so only its
    bad rows are skipped, each with its problem."""
    batch = _batches(dialect, spec)
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for data in datas:
        by_keys.setdefault(tuple(data), []).append(data)
    groups: list[tuple[list[str], Rows]] = []
    latest = ""
    for keys, group in by_keys.items():
        names = sorted(k for k in keys if k in batch)
        try:
            if "id" not in names:
                raise BadValue(f"{spec.name}: a row without an id")
            columns = [batch[name]([data[name] for data in group]) for name in names]
            if None in columns[names.index("id")]:
                raise BadValue(f"{spec.name}: a row without an id")
            rows: Rows = list(zip(*columns, strict=True))
        except BadValue:
            rows = _row_by_row(dialect, spec, names, group, problems)
        if "stamp" in names:
            at = names.index("stamp")
            latest = max(latest, max(filter(None, [row[at] for row in rows]), default=""))
        groups.append((names, rows))
    return groups, latest


def _row_by_row(
    dialect: Any,
    spec: SyncedTable,
    names: list[str],
    group: list[dict[str, Any]],
    problems: list[str],
) -> Rows:
    """The rows of `group` that convert; a problem for each that doesn't."""
    rows: Rows = []
    for data in group:
        try:
            row = _storage_row(dialect, spec, data)
        except BadValue as exc:
            problems.append(str(exc))
            continue
        rows.append(tuple(row[name] for name in names))
    return rows


_BATCHES: dict[tuple[str, str], dict[str, Batch]] = {}
_UUID_LINES = re.compile(rf"(?:{CANONICAL_UUID.pattern}\n)*{CANONICAL_UUID.pattern}")


def _batches(dialect: Any, spec: SyncedTable) -> dict[str, Batch]:
    key = (dialect.name, spec.name)
    found = _BATCHES.get(key)
    if found is None:
        single = _converters(dialect, spec)
        found = _BATCHES[key] = {
            name: _batch(dialect, column, single[name]) for name, column in spec.columns.items()
        }
    return found


def _batch(dialect: Any, column: Any, single: Callable[[Any], Any]) -> Batch:
    """A column's values -> stored values: what `single` makes of each, with the common
    cases done on the whole column in C (one regular expression over the joined text,
    str.replace, a dict of the distinct values); anything else goes value by value
    through `single`, with its checks and messages (tests/sync/test_pulled_values.py
    compares both on every column of a demo)."""
    kind = column.type
    nullable = column.nullable or column.primary_key
    bind = kind._cached_bind_processor(dialect)

    def one_by_one(values: list[Any]) -> list[Any]:
        return [single(value) for value in values]

    def texts(values: list[Any]) -> list[str] | None:
        """The values that are not None, when they are all text (and None is allowed)."""
        present = [value for value in values if value is not None]
        if len(present) < len(values) and not nullable:
            return None
        if present and set(map(type, present)) != {str}:
            return None
        return present

    def with_nones(values: list[Any], converted: list[Any]) -> list[Any]:
        if len(converted) == len(values):
            return converted
        them = iter(converted)
        return [None if value is None else next(them) for value in values]

    if isinstance(kind, Uuid) and bind is not None:

        def ids(values: list[Any]) -> list[Any]:
            present = texts(values)
            if not present:
                return one_by_one(values)
            joined = "\n".join(present)
            if not _UUID_LINES.fullmatch(joined):
                return one_by_one(values)
            return with_nones(values, joined.replace("-", "").split("\n"))

        return ids
    if isinstance(kind, String | Text) and not isinstance(kind, Enum) and bind is None:
        limit = getattr(kind, "length", None) or MAX_TEXT

        def strings(values: list[Any]) -> list[Any]:
            present = texts(values)
            if present is None or (present and max(map(len, present)) > limit):
                return one_by_one(values)
            if "\x00" in "".join(present):
                return one_by_one(values)
            return values

        return strings
    if isinstance(kind, UTCDateTime) and dialect.name == "sqlite":

        def times(values: list[Any]) -> list[Any]:
            present = texts(values)
            if not present:
                return one_by_one(values)
            joined = "\n".join(present)
            # Every value in the form codec.encode writes, with microseconds: checked as
            # dates and times, then rearranged as text all at once.
            if joined.count(".") != len(present) or not _UTC_LINES.fullmatch(joined):
                return one_by_one(values)
            try:
                list(map(datetime.fromisoformat, present))
            except ValueError:
                return one_by_one(values)
            return with_nones(values, joined.replace("T", " ").replace("+00:00", "").split("\n"))

        return times

    def others(values: list[Any]) -> list[Any]:
        # Few distinct values (flags, amounts, stages): each converted once. Values of
        # two types could be equal as keys (1 and True), so only one type besides None.
        try:
            if len(set(map(type, values)) - {type(None)}) > 1:
                return one_by_one(values)
            stored = {value: single(value) for value in dict.fromkeys(values)}
        except TypeError:  # unhashable: lists, objects
            return one_by_one(values)
        return list(map(stored.__getitem__, values))

    return others


_CONVERTERS: dict[tuple[str, str], dict[str, Callable[[Any], Any]]] = {}
_UTC_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?\+00:00")
_UTC_LINES = re.compile(
    r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00\n)*"
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00"
)


def _converters(dialect: Any, spec: SyncedTable) -> dict[str, Callable[[Any], Any]]:
    key = (dialect.name, spec.name)
    found = _CONVERTERS.get(key)
    if found is None:
        found = _CONVERTERS[key] = {
            name: _converter(dialect, column) for name, column in spec.columns.items()
        }
    return found


def _converter(dialect: Any, column: Any) -> Callable[[Any], Any]:
    """JSON value -> stored value for one column: what codec.decode and then the
    column's bind processor make of it, with the same checks and messages.

    Decoding to Python objects and converting them back for SQLite took a quarter of a
    first sync; the common types go straight from JSON to storage here, the others
    through decode and the bind processor, remembered per distinct value."""
    kind = column.type
    where = f"{column.table.name}.{column.name}"
    bind = kind._cached_bind_processor(dialect)
    nullable = column.nullable or column.primary_key

    def empty() -> None:
        if not nullable:
            raise BadValue(f"{where}: may not be empty")

    if isinstance(kind, Uuid):

        def convert_uuid(value: Any) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, str):
                raise BadValue(f"{where}: must be an id")
            if bind is not None and CANONICAL_UUID.fullmatch(value):
                # Stored as its 32 hex digits: what UUID(value).hex gives for the form
                # every laptop and server writes (in a first sync's profile, making UUID
                # objects only to take their hex was a seventh of the time).
                return value.replace("-", "")
            try:
                parsed = uuid.UUID(value)
            except ValueError:
                raise BadValue(f"{where}: {value[:40]!r} is not an id") from None
            return bind(parsed) if bind is not None else parsed

        return convert_uuid
    if isinstance(kind, String | Text) and not isinstance(kind, Enum) and bind is None:
        limit = getattr(kind, "length", None) or MAX_TEXT

        def convert_text(value: Any) -> Any:
            if value is None:
                return empty()
            if not isinstance(value, str):
                raise BadValue(f"{where}: must be text")
            if len(value) > limit:
                raise BadValue(f"{where}: is longer than {limit} characters")
            if "\x00" in value:
                raise BadValue(f"{where}: contains a NUL character")
            return value

        return convert_text
    if isinstance(kind, UTCDateTime) and dialect.name == "sqlite":
        # What UTCDateTime and SQLite's DATETIME make of an aware datetime: naive UTC,
        # written as "YYYY-MM-DD HH:MM:SS.ffffff" (checked in tests/sync).

        def convert_datetime(value: Any) -> Any:
            if value is None:
                return empty()
            if isinstance(value, str) and _UTC_ISO.fullmatch(value):
                # The form codec.encode writes (UTC, microseconds or none): checked as a
                # date and time, then rearranged as text.
                try:
                    datetime.fromisoformat(value)
                except ValueError:
                    raise BadValue(f"{where}: {value!r} is not a date and time") from None
                fraction = value[19:26] if value[19] == "." else ".000000"
                return f"{value[:10]} {value[11:19]}{fraction}"
            parsed = decode(column, value)
            return parsed.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")

        return convert_datetime
    cache: dict[tuple[type, Any], Any] = {}

    def convert_other(value: Any) -> Any:
        try:
            return cache[type(value), value]
        except (KeyError, TypeError):
            pass
        stored = decode(column, value)
        if bind is not None and stored is not None:
            stored = bind(stored)
        try:
            if len(cache) < 4096:
                cache[type(value), value] = stored
        except TypeError:
            pass
        return stored

    return convert_other
