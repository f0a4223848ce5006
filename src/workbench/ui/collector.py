"""Cyclic garbage collected on the GUI thread only.

Python's collector runs on whichever thread happens to allocate past its threshold: with
queries on the worker threads that is usually a worker. A collected cycle that holds Qt
objects (a closed dialog and the Python objects around it) is then torn down on that
worker while the GUI thread may be delivering events to those very objects, and the
process crashes. So the automatic collection is off, and the GUI thread collects between
events, by the same rule Python uses: the oldest generation whose count has passed its
threshold. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks whether a collection is due
INTERVAL_MS = 1000


def collect_due() -> int | None:
    """Collect the generation Python's own rule would collect now; None when none is due."""
    counts, limits = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if limits[g] and counts[g] > limits[g]]
    if not due:
        return None
    generation = max(due)
    gc.collect(generation)
    return generation


def collect_on_gui_thread(app: QObject) -> QTimer:
    """Turn off the automatic collection and collect from `app`'s (the GUI) thread."""
    gc.disable()
    timer = QTimer(app, interval=INTERVAL_MS)
    timer.setObjectName("guiThreadCollector")
    timer.timeout.connect(collect_due)
    timer.start()
    return timer
