"""The CLI as a user runs it: real files, real subcommands, exit codes and messages."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import COMMANDS, NO_DISPLAY, main, no_display_problem


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


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env if env is not None else os.environ.copy(),
    )


def test_help_says_no_command_opens_the_window_and_lists_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Run `workbench` without a command to open the window" in out
    for command in COMMANDS:
        assert f"{command.name} {command.help}" in out


# Run in a fresh interpreter: what a `--help` imports, as a user's shell would see it.
IMPORTED_BY = """
import sys
from workbench.cli import COMMANDS, NO_DISPLAY, main, no_display_problem
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""


@pytest.mark.parametrize("command", [None, *(c.name for c in COMMANDS)])
def test_help_imports_no_services_and_no_other_command(command: str | None) -> None:
    args = [command, "--help"] if command else ["--help"]
    result = subprocess.run(
        [sys.executable, "-c", IMPORTED_BY, *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    modules = set(result.stdout.split())
    heavy = {"sqlalchemy", "PySide6", "workbench.services", "workbench.store", "workbench.reports"}
    assert not modules & heavy
    commands = {m for m in modules if m.startswith("workbench.commands.")}
    expected = {c.configure.partition(":")[0] for c in COMMANDS if c.name == command}
    assert commands == expected


def test_choices_checked_only_when_given_still_refuse_a_bad_value(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "r.sqlite"), "report", "pipeline", "--format", "docx")
    assert result.returncode == 2
    assert "invalid choice: 'docx' (choose from pdf, xlsx, csv)" in result.stderr
    result = _run("import", "leads", "x.csv", "--duplicates", "overwrite")
    assert result.returncode == 2
    assert "choose from skip, merge, keep" in result.stderr


def _without_display() -> dict[str, str]:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    return {k: v for k, v in os.environ.items() if k not in hidden}


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_no_display_explains_how_to_run_headless_instead_of_a_qt_abort(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    result = _run("--db", str(path), env=_without_display())
    assert result.returncode == NO_DISPLAY
    assert "no display to open the window on" in result.stderr
    assert "xvfb-run -a workbench" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "xcb" not in result.stderr and "Traceback" not in result.stderr
    assert not path.exists()  # nothing was opened or created
    # The commands don't need a display.
    assert _run("--db", str(path), "demo", "--deals", "5", env=_without_display()).returncode == 0


def test_a_display_or_a_chosen_qt_platform_is_enough() -> None:
    assert no_display_problem({}, "linux") and no_display_problem({"DISPLAY": ""}, "freebsd14")
    assert not no_display_problem({"DISPLAY": ":0"}, "linux")
    assert not no_display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display_problem({}, "win32") and not no_display_problem({}, "darwin")
