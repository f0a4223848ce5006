"""Sync in the window against `workbench-server serve` on PostgreSQL, in its own process:
sign in through the dialog, a colleague's change reaching the board by the long poll, a
conflict in the conflicts view restored, offline in the status bar, quit while syncing."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from tests.server.test_server_cli import _free_port
from tests.server_fixtures import PASSWORD, ServerDb
from tests.sync.test_cli_sync import serving
from tests.sync.test_team_walkthrough import _edit, _new_deal
from workbench.server import auth
from workbench.services.setup import current_user_id, open_workbench
from workbench.services.sharing import share_opportunity
from workbench.services.sync.conflicts import open_conflicts
from workbench.services.sync.engine import SyncEngine
from workbench.ui.board import BoardArea
from workbench.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)


def _sign_in(qtbot, window: MainWindow, url: str, user: str) -> None:  # type: ignore[no-untyped-def]
    window.open_sync()
    dialog = window.sync_dialog
    assert dialog is not None
    for name, text in (("syncServer", url), ("syncUser", user), ("syncPassword", PASSWORD)):
        edit = dialog.findChild(QLineEdit, name)
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.findChild(QPushButton, "syncSignIn"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync_status.text.text().startswith("Synced"), timeout=20000)


def _board_titles(board: BoardArea) -> set[str]:
    return {card.title for column in board.columns.values() for card in column.model.cards()}


@pytest.mark.slow
def test_sign_in_colleague_change_arrives_conflict_restored_offline_and_quit(
    qtbot, server_db: ServerDb, settings, tmp_path: Path
) -> None:
    auth.create_team(server_db.engine, "North")
    anna_id = auth.create_user(server_db.engine, "anna", PASSWORD, "North", "salesperson")
    auth.create_user(server_db.engine, "ben", PASSWORD, "North", "salesperson")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    ben_db = open_workbench(tmp_path / "ben.sqlite").db
    ben = SyncEngine(ben_db)
    anna_db = open_workbench(tmp_path / "anna.sqlite").db
    with serving(server_db, port) as server:
        ben.login(url, "ben", PASSWORD)
        ben.sync()
        window = MainWindow(anna_db, settings, user_id=current_user_id(anna_db))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.sync_status.text.isHidden()  # never signed in: nothing about sync
        _sign_in(qtbot, window, url, "anna")
        assert "anna (salesperson, team North)" in window.sync_dialog.account.text()
        board = window.show_area("board")
        assert isinstance(board, BoardArea)

        # A colleague's change reaches the open board by the long poll, within 2 s.
        deal = _new_deal(ben_db, "Harbour cranes")
        share_opportunity(ben_db, deal, anna_id)
        ben.sync()
        started = time.monotonic()
        qtbot.waitUntil(lambda: "Harbour cranes" in _board_titles(board), timeout=5000)
        assert time.monotonic() - started < 2.0

        # The same field on both: anna first (in the window), ben later; anna's lost.
        window.ctx.writes.submit(
            lambda: _edit(anna_db, deal, amount=Decimal("12000")), lambda _r: None, None, window
        )
        qtbot.waitUntil(lambda: window.sync_status.text.text().startswith("Synced"), timeout=10000)
        time.sleep(0.05)
        _edit(ben_db, deal, amount=Decimal("15000"))
        ben.sync()
        badge = window.sync_status.badge
        qtbot.waitUntil(lambda: badge.isVisible() and "1 conflict" in badge.text(), timeout=10000)
        qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
        dialog = window.sync_dialog
        assert dialog.tabs.currentIndex() == 1
        qtbot.waitUntil(lambda: dialog.conflicts.rowCount() == 1, timeout=5000)
        assert dialog.conflicts.item(0, 2).text() == "€12,000.00"
        assert dialog.conflicts.item(0, 3).text() == "€15,000.00"
        dialog.conflict_view.selectRow(0)
        qtbot.mouseClick(dialog.findChild(QPushButton, "restoreMine"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not badge.isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: dialog.conflicts.rowCount() == 0, timeout=10000)
        qtbot.waitUntil(lambda: window.sync.state.status.waiting == 0, timeout=10000)
        ben.sync()
        with ben_db.read() as s:
            from workbench.domain.sales import Opportunity

            assert s.get(Opportunity, deal).amount_minor == 1_200_000  # type: ignore[union-attr]
        assert open_conflicts(anna_db) == []

        # The server goes away: the status bar says so, and the window keeps working.
        server.kill()
        server.wait()
    window.ctx.writes.submit(
        lambda: _edit(anna_db, deal, notes="Call back Monday"), lambda _r: None, None, window
    )
    # (the deal and its history event)
    qtbot.waitUntil(
        lambda: (
            window.sync_status.text.text()
            == "Offline: 2 change(s) will be sent when you're back online"
        ),
        timeout=15000,
    )
    window.show_area("today")  # still responsive: areas switch, nothing modal
    assert not any(w.isModal() and w.isVisible() for w in window.findChildren(QLineEdit))

    # Quit while a sync is running: the window closes within the bound.
    window.sync.sync_now()
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 8
    ben.close()
    ben_db.close()


@pytest.mark.slow
def test_the_address_it_presets_signs_in_and_can_be_locked(
    qtbot, server_db: ServerDb, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from workbench.deployment import ENV_VAR

    auth.create_team(server_db.engine, "North")
    auth.create_user(server_db.engine, "anna", PASSWORD, "North", "salesperson")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    file = tmp_path / "deployment.json"
    file.write_text(json.dumps({"sync": {"server_url": url, "lock_server": True}}))
    monkeypatch.setenv(ENV_VAR, str(file))
    db = open_workbench(tmp_path / "anna.sqlite").db
    with serving(server_db, port):
        window = MainWindow(db, settings, user_id=current_user_id(db))
        qtbot.addWidget(window)
        window.show()
        window.open_sync()
        dialog = window.sync_dialog
        assert dialog is not None
        server = dialog.findChild(QLineEdit, "syncServer")
        qtbot.waitUntil(lambda: server.text() == url, timeout=5000)
        assert server.isReadOnly()
        assert dialog.server_note.isVisible()
        assert dialog.server_note.text() == (
            "Address set by your IT department. Only IT can change it."
        )
        # Only the user name and the password to type.
        for name, text in (("syncUser", "anna"), ("syncPassword", PASSWORD)):
            edit = dialog.findChild(QLineEdit, name)
            edit.setFocus()
            qtbot.keyClicks(edit, text)
        qtbot.mouseClick(dialog.findChild(QPushButton, "syncSignIn"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync_status.text.text().startswith("Synced"), timeout=20000)
        assert f"Signed in to {url} as anna" in dialog.account.text()
        assert not dialog.server_note.isVisible()
        window.close()
    db.close()
