"""The call log and meetings: customer touches recorded as activities.

A logged call is a completed activity: it moves the deal's last progress forward and, on a
lead, sets the first contact (the response-time figure). Finishing a call asks for the
next step, which becomes a task; the outcome "meeting booked" puts the meeting itself in
the calendar as a planned activity.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, or_, select
from sqlalchemy.orm import Session

from workbench.domain.base import utcnow
from workbench.domain.enums import (
    ActivityKind,
    ActivityStatus,
    CallOutcome,
    Direction,
    OpportunityStatus,
    TaskKind,
)
from workbench.domain.models import Account, Activity, Contact, Lead, Opportunity, Task
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.leads import mark_first_contact
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.texts import fill, translate

#: outcomes where someone picked up: the "connects" figure
CONNECTED_OUTCOMES = (
    CallOutcome.CONNECTED,
    CallOutcome.MEETING_BOOKED,
    CallOutcome.NOT_INTERESTED,
    CallOutcome.CALL_BACK_LATER,
)
MAX_CALL = timedelta(hours=12)


@dataclass
class NextStep:
    """What comes after the call: a follow-up call or a meeting, on a date."""

    kind: TaskKind  # CALL or MEETING
    due_at: datetime
    title: str = ""


@dataclass
class MeetingInput:
    starts_at: datetime
    duration_minutes: int = 60
    subject: str = ""
    location: str = ""
    notes: str = ""


@dataclass
class CallInput:
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    direction: Direction = Direction.OUTBOUND
    started_at: datetime | None = None  # default: now minus the duration
    duration_seconds: int = 0
    outcome: CallOutcome = CallOutcome.CONNECTED
    notes: str = ""
    next_step: NextStep | None = None
    meeting: MeetingInput | None = None  # required for "meeting booked"


@dataclass(frozen=True)
class CallResult:
    activity_id: uuid.UUID
    task_id: uuid.UUID | None
    meeting_id: uuid.UUID | None


def format_duration(seconds: int) -> str:
    """mm:ss (or h:mm:ss): how durations are shown, never as raw seconds."""
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def parse_duration(text: str) -> int:
    """Seconds from what people type: '5' or '5 min' (minutes), '4:30' (mm:ss), '1:02:00'."""
    raw = text.strip().lower().removesuffix("min").strip()
    if not raw:
        return 0
    try:
        if ":" in raw:
            parts = [int(p) for p in raw.split(":")]
            if raw.startswith("-"):
                raise ValidationError(
                    translate("Errors", "A duration can't be negative."), "duration"
                )
            if len(parts) > 3 or any(p < 0 for p in parts) or any(p > 59 for p in parts[1:]):
                raise ValueError
            seconds = 0
            for p in parts:
                seconds = seconds * 60 + p
            return seconds
        minutes = float(raw.replace(",", "."))
        if not math.isfinite(minutes):  # "nan", "inf", "1e400"
            raise ValueError
    except ValueError:
        raise ValidationError(
            fill(
                translate(
                    "Errors", "“%1” is not a duration; type minutes (5) or minutes:seconds (4:30)."
                ),
                text,
            ),
            "duration",
        ) from None
    if minutes < 0:
        raise ValidationError(translate("Errors", "A duration can't be negative."), "duration")
    return round(minutes * 60)


def _refs(
    s: Session,
    contact_id: uuid.UUID | None,
    opportunity_id: uuid.UUID | None,
    lead_id: uuid.UUID | None,
) -> tuple[Contact | None, Opportunity | None, Lead | None, uuid.UUID | None]:
    contact = validation.live(s.get(Contact, contact_id), "contact") if contact_id else None
    opp = (
        validation.live(s.get(Opportunity, opportunity_id), "opportunity")
        if opportunity_id
        else None
    )
    lead = validation.live(s.get(Lead, lead_id), "lead") if lead_id else None
    if contact is None and lead is None and opp is None:
        raise ValidationError(translate("Errors", "Choose who the call was with."), "contact")
    account_id = (contact.account_id if contact else None) or (opp.account_id if opp else None)
    if lead is not None and account_id is None:
        account_id = lead.account_id
    if account_id is not None:
        validation.live(s.get(Account, account_id), "account")
    return contact, opp, lead, account_id


def deals_for_call(
    db: Database, contact_id: uuid.UUID | None, opportunity_id: uuid.UUID | None = None
) -> tuple[list[tuple[uuid.UUID, str]], uuid.UUID | None]:
    """The deals a call may be logged against: the contact's account's open deals (the
    contact's own first) and the deal the call was started from. Also the one to propose:
    that deal, or the only open deal the contact is the contact of."""
    with db.read() as s:
        contact = s.get(Contact, contact_id) if contact_id else None
        about = [Opportunity.id == opportunity_id] if opportunity_id else []
        if contact is not None and not contact.deleted:
            mine = Opportunity.contact_id == contact.id
            theirs = [mine] + (
                [Opportunity.account_id == contact.account_id] if contact.account_id else []
            )
            about.append(
                and_(
                    Opportunity.status == OpportunityStatus.OPEN,
                    Opportunity.deleted.is_(False),
                    or_(*theirs),
                )
            )
        if not about:
            return [], None
        rows = s.execute(
            select(Opportunity.id, Opportunity.title, Opportunity.contact_id)
            .where(or_(*about))
            .order_by(case((Opportunity.contact_id == contact_id, 0), else_=1), Opportunity.title)
            .limit(100)
        ).all()
    deals = [(row[0], row[1]) for row in rows]
    own = [row[0] for row in rows if contact_id and row[2] == contact_id]
    proposed = opportunity_id or (own[0] if len(own) == 1 else None)
    return deals, proposed


def _progress(s: Session, opp: Opportunity | None, lead: Lead | None, at: datetime) -> None:
    if opp is not None and (opp.last_progress_at is None or opp.last_progress_at < at):
        opp.last_progress_at = at
    if lead is not None:
        mark_first_contact(s, lead.id, at)


def log_call(db: Database, data: CallInput) -> CallResult:
    """Record a finished call, its next step and, for "meeting booked", the meeting."""
    if not 0 <= data.duration_seconds <= MAX_CALL.total_seconds():
        raise ValidationError(
            translate("Errors", "A call can last between 0 and 12 hours."), "duration"
        )
    notes = validation.text(data.notes, "notes", "Notes", max_len=20000)
    outcome = CallOutcome(data.outcome)
    if outcome == CallOutcome.MEETING_BOOKED and data.meeting is None:
        raise ValidationError(translate("Errors", "When is the booked meeting?"), "meeting")
    if data.next_step is not None and data.next_step.kind not in (TaskKind.CALL, TaskKind.MEETING):
        text = translate("Errors", "The next step is a call or a meeting.")
        raise ValidationError(text, "next_step")
    now = utcnow()
    started = data.started_at or now - timedelta(seconds=data.duration_seconds)
    if started > now + timedelta(minutes=5):
        raise ValidationError(
            translate("Errors", "A logged call can't start in the future."), "started_at"
        )
    me = current_user_id(db)
    with db.unit_of_work() as uow:
        s = uow.session
        contact, opp, lead, account_id = _refs(
            s, data.contact_id, data.opportunity_id, data.lead_id
        )
        who = contact.full_name if contact else (lead.display_name if lead else "")
        call = Activity(
            id=uuid.uuid4(),
            kind=ActivityKind.CALL,
            status=ActivityStatus.DONE,
            direction=Direction(data.direction),
            outcome=outcome,
            subject=f"Call with {who}".strip() if who else "Call",
            started_at=started,
            duration_seconds=int(data.duration_seconds),
            notes=notes,
            user_id=me,
            contact_id=contact.id if contact else None,
            account_id=account_id,
            opportunity_id=opp.id if opp else None,
            lead_id=lead.id if lead else None,
        )
        s.add(call)
        _progress(s, opp, lead, started + timedelta(seconds=data.duration_seconds))

        meeting_id = None
        if data.meeting is not None and outcome == CallOutcome.MEETING_BOOKED:
            meeting = _meeting(data.meeting, who, me, contact, account_id, opp, lead)
            s.add(meeting)
            meeting_id = meeting.id

        task_id = None
        if data.next_step is not None:
            step = data.next_step
            if step.due_at.tzinfo is None:
                raise ValidationError("The next step's date has no time zone.", "next_step")
            if step.kind == TaskKind.CALL:
                default = fill(translate("Tasks", "Call %1"), who)
            else:
                default = fill(translate("Tasks", "Meeting with %1"), who)
            task = Task(
                id=uuid.uuid4(),
                title=validation.text(step.title, "next_step", "Next step") or default.strip(),
                kind=step.kind,
                opportunity_id=opp.id if opp else None,
                stage_id=opp.stage_id if opp else None,
                contact_id=contact.id if contact else None,
                lead_id=lead.id if lead else None,
                assignee_id=me,
                due_at=step.due_at,
            )
            s.add(task)
            task_id = task.id
    return CallResult(call.id, task_id, meeting_id)


def _meeting(
    data: MeetingInput,
    who: str,
    me: uuid.UUID,
    contact: Contact | None,
    account_id: uuid.UUID | None,
    opp: Opportunity | None,
    lead: Lead | None,
) -> Activity:
    if data.starts_at.tzinfo is None:
        raise ValidationError("The meeting time has no time zone.", "meeting")
    if not 5 <= data.duration_minutes <= 24 * 60:
        text = translate("Errors", "A meeting lasts between 5 minutes and a day.")
        raise ValidationError(text, "meeting")
    return Activity(
        id=uuid.uuid4(),
        kind=ActivityKind.MEETING,
        status=ActivityStatus.PLANNED,
        direction=Direction.OUTBOUND,
        subject=validation.text(data.subject, "subject", "Subject")
        or f"Meeting with {who}".strip(),
        started_at=data.starts_at,
        duration_seconds=data.duration_minutes * 60,
        location=validation.text(data.location, "location", "Location"),
        notes=validation.text(data.notes, "notes", "Notes", max_len=20000),
        user_id=me,
        contact_id=contact.id if contact else None,
        account_id=account_id,
        opportunity_id=opp.id if opp else None,
        lead_id=lead.id if lead else None,
    )


def plan_meeting(
    db: Database,
    data: MeetingInput,
    *,
    contact_id: uuid.UUID | None = None,
    opportunity_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
) -> uuid.UUID:
    with db.unit_of_work() as uow:
        contact, opp, lead, account_id = _refs(uow.session, contact_id, opportunity_id, lead_id)
        who = contact.full_name if contact else (lead.display_name if lead else "")
        meeting = _meeting(data, who, current_user_id(db), contact, account_id, opp, lead)
        uow.session.add(meeting)
    return meeting.id


def complete_activity(db: Database, activity_id: uuid.UUID, notes: str = "") -> None:
    """A planned meeting (or visit) took place: it now counts as progress."""
    with db.unit_of_work() as uow:
        s = uow.session
        act = validation.live(s.get(Activity, activity_id), "activity")
        if act.status == ActivityStatus.DONE:
            return
        act.status = ActivityStatus.DONE
        if notes.strip():
            act.notes = f"{act.notes}\n{notes.strip()}".strip()
        opp = s.get(Opportunity, act.opportunity_id) if act.opportunity_id else None
        lead = s.get(Lead, act.lead_id) if act.lead_id else None
        _progress(s, opp, lead, min(utcnow(), act.started_at))


def cancel_activity(db: Database, activity_id: uuid.UUID) -> None:
    with db.unit_of_work() as uow:
        act = validation.live(uow.session.get(Activity, activity_id), "activity")
        act.status = ActivityStatus.CANCELLED


def reopen_activity(db: Database, activity_id: uuid.UUID) -> None:
    """Undo of complete/cancel: back to planned (progress already recorded stays)."""
    with db.unit_of_work() as uow:
        act = validation.live(uow.session.get(Activity, activity_id), "activity")
        act.status = ActivityStatus.PLANNED


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    subject: str
    starts_at: datetime
    duration_seconds: int
    location: str
    notes: str
    status: ActivityStatus
    contact_name: str
    contact_phone: str
    contact_email: str
    account_name: str
    opportunity_title: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(seconds=max(self.duration_seconds, 60))


def list_meetings(
    db: Database,
    start: datetime,
    end: datetime,
    *,
    user_id: uuid.UUID | None = None,
    include_cancelled: bool = False,
    ids: list[uuid.UUID] | None = None,
) -> list[MeetingRow]:
    q = (
        select(Activity, Contact, Account.name, Opportunity.title)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Account, Account.id == Activity.account_id)
        .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(Activity.kind == ActivityKind.MEETING, Activity.deleted.is_(False))
        .order_by(Activity.started_at)
    )
    if ids is not None:
        q = q.where(Activity.id.in_(ids))
    else:
        q = q.where(Activity.started_at >= start, Activity.started_at < end)
    if user_id is not None:
        q = q.where(Activity.user_id == user_id)
    if not include_cancelled:
        q = q.where(Activity.status != ActivityStatus.CANCELLED)
    with db.read() as s:
        return [
            MeetingRow(
                id=a.id,
                subject=a.subject,
                starts_at=a.started_at,
                duration_seconds=a.duration_seconds,
                location=a.location,
                notes=a.notes,
                status=a.status,
                contact_name=c.full_name if c else "",
                contact_phone=(c.phone or c.mobile) if c else "",
                contact_email=c.email if c else "",
                account_name=account or "",
                opportunity_title=title or "",
            )
            for a, c, account, title in s.execute(q)
        ]
