from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.money import Money, MoneyError, parse_decimal, round_money


def test_rounding_is_half_up_to_the_minor_unit_of_each_currency() -> None:
    assert round_money(Decimal("2.345"), "EUR") == Decimal("2.35")
    assert round_money(Decimal("2.5"), "JPY") == Decimal("3")
    assert round_money(Decimal("1.2345"), "KWD") == Decimal("1.235")


@given(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.sampled_from(["EUR", "USD", "JPY", "KWD", "CHF"]),
)
def test_minor_units_round_trip(minor: int, currency: str) -> None:
    assert Money.from_minor(minor, currency).to_minor() == minor


def test_money_refuses_floats_and_mixed_currencies() -> None:
    with pytest.raises(MoneyError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money(Decimal(1), "EUR") + Money(Decimal(1), "USD")
    with pytest.raises(MoneyError):
        Money(Decimal(1), "XYZ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234.5", "1234.5"),
        ("1 234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("12", "12"),
    ],
)
def test_parse_decimal_reads_common_notations(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1..2", "NaN", "Infinity"])
def test_parse_decimal_rejects_non_numbers(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_decimal(text)
