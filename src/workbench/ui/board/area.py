"""The board area: pipeline switcher, filter bar, one column per stage, Won / Lost."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import OpportunityStatus
from workbench.errors import MandatoryTasksOpen
from workbench.services import board as board_reads
from workbench.services.board import BoardFilter, Card, StageInfo
from workbench.ui.actions import add_action
from workbench.ui.board.column import ColumnView, ColumnWidget
from workbench.ui.board.commands import BoardMove, EditCommand, MoveCommand
from workbench.ui.board.dialogs import close_deal, refuse_move
from workbench.ui.board.dragging import BoardDragging, DropZone
from workbench.ui.board.filters import FilterBar
from workbench.ui.board.loading import PAGE, BoardLoading
from workbench.ui.board.model import ColumnModel
from workbench.ui.context import AppContext
from workbench.ui.messages import show_error
from workbench.ui.theme import app_colours, keep_styled, themed

# Colours are the palette's ($name, see workbench/palette.py), filled in per scheme.
STYLE = """
#boardArea { background: $board; }
#boardColumn { background: $column; border: 1px solid $column_border; border-radius: 10px; }
#boardColumn[dropTarget="true"] { background: $drop; border: 2px dashed $accent; }
#columnHead { background: transparent; border: none; }
#columnTitle { font-weight: 600; color: $ink; }
#columnCount { color: $muted; background: $count_bg; border-radius: 8px; padding: 1px 7px; }
#columnTotal { color: $ink; font-weight: 600; }
#columnWeighted { color: $muted; }
#columnCards { background: transparent; }
#columnCards QScrollBar:vertical { background: transparent; width: 8px; margin: 2px; }
#columnCards QScrollBar::handle:vertical { background: $scroll_handle; border-radius: 3px;
                                           min-height: 28px; }
#columnCards QScrollBar::add-line, #columnCards QScrollBar::sub-line { height: 0; }
#columnCards QScrollBar::add-page, #columnCards QScrollBar::sub-page { background: none; }
#columnAdd { font-weight: 700; font-size: 15px; color: $accent; padding: 0 4px; }
#columnAdd:focus { border: 2px solid $focus; border-radius: 4px; }
#dropZone { border: 2px dashed $scroll_handle; border-radius: 10px; background: $card;
            color: $muted; font-weight: 600; padding: 10px; }
#dropZone[zone="won"][dropTarget="true"] { background: $won_bg; border-color: $won;
                                            color: $won; }
#dropZone[zone="lost"][dropTarget="true"] { background: $lost_bg; border-color: $danger;
                                             color: $danger; }
