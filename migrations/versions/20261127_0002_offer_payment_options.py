"""offer payment options, add-ons and line cost

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 08:29:48.499663
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import workbench.domain.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("offer_line", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unit_cost", workbench.domain.base.ExactDecimal(length=40), nullable=True)
        )

    with op.batch_alter_table("offer_version", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("payment_options", sa.Text(), server_default="[]", nullable=False)
        )
        batch_op.add_column(sa.Column("add_ons", sa.Text(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("offer_version", schema=None) as batch_op:
        batch_op.drop_column("add_ons")
        batch_op.drop_column("payment_options")

    with op.batch_alter_table("offer_line", schema=None) as batch_op:
        batch_op.drop_column("unit_cost")
