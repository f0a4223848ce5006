"""Opening the local SQLite database safely, and the Database handle the app passes around."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, ExceptionContext, Table, create_engine, event, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as driver

from workbench.domain import folding
from workbench.domain.meta import Meta, OutboxEntry
from workbench.errors import (
    DatabaseChecking,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseRefused,
    ReadOnlyStorage,
)
from workbench.store.failures import (
    damaged,
    explain,
    explain_os_error,
    read_only_file,
    read_only_folder,
)
from workbench.store.header import APPLICATION_ID, SQLITE_MAGIC
from workbench.store.header import is_encrypted as is_encrypted
from workbench.store.hlc import HybridLogicalClock, parse_stamp
from workbench.store.keys import DatabaseKey, KeyMissing, WrongKey, key_id_of, load_key
from workbench.store.keys import missing_key_message as _missing_key_message
from workbench.store.stopping import STOP_POLL_STEPS, stop_event
from workbench.store.stopping import Stopped as Stopped
from workbench.store.stopping import raise_if_stopped as raise_if_stopped
from workbench.store.stopping import stoppable as stoppable

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
        raise explain_os_error(exc, path, "opening it") or DatabaseRefused(
            f"Can't read {path}: {exc.strerror or exc}."
        ) from exc
    if not header:
        return "empty"
    if key_id_of(header) is not None:
        return _classify_encrypted(path)
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseRefused(
            f"{path} is not a Sales Workbench database (it is not an SQLite file). "
            "It has not been changed."
        )
    if len(header) < 100:
        raise damaged(path, "its header is truncated")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise DatabaseRefused(
            f"{path} is an SQLite database of another program, not of Sales Workbench. "
            "It has not been changed."
        )
    return "workbench"


def _classify_encrypted(path: Path) -> str:
    # Opening through the key reads and authenticates page 1 only (no key derivation: the
    # key is random and used raw), so this stays as cheap as reading the header.
    conn = connect(path, read_only=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except driver.DatabaseError as exc:
        raise damaged(path, str(exc)) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise DatabaseRefused(
            f"{path} is encrypted but is not a Sales Workbench database. It has not been changed."
        )
    return "workbench"


def file_key(path: Path) -> DatabaseKey | None:
    """The key that opens `path`: None for a plain (or missing or empty) file, else the
    one in the user's keyring; KeyMissing when the keyring has none."""
    try:
        with path.open("rb") as f:
            key_id = key_id_of(f.read(16))
    except (FileNotFoundError, IsADirectoryError):
        return None
    except OSError as exc:
        raise explain_os_error(exc, path, "opening it") or DatabaseRefused(
            f"Can't read {path}: {exc.strerror or exc}."
        ) from exc
    if key_id is None:
        return None
    key = load_key(key_id)
    if key is None:
        raise KeyMissing(_missing_key_message(path))
    return key


