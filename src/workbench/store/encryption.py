"""Converting a database file between plain and encrypted, without ever risking it.

The converted file is written beside the original under a temporary name (SQLCipher's
`sqlcipher_export`, while this process holds the database's exclusive lock), checked
through its new key (full integrity check, the marker, every table's row count), flushed,
and only then renamed over the original. The original is first linked into the backup
folder, so until the swap is confirmed both exist; a kill at any point leaves the old
database or the new one under the database's name, never neither.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as driver

from workbench.errors import DatabaseLocked, StorageError, WorkbenchError
from workbench.settings import backup_dir_for
from workbench.store.db import connect, file_key
from workbench.store.failures import explain
from workbench.store.fileops import fsync_folder, process_alive, remove_with_sidecars
from workbench.store.header import APPLICATION_ID
from workbench.store.keys import DatabaseKey


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def export_to(conn: Any, target: Path, key: DatabaseKey | None) -> None:
    """Write everything `conn`'s main database holds into the new file `target`,
    encrypted with `key`, or plain (SQLCipher's backup API can't change encryption)."""
    conn.execute(
        "ATTACH DATABASE ? AS converted KEY ?",
        (str(target), key.pragma_value() if key is not None else ""),
    )
    try:
        # The copy is checked and flushed as a whole afterwards (verify_copy); syncing
        # each of the export's many small transactions made it 100 times slower.
        conn.execute("PRAGMA converted.synchronous = OFF")
        conn.execute("PRAGMA converted.journal_mode = OFF")
        conn.execute("SELECT sqlcipher_export('converted')")
        # sqlcipher_export copies schema and rows, not the header fields.
        for pragma in ("application_id", "user_version"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA converted.{pragma} = {value}")
    finally:
        conn.execute("DETACH DATABASE converted")


def verify_copy(target: Path, key: DatabaseKey | None, counts: dict[str, int]) -> None:
    """The copy opens with `key`, passes integrity_check and holds every row."""
    conn = connect(target, key=key, read_only=True)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            raise WorkbenchError(f"the converted copy failed its check ({problems[0]})")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise WorkbenchError("the converted copy lost its Workbench marker")
        copied = table_counts(conn)
        if copied != counts:
            tables = counts.keys() | copied.keys()
            diff = sorted(t for t in tables if counts.get(t) != copied.get(t))
            raise WorkbenchError(f"the converted copy differs in {', '.join(diff[:5])}")
    finally:
        conn.close()
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def _lock_exclusively(conn: Any, path: Path, wait: float = 10.0) -> None:
    # Holds the lock until the connection closes: no other process can write (or start
    # reading) while the copy is made, so the copy is the whole database. In WAL mode the
    # lock needs every other connection closed, and SQLite doesn't wait for that, so we
    # do, a little (the window's last queries finish, see Database.paused).
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            return
        except driver.OperationalError as exc:
            if time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            conn.close()
            raise DatabaseLocked(
                f"{path.name} is open in another window or program. Close it there and "
                "try again; nothing was changed."
            ) from exc


def convert_in_place(path: Path, new_key: DatabaseKey | None, aside: Path) -> None:
    """Replace the database at `path` by a verified copy encrypted with `new_key` (plain
    with None). The previous file is kept at `aside` (in the backup folder); the caller
    removes it once it has confirmed the new file opens."""
    folder = path.parent
    _remove_abandoned(path)
    tmp = folder / f".{path.name}.convert-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        conn = connect(path)
        _lock_exclusively(conn, path)
        try:
            counts = table_counts(conn)
            export_to(conn, tmp, new_key)
            # Everything into the main file, so the file alone is the database we copied
            # and no WAL of it is left to sit beside the new file.
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise DatabaseLocked(
                    f"{path.name} is in use by another program; nothing was changed."
                )
        finally:
            conn.close()
        verify_copy(tmp, new_key, counts)
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        if wal.exists() and wal.stat().st_size > 0:
            # Someone opened and wrote to it after our lock was released.
            raise DatabaseLocked(
                f"{path.name} was changed by another program meanwhile; nothing was "
                "changed. Close it there and try again."
            )
        aside.parent.mkdir(parents=True, exist_ok=True)
        _keep_aside(path, aside)
        fsync_folder(aside.parent)
        # The old file's sidecars must not outlive it beside the new one: the WAL is empty
        # (checkpointed above) and the shared-memory index is rebuilt by the next opener.
        wal.unlink(missing_ok=True)
        shm.unlink(missing_ok=True)
        os.replace(tmp, path)
        fsync_folder(folder)
    except BaseException as exc:
        remove_with_sidecars(tmp)
        mapped = explain(exc, path, "the conversion")
        if mapped is not None and mapped is not exc:
            raise mapped from exc
        if isinstance(exc, Exception) and not isinstance(exc, WorkbenchError | StorageError):
            raise WorkbenchError(
                f"Converting {path} failed ({exc}). The database is unchanged."
            ) from exc
        raise


def convert_file(path: Path, new_key: DatabaseKey | None) -> None:
    """Convert a file nobody has open (a backup) the same way, without keeping the old one."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        conn = connect(path, read_only=True)
        try:
            counts = table_counts(conn)
        finally:
            conn.close()
        # ATTACH inherits a read-only connection's flags, so export from a writable one.
        conn = connect(path)
        try:
            export_to(conn, tmp, new_key)
        finally:
            conn.close()
        verify_copy(tmp, new_key, counts)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    finally:
        remove_with_sidecars(tmp)


def _keep_aside(path: Path, aside: Path) -> None:
    try:
        os.link(path, aside)  # the very file, in no time and no space
    except OSError:
        # File systems without hard links: a copy (the file is checkpointed and unchanged).
        partial = aside.with_name(f".{aside.name}.partial")
        shutil.copyfile(path, partial)
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, aside)


def _remove_abandoned(path: Path) -> None:
    for leftover in path.parent.glob(f".{path.name}.convert-*"):
        parts = leftover.name.rsplit("-", 2)
        pid = parts[-2] if len(parts) == 3 else ""
        if pid.isdigit() and not process_alive(int(pid)):
            remove_with_sidecars(leftover)


def backup_files(path: Path) -> list[Path]:
    """Every database copy in `path`'s backup folder: backups and kept damaged files."""
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return []
    return sorted(
        entry
        for entry in folder.iterdir()
        if entry.is_file()
        and entry.name.startswith(f"{path.stem}-")
        and entry.suffix in (".sqlite", ".damaged")
    )


def key_of_copy(path: Path) -> DatabaseKey | str | None:
    """The key a backup is encrypted with, None when plain, or why it can't be opened."""
    try:
        return file_key(path)
    except WorkbenchError as exc:
        return str(exc)


def same_key(a: DatabaseKey | None, b: DatabaseKey | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.key_id == b.key_id)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        remove_with_sidecars(path)
