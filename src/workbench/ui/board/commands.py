"""Undoable board actions. Each runs its action, undo and redo as operations on the
ordered write executor (ui.operations.undo); none calls into the board: the board hears
the change broadcasts, which name it as initiator, and refreshes what the record names."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.domain.enums import OpportunityStatus
from workbench.services import opportunities
from workbench.services.board import Card
from workbench.store.db import Database
from workbench.ui.context import AppContext
from workbench.ui.operations.undo import OpUndoCommand


@dataclass(frozen=True)
class BoardMove:
    """A move as the board shows it: the service's change record and the deal's card
    read right after it on the write thread (its flags and next task follow the new
    stage), so the board repaints it without another round trip."""

    change: opportunities.StageChange
    card: Card | None = None

    @property
    def opportunity_id(self) -> uuid.UUID:
        return self.change.opportunity_id

    @property
    def from_stage_id(self) -> uuid.UUID:
        return self.change.from_stage_id

    @property
    def to_stage_id(self) -> uuid.UUID:
        return self.change.to_stage_id

    @property
    def stage_ids(self) -> frozenset[uuid.UUID]:
        return self.change.stage_ids


CardReader = Callable[[Database, uuid.UUID], Card | None]


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
        read_card: CardReader | None = None,
    ) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("BoardArea", "Move “%s”") % title, initiator=initiator
        )
        self.opportunity_id, self.to_stage, self.step = opportunity_id, to_stage, step
        self.read_card = read_card
        self.change: opportunities.StageChange | None = None  # on the write thread

    def forward(self, db: Database) -> BoardMove:
        if self.change is None:
            if self.to_stage is not None:
                change = opportunities.move_opportunity(db, self.opportunity_id, self.to_stage)
            else:
                change = opportunities.step_opportunity(db, self.opportunity_id, self.step)
        else:
            change = opportunities.reverse_move(db, self.expected(self.change))
        return self._keep(db, change)

    def backward(self, db: Database) -> BoardMove:
        assert self.change is not None
        return self._keep(db, opportunities.reverse_move(db, self.expected(self.change)))

    def _keep(self, db: Database, change: opportunities.StageChange) -> BoardMove:
        self.change = change
        self.remember(change)
        moved = change.from_stage_id != change.to_stage_id
        card = self.read_card(db, change.opportunity_id) if moved and self.read_card else None
        return BoardMove(change, card)

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
        text = (
            QCoreApplication.translate("BoardArea", "Won “%s”")
            if won
            else QCoreApplication.translate("BoardArea", "Lost “%s”")
        )
        super().__init__(ctx, text % title, initiator=initiator)
        self.opportunity_id, self.status = opportunity_id, status
        self.reason_id, self.competitor, self.note = reason_id, competitor, note
        self.change: opportunities.CloseChange | None = None  # on the write thread

    def forward(self, db: Database) -> opportunities.CloseChange:
        if self.change is None:
            if self.status == OpportunityStatus.WON:
                change = opportunities.mark_won(db, self.opportunity_id, self.reason_id, self.note)
            else:
                change = opportunities.mark_lost(
                    db, self.opportunity_id, self.reason_id, self.note, self.competitor
                )
        else:
            change = opportunities.reverse_close(db, self.expected(self.change))
        return self._keep(change)

    def backward(self, db: Database) -> opportunities.CloseChange:
        assert self.change is not None
        return self._keep(opportunities.reverse_close(db, self.expected(self.change)))

    def _keep(self, change: opportunities.CloseChange) -> opportunities.CloseChange:
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
        before: opportunities.OpportunityInput,
        after: opportunities.OpportunityInput,
    ) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("BoardArea", "Edit “%s”") % after.title,
            initiator=initiator,
            done=True,
        )
        self.opportunity_id, self.before, self.after = opportunity_id, before, after

    def forward(self, db: Database) -> opportunities.EditChange:
        return self._write(db, self.after)

    def backward(self, db: Database) -> opportunities.EditChange:
        return self._write(db, self.before)

    def _write(
        self, db: Database, data: opportunities.OpportunityInput
    ) -> opportunities.EditChange:
        change = opportunities.update_opportunity(db, self.opportunity_id, data)
        self.remember(change)
        return change
