"""What every part of the demo shares: one random source, the day, and the rows it builds on."""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from workbench.domain.enums import ReasonKind
from workbench.domain.models import Pipeline, Reason, Stage, TaskTemplate
from workbench.services.setup import current_user_id
from workbench.store.db import Database

Row = dict[str, Any]


def mail_name(*parts: str) -> str:
    """The part of an e-mail address made from a person's name: "Jürgen Weiß" gives
    "juergen.weiss", as German addresses are written (a mail server may refuse umlauts)."""
    folded = ".".join(parts).lower().replace(" ", ".")
    for letter, spelled in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss")):
        folded = folded.replace(letter, spelled)
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()


@dataclass
class Demo:
    # One generator draws from `rng` after another, in a fixed order: that order is what
    # makes a seed give the same company every time.
    rng: random.Random
    today: datetime
    me: uuid.UUID
    pipelines: list[Pipeline]
    stages_by_pipeline: dict[uuid.UUID, list[Stage]]
    templates: dict[uuid.UUID, list[TaskTemplate]]
    reasons: dict[ReasonKind, list[uuid.UUID]]
    competitor_reason: uuid.UUID | None
    reason_labels: dict[uuid.UUID, str]

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def ago(self, max_days: float, min_days: float = 0.0) -> datetime:
        return self.today - timedelta(days=self.rng.uniform(min_days, max_days))


def load_demo(db: Database, rng: random.Random, today: datetime) -> Demo:
    """The pipelines, stages, task templates and reasons the database already has."""
    me = current_user_id(db)
    with db.read() as s:
        pipelines = list(
            s.scalars(
                select(Pipeline).where(Pipeline.deleted.is_(False)).order_by(Pipeline.position)
            )
        )
        stages_by_pipeline = {
            p.id: list(
                s.scalars(
                    select(Stage)
                    .where(Stage.pipeline_id == p.id, Stage.deleted.is_(False))
                    .order_by(Stage.position)
                )
            )
            for p in pipelines
        }
        templates: dict[uuid.UUID, list[TaskTemplate]] = {}
        for t in s.scalars(
            select(TaskTemplate)
            .where(TaskTemplate.deleted.is_(False))
            .order_by(TaskTemplate.position)
        ):
            templates.setdefault(t.stage_id, []).append(t)
        reasons = {
            kind: [r.id for r in s.scalars(select(Reason).where(Reason.kind == kind))]
            for kind in ReasonKind
        }
        reason_labels = {row[0]: row[1] for row in s.execute(select(Reason.id, Reason.label))}
        competitor_reason = next(
            (
                r.id
                for r in s.scalars(
                    select(Reason).where(
                        Reason.kind == ReasonKind.LOST, Reason.label == "Competitor"
                    )
                )
            ),
            None,
        )
    return Demo(
        rng,
        today,
        me,
        pipelines,
        stages_by_pipeline,
        templates,
        reasons,
        competitor_reason,
        reason_labels,
    )
