"""The window shows Today as read before the database opens, holds input until it is open,
and opens the database first wherever the first screen can't be read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.services.first_screen import EarlyRead
from workbench.services.setup import open_workbench
from workbench.services.tasks import add_task
from workbench.ui.main_window import MainWindow
from workbench.ui.profile_dialog import ProfileDialog


def _a_day(path: Path) -> list[str]:
    """A database with two tasks due in a moment and one overdue; their titles as Today
    lists them (the day's first, the backlog folded below)."""
    db = open_workbench(path).db
    now = datetime.now(UTC)
    add_task(db, "Overdue report", due_at=now - timedelta(days=2))
    add_task(db, "Call Ola back", due_at=now + timedelta(minutes=1))
    add_task(db, "Send the offer", due_at=now + timedelta(minutes=2))
    db.close()
    return ["Call Ola back", "Send the offer", "Overdue report"]


def _nav_click(qtbot, window: MainWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = window.nav.visualRect(window.nav.model().index(row, 0))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_today_shows_before_the_database_opens_and_input_waits_for_it(
    qtbot,
    controller,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "day.sqlite"
    titles = _a_day(path)
    ctl = controller(path)
    seen: dict[str, object] = {}

    def painted(window: MainWindow) -> None:
        today = window.area_widgets["today"]
        seen["titles"] = [item.title for item in today.items()]
        seen["attached"] = window.attached
        seen["busy"] = QApplication.overrideCursor() is not None
        # A click on "Opportunities" before the database is open does nothing.
        _nav_click(qtbot, window, 1)
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        seen["areas"] = set(window.area_widgets)

    ctl.window_shown.connect(
        lambda w: w.area_widgets["today"].first_rows_painted.connect(lambda: painted(w))
    )
    with qtbot.waitSignal(ctl.window_ready, timeout=20000) as ready:
        ctl.open()
    window = ready.args[0]
    assert seen == {"titles": titles, "attached": False, "busy": True, "areas": {"today"}}
    # Open now: the list is the one shown, and the window takes input.
    assert window.attached and window.ctx.db is not None
    assert QApplication.overrideCursor() is None
    assert [item.title for item in window.area_widgets["today"].items()] == titles
    _nav_click(qtbot, window, 1)
    assert window.current_area() == "board"
    assert "board" in window.area_widgets
    # The start is over (the check and backup of the file may begin) once both are done.
    qtbot.waitUntil(lambda: window._settled, timeout=10000)


def test_a_window_remembered_on_another_area_opens_the_database_first(
    qtbot,
    controller,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "day.sqlite"
    _a_day(path)
    ctl = controller(path, area="leads")
    attached_when_shown: list[bool] = []
    ctl.window_shown.connect(lambda w: attached_when_shown.append(w.attached))
    early = EarlyRead(path)  # begun before Qt, as the command line does
    with qtbot.waitSignal(ctl.window_ready, timeout=20000):
        ctl.open(early)
    assert attached_when_shown == [True]
    assert ctl.window.current_area() == "leads"
    assert early.result() is None  # no items made for a screen not shown


def test_a_new_database_is_made_before_any_window_shows(
    qtbot,
    controller,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    ctl = controller(tmp_path / "new.sqlite")
    attached_when_shown: list[bool] = []
    ctl.window_shown.connect(lambda w: attached_when_shown.append(w.attached))
    with qtbot.waitSignal(ctl.window_ready, timeout=20000) as ready:
        ctl.open()
    assert attached_when_shown == [True]
    assert ready.args[0].area_widgets["today"].items() == []
    assert QApplication.overrideCursor() is None
    # and a first start asks for the person's profile, as before
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ProfileDialog))
    QApplication.activeModalWidget().reject()
