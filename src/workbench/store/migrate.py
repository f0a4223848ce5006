"""Bringing a database file to the current schema without ever risking the original.

A new file is built at head under a temporary name and linked into place when complete.
An older file is first backed up (verified, see store.backups), then a working copy is
migrated, and only a successful copy is written back over the original with SQLite's
backup API. A failure at any step leaves the original as it was.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import uuid
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import MigrationFailed, NewerVersion, StorageError, WorkbenchError
from workbench.store import bulk_load
from workbench.store.backups import make_backup, sqlite_copy
from workbench.store.db import (
    DriverError,
    check_writable,
    classify_file,
    make_engine,
    read_only_connection,
)
from workbench.store.failures import damaged, explain
from workbench.store.fileops import abandoned, fsync_folder, remove_with_sidecars

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("workbench.migrations")))
    return cfg


_REVISION = re.compile(r"""^revision(?:: *str)? *= *["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision(?:: *[^=]+)? *= *(None|["'][^"']+["'])""", re.MULTILINE
)


@functools.cache
def revision_chain() -> dict[str, str | None]:
    """Every migration script's revision and the one it revises, read from the scripts'
    text. Every start compares the file's revision with the head: importing Alembic to
    answer that cost about 0.35 s, so Alembic loads only when a file needs migrating
    (tests/store/test_migrate.py checks this reading against Alembic's)."""
    chain: dict[str, str | None] = {}
    versions = resources.files("workbench.migrations").joinpath("versions")
    for entry in versions.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        text = entry.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"migration script {entry.name} names no revision")
        chain[revision[1]] = None if down[1] == "None" else down[1].strip("\"'")
    return chain


@functools.cache
def head_revision() -> str:
    """The schema revision this installation writes: the one no other script revises.
    Read once (every sync sends it with each request)."""
    revised = set(revision_chain().values())
    heads = [r for r in revision_chain() if r not in revised]
    if len(heads) != 1:
        raise RuntimeError(f"the migration scripts have {len(heads)} heads: {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(revision_chain())


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
    except DriverError as exc:
        raise explain(exc, path, "reading it") or damaged(path, str(exc)) from exc


def upgrade_file(path: Path, revision: str = "head") -> None:
    from alembic import command

    engine = make_engine(path, immediate=True)
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()


def refuse_newer(path: Path, rev: str | None) -> None:
    if rev is not None and rev not in known_revisions():
        raise NewerVersion(
            f"{path} was written by a newer version of Sales Workbench (schema {rev}). "
            "Install the newer version to open it. The file has not been changed."
        )


Seeder = Callable[[Path], None]


def prepare_database(path: Path, seed: Seeder | None = None) -> str:
    """Create or upgrade the file at `path`; returns what was done: 'created',
    'upgraded' or 'current'. Raises a WorkbenchError, leaving the file unchanged.

    `seed(path)` fills a new database (pipelines, reasons, the user) before it is put in
    place, so a database that exists under its name is always complete.
    """
    state = classify_file(path)
    if state in ("missing", "empty"):
        return "created" if create_database(path, seed) else "current"
    check_writable(path)
    remove_abandoned_files(path)
    rev = current_revision(path)
    if rev != head_revision():
        refuse_newer(path, rev)
    restore_bulk_load(path)
    if rev == head_revision():
        return "current"
    upgrade_in_place(path)
    return "upgraded"


def restore_bulk_load(path: Path) -> None:
    """The indexes and search triggers a bulk write dropped (a first sync), when it was
    killed before it put them back (see store.bulk_load)."""
    try:
        restored = bulk_load.restore_file(path)
    except Exception as exc:
        raise explain(exc, path, "restoring its indexes") or MigrationFailed(
            f"Restoring the indexes of {path} after an interrupted sync failed: {exc}. "
            "The database is unchanged."
        ) from exc
    if restored:
        log.warning("restored %d indexes and triggers of %s", len(restored), path)


def upgrade_in_place(path: Path) -> None:
    """Back up, migrate a copy, and copy it back over the original with SQLite's backup
    API (one transaction): a failure or a kill at any step leaves the original as it was."""
    head = head_revision()
    backup = make_backup(path, label=f"before-{head}")
    log.info("backed up %s to %s before migrating", path, backup)
    # The working copy sits beside the database (same disk, and the next start finds and
    # removes it if this process is killed), not in the system's temporary folder.
    work = path.parent / f".{path.name}.upgrade-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        try:
            shutil.copyfile(backup, work)
            upgrade_file(work)
        except Exception as exc:
            mapped = explain(exc, work, "the upgrade")
            if isinstance(mapped, StorageError):
                raise mapped from exc
            raise MigrationFailed(
                f"Upgrading {path} to the current version failed: {exc}. "
                f"The database is unchanged; a backup is at {backup}."
            ) from exc
        try:
            sqlite_copy(work, path)
        except Exception as exc:
            raise explain(exc, path, "the upgrade") or MigrationFailed(
                f"Writing the upgraded database to {path} failed: {exc}. "
                f"The database is unchanged; a backup is at {backup}."
            ) from exc
    finally:
        remove_with_sidecars(work)


def create_database(path: Path, seed: Seeder | None = None) -> bool:
    """Build a new database under a hidden temporary name and link it into place only
    when complete and marked. Returns False when another process created `path` first
    (its database is then used and ours discarded).

    A kill at any point leaves either no file or a complete one under `path`; the
    temporary leftovers of killed attempts are removed by the next creation.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain(exc, path, "creating the database") or MigrationFailed(
            f"Could not create the folder {folder}: {exc}"
        ) from exc
    check_writable(path)
    remove_abandoned_files(path)
    tmp = folder / f".{path.name}.new-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        upgrade_file(tmp)
        if seed is not None:
            seed(tmp)
        # The last connection closed folds the WAL into the file, so it is whole on its own.
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        placed = _link_into_place(tmp, path)
        fsync_folder(folder)
        return placed
    except Exception as exc:
        mapped = explain(exc, path, "creating the database")
        if mapped is not None and mapped is not exc:
            raise mapped from exc
        if isinstance(exc, WorkbenchError):
            raise
        raise MigrationFailed(f"Could not create the database {path}: {exc}") from exc
    finally:
        remove_with_sidecars(tmp)


def _link_into_place(tmp: Path, path: Path) -> bool:
    try:
        os.link(tmp, path)  # atomic and never replaces an existing file
        return True
    except FileExistsError:
        if classify_file(path) == "empty":  # an empty placeholder: ours takes its place
            os.replace(tmp, path)
            return True
        return False
    except OSError:
        # File systems without hard links (FAT, some network shares): claim the name.
        if path.exists():
            return False
        os.replace(tmp, path)
        return True


#: the temporary files beside a database: creations, upgrades and restores in progress
TEMPORARY_KINDS = ("new", "upgrade", "restore")


def remove_abandoned_files(path: Path) -> None:
    """Remove what killed creations, upgrades and restores of `path` left beside it; the
    files of one still running in another process stay."""
    for kind in TEMPORARY_KINDS:
        for leftover in path.parent.glob(f".{path.name}.{kind}-*"):
            if abandoned(leftover):
                leftover.unlink(missing_ok=True)
