"""Customers: accounts (one in ten a private person) and their contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from workbench.domain.enums import AccountKind
from workbench.domain.rules import company_key
from workbench.services.demo.context import Demo, Row, mail_name
from workbench.services.demo.words import (
    CITIES,
    COMPANY_A,
    COMPANY_B,
    FIRST,
    FORMS,
    INDUSTRIES,
    LAST,
    TITLES,
    in_language,
)


@dataclass(frozen=True)
class Customers:
    accounts: list[Row]
    contacts: list[Row]
    contacts_of: list[list[uuid.UUID]]  # the contact ids of each account, in the same order


def make_customers(demo: Demo, deals: int, owners: list[uuid.UUID]) -> Customers:
    accounts: list[Row] = []
    contacts: list[Row] = []
    contacts_of: list[list[uuid.UUID]] = []
    seen_names: set[str] = set()
    for i in range(max(20, deals // 4)):
        account, b2c, slug, prefix = _account(demo, i, seen_names, owners)
        accounts.append(account)
        ids = []
        for _ in range(1 if b2c else demo.rng.randint(1, 3)):
            contact = _contact(demo, account, b2c, slug, prefix, owners)
            ids.append(contact["id"])
            contacts.append(contact)
        contacts_of.append(ids)
    return Customers(accounts, contacts, contacts_of)


def _account(
    demo: Demo, i: int, seen_names: set[str], owners: list[uuid.UUID]
) -> tuple[Row, bool, str, str]:
    """An account, whether it is a private person, its web name and its city's phone prefix."""
    rng = demo.rng
    city, country, prefix = rng.choice(CITIES)
    b2c = rng.random() < 0.1
    if b2c:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
    else:
        name = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)} {rng.choice(FORMS)}"
        if name in seen_names:
            name = f"{name.rsplit(' ', 1)[0]} {i} {name.rsplit(' ', 1)[1]}"
    seen_names.add(name)
    account_id = demo.uid()
    slug = company_key(name).replace(" ", "-") or f"account-{i}"
    account = {
        "id": account_id,
        "kind": AccountKind.PERSON if b2c else AccountKind.COMPANY,
        "name": name,
        "name_key": company_key(name),
        "industry": "" if b2c else in_language(rng.choice(INDUSTRIES)),
        "website": "" if b2c else f"https://www.{slug}.example",
        "email": f"info@{slug}.example",
        "phone": f"{prefix}{rng.randint(100000, 9999999)}",
        "street": f"{rng.choice(LAST)}straße {rng.randint(1, 180)}",
        "postal_code": f"{rng.randint(10000, 99999)}",
        "city": city,
        "country": country,
        "notes": "",
        "owner_id": rng.choice(owners),
    }
    return account, b2c, slug, prefix


def _contact(
    demo: Demo, account: Row, b2c: bool, slug: str, prefix: str, owners: list[uuid.UUID]
) -> Row:
    rng = demo.rng
    name = account["name"]
    first, last = name.split(" ", 1) if b2c else (rng.choice(FIRST), rng.choice(LAST))
    return {
        "id": demo.uid(),
        "account_id": account["id"],
        "first_name": first,
        "last_name": last,
        "title": "" if b2c else in_language(rng.choice(TITLES)),
        "email": f"{mail_name(first, last)}@{slug}.example",
        "phone": f"{prefix}{rng.randint(100000, 9999999)}",
        "mobile": f"+49151{rng.randint(1000000, 9999999)}",
        "decision_maker": rng.random() < 0.35,
        "notes": "",
        "owner_id": rng.choice(owners),
        "source_lead_id": None,
    }
