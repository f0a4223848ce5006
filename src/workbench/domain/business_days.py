"""Business-day arithmetic and the lead response-time rule.

Rule of thumb from the domain: contact a new lead within one business day, two at the
latest. Days that are not working days (weekends, by default) don't count: a lead that
arrives on Friday afternoon is amber on Monday afternoon, not on Saturday.

Pure functions on datetimes: callers pass times in the zone whose calendar counts (the
user's local time), since "Saturday" is a local notion.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from workbench.domain.enums import LeadStatus

WEEKDAYS: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY = timedelta(days=1)

#: statuses of a lead someone still has to work on
OPEN_STATUSES = (LeadStatus.NEW, LeadStatus.MQL, LeadStatus.SQL)


class ResponseFlag(StrEnum):
    NONE = "none"  # contacted, or still within one business day
    AMBER = "amber"  # more than one business day without contact
    RED = "red"  # more than two


def parse_working_days(text: str | None) -> frozenset[int]:
    """'0,1,2,3,4' -> {0..4}. Anything unreadable or empty falls back to Monday-Friday,
    because a rule with no working day at all could never flag anything."""
    days: set[int] = set()
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if part.isdigit() and 0 <= int(part) <= 6:
            days.add(int(part))
    return frozenset(days) if days else WEEKDAYS


def format_working_days(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def _check(days: frozenset[int]) -> None:
    if not days or not days <= set(range(7)):
        raise ValueError("working days must be a non-empty subset of 0..6")


def _snap_forward(moment: datetime, days: frozenset[int]) -> datetime:
    """The moment itself on a working day, else midnight starting the next working day."""
    if moment.weekday() in days:
        return moment
    d = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    while d.weekday() not in days:
        d += _DAY
    return d


def add_business_days(start: datetime, n: int, days: frozenset[int] = WEEKDAYS) -> datetime:
    """The moment `n` business days after `start`, keeping the time of day.

    A start on a non-working day counts from the beginning of the next working day.
    """
    _check(days)
    if n < 0:
        raise ValueError("n must not be negative")
    d = _snap_forward(start, days)
    for _ in range(n):
        d += _DAY
        while d.weekday() not in days:
            d += _DAY
    return d


def business_days_elapsed(start: datetime, end: datetime, days: frozenset[int] = WEEKDAYS) -> int:
    """How many whole business days lie between start and end (0 if end is not later)."""
    _check(days)
    if end <= start:
        return 0
    # Walk whole weeks first so a lead months old costs no more than a fresh one.
    per_week = len(days)
    n = 0
    while add_business_days(start, n + per_week, days) <= end:
        n += per_week
    while add_business_days(start, n + 1, days) <= end:
        n += 1
    return n


def latest_start(end: datetime, n: int, days: frozenset[int] = WEEKDAYS) -> datetime:
    """The latest start from which `n` business days have passed at `end`.

    add_business_days is non-decreasing in its start, so a lead received at or before this
    moment is at least n business days old: a plain `received_at <= cutoff` filter in SQL.
    """
    _check(days)
    # n business days never span more than n + 1 weeks (at least one working day a week).
    lo = end - timedelta(weeks=n + 1)
    hi = end
    step = timedelta(microseconds=1)
    if add_business_days(hi, n, days) <= end:
        return hi
    while hi - lo > step:
        mid = lo + (hi - lo) / 2
        if add_business_days(mid, n, days) <= end:
            lo = mid
        else:
            hi = mid
    return lo


def response_flag(
    received_at: datetime,
    first_contacted_at: datetime | None,
    now: datetime,
    days: frozenset[int] = WEEKDAYS,
) -> ResponseFlag:
    """Amber after one business day without contact, red after two."""
    if first_contacted_at is not None:
        return ResponseFlag.NONE
    if add_business_days(received_at, 2, days) <= now:
        return ResponseFlag.RED
    if add_business_days(received_at, 1, days) <= now:
        return ResponseFlag.AMBER
    return ResponseFlag.NONE


def local(moment: datetime) -> datetime:
    """The moment in the computer's time zone: weekends are local."""
    return moment.astimezone()


def lead_flag(
    status: LeadStatus,
    received_at: datetime,
    first_contacted_at: datetime | None,
    now: datetime,
    days: frozenset[int],
) -> ResponseFlag:
    """The response flag of a lead: only a lead someone still works on can be late."""
    if status not in OPEN_STATUSES:
        return ResponseFlag.NONE
    return response_flag(local(received_at), first_contacted_at, local(now), days)
