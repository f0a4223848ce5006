"""A measurement hook for start-up (benchmarks/startup_bench.py, docs/performance.md).

With WORKBENCH_STARTUP_PROBE=1 in the environment, `workbench` prints a line to standard
output once the window has painted the Today screen with its rows, another once its
database is open too (the window takes input from then on), and closes the window:

    startup-probe: today painted, 57 rows (sqlalchemy not imported)
    startup-probe: ready

Whoever started the program times the launch up to that line. Nothing else changes: the
database opens, checks and backs up as at any start.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

ENV = "WORKBENCH_STARTUP_PROBE"


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def watch(controller: QObject) -> None:
    """Report on the first window `controller` (an AppController) puts up."""
    state: dict[str, object] = {"painted": False, "ready": None}
    controller.window_shown.connect(lambda w: _window_shown(w, state))  # type: ignore[attr-defined]
    controller.window_ready.connect(lambda w: _window_ready(w, state))  # type: ignore[attr-defined]


def _window_shown(window: QWidget, state: dict[str, object]) -> None:
    today = window.area_widgets.get("today")  # type: ignore[attr-defined]
    if today is None:
        print("startup-probe: the window did not open on Today", file=sys.stderr, flush=True)
        QApplication.exit(1)
        return
    today.first_rows_painted.connect(lambda: _painted(today, state))  # type: ignore[attr-defined]


def _painted(today: QWidget, state: dict[str, object]) -> None:
    rows = len(today.items())  # type: ignore[attr-defined]
    # Whether the first screen came before the database layer (services/first_screen.py).
    orm = "imported" if "sqlalchemy" in sys.modules else "not imported"
    print(f"startup-probe: today painted, {rows} rows (sqlalchemy {orm})", flush=True)
    state["painted"] = True
    if state["ready"] is not None:
        _close(today.window())


def _window_ready(window: QWidget | None, state: dict[str, object]) -> None:
    if window is None:
        print("startup-probe: the database did not open", file=sys.stderr, flush=True)
        QApplication.exit(1)
        return
    state["ready"] = window
    if state["painted"]:
        _close(window)


def _close(window: QWidget) -> None:
    # Once the database is open too, so the time to a usable window is known; closed the
    # way the person quits: background work (the day's backup, the check of a large file)
    # is given up or waited for as then.
    print("startup-probe: ready", flush=True)
    window.close()
