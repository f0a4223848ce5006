"""The opportunity board with real mouse and keyboard events on the offscreen platform."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workbench.domain.enums import OpportunityStatus
from workbench.domain.models import Opportunity
from workbench.services import board as b
from workbench.services import opportunities
from workbench.ui.board import BoardArea
from workbench.ui.board.column import ColumnWidget
from workbench.ui.board.filters import select_data


def add_deal(ctx, stage: int, title: str, amount: str = "1000") -> uuid.UUID:  # type: ignore[no-untyped-def]
    pipeline = next(p for p in b.list_pipelines(ctx.db) if p.is_default)
    stages = b.list_stages(ctx.db, pipeline.id)
    return opportunities.create_opportunity(
        ctx.db,
        opportunities.OpportunityInput(
            title=title, pipeline_id=pipeline.id, stage_id=stages[stage].id, amount=Decimal(amount)
        ),
    )


def stage_of(ctx, deal: uuid.UUID) -> tuple[int, OpportunityStatus, str]:  # type: ignore[no-untyped-def]
    with ctx.db.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None
        stage = next(st for st in b.list_stages(ctx.db, opp.pipeline_id) if st.id == opp.stage_id)
        return stage.position, opp.status, opp.competitor


def make_board(qtbot, ctx) -> BoardArea:  # type: ignore[no-untyped-def]
    board = BoardArea(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        board.show()
    qtbot.waitExposed(board)
    return board


def column(board: BoardArea, position: int) -> ColumnWidget:
    return board.columns[board.stages[position].id]


def wait_idle(qtbot, board: BoardArea) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: board.ctx.runner.active() == 0 and board.idle(), timeout=10000)
    QApplication.processEvents()


def drag_card(qtbot, board: BoardArea, source: ColumnWidget, row: int, target: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press on a card, move the mouse in steps over `target`, release there."""
    viewport = source.view.viewport()
    start = source.view.visualRect(source.model.index(row)).center()
    end_global = target.mapToGlobal(target.rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        step = start + (viewport.mapFromGlobal(end_global) - start) * (i / 5)
        QTest.mouseMove(viewport, step)
    end = viewport.mapFromGlobal(end_global)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def on_modal(name: str, handle: Callable[[QWidget], None], seen: list[str]) -> None:
    """Run `handle` on the next modal window named `name` once it is open."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.objectName() != name:
            QTimer.singleShot(20, poll)
            return
        seen.append(name)
        handle(widget)

    QTimer.singleShot(0, poll)


def test_drag_a_card_to_the_next_column_then_undo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 0, "Forklift pilot", "1500")
    add_deal(ctx, 0, "Packaging line", "700")
    board = make_board(qtbot, ctx)
    first, second = column(board, 0), column(board, 1)
    assert first.model.rowCount() == 2 and first.summary.count == 2
    row = first.model.row_of(deal)

    moves: list[object] = []
    board.columns_updated.connect(moves.append)
    drag_card(qtbot, board, first, row, second)
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[0] == 1, timeout=5000)
    wait_idle(qtbot, board)
    assert moves and set(moves[-1]) == {first.stage.id, second.stage.id}  # only these two
    assert first.summary.count == 1 and second.summary.count == 1
    assert second.total.text() == "€1.5k"
    assert second.model.row_of(deal) == 0 and first.model.row_of(deal) == -1
    assert ctx.undo.count() == 1

    ctx.undo.undo()
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[0] == 0, timeout=5000)
    wait_idle(qtbot, board)
    assert first.summary.count == 2 and second.summary.count == 0
    assert first.model.row_of(deal) >= 0
    ctx.undo.redo()
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[0] == 1, timeout=5000)


def test_move_with_the_keyboard(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 0, "Solar roof", "5000")
    board = make_board(qtbot, ctx)
    first, second = column(board, 0), column(board, 1)
    view = first.view
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(first.model.index(0)).center(),
    )
    assert view.selected_card().id == deal
    QTest.keyClick(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[0] == 1, timeout=5000)
    wait_idle(qtbot, board)
    assert second.summary.count == 1 and first.summary.count == 0
    # The selection followed the card; arrow keys walk between columns.
    assert second.view.hasFocus() and second.view.selected_card().id == deal
    QTest.keyClick(second.view, Qt.Key.Key_Left)
    assert first.view.hasFocus()
    QTest.keyClick(first.view, Qt.Key.Key_Right)
    assert second.view.hasFocus()
    QTest.keyClick(
        second.view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[0] == 0, timeout=5000)
    wait_idle(qtbot, board)
    assert ctx.undo.count() == 2


def test_open_mandatory_task_refuses_the_move(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 2, "Needs a meeting")  # "Book the meeting" is mandatory there
    board = make_board(qtbot, ctx)
    source, target = column(board, 2), column(board, 3)
    seen: list[str] = []
    texts: list[str] = []

    def refusal(box: QWidget) -> None:
        texts.append(box.informativeText())  # type: ignore[attr-defined]
        on_modal("opportunityDialog", checklist, seen)
        box.findChild(QWidget, "openChecklist").click()

    def checklist(dialog: QWidget) -> None:
        texts.append(dialog.tabs.tabText(dialog.tabs.currentIndex()))  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    on_modal("moveRefused", refusal, seen)
    drag_card(qtbot, board, source, 0, target)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    wait_idle(qtbot, board)
    assert "Book the meeting" in texts[0]
    assert texts[1] == "&Checklist"
    assert stage_of(ctx, deal)[0] == 2
    assert source.model.row_of(deal) == 0 and target.model.rowCount() == 0
    assert source.summary.count == 1 and ctx.undo.count() == 0


def test_won_checks_the_checklist_before_asking_why(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 2, "Needs a meeting")  # "Book the meeting" is mandatory there
    board = make_board(qtbot, ctx)
    seen: list[str] = []
    texts: list[str] = []

    def refusal(box: QWidget) -> None:
        texts.append(box.text() + box.informativeText())  # type: ignore[attr-defined]
        on_modal("opportunityDialog", checklist, seen)
        box.findChild(QWidget, "openChecklist").click()

    def checklist(dialog: QWidget) -> None:
        texts.append(dialog.tabs.tabText(dialog.tabs.currentIndex()))  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    # Whatever modal opens first must be the refusal, not the question for a reason.
    def first_modal() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, first_modal)
            return
        seen.append(widget.objectName())
        if widget.objectName() == "moveRefused":
            refusal(widget)
        else:
            widget.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, first_modal)
    drag_card(qtbot, board, column(board, 2), 0, board.won_zone)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    wait_idle(qtbot, board)
    assert seen == ["moveRefused", "opportunityDialog"]
    assert "marking the deal won" in texts[0] and "Book the meeting" in texts[0]
    assert texts[1] == "&Checklist"
    assert stage_of(ctx, deal)[1] == OpportunityStatus.OPEN and ctx.undo.count() == 0


def test_drop_on_lost_asks_reason_and_competitor(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 1, "Printing press", "80000")
    board = make_board(qtbot, ctx)
    source = column(board, 1)
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findText("Competitor"))  # type: ignore[attr-defined]
        dialog.competitor.setText("Globex")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    on_modal("closeDialog", answer, seen)
    drag_card(qtbot, board, source, 0, board.lost_zone)
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[1] == OpportunityStatus.LOST, timeout=10000)
    wait_idle(qtbot, board)
    assert stage_of(ctx, deal)[2] == "Globex"
    assert source.summary.count == 0 and source.model.rowCount() == 0
    ctx.undo.undo()  # reopens it
    qtbot.waitUntil(lambda: stage_of(ctx, deal)[1] == OpportunityStatus.OPEN, timeout=5000)
    wait_idle(qtbot, board)
    assert source.summary.count == 1


def test_filter_and_search_narrow_the_cards(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    add_deal(ctx, 0, "Forklift pilot", "1500")
    add_deal(ctx, 0, "Packaging line", "70000")
    add_deal(ctx, 1, "Forklift fleet", "3000")
    board = make_board(qtbot, ctx)
    first, second = column(board, 0), column(board, 1)
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        QTest.keyClicks(board.filters.search, "forkl")
    qtbot.waitUntil(lambda: not board._inflight and not board._reload_pending, timeout=5000)
    assert [c.title for c in first.model.cards()] == ["Forklift pilot"]
    assert first.summary.count == 1 and second.summary.count == 1
    board.filters.search.clear()
    board.filters.min_value.setText("10000")
    with qtbot.waitSignal(board.refreshed, timeout=5000):
        board.filters.min_value.editingFinished.emit()
    assert [c.title for c in first.model.cards()] == ["Packaging line"]
    assert second.summary.count == 0


def test_filters_and_pipeline_are_remembered(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, ctx)
    select_data(board.filters.scope, ("mine", None))
    board.filters.overdue.setChecked(True)
    board.pipeline.setCurrentIndex(1)
    name = board.pipeline.currentText()
    wait_idle(qtbot, board)
    again = make_board(qtbot, ctx)
    assert again.pipeline.currentText() == name
    assert again.filters.scope.currentData() == ("mine", None)
    assert again.filters.overdue.isChecked()
    assert again.filter.scope == "mine" and again.filter.overdue
    assert [c.stage.name for c in again.columns.values()] == [s.name for s in again.stages]


def test_changes_made_elsewhere_appear(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, ctx)
    first = column(board, 0)
    assert first.summary.count == 0
    with qtbot.waitSignal(board.columns_updated, timeout=5000):
        add_deal(ctx, 0, "Imported deal", "900")
    assert first.summary.count == 1 and first.model.cards()[0].title == "Imported deal"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return])
def test_enter_opens_the_opportunity_and_edits_are_undoable(qtbot, ctx, key) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx, 0, "Old title")
    board = make_board(qtbot, ctx)
    view = column(board, 0).view
    view.setFocus()
    view.setCurrentIndex(column(board, 0).model.index(0))
    seen: list[str] = []

    def edit(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # type: ignore[attr-defined]
        dialog.title_edit.setText("New title")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # type: ignore[attr-defined]

    on_modal("opportunityDialog", edit, seen)
    QTest.keyClick(view, key)
    assert seen
    assert b.opportunity_details(ctx.db, deal).title == "New title"
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    qtbot.waitUntil(lambda: b.opportunity_details(ctx.db, deal).title == "Old title", timeout=5000)
    wait_idle(qtbot, board)
    qtbot.waitUntil(lambda: column(board, 0).model.cards()[0].title == "Old title", timeout=5000)


def test_plus_creates_an_opportunity_in_that_stage(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, ctx)
    third = column(board, 2)
    seen: list[str] = []

    def create(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # type: ignore[attr-defined]
        assert dialog.stage.currentData() == third.stage.id  # type: ignore[attr-defined]
        dialog.title_edit.setText("Fresh deal")  # type: ignore[attr-defined]
        dialog.amount.setText("2500")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    on_modal("opportunityDialog", create, seen)
    QTest.mouseClick(third.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: third.summary.count == 1, timeout=5000)
    assert third.model.cards()[0].title == "Fresh deal"
