"""board search text

A search of one or two letters matches most deals, so the trigram index can't help and
every keystroke tested each open deal's title, then looked its account and contact up in
the sets of matching names: 75-110 ms for a letter on the 100,000-deal demo. Each deal
now carries the text the board searches (title, live account name, live contact
"first last", joined by a separator no one types), kept current by triggers on all three
tables, and two indexes hold it: the board index (which pages and filters) instead of
the title alone, and a narrow one beside the totals index for a search's header figures.
A letter's figures then come from one index scan (about 10 ms).

Like the FTS triggers of 0005, a later migration that rebuilds opportunity, account or
contact must run `create_triggers()` and `refill()` of this module again.

SQLite only (the triggers); on PostgreSQL the column exists and stays empty.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The unit separator (U+001F) between the names: a term can't match across two of them.
TEXT_OF = (
    "{r}.title || char(31) || coalesce((SELECT a.name FROM account a"
    " WHERE a.id = {r}.account_id AND a.deleted = 0), '') || char(31) ||"
    " coalesce((SELECT c.first_name || ' ' || c.last_name FROM contact c"
    " WHERE c.id = {r}.contact_id AND c.deleted = 0), '')"
)

BOARD_BEFORE = [
    "stage_id",
    "status",
    "deleted",
    "expected_close",
    "id",
    "currency",
    "amount_minor",
    "owner_id",
    "last_progress_at",
    "account_id",
    "contact_id",
]


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_triggers() -> None:
    mine = TEXT_OF.format(r="opportunity")
    op.execute(
        "CREATE TRIGGER opportunity_search_text_insert AFTER INSERT ON opportunity BEGIN"
        f" UPDATE opportunity SET search_text = {mine} WHERE rowid = new.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER opportunity_search_text_update"
        " AFTER UPDATE OF title, account_id, contact_id ON opportunity BEGIN"
        f" UPDATE opportunity SET search_text = {mine} WHERE rowid = new.rowid; END"
    )
    for source, columns, ref in (
        ("account", "name, deleted", "account_id"),
        ("contact", "first_name, last_name, deleted", "contact_id"),
    ):
        op.execute(
            f"CREATE TRIGGER {source}_search_text_update AFTER UPDATE OF {columns} ON {source}"
            f" BEGIN UPDATE opportunity SET search_text = {mine}"
            f" WHERE opportunity.{ref} = new.id; END"
        )


def drop_triggers() -> None:
    for name in (
        "opportunity_search_text_insert",
        "opportunity_search_text_update",
        "account_search_text_update",
        "contact_search_text_update",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def refill() -> None:
    op.execute(f"UPDATE opportunity SET search_text = {TEXT_OF.format(r='opportunity')}")


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch rebuild: that would drop the triggers of 0005.
    op.add_column(
        "opportunity", sa.Column("search_text", sa.Text(), server_default="", nullable=False)
    )
    op.drop_index("ix_opportunity_board", table_name="opportunity")
    op.create_index("ix_opportunity_board", "opportunity", [*BOARD_BEFORE, "search_text"])
    op.create_index(
        "ix_opportunity_board_search",
        "opportunity",
        ["stage_id", "status", "deleted", "currency", "amount_minor", "search_text"],
    )
    if _sqlite():
        refill()
        create_triggers()


def downgrade() -> None:
    if _sqlite():
        drop_triggers()
    op.drop_index("ix_opportunity_board_search", table_name="opportunity")
    op.drop_index("ix_opportunity_board", table_name="opportunity")
    op.create_index("ix_opportunity_board", "opportunity", [*BOARD_BEFORE, "title"])
    # Not a batch rebuild: dropping the old table would cascade through the foreign keys
    # of everything that references a deal (SQLite has had DROP COLUMN since 3.35).
    op.execute("ALTER TABLE opportunity DROP COLUMN search_text")
