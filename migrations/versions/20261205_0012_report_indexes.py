"""report indexes

Indexes the manager reports read instead of the tables: the activity report counts a
period's activities, tasks and contacted leads per person and week from them alone, and
the funnels and slipping deals read the deals' stage events from the two event indexes,
which now also hold the columns those reports select.

Revision ID: 0012_report_indexes
Revises: 0011_folded_search
Create Date: 2026-12-05 12:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_report_indexes"
down_revision: str | None = "0011_folded_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = {
    "ix_activity_report": (
        "activity",
        ["started_at", "status", "deleted", "user_id", "kind", "outcome"],
    ),
    "ix_task_report_done": ("task", ["done_at", "deleted", "assignee_id"]),
    "ix_task_report_due": ("task", ["due_at", "done_at", "deleted", "assignee_id"]),
    "ix_lead_report_contacted": (
        "lead",
        ["first_contacted_at", "deleted", "owner_id", "source", "received_at"],
    ),
}
_WIDENED = {
    "ix_opportunity_event_history": (
        ["opportunity_id", "kind", "at"],
        ["opportunity_id", "kind", "at", "deleted", "to_stage_id", "user_id"],
    ),
    "ix_opportunity_event_period": (
        ["at", "kind"],
        ["at", "kind", "deleted", "opportunity_id", "to_stage_id"],
    ),
}


def upgrade() -> None:
    for name, (table, columns) in _NEW.items():
        op.create_index(name, table, columns)
    for name, (_before, after) in _WIDENED.items():
        op.drop_index(name, table_name="opportunity_event")
        op.create_index(name, "opportunity_event", after)


def downgrade() -> None:
    for name, (before, _after) in _WIDENED.items():
        op.drop_index(name, table_name="opportunity_event")
        op.create_index(name, "opportunity_event", before)
    for name, (table, _columns) in _NEW.items():
        op.drop_index(name, table_name=table)
