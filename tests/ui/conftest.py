"""Every window test fails when window code runs SQL on the GUI thread (the places still
allowed are listed in tests/conftest.py, KNOWN_GUI_THREAD_SQL), and when one of the
app's own item models breaks Qt's rules for models while the test uses it. `controller`
makes AppControllers, the app around its window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView


@pytest.fixture(autouse=True)
def _no_sql_on_the_gui_thread(gui_sql_guard):  # type: ignore[no-untyped-def]
    return gui_sql_guard


@pytest.fixture(autouse=True)
def _models_checked_by_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's model tester on every model of the app's own that a view shows, for the whole
    test: it checks indexes, parents, counts, flags and the signals around every change (a
    row taken out, a page appended, a reset), which views rely on and otherwise only crash
    on. pytest-qt fails a test in which it reported anything."""
    views = [
        cls
        for cls in vars(QtWidgets).values()
        if isinstance(cls, type)
        and issubclass(cls, QAbstractItemView)
        and "setModel" in vars(cls)  # each view class that has its own
    ]
    for cls in views:
        monkeypatch.setattr(cls, "setModel", _checking(cls.setModel))


def _checking(set_model):  # type: ignore[no-untyped-def]
    def checked(view: QAbstractItemView, model) -> None:  # type: ignore[no-untyped-def]
        set_model(view, model)
        if model is not None and type(model).__module__.startswith("workbench."):
            mode = QAbstractItemModelTester.FailureReportingMode.Warning
            QAbstractItemModelTester(model, mode, model)  # lives as long as the model

    return checked


@pytest.fixture
def controller(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Makes AppControllers on a file (opening on `area` if given) and closes what they
    opened at the end."""
    from PySide6.QtCore import QSettings

    from workbench.app import AppController
    from workbench.ui.background import Runner

    made: list[AppController] = []

    def make(path: Path, area: str = "") -> AppController:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        if area:
            settings.setValue("window/area", area)
        ctl = AppController(path, settings, Runner())
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        ctl.runner.wait(30000)
        if ctl.window is not None:
            window, ctl.window = ctl.window, None
            window.close()
            if window.ctx.db is not None:
                window.ctx.db.close()
