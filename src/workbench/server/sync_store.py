"""Push and pull (docs/sync.md): merging pushed changes per field and serving each
caller's view of the team's data by the server's own sequence.

A push is one transaction that holds the sequence counter's row lock from its first
write to its commit, so sequence order is commit order and a pull, which reads in one
snapshot, can never step past a change that commits later with a smaller number.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, func, select, tuple_, union, update
from sqlalchemy.dialects import postgresql, sqlite

from workbench.server import schema
from workbench.server.api_models import (
    Change,
    ChangeResult,
    PulledChange,
    PullResponse,
    PushRequest,
    PushResponse,
)
from workbench.server.identity import Caller
from workbench.server.purge import watermark
from workbench.server.visibility import (
    ACCESS_TABLES,
    COMPANY,
    Scope,
    ScopeResolver,
    audience,
    change_refusal,
    everyone,
    visible_clause,
)
from workbench.store.hlc import HybridLogicalClock
from workbench.sync.codec import BadValue, decode, table_named
from workbench.sync.protocol import conflict_id

# Set by the server from the change itself, never taken from the client.
_DERIVED = frozenset({"id", "stamp"})
# Bookkeeping columns: a clash on them is no one's lost work.
_NO_CONFLICT = frozenset({"updated_at", "created_at"})
# Values kept unique across the team: table -> field.
_UNIQUE = {"offer": "number"}
SERVER_DEVICE = "server"


class ResyncRequired(Exception):
    """The cursor is older than purged tombstones: the laptop must pull from zero."""


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


@dataclass
class Batch:
    """Everything one push transaction writes, gathered so it is written in bulk."""

    conn: Connection
    caller: Caller
    resolver: ScopeResolver
    next_seq: int
    clock: HybridLogicalClock
    first_seq: int = 0
    rows: dict[tuple[str, uuid.UUID], RowState] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)
    moved: dict[tuple[str, uuid.UUID], Scope] = field(default_factory=dict)  # old scopes
    access_deals: set[uuid.UUID] = field(default_factory=set)
    # Rows the caller made or changed out of their own view (a deal created for a
    # colleague in another team): their laptop is told to drop its copy.
    handed_over: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    _shared: set[uuid.UUID] | None = None

    def shared_deals(self) -> set[uuid.UUID]:
        """Deals shared with or delegated to the caller, read once per push."""
        if self._shared is None:
            a = schema.access.c
            self._shared = set(
                self.conn.scalars(select(a.deal_id).where(a.user_id == self.caller.user_id))
            )
        return self._shared

    def seq(self) -> int:
        self.next_seq += 1
        return self.next_seq


# -- push ----------------------------------------------------------------------------------


def push(engine: Engine, caller: Caller, request: PushRequest) -> PushResponse:
    with engine.begin() as conn:
        batch = _open_batch(conn, caller)
        seen = _already_applied(conn, [c.id for c in request.changes])
        _load_rows(batch, request.changes)
        results = []
        for change in request.changes:
            if change.id in seen:
                results.append(_replayed(batch, change, *seen[change.id]))
                continue
            result = _apply(batch, change)
            seen[change.id] = (result.status, result.reason, result.seq)
            batch.changes.append(
                {
                    "id": change.id,
                    "device_id": caller.device_id,
                    "seq": result.seq,
                    "status": result.status,
                    "reason": result.reason,
                    "at": datetime.now(UTC),
                }
            )
            results.append(result)
        _write(batch)
        return PushResponse(results=results, server_seq=batch.next_seq)


def _replayed(
    batch: Batch, change: Change, status: str, reason: str, seq: int | None
) -> ChangeResult:
    """The first answer again for a change sent twice (its answer was lost): a refused
    change stays refused, with the row as it is now, so the laptop keeps its values."""
    if status != "refused":
        return ChangeResult(id=change.id, status="duplicate", reason=reason, seq=seq)
    state = batch.rows.get((change.table, change.row))
    current = state.data if state is not None and _visible_now(batch, state) else None
    return ChangeResult(id=change.id, status="refused", reason=reason, current=current)


def _open_batch(conn: Connection, caller: Caller) -> Batch:
    c = schema.counter.c
    last = conn.execute(select(c.value).where(c.name == "seq").with_for_update()).scalar_one()
    clock = HybridLogicalClock(SERVER_DEVICE)
    return Batch(conn, caller, ScopeResolver(conn), int(last), clock, first_seq=int(last))


def _already_applied(
    conn: Connection, ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str, int | None]]:
    c = schema.change.c
    found: dict[uuid.UUID, tuple[str, str, int | None]] = {}
    for chunk in _chunks(ids, 500):
        if conn.dialect.name == "postgresql":
            # One array parameter instead of 500: SQLAlchemy's expanding IN cost more to
            # build than the lookup.
            rows: Any = conn.exec_driver_sql(
                "SELECT id, status, reason, seq FROM sv_change WHERE id = ANY(%s::uuid[])",
                (chunk,),
            )
        else:
            rows = conn.execute(select(c.id, c.status, c.reason, c.seq).where(c.id.in_(chunk)))
        for r in rows:
            found[r.id] = (r.status, r.reason, r.seq)
    return found


def _load_rows(batch: Batch, changes: Iterable[Change]) -> None:
    keys = list({(c.table, c.row) for c in changes})
    _fetch_rows(batch, keys)


def _fetch_rows(batch: Batch, keys: list[tuple[str, uuid.UUID]]) -> None:
    r = schema.row.c
    wanted = [k for k in keys if k not in batch.rows]
    postgres = batch.conn.dialect.name == "postgresql"
    for chunk in _chunks(wanted, 500):
        if postgres:
            found: Any = batch.conn.exec_driver_sql(
                "SELECT r.table_name, r.row_id, r.seq, r.data, r.fields, r.kind, r.owner_id, "
                "r.team_id, r.deal_id FROM sv_row r "
                "JOIN unnest(%s::text[], %s::uuid[]) AS k(t, i) "
                "ON r.table_name = k.t AND r.row_id = k.i",
                ([t for t, _ in chunk], [i for _, i in chunk]),
            )
        else:
            found = batch.conn.execute(
                select(
                    r.table_name,
                    r.row_id,
                    r.seq,
                    r.data,
                    r.fields,
                    r.kind,
                    r.owner_id,
                    r.team_id,
                    r.deal_id,
                ).where(tuple_(r.table_name, r.row_id).in_(chunk))
            )
        for row in found:
            scope = Scope(row.kind, row.owner_id, row.team_id, row.deal_id)
            batch.resolver.remember(row.table_name, row.row_id, scope)
            batch.rows[(row.table_name, row.row_id)] = RowState(
                row.table_name,
                row.row_id,
                dict(row.data),
                dict(row.fields),
                scope,
                True,
                seq=row.seq,
            )


def _apply(batch: Batch, change: Change) -> ChangeResult:
    caller = batch.caller
    try:
        spec = table_named(change.table)
        values = _check_fields(spec.columns, change)
    except BadValue as exc:
        return ChangeResult(id=change.id, status="refused", reason=f"Not accepted: {exc}.")
    key = (change.table, change.row)
    state = batch.rows.get(key)
    exists = state is not None
    visible = exists and _visible_now(batch, state)  # type: ignore[arg-type]
    refusal = change_refusal(caller, change.table, set(values), exists, visible)
    if refusal is None and not exists and change.table == "user":
        refusal = "People are added on the team's server by its administrator."
    own = change.row == caller.user_id or caller.is_admin
    if refusal is None and change.table == "user" and not own:
        refusal = "Only your own name, e-mail and phone can be changed from your laptop."
    if refusal is None and change.table in ACCESS_TABLES:
        refusal = _attaching_refusal(batch, change, values)
    if refusal is not None:
        return ChangeResult(
            id=change.id,
            status="refused",
            reason=refusal,
            current=state.data if state is not None and visible else None,
        )
    if change.base > batch.first_seq:
        return ChangeResult(
            id=change.id,
            status="refused",
            reason="Not accepted: the change claims to know later team data than the server has.",
        )
    for _, stamp in values.values():
        batch.clock.receive(stamp)
    seq = batch.seq()
    if state is None:
        state = RowState(change.table, change.row, {"id": str(change.row)}, {}, COMPANY, False)
        batch.rows[key] = state
    old_scope = state.scope
    rewrites = _merge(batch, state, change, values, seq)
    state.data["id"] = str(change.row)
    state.data["stamp"] = max(str(f[0]) for f in state.fields.values())
    state.scope = batch.resolver.scope(change.table, change.row, state.data, caller)
    batch.resolver.remember(change.table, change.row, state.scope)
    if state.exists and state.scope != old_scope:
        batch.moved.setdefault(key, old_scope)
    if change.table in ACCESS_TABLES and state.scope.deal_id is not None:
        batch.access_deals.add(state.scope.deal_id)
    if change.table == "opportunity" and state.exists and state.scope != old_scope:
        batch.access_deals.add(change.row)
    if not state.exists and not _visible_now(batch, state):
        batch.handed_over.append(key)
    state.seq, state.dirty = seq, True
    return ChangeResult(id=change.id, status="applied", seq=seq, rewrites=rewrites)


def _attaching_refusal(
    batch: Batch, change: Change, values: dict[str, tuple[Any, str]]
) -> str | None:
    """A share or a task gives sight of its deal: it may only be attached to a deal the
    caller already sees (else anyone could open any deal to themselves)."""
    deal = values.get("opportunity_id")
    if deal is None or deal[0] is None:
        return None
    try:
        deal_id = uuid.UUID(str(deal[0]))
    except ValueError:
        return None
    scope = batch.resolver.stored("opportunity", deal_id)
    if scope is None:
        return None  # a deal made in this push or not synced yet: its own rules apply
    probe = RowState("opportunity", deal_id, {}, {}, scope, True)
    if _visible_now(batch, probe):
        return None
    return "This deal is not shared with you, so nothing can be attached to it."


def _check_fields(columns: dict[str, Any], change: Change) -> dict[str, tuple[Any, str]]:
    values: dict[str, tuple[Any, str]] = {}
    for name, (value, stamp) in change.fields.items():
        if name in _DERIVED:
            continue
        column = columns.get(name)
        if column is None:
            raise BadValue(f"{change.table} has no field {name[:60]!r}")
        if not isinstance(stamp, str) or not _valid_stamp(stamp):
            raise BadValue(f"{change.table}.{name}: the change's stamp is malformed")
        decode(column, value)
        values[name] = (value, stamp)
    if not values:
        raise BadValue("the change sets no field")
    return values


def _valid_stamp(stamp: str) -> bool:
    parts = stamp.split("-", 2)
    return (
        len(stamp) <= 40
        and len(parts) == 3
        and len(parts[0]) == 13
        and parts[0].isdigit()
        and len(parts[1]) == 4
        and all(ch in "0123456789abcdef" for ch in parts[1])
        and parts[2] != ""
    )


def _visible_now(batch: Batch, state: RowState) -> bool:
    """visibility.visible_clause, evaluated on the row's scope in hand."""
    caller, scope = batch.caller, state.scope
    if scope.kind == "private":
        return scope.owner_id == caller.user_id
    if scope.kind == "company" or caller.is_admin or scope.owner_id == caller.user_id:
        return True
    if caller.is_manager and caller.team_id is not None and scope.team_id == caller.team_id:
        return True
    return scope.kind == "deal" and scope.deal_id in batch.shared_deals()


