"""The full-text index over the names the board searches (SQLite FTS5, trigram tokenizer).

Migration 0005 creates one FTS5 table per searched name: opportunity titles, account
names and contact names ("first last"). Each index row has the rowid of its source row
and holds live rows only (deleted = 0), the name folded for search (domain/folding.py,
since migration 0011, whose triggers are the current ones). Triggers on the source
tables keep it current, so every write path (ORM flushes, the unit of work's raw bulk
INSERTs, imports, sync) maintains it without Python code having to remember.

The trigram index answers substring queries of three characters or more; shorter terms
are matched by scanning the names (see services/board.py). It is a superset index: a
match is confirmed against the source row, so a stale index row can't produce a false
hit. Only SQLite has it (the PostgreSQL sync server doesn't search).

These tables are not models: SQLAlchemy can't describe a virtual table, so they live in
a metadata of their own that Alembic never compares (migrations/env.py skips them and
the shadow tables SQLite keeps for each).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Column, Integer, MetaData, Table, Text

from workbench.domain import folding

# FTS5 stores each virtual table's index in these shadow tables (<name>_data, ...).
_SHADOW_SUFFIXES = ("data", "idx", "content", "docsize", "config")

_metadata = MetaData()


def _fts(name: str) -> Table:
    return Table(name, _metadata, Column("rowid", Integer, primary_key=True), Column("text", Text))


search_opportunity = _fts("search_opportunity")
search_account = _fts("search_account")
search_contact = _fts("search_contact")

SEARCH_TABLES = tuple(t.name for t in (search_opportunity, search_account, search_contact))

MIN_INDEXED_LENGTH = 3  # a trigram index can't look up shorter terms


def is_search_table(name: str) -> bool:
    """The FTS tables and their shadow tables."""
    return name in SEARCH_TABLES or any(
        name == f"{table}_{suffix}" for table in SEARCH_TABLES for suffix in _SHADOW_SUFFIXES
    )


def match_phrase(text: str) -> str:
    """The term (folded by the caller, like the indexed text) as one FTS5 phrase: with
    the trigram tokenizer, "contains this text", whatever quotes or operators the user
    typed."""
    return '"' + text.replace('"', '""') + '"'


# (FTS table, source table, the indexed name over a source row {r}, the columns it reads)
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

# The board's text of a deal (0006): title, live account name, live contact name, joined
# by the unit separator (U+001F), which folding leaves alone.
TEXT_OF = (
    "{r}.title || char(31) || coalesce((SELECT a.name FROM account a"
    " WHERE a.id = {r}.account_id AND a.deleted = 0), '') || char(31) ||"
    " coalesce((SELECT c.first_name || ' ' || c.last_name FROM contact c"
    " WHERE c.id = {r}.contact_id AND c.deleted = 0), '')"
)

#: The triggers that keep the index and opportunity.search_text current (migration 0011).
TRIGGERS = (
    *(
        f"{source}_search_{event}"
        for _f, source, _t, _c in INDEXED
        for event in ("insert", "update", "delete")
    ),
    "opportunity_search_text_insert",
    "opportunity_search_text_update",
    "account_search_text_update",
    "contact_search_text_update",
)

Wrap = Callable[[str], str]


def folded(expr: str) -> str:
    """The expression folded for search by the SQL function store/db.connect registers."""
    return f"{folding.SQL_FUNCTION}({expr})"


def refill_statements(wrap: Wrap = folded) -> list[str]:
    """SQL that fills the index and the board's search text from the source tables again,
    for whatever they hold: after a migration changed the fold or rebuilt a table, and
    after a bulk write that ran without the triggers (store/bulk_load.py)."""
    statements = []
    for fts, source, text, _columns in INDEXED:
        statements.append(f"DELETE FROM {fts}")
        statements.append(
            f"INSERT INTO {fts}(rowid, text)"
            f" SELECT rowid, {wrap(text.format(r=source))} FROM {source} WHERE deleted = 0"
        )
    statements.append(
        f"UPDATE opportunity SET search_text = {wrap(TEXT_OF.format(r='opportunity'))}"
    )
    return statements
