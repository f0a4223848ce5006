from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from icalendar import Calendar
from sqlalchemy import select

from workbench.domain.enums import ActivityKind, ActivityStatus, CallOutcome, TaskKind
from workbench.domain.models import Activity, Lead, Opportunity, Pipeline, Task
from workbench.errors import ValidationError
from workbench.services import calls
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.calendar_export import meeting_ics, range_ics
from workbench.services.figures import figures_for, week_bounds
from workbench.services.leads import LeadInput, create_lead
from workbench.services.opportunities import OpportunityInput, create_opportunity
from workbench.services.setup import current_user_id
from workbench.store.db import Database


@pytest.fixture
def deal(db: Database) -> tuple[str, object, object]:
    account = create_account(db, AccountInput(name="Alpen AG"))
    contact = create_contact(
        db,
        ContactInput(first_name="Eva", last_name="Berg", account_id=account, phone="+43 1 234567"),
    )
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline)).first()
    opp = create_opportunity(
        db,
        OpportunityInput(
            title="Robot cell",
            pipeline_id=pipeline.id,
            account_id=account,
            contact_id=contact,
            amount=Decimal("1000"),
        ),
    )
    return account, contact, opp  # type: ignore[return-value]


def test_durations_are_minutes_or_mm_ss() -> None:
    assert calls.parse_duration("5") == 300
    assert calls.parse_duration("4:30") == 270
    assert calls.parse_duration("1:02:03") == 3723
    assert calls.parse_duration("2,5 min") == 150
    assert calls.parse_duration("") == 0
    assert calls.format_duration(270) == "4:30"
    assert calls.format_duration(3723) == "1:02:03"
    for bad in ("abc", "4:75", "-3", "-0:30", "nan", "inf", "1e400"):
        with pytest.raises(ValidationError):
            calls.parse_duration(bad)


def test_log_call_updates_progress_and_creates_next_step(db: Database, deal) -> None:  # type: ignore[no-untyped-def]
    _account, contact, opp = deal
    with db.read() as s:
        before = s.get(Opportunity, opp).last_progress_at
    due = datetime.now(UTC) + timedelta(days=2)
    result = calls.log_call(
        db,
        calls.CallInput(
            contact_id=contact,
            opportunity_id=opp,
            duration_seconds=185,
            outcome=CallOutcome.CALL_BACK_LATER,
            notes="busy",
            next_step=calls.NextStep(TaskKind.CALL, due),
        ),
    )
    with db.read() as s:
        call = s.get(Activity, result.activity_id)
        task = s.get(Task, result.task_id)
        progressed = s.get(Opportunity, opp).last_progress_at
    assert call.kind == ActivityKind.CALL and call.duration_seconds == 185
    assert call.account_id == _account and call.subject == "Call with Eva Berg"
    assert task.kind == TaskKind.CALL and task.title == "Call Eva Berg" and task.due_at == due
    assert task.opportunity_id == opp
    assert progressed >= before


def test_meeting_booked_creates_planned_meeting_and_ics(db: Database, deal) -> None:  # type: ignore[no-untyped-def]
    _account, contact, opp = deal
    with pytest.raises(ValidationError, match="When is the booked meeting"):
        calls.log_call(db, calls.CallInput(contact_id=contact, outcome=CallOutcome.MEETING_BOOKED))
    starts = datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    result = calls.log_call(
        db,
        calls.CallInput(
            contact_id=contact,
            opportunity_id=opp,
            outcome=CallOutcome.MEETING_BOOKED,
            meeting=calls.MeetingInput(starts, 90, location="Wien office"),
        ),
    )
    with db.read() as s:
        meeting = s.get(Activity, result.meeting_id)
    assert meeting.status == ActivityStatus.PLANNED and meeting.kind == ActivityKind.MEETING
    cal = Calendar.from_ical(meeting_ics(db, result.meeting_id))
    (event,) = cal.walk("VEVENT")
    assert str(event["summary"]) == "Meeting with Eva Berg"
    assert str(event["location"]) == "Wien office"
    assert event.decoded("dtstart") == starts
    assert event.decoded("dtend") == starts + timedelta(minutes=90)
    assert "Robot cell" in str(event["description"])
    data, n = range_ics(db, starts - timedelta(days=1), starts + timedelta(days=1))
    assert n == 1 and b"BEGIN:VEVENT" in data
    assert range_ics(db, starts + timedelta(days=1), starts + timedelta(days=2))[1] == 0


def test_call_on_lead_sets_first_contact_and_figures(db: Database) -> None:
    lead = create_lead(
        db,
        LeadInput(
            company="Acme", phone="+4930123456", received_at=datetime.now(UTC) - timedelta(hours=5)
        ),
    )
    calls.log_call(
        db, calls.CallInput(lead_id=lead, outcome=CallOutcome.NO_ANSWER, duration_seconds=20)
    )
    calls.log_call(
        db,
        calls.CallInput(
            lead_id=lead,
            outcome=CallOutcome.MEETING_BOOKED,
            meeting=calls.MeetingInput(datetime.now(UTC) + timedelta(days=1)),
        ),
    )
    with db.read() as s:
        first = s.get(Lead, lead).first_contacted_at
    assert first is not None
    start, end = week_bounds(datetime.now(UTC))
    start -= timedelta(days=7)  # the Monday edge
    f = figures_for(db, current_user_id(db), start, end)
    assert (f.calls, f.connects, f.meetings_booked) == (2, 1, 1)
    assert f.ratio_text() == "1 : 2"
    assert f.leads_contacted == 1 and 4.5 < (f.median_response_hours or 0) < 5.5


def test_call_needs_someone(db: Database) -> None:
    with pytest.raises(ValidationError, match="who the call was with"):
        calls.log_call(db, calls.CallInput())