def _merge(
    batch: Batch,
    state: RowState,
    change: Change,
    values: dict[str, tuple[Any, str]],
    seq: int,
) -> dict[str, tuple[Any, str]]:
    """Last writer wins per field on the HLC stamp; the value that lost a clash it did not
    know about is kept as a conflict record for the person whose value it was."""
    caller = batch.caller
    me = [None, seq, str(caller.device_id), str(caller.user_id)]
    was_deleted = state.deleted
    deleted_meta = state.fields.get("deleted")
    for name, (value, stamp) in values.items():
        current = state.fields.get(name)
        old = state.data.get(name)
        concurrent = (
            current is not None
            and int(current[1]) > change.base
            and current[2] != str(caller.device_id)
        )
        if current is None or stamp > current[0]:
            if current is not None and concurrent and old != value and name not in _NO_CONFLICT:
                _conflict(
                    batch,
                    change,
                    state,
                    name,
                    loser=current,
                    lost=old,
                    kept=value,
                    kept_stamp=stamp,
                    winner=caller.user_id,
                )
            state.data[name] = value
            state.fields[name] = [stamp, *me[1:]]
        elif stamp < current[0] and old != value and name not in _NO_CONFLICT:
            _conflict(
                batch,
                change,
                state,
                name,
                loser=[stamp, *me[1:]],
                lost=value,
                kept=old,
                kept_stamp=current[0],
                winner=_uuid(current[3]),
            )
    _delete_clashes(batch, change, state, values, was_deleted, deleted_meta)
    return _claim_unique(batch, state, values)


