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

from sqlalchemy import Column, Integer, MetaData, Table, Text

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
