"""Synced rows as they travel: which tables and columns sync, and each value to and from
JSON, checked against its column the way the database would check it.

The client encodes its rows with it and decodes what it pulls; the server decodes every
pushed value with it, so a value the app could not store is refused at the door (with the
column and the reason) instead of reaching a colleague's laptop.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Enum, Integer, String, Table, Text, Uuid

from workbench.domain.base import ExactDecimal, UTCDateTime

# Columns each database derives for itself (migration 0006's search text).
LOCAL_ONLY = frozenset({"search_text"})
# Longest text accepted in a column without its own limit (notes, terms).
MAX_TEXT = 100_000
_INT_RANGE = (-(2**63), 2**63 - 1)


class BadValue(ValueError):
    """A value that doesn't fit its column; the message names what is wrong."""


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    columns: dict[str, Column[Any]]

    def decode_row(self, data: dict[str, Any]) -> dict[str, Any]:
        return {name: decode(self.columns[name], value) for name, value in data.items()}

    def encode_row(self, row: Any) -> dict[str, Any]:
        return {name: encode(getattr(row, name)) for name in self.columns}


@cache
def synced_tables() -> dict[str, SyncedTable]:
    from workbench.domain.models import Base

    tables: dict[str, SyncedTable] = {}
    for name, table in Base.metadata.tables.items():
        # Synced rows carry a tombstone; the outbox has a stamp too but is the laptop's
        # own bookkeeping and never travels.
        if "stamp" not in table.c or "deleted" not in table.c:
            continue
        columns = {c.name: c for c in table.c if c.name not in LOCAL_ONLY}
        tables[name] = SyncedTable(name, table, columns)
    return tables


def table_named(name: str) -> SyncedTable:
    try:
        return synced_tables()[name]
    except KeyError:
        raise BadValue(f"'{name}' is not a synced table") from None


def encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"can't encode {type(value).__name__}")


def decode(column: Column[Any], value: Any) -> Any:
    """The Python value for `column`, or BadValue naming the column and the problem."""
    try:
        return _decode(column, value)
    except BadValue as exc:
        raise BadValue(f"{column.table.name}.{column.name}: {exc}") from None


# The form every laptop and the server write ids in (str(uuid)).
CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check(column: Column[Any], value: Any) -> None:
    """decode's checks without building the Python value, for the server, which keeps the
    JSON as it came: an enum's value or an id in its canonical form is checked as text
    (building an Enum member or a UUID for each was a sixth of a push's merging)."""
    kind = column.type
    if isinstance(value, str):
        if isinstance(kind, Enum):
            if value in kind.enums:
                return
        elif isinstance(kind, Uuid) and CANONICAL_UUID.fullmatch(value):
            return
    decode(column, value)


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        if not column.nullable and not column.primary_key:
            raise BadValue("may not be empty")
        return None
    kind = column.type
    if isinstance(kind, Enum):
        if not isinstance(value, str) or value not in kind.enums:
            raise BadValue(f"{value!r} is not one of {', '.join(kind.enums)}")
        return kind.enum_class(value) if kind.enum_class is not None else value
    if isinstance(kind, Uuid):
        return _uuid(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise BadValue("must be true or false")
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadValue("must be a whole number")
        if not _INT_RANGE[0] <= value <= _INT_RANGE[1]:
            raise BadValue("is out of range")
        return value
    if isinstance(kind, ExactDecimal):
        return _decimal(value)
    if isinstance(kind, UTCDateTime):
        return _datetime(value)
    if isinstance(kind, Date):
        return _date(value)
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise BadValue("must be text")
        limit = getattr(kind, "length", None) or MAX_TEXT
        if len(value) > limit:
            raise BadValue(f"is longer than {limit} characters")
        if "\x00" in value:
            raise BadValue("contains a NUL character")
        return value
    raise BadValue(f"has an unsupported type {kind!r}")


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise BadValue("must be an id")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise BadValue(f"{value[:40]!r} is not an id") from None


def _decimal(value: Any) -> Decimal:
    if not isinstance(value, str) or len(value) > 40:
        raise BadValue("must be a decimal number written as text")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BadValue(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise BadValue("must be a finite number")
    return number


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise BadValue("must be a date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BadValue(f"{value!r} is not a date and time") from None
    if parsed.tzinfo is None:
        raise BadValue("needs a time zone")
    return parsed


def _date(value: Any) -> date:
    if not isinstance(value, str) or len(value) > 10:
        raise BadValue("must be a date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadValue(f"{value!r} is not a date") from None
