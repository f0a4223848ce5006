"""Undoable board actions. Each runs its action, undo and redo as operations on the
ordered write executor (ui.operations.undo); none calls into the board: the board hears
the change broadcasts, which name it as initiator, and refreshes what the record names."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.domain.enums import OpportunityStatus
from workbench.services import opportunities as opps
from workbench.store.db import Database
from workbench.ui.context import AppContext
from workbench.ui.operations.undo import OpUndoCommand


def _tr(text: str) -> str:
    # The board's translation context, where these strings have always been.
    return QCoreApplication.translate("BoardArea", text)


class MoveCommand(OpUndoCommand):
    """A move to a given stage (a drop), or `step` stages on from wherever the deal is
    when the move runs (the keyboard, whose presses may queue behind other writes)."""

    def __init__(
        self,
        ctx: AppContext,
        initiator: object,
        opportunity_id: uuid.UUID,
        title: str,
        *,
        to_stage: uuid.UUID | None = None,
        step: int = 0,
    ) -> None:
        super().__init__(ctx, _tr("Move “%s”") % title, initiator=initiator)
        self.opportunity_id, self.to_stage, self.step = opportunity_id, to_stage, step
        self.change: opps.StageChange | None = None  # on the write thread

    def forward(self, db: Database) -> opps.StageChange:
        if self.change is None:
            if self.to_stage is not None:
                change = opps.move_opportunity(db, self.opportunity_id, self.to_stage)
            else:
                change = opps.step_opportunity(db, self.opportunity_id, self.step)
        else:
            change = opps.reverse_move(db, self.expected(self.change))
        return self._keep(change)

    def backward(self, db: Database) -> opps.StageChange:
        assert self.change is not None
        return self._keep(opps.reverse_move(db, self.expected(self.change)))

    def _keep(self, change: opps.StageChange) -> opps.StageChange:
        self.change = change
        self.remember(change)
        return change

    def nothing_done(self, result: Any) -> bool:
        return result is None or result.from_stage_id == result.to_stage_id


class CloseCommand(OpUndoCommand):
    """Won or lost; undone by reopening."""

    def __init__(
        self,
        ctx: AppContext,
        initiator: object,
        opportunity_id: uuid.UUID,
        title: str,
        status: OpportunityStatus,
        reason_id: uuid.UUID,
        competitor: str,
        note: str,
    ) -> None:
        won = status == OpportunityStatus.WON
        text = _tr("Won “%s”") if won else _tr("Lost “%s”")
        super().__init__(ctx, text % title, initiator=initiator)
        self.opportunity_id, self.status = opportunity_id, status
        self.reason_id, self.competitor, self.note = reason_id, competitor, note
        self.change: opps.CloseChange | None = None  # on the write thread

    def forward(self, db: Database) -> opps.CloseChange:
        if self.change is None:
            if self.status == OpportunityStatus.WON:
                change = opps.mark_won(db, self.opportunity_id, self.reason_id, self.note)
            else:
                change = opps.mark_lost(
                    db, self.opportunity_id, self.reason_id, self.note, self.competitor
                )
        else:
            change = opps.reverse_close(db, self.expected(self.change))
        return self._keep(change)

    def backward(self, db: Database) -> opps.CloseChange:
        assert self.change is not None
        return self._keep(opps.reverse_close(db, self.expected(self.change)))

    def _keep(self, change: opps.CloseChange) -> opps.CloseChange:
        self.change = change
        self.remember(change)
        return change


class EditCommand(OpUndoCommand):
    """Field edits the opportunity dialog has saved; undo and redo write the fields back
    (whole values, so they are not refused when something else changed the deal)."""

    def __init__(
        self,
        ctx: AppContext,
        initiator: object,
        opportunity_id: uuid.UUID,
        before: opps.OpportunityInput,
        after: opps.OpportunityInput,
    ) -> None:
        super().__init__(ctx, _tr("Edit “%s”") % after.title, initiator=initiator, done=True)
        self.opportunity_id, self.before, self.after = opportunity_id, before, after

    def forward(self, db: Database) -> opps.EditChange:
        return self._write(db, self.after)

    def backward(self, db: Database) -> opps.EditChange:
        return self._write(db, self.before)

    def _write(self, db: Database, data: opps.OpportunityInput) -> opps.EditChange:
        change = opps.update_opportunity(db, self.opportunity_id, data)
        self.remember(change)
        return change
