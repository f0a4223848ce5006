"""Money, numbers, dates, relative days and durations as people read them, in their locale.

Every screen, the offer PDF, the reports and the command line format through here, so a
figure or a day reads the same wherever it appears. Qt-free: services and the CLI use it
as well as the window.

The locale is a parameter everywhere; without one, `current_locale()` decides: the one set
with `set_current_locale` (the app's language setting), else the environment's
(LC_ALL/LC_NUMERIC/LANG), else British English.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import default_locale
from babel.dates import (
    format_date,
    format_interval,
    format_skeleton,
    format_time,
    format_timedelta,
)
from babel.numbers import (
    NumberFormatError,
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
    get_decimal_symbol,
    get_group_symbol,
)
from babel.numbers import parse_decimal as _babel_parse_decimal

from workbench.domain.money import Money, MoneyError
from workbench.domain.money import parse_decimal as _any_decimal

FALLBACK_LOCALE = "en_GB"
_chosen: str | None = None


# What babel's default_locale reads: the answer is kept for each setting of them, since
# finding it again for every figure and time in a list took longer than writing them.
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LANG")


def resolve_locale(preferred: str | None = None) -> str:
    """The locale asked for if babel knows it, else the environment's, else British English.

    C and POSIX locales (containers, services) mean "not set", not American English.
    """
    environment = tuple(os.environ.get(name, "") for name in _ENVIRONMENT)
    return _resolved(preferred, _chosen, environment)


@cache
def _resolved(preferred: str | None, chosen: str | None, _environment: tuple[str, ...]) -> str:
    for candidate in (preferred, chosen, default_locale("LC_NUMERIC"), default_locale()):
        if not candidate or candidate.startswith(("en_US_POSIX", "C")):
            continue
        try:
            return str(Locale.parse(candidate))
        except (UnknownLocaleError, ValueError):
            continue
    return FALLBACK_LOCALE


def current_locale() -> str:
    """The locale figures and days are written in when the caller names none."""
    return resolve_locale()


def set_current_locale(locale: str | None) -> None:
    """Choose the locale for everything formatted from now on (None: the environment's).
    The language setting calls this at start and when the person changes it."""
    global _chosen
    _chosen = locale or None


def _loc(locale: str | None) -> str:
    return resolve_locale(locale) if locale else current_locale()


# -- money and numbers ---------------------------------------------------------------------


def _spaced(text: str) -> str:
    """ "PLN 350,774.65", not "PLN350,774.65": a currency written as letters gets a space
    (no-break) from its digits, as a symbol like € does not need."""
    return _LETTERS_TOUCHING.sub(lambda m: f"{m[1]}\u00a0" if m[1] else f"\u00a0{m[2]}", text)


_LETTERS_TOUCHING = re.compile(r"([A-Z]{2,})(?=[\d-])|(?<=\d)([A-Z]{2,})")


def money(value: Money, locale: str | None = None) -> str:
    """ "€86,251.20" in en_GB, "86.251,20 €" in de_DE: the amount in the currency's digits."""
    return _spaced(str(format_currency(value.amount, value.currency, locale=_loc(locale))))


def money_whole(value: Money, locale: str | None = None) -> str:
    """ "€86,251": whole units, for figures compared by size (reports, totals)."""
    loc = _loc(locale)
    return _spaced(
        str(
            format_currency(
                value.amount,
                value.currency,
                _whole_pattern(loc),
                locale=loc,
                currency_digits=False,
            )
        )
    )


@cache
def _whole_pattern(locale: str) -> str:
    """The locale's currency pattern without decimals ("#,##0 ¤" in German), so the
    symbol stays on the side the locale puts it."""
    pattern = str(Locale.parse(locale).currency_formats["standard"].pattern)
    return re.sub(r"\.0+", "", pattern)


def price(value: Decimal, currency: str, locale: str | None = None) -> str:
    """A unit price: like money, but keeps digits beyond the currency's (€0.335 a piece)."""
    return _spaced(
        str(format_currency(value, currency, locale=_loc(locale), decimal_quantization=False))
    )


def money_compact(value: Money, locale: str | None = None) -> str:
    """ "€34k", "€7.5m", "CHF 950": short figures for column headers and cards."""
    loc = _loc(locale)
    if not any(c.isalpha() for c in str(format_compact_decimal(value.amount, locale=loc))):
        # The locale has no short word at this size (German thousands): whole units, grouped.
        return money_whole(value, loc)
    return _spaced(
        str(format_compact_currency(value.amount, value.currency, locale=loc, fraction_digits=1))
    )


def amount_input(value: Decimal, locale: str | None = None) -> str:
    """An amount as typed into a field: grouped, with the locale's decimal sign and no
    currency ("16,535.00"; `money.parse_decimal` reads it back)."""
    return str(format_decimal(value, "#,##0.00", locale=_loc(locale)))


class AmbiguousNumber(MoneyError):
    """A figure that reads as two different numbers; the message names both."""


_ONE_GROUP = re.compile(r"([+-]?\d{1,3})([.,])(\d{3})")


def parse_decimal(text: str, locale: str | None = None) -> Decimal:
    """A number typed by a person, read the way their locale writes it: "12,500" is
    12500 in English and "12,5" is 12.5 in German, where "12.500" is 12500. Grouping must
    be the locale's (strict), so "12,5" in English is not read as 125; a figure written
    another way the app understands ("16535.00" in German) still reads. A grouping with a
    sign the locale uses for neither ("12.500" in French) could be either, and is refused
    with both readings named."""
    loc = _loc(locale)
    cleaned = str(text).strip()
    decimal_sign, group_sign = get_decimal_symbol(loc), get_group_symbol(loc)
    grouped = _ONE_GROUP.fullmatch(cleaned)
    if grouped and grouped[2] not in (decimal_sign, group_sign):
        as_fraction = Decimal(f"{grouped[1]}.{grouped[3]}")
        as_whole = Decimal(grouped[1] + grouped[3])
        raise AmbiguousNumber(
            f"“{cleaned}” could be {number(as_fraction, loc)} or {number(as_whole, loc)}; "
            f"type it as {amount_plain(as_fraction, loc)} or {amount_plain(as_whole, loc)}."
        )
    try:
        return _babel_parse_decimal(cleaned, locale=loc, strict=True)
    except NumberFormatError:
        return _any_decimal(cleaned)


def amount_plain(value: Decimal, locale: str | None = None) -> str:
    """ "12500" or "1,125" in German: every digit of `value`, the locale's decimal sign,
    no grouping; what `parse_decimal` reads back unchanged in that locale."""
    return format(value, "f").replace(".", get_decimal_symbol(_loc(locale)))


def number(
    value: int | float | Decimal, locale: str | None = None, digits: int | None = None
) -> str:
    """ "12,345" or with `digits` a fixed number of decimals ("12,345.6")."""
    pattern = None if digits is None else "#,##0" + ("." + "0" * digits if digits else "")
    if isinstance(value, Decimal) and digits is None:
        value = value.normalize() if value else value
    return str(format_decimal(value, pattern, locale=_loc(locale)))


def number_compact(value: int | float | Decimal, locale: str | None = None) -> str:
    """ "1.5k", "2.5m" ("1,5 Mio." in German, where thousands have no short word and
    read "20.000"): figures on a chart's axis."""
    loc = _loc(locale)
    text = str(format_compact_decimal(value, locale=loc, fraction_digits=1))
    if not any(c.isalpha() for c in text):
        whole = round(float(value)) if abs(float(value)) >= 100 else value
        return number(whole, loc)
    return text


def percent(value: float | Decimal, locale: str | None = None, digits: int = 0) -> str:
    """`value` as a share (0.255 → "25.5%" with one digit, "25,5 %" in German)."""
    loc = _loc(locale)
    return str(format_percent(value, _percent_pattern(loc, digits), locale=loc))


@cache
def _percent_pattern(locale: str, digits: int) -> str:
    pattern = str(Locale.parse(locale).percent_formats[None].pattern)
    return pattern.replace("#,##0", "#,##0." + "0" * digits, 1) if digits else pattern


# -- days and times ------------------------------------------------------------------------


def local(moment: datetime) -> datetime:
    """The moment on this computer's clock (naive datetimes are taken as UTC, as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_day(moment: date | datetime) -> date:
    """The calendar day a moment falls on here; a date is already one."""
    return local(moment).date() if isinstance(moment, datetime) else moment


def calendar_days(moment: date | datetime, now: datetime | None = None) -> int:
    """Calendar days from today to `moment` in local time: 0 today, -1 yesterday, 2 the day
    after tomorrow. A lead that came in at 23:50 is "yesterday" at 00:10, not "today"."""
    today = local_day(now or datetime.now(UTC))
    return (local_day(moment) - today).days


def relative_day(
    moment: date | datetime, now: datetime | None = None, locale: str | None = None
) -> str:
    """ "today", "yesterday", "tomorrow", "in 3 days", "5 days ago" (calendar days, local)."""
    loc = _loc(locale)
    days = calendar_days(moment, now)
    named = _relative_names(loc).get(days) if -1 <= days <= 1 else None
    if named:
        return named
    return str(
        format_timedelta(
            timedelta(days=days),
            granularity="day",
            threshold=10**6,
            add_direction=True,
            locale=loc,
        )
    )


@cache
def _relative_names(locale: str) -> dict[int, str]:
    names = Locale.parse(locale)._data["date_fields"]["day"]["relative"]
    return {int(k): str(v) for k, v in names.items()}


def day(value: date | datetime | None, locale: str | None = None) -> str:
    """ "27 Dec 2026" (en_GB), "27.12.2026" (de_DE); "" for no day."""
    if value is None:
        return ""
    return str(format_date(local_day(value), "medium", locale=_loc(locale)))


def day_long(value: date | datetime, locale: str | None = None) -> str:
    """ "27 December 2026": for letters and offers."""
    return str(format_date(local_day(value), "long", locale=_loc(locale)))


def day_short(value: date | datetime, locale: str | None = None, today: date | None = None) -> str:
    """ "27 Oct" this year, "27 Oct 2027" in another: dates on cards and in tight cells."""
    loc = _loc(locale)
    d = local_day(value)
    this_year = (today or date.today()).year
    if d.year == this_year:
        return str(format_skeleton("MMMd", d, locale=loc))
    return str(format_date(d, "medium", locale=loc))


def month(value: date | datetime, locale: str | None = None) -> str:
    """ "November 2026" ("novembre 2026"): a month as a row of a report."""
    return str(format_skeleton("yMMMM", local_day(value), locale=_loc(locale)))


def month_abbr(value: date | datetime, locale: str | None = None, year: bool = True) -> str:
    """ "Nov 2026" ("Nov. 2026" in German); just "Nov" without the year: chart axes,
    column headers."""
    return str(format_skeleton("yMMM" if year else "MMM", local_day(value), locale=_loc(locale)))


def day_range(first: date | datetime, last: date | datetime, locale: str | None = None) -> str:
    """ "2–8 Nov 2026", "2 Nov – 6 Dec 2026" ("2.–8. Nov. 2026"): both days included, what
    they share written once."""
    loc = _loc(locale)
    return str(format_interval(local_day(first), local_day(last), "yMMMd", locale=loc))


def weekday_day(value: date | datetime, locale: str | None = None) -> str:
    """ "Monday 27 October": a heading for the day."""
    return str(format_skeleton("MMMMEEEEd", local_day(value), locale=_loc(locale)))


def time_of_day(moment: datetime, locale: str | None = None) -> str:
    """ "14:05" (or "2:05 pm" where that is the custom) on this computer's clock."""
    return str(format_time(local(moment), "short", locale=_loc(locale)))


def moment(value: datetime | None, locale: str | None = None) -> str:
    """ "27 Dec 2026, 14:05" on this computer's clock; "" for none."""
    if value is None:
        return ""
    loc = _loc(locale)
    # The locale's way of joining a day and a time, with the time to the minute.
    joined = str(Locale.parse(loc).datetime_formats["medium"])
    return joined.replace("{1}", day(value, loc)).replace("{0}", time_of_day(value, loc))


def when(value: datetime | None, now: datetime | None = None, locale: str | None = None) -> str:
    """A time of day with its day said the shortest way: "14:05" today, "yesterday 14:05",
    "Mon 27 Oct" further off, "Wed, 10 Dec 2025" in another year."""
    if value is None:
        return ""
    loc = _loc(locale)
    days = calendar_days(value, now)
    if days == 0:
        return time_of_day(value, loc)
    if days in (-1, 1):
        return f"{relative_day(value, now, loc)} {time_of_day(value, loc)}"
    day = local_day(value)
    this_year = local_day(now or datetime.now(UTC)).year
    return str(format_skeleton("MMMEd" if day.year == this_year else "yMMMEd", day, locale=loc))


def duration(seconds: int | float | timedelta, locale: str | None = None) -> str:
    """ "6 min", "2 h", "3 days": a span in its largest sensible unit."""
    span = seconds if isinstance(seconds, timedelta) else timedelta(seconds=float(seconds))
    return str(format_timedelta(span, format="short", threshold=1.5, locale=_loc(locale)))
