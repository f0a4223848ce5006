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
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from workbench.domain.base import Synced
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
    OfferStatus,
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
    Offer,
    OfferLine,
    OfferVersion,
    Opportunity,
    OpportunityEvent,
    OpportunityShare,
    Pipeline,
    PriceList,
    PriceListItem,
    Product,
    Reason,
    Stage,
    Task,
    TaskTemplate,
    Team,
    User,
)
from workbench.domain.money import round_money
from workbench.domain.offer_totals import (
    AddOn,
    LineInput,
    PaymentKind,
    PaymentOption,
    compute_totals,
    dump_json,
)
from workbench.domain.rules import company_key
from workbench.errors import WorkbenchError
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
# Plausible lengths per kind of touch; an e-mail has none.
DURATIONS = {
    ActivityKind.CALL: [45, 90, 180, 300, 600, 900],
    ActivityKind.EMAIL: [0],
    ActivityKind.MEETING: [1800, 3600, 5400],
    ActivityKind.VISIT: [2700, 3600, 7200],
}
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


# (code, name, description, unit, tax rate, standard price EUR, cost EUR)
CATALOGUE: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "FL-200",
        "Electric forklift 2.0 t",
        "Lithium-ion, 4.5 m mast, side shift",
        "pc",
        "19",
        "28900",
        "21400",
    ),
    (
        "FL-350",
        "Electric forklift 3.5 t",
        "Lithium-ion, 6 m mast, fork positioner",
        "pc",
        "19",
        "41500",
        "31800",
    ),
    ("FL-BAT", "Spare battery pack 80 V", "Lithium-ion, 460 Ah", "pc", "19", "7900", "5600"),
    ("CV-10", "Belt conveyor, 10 m", "600 mm belt, variable speed", "pc", "19", "12400", "8100"),
    ("CV-CRV", "Curve module 90°", "For belt conveyor CV series", "pc", "19", "3150", "2050"),
    (
        "PK-L1",
        "Packaging line L1",
        "Erector, filler and case sealer, 12 cases/min",
        "pc",
        "19",
        "148000",
        "112000",
    ),
    (
        "PK-LBL",
        "Label printer and applicator",
        "Print & apply, 300 dpi",
        "pc",
        "19",
        "9800",
        "6900",
    ),
    (
        "RC-6",
        "Robot cell, six-axis",
        "Payload 20 kg, safety fence and controller",
        "pc",
        "19",
        "86500",
        "64000",
    ),
    ("RC-GRP", "Vacuum gripper", "Quick-change, for RC series", "pc", "19", "4200", "2600"),
    ("SN-T1", "Temperature sensor T1", "IP67, −40 to +125 °C", "pc", "19", "89", "34"),
    ("SN-VIB", "Vibration sensor", "Wireless, 5-year battery", "pc", "19", "245", "120"),
    ("SN-GW", "Sensor gateway", "LTE and Ethernet, up to 200 sensors", "pc", "19", "1290", "740"),
    ("SL-KW", "Solar module 430 W", "Monocrystalline, black frame", "pc", "19", "189", "122"),
    ("SL-INV", "Hybrid inverter 10 kW", "Three-phase, battery ready", "pc", "19", "2890", "1980"),
    ("SL-BAT", "Storage battery 10 kWh", "LFP, wall-mounted", "pc", "19", "5400", "3900"),
    ("HV-HP", "Heat pump 16 kW", "Air/water, outdoor unit", "pc", "19", "14900", "10400"),
    ("HV-AHU", "Air handling unit 5,000 m³/h", "With heat recovery", "pc", "19", "23800", "16900"),
    ("SC-CAM", "Security camera 4K", "Outdoor dome, night vision", "pc", "19", "640", "380"),
    ("SC-NVR", "Network video recorder", "32 channels, 24 TB", "pc", "19", "3400", "2350"),
    ("SC-ACC", "Access control terminal", "Card and PIN, PoE", "pc", "19", "890", "520"),
    ("LB-CEN", "Laboratory centrifuge", "Refrigerated, 4 × 750 ml", "pc", "19", "11800", "8300"),
    ("LB-FH", "Fume hood 1.5 m", "Ducted, with airflow monitor", "pc", "19", "9600", "6900"),
    ("PP-DIG", "Digital printing press", "B2 sheet-fed, 4 colours", "pc", "19", "395000", "298000"),
    (
        "SW-CRM",
        "CRM licence",
        "Per user and year, including updates",
        "user/yr",
        "19",
        "540",
        "110",
    ),
    (
        "SW-ERP",
        "ERP licence",
        "Per user and year, finance and logistics",
        "user/yr",
        "19",
        "1380",
        "300",
    ),
    (
        "SW-BKP",
        "Cloud backup 1 TB",
        "Per TB and month, encrypted, EU data centre",
        "TB/mo",
        "19",
        "39",
        "12",
    ),
    (
        "SW-API",
        "Integration package",
        "Connectors for accounting and shop",
        "pc",
        "19",
        "6500",
        "2100",
    ),
    ("SV-INS", "Installation", "On site, per technician hour", "h", "19", "115", "62"),
    ("SV-COM", "Commissioning", "Start-up, test run and acceptance", "day", "19", "1150", "610"),
    (
        "SV-TRN",
        "Training",
        "Half-day on-site training, up to 8 people",
        "session",
        "19",
        "890",
        "420",
    ),
    ("SV-PM", "Project management", "Planning and coordination", "h", "19", "135", "70"),
    ("SV-CON", "Consulting", "Process and requirements analysis", "day", "19", "1450", "700"),
    ("SV-TRV", "Travel and accommodation", "Flat rate per trip", "trip", "19", "480", "400"),
    (
        "MT-STD",
        "Maintenance plan Standard",
        "Annual inspection, parts at list price",
        "year",
        "19",
        "1900",
        "950",
    ),
    (
        "MT-PRO",
        "Maintenance plan Pro",
        "Two inspections a year, wear parts included",
        "year",
        "19",
        "3900",
        "2200",
    ),
    ("WR-EXT", "Warranty extension", "Third and fourth year", "pc", "19", "2400", "900"),
    ("DL-FRT", "Freight and packaging", "Delivery to site, unloading", "pc", "19", "650", "520"),
    ("DL-CRN", "Crane hire", "Including operator, per day", "day", "19", "1750", "1450"),
    ("DC-MAN", "Printed manuals", "Set of operating manuals", "set", "7", "95", "40"),
    ("DC-BK", "Reference handbook", "Safety and operation handbook", "pc", "7", "49", "18"),
]
DEMO_COMPANY = {
    "company.name": "Nordlicht Systems GmbH",
    "company.address": "Am Sandtorkai 12\n20457 Hamburg\nGermany",
    "company.country": "DE",
    "company.email": "sales@nordlicht-systems.example",
    "company.phone": "+49 40 3330 1200",
    "company.website": "www.nordlicht-systems.example",
    "company.vat_id": "DE 298 765 432",
    "company.bank": "Hanseatische Bank\nIBAN DE12 2003 0000 0012 3456 78\nBIC HABADEHHXXX",
    "company.color": "#0b5cad",
}
FX = {"EUR": "1", "GBP": "0.86", "CHF": "0.95", "SEK": "11.5", "PLN": "4.3"}
ADD_ONS = [
    ("Equipment insurance", "39.00"),
    ("Service plan Plus", "89.00"),
    ("Remote monitoring", "24.00"),
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
    with db.read() as s:
        if s.get(Team, team_north) is not None:  # the seed's ids are taken: it ran before
            raise WorkbenchError(
                f"This database already holds the demo company of seed {seed}; nothing was "
                "added. Choose another --seed to add a second one."
            )
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
                    "duration_seconds": rng.choice(DURATIONS[kind]),
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

    say("offers")
    with db.read() as s:
        last_number = s.scalar(
            select(func.max(Offer.number)).where(Offer.number.like(f"OF-{today.year}-%"))
        )
    catalogue_rows = _catalogue_and_offers(
        rng, uid, opps, reasons, today, int(last_number[-5:]) if last_number else 0
    )
    events += catalogue_rows.pop(OpportunityEvent)
    if not db.get_meta("company.name"):
        for key, value in DEMO_COMPANY.items():
            db.set_meta(key, value)

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
        batches: list[tuple[type[Synced], list[dict[str, Any]]]] = [
            (Account, accounts),
            (Contact, contacts),
            (Lead, leads),
            (Opportunity, opps),
            (OpportunityEvent, events),
            (OpportunityShare, shares),
            (Task, tasks),
            (Activity, activities),
            *catalogue_rows.items(),
        ]
        for model, rows in batches:
            say(model.__tablename__)  # type: ignore[attr-defined]
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
        products=len(catalogue_rows[Product]),
        offers=len(catalogue_rows[Offer]),
        seconds=(datetime.now(UTC) - started).total_seconds(),
    )


