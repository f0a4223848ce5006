"""What the server knows about teams, users and devices, as read from its tables."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, RowMapping, Select, select

from workbench.server import schema
from workbench.server.identity import ServerRole


@dataclass(frozen=True)
class TeamRecord:
    id: uuid.UUID
    name: str
    created_at: datetime


@dataclass(frozen=True)
class UserRecord:
    id: uuid.UUID
    name: str
    role: ServerRole
    team_id: uuid.UUID | None
    team_name: str | None
    department: str
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class DeviceRecord:
    id: uuid.UUID
    user_id: uuid.UUID
    user_name: str
    name: str
    code: str
    node: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    last_sync_at: datetime | None
    app_schema: str

    def state(self, now: datetime) -> str:
        """active | expired | revoked"""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.expires_at <= now else "active"


@dataclass(frozen=True)
class SignIn:
    token: str
    device: DeviceRecord
    user: UserRecord


def aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def maybe(value: datetime | None) -> datetime | None:
    return None if value is None else aware(value)


def user_query() -> Select[Any]:
    u, t = schema.user, schema.team
    return select(u, t.c.name.label("team_name")).select_from(u.outerjoin(t, u.c.team_id == t.c.id))


def user_record(r: RowMapping) -> UserRecord:
    return UserRecord(
        id=r["id"],
        name=r["name"],
        role=cast(ServerRole, r["role"]),
        team_id=r["team_id"],
        team_name=r["team_name"],
        department=r["department"],
        active=bool(r["active"]),
        created_at=aware(r["created_at"]),
    )


def user_by(conn: Connection, where: ColumnElement[bool]) -> UserRecord | None:
    row = conn.execute(user_query().where(where)).mappings().first()
    return None if row is None else user_record(row)


def device_query() -> Select[Any]:
    d, u = schema.device, schema.user
    return select(d, u.c.name.label("user_name")).select_from(d.join(u, d.c.user_id == u.c.id))


def device_record(r: RowMapping) -> DeviceRecord:
    return DeviceRecord(
        id=r["id"],
        user_id=r["user_id"],
        user_name=r["user_name"],
        name=r["name"],
        code=r["code"],
        node=r["node"],
        created_at=aware(r["created_at"]),
        expires_at=aware(r["expires_at"]),
        revoked_at=maybe(r["revoked_at"]),
        last_sync_at=maybe(r["last_sync_at"]),
        app_schema=r["app_schema"],
    )
