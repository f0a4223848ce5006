"""Sharing a deal with colleagues: as a colleague who works on it with the owner, or as a
stand-in during the owner's absence. Each share and unshare is logged in the deal's
history; the sync server widens the colleague's visibility by it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from workbench.domain.base import utcnow
from workbench.domain.enums import EventKind, ShareRole
from workbench.domain.models import Opportunity, OpportunityEvent, OpportunityShare, User
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.texts import fill, translate


@dataclass(frozen=True)
class SharedWith:
    user_id: uuid.UUID
    name: str
    role: ShareRole


def shared_with(db: Database, opportunity_id: uuid.UUID) -> list[SharedWith]:
    """The colleagues a deal is shared with and as what (colleague or stand-in)."""
    q = (
        select(User.id, User.name, OpportunityShare.role)
        .join(OpportunityShare, OpportunityShare.user_id == User.id)
        .where(
            OpportunityShare.opportunity_id == opportunity_id,
            OpportunityShare.deleted.is_(False),
        )
        .order_by(User.name)
    )
    with db.read() as s:
        return [SharedWith(row[0], row[1], row[2]) for row in s.execute(q)]


def share_opportunity(
    db: Database,
    opportunity_id: uuid.UUID,
    user_id: uuid.UUID,
    role: ShareRole = ShareRole.COLLEAGUE,
) -> None:
    with db.unit_of_work() as uow:
        s = uow.session
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        user = validation.live(s.get(User, user_id), "user")
        if opp.owner_id == user.id:
            raise ValidationError(
                fill(translate("Errors", "%1 already owns this deal."), user.name), "user"
            )
        existing = s.scalars(
            select(OpportunityShare).where(
                OpportunityShare.opportunity_id == opp.id, OpportunityShare.user_id == user.id
            )
        ).first()
        if existing is not None and not existing.deleted:
            existing.role = role
            return
        if existing is not None:
            existing.deleted = False
            existing.role = role
        else:
            s.add(OpportunityShare(opportunity_id=opp.id, user_id=user.id, role=role))
        s.add(
            OpportunityEvent(
                opportunity_id=opp.id,
                kind=EventKind.SHARED,
                at=utcnow(),
                user_id=current_user_id(db),
                details=f"{user.name} ({role.value})",
            )
        )


def unshare_opportunity(db: Database, opportunity_id: uuid.UUID, user_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        s = uow.session
        share = s.scalars(
            select(OpportunityShare).where(
                OpportunityShare.opportunity_id == opportunity_id,
                OpportunityShare.user_id == user_id,
                OpportunityShare.deleted.is_(False),
            )
        ).first()
        if share is None:
            return
        uow.soft_delete(share)
        user = s.get(User, user_id)
        s.add(
            OpportunityEvent(
                opportunity_id=opportunity_id,
                kind=EventKind.UNSHARED,
                at=utcnow(),
                user_id=current_user_id(db),
                details=user.name if user else "",
            )
        )
