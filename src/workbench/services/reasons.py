"""The reasons a user picks from when a deal is won or lost, a lead disqualified or an offer
rejected: one query, so every list offers them in the same order."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import ReasonKind
from workbench.domain.models import Reason
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.store.db import Database
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

# A whole sentence per kind: the kind's English name spliced into one sentence would read
# as English in every language.
_NOT_OF_KIND = {
    ReasonKind.WON: QT_TRANSLATE_NOOP("Errors", "“%1” is not a reason for winning a deal."),
    ReasonKind.LOST: QT_TRANSLATE_NOOP("Errors", "“%1” is not a reason for losing a deal."),
    ReasonKind.DISQUALIFIED: QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a reason for disqualifying a lead."
    ),
    ReasonKind.OFFER_REJECTED: QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a reason for rejecting an offer."
    ),
}


def active_reasons(db: Database, kind: ReasonKind) -> list[tuple[uuid.UUID, str]]:
    """(id, label) of the reasons still offered, in their set order (the label breaks ties)."""
    q = (
        select(Reason.id, Reason.label)
        .where(Reason.kind == kind, Reason.deleted.is_(False), Reason.active.is_(True))
        .order_by(Reason.position, Reason.label)
    )
    with db.read() as s:
        return [(row[0], row[1]) for row in s.execute(q)]


def reason_of_kind(s: Session, reason_id: uuid.UUID, kind: ReasonKind) -> Reason:
    """The reason, refused in the person's language when it is deleted or of another kind
    (an id kept from another list, or sent by another laptop)."""
    reason = validation.live(s.get(Reason, reason_id), "reason")
    if reason.kind != kind:
        raise ValidationError(fill(translate("Errors", _NOT_OF_KIND[kind]), reason.label), "reason")
    return reason