def _catalogue_and_offers(
    rng: random.Random,
    uid: Callable[[], uuid.UUID],
    opps: list[dict[str, Any]],
    reasons: dict[ReasonKind, list[uuid.UUID]],
    today: datetime,
    year_offers: int,
) -> dict[type[Synced], list[dict[str, Any]]]:
    """Two price lists, the product catalogue, and offers in every status for a few
    hundred deals (some revised into several versions), totals computed as the app does."""
    standard, partner = uid(), uid()
    price_lists = [
        {"id": standard, "name": "Standard", "is_default": True, "active": True},
        {"id": partner, "name": "Partner", "is_default": False, "active": True},
    ]
    products: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    price: dict[tuple[uuid.UUID, uuid.UUID, str], Decimal] = {}
    for code, name, description, unit, tax, eur, cost in CATALOGUE:
        pid = uid()
        products.append(
            {
                "id": pid,
                "code": code,
                "name": name,
                "description": description,
                "unit": unit,
                "tax_rate": Decimal(tax),
                "cost": Decimal(cost),
                "cost_currency": "EUR",
                "active": True,
            }
        )
        for list_id, factor in ((standard, Decimal(1)), (partner, Decimal("0.88"))):
            for currency, rate in FX.items():
                amount = round_money(Decimal(eur) * factor * Decimal(rate), currency)
                price[(list_id, pid, currency)] = amount
                items.append(
                    {
                        "price_list_id": list_id,
                        "product_id": pid,
                        "currency": currency,
                        "unit_price": amount,
                    }
                )

    offers: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    candidates = [o for o in opps if o["currency"] in FX]
    chosen = candidates[: min(len(candidates), max(10, min(300, len(opps) // 3)))]
    for n, opp in enumerate(chosen, start=year_offers + 1):
        if opp["status"] == OpportunityStatus.WON:
            final = OfferStatus.ACCEPTED
        elif opp["status"] == OpportunityStatus.LOST:
            final = OfferStatus.REJECTED
        else:
            final = rng.choice(
                [
                    OfferStatus.DRAFT,
                    OfferStatus.SENT,
                    OfferStatus.SENT,
                    OfferStatus.EXPIRED,
                    OfferStatus.REJECTED,
                ]
            )
        n_versions = rng.choice([1, 1, 1, 2, 2, 3])
        offer_id = uid()
        list_id = partner if rng.random() < 0.25 else standard
        picks = rng.sample(products, rng.randint(2, 9))
        discount = Decimal(rng.choice([0, 0, 0, 3, 5, 10]))
        created = min(opp["stage_entered_at"], today - timedelta(days=5 * n_versions + 2))
        for version in range(1, n_versions + 1):
            latest = version == n_versions
            status = final if latest else OfferStatus.SENT
            if not latest:
                status = OfferStatus.REJECTED if rng.random() < 0.3 else OfferStatus.SENT
            at = created + timedelta(days=5 * (version - 1))
            sent = status != OfferStatus.DRAFT
            vid = uid()
            line_inputs = []
            for pos, product in enumerate(picks):
                list_eur = price[(standard, product["id"], "EUR")]
                # Big machines come one or two at a time, sensors and hours by the dozen.
                qty = Decimal(
                    rng.choice(
                        [1, 1, 2]
                        if list_eur > 20000
                        else [1, 2, 3, 4]
                        if list_eur > 2000
                        else [1, 2, 5, 10, 20, 40]
                    )
                )
                if version > 1 and pos == 0:
                    qty += version - 1  # the revision after the call
                unit_price = price[(list_id, product["id"], opp["currency"])]
                line_discount = Decimal(rng.choice([0, 0, 0, 5, 10]))
                optional = pos == len(picks) - 1 and len(picks) > 3
                line_inputs.append(
                    LineInput(qty, unit_price, line_discount, product["tax_rate"], optional)
                )
                lines.append(
                    {
                        "version_id": vid,
                        "position": pos,
                        "section": "Services"
                        if product["code"][:2] in ("SV", "MT", "DL")
                        else "Equipment",
                        "product_id": product["id"],
                        "code": product["code"],
                        "description": f"{product['name']}\n{product['description']}",
                        "quantity": qty,
                        "unit": product["unit"],
                        "unit_price": unit_price,
                        "discount_percent": line_discount,
                        "tax_rate": product["tax_rate"],
                        "optional": optional,
                        "unit_cost": product["cost"] if opp["currency"] == "EUR" else None,
                    }
                )
            options = [PaymentOption(PaymentKind.ONE_OFF)]
            if rng.random() < 0.4:
                options.append(PaymentOption(PaymentKind.INSTALMENTS, rng.choice([6, 12, 24])))
            if rng.random() < 0.25:
                options.append(
                    PaymentOption(PaymentKind.LEASING, rng.choice([36, 48]), Decimal("4.9"))
                )
            add_ons = [
                AddOn(name, Decimal(p), Decimal(19)) for name, p in ADD_ONS if rng.random() < 0.2
            ]
            totals = compute_totals(
                line_inputs,
                opp["currency"],
                discount_percent=discount,
                payment_options=options,
                add_ons=add_ons,
            )
            valid_until = (at + timedelta(days=30)).date()
            if status == OfferStatus.EXPIRED:
                valid_until = (today - timedelta(days=rng.randint(1, 20))).date()
            elif status == OfferStatus.SENT:
                valid_until = max(valid_until, (today + timedelta(days=rng.randint(3, 25))).date())
            decided = status in (OfferStatus.ACCEPTED, OfferStatus.REJECTED)
            versions.append(
                {
                    "id": vid,
                    "offer_id": offer_id,
                    "version": version,
                    "status": status,
                    "currency": opp["currency"],
                    "price_list_id": list_id,
                    "valid_until": valid_until,
                    "delivery_terms": "Delivery within 4–6 weeks of order confirmation.",
                    "payment_terms": "Payable within 30 days of invoice date without deduction.",
                    "introduction": "Thank you for your interest. We are pleased to offer you the "
                    "following.",
                    "closing": "We look forward to working with you.",
                    "discount_percent": discount,
                    "discount_reason": "",
                    "net_total": totals.net,
                    "gross_total": totals.gross,
                    "sent_at": at if sent else None,
                    "decided_at": at + timedelta(days=2) if decided else None,
                    "rejection_reason_id": rng.choice(reasons[ReasonKind.OFFER_REJECTED])
                    if status == OfferStatus.REJECTED and reasons[ReasonKind.OFFER_REJECTED]
                    else None,
                    "rejection_note": "",
                    "document_path": "",
                    "payment_options": dump_json(options),
                    "add_ons": dump_json(add_ons),
                    "created_at": at,
                }
            )
            kinds = [EventKind.OFFER_SENT] if sent else []
            if status == OfferStatus.ACCEPTED:
                kinds.append(EventKind.OFFER_ACCEPTED)
            elif status == OfferStatus.REJECTED:
                kinds.append(EventKind.OFFER_REJECTED)
            for i, kind in enumerate(kinds):
                events.append(
                    {
                        "opportunity_id": opp["id"],
                        "kind": kind,
                        "at": at + timedelta(days=2 * i),
                        "user_id": opp["owner_id"],
                        "from_stage_id": None,
                        "to_stage_id": None,
                        "details": f"OF-{today.year}-{n:05d} v{version}",
                    }
                )
        offers.append(
            {
                "id": offer_id,
                "number": f"OF-{today.year}-{n:05d}",
                "opportunity_id": opp["id"],
                "account_id": opp["account_id"],
                "contact_id": opp["contact_id"],
                "owner_id": opp["owner_id"],
                "status": final,
                "latest_version": n_versions,
            }
        )
    return {
        PriceList: price_lists,
        Product: products,
        PriceListItem: items,
        Offer: offers,
        OfferVersion: versions,
        OfferLine: lines,
        OpportunityEvent: events,
    }
