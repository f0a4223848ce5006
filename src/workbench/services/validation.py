"""Input checks shared by the services; each raises ValidationError naming the field.

The messages are the person's language's (workbench.texts; English on the command line),
and so are the fields' labels, listed for the translators in ui/domain_texts.FIELD_LABELS."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, reduce
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import InstrumentedAttribute

from workbench import formatting
from workbench.domain import folding
from workbench.domain.folding import fold
from workbench.domain.money import MoneyError, check_currency
from workbench.domain.rules import (
    is_valid_email,
    normalize_email,
    normalize_phone,
    phone_prefix,
)
from workbench.errors import NotFound, ValidationError
from workbench.texts import fill, translate

T = TypeVar("T")


def text(
    value: str | None, field: str, label: str, *, required: bool = False, max_len: int = 200
) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(
            fill(translate("Errors", "%1 is required."), field_label(label)), field
        )
    if len(cleaned) > max_len:
        too_long = translate("Errors", "%1 is too long (%2 characters, at most %3).")
        counts = (formatting.number(len(cleaned)), formatting.number(max_len))
        raise ValidationError(fill(too_long, field_label(label), *counts), field)
    return cleaned


def field_label(label: str) -> str:
    """A field's English label (as the services name it) in the person's language."""
    return translate("Fields", label)


def not_a_number(label: str, text: object) -> str:
    """The one sentence for a figure that can't be read; `label` already translated."""
    return fill(translate("Errors", "%1 “%2” is not a number."), label, text)


def email(value: str | None, field: str = "email") -> str:
    cleaned = normalize_email(value or "")
    if cleaned and not is_valid_email(cleaned):
        raise ValidationError(
            fill(translate("Errors", "“%1” is not a valid e-mail address."), value), field
        )
    return cleaned


@dataclass(frozen=True)
class Region:
    """The country a phone number without a country code is read in, and why that one."""

    code: str | None  # ISO 3166 alpha-2; None when no country is known
    source: str = ""  # "the account's country", "the company's country", ...

    def describe(self) -> str:
        """ "France (FR), the company's country", in the person's language."""
        if self.code is None:
            return translate("Errors", "no country (none is set for the record or the company)")
        sources = {
            "the company's country": translate("Errors", "the company's country"),
            "the account's country": translate("Errors", "the account's country"),
            "the row's country": translate("Errors", "the row's country"),
        }
        name = country_name(self.code, formatting.current_locale())
        source = sources.get(self.source, self.source)
        return f"{name} ({self.code}), {source}".rstrip(", ")


def phone(value: str | None, region: Region | None, field: str = "phone") -> str:
    """The number in E.164, or ValidationError saying which country it was read in."""
    raw = (value or "").strip()
    if not raw:
        return ""
    code = region.code if region is not None else None
    normalized = normalize_phone(raw, code)
    if normalized is not None:
        return normalized
    if raw.startswith(("+", "00")):
        raise ValidationError(
            fill(translate("Errors", "“%1” is not a valid phone number."), raw), field
        )
    if code is None:
        no_country = translate(
            "Errors",
            "“%1” is not a valid phone number without a country code: no country is set "
            "to read it in. Write it with its country code (+49 …), or set your company's "
            "country in the company profile.",
        )
        raise ValidationError(fill(no_country, raw), field)
    elsewhere = translate(
        "Errors",
        "“%1” is not a valid phone number for %2; add the country code (%3 …) if it is "
        "from elsewhere.",
    )
    name = country_name(code, formatting.current_locale())
    raise ValidationError(fill(elsewhere, raw, name, phone_prefix(code) or "+…"), field)


def currency(value: str | None, field: str = "currency") -> str:
    """An ISO 4217 code, upper case; ValidationError in the person's language otherwise."""
    try:
        return check_currency(value or "")
    except MoneyError:
        text = translate("Errors", "“%1” is not a currency code such as EUR.")
        raise ValidationError(fill(text, value or ""), field) from None


