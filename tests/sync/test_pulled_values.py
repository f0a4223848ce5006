"""Pulled values go straight from JSON to what SQLite stores: the same values, and the
same refusals, as decoding them (codec.decode) and binding them through the columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.services.sync.apply import _converters
from workbench.sync.codec import BadValue, decode, synced_tables


def test_stored_values_match_decode_and_bind(tmp_path: Path) -> None:
    db = open_workbench(tmp_path / "demo.sqlite").db
    try:
        generate_demo(db, 20, 3)
        checked = 0
        with db.write_engine.connect() as conn:
            for spec in synced_tables().values():
                convert = _converters(conn.dialect, spec)
                for row in conn.execute(select(spec.table).limit(200)):
                    for name, value in spec.encode_row(row).items():
                        column = spec.columns[name]
                        bind = column.type._cached_bind_processor(conn.dialect)
                        expected = decode(column, value)
                        if bind is not None and expected is not None:
                            expected = bind(expected)
                        got = convert[name](value)
                        assert (got, type(got)) == (expected, type(expected)), name
                        checked += 1
            assert checked > 1000
            deal = _converters(conn.dialect, synced_tables()["opportunity"])
            for name, bad, message in [
                ("id", "not-an-id", "is not an id"),
                ("title", 12, "must be text"),
                ("title", None, "may not be empty"),
                ("created_at", "2026-12-04T10:00:00", "needs a time zone"),
                ("deleted", "yes", "must be true or false"),
            ]:
                with pytest.raises(BadValue, match=message):
                    deal[name](bad)
    finally:
        db.close()


def test_ids_and_times_in_any_accepted_form_are_stored_as_decode_and_bind_store_them(
    tmp_path: Path,
) -> None:
    """The canonical forms take a shortcut; every other form decode accepts goes the long
    way, and both store the same text."""
    db = open_workbench(tmp_path / "forms.sqlite").db
    try:
        with db.write_engine.connect() as conn:
            spec = synced_tables()["opportunity"]
            convert = _converters(conn.dialect, spec)
            samples = {
                "id": [
                    "9d2e4c1a-0b7f-4e8a-9c3d-5f6a7b8c9d0e",
                    "9D2E4C1A-0B7F-4E8A-9C3D-5F6A7B8C9D0E",
                    "9d2e4c1a0b7f4e8a9c3d5f6a7b8c9d0e",
                    "{9d2e4c1a-0b7f-4e8a-9c3d-5f6a7b8c9d0e}",
                ],
                "created_at": [
                    "2026-12-04T10:00:00.123456+00:00",
                    "2026-12-04T10:00:00+00:00",
                    "2026-12-04T12:00:00.5+02:00",
                    "2026-12-04T10:00:00Z",
                    "2026-12-04 10:00:00.123456+00:00",
                    "2026-12-04T10:00:00,123456+00:00",
                ],
            }
            for name, values in samples.items():
                column = spec.columns[name]
                bind = column.type._cached_bind_processor(conn.dialect)
                for value in values:
                    expected = decode(column, value)
                    expected = bind(expected) if bind is not None else expected
                    assert convert[name](value) == expected, value
            for name, bad, message in [
                ("created_at", "2026-13-04T10:00:00.000000+00:00", "is not a date and time"),
                ("created_at", "2026-02-30T10:00:00+00:00", "is not a date and time"),
                ("id", "9d2e4c1a-0b7f-4e8a-9c3d-5f6a7b8c9d0", "is not an id"),
            ]:
                with pytest.raises(BadValue, match=message):
                    convert[name](bad)
    finally:
        db.close()


def test_pulled_pages_commit_without_waiting_for_the_disk_and_nothing_else_does(
    tmp_path: Path,
) -> None:
    from workbench.services.sync.apply import sync_writes

    db = open_workbench(tmp_path / "sync.sqlite").db
    try:

        def synchronous(conn: Any) -> int:
            return int(conn.exec_driver_sql("PRAGMA synchronous").scalar())

        with sync_writes(db, refetchable=True) as (conn, _changed):
            assert synchronous(conn) == 1  # NORMAL: a pulled page, which can be pulled again
        with sync_writes(db) as (conn, _changed):
            assert synchronous(conn) == 2  # FULL again for everything else
        with db.write_engine.connect() as conn:
            assert synchronous(conn) == 2
    finally:
        db.close()
