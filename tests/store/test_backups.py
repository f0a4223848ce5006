"""Backups: verified before they are named, thinned by retention, never half-written."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.errors import DatabaseDamaged, WorkbenchError
from workbench.services.maintenance import backup
from workbench.services.setup import open_workbench
from workbench.settings import backup_dir_for
from workbench.store import backups
from workbench.store.backups import BackupInfo, Retention, kept_by_retention


def _info(when: datetime) -> BackupInfo:
    return BackupInfo(Path(f"/b/{when.isoformat()}"), when, backups.DAILY, 1)


def test_retention_keeps_the_newest_of_each_day_week_and_month() -> None:
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    # two backups a day for a year
    found = [_info(start + timedelta(hours=12 * i)) for i in range(730)]
    keep = kept_by_retention(found, Retention(7, 4, 6))
    kept = sorted((b for b in found if b.path in keep), key=lambda b: b.taken_at)
    newest = found[-1]
    assert newest.path in keep
    days = {b.taken_at.astimezone().date() for b in kept}
    months = {(d.year, d.month) for d in days}
    assert len(months) == 6  # six months reach back
    assert len(kept) <= 7 + 4 + 6
    # the last seven days each keep exactly their newest backup
    last_days = sorted({b.taken_at.astimezone().date() for b in found})[-7:]
    for day in last_days:
        of_day = [b for b in found if b.taken_at.astimezone().date() == day]
        assert max(of_day, key=lambda b: b.taken_at).path in keep


@settings(max_examples=60, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=400 * 24), min_size=1, max_size=80),
    daily=st.integers(0, 10),
    weekly=st.integers(0, 6),
    monthly=st.integers(0, 8),
)
def test_retention_always_keeps_the_newest_and_never_more_than_asked(
    offsets: list[int], daily: int, weekly: int, monthly: int
) -> None:
    start = datetime(2025, 6, 1, tzinfo=UTC)
    found = [_info(start + timedelta(hours=h)) for h in set(offsets)]
    keep = kept_by_retention(found, Retention(daily, weekly, monthly))
    assert len(keep) <= daily + weekly + monthly
    if daily + weekly + monthly:
        assert max(found, key=lambda b: b.taken_at).path in keep


def test_retention_text_is_checked() -> None:
    assert str(Retention.parse("7,4,6")) == "7,4,6"
    for bad in ("7,4", "a,b,c", "-1,4,6", "0,0,0"):
        with pytest.raises(WorkbenchError):
            Retention.parse(bad)


def test_a_backup_of_a_damaged_database_is_refused_and_leaves_no_file(db_path: Path) -> None:
    db = open_workbench(db_path).db
    db.close()
    with db_path.open("r+b") as f:  # wreck the schema page, keep the header
        f.seek(100)
        f.write(b"\xff" * (4096 - 100))
    with pytest.raises(DatabaseDamaged):
        backups.make_backup(db_path)
    folder = backup_dir_for(db_path)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_backups_of_one_automatic_kind_are_capped(db_path: Path) -> None:
    open_workbench(db_path).db.close()
    for _ in range(5):
        backups.make_backup(db_path, "before-0009")
    kinds = [b.label for b in backups.list_backups(db_path)]
    assert kinds.count("before-0009") == backups.KEEP_OTHERS


def test_hidden_partial_files_are_never_listed_and_are_cleaned_up(db_path: Path) -> None:
    open_workbench(db_path).db.close()
    good = backups.make_backup(db_path)
    folder = backup_dir_for(db_path)
    partial = folder / f".{backups.backup_name(db_path, 'daily')}.1234abcd.partial"
    partial.write_bytes(good.read_bytes()[:5000])  # what a kill mid-copy leaves
    assert [b.path for b in backups.list_backups(db_path)] == [good]
    backups.remove_partial_files(folder)
    assert not partial.exists()


def test_the_daily_backup_is_taken_once_a_day_and_thinned(db_path: Path) -> None:
    open_workbench(db_path).db.close()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True)
    old = backups.make_backup(db_path, backups.DAILY)
    # pretend older daily backups exist, one per day for 20 days
    for days in range(1, 21):
        when = datetime.now(UTC) - timedelta(days=days)
        (folder / backups.backup_name(db_path, backups.DAILY, when)).write_bytes(old.read_bytes())
    old.unlink()  # so today's is due
    assert backups.daily_backup_due(db_path)
    made = backups.take_daily_backup(db_path, Retention(3, 2, 1))
    assert made is not None
    assert not backups.daily_backup_due(db_path)
    assert backups.take_daily_backup(db_path, Retention(3, 2, 1)) is None
    dailies = [b for b in backups.list_backups(db_path) if b.label == backups.DAILY]
    assert len(dailies) <= 3 + 2 + 1
    assert dailies[0].path == made
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_backup_is_one_file_and_leaves_no_journal_files(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    open_workbench(path).db.close()
    target = backup(path, tmp_path / "copy.sqlite")
    made = backup(path)
    assert {p.name for p in backup_dir_for(path).iterdir()} == {made.name}
    leftovers = {p.name for p in tmp_path.iterdir()} - {"home", "live-backups"}
    assert leftovers <= {"live.sqlite", "live.sqlite-wal", "live.sqlite-shm", target.name}


def test_the_next_backup_removes_copies_of_killed_backups_only(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    open_workbench(path).db.close()
    folder = backup_dir_for(path)
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    killed = folder / f".live-x-manual.sqlite.{dead}-0badc0de.partial"
    killed.write_bytes(b"half a copy")
    Path(f"{killed}-journal").write_bytes(b"")
    running = folder / f".live-y-manual.sqlite.{os.getpid()}-0badc0de.partial"
    running.write_bytes(b"being written")
    made = backup(path)
    assert {p.name for p in folder.iterdir()} == {made.name, running.name}
