"""Wiring for the desktop app: logging, the Qt application, the database, the window.

`AppController` owns the one thing that outlives a window: which database is open. It
opens it in the background, checks a large file while the window is already usable
(read-only until the check passes), takes the day's automatic backup, and, when a file
turns out to be damaged or the person asks for it, closes the window, restores a backup
and opens the result.
"""

from __future__ import annotations

import logging
import sys
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from workbench import APP_NAME, ORG_NAME
from workbench.errors import DatabaseDamaged, WorkbenchError
from workbench.logs import log_unexpected, setup_logging
from workbench.ui.background import Runner
from workbench.ui.collector import collect_on_gui_thread
from workbench.ui.language import chosen_language, follow_language_in_formats, install_translators

if TYPE_CHECKING:
    from workbench.services.first_screen import EarlyRead, FirstScreen
    from workbench.services.setup import OpenResult
    from workbench.store.db import Database
    from workbench.ui.main_window import MainWindow

log = logging.getLogger("workbench")


class AppController(QObject):
    # Damage can be noticed on any thread (a background query); the dialog opens on ours.
    damage_found = Signal(str)
    # A window is shown: with the database open, or on its first screen (see `open`).
    window_shown = Signal(object)
    # For tests and the self-test: a window is up with its database open (or None when
    # opening failed).
    window_ready = Signal(object)

    def __init__(self, db_path: Path, settings: QSettings, runner: Runner) -> None:
        super().__init__()
        self.db_path = db_path
        self.settings = settings
        self.runner = runner
        self.window: MainWindow | None = None
        self.damage_found.connect(self._on_damage)

    # -- opening ---------------------------------------------------------------------------

    def open(self, early: EarlyRead | None = None) -> None:
        """Open the database and show the window.

        Where the window opens on Today and the file is a plain one at the current schema,
        Today is read first with sqlite3 (services/first_screen.py; `early` if the read
        began before Qt was loaded) and the window shows it at once; the database is opened
        behind it once its rows are painted, and the window holds input until then.
        Otherwise the database is opened first, as it always was: a file to upgrade,
        check, decrypt or restore is dealt with before any window shows.
        """
        progress = self._progress(self.tr("Opening %1…").replace("%1", self.db_path.name))
        if str(self.settings.value("window/area", "today")) != "today":
            if early is not None:
                early.cancel()  # its items would only take the interpreter from the start
            self._open_fully(progress)
            return
        if early is None or early.path != self.db_path:
            from workbench.services.first_screen import EarlyRead

            early = EarlyRead(self.db_path)
        early.texts_ready()
        from workbench.ui.main_window import MainWindow

        # Built while the file is read, and shown with what was read: the window takes the
        # time the query would otherwise leave the GUI thread idle.
        window = MainWindow(
            None, self.settings, self.runner, restore=self.offer_restore, path=self.db_path
        )

        def arrived(screen: FirstScreen | None) -> None:
            if screen is None:
                window.abandon()
                self._open_fully(progress)
            else:
                progress.close()
                self._show_first_screen(window, screen)

        def failed(exc: BaseException) -> None:
            log_unexpected(exc, "reading the first screen failed")  # the full open follows
            window.abandon()
            self._open_fully(progress)

        self.runner.run(early.result, arrived, failed, owner=self)

    def _open_fully(self, progress: QProgressDialog) -> None:
        """Open the database, then show the window on it."""
        path = self.db_path

        def opened(pair: tuple[OpenResult, uuid.UUID]) -> None:
            progress.close()
            result, user_id = pair
            self._show_window(result, user_id)

        def failed(exc: BaseException) -> None:
            progress.close()
            self._open_failed(exc)

        self.runner.run(lambda: _opening(path), opened, failed, owner=self)
        # The window's code loads here while the database opens on the worker thread.
        import workbench.ui.main_window  # noqa: F401

    def _show_first_screen(self, window: MainWindow, screen: FirstScreen) -> None:
        """The window on Today as read before the database is open; the database opens
        once its rows are on screen (opening it beside them would share the interpreter
        and delay them)."""
        window.show_first(screen.me, screen.today)
        self._present(window)
        path = self.db_path

        def opened(pair: tuple[OpenResult, uuid.UUID]) -> None:
            result, _user_id = pair
            if self.window is not window:  # closed on its first screen
                result.db.close()
                return
            window.attach(result.db)
            self._opened(window, result)

        def failed(exc: BaseException) -> None:
            if self.window is window:
                # What the first screen showed can't be trusted then: the window goes,
                # and the person is told why, as when opening fails before any window.
                self.window = None
                window.close()
                self._open_failed(exc)

        def begin() -> None:
            self.runner.run(lambda: _opening(path), opened, failed, owner=self)

        # From the event loop: whatever else waits for the first paint (the start-up probe)
        # sees it before the open begins.
        window.first_painted.connect(
            lambda: QTimer.singleShot(0, begin), Qt.ConnectionType.SingleShotConnection
        )

    def _show_window(self, result: OpenResult, user_id: uuid.UUID) -> None:
        from workbench.ui.main_window import MainWindow

        window = MainWindow(
            result.db, self.settings, self.runner, restore=self.offer_restore, user_id=user_id
        )
        self._present(window)
        self._opened(window, result)

    def _present(self, window: MainWindow) -> None:
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        self.window_shown.emit(window)

    def _opened(self, window: MainWindow, result: OpenResult) -> None:
        """The window's database is open: what a start does with it."""
        db = result.db
        db.add_damage_listener(self.damage_found.emit)
        if result.action == "upgraded":
            window.statusBar().showMessage(
                self.tr("The database was upgraded to this version; a backup was kept."), 15000
            )
        if db.damaged:
            self._on_damage("")
        else:
            if not db.writable_now:
                window.statusBar().showMessage(
                    self.tr("Checking the database… changes can be saved in a moment."), 0
                )
            # The check and the backup read the whole file: they begin once the window
            # shows its first rows, so the start doesn't share the disk and CPU with them.
            window.settled.connect(lambda: self._check_and_back_up(db))
            if db.writable_now and result.action != "current":
                # First start with this database (new, or upgraded to this version).
                window.ask_for_profile()
        self.window_ready.emit(window)

    def _check_and_back_up(self, db: Database) -> None:
        if self.window is None or self.window.ctx.db is not db:
            return
        if db.writable_now:
            self._take_daily_backup()
        else:
            self.runner.run(
                db.verify, self._verified, self._background_failed, owner=self, stoppable=True
            )

    def _window_closed(self) -> None:
        # A window closed by a restore is replaced; one the person closed ends the app.
        if self.window is not None:
            self.window = None
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def _verified(self, problems: list[str]) -> None:
        if self.window is not None and not problems:
            self.window.statusBar().showMessage(self.tr("Database checked: all is well."), 5000)
            self._take_daily_backup()

    def _take_daily_backup(self) -> None:
        path = self.db_path
        from workbench.services.maintenance import daily_backup

        def done(target: Path | None) -> None:
            if target is not None:
                log.info("daily backup written to %s", target)

        def failed(exc: BaseException) -> None:
            # Not worth a dialog: say it where the person looks, and try again tomorrow.
            if self.window is not None:
                self.window.statusBar().showMessage(
                    self.tr("Today's automatic backup failed: %1").replace("%1", str(exc)), 0
                )
            if not isinstance(exc, WorkbenchError):
                log_unexpected(exc, "daily backup failed")

        self.runner.run(lambda: daily_backup(path), done, failed, owner=self, stoppable=True)

    def _background_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WorkbenchError):
            if self.window is not None:
                self.window.statusBar().showMessage(str(exc), 0)
        else:
            _show_unexpected(self.window, exc)

    def _open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseDamaged):
            if self.offer_restore(reason=exc.summary):
                return
        elif isinstance(exc, WorkbenchError):
            QMessageBox.critical(None, APP_NAME, str(exc))
        else:
            _show_unexpected(None, exc)
        self.window_ready.emit(None)
        app = QApplication.instance()
        if app is not None:
            app.exit(2)

    # -- damage and restore ----------------------------------------------------------------

    def _on_damage(self, detail: str) -> None:
        window = self.window
        if window is None:
            return
        window.mark_read_only(self.tr("Damaged: nothing more is saved"))
        box = QMessageBox(window)
        box.setObjectName("damageMessage")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(APP_NAME)
        box.setText(
            self.tr(
                "The database %1 is damaged, so Sales Workbench will not save anything more "
                "to it. What you see can still be read and copied."
            ).replace("%1", str(self.db_path))
        )
        if detail:
            box.setDetailedText(detail)
        restore_button = box.addButton(
            self.tr("Restore from backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Keep reading"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore_button:
            self.offer_restore()

    def offer_restore(self, reason: str = "") -> bool:
        """Let the person pick a backup and restore it; True when a restore started."""
        from workbench.ui.backups_dialog import RestoreDialog

        dialog = RestoreDialog(self.db_path, self.runner, self.window, reason=reason)
        if not dialog.exec() or dialog.chosen is None:
            return False
        self.restore_from(dialog.chosen)
        return True

    def restore_from(self, source: Path) -> None:
        """Close the window (and with it the database), restore, and open the result."""
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            if window.ctx.db is not None:
                window.ctx.db.close()
        progress = self._progress(self.tr("Restoring from %1…").replace("%1", source.name))
        path = self.db_path
        from workbench.services.maintenance import restore

        def done(_safety: Path | None) -> None:
            progress.close()
            self.open()

        def failed(exc: BaseException) -> None:
            progress.close()
            if isinstance(exc, WorkbenchError):
                QMessageBox.critical(None, APP_NAME, str(exc))
            else:
                _show_unexpected(None, exc)
            self.open()  # what was there before is still there

        self.runner.run(lambda: restore(path, source), done, failed, owner=self)

    def _progress(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, "", 0, 0)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowTitle(APP_NAME)
        progress.setMinimumDuration(400)
        return progress


def _opening(path: Path) -> tuple[OpenResult, uuid.UUID]:
    from workbench.services.setup import current_user_id, open_workbench

    result = open_workbench(path, background_check=True)
    # Looked up here, off the GUI thread, and kept by the window for its lifetime.
    return result, current_user_id(result.db)


_shown_unexpected = False


def _show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    """Log with the traceback; tell the person once where the details are."""
    global _shown_unexpected
    path = log_unexpected(exc)
    if _shown_unexpected:
        return
    _shown_unexpected = True
    QMessageBox.critical(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "AppController",
            "Something went wrong: %1\n\nThe details are in %2. You can keep working; "
            "if it happens again, please send that file to IT.",
        )
        .replace("%1", str(exc))
        .replace("%2", str(path)),
    )


def run_app(db_path: Path, early: EarlyRead | None = None) -> int:
    """The desktop app on `db_path`; `early` is Today's first screen being read already."""
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("sales-workbench")
    # Between a window closed for a restore and the next one there is no window at all;
    # the controller quits when the person closes the window.
    app.setQuitOnLastWindowClosed(False)
    collect_on_gui_thread(app)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        exc.__traceback__ = tb
        _show_unexpected(None, exc)

    sys.excepthook = excepthook
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    language = chosen_language(settings)
    install_translators(app, language)
    follow_language_in_formats(language)
    if early is not None:
        early.texts_ready()  # its items are made in the language chosen
    from workbench.ui import theme

    theme.follow(app, settings)
    controller = AppController(db_path, settings, Runner(app))
    from workbench.ui import startup_probe

    if startup_probe.wanted():
        startup_probe.watch(controller)
    controller.open(early)
    code = app.exec()
    # Jobs still running (a check or backup given up at close) end before Python does.
    controller.runner.shutdown(10000)
    return code
