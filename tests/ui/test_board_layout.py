"""The board in the default 1280×800 window: the filter bar fits without scrolling, more
stages fit, the card stripes are explained, a new deal is scrolled to and selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QScrollArea, QWidget

from tests.ui.test_board import add_deal, column
from tests.ui.test_shell import _save, _type, _when_dialog_opens
from workbench.ui.board import BoardArea
from workbench.ui.board.column import MIN_WIDTH
from workbench.ui.main_window import MainWindow


def _board(qtbot, window: MainWindow) -> BoardArea:  # type: ignore[no-untyped-def]
    board = window.show_area("board")
    assert isinstance(board, BoardArea)
    qtbot.waitUntil(lambda: len(board.columns) == 8 and board.idle(), timeout=10000)
    QApplication.processEvents()
    return board


def _on_screen(board: BoardArea, widget: QWidget) -> bool:
    """The whole widget is visible in the board's area (not clipped, not scrolled away)."""
    top_left = widget.mapTo(board, QPoint(0, 0))
    return widget.isVisible() and board.rect().contains(QRect(top_left, widget.size()))


def test_the_filter_bar_fits_the_default_window(qtbot, main_window: MainWindow) -> None:
    assert main_window.size().width() == 1280
    board = _board(qtbot, main_window)
    bar = board.filters
    for widget in (
        board.pipeline,
        bar.search,
        bar.scope,
        bar.overdue,
        bar.rotting,
        bar.more,
        bar.clear,
        board.new_button,
    ):
        assert _on_screen(board, widget), widget.objectName()
        # Not cut: as wide as it asks to be.
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    assert bar.clear.width() >= bar.clear.sizeHint().width()
    # The sales process's name arrives after the first show, and still fits.
    combo = board.pipeline
    shown = combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert combo.currentText() and combo.width() >= shown + 24
    assert board.new_button.width() >= board.new_button.sizeHint().width()
    # No scroll area of its own around the bar.
    parent = bar.parentWidget()
    while parent is not None and parent is not board:
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()


def test_folded_filters_still_filter_and_say_how_many_are_set(
    qtbot, ctx, main_window: MainWindow
) -> None:
    board = _board(qtbot, main_window)
    bar = board.filters
    assert bar.more.text() == "Filters"
    # The value range and the close period live in the button's menu.
    menu = bar.more.menu()
    assert menu is not None
    assert menu.isAncestorOf(bar.min_value) and menu.isAncestorOf(bar.period)
    bar.min_value.setText("10000")
    with qtbot.waitSignal(bar.changed):
        bar.min_value.editingFinished.emit()
    assert bar.more.text() == "Filters (1)"
    bar.period.setCurrentIndex(2)
    assert bar.more.text() == "Filters (2)"
    qtbot.mouseClick(bar.clear, Qt.MouseButton.LeftButton)
    assert bar.more.text() == "Filters"


def test_more_stages_fit_and_the_stripes_have_a_legend(qtbot, main_window: MainWindow) -> None:
    board = _board(qtbot, main_window)
    widths = [c.width() for c in board.columns.values()]
    assert min(widths) >= MIN_WIDTH
    main_window.resize(1920, 1080)
    qtbot.waitUntil(lambda: column(board, 7).width() > 0, timeout=3000)
    QApplication.processEvents()
    # Every one of the eight stages is (almost entirely) on screen at 1920 pixels.
    viewport = board.scroll.viewport()
    last = column(board, 7)
    right = last.mapTo(viewport, QPoint(last.width(), 0)).x()
    assert right <= viewport.width() + last.width() * 0.1
    legend = board.findChild(QWidget, "stripeLegend")
    assert legend is not None and legend.isVisible()
    text = legend.text()
    for words in ("Overdue task", "Past expected close", "Idle"):
        assert words in text
    assert legend.toolTip()


def test_a_new_deal_off_screen_is_scrolled_to_and_selected(qtbot, ctx, main_window) -> None:  # type: ignore[no-untyped-def]
    for i in range(45):
        add_deal(ctx, 7, f"Earlier deal {i}")
    board = _board(qtbot, main_window)
    last = column(board, 7)
    qtbot.waitUntil(lambda: last.summary.count == 45, timeout=5000)
    assert last.model.rowCount() < 45  # the first page only

    def fill(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # its lists arrive
        _type(qtbot, dialog, "title", "Harbour cranes retrofit")
        amount = dialog.findChild(QLineEdit, "amount")
        amount.setText("25000")
        closing = dialog.findChild(QDateEdit, "expected_close")
        closing.setDate(QDate(date.today().year + 1, 6, 30))  # sorts after the undated
        _save(qtbot, dialog)
        if dialog.isVisible():  # refused: say why instead of waiting on the dialog
            message = dialog.error.text() or "not saved"
            dialog.done(0)
            raise AssertionError(message)

    _when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(last.add, Qt.MouseButton.LeftButton)

    def shown() -> bool:
        card = last.view.selected_card()
        return card is not None and card.title == "Harbour cranes retrofit"

    qtbot.waitUntil(shown, timeout=10000)
    QApplication.processEvents()
    index = last.view.currentIndex()
    assert last.view.viewport().rect().contains(last.view.visualRect(index).center())
    viewport = board.scroll.viewport()
    left = last.mapTo(viewport, QPoint(0, 0)).x()
    assert left >= 0 and left + last.width() <= viewport.width()


def test_a_long_stage_name_is_cut_at_a_word_end_on_two_lines(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A stage name longer than two lines of the column (German ones often are) is cut
    at a word end with "…", never clipped mid-word or past the second line."""
    import uuid

    from workbench.services.board import StageInfo
    from workbench.ui.board.column import ColumnWidget
    from workbench.ui.board.model import ColumnModel

    name = "Verkaufsgespräch mit Entscheidern vereinbaren und Bedarfsanalyse vorbereiten"
    stage = StageInfo(uuid.uuid4(), uuid.uuid4(), name, 0, 10, 14)
    widget = ColumnWidget(stage, ColumnModel(ctx.runner, lambda _offset, _limit: []))
    qtbot.addWidget(widget)
    widget.resize(MIN_WIDTH, 400)
    widget.show()
    qtbot.waitExposed(widget)
    title = widget.title
    metrics, room = title.fontMetrics(), title.contentsRect().width()
    lines = title.text().split("\n")
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= room for line in lines), lines
    assert lines[1].endswith("…") and title.toolTip() == name
    assert name.startswith(" ".join(lines)[:-1])  # whole words, in order
    # A short one shows whole, without a tooltip.
    short = ColumnWidget(
        StageInfo(uuid.uuid4(), uuid.uuid4(), "Verhandeln", 1, 50, 14),
        ColumnModel(ctx.runner, lambda _offset, _limit: []),
    )
    qtbot.addWidget(short)
    short.resize(MIN_WIDTH, 400)
    short.show()
    qtbot.waitExposed(short)
    assert short.title.text() == "Verhandeln" and not short.title.toolTip()
