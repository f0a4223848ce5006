"""Leads: create and edit, find duplicates and merge, qualify, disqualify, convert.

A lead moves new -> MQL -> SQL, or is disqualified with a reason. Converting an SQL lead
makes (or reuses) an account, a contact and an opportunity in one unit of work; all three
keep a link back to the lead, so its source and history stay attached to the deal.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from workbench.domain.base import utcnow
from workbench.domain.business_days import (
    ResponseFlag,
    format_working_days,
    latest_start,
    parse_working_days,
    response_flag,
)
from workbench.domain.enums import (
    AccountKind,
    LeadDirection,
    LeadSource,
    LeadStatus,
    ReasonKind,
)
from workbench.domain.models import Account, Activity, Contact, Lead, Reason, Task, User
from workbench.domain.rules import company_key, normalize_email
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import validation as v
from workbench.services.accounts import AccountInput, ContactInput, add_account, add_contact
from workbench.services.opportunities import OpportunityInput, add_opportunity
from workbench.services.setup import current_user_id, phone_region
from workbench.store.db import Database

WORKING_DAYS_KEY = "working_days"
#: statuses of a lead someone still has to work on
OPEN_STATUSES = (LeadStatus.NEW, LeadStatus.MQL, LeadStatus.SQL)
_NEXT = {LeadStatus.NEW: LeadStatus.MQL, LeadStatus.MQL: LeadStatus.SQL}
# Fields a merge may fill in when the kept record has them empty.
_FILLABLE = ("first_name", "last_name", "company", "company_key", "title", "email", "phone")


# -- settings ------------------------------------------------------------------------------


def working_days(db: Database) -> frozenset[int]:
    return parse_working_days(db.get_meta(WORKING_DAYS_KEY))


def set_working_days(db: Database, days: Iterable[int]) -> None:
    chosen = frozenset(days)
    if not chosen or not chosen <= set(range(7)):
        raise ValidationError("Choose at least one working day.", "working_days")
    db.set_meta(WORKING_DAYS_KEY, format_working_days(chosen))


def local(moment: datetime) -> datetime:
    """The moment in the computer's time zone: weekends are local."""
    return moment.astimezone()


# -- input -------------------------------------------------------------------------------


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


