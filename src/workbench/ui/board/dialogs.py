"""Questions the board asks: why a deal was won or lost, and what blocks a move."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import OpportunityStatus
from workbench.errors import MandatoryTasksOpen
from workbench.ui.messages import error_label


class CloseDialog(QDialog):
    """Asks for the reason (from the won or lost reason list) and, for a lost deal, the
    competitor that won it, while it is fresh."""

    def __init__(
        self,
        title: str,
        status: OpportunityStatus,
        reasons: list[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        won = status == OpportunityStatus.WON
        self.setWindowTitle(self.tr("Mark as won") if won else self.tr("Mark as lost"))
        self.setMinimumWidth(420)
        intro = QLabel(
            (self.tr("Why was “%s” won?") if won else self.tr("Why was “%s” lost?")) % title
        )
        intro.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason_id, label in reasons:
            self.reason.addItem(label, reason_id)
        self.competitor = QLineEdit()
        self.competitor.setObjectName("competitor")
        self.competitor.setPlaceholderText(self.tr("Who won the deal, if anyone"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        if not won:
            form.addRow(self.tr("&Competitor"), self.competitor)
        form.addRow(self.tr("&Note"), self.note)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def reason_id(self) -> uuid.UUID | None:
        value = self.reason.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _accept(self) -> None:
        if self.reason_id() is None:
            self.error.setText(self.tr("Choose a reason: it is what the manager learns from."))
            self.error.show()
            self.reason.setFocus()
            return
        self.accept()


def refuse_move(parent: QWidget | None, exc: MandatoryTasksOpen) -> bool:
    """Explain which mandatory tasks block the move; True if the user wants to open the
    deal's checklist."""
    box = QMessageBox(parent)
    box.setObjectName("moveRefused")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("BoardArea", "Move not possible"))
    box.setText(
        QCoreApplication.translate(
            "BoardArea",
            "“%s” still has mandatory tasks open. Finish them before moving the deal on:",
        )
        % exc.stage_name
    )
    box.setInformativeText("\n".join(f"• {title}" for _, title in exc.tasks))
    open_button = box.addButton(
        QCoreApplication.translate("BoardArea", "Open checklist"), QMessageBox.ButtonRole.AcceptRole
    )
    open_button.setObjectName("openChecklist")
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is open_button
