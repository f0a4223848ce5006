"""Another program holds the write lock for longer than the busy timeout: a write from the
command line gives up with the "busy" message and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.faults.tools import cli, integrity, scalar, write_leads_csv
from workbench.services.setup import open_workbench


def test_an_import_while_another_program_writes_says_busy(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    open_workbench(path).db.close()
    leads = write_leads_csv(tmp_path / "leads.csv", 500)
    holder = sqlite3.connect(path, isolation_level=None, timeout=1)
    try:
        holder.execute("PRAGMA journal_mode=WAL")
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO workbench_meta (key, value) VALUES ('other', 'program')")
        result = cli(path, "import", "leads", str(leads), home=tmp_path / "home", timeout=120)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 4, result.stderr
    assert "busy" in result.stderr and "Traceback" not in result.stderr
    assert scalar(path, "SELECT count(*) FROM lead") == 0
    assert not integrity(path)
    result = cli(path, "import", "leads", str(leads), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert scalar(path, "SELECT count(*) FROM lead") == 500
