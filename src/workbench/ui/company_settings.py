"""The company profile printed on offers: name, address, contact, bank, logo, colour."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from workbench.services import company
from workbench.ui.context import AppContext
from workbench.ui.forms import FormDialog, Write


class CompanySettingsDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Company profile for offers"), parent)
        self.setObjectName("companySettings")
        self.ctx = ctx
        self.name = self.add_row(self.tr("Company &name"), "name", QLineEdit())
        self.address = self.add_row(self.tr("&Address"), "address", QPlainTextEdit())
        self.address.setFixedHeight(70)
        self.email = self.add_row(self.tr("&E-mail"), "email", QLineEdit())
        self.phone = self.add_row(self.tr("&Phone"), "phone", QLineEdit())
        self.country = self.add_row(
            self.tr("Co&untry (phone numbers without +code are read here)"),
            "country",
            QLineEdit(),
        )
        self.country.setPlaceholderText(self.tr("e.g. DE, FR or Germany"))
        self.website = self.add_row(self.tr("&Website"), "website", QLineEdit())
        self.vat_id = self.add_row(self.tr("&VAT ID"), "vat_id", QLineEdit())
        self.bank = self.add_row(self.tr("&Bank details"), "bank", QPlainTextEdit())
        self.bank.setFixedHeight(60)
        self.logo = QLineEdit()
        logo_row = self._with_button(self.logo, self.tr("Choose…"), self._choose_logo)
        self.add_row(self.tr("&Logo"), "logo_path", logo_row)
        self.color = QLineEdit()
        color_row = self._with_button(self.color, self.tr("Pick…"), self._choose_color)
        self.add_row(self.tr("Brand &colour"), "color", color_row)
        self.currency = self.add_row(self.tr("Default c&urrency"), "default_currency", QLineEdit())
        self.currency.setMaxLength(3)
        self.color.textChanged.connect(self._show_color)
        self.load(company.get_company, self._fill)

    def _fill(self, data: company.CompanyProfile) -> None:
        for edit, value in (
            (self.name, data.name),
            (self.email, data.email),
            (self.phone, data.phone),
            (self.country, data.country),
            (self.website, data.website),
            (self.vat_id, data.vat_id),
            (self.logo, data.logo_path),
            (self.color, data.color),
            (self.currency, data.default_currency),
        ):
            edit.setText(value)
        self.address.setPlainText(data.address)
        self.bank.setPlainText(data.bank)
        self._show_color()

    def _with_button(self, edit: QLineEdit, text: str, slot: object) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), self.logo.text(), self.tr("Images (*.png *.jpg *.jpeg *.gif)")
        )
        if path:
            self.logo.setText(path)

    def _choose_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color.text()), self, self.tr("Brand colour"))
        if color.isValid():
            self.color.setText(color.name())

    def _show_color(self) -> None:
        color = QColor(self.color.text())
        self.color.setStyleSheet(
            f"border-left: 14px solid {color.name()};" if color.isValid() else ""
        )

    def save(self) -> Write:
        profile = company.CompanyProfile(
            name=self.name.text(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            country=self.country.text(),
            website=self.website.text(),
            vat_id=self.vat_id.text(),
            bank=self.bank.toPlainText(),
            logo_path=self.logo.text(),
            color=self.color.text(),
            default_currency=self.currency.text(),
        )
        return lambda db: company.save_company(db, profile)
