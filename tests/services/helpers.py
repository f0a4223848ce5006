"""Small builders for service tests (real database, real services)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from workbench.domain.enums import ReasonKind
from workbench.domain.models import Pipeline, Reason, Stage
from workbench.services import accounts, board, opportunities
from workbench.store.db import Database


def default_pipeline(db: Database) -> tuple[Pipeline, list[Stage]]:
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline).where(Pipeline.is_default)).one()
        return pipeline, list(pipeline.stages)


def reason(db: Database, kind: ReasonKind, label: str | None = None) -> uuid.UUID:
    with db.read() as s:
        q = select(Reason.id).where(Reason.kind == kind)
        if label:
            q = q.where(Reason.label == label)
        return s.scalars(q.limit(1)).one()


def make_deal(
    db: Database, title: str = "Fleet renewal", amount: str = "12000", stage: int = 0
) -> uuid.UUID:
    pipeline, stages = default_pipeline(db)
    account = accounts.create_account(db, accounts.AccountInput(name=f"{title} Customer GmbH"))
    return opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title=title,
            pipeline_id=pipeline.id,
            stage_id=stages[stage].id,
            account_id=account,
            amount=Decimal(amount),
        ),
    )


def default_board_stages(db: Database) -> list[board.StageInfo]:
    pipeline = next(p for p in board.list_pipelines(db) if p.is_default)
    return board.list_stages(db, pipeline.id)


def deal_in_stage(
    db: Database,
    stage: board.StageInfo,
    title: str,
    *,
    account_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    amount: str = "100",
    currency: str = "EUR",
    owner: uuid.UUID | None = None,
    close: date | None = None,
) -> uuid.UUID:
    return opportunities.create_opportunity(
        db,
        opportunities.OpportunityInput(
            title=title,
            pipeline_id=stage.pipeline_id,
            stage_id=stage.id,
            account_id=account_id,
            contact_id=contact_id,
            amount=Decimal(amount),
            currency=currency,
            owner_id=owner,
            expected_close=close,
        ),
    )