def _delete_clashes(
    batch: Batch,
    change: Change,
    state: RowState,
    values: dict[str, tuple[Any, str]],
    was_deleted: bool,
    deleted_meta: list[Any] | None,
) -> None:
    """A delete beside an edit made without knowing of it: the row stays deleted (delete
    wins, as on every device), the edit's values stay on the deleted row, and whoever's
    work is hidden by it gets a conflict record from which they can restore the row."""
    caller = batch.caller
    edited = set(values) - {"deleted", "updated_at"}
    if (
        was_deleted
        and state.deleted
        and edited
        and deleted_meta is not None
        and int(deleted_meta[1]) > change.base
        and deleted_meta[2] != str(caller.device_id)
    ):
        stamp = max(s for _, s in values.values())
        _conflict(
            batch,
            change,
            state,
            "deleted",
            loser=[stamp, None, None, str(caller.user_id)],
            lost=False,
            kept=True,
            kept_stamp=deleted_meta[0],
            winner=_uuid(deleted_meta[3]),
        )
    if not was_deleted and state.deleted:
        others = {
            meta[3]
            for name, meta in state.fields.items()
            if name not in ("deleted", "updated_at", "created_at")
            and int(meta[1]) > change.base
            and meta[2] != str(caller.device_id)
            and meta[3]
        }
        for other in others:
            _conflict(
                batch,
                change,
                state,
                "deleted",
                loser=[None, None, None, other],
                lost=False,
                kept=True,
                kept_stamp=values["deleted"][1],
                winner=caller.user_id,
            )


