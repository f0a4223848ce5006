"""Reading the board: the load of every column, the refresh of some after a change, and a
move of the board's own shown without a re-count when that is exact."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from shiboken6 import isValid

from workbench.services import board as board_reads
from workbench.services.board import BoardFilter, StageInfo
from workbench.ui.board.column import ColumnWidget
from workbench.ui.board.commands import BoardMove
from workbench.ui.changes import OpChanges
from workbench.ui.messages import show_error

PAGE = 50  # cards per page when a column scrolls
FIRST_PAGE = 20  # a column shows about eight cards: load a few screens, the rest on scroll
# Tables whose changes can alter what the board shows.
WATCHED = frozenset(
    {"opportunity", "task", "activity", "opportunity_share", "account", "contact", "user"}
    | {"exchange_rate"}  # the column totals convert at the rates
)
STRUCTURE = frozenset({"pipeline", "stage"})


class BoardLoading:
    """Part of BoardArea (ui/board/area.py), which holds the state these methods share:
    its context, stages, columns and filter, and the flags of the reads in flight."""

    columns: dict[uuid.UUID, ColumnWidget]
    stages: list[StageInfo]
    filter: BoardFilter
    _selected_id: uuid.UUID | None
    _bring_in: Callable[..., None]

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
        """The query half of a column refresh, to run on a worker. The selected deal's
        column as the database has it then is re-read too (board_reads.read_columns)."""
        db, stages, flt, me = self.ctx.db, list(self.stages), self.filter, self.me
        follow = self._selected_id
        windows = {sid: _window(col, follow) for sid, col in self.columns.items()}
        wanted = [(self.columns[sid].stage, *windows[sid]) for sid in stage_ids if sid in windows]

        def job() -> tuple[BoardFilter, board_reads.ColumnsRead]:
            read = board_reads.read_columns(
                db, wanted, stages, flt, me, follow=follow, spare=windows
            )
            return flt, read

        return job

    def _apply_refresh(self, flt: BoardFilter, read: board_reads.ColumnsRead) -> None:
        if flt is not self.filter:
            return  # read for a filter no longer shown: the reload since then has it
        summaries, rows = read.summaries, read.windows
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
        followed = read.followed
        if followed is not None and followed.id == keep and self._shown_nowhere(followed.id):
            self._bring_in(followed)  # it sorts below the rows re-read
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
            elif col is dst and self._selected_id == card.id:
                self._bring_in(card)
            elif col is dst:
                dst.model.place(card)
        if self._selected_id == card.id:
            self._follow_selection()
        self.columns_updated.emit([src.stage.id, dst.stage.id])
        return True

    def _shown_nowhere(self, deal: uuid.UUID) -> bool:
        return all(col.model.row_of(deal) < 0 for col in self.columns.values())

    def _touched_by(self, result: Any) -> set[uuid.UUID]:
        stage_ids = getattr(result, "stage_ids", None)
        if stage_ids is None:
            return set(self.columns)
        touched = set(stage_ids)
        deal = getattr(result, "opportunity_id", None)
        touched |= {sid for sid, col in self.columns.items() if col.model.row_of(deal) >= 0}
        return touched


def _window(col: ColumnWidget, follow: uuid.UUID | None) -> tuple[int, int]:
    """The rows of a column a refresh re-reads: those shown, and a few around them (near
    the top, from the first row), and down to the followed deal's card if it has one."""
    first, last = col.visible_rows()
    if follow is not None:
        last = max(last, col.model.row_of(follow))
    start = 0 if first < 4 * PAGE else first - 10
    return start, last + 1 - start + 10
