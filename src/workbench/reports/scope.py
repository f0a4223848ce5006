"""What a report looks at: the period, the filters and the company's exchange rates.

Periods are calendar periods in the report's time zone (a week starts on Monday), turned
into UTC instants once, so "closed in March" means the same deals for a manager in Vienna
whatever the laptop's clock says. Filters only ever narrow: each adds a condition.
"""

from __future__ import annotations

import bisect
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.enums import LeadSource, label
from workbench.domain.models import Lead, Opportunity, User
from workbench.domain.money import Money, minor_digits, round_money
from workbench.domain.reporting import ExchangeRate
from workbench.errors import WorkbenchError
from workbench.texts import fill, translate

NO_SOURCE = "direct"  # a deal that did not come from a lead
PERIOD_NAMES = (
    "this-week",
    "last-week",
    "this-month",
    "last-month",
    "this-quarter",
    "last-quarter",
    "this-year",
    "last-year",
)


class ReportInputError(WorkbenchError):
    """A period, filter or report name the user typed that can't be used."""


@dataclass(frozen=True)
class Period:
    start: date  # first day
    end: date  # the day after the last
    label: str

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def months(self) -> list[date]:
        first = self.start.replace(day=1)
        out = []
        while first < self.end:
            out.append(first)
            first = _add_months(first, 1)
        return out

    def weeks(self) -> list[date]:
        """The Mondays of the weeks that overlap the period."""
        monday = self.start - timedelta(days=self.start.weekday())
        out = []
        while monday < self.end:
            out.append(monday)
            monday += timedelta(days=7)
        return out


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–)\s*(\d{4}-\d{2}-\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_period(text: str, today: date) -> Period:
    """A named period relative to today ("last-quarter"), a year ("2026"), a quarter
    ("2026-Q3"), a month ("2026-09") or a range of days ("2026-01-01..2026-03-31")."""
    value = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
    named = _named_period(value, today)
    if named is not None:
        return named
    try:
        if m := _RANGE.match(value):
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            if last < first:
                raise ReportInputError(f"The period “{text}” ends before it starts.")
            return Period(first, last + timedelta(days=1), formatting.day_range(first, last))
        if m := _QUARTER.match(value):
            start = date(int(m[1]), (int(m[2]) - 1) * 3 + 1, 1)
            return Period(start, _add_months(start, 3), f"Q{m[2]} {m[1]}")
        if m := _MONTH.match(value):
            start = date(int(m[1]), int(m[2]), 1)
            return Period(start, _add_months(start, 1), formatting.month(start))
        if m := _YEAR.match(value):
            return Period(date(int(m[1]), 1, 1), date(int(m[1]) + 1, 1, 1), m[1])
    except ValueError:
        pass
    raise ReportInputError(
        f"“{text}” is not a period. Use one of {', '.join(PERIOD_NAMES)}, a year (2026), a "
        "quarter (2026-Q3), a month (2026-09) or a range (2026-01-01..2026-03-31)."
    )


def _named_period(value: str, today: date) -> Period | None:
    monday = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    quarter = _quarter_start(today)
    year = date(today.year, 1, 1)
    periods = {
        "this-week": (monday, monday + timedelta(days=7), translate("Domain", "This week")),
        "last-week": (monday - timedelta(days=7), monday, translate("Domain", "Last week")),
        "this-month": (month, _add_months(month, 1), formatting.month(month)),
        "last-month": (_add_months(month, -1), month, formatting.month(_add_months(month, -1))),
        "this-quarter": (quarter, _add_months(quarter, 3), _quarter_label(quarter)),
        "last-quarter": (
            _add_months(quarter, -3),
            quarter,
            _quarter_label(_add_months(quarter, -3)),
        ),
        "this-year": (year, date(today.year + 1, 1, 1), str(today.year)),
        "last-year": (date(today.year - 1, 1, 1), year, str(today.year - 1)),
    }
    if value not in periods:
        return None
    start, end, label = periods[value]
    return Period(start, end, label)


def _quarter_label(start: date) -> str:
    return f"Q{(start.month - 1) // 3 + 1} {start.year}"


@dataclass(frozen=True)
class ReportFilter:
    period: Period
    zone: tzinfo
    now: datetime  # the moment the report is made: "overdue" and "idle" are measured to it
    default_currency: str = "EUR"
    team_id: uuid.UUID | None = None
    rep_id: uuid.UUID | None = None
    pipeline_id: uuid.UUID | None = None
    source: str | None = None  # a LeadSource value or NO_SOURCE
    currency: str | None = None  # only deals in this currency
    # Pipeline and forecast as they stood at the end of this day, rebuilt from history.
    as_of: date | None = None
    touch_months: int = 6  # "staying in touch": customers closed this long ago

    def instant(self, day: date) -> datetime:
        """Midnight at the start of `day` in the report's zone, as UTC."""
        return datetime.combine(day, time(0), tzinfo=self.zone).astimezone(UTC)

    @property
    def start(self) -> datetime:
        return self.instant(self.period.start)

    @property
    def end(self) -> datetime:
        return self.instant(self.period.end)

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    @property
    def today(self) -> date:
        return self.local_day(self.now)

    def narrowed(self, **changes: Any) -> ReportFilter:
        return replace(self, **changes)

    def describe(self, names: dict[uuid.UUID, str]) -> str:
        parts = [self.period.label]
        if self.as_of is not None:
            parts.append(fill(translate("Reports", "as of %1"), formatting.day(self.as_of)))
        for key in (self.team_id, self.rep_id, self.pipeline_id):
            if key is not None:
                parts.append(names.get(key, "?"))
        if self.source:
            parts.append(
                translate("Reports", "no lead (direct)")
                if self.source == NO_SOURCE
                else _source_label(self.source)
            )
        if self.currency:
            parts.append(fill(translate("Reports", "%1 deals only"), self.currency))
        return " · ".join(parts)


def _source_label(source: str) -> str:
    try:
        return translate("Domain", label(LeadSource(source)))
    except ValueError:  # a source this version does not know (from a newer one)
        return source.replace("_", " ").capitalize()


def check_source(text: str | None) -> str | None:
    if not text:
        return None
    value = text.strip().lower().replace(" ", "_").replace("-", "_")
    if value == NO_SOURCE or value in {s.value for s in LeadSource}:
        return value
    known = ", ".join([NO_SOURCE, *(s.value for s in LeadSource)])
    raise ReportInputError(f"“{text}” is not a lead source. Use one of: {known}.")


def person_filter(column: Any, f: ReportFilter) -> ColumnElement[bool]:
    """The rep and team filters on a person column (owner, closer, caller). Teams are
    today's teams: a rep who moved counts with their new team for the whole period."""
    cond: ColumnElement[bool] = true()
    if f.rep_id is not None:
        cond = cond & (column == f.rep_id)
    if f.team_id is not None:
        cond = cond & column.in_(select(User.id).where(User.team_id == f.team_id))
    return cond


def deal_filter(
    f: ReportFilter, *, by_person: bool = True, by_currency: bool = True
) -> ColumnElement[bool]:
    """The pipeline, source and currency filters on opportunities (and the owner filter
    unless the caller credits someone else, e.g. the person who closed)."""
    cond: ColumnElement[bool] = Opportunity.deleted.is_(False)
    if by_person:
        cond = cond & person_filter(Opportunity.owner_id, f)
    if f.pipeline_id is not None:
        cond = cond & (Opportunity.pipeline_id == f.pipeline_id)
    if f.currency and by_currency:
        cond = cond & (Opportunity.currency == f.currency)
    if f.source == NO_SOURCE:
        cond = cond & Opportunity.source_lead_id.is_(None)
    elif f.source:
        cond = cond & Opportunity.source_lead_id.in_(select(Lead.id).where(Lead.source == f.source))
    return cond


class Rates:
    """The company's exchange rates: one unit of a currency is `rate` units of the default
    currency from `valid_from` on. No rate in force means no conversion (None), never a
    guess and never a raw sum."""

    def __init__(self, default: str, rates: Iterable[tuple[str, date, Decimal]]) -> None:
        self.default = default
        table: dict[str, list[tuple[date, Decimal]]] = {}
        for currency, valid_from, rate in rates:
            table.setdefault(currency, []).append((valid_from, rate))
        for entries in table.values():
            entries.sort()
        self._table = table
        self._factors: dict[tuple[str, date], Decimal | None] = {}

    @classmethod
    def load(cls, session: Session, default: str) -> Rates:
        rows = session.execute(
            select(ExchangeRate.currency, ExchangeRate.valid_from, ExchangeRate.rate).where(
                ExchangeRate.deleted.is_(False)
            )
        )
        return cls(default, ((c, d, Decimal(r)) for c, d, r in rows))

    def rate(self, currency: str, on: date) -> Decimal | None:
        if currency == self.default:
            return Decimal(1)
        found = self.rate_since(currency, on)
        return found[1] if found else None

    def rate_since(self, currency: str, on: date) -> tuple[date, Decimal] | None:
        """The rate in force on `on` and the day it was set to start; None without one."""
        entries = self._table.get(currency)
        if not entries:
            return None
        i = bisect.bisect_right(entries, (on, Decimal("Infinity")))
        return entries[i - 1] if i else None

    def convert_minor(self, minor: int, currency: str, on: date) -> int | None:
        """`minor` units of `currency` in minor units of the default currency, rounded
        half up; the factor is worked out once per currency and day."""
        if currency == self.default:
            return minor
        key = (currency, on)
        if key not in self._factors:
            rate = self.rate(currency, on)
            self._factors[key] = (
                None
                if rate is None
                else rate.scaleb(minor_digits(self.default) - minor_digits(currency))
            )
        factor = self._factors[key]
        if factor is None:
            return None
        return int((Decimal(minor) * factor).to_integral_value(ROUND_HALF_UP))

    def convert(self, money: Money, on: date) -> Money | None:
        rate = self.rate(money.currency, on)
        if rate is None:
            return None
        return Money(round_money(money.amount * rate, self.default), self.default)
