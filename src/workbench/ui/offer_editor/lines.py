"""The offer's lines: the table model, its undo commands, the cell delegates and the
product picker."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workbench.domain.money import MoneyError
from workbench.domain.offer_totals import OfferTotals
from workbench.services import offers
from workbench.services.offer_pdf import Fmt
from workbench.ui.amounts import parse_amount, rate_text
from workbench.ui.column_layout import ColumnLayout, WordElideDelegate
from workbench.ui.search_completer import FoldedNames, FoldingCompleter
from workbench.ui.theme import app_colours, qcolor

Index = QModelIndex | QPersistentModelIndex

COLUMNS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("LinesModel", "Section"), "section", "text"),
    (QT_TRANSLATE_NOOP("LinesModel", "Code"), "code", "text"),
    (QT_TRANSLATE_NOOP("LinesModel", "Description"), "description", "multiline"),
    (QT_TRANSLATE_NOOP("LinesModel", "Qty"), "quantity", "decimal"),
    (QT_TRANSLATE_NOOP("LinesModel", "Unit"), "unit", "text"),
    (QT_TRANSLATE_NOOP("LinesModel", "Unit price"), "unit_price", "decimal"),
    (QT_TRANSLATE_NOOP("LinesModel", "Disc. %"), "discount_percent", "decimal"),
    (QT_TRANSLATE_NOOP("LinesModel", "Tax %"), "tax_rate", "decimal"),
    (QT_TRANSLATE_NOOP("LinesModel", "Optional"), "optional", "bool"),
    (QT_TRANSLATE_NOOP("LinesModel", "Net"), "", "net"),
]
COL = {attr: i for i, (_t, attr, _k) in enumerate(COLUMNS) if attr}
NET_COL = len(COLUMNS) - 1
# Undo step names, whole phrases for each cell (the Edit menu shows "Undo Edit quantity").
EDIT_TEXTS = {
    "section": QT_TRANSLATE_NOOP("LinesModel", "Edit section"),
    "code": QT_TRANSLATE_NOOP("LinesModel", "Edit code"),
    "description": QT_TRANSLATE_NOOP("LinesModel", "Edit description"),
    "quantity": QT_TRANSLATE_NOOP("LinesModel", "Edit quantity"),
    "unit": QT_TRANSLATE_NOOP("LinesModel", "Edit unit"),
    "unit_price": QT_TRANSLATE_NOOP("LinesModel", "Edit unit price"),
    "discount_percent": QT_TRANSLATE_NOOP("LinesModel", "Edit discount"),
    "tax_rate": QT_TRANSLATE_NOOP("LinesModel", "Edit tax rate"),
    "optional": QT_TRANSLATE_NOOP("LinesModel", "Edit optional"),
    "": QT_TRANSLATE_NOOP("LinesModel", "Edit line"),
}


# -- undo commands -------------------------------------------------------------------------


class SetCell(QUndoCommand):
    """One cell edit. Typing in the same cell merges into one step."""

    ID = 6001

    def __init__(self, model: LinesModel, row: int, attr: str, old: Any, new: Any) -> None:
        text = EDIT_TEXTS.get(attr, EDIT_TEXTS[""])
        super().__init__(QCoreApplication.translate("LinesModel", text))
        self.model, self.row, self.attr, self.old, self.new = model, row, attr, old, new

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCell) or (other.row, other.attr) != (self.row, self.attr):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model.apply(self.row, self.attr, self.new)

    def undo(self) -> None:
        self.model.apply(self.row, self.attr, self.old)


class InsertLines(QUndoCommand):
    def __init__(
        self, model: LinesModel, row: int, lines: list[offers.LineData], text: str
    ) -> None:
        super().__init__(text)
        self.model, self.row, self.lines = model, row, lines

    def redo(self) -> None:
        self.model.insert(self.row, self.lines)

    def undo(self) -> None:
        self.model.remove(self.row, len(self.lines))


class RemoveLines(QUndoCommand):
    def __init__(self, model: LinesModel, rows: list[int]) -> None:
        super().__init__(LinesModel.tr("Remove %n line(s)", "", len(rows)))
        self.model = model
        self.rows = sorted(rows)
        self.lines = [model.lines[r] for r in self.rows]

    def redo(self) -> None:
        for r in reversed(self.rows):
            self.model.remove(r, 1)

    def undo(self) -> None:
        for r, line in zip(self.rows, self.lines, strict=True):
            self.model.insert(r, [line])


class MoveLine(QUndoCommand):
    def __init__(self, model: LinesModel, row: int, to: int) -> None:
        super().__init__(QCoreApplication.translate("LinesModel", "Move line"))
        self.model, self.row, self.to = model, row, to

    def redo(self) -> None:
        self.model.move(self.row, self.to)

    def undo(self) -> None:
        self.model.move(self.to, self.row)


# -- the lines model -----------------------------------------------------------------------


class LinesModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, undo: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.lines: list[offers.LineData] = []
        self.totals: OfferTotals | None = None
        self.fmt = Fmt("en_GB", "EUR")
        self.editable = True

    def set_lines(self, lines: list[offers.LineData], fmt: Fmt, editable: bool) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.fmt = fmt
        self.editable = editable
        self.endResetModel()

    def set_totals(self, totals: OfferTotals) -> None:
        self.totals = totals
        if self.lines:
            self.dataChanged.emit(self.index(0, NET_COL), self.index(len(self.lines) - 1, NET_COL))

    # Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable or index.column() == NET_COL:
            return base
        if COLUMNS[index.column()][2] == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        _title, attr, kind = COLUMNS[index.column()]
        total = (
            self.totals.lines[index.row()]
            if self.totals and index.row() < len(self.totals.lines)
            else None
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "net":
                if total is None:
                    return ""
                text = self.fmt.money(total.net)
                return f"({text})" if line.optional else text
            if kind == "bool":
                return None
            value = getattr(line, attr)
            if kind == "decimal":
                if attr == "unit_price":
                    return self.fmt.price(value)
                return rate_text(value) if value else ("0" if attr != "discount_percent" else "")
            if kind == "multiline":
                return value.replace("\n", " — ")
            return value
        if role == Qt.ItemDataRole.EditRole and kind not in ("net", "bool"):
            value = getattr(line, attr)
            return rate_text(value) if kind == "decimal" else value
        if role == Qt.ItemDataRole.CheckStateRole and kind == "bool":
            return Qt.CheckState.Checked if line.optional else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("decimal", "net"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and line.optional:
            return QBrush(qcolor(app_colours().muted))
        if role == Qt.ItemDataRole.BackgroundRole and total is not None and total.below_cost:
            return QBrush(qcolor(app_colours().lost_bg))
        if role == Qt.ItemDataRole.ToolTipRole:
            if total is not None and total.below_cost:
                return self.tr("Priced below cost")
            if kind == "multiline":
                return line.description
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        _title, attr, kind = COLUMNS[index.column()]
        line = self.lines[index.row()]
        if kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif kind == "decimal":
            text = str(value).strip() or "0"
            try:
                new = parse_amount(text.replace("%", ""))
            except MoneyError:
                return False
            if new < 0:
                return False
        else:
            new = str(value)
        old = getattr(line, attr)
        if old == new:
            return True
        self.undo.push(SetCell(self, index.row(), attr, old, new))
        return True

    # changes (called by the undo commands)
    def apply(self, row: int, attr: str, value: Any) -> None:
        self.lines[row] = replace(self.lines[row], **{attr: value})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.changed.emit()

    def insert(self, row: int, lines: list[offers.LineData]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        self.lines[row:row] = lines
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.lines[row : row + count]
        self.endRemoveRows()
        self.changed.emit()

    def move(self, row: int, to: int) -> None:
        self.beginResetModel()
        line = self.lines.pop(row)
        self.lines.insert(to, line)
        self.endResetModel()
        self.changed.emit()


class DecimalDelegate(QStyledItemDelegate):
    """A line edit that commits as you type, so totals follow every keystroke."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.textEdited.connect(lambda _t: self.commitData.emit(editor))
        return editor


