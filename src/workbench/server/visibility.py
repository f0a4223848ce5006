"""Who sees which row, and who may change it (docs/sync.md, "Who sees what").

Every synced row gets a scope when it is written: `company` rows (the team's settings,
people, customers) are seen by everyone; `deal` rows (a deal and what hangs off it: its
shares, history, tasks, calls, offers) by the deal's owner, the managers of the owner's
team, and the colleagues it is shared with or has a task delegated to (`sv_access`);
`personal` rows (a lead, a task or call outside any deal, a conflict record) by their
owner and the managers of the owner's team; `private` rows (a conflict record) by their
owner only. Admins see everything but others' private rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, false, or_, select

from workbench.server import schema
from workbench.server.identity import Caller
from workbench.sync.tables import COMPANY_TABLES, MANAGER_SET, SERVER_MANAGED, TEAM_SETTINGS

#: What a person may change on their own user row.
OWN_PROFILE_FIELDS = frozenset({"name", "email", "phone", "updated_at"})
#: Rows belonging to a deal, and the column naming it.
DEAL_COLUMN = {
    "opportunity": "id",
    "opportunity_share": "opportunity_id",
    "opportunity_event": "opportunity_id",
    "task": "opportunity_id",
    "activity": "opportunity_id",
    "offer": "opportunity_id",
}
#: Rows whose scope is their parent's.
PARENT = {"offer_version": ("offer", "offer_id"), "offer_line": ("offer_version", "version_id")}
#: The column naming the owner of a row outside a deal.
OWNER_COLUMN = {
    "opportunity": "owner_id",
    "lead": "owner_id",
    "task": "assignee_id",
    "activity": "user_id",
    "offer": "owner_id",
    "sync_conflict": "user_id",
    "quota": "user_id",
}
#: Rows whose changes decide who else sees a deal.
ACCESS_TABLES = frozenset({"opportunity_share", "task"})


@dataclass(frozen=True)
class Scope:
    kind: str  # company | deal | personal
    owner_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    deal_id: uuid.UUID | None = None


COMPANY = Scope("company")


class ScopeResolver:
    """Computes rows' scopes during one push, caching the people and deals it looks up."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._teams: dict[uuid.UUID, uuid.UUID | None] = {}
        self._scopes: dict[tuple[str, uuid.UUID], Scope | None] = {}

    def team_of(self, user_id: uuid.UUID | None) -> uuid.UUID | None:
        if user_id is None:
            return None
        if user_id not in self._teams:
            self._teams[user_id] = self.conn.scalar(
                select(schema.user.c.team_id).where(schema.user.c.id == user_id)
            )
        return self._teams[user_id]

    def stored(self, table: str, row_id: uuid.UUID) -> Scope | None:
        key = (table, row_id)
        if key not in self._scopes:
            r = self.conn.execute(
                select(
                    schema.row.c.kind,
                    schema.row.c.owner_id,
                    schema.row.c.team_id,
                    schema.row.c.deal_id,
                ).where(schema.row.c.table_name == table, schema.row.c.row_id == row_id)
            ).first()
            self._scopes[key] = Scope(*r) if r is not None else None
        return self._scopes[key]

    def remember(self, table: str, row_id: uuid.UUID, scope: Scope) -> None:
        self._scopes[(table, row_id)] = scope

    def scope(self, table: str, row_id: uuid.UUID, data: dict[str, Any], caller: Caller) -> Scope:
        if table in COMPANY_TABLES:
            return COMPANY
        if table in PARENT:
            parent_table, column = PARENT[table]
            parent = _id(data.get(column))
            found = self.stored(parent_table, parent) if parent else None
            return found or self._personal(caller.user_id)
        deal_column = DEAL_COLUMN.get(table)
        deal = _id(data.get(deal_column)) if deal_column else None
        if table == "opportunity":
            deal_owner = _id(data.get("owner_id")) or caller.user_id
            return Scope("deal", deal_owner, self.team_of(deal_owner), row_id)
        if deal is not None:
            found = self.stored("opportunity", deal)
            if found is not None:
                return Scope("deal", found.owner_id, found.team_id, deal)
            return Scope("deal", caller.user_id, self.team_of(caller.user_id), deal)
        owner_column = OWNER_COLUMN.get(table)
        owner: uuid.UUID | None = _id(data.get(owner_column)) if owner_column else None
        if owner is None and table == "lead":
            return COMPANY  # the team's pool of unassigned leads
        if table == "sync_conflict":
            return Scope("private", owner)
        return self._personal(owner or caller.user_id)

    def _personal(self, owner: uuid.UUID) -> Scope:
        return Scope("personal", owner, self.team_of(owner))


