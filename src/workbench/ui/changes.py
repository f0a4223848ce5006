"""Database changes as a Qt signal, so every view refreshes whatever changed it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from workbench.store.db import Database


@dataclass(frozen=True)
class OpChanges:
    """What one write changed and who started it.

    `initiator` is the object that ran the operation (a view, usually), or None for writes
    the window did not start (the daily backup, demo loading, later sync): a view skips
    the general refresh of changes it initiated itself, because it has already shown them
    or refreshes exactly what the operation's `result` names.
    """

    tables: frozenset[str]
    initiator: object | None = None
    result: Any = None
    # The write's place in the order the window submitted writes (WriteExecutor.submitted
    # right after it was submitted); 0 for writes the window did not start.
    seq: int = 0

    def touches(self, tables: frozenset[str] | set[str]) -> bool:
        return bool(self.tables & tables)


@dataclass
class _OpScope:
    initiator: object | None
    seq: int = 0
    tables: set[str] = field(default_factory=set)


# The operation running on this thread, if any. The initiator travels from the write
# executor to the commit listener through this variable rather than as a parameter:
# Database.notify runs synchronously in the committing thread, inside the service call the
# executor made, so a value set around that call is seen by the listener, while the store
# and the services stay free of any notion of who asked (they are shared with the CLI).
# A context variable and not a thread-local because it is reset exactly by its token, and
# jobs on other threads (backups, imports) never see it.
_current_op: ContextVar[_OpScope | None] = ContextVar("workbench_current_op", default=None)


class ChangeBus(QObject):
    """Emits `changed(OpChanges)` on the GUI thread after any commit to the database, from
    whatever thread committed it (the signal is queued across threads).

    Commits made inside a window operation are gathered and broadcast once when the
    operation ends, with its initiator and result; any other commit is broadcast at once
    with no initiator."""

    changed = Signal(object)

    def __init__(self, db: Database | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Listen to `db` (a window opened before its database listens once it is open)."""
        self._db = db
        db.add_change_listener(self._on_commit)

    def _on_commit(self, tables: frozenset[str]) -> None:
        scope = _current_op.get()
        if scope is not None:
            scope.tables |= tables
        else:
            self.changed.emit(OpChanges(tables))

    @contextmanager
    def operation(self, initiator: object | None, seq: int = 0) -> Iterator[_OpScope]:
        """Gather the commits made in this block (on this thread) into one scope."""
        scope = _OpScope(initiator, seq)
        token = _current_op.set(scope)
        try:
            yield scope
        finally:
            _current_op.reset(token)

    def broadcast(self, scope: _OpScope, result: Any = None) -> None:
        if scope.tables:
            self.changed.emit(
                OpChanges(frozenset(scope.tables), scope.initiator, result, scope.seq)
            )

    def detach(self) -> None:
        if self._db is not None:
            self._db.remove_change_listener(self._on_commit)
