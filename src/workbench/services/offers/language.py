"""The language an offer speaks to its customer: the one of the customer's country, where
the app has templates and PDF words in it, else English.

The person's own window language (ui/language.py) is a different thing: a German-speaking
salesperson sends a French customer a French offer.
"""

from __future__ import annotations

from babel.core import Locale, UnknownLocaleError

OFFER_LANGUAGES = ("en", "de", "fr")
DEFAULT_LANGUAGE = "en"

# Countries (ISO 3166) whose customers get an offer in German or French. Where a country
# has several languages, the one most of its businesses correspond in.
_COUNTRY_LANGUAGE = {
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "LI": "de",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "MC": "fr",
}


def customer_country(account_country: str, home_country: str) -> str:
    """The country an offer is written for: the account's, or for an account entered without
    one, the selling company's own (Company profile): a German firm's customer typed in with
    just a city in Hamburg gets a German offer, not an English one."""
    return (account_country or "").strip() or (home_country or "").strip()


def customer_language(country: str) -> str:
    return _COUNTRY_LANGUAGE.get(country.strip().upper(), DEFAULT_LANGUAGE)


def customer_locale(country: str, fallback: str) -> str:
    """Numbers and dates on a German or French offer as the customer's country writes them
    (de_CH, fr_BE); an English offer keeps `fallback`, the user's own locale."""
    language = customer_language(country)
    if language == DEFAULT_LANGUAGE:
        return fallback
    try:
        return str(Locale.parse(f"{language}_{country.strip().upper()}"))
    except (UnknownLocaleError, ValueError):
        return language
