"""Collecting records into the groups a report shows, keeping each group's members so the
figure and its drill-down list come from the same records.

Amounts are kept as integer minor units beside their currency, and a group keeps its sum
per currency as it grows: a report over 100,000 deals adds integers, and makes Money
objects only for the figures it shows."""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from workbench import formatting
from workbench.domain.money import Money
from workbench.reports.model import Drill, DrillTarget, Kind
from workbench.reports.scope import Rates
from workbench.reports.text import cell_text
from workbench.texts import fill, translate


@dataclass
class Bucket:
    """Records of one group, each with the amount it contributes (in its own currency)."""

    target: DrillTarget = DrillTarget.DEALS
    ids: list[uuid.UUID] = field(default_factory=list)
    minors: list[int] = field(default_factory=list)
    currencies: list[str] = field(default_factory=list)
    sums: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        ids: list[uuid.UUID],
        minors: list[int],
        currency: str,
        target: DrillTarget = DrillTarget.DEALS,
    ) -> Bucket:
        """Records all in one currency, built as whole lists rather than one by one."""
        return cls(
            target, ids, minors, [currency] * len(ids), {currency: sum(minors)} if ids else {}
        )

    def add(self, record: uuid.UUID, amount: Money | None = None) -> None:
        if amount is None:
            self.ids.append(record)
        else:
            self.add_minor(record, amount.to_minor(), amount.currency)

    def add_minor(self, record: uuid.UUID, minor: int, currency: str) -> None:
        self.ids.append(record)
        self.minors.append(minor)
        self.currencies.append(currency)
        self.sums[currency] = self.sums.get(currency, 0) + minor

    def extend(self, other: Bucket) -> None:
        self.ids += other.ids
        self.minors += other.minors
        self.currencies += other.currencies
        for currency, minor in other.sums.items():
            self.sums[currency] = self.sums.get(currency, 0) + minor

    def __len__(self) -> int:
        return len(self.ids)

    def drill(self, title: str = "") -> Drill:
        if self.minors and len(self.minors) == len(self.ids):
            return Drill(
                self.target, tuple(self.ids), tuple(self.minors), tuple(self.currencies), title
            )
        return Drill(self.target, tuple(self.ids), title=title)

    def total(self, currency: str) -> Money:
        return Money.from_minor(self.sums.get(currency, 0), currency)

    def split(self) -> dict[str, Bucket]:
        """One bucket per currency: a table never adds euros to francs."""
        out: dict[str, Bucket] = {}
        for record, minor, currency in zip(self.ids, self.minors, self.currencies, strict=True):
            bucket = out.get(currency)
            if bucket is None:
                bucket = out[currency] = Bucket(self.target)
            bucket.add_minor(record, minor, currency)
        return dict(sorted(out.items()))


def merged(buckets: Iterable[Bucket], target: DrillTarget = DrillTarget.DEALS) -> Bucket:
    """One bucket holding the records of several, in order, with their sums."""
    out = Bucket(target)
    for bucket in buckets:
        out.extend(bucket)
    return out


def merged_groups(groups: Iterable[dict[str, Bucket]], keys: Iterable[str]) -> dict[str, Bucket]:
    """Groups of buckets (one per figure) merged figure by figure: a row over several
    cells of a report (a rep's months, a month's reps, the whole team)."""
    every = list(groups)
    return {key: merged(group[key] for group in every if key in group) for key in keys}


@dataclass
class Converted:
    """A group's records converted to the company currency, and those that could not be
    (no rate in force on their day): the second kind is reported, never guessed."""

    converted: Bucket
    missing: Bucket


def convert(bucket: Bucket, rates: Rates, on: date) -> Converted:
    """Every record of `bucket` at the rate in force on one day. Records already in the
    company currency are taken as they are: on most teams that is nearly all of them."""
    default = rates.default
    ids: list[uuid.UUID] = []
    minors: list[int] = []
    missing = Bucket()
    for record, minor, currency in zip(bucket.ids, bucket.minors, bucket.currencies, strict=True):
        value = minor if currency == default else rates.convert_minor(minor, currency, on)
        if value is None:
            missing.add_minor(record, minor, currency)
        else:
            ids.append(record)
            minors.append(value)
    return Converted(Bucket.of(ids, minors, default), missing)


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def ratio(part: float | Decimal, whole: float | Decimal) -> float | None:
    return float(part) / float(whole) if whole else None


def missing_note(missing: Bucket, default: str, day: str | None = None) -> str:
    """Names the deals a converted table leaves out, per currency: with no rate in force on
    `day`, or (None) on each deal's close day."""
    if not missing:
        return ""
    parts = [
        fill(
            translate("Reports", "%1 in %2 (%3)"),
            formatting.number(len(b)),
            currency,
            cell_text(b.total(currency), Kind.MONEY),
        )
        for currency, b in missing.split().items()
    ]
    if day is None:
        text = translate(
            "Reports",
            "Not converted to %1: %2: the company has set no exchange rate in force on their "
            "close day. They are counted in the table per currency.",
        )
    else:
        text = translate(
            "Reports",
            "Not converted to %1: %2: the company has set no exchange rate in force on %3. "
            "They are counted in the table per currency.",
        )
    return fill(text, default, ", ".join(parts), day or "")
