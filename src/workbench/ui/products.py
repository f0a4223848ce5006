"""The Products area: the catalogue, its price lists, and CSV import with per-row errors."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.domain.money import MoneyError
from workbench.errors import ValidationError
from workbench.services import catalog, validation
from workbench.services.company import get_company
from workbench.services.offer_pdf import Fmt
from workbench.services.offers import user_locale
from workbench.services.tabular import ImportRejected
from workbench.store.db import Database
from workbench.ui.amounts import default_unit, parse_amount, rate_text
from workbench.ui.changes import OpChanges
from workbench.ui.context import AppContext
from workbench.ui.forms import FormDialog, Write
from workbench.ui.list_area import ListArea
from workbench.ui.messages import show_error
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.paged_model import Column


def _decimal(text: str, label: str, field: str) -> Decimal:
    try:
        return parse_amount(text.replace("%", "").strip() or "0")
    except formatting.AmbiguousNumber as exc:
        raise ValidationError(f"{label}: {exc}", field) from None
    except MoneyError:
        raise ValidationError(validation.not_a_number(label, text), field) from None


class ProductDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, product_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New product") if product_id is None else self.tr("Edit product"), parent
        )
        self.setObjectName("productDialog")
        self.ctx, self.product_id = ctx, product_id
        self.code = self.add_row(self.tr("&Code"), "code", QLineEdit())
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.description = self.add_row(self.tr("&Description"), "description", QPlainTextEdit())
        self.description.setFixedHeight(60)
        self.unit = self.add_row(self.tr("&Unit"), "unit", QLineEdit(default_unit()))
        self.tax = self.add_row(self.tr("&Tax rate %"), "tax_rate", QLineEdit("19"))
        self.cost = self.add_row(self.tr("C&ost per unit"), "cost", QLineEdit())
        self.cost_currency = self.add_row(self.tr("Cost c&urrency"), "cost_currency", QLineEdit())
        self.active = self.add_row(self.tr("Active"), "active", QCheckBox(self.tr("Offered")))
        self.active.setChecked(True)
        self.lists: list[catalog.PriceListRow] = []
        self.default_currency = ""
        self.prices = QTableWidget(0, 3)
        self.prices.setObjectName("prices")
        self.prices.setHorizontalHeaderLabels(
            [self.tr("Price list"), self.tr("Currency"), self.tr("Unit price")]
        )
        self.prices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.prices.verticalHeader().hide()
        self.prices.setMinimumHeight(130)
        self.add_row(self.tr("&Prices"), "prices", self.prices)
        add = QPushButton(self.tr("Add price"))
        add.clicked.connect(lambda: self._add_price(None))
        self.add_row("", "add_price", add)
        self.load(lambda db: _product_form(db, product_id), self._fill)

    def _fill(self, loaded: _ProductForm) -> None:
        self.default_currency = loaded.currency
        self.lists = loaded.lists
        self.cost_currency.setText(loaded.currency)
        data = loaded.product
        if data is None:
            if self.lists:
                self._add_price(None)
            return
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.description.setPlainText(data.description)
        self.unit.setText(data.unit)
        self.tax.setText(rate_text(data.tax_rate))
        self.cost.setText(formatting.amount_plain(data.cost) if data.cost is not None else "")
        self.cost_currency.setText(data.cost_currency or loaded.currency)
        self.active.setChecked(data.active)
        for p in data.prices:
            self._add_price(p)

    def _add_price(self, price: catalog.Price | None) -> None:
        r = self.prices.rowCount()
        self.prices.insertRow(r)
        combo = QComboBox()
        for pl in self.lists:
            combo.addItem(pl.name, pl.id)
        if price is not None:
            combo.setCurrentIndex(max(0, combo.findData(price.price_list_id)))
        self.prices.setCellWidget(r, 0, combo)
        currency = price.currency if price else self.default_currency
        self.prices.setItem(r, 1, QTableWidgetItem(currency))
        self.prices.setItem(
            r, 2, QTableWidgetItem(formatting.amount_plain(price.unit_price) if price else "")
        )

    def _prices(self) -> list[catalog.Price]:
        out = []
        for r in range(self.prices.rowCount()):
            combo = self.prices.cellWidget(r, 0)
            currency = self.prices.item(r, 1)
            amount = self.prices.item(r, 2)
            text = amount.text().strip() if amount else ""
            if not text or not isinstance(combo, QComboBox) or combo.currentData() is None:
                continue
            out.append(
                catalog.Price(
                    combo.currentData(),
                    currency.text().strip().upper() if currency else "",
                    _decimal(text, self.tr("Price"), "prices"),
                )
            )
        return out

    def save(self) -> Write:
        cost = self.cost.text().strip()
        data = catalog.ProductInput(
            code=self.code.text(),
            name=self.name.text(),
            description=self.description.toPlainText(),
            unit=self.unit.text(),
            tax_rate=_decimal(self.tax.text(), self.tr("Tax rate"), "tax_rate"),
            cost=_decimal(cost, self.tr("Cost"), "cost") if cost else None,
            cost_currency=self.cost_currency.text(),
            active=self.active.isChecked(),
            prices=self._prices(),
        )
        product_id = self.product_id
        if product_id is None:
            return lambda db: catalog.create_product(db, data)
        return lambda db: catalog.update_product(db, product_id, data)

    def saved(self, result: Any) -> None:
        if self.product_id is None:
            self.product_id = result


@dataclass(frozen=True)
class _ProductForm:
    currency: str  # the company's default
    lists: list[catalog.PriceListRow]
    product: catalog.ProductInput | None


def _product_form(db: Database, product_id: uuid.UUID | None) -> _ProductForm:
    return _ProductForm(
        get_company(db).default_currency,
        catalog.list_price_lists(db, include_inactive=True),
        catalog.get_product(db, product_id) if product_id is not None else None,
    )


class PriceListsDialog(QDialog):
    """Add, rename, make default or remove price lists (e.g. Standard, Partner)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Price lists"))
        self.setObjectName("priceListsDialog")
        self.ctx = ctx
        self.list = QListWidget()
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add),
            (self.tr("Rename…"), self.rename),
            (self.tr("Make default"), self.make_default),
            (self.tr("Remove"), self.remove),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        ReadOp(
            self.ctx, lambda db: catalog.list_price_lists(db, include_inactive=True), parent=self
        ).success(self._show).run()

    def _show(self, lists: list[catalog.PriceListRow]) -> None:
        current = self._current()
        self.list.clear()
        for pl in lists:
            label = f"{pl.name}  ({pl.products} prices)" + (
                self.tr("  — default") if pl.is_default else ""
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, pl)
            self.list.addItem(item)
            if current is not None and pl.id == current.id:
                self.list.setCurrentItem(item)

    def _current(self) -> catalog.PriceListRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, write: Write) -> None:
        WriteOp(self.ctx, write, parent=self).success(lambda _r: self.refresh()).failure(
            self._refused
        ).run(initiator=self)

    def _refused(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New price list"), self.tr("Name:"))
        if ok:
            first = self.list.count() == 0
            self._run(lambda db: catalog.save_price_list(db, None, name, is_default=first))

    def rename(self) -> None:
        pl = self._current()
        if pl is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name:"), text=pl.name)
        if ok:
            self._run(lambda db: catalog.save_price_list(db, pl.id, name, is_default=pl.is_default))

    def make_default(self) -> None:
        pl = self._current()
        if pl is not None:
            self._run(lambda db: catalog.save_price_list(db, pl.id, pl.name, is_default=True))

    def remove(self) -> None:
        pl = self._current()
        if pl is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove the price list “%s”?") % pl.name
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda db: catalog.delete_price_list(db, pl.id))


