"""Questions the board and the opportunity dialog ask: why a deal was won or lost, and
what blocks a move or a win."""

from __future__ import annotations

import uuid
from collections.abc import Callable

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

from workbench.domain.enums import OpportunityStatus, ReasonKind
from workbench.errors import MandatoryTasksOpen
from workbench.services import board as board_reads
from workbench.services import opportunities
from workbench.store.db import Database
from workbench.ui.board.commands import CloseCommand
from workbench.ui.context import AppContext
from workbench.ui.messages import error_label, show_error


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
        self.setObjectName("closeDialog")
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


def refuse_move(parent: QWidget | None, exc: MandatoryTasksOpen, *, win: bool = False) -> bool:
    """Explain which mandatory tasks block the move (or the win); True if the user wants
    to open the deal's checklist."""
    box = QMessageBox(parent)
    box.setObjectName("moveRefused")
    box.setIcon(QMessageBox.Icon.Warning)
    if win:
        box.setWindowTitle(QCoreApplication.translate("BoardArea", "Not ready to be won"))
        box.setText(
            QCoreApplication.translate(
                "BoardArea",
                "“%s” still has mandatory tasks open. Finish them before marking the deal won:",
            )
            % exc.stage_name
        )
    else:
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


def _close_question(
    db: Database, opportunity_id: uuid.UUID, status: OpportunityStatus
) -> list[tuple[uuid.UUID, str]]:
    """The gate first (so nobody gives a reason for a win that is then refused), then the
    reasons to choose from."""
    opportunities.check_close(db, opportunity_id, status)
    kind = ReasonKind.WON if status == OpportunityStatus.WON else ReasonKind.LOST
    return board_reads.list_reasons(db, kind)


def close_deal(
    ctx: AppContext,
    parent: QWidget,
    opportunity_id: uuid.UUID,
    title: str,
    status: OpportunityStatus,
    *,
    open_checklist: Callable[[], None],
    closed: Callable[[], None] = lambda: None,
) -> None:
    """Won or lost, the one way the board and the opportunity dialog close a deal: check
    what would refuse it (in the background), then ask why, then close it as an undoable
    command. Open mandatory tasks are named, with the checklist a click away."""

    def refused(exc: BaseException) -> None:
        if isinstance(exc, MandatoryTasksOpen):
            if refuse_move(parent, exc, win=True):
                open_checklist()
        else:
            show_error(parent, exc)

    def ask(reasons: list[tuple[uuid.UUID, str]]) -> None:
        dialog = CloseDialog(title, status, reasons, parent)
        if not dialog.exec():
            return
        reason = dialog.reason_id()
        assert reason is not None  # the dialog doesn't accept without one

        def done(_change: opportunities.CloseChange) -> None:
            won = status == OpportunityStatus.WON
            ctx.status(
                (
                    QCoreApplication.translate("BoardArea", "“%s” won.")
                    if won
                    else QCoreApplication.translate("BoardArea", "“%s” lost.")
                )
                % title
            )
            closed()

        command = CloseCommand(
            ctx,
            parent,
            opportunity_id,
            title,
            status,
            reason,
            dialog.competitor.text(),
            dialog.note.toPlainText(),
        )
        ctx.undo.push(command.success(done).failure(refused))

    ctx.runner.run(
        lambda: _close_question(ctx.db, opportunity_id, status), ask, refused, owner=parent
    )
