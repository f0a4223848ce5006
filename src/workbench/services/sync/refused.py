"""Changes the team's server refused, as the person sees them; kept until dismissed."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from workbench.domain.sync import RefusedChange
from workbench.store.db import Database


@dataclass(frozen=True)
class RefusedView:
    id: uuid.UUID
    at: datetime
    table: str
    row_id: uuid.UUID
    record: str
    reason: str
    values: str  # "field: value, …" as typed


def open_refused(db: Database) -> list[RefusedView]:
    with db.read() as s:
        rows = s.scalars(
            select(RefusedChange)
            .where(RefusedChange.dismissed.is_(False))
            .order_by(RefusedChange.at.desc())
        ).all()
    return [_view(r) for r in rows]


def _view(r: RefusedChange) -> RefusedView:
    values = json.loads(r.values)
    shown = ", ".join(
        f"{name}: {pair[0]!s}"
        for name, pair in sorted(values.items())
        if name not in ("updated_at", "created_at", "stamp", "id")
    )
    return RefusedView(
        id=r.id,
        at=r.at,
        table=r.table_name,
        row_id=r.row_id,
        record=r.table_name.replace("_", " ").capitalize(),
        reason=r.reason,
        values=shown,
    )


def dismiss_refused(db: Database, ids: list[uuid.UUID]) -> None:
    with db.write_sessions.begin() as s:
        s.execute(update(RefusedChange).where(RefusedChange.id.in_(ids)).values(dismissed=True))
    db.notify(frozenset({"sync_refused"}))
