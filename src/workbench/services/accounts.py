"""Accounts (companies or private customers) and their contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import AccountKind
from workbench.domain.models import Account, Contact, User
from workbench.domain.rules import company_key
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.setup import current_user_id, phone_region
from workbench.store.db import Database
from workbench.store.uow import UnitOfWork
from workbench.texts import translate


@dataclass
class AccountInput:
    name: str
    kind: AccountKind = AccountKind.COMPANY
    industry: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    notes: str = ""
    owner_id: uuid.UUID | None = None


@dataclass
class ContactInput:
    first_name: str = ""
    last_name: str = ""
    account_id: uuid.UUID | None = None
    title: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    decision_maker: bool = False
    notes: str = ""
    owner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    name: str
    kind: AccountKind
    city: str
    country: str
    phone: str
    email: str
    owner_name: str
    contact_count: int
    updated_at: datetime


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    first_name: str
    last_name: str
    title: str
    account_id: uuid.UUID | None
    account_name: str
    email: str
    phone: str
    mobile: str
    decision_maker: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# -- accounts ----------------------------------------------------------------------------


def _clean_account(db: Database, data: AccountInput) -> dict[str, object]:
    country = validation.country(data.country)
    region = phone_region(db, country, "the account's")
    return {
        "name": validation.text(data.name, "name", "Name", required=True),
        "kind": AccountKind(data.kind),
        "industry": validation.text(data.industry, "industry", "Industry", max_len=120),
        "website": validation.text(data.website, "website", "Website"),
        "email": validation.email(data.email),
        "phone": validation.phone(data.phone, region),
        "street": validation.text(data.street, "street", "Street"),
        "postal_code": validation.text(data.postal_code, "postal_code", "Postal code", max_len=20),
        "city": validation.text(data.city, "city", "City", max_len=120),
        "country": country,
        "notes": validation.text(data.notes, "notes", "Notes", max_len=20000),
        "owner_id": data.owner_id,
    }


def create_account(db: Database, data: AccountInput) -> uuid.UUID:
    with db.unit_of_work() as uow:
        account = add_account(uow, data)
    return account.id


def add_account(uow: UnitOfWork, data: AccountInput) -> Account:
    """Validate and add an account inside a larger unit of work (e.g. lead conversion)."""
    values = _clean_account(uow.db, data)
    values["owner_id"] = values["owner_id"] or current_user_id(uow.db)
    account = Account(id=uuid.uuid4(), name_key=company_key(str(values["name"])), **values)
    uow.session.add(account)
    return account


def update_account(db: Database, account_id: uuid.UUID, data: AccountInput) -> None:
    values = _clean_account(db, data)
    with db.unit_of_work() as uow:
        account = validation.live(uow.session.get(Account, account_id), "account")
        for key, value in values.items():
            if key == "owner_id" and value is None:
                continue
            setattr(account, key, value)
        account.name_key = company_key(account.name)


def delete_account(db: Database, account_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        account = validation.live(uow.session.get(Account, account_id), "account")
        uow.soft_delete(account)


def get_account(db: Database, account_id: uuid.UUID) -> AccountInput:
    with db.read() as s:
        account = validation.live(s.get(Account, account_id), "account")
        return AccountInput(**{f.name: getattr(account, f.name) for f in fields(AccountInput)})


def _account_query(search: str) -> Select[Account, str, int]:
    contacts = (
        select(func.count(Contact.id))
        .where(Contact.account_id == Account.id, Contact.deleted.is_(False))
        .correlate(Account)
        .scalar_subquery()
    )
    q = (
        select(Account, User.name, contacts)
        .outerjoin(User, User.id == Account.owner_id)
        .where(Account.deleted.is_(False))
    )
    match = validation.contains(search, Account.name, Account.city, Account.email)
    return q if match is None else q.where(match)


def count_accounts(db: Database, search: str = "") -> int:
    with db.read() as s:
        sub = _account_query(search).subquery()
        return int(s.scalar(select(func.count()).select_from(sub)) or 0)


def list_accounts(
    db: Database, search: str = "", *, offset: int = 0, limit: int = 200
) -> list[AccountRow]:
    q = _account_query(search).order_by(func.lower(Account.name), Account.id)
    with db.read() as s:
        return [
            AccountRow(
                id=a.id,
                name=a.name,
                kind=a.kind,
                city=a.city,
                country=a.country,
                phone=a.phone,
                email=a.email,
                owner_name=owner or "",
                contact_count=int(n),
                updated_at=a.updated_at,
            )
            for a, owner, n in s.execute(q.offset(offset).limit(limit))
        ]


# -- contacts ----------------------------------------------------------------------------


def _clean_contact(
    db: Database, data: ContactInput, session: Session | None = None
) -> dict[str, object]:
    first = validation.text(data.first_name, "first_name", "First name", max_len=100)
    last = validation.text(data.last_name, "last_name", "Last name", max_len=100)
    if not first and not last:
        raise ValidationError(
            translate("Errors", "A contact needs a first or last name."), "last_name"
        )
    region = contact_region(db, data.account_id, session)
    return {
        "first_name": first,
        "last_name": last,
        "account_id": data.account_id,
        "title": validation.text(data.title, "title", "Title", max_len=120),
        "email": validation.email(data.email),
        "phone": validation.phone(data.phone, region),
        "mobile": validation.phone(data.mobile, region, "mobile"),
        "decision_maker": bool(data.decision_maker),
        "notes": validation.text(data.notes, "notes", "Notes", max_len=20000),
        "owner_id": data.owner_id,
    }


def contact_region(
    db: Database, account_id: uuid.UUID | None, session: Session | None = None
) -> validation.Region:
    """A contact's numbers are read in its account's country: a German account's buyer
    writes "040 123457" whatever country the company itself is in. Inside a unit of work
    pass its session, so an account added in the same transaction is seen."""
    country = ""
    if account_id is not None:
        if session is not None:
            account = session.get(Account, account_id)
            country = account.country if account is not None else ""
        else:
            with db.read() as s:
                account = s.get(Account, account_id)
                country = account.country if account is not None else ""
    return phone_region(db, country, "the account's")


def validate_contact(db: Database, data: ContactInput) -> dict[str, object]:
    """The cleaned values (phones in E.164); ValidationError for bad input. Writes nothing."""
    return _clean_contact(db, data)


def _check_account(db: Database, account_id: uuid.UUID | None) -> None:
    if account_id is None:
        return
    with db.read() as s:
        validation.live(s.get(Account, account_id), "account")


def create_contact(db: Database, data: ContactInput) -> uuid.UUID:
    with db.unit_of_work() as uow:
        contact = add_contact(uow, data)
    return contact.id


def add_contact(uow: UnitOfWork, data: ContactInput) -> Contact:
    """Validate and add a contact inside a larger unit of work (e.g. lead conversion)."""
    values = _clean_contact(uow.db, data, uow.session)
    if data.account_id is not None:
        validation.live(uow.session.get(Account, data.account_id), "account")
    values["owner_id"] = values["owner_id"] or current_user_id(uow.db)
    contact = Contact(id=uuid.uuid4(), **values)
    uow.session.add(contact)
    return contact


def update_contact(db: Database, contact_id: uuid.UUID, data: ContactInput) -> None:
    values = _clean_contact(db, data)
    _check_account(db, data.account_id)
    with db.unit_of_work() as uow:
        contact = validation.live(uow.session.get(Contact, contact_id), "contact")
        for key, value in values.items():
            if key == "owner_id" and value is None:
                continue
            setattr(contact, key, value)


def merge_into_contact(db: Database, contact_id: uuid.UUID, data: ContactInput) -> list[str]:
    """Fold a would-be duplicate into an existing contact: its empty fields are filled from
    `data`, nothing already stored is overwritten, and new notes are appended. Returns the
    names of the fields that were filled."""
    values = _clean_contact(db, data)
    _check_account(db, data.account_id)
    filled: list[str] = []
    with db.unit_of_work() as uow:
        contact = validation.live(uow.session.get(Contact, contact_id), "contact")
        for key, value in values.items():
            if key in ("notes", "owner_id", "decision_maker") or not value:
                continue
            if not getattr(contact, key):
                setattr(contact, key, value)
                filled.append(key)
        if values["decision_maker"] and not contact.decision_maker:
            contact.decision_maker = True
            filled.append("decision_maker")
        note = str(values["notes"])
        if note and note not in contact.notes:
            contact.notes = f"{contact.notes}\n{note}".strip()
            filled.append("notes")
    return filled


def delete_contact(db: Database, contact_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        uow.soft_delete(validation.live(uow.session.get(Contact, contact_id), "contact"))


def get_contact(db: Database, contact_id: uuid.UUID) -> ContactInput:
    with db.read() as s:
        contact = validation.live(s.get(Contact, contact_id), "contact")
        data = ContactInput(**{f.name: getattr(contact, f.name) for f in fields(ContactInput)})
        account = s.get(Account, contact.account_id) if contact.account_id else None
        if account is None or account.deleted:
            # The account was deleted after the contact was linked to it: the contact is
            # edited (and saved) as one without an account.
            data.account_id = None
        return data


def _contact_query(search: str, account_id: uuid.UUID | None) -> Select[Contact, str]:
    q = (
        select(Contact, Account.name)
        .outerjoin(Account, and_(Account.id == Contact.account_id, Account.deleted.is_(False)))
        .where(Contact.deleted.is_(False))
    )
    if account_id is not None:
        q = q.where(Contact.account_id == account_id)
    match = validation.contains(
        search,
        Contact.first_name + " " + Contact.last_name,
        Contact.email,
        Account.name,
        Contact.phone,
    )
    if match is not None:
        q = q.where(match)
    return q


def count_contacts(db: Database, search: str = "", account_id: uuid.UUID | None = None) -> int:
    with db.read() as s:
        sub = _contact_query(search, account_id).subquery()
        return int(s.scalar(select(func.count()).select_from(sub)) or 0)


def list_contacts(
    db: Database,
    search: str = "",
    *,
    account_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[ContactRow]:
    q = _contact_query(search, account_id).order_by(
        func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id
    )
    with db.read() as s:
        return [
            ContactRow(
                id=c.id,
                first_name=c.first_name,
                last_name=c.last_name,
                title=c.title,
                account_id=c.account_id,
                account_name=account or "",
                email=c.email,
                phone=c.phone,
                mobile=c.mobile,
                decision_maker=c.decision_maker,
            )
            for c, account in s.execute(q.offset(offset).limit(limit))
        ]
