"""A full disk under the database and its backups: every command says so (exit 4), the
database is unchanged and whole, no partial file is left, and after space is freed the
same command works."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from alembic import command

from tests.faults.tools import (
    broken_backups,
    cli,
    integrity,
    scalar,
    sha256,
    temporary_files,
    write_leads_csv,
)
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.settings import backup_dir_for
from workbench.store import migrate
from workbench.store.backups import list_backups
from workbench.store.db import make_engine

OLD_REVISION = "0004"


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sources")
    base = root / "base.sqlite"
    db = open_workbench(base).db
    generate_demo(db, 300, seed=3)
    db.close()
    old = root / "old.sqlite"
    shutil.copyfile(base, old)
    engine = make_engine(old, immediate=True)
    try:
        with engine.connect() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, OLD_REVISION)
            conn.commit()
    finally:
        engine.dispose()
    backup = root / "backup.sqlite"
    shutil.copyfile(base, backup)
    return {
        "base": base,
        "old": old,
        "backup": backup,
        "leads": write_leads_csv(root / "leads.csv", 3000),
    }


def fill(disk: Path, leave: int) -> Path:
    """Take all but `leave` bytes of the disk."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    subprocess.run(["fallocate", "-l", str(max(free - leave, 4096)), str(filler)], check=True)
    return filler


COMMANDS = {
    "import": lambda s, out: ["import", "leads", str(s["leads"])],
    "demo": lambda s, out: ["demo", "--deals", "300", "--seed", "9"],
    "backup": lambda s, out: ["db", "backup"],
    "restore": lambda s, out: ["db", "restore", str(s["backup"])],
}


def _assert_refused(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 4, (result.returncode, result.stderr)
    assert "is full" in result.stderr and "disk" in result.stderr.lower()
    assert "Traceback" not in result.stderr


CASES = [(name, 64 << 10) for name in sorted(COMMANDS)] + [("import", 2 << 20), ("demo", 2 << 20)]


@pytest.mark.parametrize(("name", "leave"), CASES, ids=[f"{n}-{b >> 10}KiB" for n, b in CASES])
def test_a_full_disk_refuses_and_changes_nothing(
    small_disk: Path, tmp_path: Path, sources: dict[str, Path], name: str, leave: int
) -> None:
    home = small_disk / "home"
    path = small_disk / "w.sqlite"
    shutil.copyfile(sources["base"], path)
    args = COMMANDS[name](sources, tmp_path)
    filler = fill(small_disk, leave)
    before = sha256(path)
    for _attempt in range(2):
        result = cli(path, *args, home=home)
        _assert_refused(result)
        assert sha256(path) == before
        assert not integrity(path)
        assert temporary_files(small_disk) == []
        assert list_backups(path) == []
    filler.unlink()
    result = cli(path, *args, home=home)
    assert result.returncode == 0, result.stderr
    assert not integrity(path)
    assert not broken_backups(path)
    assert temporary_files(small_disk) == []


@pytest.mark.parametrize("room", ["none", "for the backup only"])
def test_an_upgrade_on_a_full_disk_leaves_the_old_file_and_no_pile_of_backups(
    small_disk: Path, sources: dict[str, Path], room: str
) -> None:
    home = small_disk / "home"
    path = small_disk / "w.sqlite"
    shutil.copyfile(sources["old"], path)
    size = path.stat().st_size
    filler = fill(small_disk, 64 << 10 if room == "none" else size + size // 4)
    before = sha256(path)
    for _attempt in range(3):
        result = cli(path, "offer", "list", home=home)
        _assert_refused(result)
        assert sha256(path) == before
        assert migrate.current_revision(path) == OLD_REVISION
        assert temporary_files(small_disk) == []
        assert len(list_backups(path)) <= 1
        assert not broken_backups(path)
    filler.unlink()
    result = cli(path, "offer", "list", home=home)
    assert result.returncode == 0, result.stderr
    assert migrate.current_revision(path) == migrate.head_revision()
    assert scalar(path, "SELECT count(*) FROM opportunity") == 300
    assert not integrity(path) and not broken_backups(path)
    assert temporary_files(small_disk) == []
    assert backup_dir_for(path).is_dir()
