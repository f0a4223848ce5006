"""Quotas and exchange rates, as a manager sets them: a year of monthly quotas per rep in
one grid, and the company's rates per currency and date."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from workbench import formatting
from workbench.domain.enums import Role
from workbench.domain.models import User
from workbench.errors import ValidationError
from workbench.services import targets
from workbench.services.company import get_company
from workbench.store.db import Database
from workbench.texts import translate
from workbench.ui.context import AppContext
from workbench.ui.date_edit import DateEdit
from workbench.ui.messages import show_error
from workbench.ui.operations import ReadOp, WriteOp

SELLING = (Role.ACCOUNT_EXECUTIVE, Role.SDR, Role.MANAGER, Role.CUSTOMER_SUCCESS)


@dataclass(frozen=True)
class Loaded:
    year: int
    people: list[tuple[uuid.UUID, str]]
    quotas: dict[tuple[uuid.UUID, int], Decimal]
    rates: list[targets.RateRow]
    currency: str
    allowed: bool


def _load(db: Database, year: int) -> Loaded:
    with db.read() as s:
        people = s.execute(
            select(User.id, User.name)
            .where(User.deleted.is_(False), User.active.is_(True), User.role.in_(SELLING))
            .order_by(User.name)
        ).all()
    quotas = {
        (q.user_id, q.month.month): q.amount.amount
        for q in targets.quotas(db, date(year, 1, 1), date(year + 1, 1, 1))
    }
    return Loaded(
        year,
        [(p[0], p[1]) for p in people],
        quotas,
        targets.rates(db),
        get_company(db).default_currency,
        targets.may_set_quotas(db),
    )


def _quota_text(value: Decimal | None) -> str:
    return "" if value is None else formatting.number(value, digits=0)


class TargetsDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_dialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Quotas and exchange rates"))
        self.resize(1000, 520)
        self.loaded: Loaded | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self._reload)
        self.grid = QTableWidget()
        self.grid.setObjectName("quota_grid")
        self.grid.setColumnCount(12)
        self.grid.setHorizontalHeaderLabels(
            [formatting.month_abbr(date(2000, m, 1), year=False) for m in range(1, 13)]
        )
        self.quota_note = QLabel()
        self.quota_note.setWordWrap(True)
        quota_tab = QWidget()
        q = QVBoxLayout(quota_tab)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        q.addLayout(top)
        q.addWidget(self.grid)
        q.addWidget(self.quota_note)
        self.rate_list = QTableWidget()
        self.rate_list.setObjectName("rate_list")
        self.rate_list.setColumnCount(3)
        self.rate_list.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("From"), self.tr("Rate")]
        )
        self.rate_currency = QComboBox()
        self.rate_currency.setObjectName("rate_currency")
        self.rate_currency.setEditable(True)
        self.rate_currency.addItems(["USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY"])
        self.rate_from = DateEdit()
        self.rate_value = QLineEdit()
        self.rate_value.setObjectName("rate_value")
        self.rate_value.setPlaceholderText(self.tr("e.g. 0.92"))
        add = QPushButton(self.tr("Set rate"))
        add.setObjectName("set_rate")
        add.clicked.connect(self._set_rate)
        self.rate_caption = QLabel()
        rate_tab = QWidget()
        r = QVBoxLayout(rate_tab)
        r.addWidget(self.rate_list)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("1")))
        line.addWidget(self.rate_currency)
        line.addWidget(QLabel(self.tr("from")))
        line.addWidget(self.rate_from)
        line.addWidget(QLabel("="))
        line.addWidget(self.rate_value)
        line.addWidget(self.rate_caption)
        line.addWidget(add)
        r.addLayout(line)
        tabs = QTabWidget()
        tabs.addTab(quota_tab, self.tr("Quotas"))
        tabs.addTab(rate_tab, self.tr("Exchange rates"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save_quotas)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._reload()

    def _reload(self) -> None:
        year = self.year.value()
        ReadOp(self.ctx, lambda db: _load(db, year), parent=self).success(self._show).run()

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.grid.setRowCount(len(loaded.people))
        self.grid.setVerticalHeaderLabels([name for _id, name in loaded.people])
        for row, (person, _name) in enumerate(loaded.people):
            for month in range(1, 13):
                value = loaded.quotas.get((person, month))
                self.grid.setItem(row, month - 1, QTableWidgetItem(_quota_text(value)))
        self.grid.setEnabled(loaded.allowed)
        self.quota_note.setText(
            self.tr("Monthly target of won value in %s. Reports set won deals against it.")
            % loaded.currency
            if loaded.allowed
            else translate("Errors", targets.QUOTA_REFUSED)
        )
        self.rate_caption.setText(loaded.currency)
        self.rate_list.setRowCount(len(loaded.rates))
        for i, rate in enumerate(loaded.rates):
            for col, text in enumerate(
                (rate.currency, formatting.day(rate.valid_from), formatting.number(rate.rate))
            ):
                self.rate_list.setItem(i, col, QTableWidgetItem(text))

    def changed_quotas(self) -> list[tuple[uuid.UUID, date, str | Decimal]]:
        loaded = self.loaded
        if loaded is None:
            return []
        out: list[tuple[uuid.UUID, date, str | Decimal]] = []
        for row, (person, _name) in enumerate(loaded.people):
            for month in range(1, 13):
                item = self.grid.item(row, month - 1)
                text = item.text().strip() if item else ""
                before = loaded.quotas.get((person, month))
                if text == _quota_text(before):
                    continue
                out.append((person, date(loaded.year, month, 1), text or "0"))
        return out

    def save_quotas(self) -> None:
        changes, loaded = self.changed_quotas(), self.loaded
        if loaded is None or not changes:
            self.accept()
            return

        currency = loaded.currency
        WriteOp(
            self.ctx, lambda db: targets.set_quotas(db, changes, currency), parent=self
        ).success(
            lambda n: (
                self.ctx.status(TargetsDialog.tr("%n quota(s) saved.", "", n)),
                self.accept(),
            )
        ).run(initiator=self)

    def _set_rate(self) -> None:
        currency, day, value = (
            self.rate_currency.currentText(),
            self.rate_from.date().toPython(),
            self.rate_value.text(),
        )
        if not value.strip():
            show_error(self, ValidationError(self.tr("Type the rate, e.g. 0.92."), "rate"))
            return
        WriteOp(
            self.ctx, lambda db: targets.set_rate(db, currency, day, value), parent=self
        ).success(lambda _r: (self.rate_value.clear(), self._reload())).run(initiator=self)
