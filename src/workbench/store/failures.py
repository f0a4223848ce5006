"""One mapping from SQLite and operating-system failures to messages a person can act on.

Every entry point (the window, the CLI, background jobs) passes what it caught through
`explain()`: the same failure reads the same everywhere, and the wording says what
happened to the data ("nothing was changed") and what to do next. Anything `explain()`
does not recognise is a bug: it is logged with its traceback, never shown as one.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import traceback
from pathlib import Path

from sqlcipher3 import dbapi2 as driver

from workbench.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    PermissionDenied,
    ReadOnlyStorage,
    StorageError,
    WorkbenchError,
)

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Below this much free space an I/O error is taken for a full disk: SQLite reports a
# failed write of its journal or WAL as SQLITE_IOERR as often as SQLITE_FULL.
NEARLY_FULL_BYTES = 1 << 20


def restore_hint() -> str:
    return (
        "Restore the latest good backup (File ▸ Restore from backup…, or "
        "`workbench db backups` and `workbench db restore FILE`)."
    )


def damaged(path: Path, detail: str) -> DatabaseDamaged:
    summary = (
        f"{path} is damaged ({detail}), so Sales Workbench will not write to it. "
        "It has not been changed."
    )
    return DatabaseDamaged(f"{summary} {restore_hint()}", summary)


def disk_full(folder: Path, doing: str) -> DiskFull:
    return DiskFull(
        f"The disk holding {folder} is full, so {doing} could not be finished. Nothing was "
        "changed and no partial file was left; free some space and try again."
    )


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _unwrap(exc: BaseException) -> BaseException:
    # SQLAlchemy wraps driver errors (DBAPIError.orig); look at what the driver said.
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def _free_bytes(folder: Path) -> int | None:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _looks_full(folder: Path) -> bool:
    free = _free_bytes(folder)
    return free is not None and free < NEARLY_FULL_BYTES


def read_only_folder(path: Path) -> ReadOnlyStorage:
    return ReadOnlyStorage(
        f"The folder {path.parent} is read-only. Sales Workbench keeps two journal files "
        f"beside {path.name} while it works, so it needs to write there. Nothing was "
        "changed; open a copy in a folder you can write to, or ask IT for access."
    )


def read_only_file(path: Path) -> ReadOnlyStorage:
    return ReadOnlyStorage(
        f"{path} is read-only (its permissions or its disk don't allow changes). Nothing was "
        "changed; make it writable, or copy it somewhere you can write to."
    )


def _read_only_message(path: Path) -> ReadOnlyStorage:
    folder = path.parent
    if folder.exists() and not _writable(folder):
        return read_only_folder(path)
    return read_only_file(path)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK | (os.X_OK if path.is_dir() else 0))


def explain(exc: BaseException, path: Path, doing: str = "the change") -> WorkbenchError | None:
    """The user's message for `exc`, raised while working on the database or file `path`
    (`doing` names the work, e.g. "the import"), or None when it is not a known failure."""
    if isinstance(exc, WorkbenchError):
        return exc
    exc = _unwrap(exc)
    code = _sqlite_code(exc)
    folder = path.parent
    if isinstance(exc, sqlite3.Error | driver.Error):
        text = str(exc)
        # Codes first; the words too, since some driver paths (the backup API) set no code.
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text:
            return damaged(path, text)
        full = code == SQLITE_FULL or "disk is full" in text
        if full or (code == SQLITE_IOERR and _looks_full(folder)):
            return disk_full(folder, doing)
        if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
            return DatabaseLocked(
                f"{path.name} is busy: another program or window has been writing to it "
                f"for more than 10 seconds, so {doing} could not be saved. Nothing was "
                "changed; try again in a moment, or close the other program."
            )
        if code == SQLITE_READONLY or "readonly" in text or "read-only" in text:
            return _read_only_message(path)
        if code == SQLITE_PERM:
            return PermissionDenied(
                f"You don't have permission to change {path}. Nothing was changed."
            )
        if code == SQLITE_CANTOPEN:
            if _looks_full(folder):
                return disk_full(folder, doing)
            if not folder.exists():
                return StorageError(f"The folder {folder} does not exist (any more).")
            if not _writable(folder) or (path.exists() and not _writable(path)):
                return _read_only_message(path)
            return StorageError(f"{path} can't be opened ({text}). Nothing was changed.")
        if code == SQLITE_IOERR or "disk I/O error" in text:
            return StorageError(
                f"The disk reported an error while {doing} was written to {path} ({text}). "
                "Nothing was changed; if it happens again, check the disk."
            )
        return None
    if isinstance(exc, OSError):
        return explain_os_error(exc, path, doing)
    if isinstance(exc, ValueError | TypeError) and _stored_value_unreadable(exc):
        # SQLite's integrity check can't see a byte flipped inside a value; turning the
        # value back into an id, a time or a number can. Either way the file is damaged.
        return damaged(path, f"a stored value can't be read: {exc}")
    return None


# Where stored values are turned back into Python: SQLAlchemy's result processing, our
# column types, and uuid/datetime parsing of the raw values reports read.
_VALUE_READERS = (
    os.sep + os.path.join("sqlalchemy", "engine") + os.sep,
    os.sep + os.path.join("sqlalchemy", "sql", "sqltypes.py"),
    os.sep + os.path.join("sqlalchemy", "sql", "type_api.py"),
    os.sep + os.path.join("workbench", "domain", "base.py"),
    os.sep + "uuid.py",
)


def _stored_value_unreadable(exc: BaseException) -> bool:
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and any(reader in frames[-1].filename for reader in _VALUE_READERS)


def explain_os_error(exc: OSError, path: Path, doing: str) -> WorkbenchError | None:
    where = Path(exc.filename) if exc.filename else path
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(where.parent, doing)
    if exc.errno == errno.EROFS:
        return ReadOnlyStorage(
            f"{where} is on a read-only disk, so {doing} could not be saved. Nothing was changed."
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        folder = where.parent
        if folder.is_dir() and not _writable(folder):
            return ReadOnlyStorage(
                f"The folder {folder} is read-only, so {doing} could not be saved there. "
                "Nothing was changed."
            )
        return PermissionDenied(
            f"You don't have permission to write {where}, so {doing} could not be saved. "
            "Nothing was changed."
        )
    if exc.errno == errno.ENOENT:
        return StorageError(f"{where} does not exist (any more). Nothing was changed.")
    if exc.errno == errno.EIO:
        return StorageError(
            f"The disk reported an error at {where} ({exc.strerror}). Nothing was changed; "
            "if it happens again, check the disk."
        )
    return None
