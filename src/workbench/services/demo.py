"""A realistic, deterministic demo company for trying the app and for benchmarks.

The same seed on the same day gives the same company. Rows go in through the unit of
work's bulk path (stamped and in the outbox like any write), fast enough for 100,000 deals.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from workbench.domain.enums import (
    AccountKind,
    ActivityKind,
    ActivityStatus,
    CallOutcome,
    Direction,
    EventKind,
    LeadDirection,
    LeadSource,
    LeadStatus,
    OpportunityStatus,
    ReasonKind,
    Role,
    TaskKind,
)
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Lead,
    Opportunity,
    OpportunityEvent,
    OpportunityShare,
    Pipeline,
    Reason,
    Stage,
    Task,
    TaskTemplate,
    Team,
    User,
)
from workbench.domain.rules import company_key
from workbench.services.setup import current_user_id
from workbench.store.db import Database

FIRST = (
    "Anna Ben Clara David Emma Felix Greta Hugo Ida Jonas Karin Lukas Maria Nils Olga Paul "
    "Quinn Rosa Sven Tara Uwe Vera Willem Xenia Yusuf Zoe Amelie Bruno Chloe Dario Elif Frank "
    "Hanna Igor Julia Kai Lena Marco Nora Oskar Pia Rafael Sofia Tobias Ulla Viktor"
).split()
LAST = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
    "Klein Wolf Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann "
    "Smith Jones Brown Taylor Wilson Evans Dubois Martin Bernard Rossi Russo Nowak Jensen "
    "Nielsen Andersson Larsen Virtanen Novak Horvat Silva Santos García López"
).split()
COMPANY_A = (
    "Alpen Nord Süd Rhein Elbe Hansa Baltic Atlas Orion Vega Nova Delta Apex Summit Pioneer "
    "Falcon Cedar Granite Harbor Meridian Polar Quantum Silver Union Vertex Zenith Aurora Blue "
    "Crown Echo"
).split()
COMPANY_B = (
    "Logistik Maschinenbau Software Systems Medical Energy Foods Bau Textil Druck Solar "
    "Robotics Analytics Pharma Optics Metall Holz Möbel Consulting Automotive Labs Retail "
    "Kunststoff Elektro"
).split()
FORMS = ["GmbH", "AG", "GmbH & Co. KG", "Ltd", "SE", "Oy", "AB", "S.A.", "B.V.", "Inc."]
INDUSTRIES = (
    "Manufacturing|Logistics|Software|Healthcare|Energy|Food and beverage|Construction|"
    "Retail|Automotive|Pharmaceuticals|Professional services"
).split("|")
CITIES = [
    ("Berlin", "DE", "+4930"),
    ("Hamburg", "DE", "+4940"),
    ("München", "DE", "+4989"),
    ("Köln", "DE", "+49221"),
    ("Wien", "AT", "+431"),
    ("Zürich", "CH", "+4144"),
    ("Amsterdam", "NL", "+3120"),
    ("Stockholm", "SE", "+468"),
    ("Helsinki", "FI", "+3589"),
    ("London", "GB", "+4420"),
    ("Paris", "FR", "+331"),
    ("Warszawa", "PL", "+4822"),
]
DEAL_WORDS = (
    "Rollout|Expansion|Renewal|Pilot|Upgrade|Framework agreement|Service contract|"
    "Replacement|New site|Maintenance|Training|Integration"
).split("|")
PRODUCTS = (
    "fleet|packaging line|CRM licences|sensors|solar roof|forklifts|lab equipment|ERP|"
    "cloud backup|conveyors|printing press|security system|HVAC|robot cell"
).split("|")
TITLES = [
    "CEO",
    "CFO",
    "Head of Purchasing",
    "Operations Manager",
    "IT Director",
    "Buyer",
    "Plant Manager",
    "Project Lead",
    "Office Manager",
    "Head of Sales",
]
CURRENCY_BY_COUNTRY = {"GB": "GBP", "SE": "SEK", "CH": "CHF", "PL": "PLN"}

STAFF: list[tuple[str, Role, str]] = [
    ("Sabine Krüger", Role.MANAGER, "Sales"),
    ("Tom Becker", Role.ACCOUNT_EXECUTIVE, "Sales"),
    ("Aylin Demir", Role.ACCOUNT_EXECUTIVE, "Sales"),
    ("Jan Hoffmann", Role.ACCOUNT_EXECUTIVE, "Sales"),
    ("Mia Lindqvist", Role.ACCOUNT_EXECUTIVE, "Sales"),
    ("Piotr Nowak", Role.ACCOUNT_EXECUTIVE, "Sales"),
    ("Lea Vogel", Role.SDR, "Sales"),
    ("Omar Haddad", Role.SDR, "Sales"),
    ("Nina Roth", Role.MARKETING, "Marketing"),
    ("Eva Sommer", Role.CUSTOMER_SUCCESS, "Customer success"),
    ("Kurt Brandt", Role.ANALYST, "Business analysis"),
    ("Ines Weiß", Role.TECHNICIAN, "Technical"),
    ("Ole Berg", Role.DESIGNER, "Design"),
]


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


Progress = Callable[[str], None]


def generate_demo(
    db: Database, deals: int, seed: int = 1, progress: Progress | None = None
) -> DemoSummary:
    if deals < 0:
        raise ValueError("the number of deals can't be negative")
    started = datetime.now(UTC)
    say = progress or (lambda _msg: None)
    rng = random.Random(seed)
    today = datetime.combine(started.date(), time(8, 0), tzinfo=UTC)

    def uid() -> uuid.UUID:
        return uuid.UUID(int=rng.getrandbits(128), version=4)

    def ago(max_days: float, min_days: float = 0.0) -> datetime:
        return today - timedelta(days=rng.uniform(min_days, max_days))

    me = current_user_id(db)
    with db.read() as s:
        pipelines = list(
            s.scalars(
                select(Pipeline).where(Pipeline.deleted.is_(False)).order_by(Pipeline.position)
            )
        )
        stages_by_pipeline = {
            p.id: list(
                s.scalars(
                    select(Stage)
                    .where(Stage.pipeline_id == p.id, Stage.deleted.is_(False))
                    .order_by(Stage.position)
                )
            )
            for p in pipelines
        }
        templates: dict[uuid.UUID, list[TaskTemplate]] = {}
        for t in s.scalars(
            select(TaskTemplate)
            .where(TaskTemplate.deleted.is_(False))
            .order_by(TaskTemplate.position)
        ):
            templates.setdefault(t.stage_id, []).append(t)
        reasons = {
            kind: [r.id for r in s.scalars(select(Reason).where(Reason.kind == kind))]
            for kind in ReasonKind
        }
        competitor_reason = next(
            (
                r.id
                for r in s.scalars(
                    select(Reason).where(
                        Reason.kind == ReasonKind.LOST, Reason.label == "Competitor"
                    )
                )
            ),
            None,
        )

    # -- people --------------------------------------------------------------------------
    say("users")
    team_north, team_south = uid(), uid()
    users: list[dict[str, Any]] = []
    for i, (name, role, dept) in enumerate(STAFF):
        users.append(
            {
                "id": uid(),
                "name": name,
                "role": role,
                "department": dept,
                "email": name.lower().replace(" ", ".").replace("ü", "ue").replace("ß", "ss")
                + "@example.com",
                "team_id": team_north if i % 2 == 0 else team_south,
                "active": True,
                "phone": "",
            }
        )
    manager = users[0]["id"]
    aes = [u["id"] for u in users if u["role"] == Role.ACCOUNT_EXECUTIVE] + [me]
    sdrs = [u["id"] for u in users if u["role"] == Role.SDR] + [me]
    by_role: dict[Role, uuid.UUID] = {}
    for u in users:
        by_role.setdefault(u["role"], u["id"])

    # -- accounts and contacts -----------------------------------------------------------
    say("accounts")
    n_accounts = max(20, deals // 4)
    accounts: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    contacts_of: list[list[uuid.UUID]] = []
    seen_names: set[str] = set()
    for i in range(n_accounts):
        city, country, prefix = rng.choice(CITIES)
        b2c = rng.random() < 0.1
        if b2c:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
        else:
            name = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(FORMS)}"
            if name in seen_names:
                name = f"{name.rsplit(' ', 1)[0]} {i} {name.rsplit(' ', 1)[1]}"
        seen_names.add(name)
        account_id = uid()
        slug = company_key(name).replace(" ", "-") or f"account-{i}"
        accounts.append(
            {
                "id": account_id,
                "kind": AccountKind.PERSON if b2c else AccountKind.COMPANY,
                "name": name,
                "name_key": company_key(name),
                "industry": "" if b2c else rng.choice(INDUSTRIES),
                "website": "" if b2c else f"https://www.{slug}.example",
                "email": f"info@{slug}.example",
                "phone": f"{prefix}{rng.randint(100000, 9999999)}",
                "street": f"{rng.choice(LAST)}straße {rng.randint(1, 180)}",
                "postal_code": f"{rng.randint(10000, 99999)}",
                "city": city,
                "country": country,
                "notes": "",
                "owner_id": rng.choice(aes),
            }
        )
        ids = []
        for _ in range(1 if b2c else rng.randint(1, 3)):
            first, last = name.split(" ", 1) if b2c else (rng.choice(FIRST), rng.choice(LAST))
            cid = uid()
            ids.append(cid)
            contacts.append(
                {
                    "id": cid,
                    "account_id": account_id,
                    "first_name": first,
                    "last_name": last,
                    "title": "" if b2c else rng.choice(TITLES),
                    "email": f"{first.lower()}.{last.lower()}@{slug}.example",
                    "phone": f"{prefix}{rng.randint(100000, 9999999)}",
                    "mobile": f"+49151{rng.randint(1000000, 9999999)}",
                    "decision_maker": rng.random() < 0.35,
                    "notes": "",
                    "owner_id": rng.choice(aes),
                    "source_lead_id": None,
                }
            )
        contacts_of.append(ids)

    # -- leads ---------------------------------------------------------------------------
    say("leads")
    leads: list[dict[str, Any]] = []
    statuses = (
        [LeadStatus.NEW] * 5
        + [LeadStatus.MQL] * 3
        + [LeadStatus.SQL] * 2
        + [LeadStatus.DISQUALIFIED]
    )
    for _ in range(max(30, deals // 5)):
        city, country, prefix = rng.choice(CITIES)
        lead_status = rng.choice(statuses)
        received = ago(30) if lead_status == LeadStatus.NEW else ago(120, 3)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(FORMS)}"
        source = rng.choice(list(LeadSource))
        outbound = source in (
            LeadSource.COLD_CALL,
            LeadSource.COLD_EMAIL,
            LeadSource.PURCHASED_LIST,
            LeadSource.EVENT,
        )
        leads.append(
            {
                "id": uid(),
                "first_name": first,
                "last_name": last,
                "company": company,
                "company_key": company_key(company),
                "title": rng.choice(TITLES),
                "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@example.net",
                "phone": f"{prefix}{rng.randint(100000, 9999999)}",
                "source": source,
                "direction": LeadDirection.OUTBOUND if outbound else LeadDirection.INBOUND,
                "status": lead_status,
                "disqualify_reason_id": rng.choice(reasons[ReasonKind.DISQUALIFIED])
                if lead_status == LeadStatus.DISQUALIFIED
                else None,
                "disqualify_note": "",
                "owner_id": rng.choice(sdrs),
                "received_at": received,
                "first_contacted_at": None
                if lead_status == LeadStatus.NEW and rng.random() < 0.7
                else received + timedelta(hours=rng.uniform(1, 60)),
                "notes": "",
                "account_id": None,
                "contact_id": None,
                "opportunity_id": None,
            }
        )

    # -- opportunities with their tasks, activities and history ----------------------------
    say("opportunities")
    opps: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    shares: list[dict[str, Any]] = []
    main_pipeline = pipelines[0]
    others = pipelines[1:] or pipelines
    outcomes = list(CallOutcome)
    for _ in range(deals):
        pipeline = main_pipeline if rng.random() < 0.7 else rng.choice(others)
        stages = stages_by_pipeline[pipeline.id]
        # Earlier stages hold more deals, as in any real funnel.
        stage = stages[min(int(rng.triangular(0, len(stages), 0)), len(stages) - 1)]
        a_index = rng.randrange(n_accounts)
        account = accounts[a_index]
        country = account["country"]
        currency = CURRENCY_BY_COUNTRY.get(country, "EUR")
        roll = rng.random()
        deal_status = (
            OpportunityStatus.OPEN
            if roll < 0.8
            else OpportunityStatus.WON
            if roll < 0.92
            else OpportunityStatus.LOST
        )
        created = ago(200, 5)
        entered = max(
            created, today - timedelta(days=rng.expovariate(1 / (stage.target_days * 0.8)))
        )
        progressed = (
            max(entered, ago((today - entered).days + 0.1)) if rng.random() < 0.6 else entered
        )
        owner = me if rng.random() < 0.15 else rng.choice(aes)
        amount = rng.choice(
            [500, 1200, 2500, 4800, 9900, 15000, 24000, 48000, 75000, 120000, 250000]
        ) * rng.uniform(0.6, 1.6)
        opp_id = uid()
        contact_id = rng.choice(contacts_of[a_index])
        closed = deal_status != OpportunityStatus.OPEN
        reason = None
        competitor = ""
        if deal_status == OpportunityStatus.WON:
            reason = rng.choice(reasons[ReasonKind.WON])
        elif deal_status == OpportunityStatus.LOST:
            reason = rng.choice(reasons[ReasonKind.LOST])
            if reason == competitor_reason:
                competitor = rng.choice(["Contoso", "Initech", "Globex", "Umbrella", "Hooli"])
        opps.append(
            {
                "id": opp_id,
                "title": f"{account['name'].split(' ')[0]} {rng.choice(PRODUCTS)} "
                f"{rng.choice(DEAL_WORDS).lower()}",
                "account_id": account["id"],
                "contact_id": contact_id,
                "pipeline_id": pipeline.id,
                "stage_id": stage.id,
                "amount_minor": int(amount) * 100,
                "currency": currency,
                "expected_close": (entered + timedelta(days=rng.randint(-10, 120))).date(),
                "owner_id": owner,
                "status": deal_status,
                "close_reason_id": reason,
                "close_note": "",
                "competitor": competitor,
                "closed_at": progressed if closed else None,
                "stage_entered_at": entered,
                "last_progress_at": progressed,
                "source_lead_id": None,
                "notes": "",
            }
        )
        events.append(
            {
                "opportunity_id": opp_id,
                "kind": EventKind.CREATED,
                "at": created,
                "user_id": owner,
                "from_stage_id": None,
                "to_stage_id": stages[0].id,
                "details": "",
            }
        )
        if stage.position > 0:
            events.append(
                {
                    "opportunity_id": opp_id,
                    "kind": EventKind.STAGE_CHANGED,
                    "at": entered,
                    "user_id": owner,
                    "from_stage_id": stages[stage.position - 1].id,
                    "to_stage_id": stage.id,
                    "details": "",
                }
            )
        if closed:
            events.append(
                {
                    "opportunity_id": opp_id,
                    "kind": EventKind(deal_status.value),
                    "at": progressed,
                    "user_id": owner,
                    "from_stage_id": stage.id,
                    "to_stage_id": None,
                    "details": competitor,
                }
            )
        if rng.random() < 0.05:
            shares.append(
                {"opportunity_id": opp_id, "user_id": rng.choice(aes), "role": "colleague"}
            )
        for t in templates.get(stage.id, []):
            done = closed or rng.random() < 0.45
            assignee = by_role.get(t.default_role, owner) if t.default_role else owner
            tasks.append(
                {
                    "title": t.title,
                    "kind": TaskKind.TODO,
                    "opportunity_id": opp_id,
                    "stage_id": stage.id,
                    "template_id": t.id,
                    "lead_id": None,
                    "contact_id": contact_id,
                    "assignee_id": assignee,
                    "due_at": entered + timedelta(days=t.due_days),
                    "done_at": entered + timedelta(days=rng.uniform(0, t.due_days))
                    if done
                    else None,
                    "mandatory": t.mandatory,
                    "notes": "",
                }
            )
        if not closed and rng.random() < 0.5:
            tasks.append(
                {
                    "title": "Follow-up call",
                    "kind": TaskKind.CALL,
                    "opportunity_id": opp_id,
                    "stage_id": stage.id,
                    "template_id": None,
                    "lead_id": None,
                    "contact_id": contact_id,
                    "assignee_id": owner,
                    "due_at": today + timedelta(days=rng.randint(-5, 14), hours=rng.randint(0, 8)),
                    "done_at": None,
                    "mandatory": False,
                    "notes": "",
                }
            )
        if progressed > entered or rng.random() < 0.4:
            kind = rng.choice(
                [
                    ActivityKind.CALL,
                    ActivityKind.CALL,
                    ActivityKind.EMAIL,
                    ActivityKind.MEETING,
                    ActivityKind.VISIT,
                ]
            )
            activities.append(
                {
                    "kind": kind,
                    "status": ActivityStatus.DONE,
                    "direction": Direction.OUTBOUND if rng.random() < 0.8 else Direction.INBOUND,
                    "outcome": rng.choice(outcomes) if kind == ActivityKind.CALL else None,
                    "subject": {
                        ActivityKind.CALL: "Call",
                        ActivityKind.EMAIL: "E-mail",
                        ActivityKind.MEETING: "Meeting",
                        ActivityKind.VISIT: "Visit",
                    }[kind]
                    + f" about {rng.choice(PRODUCTS)}",
                    "started_at": progressed,
                    "duration_seconds": rng.choice([0, 90, 240, 600, 1800, 3600]),
                    "location": "",
                    "notes": "",
                    "user_id": owner,
                    "contact_id": contact_id,
                    "account_id": account["id"],
                    "opportunity_id": opp_id,
                    "lead_id": None,
                }
            )
    # A few meetings on today's calendar for the current user.
    for i in range(min(3, deals)):
        opp = opps[i]
        activities.append(
            {
                "kind": ActivityKind.MEETING,
                "status": ActivityStatus.PLANNED,
                "direction": Direction.OUTBOUND,
                "outcome": None,
                "subject": f"Meeting: {opp['title']}",
                "started_at": today + timedelta(hours=1 + 2 * i),
                "duration_seconds": 3600,
                "location": "Customer site",
                "notes": "",
                "user_id": me,
                "contact_id": opp["contact_id"],
                "account_id": opp["account_id"],
                "opportunity_id": opp["id"],
                "lead_id": None,
            }
        )

    say("writing")
    with db.unit_of_work() as uow:
        uow.bulk_insert(
            Team,
            [
                {"id": team_north, "name": "Team North", "manager_id": manager},
                {"id": team_south, "name": "Team South", "manager_id": manager},
            ],
        )
        uow.bulk_insert(User, users)
        for model, rows in (
            (Account, accounts),
            (Contact, contacts),
            (Lead, leads),
            (Opportunity, opps),
            (OpportunityEvent, events),
            (OpportunityShare, shares),
            (Task, tasks),
            (Activity, activities),
        ):
            say(model.__tablename__)
            for start in range(0, len(rows), 20000):
                uow.bulk_insert(model, rows[start : start + 20000])
        me_user = uow.session.get(User, me)
        if me_user is not None:
            me_user.team_id = team_north
    return DemoSummary(
        users=len(users),
        accounts=len(accounts),
        contacts=len(contacts),
        leads=len(leads),
        opportunities=len(opps),
        tasks=len(tasks),
        activities=len(activities),
        seconds=(datetime.now(UTC) - started).total_seconds(),
    )
