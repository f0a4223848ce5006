"""Alembic environment for the sync server's tables.

Always run from workbench.server.db, which hands over an open connection in
`config.attributes["connection"]`; there is no alembic.ini for the server.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, text

from workbench.server.schema import metadata

# Two servers started at once against a new database must not both create the tables.
_MIGRATION_LOCK = 0x5357_4D49  # arbitrary, fixed: pg_advisory_xact_lock key

VERSION_TABLE = "sv_alembic_version"

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise SystemExit("Run the server's migrations with: workbench-server --database URL migrate")
_run(connection)
