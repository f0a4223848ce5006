"""What sync keeps on the laptop beside the data: conflicts it reports and changes the
server refused."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.base import Base, Synced, UTCDateTime


class SyncConflict(Synced, Base):
    """A field whose value lost to a colleague's later change, kept so the person whose
    value it was can see it and restore it.

    Made by the server (never by the app) and synced only to that person; "keep theirs"
    and "restore mine" mark it resolved, and "restore mine" also writes the value again
    as a new change.
    """

    __tablename__ = "sync_conflict"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)  # whose value lost
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60))
    # JSON of the values as they travel (sync/codec.py).
    lost_value: Mapped[str] = mapped_column(Text, default="null")
    kept_value: Mapped[str] = mapped_column(Text, default="null")
    winner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    winner_name: Mapped[str] = mapped_column(String(120), default="")
    lost_at: Mapped[str] = mapped_column(String(40), default="")  # HLC stamps
    kept_at: Mapped[str] = mapped_column(String(40), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class RefusedChange(Base):
    """A local change the server refused (not allowed for the role, invalid there). The
    values stay here, so nothing typed is lost, while the row shows the team's state."""

    __tablename__ = "sync_refused"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # the change id
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    values: Mapped[str] = mapped_column(Text)  # JSON: field -> [value, stamp]
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncFailure(Base):
    """A pending change the server could not take this time (its own error): retried
    with back-off; it never holds back the changes behind it."""

    __tablename__ = "sync_failure"

    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    retry_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
