"""Where things live on disk. Business data is in the database; per-user UI state is in
QSettings (ui layer); secrets in keyring. This module only knows paths."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_DIR_NAME = "SalesWorkbench"
_dirs = PlatformDirs(APP_DIR_NAME, appauthor=False)


def data_dir() -> Path:
    # WORKBENCH_HOME lets IT or a test move everything of one user elsewhere.
    override = os.environ.get("WORKBENCH_HOME")
    return Path(override) if override else Path(_dirs.user_data_dir)


def log_dir() -> Path:
    override = os.environ.get("WORKBENCH_HOME")
    return Path(override) / "logs" if override else Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / "workbench.sqlite"


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database they belong to, so a --db file keeps its own."""
    return db_path.parent / f"{db_path.stem}-backups"