def check_writable(path: Path) -> None:
    """Refuse, before SQLite opens anything, a database this process could only read.

    SQLite would open such a file read-only and create its -wal and -shm files with the
    file's own (read-only) permissions, which then block writes even after the file is
    made writable again.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise read_only_file(path)
    if path.parent.exists() and not os.access(path.parent, os.W_OK | os.X_OK):
        raise read_only_folder(path)
    stale = [
        side.name
        for side in (Path(f"{path}-wal"), Path(f"{path}-shm"))
        if side.exists() and not os.access(side, os.W_OK)
    ]
    if stale:
        raise ReadOnlyStorage(
            f"{' and '.join(stale)} beside {path.name} are read-only, so nothing can be "
            "saved. Make them writable (they hold the latest changes; don't delete them) "
            "and open the database again. Nothing was changed."
        )


#: every database connection comes from `connect`, through SQLCipher's build of SQLite
#: (the same SQLite for plain and encrypted files, see docs/security.md)
Connection = driver.Connection
DriverError = driver.Error


class _FromFile(Enum):
    KEY = "the key the file needs"


#: `connect(..., key=FROM_FILE)`: look the key up by the file's header (see store.keys)
FROM_FILE = _FromFile.KEY


def connect(
    path: Path,
    *,
    key: DatabaseKey | _FromFile | None = FROM_FILE,
    read_only: bool = False,
    check_same_thread: bool = True,
    timeout: float = 5.0,
) -> Any:
    """The one place a database file is opened, by the engines, checks, copies and
    migrations alike. By default the key is the one the file needs (none for a plain
    file); a new file is written encrypted when given a `key`, plain with `key=None`.

    `read_only` never writes: for a file or folder this process can't write, SQLite is
    told the file is immutable, so it doesn't try to create journal files (which would
    inherit the read-only permissions, see check_writable)."""
    if key is FROM_FILE:
        key = file_key(path)
    uri = path.resolve().as_uri()
    if read_only:
        uri += "?mode=ro"
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
            uri += "&immutable=1"
    conn = driver.connect(uri, uri=True, check_same_thread=check_same_thread, timeout=timeout)
    # SQLCipher writes its own log lines to stderr on a wrong key; ours are the messages.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
        try:
            # A wrong key shows on the first read of page 1; find out here, not later.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except driver.DatabaseError as exc:
            conn.close()
            if getattr(exc, "sqlite_errorcode", None) != 26:  # SQLITE_NOTADB
                raise
            raise WrongKey(
                f"The key for {path} does not open it: either the file is damaged or it "
                "was encrypted with another key. It has not been changed. "
                f"If you have its recovery key: `workbench --db {path} db unlock "
                "--recovery-key KEY`; otherwise restore a backup."
            ) from exc
    # The search triggers (migration 0011) call it on every write of a name.
    conn.create_function(folding.SQL_FUNCTION, 1, folding.sql_fold, deterministic=True)
    stop = stop_event()
    # Only a connection of this one job (checks, copies): the engines' pooled connections
    # outlive it and serve other threads.
    if stop is not None and check_same_thread:
        conn.set_progress_handler(stop.is_set, STOP_POLL_STEPS)
    return conn


#: Up to this size the check before a write is the full `integrity_check` (about 7 ms per
#: MB, so at most about 0.45 s): a broken index passes `quick_check`, and a write through it
#: spreads the damage. A larger file (the 500 MB benchmark demo would take about 4 s) gets
#: `quick_check`; its indexes are matched by `db check` and by the check of each backup.
FULL_CHECK_BYTES = 64 << 20


def check_before_writing(path: Path) -> list[str]:
    """What is wrong with the file ([] when healthy), as thoroughly as its size allows."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # integrity_problems says why it cannot be read
    return integrity_problems(path, quick=size > FULL_CHECK_BYTES)


def require_healthy(path: Path) -> None:
    """Refuse a missing, foreign, newer or damaged database before anything reads more
    than its header or writes to it."""
    if classify_file(path) != "workbench":
        raise DatabaseRefused(f"There is no Workbench database at {path}.")
    problems = check_before_writing(path)
    if problems:
        raise damaged(path, problems[0])


def read_only_connection(path: Path) -> Any:
    """A connection that never writes (see connect)."""
    return connect(path, read_only=True)


