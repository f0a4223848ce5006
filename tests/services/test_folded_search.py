"""Every search finds a name by its plain spelling: "muller" finds "Müller" (and "MULLER",
"müller"), "garcia" finds "García", "weiss" finds "Weiß" (domain/folding.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.services.helpers import deal_in_stage, default_board_stages
from tests.services.test_offers import make_deal
from workbench.services import accounts, catalog, offers
from workbench.services import board as b
from workbench.services import leads as lead_svc
from workbench.services.setup import current_user_id
from workbench.store import migrate
from workbench.store.db import Database

TYPED = ["muller", "MULLER", "müller", "Müll"]


@pytest.mark.parametrize("typed", TYPED)
def test_accounts_and_contacts_are_found_by_the_plain_spelling(db: Database, typed: str) -> None:
    acct = accounts.create_account(db, accounts.AccountInput(name="Müller Maschinenbau"))
    accounts.create_account(db, accounts.AccountInput(name="Miller Foods"))
    accounts.create_contact(
        db, accounts.ContactInput(first_name="Ana", last_name="García", account_id=acct)
    )
    assert [r.name for r in accounts.list_accounts(db, typed)] == ["Müller Maschinenbau"]
    assert accounts.count_accounts(db, typed) == 1
    # A contact is found by its own name and by its account's.
    assert [r.last_name for r in accounts.list_contacts(db, typed)] == ["García"]
    assert [r.last_name for r in accounts.list_contacts(db, "ana garcia")] == ["García"]
    assert accounts.count_contacts(db, "GARCIA") == 1


def test_a_term_does_not_match_across_two_columns(db: Database) -> None:
    # Columns are folded as one text with a separator no one types between them.
    accounts.create_account(db, accounts.AccountInput(name="Nord", city="Ost"))
    assert accounts.count_accounts(db, "nordost") == 0
    assert accounts.count_accounts(db, "ost") == 1


def test_leads_offers_products_and_deals_are_found_by_the_plain_spelling(db: Database) -> None:
    lead_svc.create_lead(db, lead_svc.LeadInput(first_name="Jürgen", company="Øresund Tech"))
    flt = lead_svc.LeadFilter(search="jurgen")
    assert [r.company for r in lead_svc.list_leads(db, flt)] == ["Øresund Tech"]
    assert lead_svc.count_leads(db, lead_svc.LeadFilter(search="oresund")) == 1

    deal = make_deal(db)  # for "Łódź Möbel GmbH"
    offers.create_offer(db, deal)
    assert [r.customer for r in offers.list_offers(db, "lodz mobel")] == ["Łódź Möbel GmbH"]
    assert offers.count_offers(db, "LODZ") == 1
    assert [d.customer for d in offers.search_deals(db, "lodz")] == ["Łódź Möbel GmbH"]

    catalog.create_product(db, catalog.ProductInput(code="GS-1", name="Großschrank"))
    assert [p.code for p in catalog.list_products(db, "grossschrank")] == ["GS-1"]


@pytest.mark.parametrize("typed", [*TYPED, "mu", "ü", "garcia", "GARC"])
def test_the_board_finds_deals_by_the_plain_spelling(db: Database, typed: str) -> None:
    stages = default_board_stages(db)
    me = current_user_id(db)
    mueller = accounts.create_account(db, accounts.AccountInput(name="Müller AG"))
    ana = accounts.create_contact(db, accounts.ContactInput(first_name="Ana", last_name="García"))
    by_account = deal_in_stage(db, stages[0], "Press line", account_id=mueller)
    by_contact = deal_in_stage(db, stages[1], "Laser", contact_id=ana)
    deal_in_stage(db, stages[0], "Other thing")
    view = b.board_view(db, stages, b.BoardFilter(search=typed), me, page=10)
    found = {c.id for cards in view.pages.values() for c in cards}
    wanted = {by_account} if typed.casefold().startswith("m") else {by_contact}
    if typed == "ü":  # a lone "ü" is a "u": "Müller" and "Other thing" have none
        wanted = {by_account}
    assert found == wanted


def test_upgrading_folds_the_text_already_stored(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    migrate.upgrade_file(path, "0010")
    conn = sqlite3.connect(path)
    common = "'s', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'"
    conn.execute(
        "INSERT INTO account (id, kind, name, name_key, industry, website, email, phone,"
        " street, postal_code, city, country, notes, stamp, deleted, created_at,"
        f" updated_at) VALUES ('{'1':0>32}', 'company', 'Müller AG', '', '', '', '', '', '',"
        f" '', '', 'DE', '', {common})"
    )
    conn.commit()
    conn.close()
    assert migrate.prepare_database(path) == "upgraded"
    db = Database(path)
    try:
        with db.read() as s:
            hits = s.scalars(text("SELECT text FROM search_account WHERE text MATCH 'muller'"))
            assert list(hits) == ["muller ag"]
        assert [r.name for r in accounts.list_accounts(db, "muller")] == ["Müller AG"]
    finally:
        db.close()
