"""What every view needs, passed in explicitly (no global state)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.ui.background import Runner
from workbench.ui.changes import ChangeBus
from workbench.ui.operations import WriteExecutor


@dataclass
class AppContext:
    db: Database
    runner: Runner
    changes: ChangeBus
    settings: QSettings
    undo: QUndoStack
    # Where every write from the window runs, in order (ui.operations).
    writes: WriteExecutor = field(default=None)  # type: ignore[assignment]
    # The main window points this at its status bar.
    status: Callable[[str], None] = field(default=lambda _text: None)

    def __post_init__(self) -> None:
        if self.writes is None:
            self.writes = WriteExecutor(self.db, self.changes, self.changes)

    @property
    def me(self) -> uuid.UUID:
        return current_user_id(self.db)
