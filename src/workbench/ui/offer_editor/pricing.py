"""The pricing tab: offer discount and its reason, price list, payment options, add-ons."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.money import MoneyError
from workbench.domain.offer_totals import AddOn, PaymentKind, PaymentOption
from workbench.errors import ValidationError
from workbench.services import catalog, offers
from workbench.ui.amounts import parse_amount, rate_text
from workbench.ui.column_layout import ColumnLayout


class PricingTab(QWidget):
    changed = Signal()
    # The user picked another price list: the product picker's prices follow it.
    price_list_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.discount = QLineEdit()
        self.discount.setObjectName("offerDiscount")
        self.discount.setPlaceholderText("0")
        form.addRow(self.tr("Offer &discount %"), self.discount)
        self.discount_reason = QLineEdit()
        self.discount_reason.setObjectName("discountReason")
        form.addRow(self.tr("Discount &reason"), self.discount_reason)
        self.price_list = QComboBox()
        self.price_list.setObjectName("priceList")
        form.addRow(self.tr("Price &list"), self.price_list)
        self._payment_rows(form)
        self._add_on_rows(form)

        for w in (self.discount, self.discount_reason, self.lease_rate, self.lease_residual):
            w.textChanged.connect(self.changed)
        for c in (self.opt_one_off, self.opt_inst, self.opt_lease):
            c.toggled.connect(self.changed)
        for sp in (self.inst_months, self.lease_months):
            sp.valueChanged.connect(self.changed)
        self.add_ons.itemChanged.connect(self.changed)
        self.add_ons.model().rowsRemoved.connect(self.changed)
        self.price_list.currentIndexChanged.connect(self.changed)
        self.price_list.activated.connect(lambda _i: self.price_list_chosen.emit())

    def _payment_rows(self, form: QFormLayout) -> None:
        self.opt_one_off = QCheckBox(self.tr("One-off payment"))
        self.opt_one_off.setObjectName("oneOff")
        form.addRow(self.opt_one_off)
        self.opt_inst = QCheckBox(self.tr("Instalments, months:"))
        self.opt_inst.setObjectName("instalments")
        self.inst_months = QSpinBox()
        self.inst_months.setObjectName("instalmentMonths")
        self.inst_months.setRange(2, 240)
        self.inst_months.setValue(12)
        form.addRow(self.opt_inst, self.inst_months)
        self.opt_lease = QCheckBox(self.tr("Leasing, months:"))
        self.opt_lease.setObjectName("leasing")
        self.lease_months = QSpinBox()
        self.lease_months.setRange(6, 240)
        self.lease_months.setValue(36)
        form.addRow(self.opt_lease, self.lease_months)
        lease = QWidget()
        ll = QHBoxLayout(lease)
        ll.setContentsMargins(0, 0, 0, 0)
        # In the locale's way, as fill() writes a saved rate ("4,9" in German).
        self.lease_rate = QLineEdit(rate_text(Decimal("4.9")))
        self.lease_rate.setObjectName("leaseRate")
        self.lease_residual = QLineEdit("0")
        ll.addWidget(QLabel(self.tr("rate % p.a.")))
        ll.addWidget(self.lease_rate)
        ll.addWidget(QLabel(self.tr("residual %")))
        ll.addWidget(self.lease_residual)
        form.addRow("", lease)

    def _add_on_rows(self, form: QFormLayout) -> None:
        self.add_ons = QTableWidget(0, 3)
        self.add_ons.setObjectName("addOns")
        # A short heading, so it fits the narrow table; the examples are in its tooltip.
        self.add_ons.setHorizontalHeaderLabels(
            [self.tr("Add-on"), self.tr("Per month"), self.tr("Tax %")]
        )
        self.add_ons.horizontalHeaderItem(0).setToolTip(
            self.tr("A monthly add-on such as an insurance or a service plan")
        )
        ColumnLayout(self.add_ons, "add_ons", None)  # owned by the table
        self.add_ons.verticalHeader().hide()
        self.add_ons.setMaximumHeight(120)
        form.addRow(self.add_ons)
        buttons = QWidget()
        bl = QHBoxLayout(buttons)
        bl.setContentsMargins(0, 0, 0, 0)
        self.add_addon = _small_button(self.tr("Add add-on"), self.add_addon_row)
        self.remove_addon = _small_button(
            self.tr("Remove"), lambda: self.add_ons.removeRow(self.add_ons.currentRow())
        )
        bl.addWidget(self.add_addon)
        bl.addWidget(self.remove_addon)
        bl.addStretch(1)
        form.addRow(buttons)

    def add_addon_row(self, add_on: AddOn | None = None) -> None:
        r = self.add_ons.rowCount()
        self.add_ons.insertRow(r)
        # A new row starts empty with its name being typed: a made-up name and price
        # would be printed on the offer if the user didn't overwrite them.
        values = (
            (add_on.name, rate_text(add_on.monthly_price), rate_text(add_on.tax_rate))
            if isinstance(add_on, AddOn)
            else ("", "", "19")
        )
        for c, text in enumerate(values):
            self.add_ons.setItem(r, c, QTableWidgetItem(text))
        if not isinstance(add_on, AddOn):
            self.add_ons.setCurrentCell(r, 0)
            self.add_ons.editItem(self.add_ons.item(r, 0))

    def set_limit(self, limit: Decimal) -> None:
        self.discount_reason.setPlaceholderText(self.tr("Needed above %s %%") % limit)

    def fill(self, data: offers.VersionData, price_lists: list[catalog.PriceListRow]) -> None:
        self.discount.setText(rate_text(data.discount_percent) if data.discount_percent else "")
        self.discount_reason.setText(data.discount_reason)
        self.price_list.clear()
        self.price_list.addItem(self.tr("(none)"), None)
        for pl in price_lists:
            self.price_list.addItem(pl.name, str(pl.id))
        self.price_list.setCurrentIndex(max(0, self.price_list.findData(str(data.price_list_id))))
        kinds = {o.kind: o for o in data.payment_options}
        self.opt_one_off.setChecked(PaymentKind.ONE_OFF in kinds)
        self.opt_inst.setChecked(PaymentKind.INSTALMENTS in kinds)
        if PaymentKind.INSTALMENTS in kinds:
            self.inst_months.setValue(kinds[PaymentKind.INSTALMENTS].months)
        self.opt_lease.setChecked(PaymentKind.LEASING in kinds)
        if PaymentKind.LEASING in kinds:
            lease = kinds[PaymentKind.LEASING]
            self.lease_months.setValue(lease.months)
            self.lease_rate.setText(rate_text(lease.annual_rate_percent))
            self.lease_residual.setText(rate_text(lease.residual_percent))
        self.add_ons.setRowCount(0)
        for add_on in data.add_ons:
            self.add_addon_row(add_on)

    def set_editable(self, editable: bool) -> None:
        for w in (self.discount, self.discount_reason, self.lease_rate, self.lease_residual):
            w.setReadOnly(not editable)
        for w2 in (
            self.price_list,
            self.opt_one_off,
            self.opt_inst,
            self.opt_lease,
            self.inst_months,
            self.lease_months,
            self.add_ons,
            self.add_addon,
            self.remove_addon,
        ):
            w2.setEnabled(editable)

    def price_list_id(self) -> uuid.UUID | None:
        data = self.price_list.currentData()
        return uuid.UUID(data) if data else None

    def values(self) -> dict[str, Any]:
        """The tab's part of VersionData; ValidationError names what is not a number."""
        # In this order, so the first problem named is the one it always was.
        return {
            "payment_options": self._payment_options(),
            "add_ons": self._add_ons(),
            "price_list_id": self.price_list_id(),
            "discount_percent": _decimal(self.discount, self.tr("The offer discount")),
            "discount_reason": self.discount_reason.text(),
        }

    def _payment_options(self) -> list[PaymentOption]:
        options: list[PaymentOption] = []
        if self.opt_one_off.isChecked():
            options.append(PaymentOption(PaymentKind.ONE_OFF))
        if self.opt_inst.isChecked():
            options.append(PaymentOption(PaymentKind.INSTALMENTS, self.inst_months.value()))
        if self.opt_lease.isChecked():
            options.append(
                PaymentOption(
                    PaymentKind.LEASING,
                    self.lease_months.value(),
                    _decimal(self.lease_rate, self.tr("The leasing rate")),
                    _decimal(self.lease_residual, self.tr("The residual value")),
                )
            )
        return options

    def _add_ons(self) -> list[AddOn]:
        add_ons: list[AddOn] = []
        for r in range(self.add_ons.rowCount()):
            cells = [self.add_ons.item(r, c) for c in range(3)]
            name, price, tax = (c.text().strip() if c else "" for c in cells)
            if not name and not price:
                continue
            try:
                add_ons.append(AddOn(name, parse_amount(price or "0"), parse_amount(tax or "0")))
            except MoneyError:
                raise ValidationError(
                    self.tr("Add-on “%s”: price and tax must be numbers.") % name, "add_ons"
                ) from None
        return add_ons


def _decimal(edit: QLineEdit, label: str) -> Decimal:
    text = edit.text().strip().replace("%", "")
    if not text:
        return Decimal(0)
    try:
        return parse_amount(text)
    except MoneyError:
        raise ValidationError(
            QCoreApplication.translate("PricingTab", "%s must be a number.") % label
        ) from None


def _small_button(text: str, slot: Any) -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(slot)
    return b
