"""Pull (docs/sync.md): each caller's view of the team's data after a cursor, by the
server's own sequence, one page at a time, read in one snapshot."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Text, cast, func, select, tuple_, union

from workbench.server import schema
from workbench.server.identity import Caller
from workbench.server.purge import watermark
from workbench.server.row_store import chunks
from workbench.server.visibility import visible_clause


class ResyncRequired(Exception):
    """The cursor is older than purged tombstones: the laptop must pull from zero."""


@dataclass(frozen=True)
class PulledRow:
    seq: int
    table: str
    row: uuid.UUID
    op: Literal["put", "remove"]
    data: str | None  # the row's JSON document as the database gives it, as text


@dataclass(frozen=True)
class PullPage:
    """One page, as api_models.PullResponse describes it."""

    changes: list[PulledRow]
    cursor: int
    more: bool
    remaining: int
    server_seq: int

    def to_json(self) -> bytes:
        """The PullResponse document, written around each row's JSON text as read.

        Parsing every row's document into Python objects, checking them against the
        response model and writing them out again was most of the server's time for a
        page of 2,000 rows; the documents are the server's own (written by a push from
        checked values), so they pass through as they are."""
        rows = ",".join(
            f'{{"seq":{c.seq},"table":{json.dumps(c.table)},"row":"{c.row}",'
            f'"op":"{c.op}","data":{c.data if c.data is not None else "null"}}}'
            for c in self.changes
        )
        more = "true" if self.more else "false"
        return (
            f'{{"changes":[{rows}],"cursor":{self.cursor},"more":{more},'
            f'"remaining":{self.remaining},"server_seq":{self.server_seq}}}'
        ).encode()


def pull(
    engine: Engine, caller: Caller, cursor: int, limit: int, *, count: bool = False
) -> PullPage:
    """One page of what `caller` may see that changed after `cursor`, in sequence order.

    Rows come from two feeds: rows whose own sequence is past the cursor and visible now,
    and grants (rows newly shared with the caller, or gone from their view). The page
    ends where the shorter full feed ends, so no change is skipped between pages.
    """
    g = schema.grant.c
    with _snapshot(engine) as conn:
        server_seq = int(
            conn.execute(
                select(schema.counter.c.value).where(schema.counter.c.name == "seq")
            ).scalar_one()
        )
        if 0 < cursor < watermark(conn):
            raise ResyncRequired(
                "This laptop was offline longer than the server keeps deleted records; "
                "it receives the team's data again from the start (its own changes are kept)."
            )
        rows = _visible_page(conn, caller, cursor, limit)
        grants = conn.execute(
            select(g.table_name, g.row_id, g.seq, g.op)
            .where(g.user_id == caller.user_id, g.seq > cursor)
            .order_by(g.seq)
            .limit(limit)
        ).all()
        bound = server_seq
        if len(rows) == limit:
            bound = min(bound, rows[-1].seq)
        if len(grants) == limit:
            bound = min(bound, grants[-1].seq)
        items: dict[tuple[str, uuid.UUID], PulledRow] = {}
        for row in rows:
            if row.seq <= bound:
                items[(row.table_name, row.row_id)] = PulledRow(
                    row.seq, row.table_name, row.row_id, "put", row.data
                )
        granted = [gr for gr in grants if gr.seq <= bound]
        _add_grants(conn, caller, granted, items)
        changes = sorted(items.values(), key=lambda c: c.seq)
        if len(changes) > limit:
            # Rows and grants together overfill the page: it ends at the last one sent,
            # so the next page starts right after it (sequence numbers are unique).
            changes = changes[:limit]
            bound = changes[-1].seq
        more = bound < server_seq
        remaining = _remaining(conn, caller, bound) if count and more else 0
        return PullPage(changes, bound, more, remaining, server_seq)


def has_changes(engine: Engine, caller: Caller, cursor: int) -> tuple[bool, int]:
    """Whether anything `caller` may see changed after `cursor` (for the long poll that
    brings a colleague's change to an open window within a second or two)."""
    r, g = schema.row.c, schema.grant.c
    with engine.connect() as conn:
        server_seq = int(
            conn.execute(
                select(schema.counter.c.value).where(schema.counter.c.name == "seq")
            ).scalar_one()
        )
        if server_seq <= cursor:
            return False, server_seq
        found = conn.scalar(
            select(r.seq).where(r.seq > cursor, visible_clause(caller)).limit(1)
        ) or conn.scalar(select(g.seq).where(g.user_id == caller.user_id, g.seq > cursor).limit(1))
        return found is not None, server_seq


_LAST_SEQ = 2**63 - 1
# A row's document as JSON text, sent on without being parsed (PullPage.to_json).
_DATA = cast(schema.row.c.data, Text).label("data")


def _visible_page(conn: Connection, caller: Caller, cursor: int, limit: int) -> list[Any]:
    """The first `limit` rows after `cursor` that `caller` sees, in sequence order.

    On PostgreSQL the OR of visible_clause defeats the (…, seq) indexes: the planner
    gathers every visible row after the cursor and sorts it, 0.5-1.5 s per page for a
    manager of a 600,000-row team, whatever the page size. Each way of seeing a row is
    one index range here instead, read in sequence order up to `limit`; the first
    `limit` of their union are exactly the first `limit` visible rows (a row missing
    from its way's first `limit` has `limit` visible rows before it).
    """
    r = schema.row.c
    if conn.dialect.name != "postgresql" or caller.is_admin:
        return list(
            conn.execute(
                select(r.table_name, r.row_id, r.seq, _DATA)
                .where(r.seq > cursor, visible_clause(caller))
                .order_by(r.seq)
                .limit(limit)
            )
        )
    a = schema.access.c
    # Each way is a range of its own index, (column, seq) from (value, cursor) to
    # (value, last): written as an equality and `seq > cursor`, the planner reduces the
    # order to seq alone and may walk ix_sv_row_seq filtering, reading the whole rest of
    # the table to find a few company rows (0.4 s a page); as a row range it can't.
    ranges: list[tuple[Any, Any]] = [(r.kind, "company"), (r.owner_id, caller.user_id)]
    if caller.is_manager and caller.team_id is not None:
        ranges.append((r.team_id, caller.team_id))
    branches = []
    for column, value in ranges:
        key = tuple_(column, r.seq)
        way = select(r.seq).where(key > tuple_(value, cursor), key <= tuple_(value, _LAST_SEQ))
        if column is r.team_id:
            way = way.where(r.kind.in_(("deal", "personal")))
        branches.append(way.order_by(column, r.seq).limit(limit).subquery().select())
    shared = select(a.deal_id).where(a.user_id == caller.user_id)
    if conn.scalar(select(func.count()).select_from(shared.limit(1).subquery())):
        # From the person's shares to their deals' rows (ix_sv_row_deal), sorted here:
        # ordered by the seq index, it would filter every deal row after the cursor.
        branches.append(
            select(r.seq)
            .where(r.seq > cursor, r.kind == "deal", r.deal_id.in_(shared))
            .order_by(r.seq + 0)
            .limit(limit)
            .subquery()
            .select()
        )
    seqs = union(*branches).subquery()
    first = select(seqs.c.seq).order_by(seqs.c.seq).limit(limit).subquery()
    return list(
        conn.execute(
            select(r.table_name, r.row_id, r.seq, _DATA)
            .join_from(schema.row, first, r.seq == first.c.seq)
            .order_by(r.seq)
        )
    )


def _add_grants(
    conn: Connection,
    caller: Caller,
    grants: list[Any],
    items: dict[tuple[str, uuid.UUID], PulledRow],
) -> None:
    r = schema.row.c
    puts = [(gr.table_name, gr.row_id) for gr in grants if gr.op == "put"]
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for chunk in chunks(puts, 500):
        for row in conn.execute(
            select(r.table_name, r.row_id, _DATA).where(
                tuple_(r.table_name, r.row_id).in_(chunk), visible_clause(caller)
            )
        ):
            found[(row.table_name, row.row_id)] = row.data
    for gr in grants:
        key = (gr.table_name, gr.row_id)
        if key in items and items[key].seq > gr.seq:
            continue
        data = found.get(key) if gr.op == "put" else None
        op: Literal["put", "remove"] = "put" if data is not None else "remove"
        if op == "remove" and gr.op == "put" and key in items:
            continue
        items[key] = PulledRow(gr.seq, gr.table_name, gr.row_id, op, data)


def _remaining(conn: Connection, caller: Caller, after: int) -> int:
    r, g = schema.row.c, schema.grant.c
    rows = conn.scalar(select(func.count()).where(r.seq > after, visible_clause(caller)))
    grants = conn.scalar(select(func.count()).where(g.user_id == caller.user_id, g.seq > after))
    return int(rows or 0) + int(grants or 0)


class _snapshot:
    """A read transaction in which every statement sees the same committed state."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self) -> Connection:
        options: dict[str, Any] = {}
        if self.engine.dialect.name == "postgresql":
            options["isolation_level"] = "REPEATABLE READ"
        self.conn = self.engine.connect().execution_options(**options)
        self.tx = self.conn.begin()
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.tx.rollback()
        self.conn.close()
