"""Building an offer through the editor with real clicks and keys, then the whole story:
discount, instalments, save, export, send, revise, compare, accept -> the deal is won."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit, QPushButton
from sqlalchemy import select

from tests.services.test_offers import make_deal
from workbench.domain.enums import OfferStatus, OpportunityStatus
from workbench.domain.models import Opportunity
from workbench.services import catalog, offers
from workbench.ui.offer_editor import COL, OfferEditor
from workbench.ui.offers import OffersArea
from workbench.ui.products import ProductsArea

D = Decimal


@pytest.fixture
def product(db):  # type: ignore[no-untyped-def]
    standard = catalog.save_price_list(db, None, "Standard", is_default=True)
    return catalog.create_product(
        db,
        catalog.ProductInput(
            code="RC-1",
            name="Robot cell",
            description="Six-axis, 20 kg",
            tax_rate=D("19"),
            cost=D("30000"),
            cost_currency="EUR",
            prices=[catalog.Price(standard, "EUR", D("45000"))],
        ),
    )


def type_in_cell(qtbot, editor: OfferEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Typing on a table cell opens its editor with the first key; the rest goes to
    that editor, Enter commits."""
    qtbot.keyClick(editor.table, text[0])
    cell_editor = QApplication.focusWidget()
    assert cell_editor is not editor.table
    qtbot.keyClicks(cell_editor, text[1:])
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)


def open_editor(qtbot, ctx, offer_id) -> OfferEditor:  # type: ignore[no-untyped-def]
    editor = OfferEditor(ctx, offer_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    qtbot.waitUntil(lambda: editor._product_names.rowCount() > 0, timeout=10000)
    return editor


def test_build_send_revise_accept(qtbot, ctx, db, product, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    deal = make_deal(db)
    offer_id = offers.create_offer(db, deal)
    editor = open_editor(qtbot, ctx, offer_id)

    # pick a product by typing its name and pressing Enter
    qtbot.mouseClick(editor.product_search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.product_search, "RC-1")
    qtbot.keyClick(editor.product_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editor.model.lines) == 1, timeout=10000)
    assert editor.model.lines[0].unit_price == D("45000")

    # quantity 3: type into the cell
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, COL["quantity"]))
    type_in_cell(qtbot, editor, "3")
    qtbot.waitUntil(lambda: editor.model.lines[0].quantity == D("3"))
    assert "160,650.00" in editor.totals_label.text()  # 135,000 net + 19 %

    # a free-text line, typed in
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.model.lines) == 2
    description = editor.table.findChild(QPlainTextEdit)
    assert description is not None
    description.selectAll()
    qtbot.keyClicks(description, "Installation and training")
    qtbot.keyClick(description, Qt.Key.Key_Tab)  # leaving the cell commits it
    qtbot.waitUntil(lambda: editor.model.lines[1].description == "Installation and training")
    editor.table.setCurrentIndex(editor.model.index(1, COL["unit_price"]))
    type_in_cell(qtbot, editor, "2500")
    qtbot.waitUntil(lambda: editor.model.lines[1].unit_price == D("2500"))

    # undo and redo the price
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.lines[1].unit_price == D("0")
    editor.act_redo.trigger()
    assert editor.model.lines[1].unit_price == D("2500")

    # a discount above the limit needs a reason
    qtbot.keyClicks(editor.discount, "20")
    assert "give a reason" in editor.rails_label.text()
    editor.save()
    qtbot.waitUntil(lambda: "reason" in editor.status_label.text())
    qtbot.keyClicks(editor.discount_reason, "Framework agreement")
    assert "give a reason" not in editor.rails_label.text()

    # instalments over 12 months
    qtbot.mouseClick(editor.opt_inst, Qt.MouseButton.LeftButton)
    assert "12 instalments" in editor.totals_label.text()

    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = offers.load_offer(db, offer_id)
    assert stored.totals.gross == editor.current_data().totals().gross
    assert [p.kind.value for p in stored.data.payment_options] == ["one_off", "instalments"]

    # export
    target = tmp_path / "export.pdf"
    editor.export_pdf(str(target))
    qtbot.waitUntil(target.exists, timeout=15000)
    qtbot.waitUntil(lambda: "Exported" in editor.status_label.text(), timeout=15000)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Robot cell" in text and "Installation and training" in text
    assert "Łódź Möbel GmbH" in text

    # send: the version is frozen, mail client and folder are opened
    editor.act_send.trigger()
    qtbot.waitUntil(
        lambda: editor.view is not None and editor.view.status == OfferStatus.SENT, timeout=15000
    )
    assert any(u.startswith("mailto:") and "subject=Offer" in u for u in opened)
    assert any(u.startswith("file:") for u in opened)
    assert not editor.act_save.isEnabled() and editor.act_revise.isEnabled()

    # revise after the call: version 2 with a changed quantity
    editor.act_revise.trigger()
    qtbot.waitUntil(lambda: editor.view is not None and editor.view.version == 2, timeout=10000)
    assert editor.view.editable
    editor.model.setData(editor.model.index(0, COL["quantity"]), "2")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.act_save.trigger()
    editor.compare(1, 2)
    qtbot.waitUntil(lambda: hasattr(editor, "compare_dialog"), timeout=10000)
    table = editor.compare_dialog.table
    assert any("quantity: 3 → 2" in table.item(r, 2).text() for r in range(table.rowCount()))
    editor.compare_dialog.close()

    # send v2 and mark it accepted: the deal is won
    editor.act_send.trigger()
    qtbot.waitUntil(
        lambda: editor.view is not None and editor.view.status == OfferStatus.SENT, timeout=15000
    )

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog) and dialog.objectName() == "acceptDialog"
        dialog.accept()

    QTimer.singleShot(100, confirm)
    editor.act_accept.trigger()
    qtbot.waitUntil(
        lambda: editor.view is not None and editor.view.status == OfferStatus.ACCEPTED,
        timeout=15000,
    )
    with db.read() as s:
        opp = s.scalars(select(Opportunity).where(Opportunity.id == deal)).one()
        assert opp.status == OpportunityStatus.WON


