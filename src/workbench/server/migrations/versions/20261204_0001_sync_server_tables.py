"""sync server tables

Revision ID: 0001
Revises:
Create Date: 2026-12-04 18:08:01.004889
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sv_access",
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("deal_id", "user_id", name=op.f("pk_sv_access")),
    )
    op.create_index("ix_sv_access_user", "sv_access", ["user_id"], unique=False)
    op.create_table(
        "sv_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sv_change")),
    )
    op.create_index(op.f("ix_sv_change_at"), "sv_change", ["at"], unique=False)
    op.create_table(
        "sv_counter",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sv_counter")),
    )
    op.create_table(
        "sv_grant",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "table_name", "row_id", name=op.f("pk_sv_grant")),
    )
    op.create_index("ix_sv_grant_user_seq", "sv_grant", ["user_id", "seq"], unique=False)
    op.create_table(
        "sv_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sv_meta")),
    )
    op.create_table(
        "sv_row",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column(
            "data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "fields",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("deal_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sv_row")),
    )
    op.create_index("ix_sv_row_deal", "sv_row", ["deal_id"], unique=False)
    op.create_index("ix_sv_row_kind_seq", "sv_row", ["kind", "seq"], unique=False)
    op.create_index("ix_sv_row_owner_seq", "sv_row", ["owner_id", "seq"], unique=False)
    op.create_index("ix_sv_row_seq", "sv_row", ["seq"], unique=True)
    op.create_index("ix_sv_row_team_seq", "sv_row", ["team_id", "seq"], unique=False)
    op.create_table(
        "sv_unique",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "field", "value", name=op.f("pk_sv_unique")),
    )
    op.create_table(
        "sv_team",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sv_team")),
        sa.UniqueConstraint("name", name=op.f("uq_sv_team_name")),
    )
    op.create_table(
        "sv_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("department", sa.String(length=80), server_default="Sales", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["sv_team.id"], name=op.f("fk_sv_user_team_id_sv_team")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sv_user")),
        sa.UniqueConstraint("name", name=op.f("uq_sv_user_name")),
    )
    op.create_table(
        "sv_device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("node", sa.String(length=40), server_default="", nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("app_schema", sa.String(length=40), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["sv_user.id"], name=op.f("fk_sv_device_user_id_sv_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sv_device")),
        sa.UniqueConstraint("code", name=op.f("uq_sv_device_code")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sv_device_token_hash")),
    )
    op.create_index(op.f("ix_sv_device_user_id"), "sv_device", ["user_id"], unique=False)
    # The sequence starts at 0: the first change pushed gets 1, and a new laptop pulls from 0.
    counter = sa.table(
        "sv_counter", sa.column("name", sa.String), sa.column("value", sa.BigInteger)
    )
    op.bulk_insert(counter, [{"name": "seq", "value": 0}])


def downgrade() -> None:
    op.drop_table("sv_unique")
    op.drop_index(op.f("ix_sv_device_user_id"), table_name="sv_device")
    op.drop_table("sv_device")
    op.drop_table("sv_user")
    op.drop_table("sv_team")
    op.drop_index("ix_sv_row_team_seq", table_name="sv_row")
    op.drop_index("ix_sv_row_seq", table_name="sv_row")
    op.drop_index("ix_sv_row_owner_seq", table_name="sv_row")
    op.drop_index("ix_sv_row_kind_seq", table_name="sv_row")
    op.drop_index("ix_sv_row_deal", table_name="sv_row")
    op.drop_table("sv_row")
    op.drop_table("sv_meta")
    op.drop_index("ix_sv_grant_user_seq", table_name="sv_grant")
    op.drop_table("sv_grant")
    op.drop_table("sv_counter")
    op.drop_index(op.f("ix_sv_change_at"), table_name="sv_change")
    op.drop_table("sv_change")
    op.drop_index("ix_sv_access_user", table_name="sv_access")
    op.drop_table("sv_access")
