from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.cli import main


def _leads(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM lead").fetchone()[0])


def test_cli_import_summary_report_and_reimport(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "leads.csv"
    f.write_text(
        "First Name;Last Name;Company;Email;Rating\n"
        "Ann;Lee;Lee Ltd;ann@lee.com;A\n"
        "Bob;Bad;Bad AG;bob@;B\n"
        "Ann;Lee;Lee Ltd;ann@lee.com;A\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.txt"
    code = main(["--db", str(db_path), "import", "leads", str(f), "--report", str(report)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Imported 1 of 3 rows; duplicates: 1 skipped, 0 merged; rejected: 1." in out
    assert "rejected line 3: “bob@” is not a valid e-mail address." in out
    assert "Rating" in out
    assert "line 3:" in report.read_text(encoding="utf-8")
    assert main(["--db", str(db_path), "import", "leads", str(f)]) == 0
    assert "Imported 0 of 3 rows; duplicates: 2 skipped" in capsys.readouterr().out
    assert _leads(db_path) == 1


def test_cli_dry_run_and_mapping(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "x.csv"
    f.write_text("Who,Mail\nAnn Lee,ann@lee.com\n", encoding="utf-8")
    m = tmp_path / "map.json"
    m.write_text('{"Who": "full_name", "Mail": "email"}', encoding="utf-8")
    code = main(["--db", str(db_path), "import", "leads", str(f), "--mapping", str(m), "--dry-run"])
    assert code == 0
    assert "Would import 1 of 1 rows" in capsys.readouterr().out
    assert not db_path.exists()


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03binary\x00" * 50])
def test_cli_unreadable_file_exits_nonzero_with_reason(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    f = tmp_path / "bad.csv"
    f.write_bytes(content)
    assert main(["--db", str(db_path), "import", "leads", str(f)]) == 2
    err = capsys.readouterr().err
    assert "empty" in err or "binary" in err
    assert main(["--db", str(db_path), "import", "leads", str(tmp_path / "missing.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_import_leaves_database_unchanged(db_path: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from import_bench import write_leads_csv

    assert main(["--db", str(db_path), "import", "leads", str(tmp_path / "none.csv")]) == 2
    big = tmp_path / "big.csv"
    write_leads_csv(big, 60_000)
    with sqlite3.connect(db_path) as conn:
        outbox_before = conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db_path), "import", "leads", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "in one transaction" in line, line + proc.stderr.read() if proc.stderr else ""
        # Wait until the importer holds the write lock, i.e. is inside its transaction.
        probe = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        deadline = time.monotonic() + 30
        locked = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
            except sqlite3.OperationalError:
                locked = True
                break
            time.sleep(0.005)
        probe.close()
        assert locked, "the import never started writing"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert _leads(db_path) == 0
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == outbox_before


def test_dry_run_without_a_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "new.sqlite"
    f = tmp_path / "x.csv"
    f.write_text("Name,Email\nAnn Lee,ann@lee.com\n\nBo Kim,bo@\n", encoding="utf-8")
    code = main(["--db", str(missing), "import", "leads", str(f), "--dry-run"])
    captured = capsys.readouterr()
    assert code == 0
    assert "Would import 1 of 2 rows" in captured.out
    assert "rejected line 4" in captured.out
    assert "1 empty row was skipped: line 3." in captured.out
    assert f"There is no database at {missing}" in captured.err
    assert not missing.exists() and not missing.parent.exists()
    assert list(tmp_path.iterdir()) == [f]


def test_dry_run_leaves_an_existing_database_byte_identical(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    from workbench.services.setup import open_workbench

    open_workbench(db_path).db.close()

    def files() -> dict[str, str]:
        # The database and any WAL content; a reader may leave SQLite's empty -wal and its
        # -shm index beside the file, which hold no data.
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(db_path.parent.iterdir())
            if p.name.startswith(db_path.name)
            and not p.name.endswith("-shm")
            and not (p.name.endswith("-wal") and p.stat().st_size == 0)
        }

    before = files()
    f = tmp_path / "x.csv"
    f.write_text("Name,Email\nAnn Lee,ann@lee.com\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", "leads", str(f), "--dry-run"]) == 0
    assert "Would import 1 of 1 rows" in capsys.readouterr().out
    assert files() == before
