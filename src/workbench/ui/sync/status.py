"""The status bar's sync corner: what sync is doing in plain words, and badges while
conflicts or duplicate customers wait. Each opens the Team sync dialog; nothing here ever
blocks or pops up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from workbench.texts import counted
from workbench.ui.sync.controller import SyncController, SyncState, describe
from workbench.ui.theme import keep_styled, themed


class SyncStatus(QWidget):
    def __init__(
        self,
        controller: SyncController,
        open_dialog: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.text = QToolButton()
        self.text.setObjectName("syncStatusText")
        self.text.setAutoRaise(True)
        self.text.setToolTip(self.tr("Team sync (click for details)"))
        self.text.clicked.connect(lambda: open_dialog(""))
        self.badge = QToolButton()
        self.badge.setObjectName("syncConflictsBadge")
        self.badge.setAutoRaise(True)
        keep_styled(self.badge, themed("QToolButton { color: $danger; font-weight: 600; }"))
        self.badge.clicked.connect(lambda: open_dialog("conflicts"))
        self.duplicates = QToolButton()
        self.duplicates.setObjectName("syncDuplicatesBadge")
        self.duplicates.setAutoRaise(True)
        keep_styled(self.duplicates, themed("QToolButton { color: $warn; font-weight: 600; }"))
        self.duplicates.setToolTip(self.tr("The same customer entered twice: merge them"))
        self.duplicates.clicked.connect(lambda: open_dialog("duplicates"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.text)
        self.controller = controller
        controller.state_changed.connect(self.show_state)
        # "Synced 2 min ago" ages while nothing happens.
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(lambda: self.show_state(controller.state))
        self._tick.start()
        self.show_state(controller.state)

    def show_state(self, state: SyncState) -> None:
        words = describe(state)
        self.text.setText(words)
        self.text.setVisible(bool(words))
        if state.error:
            self.text.setToolTip(state.error)
        conflicts = state.status.conflicts if state.status is not None else 0
        self.badge.setVisible(state.signed_in and conflicts > 0)
        self.badge.setText(
            counted(SyncStatus.tr("%1 conflict(s)", "", conflicts), conflicts) if conflicts else ""
        )
        twins = state.status.duplicates if state.status is not None else 0
        self.duplicates.setVisible(state.signed_in and twins > 0)
        self.duplicates.setText(
            counted(SyncStatus.tr("%1 duplicate customer(s)", "", twins), twins) if twins else ""
        )
