"""An open editor told when the record it shows was changed by another writer: a pulled
sync page (a colleague's edit), the board, another dialog.

`RecordWatch` re-reads the record on the read pool whenever a write touches its tables
and compares it with what the editor last showed; a difference from anyone but the
editor itself is announced with `changed(value, text)`. `UnderneathBar` is the
non-modal bar the editor shows then: "anna changed this deal while you were editing:
Reload / Keep editing". Nothing is replaced without the person choosing it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from workbench.domain.base import utcnow
from workbench.store.db import Database
from workbench.ui.changes import OpChanges
from workbench.ui.operations import ReadOp
from workbench.ui.theme import keep_styled, themed

if TYPE_CHECKING:
    from workbench.ui.context import AppContext

#: who made the change, if the record's history says: (db, since) -> a name or None
Author = Callable[[Database, datetime], str | None]


class RecordWatch(QObject):
    """Watches one record for an editor. Call `shown(value)` with what the editor shows
    (after it is read, reloaded or saved); `changed` then reports a different value read
    after someone else's write."""

    changed = Signal(object, str)  # the record as it is now, the words for the bar

    def __init__(
        self,
        ctx: AppContext,
        editor: QObject,
        tables: frozenset[str],
        read: Callable[[Database], Any],
        noun: str,
        author: Author | None = None,
    ) -> None:
        super().__init__(editor)
        self.ctx, self.editor, self.tables, self.read = ctx, editor, tables, read
        self.noun, self.author = noun, author
        self.value: Any = None
        self._known = False
        self._since = utcnow()
        ctx.changes.changed.connect(self._on_changes)

    def shown(self, value: Any) -> None:
        self.value, self._known = value, True
        self._since = utcnow()

    def _on_changes(self, changes: OpChanges) -> None:
        if not self._known or not changes.touches(self.tables):
            return
        own = changes.initiator is self.editor
        read, author, since = self.read, self.author, self._since

        def work(db: Database) -> tuple[Any, str | None]:
            value = read(db)
            if own or value == self.value:
                return value, None
            return value, author(db, since) if author is not None else None

        ReadOp(self.ctx, work, parent=self.editor).success(
            lambda result: self._compare(result, own, changes.initiator is None)
        ).run()

    def _compare(self, result: tuple[Any, str | None], own: bool, outside: bool) -> None:
        value, who = result
        if own:
            self.shown(value)  # our own save: what the editor shows now
            return
        if value == self.value:
            return
        if outside:
            text = self.tr("%s changed this %s while you were editing.") % (
                who or self.tr("A colleague"),
                self.noun,
            )
        else:
            text = self.tr("This %s was changed elsewhere in the window while you were editing.")
            text %= self.noun
        self.changed.emit(value, text)

    def stop(self) -> None:
        self.ctx.changes.changed.disconnect(self._on_changes)


class UnderneathBar(QFrame):
    """The bar over an editor's fields: what changed, Reload, Keep editing."""

    reload = Signal()
    keep = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedUnderneath")
        keep_styled(
            self,
            themed(
                "#changedUnderneath { background: $notice_bg; border: 1px solid $notice_border;"
                " border-radius: 6px; }"
            ),
        )
        self.text = QLabel()
        self.text.setObjectName("changedUnderneathText")
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadRecord")
        self.reload_button.setToolTip(
            self.tr("Show the record as it is now; what you typed here is dropped")
        )
        self.keep_button = QPushButton(self.tr("&Keep editing"))
        self.keep_button.setObjectName("keepEditing")
        self.keep_button.setToolTip(
            self.tr("Keep what you typed; the fields you did not touch show the new values")
        )
        # Inside a dialog, Enter in a field belongs to the form's own default (Save); these
        # buttons are only ever clicked.
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.reload_button.clicked.connect(self._reload)
        self.keep_button.clicked.connect(self._keep)
        self.hide()

    def tell(self, text: str) -> None:
        self.text.setText(text)
        self.show()

    def _reload(self) -> None:
        self.hide()
        self.reload.emit()

    def _keep(self) -> None:
        self.hide()
        self.keep.emit()
