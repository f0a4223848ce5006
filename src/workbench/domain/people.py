from __future__ import annotations

import uuid

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.base import Base, Synced
from workbench.domain.enums import Role
from workbench.domain.types import enum_column, fk


class Team(Synced, Base):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(120))
    manager_id: Mapped[uuid.UUID | None] = fk("user.id", use_alter=True)


class User(Synced, Base):
    __tablename__ = "user"

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    role: Mapped[Role] = enum_column(Role, default=Role.ACCOUNT_EXECUTIVE)
    department: Mapped[str] = mapped_column(String(80), default="Sales")
    team_id: Mapped[uuid.UUID | None] = fk("team.id")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    team: Mapped[Team | None] = relationship(foreign_keys=[team_id])

    @property
    def initials(self) -> str:
        return initials(self.name)


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()
