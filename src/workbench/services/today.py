"""The salesperson's Today list: what is due, who is waiting, what needs a follow-up.

Sections: overdue (tasks, calls and past meetings still marked planned), due today, new
leads waiting for a first contact (with the response-time flag), offers sent without
follow-up, and today's meetings. Every item carries a reference to what it is about, so the
screen can open it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from workbench import formatting
from workbench.domain.base import utcnow
from workbench.domain.business_days import ResponseFlag, latest_start
from workbench.domain.crm import lead_name
from workbench.domain.enums import ActivityKind, ActivityStatus, OfferStatus, TaskKind, label
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Lead,
    Offer,
    OfferVersion,
    Opportunity,
    Task,
    User,
)
from workbench.errors import WorkbenchError
from workbench.services.calls import complete_activity, reopen_activity
from workbench.services.leads import lead_row, local, waiting_condition, working_days
from workbench.services.setup import current_user_id
from workbench.services.tasks import complete_task
from workbench.store.db import Database
from workbench.texts import fill, translate

WAITING_LEADS_SHOWN = 50
FOLLOW_UP_KINDS = (TaskKind.CALL, TaskKind.MEETING, TaskKind.FOLLOW_UP, TaskKind.EMAIL)


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
    leads_waiting: list[TodayItem] = field(default_factory=list)
    leads_waiting_total: int = 0
    offers: list[TodayItem] = field(default_factory=list)
    meetings: list[TodayItem] = field(default_factory=list)
    # Tasks on colleagues' deals (pricing for the analyst, a feasibility check for the
    # technician), whatever their due date: the colleague waits on them to move on.
    delegated: list[TodayItem] = field(default_factory=list)

    def all_items(self) -> list[TodayItem]:
        return [
            *self.delegated,
            *self.overdue,
            *self.due_today,
            *self.meetings,
            *self.leads_waiting,
            *self.offers,
        ]


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    start = local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def _names(*parts: str | None) -> str:
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:  # a private customer's account is named like the person
            seen.append(p)
    return " · ".join(seen)


def today_list(
    db: Database, user_id: uuid.UUID | None = None, now: datetime | None = None
) -> TodayList:
    me = user_id or current_user_id(db)
    now = now or utcnow()
    start, end = day_bounds(now)
    days = working_days(db)
    out = TodayList(now=now)
    with db.read() as s:
        tasks, cut = _tasks_due(s, me, now, end)
        for item, delegated in tasks:
            if delegated:
                out.delegated.append(item)
            else:
                (out.overdue if item.late else out.due_today).append(item)
        # Where the overdue tasks were more than the list holds, it says how many there are.
        out.overdue_total = _late_tasks(s, me, now) if cut else len(out.overdue)
        for item in _planned_meetings(s, me, start, end):
            (out.overdue if item.late else out.meetings).append(item)
            out.overdue_total += item.late
        out.leads_waiting, out.leads_waiting_total = _leads_waiting(s, me, now, days)
        out.offers = _offers_without_follow_up(s, me, now, days)
    return out


# the most tasks Today lists in each of its sections (overdue, due today, delegated)
TASKS_SHOWN = 500
_NEVER = datetime.min.replace(tzinfo=UTC)


def _tasks_due(
    s: Session, me: uuid.UUID, now: datetime, end: datetime
) -> tuple[list[tuple[TodayItem, bool]], bool]:
    """Tasks and calls due up to the end of today, late ones marked, and every open task
    delegated to me on a colleague's deal (True beside those); and whether the late ones
    were more than TASKS_SHOWN."""
    lead = aliased(Lead)
    opp_account = aliased(Account)
    deal_owner = aliased(User)
    # Only the columns the list shows: loading whole tasks, contacts and leads took most
    # of the time of this query.
    mine = (
        select(
            Task.id,
            Task.title,
            Task.kind,
            Task.due_at,
            Task.opportunity_id,
            Task.contact_id,
            Task.lead_id,
            Contact.id.label("contact"),
            Contact.first_name.label("contact_first"),
            Contact.last_name.label("contact_last"),
            Contact.account_id.label("contact_account"),
            func.coalesce(func.nullif(Contact.phone, ""), Contact.mobile).label("contact_phone"),
            lead.id.label("lead"),
            lead.first_name.label("lead_first"),
            lead.last_name.label("lead_last"),
            lead.company.label("lead_company"),
            lead.phone.label("lead_phone"),
            Opportunity.title.label("deal"),
            opp_account.name.label("account"),
            Opportunity.owner_id,
            deal_owner.name.label("owner"),
        )
        .outerjoin(Contact, Contact.id == Task.contact_id)
        .outerjoin(Opportunity, Opportunity.id == Task.opportunity_id)
        .outerjoin(lead, lead.id == Task.lead_id)
        .outerjoin(
            opp_account,
            opp_account.id == func.coalesce(Opportunity.account_id, Contact.account_id),
        )
        .outerjoin(deal_owner, deal_owner.id == Opportunity.owner_id)
        .where(Task.assignee_id == me, Task.done_at.is_(None), Task.deleted.is_(False))
    )
    # A query per section, each reading its rows in the order shown through an index (one
    # with the conditions OR-ed sorted all of the person's open tasks first), and each with
    # its own limit: under one, a backlog of old tasks left no room for today's.
    own = _not_delegated(me)
    late = mine.where(Task.due_at < now, own).order_by(Task.due_at, Task.title).limit(TASKS_SHOWN)
    today = (
        mine.where(Task.due_at >= now, Task.due_at < end, own)
        .order_by(Task.due_at, Task.title)
        .limit(TASKS_SHOWN)
    )
    # The person's tasks less those on their own deals, checked against the set of their
    # deals' ids: both read from indexes alone (testing each task's deal read every row).
    own_deals = select(Opportunity.id).where(Opportunity.owner_id == me)
    delegated = (
        mine.where(
            Task.opportunity_id.is_not(None),
            Task.opportunity_id.not_in(own_deals),
            Opportunity.owner_id.is_not(None),
        )
        .order_by(Task.due_at.is_(None), Task.due_at, Task.title)
        .limit(TASKS_SHOWN)
    )
    late_rows = s.execute(late).all()
    rows = {row.id: row for row in late_rows}
    rows.update((row.id, row) for query in (today, delegated) for row in s.execute(query))
    first = sorted(rows.values(), key=lambda r: (r.due_at is None, r.due_at or _NEVER, r.title))
    items = []
    for row in first:
        kind = ItemKind.CALL if row.kind == TaskKind.CALL else ItemKind.TASK
        if row.contact is not None:
            who = f"{row.contact_first} {row.contact_last}".strip()
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
    return items, len(late_rows) == TASKS_SHOWN


def _not_delegated(me: uuid.UUID) -> ColumnElement[bool]:
    """A task of the person's own, not on a colleague's deal (those are listed apart)."""
    return or_(
        Task.opportunity_id.is_(None),
        Task.opportunity_id.in_(select(Opportunity.id).where(Opportunity.owner_id == me)),
        Task.opportunity_id.in_(select(Opportunity.id).where(Opportunity.owner_id.is_(None))),
    )


def _late_tasks(s: Session, me: uuid.UUID, now: datetime) -> int:
    """How many of the person's own open tasks are past their due time."""
    late = select(func.count()).where(
        Task.assignee_id == me,
        Task.done_at.is_(None),
        Task.deleted.is_(False),
        Task.due_at < now,
        _not_delegated(me),
    )
    return int(s.scalar(late) or 0)