def clean_lead(data: LeadInput, region: v.Region) -> dict[str, Any]:
    """Validated, normalised column values (phone in E.164, e-mail lower-case).

    `region` reads a phone number without a country code (see setup.phone_region).
    Raises ValidationError naming the field. Used by the form and, per row, by the import.
    """
    first = v.text(data.first_name, "first_name", "First name", max_len=100)
    last = v.text(data.last_name, "last_name", "Last name", max_len=100)
    company = v.text(data.company, "company", "Company")
    if not (first or last or company):
        raise ValidationError("A lead needs a name or a company.", "last_name")
    received = data.received_at or utcnow()
    if received.tzinfo is None:
        raise ValidationError("The arrival time has no time zone.", "received_at")
    return {
        "first_name": first,
        "last_name": last,
        "company": company,
        "company_key": company_key(company) if company else "",
        "title": v.text(data.title, "title", "Title", max_len=120),
        "email": v.email(data.email),
        "phone": v.phone(data.phone, region),
        "source": LeadSource(data.source),
        "direction": LeadDirection(data.direction),
        "notes": v.text(data.notes, "notes", "Notes", max_len=20000),
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
            tel = v.phone(phone, phone_region(db))
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

    return f"lead, {label(status)}"


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
            v.live(s.get(User, values["owner_id"]), "user")
        if account_id is not None:
            v.live(s.get(Account, account_id), "account")
        if contact_id is not None:
            v.live(s.get(Contact, contact_id), "contact")
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
        lead = v.live(uow.session.get(Lead, lead_id), "lead")
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
        lead = v.live(uow.session.get(Lead, lead_id), "lead")
        return fill_empty(lead, values)


def merge_leads(db: Database, keep_id: uuid.UUID, merged_id: uuid.UUID) -> list[str]:
    """Merge lead `merged_id` into `keep_id`: fill the kept lead's empty fields, move the
    merged lead's tasks and activities over, and tombstone the merged one."""
    if keep_id == merged_id:
        raise ValidationError("A lead can't be merged with itself.")
    with db.unit_of_work() as uow:
        s = uow.session
        keep = v.live(s.get(Lead, keep_id), "lead")
        other = v.live(s.get(Lead, merged_id), "lead")
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
        uow.soft_delete(v.live(uow.session.get(Lead, lead_id), "lead"))


@dataclass(frozen=True)
class LeadDetails:
    id: uuid.UUID
    data: LeadInput
    status: LeadStatus
    disqualify_reason: str
    disqualify_note: str
    first_contacted_at: datetime | None
    account_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    flag: ResponseFlag

    @property
    def display_name(self) -> str:
        person = f"{self.data.first_name} {self.data.last_name}".strip()
        if person and self.data.company:
            return f"{person} ({self.data.company})"
        return person or self.data.company


def get_lead(db: Database, lead_id: uuid.UUID) -> LeadDetails:
    days = working_days(db)
    with db.read() as s:
        lead = v.live(s.get(Lead, lead_id), "lead")
        reason = s.get(Reason, lead.disqualify_reason_id) if lead.disqualify_reason_id else None
        data = LeadInput(
            first_name=lead.first_name,
            last_name=lead.last_name,
            company=lead.company,
            title=lead.title,
            email=lead.email,
            phone=lead.phone,
            source=lead.source,
            direction=lead.direction,
            owner_id=lead.owner_id,
            notes=lead.notes,
            received_at=lead.received_at,
        )
        return LeadDetails(
            id=lead.id,
            data=data,
            status=lead.status,
            disqualify_reason=reason.label if reason else "",
            disqualify_note=lead.disqualify_note,
            first_contacted_at=lead.first_contacted_at,
            account_id=lead.account_id,
            contact_id=lead.contact_id,
            opportunity_id=lead.opportunity_id,
            flag=_flag(lead, utcnow(), days),
        )


def _flag(lead: Lead, now: datetime, days: frozenset[int]) -> ResponseFlag:
    if lead.status not in OPEN_STATUSES:
        return ResponseFlag.NONE
    return response_flag(local(lead.received_at), lead.first_contacted_at, local(now), days)


# -- qualification -------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    """Enough to undo a status change exactly."""

    lead_id: uuid.UUID
    before: LeadStatus
    after: LeadStatus
    reason_id: uuid.UUID | None = None
    note: str = ""


def qualify_lead(db: Database, lead_id: uuid.UUID) -> StatusChange:
    """One step up: new -> MQL -> SQL."""
    with db.unit_of_work() as uow:
        lead = v.live(uow.session.get(Lead, lead_id), "lead")
        after = _NEXT.get(lead.status)
        if after is None:
            raise WorkbenchError(
                f"“{lead.display_name}” is {_word(lead.status)}; only new leads and MQLs "
                "can be qualified further."
            )
        change = StatusChange(lead.id, lead.status, after)
        lead.status = after
    return change


def disqualify_lead(
    db: Database, lead_id: uuid.UUID, reason_id: uuid.UUID | None, note: str = ""
) -> StatusChange:
    note = v.text(note, "note", "Note", max_len=20000)
    with db.unit_of_work() as uow:
        s = uow.session
        lead = v.live(s.get(Lead, lead_id), "lead")
        if lead.status not in OPEN_STATUSES:
            raise WorkbenchError(f"“{lead.display_name}” is already {_word(lead.status)}.")
        if reason_id is None:
            raise ValidationError("Choose why the lead is disqualified.", "reason")
        reason = v.live(s.get(Reason, reason_id), "reason")
        if reason.kind != ReasonKind.DISQUALIFIED:
            raise ValidationError(f"“{reason.label}” is not a disqualification reason.", "reason")
        change = StatusChange(lead.id, lead.status, LeadStatus.DISQUALIFIED, reason.id, note)
        lead.status = LeadStatus.DISQUALIFIED
        lead.disqualify_reason_id = reason.id
        lead.disqualify_note = note
    return change


def restore_status(db: Database, change: StatusChange) -> None:
    """Undo a qualify or disqualify step (conversion is undone by no one: the deal exists)."""
    with db.unit_of_work() as uow:
        lead = v.live(uow.session.get(Lead, change.lead_id), "lead")
        if lead.status != change.after:
            raise WorkbenchError(f"“{lead.display_name}” has changed since; nothing was undone.")
        lead.status = change.before
        if change.before != LeadStatus.DISQUALIFIED:
            lead.disqualify_reason_id = None
            lead.disqualify_note = ""


def redo_status(db: Database, change: StatusChange) -> None:
    with db.unit_of_work() as uow:
        lead = v.live(uow.session.get(Lead, change.lead_id), "lead")
        if lead.status != change.before:
            raise WorkbenchError(f"“{lead.display_name}” has changed since; nothing was redone.")
        lead.status = change.after
        if change.after == LeadStatus.DISQUALIFIED:
            lead.disqualify_reason_id = change.reason_id
            lead.disqualify_note = change.note


def disqualify_reasons(db: Database) -> list[tuple[uuid.UUID, str]]:
    with db.read() as s:
        return [
            (r.id, r.label)
            for r in s.scalars(
                select(Reason)
                .where(
                    Reason.kind == ReasonKind.DISQUALIFIED,
                    Reason.active.is_(True),
                    Reason.deleted.is_(False),
                )
                .order_by(Reason.position)
            )
        ]


def _word(status: LeadStatus) -> str:
    return {"mql": "an MQL", "sql": "an SQL"}.get(status.value, status.value)


# -- conversion ----------------------------------------------------------------------------


@dataclass
class ConversionInput:
    pipeline_id: uuid.UUID
    title: str = ""  # empty: named after the company (or person)
    amount: Decimal = Decimal("0")
    currency: str = "EUR"
    expected_close: date | None = None
    account_id: uuid.UUID | None = None  # an existing account chosen by the user
    owner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ConversionResult:
    account_id: uuid.UUID
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID
    account_reused: bool
    contact_reused: bool


def _conversion_account(
    s: Session, lead: Lead, chosen_id: uuid.UUID | None = None
) -> Account | None:
    """The existing account a conversion will use: the one chosen, the one the lead is
    linked to, or the account with the same normalised company name; None means a new one."""
    if chosen_id is not None:
        return v.live(s.get(Account, chosen_id), "account")
    if lead.account_id is not None:
        # The account the lead was kept beside may have been deleted since; then the
        # lead converts as if it had never been linked.
        linked = s.get(Account, lead.account_id)
        if linked is not None and not linked.deleted:
            return linked
    if not lead.company_key:
        return None
    return s.scalars(
        select(Account)
        .where(Account.name_key == lead.company_key, Account.deleted.is_(False))
        .order_by(Account.created_at)
        .limit(1)
    ).first()


def conversion_account_name(db: Database, lead_id: uuid.UUID) -> tuple[str, bool]:
    """What the convert dialog shows: the account's name and whether it already exists."""
    with db.read() as s:
        lead = v.live(s.get(Lead, lead_id), "lead")
        account = _conversion_account(s, lead)
        if account is not None:
            return account.name, True
        person = f"{lead.first_name} {lead.last_name}".strip()
        return lead.company or person, False


def convert_lead(db: Database, lead_id: uuid.UUID, data: ConversionInput) -> ConversionResult:
    """Turn an SQL lead into account + contact + opportunity, all or nothing.

    The account is the one chosen, the one the lead is already linked to, or the account
    with the same normalised company name; only if there is none is one created. A contact
    with the lead's e-mail at that account is reused likewise.
    """
    with db.unit_of_work() as uow:
        s = uow.session
        lead = v.live(s.get(Lead, lead_id), "lead")
        if lead.status != LeadStatus.SQL:
            raise WorkbenchError(
                f"Only a sales-qualified lead (SQL) can be converted; "
                f"“{lead.display_name}” is {_word(lead.status)}."
            )
        person = f"{lead.first_name} {lead.last_name}".strip()
        account = _conversion_account(s, lead, data.account_id)
        account_reused = account is not None
        if account is None:
            account = add_account(
                uow,
                AccountInput(
                    name=lead.company or person,
                    kind=AccountKind.COMPANY if lead.company else AccountKind.PERSON,
                    email="" if lead.company else lead.email,
                    phone="" if lead.company else lead.phone,
                    owner_id=data.owner_id,
                ),
            )
            s.flush()

        contact: Contact | None = None
        if lead.contact_id is not None:
            linked_contact = s.get(Contact, lead.contact_id)
            if linked_contact is not None and not linked_contact.deleted:
                contact = linked_contact
        if contact is None and lead.email:
            contact = s.scalars(
                select(Contact).where(
                    Contact.account_id == account.id,
                    Contact.email == lead.email,
                    Contact.deleted.is_(False),
                )
            ).first()
        contact_reused = contact is not None
        if contact is None and person:
            contact = add_contact(
                uow,
                ContactInput(
                    first_name=lead.first_name,
                    last_name=lead.last_name,
                    account_id=account.id,
                    title=lead.title,
                    email=lead.email,
                    phone=lead.phone,
                    owner_id=data.owner_id,
                ),
            )
            contact.source_lead_id = lead.id
            s.flush()

        opp = add_opportunity(
            uow,
            OpportunityInput(
                title=data.title.strip() or (lead.company or person),
                pipeline_id=data.pipeline_id,
                account_id=account.id,
                contact_id=contact.id if contact else None,
                amount=data.amount,
                currency=data.currency,
                expected_close=data.expected_close,
                owner_id=data.owner_id,
                notes=lead.notes,
            ),
            source_lead_id=lead.id,
        )
        lead.status = LeadStatus.CONVERTED
        lead.account_id = account.id
        lead.contact_id = contact.id if contact else None
        lead.opportunity_id = opp.id
        # The lead's calls and tasks now show on the customer's and the deal's timelines.
        rows: list[Task | Activity] = [
            *s.scalars(select(Task).where(Task.lead_id == lead.id)),
            *s.scalars(select(Activity).where(Activity.lead_id == lead.id)),
        ]
        for row in rows:
            if row.contact_id is None and contact is not None:
                row.contact_id = contact.id
            if row.opportunity_id is None:
                row.opportunity_id = opp.id
            if isinstance(row, Activity) and row.account_id is None:
                row.account_id = account.id
        return ConversionResult(
            account.id, contact.id if contact else None, opp.id, account_reused, contact_reused
        )


# -- lists ---------------------------------------------------------------------------------


@dataclass
class LeadFilter:
    search: str = ""
    statuses: tuple[LeadStatus, ...] = OPEN_STATUSES  # empty: every status
    source: LeadSource | None = None
    direction: LeadDirection | None = None
    owner_id: uuid.UUID | None = None
    #: only leads past the response time: AMBER means amber or worse, RED only red
    flag: ResponseFlag | None = None
    now: datetime | None = None  # for tests; default: the present


@dataclass(frozen=True)
class LeadRow:
    id: uuid.UUID
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    status: LeadStatus
    source: LeadSource
    direction: LeadDirection
    owner_id: uuid.UUID | None
    owner_name: str
    received_at: datetime
    first_contacted_at: datetime | None
    flag: ResponseFlag
    age_days: int

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.company


def cutoffs(db: Database, now: datetime | None = None) -> tuple[datetime, datetime]:
    """Arrival times at or before which an uncontacted lead is amber / red."""
    days = working_days(db)
    at = local(now or utcnow())
    return latest_start(at, 1, days), latest_start(at, 2, days)


def waiting_condition() -> Any:
    return (
        Lead.status.in_(OPEN_STATUSES),
        Lead.first_contacted_at.is_(None),
        Lead.deleted.is_(False),
    )


def _lead_query(db: Database, f: LeadFilter) -> Select[Lead, str]:
    q = (
        select(Lead, User.name)
        .outerjoin(User, User.id == Lead.owner_id)
        .where(Lead.deleted.is_(False))
    )
    if f.statuses:
        q = q.where(Lead.status.in_(f.statuses))
    if f.source is not None:
        q = q.where(Lead.source == f.source)
    if f.direction is not None:
        q = q.where(Lead.direction == f.direction)
    if f.owner_id is not None:
        q = q.where(Lead.owner_id == f.owner_id)
    if f.flag in (ResponseFlag.AMBER, ResponseFlag.RED):
        amber, red = cutoffs(db, f.now)
        q = q.where(
            *waiting_condition(),
            Lead.received_at <= (amber if f.flag == ResponseFlag.AMBER else red),
        )
    match = v.contains(
        f.search, Lead.first_name + " " + Lead.last_name, Lead.company, Lead.email, Lead.phone
    )
    if match is not None:
        q = q.where(match)
    return q


def count_leads(db: Database, f: LeadFilter | None = None) -> int:
    q = _lead_query(db, f or LeadFilter()).subquery()
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(q)) or 0)


