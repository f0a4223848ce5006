"""The selling company's profile, printed on offers: name, address, contact, bank, logo,
brand colour and default currency: the team's settings (synced; IT may preset them at
install in the local meta), but for the logo, a file on this computer."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from workbench.domain.meta import Meta
from workbench.domain.rules import format_phone
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.team_settings import read_settings, write_settings
from workbench.store.db import Database
from workbench.texts import fill, translate

# Meta key of each field. The installer presets exactly these names; don't rename them.
KEYS = {
    "name": "company.name",
    "address": "company.address",
    "email": "company.email",
    "phone": "company.phone",
    "country": "company.country",
    "website": "company.website",
    "vat_id": "company.vat_id",
    "bank": "company.bank",
    "logo_path": "company.logo_path",
    "color": "company.color",
    "default_currency": "default_currency",
}
DEFAULT_COLOR = "#1a73e8"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass
class CompanyProfile:
    name: str = ""
    address: str = ""  # several lines
    email: str = ""
    phone: str = ""
    # ISO 3166 alpha-2; phone numbers typed without a country code are read in it.
    country: str = ""
    website: str = ""
    vat_id: str = ""
    bank: str = ""  # several lines: bank, IBAN, BIC
    logo_path: str = ""
    color: str = DEFAULT_COLOR
    default_currency: str = "EUR"

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


def get_company(db: Database) -> CompanyProfile:
    values = read_settings(db, KEYS.values())
    profile = CompanyProfile()
    for f in fields(CompanyProfile):
        value = values.get(KEYS[f.name])
        if value:
            setattr(profile, f.name, value)
    if not _HEX.match(profile.color):
        profile.color = DEFAULT_COLOR
    return profile


def clean_company(data: CompanyProfile) -> CompanyProfile:
    color = (data.color or "").strip() or DEFAULT_COLOR
    if not color.startswith("#"):
        color = "#" + color
    if not _HEX.match(color):
        text = translate("Errors", "“%1” is not a colour; use a hex code such as %2.")
        raise ValidationError(fill(text, data.color, DEFAULT_COLOR), "color")
    logo = (data.logo_path or "").strip()
    if logo:
        path = Path(logo).expanduser()
        if not path.is_file():
            text = translate("Errors", "The logo file %1 does not exist.")
            raise ValidationError(fill(text, logo), "logo_path")
        if path.suffix.lower() not in {".png", ".jpg", ".jpeg", ".gif", ".bmp"}:
            text = translate("Errors", "The logo must be a PNG, JPEG, GIF or BMP image.")
            raise ValidationError(text, "logo_path")
        logo = str(path)
    country = validation.country(data.country)
    return CompanyProfile(
        name=validation.text(data.name, "name", "Company name"),
        address=validation.text(data.address, "address", "Address", max_len=1000),
        email=validation.email(data.email),
        phone=_company_phone(data.phone, country),
        country=country,
        website=validation.text(data.website, "website", "Website"),
        vat_id=validation.text(data.vat_id, "vat_id", "VAT ID", max_len=40),
        bank=validation.text(data.bank, "bank", "Bank details", max_len=1000),
        logo_path=logo,
        color=color.lower(),
        default_currency=validation.currency(data.default_currency or "EUR", "default_currency"),
    )


def _company_phone(value: str, country: str) -> str:
    # Printed on offers as people write it, so kept international rather than E.164.
    region = validation.Region(country or None, "the company's country")
    number = validation.phone(validation.text(value, "phone", "Phone", max_len=40), region)
    return format_phone(number) if number else ""


def save_company(db: Database, data: CompanyProfile) -> CompanyProfile:
    """Validate everything first, then write all keys in one transaction: the logo (a
    file on this computer) locally, the rest as the team's settings."""
    cleaned = clean_company(data)
    with db.unit_of_work() as uow:
        uow.session.merge(Meta(key=KEYS["logo_path"], value=cleaned.logo_path))
        write_settings(
            uow,
            {
                KEYS[f.name]: str(getattr(cleaned, f.name))
                for f in fields(CompanyProfile)
                if f.name != "logo_path"
            },
        )
    db.notify(frozenset({"workbench_meta"}))
    return cleaned
