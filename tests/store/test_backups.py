"""Backup files: one whole file under its final name, nothing else left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.services.maintenance import backup
from workbench.services.setup import open_workbench
from workbench.settings import backup_dir_for


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
