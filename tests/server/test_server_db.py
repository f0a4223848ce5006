"""The server's migrations and database checks, on PostgreSQL and SQLite."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from workbench.server import db, schema


def test_migrate_creates_the_tables_and_the_counter_and_twice_is_a_no_op(
    empty_database_url: str,
) -> None:
    engine = db.make_server_engine(empty_database_url)
    try:
        with pytest.raises(db.SchemaNotReady, match="workbench-server --database URL migrate"):
            db.check_schema(engine)
        db.migrate(engine)
        db.check_schema(engine)
        db.migrate(engine)
        assert db.current_revision(engine) == db.server_head()
        with engine.connect() as conn:
            assert conn.execute(select(schema.counter)).all() == [("seq", 0)]
        assert set(schema.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_match_the_schema_module(empty_database_url: str) -> None:
    # What `alembic check` does: autogenerate finds nothing left to migrate.
    engine = db.make_server_engine(empty_database_url)
    try:
        db.migrate(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "version_table": db.VERSION_TABLE}
            )
            assert compare_metadata(context, schema.metadata) == []
    finally:
        engine.dispose()


def test_a_database_from_a_newer_server_is_refused(server_engine) -> None:  # type: ignore[no-untyped-def]
    head = db.server_head()
    with server_engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {db.VERSION_TABLE} SET version_num = '9999'")
    try:
        with pytest.raises(db.SchemaNotReady, match="newer sync server"):
            db.check_schema(server_engine)
    finally:
        # The PostgreSQL database is shared by the session's tests: put its version back.
        with server_engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE {db.VERSION_TABLE} SET version_num = '{head}'")


def test_urls() -> None:
    pg = db.make_server_engine("postgresql://u:secret@db.example/wb")
    assert pg.url.drivername == "postgresql+psycopg"
    assert "secret" not in db.describe(pg)
    assert db.make_server_engine("postgresql+psycopg://u@h/wb").url.drivername == (
        "postgresql+psycopg"
    )
    for bad in ["mysql://u@h/db", "not a url"]:
        with pytest.raises(db.DatabaseUnavailable):
            db.make_server_engine(bad)


def test_sqlite_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = db.make_server_engine(f"sqlite:///{tmp_path / 's.sqlite'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.SQLITE_BUSY_TIMEOUT_MS
    engine.dispose()


def test_unreachable_postgres_is_a_clear_error() -> None:
    engine = db.make_server_engine("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(db.DatabaseUnavailable, match="Cannot reach the database"):
        db.check_schema(engine)


def test_the_expected_app_schema_is_the_apps_migration_head() -> None:
    from workbench.store.migrate import head_revision

    assert db.expected_app_schema() == head_revision()
    history = db.app_schema_history()
    assert history[-1] == head_revision()
    assert db.app_schema_position(history[0]) == 0
    assert db.app_schema_position("not-a-revision") is None
