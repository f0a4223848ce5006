"""Choosing a related record by typing part of its name."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workbench.services.accounts import list_accounts
from workbench.ui.context import AppContext
from workbench.ui.search_completer import FoldedNames, FoldingCompleter


class AccountPicker(QLineEdit):
    """A line edit that completes account names from the database as you type (queries
    run in the background) and remembers the chosen account's id."""

    account_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Type to search accounts…"))
        self.setClearButtonEnabled(True)
        self._ids: dict[str, uuid.UUID] = {}
        self._account_id: uuid.UUID | None = None
        self._names = FoldedNames(self)
        completer = FoldingCompleter(self._names, self)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._lookup)
        self.textEdited.connect(self._edited)

    def account_id(self) -> uuid.UUID | None:
        # Typed text that matches an account exactly counts as choosing it.
        if self._account_id is None and self.text().strip() in self._ids:
            return self._ids[self.text().strip()]
        return self._account_id

    def set_account(self, account_id: uuid.UUID | None, name: str) -> None:
        self._account_id = account_id
        if account_id is not None:
            self._ids[name] = account_id
        self.setText(name)

    def _edited(self, _text: str) -> None:
        self._account_id = None
        self.account_changed.emit(None)
        self._debounce.start()

    def _lookup(self) -> None:
        text, db = self.text().strip(), self.ctx.db
        if not text:
            return
        self.ctx.runner.run(lambda: list_accounts(db, text, limit=25), self._show)

    def _show(self, rows: list) -> None:  # type: ignore[type-arg]
        for r in rows:
            self._ids[r.name] = r.id
        self._names.setStringList([r.name for r in rows])
        if self.hasFocus() and rows:
            self.completer().complete()

    def _chosen(self, name: str) -> None:
        self._account_id = self._ids.get(name)
        self.account_changed.emit(self._account_id)
