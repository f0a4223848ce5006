"""Creating and editing leads, finding their duplicates and merging them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.domain.base import utcnow
from workbench.domain.enums import (
    LeadDirection,
    LeadSource,
    LeadStatus,
)
from workbench.domain.models import Account, Activity, Contact, Lead, Task, User
from workbench.domain.rules import company_key, normalize_email
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.setup import current_user_id, phone_region
from workbench.store.db import Database
from workbench.texts import translate

# Fields a merge may fill in when the kept record has them empty.
_FILLABLE = ("first_name", "last_name", "company", "company_key", "title", "email", "phone")


@dataclass
class LeadInput:
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    source: LeadSource = LeadSource.OTHER
    direction: LeadDirection = LeadDirection.INBOUND
    owner_id: uuid.UUID | None = None
    notes: str = ""
    received_at: datetime | None = None


def clean_lead(data: LeadInput, region: validation.Region) -> dict[str, Any]:
    """Validated, normalised column values (phone in E.164, e-mail lower-case).

    `region` reads a phone number without a country code (see setup.phone_region).
    Raises ValidationError naming the field. Used by the form and, per row, by the import.
    """
    first = validation.text(data.first_name, "first_name", "First name", max_len=100)
    last = validation.text(data.last_name, "last_name", "Last name", max_len=100)
    company = validation.text(data.company, "company", "Company")
    if not (first or last or company):
        raise ValidationError(translate("Errors", "A lead needs a name or a company."), "last_name")
    received = data.received_at or utcnow()
    if received.tzinfo is None:
        raise ValidationError("The arrival time has no time zone.", "received_at")
    return {
        "first_name": first,
        "last_name": last,
        "company": company,
        "company_key": company_key(company) if company else "",
        "title": validation.text(data.title, "title", "Title", max_len=120),
        "email": validation.email(data.email),
        "phone": validation.phone(data.phone, region),
        "source": LeadSource(data.source),
        "direction": LeadDirection(data.direction),
        "notes": validation.text(data.notes, "notes", "Notes", max_len=20000),
        "owner_id": data.owner_id,
        "received_at": received,
    }


def person_key(first_name: str, last_name: str) -> str:
    return " ".join(f"{first_name} {last_name}".lower().split())


# -- duplicates --------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateMatch:
    kind: str  # "lead", "contact" or "account"
    id: uuid.UUID
    name: str
    reason: str  # "e-mail", "phone" or "company"
    detail: str = ""  # status, company, e-mail ... to tell matches apart


def find_duplicates(
    db: Database,
    *,
    email: str = "",
    phone: str = "",
    company: str = "",
    exclude_lead_id: uuid.UUID | None = None,
    limit: int = 20,
) -> list[DuplicateMatch]:
    """Leads, contacts and accounts that look like the same person or company: same
    e-mail, same phone number (compared in E.164), or same company name once legal forms
    and case are ignored ("ACME GmbH" == "Acme")."""
    mail = normalize_email(email)
    tel = ""
    if phone.strip():
        try:
            tel = validation.phone(phone, phone_region(db))
        except ValidationError:
            tel = ""
    key = company_key(company) if company.strip() else ""
    found: dict[tuple[str, uuid.UUID], DuplicateMatch] = {}

    def add(kind: str, id_: uuid.UUID, name: str, reason: str, detail: str) -> None:
        found.setdefault((kind, id_), DuplicateMatch(kind, id_, name, reason, detail))

    with db.read() as s:
        for reason, cond in (
            ("e-mail", Lead.email == mail if mail else None),
            ("phone", Lead.phone == tel if tel else None),
            ("company", Lead.company_key == key if key else None),
        ):
            if cond is None:
                continue
            q = select(Lead).where(cond, Lead.deleted.is_(False))
            if exclude_lead_id is not None:
                q = q.where(Lead.id != exclude_lead_id)
            for lead in s.scalars(q.limit(limit)):
                add("lead", lead.id, lead.display_name, reason, _status_label(lead.status))
        for reason, cond in (
            ("e-mail", Contact.email == mail if mail else None),
            ("phone", or_(Contact.phone == tel, Contact.mobile == tel) if tel else None),
        ):
            if cond is None:
                continue
            q2 = (
                select(Contact, Account.name)
                .outerjoin(Account, Account.id == Contact.account_id)
                .where(cond, Contact.deleted.is_(False))
            )
            for contact, account in s.execute(q2.limit(limit)):
                add("contact", contact.id, contact.full_name, reason, account or "")
        for reason, cond in (
            ("company", Account.name_key == key if key else None),
            ("e-mail", Account.email == mail if mail else None),
            ("phone", Account.phone == tel if tel else None),
        ):
            if cond is None:
                continue
            for account_row in s.scalars(
                select(Account).where(cond, Account.deleted.is_(False)).limit(limit)
            ):
                add("account", account_row.id, account_row.name, reason, account_row.city)
    order = {"e-mail": 0, "phone": 1, "company": 2}
    return sorted(found.values(), key=lambda m: (order[m.reason], m.kind, m.name))[:limit]


def _status_label(status: LeadStatus) -> str:
    from workbench.domain.enums import label

    # The window names the kind ("Lead: …") itself.
    return translate("Domain", label(status))


def fill_empty(target: Any, values: dict[str, Any], *, apply: bool = True) -> list[str]:
    """Copy values into the target's empty fields; returns the names of fields filled
    (with apply=False only which would be). Notes are appended rather than replaced, so
    nothing written is lost. The target may be a Lead or a dict of lead columns."""
    get = target.get if isinstance(target, dict) else lambda n: getattr(target, n)

    def put(name: str, value: Any) -> None:
        if not apply:
            return
        if isinstance(target, dict):
            target[name] = value
        else:
            setattr(target, name, value)

    filled = []
    for name in _FILLABLE:
        new = values.get(name)
        if new and not get(name):
            put(name, new)
            filled.append(name)
    note = (values.get("notes") or "").strip()
    old_note = get("notes") or ""
    if note and note not in old_note:
        put("notes", f"{old_note}\n{note}".strip() if old_note else note)
        filled.append("notes")
    return filled


# -- create, edit, merge -------------------------------------------------------------------


def validate_lead(db: Database, data: LeadInput) -> dict[str, Any]:
    """The cleaned values (phone in E.164) the form would save; ValidationError for bad
    input. A lead has no country of its own, so its number is read in the company's."""
    return clean_lead(data, phone_region(db))