def list_leads(
    db: Database, f: LeadFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[LeadRow]:
    f = f or LeadFilter()
    now = f.now or utcnow()
    days = working_days(db)
    q = _lead_query(db, f).order_by(Lead.received_at.desc(), Lead.id).offset(offset).limit(limit)
    with db.read() as s:
        return [lead_row(lead, owner, now, days) for lead, owner in s.execute(q)]


def lead_row(lead: Lead, owner: str | None, now: datetime, days: frozenset[int]) -> LeadRow:
    return LeadRow(
        id=lead.id,
        first_name=lead.first_name,
        last_name=lead.last_name,
        company=lead.company,
        email=lead.email,
        phone=lead.phone,
        status=lead.status,
        source=lead.source,
        direction=lead.direction,
        owner_id=lead.owner_id,
        owner_name=owner or "",
        received_at=lead.received_at,
        first_contacted_at=lead.first_contacted_at,
        flag=_flag(lead, now, days),
        age_days=max(0, (now - lead.received_at).days),
    )


def mark_first_contact(s: Session, lead_id: uuid.UUID, at: datetime) -> None:
    """Record the first touch on a lead (the response time is measured up to here)."""
    lead = v.live(s.get(Lead, lead_id), "lead")
    if lead.first_contacted_at is None or lead.first_contacted_at > at:
        lead.first_contacted_at = at
