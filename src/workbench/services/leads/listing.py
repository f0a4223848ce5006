"""The lead list, its filter and the details of one lead."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from workbench.domain.base import utcnow
from workbench.domain.business_days import (
    ResponseFlag,
    latest_start,
)
from workbench.domain.enums import (
    LeadDirection,
    LeadSource,
    LeadStatus,
)
from workbench.domain.models import Lead, Reason, User
from workbench.formatting import calendar_days
from workbench.services import validation
from workbench.services.leads.editing import LeadInput
from workbench.services.leads.response import OPEN_STATUSES, _flag, local, working_days
from workbench.store.db import Database


@dataclass(frozen=True)
class LeadDetails:
    id: uuid.UUID
    data: LeadInput
    status: LeadStatus
    disqualify_reason: str
    disqualify_note: str
    first_contacted_at: datetime | None
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    flag: ResponseFlag

    @property
    def display_name(self) -> str:
        person = f"{self.data.first_name} {self.data.last_name}".strip()
        if person and self.data.company:
            return f"{person} ({self.data.company})"
        return person or self.data.company


def get_lead(db: Database, lead_id: uuid.UUID) -> LeadDetails:
    days = working_days(db)
    with db.read() as s:
        lead = validation.live(s.get(Lead, lead_id), "lead")
        reason = s.get(Reason, lead.disqualify_reason_id) if lead.disqualify_reason_id else None
        data = LeadInput(
            first_name=lead.first_name,
            last_name=lead.last_name,
            company=lead.company,
            title=lead.title,
            email=lead.email,
            phone=lead.phone,
            source=lead.source,
            direction=lead.direction,
            owner_id=lead.owner_id,
            notes=lead.notes,
            received_at=lead.received_at,
        )
        return LeadDetails(
            id=lead.id,
            data=data,
            status=lead.status,
            disqualify_reason=reason.label if reason else "",
            disqualify_note=lead.disqualify_note,
            first_contacted_at=lead.first_contacted_at,
            account_id=lead.account_id,
            contact_id=lead.contact_id,
            opportunity_id=lead.opportunity_id,
            flag=_flag(lead, utcnow(), days),
        )


@dataclass
class LeadFilter:
    search: str = ""
    statuses: tuple[LeadStatus, ...] = OPEN_STATUSES  # empty: every status
    source: LeadSource | None = None
    direction: LeadDirection | None = None
    owner_id: uuid.UUID | None = None
    #: only leads past the response time: AMBER means amber or worse, RED only red
    flag: ResponseFlag | None = None
    now: datetime | None = None  # for tests; default: the present


@dataclass(frozen=True)
class LeadRow:
    id: uuid.UUID
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    status: LeadStatus
    source: LeadSource
    direction: LeadDirection
    owner_id: uuid.UUID | None
    owner_name: str
    received_at: datetime
    first_contacted_at: datetime | None
    flag: ResponseFlag
    age_days: int

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.company


def cutoffs(db: Database, now: datetime | None = None) -> tuple[datetime, datetime]:
    """Arrival times at or before which an uncontacted lead is amber / red."""
    days = working_days(db)
    at = local(now or utcnow())
    return latest_start(at, 1, days), latest_start(at, 2, days)


def waiting_condition() -> Any:
    return (
        Lead.status.in_(OPEN_STATUSES),
        Lead.first_contacted_at.is_(None),
        Lead.deleted.is_(False),
    )


def _lead_query(db: Database, f: LeadFilter) -> Select[Lead, str]:
    q = (
        select(Lead, User.name)
        .outerjoin(User, User.id == Lead.owner_id)
        .where(Lead.deleted.is_(False))
    )
    if f.statuses:
        q = q.where(Lead.status.in_(f.statuses))
    if f.source is not None:
        q = q.where(Lead.source == f.source)
    if f.direction is not None:
        q = q.where(Lead.direction == f.direction)
    if f.owner_id is not None:
        q = q.where(Lead.owner_id == f.owner_id)
    if f.flag in (ResponseFlag.AMBER, ResponseFlag.RED):
        amber, red = cutoffs(db, f.now)
        q = q.where(
            *waiting_condition(),
            Lead.received_at <= (amber if f.flag == ResponseFlag.AMBER else red),
        )
    match = validation.contains(
        f.search, Lead.first_name + " " + Lead.last_name, Lead.company, Lead.email, Lead.phone
    )
    if match is not None:
        q = q.where(match)
    return q


def count_leads(db: Database, f: LeadFilter | None = None) -> int:
    q = _lead_query(db, f or LeadFilter()).subquery()
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(q)) or 0)


def list_leads(
    db: Database, f: LeadFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[LeadRow]:
    f = f or LeadFilter()
    now = f.now or utcnow()
    days = working_days(db)
    q = _lead_query(db, f).order_by(Lead.received_at.desc(), Lead.id).offset(offset).limit(limit)
    with db.read() as s:
        return [lead_row(lead, owner, now, days) for lead, owner in s.execute(q)]


def lead_row(lead: Lead, owner: str | None, now: datetime, days: frozenset[int]) -> LeadRow:
    return LeadRow(
        id=lead.id,
        first_name=lead.first_name,
        last_name=lead.last_name,
        company=lead.company,
        email=lead.email,
        phone=lead.phone,
        status=lead.status,
        source=lead.source,
        direction=lead.direction,
        owner_id=lead.owner_id,
        owner_name=owner or "",
        received_at=lead.received_at,
        first_contacted_at=lead.first_contacted_at,
        flag=_flag(lead, now, days),
        # Calendar days here, as "yesterday" everywhere: not 24-hour periods.
        age_days=max(0, -calendar_days(lead.received_at, now)),
    )
