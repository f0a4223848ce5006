"""A column's cards: a list model loaded page by page in the background."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from workbench.services.board import Card, card_sort_key
from workbench.ui.background import Runner
from workbench.ui.board.card_text import card_description
from workbench.ui.paged_model import PagedRows

Index = QModelIndex | QPersistentModelIndex
CardRole = Qt.ItemDataRole.UserRole + 1
Fetch = Callable[[int, int], list[Card]]


class ColumnModel(PagedRows[Card], QAbstractListModel):
    """Plain `Card` rows of one stage, loaded page by page as the view scrolls (PagedRows)."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, runner: Runner, fetch: Fetch, page_size: int = 50) -> None:
        super().__init__()
        # Nothing to fetch until the board delivers the first page (with the headers):
        # the view would otherwise start a page query of its own at once.
        self._init_paging(runner, fetch, page_size, exhausted=True)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        card = self._rows[index.row()]
        if role == CardRole:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.title} — {card.account_name}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return card_description(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.title
        return None

    # -- own API ---------------------------------------------------------------------------

    def card(self, row: int) -> Card:
        return self._rows[row]

    def cards(self) -> list[Card]:
        return list(self._rows)

    def row_of(self, opportunity_id: uuid.UUID) -> int:
        for i, card in enumerate(self._rows):
            if card.id == opportunity_id:
                return i
        return -1

    def is_exhausted(self) -> bool:
        return self._exhausted

    def set_fetch(self, fetch: Fetch) -> None:
        self._fetch = fetch

    def replace_from(self, start: int, cards: list[Card], exhausted: bool) -> None:
        """Put freshly queried rows in place from `start` on and drop the rows after them
        (they load again on scrolling). Rows above `start` stay, and rows present before
        and after are updated in place, so the view keeps its scroll position."""
        self._generation += 1  # pages of the old query are stale now
        self._loading = False
        start = min(start, len(self._rows))
        new = self._rows[:start] + list(cards)
        old_n, new_n = len(self._rows), len(new)
        if new_n < old_n:
            self.beginRemoveRows(QModelIndex(), new_n, old_n - 1)
            self._rows = self._rows[:new_n]
            self.endRemoveRows()
        self._rows[start:] = new[start : len(self._rows)]
        common = min(old_n, new_n)
        if common > start:
            self.dataChanged.emit(self.index(start), self.index(common - 1))
        if new_n > old_n:
            self.beginInsertRows(QModelIndex(), old_n, new_n - 1)
            self._rows.extend(new[old_n:])
            self.endInsertRows()
        self._exhausted = exhausted
        self.loaded.emit()

    def replace_card(self, row: int, card: Card) -> None:
        self._rows[row] = card
        self.dataChanged.emit(self.index(row), self.index(row))

    def take(self, opportunity_id: uuid.UUID) -> Card | None:
        row = self.row_of(opportunity_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._rows.pop(row)
        self.endRemoveRows()
        return card

    def place(self, card: Card) -> int:
        """Insert a card where the column's order puts it, if that is within the loaded
        rows (otherwise it appears when the user scrolls there). Returns its row or -1."""
        key = card_sort_key(card)
        row = next((i for i, c in enumerate(self._rows) if card_sort_key(c) > key), len(self._rows))
        if row == len(self._rows) and not self._exhausted:
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, card)
        self.endInsertRows()
        return row
