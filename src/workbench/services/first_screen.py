"""Today's list read with the standard library's sqlite3, before SQLAlchemy is imported.

Importing SQLAlchemy and the models and configuring the mappers took half of a start, all
before the window could show anything. The first screen needs none of it: the window is
painted with Today read here, and the ORM loads after. The read runs the same statements
(compiled to SQL text in first_screen_sql.py, generated from services/today.py) and turns
rows into items with the same code (services/today_rows.py), so the list is the one
`today_list` reads. Its SQL runs without holding the interpreter lock, beside the import
of Qt.

It is only tried where it is sure to be right: a plain SQLite file, opened read-only, at
the schema revision the statements were compiled for. Anything else (an encrypted file,
one to upgrade, a missing or damaged one, any error) gives None, and the start opens the
database first, as before.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections import namedtuple
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from workbench.domain.business_days import parse_working_days
from workbench.domain.setting_values import merged_settings
from workbench.services import first_screen_sql as compiled
from workbench.services.today_rows import TodayList, TodayRows, build_today, today_params

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# how SQLAlchemy writes a UTC time into SQLite (naive, microseconds always)
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
# name -> (sql, placeholders, columns): see store/sql_text.py
_STATEMENTS: dict[str, Any] = compiled.STATEMENTS


@dataclass(frozen=True)
class FirstScreen:
    me: uuid.UUID  # the person at the keyboard
    today: TodayList


def read_first_screen(path: Path, now: datetime | None = None) -> FirstScreen | None:
    """Today for the file at `path`, or None where only the full open can tell."""
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None  # encrypted, empty or not a database
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _read(conn, now or datetime.now(UTC))
    except Exception as exc:  # whatever it is, the full open decides
        log.info("first screen not read from %s: %r", path, exc)
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, now: datetime) -> FirstScreen | None:
    revisions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if revisions != [(compiled.SCHEMA,)]:
        return None  # to be upgraded (or newer than this version): the full open says so
    values: dict[str, Any] = {}

    def rows(name: str) -> list[Any]:
        return _run(conn, name, values)

    settings = merged_settings(rows("local_settings"), rows("team_settings"))
    user = settings.get(compiled.USER_KEY)
    if user is None:
        return None  # a database the full open has not set up yet
    me = uuid.UUID(user)
    days = parse_working_days(settings.get(compiled.WORKING_DAYS_KEY))
    values.update(today_params(me, now, days))

    def count(name: str) -> int:
        return int(rows(name)[0][0])

    read = TodayRows(
        late_tasks=rows("late_tasks"),
        today_tasks=rows("today_tasks"),
        delegated_tasks=rows("delegated_tasks"),
        meetings=rows("meetings"),
        leads_waiting=rows("leads_waiting"),
        leads_total=count("leads_total"),
        offers=rows("offers"),
    )
    return FirstScreen(me, build_today(read, me, now, days, lambda: count("late_count")))


def _run(conn: sqlite3.Connection, name: str, values: dict[str, Any]) -> list[Any]:
    sql, placeholders, _columns = _STATEMENTS[name]
    args = [
        place[1] if place[0] == "value" else _TO_SQL[place[2]](values[place[1]])
        for place in placeholders
    ]
    make = _row_maker(name)
    return [make(raw) for raw in conn.execute(sql, args)]


def _uuid_to_sql(value: uuid.UUID) -> str:
    return value.hex


def _time_to_sql(value: datetime) -> str:
    return value.astimezone(UTC).strftime(_SQLITE_TIME)


def _uuid_from_sql(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(value)


def _time_from_sql(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _as_is(value: Any) -> Any:
    return value


_TO_SQL: dict[str, Callable[[Any], Any]] = {
    "uuid": _uuid_to_sql,
    "utc": _time_to_sql,
    "": _as_is,
}
_FROM_SQL: dict[str, Callable[[Any], Any]] = {
    "uuid": _uuid_from_sql,
    "utc": _time_from_sql,
    "": _as_is,
}


@cache
def _row_maker(name: str) -> Callable[[tuple[Any, ...]], Any]:
    """How a raw row of the statement becomes one with its column names as attributes and
    SQLAlchemy's values (a count's row stays as it is)."""
    _sql, _placeholders, columns = _STATEMENTS[name]
    if not columns:
        return _as_is
    row_type = namedtuple(f"{name}_row", [key for key, _kind in columns])  # type: ignore[misc]
    converters = [_FROM_SQL[kind] for _key, kind in columns]

    def make(raw: tuple[Any, ...]) -> Any:
        return row_type(*[f(v) for f, v in zip(converters, raw, strict=True)])

    return make
