"""A measurement hook for start-up (benchmarks/startup_bench.py, docs/performance.md).

With WORKBENCH_STARTUP_PROBE=1 in the environment, `workbench` prints one line to standard
output once the window has painted the Today screen with its rows, then closes the window:

    startup-probe: today painted, 57 rows

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
    controller.window_ready.connect(_window_ready)  # type: ignore[attr-defined]


def _window_ready(window: QWidget | None) -> None:
    today = None if window is None else window.area_widgets.get("today")  # type: ignore[attr-defined]
    if today is None:
        print("startup-probe: the window did not open on Today", file=sys.stderr, flush=True)
        QApplication.exit(1)
        return
    today.first_rows_painted.connect(lambda: _report(today))  # type: ignore[attr-defined]


def _report(today: QWidget) -> None:
    rows = len(today.items())  # type: ignore[attr-defined]
    print(f"startup-probe: today painted, {rows} rows", flush=True)
    # The way the person quits: background work (the day's backup, the check of a large
    # file) is given up or waited for as then.
    today.window().close()
