"""What the manager reports measure deals against: the company's monthly exchange rates for
every other currency its deals are in, and each account executive's monthly quota."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from workbench.domain.enums import OpportunityStatus
from workbench.domain.reporting import ExchangeRate, Quota
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.people import Staff
from workbench.services.demo.words import FX

COMPANY_CURRENCY = "EUR"
QUOTA_AHEAD = 3  # months of quota beyond this one, for the forecast
# Quotas follow the seasons a little (January first): slow summers and year-end pushes.
SEASON = (0.9, 0.95, 1.05, 1.0, 1.0, 1.0, 0.85, 0.75, 1.05, 1.1, 1.15, 1.2)


def months(demo: Demo, ahead: int = 0) -> list[date]:
    """The first days of the months from a year ago to this month (and `ahead` more)."""
    day = (demo.today - timedelta(days=365)).date().replace(day=1)
    found = []
    for _ in range(13 + ahead):
        found.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return found


def exchange_rates(demo: Demo) -> list[Row]:
    """A rate for each month of the year for every currency but the company's, drifting
    a little from month to month, so each deal converts at its own date's rate."""
    rng = demo.rng
    rows = []
    for currency, per_euro in FX.items():
        if currency == COMPANY_CURRENCY:
            continue
        rate = 1 / Decimal(per_euro)
        for month in months(demo):
            rate *= Decimal(1 + rng.uniform(-0.015, 0.015))
            rounded = rate.quantize(Decimal("0.000001"))
            rows.append(
                {
                    "id": ExchangeRate.key(currency, month),
                    "currency": currency,
                    "valid_from": month,
                    "rate": rounded,
                }
            )
    return rows


def quotas(demo: Demo, staff: Staff, opportunities: list[Row]) -> list[Row]:
    """Every account executive's target of won value per month: a little above what the
    team wins on average per head, so some reps make it and some don't."""
    rng = demo.rng
    won = sum(
        Decimal(o["amount_minor"]) / Decimal(FX[o["currency"]])
        for o in opportunities
        if o["status"] == OpportunityStatus.WON
    ) or Decimal(0)
    per_head = won / 12 / len(staff.account_executives)
    rows = []
    for user in staff.account_executives:
        stretch = Decimal(rng.uniform(0.95, 1.3))
        for month in months(demo, QUOTA_AHEAD):
            target = per_head * stretch * Decimal(SEASON[month.month - 1])
            amount = max(1_000_000, int(round(target, -5)))  # whole thousands, 10,000 at least
            rows.append(
                {
                    "id": Quota.key(user, month),
                    "user_id": user,
                    "month": month,
                    "amount_minor": amount,
                    "currency": COMPANY_CURRENCY,
                }
            )
    return rows
