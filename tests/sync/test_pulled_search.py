"""A pulled change is searchable like a local one: the sync apply writes through the same
triggers, which fold the names it brings (migration 0011)."""

from __future__ import annotations

from sqlalchemy import select

from tests.sync.test_team_walkthrough import _new_deal
from workbench.domain.sales import Opportunity
from workbench.services import accounts
from workbench.services import board as b
from workbench.services.setup import current_user_id
from workbench.services.sharing import share_opportunity


def _found(db, term: str) -> set:  # type: ignore[no-untyped-def]
    stages = [s for p in b.list_pipelines(db) if p.is_default for s in b.list_stages(db, p.id)]
    view = b.board_view(db, stages, b.BoardFilter(search=term), current_user_id(db), page=10)
    return {c.id for cards in view.pages.values() for c in cards}


def test_a_pulled_name_is_found_by_its_plain_spelling(laptop, team) -> None:  # type: ignore[no-untyped-def]
    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    deal = _new_deal(anna.db, "Press line")
    share_opportunity(anna.db, deal, team.ids["ben"])
    with anna.db.read() as s:
        account_id = s.scalars(select(Opportunity.account_id).where(Opportunity.id == deal)).one()
    anna.sync()
    ben.sync()
    assert deal in _found(ben.db, "press")
    # Renamed on anna's laptop; ben's copy of the account and the deal's text follow.
    data = accounts.get_account(anna.db, account_id)
    data.name = "Müller Pressen GmbH"
    accounts.update_account(anna.db, account_id, data)
    anna.sync()
    ben.sync()
    for term in ("muller", "MULLER", "mü", "pressen"):
        assert deal in _found(ben.db, term), term
    assert [r.name for r in accounts.list_accounts(ben.db, "muller")] == ["Müller Pressen GmbH"]
