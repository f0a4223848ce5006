"""Today's rows as a two-level model: a head row per section, its items (or "Nothing
here.") below it.

A cell's text, colours and tooltip are made when the view asks for them, so a start on a
long list (the demo's 500 overdue tasks, folded) formats and builds only the rows on
screen: built as items up front, they took longer than the query that read them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from workbench import formatting
from workbench.domain.business_days import ResponseFlag
from workbench.domain.rules import format_phone
from workbench.palette import Colours
from workbench.services.today_rows import ItemKind, TodayItem
from workbench.texts import fill
from workbench.ui.theme import app_colours, qcolor

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 4
# internal id of a head row; an item row's is its section's row + 1
_HEAD = 0
# A waiting lead's response-time flag, by its palette colour: drawn as that colour on a
# pale tint of it, so a long list of waiting leads is a nudge, not a red wall next to the
# truly overdue.
FLAG_COLOURS = {ResponseFlag.AMBER: "warn", ResponseFlag.RED: "danger"}
_Index = QModelIndex | QPersistentModelIndex


def _tint(colour: str, base: str, share: float = 0.14) -> QColor:
    a, b = QColor(colour), QColor(base)
    return QColor.fromRgbF(
        a.redF() * share + b.redF() * (1 - share),
        a.greenF() * share + b.greenF() * (1 - share),
        a.blueF() * share + b.blueF() * (1 - share),
    )


def kind_name(kind: ItemKind) -> str:
    names = {
        ItemKind.TASK: QCoreApplication.translate("Today", "Task"),
        ItemKind.CALL: QCoreApplication.translate("Today", "Call"),
        ItemKind.MEETING: QCoreApplication.translate("Today", "Meeting"),
        ItemKind.LEAD: QCoreApplication.translate("Today", "Lead"),
        ItemKind.OFFER: QCoreApplication.translate("Today", "Offer"),
    }
    return names[kind]


def texts_of(item: TodayItem, now: datetime, locale: str | None = None) -> tuple[str, str]:
    """The row's time and phone number as shown."""
    return (
        formatting.when(item.when, now, locale),
        format_phone(item.phone) if item.phone else "",
    )


@dataclass
class Section:
    title: str  # as the head shows it, before the count
    colour: str  # the head's palette colour (a Colours field's value)
    items: list[TodayItem]
    # how many there are, where that is more than the list holds
    total: int = 0
    # shows "Nothing here." (it arrived empty; one emptied by a completion shows no row
    # until the reload that confirms it)
    placeholder: bool = False


class TodayModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self._now = datetime.now().astimezone()
        self._texts: dict[uuid.UUID, tuple[str, str]] = {}
        self._colours: Colours = app_colours()
        self._bold = QFont()
        self._bold.setBold(True)
        self._underline = QFont()
        self._underline.setUnderline(True)
        self._headers = [
            QCoreApplication.translate("TodayArea", "What"),
            QCoreApplication.translate("TodayArea", "Who and where"),
            QCoreApplication.translate("TodayArea", "When"),
            QCoreApplication.translate("TodayArea", "Phone"),
        ]

    def show(self, sections: list[Section], now: datetime) -> None:
        """Show these sections, with times relative to `now`, in the current colours."""
        self.beginResetModel()
        for section in sections:
            # Lists of its own: completing an item takes it out of the one shown.
            section.items = list(section.items)
            section.placeholder = not section.items
        self.sections = sections
        self._now = now
        self._texts = {}
        self._colours = app_colours()
        self.endResetModel()

    def remove(self, item: TodayItem) -> bool:
        """Take `item` off the list (done, and confirmed by the next reload)."""
        for s, section in enumerate(self.sections):
            if item in section.items:
                row = section.items.index(item)
                self.beginRemoveRows(self.head(s), row, row)
                del section.items[row]
                section.total = max(0, section.total - 1)
                self.endRemoveRows()
                head = self.head(s)
                self.dataChanged.emit(head, head)  # its count
                return True
        return False

    def head(self, section: int) -> QModelIndex:
        return self.index(section, 0)

    def entries(self) -> list[tuple[QModelIndex, TodayItem]]:
        return [
            (self.index(row, 0, self.head(s)), item)
            for s, section in enumerate(self.sections)
            for row, item in enumerate(section.items)
        ]

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _HEAD)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _HEAD:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _HEAD)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() != _HEAD or parent.column() != 0:
            return 0
        section = self.sections[parent.row()]
        return len(section.items) or int(section.placeholder)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.item(index) is None:
            # Heads and "Nothing here.": every cell, so a row selection never lands there.
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def item(self, index: _Index) -> TodayItem | None:
        if not index.isValid() or index.internalId() == _HEAD:
            return None
        items = self.sections[int(index.internalId()) - 1].items
        return items[index.row()] if index.row() < len(items) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks every cell for a dozen roles while it lays out and paints.
        if role not in _ROLES or not index.isValid():
            return None
        if index.internalId() == _HEAD:
            return self._head_data(self.sections[index.row()], index.column(), role)
        item = self.item(index)
        if item is None:
            if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("TodayArea", "Nothing here.")
            if index.column() == 0 and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(qcolor(self._colours.muted))
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == ITEM_ROLE:
            return item
        return _CELLS[index.column()](self, item, role)

    def _head_data(self, section: Section, column: int, role: int) -> Any:
        if column != 0:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            shown = formatting.number(len(section.items))
            if section.total > len(section.items):
                of = QCoreApplication.translate("TodayArea", "%1 of %2")
                shown = fill(of, shown, formatting.number(section.total))
            return f"{section.title}  ({shown})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(qcolor(section.colour))
        return None

    def _what(self, item: TodayItem, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The painted badge's kind, in words, for screen readers.
            return f"{kind_name(item.kind)}: {item.title}"
        return None

    def _who(self, item: TodayItem, role: int) -> Any:
        return item.detail if role == Qt.ItemDataRole.DisplayRole else None

    def _shown(self, item: TodayItem) -> tuple[str, str]:
        texts = self._texts.get(item.id)
        if texts is None:
            texts = self._texts[item.id] = texts_of(item, self._now)
        return texts

    def _when(self, item: TodayItem, role: int) -> Any:
        flag = FLAG_COLOURS.get(item.flag)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(item)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if flag:
                return QBrush(qcolor(getattr(self._colours, flag)))
            return QBrush(qcolor(self._colours.danger)) if item.late else None
        if role == Qt.ItemDataRole.BackgroundRole and flag:
            return QBrush(_tint(getattr(self._colours, flag), self._colours.card))
        if role == Qt.ItemDataRole.ToolTipRole and flag:
            if item.flag == ResponseFlag.RED:
                return QCoreApplication.translate(
                    "TodayArea", "Not contacted for more than two business days"
                )
            return QCoreApplication.translate(
                "TodayArea", "Not contacted for more than one business day"
            )
        return None

    def _phone(self, item: TodayItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(item)[1]
        if not item.phone:
            return "" if role == Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("TodayArea", "Click to call")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(qcolor(self._colours.call))
        if role == Qt.ItemDataRole.FontRole:
            return self._underline
        return None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        ITEM_ROLE,
    }
)
_CELLS = (TodayModel._what, TodayModel._who, TodayModel._when, TodayModel._phone)
