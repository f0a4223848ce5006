"""A realistic, deterministic demo company for trying the app and for benchmarks.

The same seed on the same day gives the same company. Rows go in through the unit of
work's bulk path (stamped and in the outbox like any write), fast enough for 100,000 deals.

One module per kind of record: people (users and teams), customers (accounts and
contacts), leads, opportunities (with their history) and work (their tasks and activities),
offers (the catalogue and offers); words has what they are all made of. They draw from one
random source in the order generate_demo calls them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy import func, select

from workbench.domain.base import Synced
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Lead,
    Offer,
    Opportunity,
    OpportunityEvent,
    OpportunityShare,
    Product,
    Task,
    Team,
    User,
)
from workbench.errors import WorkbenchError
from workbench.services.demo.context import Demo, Row, load_demo
from workbench.services.demo.customers import make_customers
from workbench.services.demo.leads import make_leads
from workbench.services.demo.offers import catalogue_and_offers
from workbench.services.demo.opportunities import make_deals
from workbench.services.demo.people import Staff, make_staff
from workbench.services.demo.words import DEMO_COMPANY
from workbench.store.db import Database

__all__ = ["DemoSummary", "Progress", "generate_demo"]

BATCH = 20000  # rows per bulk insert


@dataclass(frozen=True)
class DemoSummary:
    users: int
    accounts: int
    contacts: int
    leads: int
    opportunities: int
    tasks: int
    activities: int
    seconds: float
    products: int = 0
    offers: int = 0


Progress = Callable[[str], None]


def generate_demo(
    db: Database, deals: int, seed: int = 1, progress: Progress | None = None
) -> DemoSummary:
    if deals < 0:
        raise ValueError("the number of deals can't be negative")
    started = datetime.now(UTC)
    say = progress or (lambda _msg: None)
    today = datetime.combine(started.date(), time(8, 0), tzinfo=UTC)
    demo = load_demo(db, random.Random(seed), today)

    say("users")
    staff = make_staff(demo)
    _refuse_a_seed_already_used(db, staff, seed)
    say("accounts")
    customers = make_customers(demo, deals, staff.account_executives)
    say("leads")
    leads = make_leads(demo, deals, staff.sdrs)
    say("opportunities")
    made = make_deals(demo, deals, staff, customers)
    say("offers")
    catalogue_rows = catalogue_and_offers(demo, made.opportunities, _offers_this_year(db, demo))
    if not db.get_meta("company.name"):
        for key, value in DEMO_COMPANY.items():
            db.set_meta(key, value)

    say("writing")
    batches: list[tuple[type[Synced], list[Row]]] = [
        (Account, customers.accounts),
        (Contact, customers.contacts),
        (Lead, leads),
        (Opportunity, made.opportunities),
        (OpportunityEvent, made.events + catalogue_rows.pop(OpportunityEvent)),
        (OpportunityShare, made.shares),
        (Task, made.tasks),
        (Activity, made.activities),
        *catalogue_rows.items(),
    ]
    with db.unit_of_work() as uow:
        uow.bulk_insert(Team, staff.teams)
        uow.bulk_insert(User, staff.users)
        for model, rows in batches:
            say(model.__tablename__)  # type: ignore[attr-defined]
            for start in range(0, len(rows), BATCH):
                uow.bulk_insert(model, rows[start : start + BATCH])
        me_user = uow.session.get(User, demo.me)
        if me_user is not None:
            me_user.team_id = staff.teams[0]["id"]
    return DemoSummary(
        users=len(staff.users),
        accounts=len(customers.accounts),
        contacts=len(customers.contacts),
        leads=len(leads),
        opportunities=len(made.opportunities),
        tasks=len(made.tasks),
        activities=len(made.activities),
        products=len(catalogue_rows[Product]),
        offers=len(catalogue_rows[Offer]),
        seconds=(datetime.now(UTC) - started).total_seconds(),
    )


def _offers_this_year(db: Database, demo: Demo) -> int:
    """How many offers this year's numbers already count, so the demo's follow on."""
    with db.read() as s:
        last_number = s.scalar(
            select(func.max(Offer.number)).where(Offer.number.like(f"OF-{demo.today.year}-%"))
        )
    return int(last_number[-5:]) if last_number else 0


def _refuse_a_seed_already_used(db: Database, staff: Staff, seed: int) -> None:
    # A seed draws the same ids every time: a second run would collide on its own rows.
    with db.read() as s:
        if s.get(Team, staff.teams[0]["id"]) is not None:
            raise WorkbenchError(
                f"This database already holds the demo company of seed {seed}; nothing was "
                "added. Choose another --seed to add a second one."
            )