"""


#: how many further pages of a column are loaded to reach a deal the board is asked to show
REVEAL_PAGES = 40


def stripe_legend(parent: QWidget) -> QLabel:
    """What the coloured stripe on a card's left edge means (the delegate's colours)."""
    c = app_colours()
    rows = [
        (c.danger, QCoreApplication.translate("BoardArea", "Overdue task")),
        (c.warn, QCoreApplication.translate("BoardArea", "Past expected close")),
        (c.rot, QCoreApplication.translate("BoardArea", "Idle")),
    ]
    label = QLabel(
        "<br>".join(
            f'<span style="color:{colour}; font-weight:900;">▌</span> {text}'
            for colour, text in rows
        )
    )
    label.setObjectName("stripeLegend")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"color: {c.muted}; font-size: 11px;")
    label.setToolTip(
        QCoreApplication.translate(
            "BoardArea",
            "The stripe on a card's left edge: red, the deal has an overdue task; orange, its "
            "expected close date has passed; brown, nothing has happened for longer than the "
            "stage's target days and nothing is scheduled.",
        )
    )
    return label


class BoardArea(BoardLoading, BoardDragging, QWidget):
    """Everything in it reads through services/board.py in the background and writes
    through services/opportunities.py; a move updates only the two columns involved."""

    refreshed = Signal()  # headers and first pages of a (re)load are shown
    columns_updated = Signal(object)  # stage ids whose rows and headers are up to date again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("boardArea")
        keep_styled(self, themed(STYLE))
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
        # Its card while its column loads on to where it sorts (see _bring_in).
        self._arriving: Card | None = None
        self._drag_card: Card | None = None

        self.pipeline = QComboBox()
        self.pipeline.setObjectName("boardPipeline")
        self.pipeline.setToolTip(self.tr("Sales process"))
        self.pipeline.setMinimumWidth(60)  # may shrink in a narrow window (see FilterBar)
        # Its names arrive with the board's setup, after the first show: sized to them.
        self.pipeline.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filters = FilterBar([])  # the owners arrive with the board's setup
        self.filters.restore(ctx.settings)
        self.new_button = QPushButton(self.tr("New opportunity"))
        self.new_button.setObjectName("boardNew")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.pipeline)
        top.addWidget(self.filters, 1)
        top.addWidget(self.new_button)

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
        zones.addWidget(stripe_legend(self))
        zones.addWidget(self.won_zone, 1)
        zones.addWidget(self.lost_zone, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
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

    @property
    def me(self) -> uuid.UUID:
        """The person at the keyboard, as the window knows them now (it can change)."""
        return self.ctx.me

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
            return add_action(self, text, keys, slot, name=name)

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
            # The selection, not the current index: selecting the card that is already
            # current (the first card of a column, say) changes only the selection.
            view.selectionModel().selectionChanged.connect(
                lambda picked, _dropped, v=view: self._selected_in(v) if picked.count() else None
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
        moved = replace(card, stage_id=to_stage)
        if select:
            self._selected_id = card.id
            self._bring_in(moved)
        else:
            target.model.place(moved)

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
        close_deal(
            self.ctx,
            self,
            card.id,
            card.title,
            status,
            open_checklist=lambda: self.open_opportunity(card.id, tab="checklist"),
        )

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
        arriving = self._arriving
        for col in self.columns.values():
            if col.view.hasFocus():
                card = col.view.selected_card()
                if card is None and arriving is not None:
                    break  # the selected deal is on its way into its column
                return col, card
        for col in self.columns.values():
            card = col.view.selected_card()
            if card is not None:
                return col, card
        if arriving is not None:
            return self.columns.get(arriving.stage_id), arriving
        return None, None

    def _selected_in(self, view: ColumnView) -> None:
        # One selected card on the whole board: selecting in a column clears the others.
        for col in self.columns.values():
            if col.view is not view:
                col.view.clearSelection()
        card = view.selected_card()
        if card is not None:
            self._selected_id = card.id
            if self._arriving is not None and self._arriving.id != card.id:
                self._arriving = None  # another card picked while one was on its way

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
            self.show_deal(dialog.saved_id)

    def show_deal(self, opportunity_id: uuid.UUID) -> None:
        """Scroll to the deal's card and select it: a new deal sorts anywhere, in a column
        off to the side and below the cards loaded so far."""
        self._selected_id = opportunity_id
        db, stages = self.ctx.db, list(self.stages)
        self.ctx.runner.run(
            lambda: board_reads.card_by_id(db, opportunity_id, stages), self._reveal, owner=self
        )

    def _reveal(self, card: Card | None) -> None:
        if card is None or card.id != self._selected_id:
            return  # gone, or the user has selected another card meanwhile
        self._bring_in(card, centre=True)

    def _bring_in(self, card: Card, *, centre: bool = False, pages: int = 0) -> None:
        """Show and select the selected deal's `card` in its column. Where it sorts below
        the cards loaded so far (a deal just moved or created there), the column loads on
        until the card has its place; keyboard moves meanwhile act on it (_selection)."""
        col = self.columns.get(card.stage_id)
        if col is None:
            return
        self._arriving = card
        row = col.model.row_of(card.id)
        if row < 0:
            row = col.model.place(card)
        if row < 0 and pages < REVEAL_PAGES:

            def again() -> None:
                col.model.loaded.disconnect(again)
                if self._arriving is card:  # not moved on, nor another card selected
                    self._bring_in(card, centre=centre, pages=pages + 1)

            col.model.loaded.connect(again)
            # Down to the card in one read, not page by page (thousands of cards may come
            # before it); a page already on its way comes first, then this is asked again.
            self._load_down_to(col, card)
            return
        self._arriving = None
        if row < 0:
            return
        index = col.model.index(row)
        col.view.setFocus()
        col.view.setCurrentIndex(index)
        hint = ColumnView.ScrollHint
        col.view.scrollTo(index, hint.PositionAtCenter if centre else hint.EnsureVisible)
        self.scroll.ensureWidgetVisible(col, 20, 0)

    def _load_down_to(self, col: ColumnWidget, card: Card) -> None:
        db, stages, flt, me = self.ctx.db, list(self.stages), self.filter, self.me

        def load(before: int) -> None:
            col.model.fetch_rows(max(PAGE, before + PAGE - col.model.rowCount()))

        # Not one of the board's reads (_run): it reads no card or figure a move changes.
        self.ctx.runner.run(
            lambda: board_reads.cards_before(db, col.stage, stages, flt, me, card),
            load,
            lambda exc: self.ctx.status(self.tr("Loading failed: %s") % exc),
            owner=self,
        )

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
