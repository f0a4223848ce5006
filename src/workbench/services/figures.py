"""Activity figures per user and period: calls made, connects, meetings booked, the
call-to-meeting ratio and lead response time. The Today screen shows the user's own week;
the manager reports call the same functions for the whole team.

How they are computed:
- calls: completed call activities the user logged that started in the period;
- connects: those calls whose outcome means someone answered (connected, meeting booked,
  not interested, call back later);
- meetings booked: calls with the outcome "meeting booked";
- calls per meeting: calls / meetings booked (about 100 is a good cold-calling result);
- lead response time: for leads the user owns whose first contact fell in the period, the
  time from arrival to first contact (median and mean, in hours), and how many were
  contacted within one business day.
"""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select

from workbench.domain.business_days import add_business_days
from workbench.domain.enums import ActivityKind, ActivityStatus, CallOutcome
from workbench.domain.models import Activity, Lead
from workbench.services.calls import CONNECTED_OUTCOMES
from workbench.services.leads import local, working_days
from workbench.store.db import Database


@dataclass(frozen=True)
class ActivityFigures:
    user_id: uuid.UUID | None
    start: datetime
    end: datetime
    calls: int = 0
    connects: int = 0
    meetings_booked: int = 0
    leads_contacted: int = 0
    median_response_hours: float | None = None
    mean_response_hours: float | None = None
    contacted_within_one_business_day: int = 0

    @property
    def calls_per_meeting(self) -> float | None:
        return self.calls / self.meetings_booked if self.meetings_booked else None

    @property
    def connect_rate(self) -> float | None:
        return self.connects / self.calls if self.calls else None

    def ratio_text(self) -> str:
        """'1 : 25' calls per meeting, or '–' before the first meeting."""
        ratio = self.calls_per_meeting
        return f"1 : {ratio:.0f}" if ratio is not None else "–"


def week_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday in the user's local time."""
    here = local(now)
    monday = (here - timedelta(days=here.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday, monday + timedelta(days=7)


def figures_by_user(
    db: Database,
    start: datetime,
    end: datetime,
    user_ids: Iterable[uuid.UUID] | None = None,
) -> dict[uuid.UUID, ActivityFigures]:
    """Figures of each user with any activity in [start, end) (or of the users given)."""
    wanted = list(user_ids) if user_ids is not None else None
    calls_q = (
        select(
            Activity.user_id,
            func.count(),
            func.sum(case((Activity.outcome.in_(CONNECTED_OUTCOMES), 1), else_=0)),
            func.sum(case((Activity.outcome == CallOutcome.MEETING_BOOKED, 1), else_=0)),
        )
        .where(
            Activity.kind == ActivityKind.CALL,
            Activity.status == ActivityStatus.DONE,
            Activity.deleted.is_(False),
            Activity.started_at >= start,
            Activity.started_at < end,
            Activity.user_id.is_not(None),
        )
        .group_by(Activity.user_id)
    )
    leads_q = select(Lead.owner_id, Lead.received_at, Lead.first_contacted_at).where(
        Lead.deleted.is_(False),
        Lead.first_contacted_at >= start,
        Lead.first_contacted_at < end,
        Lead.owner_id.is_not(None),
    )
    if wanted is not None:
        calls_q = calls_q.where(Activity.user_id.in_(wanted))
        leads_q = leads_q.where(Lead.owner_id.in_(wanted))
    days = working_days(db)
    counts: dict[uuid.UUID, tuple[int, int, int]] = {}
    waits: dict[uuid.UUID, list[float]] = {}
    quick: dict[uuid.UUID, int] = {}
    with db.read() as s:
        for user_id, calls, connects, meetings in s.execute(calls_q):
            if user_id is None:
                continue
            counts[user_id] = (int(calls), int(connects or 0), int(meetings or 0))
        for owner, received, contacted in s.execute(leads_q):
            if owner is None or contacted is None:  # excluded by the query; for the types
                continue
            hours = max(0.0, (contacted - received).total_seconds() / 3600)
            waits.setdefault(owner, []).append(hours)
            if contacted <= add_business_days(local(received), 1, days):
                quick[owner] = quick.get(owner, 0) + 1
    result: dict[uuid.UUID, ActivityFigures] = {}
    for user_id in set(counts) | set(waits) | set(wanted or ()):
        calls, connects, meetings = counts.get(user_id, (0, 0, 0))
        hours_list = waits.get(user_id, [])
        result[user_id] = ActivityFigures(
            user_id=user_id,
            start=start,
            end=end,
            calls=calls,
            connects=connects,
            meetings_booked=meetings,
            leads_contacted=len(hours_list),
            median_response_hours=statistics.median(hours_list) if hours_list else None,
            mean_response_hours=statistics.fmean(hours_list) if hours_list else None,
            contacted_within_one_business_day=quick.get(user_id, 0),
        )
    return result


def figures_for(
    db: Database, user_id: uuid.UUID, start: datetime, end: datetime
) -> ActivityFigures:
    return figures_by_user(db, start, end, [user_id])[user_id]