def country(value: str | None, field: str = "country") -> str:
    """An ISO 3166 alpha-2 code from a code or a country's name ("de", "Germany",
    "Deutschland", "UK"); "" for nothing; ValidationError for text that names no country."""
    cleaned = (value or "").strip()
    if not cleaned:
        return ""
    code = country_code(cleaned)
    if code is None:
        not_a_country = translate(
            "Errors", "“%1” is not a country; use a two-letter code such as DE or GB."
        )
        raise ValidationError(fill(not_a_country, cleaned), field)
    return code


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-2 code `text` names, or None. Free-text country columns hold
    codes, English or local names, with or without accents; all of those are accepted."""
    key = _country_key(text)
    if not key:
        return None
    return _country_index().get(key)


def country_name(code: str, locale: str = "en") -> str:
    return str(Locale.parse(locale).territories.get(code.upper(), code.upper()))


# Languages whose country names are recognised (the markets the product is sold in and
# their neighbours); codes and these names cover what CRMs and spreadsheets export.
_NAME_LANGUAGES = (
    "en", "de", "fr", "it", "es", "pt", "nl", "da", "sv", "nb", "fi", "pl", "cs", "sk",
    "hu", "ro", "sl", "hr", "et", "lv", "lt", "el", "tr",
)  # fmt: skip
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# Common names babel doesn't give (alpha-3 codes, old and informal names).
_COUNTRY_ALIASES = {
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "greatbritain": "GB",
    "northernireland": "GB", "gbr": "GB", "usa": "US", "us": "US", "unitedstatesofamerica": "US",
    "america": "US", "deu": "DE", "ger": "DE", "brd": "DE", "fra": "FR", "aut": "AT",
    "che": "CH", "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "nld": "NL", "holland": "NL",
    "bel": "BE", "lux": "LU", "ita": "IT", "esp": "ES", "prt": "PT", "pol": "PL", "swe": "SE",
    "dnk": "DK", "nor": "NO", "fin": "FI", "irl": "IE", "cze": "CZ", "czechia": "CZ",
    "can": "CA", "aus": "AU",
}  # fmt: skip


def _country_key(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_text.casefold())


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for language in _NAME_LANGUAGES:
        try:
            names = Locale(language).territories
        except UnknownLocaleError:  # pragma: no cover - babel ships all of these
            continue
        for code, name in names.items():
            # Not "001" (world), "150" (Europe), "EU" or "ZZ" (unknown region).
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                index.setdefault(code.casefold(), code)
                index.setdefault(_country_key(name), code)
    for alias, code in _COUNTRY_ALIASES.items():
        index.setdefault(alias, code)
    return index


def not_in_past_far(value: date | None, field: str, label: str) -> date | None:
    if value is not None and value.year < 1990:
        implausible = translate("Errors", "%1 %2 is not a plausible date.")
        raise ValidationError(fill(implausible, field_label(label), formatting.day(value)), field)
    return value


def live(obj: T | None, what: str) -> T:
    """The row, unless it is missing or tombstoned."""
    if obj is None or getattr(obj, "deleted", False):
        raise NotFound(f"That {what} no longer exists (it may have been deleted).")
    return obj


def escape_like(text: str) -> str:
    """Make `%`, `_` and the escape character itself literal in a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(
    term: str, *columns: ColumnElement[str] | InstrumentedAttribute[str]
) -> ColumnElement[bool] | None:
    """'Any of these columns contains the typed text', ignoring case and accents
    ("muller" finds "Müller", domain/folding.py), or None when nothing was typed. The
    text is matched literally: "50%" does not match everything. SQLite only (the fold is
    a function of the app's connections)."""
    text = fold(term.strip())
    if not text:
        return None
    # The columns are joined by a separator no one types (U+001F), so a term can't match
    # across two of them, and folded by one call per row.
    parts: list[ColumnElement[str]] = [func.coalesce(c, "") for c in columns]
    joined = reduce(lambda a, b: a + "\x1f" + b, parts)
    folded: ColumnElement[str] = getattr(func, folding.SQL_FUNCTION)(joined)
    return folded.like(f"%{escape_like(text)}%", escape="\\")
