"""Backup, restore and health checks of a database file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import DatabaseRefused, WorkbenchError
from workbench.store.db import classify_file, read_only_connection
from workbench.store.migrate import (
    backup_database,
    current_revision,
    head_revision,
    prepare_database,
    sqlite_backup,
)


def _require_workbench(path: Path) -> None:
    state = classify_file(path)
    if state != "workbench":
        raise DatabaseRefused(f"There is no Workbench database at {path}.")


def backup(path: Path, target: Path | None = None) -> Path:
    _require_workbench(path)
    if target is None:
        return backup_database(path)
    if target.exists():
        raise WorkbenchError(f"{target} already exists; choose a new file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    sqlite_backup(path, target)
    return target


def _integrity_problems(path: Path) -> list[str]:
    conn = read_only_connection(path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [
            f"broken reference in {t} row {rowid} to {parent}" for t, rowid, parent, _ in fk
        ]
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"unreadable: {exc}"]
    finally:
        conn.close()


def restore(path: Path, source: Path) -> Path:
    """Replace the database at `path` with the backup `source`; returns the safety backup
    of what was replaced. The backup is checked first, so a bad file replaces nothing."""
    if classify_file(source) != "workbench":
        raise DatabaseRefused(f"{source} is not a Workbench backup.")
    problems = _integrity_problems(source)
    if problems:
        raise DatabaseRefused(f"{source} is damaged ({problems[0]}); nothing was restored.")
    rev = current_revision(source)
    if rev is None:
        raise DatabaseRefused(f"{source} has no schema version; nothing was restored.")
    state = classify_file(path)
    safety = backup_database(path, "before-restore") if state == "workbench" else path
    path.parent.mkdir(parents=True, exist_ok=True)
    sqlite_backup(source, path)
    prepare_database(path)  # a backup from an older version is upgraded like any database
    return safety


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)


def check(path: Path) -> CheckReport:
    report = CheckReport()
    _require_workbench(path)
    report.lines.append(f"database: {path} ({path.stat().st_size / 1_048_576:.1f} MiB)")
    problems = _integrity_problems(path)
    if problems:
        report.ok = False
        report.lines += [f"integrity: {p}" for p in problems[:20]]
    else:
        report.lines.append("integrity: ok")
    rev, head = current_revision(path), head_revision()
    if rev == head:
        report.lines.append(f"schema: {rev} (current)")
    else:
        report.lines.append(
            f"schema: {rev}, this version expects {head}; opening it will upgrade it"
        )
    conn = read_only_connection(path)
    try:
        for table in ("opportunity", "account", "contact", "lead", "sync_outbox"):
            n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            report.lines.append(f"{table}: {n} rows")
    except sqlite3.DatabaseError as exc:
        report.ok = False
        report.lines.append(f"tables: {exc}")
    finally:
        conn.close()
    return report
