import hashlib
import sqlite3
from pathlib import Path

import pytest

from workbench.errors import DatabaseRefused
from workbench.services.setup import open_workbench
from workbench.store.migrate import prepare_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_random_bytes_are_refused_and_left_byte_for_byte_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(hashlib.sha512(b"seed").digest() * 64)  # 4 KiB of noise
    before, files = _digest(path), _siblings(path)
    with pytest.raises(DatabaseRefused, match="not a Sales Workbench database"):
        open_workbench(path)
    assert _digest(path) == before
    assert _siblings(path) == files  # no -wal, -shm or backup left beside it


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('precious')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="another program"):
        open_workbench(path)
    assert _digest(path) == before


def test_a_damaged_workbench_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    open_workbench(path).db.close()
    data = bytearray(path.read_bytes())
    # Keep the header (so it still looks like ours) and wreck the schema page.
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="damaged"):
        open_workbench(path)
    assert _digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="folder"):
        open_workbench(tmp_path)


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_workbench(path).db.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="newer version"):
        prepare_database(path)
    assert _digest(path) == before


def test_a_new_database_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    db = open_workbench(tmp_path / "new.sqlite").db
    with db.write_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert prepare_database(path) == "created"
    assert prepare_database(path) == "current"


def test_a_broken_index_is_found_before_anything_writes(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    open_workbench(path).db.close()
    conn = sqlite3.connect(path)
    # Declare the reason index over another column: its entries no longer match the table,
    # which the quick check does not look at (the pages themselves are fine).
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(kind)', '(label)') "
        "WHERE name = 'ix_reason_kind'"
    )
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="damaged"):
        open_workbench(path)
    assert _digest(path) == before
