"""The list behind a figure: the records a Drill names, one page at a time, with the
amount each contributed and the totals per currency, which equal the figure."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from workbench.domain.enums import label
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Lead,
    Offer,
    Opportunity,
    Stage,
    Task,
    User,
)
from workbench.domain.money import Money
from workbench.reports.model import Column, Drill, DrillTarget, Kind, Row, Table

PAGE = 200
_CHUNK = 500  # ids per IN list: well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class DrillPage:
    table: Table
    count: int  # records behind the figure
    totals: list[Money]  # per currency, of the amounts the records contributed
    offset: int


def as_uuid(record: Any) -> uuid.UUID:
    """A record id as reports keep it (the driver's value: hex text on SQLite) as a UUID."""
    return record if isinstance(record, uuid.UUID) else uuid.UUID(str(record))


def totals(drill: Drill) -> list[Money]:
    return drill.totals()


def drill_page(s: Session, drill: Drill, offset: int = 0, limit: int = PAGE) -> DrillPage:
    ids = [as_uuid(record) for record in drill.ids[offset : offset + limit]]
    amounts = {record: drill.amount(offset + i) for i, record in enumerate(ids)}
    reader = _READERS[drill.target]
    columns, fetched = reader(s, ids)
    if drill.minors is not None:
        columns = [*columns, Column("contributes", "Counts in the figure", Kind.MONEY)]
    rows = []
    for record in ids:
        cells = fetched.get(record)
        if cells is None:
            continue  # deleted since the report was made
        if drill.minors is not None:
            cells["contributes"] = amounts.get(record)
        cells["id"] = record
        rows.append(Row(cells))
    table = Table(f"drill_{drill.target.value}", drill.title or "Records", columns, rows)
    return DrillPage(table, len(drill.ids), totals(drill), offset)


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _deals(
    s: Session, ids: list[uuid.UUID]
) -> tuple[list[Column], dict[uuid.UUID, dict[str, Any]]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        q = (
            select(
                Opportunity.id,
                Opportunity.title,
                Account.name,
                Stage.name,
                User.name,
                Opportunity.status,
                Opportunity.amount_minor,
                Opportunity.currency,
                Opportunity.expected_close,
            )
            .outerjoin(Account, Account.id == Opportunity.account_id)
            .outerjoin(Stage, Stage.id == Opportunity.stage_id)
            .outerjoin(User, User.id == Opportunity.owner_id)
            .where(Opportunity.id.in_(chunk))
        )
        for r in s.execute(q):
            out[r[0]] = {
                "title": r[1],
                "account": r[2] or "",
                "stage": r[3] or "",
                "owner": r[4] or "",
                "status": label(r[5]),
                "amount": Money.from_minor(r[6], r[7]),
                "expected_close": r[8],
            }
    columns = [
        Column("title", "Deal"),
        Column("account", "Account"),
        Column("stage", "Stage"),
        Column("owner", "Owner"),
        Column("status", "Status"),
        Column("amount", "Amount now", Kind.MONEY),
        Column("expected_close", "Expected close", Kind.DATE),
    ]
    return columns, out


def _activities(
    s: Session, ids: list[uuid.UUID]
) -> tuple[list[Column], dict[uuid.UUID, dict[str, Any]]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    who = aliased(User)
    for chunk in _chunks(ids):
        q = (
            select(
                Activity.id,
                Activity.started_at,
                Activity.kind,
                Activity.outcome,
                Activity.subject,
                who.name,
                Contact.first_name,
                Contact.last_name,
            )
            .outerjoin(who, who.id == Activity.user_id)
            .outerjoin(Contact, Contact.id == Activity.contact_id)
            .where(Activity.id.in_(chunk))
        )
        for r in s.execute(q):
            out[r[0]] = {
                "when": r[1].date() if r[1] else None,
                "kind": label(r[2]),
                "outcome": label(r[3]) if r[3] else "",
                "subject": r[4],
                "by": r[5] or "",
                "contact": f"{r[6] or ''} {r[7] or ''}".strip(),
            }
    columns = [
        Column("when", "Date", Kind.DATE),
        Column("kind", "Kind"),
        Column("outcome", "Outcome"),
        Column("subject", "Subject"),
        Column("contact", "Contact"),
        Column("by", "By"),
    ]
    return columns, out


def _tasks(
    s: Session, ids: list[uuid.UUID]
) -> tuple[list[Column], dict[uuid.UUID, dict[str, Any]]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        q = (
            select(Task.id, Task.title, User.name, Task.due_at, Task.done_at)
            .outerjoin(User, User.id == Task.assignee_id)
            .where(Task.id.in_(chunk))
        )
        for r in s.execute(q):
            out[r[0]] = {
                "title": r[1],
                "assignee": r[2] or "",
                "due": r[3].date() if r[3] else None,
                "done": r[4].date() if r[4] else None,
            }
    columns = [
        Column("title", "Task"),
        Column("assignee", "Assignee"),
        Column("due", "Due", Kind.DATE),
        Column("done", "Done", Kind.DATE),
    ]
    return columns, out


def _leads(
    s: Session, ids: list[uuid.UUID]
) -> tuple[list[Column], dict[uuid.UUID, dict[str, Any]]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        q = (
            select(
                Lead.id,
                Lead.first_name,
                Lead.last_name,
                Lead.company,
                Lead.source,
                Lead.status,
                User.name,
                Lead.received_at,
            )
            .outerjoin(User, User.id == Lead.owner_id)
            .where(Lead.id.in_(chunk))
        )
        for r in s.execute(q):
            out[r[0]] = {
                "name": f"{r[1]} {r[2]}".strip(),
                "company": r[3],
                "source": label(r[4]),
                "status": label(r[5]),
                "owner": r[6] or "",
                "received": r[7].date() if r[7] else None,
            }
    columns = [
        Column("name", "Lead"),
        Column("company", "Company"),
        Column("source", "Source"),
        Column("status", "Status"),
        Column("owner", "Owner"),
        Column("received", "Received", Kind.DATE),
    ]
    return columns, out


def _offers(
    s: Session, ids: list[uuid.UUID]
) -> tuple[list[Column], dict[uuid.UUID, dict[str, Any]]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        q = (
            select(Offer.id, Offer.number, Account.name, Offer.status, User.name)
            .outerjoin(Account, Account.id == Offer.account_id)
            .outerjoin(User, User.id == Offer.owner_id)
            .where(Offer.id.in_(chunk))
        )
        for r in s.execute(q):
            out[r[0]] = {
                "number": r[1],
                "account": r[2] or "",
                "status": label(r[3]),
                "owner": r[4] or "",
            }
    columns = [
        Column("number", "Offer"),
        Column("account", "Customer"),
        Column("status", "Status"),
        Column("owner", "Owner"),
    ]
    return columns, out


def _accounts(
    s: Session, ids: list[uuid.UUID]
) -> tuple[list[Column], dict[uuid.UUID, dict[str, Any]]]:
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for r in s.execute(
            select(Account.id, Account.name, Account.city).where(Account.id.in_(chunk))
        ):
            out[r[0]] = {"name": r[1], "city": r[2]}
    return [Column("name", "Customer"), Column("city", "City")], out


_READERS = {
    DrillTarget.DEALS: _deals,
    DrillTarget.ACTIVITIES: _activities,
    DrillTarget.TASKS: _tasks,
    DrillTarget.LEADS: _leads,
    DrillTarget.OFFERS: _offers,
    DrillTarget.ACCOUNTS: _accounts,
}