def test_offers_and_products_areas_list_and_import(qtbot, ctx, db, product, tmp_path) -> None:  # type: ignore[no-untyped-def]
    offers.create_offer(db, make_deal(db))
    area = OffersArea(ctx)
    qtbot.addWidget(area)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=10000)
    assert area.model.rows()[0].customer == "Łódź Möbel GmbH"

    products = ProductsArea(ctx)
    qtbot.addWidget(products)
    qtbot.waitUntil(lambda: products.model.rowCount() == 1, timeout=10000)
    bad = tmp_path / "bad.csv"
    bad.write_text("code;name;price\nX-1;Good;10\n;Missing code;5\nX-3;Bad;abc\n", "utf-8")
    products.import_csv(str(bad))
    qtbot.waitUntil(lambda: hasattr(products, "report"), timeout=10000)
    table = products.report.errors
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["3", "4"]
    assert catalog.count_products(db) == 1
    good = tmp_path / "good.csv"
    good.write_text("code,name,price\nX-1,Good,10\nRC-1,Robot cell II,46000\n", "utf-8")
    products.import_csv(str(good))
    qtbot.waitUntil(lambda: hasattr(products, "last_import"), timeout=10000)
    assert (products.last_import.created, products.last_import.updated) == (1, 1)
    qtbot.waitUntil(lambda: products.model.rowCount() == 2, timeout=10000)


