"""Turning the outbox into pushable changes: one change per row, carrying only the fields
its pending entries set, each with the stamp of the last entry that set it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from workbench.domain.meta import OutboxEntry
from workbench.domain.sync import SyncFailure
from workbench.sync.codec import encode, synced_tables
from workbench.sync.protocol import change_id

# Columns the server sets from the change itself.
_NOT_SENT = frozenset({"id", "stamp"})


@dataclass
class PendingChange:
    table: str
    row: uuid.UUID
    insert: bool = False
    base: int | None = None
    stamps: dict[str, str] = field(default_factory=dict)  # field -> stamp
    seqs: list[int] = field(default_factory=list)
    id: uuid.UUID | None = None
    fields: dict[str, list[Any]] = field(default_factory=dict)

    def wire(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "table": self.table,
            "row": str(self.row),
            "insert": self.insert,
            "base": self.base or 0,
            "fields": self.fields,
        }


def pending_changes(
    conn: Connection, node: str, limit: int, now: datetime, skip: set[uuid.UUID] | None = None
) -> list[PendingChange]:
    """Up to `limit` changes, one per row with every pending entry of that row, in the
    order the rows were first changed; leaving out those waiting for a retry after a
    failure (they never hold back the rest) and those in `skip`."""
    waiting = {
        r for r in conn.scalars(select(SyncFailure.change_id).where(SyncFailure.retry_at > now))
    }
    skip = (skip or set()) | waiting
    o = OutboxEntry.__table__.c
    changes: list[PendingChange] = []
    seen: set[tuple[str, uuid.UUID]] = set()
    candidates: list[tuple[str, uuid.UUID]] = []
    scan = conn.execute(select(o.table_name, o.row_id).order_by(o.seq)).yield_per(2000)
    for table, row_id in scan:
        if (table, row_id) in seen:
            continue
        seen.add((table, row_id))
        candidates.append((table, row_id))
        if len(candidates) >= limit - len(changes):
            changes += [c for c in _changes_of(conn, node, candidates) if c.id not in skip]
            candidates = []
            if len(changes) >= limit:
                break
    scan.close()
    if candidates:
        changes += [c for c in _changes_of(conn, node, candidates) if c.id not in skip]
    changes = changes[:limit]
    _fill_values(conn, changes)
    return changes


def _changes_of(
    conn: Connection, node: str, rows: list[tuple[str, uuid.UUID]]
) -> list[PendingChange]:
    """The change of each row from all its pending entries: the fields they set, each
    with the stamp of the last entry that set it, and the earliest base among them."""
    o = OutboxEntry.__table__.c
    tables = synced_tables()
    grouped = {key: PendingChange(*key) for key in rows}
    by_table: dict[str, list[uuid.UUID]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        entries = conn.execute(
            select(o.seq, o.row_id, o.stamp, o.op, o.fields, o.base)
            .where(o.table_name == table, o.row_id.in_(ids))
            .order_by(o.seq)
        )
        spec = tables.get(table)
        for entry in entries:
            change = grouped[(table, entry.row_id)]
            change.seqs.append(entry.seq)
            change.base = entry.base if change.base is None else min(change.base, entry.base)
            if spec is None:
                continue
            if entry.op == "insert" or not entry.fields:
                change.insert = change.insert or entry.op == "insert"
                names = [c for c in spec.columns if c not in _NOT_SENT]
            else:
                names = [n for n in entry.fields.split(",") if n in spec.columns]
                if entry.op == "delete":
                    names.append("deleted")
            names.append("updated_at")
            for name in names:
                change.stamps[name] = entry.stamp
    for change in grouped.values():
        last = max(change.stamps.values()) if change.stamps else ""
        change.id = change_id(node, change.table, change.row, last)
    return list(grouped.values())


def _fill_values(conn: Connection, changes: list[PendingChange]) -> None:
    """The values are the row as it is now (the outbox names rows, the row is the
    payload), so later edits of a field supersede earlier ones."""
    by_table: dict[str, list[PendingChange]] = {}
    for change in changes:
        by_table.setdefault(change.table, []).append(change)
    tables = synced_tables()
    for name, group in by_table.items():
        spec = tables[name]
        rows: dict[uuid.UUID, Any] = {}
        ids = [c.row for c in group]
        for start in range(0, len(ids), 500):
            for row in conn.execute(
                select(spec.table).where(spec.table.c.id.in_(ids[start : start + 500]))
            ):
                rows[row.id] = row
        for change in group:
            found = rows.get(change.row)
            if found is None:
                change.fields = {}
                continue
            change.fields = {
                f: [encode(getattr(found, f)), stamp] for f, stamp in change.stamps.items()
            }
