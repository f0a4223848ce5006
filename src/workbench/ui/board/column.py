"""One column of the board: a header with the stage's figures and a list of cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.services.board import ColumnSummary, StageInfo, column_totals
from workbench.ui.board.delegate import CardDelegate
from workbench.ui.board.model import CardRole, ColumnModel
from workbench.ui.column_layout import wrap_words

if TYPE_CHECKING:
    from workbench.services.board import Card


#: a stage column's width: still room for a card's title, value, date and one pill
MIN_WIDTH = 206
MAX_WIDTH = 320


class ElidedLabel(QLabel):
    """At most `lines` lines, broken between words and cut at a word end when the column
    is narrow; the whole text in the tooltip."""

    def __init__(self, text: str = "", lines: int = 1) -> None:
        super().__init__()
        self._full, self._lines = "", lines
        self.setMinimumWidth(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = wrap_words(self._full, self.fontMetrics(), width, self._lines)
        self.setText(shown)
        cut = shown.replace("\n", " ") != " ".join(self._full.split())
        self.setToolTip(self._full if cut else "")


class ColumnView(QListView):
    """The card list. Dragging is done here with plain mouse events (press, move past
    the drag distance, release over a target), so it behaves the same on every platform
    and under test; the board draws the card under the pointer and does the drop."""

    drag_started = Signal(object, QPoint)  # card, global position
    drag_moved = Signal(QPoint)
    drag_finished = Signal(QPoint)
    drag_cancelled = Signal()
    step_column = Signal(int)  # -1 / +1: arrow left / right
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)  # every card is as tall: layout stays O(1) per row
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(False)
        self._press: QPoint | None = None
        self._dragging = False

    def selected_card(self) -> Card | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        card = index.data(CardRole)
        return card  # type: ignore[no-any-return]

    def dragging(self) -> bool:
        return self._dragging

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.indexAt(event.position().toPoint()).isValid()
        ):
            self._press = event.position().toPoint()
        else:
            self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._dragging:
            self.drag_moved.emit(self.viewport().mapToGlobal(pos))
            return
        if (
            self._press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (pos - self._press).manhattanLength() >= QApplication.startDragDistance()
        ):
            index = self.indexAt(self._press)
            if index.isValid():
                self._dragging = True
                self.setCurrentIndex(index)
                self.drag_started.emit(index.data(CardRole), self.viewport().mapToGlobal(pos))
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        if self._dragging:
            self._dragging = False
            self.drag_finished.emit(self.viewport().mapToGlobal(event.position().toPoint()))
            return
        super().mouseReleaseEvent(event)

    def cancel_drag(self) -> None:
        if self._dragging:
            self._dragging = False
            self._press = None
            self.drag_cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape and self._dragging:
            self.cancel_drag()
            return
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_column.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class ColumnWidget(QFrame):
    """Header (stage, count, total, weighted, "+") above the card list."""

    add_requested = Signal(object)  # StageInfo

    def __init__(self, stage: StageInfo, model: ColumnModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.model = model
        self.setObjectName("boardColumn")
        self.setProperty("dropTarget", False)
        # Narrow enough that eight stages fit a 1920-pixel window and seven a 1600 one;
        # the rest of the board scrolls sideways.
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        # Two lines, cut at a word end: a long stage name (or a long word in German)
        # once ran past the second line or was clipped mid-word.
        self.title = ElidedLabel(stage.name, lines=2)
        self.title.setObjectName("columnTitle")
        self.count = QLabel("…")
        self.count.setObjectName("columnCount")
        self.add = QToolButton()
        self.add.setObjectName("columnAdd")
        self.add.setText("+")
        self.add.setToolTip(self.tr("New opportunity in “%s”") % stage.name)
        # Read out instead of "+" by screen readers.
        self.add.setAccessibleName(self.add.toolTip())
        self.add.setAutoRaise(True)
        self.add.clicked.connect(lambda: self.add_requested.emit(self.stage))
        self.total = ElidedLabel()
        self.total.setObjectName("columnTotal")
        self.weighted = ElidedLabel()
        self.weighted.setObjectName("columnWeighted")
        # Fixed header lines (two for the stage name, one per figure), so every header is
        # as tall as its neighbours and the cards start on one line across the board.
        self.title.setFixedHeight(2 * self.title.fontMetrics().lineSpacing() + 2)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        head = QFrame()
        head.setObjectName("columnHead")
        head.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.add, 0, Qt.AlignmentFlag.AlignTop)
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(10, 8, 6, 8)
        head_layout.setSpacing(2)
        head_layout.addLayout(top)
        head_layout.addWidget(self.total)
        head_layout.addWidget(self.weighted)

        self.view = ColumnView()
        self.view.setObjectName("columnCards")
        self.view.setAccessibleName(self.tr("Opportunities in “%s”") % stage.name)
        self.view.setModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(head)
        layout.addWidget(self.view, 1)
        self.summary = ColumnSummary(stage.id)

    def set_summary(self, summary: ColumnSummary) -> None:
        self.summary = summary
        self.count.setText(formatting.number(summary.count))
        total, weighted = column_totals(summary)
        self.total.set_full_text(total)
        self.weighted.set_full_text(self.tr("Weighted %s") % weighted)
        converted = summary.converted
        lines = [
            ColumnWidget.tr("%Ln open deal(s) match the filter.", "", summary.count),
            "",
            self.tr(
                "Total: the value of every one of them (not only the cards loaded), "
                "per currency; there are no exchange rates, so currencies are not added up."
            )
            if converted is None
            else self.tr(
                "Total: the value of every one of them (not only the cards loaded). "
                "≈ marks a figure converted into %s at the exchange rates set by a manager."
            )
            % (summary.rates.currency if summary.rates else ""),
            self.tr("Weighted: value × this stage's win probability (%d%%), open deals only.")
            % self.stage.probability,
        ]
        if summary.totals:
            lines.append("")
            lines += [
                self.tr("%s: %s deals, %s — weighted %s")
                % (
                    t.currency,
                    formatting.number(t.count),
                    formatting.money(t.total),
                    formatting.money(t.weighted),
                )
                for t in summary.totals
            ]
        if converted is not None and summary.rates is not None:
            lines += [
                "",
                self.tr("Together ≈ %s — weighted ≈ %s") % tuple(map(formatting.money, converted)),
            ]
            lines += [
                self.tr("1 %s = %s %s (rate from %s)")
                % (code, formatting.number(rate), summary.rates.currency, formatting.day(since))
                for code, rate, since in summary.rates.used(summary.totals)
            ]
        self.setToolTip("\n".join(lines))

    def set_drop_target(self, on: bool) -> None:
        if self.property("dropTarget") != on:
            self.setProperty("dropTarget", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def visible_rows(self) -> tuple[int, int]:
        """First and last row shown (or -1, -1 when the column is empty)."""
        n = self.model.rowCount()
        if n == 0:
            return -1, -1
        first = self.view.indexAt(QPoint(4, 4)).row()
        last = self.view.indexAt(QPoint(4, self.view.viewport().height() - 4)).row()
        first = 0 if first < 0 else first
        last = n - 1 if last < 0 else last
        return first, last
