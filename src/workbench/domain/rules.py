"""Pure rules on contact data: normalising e-mails, phone numbers and company names so
the same person or company is recognised however it was typed."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")

# Legal forms that don't distinguish one company from another.
_LEGAL_FORMS = {
    "ab",
    "ag",
    "as",
    "asa",
    "bv",
    "co",
    "company",
    "corp",
    "corporation",
    "gmbh",
    "inc",
    "incorporated",
    "kg",
    "limited",
    "llc",
    "llp",
    "ltd",
    "nv",
    "oy",
    "plc",
    "sa",
    "sarl",
    "sas",
    "se",
    "spa",
    "srl",
    "the",
    "ug",
    "oyj",
    "aps",
    "kft",
    "sro",
    "bvba",
}


def normalize_email(value: str) -> str:
    return value.strip().lower()


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def normalize_phone(value: str, default_region: str | None = None) -> str | None:
    """The number in E.164 form (+4930123456), or None if it is not a possible number.

    A number without a country prefix is read in `default_region` (ISO 3166 alpha-2).
    """
    text = value.strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else default_region)
    except phonenumbers.NumberParseException:
        return None
    # IS_POSSIBLE only: a number that is "possible" just locally (without an area code)
    # can't be dialled from a laptop elsewhere, so it is not good enough to store.
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def format_phone(e164: str) -> str:
    """An E.164 number written for people: +49 30 123456."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def company_key(name: str) -> str:
    """'ACME GmbH & Co. KG' and 'Acme' give the same key."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " ")
    words = re.findall(r"[a-z0-9]+", text)
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)