def _planned_meetings(s: Session, me: uuid.UUID, start: datetime, end: datetime) -> list[TodayItem]:
    """Today's meetings, and past ones nobody closed (marked late)."""
    mq = (
        select(Activity, Contact, Account.name, Opportunity.title)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Account, Account.id == Activity.account_id)
        .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(
            Activity.kind.in_((ActivityKind.MEETING, ActivityKind.VISIT)),
            Activity.status == ActivityStatus.PLANNED,
            Activity.deleted.is_(False),
            Activity.user_id == me,
            Activity.started_at < end,
            Activity.started_at >= start - timedelta(days=30),
        )
        .order_by(Activity.started_at)
    )
    return [
        TodayItem(
            kind=ItemKind.MEETING,
            id=act.id,
            title=act.subject or translate("Domain", "Meeting"),
            detail=_names(contact.full_name if contact else "", account, act.location),
            when=act.started_at,
            ref=Ref(
                opportunity_id=act.opportunity_id,
                contact_id=act.contact_id,
                account_id=act.account_id,
                lead_id=act.lead_id,
            ),
            phone=(contact.phone or contact.mobile) if contact else "",
            late=act.started_at < start,
        )
        for act, contact, account, _title in s.execute(mq)
    ]


def _leads_waiting(
    s: Session, me: uuid.UUID, now: datetime, days: frozenset[int]
) -> tuple[list[TodayItem], int]:
    """Leads waiting for the first contact, oldest first, and how many wait in all."""
    mine = or_(Lead.owner_id == me, Lead.owner_id.is_(None))
    lq = (
        select(Lead)
        .where(*waiting_condition(), mine)
        .order_by(Lead.received_at)
        .limit(WAITING_LEADS_SHOWN)
    )
    total = int(
        s.scalar(select(func.count()).select_from(Lead).where(*waiting_condition(), mine)) or 0
    )
    items = [
        TodayItem(
            kind=ItemKind.LEAD,
            id=lead.id,
            title=lead.display_name,
            detail=_names(translate("Domain", label(lead.source)), lead.email),
            when=lead.received_at,
            ref=Ref(lead_id=lead.id),
            phone=lead.phone,
            flag=lead_row(lead, None, now, days).flag,
        )
        for lead in s.scalars(lq)
    ]
    return items, total


