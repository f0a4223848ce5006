"""Shared pieces of the fault suites: running the CLI as a user does, and the checks
that say a database file is whole."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from workbench.store.backups import list_backups

WORKER = Path(__file__).with_name("worker.py")

#: names only temporary files have: killed creations, backups, restores and upgrades
TEMPORARY_MARKS = (".partial", ".new-", ".restore-", ".upgrade-")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "WORKBENCH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env


def cli(
    db: Path,
    *args: str,
    home: Path,
    timeout: float = 120,
    prefix: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`workbench --db DB ARGS...` in its own process, as a person would run it."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "workbench", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or env_for(home),
    )


def integrity(path: Path) -> list[str]:
    """What PRAGMA integrity_check finds wrong with `path` ([] when whole), read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def scalar(path: Path, sql: str, *params: object) -> object:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def unstamped_changes(path: Path) -> list[str]:
    """Synced rows whose current stamp has no outbox entry (a change sync would miss)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if {"id", "stamp", "deleted"}
            <= {c[1] for c in conn.execute(f'PRAGMA table_info("{r[0]}")')}
        ]
        missing = []
        for table in tables:
            n = conn.execute(
                f'SELECT count(*) FROM "{table}" t WHERE NOT EXISTS (SELECT 1 FROM sync_outbox o'
                f" WHERE o.table_name = ? AND o.row_id = t.id AND o.stamp = t.stamp)",
                (table,),
            ).fetchone()[0]
            if n:
                missing.append(f"{table}: {n} rows")
        return missing
    finally:
        conn.close()


def broken_backups(db: Path) -> list[str]:
    """Every file named like a backup of `db` must be a whole database."""
    return [
        f"{info.path.name}: {problems[0]}"
        for info in list_backups(db)
        if (problems := integrity(info.path))
    ]


def temporary_files(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [
                str(p)
                for p in folder.rglob("*")
                if p.name.startswith(".") and any(m in p.name for m in TEMPORARY_MARKS)
            ]
    return sorted(found)


def write_leads_csv(path: Path, rows: int, tag: str = "A") -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Company", "First name", "Last name", "Email", "City"])
        for i in range(rows):
            out.writerow(
                [f"{tag} Firm {i} GmbH", "Anna", f"{tag}Last{i}", f"a{i}@{tag}-firm{i}.example",
                 "Berlin"]
            )  # fmt: skip
    return path


@contextlib.contextmanager
def worker(
    *args: str, home: Path, env: dict[str, str] | None = None, prefix: Sequence[str] = ()
) -> Iterator[subprocess.Popen[str]]:
    """tests/faults/worker.py in a subprocess, killed (if still running) on the way out."""
    proc = subprocess.Popen(
        [*prefix, sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or env_for(home),
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.communicate(timeout=30)


def wait_ready(proc: subprocess.Popen[str], timeout: float = 60) -> None:
    """The worker prints READY once its imports are done, so delays time the work itself."""
    assert proc.stdout is not None
    import selectors

    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            raise AssertionError("the worker did not start in time")
    line = proc.stdout.readline()
    assert line.strip() == "READY", line + (proc.stderr.read() if proc.stderr else "")


def copy_db(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def swap_index_roots(path: Path, first: str, second: str) -> None:
    """Make two indexes of one table read each other's entries: every page stays sound, so
    `quick_check` passes, and only the full `integrity_check` finds rows missing from them."""
    conn = sqlite3.connect(path)
    try:
        roots = dict(
            conn.execute(
                "SELECT name, rootpage FROM sqlite_master WHERE name IN (?, ?)", (first, second)
            ).fetchall()
        )
        conn.execute("PRAGMA writable_schema=ON")
        for name, other in ((first, second), (second, first)):
            conn.execute(
                "UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[other], name)
            )
        conn.commit()
    finally:
        conn.close()
