"""An open editor whose record another writer changes: a colleague's edit pulled by sync
(a real `workbench-server serve` on PostgreSQL), or another part of the window. The editor
shows "… changed this … while you were editing: Reload / Keep editing", and neither the
colleague's change nor the person's typing is lost without them choosing it."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.server.test_server_cli import _free_port
from tests.server_fixtures import PASSWORD, ServerDb
from tests.sync.test_cli_sync import serving
from tests.sync.test_team_walkthrough import _edit, _new_deal
from tests.ui.test_sync_team_windows import _shot
from tests.ui.test_sync_window import _sign_in
from workbench.domain.money import parse_decimal
from workbench.domain.sales import Opportunity
from workbench.server import auth
from workbench.services import accounts, offers
from workbench.services.setup import current_user_id, open_workbench
from workbench.services.sharing import share_opportunity
from workbench.services.sync.engine import SyncEngine
from workbench.ui.accounts import AccountDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.offers import open_offer_editor
from workbench.ui.operations import WriteOp
from workbench.ui.opportunity_dialog import OpportunityDialog


def _click(qtbot, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


@pytest.mark.slow
@pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)
def test_a_colleagues_change_pulled_while_the_deal_is_open(
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
    with serving(server_db, port):
        ben.login(url, "ben", PASSWORD)
        ben.sync()
        deal = _new_deal(ben_db, "Harbour cranes")
        share_opportunity(ben_db, deal, anna_id)
        ben.sync()
        window = MainWindow(anna_db, settings, user_id=current_user_id(anna_db))
        qtbot.addWidget(window)
        window.show()
        _sign_in(qtbot, window, url, "anna")
        assert window.sync_dialog is not None
        window.sync_dialog.close()

        dialog = OpportunityDialog(window.ctx, deal, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
        dialog.notes.setFocus()
        qtbot.keyClicks(dialog.notes, "Wants two cranes")

        # ben changes the amount and the title; the long poll brings it into anna's window.
        _edit(ben_db, deal, amount=Decimal("15000"), title="Harbour cranes (phase 1)")
        ben.sync()
        bar = dialog.underneath
        qtbot.waitUntil(bar.isVisible, timeout=5000)
        assert bar.text.text() == "ben changed this deal while you were editing."
        assert dialog.title_edit.text() == "Harbour cranes"  # nothing replaced yet
        _shot(dialog, "sync-8-anna-changed-underneath")
        _click(qtbot, dialog, "keepEditing")
        assert not bar.isVisible()
        # Her typing stays; the fields she left alone show ben's values.
        assert dialog.notes.toPlainText() == "Wants two cranes"
        assert dialog.title_edit.text() == "Harbour cranes (phase 1)"
        assert parse_decimal(dialog.amount.text()) == Decimal("15000")

        # ben changes the amount again; anna saves without answering the bar: what she
        # did not touch is not written back over his change.
        time.sleep(0.01)
        _edit(ben_db, deal, amount=Decimal("16000"))
        ben.sync()
        qtbot.waitUntil(bar.isVisible, timeout=5000)
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        with anna_db.read() as s:
            opp = s.get(Opportunity, deal)
            assert opp is not None
            assert (opp.amount_minor, opp.notes) == (1_600_000, "Wants two cranes")
            assert opp.title == "Harbour cranes (phase 1)"

        def reached_ben() -> bool:
            ben.sync()
            with ben_db.read() as s:
                opp = s.get(Opportunity, deal)
                return opp is not None and (opp.amount_minor, opp.notes) == (
                    1_600_000,
                    "Wants two cranes",
                )

        qtbot.waitUntil(reached_ben, timeout=10000)

        # Reload drops the typing for the record as it is now.
        again = OpportunityDialog(window.ctx, deal, window)
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(lambda: not again.is_busy(), timeout=5000)
        again.title_edit.setFocus()
        qtbot.keyClicks(again.title_edit, " (draft)")
        _edit(ben_db, deal, notes="Two cranes, one barge")
        ben.sync()
        qtbot.waitUntil(again.underneath.isVisible, timeout=5000)
        assert again.underneath.text.text().endswith("changed this deal while you were editing.")
        _click(qtbot, again, "reloadRecord")
        assert again.title_edit.text() == "Harbour cranes (phase 1)"
        assert again.notes.toPlainText() == "Two cranes, one barge"
        again.reject()
        window.close()
    ben.close()
    ben_db.close()


def test_account_changed_elsewhere_in_the_window(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = accounts.create_account(
        ctx.db, accounts.AccountInput(name="Nordic Storage AB", city="Oslo")
    )
    dialog = AccountDialog(ctx, account)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    dialog.industry.setFocus()
    qtbot.keyClicks(dialog.industry, "Logistics")

    # Another part of the window (the accounts list, say) renames the account.
    other = object()

    def rename(db):  # type: ignore[no-untyped-def]
        current = accounts.get_account(db, account)
        accounts.update_account(db, account, replace(current, name="Nordic Storage ASA"))

    WriteOp(ctx, rename).run(initiator=other)
    qtbot.waitUntil(dialog.underneath.isVisible, timeout=5000)
    assert dialog.underneath.text.text() == (
        "This account was changed elsewhere in the window while you were editing."
    )
    assert dialog.name.text() == "Nordic Storage AB"
    # Saved without answering: the rename stays, the typed industry is stored.
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    stored = accounts.get_account(ctx.db, account)
    assert (stored.name, stored.industry, stored.city) == (
        "Nordic Storage ASA",
        "Logistics",
        "Oslo",
    )


def test_enter_while_the_bar_shows_saves_and_never_reloads(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The bar's buttons are no dialog's default: Enter in a field is the form's Save, not
    a Reload that would drop what was typed."""
    account = accounts.create_account(
        ctx.db, accounts.AccountInput(name="Fjord Cargo", city="Bergen")
    )
    dialog = AccountDialog(ctx, account)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    dialog.industry.setFocus()
    qtbot.keyClicks(dialog.industry, "Shipping")

    def rename(db):  # type: ignore[no-untyped-def]
        current = accounts.get_account(db, account)
        accounts.update_account(db, account, replace(current, name="Fjord Cargo AS"))

    WriteOp(ctx, rename).run(initiator=object())
    qtbot.waitUntil(dialog.underneath.isVisible, timeout=5000)
    dialog.industry.setFocus()
    qtbot.keyClick(dialog.industry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    stored = accounts.get_account(ctx.db, account)
    assert (stored.name, stored.industry) == ("Fjord Cargo AS", "Shipping")


def test_offer_changed_underneath_reloads(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = accounts.create_account(ctx.db, accounts.AccountInput(name="Harbour Ports Ltd"))
    offer_id: uuid.UUID = offers.create_offer(ctx.db, account_id=account)
    editor = open_offer_editor(ctx, offer_id, None)
    qtbot.waitUntil(lambda: editor.view is not None, timeout=5000)
    assert not editor.underneath.isVisible()

    # The editor's own save is not news to it.
    editor.texts["introduction"].setPlainText("Dear Lena,")
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    qtbot.wait(200)
    assert not editor.underneath.isVisible()

    def colleague(db):  # type: ignore[no-untyped-def]
        view = offers.load_offer(db, offer_id)
        offers.save_draft(db, offer_id, replace(view.data, payment_terms="30 days net"))

    WriteOp(ctx, colleague).run(initiator=object())
    qtbot.waitUntil(editor.underneath.isVisible, timeout=5000)
    assert editor.pricing is not None
    _click(qtbot, editor, "reloadRecord")
    qtbot.waitUntil(lambda: editor.view.data.payment_terms == "30 days net", timeout=5000)
    assert not editor.underneath.isVisible()
    editor.dirty = False
    editor.close()
