"""Opening the local SQLite database safely, and the Database handle the app passes around."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from workbench.domain.meta import Meta, OutboxEntry
from workbench.errors import DatabaseRefused
from workbench.store.hlc import HybridLogicalClock

# Written into the SQLite header ("SWKB") so a Workbench file is recognised without
# opening it read-write, and any other SQLite file is refused untouched.
APPLICATION_ID = 0x53574B42
SQLITE_MAGIC = b"SQLite format 3\x00"

if TYPE_CHECKING:
    from workbench.store.uow import UnitOfWork

ChangeListener = Callable[[frozenset[str]], None]


def classify_file(path: Path) -> str:
    """'missing', 'empty' or 'workbench'; anything else raises DatabaseRefused.

    Reads the 100-byte header only, so a foreign or damaged file is never written to.
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise DatabaseRefused(f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DatabaseRefused(f"Can't read {path}: {exc.strerror or exc}.") from exc
    if not header:
        return "empty"
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseRefused(
            f"{path} is not a Sales Workbench database (it is not an SQLite file). "
            "It has not been changed."
        )
    if len(header) < 100:
        raise DatabaseRefused(
            f"{path} is damaged (its header is truncated). It has not been changed."
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise DatabaseRefused(
            f"{path} is an SQLite database of another program, not of Sales Workbench. "
            "It has not been changed."
        )
    return "workbench"


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin, so DDL is transactional
    # and writers can take the lock up front (see _begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers run beside the writer
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no committed data
    cur.close()


def make_engine(path: Path, *, immediate: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 10},
        pool_size=1 if immediate else 4,
        max_overflow=0 if immediate else 8,
    )
    event.listen(engine, "connect", _sqlite_pragmas)

    # BEGIN IMMEDIATE takes the write lock at the start, so two writers queue on the busy
    # timeout instead of one failing with "database is locked" when it upgrades its lock.
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)
        # Check foreign keys at COMMIT, not per statement: the ORM does not order inserts
        # of rows linked only by a foreign key column, and a bad reference still fails.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    return engine


class Database:
    """An open Workbench database: engines, the sync clock and change listeners.

    Writes go through `unit_of_work()`; reads through `read()`. Safe to share between
    threads: each call opens its own session.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.write_engine = make_engine(path, immediate=True)
        self.read_engine = make_engine(path, immediate=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._listeners: list[ChangeListener] = []
        self._listeners_lock = threading.Lock()
        self.node_id, last_stamp = self._load_node()
        self.clock = HybridLogicalClock(self.node_id, last_stamp)

    def _load_node(self) -> tuple[str, str | None]:
        with self.write_sessions.begin() as session:
            node = session.get(Meta, "node_id")
            if node is None:
                node = Meta(key="node_id", value=uuid.uuid4().hex[:12])
                session.add(node)
            last = session.scalar(
                select(OutboxEntry.stamp).order_by(OutboxEntry.seq.desc()).limit(1)
            )
            return node.value, last

    # -- reading -------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read session. Closing it (not rolling back) leaves loaded objects usable
        after the block; nothing written here is ever committed."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.close()

    def get_meta(self, key: str) -> str | None:
        with self.read() as s:
            row = s.get(Meta, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.write_sessions.begin() as s:
            s.merge(Meta(key=key, value=value))

    # -- writing -------------------------------------------------------------------------

    def unit_of_work(self) -> UnitOfWork:
        from workbench.store.uow import UnitOfWork

        return UnitOfWork(self)

    # -- change notification -------------------------------------------------------------

    def add_change_listener(self, listener: ChangeListener) -> None:
        with self._listeners_lock:
            self._listeners.append(listener)

    def remove_change_listener(self, listener: ChangeListener) -> None:
        with self._listeners_lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def notify(self, tables: frozenset[str]) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(tables)

    def close(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()
