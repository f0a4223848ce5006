"""Money as the screens show it and amounts as the user types them, in the user's
locale. Kept to these few helpers so they can give way to the app's formatting module in
one place."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import NumberFormatError, format_currency, format_decimal
from babel.numbers import parse_decimal as babel_parse_decimal
from PySide6.QtCore import QLocale

from workbench.domain.money import parse_decimal


def _babel_locale() -> str:
    name = QLocale().name()
    return name if name not in ("C", "") else "en_US"


def money_text(amount: Decimal, currency: str) -> str:
    return format_currency(amount, currency, locale=_babel_locale())


def amount_text(amount: Decimal) -> str:
    """An amount to edit: grouped, two decimals, more only where the amount has them."""
    return format_decimal(amount, format="#,##0.00###", locale=_babel_locale())


def parse_amount(text: str) -> Decimal:
    """An amount typed in the locale's way ("16.535,00" in German), or any way the rest
    of the app accepts ("16535.00")."""
    try:
        return babel_parse_decimal(text, locale=_babel_locale(), strict=True)
    except NumberFormatError:
        return parse_decimal(text)
