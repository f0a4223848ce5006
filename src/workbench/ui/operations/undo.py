"""One undo convention: a command's redo and undo are operations on the write executor.

Pushing a command runs its action (the first redo) as an operation, so the command is on
the undo stack the moment the person acts, and every later undo or redo queues behind
what came before it: two quick Ctrl+Z presses undo the last two actions, in order, even
while the first is still being written. The layer that made a change computes its
reverse (`services.opportunities.reverse_move` ...); the command only keeps the latest
change record, on the write thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

import shiboken6
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from workbench.ui.messages import show_error
from workbench.ui.operations import WriteOp

if TYPE_CHECKING:
    from workbench.store.db import Database
    from workbench.ui.context import AppContext


class Stamped(Protocol):
    """A change record: the row it changed and the row's stamp right after."""

    @property
    def opportunity_id(self) -> Any: ...

    @property
    def stamp(self) -> str: ...


R = TypeVar("R", bound=Stamped)


class OpUndoCommand(QUndoCommand):
    """Subclasses implement `forward(db)` (the action, later its redo) and `backward(db)`
    (its undo). Both run on the write thread, in order, and return the operation's result
    (a change record), which the change broadcast carries to the initiator.

    `done=True` is for an action a modal dialog has already saved: the first redo is then
    not run again.
    """

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        *,
        initiator: object | None = None,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.initiator = initiator
        self._skip_first = done
        self._first = not done
        self._on_success: Callable[[Any], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        # Whether the database holds the change now. Read and written on the write thread
        # only: the GUI thread's idea (the stack's index) runs ahead of it.
        self.applied = done

    def success(self, fn: Callable[[Any], Any]) -> Self:
        """Called with the action's result once it is saved (not for later redos)."""
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any]) -> Self:
        """Called when the action itself is refused, in place of the usual message."""
        self._on_failure = fn
        return self

    # -- on the write thread ---------------------------------------------------------------

    def forward(self, db: Database) -> Any:
        raise NotImplementedError

    def backward(self, db: Database) -> Any:
        raise NotImplementedError

    def nothing_done(self, result: Any) -> bool:
        """An action that turned out to change nothing leaves no entry to undo."""
        return result is None

    def expected(self, change: R) -> R:
        """`change` with the stamp its row had after this window's latest change to it.

        An undo checks that the row still has the stamp its change left; but undoing the
        second of two changes to a row gives it a new stamp the first change's record
        doesn't know. The executor remembers the latest stamp per row it wrote through
        undoable commands, so only changes made outside the undo history count as newer.
        """
        known = self.ctx.writes.stamps.get(change.opportunity_id)
        return replace(change, stamp=known) if known else change  # type: ignore[type-var]

    def remember(self, change: Stamped) -> None:
        if change.stamp:
            self.ctx.writes.stamps[change.opportunity_id] = change.stamp

    def _forward(self, db: Database) -> Any:
        if self.applied:  # an earlier redo or undo of this command was refused
            return None
        result = self.forward(db)
        self.applied = True
        return result

    def _backward(self, db: Database) -> Any:
        if not self.applied:
            return None
        result = self.backward(db)
        self.applied = False
        return result

    # -- on the GUI thread -----------------------------------------------------------------

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        op = WriteOp(self.ctx, self._forward, parent=self._widget())
        if self._first:
            self._first = False
            op.success(self._action_done).failure(self._action_failed)
        op.run(initiator=self.initiator)

    def undo(self) -> None:
        WriteOp(self.ctx, self._backward, parent=self._widget()).run(initiator=self.initiator)

    def _widget(self) -> QWidget | None:
        return self.initiator if isinstance(self.initiator, QWidget) else None

    def _action_done(self, result: Any) -> None:
        if self.nothing_done(result):
            self._drop()
        elif self._on_success is not None:
            self._on_success(result)

    def _action_failed(self, exc: BaseException) -> None:
        self._drop()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._widget(), exc)

    def _drop(self) -> None:
        """Take an action that was refused (or changed nothing) off the undo stack.

        On top of the stack it goes at once; below newer entries, Qt removes it without
        running it when undo or redo reaches it.
        """
        self.setObsolete(True)
        stack = self.ctx.undo
        if not shiboken6.isValid(stack) or stack.index() != stack.count():
            return
        top = stack.command(stack.count() - 1) if stack.count() else None
        if top is self:
            stack.undo()
