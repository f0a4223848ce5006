"""Pulled values go straight from JSON to what SQLite stores: the same values, and the
same refusals, as decoding them (codec.decode) and binding them through the columns."""

from __future__ import annotations

from pathlib import Path

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
