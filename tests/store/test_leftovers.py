"""What killed creations, upgrades and restores leave beside a database is removed by the
next start; nothing goes to the system's temporary folder."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from workbench.store import migrate


def _dead_pid() -> str:
    return subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip


def test_an_upgrade_works_beside_the_database_not_in_the_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    path = tmp_path / "db" / "old.sqlite"
    path.parent.mkdir()
    migrate.upgrade_file(path, "0004")
    seen: list[str] = []
    real = migrate.upgrade_file

    def watching(work: Path, revision: str = "head") -> None:
        seen.append(str(work.parent))
        real(work, revision)

    monkeypatch.setattr(migrate, "upgrade_file", watching)
    assert migrate.prepare_database(path) == "upgraded"
    assert seen == [str(path.parent)]
    assert list(system_tmp.iterdir()) == []
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


def test_the_next_open_removes_files_of_killed_upgrades_and_restores(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    migrate.prepare_database(path)
    dead = _dead_pid()
    left = [
        tmp_path / f".w.sqlite.upgrade-{dead}-0badc0de",
        tmp_path / f".w.sqlite.upgrade-{dead}-0badc0de-journal",
        tmp_path / f".w.sqlite.restore-{dead}-0badc0de",
        tmp_path / f".w.sqlite.new-{dead}-0badc0de",
    ]
    for p in left:
        p.write_bytes(b"half")
    assert migrate.prepare_database(path) == "current"
    assert [p.name for p in left if p.exists()] == []
