"""Writing what the server sends into the laptop's database: pulled pages and the
answers to a push.

These writes are not the laptop's own changes, so they bypass the unit of work: no stamp,
no outbox entry. They run with foreign keys unchecked, because a page may bring a task
before the lead it refers to (the lead comes a page later) and a row may refer to one the
person does not see; the app reads such references as empty.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from itertools import chain
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert

from workbench.domain.meta import DISPLAY_NAME_KEY, SYNC_CURSOR_KEY, Meta, OutboxEntry
from workbench.domain.people import User
from workbench.domain.sync import RefusedChange, SyncFailure
from workbench.services.sync.outbox import PendingChange
from workbench.services.sync.values import Rows, storage_groups
from workbench.store.db import SYNCHRONOUS, Database
from workbench.store.uow import MAX_VARIABLES
from workbench.sync.codec import (
    SyncedTable,
    encode,
    synced_tables,
)

#: The write connection's page cache while it writes pulled pages. The default (2 MiB)
#: holds a sliver of a synced table's indexes; pulled rows land all over them, so each
#: page read back and spilled index pages it had just written.
PULL_CACHE_KIB = 65_536


@contextmanager
def sync_writes(
    db: Database, *, refetchable: bool = False
) -> Iterator[tuple[Connection, set[str]]]:
    """One write transaction for the sync engine; the tables it reports as changed are
    broadcast to the app's listeners after commit, like any other write.

    `refetchable`: what it writes can be fetched from the server again (a pulled page with
    its cursor), so its commit does not wait for the disk (synchronous=NORMAL: in WAL mode
    still atomic, and kept through a crash of the app). A power cut may lose it, and the
    cursor saved with it: the next sync pulls the page again. The next ordinary commit
    flushes it with its own. A first sync commits hundreds of pages, each of which waited
    for the disk."""
    db.ensure_writable()
    changed: set[str] = set()
    with db.write_engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        # Outside a transaction, or they are ignored.
        raw.execute("PRAGMA foreign_keys=OFF")
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        if refetchable:
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute(f"PRAGMA cache_size=-{PULL_CACHE_KIB}")
        try:
            with conn.begin():
                yield conn, changed
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            if refetchable:
                raw.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
                raw.execute(f"PRAGMA cache_size={cache}")
    if changed:
        db.notify(frozenset(changed))


def set_cursor(conn: Connection, cursor: int) -> None:
    _set_meta(conn, SYNC_CURSOR_KEY, str(cursor))


def _set_meta(conn: Connection, key: str, value: str) -> None:
    stmt = insert(Meta).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def pending_fields(conn: Connection, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    """Fields of these rows that have local changes not yet pushed: a pull must not
    overwrite them (the push that follows decides, on the server, who wins)."""
    o = OutboxEntry.__table__.c
    found: dict[uuid.UUID, set[str]] = {}
    for start in range(0, len(ids), 500):
        for row_id, op, fields in conn.execute(
            select(o.row_id, o.op, o.fields).where(
                o.table_name == table, o.row_id.in_(ids[start : start + 500])
            )
        ):
            names = found.setdefault(row_id, set())
            if op == "insert" or not fields:
                names.add("*")
            else:
                names.update(fields.split(","))
                if op == "delete":
                    names.add("deleted")
    return found


def apply_rows(
    conn: Connection,
    changed: set[str],
    puts: Iterable[tuple[str, dict[str, Any]]],
    removes: Iterable[tuple[str, uuid.UUID]],
    on_stamp: Any,
) -> list[str]:
    """Upsert pulled rows (keeping locally pending fields) and drop removed ones.
    Returns the problems met (rows that could not be read), which are skipped."""
    problems: list[str] = []
    tables = synced_tables()
    by_table: dict[str, list[dict[str, Any]]] = {}
    for table, data in puts:
        if table not in tables:
            problems.append(f"unknown table {table}")
            continue
        by_table.setdefault(table, []).append(data)
    latest = ""
    stored: dict[str, list[tuple[list[str], list[tuple[Any, ...]]]]] = {}
    for table, datas in by_table.items():
        groups, stamp = storage_groups(conn.dialect, tables[table], datas, problems)
        stored[table] = groups
        latest = max(latest, stamp)
    if latest:
        # Stamps are fixed-width text, so the latest is the largest: the clock moves past
        # it (past them all) once per page.
        on_stamp(latest)
    for table, groups in stored.items():
        _upsert(conn, tables[table], groups)
        changed.add(table)
    if "user" in by_table:
        keep_display_name(conn)
    gone: dict[str, list[uuid.UUID]] = {}
    for table, row_id in removes:
        if table in tables:
            gone.setdefault(table, []).append(row_id)
    for table, ids in gone.items():
        _remove(conn, tables[table], ids)
        changed.add(table)
    return problems


def keep_display_name(conn: Connection) -> None:
    """The person's own user row keeps the name from their profile: the server's row
    names the account (kept as sync.user_name), the window shows what they chose."""
    m = Meta.__table__.c
    values = dict(
        conn.execute(
            select(m.key, m.value).where(m.key.in_([DISPLAY_NAME_KEY, "current_user_id"]))
        ).all()
    )
    name, me = values.get(DISPLAY_NAME_KEY), values.get("current_user_id")
    if name and me:
        conn.execute(update(User).where(User.id == uuid.UUID(me)).values(name=name))


def _upsert(conn: Connection, spec: SyncedTable, groups: list[tuple[list[str], Rows]]) -> None:
    pending = _pending_by_stored_id(conn, spec, groups)
    if not pending:
        for names, rows in groups:
            _upsert_many(conn, spec, names, rows)
        return
    full: dict[frozenset[str], list[dict[str, Any]]] = {}
    partial: dict[frozenset[str], list[dict[str, Any]]] = {}
    for names, rows in groups:
        for values in rows:
            row = dict(zip(names, values, strict=True))
            keep = pending.get(row["id"], set())
            if "*" in keep:
                continue  # made here and not yet pushed: the push comes first
            if keep:
                # The row is here with local edits: only its other fields are updated (an
                # insert of part of a row would fail on its required columns).
                row = {k: v for k, v in row.items() if k not in keep}
                partial.setdefault(frozenset(row), []).append(row)
                continue
            full.setdefault(frozenset(row), []).append(row)
    for columns, group in full.items():
        ordered = sorted(columns)
        _upsert_many(conn, spec, ordered, [tuple(row[n] for n in ordered) for row in group])
    for columns, group in partial.items():
        names = sorted(columns - {"id"})
        if names:
            sets = ", ".join(f'"{n}" = ?' for n in names)
            conn.exec_driver_sql(
                f'UPDATE "{spec.name}" SET {sets} WHERE "id" = ?',
                [tuple(row[n] for n in [*names, "id"]) for row in group],
            )


def _pending_by_stored_id(
    conn: Connection, spec: SyncedTable, groups: list[tuple[list[str], Rows]]
) -> dict[Any, set[str]]:
    """pending_fields of these rows, keyed by their ids as stored. With no change of the
    table waiting (a first sync), nothing is looked up."""
    o = OutboxEntry.__table__.c
    if conn.execute(select(o.seq).where(o.table_name == spec.name).limit(1)).first() is None:
        return {}
    stored = {
        uuid.UUID(str(row[names.index("id")])): row[names.index("id")]
        for names, rows in groups
        for row in rows
    }
    return {stored[k]: v for k, v in pending_fields(conn, spec.name, list(stored)).items()}


def _upsert_many(conn: Connection, spec: SyncedTable, names: list[str], rows: Rows) -> None:
    """Many rows per INSERT … ON CONFLICT statement, of values already as stored, as
    the unit of work's bulk path does (store/uow.py):
    an executemany of one-row statements opens a statement savepoint per row, at which
    the search index's FTS5 tables write out their pending entries, so a 2,000-row page
    was 2,000 separate index writes."""
    quoted = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    marks = "(" + ", ".join("?" for _ in names) + ")"
    for chunk in _statement_chunks(rows, max(1, min(256, MAX_VARIABLES // len(names)))):
        params = list(chain.from_iterable(chunk))
        conn.exec_driver_sql(
            f'INSERT INTO "{spec.name}" ({quoted}) VALUES {", ".join([marks] * len(chunk))} '
            f'ON CONFLICT ("id") {action}',
            tuple(params),
        )


def _statement_chunks(rows: list[Any], most: int) -> Iterator[list[Any]]:
    """Chunks of `most` rows, then of halving powers of two: the driver keeps each
    distinct statement text prepared (128 of them), and a statement for every odd
    remainder, with its thousands of parameters, made a first sync's memory grow by
    hundreds of megabytes."""
    start, size = 0, most
    while start < len(rows):
        while size > 1 and len(rows) - start < size:
            size //= 2
        yield rows[start : start + size]
        start += size


def _remove(conn: Connection, spec: SyncedTable, ids: list[uuid.UUID]) -> None:
    """A row that left this person's view: its copy goes. Local changes still waiting
    for it are kept as refused changes, so nothing typed vanishes."""
    pending = pending_fields(conn, spec.name, ids)
    now = datetime.now(UTC)
    for row_id in pending:
        row = conn.execute(select(spec.table).where(spec.table.c.id == row_id)).first()
        if row is None:
            continue
        values = {name: [encode(getattr(row, name)), ""] for name in spec.columns}
        conn.execute(
            insert(RefusedChange).values(
                id=uuid.uuid4(),
                table_name=spec.name,
                row_id=row_id,
                values=json.dumps(values),
                reason="This record is no longer shared with you (reassigned or unshared); "
                "your unsent changes are kept here.",
                at=now,
                dismissed=False,
            )
        )
    o = OutboxEntry.__table__.c
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(delete(OutboxEntry).where(o.table_name == spec.name, o.row_id.in_(chunk)))
        conn.execute(delete(spec.table).where(spec.table.c.id.in_(chunk)))


def apply_results(
    conn: Connection,
    changed: set[str],
    sent: list[PendingChange],
    results: list[dict[str, Any]],
    on_stamp: Any,
) -> tuple[int, list[str]]:
    """Settle the outbox after a push answered: accepted changes leave it, refused ones
    are kept as refused changes and the row shows the team's state again."""
    by_id = {str(c.id): c for c in sent}
    o = OutboxEntry.__table__.c
    accepted, refusals = 0, []
    now = datetime.now(UTC)
    answered = [
        (change, result)
        for result in results
        if (change := by_id.get(str(result.get("id")))) is not None
    ]
    # Every answered change leaves the outbox first, in a few statements for the whole
    # batch (one per change made settling 500 changes cost more than sending them); a
    # refused change's row is then shown as the team has it, with nothing pending on it.
    seqs = [seq for change, _ in answered for seq in change.seqs]
    for start in range(0, len(seqs), 500):
        conn.execute(delete(OutboxEntry).where(o.seq.in_(seqs[start : start + 500])))
    ids = [change.id for change, _ in answered]
    for start in range(0, len(ids), 500):
        conn.execute(delete(SyncFailure).where(SyncFailure.change_id.in_(ids[start : start + 500])))
    for change, result in answered:
        status = result.get("status")
        spec = synced_tables().get(change.table)
        if status in ("applied", "duplicate"):
            accepted += 1
            rewrites = result.get("rewrites") or {}
            if rewrites and spec is not None:
                values = {k: v for k, (v, _stamp) in rewrites.items() if k in spec.columns}
                conn.execute(
                    spec.table.update()
                    .where(spec.table.c.id == change.row)
                    .values(**spec.decode_row(values))
                )
                changed.add(change.table)
            continue
        reason = str(result.get("reason") or "refused by the server")
        refusals.append(reason)
        conn.execute(
            insert(RefusedChange)
            .values(
                id=change.id,
                table_name=change.table,
                row_id=change.row,
                values=json.dumps(change.fields),
                reason=reason,
                at=now,
                dismissed=False,
            )
            .on_conflict_do_nothing()
        )
        if spec is None:
            continue
        current = result.get("current")
        if current:
            apply_rows(conn, changed, [(change.table, current)], [], on_stamp)
        elif change.insert:
            # Made here and refused: the row exists nowhere else; its values are kept
            # in the refused change.
            conn.execute(delete(spec.table).where(spec.table.c.id == change.row))
            changed.add(change.table)
    return accepted, refusals


def note_failure(conn: Connection, change: PendingChange, reason: str, now: datetime) -> None:
    """Back off a change the server could not take: 30 s, doubling, at most an hour."""
    row = conn.execute(
        select(SyncFailure.attempts).where(SyncFailure.change_id == change.id)
    ).first()
    attempts = (row[0] if row else 0) + 1
    delay = min(3600, 30 * 2 ** (attempts - 1))
    stmt = insert(SyncFailure).values(
        change_id=change.id,
        attempts=attempts,
        retry_at=now + timedelta(seconds=delay),
        reason=reason,
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["change_id"],
            set_={
                "attempts": attempts,
                "retry_at": now + timedelta(seconds=delay),
                "reason": reason,
            },
        )
    )