def _conflict(
    batch: Batch,
    change: Change,
    state: RowState,
    name: str,
    *,
    loser: list[Any],
    lost: Any,
    kept: Any,
    kept_stamp: str,
    winner: uuid.UUID | None,
) -> None:
    loser_id = _uuid(loser[3])
    if loser_id is None:
        return
    conflict = conflict_id(change.id, name, loser_id)
    stamp = batch.clock.now()
    now = datetime.now(UTC).isoformat()
    data = {
        "id": str(conflict),
        "user_id": str(loser_id),
        "table_name": state.table,
        "row_id": str(state.row_id),
        "field": name,
        "lost_value": json.dumps(lost),
        "kept_value": json.dumps(kept),
        "winner_id": str(winner) if winner else None,
        "winner_name": _name_of(batch, winner),
        "lost_at": loser[0] or "",
        "kept_at": kept_stamp,
        "resolved": False,
        "deleted": False,
        "created_at": now,
        "updated_at": now,
        "stamp": stamp,
    }
    meta = [stamp, 0, SERVER_DEVICE, None]
    seq = batch.seq()
    batch.rows[("sync_conflict", conflict)] = RowState(
        "sync_conflict",
        conflict,
        data,
        {k: [*meta[:1], seq, *meta[2:]] for k in data if k not in _DERIVED},
        Scope("private", loser_id),
        False,
        dirty=True,
        seq=seq,
    )


def _name_of(batch: Batch, user_id: uuid.UUID | None) -> str:
    if user_id is None:
        return ""
    name = batch.conn.scalar(select(schema.user.c.name).where(schema.user.c.id == user_id))
    return name or ""


def _claim_unique(
    batch: Batch, state: RowState, values: dict[str, tuple[Any, str]]
) -> dict[str, tuple[Any, str]]:
    """Offer numbers are made offline on every laptop: the first push of a number claims
    it; a number already claimed by another row gets this device's code appended, written
    as the server's own change so every laptop, the maker's first, shows the new one."""
    name = _UNIQUE.get(state.table)
    if name is None or name not in values:
        return {}
    u = schema.unique_value.c
    value = str(state.data.get(name) or "")
    if not value:
        return {}
    candidate, n = value, 1
    while True:
        holder = batch.conn.scalar(
            select(u.row_id).where(
                u.table_name == state.table, u.field == name, u.value == candidate
            )
        )
        if holder is None or holder == state.row_id:
            break
        n += 1
        suffix = batch.caller.device_code if n == 2 else f"{batch.caller.device_code}{n - 1}"
        candidate = f"{value}-{suffix}"[:40]
    batch.conn.execute(
        delete(schema.unique_value).where(
            u.table_name == state.table, u.field == name, u.row_id == state.row_id
        )
    )
    batch.conn.execute(
        schema.unique_value.insert().values(
            table_name=state.table, field=name, value=candidate, row_id=state.row_id
        )
    )
    if candidate == value:
        return {}
    stamp = batch.clock.now()
    state.data[name] = candidate
    state.fields[name] = [stamp, batch.next_seq, SERVER_DEVICE, None]
    return {name: (candidate, stamp)}


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


