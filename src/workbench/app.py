"""Wiring for the desktop app: logging, the Qt application, the database, the window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from workbench import APP_NAME, ORG_NAME
from workbench.settings import log_dir

log = logging.getLogger("workbench")


def setup_logging() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "workbench.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def run_app(db_path: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    from workbench.errors import WorkbenchError
    from workbench.services.setup import open_workbench
    from workbench.ui.background import Runner
    from workbench.ui.main_window import MainWindow

    log_path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("sales-workbench")

    shown_once = False

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal shown_once
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if not shown_once:
            shown_once = True
            QMessageBox.critical(
                None,
                APP_NAME,
                f"Something went wrong: {exc}\n\nThe details are in {log_path}. "
                "You can keep working; if it happens again, please send that file to IT.",
            )

    sys.excepthook = excepthook
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    runner = Runner(app)
    # Opening may migrate (and back up) a large database: keep the UI alive meanwhile.
    progress = QProgressDialog(f"Opening {db_path.name}…", "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(APP_NAME)
    progress.setMinimumDuration(400)
    windows: list[MainWindow] = []

    def opened(result: object) -> None:
        progress.close()
        window = MainWindow(result.db, settings, runner)  # type: ignore[attr-defined]
        if result.action == "upgraded":  # type: ignore[attr-defined]
            window.statusBar().showMessage(
                "The database was upgraded to this version; a backup was kept.", 15000
            )
        windows.append(window)
        window.show()

    def failed(exc: BaseException) -> None:
        progress.close()
        if isinstance(exc, WorkbenchError):
            QMessageBox.critical(None, APP_NAME, str(exc))
        else:
            log.error("opening %s failed:\n%s", db_path, getattr(exc, "__traceback_text__", exc))
            QMessageBox.critical(
                None, APP_NAME, f"Could not open {db_path}: {exc}\n\nDetails: {log_path}"
            )
        app.exit(2)

    runner.run(lambda: open_workbench(db_path), opened, failed)
    return app.exec()
