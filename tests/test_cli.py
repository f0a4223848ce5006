"""The CLI as a user runs it: real files, real subcommands, exit codes and messages."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main


def test_demo_then_self_test_on_the_same_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--deals", "2000", "--seed", "7"]) == 0
    assert "2000 opportunities" in capsys.readouterr().out
    assert main(["--db", str(path), "self-test"]) == 0
    out = capsys.readouterr().out
    assert "self-test passed" in out and "write round-trip: ok" in out
    assert "view Accounts: ok" in out


def test_self_test_creates_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sub" / "fresh.sqlite"
    assert main(["--db", str(path), "self-test"]) == 0
    assert "(created" in capsys.readouterr().out
    assert path.exists()


def test_random_bytes_are_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "noise.bin"
    path.write_bytes(os.urandom(4096))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for command in (["self-test"], ["demo", "--deals", "5"], ["db", "check"], ["db", "backup"]):
        assert main(["--db", str(path), *command]) == 2
        assert "not a Sales Workbench database" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"noise.bin"}


def test_db_backup_check_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.sqlite"
    assert main(["--db", str(path), "demo", "--deals", "50"]) == 0
    target = tmp_path / "b.sqlite"
    assert main(["--db", str(path), "db", "backup", "--to", str(target)]) == 0
    assert target.exists()
    assert main(["--db", str(path), "db", "check"]) == 0
    assert "result: OK" in capsys.readouterr().out
    assert main(["--db", str(path), "db", "restore", str(target)]) == 0
    assert "restored" in capsys.readouterr().out


def test_bad_arguments_exit_non_zero_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite"), "demo", "--deals", "-5"]) == 2
    assert "--deals" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["demo"])  # --deals is required
    assert info.value.code == 2


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(tmp_path / "m.sqlite"), "self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
