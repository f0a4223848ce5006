"""Which country a phone number without a country code is read in, everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.deployment import ENV_VAR
from workbench.domain.models import Lead
from workbench.errors import ValidationError
from workbench.services import accounts, company, leads
from workbench.services import validation as v
from workbench.services.lead_import import import_file
from workbench.services.setup import default_region, open_workbench
from workbench.store.db import Database


def _company_in(db: Database, country: str) -> None:
    company.save_company(db, company.CompanyProfile(name="Us", country=country))


def _lead_phones(db: Database) -> dict[str, str]:
    with db.read() as s:
        return {lead.last_name: lead.phone for lead in s.scalars(select(Lead))}


def test_a_national_number_is_read_in_the_company_country_not_the_locale(
    db: Database, tmp_path: Path
) -> None:
    _company_in(db, "FR")
    f = tmp_path / "leads.csv"
    f.write_text("Last Name,Phone\nDupont,01 23 45 67 89\n", encoding="utf-8")
    result = import_file(db, f)
    assert result.imported == 1
    assert _lead_phones(db) == {"Dupont": "+33123456789"}
    assert (
        "Phone numbers without a country code were read as France (FR), the company's country."
        in result.report()
    )


def test_the_locale_guess_of_an_old_database_is_not_used(db: Database, tmp_path: Path) -> None:
    db.set_meta("default_region", "US")  # what a C.UTF-8 machine wrote at first start
    assert default_region(db) is None
    f = tmp_path / "leads.csv"
    f.write_text("Last Name,Phone\nDupont,01 23 45 67 89\n", encoding="utf-8")
    result = import_file(db, f)
    assert result.imported == 0 and _lead_phones(db) == {}
    (problem,) = result.rejected
    assert "no country is set" in problem.reason and "company profile" in problem.reason
    _company_in(db, "FR")
    assert import_file(db, f).imported == 1


def test_a_new_database_does_not_guess_a_region_from_the_locale(db: Database) -> None:
    assert db.get_meta("default_region") is None
    assert default_region(db) is None


def test_a_contact_is_read_in_its_account_country(db: Database) -> None:
    _company_in(db, "FR")
    german = accounts.create_account(db, accounts.AccountInput(name="Nord GmbH", country="DE"))
    cid = accounts.create_contact(
        db, accounts.ContactInput(last_name="Berg", account_id=german, phone="040 123457")
    )
    assert accounts.get_contact(db, cid).phone == "+4940123457"
    with pytest.raises(ValidationError) as info:
        accounts.create_contact(db, accounts.ContactInput(last_name="Loose", phone="040 123457"))
    assert info.value.field == "phone"
    assert str(info.value) == (
        "“040 123457” is not a valid phone number for France; add the country code "
        "(+33 …) if it is from elsewhere."
    )


def test_the_mobile_field_names_itself_and_the_region(db: Database) -> None:
    german = accounts.create_account(db, accounts.AccountInput(name="Nord GmbH", country="de"))
    with pytest.raises(ValidationError) as info:
        accounts.create_contact(
            db, accounts.ContactInput(last_name="Berg", account_id=german, mobile="01 23")
        )
    assert info.value.field == "mobile" and "for Germany" in str(info.value)


def test_an_account_is_read_in_its_own_country(db: Database) -> None:
    _company_in(db, "DE")
    aid = accounts.create_account(
        db, accounts.AccountInput(name="Paris SA", country="FR", phone="01 23 45 67 89")
    )
    assert accounts.get_account(db, aid).phone == "+33123456789"


def test_a_lead_typed_in_the_form_is_read_in_the_company_country(db: Database) -> None:
    _company_in(db, "DE")
    lid = leads.create_lead(db, leads.LeadInput(last_name="Berg", phone="030 123456"))
    assert leads.get_lead(db, lid).data.phone == "+4930123456"
    with pytest.raises(ValidationError, match="for Germany"):
        leads.create_lead(db, leads.LeadInput(last_name="X", phone="01 23"))


def test_international_numbers_are_read_as_written(db: Database) -> None:
    _company_in(db, "FR")
    lid = leads.create_lead(db, leads.LeadInput(last_name="Berg", phone="0049 30 123456"))
    assert leads.get_lead(db, lid).data.phone == "+4930123456"


def test_possible_but_invalid_numbers_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="not a valid phone number"):
        leads.create_lead(db, leads.LeadInput(last_name="X", phone="+1 555 0100 123"))


def test_an_import_row_is_read_in_its_country_column(db: Database, tmp_path: Path) -> None:
    _company_in(db, "FR")
    f = tmp_path / "leads.csv"
    f.write_text(
        "Last Name;Phone;Country\n"
        "Berg;030 123456;Deutschland\n"
        "Dupont;01 23 45 67 89;France\n"
        "Rossi;01 23 45 67 88;\n"
        "Nemo;01 23 45 67 87;Atlantis\n"
        "Smith;020 7946 0018;UK\n",
        encoding="utf-8",
    )
    result = import_file(db, f)
    assert not result.rejected
    assert _lead_phones(db) == {
        "Berg": "+4930123456",
        "Dupont": "+33123456789",
        "Rossi": "+33123456788",
        "Nemo": "+33123456787",
        "Smith": "+442079460018",
    }
    report = result.report()
    assert "read in the country of the row's “Country” column" in report
    assert "line 5: “Atlantis” is not a country we know" in report


def test_the_deployment_file_presets_the_company_country(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deployment.json"
    path.write_text(json.dumps({"company": {"name": "Nord", "country": "Deutschland"}}))
    monkeypatch.setenv(ENV_VAR, str(path))
    db = open_workbench(tmp_path / "new.sqlite").db
    try:
        assert company.get_company(db).country == "DE"
        assert default_region(db) == "DE"
    finally:
        db.close()


def test_the_company_phone_is_checked_in_the_company_country(db: Database) -> None:
    saved = company.save_company(
        db, company.CompanyProfile(name="Us", country="DE", phone="040 33301200")
    )
    assert saved.phone == "+49 40 33301200"
    with pytest.raises(ValidationError) as info:
        company.save_company(db, company.CompanyProfile(name="Us", country="DE", phone="12"))
    assert info.value.field == "phone"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("de", "DE"),
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("allemagne", "DE"),
        ("Österreich", "AT"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("USA", "US"),
        ("  france ", "FR"),
        ("Schweiz", "CH"),
        ("Atlantis", None),
        ("ZZ", None),
        ("", None),
    ],
)
def test_free_text_countries_map_to_iso_codes(text: str, code: str | None) -> None:
    assert v.country_code(text) == code
