"""The issue's workflow in German in the default 1280×800 window: an account and its contact
through the dialogs, a deal dragged across stages on the board, an offer opened in the
editor, a call logged; every step reads German and nothing needs scrolling sideways."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from tests.ui.test_board import column, drag_card, stage_of, wait_idle
from tests.ui.test_shell import _save, _type, _when_dialog_opens
from workbench import formatting
from workbench.services import accounts as account_service
from workbench.services import board as board_service
from workbench.services import calls, offers, opportunities
from workbench.services.setup import current_user_id
from workbench.store.db import Database


@pytest.fixture
def german_window(qapp, qtbot, db: Database, settings):  # type: ignore[no-untyped-def]
    from workbench.ui.language import (
        follow_language_in_formats,
        install_translators,
        remove_translators,
    )
    from workbench.ui.main_window import MainWindow

    translators = install_translators(qapp, "de")
    locale, qt_locale = formatting.current_locale(), QLocale()
    follow_language_in_formats("de")
    window = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.runner.wait(30000)
    remove_translators(qapp, translators)
    formatting.set_current_locale(locale)
    QLocale.setDefault(qt_locale)


def _wait_for_stage(qtbot, window, deal, position: int) -> None:  # type: ignore[no-untyped-def]
    """Wait for a dropped deal's move to be saved; if it isn't, say what the window did
    with the drop (no move queued, a write still waiting, a message shown)."""
    try:
        qtbot.waitUntil(lambda: stage_of(window.ctx, deal)[0] == position, timeout=10000)
    except WaitTimedOut as exc:
        ctx, board = window.ctx, window.show_area("board")
        shown = [
            i for i, s in enumerate(board.stages) if board.columns[s.id].model.row_of(deal) >= 0
        ]
        raise AssertionError(
            f"the deal is in stage {stage_of(ctx, deal)[0]}, not {position}: "
            f"{ctx.undo.count()} undo entries, {ctx.writes.pending()} writes pending, "
            f"shown in columns {shown}, status “{window.statusBar().currentMessage()}”, "
            f"modal {QApplication.activeModalWidget()}, popup {QApplication.activePopupWidget()}"
        ) from exc


def test_the_workflow_in_german_at_1280_by_800(qtbot, german_window, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = german_window
    assert window.width() == 1280

    # 1. An account, through its dialog.
    area = window.show_area("accounts")
    assert area.new_button.text() == "Neuer Kunde"

    def fill_account(dialog: QWidget) -> None:
        assert dialog.windowTitle().startswith("Neuer Kunde") or "Kunde" in dialog.windowTitle()
        _type(qtbot, dialog, "name", "Nordlicht Maschinenbau GmbH")
        _type(qtbot, dialog, "city", "Hamburg")
        _type(qtbot, dialog, "phone", "+49 40 7654321")
        _save(qtbot, dialog)

    _when_dialog_opens(qtbot, fill_account)
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    account = account_service.list_accounts(db)[0].id

    # 2. Its contact.
    contacts = window.show_area("contacts")

    def fill_contact(dialog: QWidget) -> None:
        _type(qtbot, dialog, "first_name", "Joerg")
        _type(qtbot, dialog, "last_name", "Weiss")
        picker = dialog.findChild(QLineEdit, "account")
        picker.set_account(account, "Nordlicht Maschinenbau GmbH")
        _type(qtbot, dialog, "email", "joerg.weiss@nordlicht.example")
        _type(qtbot, dialog, "phone", "+49 40 7654322")
        _save(qtbot, dialog)

    _when_dialog_opens(qtbot, fill_contact)
    qtbot.mouseClick(contacts.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)
    contact = contacts.model.rows()[0].id
    assert contacts.table.horizontalScrollBar().maximum() == 0

    # 3. A deal, dragged from the first stage to the next on the board.
    pipeline = next(p for p in board_service.list_pipelines(db) if p.is_default)
    deal = opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title="Kühlanlage Halle 3",
            pipeline_id=pipeline.id,
            account_id=account,
            contact_id=contact,
            amount=Decimal("48000"),
        ),
    )
    board = window.show_area("board")
    qtbot.waitUntil(lambda: bool(board.columns) and board.idle(), timeout=10000)
    assert board.new_button.text() == "Neue Verkaufschance"
    first, second = column(board, 0), column(board, 1)
    qtbot.waitUntil(lambda: first.model.row_of(deal) >= 0, timeout=10000)
    drag_card(qtbot, board, first, first.model.row_of(deal), second)
    _wait_for_stage(qtbot, window, deal, 1)
    wait_idle(qtbot, board)
    assert second.model.row_of(deal) >= 0
    assert "48.000" in second.total.text()  # German grouping on the column total
    third = column(board, 2)
    drag_card(qtbot, board, second, second.model.row_of(deal), third)
    _wait_for_stage(qtbot, window, deal, 2)
    wait_idle(qtbot, board)

    # 4. An offer for the deal, in the editor.
    offer = offers.create_offer(db, deal)
    offers_area = window.show_area("offers")
    editor = offers_area.open_offer(offer)
    qtbot.waitUntil(lambda: editor.windowTitle().startswith("Angebot"), timeout=10000)
    qtbot.waitUntil(
        lambda: any("Entwurf" in label.text() for label in editor.findChildren(QLabel)),
        timeout=10000,
    )
    screen = editor.screen().availableGeometry()
    assert editor.width() <= screen.width() and editor.height() <= screen.height()
    editor.close()

    # 5. A call on the deal, which Today then shows with its next step in German.
    calls.log_call(
        db,
        calls.CallInput(contact_id=contact, opportunity_id=deal, duration_seconds=300),
    )
    today = window.show_area("today")
    qtbot.waitUntil(lambda: today.data is not None, timeout=10000)
    assert window.nav.item(0).text() == "Heute"
