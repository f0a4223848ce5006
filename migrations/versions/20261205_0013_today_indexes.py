"""today indexes

Today, the screen every start opens on, reads one person's open tasks in the order they
are due and their planned meetings of the last 30 days. Without these indexes both read
everything the person ever had (10,000 open tasks and 180,000 activities for the busiest
person of the 100,000-deal demo) to keep a few hundred rows.

Revision ID: 0013
Revises: 0012_report_indexes
Create Date: 2026-12-06 00:04:32
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012_report_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = {
    "ix_activity_planned": ("activity", ["user_id", "status", "deleted", "started_at"]),
    "ix_task_assignee_open": ("task", ["assignee_id", "done_at", "deleted", "due_at"]),
}


def upgrade() -> None:
    for name, (table, columns) in _NEW.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in _NEW.items():
        op.drop_index(name, table_name=table)
