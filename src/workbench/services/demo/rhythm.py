"""When people work: weekdays in office hours, busiest early in the week and in the
morning, quieter on Fridays, in August and over the holidays."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

# The chance a drawn moment on each weekday is kept (Monday first).
WEEKDAY = (1.0, 1.0, 0.95, 0.9, 0.65, 0.03, 0.0)
MONTH = (0.85, 1.0, 1.0, 1.0, 0.95, 0.95, 0.85, 0.7, 1.0, 1.0, 1.0, 0.75)
# Office hours in UTC (the company sits in Central Europe), drawn from with equal chance.
HOURS = (7, 7, 8, 8, 8, 9, 9, 9, 10, 10, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16)
_DAY = timedelta(days=1)


def busy_moment(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    """A moment between `lo` and `hi` when someone would be at work; for a span too short
    to hold one, any moment in it."""
    span = (hi - lo).total_seconds()
    if span <= 0:
        return lo
    for _ in range(8):
        t = lo + timedelta(seconds=rng.random() * span)
        if rng.random() > WEEKDAY[t.weekday()] * MONTH[t.month - 1]:
            continue
        day = t.replace(hour=0, minute=0, second=0, microsecond=0)
        at = day + timedelta(hours=rng.choice(HOURS) + rng.random())
        if lo <= at <= hi:
            return at
    return lo + timedelta(seconds=rng.random() * span)


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
