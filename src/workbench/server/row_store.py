"""The server's copy of each synced row (sv_row) and its change log (sv_change), written in
bulk: one statement per few thousand rows, whatever wrote them (a push, an import, the
admin commands publishing people and teams)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Connection, func
from sqlalchemy.dialects import postgresql, sqlite

from workbench.server import schema
from workbench.server.visibility import Scope

SERVER_DEVICE = "server"


@dataclass
class RowState:
    table: str
    row_id: uuid.UUID
    data: dict[str, Any]
    fields: dict[str, list[Any]]
    scope: Scope
    exists: bool
    dirty: bool = False
    seq: int = 0

    @property
    def deleted(self) -> bool:
        return bool(self.data.get("deleted"))


def insert_for(conn: Connection) -> Any:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


def upsert_rows(conn: Connection, states: list[RowState]) -> None:
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = [
        {
            "table_name": s.table,
            "row_id": s.row_id,
            "seq": s.seq,
            "data": s.data,
            "fields": s.fields,
            "deleted": s.deleted,
            "deleted_at": now if s.deleted else None,
            "kind": s.scope.kind,
            "owner_id": s.scope.owner_id,
            "team_id": s.scope.team_id,
            "deal_id": s.scope.deal_id,
        }
        for s in states
    ]
    stmt = insert_for(conn)(schema.row)
    excluded = stmt.excluded
    stmt = stmt.on_conflict_do_update(
        index_elements=["table_name", "row_id"],
        set_={
            "seq": excluded.seq,
            "data": excluded.data,
            "fields": excluded.fields,
            # The first time a row is deleted is when its tombstone's horizon starts.
            "deleted_at": func.coalesce(schema.row.c.deleted_at, excluded.deleted_at),
            "deleted": excluded.deleted,
            "kind": excluded.kind,
            "owner_id": excluded.owner_id,
            "team_id": excluded.team_id,
            "deal_id": excluded.deal_id,
        },
    )
    rows.sort(key=lambda r: r["seq"])
    if conn.dialect.name == "postgresql":
        for chunk in chunks(rows, 5000):
            _upsert_rows_pg(conn, chunk)
    else:
        for chunk in chunks(rows, 500):
            conn.execute(stmt, chunk)
    for s in states:
        s.dirty, s.exists = False, True


_ROW_COLUMNS = (
    ("table_name", "text"),
    ("row_id", "uuid"),
    ("seq", "bigint"),
    ("data", "jsonb"),
    ("fields", "jsonb"),
    ("deleted", "boolean"),
    ("deleted_at", "timestamptz"),
    ("kind", "text"),
    ("owner_id", "uuid"),
    ("team_id", "uuid"),
    ("deal_id", "uuid"),
)
_ROW_TYPES = ", ".join(f"{name} {kind}" for name, kind in _ROW_COLUMNS)
_UPSERT_PG = (
    f"INSERT INTO sv_row ({', '.join(n for n, _ in _ROW_COLUMNS)}) "
    f"SELECT * FROM jsonb_to_recordset(%s::jsonb) AS x({_ROW_TYPES}) "
    "ON CONFLICT (table_name, row_id) DO UPDATE SET "
    "seq = excluded.seq, data = excluded.data, fields = excluded.fields, "
    "deleted_at = coalesce(sv_row.deleted_at, excluded.deleted_at), "
    "deleted = excluded.deleted, kind = excluded.kind, owner_id = excluded.owner_id, "
    "team_id = excluded.team_id, deal_id = excluded.deal_id"
)


def _upsert_rows_pg(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """The same upsert as one statement whose rows travel as one JSON document: an
    executemany of 500 rows cost the server more in per-row parameter handling than
    PostgreSQL spent writing them (and psycopg's text arrays escape every element with
    a regular expression)."""
    conn.exec_driver_sql(_UPSERT_PG, (_as_json(rows),))


def _as_json(rows: list[dict[str, Any]]) -> str:
    """Rows as one JSON document, ids and times as text. pydantic-core's writer, not
    json.dumps with a fallback for ids and times: that was a sixth of a push's time."""
    return to_json(rows).decode()


def insert_changes(conn: Connection, changes: list[dict[str, Any]]) -> None:
    if conn.dialect.name != "postgresql":
        conn.execute(schema.change.insert(), changes)
        return
    conn.exec_driver_sql(
        "INSERT INTO sv_change (id, device_id, seq, status, reason, at) "
        "SELECT * FROM jsonb_to_recordset(%s::jsonb) AS x(id uuid, device_id uuid, "
        "seq bigint, status text, reason text, at timestamptz)",
        (_as_json(changes),),
    )


def chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
