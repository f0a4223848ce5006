"""The operations layer: one ordered writer, broadcasts that name their initiator, and
the board's undo history under key presses faster than the writes."""

from __future__ import annotations

import functools
import random
import threading
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from workbench.domain.models import Opportunity, TaskTemplate
from workbench.errors import WorkbenchError
from workbench.services import board as b
from workbench.services import opportunities as opps
from workbench.ui.board import BoardArea
from workbench.ui.board.loading import FIRST_PAGE
from workbench.ui.changes import OpChanges
from workbench.ui.operations import ReadOp, WriteOp

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def add_deal(db, stage: int, title: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A deal whose stages have no mandatory tasks, so every move is allowed."""
    with db.unit_of_work() as uow:
        for template in uow.session.scalars(select(TaskTemplate)):
            template.mandatory = False
    pipeline = next(p for p in b.list_pipelines(db) if p.is_default)
    stages = b.list_stages(db, pipeline.id)
    return opps.create_opportunity(
        db,
        opps.OpportunityInput(
            title=title, pipeline_id=pipeline.id, stage_id=stages[stage].id, amount=Decimal(100)
        ),
    )


def position(db, deal: uuid.UUID) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None
        return next(
            st.position for st in b.list_stages(db, opp.pipeline_id) if st.id == opp.stage_id
        )


# -- the executor ---------------------------------------------------------------------------


def test_writes_run_in_order_on_one_worker_and_report_on_the_gui_thread(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ran: list[tuple[int, str]] = []
    reported: list[tuple[int, bool]] = []
    rng = random.Random(3)

    def write(i: int) -> int:
        time.sleep(rng.random() / 200)  # uneven durations must not reorder them
        ran.append((i, threading.current_thread().name))
        return i

    for i in range(30):
        WriteOp(ctx, lambda _db, i=i: write(i)).success(
            lambda r: reported.append((r, threading.current_thread() is threading.main_thread()))
        ).run()
    qtbot.waitUntil(lambda: len(reported) == 30, timeout=10000)
    assert [i for i, _ in ran] == list(range(30))
    assert len({name for _, name in ran}) == 1 and ran[0][1] != threading.main_thread().name
    assert reported == [(i, True) for i in range(30)]
    assert ctx.writes.pending() == 0


def test_failure_goes_to_the_failure_callback_and_later_writes_still_run(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []

    def refuse(_db: object) -> None:
        raise WorkbenchError("Not now.")

    WriteOp(ctx, refuse).failure(seen.append).run()
    WriteOp(ctx, lambda _db: "next").success(seen.append).run()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert isinstance(seen[0], WorkbenchError) and str(seen[0]) == "Not now."
    assert seen[1] == "next"


def test_a_result_for_a_closed_widget_is_dropped(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    seen: list[object] = []
    gate = threading.Event()
    WriteOp(ctx, lambda _db: gate.wait(5), parent=widget).success(seen.append).run()
    ReadOp(ctx, lambda _db: gate.wait(5), parent=widget).success(seen.append).run()
    widget.deleteLater()
    QApplication.processEvents()
    QTest.qWait(10)
    gate.set()
    qtbot.waitUntil(lambda: ctx.writes.pending() == 0 and ctx.runner.active() == 0, timeout=5000)
    QApplication.processEvents()
    assert seen == []


def test_broadcasts_name_the_initiator_and_writes_elsewhere_name_none(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    heard: list[OpChanges] = []
    ctx.changes.changed.connect(heard.append)
    me = object()
    deal = add_deal(ctx.db, 0, "Outside the window")  # like a background job: no initiator
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=5000)
    QApplication.processEvents()
    outside = list(heard)
    heard.clear()

    def two_commits(db):  # type: ignore[no-untyped-def]
        opps.step_opportunity(db, deal, 1)
        return opps.step_opportunity(db, deal, 1)

    WriteOp(ctx, two_commits).run(initiator=me)
    qtbot.waitUntil(lambda: ctx.writes.pending() == 0, timeout=5000)
    QTest.qWait(50)
    assert all(h.initiator is None for h in outside) and "opportunity" in outside[-1].tables
    assert len(heard) == 1  # one broadcast per operation, not per commit
    assert heard[0].initiator is me and "opportunity" in heard[0].tables
    assert isinstance(heard[0].result, opps.StageChange) and position(ctx.db, deal) == 2


# -- the board ------------------------------------------------------------------------------


def board_of(qtbot, main_window) -> BoardArea:  # type: ignore[no-untyped-def]
    board = main_window.show_area("board")
    assert isinstance(board, BoardArea)
    qtbot.waitUntil(board.idle, timeout=10000)
    return board


def settle(qtbot, board: BoardArea) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: board.ctx.runner.active() == 0 and board.idle(), timeout=20000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: board.ctx.runner.active() == 0 and board.idle(), timeout=20000)


def select_deal(qtbot, board: BoardArea, deal: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: board.select_card(deal), timeout=5000)
    board.activateWindow()


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


def shown_in(board: BoardArea, deal: uuid.UUID) -> list[int]:
    return [i for i, s in enumerate(board.stages) if board.columns[s.id].model.row_of(deal) >= 0]


def deal_selected_on_board(qtbot, main_window, stage: int, title: str):  # type: ignore[no-untyped-def]
    """A new deal in the `stage`-th column, selected on the board once it is idle."""
    deal = add_deal(main_window.ctx.db, stage, title)
    board = board_of(qtbot, main_window)
    settle(qtbot, board)
    select_deal(qtbot, board, deal)
    return board, deal


def test_two_quick_undos_undo_the_last_two_moves_in_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ctx
    board, deal = deal_selected_on_board(qtbot, main_window, 0, "Quick hands")
    for _ in range(3):
        press(Qt.Key.Key_Right, CTRL_SHIFT)
    settle(qtbot, board)
    assert position(ctx.db, deal) == 3 and ctx.undo.index() == 3

    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # before the first is written
    settle(qtbot, board)
    assert position(ctx.db, deal) == 1
    assert shown_in(board, deal) == [1]
    assert ctx.undo.index() == 1 and ctx.undo.count() == 3


def test_a_refresh_of_some_columns_keeps_the_selected_deal_on_the_board(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    # A refresh re-reads the columns a change named and those showing the deal, but the
    # database may have the deal elsewhere by then (writes queued behind fast presses, an
    # undo): it must not drop off the board, or the next press finds nothing selected.
    ctx = main_window.ctx
    board, deal = deal_selected_on_board(qtbot, main_window, 1, "Followed")
    opps.step_opportunity(ctx.db, deal, 2)  # in the fourth column now, shown in the second
    seen: list[tuple[list[int], object]] = []
    board.columns_updated.connect(
        lambda _ids: seen.append((shown_in(board, deal), board._selection()[1]))
    )
    board.refresh_columns([board.stages[1].id])
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    where, selected = seen[0]
    assert where == [3]
    assert isinstance(selected, b.Card) and selected.id == deal

    press(Qt.Key.Key_Right, CTRL_SHIFT)
    assert ctx.undo.index() == 1
    settle(qtbot, board)
    assert position(ctx.db, deal) == 4 and shown_in(board, deal) == [4]


def test_a_deal_moved_below_the_loaded_cards_stays_selected_and_keeps_moving(
    qtbot, main_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The third column shows its first cards; the deal closes later than all of them, so
    # moved there it sorts below what is loaded. It must still be shown and selected, and
    # presses made before the column has loaded on must move it on.
    ctx = main_window.ctx
    add_deal(ctx.db, 0, "Unlocks every stage")
    pipeline = next(p for p in b.list_pipelines(ctx.db) if p.is_default)
    stages = b.list_stages(ctx.db, pipeline.id)

    def deal(title: str, stage: int, days: int) -> uuid.UUID:
        return opps.create_opportunity(
            ctx.db,
            opps.OpportunityInput(
                title=title,
                pipeline_id=pipeline.id,
                stage_id=stages[stage].id,
                amount=Decimal(100),
                expected_close=date.today() + timedelta(days=days),
            ),
        )

    sooner = 10 * FIRST_PAGE
    for i in range(sooner):
        deal(f"Sooner {i}", 2, 10 + i)
    late = deal("Closes last", 1, 300)
    board = board_of(qtbot, main_window)
    settle(qtbot, board)
    third = board.columns[board.stages[2].id]
    assert third.model.rowCount() == FIRST_PAGE
    select_deal(qtbot, board, late)
    reads: list[tuple[int, int]] = []
    list_cards = b.list_cards

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append((kwargs["offset"], kwargs["limit"]))
        return list_cards(*args, **kwargs)

    monkeypatch.setattr(b, "list_cards", counted)
    press(Qt.Key.Key_Right, CTRL_SHIFT)
    settle(qtbot, board)
    assert shown_in(board, late) == [2] and third.model.row_of(late) == sooner
    assert board._selection()[1].id == late  # type: ignore[union-attr]
    # Down to it in one read, not page by page (four pages); a page the view asked for
    # itself may come first.
    assert len(reads) <= 2 and reads[-1][0] + reads[-1][1] > sooner

    press(Qt.Key.Key_Left, CTRL_SHIFT)
    press(Qt.Key.Key_Right, CTRL_SHIFT)
    press(Qt.Key.Key_Right, CTRL_SHIFT)  # before the column has loaded on again
    assert ctx.undo.index() == 4
    settle(qtbot, board)
    assert position(ctx.db, late) == 3 and shown_in(board, late) == [3]
    assert board._selection()[1].id == late  # type: ignore[union-attr]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_moves_undos_and_redos_faster_than_the_writes(
    qtbot, main_window, seed, shown
) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ctx
    deal = add_deal(ctx.db, 1, "Busy deal")
    other = add_deal(ctx.db, 1, "Bystander")
    board = board_of(qtbot, main_window)
    settle(qtbot, board)
    n = len(board.stages)
    select_deal(qtbot, board, deal)

    # The person's model: where the deal is, and the undo history with its index.
    pos, history, index = 1, [], 0
    rng = random.Random(seed)
    keys = []
    expected_index: list[int] = []
    for _ in range(40):
        choices = []
        if pos < n - 1:
            choices.append("next")
        if pos > 0:
            choices.append("prev")
        if index > 0:
            choices.append("undo")
        if index < len(history):
            choices.append("redo")
        what = rng.choice(choices)
        if what in ("next", "prev"):
            step = 1 if what == "next" else -1
            history[index:] = [step]
            index += 1
            pos += step
        elif what == "undo":
            index -= 1
            pos -= history[index]
        else:
            pos += history[index]
            index += 1
        keys.append(what)
        expected_index.append(index)

    for i, what in enumerate(keys):
        if what == "next":
            press(Qt.Key.Key_Right, CTRL_SHIFT)
        elif what == "prev":
            press(Qt.Key.Key_Left, CTRL_SHIFT)
        elif what == "undo":
            press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        else:
            press(Qt.Key.Key_Z, CTRL_SHIFT)
        assert ctx.undo.index() == expected_index[i]  # every press reached the history
        if i % 7 == 6:
            # Let some results land mid-sequence, without waiting for the writes.
            QApplication.processEvents()

    settle(qtbot, board)
    assert position(ctx.db, deal) == pos
    assert shown_in(board, deal) == [pos]
    assert shown_in(board, other) == [1]
    counts = [board.columns[s.id].summary.count for s in board.stages]
    assert counts == [(pos == i) + (i == 1) for i in range(n)]
    assert (ctx.undo.index(), ctx.undo.count()) == (index, len(history))
    assert shown == []
    col = board.columns[board.stages[pos].id]
    assert col.view.selected_card() is not None and col.view.selected_card().id == deal


def test_the_board_refreshes_once_for_its_own_change(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx.db, 0, "Counted")
    board = BoardArea(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        board.show()
    settle(qtbot, board)
    reloads: list[object] = []
    refreshes: list[object] = []
    board.refreshed.connect(reloads.append)
    board.columns_updated.connect(refreshes.append)
    board.select_card(deal)
    board.move_selected(1)
    settle(qtbot, board)
    QTest.qWait(150)  # longer than the refresh debounce: nothing else may follow
    assert position(ctx.db, deal) == 1
    assert reloads == [] and len(refreshes) == 1
    assert set(refreshes[0]) == {board.stages[0].id, board.stages[1].id}

    # A write the board did not start is refreshed like any other change, once.
    refreshes.clear()
    add_deal(ctx.db, 2, "From elsewhere")
    settle(qtbot, board)
    QTest.qWait(150)
    assert len(refreshes) == 1 and board.columns[board.stages[2].id].summary.count == 1


def test_undo_after_a_change_made_elsewhere_is_refused(qtbot, ctx, shown) -> None:  # type: ignore[no-untyped-def]
    deal = add_deal(ctx.db, 0, "Contested")
    board = BoardArea(ctx)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        board.show()
    board.select_card(deal)
    board.move_selected(1)
    settle(qtbot, board)
    details = b.opportunity_details(ctx.db, deal)
    data = opps.OpportunityInput(
        title="Renamed by a colleague", pipeline_id=details.pipeline_id, amount=Decimal(100)
    )
    opps.update_opportunity(ctx.db, deal, data)  # not through the undo history
    ctx.undo.undo()
    settle(qtbot, board)
    assert position(ctx.db, deal) == 1
    assert len(shown) == 1 and "changed since" in str(shown[0])


@pytest.fixture(autouse=True)
def shown(monkeypatch):  # type: ignore[no-untyped-def]
    """A message box would block the test; any error shown fails it instead."""
    shown: list[BaseException] = []

    def record(_parent: object, exc: BaseException, *_a: object) -> None:
        shown.append(exc)

    for where in ("workbench.ui.operations", "workbench.ui.operations.undo"):
        monkeypatch.setattr(f"{where}.show_error", record)
    monkeypatch.setattr("workbench.ui.board.area.refuse_move", lambda _p, exc: record(_p, exc))
    yield shown


def test_the_guard_catches_window_code_querying_on_the_gui_thread(ctx, gui_sql_guard) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.operations import _Signals, _Write

    deal = add_deal(ctx.db, 0, "Guarded")  # the test's own queries don't count
    assert gui_sql_guard == []
    # A partial, not a lambda: a statement made from a frame of the test counts as the test's.
    step = functools.partial(opps.step_opportunity, ctx.db, deal, 1)
    _Write(step, ctx.changes, None, _Signals()).run()
    assert gui_sql_guard == ["__init__.py:run"]
    gui_sql_guard.clear()


def test_own_moves_show_exactly_what_a_recount_gives_without_one(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Deals in three currencies and odd amounts, so a rounding slip in the weighted
    # figures would show; the board's figures after moves, undo and redo must equal a
    # fresh count of the database, while no column was re-counted for them.
    rng = random.Random(4)
    deals = [add_deal(ctx.db, rng.randrange(3), f"Deal {i}") for i in range(12)]
    for i, deal in enumerate(deals):
        details = b.opportunity_details(ctx.db, deal)
        opps.update_opportunity(
            ctx.db,
            deal,
            opps.OpportunityInput(
                title=f"Deal {i}",
                pipeline_id=details.pipeline_id,
                stage_id=details.stage_id,
                amount=Decimal(rng.randrange(1, 10_000_00)) / 100,
                currency=("EUR", "GBP", "PLN")[i % 3],
            ),
        )
    board = BoardArea(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        board.show()
    settle(qtbot, board)
    recounts: list[object] = []
    original = b.read_columns

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        recounts.append(args)
        return original(*args, **kwargs)

    import workbench.ui.board.loading as loading_module

    monkeypatch.setattr(loading_module.board_reads, "read_columns", counting)
    for deal in deals[:6]:
        qtbot.waitUntil(lambda d=deal: board.select_card(d), timeout=5000)
        board.move_selected(1)
        settle(qtbot, board)
    ctx.undo.undo()
    settle(qtbot, board)
    ctx.undo.undo()
    settle(qtbot, board)
    ctx.undo.redo()
    settle(qtbot, board)
    assert recounts == []
    fresh = b.column_summaries(ctx.db, board.stages, board.filter, board.me)
    for stage in board.stages:
        assert board.columns[stage.id].summary == fresh[stage.id], stage.name
