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


@dataclass
class AppContext:
    db: Database
    runner: Runner
    changes: ChangeBus
    settings: QSettings
    undo: QUndoStack
    # The main window points this at its status bar.
    status: Callable[[str], None] = field(default=lambda _text: None)

    @property
    def me(self) -> uuid.UUID:
        return current_user_id(self.db)
