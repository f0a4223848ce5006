"""Deals across the pipelines, with their history: created, moved on, won or lost, shared.

Each deal's tasks and activities are drawn right after the deal itself (see `work`), so the
random draws stay in the order a seed's company depends on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from workbench.domain.enums import EventKind, OpportunityStatus, ReasonKind
from workbench.domain.models import Stage
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.customers import Customers
from workbench.services.demo.people import Staff
from workbench.services.demo.words import CURRENCY_BY_COUNTRY, DEAL_WORDS, PRODUCTS
from workbench.services.demo.work import deal_activity, deal_tasks, todays_meetings

AMOUNTS = [500, 1200, 2500, 4800, 9900, 15000, 24000, 48000, 75000, 120000, 250000]
COMPETITORS = ["Contoso", "Initech", "Globex", "Umbrella", "Hooli"]


@dataclass
class Deals:
    opportunities: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    shares: list[Row] = field(default_factory=list)
    tasks: list[Row] = field(default_factory=list)
    activities: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Deal:
    """One deal as drawn, with what its history, tasks and activities are made from."""

    row: Row
    stages: list[Stage]
    stage: Stage
    created: datetime
    entered: datetime
    progressed: datetime

    @property
    def closed(self) -> bool:
        return bool(self.row["status"] != OpportunityStatus.OPEN)


def make_deals(demo: Demo, deals: int, staff: Staff, customers: Customers) -> Deals:
    made = Deals()
    for _ in range(deals):
        deal = _deal(demo, staff, customers)
        made.opportunities.append(deal.row)
        made.events += _history(deal)
        if demo.rng.random() < 0.05:
            made.shares.append(
                {
                    "opportunity_id": deal.row["id"],
                    "user_id": demo.rng.choice(staff.account_executives),
                    "role": "colleague",
                }
            )
        made.tasks += deal_tasks(demo, staff, deal)
        activity = deal_activity(demo, deal)
        if activity is not None:
            made.activities.append(activity)
    made.activities += todays_meetings(demo, made.opportunities)
    return made


def _deal(demo: Demo, staff: Staff, customers: Customers) -> Deal:
    rng, today = demo.rng, demo.today
    main_pipeline = demo.pipelines[0]
    others = demo.pipelines[1:] or demo.pipelines
    pipeline = main_pipeline if rng.random() < 0.7 else rng.choice(others)
    stages = demo.stages_by_pipeline[pipeline.id]
    # Earlier stages hold more deals, as in any real funnel.
    stage = stages[min(int(rng.triangular(0, len(stages), 0)), len(stages) - 1)]
    a_index = rng.randrange(len(customers.accounts))
    account = customers.accounts[a_index]
    roll = rng.random()
    deal_status = (
        OpportunityStatus.OPEN
        if roll < 0.8
        else OpportunityStatus.WON
        if roll < 0.92
        else OpportunityStatus.LOST
    )
    created = demo.ago(200, 5)
    entered = max(created, today - timedelta(days=rng.expovariate(1 / (stage.target_days * 0.8))))
    progressed = (
        max(entered, demo.ago((today - entered).days + 0.1)) if rng.random() < 0.6 else entered
    )
    owner = demo.me if rng.random() < 0.15 else rng.choice(staff.account_executives)
    amount = rng.choice(AMOUNTS) * rng.uniform(0.6, 1.6)
    opp_id = demo.uid()
    contact_id = rng.choice(customers.contacts_of[a_index])
    reason, competitor = _close_reason(demo, deal_status)
    row = {
        "id": opp_id,
        "title": f"{account['name'].split(' ')[0]} {rng.choice(PRODUCTS)} "
        f"{rng.choice(DEAL_WORDS).lower()}",
        "account_id": account["id"],
        "contact_id": contact_id,
        "pipeline_id": pipeline.id,
        "stage_id": stage.id,
        "amount_minor": int(amount) * 100,
        "currency": CURRENCY_BY_COUNTRY.get(account["country"], "EUR"),
        "expected_close": (entered + timedelta(days=rng.randint(-10, 120))).date(),
        "owner_id": owner,
        "status": deal_status,
        "close_reason_id": reason,
        "close_note": "",
        "competitor": competitor,
        "closed_at": progressed if deal_status != OpportunityStatus.OPEN else None,
        "stage_entered_at": entered,
        "last_progress_at": progressed,
        "source_lead_id": None,
        "notes": "",
        "forecast_category": None,
    }
    return Deal(row, stages, stage, created, entered, progressed)


def _close_reason(demo: Demo, status: OpportunityStatus) -> tuple[uuid.UUID | None, str]:
    """Why a closed deal was won or lost, and the competitor that took a lost one."""
    rng = demo.rng
    if status == OpportunityStatus.WON:
        return rng.choice(demo.reasons[ReasonKind.WON]), ""
    if status == OpportunityStatus.LOST:
        reason = rng.choice(demo.reasons[ReasonKind.LOST])
        return reason, rng.choice(COMPETITORS) if reason == demo.competitor_reason else ""
    return None, ""


#: The history columns only some kinds of event carry (a created event carries them all).
_NO_VALUES = dict.fromkeys(
    ("amount_minor", "currency", "expected_close", "owner_id", "forecast_category")
)


def _history(deal: Deal) -> list[Row]:
    opp = deal.row
    events = [
        {
            "opportunity_id": opp["id"],
            "kind": EventKind.CREATED,
            "at": deal.created,
            "user_id": opp["owner_id"],
            "from_stage_id": None,
            "to_stage_id": deal.stages[0].id,
            "details": "",
            **{key: opp.get(key) for key in _NO_VALUES},
        }
    ]
    if deal.stage.position > 0:
        events.append(
            {
                "opportunity_id": opp["id"],
                "kind": EventKind.STAGE_CHANGED,
                "at": deal.entered,
                "user_id": opp["owner_id"],
                "from_stage_id": deal.stages[deal.stage.position - 1].id,
                "to_stage_id": deal.stage.id,
                "details": "",
                **_NO_VALUES,
            }
        )
    if deal.closed:
        events.append(
            {
                "opportunity_id": opp["id"],
                "kind": EventKind(opp["status"].value),
                "at": deal.progressed,
                "user_id": opp["owner_id"],
                "from_stage_id": deal.stage.id,
                "to_stage_id": None,
                "details": opp["competitor"],
                **_NO_VALUES,
            }
        )
    return events
