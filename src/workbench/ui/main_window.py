"""The main window: navigation between areas, menus, status bar, remembered layout."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import APP_NAME, __version__
from workbench.settings import log_dir
from workbench.store.header import is_encrypted
from workbench.ui.areas import Area, all_areas
from workbench.ui.background import Runner
from workbench.ui.changes import ChangeBus
from workbench.ui.context import AppContext
from workbench.ui.language import language_menu
from workbench.ui.messages import error_label, show_error
from workbench.ui.sync.controller import SyncController, SyncState
from workbench.ui.sync.status import SyncStatus
from workbench.ui.theme import keep_styled, scheme_menu, themed

# Dialogs load when first opened, not with the window every start waits for.
if TYPE_CHECKING:
    from workbench.services.today_rows import TodayList
    from workbench.store.db import Database
    from workbench.ui.sync.dialog import SyncDialog

NAV_STYLE = """
QListWidget#navigation { background: $nav; font-size: 11pt; padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 9px 14px; border-radius: 6px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: $nav_selected; color: $nav_selected_ink;
                                        font-weight: 600; }
QListWidget#navigation::item:hover:!selected { background: $nav_hover; }
QListWidget#navigation:focus::item:selected { border: 2px solid $focus; }
"""


def action_text(path: Path) -> str:
    """The File-menu entry for the database's current state (the dialog it opens loads
    when first used)."""
    if is_encrypted(path):
        return QCoreApplication.translate("EncryptionDialog", "&Decrypt database…")
    return QCoreApplication.translate("EncryptionDialog", "&Encrypt database…")


# When the opening area hasn't shown its rows by then, the start counts as over anyway.
SETTLE_LATEST_MS = 3000


class _InputHeld(QObject):
    """While the database opens behind the first screen, the window shows the day and
    holds input (a busy cursor says so): nothing that reads or writes can start before the
    database is open. Scrolling goes on."""

    HELD = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Shortcut,
            QEvent.Type.ContextMenu,
        }
    )

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        assert app is not None
        # On the application: shortcuts reach their actions, not the window's widgets.
        app.installEventFilter(self)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._held = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self.HELD and self._mine(watched)

    def _mine(self, watched: QObject) -> bool:
        """Whether `watched` is the window, one of its widgets or one of their actions."""
        owner: QObject | None = watched
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return owner is not None and owner.window() is self._window

    def release(self) -> None:
        if self._held:
            self._held = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QApplication.restoreOverrideCursor()


class MainWindow(QMainWindow):
    #: emitted once the window has closed (the app quits then, unless it is restoring)
    closed = Signal()
    #: once, when the area the window opened on has shown what it loaded (or could have)
    first_painted = Signal()
    #: once, when the area the window opened on shows what it loaded and the database is
    #: open: the start is over, and the background checks of the file may begin without
    #: slowing it down
    settled = Signal()

    def __init__(
        self,
        db: Database | None,
        settings: QSettings,
        runner: Runner | None = None,
        *,
        restore: Callable[[], object] | None = None,
        user_id: uuid.UUID | None = None,
        path: Path | None = None,
    ) -> None:
        """A window on `db`; or, with `db` None, a window on the file at `path` that is
        shown with Today read before the database was opened (`show_first`) and holds
        input until `attach` gives it the database."""
        super().__init__()
        self._restore = restore
        self.path: Path = db.path if db is not None else path  # type: ignore[assignment]
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} — {self.path.name}")
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.ctx = AppContext(
            db=db,
            runner=runner or Runner(self),
            changes=ChangeBus(db, self),
            settings=settings,
            undo=self.undo_stack,
            me=user_id,  # type: ignore[arg-type]
        )
        self.ctx.status = lambda text: self.statusBar().showMessage(text, 8000)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        keep_styled(self.nav, themed(NAV_STYLE))
        self.stack = QStackedWidget()
        self.areas: list[Area] = all_areas()
        # The areas built so far: each is built when first shown (see _show_row), so the
        # window starts with the one it opens on; the stack holds a placeholder until then.
        self.area_widgets: dict[str, QWidget] = {}
        for area in self.areas:
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(self.tr(area.title))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        self.banner = self._empty_banner()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)
        self.read_only_label = error_label(name="readOnlyNote", wrap=False)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.db_label = QLabel(str(self.path))
        self.sync = SyncController(self.ctx)
        self.sync_dialog: SyncDialog | None = None
        self.sync_status = SyncStatus(self.sync, self.open_sync)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._held: _InputHeld | None = None
        self._restore_layout()
        opening = self.area_widgets.get(self.current_area())
        painted = getattr(opening, "first_rows_painted", None)
        self._painted = self._settled = False
        if painted is not None:
            painted.connect(self._paint_seen)
        if db is not None:
            self._await_paint()
        # A laptop signed in to a team's server gets its data from there: a demo company
        # loaded into it would be uploaded to the team.
        self.sync.state_changed.connect(self._hide_banner_when_signed_in)
        # Reading the sync status (and the first sync) and looking for an empty database
        # wait until the first rows are on screen: on the two workers they would share the
        # interpreter with the opening area's query and delay it.
        self.settled.connect(self._check_empty)
        self.settled.connect(self.sync.start)

    def show_first(self, me: uuid.UUID, today: TodayList) -> None:
        """Before `show`: the first screen, Today as read before the database opened."""
        self._held = _InputHeld(self)
        self.ctx.me = me
        opening = self.area_widgets.get(self.current_area())
        if hasattr(opening, "show_first"):
            opening.show_first(today)
        self._await_paint()

    def abandon(self) -> None:
        """A window built for a first screen that could not be read: it goes unseen."""
        self.deleteLater()

    def _await_paint(self) -> None:
        """From when the window has what it will show: its first paint, or the latest."""
        if hasattr(self.area_widgets.get(self.current_area()), "first_rows_painted"):
            # A window started minimised (or never shown) doesn't paint: the start is over
            # by then anyway, and syncing and backing up must not wait for a glance.
            QTimer.singleShot(SETTLE_LATEST_MS, self._paint_seen)
        else:
            QTimer.singleShot(0, self._paint_seen)

    def _paint_seen(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            self._settle()

    def _settle(self) -> None:
        if self._painted and self.attached and not self._settled:
            self._settled = True
            self.settled.emit()

    @property
    def attached(self) -> bool:
        """Whether the database is open (from the start, or since `attach`)."""
        return self.ctx.db is not None

    def attach(self, db: Database) -> None:
        """The database of the first screen is open: everything can be reached now."""
        self.ctx.attach(db)
        if self._held is not None:
            self._held.release()
        for widget in self.area_widgets.values():
            if hasattr(widget, "attached"):
                widget.attached()
        # Once whoever attached has connected to `settled` (the checks of the file).
        QTimer.singleShot(0, self._settle)

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        company_action = QAction(self.tr("&Company profile…"), self)
        company_action.setObjectName("companyProfile")
        company_action.triggered.connect(self.edit_company_profile)
        file_menu.addAction(company_action)
        # The banner's offer, kept here for whoever dismissed it; only an empty database
        # can take the demo company.
        self.demo_action = QAction(self.tr("Load &demo company"), self)
        self.demo_action.setObjectName("loadDemoAction")
        self.demo_action.setEnabled(False)
        self.demo_action.triggered.connect(self.load_demo)
        file_menu.addAction(self.demo_action)
        backup_action = QAction(self.tr("&Back up database…"), self)
        backup_action.triggered.connect(self.backup_database)
        file_menu.addAction(backup_action)
        if self._restore is not None:
            restore_action = QAction(self.tr("&Restore from backup…"), self)
            restore_action.setObjectName("restoreFromBackup")
            restore_action.triggered.connect(lambda: self._restore and self._restore())
            file_menu.addAction(restore_action)
        self.encryption_action = QAction(action_text(self.path), self)
        self.encryption_action.setObjectName("encryption")
        self.encryption_action.triggered.connect(self.switch_encryption)
        file_menu.addAction(self.encryption_action)
        file_menu.addSeparator()
        sync_action = QAction(self.tr("&Team sync…"), self)
        sync_action.setObjectName("teamSync")
        sync_action.triggered.connect(lambda: self.open_sync())
        file_menu.addAction(sync_action)
        self.sync_now_action = QAction(self.tr("&Sync now"), self)
        self.sync_now_action.setObjectName("syncNow")
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.sync_now_action.triggered.connect(self.sync.sync_now)
        file_menu.addAction(self.sync_now_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z as the README promises, also where the platform's standard redo key
        # is only Ctrl+Y (Windows, and the keyboard scheme Qt falls back on).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, area in enumerate(self.areas):
            action = QAction(self.tr(area.title), self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, key=area.key: self.show_area(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addMenu(scheme_menu(self, self.settings))

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        profile_action = QAction(self.tr("Your &profile…"), self)
        profile_action.setObjectName("yourProfile")
        profile_action.triggered.connect(lambda: self.edit_profile())
        settings_menu.addAction(profile_action)
        settings_menu.setObjectName("settingsMenu")
        settings_menu.addMenu(language_menu(self.settings, self))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open &log folder"), self)
        logs.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        help_menu.addAction(logs)
        about = QAction(self.tr("&About"), self)
        database = self.tr("Database")
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                self.tr("About"),
                f"<b>{APP_NAME}</b> {__version__}<br>{database}: {self.path}",
            )
        )
        help_menu.addAction(about)

    def show_area(self, key: str) -> QWidget:
        """Switch to the area `key` (building it the first time) and return its widget."""
        row = self._row_of(key)
        if row is None:
            raise KeyError(key)
        self.nav.setCurrentRow(row)
        self._show_row(row)  # also when the row was current already
        return self.area_widgets[key]

    def _row_of(self, key: str) -> int | None:
        return next((row for row, area in enumerate(self.areas) if area.key == key), None)

    def _saved_area(self) -> str:
        return str(self.settings.value("window/area", self.areas[0].key))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self._built(row)
            self.stack.setCurrentIndex(row)

    def _built(self, row: int) -> QWidget:
        key = self.areas[row].key
        widget = self.area_widgets.get(key)
        if widget is None:
            widget = self.areas[row].factory(self.ctx)
            self.area_widgets[key] = widget
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return widget

    def current_area(self) -> str:
        return self.areas[max(0, self.nav.currentRow())].key

    # -- empty database: offer the demo company ---------------------------------------------

    def _empty_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("emptyBanner")
        keep_styled(frame, themed("#emptyBanner { background: $banner; border-radius: 6px; }"))
        layout = QHBoxLayout(frame)
        text = QLabel(
            self.tr(
                "This database is empty. Load a demo company (2,000 deals) to look around, "
                "or start by creating an account."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load demo company"))
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self.load_demo)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(frame.hide)
        layout.addWidget(text, 1)
        layout.addWidget(self.demo_button)
        layout.addWidget(dismiss)
        frame.hide()
        return frame

    def _check_empty(self) -> None:
        from workbench.services.stats import is_empty

        db = self.ctx.db
        self.ctx.runner.run(
            lambda: is_empty(db),
            self._show_empty,
            owner=self,
        )

    def _show_empty(self, empty: bool) -> None:
        offer = empty and not self.sync.state.signed_in
        self.banner.setVisible(offer)
        self.demo_action.setEnabled(offer)

    def _hide_banner_when_signed_in(self, state: SyncState) -> None:
        if state.signed_in:
            self.banner.hide()
            self.demo_action.setEnabled(False)

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.demo_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading the demo company…"))
        db = self.ctx.db
        from workbench.services.demo import generate_demo  # only ever needed here

        def done(summary: object) -> None:
            self.banner.hide()
            self.statusBar().showMessage(self.tr("Demo company loaded."), 8000)

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self.demo_action.setEnabled(True)
            show_error(self, exc)

        self.ctx.runner.run(lambda: generate_demo(db, 2000, seed=7), done, failed, owner=self)

    # -- actions ---------------------------------------------------------------------------

    def edit_company_profile(self) -> None:
        """The letterhead of offers: name, address, logo, colour, default currency."""
        from workbench.ui.company_settings import CompanySettingsDialog

        if CompanySettingsDialog(self.ctx, self).exec():
            self.statusBar().showMessage(self.tr("Company profile saved."), 6000)

    def edit_profile(self, first_start: bool = False) -> None:
        """Your name, e-mail, phone and signature: owner in lists, "Your contact" on
        offers. Opened without waiting, so start-up goes on behind it."""
        from workbench.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.ctx, self, first_start=first_start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your profile was saved."), 6000)
        )
        dialog.open()

    def ask_for_profile(self) -> None:
        """At first start, ask for the person's profile once (skippable)."""
        from workbench.services.profile import needs_profile

        db = self.ctx.db
        self.ctx.runner.run(
            lambda: needs_profile(db),
            lambda needed: needed and self.edit_profile(first_start=True),
            lambda _exc: None,  # only a question: not asking is harmless
            owner=self,
        )

    def backup_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            f"workbench-backup-{uuid.uuid4().hex[:6]}.sqlite",
            self.tr("Workbench database (*.sqlite)"),
        )
        if not path:
            return
        from workbench.services.maintenance import backup

        db_path, target = self.ctx.db.path, Path(path)
        self.ctx.runner.run(
            lambda: backup(db_path, target),
            lambda p: self.statusBar().showMessage(self.tr("Backup written to %s") % p, 10000),
            lambda exc: show_error(self, exc),
        )

    def mark_read_only(self, text: str) -> None:
        """Say, where it stays visible, that nothing more can be saved."""
        self.read_only_label.setText(text)
        self.read_only_label.show()
        self.setWindowTitle(f"{APP_NAME} — {self.path.name} ({text})")

    def switch_encryption(self) -> None:
        from workbench.ui.encryption_dialog import EncryptionDialog

        dialog = EncryptionDialog(self.ctx, self)
        dialog.finished.connect(
            lambda _: self.encryption_action.setText(action_text(self.ctx.db.path))
        )
        dialog.open()

    # -- layout memory ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        try:
            self.show_area(self._saved_area())
        except KeyError:
            self.nav.setCurrentRow(0)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/area", self.current_area())
        self.settings.sync()

    def open_sync(self, tab: str = "") -> None:
        """File ▸ Team sync…, on `tab` ("conflicts", "duplicates", …) if named."""
        if self.sync_dialog is None:
            from workbench.ui.sync.dialog import SyncDialog

            self.sync_dialog = SyncDialog(self.sync, self)
        if tab:
            self.sync_dialog.show_tab(tab)
        self.sync_dialog.show()
        self.sync_dialog.raise_()
        self.sync_dialog.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if not self.attached:  # closed on the first screen: nothing was read or written
            if self._held is not None:
                self._held.release()
            super().closeEvent(event)
            self.closed.emit()
            return
        self.sync.shutdown()  # bounded: unsent changes get a few seconds, then wait
        self.ctx.writes.wait(30000)  # queued changes are saved before the window goes
        # A check or backup of a large file is given up (the next start does it again);
        # reads in flight are short.
        self.ctx.runner.stop(10000)
        self.ctx.changes.detach()
        super().closeEvent(event)
        self.closed.emit()
