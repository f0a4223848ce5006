"""The one formatting module: money, numbers, days, relative days and durations by locale."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from workbench import formatting as fmt
from workbench.domain.money import Money, parse_decimal

NBSP = "\u00a0"


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in Berlin (UTC+1 in winter), as a salesperson's laptop."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_money_follows_the_locale() -> None:
    amount = Money(Decimal("86251.2"), "EUR")
    assert fmt.money(amount, "en_GB") == "€86,251.20"
    assert fmt.money(amount, "de_DE") == f"86.251,20{NBSP}€"
    assert fmt.money(amount, "fr_FR").replace("\u202f", " ") == f"86 251,20{NBSP}€"


def test_a_currency_written_in_letters_is_spaced_from_its_digits() -> None:
    assert fmt.money(Money(Decimal("350774.65"), "PLN"), "en_GB") == f"PLN{NBSP}350,774.65"
    assert fmt.money(Money(Decimal("-5"), "CHF"), "en_GB") == f"-CHF{NBSP}5.00"


def test_whole_money_keeps_the_symbol_where_the_locale_puts_it() -> None:
    amount = Money(Decimal("34999.50"), "EUR")
    assert fmt.money_whole(amount, "en_GB") == "€35,000"
    assert fmt.money_whole(amount, "de_DE") == f"35.000{NBSP}€"


def test_compact_money() -> None:
    assert fmt.money_compact(Money(Decimal("7512345"), "EUR"), "en_US") == "€7.5M"
    assert fmt.money_compact(Money(Decimal("34000"), "EUR"), "en_GB") == "€34k"
    assert fmt.money_compact(Money(Decimal("950"), "GBP"), "en_GB") == "£950"
    # German has no short word for thousands: the whole figure, grouped, not "34000 €".
    assert fmt.money_compact(Money(Decimal("34000"), "EUR"), "de_DE") == f"34.000{NBSP}€"


def test_an_amount_in_a_field_reads_back_as_the_same_number() -> None:
    for locale in ("en_GB", "de_DE", "fr_FR", "de_CH"):
        text = fmt.amount_input(Decimal("16535"), locale)
        assert text != "16535.00"
        assert parse_decimal(text) == Decimal("16535.00"), (locale, text)


def test_numbers_and_percent() -> None:
    assert fmt.number(12345, "en_GB") == "12,345"
    assert fmt.number(Decimal("2.50"), "de_DE") == "2,5"
    assert fmt.number(3, "en_GB", digits=1) == "3.0"
    assert fmt.percent(0.255, "en_GB", 1) == "25.5%"
    assert fmt.percent(0.255, "de_DE", 1) == f"25,5{NBSP}%"


def test_days() -> None:
    d = date(2026, 12, 27)
    assert fmt.day(d, "en_GB") == "27 Dec 2026"
    assert fmt.day(d, "de_DE") == "27.12.2026"
    assert fmt.day(None) == ""
    assert fmt.day_short(date(2026, 10, 27), "en_GB", today=date(2026, 3, 1)) == "27 Oct"
    assert fmt.day_short(date(2027, 10, 27), "en_GB", today=date(2026, 3, 1)) == "27 Oct 2027"
    assert fmt.day_short(date(2026, 10, 27), "de_DE", today=date(2026, 3, 1)) == "27. Okt."


def test_relative_days_are_calendar_days_in_local_time(berlin: None) -> None:
    # 00:10 on 5 December in Berlin; the lead came in at 23:50 the evening before,
    # twenty minutes earlier: that is yesterday, though less than a day has passed.
    now = datetime(2026, 12, 4, 23, 10, tzinfo=UTC)
    came_in = datetime(2026, 12, 4, 22, 50, tzinfo=UTC)
    assert fmt.calendar_days(came_in, now) == -1
    assert fmt.relative_day(came_in, now, "en_GB") == "yesterday"
    assert fmt.relative_day(came_in, now, "de_DE") == "gestern"
    assert fmt.relative_day(now, now, "en_GB") == "today"
    assert fmt.relative_day(now + timedelta(days=3), now, "en_GB") == "in 3 days"
    assert fmt.relative_day(now - timedelta(days=5), now, "en_GB") == "5 days ago"
    assert fmt.relative_day(date(2026, 12, 6), now, "en_GB") == "tomorrow"
    # Stored times without a zone are UTC.
    assert fmt.calendar_days(came_in.replace(tzinfo=None), now) == -1


def test_when_says_the_day_the_shortest_way(berlin: None) -> None:
    now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    assert fmt.when(datetime(2026, 12, 5, 13, 5, tzinfo=UTC), now, "en_GB") == "14:05"
    assert fmt.when(datetime(2026, 12, 4, 13, 5, tzinfo=UTC), now, "en_GB") == "yesterday 14:05"
    assert fmt.when(datetime(2026, 11, 30, 13, 5, tzinfo=UTC), now, "en_GB") == "Mon 30 Nov"
    # A year away the day needs its year: a task overdue since last December is not due
    # on this week's Wednesday.
    assert fmt.when(datetime(2025, 12, 10, 9, 0, tzinfo=UTC), now, "en_GB") == "Wed, 10 Dec 2025"
    assert fmt.when(datetime(2027, 1, 4, 9, 0, tzinfo=UTC), now, "de_DE") == "Mo., 4. Jan. 2027"
    assert fmt.moment(datetime(2026, 12, 5, 13, 5, tzinfo=UTC), "en_GB") == "5 Dec 2026, 14:05"


def test_durations() -> None:
    assert fmt.duration(300, "en_GB") == "5 mins"
    assert fmt.duration(timedelta(hours=2), "en_GB") == "2 hrs"
    assert fmt.duration(timedelta(days=3), "de_DE") == "3 Tg."


def test_the_chosen_locale_is_used_when_none_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.setenv("LC_NUMERIC", "C.UTF-8")
    monkeypatch.setenv("LANG", "C.UTF-8")
    # A C locale means nothing was chosen, not American English.
    assert fmt.current_locale() == "en_GB"
    fmt.set_current_locale("de_DE")
    try:
        assert fmt.current_locale() == "de_DE"
        assert fmt.money(Money(Decimal("1"), "EUR")) == f"1,00{NBSP}€"
    finally:
        fmt.set_current_locale(None)
    assert fmt.current_locale() == "en_GB"


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        ("en_GB", "12,500", "12500"),
        ("en_GB", "12.5", "12.5"),
        ("en_GB", "1,234,567.25", "1234567.25"),
        ("en_US", "12,500", "12500"),
        ("de_DE", "12.500", "12500"),
        ("de_DE", "12,5", "12.5"),
        ("de_DE", "16.535,50", "16535.50"),
        ("de_DE", "16535.00", "16535.00"),  # the way files and the CLI write it
        ("fr_FR", "12\u202f500", "12500"),
        ("fr_FR", "12 500", "12500"),
        ("fr_FR", "12,5", "12.5"),
        ("fr_FR", "12,500", "12.5"),
    ],
)
def test_typed_numbers_read_in_the_locales_way(locale: str, text: str, value: str) -> None:
    assert fmt.parse_decimal(text, locale) == Decimal(value)


@pytest.mark.parametrize(("locale", "text"), [("fr_FR", "12.500"), ("de_CH", "12,500")])
def test_a_grouping_the_locale_does_not_use_is_asked_about(locale: str, text: str) -> None:
    with pytest.raises(fmt.AmbiguousNumber, match="could be") as refused:
        fmt.parse_decimal(text, locale)
    assert "12500" in str(refused.value)


@pytest.mark.parametrize("locale", ["en_GB", "de_DE", "fr_FR", "de_CH"])
@pytest.mark.parametrize("value", ["1.125", "16535.5", "0.92", "19"])
def test_a_figure_to_edit_reads_back_unchanged(locale: str, value: str) -> None:
    assert fmt.parse_decimal(fmt.amount_plain(Decimal(value), locale), locale) == Decimal(value)
