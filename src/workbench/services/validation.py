"""Input checks shared by the services; each raises ValidationError naming the field."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import InstrumentedAttribute

from workbench.domain.money import MoneyError, check_currency
from workbench.domain.rules import is_valid_email, normalize_email, normalize_phone
from workbench.errors import NotFound, ValidationError

T = TypeVar("T")


def text(
    value: str | None, field: str, label: str, *, required: bool = False, max_len: int = 200
) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(f"{label} is required.", field)
    if len(cleaned) > max_len:
        raise ValidationError(
            f"{label} is too long ({len(cleaned)} characters, at most {max_len}).", field
        )
    return cleaned


def email(value: str | None, field: str = "email") -> str:
    cleaned = normalize_email(value or "")
    if cleaned and not is_valid_email(cleaned):
        raise ValidationError(f"“{value}” is not a valid e-mail address.", field)
    return cleaned


def phone(value: str | None, region: str | None, field: str = "phone") -> str:
    raw = (value or "").strip()
    if not raw:
        return ""
    normalized = normalize_phone(raw, region)
    if normalized is None:
        hint = "" if raw.startswith("+") else " Add the country code, e.g. +49 30 1234567."
        raise ValidationError(f"“{raw}” is not a valid phone number.{hint}", field)
    return normalized


def currency(value: str | None, field: str = "currency") -> str:
    try:
        return check_currency(value or "")
    except MoneyError as exc:
        raise ValidationError(str(exc), field) from None


def country(value: str | None, field: str = "country") -> str:
    cleaned = (value or "").strip().upper()
    if cleaned and (len(cleaned) != 2 or not cleaned.isalpha()):
        raise ValidationError("Country must be a two-letter code such as DE or GB.", field)
    return cleaned


def not_in_past_far(value: date | None, field: str, label: str) -> date | None:
    if value is not None and value.year < 1990:
        raise ValidationError(f"{label} {value.isoformat()} is not a plausible date.", field)
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
    """Case-insensitive 'any of these columns contains the typed text', or None when
    nothing was typed. The text is matched literally: "50%" does not match everything."""
    text = term.strip()
    if not text:
        return None
    pattern = f"%{escape_like(text)}%"
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))
