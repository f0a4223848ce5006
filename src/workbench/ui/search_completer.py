"""Completion that matches names as the database searches do: "muller" offers "Müller".

Qt's completer compares case only, so a list the database found by folded text
(domain/folding.py) would be filtered down to nothing again in the popup. This one
compares the folded typed text with each name's folded form (a role of its own), and
still shows and inserts the name as written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QCompleter

from workbench.domain.folding import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40


class FoldedNames(QStringListModel):
    """Names, each also readable folded under FOLDED_ROLE."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOLDED_ROLE:
            return fold(str(super().data(index, Qt.ItemDataRole.DisplayRole) or ""))
        return super().data(index, role)


class FoldingCompleter(QCompleter):
    """A contains-completer over FoldedNames that ignores case and accents."""

    def __init__(self, names: FoldedNames, parent: QObject | None = None) -> None:
        super().__init__(names, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # The name as written goes into the line edit, not its folded form.
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