class ImportReport(QDialog):
    """Every bad row with its line number; nothing was imported."""

    def __init__(self, error: ImportRejected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        self.setObjectName("importReport")
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Nothing was imported. Fix these rows in the file and import again:"))
        )
        self.errors = QTableWidget(len(error.errors), 2)
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setStretchLastSection(True)
        for r, e in enumerate(error.errors):
            self.errors.setItem(r, 0, QTableWidgetItem(str(e.line)))
            self.errors.setItem(r, 1, QTableWidgetItem(e.message))
        layout.addWidget(self.errors)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)


def _fmt(row: catalog.ProductRow, currency: str) -> str:
    return Fmt(user_locale(), currency).price(row.price) if row.price is not None else ""


PRICE_COLUMN = 3


class ProductsArea(ListArea):
    watches = frozenset({"product", "price_list", "price_list_item"})
    noun = "product"
    new_text = QT_TRANSLATE_NOOP("ListArea", "New product")
    saved_text = QT_TRANSLATE_NOOP("ListArea", "Product saved.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        # The company's currency, which prices are listed in. Read in the background: until
        # it arrives, no price is listed (none is in currency "").
        self.currency = ""
        columns: list[Column[catalog.ProductRow]] = [
            Column(QT_TRANSLATE_NOOP("Column", "Code"), lambda r: r.code),
            Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: r.name, primary=True),
            Column(QT_TRANSLATE_NOOP("Column", "Unit"), lambda r: r.unit),
            Column(
                QT_TRANSLATE_NOOP("Column", "Price"),
                lambda r: _fmt(r, self.currency),
                align_right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Tax %"),
                lambda r: rate_text(r.tax_rate),
                align_right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Column", "Cost"),
                lambda r: (
                    Fmt(user_locale(), r.cost_currency).price(r.cost) if r.cost is not None else ""
                ),
                align_right=True,
            ),
            Column(QT_TRANSLATE_NOOP("Column", "Active"), lambda r: "✓" if r.active else ""),
        ]
        super().__init__(ctx, columns, parent)
        self.setObjectName("productsArea")
        self.price_list_box = QComboBox()
        self.price_list_box.setObjectName("priceListBox")
        # Its names arrive from the database after the first show: sized to them.
        self.price_list_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("importCsv")
        self.lists_button = QPushButton(self.tr("Price lists…"))
        top = self.layout().itemAt(0).layout()  # type: ignore[union-attr]
        top.insertWidget(1, self.price_list_box)
        top.addWidget(self.import_button)
        top.addWidget(self.lists_button)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.lists_button.clicked.connect(self.edit_price_lists)
        self.price_list_box.currentIndexChanged.connect(lambda _i: self.reload())
        self._fill_price_lists()
        ReadOp(ctx, lambda db: get_company(db).default_currency, parent=self).success(
            self._currency_read
        ).run()

    def _fill_price_lists(self) -> None:
        db = self.ctx.db

        def shown(lists: list[catalog.PriceListRow]) -> None:
            current = self.price_list_box.currentData()
            self.price_list_box.blockSignals(True)
            self.price_list_box.clear()
            for pl in lists:
                self.price_list_box.addItem(pl.name, str(pl.id))
            if current is not None:
                self.price_list_box.setCurrentIndex(max(0, self.price_list_box.findData(current)))
            self.price_list_box.blockSignals(False)

        self.ctx.runner.run(lambda: catalog.list_price_lists(db), shown)

    def _price_list_id(self) -> uuid.UUID | None:
        box = getattr(self, "price_list_box", None)
        data = box.currentData() if box is not None else None
        return uuid.UUID(data) if data else None

    def _on_changes(self, changes: OpChanges) -> None:
        if "price_list" in changes.tables:
            self._fill_price_lists()
        super()._on_changes(changes)

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        list_id = self._price_list_id()
        return catalog.list_products(
            self.ctx.db,
            search,
            price_list_id=list_id,
            currency=self.currency,
            offset=offset,
            limit=limit,
        )

    def _currency_read(self, currency: str) -> None:
        self.currency = currency
        self.model.set_title(PRICE_COLUMN, self.tr("Price (%s)") % currency)
        self.reload()

    def count(self, search: str) -> int:
        return catalog.count_products(self.ctx.db, search)

    def open_dialog(self, record_id: uuid.UUID | None) -> bool:
        return ProductDialog(self.ctx, record_id, self).exec() == QDialog.DialogCode.Accepted

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        catalog.delete_product(db, record_id)

    def describe(self, row: Any) -> str:
        return f"{row.code} “{row.name}”"

    def edit_price_lists(self) -> None:
        PriceListsDialog(self.ctx, self).exec()

    def import_csv(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import products"), "", self.tr("CSV files (*.csv *.txt)")
            )
            if not path:
                return
        db, list_id = self.ctx.db, self._price_list_id()
        self.ctx.status(self.tr("Importing %s…") % Path(path).name)
        self.import_button.setEnabled(False)

        def done(summary: catalog.ImportSummary) -> None:
            self.import_button.setEnabled(True)
            self.last_import = summary
            self.ctx.status(
                self.tr("Imported: %d new, %d updated products, %d prices.")
                % (summary.created, summary.updated, summary.prices)
            )

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            if isinstance(exc, ImportRejected):
                self.report = ImportReport(exc, self)
                self.report.show()
            else:
                show_error(self, exc)

        self.ctx.runner.run(
            lambda: catalog.import_products(db, Path(path), price_list_id=list_id), done, failed
        )
