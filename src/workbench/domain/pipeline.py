"""Sales processes (pipelines), their ordered stages, stage checklists and reason lists."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.base import Base, Synced
from workbench.domain.enums import ForecastCategory, ReasonKind, Role
from workbench.domain.types import enum_column, fk


class Pipeline(Synced, Base):
    __tablename__ = "pipeline"

    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    stages: Mapped[list[Stage]] = relationship(
        order_by="Stage.position",
        primaryjoin="and_(Pipeline.id == Stage.pipeline_id, Stage.deleted == False)",
        viewonly=True,
    )


class Stage(Synced, Base):
    __tablename__ = "stage"

    pipeline_id: Mapped[uuid.UUID] = fk("pipeline.id", nullable=False)
    # Phrased as an action: "Send an offer to the customer", not "Offer".
    name: Mapped[str] = mapped_column(String(160))
    position: Mapped[int] = mapped_column(Integer, default=0)
    probability: Mapped[int] = mapped_column(Integer, default=10)  # win probability, percent
    target_days: Mapped[int] = mapped_column(Integer, default=14)  # after this the deal rots
    # Where its open deals count in the forecast unless a deal says otherwise.
    forecast_category: Mapped[ForecastCategory] = enum_column(
        ForecastCategory, default=ForecastCategory.PIPELINE, server_default="pipeline"
    )

    pipeline: Mapped[Pipeline] = relationship()
    task_templates: Mapped[list[TaskTemplate]] = relationship(
        order_by="TaskTemplate.position",
        primaryjoin="and_(Stage.id == TaskTemplate.stage_id, TaskTemplate.deleted == False)",
        viewonly=True,
    )


class TaskTemplate(Synced, Base):
    """A checklist item every opportunity gets on entering the stage."""

    __tablename__ = "task_template"

    stage_id: Mapped[uuid.UUID] = fk("stage.id", nullable=False)
    title: Mapped[str] = mapped_column(String(200))
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False)
    default_role: Mapped[Role | None] = enum_column(Role, nullable=True, default=None)
    department: Mapped[str] = mapped_column(String(80), default="")
    due_days: Mapped[int] = mapped_column(Integer, default=2)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Reason(Synced, Base):
    """Entries of the won / lost / disqualified / offer-rejected reason lists."""

    __tablename__ = "reason"

    kind: Mapped[ReasonKind] = enum_column(ReasonKind, index=True)
    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
