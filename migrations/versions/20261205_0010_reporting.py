"""reporting

What the manager reports need: exchange rates the company sets, quotas per rep and month,
the forecast category (on the stage, overridable per deal), and the new value of a deal's
amount, close date, owner and forecast category on its history events. Columns are added
in place (no rebuild of opportunity, whose search triggers stay as they are).

Deals created before this version have a `created` event without values: it takes the
deal's current ones, the best record there is of what they were.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 03:26:24.989585
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import workbench.domain.base

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", workbench.domain.base.UTCDateTime(timezone=True), nullable=False),
    ]


def _category(**kw: object) -> sa.Column:
    kind = sa.Enum(
        "pipeline", "best_case", "commit", "omitted",
        name="forecastcategory", native_enum=False, length=24,
    )
    return sa.Column("forecast_category", kind, **kw)  # type: ignore[arg-type]


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", workbench.domain.base.ExactDecimal(length=40), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
    )
    op.create_index(op.f("ix_exchange_rate_currency"), "exchange_rate", ["currency"])
    op.create_index(op.f("ix_exchange_rate_stamp"), "exchange_rate", ["stamp"])
    op.create_table(
        "quota",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name=op.f("fk_quota_user_id_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quota")),
    )
    op.create_index(op.f("ix_quota_stamp"), "quota", ["stamp"])
    op.create_index(op.f("ix_quota_user_id"), "quota", ["user_id"])

    op.add_column("opportunity", _category(nullable=True))
    op.add_column("stage", _category(server_default="pipeline", nullable=False))
    op.execute(
        "UPDATE stage SET forecast_category = CASE WHEN probability >= 75 THEN 'commit' "
        "WHEN probability >= 40 THEN 'best_case' ELSE 'pipeline' END"
    )
    op.add_column("opportunity_event", sa.Column("amount_minor", sa.BigInteger(), nullable=True))
    op.add_column("opportunity_event", sa.Column("currency", sa.String(length=3), nullable=True))
    op.add_column("opportunity_event", sa.Column("expected_close", sa.Date(), nullable=True))
    # ADD COLUMN with its reference in one statement: Alembic would add the constraint
    # separately, which SQLite only does by rebuilding the table.
    op.execute(
        "ALTER TABLE opportunity_event ADD COLUMN owner_id CHAR(32) "
        "CONSTRAINT fk_opportunity_event_owner_id_user REFERENCES user (id)"
    )
    op.add_column("opportunity_event", _category(nullable=True))
    op.create_index(
        "ix_opportunity_event_history", "opportunity_event", ["opportunity_id", "kind", "at"]
    )
    op.create_index("ix_opportunity_event_period", "opportunity_event", ["at", "kind"])
    op.create_index("ix_opportunity_created", "opportunity", ["created_at"])
    op.create_index("ix_opportunity_closed", "opportunity", ["closed_at"])
    op.execute(
        "UPDATE opportunity_event SET (amount_minor, currency, expected_close, owner_id) = "
        "(SELECT o.amount_minor, o.currency, o.expected_close, o.owner_id FROM opportunity o "
        "WHERE o.id = opportunity_event.opportunity_id) WHERE kind = 'created'"
    )


def downgrade() -> None:
    op.drop_index("ix_opportunity_closed", "opportunity")
    op.drop_index("ix_opportunity_created", "opportunity")
    op.drop_index("ix_opportunity_event_period", "opportunity_event")
    op.drop_index("ix_opportunity_event_history", "opportunity_event")
    # The owner's foreign key keeps SQLite from dropping the columns in place; the event
    # table has no triggers, so a batch rebuild is safe here.
    with op.batch_alter_table("opportunity_event") as batch_op:
        for column in ("forecast_category", "owner_id", "expected_close", "currency"):
            batch_op.drop_column(column)
        batch_op.drop_column("amount_minor")
    op.drop_column("stage", "forecast_category")
    op.drop_column("opportunity", "forecast_category")
    op.drop_index(op.f("ix_quota_user_id"), "quota")
    op.drop_index(op.f("ix_quota_stamp"), "quota")
    op.drop_table("quota")
    op.drop_index(op.f("ix_exchange_rate_stamp"), "exchange_rate")
    op.drop_index(op.f("ix_exchange_rate_currency"), "exchange_rate")
    op.drop_table("exchange_rate")
