"""The reasons a user picks from when a deal is won or lost, a lead disqualified or an offer
rejected: one query, so every list offers them in the same order."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from workbench.domain.enums import ReasonKind
from workbench.domain.models import Reason
from workbench.store.db import Database


def active_reasons(db: Database, kind: ReasonKind) -> list[tuple[uuid.UUID, str]]:
    """(id, label) of the reasons still offered, in their set order (the label breaks ties)."""
    q = (
        select(Reason.id, Reason.label)
        .where(Reason.kind == kind, Reason.deleted.is_(False), Reason.active.is_(True))
        .order_by(Reason.position, Reason.label)
    )
    with db.read() as s:
        return [(row[0], row[1]) for row in s.execute(q)]
