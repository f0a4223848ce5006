"""Database changes as a Qt signal, so every view refreshes whatever changed it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workbench.store.db import Database


class ChangeBus(QObject):
    """Emits `changed(tables)` on the GUI thread after any commit to the database, from
    whatever thread committed it (the signal is queued across threads)."""

    changed = Signal(frozenset)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        db.add_change_listener(self._on_commit)

    def _on_commit(self, tables: frozenset[str]) -> None:
        self.changed.emit(tables)

    def detach(self) -> None:
        self._db.remove_change_listener(self._on_commit)
