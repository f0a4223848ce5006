"""Leads waiting to be worked: mostly new, some qualified, a few disqualified."""

from __future__ import annotations

import uuid
from datetime import timedelta

from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus, ReasonKind
from workbench.domain.rules import company_key
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.words import CITIES, COMPANY_A, COMPANY_B, FIRST, FORMS, LAST, TITLES

# Drawn from with equal chance, so the weights are the repetitions.
STATUS_MIX = (
    [LeadStatus.NEW] * 5 + [LeadStatus.MQL] * 3 + [LeadStatus.SQL] * 2 + [LeadStatus.DISQUALIFIED]
)
OUTBOUND_SOURCES = (
    LeadSource.COLD_CALL,
    LeadSource.COLD_EMAIL,
    LeadSource.PURCHASED_LIST,
    LeadSource.EVENT,
)


def make_leads(demo: Demo, deals: int, owners: list[uuid.UUID]) -> list[Row]:
    return [_lead(demo, owners) for _ in range(max(30, deals // 5))]


def _lead(demo: Demo, owners: list[uuid.UUID]) -> Row:
    rng = demo.rng
    prefix = rng.choice(CITIES)[2]  # a lead has no address, only a phone number
    lead_status = rng.choice(STATUS_MIX)
    received = demo.ago(30) if lead_status == LeadStatus.NEW else demo.ago(120, 3)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(FORMS)}"
    source = rng.choice(list(LeadSource))
    outbound = source in OUTBOUND_SOURCES
    return {
        "id": demo.uid(),
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
        "disqualify_reason_id": rng.choice(demo.reasons[ReasonKind.DISQUALIFIED])
        if lead_status == LeadStatus.DISQUALIFIED
        else None,
        "disqualify_note": "",
        "owner_id": rng.choice(owners),
        "received_at": received,
        "first_contacted_at": None
        if lead_status == LeadStatus.NEW and rng.random() < 0.7
        else received + timedelta(hours=rng.uniform(1, 60)),
        "notes": "",
        "account_id": None,
        "contact_id": None,
        "opportunity_id": None,
    }
