"""Giving up long work on a file when the app closes (see ui.background.Runner)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class Stopped(Exception):
    """Long work on a file (a check, a copy) given up because the app is closing. Says
    nothing about the file: a check stopped half-way has found nothing wrong yet."""


# Set while a job that may be given up runs (ui.background.Runner's `stoppable` jobs):
# every connection it opens polls the event, so quitting never waits for a 2 GB check.
_stop: ContextVar[threading.Event | None] = ContextVar("workbench_stop", default=None)
#: SQLite virtual-machine steps between two looks at the stop event (well under 10 ms)
STOP_POLL_STEPS = 20_000


@contextmanager
def stoppable(event: threading.Event) -> Iterator[None]:
    """Within the block, file checks and copies end with `Stopped` once `event` is set."""
    token = _stop.set(event)
    try:
        yield
    finally:
        _stop.reset(token)


def stop_event() -> threading.Event | None:
    """The event of the stoppable job running in this context, if any."""
    return _stop.get()


def raise_if_stopped() -> None:
    event = _stop.get()
    if event is not None and event.is_set():
        raise Stopped("stopped: the app is closing")
