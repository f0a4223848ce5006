import pytest

from workbench.domain.rules import company_key, format_phone, is_valid_email, normalize_phone


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("030 1234567", "DE", "+49301234567"),
        ("+49 (30) 123-4567", None, "+49301234567"),
        ("0049 30 1234567", None, "+49301234567"),
        ("(415) 555-2671", "US", "+14155552671"),
    ],
)
def test_phone_numbers_are_normalised_to_e164(raw: str, region: str | None, e164: str) -> None:
    assert normalize_phone(raw, region) == e164


@pytest.mark.parametrize("raw", ["12", "call me", "+99 1", ""])
def test_impossible_phone_numbers_are_rejected(raw: str) -> None:
    assert normalize_phone(raw, "DE") is None


def test_phone_is_shown_in_international_format() -> None:
    assert format_phone("+49301234567") == "+49 30 1234567"


def test_company_names_match_regardless_of_legal_form_case_and_accents() -> None:
    assert company_key("ACME GmbH & Co. KG") == company_key("Acme") == "acme"
    assert company_key("Müller AG") == company_key("muller")
    assert company_key("Nordic Paper AB") != company_key("Nordic Steel AB")


@pytest.mark.parametrize("good", ["anna@example.com", "a.b+c@sub.example.co.uk"])
def test_valid_emails(good: str) -> None:
    assert is_valid_email(good)


@pytest.mark.parametrize("bad", ["anna", "anna@", "@example.com", "a b@example.com", "a@b"])
def test_invalid_emails(bad: str) -> None:
    assert not is_valid_email(bad)
