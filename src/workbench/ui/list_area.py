"""A searchable, incrementally loaded list with New / Edit / Delete: the shape shared by
the accounts and contacts areas (and any later list of records)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.store.db import Database
from workbench.ui.changes import OpChanges
from workbench.ui.column_layout import ColumnLayout
from workbench.ui.context import AppContext
from workbench.ui.operations import WriteOp
from workbench.ui.paged_model import Column, PagedTableModel


def column_layout_for(
    table: QTableView, model: PagedTableModel[Any], key: str, settings: QSettings
) -> ColumnLayout:
    """The shared column rules (see column_layout) for a table over `model`'s columns:
    the one marked primary stretches (else the first), those with a width keep it, those
    marked whole are never squeezed, those marked as names keep a readable width."""
    columns = model.columns()
    primary = next((i for i, c in enumerate(columns) if c.primary), 0)
    for i, column in enumerate(columns):
        if column.width is not None:
            table.setColumnWidth(i, column.width)
    fixed = [i for i, c in enumerate(columns) if c.width is not None]
    whole = [i for i, c in enumerate(columns) if c.whole]
    names = [i for i, c in enumerate(columns) if c.name]
    return ColumnLayout(
        table, key, settings, primary=primary, fixed=fixed, whole=whole, names=names
    )


#: how many further pages a list loads to reach a record it was asked to show
MAX_FOCUS_PAGES = 50


class ListArea(QWidget):
    #: tables whose changes make this list reload
    watches: frozenset[str] = frozenset()
    noun = "record"
    # Whole phrases rather than the noun put into one: other languages inflect around it.
    new_text = QT_TRANSLATE_NOOP("ListArea", "New record")
    saved_text = QT_TRANSLATE_NOOP("ListArea", "Record saved.")

    def __init__(
        self, ctx: AppContext, columns: Sequence[Column[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.new_button = QPushButton(QCoreApplication.translate("ListArea", self.new_text))
        self.new_button.setObjectName("new")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(False)
        self.model: PagedTableModel[Any] = PagedTableModel(ctx.runner, columns, self._fetcher())
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves a list that isn't edited cell by cell
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.columns = column_layout_for(self.table, self.model, f"{self.noun}s", ctx.settings)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        # Searching as you type, without a query per keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._reselect: uuid.UUID | None = None
        self._focus: uuid.UUID | None = None
        self._focus_pages = 0
        self.model.loaded.connect(self._update_count)
        self.model.loaded.connect(self._restore_selection)
        self.model.failed.connect(lambda msg: ctx.status(self.tr("Loading failed: %s") % msg))
        ctx.changes.changed.connect(self._on_changes)

        open_action = QAction(self.tr("Open"), self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.edit_selected)
        self.table.addAction(open_action)
        delete_action = QAction(self.tr("Delete"), self)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        self.model.fetchMore()

    # -- to implement ----------------------------------------------------------------------

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def count(self, search: str) -> int:
        raise NotImplementedError

    def open_dialog(self, record_id: uuid.UUID | None) -> bool | uuid.UUID:
        """Show the create (None) or edit dialog: the saved record's id (or True) if
        something was saved, else False."""
        raise NotImplementedError

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        """Runs on the write thread."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(row)

    # -- behaviour -------------------------------------------------------------------------

    def _fetcher(self) -> Callable[[int, int], list[Any]]:
        search = self.search.text() if hasattr(self, "search") else ""
        return lambda offset, limit: self.fetch_page(search, offset, limit)

    def reload(self) -> None:
        # Keep the record the user was working on selected across the reload that their own
        # change (or any other) triggers, so the next action applies to it.
        row = self.selected_row()
        self._reselect = row.id if row is not None else None
        self.model.reload(self._fetcher())

    def show_record(self, record_id: uuid.UUID) -> None:
        """Select `record_id` and scroll to it, now if it is loaded, else as the pages it
        may be on arrive (a new record sorts anywhere in the list)."""
        self._focus = record_id
        self._focus_pages = 0
        if not self.model.is_loading():
            # Not dropped if missing: the reload that brings it may not have started yet.
            self._show_focus(drop=False)

    def _show_focus(self, *, drop: bool = True) -> bool:
        """True while a record asked for by show_record is still on its way."""
        record_id = self._focus
        if record_id is None:
            return False
        index = self.index_of(record_id)
        if index.isValid():
            self._focus = None
            self.table.selectRow(index.row())
            self.table.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)
            return False
        if self.model.canFetchMore() and self._focus_pages < MAX_FOCUS_PAGES:
            self._focus_pages += 1
            self.model.fetchMore()
            return True
        if drop and not self.model.canFetchMore():
            self._focus = None  # not in this list (filtered out by the search)
        return False

    def _restore_selection(self) -> None:
        if self._show_focus():
            return
        record_id, self._reselect = self._reselect, None
        if record_id is None or self.selected_row() is not None:
            return
        index = self.index_of(record_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_count(self) -> None:
        search = self.search.text()
        self.ctx.runner.run(
            lambda: self.count(search),
            lambda n: self.count_label.setText(ListArea.tr("%n found", "", n)),
            owner=self,
        )

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(self.watches):
            self.reload()

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def create(self) -> None:
        self._after_dialog(self.open_dialog(None))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._after_dialog(self.open_dialog(row.id))

    def _after_dialog(self, saved: bool | uuid.UUID) -> None:
        if not saved:
            return
        self.ctx.status(QCoreApplication.translate("ListArea", self.saved_text))
        if isinstance(saved, uuid.UUID):
            self.show_record(saved)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete %s?") % self.describe(row)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        what = self.describe(row)
        WriteOp(self.ctx, lambda db: self.delete(db, row.id), parent=self).success(
            lambda _r: self.ctx.status(self.tr("%s deleted.") % what)
        ).run(initiator=self)

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def index_of(self, record_id: uuid.UUID) -> QModelIndex:
        for i, r in enumerate(self.model.rows()):
            if r.id == record_id:
                return self.model.index(i, 0)
        return QModelIndex()
