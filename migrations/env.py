"""Alembic environment for the Workbench schema.

Run by hand (`alembic upgrade head`, `alembic check`) it uses the file in WORKBENCH_DB, or
the user's default database. Run by the app (workbench.store.migrate) it is handed an open
connection in `config.attributes["connection"]`.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from workbench.domain.models import Base
from workbench.settings import default_db_path
from workbench.store.db import make_engine
from workbench.store.search_index import is_search_table

config = context.config
target_metadata = Base.metadata


def _include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    # The board's search index (migration 0005) is FTS5 virtual tables and the shadow
    # tables SQLite keeps for them. They are no models (SQLAlchemy can't describe a
    # virtual table), so autogenerate must neither report nor drop them.
    return not (type_ == "table" and name is not None and is_search_table(name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_include_name,
        # SQLite can't ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    path = Path(os.environ.get("WORKBENCH_DB") or default_db_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, immediate=True)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; run against a database.")
run_migrations_online()
