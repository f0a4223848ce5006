"""Duplicates after a first sign-in: the same customer entered on two laptops is offered
for merging in Team sync ▸ Duplicates, against `workbench-server serve` on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

from tests.server.test_server_cli import _free_port
from tests.server_fixtures import PASSWORD, ServerDb
from tests.sync.test_cli_sync import serving
from tests.sync.test_team_walkthrough import _pipeline
from tests.ui.test_sync_team_windows import _shot
from workbench.domain.crm import Account
from workbench.domain.sales import Opportunity
from workbench.server import auth
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.opportunities import OpportunityInput, create_opportunity
from workbench.services.setup import current_user_id, open_workbench
from workbench.services.sync.duplicates import customer_duplicates
from workbench.services.sync.engine import SyncEngine
from workbench.ui.main_window import MainWindow


@pytest.mark.slow
@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_the_same_customer_on_two_laptops_is_merged_from_the_window(
    qtbot, server_db: ServerDb, settings, tmp_path: Path
) -> None:
    auth.create_team(server_db.engine, "North")
    auth.create_user(server_db.engine, "anna", PASSWORD, "North", "salesperson")
    auth.create_user(server_db.engine, "ben", PASSWORD, "North", "salesperson")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    ben_db = open_workbench(tmp_path / "ben.sqlite").db
    ben = SyncEngine(ben_db)
    theirs = create_account(ben_db, AccountInput(name="Quayside GmbH", city="Hamburg"))
    deal = create_opportunity(
        ben_db,
        OpportunityInput(title="Quay cranes", pipeline_id=_pipeline(ben_db), account_id=theirs),
    )
    # anna entered the same customer on her laptop before she ever signed in.
    anna_db = open_workbench(tmp_path / "anna.sqlite").db
    mine = create_account(anna_db, AccountInput(name="QUAYSIDE", city="Hamburg-Altona"))
    create_contact(anna_db, ContactInput(first_name="Jens", last_name="Kai", account_id=mine))
    with serving(server_db, port):
        ben.login(url, "ben", PASSWORD)
        ben.sync()
        window = MainWindow(anna_db, settings, user_id=current_user_id(anna_db))
        qtbot.addWidget(window)
        window.show()
        window.open_sync()
        dialog = window.sync_dialog
        assert dialog is not None
        for name, text in (("syncServer", url), ("syncUser", "anna"), ("syncPassword", PASSWORD)):
            edit = dialog.findChild(QLineEdit, name)
            edit.setFocus()
            qtbot.keyClicks(edit, text)
        sign_in = dialog.findChild(QPushButton, "syncSignIn")
        qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)
        # What will be uploaded first, then the sign-in itself.
        qtbot.waitUntil(dialog.preview.isVisible, timeout=5000)
        assert "duplicates to merge" in dialog.preview.text()
        qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync_status.text.text().startswith("Synced"), timeout=20000)
        dialog.close()

        badge = window.sync_status.duplicates
        qtbot.waitUntil(badge.isVisible, timeout=5000)
        assert badge.text() == "1 duplicate customer(s)"
        qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
        assert dialog.tabs.currentIndex() == 3
        view, model = dialog.duplicate_view, dialog.duplicates
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
        group = model.index(0, 0)
        assert model.rowCount(group) == 2
        assert model.itemFromIndex(group).text() == "Account “Quayside GmbH”: 2 copies"
        details = [model.index(r, 1, group).data() for r in range(2)]
        assert details[0].startswith("Hamburg · 0 deals · entered ben, ")  # his deal is his
        assert details[1].startswith("Hamburg-Altona · 0 deals · entered anna, ")
        merge = dialog.findChild(QPushButton, "mergeDuplicates")
        assert not merge.isEnabled()  # the group's own line picks no copy
        # anna keeps her copy (it has her contact); ben's deal moves to it.
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(model.index(1, 0, group)).center(),
        )
        assert merge.isEnabled()
        _shot(dialog, "sync-duplicates")
        qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
        assert dialog.tabs.tabText(3) == "D&uplicates"
        qtbot.waitUntil(lambda: not badge.isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: window.sync.state.status.waiting == 0, timeout=10000)
        ben.sync()
        assert customer_duplicates(ben_db) == []
        with ben_db.read() as s:
            assert s.get(Account, theirs).deleted  # type: ignore[union-attr]
            assert s.get(Opportunity, deal).account_id == mine  # type: ignore[union-attr]
        window.close()
    ben.close()
    ben_db.close()
