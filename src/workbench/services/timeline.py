"""The history of a deal, contact, account or lead: every touch and every stage change,
newest first (domain rule: keep every customer touch in the system)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import aliased

from workbench.domain.enums import ActivityStatus, EventKind, label
from workbench.domain.models import (
    Activity,
    Contact,
    Opportunity,
    OpportunityEvent,
    Stage,
    Task,
    User,
)
from workbench.store.db import Database
from workbench.texts import fill, translate


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # an ActivityKind or EventKind value, or "task_done"
    title: str
    detail: str
    user_name: str
    planned: bool = False  # a meeting or call still to come
    activity_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None


def _duration(seconds: int) -> str:
    if seconds <= 0:
        return ""
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d} min"


def timeline_for(
    db: Database,
    *,
    opportunity_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    limit: int = 500,
) -> list[TimelineEntry]:
    if not any((opportunity_id, contact_id, account_id, lead_id)):
        raise ValueError("timeline_for needs a record to show the history of")
    entries: list[TimelineEntry] = []
    with db.read() as s:
        # Activities --------------------------------------------------------------------
        conds: list[ColumnElement[bool]] = []
        if opportunity_id:
            conds.append(Activity.opportunity_id == opportunity_id)
        if contact_id:
            conds.append(Activity.contact_id == contact_id)
        if lead_id:
            conds.append(Activity.lead_id == lead_id)
        if account_id:
            conds.append(Activity.account_id == account_id)
            conds.append(
                Activity.contact_id.in_(select(Contact.id).where(Contact.account_id == account_id))
            )
        q = (
            select(Activity, User.name)
            .outerjoin(User, User.id == Activity.user_id)
            .where(or_(*conds), Activity.deleted.is_(False))
            .order_by(Activity.started_at.desc())
            .limit(limit)
        )
        for act, user in s.execute(q):
            parts = [_label(act.direction)] if act.kind.value == "call" else []
            if act.outcome is not None:
                parts.append(_label(act.outcome))
            if act.duration_seconds:
                parts.append(_duration(act.duration_seconds))
            if act.location:
                parts.append(act.location)
            if act.notes:
                parts.append(act.notes)
            entries.append(
                TimelineEntry(
                    at=act.started_at,
                    kind=act.kind.value,
                    title=act.subject or _label(act.kind),
                    detail=" · ".join(parts),
                    user_name=user or "",
                    planned=act.status == ActivityStatus.PLANNED,
                    activity_id=act.id,
                    opportunity_id=act.opportunity_id,
                )
            )
        # Deal history ----------------------------------------------------------------------
        opp_ids: list[uuid.UUID] = []
        if opportunity_id:
            opp_ids.append(opportunity_id)
        if account_id:
            opp_ids += list(
                s.scalars(select(Opportunity.id).where(Opportunity.account_id == account_id))
            )
        if opp_ids:
            src, dst = aliased(Stage), aliased(Stage)
            q2 = (
                select(OpportunityEvent, User.name, src.name, dst.name, Opportunity.title)
                .join(Opportunity, Opportunity.id == OpportunityEvent.opportunity_id)
                .outerjoin(User, User.id == OpportunityEvent.user_id)
                .outerjoin(src, src.id == OpportunityEvent.from_stage_id)
                .outerjoin(dst, dst.id == OpportunityEvent.to_stage_id)
                .where(OpportunityEvent.opportunity_id.in_(opp_ids))
                .order_by(OpportunityEvent.at.desc())
                .limit(limit)
            )
            for ev, user, from_name, to_name, title in s.execute(q2):
                entries.append(
                    TimelineEntry(
                        at=ev.at,
                        kind=ev.kind.value,
                        title=_event_title(ev.kind, from_name, to_name, title, bool(account_id)),
                        detail=ev.details,
                        user_name=user or "",
                        opportunity_id=ev.opportunity_id,
                    )
                )
        # Completed tasks -----------------------------------------------------------------
        tconds: list[ColumnElement[bool]] = []
        if opp_ids:
            tconds.append(Task.opportunity_id.in_(opp_ids))
        if contact_id:
            tconds.append(Task.contact_id == contact_id)
        if lead_id:
            tconds.append(Task.lead_id == lead_id)
        if tconds:
            q3 = (
                select(Task, User.name)
                .outerjoin(User, User.id == Task.assignee_id)
                .where(or_(*tconds), Task.done_at.is_not(None), Task.deleted.is_(False))
                .order_by(Task.done_at.desc())
                .limit(limit)
            )
            for task, user in s.execute(q3):
                assert task.done_at is not None
                entries.append(
                    TimelineEntry(
                        at=task.done_at,
                        kind="task_done",
                        title=fill(translate("Timeline", "Done: %1"), task.title),
                        detail=translate("Timeline", "mandatory") if task.mandatory else "",
                        user_name=user or "",
                        opportunity_id=task.opportunity_id,
                    )
                )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


def _label(value: StrEnum) -> str:
    """An enum's label in the person's language (its English is listed in ui/domain_texts)."""
    return translate("Domain", label(value))


def _event_title(
    kind: EventKind, from_name: str | None, to_name: str | None, deal: str, name_deal: bool
) -> str:
    prefix = f"{deal}: " if name_deal else ""
    if kind == EventKind.STAGE_CHANGED:
        moved = translate("Timeline", "Moved from “%1” to “%2”")
        return prefix + fill(moved, from_name, to_name)
    if kind == EventKind.CREATED:
        if to_name:
            return prefix + fill(translate("Timeline", "Deal created in “%1”"), to_name)
        return prefix + translate("Timeline", "Deal created")
    titles = {
        EventKind.WON: translate("Timeline", "Deal won"),
        EventKind.LOST: translate("Timeline", "Deal lost"),
        EventKind.REOPENED: translate("Timeline", "Deal reopened"),
        EventKind.SHARED: translate("Timeline", "Shared with a colleague"),
        EventKind.UNSHARED: translate("Timeline", "No longer shared"),
        EventKind.OWNER_CHANGED: translate("Timeline", "Owner changed"),
        EventKind.AMOUNT_CHANGED: translate("Timeline", "Value changed"),
        EventKind.CLOSE_DATE_CHANGED: translate("Timeline", "Expected close changed"),
        EventKind.FORECAST_CHANGED: translate("Timeline", "Forecast category changed"),
        EventKind.EDITED: translate("Timeline", "Details edited"),
        EventKind.OFFER_SENT: translate("Timeline", "Offer sent"),
        EventKind.OFFER_ACCEPTED: translate("Timeline", "Offer accepted"),
        EventKind.OFFER_REJECTED: translate("Timeline", "Offer rejected"),
    }
    return prefix + (titles.get(kind) or _label(kind))
