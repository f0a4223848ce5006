"""What the editor's line actions do to the lines table: add from the catalogue or as
free text, remove, move, set the section. A mixin of OfferEditor, which provides the
table, model, undo stack, view and product picker."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLabel, QTableView

from workbench.domain.folding import fold
from workbench.services import offers
from workbench.ui.amounts import default_unit
from workbench.ui.context import AppContext
from workbench.ui.messages import show_error
from workbench.ui.offer_editor.lines import (
    COL,
    InsertLines,
    LinesModel,
    MoveLine,
    ProductPicker,
    RemoveLines,
    SetCell,
)
from workbench.ui.offer_editor.pricing import PricingTab


class LineActions:
    ctx: AppContext
    view: offers.OfferView | None
    model: LinesModel
    undo: QUndoStack
    table: QTableView
    product_search: ProductPicker
    pricing: PricingTab
    status_label: QLabel
    _products: dict[str, uuid.UUID]
    tr: Any

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _insert_at(self) -> tuple[int, str]:
        row = self._current_row()
        if row < 0:
            section = self.model.lines[-1].section if self.model.lines else ""
            return len(self.model.lines), section
        return row + 1, self.model.lines[row].section

    def add_text_line(self) -> None:
        if self.view is None or not self.view.editable:
            return
        at, section = self._insert_at()
        line = offers.LineData(
            description=self.tr("New item"),
            unit=default_unit(),
            section=section,
            tax_rate=self._default_tax(),
        )
        self.undo.push(InsertLines(self.model, at, [line], self.tr("Add line")))
        index = self.model.index(at, COL["description"])
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _default_tax(self) -> Decimal:
        return self.model.lines[-1].tax_rate if self.model.lines else Decimal("19")

    def _product_chosen(self, text: str) -> None:
        if self.view is None or not self.view.editable:
            return
        product_id = self._products.get(text)
        if product_id is None:
            typed = fold(text.strip())
            matches = [k for k in self._products if typed and typed in fold(k)]
            if len(matches) != 1:
                self.status_label.setText(self.tr("Pick a product from the list."))
                return
            product_id = self._products[matches[0]]
        at, section = self._insert_at()
        db, list_id, currency = self.ctx.db, self.pricing.price_list_id(), self.view.data.currency

        def work() -> offers.LineData:
            return offers.line_from_product(
                db, product_id, price_list_id=list_id, currency=currency, section=section
            )

        def done(line: offers.LineData) -> None:
            self.undo.push(InsertLines(self.model, at, [line], self.tr("Add %s") % line.code))
            self.table.setCurrentIndex(self.model.index(at, COL["quantity"]))
            self.product_search.clear()
            if line.unit_price == 0:
                self.status_label.setText(
                    self.tr("%s has no price in %s on this list; enter one.")
                    % (line.code, currency)
                )

        self.ctx.runner.run(work, done, lambda exc: show_error(self, exc))

    def remove_lines(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self._current_row() >= 0:
            rows = [self._current_row()]
        if rows:
            self.undo.push(RemoveLines(self.model, rows))

    def move_line(self, delta: int) -> None:
        row = self._current_row()
        to = row + delta
        if row < 0 or not (0 <= to < len(self.model.lines)):
            return
        self.undo.push(MoveLine(self.model, row, to))
        self.table.setCurrentIndex(self.model.index(to, COL["description"]))

    def set_section(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self._current_row() >= 0:
            rows = [self._current_row()]
        if not rows:
            return
        current = self.model.lines[rows[0]].section
        name, ok = QInputDialog.getText(
            self, self.tr("Section"), self.tr("Section of the selected lines:"), text=current
        )
        if not ok:
            return
        self.undo.beginMacro(self.tr("Set section"))
        for r in rows:
            old = self.model.lines[r].section
            if old != name.strip():
                self.undo.push(SetCell(self.model, r, "section", old, name.strip()))
        self.undo.endMacro()