def _offers_without_follow_up(
    s: Session, me: uuid.UUID, now: datetime, days: frozenset[int]
) -> list[TodayItem]:
    """Offers sent a working day ago or more with no contact and no follow-up planned since."""
    cutoff = latest_start(local(now), 1, days)
    # One NOT EXISTS per way an activity or task can refer to the offer, each answered
    # by the index on that column: a single EXISTS with the ways OR-ed read every open
    # task (540 ms on the 100,000-deal demo; tests/services/test_today.py checks the plan).
    done = (
        Activity.status == ActivityStatus.DONE,
        Activity.deleted.is_(False),
        Activity.started_at >= OfferVersion.sent_at,
    )
    touched = [
        exists().where(*done, Activity.opportunity_id == Offer.opportunity_id),
        exists().where(*done, Activity.contact_id == Offer.contact_id),
        exists().where(*done, Activity.account_id == Offer.account_id),
    ]
    open_follow_up = (
        Task.done_at.is_(None),
        Task.deleted.is_(False),
        Task.kind.in_(FOLLOW_UP_KINDS),
        Task.created_at >= OfferVersion.sent_at,
    )
    planned = [
        exists().where(*open_follow_up, Task.opportunity_id == Offer.opportunity_id),
        exists().where(*open_follow_up, Task.contact_id == Offer.contact_id),
    ]
    oq = (
        select(Offer, OfferVersion.sent_at, Account.name, Contact)
        .join(
            OfferVersion,
            and_(
                OfferVersion.offer_id == Offer.id,
                OfferVersion.version == Offer.latest_version,
            ),
        )
        .outerjoin(Account, Account.id == Offer.account_id)
        .outerjoin(Contact, Contact.id == Offer.contact_id)
        .where(
            Offer.deleted.is_(False),
            Offer.owner_id == me,
            OfferVersion.status == OfferStatus.SENT,
            OfferVersion.sent_at.is_not(None),
            OfferVersion.sent_at <= cutoff,
            *(~e for e in touched + planned),
        )
        .order_by(OfferVersion.sent_at)
        .limit(200)
    )
    items = []
    for offer, sent_at, account, contact in s.execute(oq):
        if sent_at is None:  # excluded by the query; for the types
            continue
        items.append(
            TodayItem(
                kind=ItemKind.OFFER,
                id=offer.id,
                title=fill(translate("Today", "Follow up offer %1"), offer.number),
                detail=_names(
                    contact.full_name if contact else "",
                    account,
                    fill(translate("Today", "sent %1"), formatting.relative_day(sent_at, now)),
                ),
                when=sent_at,
                ref=Ref(
                    opportunity_id=offer.opportunity_id,
                    contact_id=offer.contact_id,
                    account_id=offer.account_id,
                    offer_id=offer.id,
                ),
                phone=(contact.phone or contact.mobile) if contact else "",
            )
        )
    return items


def complete_item(db: Database, item: TodayItem) -> None:
    if item.kind in (ItemKind.TASK, ItemKind.CALL):
        complete_task(db, item.id)
    elif item.kind == ItemKind.MEETING:
        complete_activity(db, item.id)
    else:
        text = translate("Errors", "Leads and offers are done by contacting them: log a call.")
        raise WorkbenchError(text)


def undo_complete(db: Database, item: TodayItem) -> None:
    if item.kind in (ItemKind.TASK, ItemKind.CALL):
        complete_task(db, item.id, done=False)
    elif item.kind == ItemKind.MEETING:
        reopen_activity(db, item.id)
