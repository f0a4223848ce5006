"""Undoable board actions. Each command's first redo is the action the user just did
(already carried out and checked by the service), so it is skipped; later redos and undos
run the service again in the background."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from workbench.domain.enums import OpportunityStatus
from workbench.services import opportunities as opps

if TYPE_CHECKING:
    from workbench.ui.board.area import BoardArea


class _BoardCommand(QUndoCommand):
    def __init__(self, board: BoardArea, text: str) -> None:
        super().__init__(text)
        self.board = board
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class MoveCommand(_BoardCommand):
    def __init__(
        self,
        board: BoardArea,
        opportunity_id: uuid.UUID,
        title: str,
        from_stage: uuid.UUID,
        to_stage: uuid.UUID,
    ) -> None:
        super().__init__(board, board.tr("Move “%s”") % title)
        self.opportunity_id, self.from_stage, self.to_stage = opportunity_id, from_stage, to_stage

    def do(self) -> None:
        # Redo restores a position the deal already had; the checklist allowed it then.
        self.board.run_move(self.opportunity_id, self.from_stage, self.to_stage, enforce=False)

    def undo(self) -> None:
        self.board.run_move(self.opportunity_id, self.to_stage, self.from_stage, enforce=False)


class CloseCommand(_BoardCommand):
    def __init__(
        self,
        board: BoardArea,
        opportunity_id: uuid.UUID,
        title: str,
        stage_id: uuid.UUID,
        status: OpportunityStatus,
        reason_id: uuid.UUID,
        competitor: str,
        note: str,
    ) -> None:
        won = status == OpportunityStatus.WON
        super().__init__(board, (board.tr("Won “%s”") if won else board.tr("Lost “%s”")) % title)
        self.opportunity_id, self.stage_id = opportunity_id, stage_id
        self.status, self.reason_id, self.competitor, self.note = (
            status,
            reason_id,
            competitor,
            note,
        )

    def do(self) -> None:
        db, oid = self.board.ctx.db, self.opportunity_id
        reason, note, competitor = self.reason_id, self.note, self.competitor
        fn: Callable[[], object]
        if self.status == OpportunityStatus.WON:
            fn = lambda: opps.mark_won(db, oid, reason, note)  # noqa: E731
        else:
            fn = lambda: opps.mark_lost(db, oid, reason, note, competitor)  # noqa: E731
        self.board.run_write(fn, [self.stage_id])

    def undo(self) -> None:
        db, oid = self.board.ctx.db, self.opportunity_id
        self.board.run_write(lambda: opps.reopen_opportunity(db, oid), [self.stage_id])


class EditCommand(_BoardCommand):
    """Field edits made in the opportunity dialog opened from the board."""

    def __init__(
        self,
        board: BoardArea,
        opportunity_id: uuid.UUID,
        stage_id: uuid.UUID,
        before: opps.OpportunityInput,
        after: opps.OpportunityInput,
    ) -> None:
        super().__init__(board, board.tr("Edit “%s”") % after.title)
        self.opportunity_id, self.stage_id = opportunity_id, stage_id
        self.before, self.after = before, after

    def _apply(self, data: opps.OpportunityInput) -> None:
        db, oid = self.board.ctx.db, self.opportunity_id
        self.board.run_write(lambda: opps.update_opportunity(db, oid, data), [self.stage_id])

    def do(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
