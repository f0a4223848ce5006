"""The offer editor: lines in a table with delegates, sections, optional lines, discounts,
payment options and add-ons, totals as you type, guard rails, preview, export, send,
revise, compare and decide.

The editor works on an in-memory copy of the draft version (`VersionData`); line edits
are undoable on the editor's own undo stack, and Save stores everything in one unit of
work. Sent versions open read-only.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QUrl,
    QUrlQuery,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QKeySequence,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import OfferStatus, ReasonKind
from workbench.domain.money import MoneyError, parse_decimal
from workbench.domain.offer_totals import (
    AddOn,
    OfferTotals,
    PaymentKind,
    PaymentOption,
    percent_text,
)
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import catalog
from workbench.services import offers as svc
from workbench.services.offer_pdf import Fmt, render_offer_pdf
from workbench.ui.context import AppContext
from workbench.ui.messages import show_error

Index = QModelIndex | QPersistentModelIndex

# column: (title, LineData attribute, kind)
COLUMNS: list[tuple[str, str, str]] = [
    ("Section", "section", "text"),
    ("Code", "code", "text"),
    ("Description", "description", "multiline"),
    ("Qty", "quantity", "decimal"),
    ("Unit", "unit", "text"),
    ("Unit price", "unit_price", "decimal"),
    ("Disc. %", "discount_percent", "decimal"),
    ("Tax %", "tax_rate", "decimal"),
    ("Optional", "optional", "bool"),
    ("Net", "", "net"),
]
COL = {attr: i for i, (_t, attr, _k) in enumerate(COLUMNS) if attr}
NET_COL = len(COLUMNS) - 1


# -- undo commands -------------------------------------------------------------------------


class SetCell(QUndoCommand):
    """One cell edit. Typing in the same cell merges into one step."""

    ID = 6001

    def __init__(self, model: LinesModel, row: int, attr: str, old: Any, new: Any) -> None:
        super().__init__(f"Edit {attr.replace('_', ' ')}")
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
    def __init__(self, model: LinesModel, row: int, lines: list[svc.LineData], text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.lines = model, row, lines

    def redo(self) -> None:
        self.model.insert(self.row, self.lines)

    def undo(self) -> None:
        self.model.remove(self.row, len(self.lines))


class RemoveLines(QUndoCommand):
    def __init__(self, model: LinesModel, rows: list[int]) -> None:
        super().__init__("Remove lines" if len(rows) > 1 else "Remove line")
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
        super().__init__("Move line")
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
        self.lines: list[svc.LineData] = []
        self.totals: OfferTotals | None = None
        self.fmt = Fmt("en_GB", "EUR")
        self.editable = True

    def set_lines(self, lines: list[svc.LineData], fmt: Fmt, editable: bool) -> None:
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
                return percent_text(value) if value else ("0" if attr != "discount_percent" else "")
            if kind == "multiline":
                return value.replace("\n", " — ")
            return value
        if role == Qt.ItemDataRole.EditRole and kind not in ("net", "bool"):
            value = getattr(line, attr)
            return percent_text(value) if kind == "decimal" else value
        if role == Qt.ItemDataRole.CheckStateRole and kind == "bool":
            return Qt.CheckState.Checked if line.optional else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("decimal", "net"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and line.optional:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.BackgroundRole and total is not None and total.below_cost:
            return QBrush(QColor("#fdecea"))
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
                new = parse_decimal(text.replace("%", ""))
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

    def insert(self, row: int, lines: list[svc.LineData]) -> None:
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


class DescriptionDelegate(QStyledItemDelegate):
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


# -- dialogs used by the editor -------------------------------------------------------------


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
    def __init__(self, comparison: svc.VersionComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Version %d compared with version %d") % (comparison.b, comparison.a)
        )
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        colours = {"added": "#e6f4ea", "removed": "#fdecea", "changed": "#fff4e5"}
        rows = [d for d in comparison.lines if d.status != "same"]
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
                self.tr(diff.status),
                f"{line.code}  {title}".strip(),
                "; ".join(diff.changes),
            ]
            for c, text in enumerate(items):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(colours.get(diff.status, "#ffffff")))
                table.setItem(r, c, item)
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


class PreviewDialog(QDialog):
    """The rendered pages as images (pdftoppm), scrollable."""

    def __init__(self, pages: list[Path], pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview — %s") % pdf.name)
        self.resize(760, 900)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for page in pages:
            label = QLabel()
            label.setPixmap(QPixmap(str(page)))
            label.setStyleSheet("background: white; border: 1px solid #bbb;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #e9e9e9; }")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_button = buttons.addButton(
            self.tr("Open in PDF viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.page_count = len(pages)


def render_preview(pdf: Path, folder: Path) -> list[Path]:
    """PNG pages of a PDF via poppler's pdftoppm, if installed; [] otherwise."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    subprocess.run([tool, "-png", "-r", "80", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


