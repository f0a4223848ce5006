"""Sync in the window: when it runs, on which thread, and what it says.

Syncs run on a thread of their own (network waits must never reach the GUI thread, and
a sync must not hold up the window's ordered writes while it waits on the network); the
pages it applies are ordinary commits, so the change bus broadcasts them and open views
refresh as for any write. A sync starts shortly after local changes, every few minutes,
on "Sync now", when the server's long poll says a colleague changed something, and once
more (bounded) at quit. Failures are states shown in the status bar, never dialogs.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from workbench import formatting
from workbench.services.sync.transport import SignInNeeded, SyncError
from workbench.texts import counted, fill
from workbench.ui.changes import OpChanges
from workbench.ui.context import AppContext

# The engine (with the rules of applying pulled changes) loads on the worker thread that
# first reads where sync stands, not while the window is being built.
if TYPE_CHECKING:
    import httpx

    from workbench.services.sync.engine import SyncEngine, SyncProgress, SyncReport, SyncStatus

log = logging.getLogger(__name__)

#: After a local change, wait this long for more before syncing (typing, a burst of moves).
DEBOUNCE_MS = 1500
PERIOD_MS = 5 * 60 * 1000
#: A long poll is held this long by the server.
POLL_SECONDS = 25.0
#: At quit, unsent changes get this long to leave.
QUIT_SECONDS = 3.0

# Tables whose commits are sync's own bookkeeping or local settings, not work to send.
_NOT_WORK = frozenset({"workbench_meta", "sync_failure", "sync_refused"})


@dataclass(frozen=True)
class SyncState:
    signed_in: bool = False
    running: bool = False
    progress: SyncProgress | None = None
    status: SyncStatus | None = None
    error: str = ""
    offline: bool = False
    last_report: SyncReport | None = None


class SyncController(QObject):
    """One per window. `state_changed` carries a SyncState each time something changes."""

    state_changed = Signal(object)
    _progress = Signal(object)
    _finished = Signal(object, object)  # report or None, error or None
    _remote = Signal()
    _status_read = Signal(object)

    def __init__(self, ctx: AppContext, client: httpx.Client | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._client = client
        self._engine: SyncEngine | None = None
        self._engine_lock = threading.Lock()
        self.state = SyncState()
        self._thread: threading.Thread | None = None
        self._again = False
        self._stop = threading.Event()
        self._poller: threading.Thread | None = None
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync_now)
        self._period = QTimer(self, interval=PERIOD_MS)
        self._period.timeout.connect(self.sync_now)
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)
        self._remote.connect(self.sync_now)
        self._status_read.connect(self._on_status)
        ctx.changes.changed.connect(self._on_changes)

    @property
    def engine(self) -> SyncEngine:
        with self._engine_lock:
            if self._engine is None:
                from workbench.services.sync.engine import SyncEngine

                self._engine = SyncEngine(self.ctx.db, self._client)
            return self._engine

    # -- starting and stopping -------------------------------------------------------------

    def start(self) -> None:
        """Read where sync stands (off the GUI thread); if signed in, begin syncing."""
        self._read_status(start=True)

    def _begin(self) -> None:
        self._period.start()
        if self._poller is None or not self._poller.is_alive():
            self._stop.clear()
            self._poller = threading.Thread(target=self._poll, name="sync-poll", daemon=True)
            self._poller.start()
        self.sync_now()

    def signed_in_now(self) -> None:
        """After a sign-in from the window: start at once."""
        self._set(signed_in=True, error="", offline=False)
        self._begin()

    def signed_out_now(self) -> None:
        self._stop.set()
        self._period.stop()
        self._debounce.stop()
        self._set(signed_in=False, error="", offline=False, progress=None)
        self._read_status()

    def shutdown(self, seconds: float = QUIT_SECONDS) -> None:
        """At quit: stop polling, and give unsent changes a bounded chance to leave."""
        self._stop.set()
        self._period.stop()
        self._debounce.stop()
        self.ctx.changes.changed.disconnect(self._on_changes)
        running = self._thread
        if running is not None and running.is_alive():
            running.join(seconds)
        elif self.state.signed_in and self.state.status and self.state.status.waiting:
            final = threading.Thread(target=self._quiet_sync, name="sync-quit", daemon=True)
            final.start()
            final.join(seconds)

    def _quiet_sync(self) -> None:
        try:
            self.engine.sync()
        except Exception as exc:  # the app is closing; the changes wait in the outbox
            log.info("sync at quit did not finish: %s", exc)

    # -- running ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.state.signed_in:
            return
        if self._thread is not None and self._thread.is_alive():
            self._again = True
            return
        self._again = False
        self._set(running=True, progress=None)
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            report = self.engine.sync(self._progress.emit)
        except Exception as exc:
            self._finished.emit(None, exc)
            return
        self._finished.emit(report, None)

    def _on_progress(self, progress: SyncProgress) -> None:
        self._set(progress=progress)

    def _on_finished(self, report: SyncReport | None, error: BaseException | None) -> None:
        if error is None:
            self._set(running=False, progress=None, error="", offline=False, last_report=report)
            self._tell(report)
        elif isinstance(error, SignInNeeded):
            self._set(running=False, progress=None, error=str(error), offline=False)
        elif isinstance(error, SyncError):
            self._set(running=False, progress=None, error=str(error), offline=error.transient)
        else:
            log.exception("sync failed", exc_info=error)
            failed = fill(self.tr("Sync failed: %1"), str(error))
            self._set(running=False, progress=None, error=failed, offline=False)
        self._read_status()
        if self._again:
            self.sync_now()

    def _tell(self, report: SyncReport | None) -> None:
        """Records that left this person's view and refused changes are said, not
        silent (in the status bar: nothing stops the work)."""
        if report is None:
            return
        notes = []
        if report.removed:
            notes.append(
                counted(
                    SyncController.tr(
                        "%1 record(s) no longer shared with you left this laptop.",
                        "",
                        report.removed,
                    ),
                    report.removed,
                )
            )
        if report.refused:
            notes.append(
                counted(
                    SyncController.tr(
                        "%1 change(s) refused by the team's server "
                        "(File > Team sync > Refused changes).",
                        "",
                        len(report.refused),
                    ),
                    len(report.refused),
                )
            )
        if notes:
            self.ctx.status(" ".join(notes))

    def _on_changes(self, changes: OpChanges) -> None:
        if not self.state.signed_in:
            return
        if changes.initiator is not None and not changes.tables <= _NOT_WORK:
            self._debounce.start()
        if "sync_conflict" in changes.tables and not self.state.running:
            self._read_status()  # the badge follows "keep theirs" / "restore mine"

    def _poll(self) -> None:
        """The long poll: a colleague's change reaches this window within a second or
        two while both are online. Backs off while the server can't be reached."""
        delay = 5.0
        while not self._stop.is_set():
            try:
                changed = self.engine.wait_for_team(POLL_SECONDS)
            except SyncError:
                self._stop.wait(delay)
                delay = min(delay * 2, 120.0)
                continue
            except Exception:
                log.exception("long poll failed")
                self._stop.wait(60)
                continue
            delay = 5.0
            if changed and not self._stop.is_set():
                self._remote.emit()

    # -- status ----------------------------------------------------------------------------

    def _read_status(self, start: bool = False) -> None:
        def read() -> tuple[SyncStatus, bool]:
            return self.engine.status(), start

        self.ctx.runner.run(read, self._status_read.emit, owner=self)

    def _on_status(self, result: tuple[SyncStatus, bool]) -> None:
        status, start = result
        self._set(status=status, signed_in=status.signed_in)
        if start and status.signed_in:
            self._begin()
        elif (
            status.signed_in
            and not self.state.running
            and not self.state.error
            and status.waiting > status.failing
        ):
            self._debounce.start()  # written while the last sync was on the wire

    def _set(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        self.state_changed.emit(self.state)


def describe(state: SyncState, now: datetime | None = None) -> str:
    """The status bar's words for the state, in the person's language."""
    status = state.status
    waiting = status.waiting if status else 0
    if not state.signed_in:
        return ""
    if state.running:
        p = state.progress
        if p is not None and p.total:
            done, total = formatting.number(p.done), formatting.number(p.total)
            if p.phase == "push":
                return fill(SyncController.tr("Sending %1 of %2…"), done, total)
            return fill(SyncController.tr("Receiving %1 of %2…"), done, total)
        return SyncController.tr("Syncing…")
    if state.offline:
        if waiting:
            return counted(
                SyncController.tr(
                    "Offline: %1 change(s) will be sent when you're back online", "", waiting
                ),
                waiting,
            )
        return SyncController.tr("Offline: your changes will be sent when you're back online")
    if state.error:
        return state.error
    last = status.last_sync if status else None
    text = _synced(last, now) if last else SyncController.tr("Not synced yet")
    if waiting:
        text += " · " + counted(SyncController.tr("%1 waiting", "", waiting), waiting)
    return text


def _synced(when: datetime, now: datetime | None = None) -> str:
    """ "Synced just now", "Synced 5 min ago", "Synced 3 h ago", then the moment."""
    seconds = ((now or datetime.now(UTC)) - when).total_seconds()
    if seconds < 60:
        return SyncController.tr("Synced just now")
    if seconds < 3600:
        minutes = int(seconds // 60)
        return counted(SyncController.tr("Synced %1 min ago"), minutes)
    if seconds < 86400:
        hours = int(seconds // 3600)
        return counted(SyncController.tr("Synced %1 h ago"), hours)
    return fill(SyncController.tr("Synced on %1"), formatting.moment(when))
