"""The board area: pipeline switcher, filter bar, one column per stage, Won / Lost."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.domain.enums import OpportunityStatus, ReasonKind
from workbench.errors import MandatoryTasksOpen
from workbench.services import board as board_reads
from workbench.services import opportunities
from workbench.services.board import BoardFilter, Card, StageInfo
from workbench.ui.board.column import ColumnView, ColumnWidget
from workbench.ui.board.commands import BoardMove, CloseCommand, EditCommand, MoveCommand
from workbench.ui.board.delegate import CARD_HEIGHT, MARGIN_Y, paint_card
from workbench.ui.board.dialogs import CloseDialog, refuse_move
from workbench.ui.board.filters import FilterBar
from workbench.ui.board.model import ColumnModel
from workbench.ui.changes import OpChanges
from workbench.ui.context import AppContext
from workbench.ui.messages import show_error

PAGE = 50  # cards per page when a column scrolls
FIRST_PAGE = 20  # a column shows about eight cards: load a few screens, the rest on scroll
# Tables whose changes can alter what the board shows.
WATCHED = frozenset(
    {"opportunity", "task", "activity", "opportunity_share", "account", "contact", "user"}
)
STRUCTURE = frozenset({"pipeline", "stage"})

STYLE = """
#boardArea { background: #eef1f5; }
#boardColumn { background: #f6f8fa; border: 1px solid #e1e6eb; border-radius: 10px; }
#boardColumn[dropTarget="true"] { background: #e8f0ff; border: 2px dashed #2f6fed; }
#columnHead { background: transparent; border: none; }
#columnTitle { font-weight: 600; color: #1f2328; }
#columnCount { color: #44505c; background: #e3e8ee; border-radius: 8px; padding: 1px 7px; }
#columnTotal { color: #1f2328; font-weight: 600; }
#columnWeighted { color: #5f6b7a; }
#columnCards { background: transparent; }
#columnCards QScrollBar:vertical { background: transparent; width: 8px; margin: 2px; }
#columnCards QScrollBar::handle:vertical { background: #c4cbd3; border-radius: 3px;
                                           min-height: 28px; }
#columnCards QScrollBar::add-line, #columnCards QScrollBar::sub-line { height: 0; }
#columnCards QScrollBar::add-page, #columnCards QScrollBar::sub-page { background: none; }
#columnAdd { font-weight: 700; font-size: 15px; color: #2f6fed; padding: 0 4px; }
#dropZone { border: 2px dashed #c6cdd5; border-radius: 10px; background: #ffffff;
            color: #44505c; font-weight: 600; padding: 10px; }
#dropZone[zone="won"][dropTarget="true"] { background: #e6f4ea; border-color: #2e7d32;
                                            color: #2e7d32; }
#dropZone[zone="lost"][dropTarget="true"] { background: #fdecea; border-color: #c62828;
                                             color: #c62828; }
