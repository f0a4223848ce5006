"""folded search

Searches ignored ASCII case only: "muller" didn't find "Müller", nor "garcia" "García".
The board's search text (0006) and the full-text index (0005) now hold names folded by
domain/folding.fold (lower case, accents off, ß -> ss, ø -> o, ł -> l), the SQL function
`workbench_fold` that store/db.connect registers on every connection, and the typed term
is folded by the same function. This replaces the triggers of 0005 and 0006 with folding
ones and folds the stored text again.

A later migration that rebuilds opportunity, account or contact, or changes the fold,
must run `create_triggers()` and `refill()` of this module again.

SQLite only, like 0005 and 0006.

Revision ID: 0011_folded_search
Revises: 0010
Create Date: 2026-12-05 12:30:00
"""

from collections.abc import Sequence

from alembic import op

# The index's definitions and its refill are the store's, which also refills it after a
# bulk write (store/bulk_load.py); the SQL is the same as when this migration was written.
from workbench.store.search_index import (
    INDEXED,
    TEXT_OF,
    TRIGGERS,
    Wrap,
    folded,
    refill_statements,
)

revision: str = "0011_folded_search"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _plain(expr: str) -> str:
    return expr


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _index_triggers(wrap: Wrap) -> None:
    for fts, source, text, columns in INDEXED:
        new, old = text.format(r="new"), text.format(r="old")
        op.execute(
            f"CREATE TRIGGER {source}_search_insert AFTER INSERT ON {source}"
            f" WHEN new.deleted = 0 BEGIN"
            f" INSERT INTO {fts}(rowid, text) VALUES (new.rowid, {wrap(new)}); END"
        )
        op.execute(
            f"CREATE TRIGGER {source}_search_update AFTER UPDATE OF {columns}, deleted"
            f" ON {source} WHEN ({old}) IS NOT ({new}) OR old.deleted IS NOT new.deleted BEGIN"
            f" DELETE FROM {fts} WHERE rowid = old.rowid;"
            f" INSERT INTO {fts}(rowid, text) SELECT new.rowid, {wrap(new)}"
            f" WHERE new.deleted = 0; END"
        )
        op.execute(
            f"CREATE TRIGGER {source}_search_delete AFTER DELETE ON {source} BEGIN"
            f" DELETE FROM {fts} WHERE rowid = old.rowid; END"
        )


def _text_triggers(wrap: Wrap) -> None:
    mine = wrap(TEXT_OF.format(r="opportunity"))
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


def _drop_triggers() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _refill(wrap: Wrap) -> None:
    for statement in refill_statements(wrap):
        op.execute(statement)


def create_triggers() -> None:
    _drop_triggers()
    _index_triggers(folded)
    _text_triggers(folded)


def refill() -> None:
    _refill(folded)


def upgrade() -> None:
    if _sqlite():
        create_triggers()
        refill()


def downgrade() -> None:
    if _sqlite():
        _drop_triggers()
        _index_triggers(_plain)
        _text_triggers(_plain)
        _refill(_plain)
