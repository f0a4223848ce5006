"""Meetings as iCalendar (.ics) files the user's calendar app can import."""

from __future__ import annotations

import uuid
from datetime import datetime

from icalendar import Calendar, Event

from workbench import APP_NAME, __version__
from workbench.domain.base import utcnow
from workbench.domain.enums import ActivityStatus
from workbench.domain.rules import format_phone
from workbench.errors import NotFound, WorkbenchError
from workbench.services.calls import MeetingRow, list_meetings
from workbench.store.db import Database
from workbench.texts import translate

# A stable UID per meeting, so importing a second export updates the event, not doubles it.
UID_DOMAIN = "sales-workbench.local"


def _event(m: MeetingRow, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{m.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", m.starts_at)
    event.add("dtend", m.ends_at)
    event.add("summary", m.subject or "Meeting")
    if m.location:
        event.add("location", m.location)
    details = [
        line
        for line in (
            f"Contact: {m.contact_name}" if m.contact_name else "",
            f"Phone: {format_phone(m.contact_phone)}" if m.contact_phone else "",
            f"E-mail: {m.contact_email}" if m.contact_email else "",
            f"Account: {m.account_name}" if m.account_name else "",
            f"Opportunity: {m.opportunity_title}" if m.opportunity_title else "",
            m.notes,
        )
        if line
    ]
    if details:
        event.add("description", "\n".join(details))
    event.add("status", "CANCELLED" if m.status == ActivityStatus.CANCELLED else "CONFIRMED")
    return event


def meetings_to_ics(meetings: list[MeetingRow]) -> bytes:
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    stamp = utcnow()
    for m in meetings:
        cal.add_component(_event(m, stamp))
    data: bytes = cal.to_ical()
    return data


def meeting_ics(db: Database, activity_id: uuid.UUID) -> bytes:
    """One meeting (even a cancelled one, so the calendar learns of the cancellation)."""
    found = list_meetings(db, utcnow(), utcnow(), ids=[activity_id], include_cancelled=True)
    if not found:
        raise NotFound("That meeting no longer exists.")
    return meetings_to_ics(found)


def range_ics(
    db: Database, start: datetime, end: datetime, user_id: uuid.UUID | None = None
) -> tuple[bytes, int]:
    """Every meeting starting in [start, end): the file and how many meetings it holds."""
    if end <= start:
        raise WorkbenchError(translate("Errors", "The end of the range must be after its start."))
    found = list_meetings(db, start, end, user_id=user_id)
    return meetings_to_ics(found), len(found)
