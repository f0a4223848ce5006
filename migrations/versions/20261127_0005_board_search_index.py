"""board search index

The board's search matches a term anywhere in opportunity titles, account names and
contact names. With LIKE '%term%' every keystroke scanned some 72,000 names; an FTS5
index with the trigram tokenizer finds the rows containing a term of three characters or
more directly (see workbench/store/search_index.py).

One FTS5 table per name, rowid = the source row's rowid, live rows only. Triggers keep it
current on every write path, including raw INSERTs (uow.bulk_insert) and tombstones
(deleted = 1 removes the row from the index). The update triggers fire only when the
name or `deleted` changes, so stage moves and other edits cost nothing extra.

Later migrations: a batch_alter_table on opportunity, account or contact rebuilds the
table, which drops these triggers and may renumber rowids. Such a migration must run
`create_triggers()` and `rebuild()` of this module again afterwards
(tests/services/test_search_index.py checks that the triggers exist at head).

SQLite only: the PostgreSQL sync server doesn't serve the board.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 09:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (FTS table, source table, the indexed text over a source row {r}, the columns it reads)
INDEXED = (
    ("search_opportunity", "opportunity", "{r}.title", "title"),
    ("search_account", "account", "{r}.name", "name"),
    (
        "search_contact",
        "contact",
        "{r}.first_name || ' ' || {r}.last_name",
        "first_name, last_name",
    ),
)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create_triggers() -> None:
    for fts, source, text, columns in INDEXED:
        new, old = text.format(r="new"), text.format(r="old")
        op.execute(
            f"CREATE TRIGGER {source}_search_insert AFTER INSERT ON {source}"
            f" WHEN new.deleted = 0 BEGIN"
            f" INSERT INTO {fts}(rowid, text) VALUES (new.rowid, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {source}_search_update AFTER UPDATE OF {columns}, deleted"
            f" ON {source} WHEN ({old}) IS NOT ({new}) OR old.deleted IS NOT new.deleted BEGIN"
            f" DELETE FROM {fts} WHERE rowid = old.rowid;"
            f" INSERT INTO {fts}(rowid, text) SELECT new.rowid, {new} WHERE new.deleted = 0;"
            f" END"
        )
        op.execute(
            f"CREATE TRIGGER {source}_search_delete AFTER DELETE ON {source} BEGIN"
            f" DELETE FROM {fts} WHERE rowid = old.rowid; END"
        )


def drop_triggers() -> None:
    for _fts, source, _text, _columns in INDEXED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {source}_search_{event}")


def rebuild() -> None:
    """Fill the index from the source tables (after creating it, or after a table rebuild)."""
    for fts, source, text, _columns in INDEXED:
        op.execute(f"DELETE FROM {fts}")
        op.execute(
            f"INSERT INTO {fts}(rowid, text)"
            f" SELECT rowid, {text.format(r=source)} FROM {source} WHERE deleted = 0"
        )


def upgrade() -> None:
    if not _sqlite():
        return
    for fts, _source, _text, _columns in INDEXED:
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(text, tokenize = 'trigram')")
    rebuild()
    create_triggers()


def downgrade() -> None:
    if not _sqlite():
        return
    drop_triggers()
    for fts, _source, _text, _columns in INDEXED:
        op.execute(f"DROP TABLE IF EXISTS {fts}")