"""


class DropZone(QLabel):
    def __init__(self, zone: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("dropZone")
        self.setProperty("zone", zone)
        self.setProperty("dropTarget", False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(44)
        self.setMinimumWidth(80)
        self.zone = zone

    def set_drop_target(self, on: bool) -> None:
        if self.property("dropTarget") != on:
            self.setProperty("dropTarget", on)
            self.style().unpolish(self)
            self.style().polish(self)


class BoardArea(QWidget):
    """Everything in it reads through services/board.py in the background and writes
    through services/opportunities.py; a move updates only the two columns involved."""

    refreshed = Signal()  # headers and first pages of a (re)load are shown
    columns_updated = Signal(object)  # stage ids whose rows and headers are up to date again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardArea")
        self.setStyleSheet(STYLE)
        self.me = ctx.me
        self.stages: list[StageInfo] = []
        self.columns: dict[uuid.UUID, ColumnWidget] = {}
        self.filter = BoardFilter()
        self._inflight = False
        self._reads_running = 0
        # writes submitted (WriteExecutor.submitted) when the latest read began / ended
        self._reads_began_at = self._reads_ended_at = 0
        self._reload_pending = False
        # Column refreshes run one at a time; those asked for meanwhile are gathered and
        # run next, so a refresh that read the database earlier never lands after one that
        # read it later.
        self._refreshing = False
        self._refresh_wanted: set[uuid.UUID] = set()
        self._selected_id: uuid.UUID | None = None  # followed when its card changes column
        self._drag_card: Card | None = None

        self.pipeline = QComboBox()
        self.pipeline.setObjectName("boardPipeline")
        self.pipeline.setToolTip(self.tr("Sales process"))
        self.filters = FilterBar([])  # the owners arrive with the board's setup
        self.filters.restore(ctx.settings)
        self.new_button = QPushButton(self.tr("New opportunity"))
        self.new_button.setObjectName("boardNew")

        bar = QWidget()
        top = QHBoxLayout(bar)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.pipeline)
        top.addWidget(self.filters, 1)
        top.addWidget(self.new_button)
        # The filter bar scrolls sideways in a narrow window instead of making the whole
        # window as wide as its widgets.
        top_scroll = QScrollArea()
        top_scroll.setObjectName("boardToolbar")
        top_scroll.setWidget(bar)
        top_scroll.setWidgetResizable(True)
        top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        top_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top_scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Room for the sideways scroll bar too, so it never covers the filters.
        top_scroll.setFixedHeight(
            bar.sizeHint().height() + top_scroll.horizontalScrollBar().sizeHint().height() + 4
        )
        top_scroll.setStyleSheet(
            "#boardToolbar, #boardToolbar > QWidget > QWidget { background: transparent; }"
        )

        self.strip = QWidget()
        self.strip.setObjectName("boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.strip)
        self.scroll.setStyleSheet("QScrollArea, #boardStrip { background: transparent; }")

        self.won_zone = DropZone("won", self.tr("✓  Won — drop here"))
        self.lost_zone = DropZone("lost", self.tr("✗  Lost — drop here"))
        zones = QHBoxLayout()
        zones.addWidget(self.won_zone)
        zones.addWidget(self.lost_zone)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(top_scroll)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(zones)

        self.ghost = QLabel(self)
        self.ghost.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ghost.hide()

        self._refresh_timer = QTimer(self, singleShot=True, interval=60)
        self._refresh_timer.timeout.connect(lambda: self.refresh_columns(list(self.columns)))
        self._build_actions()

        self._setting_up = False
        self.pipeline.currentIndexChanged.connect(self._pipeline_changed)
        self.filters.changed.connect(self._filters_changed)
        self.new_button.clicked.connect(lambda: self.new_opportunity(None))
        ctx.changes.changed.connect(self._on_changes)
        saved = str(ctx.settings.value("board/pipeline", ""))
        self._set_up(uuid.UUID(saved) if _is_uuid(saved) else None)

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.next_stage_action = action(
            "moveNext",
            self.tr("Move to next stage"),
            "Ctrl+Shift+Right",
            lambda: self.move_selected(1),
        )
        self.prev_stage_action = action(
            "movePrevious",
            self.tr("Move to previous stage"),
            "Ctrl+Shift+Left",
            lambda: self.move_selected(-1),
        )
        self.won_action = action(
            "markWon",
            self.tr("Mark as won…"),
            "Ctrl+Shift+W",
            lambda: self._close_selected(OpportunityStatus.WON),
        )
        self.lost_action = action(
            "markLost",
            self.tr("Mark as lost…"),
            "Ctrl+Shift+L",
            lambda: self._close_selected(OpportunityStatus.LOST),
        )
        self.open_action = action(
            "openOpportunity", self.tr("Open opportunity"), "Ctrl+O", self.open_selected
        )
        self.new_action = action(
            "newOpportunity",
            self.tr("New opportunity"),
            "Ctrl+N",
            lambda: self.new_opportunity(self._current_stage()),
        )
        self.find_action = action(
            "findOnBoard", self.tr("Search the board"), "Ctrl+F", self._focus_search
        )
        self.refresh_action = action("refreshBoard", self.tr("Refresh"), "F5", self.reload)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- structure ---------------------------------------------------------------------------

    def pipeline_id(self) -> uuid.UUID | None:
        value = self.pipeline.currentData()
        return uuid.UUID(value) if value else None

    def _set_up(self, pipeline_id: uuid.UUID | None) -> None:
        """Read the processes, owners and stages in the background, then build the
        columns and load them (the window never waits for the database)."""
        self._setting_up = True
        db = self.ctx.db
        self._run(
            lambda: board_reads.board_setup(db, pipeline_id), self._apply_setup, self._setup_failed
        )

    def _apply_setup(self, setup: board_reads.BoardSetup) -> None:
        self._setting_up = False
        self.pipeline.blockSignals(True)
        self.pipeline.clear()
        for p in setup.pipelines:
            # Ids as text: QComboBox.findData compares Python objects by identity.
            self.pipeline.addItem(p.name, str(p.id))
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(str(setup.pipeline_id))))
        self.pipeline.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.set_users(setup.users)
        self.filters.restore(self.ctx.settings)  # an owner chosen earlier exists now
        self.filters.blockSignals(False)
        self.stages = setup.stages
        self._build_columns()
        self._reload_pending = False
        self.reload()

    def _setup_failed(self, exc: BaseException) -> None:
        self._setting_up = False
        self.ctx.status(self.tr("The board could not be loaded: %s") % exc)

    def _build_columns(self) -> None:
        for col in self.columns.values():
            col.setParent(None)
            col.deleteLater()
        self.columns = {}
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for stage in self.stages:
            model = ColumnModel(self.ctx.runner, self._pager(stage), PAGE)
            col = ColumnWidget(stage, model)
            col.add_requested.connect(self.new_opportunity)
            view = col.view
            view.drag_started.connect(self._drag_started)
            view.drag_moved.connect(self._drag_moved)
            view.drag_finished.connect(self._drag_finished)
            view.drag_cancelled.connect(self._drag_cancelled)
            view.step_column.connect(lambda d, s=stage.id: self._step_column(s, d))
            view.open_requested.connect(self.open_selected)
            view.doubleClicked.connect(lambda _i: self.open_selected())
            view.selectionModel().currentChanged.connect(
                lambda cur, _prev, v=view: self._selected_in(v) if cur.isValid() else None
            )
            model.failed.connect(lambda msg: self.ctx.status(self.tr("Loading failed: %s") % msg))
            self.columns[stage.id] = col
            self.strip_layout.addWidget(col)
        self.strip_layout.addStretch(0)

    def _pager(self, stage: StageInfo) -> Callable[[int, int], list[Card]]:
        db, stages, flt, me = self.ctx.db, list(self.stages), self.filter, self.me
        return lambda offset, limit: board_reads.list_cards(
            db, stage, stages, flt, me, offset=offset, limit=limit
        )

    def _pipeline_changed(self) -> None:
        pid = self.pipeline_id()
        self.ctx.settings.setValue("board/pipeline", str(pid) if pid else "")
        self._set_up(pid)

    def _filters_changed(self) -> None:
        self.filters.save(self.ctx.settings)
        self.reload()

    # -- loading ---------------------------------------------------------------------------

    def _run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """ctx.runner.run, dropping results that arrive after the board was closed, and
        noting when the board's reads begin and end in the order of the window's writes
        (see _apply_own_move)."""
        self._reads_running += 1
        self._reads_began_at = self.ctx.writes.submitted

        def ended() -> bool:
            self._reads_running -= 1
            self._reads_ended_at = self.ctx.writes.submitted
            return isValid(self)

        self.ctx.runner.run(
            job,
            lambda result: on_done(result) if ended() else None,
            lambda exc: on_error(exc) if ended() else None,
        )

    def reload(self) -> None:
        """Headers and first pages of every column, for the current pipeline and filter.
        While a load runs, a newer request waits and then loads once with the latest
        filter, so fast typing costs one query per finished query, not per keystroke."""
        if self._inflight or self._setting_up:
            self._reload_pending = True
            return
        self._reload_pending = False
        self.filter = self.filters.board_filter()
        db, stages, flt, me = self.ctx.db, list(self.stages), self.filter, self.me
        for col in self.columns.values():
            col.model.set_fetch(self._pager(col.stage))
        # One job, not one per figure: two threads of Python and SQLite on two cores
        # contend for the interpreter lock and are slower together than one after another.
        self._inflight = True
        self._run(
            lambda: board_reads.board_view(db, stages, flt, me, page=FIRST_PAGE),
            self._loaded,
            self._load_failed,
        )

    def _loaded(self, view: board_reads.BoardView) -> None:
        self._inflight = False
        if self._reload_pending:
            self.reload()  # the filter changed meanwhile: these results are stale
            return
        for sid, summary in view.summaries.items():
            if sid in self.columns:
                self.columns[sid].set_summary(summary)
        for sid, cards in view.pages.items():
            if sid in self.columns:
                col = self.columns[sid]
                col.model.replace_from(0, cards, len(cards) < FIRST_PAGE)
                col.view.scrollToTop()
        self.refreshed.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._inflight = False
        if self._reload_pending:
            self.reload()
        else:
            self.ctx.status(self.tr("The board could not be loaded: %s") % exc)

    def refresh_columns(self, stage_ids: list[uuid.UUID] | set[uuid.UUID]) -> None:
        """Re-query the headers and the visible rows of some columns, keeping where each
        column is scrolled to."""
        self._refresh_wanted |= set(stage_ids)
        if self._refreshing or not self._refresh_wanted:
            return
        wanted, self._refresh_wanted = list(self._refresh_wanted), set()
        self._refreshing = True
        self._run(self._refresh_job(wanted), self._refreshed, self._refresh_failed)

    def _refreshed(self, result: Any) -> None:
        self._refreshing = False
        self._apply_refresh(*result)
        self.refresh_columns([])  # what was asked for meanwhile

    def _refresh_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        self._job_failed(exc)
        self.refresh_columns([])

    def idle(self) -> bool:
        """No write, load or refresh of the board is waiting or running."""
        return (
            self.ctx.writes.pending() == 0
            and not self._setting_up
            and not self._inflight
            and not self._refreshing
            and not self._refresh_wanted
            and not self._refresh_timer.isActive()
        )

    def _refresh_job(self, stage_ids: list[uuid.UUID]) -> Callable[[], Any]:
        """The query half of a column refresh, to run on a worker."""
        db, stages, flt, me = self.ctx.db, list(self.stages), self.filter, self.me
        windows = []
        for sid in stage_ids:
            col = self.columns.get(sid)
            if col is None:
                continue
            first, last = col.visible_rows()
            # Near the top, re-read from the first row; far down, from just above the view.
            start = 0 if first < 4 * PAGE else first - 10
            limit = last + 1 - start + 10
            windows.append((col.stage, start, limit))

        def job() -> tuple[BoardFilter, dict[uuid.UUID, board_reads.ColumnSummary], list[Any]]:
            summaries = board_reads.column_summaries(
                db, stages, flt, me, only=[w[0].id for w in windows]
            )
            pages = board_reads.card_windows(db, windows, stages, flt, me)
            rows = [
                (stage.id, start, limit, cards)
                for (stage, start, limit), cards in zip(windows, pages, strict=True)
            ]
            return flt, summaries, rows

        return job

    def _apply_refresh(
        self,
        flt: BoardFilter,
        summaries: dict[uuid.UUID, board_reads.ColumnSummary],
        rows: list[Any],
    ) -> None:
        if flt is not self.filter:
            return  # read for a filter no longer shown: the reload since then has it
        # Replacing rows moves the current index onto whichever card now has its row.
        keep = self._selected_id
        for sid, summary in summaries.items():
            if sid in self.columns:
                self.columns[sid].set_summary(summary)
        for sid, start, limit, cards in rows:
            col = self.columns.get(sid)
            if col is None:
                continue
            selected = col.view.selected_card()
            col.model.replace_from(start, cards, len(cards) < limit)
            if selected is not None:
                row = col.model.row_of(selected.id)
                if row >= 0:
                    col.view.setCurrentIndex(col.model.index(row))
        self._selected_id = keep
        self._follow_selection()
        self.columns_updated.emit([r[0] for r in rows])

    def _job_failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    # -- changes made elsewhere ------------------------------------------------------------------

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(STRUCTURE):
            self._set_up(self.pipeline_id())
        elif changes.initiator is self:
            # Our own write: a move is applied as it is; anything else re-queries only
            # the columns it touched and those showing the deal now (a guess shown at
            # once may have put it elsewhere).
            if not self._apply_own_move(changes):
                self.refresh_columns(self._touched_by(changes.result))
        elif changes.touches(WATCHED):
            self._refresh_timer.start()

    def _apply_own_move(self, changes: OpChanges) -> bool:
        """Show our own move without re-counting the two columns (the re-count was most
        of what a move cost: 18 of 22 ms on the 100,000-deal demo): each column's figures
        change by exactly the deal's value (ColumnSummary.moved), and the card comes as
        the move's write read it back (its flags and next task follow the new stage).

        Only where that is exact: no filter a move can change (idle, overdue), the card
        read, no later write queued (the cards shown at once for it are ahead of this
        result), and no read of the board that may have seen the move already, i.e. none
        running now and none that ended after the write was submitted. Otherwise the
        caller re-queries."""
        result = changes.result
        if not isinstance(result, BoardMove) or result.card is None or not changes.seq:
            return False
        src, dst = self.columns.get(result.from_stage_id), self.columns.get(result.to_stage_id)
        seen = self._reads_running or max(self._reads_began_at, self._reads_ended_at) >= changes.seq
        # This operation counts as pending until its result has been delivered.
        queued = self.ctx.writes.pending() > 1
        if src is None or dst is None or src is dst or seen or queued:
            return False
        if self.filter.rotting or self.filter.overdue:
            return False
        card = result.card
        src.set_summary(
            src.summary.moved(card.amount_minor, card.currency, src.stage.probability, -1)
        )
        dst.set_summary(
            dst.summary.moved(card.amount_minor, card.currency, dst.stage.probability, 1)
        )
        for col in (src, dst):
            shown = col.model.row_of(card.id)
            if col is src and shown >= 0:  # undo and redo move it only now
                col.model.take(card.id)
            elif col is dst and shown >= 0:
                col.model.replace_card(shown, card)
            elif col is dst:
                dst.model.place(card)
        if self._selected_id == card.id:
            self._follow_selection()
        self.columns_updated.emit([src.stage.id, dst.stage.id])
        return True

    def _touched_by(self, result: Any) -> set[uuid.UUID]:
        stage_ids = getattr(result, "stage_ids", None)
        if stage_ids is None:
            return set(self.columns)
        touched = set(stage_ids)
        deal = getattr(result, "opportunity_id", None)
        touched |= {sid for sid, col in self.columns.items() if col.model.row_of(deal) >= 0}
        return touched

    # -- moving ----------------------------------------------------------------------------

    def _stage(self, stage_id: uuid.UUID) -> StageInfo | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def request_move(self, card: Card, to_stage: uuid.UUID, *, select: bool = False) -> None:
        """Move a card to another column: shown at once, checked and committed by the
        service on the write executor, refused (and put back) if the checklist forbids it."""
        source, target = self.columns.get(card.stage_id), self.columns.get(to_stage)
        if source is None or target is None or card.stage_id == to_stage:
            return
        self._show_moved(card, to_stage, select=select)
        self._push_move(
            card,
            MoveCommand(
                self.ctx, self, card.id, card.title, to_stage=to_stage, read_card=self._reader()
            ),
        )

    def move_selected(self, step: int) -> None:
        """The keyboard's move: `step` stages on from where the deal is when the move runs,
        so presses made faster than the writes act on the deal as the earlier ones left it."""
        col, card = self._selection()
        if card is None or col is None:
            return
        i = self.stages.index(col.stage) + step
        if 0 <= i < len(self.stages):
            self._show_moved(card, self.stages[i].id, select=True)
        elif self.idle():
            return  # the board is up to date: there is no stage that way
        self._push_move(
            card,
            MoveCommand(self.ctx, self, card.id, card.title, step=step, read_card=self._reader()),
        )

    def _reader(self) -> Callable[[Any, uuid.UUID], Card | None]:
        stages = list(self.stages)  # the columns as they are when the move is made
        return lambda db, deal: board_reads.card_by_id(db, deal, stages)

    def _show_moved(self, card: Card, to_stage: uuid.UUID, *, select: bool) -> None:
        source, target = self.columns[card.stage_id], self.columns[to_stage]
        source.model.take(card.id)  # moves the current index onto a neighbour
        row = target.model.place(replace(card, stage_id=to_stage))
        if select and row >= 0:
            target.view.setFocus()
            target.view.setCurrentIndex(target.model.index(row))
            self.scroll.ensureWidgetVisible(target, 20, 0)
        if select:
            self._selected_id = card.id
            self._follow_selection()

    def _push_move(self, card: Card, command: MoveCommand) -> None:
        def done(change: BoardMove) -> None:
            stage = self._stage(change.to_stage_id)
            self.ctx.status(
                self.tr("Moved “%s” to “%s”.") % (card.title, stage.name if stage else "")
            )

        def refused(exc: BaseException) -> None:
            self.refresh_columns(set(self.columns))  # take back what was shown at once
            self._refused(card, exc)

        self.ctx.undo.push(command.success(done).failure(refused))

    def request_close(self, card: Card, status: OpportunityStatus) -> None:
        """Won or lost: the reasons are read in the background, then asked for."""
        kind = ReasonKind.WON if status == OpportunityStatus.WON else ReasonKind.LOST
        db = self.ctx.db
        self.ctx.runner.run(
            lambda: board_reads.list_reasons(db, kind),
            lambda reasons: self._ask_close(card, status, reasons),
            lambda exc: show_error(self, exc),
            owner=self,
        )

    def _ask_close(
        self, card: Card, status: OpportunityStatus, reasons: list[tuple[uuid.UUID, str]]
    ) -> None:
        dialog = CloseDialog(card.title, status, reasons, self)
        if not dialog.exec():
            return
        reason, competitor, note = (
            dialog.reason_id(),
            dialog.competitor.text(),
            dialog.note.toPlainText(),
        )
        assert reason is not None  # the dialog doesn't accept without one

        def done(_change: opportunities.CloseChange) -> None:
            won = status == OpportunityStatus.WON
            self.ctx.status((self.tr("“%s” won.") if won else self.tr("“%s” lost.")) % card.title)

        command = CloseCommand(
            self.ctx, self, card.id, card.title, status, reason, competitor, note
        )
        self.ctx.undo.push(command.success(done).failure(lambda exc: self._refused(card, exc)))

    def _refused(self, card: Card, exc: BaseException) -> None:
        """A move or close the service refused: name the open mandatory tasks and offer
        the checklist; any other error as it is."""
        if isinstance(exc, MandatoryTasksOpen):
            if refuse_move(self, exc):
                self.open_opportunity(card.id, tab="checklist")
        else:
            show_error(self, exc)

    def _close_selected(self, status: OpportunityStatus) -> None:
        _col, card = self._selection()
        if card is not None:
            self.request_close(card, status)

    # -- selection and keyboard ----------------------------------------------------------------

    def _selection(self) -> tuple[ColumnWidget | None, Card | None]:
        for col in self.columns.values():
            if col.view.hasFocus():
                return col, col.view.selected_card()
        for col in self.columns.values():
            card = col.view.selected_card()
            if card is not None:
                return col, card
        return None, None

    def _selected_in(self, view: ColumnView) -> None:
        # One selected card on the whole board: selecting in a column clears the others.
        for col in self.columns.values():
            if col.view is not view:
                col.view.clearSelection()
        card = view.selected_card()
        if card is not None:
            self._selected_id = card.id

    def _follow_selection(self) -> None:
        """Select the last selected card again where a refresh shows it now (an undo
        moves it without the board's doing)."""
        if self._selected_id is None:
            return
        selected = [col.view.selected_card() for col in self.columns.values()]
        if any(card is not None and card.id == self._selected_id for card in selected):
            return
        for col in self.columns.values():
            col.view.clearSelection()
            col.view.setCurrentIndex(QModelIndex())
        for col in self.columns.values():
            row = col.model.row_of(self._selected_id)
            if row >= 0:
                if isinstance(self.focusWidget(), ColumnView) or self.focusWidget() is None:
                    col.view.setFocus()
                col.view.setCurrentIndex(col.model.index(row))
                return

    def _current_stage(self) -> StageInfo | None:
        col, _card = self._selection()
        return col.stage if col else (self.stages[0] if self.stages else None)

    def _step_column(self, stage_id: uuid.UUID, step: int) -> None:
        ids = [s.id for s in self.stages]
        i = ids.index(stage_id) + step
        if not 0 <= i < len(ids):
            return
        source, target = self.columns[stage_id], self.columns[ids[i]]
        row = max(0, source.view.currentIndex().row())
        target.view.setFocus()
        if target.model.rowCount():
            target.view.setCurrentIndex(target.model.index(min(row, target.model.rowCount() - 1)))
        self.scroll.ensureWidgetVisible(target, 20, 0)

    def select_card(self, opportunity_id: uuid.UUID) -> bool:
        for col in self.columns.values():
            row = col.model.row_of(opportunity_id)
            if row >= 0:
                col.view.setFocus()
                col.view.setCurrentIndex(col.model.index(row))
                return True
        return False

    # -- dragging ----------------------------------------------------------------------------

    def _drag_started(self, card: Card, pos: QPoint) -> None:
        self._drag_card = card
        width = next(iter(self.columns.values())).view.viewport().width() if self.columns else 260
        pixmap = QPixmap(width, CARD_HEIGHT + 2 * MARGIN_Y)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setOpacity(0.9)
        paint_card(painter, QRect(0, 0, pixmap.width(), pixmap.height()), card, True, self.font())
        painter.end()
        self.ghost.setPixmap(pixmap)
        self.ghost.resize(pixmap.size())
        self.ghost.raise_()
        self.ghost.show()
        self._drag_moved(pos)

    def _drag_moved(self, pos: QPoint) -> None:
        local = self.mapFromGlobal(pos)
        self.ghost.move(local - QPoint(self.ghost.width() // 2, 20))
        # Scroll the board sideways near its edges.
        viewport = self.scroll.viewport()
        x = viewport.mapFromGlobal(pos).x()
        bar = self.scroll.horizontalScrollBar()
        if x < 40:
            bar.setValue(bar.value() - 24)
        elif x > viewport.width() - 40:
            bar.setValue(bar.value() + 24)
        target = self._target_at(pos)
        for col in self.columns.values():
            col.set_drop_target(
                col is target
                and col.stage.id != (self._drag_card.stage_id if self._drag_card else None)
            )
        for zone in (self.won_zone, self.lost_zone):
            zone.set_drop_target(zone is target)

    def _drag_finished(self, pos: QPoint) -> None:
        card, target = self._drag_card, self._target_at(pos)
        self._drag_cancelled()
        if card is None or target is None:
            return
        if isinstance(target, ColumnWidget):
            self.request_move(card, target.stage.id)
        elif target is self.won_zone:
            self.request_close(card, OpportunityStatus.WON)
        elif target is self.lost_zone:
            self.request_close(card, OpportunityStatus.LOST)

    def _drag_cancelled(self) -> None:
        self._drag_card = None
        self.ghost.hide()
        for col in self.columns.values():
            col.set_drop_target(False)
        self.won_zone.set_drop_target(False)
        self.lost_zone.set_drop_target(False)

    def _target_at(self, pos: QPoint) -> QWidget | None:
        for zone in (self.won_zone, self.lost_zone):
            if zone.rect().contains(zone.mapFromGlobal(pos)):
                return zone
        viewport = self.scroll.viewport()
        if not viewport.rect().contains(viewport.mapFromGlobal(pos)):
            return None
        for col in self.columns.values():
            if col.rect().contains(col.mapFromGlobal(pos)):
                return col
        return None

    # -- the opportunity dialog ----------------------------------------------------------------

    def open_selected(self) -> None:
        _col, card = self._selection()
        if card is not None:
            self.open_opportunity(card.id)

    def open_opportunity(self, opportunity_id: uuid.UUID, tab: str | None = None) -> None:
        from workbench.ui.opportunity_dialog import OpportunityDialog

        dialog = OpportunityDialog(self.ctx, opportunity_id, parent=self, tab=tab)
        dialog.edited.connect(self._edited_in_dialog)
        dialog.exec()

    def new_opportunity(self, stage: StageInfo | None) -> None:
        from workbench.ui.opportunity_dialog import OpportunityDialog

        pid = self.pipeline_id()
        if pid is None:
            return
        dialog = OpportunityDialog(
            self.ctx, None, parent=self, pipeline_id=pid, stage_id=stage.id if stage else None
        )
        if dialog.exec() and dialog.saved_id is not None:
            self.ctx.status(self.tr("Opportunity created."))

    def _edited_in_dialog(self, opportunity_id: uuid.UUID, before: Any, after: Any) -> None:
        stage_id = next(
            (c.stage.id for c in self.columns.values() if c.model.row_of(opportunity_id) >= 0),
            None,
        )
        if stage_id is not None:
            self.ctx.undo.push(EditCommand(self.ctx, self, opportunity_id, before, after))


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
