"""Turning what a person typed (a period, a rep's name, a team) into a ReportFilter, with a
message that says what was wrong and what would work. The command line, the window and
the server's pages all ask through here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.models import Pipeline, Team, User
from workbench.domain.money import MoneyError, check_currency
from workbench.reports.scope import ReportFilter, ReportInputError, check_source, parse_period


@dataclass(frozen=True)
class ReportRequest:
    period: str
    rep: str = ""
    team: str = ""
    pipeline: str = ""
    source: str = ""
    currency: str = ""
    as_of: str = ""
    touch_months: int = 6


def find_named(
    s: Session, model: Any, text: str, what: str, extra: tuple[Any, ...] = ()
) -> uuid.UUID | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    rows = s.execute(select(model.id, model.name, *extra).where(model.deleted.is_(False))).all()
    wanted = text.casefold()
    exact = [r[0] for r in rows if any(str(v).casefold() == wanted for v in r[1:])]
    if len(exact) == 1:
        found: uuid.UUID = exact[0]
        return found
    starts = [r[0] for r in rows if str(r[1]).casefold().startswith(wanted)]
    if len(starts) == 1 and not exact:
        found = starts[0]
        return found
    if exact or len(starts) > 1:
        raise ReportInputError(f"More than one {what} is called “{text}”; type the full name.")
    known = ", ".join(sorted(str(r[1]) for r in rows)[:12])
    raise ReportInputError(f"There is no {what} “{text}”. Known: {known}.")


def resolve(
    s: Session,
    request: ReportRequest,
    *,
    default_currency: str,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> ReportFilter:
    now = now or datetime.now(UTC)
    zone = zone or now.astimezone().tzinfo or UTC
    today = now.astimezone(zone).date()
    as_of = None
    if request.as_of.strip():
        try:
            as_of = date.fromisoformat(request.as_of.strip())
        except ValueError:
            raise ReportInputError(
                f"“{request.as_of}” is not a date; write it as 2026-09-30."
            ) from None
    currency = None
    if request.currency.strip():
        try:
            currency = check_currency(request.currency)
        except MoneyError as exc:
            raise ReportInputError(f"{exc}.") from None
    if not 1 <= request.touch_months <= 120:
        raise ReportInputError("Months since the last deal must be between 1 and 120.")
    return ReportFilter(
        period=parse_period(request.period, today),
        zone=zone,
        now=now,
        default_currency=default_currency,
        team_id=find_named(s, Team, request.team, "team"),
        rep_id=find_named(s, User, request.rep, "person", (User.email,)),
        pipeline_id=find_named(s, Pipeline, request.pipeline, "sales process"),
        source=check_source(request.source),
        currency=currency,
        as_of=as_of,
        touch_months=request.touch_months,
    )
