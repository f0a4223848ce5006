"""First sign-in of a laptop that already has data: it keeps all of it and uploads it as
the signed-in person's.

Before sign-in the app made its own user for the person at the keyboard (and the demo
made colleagues); the server's user replaces them all: every row they owned is owned by
the server's user (as ordinary changes, so they are pushed), and the local people and
teams go, because people and teams come from the server. A salesperson's local copies
of the team's settings (pipelines, stages, reason lists, products) are not pushed: the
team's own come from the server and, being seeded with the same ids, replace them.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, select

from workbench.domain.enums import Role
from workbench.domain.meta import OutboxEntry
from workbench.domain.people import Team, User
from workbench.domain.reporting import Quota
from workbench.services.sync.apply import sync_writes
from workbench.services.sync.references import references_to
from workbench.services.sync.transport import SyncError
from workbench.store.db import Database
from workbench.sync.tables import MANAGER_SET, SERVER_MANAGED, TEAM_SETTINGS
from workbench.texts import fill, translate


class OtherPerson(SyncError):
    exit_code = 2


def check_same_person(db: Database, server: str, user_id: str) -> None:
    """A database synced as one person can't become another's: their data would be
    pushed as someone else's."""
    known_server = db.get_meta("sync.server")
    known_user = db.get_meta("sync.user_id")
    if known_user is None:
        return
    if known_server != server or known_user != user_id:
        name = db.get_meta("sync.user_name") or translate("Sync", "another person")
        taken = translate(
            "Sync",
            "This database is synced as %1 with %2. Sign in as %1 there, or use a new "
            "database for another account (workbench --db NEW.sqlite).",
        )
        raise OtherPerson(fill(taken, name, known_server))


def adopt(db: Database, server: str, who: dict[str, Any], answer: dict[str, Any]) -> None:
    me = uuid.UUID(str(who["id"]))
    if db.get_meta("sync.user_id") is None:
        _make_mine(db, me, who)
    values = {
        "sync.server": server,
        "sync.user_id": str(me),
        "sync.user_name": str(who["name"]),
        "sync.role": str(who["role"]),
        "sync.team": str(who.get("team_name") or ""),
        "sync.device_id": str(answer["device_id"]),
        "sync.device_code": str(answer["device_code"]),
        "sync.server.signed_out": "0",
        "current_user_id": str(me),
    }
    for key, value in values.items():
        db.set_meta(key, value)
    # The window's idea of who is at the keyboard (Today, "mine" on the board) follows.
    db.notify(frozenset({"workbench_meta"}))


def _make_mine(db: Database, me: uuid.UUID, who: dict[str, Any]) -> None:
    with db.read() as s:
        local_people = [i for i in s.scalars(select(User.id)) if i != me]
        present = s.get(User, me) is not None
    if not present:
        with sync_writes(db) as (conn, changed):
            conn.execute(
                User.__table__.insert().values(  # type: ignore[attr-defined]
                    id=me,
                    name=str(who["name"]),
                    role=Role.MANAGER if who["role"] == "manager" else Role.ACCOUNT_EXECUTIVE,
                    department=str(who.get("department") or "Sales"),
                    email="",
                    phone="",
                    team_id=None,
                    active=True,
                    stamp="",
                    deleted=False,
                    created_at=_now(),
                    updated_at=_now(),
                )
            )
            changed.add("user")
    if local_people:
        with sync_writes(db) as (conn, changed):
            # Quotas are per person and month: remapped, several people's quotas would
            # pile up on one. Set before there was a team, they never left this laptop.
            quotas = select(Quota.id).where(Quota.user_id.in_(local_people))
            conn.execute(delete(OutboxEntry).where(OutboxEntry.row_id.in_(quotas)))
            conn.execute(delete(Quota).where(Quota.user_id.in_(local_people)))
        with db.unit_of_work() as uow:
            for model, column in references_to("user", skip=SERVER_MANAGED):
                uow.bulk_update(model, column.in_(local_people), {column.key: me})
    skipped = set(SERVER_MANAGED)
    if who["role"] == "salesperson":
        skipped |= TEAM_SETTINGS | MANAGER_SET
    with sync_writes(db) as (conn, changed):
        conn.execute(delete(OutboxEntry).where(OutboxEntry.table_name.in_(sorted(skipped))))
        if local_people:
            conn.execute(delete(User).where(User.id.in_(local_people)))
        conn.execute(delete(Team))
        changed.update({"user", "team"})


def _now() -> Any:
    from workbench.domain.base import utcnow

    return utcnow()


def upload_preview(db: Database) -> list[tuple[str, int]]:
    """What a first sign-in will upload from this laptop: (table, records) per kind of
    record, in the order a person reads them (nothing when the laptop synced before, or
    holds only the seeded settings). The window words them in the person's language."""
    if db.get_meta("sync.user_id") is not None:
        return []
    from sqlalchemy import func

    tables = ("opportunity", "account", "contact", "lead", "activity", "task", "offer")
    with db.read() as s:
        counts = dict(
            s.execute(
                select(OutboxEntry.table_name, func.count(func.distinct(OutboxEntry.row_id)))
                .where(OutboxEntry.table_name.in_(tables))
                .group_by(OutboxEntry.table_name)
            ).all()
        )
    return [(t, int(counts[t])) for t in tables if counts.get(t)]
