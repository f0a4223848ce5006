"""One push transaction's working set: the rows it reads and writes, the sequence numbers
it hands out, and what the caller may see (docs/sync.md, "Who sees what")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from workbench.server import schema
from workbench.server.identity import Caller
from workbench.server.row_store import RowState
from workbench.server.visibility import Scope, ScopeResolver
from workbench.store.hlc import HybridLogicalClock


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


def visible_now(batch: Batch, state: RowState) -> bool:
    """visibility.visible_clause, evaluated on the row's scope in hand."""
    caller, scope = batch.caller, state.scope
    if scope.kind == "private":
        return scope.owner_id == caller.user_id
    if scope.kind == "company" or caller.is_admin or scope.owner_id == caller.user_id:
        return True
    if caller.is_manager and caller.team_id is not None and scope.team_id == caller.team_id:
        return True
    return scope.kind == "deal" and scope.deal_id in batch.shared_deals()