def _id(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def visible_clause(caller: Caller) -> ColumnElement[bool]:
    """The SQL condition on sv_row for the rows `caller` may see."""
    r = schema.row.c
    shared = r.deal_id.in_(
        select(schema.access.c.deal_id).where(schema.access.c.user_id == caller.user_id)
    )
    team = (
        and_(r.team_id == caller.team_id, r.kind.in_(("deal", "personal")))
        if caller.is_manager and caller.team_id is not None
        else false()
    )
    if caller.is_admin:
        return or_(r.kind != "private", r.owner_id == caller.user_id)
    return or_(
        r.kind == "company",
        r.owner_id == caller.user_id,
        team,
        and_(r.kind == "deal", shared),
    )


def can_see(conn: Connection, caller: Caller, table: str, row_id: uuid.UUID) -> bool:
    r = schema.row.c
    return (
        conn.scalar(
            select(r.seq).where(r.table_name == table, r.row_id == row_id, visible_clause(caller))
        )
        is not None
    )


def audience(conn: Connection, scope: Scope) -> set[uuid.UUID] | None:
    """The people who see rows of `scope` (None: everyone), admins left out since they
    never lose sight of a row."""
    if scope.kind == "company":
        return None
    if scope.kind == "private":
        return {scope.owner_id} if scope.owner_id else set()
    people: set[uuid.UUID] = set()
    if scope.owner_id is not None:
        people.add(scope.owner_id)
    if scope.team_id is not None:
        u = schema.user.c
        people.update(
            conn.scalars(select(u.id).where(u.team_id == scope.team_id, u.role == "manager"))
        )
    if scope.kind == "deal" and scope.deal_id is not None:
        a = schema.access.c
        people.update(conn.scalars(select(a.user_id).where(a.deal_id == scope.deal_id)))
    return people


def everyone(conn: Connection) -> set[uuid.UUID]:
    u = schema.user.c
    return set(conn.scalars(select(u.id).where(u.role != "admin")))


def change_refusal(
    caller: Caller, table: str, fields: set[str], exists: bool, visible: bool
) -> str | None:
    """Why `caller` may not make this change, or None when they may."""
    if table in SERVER_MANAGED:
        if caller.is_admin:
            return None
        if table == "user" and exists and fields <= OWN_PROFILE_FIELDS and visible:
            return None
        return (
            "People and teams are set up on the team's server by its administrator; "
            "ask them to make this change."
        )
    if table in TEAM_SETTINGS and not caller.is_manager:
        return (
            "Pipelines, stages, checklists, reason lists, products, price lists and exchange "
            "rates are the team's settings: only a manager or an administrator can change them."
        )
    if table in MANAGER_SET and not caller.is_manager:
        return "Quotas are set by a manager; ask yours to change this one."
    if table == "sync_conflict" and not (exists and fields <= {"resolved", "updated_at"}):
        return "Conflict records are made by the server; only marking one resolved is synced."
    if exists and not visible:
        return (
            "This record is no longer shared with you (reassigned or unshared), so your "
            "change could not be applied; it is kept on your laptop."
        )
    return None
