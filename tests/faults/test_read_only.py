"""A database the user may only read: a read-only file, a read-only folder, and a file
made read-only while an import runs. Commands that write say "read-only" (exit 4), create
nothing beside the file, and work again once it is writable."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.tools import (
    cli,
    env_for,
    integrity,
    scalar,
    sha256,
    temporary_files,
    wait_ready,
    worker,
    write_leads_csv,
)
from workbench.services.demo import generate_demo
from workbench.services.maintenance import backup
from workbench.services.setup import open_workbench

WRITES = {
    "self-test": ["self-test"],
    "import": ["import", "leads", "LEADS"],
    "demo": ["demo", "--deals", "5", "--seed", "9"],
    "restore": ["db", "restore", "BACKUP"],
    "offer list": ["offer", "list"],
    "export": ["export", "meetings", "-o", "OUT"],
}
#: reading commands may work on a read-only file (they never write to it)
READS = {"check": ["db", "check"], "backups": ["db", "backups"], "backup": ["db", "backup"]}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ro-base") / "base.sqlite"
    db = open_workbench(path).db
    generate_demo(db, 50, seed=3)
    db.close()
    return path


@pytest.fixture
def shared(base: Path) -> Iterator[Path]:
    """A folder every user may write to, with a database and an import file in it (outside
    pytest's folder, which only its owner may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="workbench-ro-"))
    try:
        os.chmod(folder, 0o777)
        yield _fill(folder, base)
    finally:
        for p in [folder, *folder.rglob("*")]:
            os.chmod(p, 0o777 if p.is_dir() else 0o666)
        shutil.rmtree(folder)


def _fill(folder: Path, base: Path) -> Path:
    shutil.copyfile(base, folder / "w.sqlite")
    backup(base, folder / "backup.sqlite")  # a backup as the app writes them
    for name in ("w.sqlite", "backup.sqlite"):
        os.chmod(folder / name, 0o666)
    write_leads_csv(folder / "leads.csv", 200)
    (folder / "home").mkdir(mode=0o777)
    os.chmod(folder / "home", 0o777)
    return folder


def _args(words: list[str], folder: Path) -> list[str]:
    swap = {"LEADS": "leads.csv", "BACKUP": "backup.sqlite", "OUT": "out.ics"}
    return [str(folder / swap[w]) if w in swap else w for w in words]


def _run(db: Path, args: list[str], folder: Path, prefix: list[str]):  # type: ignore[no-untyped-def]
    return cli(db, *args, home=folder / "home", prefix=prefix, timeout=180)


def _listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} - {"home", "out.ics"}


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_database_is_refused_untouched_then_works(
    shared: Path, unprivileged: list[str], where: str
) -> None:
    db = shared / "w.sqlite"
    if where == "file":
        os.chmod(db, 0o444)
        folder = shared
    else:
        folder = shared / "locked"
        folder.mkdir()
        db = folder / "w.sqlite"
        shutil.move(shared / "w.sqlite", db)
        os.chmod(folder, 0o555)
    before, listing = sha256(db), _listing(folder)
    for name, words in WRITES.items():
        result = _run(db, _args(words, shared), shared, unprivileged)
        assert result.returncode == 4, (name, result.returncode, result.stderr)
        assert "read-only" in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr and "damaged" not in result.stderr
        assert sha256(db) == before, name
        assert _listing(folder) == listing, name  # no -wal, -shm or backup folder
    for name, words in READS.items():
        result = _run(db, _args(words, shared), shared, unprivileged)
        assert result.returncode in (0, 4), (name, result.stderr)
        assert "Traceback" not in result.stderr
        assert result.returncode == 0 or "read-only" in result.stderr, (name, result.stderr)
        assert sha256(db) == before
    os.chmod(folder, 0o777)
    os.chmod(db, 0o666)
    for words in (WRITES["import"], WRITES["offer list"]):
        result = _run(db, _args(words, shared), shared, unprivileged)
        assert result.returncode == 0, result.stderr
    assert not integrity(db)
    assert scalar(db, "SELECT count(*) FROM lead WHERE company LIKE 'A Firm %'") == 200


def test_a_file_made_read_only_during_an_import(shared: Path, unprivileged: list[str]) -> None:
    db = shared / "w.sqlite"
    write_leads_csv(shared / "big.csv", 20000, tag="B")
    before = scalar(db, "SELECT count(*) FROM lead")
    env = env_for(shared / "home")
    outcomes = set()
    for delay in (0.0, 0.3, 1.0):  # before it opens, while it checks rows, while it writes
        os.chmod(db, 0o666)
        with worker("cli", "--db", str(db), "import", "leads", str(shared / "big.csv"),
                    home=shared, env=env, prefix=unprivileged) as proc:  # fmt: skip
            wait_ready(proc)
            time.sleep(delay)
            os.chmod(db, 0o444)
            _out, err = proc.communicate(timeout=180)
        outcomes.add(proc.returncode)
        assert proc.returncode in (0, 4), err
        assert "Traceback" not in err
        if proc.returncode == 4:
            assert "read-only" in err, err
        assert not integrity(db)
        count = scalar(db, "SELECT count(*) FROM lead")
        assert count in (before, before + 20000)
        before = count
    os.chmod(db, 0o666)
    result = _run(db, ["db", "check"], shared, unprivileged)
    assert result.returncode == 0, result.stderr
    assert temporary_files(shared) == []
    assert 4 in outcomes
