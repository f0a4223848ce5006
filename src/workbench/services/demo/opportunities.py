"""Deals across the pipelines, created over the past year, each with its history (see
`history`), some converted from a lead and some shared with a colleague."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from workbench.domain.enums import EventKind, ShareRole
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.customers import Customers
from workbench.services.demo.history import Start, Story, tell
from workbench.services.demo.leads import converted_lead
from workbench.services.demo.people import Staff
from workbench.services.demo.rhythm import busy_moment
from workbench.services.demo.words import (
    CURRENCY_BY_COUNTRY,
    DEAL_WORDS,
    FX,
    PRODUCTS,
    in_language,
)
from workbench.texts import fill, translate

AMOUNTS = [500, 1200, 2500, 4800, 9900, 15000, 24000, 48000, 75000, 120000, 250000]
FROM_A_LEAD = 0.22  # the share of deals an SDR converted from a lead
IN_DOLLARS = 0.05  # export deals quoted in US dollars whatever the customer's country
YEAR = timedelta(days=365)


@dataclass(frozen=True)
class Deal:
    """One deal as drawn: its row, and the story its tasks and activities follow."""

    row: Row
    story: Story
    created: datetime
    # The last completed activity, when it came after the deal's last stage change or close.
    touch: datetime | None

    @property
    def closed(self) -> bool:
        return self.story.closed_at is not None


@dataclass
class Deals:
    deals: list[Deal] = field(default_factory=list)
    opportunities: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    shares: list[Row] = field(default_factory=list)
    leads: list[Row] = field(default_factory=list)  # the leads converted into these deals


def make_deals(demo: Demo, deals: int, staff: Staff, customers: Customers) -> Deals:
    made = Deals()
    contacts = {c["id"]: c for c in customers.contacts}
    names = {u["id"]: u["name"] for u in staff.users}
    for _ in range(deals):
        deal, lead = _deal(demo, staff, customers, contacts)
        made.deals.append(deal)
        made.opportunities.append(deal.row)
        made.events += deal.story.events
        if lead is not None:
            made.leads.append(lead)
        if demo.rng.random() < 0.05:
            _share(demo, staff, deal, names, made)
    return made


def _deal(
    demo: Demo, staff: Staff, customers: Customers, contacts: dict[uuid.UUID, Row]
) -> tuple[Deal, Row | None]:
    rng, today = demo.rng, demo.today
    main_pipeline = demo.pipelines[0]
    others = demo.pipelines[1:] or demo.pipelines
    pipeline = main_pipeline if rng.random() < 0.7 else rng.choice(others)
    stages = demo.stages_by_pipeline[pipeline.id]
    a_index = rng.randrange(len(customers.accounts))
    account = customers.accounts[a_index]
    contact_id = rng.choice(customers.contacts_of[a_index])
    # The company grows: more deals begin in recent months than a year ago.
    latest = today - timedelta(hours=2)
    since = min(today - YEAR * rng.random() ** 1.3, latest)
    created = busy_moment(rng, since, min(since + timedelta(days=3), latest))
    owner = demo.me if rng.random() < 0.1 else rng.choice(staff.account_executives)
    currency = (
        "USD" if rng.random() < IN_DOLLARS else CURRENCY_BY_COUNTRY.get(account["country"], "EUR")
    )
    # Priced in euros, then in the deal's currency, in round tens.
    value = Decimal(rng.choice(AMOUNTS) * rng.uniform(0.6, 1.6)) * Decimal(FX[currency])
    amount_minor = int(round(value, -1)) * 100
    opp_id = demo.uid()
    lead, creator = None, owner
    if rng.random() < FROM_A_LEAD:
        creator = rng.choice(staff.sdrs)
        lead = converted_lead(demo, creator, account, contacts[contact_id], created, opp_id)
    close = created.date() + timedelta(days=rng.randint(20, 120))
    start = Start(opp_id, created, creator, owner, amount_minor, currency, close)
    story = tell(demo, staff, stages, start)
    # Closing is progress and reopening is not: a reopened deal keeps its close as progress.
    closes = [e["at"] for e in story.events if e["kind"] in (EventKind.WON, EventKind.LOST)]
    progress = max([story.entered, *closes])
    touch = None
    if story.closed_at is None and rng.random() < 0.6:
        touch = busy_moment(rng, progress, today)
        progress = touch
    row = {
        "id": opp_id,
        "title": _title(account["name"], rng.choice(PRODUCTS), rng.choice(DEAL_WORDS)),
        "account_id": account["id"],
        "contact_id": contact_id,
        "pipeline_id": pipeline.id,
        "stage_id": story.stage.id,
        "amount_minor": story.amount_minor,
        "currency": currency,
        "expected_close": story.expected_close,
        "owner_id": story.owner,
        "status": story.status,
        "close_reason_id": story.reason,
        "close_note": "",
        "competitor": story.competitor,
        "closed_at": story.closed_at,
        "stage_entered_at": story.entered,
        "last_progress_at": progress,
        "source_lead_id": lead["id"] if lead else None,
        "notes": "",
        "forecast_category": story.forecast,
    }
    return Deal(row, story, created, touch), lead


def _share(demo: Demo, staff: Staff, deal: Deal, names: dict[uuid.UUID, str], made: Deals) -> None:
    """Two people working the deal: the owner asked a colleague of the team in."""
    rng, story = demo.rng, deal.story
    colleagues = [u for u in staff.colleagues(story.owner) if u != demo.me]
    if not colleagues:
        return
    colleague = rng.choice(colleagues)
    at = busy_moment(rng, deal.created, story.closed_at or demo.today)
    made.shares.append(
        {"opportunity_id": deal.row["id"], "user_id": colleague, "role": ShareRole.COLLEAGUE}
    )
    made.events.append(
        {
            "opportunity_id": deal.row["id"],
            "kind": EventKind.SHARED,
            "at": at,
            "user_id": story.owner_at(at),
            "details": f"{names[colleague]} ({ShareRole.COLLEAGUE.value})",
        }
    )


def _title(account: str, product: str, kind: str) -> str:
    """A deal's title: the account's first word, what is sold and the kind of deal, in the
    person's language and word order."""
    words = (account.split(" ")[0], in_language(product), in_language(kind))
    return fill(translate("Demo", "%1 %2 %3"), *words)
