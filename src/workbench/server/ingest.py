"""Push (docs/sync.md): merging pushed changes per field, last writer wins on the HLC
stamp, with conflict records for values that lost a clash they did not know about.

A push is one transaction that holds the sequence counter's row lock from its first
write to its commit, so sequence order is commit order and a pull, which reads in one
snapshot, can never step past a change that commits later with a smaller number.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, tuple_

from workbench.server import schema
from workbench.server.api_models import Change, ChangeResult, PushRequest, PushResponse
from workbench.server.identity import Caller
from workbench.server.ingest_access import write_batch
from workbench.server.ingest_batch import Batch, visible_now
from workbench.server.row_store import SERVER_DEVICE, RowState, as_uuid, chunks
from workbench.server.visibility import (
    ACCESS_TABLES,
    COMPANY,
    Scope,
    ScopeResolver,
    change_refusal,
)
from workbench.store.hlc import HybridLogicalClock
from workbench.sync.codec import BadValue, check, table_named
from workbench.sync.protocol import conflict_id

# Set by the server from the change itself, never taken from the client.
_DERIVED = frozenset({"id", "stamp"})
# Bookkeeping columns: a clash on them is no one's lost work.
_NO_CONFLICT = frozenset({"updated_at", "created_at"})
# Values kept unique across the team: table -> field.
_UNIQUE = {"offer": "number"}


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
        write_batch(batch)
        return PushResponse(results=results, server_seq=batch.next_seq)


def _replayed(
    batch: Batch, change: Change, status: str, reason: str, seq: int | None
) -> ChangeResult:
    """The first answer again for a change sent twice (its answer was lost): a refused
    change stays refused, with the row as it is now, so the laptop keeps its values."""
    if status != "refused":
        return ChangeResult(id=change.id, status="duplicate", reason=reason, seq=seq)
    state = batch.rows.get((change.table, change.row))
    current = state.data if state is not None and visible_now(batch, state) else None
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
    for chunk in chunks(ids, 500):
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
    for chunk in chunks(wanted, 500):
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
    visible = exists and visible_now(batch, state)  # type: ignore[arg-type]
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
    # The clock moves past the latest stamp of the change (past all of them).
    batch.clock.receive(max(stamp for _, stamp in values.values()))
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
    if not state.exists and not visible_now(batch, state):
        batch.handed_over.append(key)
    state.seq, state.dirty = seq, True
    # Built from checked values without validating them again (most of a push's answers).
    return ChangeResult.model_construct(id=change.id, status="applied", seq=seq, rewrites=rewrites)


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
    if visible_now(batch, probe):
        return None
    return "This deal is not shared with you, so nothing can be attached to it."


def _check_fields(columns: dict[str, Any], change: Change) -> dict[str, tuple[Any, str]]:
    values: dict[str, tuple[Any, str]] = {}
    # A change's fields mostly share one stamp (one outbox entry set them all): each
    # distinct stamp is checked once.
    good: set[str] = set()
    for name, (value, stamp) in change.fields.items():
        if name in _DERIVED:
            continue
        column = columns.get(name)
        if column is None:
            raise BadValue(f"{change.table} has no field {name[:60]!r}")
        if stamp not in good:
            if not isinstance(stamp, str) or not valid_stamp(stamp):
                raise BadValue(f"{change.table}.{name}: the change's stamp is malformed")
            good.add(stamp)
        check(column, value)
        values[name] = (value, stamp)
    if not values:
        raise BadValue("the change sets no field")
    return values


# millis (13 digits) - counter (4 hex digits) - node, as store.hlc formats them.
_STAMP = re.compile(r"[0-9]{13}-[0-9a-f]{4}-.+", re.DOTALL)


def valid_stamp(stamp: str) -> bool:
    return len(stamp) <= 40 and _STAMP.fullmatch(stamp) is not None


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
    device = str(caller.device_id)
    me = [None, seq, device, str(caller.user_id)]
    if not state.fields:
        # A new row: every value is the first, nothing to clash with.
        tail = me[1:]
        for name, (value, stamp) in values.items():
            state.data[name] = value
            state.fields[name] = [stamp, *tail]
        return _claim_unique(batch, state, values)
    was_deleted = state.deleted
    deleted_meta = state.fields.get("deleted")
    for name, (value, stamp) in values.items():
        current = state.fields.get(name)
        old = state.data.get(name)
        concurrent = current is not None and int(current[1]) > change.base and current[2] != device
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
                winner=as_uuid(current[3]),
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
            winner=as_uuid(deleted_meta[3]),
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
    loser_id = as_uuid(loser[3])
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
    if holder is None:
        # A new claim: the row's earlier number (at most one) is given up. A row that
        # already holds its number (an offer edited without renumbering) writes nothing.
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
