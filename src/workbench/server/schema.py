"""The sync server's tables (SQLAlchemy Core; own Alembic history in server/migrations).

The server does not mirror the app's relational schema: it keeps each synced row as a JSON
document with per-field stamps (`sv_row`), which is what per-field merging needs, and it
lets the server accept rows from app versions whose schema only added columns. Visibility
columns (`kind`, `owner_id`, `team_id`, `deal_id`) are derived from the row on every write
so a pull can filter in SQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# JSONB on PostgreSQL (binary, no re-parsing on read); plain JSON text on SQLite.
Document = JSON().with_variant(JSONB(), "postgresql")
When = DateTime(timezone=True)

team = Table(
    "sv_team",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("created_at", When, nullable=False),
)

user = Table(
    "sv_user",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    # salesperson | manager | admin: what the server lets the user see and change.
    Column("role", String(20), nullable=False),
    Column("team_id", Uuid, ForeignKey("sv_team.id"), nullable=True),
    Column("department", String(80), nullable=False, server_default="Sales"),
    Column("active", Boolean, nullable=False, server_default="1"),
    # Sign-in throttling: consecutive failures and the time before which the next
    # attempt is refused without checking the password.
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    Column("locked_until", When, nullable=True),
    Column("created_at", When, nullable=False),
)

device = Table(
    "sv_device",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("user_id", Uuid, ForeignKey("sv_user.id"), nullable=False, index=True),
    Column("name", String(120), nullable=False, server_default=""),
    # The laptop database's HLC node id: stamps made there end in it.
    Column("node", String(40), nullable=False, server_default=""),
    # Short, team-unique code that prefixes offer numbers made on this device.
    Column("code", String(12), nullable=False, unique=True),
    # sha256 of the bearer token; the token itself is only on the laptop (OS keyring).
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", When, nullable=False),
    Column("expires_at", When, nullable=False),
    Column("revoked_at", When, nullable=True),
    Column("last_sync_at", When, nullable=True),
    Column("app_schema", String(40), nullable=False, server_default=""),
)

# One row: the last sequence number handed out. Pushes lock it for their transaction, so
# sequence order is commit order and a pull never skips a change committed late.
counter = Table(
    "sv_counter",
    metadata,
    Column("name", String(20), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

row = Table(
    "sv_row",
    metadata,
    Column("table_name", String(60), primary_key=True),
    Column("row_id", Uuid, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("data", Document, nullable=False),
    # field -> [stamp, seq, device id, user id] of the value it holds now.
    Column("fields", Document, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default="0"),
    Column("deleted_at", When, nullable=True),
    # company | deal | personal (see server/visibility.py)
    Column("kind", String(12), nullable=False),
    Column("owner_id", Uuid, nullable=True),
    Column("team_id", Uuid, nullable=True),
    Column("deal_id", Uuid, nullable=True),
    Index("ix_sv_row_seq", "seq", unique=True),
    Index("ix_sv_row_deal", "deal_id"),
    Index("ix_sv_row_owner_seq", "owner_id", "seq"),
    Index("ix_sv_row_team_seq", "team_id", "seq"),
    Index("ix_sv_row_kind_seq", "kind", "seq"),
)

# Colleagues who see a deal beyond its owner and the owner's managers: people it is
# shared with and people a task of it is delegated to.
access = Table(
    "sv_access",
    metadata,
    Column("deal_id", Uuid, primary_key=True),
    Column("user_id", Uuid, primary_key=True),
    Index("ix_sv_access_user", "user_id"),
)

# Changes of visibility for one user that the row's own sequence can't express: a row
# that became visible through a share (put) or left their view (remove).
grant = Table(
    "sv_grant",
    metadata,
    Column("user_id", Uuid, primary_key=True),
    Column("table_name", String(60), primary_key=True),
    Column("row_id", Uuid, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("op", String(8), nullable=False),  # put | remove
    Index("ix_sv_grant_user_seq", "user_id", "seq"),
)

# Every change id accepted, with its outcome, so a replayed batch answers the same and
# changes nothing.
change = Table(
    "sv_change",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("device_id", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=True),
    Column("status", String(12), nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("at", When, nullable=False, index=True),
)

# Values that must be unique across the team (offer numbers): claimed on first push; a
# clash gets the pushing device's code appended (docs/sync.md).
unique_value = Table(
    "sv_unique",
    metadata,
    Column("table_name", String(60), primary_key=True),
    Column("field", String(60), primary_key=True),
    Column("value", String(200), primary_key=True),
    Column("row_id", Uuid, nullable=False),
)

server_meta = Table(
    "sv_meta",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)
