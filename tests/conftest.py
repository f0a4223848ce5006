"""Shared fixtures: a real SQLite file per test, and Qt on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.store.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Keep logs, default databases and backups of every test inside its own tmp_path.
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))


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

    from workbench.ui.background import Runner
    from workbench.ui.changes import ChangeBus
    from workbench.ui.context import AppContext

    runner = Runner()
    context = AppContext(
        db=db, runner=runner, changes=ChangeBus(db), settings=settings, undo=QUndoStack()
    )
    yield context
    runner.wait(30000)
    context.changes.detach()


@pytest.fixture
def main_window(qtbot, db, settings):  # type: ignore[no-untyped-def]
    from workbench.ui.main_window import MainWindow

    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.runner.wait(30000)
