"""How fast a lead must be answered: the working days, local time and the response flag."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

# OPEN_STATUSES and local live with the rule they serve; many callers import them here.
from workbench.domain.business_days import OPEN_STATUSES as OPEN_STATUSES
from workbench.domain.business_days import (
    ResponseFlag,
    format_working_days,
    lead_flag,
    parse_working_days,
)
from workbench.domain.business_days import local as local
from workbench.domain.models import Lead
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.team_settings import read_setting, write_settings
from workbench.store.db import Database
from workbench.texts import translate

WORKING_DAYS_KEY = "working_days"


def working_days(db: Database) -> frozenset[int]:
    return parse_working_days(read_setting(db, WORKING_DAYS_KEY))


def set_working_days(db: Database, days: Iterable[int]) -> None:
    chosen = frozenset(days)
    if not chosen or not chosen <= set(range(7)):
        text = translate("Errors", "Choose at least one working day.")
        raise ValidationError(text, "working_days")
    with db.unit_of_work() as uow:
        write_settings(uow, {WORKING_DAYS_KEY: format_working_days(chosen)})


def _flag(lead: Lead, now: datetime, days: frozenset[int]) -> ResponseFlag:
    return lead_flag(lead.status, lead.received_at, lead.first_contacted_at, now, days)


def mark_first_contact(s: Session, lead_id: uuid.UUID, at: datetime) -> None:
    """Record the first touch on a lead (the response time is measured up to here)."""
    lead = validation.live(s.get(Lead, lead_id), "lead")
    if lead.first_contacted_at is None or lead.first_contacted_at > at:
        lead.first_contacted_at = at
