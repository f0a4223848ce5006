"""slipping index

The slipping-deals report counts the open deals showing each warning sign (in a stage too
long, idle too long) per currency: an index holding the time each deal entered its stage,
its last progress and what the filters and sums read lets it count from the index alone.
It leads with the stage's entry time, which no other query narrows by, so SQLite (which
keeps no statistics) never prefers it to the indexes other queries narrow by.

Revision ID: 0014_slipping_index
Revises: 0012_report_indexes
Create Date: 2026-12-05 23:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_slipping_index"
down_revision: str | None = "0012_report_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = [
    "stage_entered_at",
    "last_progress_at",
    "stage_id",
    "status",
    "deleted",
    "currency",
    "amount_minor",
    "owner_id",
    "pipeline_id",
    "source_lead_id",
    "id",
]


def upgrade() -> None:
    op.create_index("ix_opportunity_slipping", "opportunity", _COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_opportunity_slipping", table_name="opportunity")
