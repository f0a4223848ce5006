"""What a report is, independent of where it is shown: titled tables of typed cells,
charts, notes and the "how it is computed" text. The window, the exports (PDF, XLSX, CSV),
the command line and the server's pages all render this one structure, so a figure is
computed once and reads the same everywhere.

Every figure that stands for a set of records carries a Drill: the records behind it with
the amount each contributed, so the list a click opens adds up to the figure by
construction rather than by a second query that could disagree.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from workbench.domain.money import Money


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"  # a Money; a table never mixes currencies in one column sum
    PERCENT = "percent"  # a fraction 0..1, or None when the denominator is zero
    DAYS = "days"  # a float number of days, or None
    NUMBER = "number"  # any other float, or None
    DATE = "date"


class DrillTarget(StrEnum):
    DEALS = "deals"
    ACTIVITIES = "activities"
    TASKS = "tasks"
    LEADS = "leads"
    OFFERS = "offers"
    ACCOUNTS = "accounts"


@dataclass(frozen=True)
class Drill:
    """The records behind one figure and, when the figure is money, what each contributed
    (in minor units of its currency: a figure over 100,000 deals stays plain integers).

    A figure aggregated in SQL keeps the query that selects its records instead of their
    ids (`query`, with `count` and the per-currency `sums` the figure itself came from):
    the list is read when someone opens it, by the same conditions as the figure, so it
    still adds up to it without a report carrying 100,000 ids it will rarely show."""

    target: DrillTarget
    ids: tuple[uuid.UUID, ...] = ()
    minors: tuple[int, ...] | None = None
    currencies: tuple[str, ...] | None = None
    title: str = ""
    # A Core select of the record ids in list order, optionally with the minor amount
    # and currency each contributes as its second and third columns.
    query: Any = field(default=None, compare=False)
    count: int = 0
    sums: tuple[tuple[str, int], ...] = ()

    @property
    def lazy(self) -> bool:
        return self.query is not None

    def __len__(self) -> int:
        return self.count if self.lazy else len(self.ids)

    @property
    def amounts(self) -> tuple[Money, ...] | None:
        if self.minors is None or self.currencies is None:
            return None
        return tuple(
            Money.from_minor(m, c) for m, c in zip(self.minors, self.currencies, strict=True)
        )

    def amount(self, index: int) -> Money | None:
        if self.minors is None or self.currencies is None:
            return None
        return Money.from_minor(self.minors[index], self.currencies[index])

    def totals(self) -> list[Money]:
        """Per currency, the sum of what the records contributed: the figure itself."""
        if self.lazy:
            return [Money.from_minor(v, c) for c, v in sorted(self.sums)]
        if self.minors is None or self.currencies is None:
            return []
        sums: dict[str, int] = {}
        for minor, currency in zip(self.minors, self.currencies, strict=True):
            sums[currency] = sums.get(currency, 0) + minor
        return [Money.from_minor(v, c) for c, v in sorted(sums.items())]


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind = Kind.TEXT


@dataclass
class Row:
    cells: dict[str, Any]
    drill: dict[str, Drill] = field(default_factory=dict)
    total: bool = False  # a totals row: exports set it in bold and sorting keeps it last


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    note: str = ""

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def values(self, key: str) -> list[Any]:
        return [r.cells.get(key) for r in self.rows if not r.total]


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""  # the axis label: "EUR", "deals", "calls"
    stacked: bool = False
    line: bool = False  # a line over time rather than bars


@dataclass
class Report:
    name: str
    title: str
    subtitle: str  # the period, the filters and the currency rule in one line
    how: str  # how the figures are computed, shown beside them
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    as_of: date | None = None

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)
