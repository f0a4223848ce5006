"""The team walk-through of docs/sync.md: two salespeople and their manager on one server,
working offline through the services and syncing with the engine."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select

from workbench.domain.meta import OutboxEntry
from workbench.domain.pipeline import Pipeline
from workbench.domain.sales import Activity, Opportunity
from workbench.domain.sync import SyncConflict
from workbench.services.accounts import AccountInput, create_account
from workbench.services.calls import CallInput, log_call
from workbench.services.opportunities import (
    OpportunityInput,
    create_opportunity,
    update_opportunity,
)
from workbench.services.setup import current_user_id
from workbench.services.sharing import share_opportunity
from workbench.services.sync.conflicts import open_conflicts, restore_mine
from workbench.store.db import Database


def _pipeline(db: Database) -> uuid.UUID:
    with db.read() as s:
        return s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()


def _new_deal(db: Database, title: str, amount: str = "10000") -> uuid.UUID:
    account = create_account(db, AccountInput(name=f"{title} Ltd"))
    return create_opportunity(
        db,
        OpportunityInput(
            title=title, pipeline_id=_pipeline(db), account_id=account, amount=Decimal(amount)
        ),
    )


def _edit(db: Database, deal_id: uuid.UUID, **changes: object) -> None:
    with db.read() as s:
        opp = s.get(Opportunity, deal_id)
        assert opp is not None
        data = OpportunityInput(
            title=opp.title,
            pipeline_id=opp.pipeline_id,
            stage_id=opp.stage_id,
            account_id=opp.account_id,
            contact_id=opp.contact_id,
            amount=opp.value.amount,
            currency=opp.currency,
            expected_close=opp.expected_close,
            owner_id=opp.owner_id,
            notes=opp.notes,
        )
    update_opportunity(db, deal_id, replace(data, **changes))  # type: ignore[arg-type]


def test_two_reps_and_their_manager(laptop, team) -> None:
    anna, ben, mia = laptop("anna"), laptop("ben"), laptop("mia")
    for machine in (anna, ben, mia):
        machine.login()
        machine.sync()
    assert current_user_id(anna.db) == team.ids["anna"]

    shared = _new_deal(anna.db, "Harbour cranes")
    share_opportunity(anna.db, shared, team.ids["ben"])
    own = _new_deal(ben.db, "Forklift fleet", "4000")
    log_call(ben.db, CallInput(opportunity_id=own, duration_seconds=300, notes="Intro call"))
    anna.sync()
    ben.sync()
    assert shared in ben.deal_ids()

    # Offline, both change the same deal: ben first, anna a little later.
    _edit(ben.db, shared, amount=Decimal("12000"), notes="Needs two cranes")
    _edit(anna.db, shared, amount=Decimal("15000"), currency="EUR")
    _edit(anna.db, shared, title="Harbour cranes (phase 1)")
    ben.sync()
    anna.sync()
    ben.sync()

    for machine in (anna, ben):
        deal = machine.deal(shared)
        assert deal is not None
        assert deal.amount_minor == 1_500_000  # the later change won
        assert deal.notes == "Needs two cranes"  # ben's other field kept
        assert deal.title == "Harbour cranes (phase 1)"  # anna's other field kept
    conflicts = open_conflicts(ben.db)
    assert [(c.field_label, c.lost, c.kept, c.winner) for c in conflicts] == [
        ("Amount", "€12,000.00", "€15,000.00", "anna")
    ]
    assert open_conflicts(anna.db) == []

    mia.sync()
    assert {shared, own} <= mia.deal_ids()
    with mia.db.read() as s:
        calls = s.scalars(select(Activity.notes).where(Activity.opportunity_id == own)).all()
    assert calls == ["Intro call"]
    # Nothing waits in any outbox once everyone has synced.
    for machine in (anna, ben, mia):
        with machine.db.read() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_restore_mine_wins_back_everywhere(laptop, team) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    deal = _new_deal(anna.db, "Wind farm")
    share_opportunity(anna.db, deal, team.ids["ben"])
    anna.sync()
    ben.sync()
    _edit(ben.db, deal, amount=Decimal("12000"))
    _edit(anna.db, deal, amount=Decimal("15000"))
    ben.sync()
    anna.sync()
    ben.sync()
    (conflict,) = open_conflicts(ben.db)
    restore_mine(ben.db, conflict.id)
    ben.sync()
    anna.sync()
    assert anna.deal(deal).amount_minor == 1_200_000  # type: ignore[union-attr]
    assert ben.deal(deal).amount_minor == 1_200_000  # type: ignore[union-attr]
    assert open_conflicts(ben.db) == []
    with ben.db.read() as s:
        stored = s.get(SyncConflict, conflict.id)
        assert stored is not None and stored.resolved
        assert json.loads(stored.lost_value) == 1_200_000


def test_deal_moved_to_another_team_leaves_the_reps_laptop(laptop, team) -> None:
    anna, mia, sam = laptop("anna"), laptop("mia"), laptop("sam")
    for machine in (anna, mia, sam):
        machine.login()
        machine.sync()
    deal = _new_deal(anna.db, "Cold store")
    anna.sync()
    mia.sync()
    assert deal in mia.deal_ids()
    assert deal not in sam.deal_ids()

    _edit(mia.db, deal, owner_id=team.ids["sam"])
    mia.sync()
    anna.sync()
    sam.sync()
    assert anna.deal(deal) is None
    assert mia.deal(deal) is None  # South is not mia's team
    moved = sam.deal(deal)
    assert moved is not None and moved.owner_id == team.ids["sam"]
