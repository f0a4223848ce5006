"""The account dialog lists the account's contacts, deals and offers; each row opens its
record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from tests.services.test_offers import make_deal
from tests.ui.test_board import on_modal
from workbench.services import board, offers
from workbench.ui.accounts import AccountDialog


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_account_shows_and_opens_its_contacts_deals_and_offers(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    deal = make_deal(db)
    details = board.opportunity_details(db, deal)
    number = offers.load_offer(db, offers.create_offer(db, deal)).number
    dialog = AccountDialog(ctx, details.account_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: hasattr(dialog, "related"), timeout=5000)
    qtbot.waitUntil(lambda: dialog.offers_table.rowCount() == 1, timeout=5000)
    tabs = [dialog.related.tabText(i) for i in range(dialog.related.count())]
    assert tabs == ["Contacts (1)", "Deals (1)", "Offers (1)", "Timeline"]
    assert cells(dialog.contacts_table)[0][0] == "Greta Weiß"
    assert cells(dialog.deals_table)[0][0] == "New warehouse"
    assert cells(dialog.deals_table)[0][2] == "€0.00"
    assert cells(dialog.offers_table)[0][:2] == [number, "New warehouse"]

    seen: list[str] = []
    for tab, table, opened in (
        (0, dialog.contacts_table, "contactDialog"),
        (1, dialog.deals_table, "opportunityDialog"),
    ):
        dialog.related.setCurrentIndex(tab)
        table.setFocus()
        table.setCurrentCell(0, 1)
        on_modal(opened, lambda w: w.reject(), seen)  # type: ignore[attr-defined]
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=opened: n in seen, timeout=5000)
    assert seen == ["contactDialog", "opportunityDialog"]
    assert isinstance(dialog.findChild(QWidget, "accountRelated"), QWidget)
