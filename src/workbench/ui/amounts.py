"""Money and amounts for the dialogs' fields: written by the app's formatting module,
read back in the same locale (or any way the rest of the app accepts)."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import NumberFormatError
from babel.numbers import parse_decimal as babel_parse_decimal

from workbench import formatting
from workbench.domain.money import Money, parse_decimal


def money_text(amount: Decimal, currency: str) -> str:
    return formatting.money(Money(amount, currency))


def amount_text(amount: Decimal) -> str:
    """An amount to edit: grouped, two decimals, more only where the amount has them."""
    return formatting.amount_input(amount)


def parse_amount(text: str) -> Decimal:
    """An amount typed in the locale's way ("16.535,00" in German), or any way the rest
    of the app accepts ("16535.00")."""
    try:
        return babel_parse_decimal(text, locale=formatting.current_locale(), strict=True)
    except NumberFormatError:
        return parse_decimal(text)
