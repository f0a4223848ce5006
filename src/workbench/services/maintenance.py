"""Backup, restore and health checks of a database file, for the window and the CLI."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from workbench.errors import DatabaseDamaged, DatabaseRefused, WorkbenchError
from workbench.settings import backup_dir_for
from workbench.store import backups
from workbench.store.backups import BackupInfo, Retention
from workbench.store.db import (
    check_writable,
    classify_file,
    file_key,
    integrity_problems,
    is_encrypted,
    read_only_connection,
    require_healthy,
)
from workbench.store.failures import damaged, explain
from workbench.store.fileops import fsync_folder, remove_with_sidecars
from workbench.store.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    prepare_database,
    refuse_newer,
)
from workbench.texts import fill, translate

RETENTION_KEY = "backup_retention"


def backup(path: Path, target: Path | None = None) -> Path:
    """A verified copy of the database: in its backup folder, or at `target`."""
    require_healthy(path)
    if target is None:
        return backups.make_backup(path, backups.MANUAL)
    if target.exists():
        text = translate("Backups", "%1 already exists; choose a new file name.")
        raise WorkbenchError(fill(text, target))
    return backups.write_verified_copy(path, target)


def list_backups(path: Path) -> list[BackupInfo]:
    return backups.list_backups(path)


def retention(path: Path) -> Retention:
    """The database's retention for daily backups (a local setting kept in its meta)."""
    try:
        conn = read_only_connection(path)
        try:
            row = conn.execute(
                "SELECT value FROM workbench_meta WHERE key = ?", (RETENTION_KEY,)
            ).fetchone()
        finally:
            conn.close()
    except Exception:
        return Retention()
    try:
        return Retention.parse(row[0]) if row else Retention()
    except WorkbenchError:
        return Retention()


def daily_backup(path: Path) -> Path | None:
    """The automatic backup at the first start of a day (run in the background), thinned
    to the retention. None when today's exists already."""
    require_healthy(path)
    backups.remove_partial_files(backup_dir_for(path))
    if is_encrypted(path):
        # A conversion killed after its swap may have left a plain copy behind.
        from workbench.services.encryption import follow_backups

        follow_backups(path)
    return backups.take_daily_backup(path, retention(path))


def restore(path: Path, source: Path) -> Path | None:
    """Replace the database at `path` with the backup `source`; returns the safety copy of
    what was replaced (None when there was nothing). The backup is checked first, so a bad
    file replaces nothing; a kill at any point leaves the old or the restored database."""
    if classify_file(source) != "workbench":
        raise DatabaseRefused(f"{source} is not a Workbench backup; nothing was restored.")
    problems = integrity_problems(source, quick=False)
    if problems:
        raise DatabaseRefused(f"{source} is damaged ({problems[0]}); nothing was restored.")
    rev = current_revision(source)
    if rev is None:
        raise DatabaseRefused(f"{source} has no schema version; nothing was restored.")
    refuse_newer(source, rev)
    try:
        state = classify_file(path)
    except DatabaseDamaged:
        state = "damaged"
    check_writable(path)
    if state == "workbench" and is_encrypted(source) != is_encrypted(path):
        which = (
            "is encrypted and the database is not"
            if is_encrypted(source)
            else ("is not encrypted and the database is")
        )
        raise DatabaseRefused(
            f"{source} {which}; nothing was restored. Switch the database's encryption to "
            "match first (`workbench db encrypt` or `workbench db decrypt`)."
        )
    if state == "workbench" and not integrity_problems(path, quick=True):
        safety: Path | None = backups.make_backup(path, backups.BEFORE_RESTORE)
        try:
            backups.sqlite_copy(source, path)  # one transaction: all of it or nothing
        except Exception as exc:
            raise explain(exc, path, "the restore") or WorkbenchError(
                f"Restoring {path} failed: {exc}. The database is as it was."
            ) from exc
    else:
        safety = _replace_file(path, source)
    prepare_database(path)  # a backup from an older version is upgraded like any database
    return safety


def _replace_file(path: Path, source: Path) -> Path | None:
    """Put a verified copy of `source` at `path` when what is there can't take a
    transactional copy (damaged or absent). The damaged file is kept, renamed, in the
    backup folder under a name that is never taken for a backup."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f".{path.name}.restore-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        backups.write_verified_copy(source, staged, doing="the restore")
        kept: Path | None = None
        if path.exists():
            aside = backup_dir_for(path)
            aside.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            kept = aside / f"{path.stem}-{stamp}.damaged"
            os.link(path, kept)
            wal = Path(f"{path}-wal")
            if wal.exists():
                os.replace(wal, Path(f"{kept}-wal"))  # it belongs to the damaged file
            Path(f"{path}-shm").unlink(missing_ok=True)
        os.replace(staged, path)
        fsync_folder(folder)
        return kept
    finally:
        remove_with_sidecars(staged)


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)


def check(path: Path) -> CheckReport:
    """Everything `db check` says: integrity, schema (and whether this version can open
    it), row counts and the backups there are."""
    report = CheckReport()
    if classify_file(path) != "workbench":
        raise DatabaseRefused(f"There is no Workbench database at {path}.")
    report.lines.append(f"database: {path} ({path.stat().st_size / 1_048_576:.1f} MiB)")
    problems = integrity_problems(path, quick=False)
    if problems:
        report.ok = False
        report.lines += [f"integrity: {p}" for p in problems[:20]]
        report.lines.append(f"what to do: {damaged(path, problems[0]).args[0]}")
        return report
    report.lines.append("integrity: ok")
    key = file_key(path)
    report.lines.append(
        f"encryption: SQLCipher 4, key {key.id_text} in this user's keyring"
        if key is not None
        else "encryption: off"
    )
    rev, head = current_revision(path), head_revision()
    if rev == head:
        report.lines.append(f"schema: {rev} (current)")
    elif rev is not None and rev not in known_revisions():
        report.ok = False
        report.lines.append(
            f"schema: {rev}, written by a newer version of Sales Workbench; this version "
            "can't open it (install the newer version)"
        )
    else:
        report.lines.append(
            f"schema: {rev}, this version expects {head}; opening it will upgrade it "
            "(after a backup)"
        )
    conn = read_only_connection(path)
    try:
        for table in ("opportunity", "account", "contact", "lead", "sync_outbox"):
            n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            report.lines.append(f"{table}: {n} rows")
    except Exception as exc:
        report.ok = False
        report.lines.append(f"tables: {explain(exc, path, 'the check') or exc}")
    finally:
        conn.close()
    found = backups.list_backups(path)
    latest = f", latest {found[0].taken_at.astimezone():%Y-%m-%d %H:%M}" if found else ""
    report.lines.append(f"backups: {len(found)} in {backup_dir_for(path)}{latest}")
    return report