def create_lead(
    db: Database,
    data: LeadInput,
    *,
    account_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A new lead. `account_id`/`contact_id` link it to a known customer the user chose to
    keep it beside (the duplicate dialog's "keep both"), so converting reuses them."""
    values = clean_lead(data, phone_region(db))
    values["owner_id"] = values["owner_id"] or current_user_id(db)
    with db.unit_of_work() as uow:
        s = uow.session
        if values["owner_id"] is not None:
            validation.live(s.get(User, values["owner_id"]), "user")
        if account_id is not None:
            validation.live(s.get(Account, account_id), "account")
        if contact_id is not None:
            validation.live(s.get(Contact, contact_id), "contact")
        lead = Lead(
            id=uuid.uuid4(),
            status=LeadStatus.NEW,
            account_id=account_id,
            contact_id=contact_id,
            **values,
        )
        s.add(lead)
    return lead.id


def update_lead(db: Database, lead_id: uuid.UUID, data: LeadInput) -> None:
    values = clean_lead(data, phone_region(db))
    with db.unit_of_work() as uow:
        lead = validation.live(uow.session.get(Lead, lead_id), "lead")
        if data.received_at is None:
            values.pop("received_at")  # an edit keeps the arrival time
        for key, value in values.items():
            if key == "owner_id" and value is None:
                continue
            setattr(lead, key, value)


def merge_into_lead(db: Database, lead_id: uuid.UUID, data: LeadInput) -> list[str]:
    """Merge newly entered data into an existing lead instead of creating a second one:
    empty fields are filled, nothing already there is overwritten."""
    values = clean_lead(data, phone_region(db))
    with db.unit_of_work() as uow:
        lead = validation.live(uow.session.get(Lead, lead_id), "lead")
        return fill_empty(lead, values)


def merge_leads(db: Database, keep_id: uuid.UUID, merged_id: uuid.UUID) -> list[str]:
    """Merge lead `merged_id` into `keep_id`: fill the kept lead's empty fields, move the
    merged lead's tasks and activities over, and tombstone the merged one."""
    if keep_id == merged_id:
        raise ValidationError(translate("Errors", "A lead can't be merged with itself."))
    with db.unit_of_work() as uow:
        s = uow.session
        keep = validation.live(s.get(Lead, keep_id), "lead")
        other = validation.live(s.get(Lead, merged_id), "lead")
        values = {name: getattr(other, name) for name in (*_FILLABLE, "notes")}
        filled = fill_empty(keep, values)
        if other.first_contacted_at and (
            keep.first_contacted_at is None or other.first_contacted_at < keep.first_contacted_at
        ):
            keep.first_contacted_at = other.first_contacted_at
        keep.received_at = min(keep.received_at, other.received_at)
        for link in ("account_id", "contact_id"):
            if getattr(keep, link) is None and getattr(other, link) is not None:
                setattr(keep, link, getattr(other, link))
        _relink(s, merged_id, keep_id)
        uow.soft_delete(other)
        return filled


def _relink(s: Session, from_lead: uuid.UUID, to_lead: uuid.UUID) -> None:
    # Row by row through the ORM (not a bulk UPDATE) so each moved row is stamped and
    # reaches the other devices.
    for task in s.scalars(select(Task).where(Task.lead_id == from_lead)):
        task.lead_id = to_lead
    for activity in s.scalars(select(Activity).where(Activity.lead_id == from_lead)):
        activity.lead_id = to_lead


def delete_lead(db: Database, lead_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        uow.soft_delete(validation.live(uow.session.get(Lead, lead_id), "lead"))
