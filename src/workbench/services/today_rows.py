"""Today's items, and how the rows of Today's queries become them.

Free of SQLAlchemy on purpose: the first screen of a start reads the same queries with the
standard library's sqlite3 (services/first_screen.py) before the ORM has loaded, and both
readers turn rows into items here, so the two lists are the same list. `services.today`
has the queries; a row is anything with the queries' column names as attributes.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from workbench.domain.business_days import ResponseFlag, latest_start, lead_flag, local
from workbench.domain.enums import LeadSource, LeadStatus, TaskKind, label
from workbench.domain.names import lead_name, person_name

# The texts, formats and phone numbers (Babel's and phonenumbers' data) are imported where
# items are made: the first screen runs its queries on a thread that starts before Qt is
# imported, and their SQL should not wait for those imports.

# the most tasks Today lists in each of its sections (overdue, due today, delegated)
TASKS_SHOWN = 500
WAITING_LEADS_SHOWN = 50
OFFERS_SHOWN = 200
# how far back a meeting still marked planned is listed as overdue
MEETINGS_LOOK_BACK = timedelta(days=30)
FOLLOW_UP_KINDS = (TaskKind.CALL, TaskKind.MEETING, TaskKind.FOLLOW_UP, TaskKind.EMAIL)
_NEVER = datetime.min.replace(tzinfo=UTC)


class ItemKind(StrEnum):
    TASK = "task"
    CALL = "call"  # a task of kind call
    MEETING = "meeting"  # a planned meeting activity
    LEAD = "lead"
    OFFER = "offer"


@dataclass(frozen=True)
class Ref:
    """What an item refers to; the screen opens the most specific one."""

    opportunity_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    lead_id: uuid.UUID | None = None
    offer_id: uuid.UUID | None = None


@dataclass(frozen=True)
class TodayItem:
    kind: ItemKind
    id: uuid.UUID  # the task, activity, lead or offer
    title: str
    detail: str
    when: datetime | None
    ref: Ref
    phone: str = ""  # E.164, for click-to-call
    flag: ResponseFlag = ResponseFlag.NONE
    late: bool = False

    @property
    def can_complete(self) -> bool:
        return self.kind in (ItemKind.TASK, ItemKind.CALL, ItemKind.MEETING)


@dataclass
class TodayList:
    now: datetime
    overdue: list[TodayItem] = field(default_factory=list)
    # how many are overdue in all (the list holds at most TASKS_SHOWN tasks of them)
    overdue_total: int = 0
    due_today: list[TodayItem] = field(default_factory=list)
    due_today_total: int = 0
    leads_waiting: list[TodayItem] = field(default_factory=list)
    leads_waiting_total: int = 0
    offers: list[TodayItem] = field(default_factory=list)
    offers_total: int = 0
    meetings: list[TodayItem] = field(default_factory=list)
    # Tasks on colleagues' deals (pricing for the analyst, a feasibility check for the
    # technician), whatever their due date: the colleague waits on them to move on.
    delegated: list[TodayItem] = field(default_factory=list)
    delegated_total: int = 0

    def all_items(self) -> list[TodayItem]:
        return [
            *self.delegated,
            *self.overdue,
            *self.due_today,
            *self.meetings,
            *self.leads_waiting,
            *self.offers,
        ]


@dataclass(frozen=True)
class TodayRows:
    """What Today's queries returned, query by query."""

    late_tasks: Sequence[Any]
    today_tasks: Sequence[Any]
    delegated_tasks: Sequence[Any]
    meetings: Sequence[Any]
    leads_waiting: Sequence[Any]
    leads_total: int
    offers: Sequence[Any]


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    start = local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def today_params(me: uuid.UUID, now: datetime, days: frozenset[int]) -> dict[str, Any]:
    """The values Today's queries are run with, by the names of their parameters."""
    start, end = day_bounds(now)
    return {
        "me": me,
        "now": now,
        "tasks_shown": TASKS_SHOWN,
        "offers_shown": OFFERS_SHOWN,
        "day_start": start.astimezone(UTC),
        "day_end": end.astimezone(UTC),
        "meetings_from": (start - MEETINGS_LOOK_BACK).astimezone(UTC),
        # offers sent a working day ago or more
        "offers_cutoff": latest_start(local(now), 1, days).astimezone(UTC),
    }


# the statement that counts a query's rows when they were more than the list holds
COUNTS = {
    "late_tasks": "late_count",
    "today_tasks": "today_count",
    "delegated_tasks": "delegated_count",
    "offers": "offers_count",
}


def counts_needed(rows: TodayRows) -> list[str]:
    """The statements of COUNTS to run: those of the queries that filled their limit."""
    limits = {
        "late_tasks": TASKS_SHOWN,
        "today_tasks": TASKS_SHOWN,
        "delegated_tasks": TASKS_SHOWN,
        "offers": OFFERS_SHOWN,
    }
    return [COUNTS[name] for name, limit in limits.items() if len(getattr(rows, name)) >= limit]


