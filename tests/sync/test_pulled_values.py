"""Pulled values go straight from JSON to what SQLite stores: the same values, and the
same refusals, as decoding them (codec.decode) and binding them through the columns."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from workbench.domain.meta import OutboxEntry
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.services.sync.values import _converters
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


def test_a_column_at_a_time_stores_what_a_value_at_a_time_stores(tmp_path: Path) -> None:
    """apply converts each column of a page at once; the same values as one by one, for
    every column of a demo and for the forms and the bad values that go the long way."""
    from workbench.services.sync.values import _batches

    db = open_workbench(tmp_path / "demo.sqlite").db
    try:
        generate_demo(db, 20, 3)
        checked = 0
        with db.write_engine.connect() as conn:
            for spec in synced_tables().values():
                single, batch = _converters(conn.dialect, spec), _batches(conn.dialect, spec)
                rows = [spec.encode_row(r) for r in conn.execute(select(spec.table).limit(300))]
                for name in spec.columns:
                    values = [row[name] for row in rows]
                    got = batch[name](values)
                    expected = [single[name](v) for v in values]
                    assert [(g, type(g)) for g in got] == [(e, type(e)) for e in expected], name
                    checked += len(values)
            assert checked > 10_000
            deal = synced_tables()["opportunity"]
            single, batch = _converters(conn.dialect, deal), _batches(conn.dialect, deal)
            mixed = {
                "id": [str(uuid.uuid4()), "9D2E4C1A-0B7F-4E8A-9C3D-5F6A7B8C9D0E", None],
                "created_at": ["2026-12-04T10:00:00.123456+00:00", "2026-12-04T10:00:00Z"],
                "expected_close": [None, "2026-12-04"],
                "amount_minor": [12, 7, 12],
                "contact_id": [None, str(uuid.uuid4()), None],
            }
            for name, values in mixed.items():
                assert batch[name](values) == [single[name](v) for v in values], name
            for name, values in [
                (
                    "created_at",
                    ["2026-12-04T10:00:00.000000+00:00", "2026-02-30T10:00:00.000000+00:00"],
                ),
                ("title", ["fine", "bad\x00"]),
                ("title", ["fine", None]),
                ("id", [str(uuid.uuid4()), "not-an-id"]),
            ]:
                with pytest.raises(BadValue):
                    batch[name](values)
    finally:
        db.close()


def test_a_bad_row_in_a_page_is_skipped_and_the_rest_is_stored(tmp_path: Path) -> None:
    from workbench.services.sync.apply import apply_rows, sync_writes

    db = open_workbench(tmp_path / "page.sqlite").db
    try:
        generate_demo(db, 5, 3)
        spec = synced_tables()["account"]
        with db.read() as s:
            rows = [spec.encode_row(r) for r in s.connection().execute(select(spec.table))]
        names_before = [row["name"] for row in rows]
        for n, row in enumerate(rows):
            row["name"] = f"Renamed {n}"
        rows[1]["created_at"] = "yesterday"
        with sync_writes(db) as (conn, changed):
            # As if pushed: rows with changes waiting would keep them (not this test's point).
            conn.execute(delete(OutboxEntry))
            problems = apply_rows(
                conn, changed, [("account", r) for r in rows], [], lambda _s: None
            )
        assert len(problems) == 1 and "created_at" in problems[0]
        with db.read() as s:
            names = set(s.connection().execute(select(spec.table.c.name)).scalars())
        assert len(rows) > 2
        assert names == {f"Renamed {n}" for n in range(len(rows)) if n != 1} | {names_before[1]}
    finally:
        db.close()