class DescriptionDelegate(WordElideDelegate):
    """Multi-line descriptions: the first line is the title on the offer."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(60)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        rect.setHeight(max(rect.height(), 70))
        editor.setGeometry(rect)


def lines_table(model: LinesModel, settings: QSettings | None = None) -> QTableView:
    """The lines as a table: typing starts editing, numbers commit as you type."""
    table = QTableView()
    table.setObjectName("lines")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setAlternatingRowColors(True)
    decimal_delegate = DecimalDelegate(table)
    description_delegate = DescriptionDelegate(table)
    for attr in ("quantity", "unit_price", "discount_percent", "tax_rate"):
        table.setItemDelegateForColumn(COL[attr], decimal_delegate)
    table.setItemDelegateForColumn(COL["description"], description_delegate)
    # The description takes the room; the figures fit their contents (the shared rule), and
    # the prices are never cut when the editor is narrow.
    whole = [COL["unit_price"], len(COLUMNS) - 1]
    ColumnLayout(table, "offer_lines", settings, primary=COL["description"], whole=whole)
    return table


class ProductPicker(QLineEdit):
    """Type a code or name; Enter or a pick from the list emits `chosen` once.

    Enter on a highlighted completion reaches QCompleter (which emits `activated`) and is
    then passed on to the line edit (which emits `returnPressed`), so listening to both
    added the product twice. Enter in the list is therefore handled here, before the
    completer sees it; `activated` is left with mouse picks only.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = FoldedNames(self)
        completer = FoldingCompleter(self.names, self)
        self.setCompleter(completer)
        # Installed after the completer's own filter, so it runs first.
        completer.popup().installEventFilter(self)
        completer.activated.connect(self.chosen)
        self.returnPressed.connect(lambda: self.chosen.emit(self.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer().popup()
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and popup.currentIndex().isValid()
        ):
            text = str(popup.currentIndex().data())
            popup.hide()
            self.setText(text)
            self.chosen.emit(text)
            return True
        return super().eventFilter(watched, event)