def build_today(
    rows: TodayRows,
    me: uuid.UUID,
    now: datetime,
    days: frozenset[int],
    count: Callable[[str], int],
) -> TodayList:
    """The list from the rows; `count` runs a statement of `counts_needed`, for a section
    whose rows were more than the list holds: it then says how many there are."""
    out = TodayList(now=now)
    needed = counts_needed(rows)
    for item, delegated in _task_items(rows, me, now):
        if delegated:
            out.delegated.append(item)
        else:
            (out.overdue if item.late else out.due_today).append(item)

    def total(query: str, shown: int) -> int:
        return count(COUNTS[query]) if COUNTS[query] in needed else shown

    out.overdue_total = total("late_tasks", len(out.overdue))
    out.due_today_total = total("today_tasks", len(out.due_today))
    out.delegated_total = total("delegated_tasks", len(out.delegated))
    start, _end = day_bounds(now)
    for row in rows.meetings:
        item = _meeting_item(row, start)
        (out.overdue if item.late else out.meetings).append(item)
        out.overdue_total += item.late
    out.leads_waiting = [_lead_item(row, now, days) for row in rows.leads_waiting]
    out.leads_waiting_total = rows.leads_total
    out.offers = [_offer_item(row, now) for row in rows.offers]
    out.offers_total = total("offers", len(out.offers))
    return out


def _names(*parts: str | None) -> str:
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:  # a private customer's account is named like the person
            seen.append(p)
    return " · ".join(seen)


def _task_items(rows: TodayRows, me: uuid.UUID, now: datetime) -> list[tuple[TodayItem, bool]]:
    """Tasks and calls in the order shown, each with whether it is delegated to me on a
    colleague's deal (a task can be both late and delegated: it is listed once)."""
    from workbench.texts import fill, translate

    by_id = {row.id: row for row in rows.late_tasks}
    by_id.update((row.id, row) for part in (rows.today_tasks, rows.delegated_tasks) for row in part)
    ordered = sorted(by_id.values(), key=lambda r: (r.due_at is None, r.due_at or _NEVER, r.title))
    items = []
    for row in ordered:
        kind = ItemKind.CALL if row.kind == TaskKind.CALL else ItemKind.TASK
        if row.contact is not None:
            who = person_name(row.contact_first, row.contact_last)
            phone = row.contact_phone or ""
        elif row.lead is not None:
            who = lead_name(row.lead_first, row.lead_last, row.lead_company)
            phone = row.lead_phone
        else:
            who, phone = "", ""
        for_colleague = row.opportunity_id is not None and row.owner_id not in (None, me)
        detail = (
            _names(row.deal, row.account, who, fill(translate("Today", "for %1"), row.owner))
            if for_colleague
            else _names(who, row.account, row.deal)
        )
        item = TodayItem(
            kind=kind,
            id=row.id,
            title=row.title,
            detail=detail,
            when=row.due_at,
            ref=Ref(
                opportunity_id=row.opportunity_id,
                contact_id=row.contact_id,
                account_id=row.contact_account,
                lead_id=row.lead_id,
            ),
            phone=phone,
            late=row.due_at is not None and row.due_at < now,
        )
        items.append((item, for_colleague))
    return items


def _meeting_item(row: Any, day_start: datetime) -> TodayItem:
    """Today's meetings, and past ones nobody closed (marked late)."""
    from workbench.texts import translate

    contact = person_name(row.contact_first, row.contact_last) if row.contact is not None else ""
    return TodayItem(
        kind=ItemKind.MEETING,
        id=row.id,
        title=row.subject or translate("Domain", "Meeting"),
        detail=_names(contact, row.account, row.location),
        when=row.started_at,
        ref=Ref(
            opportunity_id=row.opportunity_id,
            contact_id=row.contact_id,
            account_id=row.account_id,
            lead_id=row.lead_id,
        ),
        phone=(row.contact_phone or row.contact_mobile or "") if row.contact is not None else "",
        late=row.started_at < day_start,
    )


def _lead_item(row: Any, now: datetime, days: frozenset[int]) -> TodayItem:
    from workbench.texts import translate

    return TodayItem(
        kind=ItemKind.LEAD,
        id=row.id,
        title=lead_name(row.first_name, row.last_name, row.company),
        detail=_names(translate("Domain", label(LeadSource(row.source))), row.email),
        when=row.received_at,
        ref=Ref(lead_id=row.id),
        phone=row.phone,
        flag=lead_flag(LeadStatus(row.status), row.received_at, row.first_contacted_at, now, days),
    )


def _offer_item(row: Any, now: datetime) -> TodayItem:
    from workbench import formatting
    from workbench.texts import fill, translate

    contact = person_name(row.contact_first, row.contact_last) if row.contact is not None else ""
    return TodayItem(
        kind=ItemKind.OFFER,
        id=row.id,
        title=fill(translate("Today", "Follow up offer %1"), row.number),
        detail=_names(
            contact,
            row.account,
            fill(translate("Today", "sent %1"), formatting.relative_day(row.sent_at, now)),
        ),
        when=row.sent_at,
        ref=Ref(
            opportunity_id=row.opportunity_id,
            contact_id=row.contact_id,
            account_id=row.account_id,
            offer_id=row.id,
        ),
        phone=(row.contact_phone or row.contact_mobile or "") if row.contact is not None else "",
    )


_formats_lock = threading.Lock()
_formats_loaded = False


def load_formats() -> None:
    """Babel's data for the locale and the phone number metadata, read from their files
    with Today's query off the GUI thread: the rows format their cells as they are
    painted, and that is then only arithmetic."""
    global _formats_loaded
    from workbench import formatting
    from workbench.domain.rules import format_phone

    with _formats_lock:
        if not _formats_loaded:
            now = datetime.now().astimezone()
            formatting.when(now, now)
            format_phone("+4930123456")
            _formats_loaded = True


def formats_loaded() -> bool:
    return _formats_loaded