# -- the editor ----------------------------------------------------------------------------


class OfferEditor(QDialog):
    loaded = Signal()
    saved = Signal()
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, offer_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerEditor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ctx = ctx
        self.offer_id = offer_id
        self.view: svc.OfferView | None = None
        self.limit = svc.max_discount_percent(ctx.db)
        self.undo = QUndoStack(self)
        self.model = LinesModel(self.undo, self)
        self.dirty = False
        self._filling = False
        self._products: dict[str, uuid.UUID] = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="workbench-offer-")
        self.resize(1200, 820)
        self._build()
        self.model.changed.connect(self._changed)
        self.undo.cleanChanged.connect(lambda clean: self._mark_dirty(not clean))
        self.load()

    # -- layout ----------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Any, name: str
    ) -> QAction:
        action = QAction(self.tr(text), self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{self.tr(text)} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setObjectName("offerHeader")
        self.header.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.version_box = QComboBox()
        self.version_box.setObjectName("versionBox")
        self.version_box.activated.connect(self._version_chosen)

        tb = QToolBar()
        self.toolbar = tb
        a = self._action
        self.act_save = a("Save", QKeySequence.StandardKey.Save, self.save, "save")
        self.act_add_text = a("Add text line", "Ctrl+L", self.add_text_line, "addText")
        self.act_section = a("Set section…", "Ctrl+Shift+S", self.set_section, "section")
        self.act_remove = a("Remove line", "Ctrl+Del", self.remove_lines, "remove")
        self.act_up = a("Move up", "Ctrl+Up", lambda: self.move_line(-1), "up")
        self.act_down = a("Move down", "Ctrl+Down", lambda: self.move_line(1), "down")
        self.act_undo = self.undo.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_preview = a("Preview", "Ctrl+Shift+P", self.preview, "preview")
        self.act_export = a("Export PDF…", "Ctrl+E", self.export_pdf, "export")
        self.act_send = a("Send…", "Ctrl+Shift+Return", self.send, "send")
        self.act_revise = a("Revise", "Ctrl+R", self.revise, "revise")
        self.act_compare = a("Compare versions…", None, self.compare, "compare")
        self.act_accept = a("Accepted…", None, self.accept_offer, "accept")
        self.act_reject = a("Rejected…", None, self.reject_offer, "reject")
        for action in (
            self.act_save,
            None,
            self.act_add_text,
            self.act_section,
            self.act_remove,
            self.act_up,
            self.act_down,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_preview,
            self.act_export,
            self.act_send,
            None,
            self.act_revise,
            self.act_compare,
            self.act_accept,
            self.act_reject,
        ):
            if action is None:
                tb.addSeparator()
            else:
                tb.addAction(action)

        self.product_search = QLineEdit()
        self.product_search.setObjectName("productSearch")
        self.product_search.setPlaceholderText(
            self.tr("Add product: type code or name, Enter to add (Ctrl+P)")
        )
        self._product_names = QStringListModel(self)
        completer = QCompleter(self._product_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._product_chosen)
        self.product_search.setCompleter(completer)
        self.product_search.returnPressed.connect(
            lambda: self._product_chosen(self.product_search.text())
        )
        focus = QAction(self)
        focus.setShortcut(QKeySequence("Ctrl+P"))
        focus.triggered.connect(self.product_search.setFocus)
        self.addAction(focus)

        self.table = QTableView()
        self.table.setObjectName("lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.decimal_delegate = DecimalDelegate(self.table)
        self.description_delegate = DescriptionDelegate(self.table)
        for attr in ("quantity", "unit_price", "discount_percent", "tax_rate"):
            self.table.setItemDelegateForColumn(COL[attr], self.decimal_delegate)
        self.table.setItemDelegateForColumn(COL["description"], self.description_delegate)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(COL["description"], QHeaderView.ResizeMode.Stretch)
        for attr, width in (
            ("section", 110),
            ("code", 80),
            ("quantity", 60),
            ("unit", 55),
            ("unit_price", 105),
            ("discount_percent", 65),
            ("tax_rate", 55),
            ("optional", 65),
        ):
            self.table.setColumnWidth(COL[attr], width)
        self.table.setColumnWidth(NET_COL, 110)

        # right side: totals, guard rails, tabs
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.rails_label = QLabel()
        self.rails_label.setObjectName("guardRails")
        self.rails_label.setWordWrap(True)
        self.rails_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = QLabel()
        self.status_label.setObjectName("editorStatus")
        self.status_label.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._pricing_tab(), self.tr("Discount && payment"))
        self.tabs.addTab(self._terms_tab(), self.tr("Texts && terms"))

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Totals"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.totals_label)
        rl.addWidget(box)
        rl.addWidget(self.rails_label)
        rl.addWidget(self.tabs, 1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.product_search)
        ll.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 380])

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.version_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tb)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    def _pricing_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.discount = QLineEdit()
        self.discount.setObjectName("offerDiscount")
        self.discount.setPlaceholderText("0")
        form.addRow(self.tr("Offer &discount %"), self.discount)
        self.discount_reason = QLineEdit()
        self.discount_reason.setObjectName("discountReason")
        self.discount_reason.setPlaceholderText(self.tr("Needed above %s %%") % self.limit)
        form.addRow(self.tr("Discount &reason"), self.discount_reason)
        self.price_list = QComboBox()
        self.price_list.setObjectName("priceList")
        form.addRow(self.tr("Price &list"), self.price_list)

        self.opt_one_off = QCheckBox(self.tr("One-off payment"))
        self.opt_one_off.setObjectName("oneOff")
        form.addRow(self.opt_one_off)
        self.opt_inst = QCheckBox(self.tr("Instalments, months:"))
        self.opt_inst.setObjectName("instalments")
        self.inst_months = QSpinBox()
        self.inst_months.setObjectName("instalmentMonths")
        self.inst_months.setRange(2, 240)
        self.inst_months.setValue(12)
        form.addRow(self.opt_inst, self.inst_months)
        self.opt_lease = QCheckBox(self.tr("Leasing, months:"))
        self.opt_lease.setObjectName("leasing")
        self.lease_months = QSpinBox()
        self.lease_months.setRange(6, 240)
        self.lease_months.setValue(36)
        form.addRow(self.opt_lease, self.lease_months)
        lease = QWidget()
        ll = QHBoxLayout(lease)
        ll.setContentsMargins(0, 0, 0, 0)
        self.lease_rate = QLineEdit("4.9")
        self.lease_rate.setObjectName("leaseRate")
        self.lease_residual = QLineEdit("0")
        ll.addWidget(QLabel(self.tr("rate % p.a.")))
        ll.addWidget(self.lease_rate)
        ll.addWidget(QLabel(self.tr("residual %")))
        ll.addWidget(self.lease_residual)
        form.addRow("", lease)

        self.add_ons = QTableWidget(0, 3)
        self.add_ons.setObjectName("addOns")
        self.add_ons.setHorizontalHeaderLabels(
            [self.tr("Add-on (insurance, service plan)"), self.tr("Per month"), self.tr("Tax %")]
        )
        self.add_ons.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_ons.verticalHeader().hide()
        self.add_ons.setMaximumHeight(120)
        form.addRow(self.add_ons)
        buttons = QWidget()
        bl = QHBoxLayout(buttons)
        bl.setContentsMargins(0, 0, 0, 0)
        self.add_addon = self._small_button(self.tr("Add add-on"), self._add_addon_row)
        self.remove_addon = self._small_button(
            self.tr("Remove"), lambda: self.add_ons.removeRow(self.add_ons.currentRow())
        )
        bl.addWidget(self.add_addon)
        bl.addWidget(self.remove_addon)
        bl.addStretch(1)
        form.addRow(buttons)

        for w in (self.discount, self.discount_reason, self.lease_rate, self.lease_residual):
            w.textChanged.connect(self._changed)
        for c in (self.opt_one_off, self.opt_inst, self.opt_lease):
            c.toggled.connect(self._changed)
        for sp in (self.inst_months, self.lease_months):
            sp.valueChanged.connect(self._changed)
        self.add_ons.itemChanged.connect(self._changed)
        self.add_ons.model().rowsRemoved.connect(self._changed)
        self.price_list.currentIndexChanged.connect(self._changed)
        self.price_list.activated.connect(lambda _i: self._load_products())
        return page

    def _small_button(self, text: str, slot: Any) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        return b

    def _terms_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.valid_until = QDateEdit()
        self.valid_until.setObjectName("validUntil")
        self.valid_until.setCalendarPopup(True)
        valid_label = QLabel(self.tr("Valid &until"))
        valid_label.setBuddy(self.valid_until)
        grid.addWidget(valid_label, 0, 0)
        grid.addWidget(self.valid_until, 0, 1)
        self.texts: dict[str, QPlainTextEdit] = {}
        labels = {
            "introduction": self.tr("Introduction"),
            "closing": self.tr("Closing"),
            "payment_terms": self.tr("Payment terms"),
            "delivery_terms": self.tr("Delivery terms"),
        }
        row = 1
        for kind, label in labels.items():
            edit = QPlainTextEdit()
            edit.setObjectName(kind)
            edit.setMinimumHeight(54)
            combo = QComboBox()
            combo.addItem(self.tr("Insert template…"), None)
            for name in svc.templates(kind):
                combo.addItem(name, name)
            combo.activated.connect(
                lambda _i, k=kind, c=combo: self._insert_template(k, c.currentData())
            )
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(edit, row + 1, 0, 1, 2)
            edit.textChanged.connect(self._changed)
            self.texts[kind] = edit
            row += 2
        self.valid_until.dateChanged.connect(self._changed)
        return page

    # -- loading ---------------------------------------------------------------------------

    def load(self, version: int | None = None) -> None:
        db, offer_id = self.ctx.db, self.offer_id

        def work() -> tuple[svc.OfferView, list[catalog.PriceListRow]]:
            return svc.load_offer(db, offer_id, version), catalog.list_price_lists(db)

        self.ctx.runner.run(work, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result: tuple[svc.OfferView, list[catalog.PriceListRow]]) -> None:
        view, price_lists = result
        self.view = view
        self._filling = True
        try:
            self.version_box.clear()
            for number in view.versions:
                self.version_box.addItem(str(number), number)
            self.version_box.setCurrentIndex(self.version_box.findData(view.version))
            data = view.data
            fmt = Fmt(svc.user_locale(), data.currency)
            self.model.set_lines(data.lines, fmt, view.editable)
            self.discount.setText(
                percent_text(data.discount_percent) if data.discount_percent else ""
            )
            self.discount_reason.setText(data.discount_reason)
            self.price_list.clear()
            self.price_list.addItem(self.tr("(none)"), None)
            for pl in price_lists:
                self.price_list.addItem(pl.name, str(pl.id))
            self.price_list.setCurrentIndex(
                max(0, self.price_list.findData(str(data.price_list_id)))
            )
            kinds = {o.kind: o for o in data.payment_options}
            self.opt_one_off.setChecked(PaymentKind.ONE_OFF in kinds)
            self.opt_inst.setChecked(PaymentKind.INSTALMENTS in kinds)
            if PaymentKind.INSTALMENTS in kinds:
                self.inst_months.setValue(kinds[PaymentKind.INSTALMENTS].months)
            self.opt_lease.setChecked(PaymentKind.LEASING in kinds)
            if PaymentKind.LEASING in kinds:
                lease = kinds[PaymentKind.LEASING]
                self.lease_months.setValue(lease.months)
                self.lease_rate.setText(percent_text(lease.annual_rate_percent))
                self.lease_residual.setText(percent_text(lease.residual_percent))
            self.add_ons.setRowCount(0)
            for add_on in data.add_ons:
                self._add_addon_row(add_on)
            if data.valid_until:
                self.valid_until.setDate(QDate(data.valid_until))
            for kind, edit in self.texts.items():
                edit.setPlainText(getattr(data, kind))
            self._set_editable(view.editable)
        finally:
            self._filling = False
        self.undo.clear()
        self._mark_dirty(False)
        self._refresh()
        self._load_products()
        self.loaded.emit()

    def _load_products(self) -> None:
        if self.view is None:
            return
        db = self.ctx.db
        list_id, currency = self._price_list_id(), self.view.data.currency

        def work() -> list[catalog.ProductRow]:
            return catalog.list_products(
                db, price_list_id=list_id, currency=currency, include_inactive=False, limit=5000
            )

        self.ctx.runner.run(work, self._products_loaded)

    def _products_loaded(self, rows: list[catalog.ProductRow]) -> None:
        self._products = {f"{r.code} — {r.name}": r.id for r in rows}
        self._product_names.setStringList(list(self._products))

    def _set_editable(self, editable: bool) -> None:
        for w in (
            self.discount,
            self.discount_reason,
            self.lease_rate,
            self.lease_residual,
            *self.texts.values(),
        ):
            w.setReadOnly(not editable)
        for w2 in (
            self.price_list,
            self.opt_one_off,
            self.opt_inst,
            self.opt_lease,
            self.inst_months,
            self.lease_months,
            self.valid_until,
            self.add_ons,
            self.add_addon,
            self.remove_addon,
            self.product_search,
        ):
            w2.setEnabled(editable)
        for action in (
            self.act_save,
            self.act_add_text,
            self.act_section,
            self.act_remove,
            self.act_up,
            self.act_down,
        ):
            action.setEnabled(editable)
        assert self.view is not None
        status = self.view.status
        latest = self.view.version == max(self.view.versions)
        self.act_send.setEnabled(editable)
        self.act_revise.setEnabled(
            latest and status in (OfferStatus.SENT, OfferStatus.REJECTED, OfferStatus.EXPIRED)
        )
        self.act_accept.setEnabled(latest and status == OfferStatus.SENT)
        self.act_reject.setEnabled(latest and status == OfferStatus.SENT)
        self.act_compare.setEnabled(len(self.view.versions) > 1)

    def _price_list_id(self) -> uuid.UUID | None:
        data = self.price_list.currentData()
        return uuid.UUID(data) if data else None

    # -- reading the form ------------------------------------------------------------------

    def _decimal(self, edit: QLineEdit, label: str) -> Decimal:
        text = edit.text().strip().replace("%", "")
        if not text:
            return Decimal(0)
        try:
            return parse_decimal(text)
        except MoneyError:
            raise ValidationError(self.tr("%s must be a number.") % label) from None

    def current_data(self) -> svc.VersionData:
        assert self.view is not None
        options: list[PaymentOption] = []
        if self.opt_one_off.isChecked():
            options.append(PaymentOption(PaymentKind.ONE_OFF))
        if self.opt_inst.isChecked():
            options.append(PaymentOption(PaymentKind.INSTALMENTS, self.inst_months.value()))
        if self.opt_lease.isChecked():
            options.append(
                PaymentOption(
                    PaymentKind.LEASING,
                    self.lease_months.value(),
                    self._decimal(self.lease_rate, self.tr("The leasing rate")),
                    self._decimal(self.lease_residual, self.tr("The residual value")),
                )
            )
        add_ons: list[AddOn] = []
        for r in range(self.add_ons.rowCount()):
            cells = [self.add_ons.item(r, c) for c in range(3)]
            name, price, tax = (c.text().strip() if c else "" for c in cells)
            if not name and not price:
                continue
            try:
                add_ons.append(AddOn(name, parse_decimal(price or "0"), parse_decimal(tax or "0")))
            except MoneyError:
                raise ValidationError(
                    self.tr("Add-on “%s”: price and tax must be numbers.") % name, "add_ons"
                ) from None
        date = self.valid_until.date()
        return replace(
            self.view.data,
            price_list_id=self._price_list_id(),
            valid_until=date.toPython() if date.isValid() else None,  # type: ignore[arg-type]
            discount_percent=self._decimal(self.discount, self.tr("The offer discount")),
            discount_reason=self.discount_reason.text(),
            payment_options=options,
            add_ons=add_ons,
            lines=list(self.model.lines),
            **{kind: edit.toPlainText() for kind, edit in self.texts.items()},
        )

    # -- live totals -----------------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if self._filling or self.view is None:
            return
        if self.view.editable and self.sender() is not self.model:
            self._mark_dirty(True)
        self._refresh()

    def _mark_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        if self.view is not None:
            flag = " •" if dirty else ""
            self.header.setText(
                f"{self.view.number} · {self.tr('version')} {self.view.version} · "
                f"{self.tr(self.view.status.value)} · {self.view.customer}{flag}"
            )
            self.setWindowTitle(f"{self.tr('Offer')} {self.view.title}{flag}")

    def _refresh(self) -> None:
        if self.view is None:
            return
        try:
            data = self.current_data()
            totals = data.totals()
        except (ValidationError, ArithmeticError) as exc:
            self.rails_label.setText(f"<span style='color:#b3261e'>{exc}</span>")
            return
        self.model.set_totals(totals)
        fmt = self.model.fmt
        rows = []
        if totals.discount:
            rows.append((self.tr("Subtotal"), fmt.money(totals.subtotal)))
            rows.append(
                (
                    self.tr("Discount %s") % fmt.percent(totals.discount_percent),
                    "− " + fmt.money(totals.discount),
                )
            )
        rows.append((f"<b>{self.tr('Net')}</b>", f"<b>{fmt.money(totals.net)}</b>"))
        for tax in totals.taxes:
            rows.append((self.tr("Tax %s") % fmt.percent(tax.rate), fmt.money(tax.tax)))
        rows.append(
            (
                f"<b>{self.tr('Gross')}</b>",
                f"<b style='font-size:15px'>{fmt.money(totals.gross)}</b>",
            )
        )
        if totals.optional_net:
            rows.append((self.tr("Optional items (net)"), fmt.money(totals.optional_net)))
        for plan in totals.payments:
            o = plan.option
            if o.kind == PaymentKind.INSTALMENTS:
                rows.append(
                    (
                        self.tr("%d instalments") % o.months,
                        fmt.money(plan.monthly) + self.tr("/month"),
                    )
                )
            elif o.kind == PaymentKind.LEASING:
                rows.append(
                    (
                        self.tr("Leasing %d months") % o.months,
                        fmt.money(plan.monthly) + self.tr("/month"),
                    )
                )
        if totals.add_ons_monthly_gross:
            rows.append(
                (self.tr("Add-ons"), fmt.money(totals.add_ons_monthly_gross) + self.tr("/month"))
            )
        self.totals_label.setText(
            "<table cellspacing=3 width='100%'>"
            + "".join(f"<tr><td>{a}</td><td align=right>{b}</td></tr>" for a, b in rows)
            + "</table>"
        )
        rails = svc.guard_rails(data, self.limit)
        self.rails_label.setText(
            "<br>".join(
                f"<span style='color:{'#b3261e' if r.blocking else '#8a5300'}'>⚠ {r.message}</span>"
                for r in rails
            )
        )

    # -- line actions ----------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _insert_at(self) -> tuple[int, str]:
        row = self._current_row()
        if row < 0:
            section = self.model.lines[-1].section if self.model.lines else ""
            return len(self.model.lines), section
        return row + 1, self.model.lines[row].section

    def add_text_line(self) -> None:
        if self.view is None or not self.view.editable:
            return
        at, section = self._insert_at()
        line = svc.LineData(
            description=self.tr("New item"), section=section, tax_rate=self._default_tax()
        )
        self.undo.push(InsertLines(self.model, at, [line], self.tr("Add line")))
        index = self.model.index(at, COL["description"])
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _default_tax(self) -> Decimal:
        return self.model.lines[-1].tax_rate if self.model.lines else Decimal("19")

    def _product_chosen(self, text: str) -> None:
        if self.view is None or not self.view.editable:
            return
        product_id = self._products.get(text)
        if product_id is None:
            matches = [
                k for k in self._products if text.strip() and text.strip().lower() in k.lower()
            ]
            if len(matches) != 1:
                self.status_label.setText(self.tr("Pick a product from the list."))
                return
            product_id = self._products[matches[0]]
        at, section = self._insert_at()
        db, list_id, currency = self.ctx.db, self._price_list_id(), self.view.data.currency

        def work() -> svc.LineData:
            return svc.line_from_product(
                db, product_id, price_list_id=list_id, currency=currency, section=section
            )

        def done(line: svc.LineData) -> None:
            self.undo.push(InsertLines(self.model, at, [line], self.tr("Add %s") % line.code))
            self.table.setCurrentIndex(self.model.index(at, COL["quantity"]))
            self.product_search.clear()
            if line.unit_price == 0:
                self.status_label.setText(
                    self.tr("%s has no price in %s on this list; enter one.")
                    % (line.code, currency)
                )

        self.ctx.runner.run(work, done, lambda exc: show_error(self, exc))

    def remove_lines(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self._current_row() >= 0:
            rows = [self._current_row()]
        if rows:
            self.undo.push(RemoveLines(self.model, rows))

    def move_line(self, delta: int) -> None:
        row = self._current_row()
        to = row + delta
        if row < 0 or not (0 <= to < len(self.model.lines)):
            return
        self.undo.push(MoveLine(self.model, row, to))
        self.table.setCurrentIndex(self.model.index(to, COL["description"]))

    def set_section(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self._current_row() >= 0:
            rows = [self._current_row()]
        if not rows:
            return
        current = self.model.lines[rows[0]].section
        name, ok = QInputDialog.getText(
            self, self.tr("Section"), self.tr("Section of the selected lines:"), text=current
        )
        if not ok:
            return
        self.undo.beginMacro(self.tr("Set section"))
        for r in rows:
            old = self.model.lines[r].section
            if old != name.strip():
                self.undo.push(SetCell(self.model, r, "section", old, name.strip()))
        self.undo.endMacro()

    def _add_addon_row(self, add_on: AddOn | None = None) -> None:
        r = self.add_ons.rowCount()
        self.add_ons.insertRow(r)
        values = (
            (add_on.name, percent_text(add_on.monthly_price), percent_text(add_on.tax_rate))
            if isinstance(add_on, AddOn)
            else (self.tr("Equipment insurance"), "0", "19")
        )
        for c, text in enumerate(values):
            self.add_ons.setItem(r, c, QTableWidgetItem(text))

    def _insert_template(self, kind: str, name: str | None) -> None:
        if name is None or self.view is None or not self.view.editable:
            return
        text = svc.templates(kind).get(name, "")
        values = svc.template_values(
            number=self.view.number,
            customer=self.view.customer,
            contact=self.view.contact_name,
            opportunity=self.view.opportunity_title,
            valid_until=self.valid_until.date().toPython(),  # type: ignore[arg-type]
            sender=self.view.owner_name,
            company=self.ctx.db.get_meta("company.name") or "",
        )
        self.texts[kind].setPlainText(svc.render_template(text, values))

    def _version_chosen(self, _index: int) -> None:
        version = self.version_box.currentData()
        if self.view is None or version == self.view.version:
            return
        if not self._confirm_discard():
            self.version_box.setCurrentIndex(self.version_box.findData(self.view.version))
            return
        self.load(version)

    # -- saving and the document -----------------------------------------------------------

    def _confirm_discard(self) -> bool:
        if not self.dirty or self.view is None or not self.view.editable:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %s first?") % self.view.title,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._save_now()
        return answer == QMessageBox.StandardButton.Discard

    def _save_now(self) -> bool:
        """Synchronous save, for decisions that need the answer before going on."""
        if self.view is None:
            return False
        try:
            svc.save_draft(self.ctx.db, self.offer_id, self.current_data(), self.view.version)
        except WorkbenchError as exc:
            self.status_label.setText(f"<span style='color:#b3261e'>{exc}</span>")
            show_error(self, exc)
            return False
        self.undo.setClean()
        self._mark_dirty(False)
        return True

    def save(self, then: Any = None) -> None:
        if self.view is None or not self.view.editable:
            return
        try:
            data = self.current_data()
        except ValidationError as exc:
            self.status_label.setText(f"<span style='color:#b3261e'>{exc}</span>")
            return
        db, offer_id, version = self.ctx.db, self.offer_id, self.view.version

        def done(totals: OfferTotals) -> None:
            self.undo.setClean()
            self._mark_dirty(False)
            assert self.view is not None
            self.view = replace(self.view, data=data, totals=totals)
            self.status_label.setText(
                self.tr("Saved. Gross total %s.") % self.model.fmt.money(totals.gross)
            )
            self.ctx.status(self.tr("%s saved.") % self.view.title)
            self.saved.emit()
            if callable(then):
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WorkbenchError):
                self.status_label.setText(f"<span style='color:#b3261e'>{exc}</span>")
                if isinstance(exc, ValidationError) and exc.field == "discount_reason":
                    self.tabs.setCurrentIndex(0)
                    self.discount_reason.setFocus()
            else:
                show_error(self, exc)

        self.ctx.runner.run(lambda: svc.save_draft(db, offer_id, data, version), done, failed)

    def _render(self, target: Path, on_done: Any) -> None:
        """Render the editor's current state (saved or not) off the GUI thread."""
        if self.view is None:
            return
        try:
            data = self.current_data()
        except ValidationError as exc:
            self.status_label.setText(str(exc))
            return
        view = replace(self.view, data=data, totals=data.totals())
        db = self.ctx.db
        self.status_label.setText(self.tr("Rendering the PDF…"))

        def work() -> int:
            return render_offer_pdf(db, view, target)

        self.ctx.runner.run(work, on_done, lambda exc: show_error(self, exc))

    def preview(self) -> None:
        folder = Path(self._tmp.name) / uuid.uuid4().hex[:8]
        folder.mkdir()
        pdf = folder / "preview.pdf"

        def rendered(_pages: int) -> None:
            self.ctx.runner.run(lambda: render_preview(pdf, folder), shown)

        def shown(pages: list[Path]) -> None:
            self.status_label.setText("")
            if not pages:  # no pdftoppm: the system's viewer shows it
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
                return
            self.preview_dialog = PreviewDialog(pages, pdf, self)
            self.preview_dialog.show()

        self._render(pdf, rendered)

    def export_pdf(self, path: str | None = None) -> None:
        if self.view is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export offer as PDF"),
                str(Path.home() / f"{self.view.number}-v{self.view.version}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
        target = Path(path)

        def done(pages: int) -> None:
            self.status_label.setText(self.tr("Exported %s (%d pages).") % (target, pages))
            self.exported = target

        self._render(target, done)

    def send(self) -> None:
        """Save, freeze the version as sent (PDF kept with it, activity, follow-up task),
        then open the mail client and the folder with the PDF."""
        if self.view is None or not self.view.editable:
            return
        if not self.model.lines:
            self.status_label.setText(self.tr("Add at least one line before sending."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Send offer"),
            self.tr(
                "Send %s to %s? The version is then frozen; later changes go into a new version."
            )
            % (self.view.title, self.view.contact_email or self.view.customer),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save(then=self._send_saved)

    def _send_saved(self) -> None:
        db, offer_id = self.ctx.db, self.offer_id

        def done(result: svc.SentResult) -> None:
            self.sent = result
            self.ctx.status(self.tr("Offer sent; follow-up task created."))
            open_mail(result)
            self.load()

        self.ctx.runner.run(
            lambda: svc.mark_sent(db, offer_id), done, lambda e: show_error(self, e)
        )

    def revise(self) -> None:
        db, offer_id = self.ctx.db, self.offer_id
        self.ctx.runner.run(
            lambda: svc.revise(db, offer_id),
            lambda version: (
                self.ctx.status(self.tr("Version %d created.") % version),
                self.load(),
            ),
            lambda e: show_error(self, e),
        )

    def compare(self, a: int | None = None, b: int | None = None) -> None:
        if self.view is None or len(self.view.versions) < 2:
            return
        if a is None or b is None:
            versions = [str(x) for x in self.view.versions]
            first, ok = QInputDialog.getItem(
                self,
                self.tr("Compare versions"),
                self.tr("Compare version %d with version:") % self.view.version,
                [x for x in versions if x != str(self.view.version)],
                0,
                False,
            )
            if not ok:
                return
            a, b = sorted((int(first), self.view.version))
        db, offer_id = self.ctx.db, self.offer_id

        def shown(comparison: svc.VersionComparison) -> None:
            self.compare_dialog = CompareDialog(comparison, self)
            self.compare_dialog.show()

        self.ctx.runner.run(
            lambda: svc.compare_versions(db, offer_id, a, b), shown, lambda e: show_error(self, e)
        )

    def accept_offer(self) -> None:
        if self.view is None:
            return
        reasons = svc.offer_reasons(self.ctx.db, ReasonKind.WON)
        dialog = ReasonDialog(
            self.tr("Offer accepted"),
            self.tr("Why we won"),
            reasons,
            self,
            optional_label=self.tr("Mark the deal as won") if self.view.opportunity_id else "",
        )
        dialog.setObjectName("acceptDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        win = dialog.check is not None and dialog.check.isChecked()
        reason = dialog.reason.currentData() if win else None
        note = dialog.note.text()
        db, offer_id = self.ctx.db, self.offer_id

        def done(won: bool) -> None:
            self.ctx.status(
                self.tr("Offer accepted; the deal is won.") if won else self.tr("Offer accepted.")
            )
            self.load()

        self.ctx.runner.run(
            lambda: svc.accept_offer(db, offer_id, win_reason_id=reason, note=note),
            done,
            lambda e: show_error(self, e),
        )

    def reject_offer(self) -> None:
        reasons = svc.offer_reasons(self.ctx.db, ReasonKind.OFFER_REJECTED)
        dialog = ReasonDialog(
            self.tr("Offer rejected"), self.tr("The customer's reason"), reasons, self
        )
        dialog.setObjectName("rejectDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, note = dialog.reason.currentData(), dialog.note.text()
        db, offer_id = self.ctx.db, self.offer_id
        self.ctx.runner.run(
            lambda: svc.reject_offer(db, offer_id, reason, note),
            lambda _r: (self.ctx.status(self.tr("Offer rejected.")), self.load()),
            lambda e: show_error(self, e),
        )

    def done(self, result: int) -> None:  # closing: ask about unsaved changes first
        if result == QDialog.DialogCode.Rejected and not self._confirm_discard():
            return
        self._tmp.cleanup()
        super().done(result)


def open_mail(result: svc.SentResult) -> None:
    """The user's mail client with subject and body, and the PDF's folder to attach it
    from (mailto can't carry attachments)."""
    url = QUrl(f"mailto:{result.recipient}")
    query = QUrlQuery()
    query.addQueryItem("subject", result.subject)
    query.addQueryItem("body", result.body)
    url.setQuery(query)
    QDesktopServices.openUrl(url)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.document.parent)))
