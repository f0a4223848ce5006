"""Money as Decimal with an ISO 4217 currency; never float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from babel.numbers import get_currency_precision, list_currencies


class MoneyError(ValueError):
    pass


@cache
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if len(code) != 3 or code not in _known_currencies():
        raise MoneyError(f"'{code}' is not an ISO 4217 currency code")
    return code


@cache
def minor_digits(currency: str) -> int:
    """Digits after the decimal point in the currency's minor unit (EUR 2, JPY 0, KWD 3)."""
    return int(get_currency_precision(currency))


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_digits(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor unit, the rule offers and totals use."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def parse_decimal(text: str | int | Decimal) -> Decimal:
    """Parse user or file input: accepts '1234.5', '1 234,50', '1,234.50'."""
    if isinstance(text, Decimal):
        return text
    if isinstance(text, int):
        return Decimal(text)
    # Group separators as locales write them: spaces (French uses a narrow no-break
    # one), apostrophes (Swiss), so a figure formatted for a field reads back.
    s = re.sub(r"[\s\u00a0\u202f'’]", "", str(text))
    if "," in s and "." in s:
        # Whichever separator comes last is the decimal one.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise MoneyError(f"'{text}' is not a number") from None
    if not value.is_finite():
        raise MoneyError(f"'{text}' is not a number")
    return value


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise MoneyError("money amounts must be Decimal")
        object.__setattr__(self, "currency", check_currency(self.currency))

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        return cls(Decimal(minor).scaleb(-minor_digits(currency)), currency)

    def to_minor(self) -> int:
        """The amount in minor units; databases store and sum these exactly."""
        return int(round_money(self.amount, self.currency).scaleb(minor_digits(self.currency)))

    def rounded(self) -> Money:
        return Money(round_money(self.amount, self.currency), self.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * Decimal(factor), self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")

    def __str__(self) -> str:
        return f"{round_money(self.amount, self.currency)} {self.currency}"