def integrity_problems(path: Path, *, quick: bool = True) -> list[str]:
    """What SQLite finds wrong with the file ([] when healthy), read without writing.

    `quick_check` verifies every page and the b-trees (about 0.6 s for the 500 MB
    100,000-deal demo); the full `integrity_check` also matches every index against its
    table (about 6 times slower) and is kept for backups and `db check`.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = read_only_connection(path)
    except DriverError as exc:
        return [f"unreadable: {exc}"]
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
        problems = [] if rows == ["ok"] else rows
        if not problems and not quick and not _synced(conn):
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            problems += [
                f"broken reference in {t} row {rowid} to {parent}" for t, rowid, parent, _ in fk
            ]
        return problems
    except driver.DatabaseError as exc:
        raise_if_stopped()  # interrupted, not damaged
        return [f"unreadable: {exc}"]
    finally:
        conn.close()


def synced_tables() -> list[Table]:
    from workbench.domain.models import Base

    return [t for t in Base.metadata.sorted_tables if "stamp" in t.c and "deleted" in t.c]


def _max_stamp(session: Session, table: Table) -> str | None:
    try:
        value: str | None = session.scalar(select(func.max(table.c.stamp)))
    except OperationalError:  # a table an older file (not upgraded yet) does not have
        session.rollback()
        return None
    return value


def _stamp_order(stamp: str) -> tuple[int, int]:
    try:
        millis, counter, _node = parse_stamp(stamp)
    except ValueError:  # not made by a clock (a hand-written row): orders first
        return 0, 0
    return millis, counter


def _synced(conn: Any) -> bool:
    """A database synced with a team server holds references to rows not shared with its
    person (a lead's deal now in another team), so broken references are no damage."""
    try:
        row = conn.execute("SELECT 1 FROM workbench_meta WHERE key = 'sync.user_id'").fetchone()
    except driver.DatabaseError:
        return False
    return row is not None


#: FULL flushes the WAL to disk at every commit, so a power cut or an OS crash (a laptop
#: whose battery dies) loses no committed write; NORMAL would survive only a crash of the
#: app. What it costs per write is measured by benchmarks/durability_bench.py (see
#: docs/security.md).
SYNCHRONOUS = "FULL"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin, so DDL is transactional
    # and writers can take the lock up front (see _begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers run beside the writer
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cur.close()


def make_engine(
    path: Path, *, immediate: bool, before_connect: Callable[[], None] | None = None
) -> Engine:
    def creator() -> Any:
        if before_connect is not None:
            before_connect()
        return connect(path, check_same_thread=False, timeout=10)

    engine = create_engine(
        f"sqlite:///{path}",
        module=driver,
        creator=creator,
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


def translate_errors(engine: Engine, path: Path, on_damage: Callable[[str], None]) -> None:
    """Raise the user's message (store.failures) in place of any driver error it knows,
    from every statement, connect, commit and rollback on `engine`, so no layer above
    sees a raw "database disk image is malformed" or "database is locked"."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        mapped = explain(context.original_exception, path)
        if mapped is None:
            return
        if isinstance(mapped, DatabaseDamaged):
            on_damage(str(context.original_exception))
        raise mapped from context.original_exception


class Database:
    """An open Workbench database: engines, the sync clock and change listeners.

    Writes go through `unit_of_work()`; reads through `read()`. Safe to share between
    threads: each call opens its own session.
    """

    def __init__(self, path: Path, *, checked: bool = True) -> None:
        """`checked=False` opens a file whose integrity check has not run yet: writes are
        refused until `verify()` has passed (the window runs it in the background)."""
        self.path = path
        # None while writes are allowed, else why they are not (damage, or a check pending).
        self._write_block: str | None = None if checked else "unchecked"
        self._damage_listeners: list[Callable[[str], None]] = []
        # Cleared while the file is replaced under the open database (see paused).
        self._may_connect = threading.Event()
        self._may_connect.set()
        self.write_engine = make_engine(path, immediate=True, before_connect=self._wait_to_connect)
        self.read_engine = make_engine(path, immediate=False, before_connect=self._wait_to_connect)
        # Bumped by paused(): connections of an earlier generation are closed when their
        # session returns them (a disposed pool would otherwise keep them open).
        self._generation = 0
        self._held: dict[int, int] = {}  # connections checked out, by thread
        self._held_lock = threading.Lock()
        self._asked_in = threading.local()
        for engine in (self.write_engine, self.read_engine):
            translate_errors(engine, path, self.mark_damaged)
            event.listen(engine, "connect", self._stamp_generation)
            event.listen(engine, "checkout", self._count_checkout)
            event.listen(engine, "checkin", self._retire_old_generation)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._listeners: list[ChangeListener] = []
        self._listeners_lock = threading.Lock()
        self.node_id, last_stamp = self._load_node()
        self.clock = HybridLogicalClock(self.node_id, last_stamp)

    def _load_node(self) -> tuple[str, str | None]:
        with self.read() as session:
            node = session.get(Meta, "node_id")
            # The clock starts past every stamp this database holds: its own changes and
            # those pulled from colleagues, whose clocks may run ahead of this one's
            # (each table's stamp index answers its maximum at once).
            stamps = [_max_stamp(session, table) for table in synced_tables()]
            stamps.append(
                session.scalar(select(OutboxEntry.stamp).order_by(OutboxEntry.seq.desc()).limit(1))
            )
            last = max((s for s in stamps if s), default=None, key=_stamp_order)
            if last is not None and _stamp_order(last) == (0, 0):
                last = None
        if node is not None:
            return node.value, last
        node_id = uuid.uuid4().hex[:12]
        self.set_meta("node_id", node_id)
        return node_id, last

    # -- health ----------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Run the check held back at open; writes are allowed only once it passes."""
        problems = check_before_writing(self.path)
        if problems:
            self.mark_damaged(problems[0])
        elif self._write_block == "unchecked":
            self._write_block = None
        return problems

    def mark_damaged(self, detail: str) -> None:
        """From now on every write is refused: a damaged file is never written to again."""
        first = self._write_block is None or self._write_block == "unchecked"
        self._write_block = detail
        if first:
            for listener in list(self._damage_listeners):
                listener(detail)

    def add_damage_listener(self, listener: Callable[[str], None]) -> None:
        self._damage_listeners.append(listener)

    @property
    def writable_now(self) -> bool:
        return self._write_block is None

    @property
    def damaged(self) -> bool:
        return self._write_block not in (None, "unchecked")

    def ensure_writable(self) -> None:
        if self._write_block is None:
            return
        if self._write_block == "unchecked":
            raise DatabaseChecking(
                f"{self.path.name} is still being checked after opening (it is large); "
                "changes can be saved in a moment. Nothing was changed."
            )
        raise damaged(self.path, self._write_block)

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
        self.ensure_writable()
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

    def _stamp_generation(self, _dbapi_conn: Any, record: Any) -> None:
        # A connection whose request waited out a pause belongs to the pool of before it:
        # it serves that request, then closes (it carries the generation it asked in).
        asked = getattr(self._asked_in, "generation", self._generation)
        self._asked_in.generation = self._generation
        record.info["generation"] = asked

    def _count_checkout(self, _dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        thread = threading.get_ident()
        record.info["thread"] = thread
        with self._held_lock:
            self._held[thread] = self._held.get(thread, 0) + 1

    def _retire_old_generation(self, dbapi_conn: Any, record: Any) -> None:
        thread = record.info.pop("thread", None)
        with self._held_lock:
            if self._held.get(thread, 0) > 0:
                self._held[thread] -= 1
        if dbapi_conn is not None and record.info.get("generation") != self._generation:
            record.invalidate()

    def _wait_to_connect(self) -> None:
        self._asked_in.generation = self._generation
        if self._may_connect.is_set():
            return
        with self._held_lock:
            holds = self._held.get(threading.get_ident(), 0) > 0
        # A thread that holds a connection of the old file must give it up, not wait:
        # the conversion waits for exactly that connection.
        if holds or not self._may_connect.wait(120):
            raise DatabaseLocked(
                f"{self.path.name} is being encrypted or decrypted; try again in a moment. "
                "Nothing was changed."
            )

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Give the file up while it is replaced (encrypted or decrypted): idle connections
        close now, those in use close when their session ends, and new ones wait until
        the block is over; then they open the new file, through its key."""
        self._may_connect.clear()
        self._generation += 1
        try:
            self.close()
            yield
        finally:
            # Requests that waited out the pause were made of the pool closed here; a new
            # generation retires their connections once they are given back.
            self._generation += 1
            self.close()
            self._may_connect.set()
