"""A year of leads: received, first contacted after a realistic response time, then
qualified, disqualified or converted into a deal (those are drawn with their deal, in
`opportunities`); the recent ones mostly still new."""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta

from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus, ReasonKind
from workbench.domain.rules import company_key
from workbench.services.demo.context import Demo, Row, mail_name
from workbench.services.demo.rhythm import at_work, busy_moment
from workbench.services.demo.words import (
    CITIES,
    COMPANY_A,
    COMPANY_B,
    FIRST,
    FORMS,
    LAST,
    TITLES,
    in_language,
)

# Drawn from with equal chance, so the weights are the repetitions: a lead of the last
# three weeks is often still new; an older one has mostly been decided on.
RECENT_MIX = (
    [LeadStatus.NEW] * 9
    + [LeadStatus.MQL] * 5
    + [LeadStatus.SQL] * 2
    + [LeadStatus.DISQUALIFIED] * 4
)
OLDER_MIX = (
    [LeadStatus.NEW] + [LeadStatus.MQL] * 5 + [LeadStatus.SQL] * 3 + [LeadStatus.DISQUALIFIED] * 11
)
RECENT = timedelta(days=21)
OUTBOUND_SOURCES = (
    LeadSource.COLD_CALL,
    LeadSource.COLD_EMAIL,
    LeadSource.PURCHASED_LIST,
    LeadSource.EVENT,
)


def make_leads(demo: Demo, deals: int, owners: list[uuid.UUID]) -> list[Row]:
    """The leads not (yet) converted; `owners` are the SDRs who work them."""
    return [_lead(demo, owners) for _ in range(max(30, deals * 3 // 5))]


def _lead(demo: Demo, owners: list[uuid.UUID]) -> Row:
    rng, today = demo.rng, demo.today
    prefix = rng.choice(CITIES)[2]  # a lead has no address, only a phone number
    received = busy_moment(rng, today - timedelta(days=365), today - timedelta(hours=1))
    lead_status = rng.choice(RECENT_MIX if received > today - RECENT else OLDER_MIX)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(FORMS)}"
    source = rng.choice(list(LeadSource))
    contacted = response(demo, received)
    if lead_status == LeadStatus.NEW and rng.random() < 0.55:
        contacted = None  # waiting for its first call
    elif lead_status == LeadStatus.DISQUALIFIED and rng.random() < 0.1:
        contacted = None  # spam and duplicates are dropped without a call
    elif contacted is None:
        contacted = received + (today - received) / 2
    return {
        "id": demo.uid(),
        "first_name": first,
        "last_name": last,
        "company": company,
        "company_key": company_key(company),
        "title": in_language(rng.choice(TITLES)),
        "email": f"{mail_name(first, last)}{rng.randint(1, 999)}@example.net",
        "phone": f"{prefix}{rng.randint(100000, 9999999)}",
        "source": source,
        "direction": LeadDirection.OUTBOUND
        if source in OUTBOUND_SOURCES
        else LeadDirection.INBOUND,
        "status": lead_status,
        "disqualify_reason_id": rng.choice(demo.reasons[ReasonKind.DISQUALIFIED])
        if lead_status == LeadStatus.DISQUALIFIED
        else None,
        "disqualify_note": "",
        "owner_id": rng.choice(owners),
        "received_at": received,
        "first_contacted_at": contacted,
        "notes": "",
        "account_id": None,
        "contact_id": None,
        "opportunity_id": None,
    }


def converted_lead(
    demo: Demo,
    owner: uuid.UUID,
    account: Row,
    contact: Row,
    deal_created: datetime,
    deal: uuid.UUID,
) -> Row:
    """The lead an SDR converted into `deal`: the customer it became was made from it."""
    rng = demo.rng
    received = busy_moment(rng, deal_created - timedelta(days=45), deal_created - timedelta(days=1))
    contacted = response(demo, received)
    if contacted is None or contacted > deal_created:
        contacted = received + (deal_created - received) / 2
    source = rng.choice(list(LeadSource))
    return {
        "id": demo.uid(),
        "first_name": contact["first_name"],
        "last_name": contact["last_name"],
        "company": account["name"],
        "company_key": account["name_key"],
        "title": contact["title"],
        "email": contact["email"],
        "phone": contact["phone"],
        "source": source,
        "direction": LeadDirection.OUTBOUND
        if source in OUTBOUND_SOURCES
        else LeadDirection.INBOUND,
        "status": LeadStatus.CONVERTED,
        "disqualify_reason_id": None,
        "disqualify_note": "",
        "owner_id": owner,
        "received_at": received,
        "first_contacted_at": contacted,
        "notes": "",
        "account_id": account["id"],
        "contact_id": contact["id"],
        "opportunity_id": deal,
    }


def response(demo: Demo, received: datetime) -> datetime | None:
    """When an SDR first reached out: mostly within hours, sometimes days (the rule is one
    business day, two at the latest); None if that would be after today."""
    rng = demo.rng
    # Never quicker than a quarter of an hour: the first call has to fit in between.
    hours = max(0.25, rng.lognormvariate(math.log(3), 1.3))
    at = at_work(rng, received + timedelta(hours=min(hours, 24 * 20)))
    return at if at < demo.today else None
