"""The product dialog and price lists read and write off the GUI thread."""

from __future__ import annotations

from decimal import Decimal

from workbench.services import catalog
from workbench.ui.products import PriceListsDialog, ProductDialog


def test_product_dialog_loads_then_saves(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    catalog.save_price_list(db, None, "Standard", is_default=True)
    product = catalog.create_product(
        db, catalog.ProductInput(code="A-1", name="Widget", tax_rate=Decimal("19"))
    )
    dialog = ProductDialog(ctx, product)
    qtbot.addWidget(dialog)
    assert dialog.is_loading() and not dialog.name.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert dialog.name.text() == "Widget" and dialog.cost_currency.text() == "EUR"
    dialog.name.setText("Widget II")
    dialog._try_save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert catalog.get_product(db, product).name == "Widget II"

    new = ProductDialog(ctx, None)
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: not new.is_busy(), timeout=5000)
    assert new.prices.rowCount() == 1  # a price row on the default list, to fill in


def test_price_lists_dialog_adds_a_list(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    catalog.save_price_list(db, None, "Standard", is_default=True)
    dialog = PriceListsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    dialog._run(lambda db: catalog.save_price_list(db, None, "Partner", is_default=False))
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
