"""Backup files: one whole file under its final name, nothing else left behind."""

from __future__ import annotations

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
