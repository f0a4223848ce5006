"""Money and amounts for the dialogs' fields: written by the app's formatting module,
read back in the same locale (or any way the rest of the app accepts)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from workbench import formatting
from workbench.domain.money import Money


def money_text(amount: Decimal, currency: str) -> str:
    return formatting.money(Money(amount, currency))


def amount_text(amount: Decimal) -> str:
    """An amount to edit: grouped, two decimals, more only where the amount has them."""
    return formatting.amount_input(amount)


def rate_text(value: Decimal) -> str:
    """A rate, quantity or price to edit, every digit kept: "7,5" (German), "19", "1.125"
    (English); `parse_amount` reads it back unchanged."""
    return formatting.amount_plain(value.normalize() if value else Decimal(0))


def parse_amount(text: str) -> Decimal:
    """A figure typed in the locale's way ("16.535,00" or "12,5" in German, "12,500" in
    English), or any way the rest of the app accepts ("16535.00"); see
    formatting.parse_decimal. Raises MoneyError with a message to show."""
    return formatting.parse_decimal(text)


def default_unit() -> str:
    """The unit a new product or a line typed into an offer starts with, in the person's
    language ("Stk." in German; the catalogue's "pc" is the English one)."""
    return QCoreApplication.translate("Units", "pc")
