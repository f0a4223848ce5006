"""Running database and file work off the GUI thread.

Like Anki's background operations: the function runs on a QThreadPool worker with its
own database session (services open one per call), and its result or exception comes back
on the GUI thread through a queued signal.

Closing never waits for long work on the file: a job started as `stoppable` (the check of
a large file, the day's backup) is given up when the window closes (`stop`), and once the
app is done (`shutdown`) no result is delivered any more, so a job that ends after its
window has gone never reaches a deleted widget, and no job is left running when Python
exits.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.store.stopping import Stopped, stoppable

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
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal: Any, value: object) -> None:
        # At exit the signals object may be gone before the job ends: nobody is listening.
        if shiboken6.isValid(self.signals):
            signal.emit(value)


class Runner(QObject):
    """Starts background jobs and keeps their signal objects alive until they report."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Signals] = set()
        # Set to give up the stoppable jobs running now; a new one serves later jobs.
        self._stop = threading.Event()
        self._closed = False

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
        stoppable: bool = False,
    ) -> None:
        """Run `fn` on the pool; call `on_done(result)` or `on_error(exc)` on the GUI thread.

        A result for a widget that was closed meanwhile is dropped: `owner` (by default the
        object `on_done` is a method of) must still exist when the result arrives.
        `stoppable` work (reads and checks only) ends with `Stopped` at `stop()`.
        """
        if self._closed:
            return
        signals = _Signals()
        self._live.add(signals)
        if owner is None:
            bound = getattr(on_done, "__self__", None)
            owner = bound if isinstance(bound, QObject) else None
        stop = self._stop
        job = _stoppable(fn, stop) if stoppable else fn

        def gone() -> bool:
            return self._closed or (owner is not None and not shiboken6.isValid(owner))

        def finished(result: Any) -> None:
            self._live.discard(signals)
            if on_done is not None and not gone():
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            if gone() or isinstance(exc, Stopped) or (stoppable and stop.is_set()):
                log.info("dropped the error of a job given up or whose window closed: %s", exc)
            elif on_error is not None:
                on_error(exc)
            else:
                log.error("background job failed:\n%s", getattr(exc, "__traceback_text__", exc))

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self.pool.start(_Job(job, signals))

    def active(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def stop(self, msecs: int = 10000) -> bool:
        """Give up the stoppable jobs running now and wait (at most `msecs`) for the rest;
        True when none is left running."""
        self._stop.set()
        self._stop = threading.Event()
        return self.wait(msecs)

    def shutdown(self, msecs: int = 10000) -> bool:
        """The app is done: nothing more starts or is delivered; running jobs get `msecs`."""
        self._closed = True
        return self.stop(msecs)


def _stoppable(fn: Callable[[], Any], event: threading.Event) -> Callable[[], Any]:
    def job() -> Any:
        with stoppable(event):
            return fn()

    return job
