"""The list behind a figure: the records a Drill names, one page at a time, with the
amount each contributed and the totals per currency, which equal the figure.

What a list shows of each kind of record is a table (_readers) rather than one reader
per kind: the columns, the SQL each reads and how a value becomes a cell."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
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
from workbench.texts import translate

PAGE = 200
_CHUNK = 500  # ids per IN list: well under SQLite's limit of bound parameters


@dataclass(frozen=True)
class DrillPage:
    table: Table
    count: int  # records behind the figure
    totals: list[Money]  # per currency, of the amounts the records contributed
    offset: int


def as_uuid(record: Any) -> uuid.UUID:
    """A record id as reports keep it (as `facts.raw_id` reads it: text) as a UUID."""
    return record if isinstance(record, uuid.UUID) else uuid.UUID(str(record))


def totals(drill: Drill) -> list[Money]:
    return drill.totals()


def _with_money(drill: Drill) -> bool:
    if drill.lazy:
        return len(drill.query.selected_columns) >= 3
    return drill.minors is not None


def materialize(s: Session, drill: Drill) -> Drill:
    """A drill that keeps its query, as one listing its records: for narrowing the list
    to what a person may see, which needs every id."""
    if not drill.lazy:
        return drill
    rows = s.execute(drill.query).all()
    ids = tuple(as_uuid(r[0]) for r in rows)
    if not _with_money(drill):
        return Drill(drill.target, ids, title=drill.title)
    return Drill(
        drill.target,
        ids,
        tuple(r[1] for r in rows),
        tuple(r[2] for r in rows),
        drill.title,
    )


def drill_page(s: Session, drill: Drill, offset: int = 0, limit: int = PAGE) -> DrillPage:
    money = _with_money(drill)
    if drill.lazy:
        fetched_rows = s.execute(drill.query.offset(offset).limit(limit)).all()
        ids = [as_uuid(r[0]) for r in fetched_rows]
        amounts = {
            as_uuid(r[0]): Money.from_minor(r[1], r[2]) if money else None for r in fetched_rows
        }
    else:
        ids = [as_uuid(record) for record in drill.ids[offset : offset + limit]]
        amounts = {record: drill.amount(offset + i) for i, record in enumerate(ids)}
    reader = _readers()[drill.target]
    columns, fetched = [f.column for f in reader.fields], _read(s, reader, ids)
    if money:
        columns = [
            *columns,
            Column("contributes", translate("Reports", "Counts in the figure"), Kind.MONEY),
        ]
    rows = []
    for record in ids:
        cells = fetched.get(record)
        if cells is None:
            continue  # deleted since the report was made
        if money:
            cells["contributes"] = amounts.get(record)
        cells["id"] = record
        rows.append(Row(cells))
    table = Table(
        f"drill_{drill.target.value}", drill.title or translate("Reports", "Records"), columns, rows
    )
    return DrillPage(table, len(drill), totals(drill), offset)


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


@dataclass(frozen=True)
class _Field:
    column: Column
    sources: tuple[Any, ...]  # the SQL expressions the cell is made from
    show: Callable[..., Any]


@dataclass(frozen=True)
class _Reader:
    model: Any
    fields: tuple[_Field, ...]
    joins: tuple[tuple[Any, Any], ...] = ()  # outer joins: (what, on)


def _field(key: str, title: str, *sources: Any, kind: Kind = Kind.TEXT, show: Any = None) -> _Field:
    return _Field(Column(key, title, kind), sources, show or _text)


def _text(value: Any) -> Any:
    return value or ""


def _label(value: Any) -> str:
    return translate("Domain", label(value)) if value else ""


def _day(value: Any) -> Any:
    return value.date() if value else None


def _same(value: Any) -> Any:
    return value


def _name(first: Any, last: Any) -> str:
    return f"{first or ''} {last or ''}".strip()


def _read(s: Session, reader: _Reader, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    sources = [src for f in reader.fields for src in f.sources]
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        q = select(reader.model.id, *sources).select_from(reader.model)
        for what, on in reader.joins:
            q = q.outerjoin(what, on)
        for r in s.execute(q.where(reader.model.id.in_(chunk))):
            values = iter(r[1:])
            out[r[0]] = {
                f.column.key: f.show(*(next(values) for _ in f.sources)) for f in reader.fields
            }
    return out


_caller = aliased(User)


def _readers() -> dict[DrillTarget, _Reader]:
    """The readers with their column titles in the person's language (read when a list is
    shown: the language is known only once the window has started)."""
    return {
        DrillTarget.DEALS: _Reader(
            Opportunity,
            (
                _field("title", translate("Reports", "Deal"), Opportunity.title),
                _field("account", translate("Reports", "Account"), Account.name),
                _field("stage", translate("Reports", "Stage"), Stage.name),
                _field("owner", translate("Reports", "Owner"), User.name),
                _field("status", translate("Reports", "Status"), Opportunity.status, show=_label),
                _field(
                    "amount",
                    translate("Reports", "Amount now"),
                    Opportunity.amount_minor,
                    Opportunity.currency,
                    kind=Kind.MONEY,
                    show=Money.from_minor,
                ),
                _field(
                    "expected_close",
                    translate("Reports", "Expected close"),
                    Opportunity.expected_close,
                    kind=Kind.DATE,
                    show=_same,
                ),
            ),
            (
                (Account, Account.id == Opportunity.account_id),
                (Stage, Stage.id == Opportunity.stage_id),
                (User, User.id == Opportunity.owner_id),
            ),
        ),
        DrillTarget.ACTIVITIES: _Reader(
            Activity,
            (
                _field(
                    "when",
                    translate("Reports", "Date"),
                    Activity.started_at,
                    kind=Kind.DATE,
                    show=_day,
                ),
                _field("kind", translate("Reports", "Kind"), Activity.kind, show=_label),
                _field("outcome", translate("Reports", "Outcome"), Activity.outcome, show=_label),
                _field("subject", translate("Reports", "Subject"), Activity.subject, show=_same),
                _field(
                    "contact",
                    translate("Reports", "Contact"),
                    Contact.first_name,
                    Contact.last_name,
                    show=_name,
                ),
                _field("by", translate("Reports", "By"), _caller.name),
            ),
            (
                (_caller, _caller.id == Activity.user_id),
                (Contact, Contact.id == Activity.contact_id),
            ),
        ),
        DrillTarget.TASKS: _Reader(
            Task,
            (
                _field("title", translate("Reports", "Task"), Task.title, show=_same),
                _field("assignee", translate("Reports", "Assignee"), User.name),
                _field("due", translate("Reports", "Due"), Task.due_at, kind=Kind.DATE, show=_day),
                _field(
                    "done", translate("Reports", "Done"), Task.done_at, kind=Kind.DATE, show=_day
                ),
            ),
            ((User, User.id == Task.assignee_id),),
        ),
        DrillTarget.LEADS: _Reader(
            Lead,
            (
                _field(
                    "name",
                    translate("Reports", "Lead"),
                    Lead.first_name,
                    Lead.last_name,
                    show=_name,
                ),
                _field("company", translate("Reports", "Company"), Lead.company, show=_same),
                _field("source", translate("Reports", "Source"), Lead.source, show=_label),
                _field("status", translate("Reports", "Status"), Lead.status, show=_label),
                _field("owner", translate("Reports", "Owner"), User.name),
                _field(
                    "received",
                    translate("Reports", "Received"),
                    Lead.received_at,
                    kind=Kind.DATE,
                    show=_day,
                ),
            ),
            ((User, User.id == Lead.owner_id),),
        ),
        DrillTarget.OFFERS: _Reader(
            Offer,
            (
                _field("number", translate("Reports", "Offer"), Offer.number, show=_same),
                _field("account", translate("Reports", "Customer"), Account.name),
                _field("status", translate("Reports", "Status"), Offer.status, show=_label),
                _field("owner", translate("Reports", "Owner"), User.name),
            ),
            (
                (Account, Account.id == Offer.account_id),
                (User, User.id == Offer.owner_id),
            ),
        ),
        DrillTarget.ACCOUNTS: _Reader(
            Account,
            (
                _field("name", translate("Reports", "Customer"), Account.name, show=_same),
                _field("city", translate("Reports", "City"), Account.city, show=_same),
            ),
        ),
    }
