"""A salesperson's file is the only copy until the next sync: damaged, half-created,
truncated and newer files as every command meets them, through the real CLI."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.settings import backup_dir_for
from workbench.store.backups import list_backups
from workbench.store.db import integrity_problems

DAMAGED_EXIT = 3


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    env_home = os.environ.get("WORKBENCH_HOME")
    os.environ["WORKBENCH_HOME"] = str(path.parent / "home")
    try:
        assert main(["--db", str(path), "demo", "--deals", "600", "--seed", "3"]) == 0
    finally:
        if env_home is None:
            os.environ.pop("WORKBENCH_HOME", None)
        else:
            os.environ["WORKBENCH_HOME"] = env_home
    return path


def _zero_middle_pages(path: Path, pages: int = 3) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\0" * 4096 * pages)


@pytest.fixture
def damaged_copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(demo_file.read_bytes())
    _zero_middle_pages(path)
    assert integrity_problems(path)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["self-test"],
        ["import", "leads", "LEADS"],
        ["db", "backup"],
        ["offer", "list"],
        ["export", "meetings", "-o", "OUT"],
        ["demo", "--deals", "5"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_every_command_refuses_a_damaged_database_and_leaves_it_byte_identical(
    damaged_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    leads = tmp_path / "leads.csv"
    leads.write_text("Name,E-mail,Company\nAnna Berg,anna@berg.example,Berg AG\n")
    args = [
        str(leads) if a == "LEADS" else str(tmp_path / "out.ics") if a == "OUT" else a
        for a in command
    ]
    before = _digest(damaged_copy)
    assert main(["--db", str(damaged_copy), *args]) == DAMAGED_EXIT
    err = capsys.readouterr().err
    assert "is damaged" in err and "Restore the latest good backup" in err
    assert "Traceback" not in err
    assert _digest(damaged_copy) == before
    assert list_backups(damaged_copy) == []  # no "backup" of a damaged file
    assert not (tmp_path / "out.ics").exists()


def test_db_check_names_the_damage_and_the_way_out(
    damaged_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(damaged_copy)
    assert main(["--db", str(damaged_copy), "db", "check"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEMS FOUND" in out and "db restore" in out
    assert _digest(damaged_copy) == before


def test_backup_of_a_truncated_file_is_refused_and_leaves_no_file(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.sqlite"
    path.write_bytes(demo_file.read_bytes()[: demo_file.stat().st_size // 2])
    target = tmp_path / "copy.sqlite"
    assert main(["--db", str(path), "db", "backup", "--to", str(target)]) == DAMAGED_EXIT
    assert main(["--db", str(path), "db", "backup"]) == DAMAGED_EXIT
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err
    assert not target.exists()
    assert not backup_dir_for(path).exists() or not any(backup_dir_for(path).iterdir())
    # (SQLite's own empty -wal/-shm working files may appear beside a file it has read)
    left = {p.name for p in tmp_path.iterdir()} - {"home", "cut.sqlite-wal", "cut.sqlite-shm"}
    assert left == {"cut.sqlite"}


def test_db_check_of_a_newer_database_says_it_cannot_be_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "newer.sqlite"
    assert main(["--db", str(path), "demo", "--deals", "3"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(path), "db", "check"]) == 1
    out = capsys.readouterr().out
    assert "newer version" in out and "will upgrade" not in out
    assert "PROBLEMS FOUND" in out
    assert main(["--db", str(path), "self-test"]) == 2
    assert "newer version" in capsys.readouterr().err


def _workbench(*args: str, env_home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WORKBENCH_HOME": str(env_home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_a_kill_while_a_new_database_is_created_leaves_no_half_made_file(
    tmp_path: Path,
) -> None:
    # Spread kills over the creation (migrations, seeding, demo data); whatever moment a
    # kill lands on, the name holds either nothing or a whole, marked database.
    for i, delay in enumerate((0.15, 0.3, 0.45, 0.6, 0.8, 1.0, 1.3)):
        path = tmp_path / f"new{i}.sqlite"
        proc = _workbench("--db", str(path), "demo", "--deals", "200", env_home=tmp_path)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        if path.exists():
            assert not integrity_problems(path), f"kill after {delay}s"
        assert (
            main(
                ["--db", str(path), "db", "check"]
                if path.exists()
                else ["--db", str(path), "demo", "--deals", "0"]
            )
            == 0
        )
        assert main(["--db", str(path), "db", "check"]) == 0
    leftovers = [p.name for p in tmp_path.iterdir() if ".new-" in p.name]
    assert leftovers == []  # the next creation in the folder cleared killed attempts


def test_two_processes_creating_the_same_database_leave_one_good_one(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    files = []
    for who in ("Anna", "Ben"):
        csv = tmp_path / f"{who}.csv"
        csv.write_text(f"Name,E-mail\n{who} Lind,{who.lower()}@lind.example\n")
        files.append(csv)
    procs = [
        _workbench("--db", str(path), "import", "leads", str(f), env_home=tmp_path) for f in files
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [r[1].decode() for r in results]
    assert not integrity_problems(path, quick=False)
    assert main(["--db", str(path), "db", "check"]) == 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM pipeline").fetchone()[0] > 0
        users = conn.execute("SELECT value FROM workbench_meta WHERE key='current_user_id'")
        assert len(users.fetchall()) == 1
        # both imports landed in the one database that exists
        assert conn.execute("SELECT count(*) FROM lead").fetchone()[0] == 2
    finally:
        conn.close()
    assert not [p for p in tmp_path.iterdir() if ".new-" in p.name]


def test_an_unexpected_error_shows_one_line_and_logs_the_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bug in a command (here: a command function that fails) must not print a traceback.
    import workbench.commands.db as db_command

    def broken(_args: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(db_command, "_check", broken)
    path = tmp_path / "w.sqlite"
    assert main(["--db", str(path), "demo", "--deals", "0"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "db", "check"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err and "The details are in" in err
    log_file = Path(err.rsplit("The details are in ", 1)[1].strip().rstrip("."))
    assert "ZeroDivisionError" in log_file.read_text()
    assert "Traceback" in log_file.read_text()


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit codes:" in out and "damaged" in out and "disk full" in out
