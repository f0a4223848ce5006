"""Purging what the server no longer needs to keep: tombstones and the change log older
than the offline horizon (sync.protocol.OFFLINE_HORIZON_DAYS).

A laptop whose cursor is older than the newest purged row missed deletes that are gone
from the server; its next pull is told to start again from zero (it keeps its unsent
changes, which are pushed first as always).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, func, select

from workbench.server import schema
from workbench.sync.protocol import OFFLINE_HORIZON_DAYS

WATERMARK = "purged_through_seq"


def purge(
    engine: Engine, days: int = OFFLINE_HORIZON_DAYS, now: datetime | None = None
) -> dict[str, int]:
    if days < OFFLINE_HORIZON_DAYS:
        raise ValueError(
            f"Tombstones are kept at least {OFFLINE_HORIZON_DAYS} days, so laptops offline "
            "that long still receive every delete."
        )
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    r, c = schema.row.c, schema.change.c
    with engine.begin() as conn:
        old = (r.deleted.is_(True)) & (r.deleted_at < cutoff)
        last = conn.scalar(select(func.max(r.seq)).where(old))
        rows = conn.execute(delete(schema.row).where(old)).rowcount
        changes = conn.execute(delete(schema.change).where(c.at < cutoff)).rowcount
        if last is not None:
            _raise_watermark(conn, int(last))
    return {"rows": rows, "changes": changes}


def watermark(conn: Connection) -> int:
    m = schema.server_meta.c
    value = conn.scalar(select(m.value).where(m.key == WATERMARK))
    return int(value) if value else 0


def _raise_watermark(conn: Connection, seq: int) -> None:
    m = schema.server_meta.c
    current = conn.scalar(select(m.value).where(m.key == WATERMARK))
    if current is None:
        conn.execute(schema.server_meta.insert().values(key=WATERMARK, value=str(seq)))
    elif int(current) < seq:
        conn.execute(schema.server_meta.update().where(m.key == WATERMARK).values(value=str(seq)))
