"""Indexes dropped for a bulk write come back: at its end, and on the next open of the
file after a process killed in between (store/bulk_load.py)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from workbench.domain.models import Base
from workbench.services import accounts
from workbench.services.accounts import AccountInput
from workbench.services.setup import open_workbench
from workbench.store import bulk_load
from workbench.store.db import Database, connect
from workbench.store.search_index import TRIGGERS, match_phrase


def schema(path: Path) -> list[tuple[str, str, str]]:
    """Every index and trigger of the file, with its SQL."""
    conn = connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT type, name, coalesce(sql, '') FROM sqlite_master"
                " WHERE type IN ('index', 'trigger')"
            ).fetchall()
        )
    finally:
        conn.close()


def indexed(path: Path, term: str) -> int:
    """Accounts the full-text index finds for `term` (folded as the board folds it)."""
    conn = connect(path)
    try:
        return int(
            conn.execute(
                "SELECT count(*) FROM search_account WHERE text MATCH ?", (match_phrase(term),)
            ).fetchone()[0]
        )
    finally:
        conn.close()


def synced() -> list[str]:
    return [name for name, table in Base.metadata.tables.items() if "stamp" in table.c]


def test_suspend_drops_secondary_indexes_and_search_triggers_and_restore_brings_them_back(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_workbench(fresh).db.close()
    db = open_workbench(tmp_path / "bulk.sqlite").db
    try:
        with db.write_engine.begin() as conn:
            dropped = bulk_load.suspend(conn, synced())
        assert "opportunity_search_insert" in dropped
        assert any(name.startswith("ix_") for name in dropped)
        assert schema(db.path) != schema(fresh)
        # Unique indexes stay (they keep rules, and the upserts rely on them).
        assert all(
            "UNIQUE" not in sql.upper() for _t, name, sql in schema(fresh) if name in dropped
        )
        accounts.create_account(db, AccountInput(name="Müller Pressen GmbH"))
        assert indexed(db.path, "muller") == 0  # not in the index yet
        with db.write_engine.begin() as conn:
            assert bulk_load.suspended(conn)
            bulk_load.restore(conn)
            assert not bulk_load.suspended(conn)
        assert schema(db.path) == schema(fresh)
        assert indexed(db.path, "muller") == 1
    finally:
        db.close()


def test_a_bulk_write_killed_part_way_is_restored_by_the_next_open(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_workbench(fresh).db.close()
    path = tmp_path / "killed.sqlite"
    open_workbench(path).db.close()
    child = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from workbench.services import accounts
        from workbench.services.accounts import AccountInput
        from workbench.store import bulk_load
        from workbench.store.db import Database
        from tests.store.test_bulk_load import synced

        db = Database(Path({str(path)!r}))
        with db.write_engine.begin() as conn:
            bulk_load.suspend(conn, synced())
        accounts.create_account(db, AccountInput(name="Ørsted Kraft AS"))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child], cwd=Path(__file__).resolve().parents[2], check=False
    )
    assert done.returncode == -signal.SIGKILL
    assert schema(path) != schema(fresh)  # the kill left the indexes dropped

    db = open_workbench(path).db
    try:
        assert schema(path) == schema(fresh)
        with db.write_engine.begin() as conn:
            assert not bulk_load.suspended(conn)
        assert indexed(path, "orsted") == 1
    finally:
        db.close()


def test_restore_without_a_record_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    open_workbench(path).db.close()
    before = schema(path)
    assert bulk_load.restore_file(path) == []
    db = Database(path)
    try:
        with db.write_engine.begin() as conn:
            assert bulk_load.restore(conn) == []
    finally:
        db.close()
    assert schema(path) == before


def test_restore_goes_step_by_step_and_a_kill_between_steps_loses_nothing(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_workbench(fresh).db.close()
    path = tmp_path / "steps.sqlite"
    db = open_workbench(path).db
    try:
        with db.write_engine.begin() as conn:
            dropped = bulk_load.suspend(conn, synced())
        accounts.create_account(db, AccountInput(name="Łódź Maszyny"))
        with db.write_engine.begin() as conn:
            more, created = bulk_load.restore_step(conn)
        # The first step: the search index refilled and its triggers back.
        assert more and set(created) == set(TRIGGERS)
        assert indexed(path, "lodz") == 1
        with db.write_engine.begin() as conn:
            more, created = bulk_load.restore_step(conn)
        assert more and len(created) == 1 and created[0] in dropped
    finally:
        db.close()
    # Stopped here (as by a kill): the next open does the rest.
    assert schema(path) != schema(fresh)
    open_workbench(path).db.close()
    assert schema(path) == schema(fresh)
