"""A realistic, deterministic demo company for trying the app and for benchmarks.

The same seed on the same day gives the same company. Rows go in through the unit of
work's bulk path (stamped and in the outbox like any write), fast enough for 100,000 deals.

One module per kind of record: people (users and teams), customers (accounts and
contacts), leads, opportunities (with their history, told by history) and work (the tasks
and activities around deals and leads), offers (the catalogue and offers), targets (exchange
rates and quotas); words has what they are all made of and rhythm when people work. They
draw from one random source in the order generate_demo calls them; the work, a million rows
at 100,000 deals, is drawn from a source of its own while it is written, a slice at a time.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select

from workbench.domain.base import Synced
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    ExchangeRate,
    Lead,
    Offer,
    Opportunity,
    OpportunityEvent,
    OpportunityShare,
    Product,
    Quota,
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
from workbench.services.demo.targets import exchange_rates, quotas
from workbench.services.demo.words import DEMO_COMPANY
from workbench.services.demo.work import work
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
    events: int = 0
    exchange_rates: int = 0
    quotas: int = 0


Progress = Callable[[str], None]


def generate_demo(
    db: Database,
    deals: int,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    day: date | None = None,
) -> DemoSummary:
    """The demo company of `seed` as it stands on `day` (default: today): its year of
    history ends there, in that day's weeks."""
    if deals < 0:
        raise ValueError("the number of deals can't be negative")
    started = datetime.now(UTC)
    say = progress or (lambda _msg: None)
    today = datetime.combine(day or started.date(), time(8, 0), tzinfo=UTC)
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
    leads += made.leads
    # The work's own random source, so it can be drawn while it is written.
    work_demo = replace(demo, rng=random.Random(demo.rng.getrandbits(64)))
    say("offers")
    began = {d.row["id"]: d.created for d in made.deals}
    catalogue_rows = catalogue_and_offers(
        demo, made.opportunities, began, _offers_this_year(db, demo)
    )
    rates = _not_set_yet(db, ExchangeRate, exchange_rates(demo))
    targets = _not_set_yet(db, Quota, quotas(demo, staff, made.opportunities))
    if not db.get_meta("company.name"):
        for key, value in DEMO_COMPANY.items():
            db.set_meta(key, value)

    say("writing")
    events = made.events + catalogue_rows.pop(OpportunityEvent)
    batches: list[tuple[type[Synced], list[Row]]] = [
        (Account, customers.accounts),
        (Contact, customers.contacts),
        (Lead, leads),
        (Opportunity, made.opportunities),
        (OpportunityEvent, events),
        (OpportunityShare, made.shares),
        (ExchangeRate, rates),
        (Quota, targets),
        *catalogue_rows.items(),
    ]
    tasks = activities = 0
    with db.unit_of_work() as uow:
        uow.bulk_insert(Team, staff.teams)
        uow.bulk_insert(User, staff.users)
        for model, rows in batches:
            say(model.__tablename__)  # type: ignore[attr-defined]
            for start in range(0, len(rows), BATCH):
                uow.bulk_insert(model, rows[start : start + BATCH])
        say("task and activity")
        for task_rows, activity_rows in work(work_demo, staff, made.deals, leads):
            tasks += uow.bulk_insert(Task, task_rows)
            activities += uow.bulk_insert(Activity, activity_rows)
        me_user = uow.session.get(User, demo.me)
        if me_user is not None:
            me_user.team_id = staff.teams[0]["id"]
    return DemoSummary(
        users=len(staff.users),
        accounts=len(customers.accounts),
        contacts=len(customers.contacts),
        leads=len(leads),
        opportunities=len(made.opportunities),
        tasks=tasks,
        activities=activities,
        products=len(catalogue_rows[Product]),
        offers=len(catalogue_rows[Offer]),
        events=len(events),
        exchange_rates=len(rates),
        quotas=len(targets),
        seconds=(datetime.now(UTC) - started).total_seconds(),
    )


def _offers_this_year(db: Database, demo: Demo) -> int:
    """How many offers this year's numbers already count, so the demo's follow on."""
    with db.read() as s:
        last_number = s.scalar(
            select(func.max(Offer.number)).where(Offer.number.like(f"OF-{demo.today.year}-%"))
        )
    return int(last_number[-5:]) if last_number else 0


def _not_set_yet(db: Database, model: type[ExchangeRate | Quota], rows: list[Row]) -> list[Row]:
    """The rates and quotas nobody has set yet: their keys are currency or person and month,
    so those the company (or an earlier demo, for the current user) set stand."""
    with db.read() as s:
        have = set(s.scalars(select(model.id).where(model.id.in_([r["id"] for r in rows]))))
    return [r for r in rows if r["id"] not in have]


def _refuse_a_seed_already_used(db: Database, staff: Staff, seed: int) -> None:
    # A seed draws the same ids every time: a second run would collide on its own rows.
    with db.read() as s:
        if s.get(Team, staff.teams[0]["id"]) is not None:
            raise WorkbenchError(
                f"This database already holds the demo company of seed {seed}; nothing was "
                "added. Choose another --seed to add a second one."
            )
