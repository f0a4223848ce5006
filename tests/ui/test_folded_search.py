"""Every search box finds "Müller" from "muller": the lists, the board and the offer
editor's product picker, typed into with real keys on a real database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.services.test_offers import make_deal
from tests.ui.test_board import make_board
from tests.ui.test_offer_editor import open_editor
from workbench.services import accounts, catalog, offers
from workbench.services import leads as lead_svc
from workbench.services.opportunities import OpportunityInput, create_opportunity
from workbench.ui.main_window import MainWindow


def row_text(model, row: int) -> str:  # type: ignore[no-untyped-def]
    return " ".join(
        str(model.index(row, c).data(Qt.ItemDataRole.DisplayRole) or "")
        for c in range(model.columnCount())
    )


@pytest.fixture
def people(db):  # type: ignore[no-untyped-def]
    mueller = accounts.create_account(db, accounts.AccountInput(name="Müller Maschinenbau"))
    miller = accounts.create_account(db, accounts.AccountInput(name="Miller Foods"))
    accounts.create_contact(
        db, accounts.ContactInput(first_name="Ana", last_name="García", account_id=mueller)
    )
    accounts.create_contact(
        db, accounts.ContactInput(first_name="Bob", last_name="Stone", account_id=miller)
    )
    lead_svc.create_lead(db, lead_svc.LeadInput(first_name="Jürgen", last_name="Müller"))
    lead_svc.create_lead(db, lead_svc.LeadInput(first_name="Hans", last_name="Miller"))
    offers.create_offer(db, make_deal(db))  # for "Łódź Möbel GmbH"
    deal = create_opportunity(
        db,
        OpportunityInput(
            title="Press line",
            pipeline_id=_pipeline(db),
            account_id=mueller,
            amount=Decimal("5000"),
        ),
    )
    offers.create_offer(db, deal)
    standard = catalog.save_price_list(db, None, "Standard", is_default=True)
    for code, name in (("MP-1", "Müller-Presse"), ("ST-1", "Stanze")):
        catalog.create_product(
            db,
            catalog.ProductInput(
                code=code,
                name=name,
                tax_rate=Decimal("19"),
                prices=[catalog.Price(standard, "EUR", Decimal("100"))],
            ),
        )
    return deal


def _pipeline(db):  # type: ignore[no-untyped-def]
    from workbench.services import board as b

    return next(p for p in b.list_pipelines(db) if p.is_default).id


@pytest.mark.parametrize(
    ("area_key", "typed", "found"),
    [
        ("accounts", "muller", "Müller Maschinenbau"),
        ("accounts", "MULLER", "Müller Maschinenbau"),
        ("contacts", "garcia", "García"),
        ("contacts", "MULLER", "García"),  # by the account's name
        ("leads", "muller", "Müller"),
        ("offers", "muller", "Müller Maschinenbau"),
        ("products", "muller", "Müller-Presse"),
    ],
)
def test_each_list_finds_names_by_their_plain_spelling(
    qtbot, main_window: MainWindow, people, area_key: str, typed: str, found: str
) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area(area_key)
    qtbot.waitUntil(lambda: area.model.rowCount() >= 2, timeout=10000)
    area.search.setFocus()
    qtbot.keyClicks(area.search, typed)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=10000)
    assert found in row_text(area.model, 0)


def test_the_board_finds_deals_by_the_plain_spelling(qtbot, ctx, people) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, ctx)
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        qtbot.keyClicks(board.filters.search, "muller")
    qtbot.waitUntil(lambda: not board._inflight and not board._reload_pending, timeout=10000)
    titles = [c.title for col in board.columns.values() for c in col.model.cards()]
    assert titles == ["Press line"]


def test_the_product_picker_offers_products_by_their_plain_spelling(
    qtbot, ctx, db, people, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor = open_editor(qtbot, ctx, offers.create_offer(db, people))
    editor.product_search.setFocus()
    qtbot.keyClicks(editor.product_search, "muller")
    popup = editor.product_search.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editor.model.lines) == 1, timeout=10000)
    assert editor.model.lines[0].code == "MP-1"
