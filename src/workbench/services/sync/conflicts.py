"""Conflicts as the person sees them: "Your value 12,000 € for Amount was replaced by
Anna's 15,000 €", with "keep theirs" and "restore mine" (a new change, synced like any
other)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from workbench import formatting
from workbench.domain.base import Base, Synced
from workbench.domain.crm import Account, Contact, Lead
from workbench.domain.money import Money
from workbench.domain.sales import Opportunity
from workbench.domain.sync import SyncConflict
from workbench.errors import ValidationError
from workbench.store.db import Database
from workbench.sync.codec import decode, table_named
from workbench.texts import translate

_LABELS = {
    "amount_minor": "Amount",
    "expected_close": "Expected close",
    "stage_id": "Stage",
    "owner_id": "Owner",
    "deleted": "Deleted",
}


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    record: str
    field: str
    field_label: str
    lost: str
    kept: str
    winner: str
    at: datetime


def open_conflicts(db: Database) -> list[ConflictView]:
    with db.read() as s:
        rows = s.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved.is_(False), SyncConflict.deleted.is_(False))
            .order_by(SyncConflict.created_at.desc())
        ).all()
        return [_view(s, c) for c in rows]


def _view(s: Any, c: SyncConflict) -> ConflictView:
    record, currency = _record(s, c.table_name, c.row_id)
    return ConflictView(
        id=c.id,
        table=c.table_name,
        row_id=c.row_id,
        record=record,
        field=c.field,
        field_label=_LABELS.get(c.field, c.field.replace("_", " ").capitalize()),
        lost=_shown(c.field, json.loads(c.lost_value), currency),
        kept=_shown(c.field, json.loads(c.kept_value), currency),
        winner=c.winner_name,
        at=c.created_at,
    )


def _record(s: Any, table: str, row_id: uuid.UUID) -> tuple[str, str]:
    if table == "opportunity":
        opp = s.get(Opportunity, row_id)
        return (f"Deal “{opp.title}”", opp.currency) if opp else ("A deal", "")
    if table == "account":
        account = s.get(Account, row_id)
        return (f"Account “{account.name}”" if account else "An account"), ""
    if table == "contact":
        contact = s.get(Contact, row_id)
        return (f"Contact “{contact.full_name}”" if contact else "A contact"), ""
    if table == "lead":
        lead = s.get(Lead, row_id)
        return (f"Lead “{lead.display_name}”" if lead else "A lead"), ""
    return table.replace("_", " ").capitalize(), ""


def _shown(field: str, value: Any, currency: str) -> str:
    if value is None or value == "":
        return "(empty)"
    if field == "amount_minor" and currency and isinstance(value, int):
        return formatting.money(Money.from_minor(value, currency))
    if field == "deleted":
        return "deleted" if value else "kept"
    return str(value)


def keep_theirs(db: Database, conflict_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        conflict = _open(uow.session, conflict_id)
        conflict.resolved = True


def restore_mine(db: Database, conflict_id: uuid.UUID) -> None:
    """Write the value that lost again, as a new change of this laptop's: it is later
    than the one that won, so it wins on the server and on every laptop."""
    with db.unit_of_work() as uow:
        s = uow.session
        conflict = _open(s, conflict_id)
        model = _model(conflict.table_name)
        row = s.get(model, conflict.row_id)
        if row is None:
            raise ValidationError(translate("Sync", "That record is not on this laptop any more."))
        column = table_named(conflict.table_name).columns[conflict.field]
        setattr(row, column.key, decode(column, json.loads(conflict.lost_value)))
        conflict.resolved = True


def _open(s: Any, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = s.get(SyncConflict, conflict_id)
    if conflict is None or conflict.deleted:
        raise ValidationError(translate("Sync", "That conflict is not on this laptop."))
    return conflict  # type: ignore[no-any-return]


def _model(table: str) -> type[Synced]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise ValidationError(f"Unknown record type {table}.")
