"""The board's full-text search index (migration 0005) and the search over it.

The index must follow every write path (ORM, raw bulk inserts, tombstones, the demo
generator, a migration from the previous revision), and every way the board evaluates a
term (from the index, by scanning, negated for a letter, walked or ranked pages) must give
the same answer as plain substring matching of folded text (domain/folding.py).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.services.helpers import deal_in_stage, default_board_stages
from workbench.domain.base import utcnow
from workbench.domain.enums import ReasonKind
from workbench.domain.folding import fold
from workbench.domain.models import Account, Contact, Opportunity
from workbench.services import accounts, opportunities
from workbench.services import board as b
from workbench.services.board import queries as board_queries
from workbench.services.board import search as board_search
from workbench.services.demo import generate_demo
from workbench.services.setup import current_user_id
from workbench.store import migrate
from workbench.store.db import Database
from workbench.store.search_index import SEARCH_TABLES

SOURCES = {
    "search_opportunity": "SELECT rowid, title FROM opportunity WHERE deleted = 0",
    "search_account": "SELECT rowid, name FROM account WHERE deleted = 0",
    "search_contact": "SELECT rowid, first_name || ' ' || last_name FROM contact WHERE deleted = 0",
}


def assert_index_current(db: Database) -> None:
    """Each index table holds exactly the live rows of its source, with their names
    folded (migration 0011)."""
    with db.read() as s:
        for table in SEARCH_TABLES:
            indexed = {tuple(r) for r in s.execute(text(f"SELECT rowid, text FROM {table}"))}
            live = {(rowid, fold(name)) for rowid, name in s.execute(text(SOURCES[table]))}
            assert indexed == live, table


@pytest.fixture
def stages(db: Database) -> list[b.StageInfo]:
    return default_board_stages(db)


def deal(
    db: Database,
    stage: b.StageInfo,
    title: str,
    account_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    amount: str = "100",
    currency: str = "EUR",
    close: date | None = None,
) -> uuid.UUID:
    return deal_in_stage(
        db, stage, title, account_id=account_id, contact_id=contact_id, amount=amount,
        currency=currency, close=close,
    )  # fmt: skip


def search(db: Database, stages: list[b.StageInfo], term: str) -> set[uuid.UUID]:
    view = b.board_view(db, stages, b.BoardFilter(search=term), current_user_id(db), page=500)
    return {c.id for cards in view.pages.values() for c in cards}


# -- the index follows the writes --------------------------------------------------------------


def test_the_index_follows_inserts_renames_and_tombstones(
    db: Database, stages: list[b.StageInfo]
) -> None:
    acme = accounts.create_account(db, accounts.AccountInput(name="Alpenglühen GmbH"))
    greta = accounts.create_contact(
        db, accounts.ContactInput(first_name="Greta", last_name="Hoffmann", account_id=acme)
    )
    pilot = deal(db, stages[0], "Forklift pilot", acme, greta)
    assert_index_current(db)
    assert search(db, stages, "alpenglü") == {pilot}
    assert search(db, stages, "greta hoff") == {pilot}

    accounts.update_account(db, acme, accounts.AccountInput(name="Nordwind AG"))
    accounts.update_contact(
        db, greta, accounts.ContactInput(first_name="Greta", last_name="Berg", account_id=acme)
    )
    data = b.opportunity_details(db, pilot).to_input()
    data.title = "Pallet robot"
    opportunities.update_opportunity(db, pilot, data)
    assert_index_current(db)
    assert search(db, stages, "alpenglü") == set()
    assert search(db, stages, "forklift") == set()
    assert search(db, stages, "nordwind") == {pilot}
    assert search(db, stages, "greta berg") == {pilot}
    assert search(db, stages, "pallet") == {pilot}

    accounts.delete_account(db, acme)  # a tombstone leaves the index
    assert_index_current(db)
    assert search(db, stages, "nordwind") == set()
    assert search(db, stages, "pallet") == {pilot}
    with db.unit_of_work() as uow:
        opp = uow.session.get(Opportunity, pilot)
        assert opp is not None
        uow.soft_delete(opp)
    assert_index_current(db)
    assert search(db, stages, "pallet") == set()
    with db.unit_of_work() as uow:  # and a row brought back (a sync undoing a delete) returns
        opp = uow.session.get(Opportunity, pilot)
        assert opp is not None
        opp.deleted = False
    assert_index_current(db)
    assert search(db, stages, "pallet") == {pilot}


def test_a_stage_move_does_not_touch_the_index(db: Database, stages: list[b.StageInfo]) -> None:
    pilot = deal(db, stages[0], "Forklift pilot")
    with db.read() as s:
        before = s.scalar(text("SELECT count(*) FROM search_opportunity_docsize"))
    opportunities.move_opportunity(db, pilot, stages[1].id)
    with db.read() as s:
        # The update trigger fires on title and deleted only; nothing was re-indexed.
        assert s.scalar(text("SELECT count(*) FROM search_opportunity_docsize")) == before
    assert search(db, stages, "forklift") == {pilot}


def test_raw_bulk_inserts_are_indexed(db: Database, stages: list[b.StageInfo]) -> None:
    me = current_user_id(db)
    now = utcnow()
    account_id, contact_id = uuid.uuid4(), uuid.uuid4()
    with db.unit_of_work() as uow:
        uow.bulk_insert(Account, [{"id": account_id, "name": "Quellwerk KG", "owner_id": me}])
        uow.bulk_insert(
            Contact,
            [{"id": contact_id, "first_name": "Ida", "last_name": "Sommer", "owner_id": me}],
        )
        uow.bulk_insert(
            Opportunity,
            [
                {
                    "title": f"Bulk deal {i}",
                    "account_id": account_id,
                    "contact_id": contact_id if i % 2 else None,
                    "pipeline_id": stages[0].pipeline_id,
                    "stage_id": stages[0].id,
                    "stage_entered_at": now,
                    "last_progress_at": now,
                    "owner_id": me,
                }
                for i in range(10)
            ],
        )
    assert_index_current(db)
    assert len(search(db, stages, "quellwerk")) == 10
    assert len(search(db, stages, "ida som")) == 5
    assert len(search(db, stages, "bulk deal 1")) == 1


def test_the_demo_generator_leaves_a_current_index(db: Database) -> None:
    generate_demo(db, 60, seed=3)
    assert_index_current(db)


def test_upgrading_from_the_previous_revision_backfills_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    migrate.upgrade_file(path, "0004")
    conn = sqlite3.connect(path)
    common = "'s', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'"
    for key, name, deleted in (("01", "Alpenrose AG", 0), ("02", "Alpenblick GmbH", 1)):
        conn.execute(
            "INSERT INTO account (id, kind, name, name_key, industry, website, email, phone,"
            " street, postal_code, city, country, notes, stamp, deleted, created_at,"
            f" updated_at) VALUES ('{key:0>32}', 'company', '{name}', '', '', '', '', '', '',"
            f" '', '', 'DE', '', {common.replace(' 0,', f' {deleted},', 1)})"
        )
    conn.commit()
    conn.close()
    assert migrate.prepare_database(path) == "upgraded"
    db = Database(path)
    try:
        assert_index_current(db)
        with db.read() as s:
            hits = s.scalars(text("SELECT text FROM search_account WHERE text MATCH '\"alpen\"'"))
            assert list(hits) == ["alpenrose ag"]  # the tombstone is not indexed
    finally:
        db.close()


def test_the_triggers_exist_at_head(db: Database) -> None:
    # A batch migration that rebuilds opportunity, account or contact drops their triggers;
    # it must create them again (migration 0011: create_triggers and refill).
    with db.read() as s:
        triggers = set(s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    for source in ("opportunity", "account", "contact"):
        for event in ("insert", "update", "delete"):
            assert f"{source}_search_{event}" in triggers


# -- every way of evaluating a term gives the same answer ----------------------------------------


STRATEGIES = [
    pytest.param(drive, walk, id=f"drive{drive}-walk{walk}")
    for drive in (0, 10_000)  # candidates read from the index, or a scan
    for walk in (0, 10**9)  # first pages ranked, or walked
]


@pytest.mark.parametrize(("drive", "walk"), STRATEGIES)
def test_every_strategy_matches_like_substring_search(
    db: Database,
    stages: list[b.StageInfo],
    monkeypatch: pytest.MonkeyPatch,
    drive: int,
    walk: int,
) -> None:
    me = current_user_id(db)
    alpen = accounts.create_account(db, accounts.AccountInput(name="Alpen Bau GmbH"))
    mueller = accounts.create_account(db, accounts.AccountInput(name="Müller & Söhne"))
    gone = accounts.create_account(db, accounts.AccountInput(name="Xaver Alt AG"))
    greta = accounts.create_contact(
        db, accounts.ContactInput(first_name="Greta", last_name="Hoffmann")
    )
    aenne = accounts.create_contact(db, accounts.ContactInput(first_name="Änne", last_name="Öz"))
    soon = date.today() + timedelta(days=5)
    rows = [
        ("Forklift pilot", alpen, greta, "EUR", None),
        ("Solar roof", mueller, None, "CHF", soon),
        ("ERP rollout", None, aenne, "EUR", soon),
        ("100% service", gone, None, "GBP", None),
        ("under_score retrofit", None, None, "EUR", soon + timedelta(days=1)),
        ("Pallet line", alpen, aenne, "CHF", None),
    ]
    for i, (title, account, contact, currency, close) in enumerate(rows * 2):
        deal(db, stages[i % 3], title, account, contact, str(100 + i), currency, close)
    won = deal(db, stages[0], "Forklift won", alpen)
    reason = b.list_reasons(db, ReasonKind.WON)[0][0]
    opportunities.mark_won(db, won, reason)
    accounts.delete_account(db, gone)

    monkeypatch.setattr(board_search, "DRIVE_MAX", drive)
    monkeypatch.setattr(board_queries, "WALK_ROWS", walk)

    with db.read() as s:
        live = {a.id: a.name for a in s.scalars(select(Account).where(Account.deleted.is_(False)))}
        people = {c.id: c.full_name for c in s.scalars(select(Contact))}
        board = list(
            s.scalars(
                select(Opportunity).where(
                    Opportunity.status == "open", Opportunity.deleted.is_(False)
                )
            )
        )

    terms = ["a", "e", "al", "ö", "Ö", "%", "_", "alpen", "ALPEN", "müller", "MÜLLER",
             "greta hoff", "a h", "100%", "änne", "xaver", "zzz", "forklift won", "r",
             "muller", "MULLER", "anne oz", "o", "SOHNE"]  # fmt: skip
    for term in terms:
        needle = fold(term)

        def hit(opp: Opportunity, needle: str = needle) -> bool:
            names = [opp.title, live.get(opp.account_id, ""), people.get(opp.contact_id, "")]
            return any(needle in fold(name) for name in names if name)

        expected = [o for o in board if hit(o)]
        view = b.board_view(db, stages, b.BoardFilter(search=term), me, page=2)
        for st in stages:
            mine = [o for o in expected if o.stage_id == st.id]
            summary = view.summaries[st.id]
            assert summary.count == len(mine), (term, st.name)
            totals = Counter[str]()
            for o in mine:
                totals[o.currency] += o.amount_minor
            assert {t.currency: t.total_minor for t in summary.totals} == dict(totals), term
            mine.sort(
                key=lambda o: (
                    o.expected_close is not None,
                    o.expected_close or date.min,
                    str(o.id),
                )
            )
            assert [c.id for c in view.pages[st.id]] == [o.id for o in mine[:2]], (term, st.name)
            # Paging and the refresh after a move read the same matches.
            flt = b.BoardFilter(search=term)
            assert [c.id for c in b.list_cards(db, st, stages, flt, me, offset=1, limit=5)] == [
                o.id for o in mine[1:6]
            ]
            assert b.column_summaries(db, stages, flt, me)[st.id].count == len(mine)


def test_the_searched_text_follows_renames_and_deletions(
    db: Database, stages: list[b.StageInfo]
) -> None:
    # The text a deal is searched by is derived in the database (migration 0006): a
    # renamed or deleted account or contact, and a retitled deal, are found by what
    # they are now, whichever write path changed them.
    me = current_user_id(db)
    acme = accounts.create_account(db, accounts.AccountInput(name="Acme Hydraulik"))
    ida = accounts.create_contact(db, accounts.ContactInput(first_name="Ida", last_name="Berg"))
    d = deal(db, stages[0], "Press line", acme, ida)

    def found(term: str) -> bool:
        for t in (term, term[:2]):  # the trigram index's path and the scan's
            view = b.board_view(db, stages, b.BoardFilter(search=t), me, page=5)
            if d not in {c.id for cards in view.pages.values() for c in cards}:
                return False
        return True

    assert found("hydraulik") and found("ida berg") and found("press")
    accounts.update_account(db, acme, accounts.AccountInput(name="Zeta Pumpen"))
    assert found("zeta pumpen") and not found("hydraulik")
    accounts.update_contact(db, ida, accounts.ContactInput(first_name="Ida", last_name="Quast"))
    assert found("ida quast") and not found("ida berg")
    details = b.opportunity_details(db, d)
    opportunities.update_opportunity(
        db,
        d,
        opportunities.OpportunityInput(
            title="Yard crane", pipeline_id=details.pipeline_id, amount=Decimal(100)
        ),
    )
    assert found("yard crane") and not found("press line")
    accounts.delete_account(db, acme)
    assert not found("zeta pumpen") and found("yard crane")
