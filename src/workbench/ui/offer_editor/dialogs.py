"""Dialogs the offer editor opens: the reason for a decision, two versions compared."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services import offers
from workbench.ui.domain_texts import domain_text
from workbench.ui.theme import app_colours, on_scheme_change, qcolor


class ReasonDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        reasons: list[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
        *,
        optional_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        self.check = QCheckBox(optional_label) if optional_label else None
        if self.check is not None:
            self.check.setChecked(True)
            layout.addRow(self.check)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for rid, label in reasons:
            self.reason.addItem(label, rid)
        layout.addRow(prompt, self.reason)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        layout.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        if self.check is not None:
            self.check.toggled.connect(self.reason.setEnabled)


class CompareDialog(QDialog):
    def __init__(self, comparison: offers.VersionComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Version %d compared with version %d") % (comparison.b, comparison.a)
        )
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        rows = [d for d in comparison.lines if d.status != "same"]
        #: the table row of each changed line, with how it changed (its colour)
        self._changes: list[tuple[int, str]] = []
        table = QTableWidget(len(rows) + len(comparison.header), 3)
        table.setObjectName("comparison")
        table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Line"), self.tr("What changed")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        r = 0
        for what, a, b in comparison.header:
            for c, text in enumerate((self.tr("offer"), what, f"{a} → {b}")):
                table.setItem(r, c, QTableWidgetItem(text))
            r += 1
        for diff in rows:
            line = diff.new or diff.old
            assert line is not None
            title = line.description.splitlines()[0] if line.description else ""
            items = [
                domain_text(diff.status),
                f"{line.code}  {title}".strip(),
                "; ".join(diff.changes),
            ]
            for c, text in enumerate(items):
                table.setItem(r, c, QTableWidgetItem(text))
            self._changes.append((r, diff.status))
            r += 1
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        summary = QLabel(
            self.tr("%d lines added, %d removed, %d changed, %d unchanged.")
            % tuple(
                sum(1 for d in comparison.lines if d.status == s)
                for s in ("added", "removed", "changed", "same")
            )
        )
        layout.addWidget(summary)
        layout.addWidget(table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table = table
        self._colour_rows()
        # Open while the OS switches between light and dark: the rows follow.
        on_scheme_change(self, self._colour_rows)

    def _colour_rows(self) -> None:
        """Each changed line in the colour of its change, in the scheme in force."""
        scheme = app_colours()
        colours = {"added": scheme.won_bg, "removed": scheme.lost_bg, "changed": scheme.notice_bg}
        for row, status in self._changes:
            colour = qcolor(colours.get(status, scheme.card))
            for column in range(self.table.columnCount()):
                self.table.item(row, column).setBackground(colour)
