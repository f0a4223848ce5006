"""slipping and history indexes

The slipping-deals report counts the open deals showing each warning sign (in a stage too
long, idle too long) per currency: an index holding the time each deal entered its stage,
its last progress and what the filters and sums read lets it count from the index alone.
It leads with the stage's entry time, which no other query narrows by, so SQLite (which
keeps no statistics) never prefers it to the indexes other queries narrow by.

The deals' history index also holds the event's id, which orders events of the same
instant, and the close date a move set: who closed a deal (its latest result) and the
close-date moves slipping deals weigh are read from the index, not the table.

Revision ID: 0014_report_history_indexes
Revises: 0013
Create Date: 2026-12-05 23:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_report_history_indexes"
down_revision: str | None = "0013"
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


_HISTORY = "ix_opportunity_event_history"
_HISTORY_BEFORE = ["opportunity_id", "kind", "at", "deleted", "to_stage_id", "user_id"]
_HISTORY_AFTER = [
    "opportunity_id",
    "kind",
    "at",
    "id",
    "deleted",
    "to_stage_id",
    "user_id",
    "expected_close",
]


def upgrade() -> None:
    op.create_index("ix_opportunity_slipping", "opportunity", _COLUMNS)
    op.drop_index(_HISTORY, table_name="opportunity_event")
    op.create_index(_HISTORY, "opportunity_event", _HISTORY_AFTER)


def downgrade() -> None:
    op.drop_index(_HISTORY, table_name="opportunity_event")
    op.create_index(_HISTORY, "opportunity_event", _HISTORY_BEFORE)
    op.drop_index("ix_opportunity_slipping", table_name="opportunity")
