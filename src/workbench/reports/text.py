"""A report cell as people read it, in their locale: the window, the PDF and the web pages
all format through here so a figure reads the same in each."""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.numbers import format_percent

from workbench import formatting
from workbench.domain.money import Money
from workbench.reports.model import Kind

DASH = "–"  # no figure: nothing to divide by, or no record


def cell_text(value: Any, kind: Kind, locale: str | None = None) -> str:
    """`locale` defaults to the person's (the app's language setting)."""
    locale = locale or formatting.current_locale()
    if value is None:
        return DASH
    if kind == Kind.MONEY and isinstance(value, Money):
        # Whole units: a report compares sizes; the drill-down list shows the cents.
        return formatting.money_whole(value, locale)
    if kind == Kind.PERCENT:
        return str(format_percent(value, "#,##0.0 %", locale=locale))
    if kind in (Kind.DAYS, Kind.NUMBER):
        return formatting.number(round(float(value), 1), locale, digits=1)
    if kind == Kind.COUNT:
        return formatting.number(value, locale)
    if kind == Kind.DATE and isinstance(value, date):
        return formatting.day(value, locale)
    return str(value)


def sort_key(value: Any) -> tuple[int, Any]:
    """Sorting a column: figures by size, missing figures last, text by letters."""
    if value is None:
        return (2, 0)
    if isinstance(value, Money):
        return (0, value.amount)
    if isinstance(value, int | float | date):
        return (0, value)
    return (1, str(value).casefold())
