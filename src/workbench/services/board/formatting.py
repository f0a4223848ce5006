"""Amounts and column totals as short text for the column headers."""

from __future__ import annotations

from decimal import Decimal

from workbench.domain.money import Money
from workbench.services.board.model import CurrencyTotal


def short_amount(money: Money) -> str:
    """ "EUR 1.2M", "GBP 310k", "CHF 950": compact figures for column headers and cards."""
    value = money.amount
    sign = "-" if value < 0 else ""
    value = abs(value)
    for limit, suffix in ((Decimal(10**9), "B"), (Decimal(10**6), "M"), (Decimal(10**3), "k")):
        if value >= limit:
            scaled = value / limit
            text = f"{scaled:.1f}" if scaled < 10 else f"{scaled:.0f}"
            text = text[:-2] if text.endswith(".0") else text
            return f"{money.currency} {sign}{text}{suffix}"
    return f"{money.currency} {sign}{value:.0f}"


def format_totals(totals: tuple[CurrencyTotal, ...], weighted: bool = False, most: int = 0) -> str:
    """Per-currency figures joined with a dot: "EUR 1.2M · GBP 310k". With `most`, only
    the largest few are named and the rest counted ("+2")."""
    if not totals:
        return "—"
    shown = totals[:most] if most else totals
    text = " · ".join(short_amount(t.weighted if weighted else t.total) for t in shown)
    return text + (f" +{len(totals) - len(shown)}" if len(shown) < len(totals) else "")
