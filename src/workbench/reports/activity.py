"""Activity per rep and week: calls, connects, meetings, tasks and lead response."""

from __future__ import annotations

import bisect
import uuid
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import ActivityKind, ActivityStatus, CallOutcome
from workbench.domain.models import Activity, Lead, Task
from workbench.reports.buckets import Bucket, median, ratio
from workbench.reports.facts import Directory, Ids, raw_id
from workbench.reports.model import Chart, Column, DrillTarget, Kind, Report, Row, Series, Table
from workbench.reports.scope import NO_SOURCE, ReportFilter, person_filter
from workbench.services.calls import CONNECTED_OUTCOMES

ACTIVITY_HOW = (
    "Per person who logged the work, by week (Monday to Sunday in the report's time zone). "
    "Calls: completed calls that started in the period; connects: calls someone answered "
    "(connected, meeting booked, not interested, call back later); meetings booked: calls "
    "with that outcome; calls per meeting = calls ÷ meetings booked. Meetings held: "
    "completed meetings and visits. Tasks done: tasks completed in the period by their "
    "assignee; overdue: open tasks due in the period whose due time has passed. Lead "
    "response: for leads "
    "first contacted in the period, hours from arrival to first contact (median)."
)

_KEYS = (
    "calls",
    "connects",
    "meetings_booked",
    "meetings_held",
    "tasks_done",
    "tasks_overdue",
    "leads",
)


def activity_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    weeks = f.period.weeks()
    cuts = [f.instant(w) for w in weeks[1:]]
    cells: dict[tuple[uuid.UUID | None, int], dict[str, Bucket]] = defaultdict(_blank)
    response: dict[tuple[uuid.UUID | None, int], list[float]] = defaultdict(list)

    def week_of(moment: datetime) -> int:
        return bisect.bisect_right(cuts, moment)

    people = Ids()
    activities = s.connection().execute(
        select(
            raw_id(Activity.id),
            raw_id(Activity.user_id),
            Activity.started_at,
            Activity.kind,
            Activity.outcome,
        ).where(
            Activity.deleted.is_(False),
            Activity.status == ActivityStatus.DONE,
            Activity.started_at >= f.start,
            Activity.started_at < f.end,
            person_filter(Activity.user_id, f),
        )
    )
    for record, raw_user, started, kind, outcome in activities:
        cell = cells[(people(raw_user), week_of(started))]
        if kind == ActivityKind.CALL:
            cell["calls"].add(record)
            if outcome in CONNECTED_OUTCOMES:
                cell["connects"].add(record)
            if outcome == CallOutcome.MEETING_BOOKED:
                cell["meetings_booked"].add(record)
        elif kind in (ActivityKind.MEETING, ActivityKind.VISIT):
            cell["meetings_held"].add(record)
    tasks = s.execute(
        select(Task.id, Task.assignee_id, Task.done_at, Task.due_at).where(
            Task.deleted.is_(False),
            person_filter(Task.assignee_id, f),
            ((Task.done_at >= f.start) & (Task.done_at < f.end))
            | (
                Task.done_at.is_(None)
                & (Task.due_at < f.now)
                & (Task.due_at >= f.start)
                & (Task.due_at < f.end)
            ),
        )
    )
    for record, user, done, due in tasks:
        if done is not None:
            cells[(user, week_of(done))]["tasks_done"].add(record)
        elif due is not None:
            cells[(user, week_of(due))]["tasks_overdue"].add(record)
    leads = select(Lead.id, Lead.owner_id, Lead.received_at, Lead.first_contacted_at).where(
        Lead.deleted.is_(False),
        Lead.first_contacted_at >= f.start,
        Lead.first_contacted_at < f.end,
        person_filter(Lead.owner_id, f),
    )
    if f.source and f.source != NO_SOURCE:
        leads = leads.where(Lead.source == f.source)
    for record, user, received, contacted in s.execute(leads):
        assert contacted is not None  # the query selects contacted leads only
        key = (user, week_of(contacted))
        cells[key]["leads"].add(record)
        response[key].append(max(0.0, (contacted - received).total_seconds() / 3600))

    by_rep = _table("by_rep", "Per rep", "rep", "Rep")
    for user in sorted({k[0] for k in cells}, key=directory.person):
        keys = [k for k in cells if k[0] == user]
        by_rep.rows.append(
            _row(
                {"rep": directory.person(user)},
                [cells[k] for k in keys],
                [response[k] for k in keys],
            )
        )
    by_week = _table("by_week", "Per week", "week", "Week of")
    for index, monday in enumerate(weeks):
        keys = [k for k in cells if k[1] == index]
        by_week.rows.append(
            _row(
                {"week": _week_label(monday)}, [cells[k] for k in keys], [response[k] for k in keys]
            )
        )
    for table, first in ((by_rep, "rep"), (by_week, "week")):
        table.rows.append(
            _row({first: "Team"}, list(cells.values()), list(response.values()), total=True)
        )
    chart = Chart(
        "Calls and meetings per week",
        tuple(r.cells["week"] for r in by_week.rows if not r.total),
        tuple(
            Series(title, tuple(float(r.cells[key]) for r in by_week.rows if not r.total))
            for key, title in (
                ("calls", "Calls"),
                ("connects", "Connects"),
                ("meetings_booked", "Meetings booked"),
            )
        ),
        unit="count",
        line=True,
    )
    return Report("activity", "Activity", "", ACTIVITY_HOW, [by_rep, by_week], [chart])


def _week_label(monday: date) -> str:
    return monday.isoformat()


def _blank() -> dict[str, Bucket]:
    target = {
        "tasks_done": DrillTarget.TASKS,
        "tasks_overdue": DrillTarget.TASKS,
        "leads": DrillTarget.LEADS,
    }
    return {k: Bucket(target.get(k, DrillTarget.ACTIVITIES)) for k in _KEYS}


def _table(key: str, title: str, first: str, first_title: str) -> Table:
    return Table(
        key,
        title,
        [
            Column(first, first_title),
            Column("calls", "Calls", Kind.COUNT),
            Column("connects", "Connects", Kind.COUNT),
            Column("meetings_booked", "Meetings booked", Kind.COUNT),
            Column("calls_per_meeting", "Calls per meeting", Kind.NUMBER),
            Column("meetings_held", "Meetings held", Kind.COUNT),
            Column("tasks_done", "Tasks done", Kind.COUNT),
            Column("tasks_overdue", "Tasks overdue", Kind.COUNT),
            Column("leads", "Leads contacted", Kind.COUNT),
            Column("response_hours", "Lead response, median hours", Kind.NUMBER),
        ],
    )


def _row(
    first: dict[str, object],
    groups: list[dict[str, Bucket]],
    responses: list[list[float]],
    total: bool = False,
) -> Row:
    merged = _blank()
    for group in groups:
        for key, bucket in group.items():
            merged[key].ids += bucket.ids
    hours = [h for group in responses for h in group]
    calls, meetings = len(merged["calls"]), len(merged["meetings_booked"])
    return Row(
        {
            **first,
            **{key: len(bucket) for key, bucket in merged.items()},
            "calls_per_meeting": ratio(calls, meetings),
            "response_hours": median(hours),
        },
        {key: bucket.drill() for key, bucket in merged.items()},
        total=total,
    )
