"""The terms tab: validity, introduction, closing, payment and delivery terms, each with
its templates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPlainTextEdit, QWidget

from workbench.services import offers
from workbench.ui.date_edit import DateEdit

# Template texts by kind, then by name (offers.templates(kind) for each kind).
Templates = dict[str, dict[str, str]]
KINDS = ("introduction", "closing", "payment_terms", "delivery_terms")


class TermsTab(QWidget):
    changed = Signal()
    template_chosen = Signal(str, str)  # kind, template text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.valid_until = DateEdit()
        self.valid_until.setObjectName("validUntil")
        valid_label = QLabel(self.tr("Valid &until"))
        valid_label.setBuddy(self.valid_until)
        grid.addWidget(valid_label, 0, 0)
        grid.addWidget(self.valid_until, 0, 1)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.templates: Templates = {}
        labels = {
            "introduction": self.tr("Introduction"),
            "closing": self.tr("Closing"),
            "payment_terms": self.tr("Payment terms"),
            "delivery_terms": self.tr("Delivery terms"),
        }
        row = 1
        for kind in KINDS:
            edit = QPlainTextEdit()
            edit.setObjectName(kind)
            edit.setMinimumHeight(54)
            combo = QComboBox()
            combo.addItem(self.tr("Insert template…"), None)
            combo.activated.connect(lambda _i, k=kind, c=combo: self._chosen(k, c.currentData()))
            grid.addWidget(QLabel(labels[kind]), row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(edit, row + 1, 0, 1, 2)
            edit.textChanged.connect(self.changed)
            self.texts[kind] = edit
            self.combos[kind] = combo
            row += 2
        self.valid_until.dateChanged.connect(self.changed)

    def set_templates(self, templates: Templates) -> None:
        self.templates = templates
        for kind, combo in self.combos.items():
            while combo.count() > 1:
                combo.removeItem(1)
            for name in templates.get(kind, {}):
                combo.addItem(name, name)

    def _chosen(self, kind: str, name: str | None) -> None:
        if name is not None:
            self.template_chosen.emit(kind, self.templates.get(kind, {}).get(name, ""))

    def fill(self, data: offers.VersionData) -> None:
        if data.valid_until:
            self.valid_until.setDate(QDate(data.valid_until))
        for kind, edit in self.texts.items():
            edit.setPlainText(getattr(data, kind))

    def set_editable(self, editable: bool) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(not editable)
        self.valid_until.setEnabled(editable)

    def valid_until_date(self) -> dt.date | None:
        date = self.valid_until.date()
        return date.toPython() if date.isValid() else None  # type: ignore[return-value]

    def values(self) -> dict[str, Any]:
        return {
            "valid_until": self.valid_until_date(),
            **{kind: edit.toPlainText() for kind, edit in self.texts.items()},
        }


def load_templates(language: str) -> Templates:
    """Read on a worker: the texts are files in the installed resources, in the offer's
    language."""
    return {kind: offers.templates(kind, language) for kind in KINDS}
