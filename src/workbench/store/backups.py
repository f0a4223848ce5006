"""Backups of a database file: written under a temporary name, verified, then named.

A file named like a backup is always a complete copy that passed SQLite's
`integrity_check`: a copy interrupted by a kill, a full disk or a damaged source is
removed, never left to be mistaken for a backup. Backups sit in `<name>-backups/` beside
the database (the user's data folder for the default database).

Automatic ones are taken daily (at the first start of a day), before every schema upgrade
and before every restore; daily ones are thinned to a retention of so many days, weeks
and months, the others to the latest few.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.settings import backup_dir_for
from workbench.store.db import (
    connect,
    file_key,
    integrity_problems,
    raise_if_stopped,
    read_only_connection,
)
from workbench.store.failures import damaged, explain
from workbench.store.fileops import abandoned, fsync_folder, remove_with_sidecars
from workbench.texts import fill, translate

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
#: how many backups of each other automatic kind ("before-<schema>", "before-restore") stay
KEEP_OTHERS = 3

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<label>[a-z0-9_-]+)\.sqlite$")


@dataclass(frozen=True)
class Retention:
    """How many daily backups are kept: the newest of each of the last `daily` days,
    of each of the last `weekly` ISO weeks and of each of the last `monthly` months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    @classmethod
    def parse(cls, text: str) -> Retention:
        try:
            daily, weekly, monthly = (int(part) for part in text.split(","))
        except ValueError:
            refused = translate(
                "Backups",
                "“%1” is not a retention: give three whole numbers for days, weeks and "
                "months, e.g. 7,4,6.",
            )
            raise WorkbenchError(fill(refused, text)) from None
        if min(daily, weekly, monthly) < 0 or max(daily, weekly, monthly) > 1000:
            raise WorkbenchError(
                translate("Backups", "Each retention number must be between 0 and 1000.")
            )
        if daily + weekly + monthly == 0:
            raise WorkbenchError(
                translate("Backups", "Keep at least one daily, weekly or monthly backup.")
            )
        return cls(daily, weekly, monthly)

    def __str__(self) -> str:
        return f"{self.daily},{self.weekly},{self.monthly}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware UTC
    label: str
    size: int


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a live database consistently (including its WAL) with SQLite's backup API.
    The copy of an encrypted database is encrypted with the same key (SQLCipher copies
    only between files of the same key)."""
    key = file_key(source)
    src = read_only_connection(source)
    try:
        dst = connect(target, key=key)
        try:
            with dst:
                # In steps, so that a copy in a closing app's background stops.
                src.backup(dst, pages=4096, progress=lambda *_: raise_if_stopped())
        finally:
            dst.close()
    finally:
        src.close()


def write_verified_copy(source: Path, target: Path, *, doing: str = "the backup") -> Path:
    """Copy `source` to `target` through a hidden temporary file that is checked with
    `integrity_check` and flushed to disk before it takes the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_partial_files(target.parent)
    partial = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    try:
        sqlite_copy(source, partial)
        _single_file(partial)
        problems = integrity_problems(partial, quick=False)
        if problems:
            raise damaged(source, problems[0])
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
        remove_with_sidecars(partial)  # the check's empty -wal and -shm
    except BaseException as exc:
        remove_with_sidecars(partial)
        mapped = explain(exc, source, doing)
        if mapped is not None and mapped is not exc:
            raise mapped from exc
        raise
    return target


def _single_file(path: Path) -> None:
    # The copy inherits the source's WAL mode, and every read of a WAL file leaves -wal and
    # -shm files beside it (under the temporary name, once renamed): a backup is one file.
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def backup_name(db_path: Path, label: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return f"{db_path.stem}-{stamp}-{label}.sqlite"


def make_backup(db_path: Path, label: str = MANUAL) -> Path:
    """A verified backup of `db_path` in its backup folder; older automatic ones of the
    same kind beyond the retention are removed afterwards."""
    folder = backup_dir_for(db_path)
    target = write_verified_copy(db_path, folder / backup_name(db_path, label))
    if label != MANUAL and label != DAILY:
        _keep_latest(b for b in list_backups(db_path) if b.label == label)
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first."""
    folder = backup_dir_for(db_path)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or m["stem"] != db_path.stem or not entry.is_file():
            continue
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
        found.append(BackupInfo(entry, taken, m["label"], entry.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes the quick check (a backup can rot on disk too)."""
    for info in list_backups(db_path):
        if not integrity_problems(info.path, quick=True):
            return info
    return None


def daily_backup_due(db_path: Path, today: date | None = None) -> bool:
    today = today or datetime.now().astimezone().date()
    return not any(
        b.label == DAILY and b.taken_at.astimezone().date() == today for b in list_backups(db_path)
    )


def take_daily_backup(db_path: Path, retention: Retention) -> Path | None:
    """The day's automatic backup, if none was taken today; then thin the daily ones."""
    if not daily_backup_due(db_path):
        return None
    target = make_backup(db_path, DAILY)
    prune_daily(db_path, retention)
    return target


def prune_daily(db_path: Path, retention: Retention) -> list[Path]:
    """Remove the daily backups the retention doesn't keep; returns what was removed."""
    daily = [b for b in list_backups(db_path) if b.label == DAILY]
    keep = kept_by_retention(daily, retention)
    removed = [b.path for b in daily if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def kept_by_retention(backups: Iterable[BackupInfo], retention: Retention) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last N days, weeks and
    months that have one (periods without a backup don't use up the count)."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    for count, period in (
        (retention.daily, lambda d: d.isoformat()),
        (retention.weekly, lambda d: tuple(d.isocalendar())[:2]),
        (retention.monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for b in newest_first:
            key = period(b.taken_at.astimezone().date())
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(b.path)
    return keep


def _keep_latest(backups: Iterable[BackupInfo], count: int = KEEP_OTHERS) -> None:
    for old in sorted(backups, key=lambda b: b.taken_at, reverse=True)[count:]:
        old.path.unlink(missing_ok=True)


def remove_partial_files(folder: Path) -> None:
    """Remove temporary copies killed backups left behind (their names can't be taken
    for backups, but they take space); copies still being written by another process
    stay. Every backup runs this first."""
    if folder.is_dir():
        for entry in folder.glob(".*.partial*"):
            if abandoned(entry):
                entry.unlink(missing_ok=True)
