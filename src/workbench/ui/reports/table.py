"""A report table in the window: sortable by any column (totals stay last), figures
right-aligned, and a cell with records behind it underlined as a link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from workbench.reports.model import Drill, Kind, Row, Table
from workbench.reports.text import cell_text, sort_key

_NUMERIC = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DAYS, Kind.NUMBER)
_Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.locale = locale
        self.rows: list[Row] = list(table.rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section].title
        return None

    def drill(self, index: _Index) -> Drill | None:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        return row.drill.get(self.table.columns[index.column()].key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.table.columns[index.column()]
        value = row.cells.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, column.kind, self.locale)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        drill = row.drill.get(column.key)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(row.total)
            font.setUnderline(bool(drill))
            return font
        if role == Qt.ItemDataRole.ToolTipRole and drill:
            return ReportTableModel.tr(
                "Double-click to list the %n record(s) behind this figure", "", len(drill)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        key = self.table.columns[column].key
        body = [r for r in self.table.rows if not r.total]
        body.sort(
            key=lambda r: sort_key(r.cells.get(key)), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.layoutAboutToBeChanged.emit()
        self.rows = body + [r for r in self.table.rows if r.total]
        self.layoutChanged.emit()


class ReportTableView(QTableView):
    drill_requested = Signal(object)  # Drill

    def __init__(self, table: Table, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"table_{table.key}")
        self.model_ = ReportTableModel(table, locale, self)
        self.setModel(self.model_)
        # No sort indicator yet: the table keeps the report's own order until a click.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves a list that isn't edited cell by cell
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Not `activated`: on some platforms a double-click also activates, and the list
        # would open twice. Enter opens it from the keyboard (keyPressEvent).
        self.doubleClicked.connect(self._open)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = min(len(table.rows), 25)
        self.setFixedHeight(
            header.sizeHint().height() + rows * self.verticalHeader().defaultSectionSize() + 6
        )
        if len(table.rows) > 25:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        drill = self.model_.drill(index)
        if drill:
            self.drill_requested.emit(drill)
