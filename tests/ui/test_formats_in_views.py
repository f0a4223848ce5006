"""Figures in the window come from the formatting module: grouped, in the person's
locale, and read back unchanged."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from tests.ui.test_board import add_deal
from workbench import formatting
from workbench.domain.money import Money
from workbench.domain.sales import Opportunity
from workbench.ui.opportunity_dialog import OpportunityDialog


def _amount(ctx, deal) -> Decimal:  # type: ignore[no-untyped-def]
    with ctx.db.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None
        return Money.from_minor(opp.amount_minor, opp.currency).amount


def _dialog(qtbot, ctx, deal) -> OpportunityDialog:  # type: ignore[no-untyped-def]
    dialog = OpportunityDialog(ctx, deal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    return dialog


def test_the_deal_value_is_shown_grouped_and_saved_unchanged(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 0, "Harbour cranes", amount="16535")
    dialog = _dialog(qtbot, ctx, deal)
    assert dialog.amount.text() == "16,535.00"  # not a raw "16535.00"
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, "Two cranes")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert _amount(ctx, deal) == Decimal("16535")


def test_a_german_locale_writes_and_reads_its_own_grouping(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 0, "Hafenkräne", amount="16535.5")
    formatting.set_current_locale("de_DE")
    dialog = _dialog(qtbot, ctx, deal)
    assert dialog.amount.text() == "16.535,50"
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert _amount(ctx, deal) == Decimal("16535.50")
