"""A first sync writes without the secondary indexes and search triggers and builds them
at the end (engine.is_bulk_pull, store/bulk_load.py): afterwards the file's schema is a
freshly migrated one's and the pulled names are searchable, also when the pull stopped
part way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.store.test_bulk_load import schema
from tests.sync.test_pulled_search import _found
from tests.sync.test_team_walkthrough import _new_deal
from workbench.services.setup import open_workbench
from workbench.services.sync import engine
from workbench.store import bulk_load


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Pages of 5 rows, one per transaction, and any first sync a bulk one; records
    whether the indexes were suspended while each page was written."""
    monkeypatch.setattr(engine, "MAX_PAGE", 5)
    monkeypatch.setattr(engine, "PAGES_ROWS", 5)
    monkeypatch.setattr(engine, "BULK_FIRST_ROWS", 1)
    seen: list[bool] = []
    apply = engine._Pull.apply

    def recording(self: Any, conn: Any, changed: set[str], page: dict[str, Any]) -> int:
        seen.append(bulk_load.suspended(conn))
        return apply(self, conn, changed, page)

    monkeypatch.setattr(engine._Pull, "apply", recording)
    return seen


def test_a_first_sync_ends_with_the_migrated_schema_and_searchable_names(  # type: ignore[no-untyped-def]
    laptop, tmp_path: Path, small_pages: list[bool]
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_workbench(fresh).db.close()
    anna, mia = laptop("anna"), laptop("mia")
    anna.login()
    deals = {_new_deal(anna.db, title) for title in ("Müller press", "Garcia lathe", "Oslo mill")}
    anna.sync()
    mia.login()
    mia.sync()
    assert small_pages and all(small_pages)  # every page written with the indexes dropped
    assert len(small_pages) > 3
    assert deals <= mia.deal_ids()
    assert schema(mia.db.path) == schema(fresh)
    assert _found(mia.db, "muller") >= {d for d in deals if anna.deal(d).title.startswith("M")}
    assert len(_found(mia.db, "lathe")) == 1
    # The next sync is an ordinary one, with the indexes in place.
    small_pages.clear()
    _new_deal(anna.db, "Later one")
    anna.sync()
    mia.sync()
    assert small_pages and not any(small_pages)
    assert len(_found(mia.db, "later")) == 1


def test_a_first_sync_stopped_between_pages_restores_the_indexes_and_resumes(  # type: ignore[no-untyped-def]
    laptop, tmp_path: Path, small_pages: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_workbench(fresh).db.close()
    anna, mia = laptop("anna"), laptop("mia")
    anna.login()
    deals = {_new_deal(anna.db, f"Deal {n} Zebra") for n in range(4)}
    anna.sync()
    mia.login()
    apply = engine._Pull.apply

    def failing(self: Any, conn: Any, changed: set[str], page: dict[str, Any]) -> int:
        if len(small_pages) == 3:
            raise RuntimeError("cut between pages")
        return apply(self, conn, changed, page)

    monkeypatch.setattr(engine._Pull, "apply", failing)
    small_pages.clear()
    with pytest.raises(RuntimeError, match="cut between pages"):
        mia.sync()
    assert small_pages == [True] * 3
    assert not deals <= mia.deal_ids()  # stopped part way
    assert schema(mia.db.path) == schema(fresh)
    with mia.db.write_engine.begin() as conn:
        assert not bulk_load.suspended(conn)
    monkeypatch.setattr(engine._Pull, "apply", apply)
    mia.sync()
    assert deals <= mia.deal_ids()
    assert _found(mia.db, "zebra") == deals
    assert schema(mia.db.path) == schema(fresh)
