"""After a push's rows are written: who gains or loses sight of what. Shares and delegated
tasks open a deal to colleagues (sv_access); a reassigned deal takes its rows along; whoever
gains rows is sent them and whoever loses them their removal (sv_grant)."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, delete, select, update

from workbench.server import schema
from workbench.server.ingest_batch import Batch
from workbench.server.row_store import as_uuid, chunks, insert_changes, insert_for, upsert_rows
from workbench.server.visibility import Scope, audience, everyone


def write_batch(batch: Batch) -> None:
    conn = batch.conn
    dirty = [s for s in batch.rows.values() if s.dirty]
    if dirty:
        upsert_rows(conn, dirty)
    if batch.changes:
        insert_changes(conn, batch.changes)
    for deal in sorted(batch.access_deals):
        _refresh_access(batch, deal)
    for (table, row_id), old in batch.moved.items():
        _row_moved(batch, table, row_id, old)
    _grant(batch, {batch.caller.user_id}, batch.handed_over, "remove")
    conn.execute(
        update(schema.counter).where(schema.counter.c.name == "seq").values(value=batch.next_seq)
    )


def _refresh_access(batch: Batch, deal: uuid.UUID) -> None:
    """Recompute who sees a deal beyond its owner and managers (shares, open delegated
    tasks); whoever gains it is sent the deal's rows, whoever loses it their removal."""
    conn = batch.conn
    r, a = schema.row.c, schema.access.c
    people: set[uuid.UUID] = set()
    for table, data, deleted in conn.execute(
        select(r.table_name, r.data, r.deleted).where(
            r.deal_id == deal, r.table_name.in_(("opportunity_share", "task"))
        )
    ):
        if table == "task" and data.get("done_at"):
            continue  # a delegated task gives sight of the deal while it is open
        column = "user_id" if table == "opportunity_share" else "assignee_id"
        person = as_uuid(data.get(column))
        if person is not None and not deleted:
            people.add(person)
    before = set(conn.scalars(select(a.user_id).where(a.deal_id == deal)))
    if people == before:
        return
    gained, lost = people - before, before - people
    if lost:
        conn.execute(delete(schema.access).where(a.deal_id == deal, a.user_id.in_(lost)))
    if gained:
        conn.execute(schema.access.insert(), [{"deal_id": deal, "user_id": p} for p in gained])
    scope = batch.resolver.stored("opportunity", deal)
    regular = audience(conn, Scope("deal", scope.owner_id, scope.team_id)) if scope else set()
    keys = _deal_rows(conn, deal)
    _grant(batch, gained, keys, "put")
    _grant(batch, {p for p in lost if p not in (regular or set())}, keys, "remove")


def _row_moved(batch: Batch, table: str, row_id: uuid.UUID, old: Scope) -> None:
    """A row's owner or team changed: a reassigned deal takes its rows along (renumbered,
    so the new audience pulls them) and whoever no longer sees it is told to remove it."""
    conn = batch.conn
    state = batch.rows[(table, row_id)]
    new = state.scope
    keys = [(table, row_id)]
    if table == "opportunity":
        r = schema.row.c
        children = [k for k in _deal_rows(conn, row_id) if k != (table, row_id)]
        for child_table, child_id in children:
            conn.execute(
                update(schema.row)
                .where(r.table_name == child_table, r.row_id == child_id)
                .values(owner_id=new.owner_id, team_id=new.team_id, seq=batch.seq())
            )
        keys += children
    before = audience(conn, old)
    after = audience(conn, new)
    if before is None:
        before = everyone(conn)
    if after is None:
        return
    if new.kind == "deal" and new.deal_id is not None:
        a = schema.access.c
        after |= set(conn.scalars(select(a.user_id).where(a.deal_id == new.deal_id)))
    _grant(batch, before - after, keys, "remove")


def _deal_rows(conn: Connection, deal: uuid.UUID) -> list[tuple[str, uuid.UUID]]:
    r = schema.row.c
    rows = conn.execute(select(r.table_name, r.row_id).where(r.deal_id == deal))
    return [(t, i) for t, i in rows]


def _grant(
    batch: Batch, people: set[uuid.UUID], keys: list[tuple[str, uuid.UUID]], op: str
) -> None:
    if not people or not keys:
        return
    rows = [
        {"user_id": p, "table_name": t, "row_id": i, "seq": batch.seq(), "op": op}
        for p in sorted(people)
        for t, i in keys
    ]
    stmt = insert_for(batch.conn)(schema.grant)
    stmt = stmt.on_conflict_do_update(
        index_elements=["user_id", "table_name", "row_id"],
        set_={"seq": stmt.excluded.seq, "op": stmt.excluded.op},
    )
    for chunk in chunks(rows, 500):
        batch.conn.execute(stmt, chunk)
