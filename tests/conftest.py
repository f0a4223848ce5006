"""Shared fixtures: a real SQLite file per test, and Qt on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from workbench.store.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The sync server's fixtures (PostgreSQL and SQLite databases, a team), for tests/server
# and tests/sync alike.
pytest_plugins = ["tests.server_fixtures"]

# CI explores the same examples on every run, so a landing never depends on a lucky draw;
# developers' runs keep drawing new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def qapp(qapp_args, pytestconfig):  # type: ignore[no-untyped-def]
    """The session's application (made here, or earlier by a command run in-process, such
    as the self-test), collecting cyclic garbage on the GUI thread as the app does
    (workbench.ui.collector): collected on a worker, a cycle holding widgets crashed a run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.ui.collector import collect_on_gui_thread

    app = QApplication.instance() or QApplication(qapp_args)
    app.setApplicationName(pytestconfig.getini("qt_qapp_name"))
    if app.findChild(QTimer, "guiThreadCollector") is None:
        collect_on_gui_thread(app)
    return app


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Keep logs, default databases and backups of every test inside its own tmp_path.
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _british_formats() -> Iterator[None]:
    # Figures and days read the same on every machine, whatever its locale.
    from workbench import formatting

    formatting.set_current_locale("en_GB")
    yield
    formatting.set_current_locale(None)


@pytest.fixture(autouse=True)
def keyring_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A real keyring (keyrings.alt's plain file backend) in tmp_path, for this process and
    for the `workbench` processes a test starts: no test touches the user's keyring."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    data_home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(data_home / "python_keyring" / backend.filename)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    from workbench.services.setup import open_workbench

    database = open_workbench(db_path).db
    yield database
    database.close()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(qtbot, db, settings):  # type: ignore[no-untyped-def]
    """An AppContext like the main window's, for testing one area on its own."""
    from PySide6.QtGui import QUndoStack

    from workbench.services.setup import current_user_id
    from workbench.ui.background import Runner
    from workbench.ui.changes import ChangeBus
    from workbench.ui.context import AppContext

    runner = Runner()
    context = AppContext(
        db=db,
        runner=runner,
        changes=ChangeBus(db),
        settings=settings,
        undo=QUndoStack(),
        me=current_user_id(db),
    )
    yield context
    context.writes.wait(30000)
    runner.wait(30000)
    context.changes.detach()


@pytest.fixture
def main_window(qtbot, db, settings):  # type: ignore[no-untyped-def]
    from workbench.services.setup import current_user_id
    from workbench.ui.main_window import MainWindow

    window = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.runner.wait(30000)


TESTS = str(Path(__file__).parent) + "/"

# Where the window may still run SQL on the GUI thread (file:function of the innermost
# ui/ frame): nowhere. Anything found fails the UI tests (the guard is on for all of
# tests/ui/); a place that truly can't avoid it would be named here with the reason.
KNOWN_GUI_THREAD_SQL: frozenset[str] = frozenset()


@pytest.fixture
def gui_sql_guard():  # type: ignore[no-untyped-def]
    """Fail a test in which window code runs an SQL statement on the GUI thread.

    Statements the test itself runs (setting up data, checking results) are allowed:
    only those whose innermost frame of window or test code is in workbench/ui/ count,
    so a test that queries while a modal dialog's event loop runs is not blamed on the
    dialog. Every engine is watched, so databases a test opens itself (the app
    controller's) are covered too."""
    import threading
    import traceback

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    found: list[str] = []

    def check(*_args: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        frames = [
            f
            for f in traceback.extract_stack()[:-1]  # not this function's own frame
            if "/workbench/ui/" in f.filename or f.filename.startswith(TESTS)
        ]
        if frames and "/workbench/ui/" in frames[-1].filename:
            where = f"{Path(frames[-1].filename).name}:{frames[-1].name}"
            if where not in KNOWN_GUI_THREAD_SQL and where not in found:
                found.append(where)

    event.listen(Engine, "before_cursor_execute", check)
    yield found
    event.remove(Engine, "before_cursor_execute", check)
    assert not found, f"SQL on the GUI thread from {', '.join(found)}"
