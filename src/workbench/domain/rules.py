"""Pure rules on contact data: normalising e-mails, phone numbers and company names so
the same person or company is recognised however it was typed."""

from __future__ import annotations

import re
import unicodedata

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
    """The number in E.164 form (+4930123456), or None if it is not a valid number.

    A number without a country prefix (+ or 00) is read in `default_region` (ISO 3166
    alpha-2); without a region such a number can't be read at all.
    """
    # Imported when a number is first read or written (its metadata is 0.1 s of a start).
    import phonenumbers

    text = value.strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    region: str | None = None
    if not text.startswith("+"):
        if not default_region:
            return None
        region = default_region.upper()
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    # VALID, not merely possible: "01 23 45 67 89" is a possible number in the US too
    # (as +1 0123456789), but no US number starts with 0, and a wrong country is worse
    # than a refusal because nobody notices it until the call fails.
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def phone_prefix(region: str) -> str:
    """The international dialling prefix of a country: "+33" for FR, "" if unknown."""
    import phonenumbers

    code = phonenumbers.country_code_for_region(region.upper())
    return f"+{code}" if code else ""


def format_phone(e164: str) -> str:
    """An E.164 number written for people: +49 30 123456."""
    import phonenumbers

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
