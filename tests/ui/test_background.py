"""Background jobs at close: long work on the file is given up, and nothing is delivered
to a window that has gone (ui/background.py)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel

from workbench.store.db import Stopped, integrity_problems, read_only_connection, stoppable
from workbench.ui.background import Runner

# Counts to a billion in SQLite: about a minute, unless it is stopped.
ENDLESS = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) "
    "SELECT count(*) FROM n"
)


def _long_read(path: Path) -> int:
    conn = read_only_connection(path)
    try:
        return int(conn.execute(ENDLESS).fetchone()[0])
    finally:
        conn.close()


def test_closing_gives_up_a_long_check_at_once(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    db_path = db.path
    pool = QThreadPool()
    runner = Runner(pool=pool)
    started = threading.Event()
    delivered: list[object] = []

    def work() -> int:
        started.set()
        return _long_read(db_path)

    runner.run(work, delivered.append, delivered.append, stoppable=True)
    assert started.wait(10)
    time.sleep(0.2)
    began = time.monotonic()
    assert runner.stop(20000)
    assert time.monotonic() - began < 3
    qtbot.wait(50)
    assert delivered == []  # given up: neither a result nor an error to show
    # The runner goes on: later jobs run, and a check interrupted by closing reads as
    # stopped, never as damage.
    results: list[object] = []
    runner.run(lambda: integrity_problems(db_path), results.append, stoppable=True)
    qtbot.waitUntil(lambda: results == [[]], timeout=10000)


def test_an_interrupted_check_is_not_damage(tmp_path: Path) -> None:
    db_path = tmp_path / "large.sqlite"
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE t (x INTEGER, y TEXT)")
    conn.execute("CREATE INDEX ix_t ON t (y)")
    conn.execute(
        "INSERT INTO t WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
        "WHERE x < 100000) SELECT x, printf('row %d', x) FROM n"
    )
    conn.commit()
    conn.close()
    assert integrity_problems(db_path, quick=False) == []
    stop = threading.Event()
    stop.set()
    with stoppable(stop):
        try:
            problems = integrity_problems(db_path, quick=False)
        except Stopped:
            problems = None
    assert problems is None


def test_a_read_ending_after_the_window_closed_reaches_nothing(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Quit while a read is in flight: its result arrives after the window is gone and
    the app is done; it is dropped, and the job ends before the runner lets go."""
    pool = QThreadPool()
    runner = Runner(QApplication.instance(), pool=pool)
    label = QLabel()
    release = threading.Event()
    shown: list[str] = []

    def read() -> str:
        release.wait(10)
        return "rows"

    # A lambda: no owner to check, as in the status reads and banners of the window.
    runner.run(read, lambda text: shown.append(label.text() + text))
    label.deleteLater()
    qtbot.wait(20)
    release.set()
    assert runner.shutdown(10000)
    qtbot.wait(50)
    assert shown == []
    runner.run(lambda: "late", shown.append)  # after shutdown nothing starts
    assert pool.waitForDone(1000)
    qtbot.wait(50)
    assert shown == []
