"""Sync server fixtures: a real PostgreSQL (127.0.0.1:5432) and a SQLite file.

PostgreSQL that does not answer fails the tests that need it, with the reason: CI must not
skip them silently. Set WORKBENCH_NO_POSTGRES=1 to skip them on purpose; set
WORKBENCH_TEST_POSTGRES to a server URL (postgresql://USER@HOST:PORT) to use another server.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from workbench.server import auth, db, schema

PG_SERVER = os.environ.get("WORKBENCH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
BACKENDS = [pytest.param("postgresql", marks=pytest.mark.postgres), "sqlite"]


@dataclass
class ServerDb:
    backend: str  # postgresql | sqlite
    url: str
    engine: Engine


def _connect_admin():  # psycopg is imported only when PostgreSQL is wanted
    import psycopg

    return psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)


@pytest.fixture(scope="session")
def new_postgres_database() -> Iterator[Callable[[], str]]:
    """Makes an empty, uniquely named PostgreSQL database and returns its URL; all of them are
    dropped at the end of the session."""
    if os.environ.get("WORKBENCH_NO_POSTGRES") == "1":
        pytest.skip("WORKBENCH_NO_POSTGRES=1: PostgreSQL tests skipped on request")
    try:
        admin = _connect_admin()
    except Exception as exc:
        pytest.fail(
            f"PostgreSQL at {PG_SERVER} does not answer ({exc}). Start it (scripts/postgres.sh) "
            "or set WORKBENCH_NO_POSTGRES=1 to skip these tests on purpose.",
            pytrace=False,
        )
    made: list[str] = []

    def make() -> str:
        name = f"wb_test_{os.getpid()}_{secrets.token_hex(4)}"
        admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return f"{PG_SERVER}/{name}"

    yield make
    for name in made:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture(scope="session")
def _shared_postgres(new_postgres_database: Callable[[], str]) -> Iterator[ServerDb]:
    url = new_postgres_database()
    engine = db.make_server_engine(url)
    db.migrate(engine)
    yield ServerDb("postgresql", url, engine)
    engine.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server-template") / "server.sqlite"
    engine = db.make_server_engine(f"sqlite:///{path}")
    db.migrate(engine)
    engine.dispose()  # the last connection closing folds the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _truncate(engine: Engine) -> None:
    names = ", ".join(t.name for t in schema.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} CASCADE"))
        conn.execute(schema.counter.insert().values(name="seq", value=0))


@pytest.fixture(params=BACKENDS)
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerDb]:
    """A migrated, empty server database on each backend (PostgreSQL is emptied between
    tests, SQLite is a fresh copy)."""
    if request.param == "postgresql":
        shared: ServerDb = request.getfixturevalue("_shared_postgres")
        _truncate(shared.engine)
        yield shared
        return
    template: Path = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "server.sqlite"
    path.write_bytes(template.read_bytes())
    url = f"sqlite:///{path}"
    engine = db.make_server_engine(url)
    yield ServerDb("sqlite", url, engine)
    engine.dispose()


@pytest.fixture
def server_engine(server_db: ServerDb) -> Engine:
    return server_db.engine


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL with nothing in it yet (not migrated), on each backend."""
    if request.param == "postgresql":
        make: Callable[[], str] = request.getfixturevalue("new_postgres_database")
        return make()
    return f"sqlite:///{tmp_path / 'empty.sqlite'}"


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Still argon2id, with the work factors turned down: the tests check the logic, not the
    # cost, and the production parameters take most of a second per test.
    from argon2 import PasswordHasher

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    auth._dummy_hash.cache_clear()


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Stands in for auth.clock: `clock.advance(seconds=...)` instead of sleeping."""
    fake = FakeClock()
    monkeypatch.setattr(auth, "clock", fake)
    return fake


PASSWORD = "correct horse battery"


@dataclass
class Accounts:
    team_id: uuid.UUID
    ann: uuid.UUID  # salesperson in team North
    max: uuid.UUID  # manager in team North


@pytest.fixture
def accounts(server_engine: Engine) -> Accounts:
    """Team North with Ann Berg (salesperson) and Max Kurz (manager); password PASSWORD."""
    team_id = auth.create_team(server_engine, "North")
    ann = auth.create_user(server_engine, "Ann Berg", PASSWORD, "North", "salesperson")
    max_ = auth.create_user(server_engine, "Max Kurz", PASSWORD, "North", "manager")
    return Accounts(team_id, ann, max_)


@pytest.fixture
def app_schema() -> str:
    return db.expected_app_schema()
