"""The board filter as SQL: the card flags' rules (overdue, scheduled, rotting), the value range."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from functools import cache

from babel.numbers import list_currencies
from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    false,
    literal,
    or_,
    select,
)

from workbench.domain.enums import ActivityStatus, OpportunityStatus
from workbench.domain.models import (
    Activity,
    Opportunity,
    OpportunityShare,
    Task,
)
from workbench.domain.money import minor_digits
from workbench.services.board.model import BoardFilter, Clock, StageInfo
from workbench.services.board.search import SearchMatches, search_clause


def overdue_clause(now: datetime) -> ColumnElement[bool]:
    return exists().where(
        Task.opportunity_id == Opportunity.id,
        Task.done_at.is_(None),
        Task.deleted.is_(False),
        Task.due_at < now,
    )


def scheduled_clause(now: datetime) -> ColumnElement[bool]:
    """Something is planned ahead: an open task due in the future or a planned activity."""
    task = exists().where(
        Task.opportunity_id == Opportunity.id,
        Task.done_at.is_(None),
        Task.deleted.is_(False),
        Task.due_at >= now,
    )
    activity = exists().where(
        Activity.opportunity_id == Opportunity.id,
        Activity.status == ActivityStatus.PLANNED,
        Activity.deleted.is_(False),
        Activity.started_at >= now,
    )
    return or_(task, activity)


def rotting_clause(stages: list[StageInfo], now: datetime) -> ColumnElement[bool]:
    # One cut-off per stage, bound as a parameter: portable, and the stage is already the
    # leading column of the board index.
    idle = [
        and_(
            Opportunity.stage_id == st.id,
            Opportunity.last_progress_at < now - timedelta(days=st.target_days),
        )
        for st in stages
    ]
    if not idle:
        return false()
    return and_(Opportunity.status == OpportunityStatus.OPEN, or_(*idle), ~scheduled_clause(now))


@cache
def _odd_precision_currencies() -> dict[str, int]:
    """Currencies whose minor unit isn't cents (JPY 0, KWD 3 ...): value filters scale
    amounts per currency so "at least 10,000" means 10,000 in every currency."""
    result = {}
    for code in list_currencies():
        try:
            digits = minor_digits(code)
        except Exception:  # babel knows a few codes without precision data
            continue
        if digits != 2 and len(code) == 3:
            result[code] = digits
    return result


def _thousandths() -> ColumnElement[int]:
    """The deal's value in thousandths of its currency's major unit."""
    factors = {code: 10 ** (3 - d) for code, d in _odd_precision_currencies().items() if d <= 3}
    factor = case(factors, value=Opportunity.currency, else_=10) if factors else literal(10)
    return Opportunity.amount_minor * factor


def filter_clauses(
    flt: BoardFilter,
    stages: list[StageInfo],
    me: uuid.UUID,
    clock: Clock,
    matches: SearchMatches | None = None,
) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if flt.scope == "mine":
        clauses.append(Opportunity.owner_id == me)
    elif flt.scope == "owner" and flt.owner_id is not None:
        clauses.append(Opportunity.owner_id == flt.owner_id)
    elif flt.scope == "shared":
        clauses.append(
            Opportunity.id.in_(
                select(OpportunityShare.opportunity_id).where(
                    OpportunityShare.user_id == me, OpportunityShare.deleted.is_(False)
                )
            )
        )
    if flt.overdue:
        clauses.append(overdue_clause(clock.now))
    if flt.rotting:
        clauses.append(rotting_clause(stages, clock.now))
    if flt.min_value is not None:
        clauses.append(_thousandths() >= int(flt.min_value * 1000))
    if flt.max_value is not None:
        clauses.append(_thousandths() <= int(flt.max_value * 1000))
    if flt.close_from is not None:
        clauses.append(Opportunity.expected_close >= flt.close_from)
    if flt.close_to is not None:
        clauses.append(Opportunity.expected_close <= flt.close_to)
    text = flt.search.strip()
    if text:
        clauses.append(search_clause(matches or SearchMatches(text)))
    return clauses
