"""Qualifying and disqualifying leads, and undoing that."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from workbench.domain.enums import (
    LeadStatus,
    ReasonKind,
)
from workbench.domain.models import Lead
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import validation
from workbench.services.leads.response import OPEN_STATUSES
from workbench.services.reasons import active_reasons, reason_of_kind
from workbench.store.db import Database
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

_NEXT = {LeadStatus.NEW: LeadStatus.MQL, LeadStatus.MQL: LeadStatus.SQL}
# Whole sentences per status, so that no English status word is spliced into a translation.
_QUALIFIED_AS_FAR = {
    LeadStatus.SQL: QT_TRANSLATE_NOOP(
        "Errors", "“%1” is already an SQL; only new leads and MQLs can be qualified further."
    ),
    LeadStatus.DISQUALIFIED: QT_TRANSLATE_NOOP(
        "Errors", "“%1” is disqualified; only new leads and MQLs can be qualified further."
    ),
    LeadStatus.CONVERTED: QT_TRANSLATE_NOOP(
        "Errors", "“%1” is converted; only new leads and MQLs can be qualified further."
    ),
}
_ALREADY_CLOSED = {
    LeadStatus.DISQUALIFIED: QT_TRANSLATE_NOOP("Errors", "“%1” is already disqualified."),
    LeadStatus.CONVERTED: QT_TRANSLATE_NOOP("Errors", "“%1” is already converted."),
}


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
        lead = validation.live(uow.session.get(Lead, lead_id), "lead")
        after = _NEXT.get(lead.status)
        if after is None:
            text = translate("Errors", _QUALIFIED_AS_FAR[lead.status])
            raise WorkbenchError(fill(text, lead.display_name))
        change = StatusChange(lead.id, lead.status, after)
        lead.status = after
    return change


def disqualify_lead(
    db: Database, lead_id: uuid.UUID, reason_id: uuid.UUID | None, note: str = ""
) -> StatusChange:
    note = validation.text(note, "note", "Note", max_len=20000)
    with db.unit_of_work() as uow:
        s = uow.session
        lead = validation.live(s.get(Lead, lead_id), "lead")
        if lead.status not in OPEN_STATUSES:
            text = translate("Errors", _ALREADY_CLOSED[lead.status])
            raise WorkbenchError(fill(text, lead.display_name))
        if reason_id is None:
            text = translate("Errors", "Choose why the lead is disqualified.")
            raise ValidationError(text, "reason")
        reason = reason_of_kind(s, reason_id, ReasonKind.DISQUALIFIED)
        change = StatusChange(lead.id, lead.status, LeadStatus.DISQUALIFIED, reason.id, note)
        lead.status = LeadStatus.DISQUALIFIED
        lead.disqualify_reason_id = reason.id
        lead.disqualify_note = note
    return change


def restore_status(db: Database, change: StatusChange) -> None:
    """Undo a qualify or disqualify step (conversion is undone by no one: the deal exists)."""
    with db.unit_of_work() as uow:
        lead = validation.live(uow.session.get(Lead, change.lead_id), "lead")
        if lead.status != change.after:
            text = translate("Errors", "“%1” has changed since; nothing was undone.")
            raise WorkbenchError(fill(text, lead.display_name))
        lead.status = change.before
        if change.before != LeadStatus.DISQUALIFIED:
            lead.disqualify_reason_id = None
            lead.disqualify_note = ""


def redo_status(db: Database, change: StatusChange) -> None:
    with db.unit_of_work() as uow:
        lead = validation.live(uow.session.get(Lead, change.lead_id), "lead")
        if lead.status != change.before:
            text = translate("Errors", "“%1” has changed since; nothing was redone.")
            raise WorkbenchError(fill(text, lead.display_name))
        lead.status = change.after
        if change.after == LeadStatus.DISQUALIFIED:
            lead.disqualify_reason_id = change.reason_id
            lead.disqualify_note = change.note


def disqualify_reasons(db: Database) -> list[tuple[uuid.UUID, str]]:
    return active_reasons(db, ReasonKind.DISQUALIFIED)
