"""slipping index

The slipping-deals report counts the open deals showing each warning sign and lists
those idle longest: an index of the open deals in order of their last progress, holding
the stage, the time it was entered and what the filters and sums read, lets it do both
from the index alone.

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
    "status",
    "deleted",
    "last_progress_at",
    "stage_id",
    "stage_entered_at",
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
