"""The app around its window: opening a damaged file, restoring a backup, the daily backup,
and a large file checked while the window is already open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from tests.faults.tools import swap_index_roots
from workbench.errors import DatabaseChecking
from workbench.services import accounts, setup
from workbench.services.maintenance import backup, list_backups
from workbench.services.setup import open_workbench
from workbench.store.backups import DAILY
from workbench.store.db import integrity_problems


def _names(path: Path) -> list[str]:
    db = open_workbench(path).db
    try:
        return sorted(r.name for r in accounts.list_accounts(db))
    finally:
        db.close()


def _when_modal(qtbot, act: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog as soon as it is up (dialogs run their own loop)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _click(dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled()
    button.click()


def _with_account_and_backup(path: Path, name: str) -> Path:
    db = open_workbench(path).db
    accounts.create_account(db, accounts.AccountInput(name=name))
    db.close()
    return backup(path)


def test_a_damaged_database_offers_its_backups_and_opens_the_restored_one(
    qtbot, controller, db_path: Path
) -> None:
    _with_account_and_backup(db_path, "Kept in the backup")
    size = db_path.stat().st_size
    with db_path.open("r+b") as f:  # a disk fault: pages in the middle zeroed
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\0" * 8192)
    assert integrity_problems(db_path)

    seen: list[str] = []

    def choose(dialog: QDialog) -> None:
        seen.append(dialog.objectName())
        qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "restoreSelected").isEnabled())
        _click(dialog, "restoreSelected")

    _when_modal(qtbot, choose)
    ctl = controller(db_path)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000) as ready:
        ctl.open()
    assert seen == ["restoreDialog"]
    assert ready.args[0] is not None  # the restored database is open in a window
    assert not integrity_problems(db_path, quick=False)
    assert _names(db_path) == ["Kept in the backup"]
    # the damaged file was set aside, not named like a backup
    assert [p for p in db_path.parent.glob("*-backups/*.damaged")]
    assert all(not integrity_problems(b.path) for b in list_backups(db_path))


def test_restore_from_backup_in_the_file_menu_replaces_the_open_database(
    qtbot, controller, db_path: Path
) -> None:
    _with_account_and_backup(db_path, "Before")
    ctl = controller(db_path)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open()
    window = ctl.window
    accounts.create_account(window.ctx.db, accounts.AccountInput(name="After"))

    def choose(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "restoreSelected").isEnabled())
        _click(dialog, "restoreSelected")

    _when_modal(qtbot, choose)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        window.findChild(QAction, "restoreFromBackup").trigger()
    assert ctl.window is not window
    assert _names(db_path) == ["Before"]
    kinds = {b.label for b in list_backups(db_path)}
    assert "before-restore" in kinds  # what was replaced is kept


def test_the_day_starts_with_an_automatic_backup(qtbot, controller, db_path: Path) -> None:
    open_workbench(db_path).db.close()
    ctl = controller(db_path)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open()
    qtbot.waitUntil(lambda: any(b.label == DAILY for b in list_backups(db_path)), timeout=10000)
    ctl.window.close()
    ctl.window = None
    # a second start the same day takes no second one
    ctl2 = controller(db_path)
    with qtbot.waitSignal(ctl2.window_ready, timeout=20000):
        ctl2.open()
    ctl2.runner.wait(10000)
    assert [b.label for b in list_backups(db_path)].count(DAILY) == 1


def test_a_large_file_opens_at_once_and_saves_only_after_its_check(
    qtbot, controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_workbench(db_path).db.close()
    monkeypatch.setattr(setup, "CHECK_BEFORE_OPEN_BYTES", 0)  # every file counts as large
    result = open_workbench(db_path, background_check=True)
    with pytest.raises(DatabaseChecking):
        accounts.create_account(result.db, accounts.AccountInput(name="Too early"))
    assert result.db.verify() == []
    accounts.create_account(result.db, accounts.AccountInput(name="After the check"))
    result.db.close()
    ctl = controller(db_path)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open()
    qtbot.waitUntil(lambda: ctl.window.ctx.db.writable_now, timeout=10000)
    qtbot.waitUntil(lambda: "checked" in ctl.window.statusBar().currentMessage(), timeout=5000)


def _keep_reading_when_damaged(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next damage message with "Keep reading"; its text lands in the list."""
    texts: list[str] = []

    def keep_reading(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        for button in box.buttons():
            if button.text() == "Keep reading":
                button.click()

    _when_modal(qtbot, keep_reading)
    return texts


def test_damage_noticed_while_working_makes_the_window_read_only(
    qtbot, controller, db_path: Path
) -> None:
    open_workbench(db_path).db.close()
    ctl = controller(db_path)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open()
    window = ctl.window
    ctl.runner.wait(10000)
    texts = _keep_reading_when_damaged(qtbot)
    # what the engine hook does when a statement meets a malformed page
    window.ctx.db.mark_damaged("database disk image is malformed")
    qtbot.waitUntil(lambda: bool(texts), timeout=5000)
    assert "damaged" in texts[0]
    assert window.read_only_label.isVisible()
    with pytest.raises(Exception, match="damaged"):
        accounts.create_account(window.ctx.db, accounts.AccountInput(name="Not saved"))


def test_a_large_file_whose_index_no_longer_matches_is_found_by_the_background_check(
    qtbot, controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_workbench(db_path).db.close()
    swap_index_roots(db_path, "ix_reason_kind", "ix_reason_stamp")
    monkeypatch.setattr(setup, "CHECK_BEFORE_OPEN_BYTES", 0)  # every file counts as large
    texts = _keep_reading_when_damaged(qtbot)
    ctl = controller(db_path)
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open()
    qtbot.waitUntil(lambda: bool(texts), timeout=10000)
    assert "damaged" in texts[0]
    assert ctl.window.ctx.db.damaged
    with pytest.raises(Exception, match="damaged"):
        accounts.create_account(ctl.window.ctx.db, accounts.AccountInput(name="Not saved"))
