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

import json
import logging
import sqlite3
import threading
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
from workbench.services.today_rows import (
    TodayList,
    TodayRows,
    build_today,
    counts_needed,
    load_formats,
    today_params,
)
from workbench.store.header import is_plain_workbench_file

log = logging.getLogger(__name__)

# how SQLAlchemy writes a UTC time into SQLite (naive, microseconds always)
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
# name -> (sql, placeholders, columns): see store/sql_text.py
_STATEMENTS: dict[str, Any] = compiled.STATEMENTS


@dataclass(frozen=True)
class FirstScreen:
    me: uuid.UUID  # the person at the keyboard
    today: TodayList


@dataclass(frozen=True)
class _Fetched:
    """What the queries returned, before items are made of it (which needs the texts)."""

    me: uuid.UUID
    now: datetime
    days: frozenset[int]
    rows: TodayRows
    counts: dict[str, int]  # the counts of the sections cut at their limit

    def build(self) -> FirstScreen:
        today = build_today(self.rows, self.me, self.now, self.days, self.counts.__getitem__)
        return FirstScreen(self.me, today)


def read_first_screen(path: Path, now: datetime | None = None) -> FirstScreen | None:
    """Today for the file at `path`, or None where only the full open can tell."""
    fetched = _fetch(path, now or datetime.now(UTC))
    return fetched.build() if fetched is not None else None


class EarlyRead:
    """`read_first_screen` on a thread of its own, started before Qt is imported: the
    queries run while Qt loads. Items are made once `texts_ready` says the translations
    are installed; `result` waits for them (call it off the GUI thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._texts = threading.Event()
        self._cancelled = False
        self._result: FirstScreen | None = None
        self._thread = threading.Thread(target=self._run, name="first-screen", daemon=True)
        self._thread.start()

    def texts_ready(self) -> None:
        self._texts.set()

    def cancel(self) -> None:
        """Not wanted after all (the window opens on another area): no items are made."""
        self._cancelled = True
        self._texts.set()

    def result(self) -> FirstScreen | None:
        self._thread.join()
        return self._result

    def _run(self) -> None:
        fetched = _fetch(self.path, datetime.now(UTC))
        if fetched is None:
            return
        self._texts.wait()
        if self._cancelled:
            return
        try:
            self._result = fetched.build()
            load_formats()  # the rows are formatted as they are painted
        except Exception as exc:  # the full open decides
            log.info("first screen not made for %s: %r", self.path, exc)
            self._result = None


def _fetch(path: Path, now: datetime) -> _Fetched | None:
    if not is_plain_workbench_file(path):
        return None  # encrypted, missing, empty or not ours
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _read(conn, now)
    except Exception as exc:  # whatever it is, the full open decides
        log.info("first screen not read from %s: %r", path, exc)
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, now: datetime) -> _Fetched | None:
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
    # Counted here, while the file is open: a section cut at its limit says how many there are.
    return _Fetched(me, now, days, read, {name: count(name) for name in counts_needed(read)})


def _run(conn: sqlite3.Connection, name: str, values: dict[str, Any]) -> list[Any]:
    sql, placeholders, columns = _STATEMENTS[name]
    args = [
        place[1] if place[0] == "value" else _TO_SQL[place[2]](values[place[1]])
        for place in placeholders
    ]
    make = _row_maker(name)
    if not columns:
        return [make(raw) for raw in conn.execute(sql, args)]
    # All rows as one JSON text made by SQLite: Python then takes the interpreter lock
    # once per query, not once per row, and the main thread importing Qt meanwhile no
    # longer makes each row wait for its turn (350 ms instead of 90 for Today's rows).
    # SQLite aggregates the rows in the order the inner query returns them.
    listed = ", ".join(f'"{key}"' for key, _kind in columns)
    (text,) = conn.execute(
        f"SELECT json_group_array(json_array({listed})) FROM ({sql})", args
    ).fetchone()
    return [make(raw) for raw in json.loads(text)]


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