# -- writing a batch ---------------------------------------------------------------------


def _write(batch: Batch) -> None:
    conn = batch.conn
    dirty = [s for s in batch.rows.values() if s.dirty]
    if dirty:
        upsert_rows(conn, dirty)
    if batch.changes:
        _insert_changes(conn, batch.changes)
    for deal in sorted(batch.access_deals):
        _refresh_access(batch, deal)
    for (table, row_id), old in batch.moved.items():
        _row_moved(batch, table, row_id, old)
    _grant(batch, {batch.caller.user_id}, batch.handed_over, "remove")
    conn.execute(
        update(schema.counter).where(schema.counter.c.name == "seq").values(value=batch.next_seq)
    )


def _insert(conn: Connection) -> Any:
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
    stmt = _insert(conn)(schema.row)
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
        for chunk in _chunks(rows, 5000):
            _upsert_rows_pg(conn, chunk)
    else:
        for chunk in _chunks(rows, 500):
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
    conn.exec_driver_sql(_UPSERT_PG, (json.dumps(rows, default=_json_default),))


def _json_default(value: Any) -> str:
    if isinstance(value, uuid.UUID | datetime):
        return str(value) if isinstance(value, uuid.UUID) else value.isoformat()
    raise TypeError(f"can't write {type(value).__name__} as JSON")


def _insert_changes(conn: Connection, changes: list[dict[str, Any]]) -> None:
    if conn.dialect.name != "postgresql":
        conn.execute(schema.change.insert(), changes)
        return
    conn.exec_driver_sql(
        "INSERT INTO sv_change (id, device_id, seq, status, reason, at) "
        "SELECT * FROM jsonb_to_recordset(%s::jsonb) AS x(id uuid, device_id uuid, "
        "seq bigint, status text, reason text, at timestamptz)",
        (json.dumps(changes, default=_json_default),),
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
        person = _uuid(data.get(column))
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
    stmt = _insert(batch.conn)(schema.grant)
    stmt = stmt.on_conflict_do_update(
        index_elements=["user_id", "table_name", "row_id"],
        set_={"seq": stmt.excluded.seq, "op": stmt.excluded.op},
    )
    for chunk in _chunks(rows, 500):
        batch.conn.execute(stmt, chunk)


# -- pull ----------------------------------------------------------------------------------


def pull(
    engine: Engine, caller: Caller, cursor: int, limit: int, *, count: bool = False
) -> PullResponse:
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
        items: dict[tuple[str, uuid.UUID], PulledChange] = {}
        for row in rows:
            if row.seq <= bound:
                items[(row.table_name, row.row_id)] = PulledChange(
                    seq=row.seq, table=row.table_name, row=row.row_id, op="put", data=row.data
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
        return PullResponse(
            changes=changes, cursor=bound, more=more, remaining=remaining, server_seq=server_seq
        )


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
                select(r.table_name, r.row_id, r.seq, r.data)
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
            select(r.table_name, r.row_id, r.seq, r.data)
            .join_from(schema.row, first, r.seq == first.c.seq)
            .order_by(r.seq)
        )
    )


def _add_grants(
    conn: Connection,
    caller: Caller,
    grants: list[Any],
    items: dict[tuple[str, uuid.UUID], PulledChange],
) -> None:
    r = schema.row.c
    puts = [(gr.table_name, gr.row_id) for gr in grants if gr.op == "put"]
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for chunk in _chunks(puts, 500):
        for row in conn.execute(
            select(r.table_name, r.row_id, r.data).where(
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
        items[key] = PulledChange(seq=gr.seq, table=gr.table_name, row=gr.row_id, op=op, data=data)


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


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
