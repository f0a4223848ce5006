"""The server's database: engines for PostgreSQL (production) and SQLite (a one-box trial),
its migrations, and the app schema revisions the server expects from laptops."""

from __future__ import annotations

import functools
import logging
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from workbench.server import schema
from workbench.server.errors import ServerError

log = logging.getLogger(__name__)

VERSION_TABLE = "sv_alembic_version"
SQLITE_BUSY_TIMEOUT_MS = 10_000
MIGRATE_HINT = "run workbench-server --database URL migrate"


class DatabaseUnavailable(ServerError):
    status = 503
    error = "database_unavailable"


class SchemaNotReady(ServerError):
    status = 503
    error = "database_not_migrated"


def make_server_engine(url: str) -> Engine:
    """An engine for `postgresql://...` (driven by psycopg 3) or `sqlite:///path`."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise DatabaseUnavailable(
            f"{url!r} is not a database URL; use postgresql://USER@HOST/DB or sqlite:///FILE."
        ) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except NoSuchModuleError as exc:
            raise DatabaseUnavailable(f"No driver for {parsed.drivername}: {exc}") from exc
    if backend == "sqlite":
        return _sqlite_engine(parsed.render_as_string(hide_password=False))
    raise DatabaseUnavailable(
        f"The sync server runs on PostgreSQL (or SQLite for a trial), not {backend!r}."
    )


def _sqlite_engine(url: str) -> Engine:
    # Requests run on a thread pool, so a connection may be used by several threads in turn.
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # The driver's own transaction handling is off so that `begin` below decides.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # SQLite has no row locks: a transaction takes the write lock when it starts, which
        # is what serialises pushes (PostgreSQL locks the sv_counter row instead) and avoids
        # the deadlock of two readers upgrading to writers.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def describe(engine: Engine) -> str:
    """The engine's URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def _alembic_config(package: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files(package)))
    return cfg


def _server_scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config("workbench.server.migrations"))


@functools.cache
def server_head() -> str:
    head = _server_scripts().get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine) -> None:
    """Brings the database to the newest server schema; a no-op when it is there already."""
    try:
        with engine.connect() as conn:
            cfg = _alembic_config("workbench.server.migrations")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
    except DBAPIError as exc:
        raise unreachable(engine, exc) from exc


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            return ctx.get_current_revision()
    except DBAPIError as exc:
        raise unreachable(engine, exc) from exc


def check_schema(engine: Engine) -> None:
    """Refuses, with what to do, a database that is unreachable or not at the server's schema."""
    revision = current_revision(engine)
    if revision == server_head():
        return
    where = describe(engine)
    if revision is None:
        raise SchemaNotReady(
            f"The database {where} is not set up for the sync server: {MIGRATE_HINT}."
        )
    known = {script.revision for script in _server_scripts().walk_revisions()}
    if revision not in known:
        raise SchemaNotReady(
            f"The database {where} was set up by a newer sync server ({revision}); "
            "install that version of the server."
        )
    raise SchemaNotReady(f"The database {where} is at an older server schema: {MIGRATE_HINT}.")


def unreachable(engine: Engine, exc: BaseException) -> DatabaseUnavailable:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()
    detail = reason[0] if reason else type(exc).__name__
    return DatabaseUnavailable(f"Cannot reach the database {describe(engine)}: {detail}")


def current_seq(engine: Engine) -> int:
    with engine.connect() as conn:
        value = conn.execute(
            select(schema.counter.c.value).where(schema.counter.c.name == "seq")
        ).scalar_one()
    return int(value)


# The app's schema history: what laptops send as `schema` is one of these revisions.


@functools.cache
def app_schema_history() -> tuple[str, ...]:
    """The app's Alembic revisions, oldest first."""
    scripts = ScriptDirectory.from_config(_alembic_config("workbench.migrations"))
    return tuple(reversed([s.revision for s in scripts.walk_revisions()]))


def expected_app_schema() -> str:
    """The app database's head revision this server is built for."""
    return app_schema_history()[-1]


def app_schema_position(revision: str) -> int | None:
    """Where `revision` stands in the app's history (0 = first), None when unknown (newer)."""
    try:
        return app_schema_history().index(revision)
    except ValueError:
        return None
