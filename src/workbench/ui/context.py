"""What every view needs, passed in explicitly (no global state)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from workbench.ui.background import Runner
from workbench.ui.changes import ChangeBus, OpChanges
from workbench.ui.operations import WriteExecutor

if TYPE_CHECKING:
    from workbench.store.db import Database


@dataclass
class AppContext:
    # None while the window shows its first screen and the database is still opening
    # (see MainWindow.attach): nothing that reads or writes can be reached until then.
    db: Database
    runner: Runner
    changes: ChangeBus
    settings: QSettings
    undo: QUndoStack
    # Where every write from the window runs, in order (ui.operations).
    writes: WriteExecutor = field(default=None)  # type: ignore[assignment]
    # The main window points this at its status bar.
    status: Callable[[str], None] = field(default=lambda _text: None)
    # The current user. Whoever opens the database looks it up on that thread and passes
    # it in, so no view waits on the database for it; a change of user arrives as a
    # change of workbench_meta and is read again in the background.
    me: uuid.UUID = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.writes is None:
            self.writes = WriteExecutor(self.db, self.changes, self.changes)
        if self.me is None and self.db is not None:
            # Only callers that opened the database on this thread anyway (the self-test,
            # the benchmarks) leave it out.
            from workbench.services.setup import current_user_id

            self.me = current_user_id(self.db)
        self.changes.changed.connect(self._on_changes)

    def attach(self, db: Database) -> None:
        """The database the window opened on its first screen is open now."""
        self.db = db
        self.writes.db = db
        self.changes.attach(db)

    def _on_changes(self, changes: OpChanges) -> None:
        if "workbench_meta" in changes.tables:
            from workbench.services.setup import current_user_id

            db = self.db
            self.runner.run(lambda: current_user_id(db), self._user_read)

    def _user_read(self, user_id: uuid.UUID) -> None:
        self.me = user_id