def test_new_offer_from_the_opportunity_dialog(qtbot, ctx, db, product) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.opportunity_dialog import OpportunityDialog

    deal = make_deal(db)
    dialog = OpportunityDialog(ctx, deal, tab="offers")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    page = dialog.offers_table.parentWidget()
    qtbot.mouseClick(page.findChild(QPushButton, "newOffer"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(dialog, "offer_editor"), timeout=5000)
    editor = dialog.offer_editor
    qtbot.waitUntil(lambda: editor.view is not None, timeout=10000)
    assert editor.view.opportunity_title == "New warehouse"
    assert editor.view.customer == "Łódź Möbel GmbH"
    editor.close()
    qtbot.waitUntil(lambda: dialog.offers_table.rowCount() == 1, timeout=10000)
    assert dialog.offers_table.item(0, 0).text() == editor.view.number


def test_preview_shows_rendered_pages(qtbot, ctx, db, product) -> None:  # type: ignore[no-untyped-def]
    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.model.insert(0, [offers.LineData(description="Site survey", unit_price=D("900"))])
    qtbot.keyClick(
        editor,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: hasattr(editor, "preview_dialog"), timeout=15000)
    assert editor.preview_dialog.page_count >= 1
    editor.preview_dialog.close()


def test_company_settings_dialog_saves_profile(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.company import get_company
    from workbench.ui.company_settings import CompanySettingsDialog

    dialog = CompanySettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    qtbot.keyClicks(dialog.name, "Nordlicht Systems GmbH")
    dialog.color.setText("zzz")
    dialog._try_save()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert ("colour" in dialog.error.text() and dialog.isVisible() is False) or dialog.error.text()
    dialog.color.setText("#0B5CAD")
    dialog._try_save()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    profile = get_company(db)
    assert (profile.name, profile.color) == ("Nordlicht Systems GmbH", "#0b5cad")


def popup_key(qtbot, editor: OfferEditor, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key pressed while the completion list is open goes to the list, as on screen."""
    popup = editor.product_search.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, key)


def test_picking_a_product_with_down_and_enter_adds_it_once(
    qtbot, ctx, db, product, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.product_search.setFocus()
    qtbot.keyClicks(editor.product_search, "robot")
    popup_key(qtbot, editor, Qt.Key.Key_Down)
    popup_key(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(editor.model.lines) >= 1, timeout=10000)
    qtbot.waitUntil(lambda: ctx.runner.active() == 0, timeout=10000)
    assert [line.code for line in editor.model.lines] == ["RC-1"]
    assert editor.undo.count() == 1


def test_ctrl_w_closes_the_editor_asking_about_unsaved_changes(
    qtbot, ctx, db, product, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(*args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(args[1])
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.activateWindow()
    qtbot.keyClicks(editor.discount, "5")
    assert editor.dirty

    qtbot.keyClick(editor.discount, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Unsaved changes"] and editor.isVisible()  # cancelled: stays open

    answer = QMessageBox.StandardButton.Save
    qtbot.keyClick(editor.discount, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10000)
    assert offers.load_offer(db, offer_id).data.discount_percent == D("5")


def test_the_toolbar_keeps_its_layout_after_an_undoable_edit(
    qtbot, ctx, db, product, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.model.insert(0, [offers.LineData(description="Site survey", unit_price=D("900"))])

    def geometries() -> list[tuple[str, object]]:
        QApplication.processEvents()
        return [
            (a.text(), editor.toolbar.widgetForAction(a).geometry())
            for a in editor.toolbar.actions()
            if editor.toolbar.widgetForAction(a) is not None
        ]

    before = geometries()
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, COL["quantity"]))
    type_in_cell(qtbot, editor, "4")
    qtbot.waitUntil(lambda: editor.model.lines[0].quantity == D("4"))
    assert editor.act_undo.isEnabled()
    assert geometries() == before
    assert "quantity" in editor.act_undo.toolTip()


def test_enter_in_a_field_presses_no_button(qtbot, ctx, db, product, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.activateWindow()
    # Another writer changed the offer: the bar offers Reload, the dialog's default button.
    editor.underneath.tell("Anna changed this offer.")
    qtbot.keyClicks(editor.discount, "5")
    qtbot.keyClick(editor.discount, Qt.Key.Key_Return)
    qtbot.keyClick(editor.product_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.runner.active() == 0, timeout=10000)
    assert editor.discount.text() == "5" and editor.dirty  # not reloaded over the typing
    assert editor.underneath.isVisible()
    assert editor.add_ons.rowCount() == 0


def test_a_new_add_on_row_invents_no_name_or_price(qtbot, ctx, db, product, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    offer_id = offers.create_offer(db, make_deal(db))
    editor = open_editor(qtbot, ctx, offer_id)
    editor.pricing.add_addon.click()
    assert editor.add_ons.rowCount() == 1
    assert [editor.add_ons.item(0, c).text() for c in range(2)] == ["", ""]
    assert editor.pricing.values()["add_ons"] == []  # an empty row is no add-on
