"""Local bookkeeping tables: not synced themselves."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.base import Base, UTCDateTime

#: The server sequence this database has pulled up to (services/sync); outbox entries
#: record it as their base.
SYNC_CURSOR_KEY = "sync.cursor"
#: the name the person chose in their profile; shown for them instead of the name of
#: their account on the team server
DISPLAY_NAME_KEY = "profile.name"


class Meta(Base):
    """Key/value facts about this database: its device node id, the current user."""

    __tablename__ = "workbench_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class OutboxEntry(Base):
    """One local change waiting to be pushed to the sync server.

    It names the row and the stamp of the change; the row itself (with its stamp and
    tombstone) is the payload, so an entry stays small and a later change of the same row
    supersedes earlier ones.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    stamp: Mapped[str] = mapped_column(String(40))
    op: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Columns the change set (comma-separated); empty for an insert, which sets them all.
    # Sync merges per field, so a change carries only these.
    fields: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The server sequence this laptop had pulled when the change was made: a colleague's
    # change of the same field after it is a conflict, one before it was seen.
    base: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
