"""Cyclic garbage is collected on the GUI thread, never on a worker that happens to
allocate (workbench.ui.collector)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from workbench.ui.background import Runner


class _Cycle:
    """An object in a reference cycle, noting the thread that finally frees it (one holding
    a widget, freed on a worker, crashes the process: this one only tells)."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_holding_widgets_are_freed_on_the_gui_thread_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()  # the application turned the automatic collection off
    _Cycle.freed_on.clear()
    for _ in range(50):
        _Cycle()
    runner = Runner()
    done: list[bool] = []

    def allocate() -> None:
        # Far past every threshold: an automatic collection would run here, on the worker.
        junk = [[object()] for _ in range(200_000)]
        del junk

    runner.run(allocate, lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    # Enough new objects alive that Python's rule says a collection is due; the GUI
    # thread's timer then runs it (it may have run already while the worker allocated).
    due = [[] for _ in range(gc.get_threshold()[0] + 100)]
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 50, timeout=5000)
    del due
    assert set(_Cycle.freed_on) == {threading.main_thread().name}  # never on the worker
    assert QApplication.instance() is not None
    runner.wait(5000)
