"""Settings the whole team shares (the company profile, working days): synced rows, one
per key, changed by a manager on any laptop and received by everyone."""

from __future__ import annotations

import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.base import Base, Synced

_NS = uuid.UUID("7d1b2f0e-3c4a-4e5b-9f61-2a8c0d9e4b17")


def setting_id(key: str) -> uuid.UUID:
    """The same key has the same id on every laptop, so two laptops setting it offline
    change one row (merged like any field), never make two."""
    return uuid.uuid5(_NS, key)


class TeamSetting(Synced, Base):
    __tablename__ = "team_setting"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")
