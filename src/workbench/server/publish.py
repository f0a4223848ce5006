"""People and teams made by the admin commands, published to every laptop as synced
`team` and `user` rows (the app shows owners' names from them)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from workbench.server import schema
from workbench.server.records import TeamRecord, UserRecord
from workbench.server.row_store import SERVER_DEVICE, RowState, upsert_rows
from workbench.server.visibility import COMPANY
from workbench.store.hlc import HybridLogicalClock

# The app's job titles for the server's roles (the app's Role enum).
_APP_ROLE = {"salesperson": "account_executive", "manager": "manager", "admin": "manager"}


def publish_team(conn: Connection, team_id: uuid.UUID, name: str) -> None:
    _publish(conn, "team", team_id, {"name": name, "manager_id": None})


def publish_user(
    conn: Connection,
    user_id: uuid.UUID,
    *,
    name: str,
    role: str,
    team_id: uuid.UUID | None,
    department: str,
    active: bool = True,
) -> None:
    _publish(
        conn,
        "user",
        user_id,
        {
            "name": name,
            "role": _APP_ROLE.get(role, "account_executive"),
            "department": department,
            "team_id": str(team_id) if team_id else None,
            "active": active,
        },
    )


def _publish(conn: Connection, table: str, row_id: uuid.UUID, values: dict[str, Any]) -> None:
    c = schema.counter.c
    seq = (
        int(conn.execute(select(c.value).where(c.name == "seq").with_for_update()).scalar_one()) + 1
    )
    conn.execute(update(schema.counter).where(c.name == "seq").values(value=seq))
    r = schema.row.c
    found = conn.execute(
        select(r.data, r.fields).where(r.table_name == table, r.row_id == row_id)
    ).first()
    now = datetime.now(UTC).isoformat()
    data = dict(found.data) if found else {"email": "", "phone": "", "created_at": now}
    fields = dict(found.fields) if found else {}
    stamp = HybridLogicalClock(SERVER_DEVICE).now()
    data.update(values, id=str(row_id), deleted=False, updated_at=now, stamp=stamp)
    for name in data:
        if name not in ("id", "stamp") and (name in values or name not in fields):
            fields[name] = [stamp, seq, SERVER_DEVICE, None]
    fields["updated_at"] = [stamp, seq, SERVER_DEVICE, None]
    upsert_rows(conn, [RowState(table, row_id, data, fields, COMPANY, bool(found), seq=seq)])


def team_created(conn: Connection, team: TeamRecord) -> None:
    publish_team(conn, team.id, team.name)


def user_created(conn: Connection, user: UserRecord) -> None:
    publish_user(
        conn,
        user.id,
        name=user.name,
        role=user.role,
        team_id=user.team_id,
        department=user.department,
        active=user.active,
    )
