"""The reporting replica: the app's own relational tables, in their own PostgreSQL schema,
rebuilt from the server's JSON documents (sv_row) so the manager reports of
workbench.reports run on the server exactly as they run on a laptop.

The replica follows sv_row by the server's sequence: before a report is computed,
`catch_up` applies every row whose sequence is past the replica's cursor. Pushes hold the
sequence counter's lock until they commit, so sequence order is commit order and reading
"everything after the cursor" never skips a change that commits late; a report therefore
never shows less than a pull would. Nothing in the push path has to know about reports,
and a failed report can never fail a push.

The replica keeps no foreign keys, unique constraints or NOT NULL rules of its own: sv_row
has already accepted each row, and a parent deleted before its children must not block
the copy. It is rebuilt from scratch when the app's schema changes (a new server
version), when tombstones it had not seen yet were purged, or on
`workbench-server reports rebuild`.

A rebuilt replica is vacuumed at once, not left to autovacuum (which may be off, and
comes a minute or more later): until then PostgreSQL must visit the table for every row
an index gives, so the covering indexes the reports are planned around (who closed each
deal, from the history index) read the table after all, and each first read of a page
writes it again to set its hint bits.
"""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass

from sqlalchemy import Column, Connection, Engine, Index, MetaData, Table, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateIndex, CreateTable

from workbench.server import db, schema
from workbench.server.errors import ServerError
from workbench.server.purge import watermark
from workbench.sync.codec import synced_tables

log = logging.getLogger(__name__)

SCHEMA = "wb_report"
#: sv_meta keys: the sequence the replica has applied, and what it was built for.
CURSOR_KEY = "report_replica_seq"
LAYOUT_KEY = "report_replica_layout"
#: Raise when the replica's tables or indexes change, so existing servers rebuild.
LAYOUT_VERSION = 1
#: pg_advisory_xact_lock key: one catch-up at a time across every server process.
_LOCK = 0x57425250  # "WBRP"

#: Indexes the reports filter and group on, beyond those the app's models declare.
REPORT_INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "opportunity": (("status", "closed_at"), ("owner_id", "status"), ("created_at",)),
    "opportunity_event": (("opportunity_id", "at"), ("kind", "at")),
    "activity": (("started_at",), ("user_id", "started_at")),
    "task": (("assignee_id", "due_at"), ("done_at",)),
    "lead": (("received_at",),),
    "offer": (("sent_at",),),
}


class ReportsUnavailable(ServerError):
    status = 503
    error = "reports_unavailable"


@dataclass(frozen=True)
class CatchUp:
    rebuilt: bool
    rows: int  # rows written or removed
    seq: int  # the sequence the replica is at now
    seconds: float


def layout() -> str:
    return f"{db.expected_app_schema()}/{LAYOUT_VERSION}"


@functools.cache
def replica_metadata() -> MetaData:
    """Every synced table of the app, under SCHEMA, with its columns, primary key and
    indexes only (see the module's note on constraints)."""
    md = MetaData(schema=SCHEMA)
    for name, synced in sorted(synced_tables().items()):
        cols = [
            Column(c.name, c.type, primary_key=c.primary_key, nullable=not c.primary_key)
            for c in synced.table.c
        ]
        table = Table(name, md, *cols)
        wanted = {tuple(c.name for c in ix.columns) for ix in synced.table.indexes}
        wanted |= set(REPORT_INDEXES.get(name, ()))
        for n, columns in enumerate(sorted(wanted)):
            if all(c in table.c for c in columns):
                Index(f"rx_{name}_{n}", *(table.c[c] for c in columns))
    return md


