"""Operations: the one way the window changes data.

Like Anki's `aqt.operations`: an operation is a service call with what to do when it
succeeds or fails, run off the GUI thread::

    WriteOp(ctx, lambda db: opps.move_opportunity(db, deal, stage), parent=self)
        .success(lambda change: ctx.status("Moved."))
        .run(initiator=self)

Every write runs on `WriteExecutor`, one worker thread taking operations in the order they
were started, so fast key presses, undo and redo reach the database in the order the
person made them (Anki's taskman does the same with `max_workers=1`). Reads keep running
on the thread pool of `ui.background.Runner` (`ReadOp`). Results and errors come back on
the GUI thread; errors are shown with `show_error` unless a failure callback is given,
and a result for a widget that has been closed is dropped.

The commits an operation makes are broadcast once, when it ends, as
`ChangeBus.changed(OpChanges(tables, initiator, result))`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.ui.changes import ChangeBus
from workbench.ui.messages import show_error

if TYPE_CHECKING:
    from workbench.store.db import Database
    from workbench.ui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Write(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        bus: ChangeBus,
        initiator: object,
        signals: _Signals,
        seq: int = 0,
    ) -> None:
        super().__init__()
        self.fn, self.bus, self.initiator, self.signals = fn, bus, initiator, signals
        self.seq = seq
        self.setAutoDelete(True)

    def run(self) -> None:
        with self.bus.operation(self.initiator, self.seq) as scope:
            try:
                result = self.fn()
            except BaseException as exc:  # delivered to the GUI thread, which shows it
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                # What committed before the failure (an operation may make several
                # commits) is still announced, so no view misses it.
                self.bus.broadcast(scope)
                self.signals.failed.emit(exc)
                return
        # Broadcast before reporting: views have seen the change when `success` runs.
        try:
            self.bus.broadcast(scope, result)
            self.signals.done.emit(result)
        except RuntimeError:  # the app is quitting: the write is saved, no one to tell
            log.info("an operation finished after the window was gone")


class WriteExecutor(QObject):
    """Runs writes one at a time, in the order they were submitted, on one worker."""

    def __init__(
        self, db: Database | None, changes: ChangeBus, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.changes = changes
        # One thread: a single-thread QThreadPool takes its queue first in, first out.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._live: set[_Signals] = set()
        # The stamp each row had after this window's latest undoable change to it (see
        # undo.OpUndoCommand.expected). Only the write thread touches it, in order.
        self.stamps: dict[object, str] = {}
        # How many writes have been submitted: a view compares it with when its own reads
        # ran to know whether a read can have seen a given write (see OpChanges.seq).
        self.submitted = 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        initiator: object | None = None,
    ) -> None:
        signals = _Signals()
        self._live.add(signals)

        def finished(result: Any) -> None:
            self._live.discard(signals)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            on_error(exc)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self.submitted += 1
        self.pool.start(_Write(fn, self.changes, initiator, signals, self.submitted))

    def pending(self) -> int:
        """Writes submitted whose result has not reached the GUI thread yet."""
        return len(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the queued writes have run (at shutdown, so none is lost)."""
        return self.pool.waitForDone(msecs)


def _alive(parent: QObject | None) -> bool:
    return parent is None or shiboken6.isValid(parent)


class _Op(Generic[T]):
    def __init__(
        self, ctx: AppContext, fn: Callable[[Database], T], parent: QWidget | None = None
    ) -> None:
        self._ctx, self._fn, self._parent = ctx, fn, parent
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._progress: str | None = None

    def success(self, fn: Callable[[T], Any] | None) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any] | None) -> Self:
        """Replaces the default (show the error in a message box)."""
        self._failure = fn
        return self

    def with_progress(self, label: str) -> Self:
        """A busy dialog with `label` if the operation takes longer than a moment."""
        self._progress = label
        return self

    def _callbacks(self) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        parent, progress = self._parent, self._start_progress()

        def done(result: Any) -> None:
            if progress is not None:
                progress.close()
            if not _alive(parent):
                return
            if self._success is not None:
                self._success(result)

        def failed(exc: BaseException) -> None:
            if progress is not None:
                progress.close()
            if not _alive(parent):
                log.info("dropped the error of an operation whose window has closed: %s", exc)
            elif self._failure is not None:
                self._failure(exc)
            else:
                show_error(parent, exc)

        return done, failed

    def _start_progress(self) -> QProgressDialog | None:
        if self._progress is None:
            return None
        dialog = QProgressDialog(self._progress, "", 0, 0, self._parent)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        # QProgressDialog opens itself after minimumDuration only once a value is set.
        QTimer.singleShot(0, lambda: dialog.setValue(0) if shiboken6.isValid(dialog) else None)
        return dialog


class WriteOp(_Op[T]):
    """A change to the database, run on the ordered write executor."""

    def run(self, *, initiator: object | None = None) -> None:
        done, failed = self._callbacks()
        db, fn = self._ctx.db, self._fn
        self._ctx.writes.submit(lambda: fn(db), done, failed, initiator)


class ReadOp(_Op[T]):
    """A query, run on the read pool beside the writer."""

    def run(self) -> None:
        done, failed = self._callbacks()
        db, fn = self._ctx.db, self._fn
        self._ctx.runner.run(lambda: fn(db), done, failed, owner=self._parent)
