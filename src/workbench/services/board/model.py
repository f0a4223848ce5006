"""What the board reads (pipelines, stages, cards, column figures) and the filter it reads by."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from workbench.domain.base import utcnow
from workbench.domain.money import Money
from workbench.domain.people import initials
from workbench.reports.scope import Rates


@dataclass(frozen=True)
class PipelineInfo:
    id: uuid.UUID
    name: str
    is_default: bool


@dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    position: int
    probability: int  # percent
    target_days: int


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    count: int
    total_minor: int
    weighted_minor: int  # sum of value x probability, in minor units (rounded down)

    @property
    def total(self) -> Money:
        return Money.from_minor(self.total_minor, self.currency)

    @property
    def weighted(self) -> Money:
        return Money.from_minor(self.weighted_minor, self.currency)


@dataclass(frozen=True)
class ColumnRates:
    """The exchange rates a manager set, as they stand on the day the board was read: a
    column's totals in several currencies add up to one figure in the company currency."""

    currency: str  # the company currency everything is converted into
    on: date
    rates: Rates = field(compare=False, repr=False)

    def convert(self, totals: tuple[CurrencyTotal, ...]) -> tuple[Money, Money] | None:
        """(total, weighted) in the company currency; None when a currency has no rate."""
        total = weighted = 0
        for t in totals:
            amount = self.rates.convert_minor(t.total_minor, t.currency, self.on)
            share = self.rates.convert_minor(t.weighted_minor, t.currency, self.on)
            if amount is None or share is None:
                return None
            total, weighted = total + amount, weighted + share
        return Money.from_minor(total, self.currency), Money.from_minor(weighted, self.currency)

    def used(self, totals: tuple[CurrencyTotal, ...]) -> list[tuple[str, Decimal, date]]:
        """(currency, rate, valid from) for each foreign currency among `totals`."""
        found = []
        for t in totals:
            since = self.rates.rate_since(t.currency, self.on)
            if t.currency != self.currency and since is not None:
                found.append((t.currency, since[1], since[0]))
        return found


@dataclass(frozen=True)
class ColumnSummary:
    stage_id: uuid.UUID
    count: int = 0
    # the currency with most deals first (amounts in different currencies are not
    # comparable)
    totals: tuple[CurrencyTotal, ...] = ()
    # set when a manager has entered exchange rates: the totals convert to one figure
    rates: ColumnRates | None = None

    @property
    def converted(self) -> tuple[Money, Money] | None:
        """(total, weighted) in the company currency, when there is more than one currency
        and every one of them has a rate."""
        if self.rates is None or len(self.totals) < 2:
            return None
        return self.rates.convert(self.totals)

    def moved(self, amount_minor: int, currency: str, probability: int, sign: int) -> ColumnSummary:
        """The figures with one deal added (`sign` 1) or taken out (-1). Exact, so a move
        needs no re-count: every deal of a column is weighted by the column's one
        probability, so the weighted total is the column's total x that probability,
        rounded down as the SQL sum is."""
        code = currency.upper()
        by_code = {t.currency: t for t in self.totals}
        old = by_code.get(code, CurrencyTotal(code, 0, 0, 0))
        count, total = old.count + sign, old.total_minor + sign * amount_minor
        if count:
            by_code[code] = CurrencyTotal(code, count, total, total * probability // 100)
        else:
            by_code.pop(code, None)
        totals = sorted(by_code.values(), key=lambda t: (-t.count, t.currency))
        return ColumnSummary(self.stage_id, self.count + sign, tuple(totals), self.rates)


@dataclass(frozen=True)
class Card:
    id: uuid.UUID
    stage_id: uuid.UUID
    title: str
    account_name: str
    amount_minor: int
    currency: str
    expected_close: date | None
    owner_name: str
    next_task_title: str
    next_task_due: datetime | None
    overdue: bool
    past_close: bool
    rotting: bool
    # The stage's mandatory tasks: how many the deal has, how many are still open (the
    # gate to the next stage is open when none is).
    gate_tasks: int = 0
    gate_open: int = 0

    @property
    def value(self) -> Money:
        return Money.from_minor(self.amount_minor, self.currency)

    @property
    def owner_initials(self) -> str:
        return initials(self.owner_name) if self.owner_name else ""


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. `scope`: all, mine, shared (shared with me) or owner."""

    scope: str = "all"
    owner_id: uuid.UUID | None = None
    overdue: bool = False
    rotting: bool = False
    min_value: Decimal | None = None  # in each deal's own currency
    max_value: Decimal | None = None
    close_from: date | None = None
    close_to: date | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return self == BoardFilter()


@dataclass(frozen=True)
class Clock:
    """The moment the rules are evaluated at: aware UTC now and the user's local today."""

    now: datetime = field(default_factory=utcnow)
    today: date = field(default_factory=date.today)


SCOPES = ("all", "mine", "shared", "owner")
