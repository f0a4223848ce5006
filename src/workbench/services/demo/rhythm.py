"""When people work: weekdays in office hours, busiest early in the week and in the
morning, quieter on Fridays, in August and over the holidays."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from functools import cache

# The chance a drawn moment on each weekday is kept (Monday first).
WEEKDAY = (1.0, 1.0, 0.95, 0.9, 0.65, 0.03, 0.0)
MONTH = (0.85, 1.0, 1.0, 1.0, 0.95, 0.95, 0.85, 0.7, 1.0, 1.0, 1.0, 0.75)
# Office hours in UTC (the company sits in Central Europe), drawn from with equal chance.
HOURS = (7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16)
_DAY = timedelta(days=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def busy_moment(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    """A moment between `lo` and `hi` when someone would be at work; for a span too short
    to hold one, any moment in it."""
    # In seconds since the epoch: a million activities draw their times here.
    a, b = lo.timestamp(), hi.timestamp()
    span = b - a
    if span <= 0:
        return lo
    for _ in range(8):
        day = int((a + rng.random() * span) // 86400)
        if rng.random() > _keep(day):
            continue
        at = day * 86400 + (rng.choice(HOURS) + rng.random()) * 3600
        if a <= at <= b:
            return datetime.fromtimestamp(at, UTC)
    return datetime.fromtimestamp(a + rng.random() * span, UTC)


@cache
def _keep(day: int) -> float:
    """The chance a moment drawn on the `day`-th day since the epoch is kept."""
    when = _EPOCH + timedelta(days=day)
    return WEEKDAY[when.weekday()] * MONTH[when.month - 1]


def at_work(rng: random.Random, t: datetime) -> datetime:
    """`t`, or the next morning at work when `t` falls outside office hours."""
    if t.weekday() < 5 and HOURS[0] <= t.hour <= HOURS[-1]:
        return t
    day = t.replace(hour=0, minute=0, second=0, microsecond=0)
    if t.hour > HOURS[-1] or t.weekday() >= 5:
        day += _DAY
    while day.weekday() >= 5:
        day += _DAY
    return day + timedelta(hours=HOURS[0] + rng.random() * 2.5)
