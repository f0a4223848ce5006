"""Activity per rep and week: calls, connects, meetings, tasks and lead response."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select, true
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.enums import ActivityKind, ActivityStatus, CallOutcome
from workbench.domain.models import Activity, Lead, Task
from workbench.reports.buckets import median, ratio
from workbench.reports.facts import Directory, Ids, raw_id
from workbench.reports.model import (
    Chart,
    Column,
    Drill,
    DrillTarget,
    Kind,
    Report,
    Row,
    Series,
    Table,
)
from workbench.reports.scope import NO_SOURCE, ReportFilter, person_filter
from workbench.services.calls import CONNECTED_OUTCOMES
from workbench.texts import translate


def activity_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Per person who logged the work, by week (Monday to Sunday in the report's time zone). "
        "Calls: completed calls that started in the period; connects: calls someone answered "
        "(connected, meeting booked, not interested, call back later); meetings booked: calls "
        "with that outcome; calls per meeting = calls ÷ meetings booked. Meetings held: "
        "completed meetings and visits. Tasks done: tasks completed in the period by their "
        "assignee; overdue: open tasks due in the period whose due time has passed. Lead "
        "response: for leads "
        "first contacted in the period, hours from arrival to first contact (median).",
    )


_ACTIVITY_COLUMNS = ("calls", "connects", "meetings_booked", "meetings_held")
_KEYS = (*_ACTIVITY_COLUMNS, "tasks_done", "tasks_overdue", "leads")


@dataclass(frozen=True)
class _Source:
    """One kind of record counted per person and week: which column names the person,
    which time places it in a week, and per figure the condition a record must meet."""

    model: Any
    target: DrillTarget
    person: Any
    when: Any
    where: ColumnElement[bool]
    figures: dict[str, ColumnElement[bool]]


def _sources(f: ReportFilter) -> list[_Source]:
    call = Activity.kind == ActivityKind.CALL
    leads = (
        (Lead.deleted.is_(False))
        & (Lead.first_contacted_at >= f.start)
        & (Lead.first_contacted_at < f.end)
        & person_filter(_by_period(Lead.owner_id), f)
    )
    if f.source and f.source != NO_SOURCE:
        leads = leads & (Lead.source == f.source)
    tasks = (Task.deleted.is_(False)) & person_filter(_by_period(Task.assignee_id), f)
    return [
        _Source(
            Activity,
            DrillTarget.ACTIVITIES,
            Activity.user_id,
            Activity.started_at,
            (Activity.deleted.is_(False))
            & (Activity.status == ActivityStatus.DONE)
            & (Activity.started_at >= f.start)
            & (Activity.started_at < f.end)
            & person_filter(_by_period(Activity.user_id), f),
            {
                "calls": call,
                "connects": call & Activity.outcome.in_(CONNECTED_OUTCOMES),
                "meetings_booked": call & (Activity.outcome == CallOutcome.MEETING_BOOKED),
                "meetings_held": Activity.kind.in_((ActivityKind.MEETING, ActivityKind.VISIT)),
            },
        ),
        _Source(
            Task,
            DrillTarget.TASKS,
            Task.assignee_id,
            Task.done_at,
            tasks & (Task.done_at >= f.start) & (Task.done_at < f.end),
            {"tasks_done": true()},
        ),
        _Source(
            Task,
            DrillTarget.TASKS,
            Task.assignee_id,
            Task.due_at,
            tasks
            & _by_period(Task.done_at).is_(None)
            & (Task.due_at < f.now)
            & (Task.due_at >= f.start)
            & (Task.due_at < f.end),
            {"tasks_overdue": true()},
        ),
        _Source(
            Lead,
            DrillTarget.LEADS,
            Lead.owner_id,
            Lead.first_contacted_at,
            leads,
            {"leads": true()},
        ),
    ]


def _by_period(column: Any) -> Any:
    """A column (the person, a task's done time) in a form no index matches: SQLite,
    which keeps no statistics here, would otherwise read a team's records, or every
    open task, of all time through that column's index rather than the period's few
    weeks through the report indexes."""
    return func.coalesce(column, column)


_Cell = tuple[uuid.UUID | None, int]  # (person, week index)


def activity_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    weeks = f.period.weeks()
    bounds = [f.instant(w) for w in weeks[1:]]
    sources = _sources(f)
    counts: dict[_Cell, dict[str, int]] = defaultdict(dict)
    people = Ids()
    for source in sources:
        # One GROUP BY per kind of record, each figure a conditional SUM: the database
        # counts, and the records are read only when someone opens a figure's list.
        # Grouped over a subquery's columns: PostgreSQL groups only by what it can see is
        # the selected expression, and two renderings of the week's CASE differ.
        each = (
            select(
                raw_id(source.person).label("who"),
                _week(source.when, bounds).label("week"),
                *(case((cond, 1), else_=0).label(key) for key, cond in source.figures.items()),
            )
            .where(source.where)
            .subquery()
        )
        q = select(
            each.c.who, each.c.week, *(func.sum(each.c[key]) for key in source.figures)
        ).group_by(each.c.who, each.c.week)
        for user, week, *sums in s.connection().execute(q):
            cell = counts[(people(user), week)]
            for key, n in zip(source.figures, sums, strict=True):
                cell[key] = cell.get(key, 0) + (n or 0)
    response: dict[_Cell, list[float]] = defaultdict(list)
    lead = sources[-1]
    for user, week, received, contacted in s.connection().execute(
        select(raw_id(Lead.owner_id), _week(lead.when, bounds), Lead.received_at, lead.when).where(
            lead.where
        )
    ):
        response[(people(user), week)].append(
            max(0.0, (contacted - received).total_seconds() / 3600)
        )

    def drills(user: object, week: int | None) -> dict[str, tuple[_Source, Any]]:
        """Per figure, the records behind it in a row: one person's or everyone's, in
        one week or the whole period."""
        out = {}
        for source in sources:
            narrow = source.where
            if user is not _ANY:
                narrow = narrow & (
                    source.person.is_(None) if user is None else source.person == user
                )
            if week is not None:
                monday = weeks[week]
                narrow = (
                    narrow
                    & (source.when >= f.instant(monday))
                    & (source.when < f.instant(monday + timedelta(days=7)))
                )
            for key, cond in source.figures.items():
                out[key] = (source, narrow & cond)
        return out

    by_rep = _table("by_rep", translate("Reports", "Per rep"), "rep", translate("Reports", "Rep"))
    for user in sorted({k[0] for k in counts}, key=directory.person):
        keys = [k for k in counts if k[0] == user]
        by_rep.rows.append(
            _row({"rep": directory.person(user)}, counts, response, keys, drills(user, None))
        )
    by_week = _table(
        "by_week", translate("Reports", "Per week"), "week", translate("Reports", "Week of")
    )
    for index, monday in enumerate(weeks):
        keys = [k for k in counts if k[1] == index]
        by_week.rows.append(
            _row({"week": _week_label(monday)}, counts, response, keys, drills(_ANY, index))
        )
    for table, first in ((by_rep, "rep"), (by_week, "week")):
        table.rows.append(
            _row(
                {first: translate("Reports", "Team")},
                counts,
                response,
                list(counts),
                drills(_ANY, None),
                total=True,
            )
        )
    chart = Chart(
        translate("Reports", "Calls and meetings per week"),
        tuple(formatting.day_short(monday) for monday in weeks),
        tuple(
            Series(title, tuple(float(r.cells[key]) for r in by_week.rows if not r.total))
            for key, title in (
                ("calls", translate("Reports", "Calls")),
                ("connects", translate("Reports", "Connects")),
                ("meetings_booked", translate("Reports", "Meetings booked")),
            )
        ),
        unit=translate("Reports", "count"),
        line=True,
    )
    return Report("activity", "Activity", "", activity_how(), [by_rep, by_week], [chart])


def _week_label(monday: date) -> str:
    return formatting.day_range(monday, monday + timedelta(days=6))


_ANY = object()  # a row over every person


def _week(when: Any, bounds: list[Any]) -> Any:
    """The index of the period's week a time falls in (weeks begin at `bounds`)."""
    if not bounds:
        return literal(0)
    return case(*((when < cut, i) for i, cut in enumerate(bounds)), else_=len(bounds))


def _table(key: str, title: str, first: str, first_title: str) -> Table:
    return Table(
        key,
        title,
        [
            Column(first, first_title),
            Column("calls", translate("Reports", "Calls"), Kind.COUNT),
            Column("connects", translate("Reports", "Connects"), Kind.COUNT),
            Column("meetings_booked", translate("Reports", "Meetings booked"), Kind.COUNT),
            Column("calls_per_meeting", translate("Reports", "Calls per meeting"), Kind.NUMBER),
            Column("meetings_held", translate("Reports", "Meetings held"), Kind.COUNT),
            Column("tasks_done", translate("Reports", "Tasks done"), Kind.COUNT),
            Column("tasks_overdue", translate("Reports", "Tasks overdue"), Kind.COUNT),
            Column("leads", translate("Reports", "Leads contacted"), Kind.COUNT),
            Column(
                "response_hours", translate("Reports", "Lead response, median hours"), Kind.NUMBER
            ),
        ],
    )


def _row(
    first: dict[str, object],
    counts: dict[_Cell, dict[str, int]],
    response: dict[_Cell, list[float]],
    keys: list[_Cell],
    drills: dict[str, tuple[_Source, Any]],
    total: bool = False,
) -> Row:
    figures = {key: sum(counts[k].get(key, 0) for k in keys) for key in _KEYS}
    hours = [h for k in keys for h in response.get(k, ())]
    return Row(
        {
            **first,
            **figures,
            "calls_per_meeting": ratio(figures["calls"], figures["meetings_booked"]),
            "response_hours": median(hours),
        },
        {
            key: Drill(
                source.target,
                query=select(source.model.id).where(where).order_by(source.when, source.model.id),
                count=figures[key],
            )
            for key, (source, where) in drills.items()
        },
        total=total,
    )
