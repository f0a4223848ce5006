"""The Offers area: every offer with its latest version, status and gross total; opens
the editor."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.domain.enums import OfferStatus
from workbench.services import offers
from workbench.services.offer_pdf import Fmt
from workbench.store.db import Database
from workbench.ui.company_settings import CompanySettingsDialog
from workbench.ui.context import AppContext
from workbench.ui.domain_texts import enum_text
from workbench.ui.list_area import ListArea
from workbench.ui.offer_editor import OfferEditor
from workbench.ui.operations import WriteOp
from workbench.ui.paged_model import Column


def _money(row: offers.OfferRow) -> str:
    return Fmt(offers.user_locale(), row.currency).money(row.gross_total)


OFFER_COLUMNS: list[Column[offers.OfferRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Column", "Version"), lambda r: r.version, align_right=True),
    Column(QT_TRANSLATE_NOOP("Column", "Customer"), lambda r: r.customer, primary=True),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda r: enum_text(r.status)),
    Column(QT_TRANSLATE_NOOP("Column", "Gross"), _money, align_right=True),
    Column(QT_TRANSLATE_NOOP("Column", "Valid until"), lambda r: formatting.day(r.valid_until)),
    Column(QT_TRANSLATE_NOOP("Column", "Deal"), lambda r: r.opportunity_title),
]


class DealPicker(QDialog):
    """Choose the open deal an offer is for (the offer carries its customer over)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New offer for which deal?"))
        self.setObjectName("dealPicker")
        self.resize(520, 420)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("dealSearch")
        self.search.setPlaceholderText(self.tr("Search open deals by title or customer…"))
        self.list = QListWidget()
        self.list.setObjectName("deals")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self._accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.chosen: uuid.UUID | None = None
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._lookup)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._lookup()

    def _lookup(self) -> None:
        text, db = self.search.text(), self.ctx.db
        self.ctx.runner.run(lambda: offers.search_deals(db, text), self._show)

    def _show(self, deals: list[offers.DealChoice]) -> None:
        self.list.clear()
        for d in deals:
            item = QListWidgetItem(f"{d.title} — {d.customer}  ({d.currency})")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        if deals:
            self.list.setCurrentRow(0)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()


class OffersArea(ListArea):
    watches = frozenset({"offer", "offer_version", "account", "opportunity"})
    noun = "offer"
    new_text = QT_TRANSLATE_NOOP("ListArea", "New offer")
    saved_text = QT_TRANSLATE_NOOP("ListArea", "Offer saved.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, OFFER_COLUMNS, parent)
        self.setObjectName("offersArea")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in OfferStatus:
            self.status_filter.addItem(enum_text(status), status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.company_button = QPushButton(self.tr("Company profile…"))
        self.company_button.clicked.connect(self.edit_company)
        top = self.layout().itemAt(0).layout()  # type: ignore[union-attr]
        top.insertWidget(1, self.status_filter)
        top.addWidget(self.company_button)
        self.edit_button.setText(self.tr("Open"))
        self.editors: list[OfferEditor] = []
        # Sent offers past their validity become expired when the list is first shown.
        db = ctx.db
        ctx.runner.run(lambda: offers.expire_offers(db))

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        status = self.status_filter.currentData() if hasattr(self, "status_filter") else None
        return offers.list_offers(self.ctx.db, search, status=status, offset=offset, limit=limit)

    def count(self, search: str) -> int:
        status = self.status_filter.currentData()
        return offers.count_offers(self.ctx.db, search, status)

    def create(self) -> None:
        picker = DealPicker(self.ctx, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        deal_id = picker.chosen
        WriteOp(self.ctx, lambda db: offers.create_offer(db, deal_id), parent=self).success(
            self.open_offer
        ).run(initiator=self)

    def open_dialog(self, record_id: uuid.UUID | None) -> bool:
        if record_id is None:
            self.create()
        else:
            self.open_offer(record_id)
        return False  # the editor saves on its own and says so

    def open_offer(self, offer_id: uuid.UUID) -> OfferEditor:
        editor = open_offer_editor(self.ctx, offer_id, self)
        self.editors = [e for e in self.editors if e.isVisible()] + [editor]
        return editor

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        offers.delete_offer(db, record_id)

    def describe(self, row: Any) -> str:
        return f"{row.number} ({row.customer})"

    def edit_company(self) -> None:
        CompanySettingsDialog(self.ctx, self).exec()


def open_offer_editor(
    ctx: AppContext, offer_id: uuid.UUID, parent: QWidget | None, *, modal: bool = False
) -> OfferEditor:
    """The editor as its own window, so several offers can be open beside the main one
    (window-modal when opened from another dialog)."""
    editor = OfferEditor(ctx, offer_id, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        editor.setWindowModality(Qt.WindowModality.WindowModal)
    editor.show()
    return editor
