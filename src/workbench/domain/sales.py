"""Opportunities and the work done on them: tasks, activities and the event history."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.base import Base, Synced, UTCDateTime
from workbench.domain.crm import Account, Contact
from workbench.domain.enums import (
    ActivityKind,
    ActivityStatus,
    CallOutcome,
    Direction,
    EventKind,
    ForecastCategory,
    OpportunityStatus,
    ShareRole,
    TaskKind,
)
from workbench.domain.money import Money
from workbench.domain.people import User
from workbench.domain.pipeline import Pipeline, Stage
from workbench.domain.types import enum_column, fk


class Opportunity(Synced, Base):
    __tablename__ = "opportunity"
    __table_args__ = (
        # A person's deals read as ids from the index alone (Today's tasks on deals that
        # are not theirs: the person's open tasks less those on their own deals).
        Index("ix_opportunity_owner_id", "owner_id", "id"),
        # The board reads open deals of one stage ordered by expected close. The index
        # covers every column the board filters, sums and pages on, so a column's cards,
        # its header totals and a search over 100,000 deals scan the index, not the table.
        Index(
            "ix_opportunity_board",
            "stage_id",
            "status",
            "deleted",
            "expected_close",
            "id",
            "currency",
            "amount_minor",
            "owner_id",
            "last_progress_at",
            "account_id",
            "contact_id",
            "search_text",
        ),
        # Header totals group a column's open deals by currency: in this order the
        # grouping reads the index in sequence instead of sorting.
        Index(
            "ix_opportunity_board_totals",
            "stage_id",
            "status",
            "deleted",
            "currency",
            "amount_minor",
        ),
        # Slipping deals: what the report's signs (stuck, idle), filters and sums read,
        # so counting the open deals per sign reads this index and not the table. It
        # leads with a column no other query narrows by, so it never replaces the
        # indexes they narrow by (SQLite keeps no statistics here to tell them apart).
        Index(
            "ix_opportunity_slipping",
            "stage_entered_at",
            "last_progress_at",
            "stage_id",
            "status",
            "deleted",
            "currency",
            "amount_minor",
            "owner_id",
            "pipeline_id",
            "source_lead_id",
            "id",
        ),
        # A search's header figures: the totals index with the searched text.
        # Cohorts (deals created in a period) and results (deals closed in one).
        Index("ix_opportunity_created", "created_at"),
        Index("ix_opportunity_closed", "closed_at"),
        Index(
            "ix_opportunity_board_search",
            "stage_id",
            "status",
            "deleted",
            "currency",
            "amount_minor",
            "search_text",
        ),
    )

    title: Mapped[str] = mapped_column(String(200))
    # What the board's search matches: title, account and contact names. Derived by
    # triggers (migration 0006) on every write path; never written by the app, never
    # loaded with the deal, and not synced (each database derives its own).
    search_text: Mapped[str] = mapped_column(Text, server_default="", deferred=True)
    account_id: Mapped[uuid.UUID | None] = fk("account.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id")
    pipeline_id: Mapped[uuid.UUID] = fk("pipeline.id", nullable=False)
    stage_id: Mapped[uuid.UUID] = fk("stage.id", nullable=False, index=False)
    # Minor units (cents) so SQL sums are exact integers; see Money.from_minor.
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Indexed with the deal's id (ix_opportunity_owner_id): a person's deals as a set of ids.
    owner_id: Mapped[uuid.UUID | None] = fk("user.id", index=False)
    status: Mapped[OpportunityStatus] = enum_column(
        OpportunityStatus, default=OpportunityStatus.OPEN
    )
    close_reason_id: Mapped[uuid.UUID | None] = fk("reason.id")
    close_note: Mapped[str] = mapped_column(Text, default="")
    competitor: Mapped[str] = mapped_column(String(120), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    stage_entered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Last real progress: a completed activity or a stage change. Trivial edits don't
    # touch it, so they can't hide a rotting deal.
    last_progress_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source_lead_id: Mapped[uuid.UUID | None] = fk("lead.id")
    notes: Mapped[str] = mapped_column(Text, default="")
    # None: the stage's category counts (Stage.forecast_category).
    forecast_category: Mapped[ForecastCategory | None] = enum_column(
        ForecastCategory, nullable=True, default=None
    )

    account: Mapped[Account | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    pipeline: Mapped[Pipeline] = relationship()
    stage: Mapped[Stage] = relationship()
    owner: Mapped[User | None] = relationship()

    @property
    def value(self) -> Money:
        return Money.from_minor(self.amount_minor, self.currency)


class OpportunityShare(Synced, Base):
    """An opportunity shared with a colleague (co-worker or stand-in)."""

    __tablename__ = "opportunity_share"

    opportunity_id: Mapped[uuid.UUID] = fk("opportunity.id", nullable=False)
    user_id: Mapped[uuid.UUID] = fk("user.id", nullable=False)
    role: Mapped[ShareRole] = enum_column(ShareRole, default=ShareRole.COLLEAGUE)


class OpportunityEvent(Synced, Base):
    """History of an opportunity (stage changes, won/lost, ...) for its timeline and the
    reports. The value columns hold the new value of what the event changed (all of them
    on `created`): an amount change its amount and currency, a close-date change the date
    (None: cleared), an owner change the owner, a forecast change the category (None:
    follows the stage). One field per event kind, so edits made offline on two laptops
    merge into a history that agrees with the merged deal."""

    __tablename__ = "opportunity_event"
    __table_args__ = (
        # "As of" reports look up each deal's latest event of a kind before a date; the
        # cohort funnel reads each deal's stage moves and results, who closed, and
        # slipping deals its close-date moves, from here. The id orders events of the
        # same instant, so "the latest" needs no look-up in the table.
        Index(
            "ix_opportunity_event_history",
            "opportunity_id",
            "kind",
            "at",
            "id",
            "deleted",
            "to_stage_id",
            "user_id",
            "expected_close",
        ),
        # Period funnels and slipping deals read the events of a period, from the index.
        Index(
            "ix_opportunity_event_period", "at", "kind", "deleted", "opportunity_id", "to_stage_id"
        ),
    )

    opportunity_id: Mapped[uuid.UUID] = fk("opportunity.id", nullable=False)
    kind: Mapped[EventKind] = enum_column(EventKind)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[uuid.UUID | None] = fk("user.id", index=False)
    from_stage_id: Mapped[uuid.UUID | None] = fk("stage.id", index=False)
    to_stage_id: Mapped[uuid.UUID | None] = fk("stage.id", index=False)
    details: Mapped[str] = mapped_column(Text, default="")
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    expected_close: Mapped[date | None] = mapped_column(Date, nullable=True)
    owner_id: Mapped[uuid.UUID | None] = fk("user.id", index=False)
    forecast_category: Mapped[ForecastCategory | None] = enum_column(
        ForecastCategory, nullable=True, default=None
    )


class Task(Synced, Base):
    __tablename__ = "task"
    __table_args__ = (
        Index("ix_task_open", "opportunity_id", "done_at", "due_at"),
        # The activity report counts tasks done, and open tasks due, per person and week.
        Index("ix_task_report_done", "done_at", "deleted", "assignee_id"),
        Index("ix_task_report_due", "due_at", "done_at", "deleted", "assignee_id"),
        # Today: one person's open tasks in the order they are due, read up to the end of
        # the day (the first 500), not all of them (10,000 on the 100,000-deal demo); with
        # each task's deal, so the tasks on colleagues' deals are found from the index alone.
        Index(
            "ix_task_assignee_open", "assignee_id", "done_at", "deleted", "due_at", "opportunity_id"
        ),
    )

    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[TaskKind] = enum_column(TaskKind, default=TaskKind.TODO)
    opportunity_id: Mapped[uuid.UUID | None] = fk("opportunity.id", index=False)
    stage_id: Mapped[uuid.UUID | None] = fk("stage.id", index=False)
    template_id: Mapped[uuid.UUID | None] = fk("task_template.id", index=False)
    lead_id: Mapped[uuid.UUID | None] = fk("lead.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id")
    assignee_id: Mapped[uuid.UUID | None] = fk("user.id")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    assignee: Mapped[User | None] = relationship()

    @property
    def done(self) -> bool:
        return self.done_at is not None


class Activity(Synced, Base):
    """A customer touch: call, meeting, e-mail or visit."""

    __tablename__ = "activity"
    __table_args__ = (
        # The activity report counts a period's activities per person, week, kind and
        # outcome from this index alone: a month is 100,000 rows on a big team.
        Index(
            "ix_activity_report", "started_at", "status", "deleted", "user_id", "kind", "outcome"
        ),
        # Today: one person's planned meetings of the last 30 days and today, not every
        # activity they ever logged (180,000 on the 100,000-deal demo).
        Index("ix_activity_planned", "user_id", "status", "deleted", "started_at"),
    )

    kind: Mapped[ActivityKind] = enum_column(ActivityKind)
    status: Mapped[ActivityStatus] = enum_column(ActivityStatus, default=ActivityStatus.DONE)
    direction: Mapped[Direction] = enum_column(Direction, default=Direction.OUTBOUND)
    outcome: Mapped[CallOutcome | None] = enum_column(CallOutcome, nullable=True, default=None)
    subject: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_seconds: Mapped[int] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID | None] = fk("user.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id")
    account_id: Mapped[uuid.UUID | None] = fk("account.id")
    opportunity_id: Mapped[uuid.UUID | None] = fk("opportunity.id")
    lead_id: Mapped[uuid.UUID | None] = fk("lead.id")
