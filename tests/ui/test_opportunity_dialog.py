"""The opportunity dialog: its status line, won/lost/reopen through the board's close
flow, sharing in words, money in the locale's format."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.test_board import add_deal, on_modal, stage_of
from workbench.domain.enums import OpportunityStatus
from workbench.domain.models import User
from workbench.ui.opportunity_dialog import OpportunityDialog


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def open_dialog(qtbot, ctx, deal) -> OpportunityDialog:  # type: ignore[no-untyped-def]
    dialog = OpportunityDialog(ctx, deal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.details is not None and not dialog.is_busy(), timeout=10000)
    return dialog


def click(qtbot, dialog: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QWidget, name), Qt.MouseButton.LeftButton)


def test_the_status_line_and_the_value_in_the_locales_format(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 2, "Harbour cranes", "16535")
    dialog = open_dialog(qtbot, ctx, deal)
    summary = dialog.summary.text()
    assert "Open" in summary and "stage 3 of 8" in summary and "% probability" in summary
    assert "$" not in summary and "€16,535.00" in summary
    assert dialog.amount.text() == "16,535.00"  # not "16535.00"
    assert dialog.won_button.isVisible() and not dialog.reopen_button.isVisible()
    # Typed back the same way, the amount is unchanged; German grouping is understood too.
    QLocale.setDefault(QLocale("de_DE"))
    dialog.amount.setText("16.535,50")
    assert str(dialog._input().amount) == "16535.50"


def test_won_from_the_dialog_names_the_open_tasks_first(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 2, "Needs a meeting")  # "Book the meeting" is mandatory there
    dialog = open_dialog(qtbot, ctx, deal)
    seen: list[str] = []
    on_modal("moveRefused", lambda box: box.findChild(QWidget, "openChecklist").click(), seen)
    click(qtbot, dialog, "markWon")
    qtbot.waitUntil(lambda: seen == ["moveRefused"], timeout=10000)
    qtbot.waitUntil(lambda: dialog.tabs.currentWidget() is dialog.checklist, timeout=5000)
    assert stage_of(ctx, deal)[1] == OpportunityStatus.OPEN


def test_lost_then_reopened_from_the_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 1, "Printing press")
    dialog = open_dialog(qtbot, ctx, deal)
    seen: list[str] = []

    def answer(close: QWidget) -> None:
        close.reason.setCurrentIndex(close.reason.findText("Competitor"))  # type: ignore[attr-defined]
        close.buttons.accepted.emit()  # type: ignore[attr-defined]

    on_modal("closeDialog", answer, seen)
    click(qtbot, dialog, "markLost")
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[1] == OpportunityStatus.LOST, timeout=10000)
    qtbot.waitUntil(lambda: dialog.reopen_button.isVisible(), timeout=5000)
    assert dialog.summary.text().startswith("<b>Lost</b>") and not dialog.won_button.isVisible()
    assert ctx.undo.count() == 1  # closing is undoable, as on the board

    click(qtbot, dialog, "reopen")
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[1] == OpportunityStatus.OPEN, timeout=10000)
    qtbot.waitUntil(lambda: dialog.won_button.isVisible(), timeout=5000)
    assert "Open" in dialog.summary.text()


def test_sharing_in_words(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.unit_of_work() as uow:
        uow.session.add(User(name="Anna Berg"))
    deal = add_deal(ctx, 0, "Harbour cranes")
    dialog = open_dialog(qtbot, ctx, deal)
    assert dialog.shared_label.text() == "Not shared: only the owner works on this deal."
    dialog.share_user.setCurrentIndex(dialog.share_user.findText("Anna Berg"))
    assert dialog.share_button.text() == "Share"
    click(qtbot, dialog, "share")
    qtbot.waitUntil(lambda: dialog.shared_label.text() == "Shared with Anna Berg (colleague)")
    assert dialog.share_button.text() == "Stop sharing"
    click(qtbot, dialog, "share")
    qtbot.waitUntil(lambda: dialog.shared_label.text().startswith("Not shared"))