def _check_backend(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise ReportsUnavailable(
            "The reports in a browser need the sync server on PostgreSQL; this server "
            f"runs on {engine.dialect.name}."
        )


def _meta(conn: Connection, key: str) -> str | None:
    m = schema.server_meta.c
    value: str | None = conn.scalar(select(m.value).where(m.key == key))
    return value


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO sv_meta (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def catch_up(engine: Engine, *, rebuild: bool = False) -> CatchUp:
    """Brings the replica up to everything committed before this call (see the module's
    note); cheap when nothing changed: two indexed lookups and no lock."""
    _check_backend(engine)
    started = time.perf_counter()
    if not rebuild:
        with engine.connect() as conn:
            seq = db.current_seq(engine)
            cursor = _meta(conn, CURSOR_KEY)
            if cursor is not None and int(cursor) >= seq and _meta(conn, LAYOUT_KEY) == layout():
                return CatchUp(False, 0, int(cursor), time.perf_counter() - started)
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK})
        # Read after taking the lock: everything up to this sequence has committed, and
        # a later statement in this transaction sees all of it.
        target = int(
            conn.execute(
                select(schema.counter.c.value).where(schema.counter.c.name == "seq")
            ).scalar_one()
        )
        stored = _meta(conn, CURSOR_KEY)
        at = int(stored) if stored is not None else -1
        stale = at < 0 or _meta(conn, LAYOUT_KEY) != layout() or at < watermark(conn)
        if rebuild or stale:
            rows = _rebuild(conn)
            _set_meta(conn, LAYOUT_KEY, layout())
        elif at >= target:
            return CatchUp(False, 0, at, time.perf_counter() - started)
        else:
            rows = _apply_since(conn, at)
        _set_meta(conn, CURSOR_KEY, str(target))
    if rebuild or stale:
        _vacuum(engine)
    return CatchUp(rebuild or stale, rows, target, time.perf_counter() - started)


def _vacuum(engine: Engine) -> None:
    """Marks the rebuilt tables' pages all-visible (see the module's note). VACUUM runs
    outside a transaction, so after the rebuild's commit; a rebuild by another process
    meanwhile may drop a table first, which costs only speed, never a report."""
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        for table in replica_metadata().sorted_tables:
            try:
                conn.execute(text(f'VACUUM {SCHEMA}."{table.name}"'))
            except DBAPIError as exc:
                log.warning("reporting replica: VACUUM %s skipped: %s", table.name, exc)


def _copy_sql(table: str, since: int | None) -> str:
    """INSERT … SELECT turning each live document of `table` into a row of its replica
    table: PostgreSQL maps the JSON keys to the columns and casts each value by the
    column's type (ISO times, decimal text, ids), and ignores keys it has no column for
    (a newer laptop's extra field)."""
    target = f'{SCHEMA}."{table}"'
    where = "AND r.seq > :since" if since is not None else ""
    return (
        f"INSERT INTO {target} SELECT x.* FROM sv_row r, LATERAL jsonb_populate_record("
        f"NULL::{target}, r.data || jsonb_build_object('id', r.row_id)) x "
        f"WHERE r.table_name = :t AND NOT r.deleted {where}"
    )


def _apply_since(conn: Connection, cursor: int) -> int:
    known = replica_metadata().tables
    changed = conn.scalars(
        text("SELECT DISTINCT table_name FROM sv_row WHERE seq > :c"), {"c": cursor}
    ).all()
    rows = 0
    for table in sorted(changed):
        if f"{SCHEMA}.{table}" not in known:
            continue
        # Delete and insert again: a changed row comes back whole, a tombstone stays gone.
        rows += conn.execute(
            text(
                f'DELETE FROM {SCHEMA}."{table}" WHERE id IN '
                "(SELECT row_id FROM sv_row WHERE table_name = :t AND seq > :since)"
            ),
            {"t": table, "since": cursor},
        ).rowcount
        rows += conn.execute(text(_copy_sql(table, cursor)), {"t": table, "since": cursor}).rowcount
    return rows


def _rebuild(conn: Connection) -> int:
    md = replica_metadata()
    conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
    conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    rows = 0
    for table in md.sorted_tables:
        conn.execute(CreateTable(table))
        rows += conn.execute(text(_copy_sql(table.name, None)), {"t": table.name}).rowcount
    # Indexes after the copy: building them once is faster than keeping them up per row.
    for table in md.sorted_tables:
        for index in table.indexes:
            conn.execute(CreateIndex(index))
        conn.execute(text(f'ANALYZE {SCHEMA}."{table.name}"'))
    return rows


def report_connection(conn: Connection) -> Connection:
    """`conn` reading the app's tables from the replica: the report code's unqualified
    table names resolve to SCHEMA."""
    return conn.execution_options(schema_translate_map={None: SCHEMA})
