"""Writing a large share of a database at once (a laptop's first sync) without keeping
every secondary index and the search index current row by row.

Each synced table has up to eight non-unique indexes, and the search triggers write the
full-text index and the board's search text for every deal, account and contact. Rows that
arrive in random id order land all over those indexes; building them once at the end
(sorted) costs a fraction of keeping them current. `suspend` drops them, `restore` creates
them again from the very SQL SQLite kept for them and refills the search index
(search_index.refill_statements).

Crash safety: `suspend` writes what it drops, with its SQL, into workbench_meta in the same
transaction as the drops, so the file never lacks an index without saying so. `restore`
creates what is missing step by step, each step with the record of what is left. A process killed in
between leaves the record; the next open of the file (migrate.prepare_database) restores.
Until then the app works on the file, only its reads are slower and its search misses
the rows written meanwhile.

Unique indexes stay: they enforce rules (and the upserts' ON CONFLICT targets).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection

from workbench.store.db import make_engine
from workbench.store.search_index import TRIGGERS, refill_statements

#: The workbench_meta key of the record of what `suspend` dropped.
SUSPENDED_KEY = "bulk_load.suspended"

_META = "workbench_meta"


def suspend(conn: Connection, tables: Iterable[str]) -> list[str]:
    """Drop the non-unique indexes of `tables` and the search triggers, in the caller's
    transaction, with the record that brings them back. Returns the names dropped.
    Nothing happens when a record is already there (an earlier suspend not yet
    restored): what it names stays dropped and is restored with it."""
    if suspended(conn):
        return []
    wanted = sorted(set(tables))
    marks = ", ".join("?" for _ in wanted)
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
        tuple(wanted),
    ).all()
    names = ", ".join("?" for _ in TRIGGERS)
    triggers = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
        " ORDER BY name",
        tuple(TRIGGERS),
    ).all()
    record = {
        "indexes": {name: sql for name, sql in indexes},
        "triggers": {name: sql for name, sql in triggers},
    }
    _write_record(conn, record)
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [name for name, _sql in [*indexes, *triggers]]


def _write_record(conn: Connection, record: dict[str, dict[str, str]]) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO {_META} (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SUSPENDED_KEY, json.dumps(record)),
    )


def suspended(conn: Connection) -> bool:
    return _record(conn) is not None


def _record(conn: Connection) -> dict[str, dict[str, str]] | None:
    row = conn.exec_driver_sql(f"SELECT value FROM {_META} WHERE key = ?", (SUSPENDED_KEY,)).first()
    if row is None:
        return None
    found: dict[str, dict[str, str]] = json.loads(row[0])
    return found


def restore(conn: Connection) -> list[str]:
    """Everything `suspend` dropped back, and its record cleared, in the caller's
    transaction. Returns the names created (none when nothing was suspended)."""
    created: list[str] = []
    while True:
        more, names = restore_step(conn)
        created += names
        if not more:
            return created


def restore_step(conn: Connection) -> tuple[bool, list[str]]:
    """One step of `restore` in the caller's transaction, so that no transaction holds the
    write lock for long (another writer waits at most busy_timeout, 10 s): first the search
    index refilled with its triggers created, then one index per step; the record says
    what is left, so a kill between steps loses nothing. Returns whether steps remain and
    the names created."""
    record = _record(conn)
    if record is None:
        return False, []
    present = {
        name
        for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"
        )
    }
    created = []
    triggers = record.get("triggers", {})
    if triggers:
        # The refill first: opportunity.search_text is in the board's indexes, which are
        # then built once over the final text instead of updated row by row.
        for statement in refill_statements():
            conn.exec_driver_sql(statement)
        for name, sql in triggers.items():
            if name not in present:
                conn.exec_driver_sql(sql)
                created.append(name)
        record["triggers"] = {}
    else:
        indexes = record.get("indexes", {})
        if indexes:
            name, sql = next(iter(indexes.items()))
            if name not in present:
                conn.exec_driver_sql(sql)
                created.append(name)
            del indexes[name]
    if record.get("triggers") or record.get("indexes"):
        _write_record(conn, record)
        return True, created
    conn.exec_driver_sql(f"DELETE FROM {_META} WHERE key = ?", (SUSPENDED_KEY,))
    return False, created


def restore_file(path: Path) -> list[str]:
    """`restore` on the file at `path`, when a record says something is missing: what the
    open of a database runs, for a bulk write that was killed before it finished."""
    engine = make_engine(path, immediate=True)
    try:
        with engine.connect() as conn:
            tables = {
                name
                for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if _META not in tables or not suspended(conn):
                return []
        with engine.begin() as conn:
            return restore(conn)
    finally:
        engine.dispose()
