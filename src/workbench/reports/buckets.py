"""Collecting records into the groups a report shows, keeping each group's members so the
figure and its drill-down list come from the same records."""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from workbench.domain.money import Money
from workbench.reports.model import Drill, DrillTarget, Kind
from workbench.reports.scope import Rates
from workbench.reports.text import cell_text


@dataclass
class Bucket:
    """Records of one group, each with the amount it contributes (in its own currency)."""

    target: DrillTarget = DrillTarget.DEALS
    ids: list[uuid.UUID] = field(default_factory=list)
    amounts: list[Money] = field(default_factory=list)

    def add(self, record: uuid.UUID, amount: Money | None = None) -> None:
        self.ids.append(record)
        if amount is not None:
            self.amounts.append(amount)

    def __len__(self) -> int:
        return len(self.ids)

    def drill(self, title: str = "") -> Drill:
        amounts = tuple(self.amounts) if len(self.amounts) == len(self.ids) else None
        return Drill(self.target, tuple(self.ids), amounts, title)

    def currencies(self) -> list[str]:
        return sorted({m.currency for m in self.amounts})

    def total(self, currency: str) -> Money:
        total = Money(Decimal(0), currency)
        for m in self.amounts:
            if m.currency == currency:
                total = total + m
        return total

    def split(self) -> dict[str, Bucket]:
        """One bucket per currency: a table never adds euros to francs."""
        out: dict[str, Bucket] = {}
        for record, amount in zip(self.ids, self.amounts, strict=True):
            out.setdefault(amount.currency, Bucket(self.target)).add(record, amount)
        return dict(sorted(out.items()))


@dataclass
class Converted:
    """A group's records converted to the company currency, and those that could not be
    (no rate in force on their day): the second kind is reported, never guessed."""

    converted: Bucket
    missing: Bucket


def convert(items: Iterable[tuple[uuid.UUID, Money, date]], rates: Rates) -> Converted:
    done, missing = Bucket(), Bucket()
    for record, amount, on in items:
        value = rates.convert(amount, on)
        if value is None:
            missing.add(record, amount)
        else:
            done.add(record, value)
    return Converted(done, missing)


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def ratio(part: float | Decimal, whole: float | Decimal) -> float | None:
    return float(part) / float(whole) if whole else None


def missing_note(missing: Bucket, default: str, on: str) -> str:
    """Names the deals a converted table leaves out, per currency."""
    if not missing:
        return ""
    parts = [
        f"{len(b)} in {currency} ({cell_text(b.total(currency), Kind.MONEY)})"
        for currency, b in missing.split().items()
    ]
    return (
        f"Not converted to {default}: {', '.join(parts)}: the company has set no exchange "
        f"rate in force on {on}. They are counted in the table per currency."
    )
