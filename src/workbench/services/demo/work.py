"""The work around deals and leads over the year: the stage checklists' tasks (done when the
deal moved on, some forgotten and overdue), follow-up calls, and the calls, e-mails, meetings
and visits each rep logged in their own weekly rhythm; a few meetings on today's calendar.

There are about ten of these rows per deal, so they are made a slice at a time while the
demo is written (`work`), from a random source of their own.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from workbench.domain.enums import (
    ActivityKind,
    ActivityStatus,
    CallOutcome,
    Direction,
    LeadDirection,
    LeadStatus,
    OpportunityStatus,
    TaskKind,
)
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.people import Staff
from workbench.services.demo.rhythm import at_work, busy_moment
from workbench.services.demo.words import DURATIONS, PRODUCTS, in_language
from workbench.texts import fill, translate

if TYPE_CHECKING:
    from workbench.services.demo.opportunities import Deal

# Drawn from with equal chance, so the weights are the repetitions.
TOUCHES = (
    [ActivityKind.CALL] * 9
    + [ActivityKind.EMAIL] * 6
    + [ActivityKind.MEETING] * 3
    + [ActivityKind.VISIT] * 2
)
DEAL_CALLS = (
    [CallOutcome.CONNECTED] * 40
    + [CallOutcome.NO_ANSWER] * 20
    + [CallOutcome.VOICEMAIL] * 15
    + [CallOutcome.CALL_BACK_LATER] * 10
    + [CallOutcome.MEETING_BOOKED] * 10
    + [CallOutcome.NOT_INTERESTED] * 3
    + [CallOutcome.WRONG_NUMBER] * 2
)
# Cold calls mostly reach no one; about one in thirty books a meeting.
LEAD_CALLS = (
    [CallOutcome.NO_ANSWER] * 35
    + [CallOutcome.VOICEMAIL] * 25
    + [CallOutcome.CONNECTED] * 15
    + [CallOutcome.CALL_BACK_LATER] * 10
    + [CallOutcome.NOT_INTERESTED] * 8
    + [CallOutcome.WRONG_NUMBER] * 4
    + [CallOutcome.MEETING_BOOKED] * 3
)
UNANSWERED = (CallOutcome.NO_ANSWER, CallOutcome.VOICEMAIL, CallOutcome.WRONG_NUMBER)
# The demo's own texts are read in the language of whoever loads it (workbench.texts):
# looked up when a row is made, since the window installs its translator at start.
SUBJECTS = {
    ActivityKind.CALL: lambda: translate("Demo", "Call about %1"),
    ActivityKind.EMAIL: lambda: translate("Demo", "E-mail about %1"),
    ActivityKind.MEETING: lambda: translate("Demo", "Meeting about %1"),
    ActivityKind.VISIT: lambda: translate("Demo", "Visit about %1"),
}
SLICE = 20000  # activities per slice
_DAY = timedelta(days=1)
_MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class _Who:
    """Whom a touch is logged against."""

    contact_id: uuid.UUID | None
    account_id: uuid.UUID | None
    opportunity_id: uuid.UUID | None
    lead_id: uuid.UUID | None = None


def work(
    demo: Demo, staff: Staff, deals: list[Deal], leads: list[Row]
) -> Iterator[tuple[list[Row], list[Row]]]:
    """(tasks, activities) a slice at a time: the deals' first, then the leads'."""
    # Some reps log far more than others.
    hustle = {u: demo.rng.uniform(0.6, 1.4) for u in [*staff.account_executives, *staff.sdrs]}
    tasks: list[Row] = []
    activities: list[Row] = []
    for deal in deals:
        tasks += deal_tasks(demo, staff, deal)
        activities += deal_activities(demo, deal, hustle.get(deal.story.owner, 1.0))
        if len(activities) >= SLICE:
            yield tasks, activities
            tasks, activities = [], []
    began = {deal.row["id"]: deal.created for deal in deals}
    for lead in leads:
        tasks += lead_tasks(demo, lead)
        until = began.get(lead["opportunity_id"], demo.today)
        activities += lead_activities(demo, lead, until, hustle.get(lead["owner_id"], 1.0))
        if len(activities) >= SLICE:
            yield tasks, activities
            tasks, activities = [], []
    yield tasks, activities + todays_meetings(demo, [d.row for d in deals[:3]])


def deal_tasks(demo: Demo, staff: Staff, deal: Deal) -> list[Row]:
    """Each stage's checklist from the deal's first entry into it: done before the deal
    moved on where mandatory, now and then forgotten where not; and follow-up calls."""
    rng, story, opp = demo.rng, deal.story, deal.row
    today = demo.today
    entered: dict[uuid.UUID, datetime] = {}
    onward: dict[uuid.UUID, datetime] = {}
    for v in story.visits:
        entered.setdefault(v.stage.id, v.entered)
        if v.onward and v.left is not None:
            onward.setdefault(v.stage.id, v.left)
    won = story.status == OpportunityStatus.WON
    tasks: list[Row] = []
    for stage_id, since in entered.items():
        for t in demo.templates.get(stage_id, []):
            due = since + timedelta(days=t.due_days)
            finished_by = onward.get(stage_id)
            if finished_by is None and won and stage_id == story.stage.id:
                finished_by = story.closed_at
            if finished_by is not None and (t.mandatory or rng.random() < 0.8):
                done: datetime | None = busy_moment(rng, since, finished_by)
            elif deal.closed or rng.random() < 0.45:
                done = busy_moment(rng, since, min(today, due + 3 * _DAY))
            else:
                done = None
            owner = story.owner_at(done) if done else story.owner
            assignee = staff.by_role.get(t.default_role, owner) if t.default_role else owner
            tasks.append(_task(t.title, opp, due, done, assignee, stage_id, t.id, t.mandatory))
    end = story.closed_at or today
    for _ in range(rng.choice([0, 1, 1, 2])):
        due = at_work(rng, busy_moment(rng, deal.created, end))
        done = None
        if deal.closed or rng.random() < 0.85:
            done = min(end - _MINUTE, max(deal.created, due + timedelta(days=rng.uniform(-1, 2))))
        follow_up = translate("Demo", "Follow-up call")
        tasks.append(_task(follow_up, opp, due, done, story.owner_at(due), None, None))
    if not deal.closed and rng.random() < 0.5:
        due = today + timedelta(days=rng.randint(-5, 14), hours=rng.randint(0, 8))
        follow_up = translate("Demo", "Follow-up call")
        tasks.append(_task(follow_up, opp, due, None, story.owner, None, None))
    return tasks


def _task(
    title: str,
    opp: Row,
    due: datetime,
    done: datetime | None,
    assignee: uuid.UUID,
    stage_id: uuid.UUID | None,
    template_id: uuid.UUID | None,
    mandatory: bool = False,
) -> Row:
    return {
        "title": title,
        "kind": TaskKind.TODO if template_id else TaskKind.CALL,
        "opportunity_id": opp["id"],
        "stage_id": stage_id or opp["stage_id"],
        "template_id": template_id,
        "lead_id": None,
        "contact_id": opp["contact_id"],
        "assignee_id": assignee,
        "due_at": due,
        "done_at": done,
        "mandatory": mandatory,
        "notes": "",
    }


def deal_activities(demo: Demo, deal: Deal, hustle: float) -> list[Row]:
    """The touches from the deal's creation to its last progress (a completed touch is
    progress, so none comes after it), the last one at the touch that was; and for some
    open deals a planned call or meeting in the next two weeks."""
    rng, story, opp = demo.rng, deal.story, deal.row
    who = _Who(opp["contact_id"], opp["account_id"], opp["id"])
    end: datetime = opp["last_progress_at"]
    days = (end - deal.created).total_seconds() / 86400
    count = min(40, int(rng.expovariate(1.0) * (3.5 + days / 11) * hustle))
    touches: list[Row] = []
    for _ in range(count):
        kind = rng.choice(TOUCHES)
        outcome = rng.choice(DEAL_CALLS) if kind == ActivityKind.CALL else None
        seconds = _duration(rng, kind, outcome)
        started = busy_moment(rng, deal.created, end - timedelta(seconds=seconds))
        if started < deal.created or started + timedelta(seconds=seconds) > end:
            continue
        user = story.owner_at(started)
        touches.append(_touch(rng, kind, outcome, started, seconds, user, who))
        if outcome == CallOutcome.MEETING_BOOKED:
            touches += _booked(demo, started, end, user, who)
    if deal.touch is not None:
        kind = rng.choice([ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.VISIT])
        outcome = CallOutcome.CONNECTED if kind == ActivityKind.CALL else None
        seconds = _duration(rng, kind, outcome)
        started = deal.touch - timedelta(seconds=seconds)
        user = story.owner_at(started)
        touches.append(_touch(rng, kind, outcome, started, seconds, user, who))
    if not deal.closed and rng.random() < 0.25:
        kind = rng.choice([ActivityKind.CALL, ActivityKind.MEETING])
        started = at_work(rng, demo.today + timedelta(days=rng.uniform(0.2, 14)))
        row = _touch(rng, kind, None, started, _duration(rng, kind, None), story.owner, who)
        row["status"] = ActivityStatus.PLANNED
        touches.append(row)
    return touches


def _duration(rng: random.Random, kind: ActivityKind, outcome: CallOutcome | None) -> int:
    if outcome in UNANSWERED:
        return rng.choice([10, 20, 30, 45])
    return rng.choice(DURATIONS[kind])


def _touch(
    rng: random.Random,
    kind: ActivityKind,
    outcome: CallOutcome | None,
    started: datetime,
    seconds: int,
    user: uuid.UUID,
    who: _Who,
    subject: str = "",
) -> Row:
    inbound = kind != ActivityKind.VISIT and rng.random() < 0.2
    return {
        "kind": kind,
        "status": ActivityStatus.DONE,
        "direction": Direction.INBOUND if inbound else Direction.OUTBOUND,
        "outcome": outcome,
        "subject": subject or fill(SUBJECTS[kind](), in_language(rng.choice(PRODUCTS))),
        "started_at": started,
        "duration_seconds": seconds,
        "location": translate("Demo", "Customer site") if kind == ActivityKind.VISIT else "",
        "notes": "",
        "user_id": user,
        "contact_id": who.contact_id,
        "account_id": who.account_id,
        "opportunity_id": who.opportunity_id,
        "lead_id": who.lead_id,
    }


def _booked(demo: Demo, call: datetime, end: datetime, user: uuid.UUID, who: _Who) -> list[Row]:
    """The meeting a call booked: held if it came before the deal's last progress, planned
    if it is still ahead, and otherwise called off."""
    rng = demo.rng
    started = at_work(rng, call + timedelta(days=rng.uniform(1, 10)))
    seconds = rng.choice(DURATIONS[ActivityKind.MEETING])
    row = _touch(rng, ActivityKind.MEETING, None, started, seconds, user, who)
    row["direction"] = Direction.OUTBOUND
    if started > demo.today:
        row["status"] = ActivityStatus.PLANNED
    elif started + timedelta(seconds=seconds) > end:
        row["status"] = ActivityStatus.CANCELLED
    return [row]


def lead_tasks(demo: Demo, lead: Row) -> list[Row]:
    """The first call a new lead waits for (overdue after a business day), and a call
    back for leads being qualified."""
    rng = demo.rng
    status = lead["status"]
    if status == LeadStatus.NEW and lead["first_contacted_at"] is None:
        due = at_work(rng, lead["received_at"] + _DAY)
        return [_lead_task(translate("Demo", "Call the new lead"), lead, due, None)]
    contacted = lead["first_contacted_at"]
    if status not in (LeadStatus.MQL, LeadStatus.SQL) or contacted is None:
        return []
    due = at_work(rng, contacted + timedelta(days=rng.uniform(2, 10)))
    done = None
    if due < demo.today and rng.random() < 0.6:
        done = min(demo.today - _MINUTE, due + timedelta(hours=rng.uniform(0, 48)))
    return [_lead_task(translate("Demo", "Call back"), lead, due, done)]


def _lead_task(title: str, lead: Row, due: datetime, done: datetime | None) -> Row:
    return {
        "title": title,
        "kind": TaskKind.CALL,
        "opportunity_id": lead["opportunity_id"],
        "stage_id": None,
        "template_id": None,
        "lead_id": lead["id"],
        "contact_id": lead["contact_id"],
        "assignee_id": lead["owner_id"],
        "due_at": due,
        "done_at": done,
        "mandatory": False,
        "notes": "",
    }


def lead_activities(demo: Demo, lead: Row, until: datetime, hustle: float) -> list[Row]:
    """The SDR's calls and e-mails up to `until` (a converted lead's deal began then): the
    first contact (the response time ends there), more attempts (many for cold leads), and
    the call that qualified it."""
    rng = demo.rng
    contacted: datetime | None = lead["first_contacted_at"]
    if contacted is None:
        return []
    # A converted lead's touches moved to its customer and deal.
    who = _Who(lead["contact_id"], lead["account_id"], lead["opportunity_id"], lead["id"])
    user, status = lead["owner_id"], lead["status"]
    cold = lead["direction"] == LeadDirection.OUTBOUND
    first_kind = ActivityKind.EMAIL if not cold and rng.random() < 0.3 else ActivityKind.CALL
    outcome = rng.choice(LEAD_CALLS) if first_kind == ActivityKind.CALL else None
    seconds = _duration(rng, first_kind, outcome)
    started = contacted - timedelta(seconds=seconds)
    touches = [_touch(rng, first_kind, outcome, started, seconds, user, who)]
    touches[0]["direction"] = Direction.OUTBOUND
    if outcome == CallOutcome.MEETING_BOOKED:
        touches += _booked(demo, started, until, user, who)
    last = max(contacted, min(until, contacted + timedelta(days=30)))
    attempts = (rng.uniform(1, 9) if cold else rng.uniform(0, 4)) * hustle
    for _ in range(int(attempts)):
        kind = ActivityKind.CALL if rng.random() < 0.75 else ActivityKind.EMAIL
        outcome = rng.choice(LEAD_CALLS) if kind == ActivityKind.CALL else None
        seconds = _duration(rng, kind, outcome)
        started = busy_moment(rng, contacted, last - timedelta(seconds=seconds))
        if started < contacted:
            continue
        touches.append(_touch(rng, kind, outcome, started, seconds, user, who))
        if outcome == CallOutcome.MEETING_BOOKED:
            touches += _booked(demo, started, until, user, who)
    if status in (LeadStatus.SQL, LeadStatus.CONVERTED) and last > contacted:
        # A converted lead's meeting is its deal's business, on the deal's own timeline.
        outcome = CallOutcome.CONNECTED
        if status == LeadStatus.SQL and rng.random() < 0.5:
            outcome = CallOutcome.MEETING_BOOKED
        seconds = rng.choice(DURATIONS[ActivityKind.CALL][2:])
        started = busy_moment(rng, contacted, last - timedelta(seconds=seconds))
        if started >= contacted:
            subject = translate("Demo", "Qualification call")
            call = _touch(rng, ActivityKind.CALL, outcome, started, seconds, user, who, subject)
            touches.append(call)
            if outcome == CallOutcome.MEETING_BOOKED:
                touches += _booked(demo, started, until, user, who)
    return touches


def todays_meetings(demo: Demo, opportunities: list[Row]) -> list[Row]:
    """A few meetings on today's calendar for the current user."""
    return [
        {
            "kind": ActivityKind.MEETING,
            "status": ActivityStatus.PLANNED,
            "direction": Direction.OUTBOUND,
            "outcome": None,
            "subject": fill(translate("Demo", "Meeting: %1"), opp["title"]),
            "started_at": demo.today + timedelta(hours=1 + 2 * i),
            "duration_seconds": 3600,
            "location": translate("Demo", "Customer site"),
            "notes": "",
            "user_id": demo.me,
            "contact_id": opp["contact_id"],
            "account_id": opp["account_id"],
            "opportunity_id": opp["id"],
            "lead_id": None,
        }
        for i, opp in enumerate(opportunities[:3])
    ]
