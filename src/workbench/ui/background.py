"""Running database and file work off the GUI thread.

Like Anki's background operations: the function runs on a QThreadPool worker with its
own database session (services open one per call), and its result or exception comes back
on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the caller, who decides how to show it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Runner(QObject):
    """Starts background jobs and keeps their signal objects alive until they report."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn` on the pool; call `on_done(result)` or `on_error(exc)` on the GUI thread.

        A result for a widget that was closed meanwhile is dropped: `owner` (by default the
        object `on_done` is a method of) must still exist when the result arrives.
        """
        signals = _Signals()
        self._live.add(signals)
        if owner is None:
            bound = getattr(on_done, "__self__", None)
            owner = bound if isinstance(bound, QObject) else None

        def gone() -> bool:
            return owner is not None and not shiboken6.isValid(owner)

        def finished(result: Any) -> None:
            self._live.discard(signals)
            if on_done is not None and not gone():
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            if gone():
                log.info("dropped the error of a job whose window has closed: %s", exc)
            elif on_error is not None:
                on_error(exc)
            else:
                log.error("background job failed:\n%s", getattr(exc, "__traceback_text__", exc))

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self.pool.start(_Job(fn, signals))

    def active(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
