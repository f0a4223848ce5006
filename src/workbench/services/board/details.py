"""What the opportunity dialog shows besides the deal: its offers, details, checklist and shares."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    and_,
    select,
)

from workbench.domain.enums import ForecastCategory, OpportunityStatus
from workbench.domain.models import (
    Account,
    Offer,
    OfferVersion,
    Opportunity,
    OpportunityEvent,
    Stage,
    Task,
    User,
)
from workbench.services import validation
from workbench.services.opportunities import OpportunityInput
from workbench.store.db import Database


@dataclass(frozen=True)
class OfferRow:
    id: uuid.UUID
    number: str
    version: int
    status: str
    gross_total: Decimal
    currency: str


def list_offers(db: Database, opportunity_id: uuid.UUID) -> list[OfferRow]:
    """The opportunity's offers with the figures of their newest version."""
    q = (
        select(
            Offer.id,
            Offer.number,
            Offer.latest_version,
            Offer.status,
            OfferVersion.gross_total,
            OfferVersion.currency,
        )
        .outerjoin(
            OfferVersion,
            and_(
                OfferVersion.offer_id == Offer.id,
                OfferVersion.version == Offer.latest_version,
                OfferVersion.deleted.is_(False),
            ),
        )
        .where(Offer.opportunity_id == opportunity_id, Offer.deleted.is_(False))
        .order_by(Offer.number)
    )
    with db.read() as s:
        return [
            OfferRow(
                oid,
                number,
                int(ver),
                str(status.value if status else ""),
                gross or Decimal(0),
                cur or "",
            )
            for oid, number, ver, status, gross, cur in s.execute(q)
        ]


@dataclass(frozen=True)
class OpportunityDetails:
    id: uuid.UUID
    title: str
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    stage_name: str
    status: OpportunityStatus
    account_id: uuid.UUID | None
    account_name: str
    contact_id: uuid.UUID | None
    amount: Decimal
    currency: str
    expected_close: date | None
    owner_id: uuid.UUID | None
    notes: str
    forecast_category: ForecastCategory | None = None  # None: the stage's
    stage_forecast: ForecastCategory = ForecastCategory.PIPELINE

    def to_input(self) -> OpportunityInput:
        return OpportunityInput(
            title=self.title,
            pipeline_id=self.pipeline_id,
            stage_id=self.stage_id,
            account_id=self.account_id,
            contact_id=self.contact_id,
            amount=self.amount,
            currency=self.currency,
            expected_close=self.expected_close,
            owner_id=self.owner_id,
            notes=self.notes,
            forecast_category=self.forecast_category,
        )


def opportunity_details(db: Database, opportunity_id: uuid.UUID) -> OpportunityDetails:
    with db.read() as s:
        opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        stage = s.get(Stage, opp.stage_id)
        account = s.get(Account, opp.account_id) if opp.account_id else None
        if account is not None and account.deleted:
            account = None  # deleted since: the deal is shown and saved without it
        return OpportunityDetails(
            id=opp.id,
            title=opp.title,
            pipeline_id=opp.pipeline_id,
            stage_id=opp.stage_id,
            stage_name=stage.name if stage else "",
            status=opp.status,
            account_id=account.id if account else None,
            account_name=account.name if account else "",
            contact_id=opp.contact_id,
            amount=opp.value.amount,
            currency=opp.currency,
            expected_close=opp.expected_close,
            owner_id=opp.owner_id,
            notes=opp.notes,
            forecast_category=opp.forecast_category,
            stage_forecast=stage.forecast_category if stage else ForecastCategory.PIPELINE,
        )


@dataclass(frozen=True)
class ChecklistItem:
    id: uuid.UUID
    title: str
    mandatory: bool
    done: bool
    assignee_id: uuid.UUID | None
    due_at: datetime | None


def stage_checklist(
    db: Database, opportunity_id: uuid.UUID, stage_id: uuid.UUID
) -> list[ChecklistItem]:
    """The deal's tasks in a stage: the stage's checklist and tasks added there."""
    q = (
        select(Task.id, Task.title, Task.mandatory, Task.done_at, Task.assignee_id, Task.due_at)
        .where(
            Task.opportunity_id == opportunity_id,
            Task.stage_id == stage_id,
            Task.deleted.is_(False),
        )
        .order_by(Task.mandatory.desc(), Task.due_at.is_(None), Task.due_at, Task.title)
    )
    with db.read() as s:
        return [
            ChecklistItem(tid, title, bool(mandatory), done is not None, assignee, due)
            for tid, title, mandatory, done, assignee, due in s.execute(q)
        ]


def recent_editor(
    db: Database, opportunity_id: uuid.UUID, since: datetime, me: uuid.UUID
) -> str | None:
    """The colleague who last changed the deal since `since`, as far as its history says
    (amount, close date, owner, stage; a change of the notes alone leaves no event)."""
    q = (
        select(User.name)
        .join(OpportunityEvent, OpportunityEvent.user_id == User.id)
        .where(
            OpportunityEvent.opportunity_id == opportunity_id,
            OpportunityEvent.deleted.is_(False),
            OpportunityEvent.at >= since,
            OpportunityEvent.user_id != me,
        )
        .order_by(OpportunityEvent.at.desc())
        .limit(1)
    )
    with db.read() as s:
        return s.scalars(q).first()
