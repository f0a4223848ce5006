"""Bringing a database file to the current schema without ever risking the original.

A new file is created at head. An older file is first backed up (SQLite online backup
API), then a working copy is migrated, and only a successful copy is written back over the
original, again with the backup API. A failure at any step leaves the original as it was.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from workbench.errors import DatabaseRefused, MigrationFailed
from workbench.settings import backup_dir_for
from workbench.store.db import classify_file, make_engine, read_only_connection

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("workbench.migrations")))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(path: Path) -> str | None:
    """The file's schema revision, read without writing to it."""
    try:
        conn = read_only_connection(path)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            f"{path} is damaged and can't be read ({exc}). It has not been changed."
        ) from exc


def upgrade_file(path: Path, revision: str = "head") -> None:
    engine = make_engine(path, immediate=True)
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy a live database consistently (including its WAL) with SQLite's backup API."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup_database(path: Path, label: str = "manual") -> Path:
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{label}.sqlite"
    sqlite_backup(path, target)
    return target


def prepare_database(path: Path) -> str:
    """Create or upgrade the file at `path`; returns what was done: 'created',
    'upgraded' or 'current'. Raises DatabaseRefused or MigrationFailed, leaving the file
    unchanged."""
    state = classify_file(path)
    head = head_revision()
    if state in ("missing", "empty"):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            upgrade_file(path)
        except Exception as exc:
            if state == "missing":
                _remove_db_files(path)
            raise MigrationFailed(f"Could not create the database {path}: {exc}") from exc
        return "created"

    rev = current_revision(path)
    if rev == head:
        return "current"
    if rev is not None and rev not in known_revisions():
        raise DatabaseRefused(
            f"{path} was written by a newer version of Sales Workbench (schema {rev}). "
            "Install the newer version to open it. The file has not been changed."
        )
    backup = backup_database(path, label=f"before-{head}")
    log.info("backed up %s to %s before migrating", path, backup)
    with tempfile.TemporaryDirectory(prefix="workbench-migrate-") as tmp:
        work = Path(tmp) / "work.sqlite"
        shutil.copyfile(backup, work)
        try:
            upgrade_file(work)
        except Exception as exc:
            raise MigrationFailed(
                f"Upgrading {path} to the current version failed: {exc}. "
                f"The database is unchanged; a backup is at {backup}."
            ) from exc
        sqlite_backup(work, path)
    return "upgraded"


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
