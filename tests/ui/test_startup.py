"""Start-up: the window builds only the area it opens on; the others when first opened."""

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.cli import main
from workbench.services.setup import current_user_id
from workbench.ui.background import Runner
from workbench.ui.main_window import SETTLE_LATEST_MS, MainWindow


def test_only_the_area_shown_is_built_at_start(main_window: MainWindow) -> None:
    assert main_window.current_area() == "today"
    assert set(main_window.area_widgets) == {"today"}
    assert main_window.stack.currentWidget() is main_window.area_widgets["today"]


def test_keyboard_and_menu_build_an_area_when_first_opened(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=5000)
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    board = main_window.area_widgets.get("board")
    assert board is not None and type(board).__name__ == "BoardArea"
    assert main_window.stack.currentWidget() is board and board.isVisible()
    assert main_window.nav.currentRow() == 1
    [view] = [m for m in main_window.menuBar().actions() if m.text() == "&View"]
    [products] = [a for a in view.menu().actions() if a.text() == "Products"]
    products.trigger()
    assert main_window.current_area() == "products"
    assert main_window.stack.currentWidget() is main_window.area_widgets["products"]
    # Back to an area built before: the same widget, not a second one.
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentWidget() is board
    assert set(main_window.area_widgets) == {"today", "board", "products"}
    assert main_window.stack.count() == len(main_window.areas)


def test_the_window_opens_on_the_remembered_area_and_builds_only_that(
    qtbot,
    db,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.setValue("window/area", "leads")
    window = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(window)
    window.show()
    assert window.current_area() == "leads"
    assert set(window.area_widgets) == {"leads"}
    assert window.stack.currentWidget() is window.area_widgets["leads"]
    window.ctx.runner.wait(30000)


def test_the_start_up_probe_reports_today_painted_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--deals", "300", "--seed", "3"]) == 0
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "WORKBENCH_STARTUP_PROBE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    painted, ready = [x for x in result.stdout.splitlines() if x.startswith("startup-probe:")]
    # The rows are on screen before the database layer is even imported; the window
    # takes input once the database is open behind them.
    found = re.fullmatch(r"startup-probe: today painted, (\d+) rows \(sqlalchemy (.*)\)", painted)
    assert found is not None, painted
    assert int(found[1]) > 0
    assert found[2] == "not imported"
    assert ready == "startup-probe: ready"


def test_the_modules_of_a_start_leave_out_what_only_some_actions_need() -> None:
    """SQLAlchemy and the models, sync's HTTP client (with `rich` when installed) and
    engine, the keyring, the calendar export, phone number metadata, the dialogs and
    Alembic cost more than 1.5 s of imports together; the window needs none of them before
    Today shows its rows (its first screen is read with sqlite3, and the worker loads what
    the rows need)."""
    heavy = [
        "sqlalchemy",
        "workbench.domain.models",
        "workbench.store.db",
        "workbench.services.today",
        "httpx",
        "rich",
        "keyring",
        "icalendar",
        "alembic",
        "phonenumbers",
        "workbench.deployment",
        "workbench.services.sync.engine",
        "workbench.services.figures",
        "workbench.services.calendar_export",
        "workbench.ui.call_log",
        "workbench.ui.encryption_dialog",
        "workbench.ui.sync.dialog",
    ]
    code = (
        "import sys\n"
        "import workbench.app, workbench.ui.main_window, workbench.ui.today\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_sync_status_of_a_laptop_never_signed_in_does_not_count_the_outbox(db) -> None:  # type: ignore[no-untyped-def]
    """Every change of a database that never synced stays in its outbox (1.2 million
    rows on the 100,000-deal demo): the window's status, read at every start, does not
    count them while no server is signed in; `workbench sync status` still says."""
    from sqlalchemy import event

    from workbench.services.accounts import AccountInput, create_account
    from workbench.services.sync.engine import SyncEngine

    create_account(db, AccountInput(name="Waiting GmbH"))
    statements: list[str] = []

    def capture(_c, _cur, statement, *_a) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.read_engine, "before_cursor_execute", capture)
    engine = SyncEngine(db)
    status = engine.status()
    assert not status.signed_in and status.waiting == 0
    assert not [s for s in statements if "sync_outbox" in s]
    assert engine.status(count_waiting=True).waiting > 0
    assert [s for s in statements if "sync_outbox" in s]
    event.remove(db.read_engine, "before_cursor_execute", capture)


class _Recording(Runner):
    """The window's own runner, noting which jobs it was given, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[str] = []

    def run(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.jobs.append(fn.__qualname__)
        super().run(fn, *args, **kwargs)


def test_the_sync_status_and_the_empty_check_wait_for_the_first_rows(qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    """Both would run on the two workers that Today's query and its formats need at the
    start: they are handed out once the rows are on screen."""
    runner = _Recording()
    window = MainWindow(db, settings, runner, user_id=current_user_id(db))
    qtbot.addWidget(window)
    later = (
        "SyncController._read_status.<locals>.read",
        "MainWindow._check_empty.<locals>.<lambda>",
    )
    assert "TodayArea.reload.<locals>.load" in runner.jobs
    assert not set(later) & set(runner.jobs)
    with qtbot.waitSignal(window.area_widgets["today"].first_rows_painted, timeout=10000):  # type: ignore[attr-defined]
        window.show()
    qtbot.waitUntil(lambda: set(later) <= set(runner.jobs), timeout=10000)
    # The empty database's offer of a demo company.
    qtbot.waitUntil(lambda: window.banner.isVisibleTo(window), timeout=10000)
    runner.wait(30000)


def test_a_window_that_never_paints_settles_all_the_same(qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    """Started minimised, the window paints nothing: syncing and the day's backup don't
    wait for the person to look at it."""
    window = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settled, timeout=SETTLE_LATEST_MS + 5000):
        pass
    assert not window.isVisible()
    window.ctx.runner.wait(30000)
