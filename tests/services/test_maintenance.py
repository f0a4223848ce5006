import sqlite3
from pathlib import Path

import pytest

from workbench.errors import DatabaseRefused
from workbench.services import accounts
from workbench.services.maintenance import backup, check, restore
from workbench.services.setup import open_workbench


def test_backup_then_restore_brings_back_the_old_state(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    db = open_workbench(path).db
    accounts.create_account(db, accounts.AccountInput(name="Before backup"))
    saved = backup(path, tmp_path / "copy.sqlite")
    accounts.create_account(db, accounts.AccountInput(name="After backup"))
    db.close()
    safety = restore(path, saved)
    db = open_workbench(path).db
    assert [r.name for r in accounts.list_accounts(db)] == ["Before backup"]
    db.close()
    db = open_workbench(safety).db  # the replaced state was kept
    assert {r.name for r in accounts.list_accounts(db)} == {"Before backup", "After backup"}
    db.close()


def test_restoring_a_non_workbench_file_replaces_nothing(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite"
    db = open_workbench(path).db
    accounts.create_account(db, accounts.AccountInput(name="Precious"))
    db.close()
    bogus = tmp_path / "bogus.sqlite"
    sqlite3.connect(bogus).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DatabaseRefused):
        restore(path, bogus)
    db = open_workbench(path).db
    assert [r.name for r in accounts.list_accounts(db)] == ["Precious"]
    db.close()


def test_backup_refuses_to_overwrite(tmp_path: Path, db_path: Path) -> None:
    open_workbench(db_path).db.close()
    target = tmp_path / "exists.sqlite"
    target.write_text("mine")
    with pytest.raises(Exception, match="already exists"):
        backup(db_path, target)
    assert target.read_text() == "mine"


def test_check_reports_a_healthy_database(db_path: Path) -> None:
    open_workbench(db_path).db.close()
    report = check(db_path)
    assert report.ok
    assert "integrity: ok" in report.lines
