"""What the board reads (pipelines, stages, cards, column figures) and the filter it reads by."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from workbench.domain.base import utcnow
from workbench.domain.money import Money
from workbench.domain.people import initials


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
class ColumnSummary:
    stage_id: uuid.UUID
    count: int = 0
    totals: tuple[CurrencyTotal, ...] = ()  # the currency with most deals first (amounts in

    # different currencies are not comparable)


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
