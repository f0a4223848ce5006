"""Amounts and column totals as short text for the column headers."""

from __future__ import annotations

from workbench import formatting
from workbench.domain.money import Money
from workbench.services.board.model import ColumnSummary, CurrencyTotal

CONVERTED = "≈"  # marks a total converted at the manager's exchange rates


def short_amount(money: Money, locale: str | None = None) -> str:
    """ "€1.2m", "£310k", "CHF 950": compact figures for column headers and cards."""
    return formatting.money_compact(money, locale)


def format_totals(
    totals: tuple[CurrencyTotal, ...],
    weighted: bool = False,
    most: int = 0,
    locale: str | None = None,
) -> str:
    """Per-currency figures joined with a dot: "€1.2m · £310k". With `most`, only
    the largest few are named and the rest counted ("+2")."""
    if not totals:
        return "—"
    shown = totals[:most] if most else totals
    text = " · ".join(short_amount(t.weighted if weighted else t.total, locale) for t in shown)
    return text + (f" +{len(totals) - len(shown)}" if len(shown) < len(totals) else "")


def column_totals(
    summary: ColumnSummary, most: int = 2, locale: str | None = None
) -> tuple[str, str]:
    """(total, weighted) for a column header: one figure converted into the company
    currency and marked "≈ €12.3m" when exchange rates cover every currency in the
    column, else the figures per currency."""
    converted = summary.converted
    if converted is not None:
        total, weighted = converted
        return (
            f"{CONVERTED} {short_amount(total, locale)}",
            f"{CONVERTED} {short_amount(weighted, locale)}",
        )
    return (
        format_totals(summary.totals, most=most, locale=locale),
        format_totals(summary.totals, True, most, locale),
    )
