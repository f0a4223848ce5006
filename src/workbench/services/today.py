"""The salesperson's Today list: what is due, who is waiting, what needs a follow-up.

Sections: overdue (tasks, calls and past meetings still marked planned), due today, new
leads waiting for a first contact (with the response-time flag), offers sent without
follow-up, and today's meetings. Every item carries a reference to what it is about, so the
screen can open it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import cache
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import aliased

from workbench.domain.base import utcnow
from workbench.domain.enums import ActivityKind, ActivityStatus, OfferStatus
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
from workbench.services.leads import waiting_condition, working_days
from workbench.services.setup import USER_KEY, current_user_id
from workbench.services.tasks import complete_task
from workbench.services.today_rows import (
    FOLLOW_UP_KINDS,
    WAITING_LEADS_SHOWN,
    ItemKind,
    Ref,
    TodayItem,
    TodayList,
    TodayRows,
    build_today,
    day_bounds,
    today_params,
)
from workbench.store.db import Database
from workbench.texts import translate

# a query of any columns
Statement: TypeAlias = Select[*tuple[Any, ...]]

__all__ = [
    "WAITING_LEADS_SHOWN",
    "ItemKind",
    "Ref",
    "TodayItem",
    "TodayList",
    "complete_item",
    "day_bounds",
    "statements",
    "today_list",
    "undo_complete",
]


def today_list(
    db: Database, user_id: uuid.UUID | None = None, now: datetime | None = None
) -> TodayList:
    me = user_id or current_user_id(db)
    now = now or utcnow()
    days = working_days(db)
    params = today_params(me, now, days)
    st = statements()
    with db.read() as s:

        def rows(name: str) -> list[Any]:
            return list(s.execute(st[name], params).all())

        def count(name: str) -> int:
            return int(s.execute(st[name], params).scalar_one())

        read = TodayRows(
            late_tasks=rows("late_tasks"),
            today_tasks=rows("today_tasks"),
            delegated_tasks=rows("delegated_tasks"),
            meetings=rows("meetings"),
            leads_waiting=rows("leads_waiting"),
            leads_total=count("leads_total"),
            offers=rows("offers"),
        )
        return build_today(read, me, now, days, count)


@cache
def statements() -> dict[str, Statement]:
    """Today's queries by name, with their values as parameters (services.today_rows
    names them): built once, and compiled once by SQLAlchemy's cache. The first screen runs
    the same statements as SQL text (services/first_screen_sql.py is generated from these).
    """
    me = bindparam("me", type_=Task.assignee_id.type)
    return {
        **_task_statements(me),
        "meetings": _meetings(me),
        **_lead_statements(me),
        **_offer_statements(me),
    }


def _task_statements(me: Any) -> dict[str, Statement]:
    """Tasks and calls due up to the end of today (late ones first), every open task
    delegated to me on a colleague's deal, and how many of my own are late."""
    now = bindparam("now", type_=Task.due_at.type)
    open_tasks = (Task.assignee_id == me, Task.done_at.is_(None), Task.deleted.is_(False))
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
        .where(*open_tasks)
    )
    # A query per section, each reading its rows in the order shown through an index (one
    # with the conditions OR-ed sorted all of the person's open tasks first), and each with
    # its own limit: under one, a backlog of old tasks left no room for today's.
    own = _not_delegated(me)
    shown: Any = bindparam("tasks_shown")
    # The person's tasks less those on their own deals, checked against the set of their
    # deals' ids: both read from indexes alone (testing each task's deal read every row).
    own_deals = select(Opportunity.id).where(Opportunity.owner_id == me)
    late = (Task.due_at < now, own)
    today = (Task.due_at >= now, Task.due_at < bindparam("day_end", type_=Task.due_at.type), own)
    delegated = (
        Task.opportunity_id.is_not(None),
        Task.opportunity_id.not_in(own_deals),
        Opportunity.owner_id.is_not(None),
    )
    # how many there are, where a section's rows filled its limit
    counted = select(func.count()).select_from(Task).where(*open_tasks)
    return {
        "late_tasks": mine.where(*late).order_by(Task.due_at, Task.title).limit(shown),
        "today_tasks": mine.where(*today).order_by(Task.due_at, Task.title).limit(shown),
        "delegated_tasks": mine.where(*delegated)
        .order_by(Task.due_at.is_(None), Task.due_at, Task.title)
        .limit(shown),
        "late_count": counted.where(*late),
        "today_count": counted.where(*today),
        "delegated_count": counted.join(Opportunity, Opportunity.id == Task.opportunity_id).where(
            *delegated
        ),
    }


def _not_delegated(me: Any) -> ColumnElement[bool]:
    """A task of the person's own, not on a colleague's deal (those are listed apart)."""
    return or_(
        Task.opportunity_id.is_(None),
        Task.opportunity_id.in_(select(Opportunity.id).where(Opportunity.owner_id == me)),
        Task.opportunity_id.in_(select(Opportunity.id).where(Opportunity.owner_id.is_(None))),
    )


def _contact_columns() -> tuple[Any, ...]:
    return (
        Contact.id.label("contact"),
        Contact.first_name.label("contact_first"),
        Contact.last_name.label("contact_last"),
        Contact.phone.label("contact_phone"),
        Contact.mobile.label("contact_mobile"),
    )


def _meetings(me: Any) -> Statement:
    """Today's meetings, and past ones nobody closed (the list marks them late)."""
    started = Activity.started_at.type
    return (
        select(
            Activity.id,
            Activity.subject,
            Activity.location,
            Activity.started_at,
            Activity.opportunity_id,
            Activity.contact_id,
            Activity.account_id,
            Activity.lead_id,
            Account.name.label("account"),
            *_contact_columns(),
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Account, Account.id == Activity.account_id)
        .where(
            Activity.kind.in_((ActivityKind.MEETING, ActivityKind.VISIT)),
            Activity.status == ActivityStatus.PLANNED,
            Activity.deleted.is_(False),
            Activity.user_id == me,
            Activity.started_at < bindparam("day_end", type_=started),
            Activity.started_at >= bindparam("meetings_from", type_=started),
        )
        .order_by(Activity.started_at)
    )


def _lead_statements(me: Any) -> dict[str, Statement]:
    """Leads waiting for the first contact, oldest first, and how many wait in all."""
    mine = or_(Lead.owner_id == me, Lead.owner_id.is_(None))
    waiting = (
        select(
            Lead.id,
            Lead.first_name,
            Lead.last_name,
            Lead.company,
            Lead.email,
            Lead.phone,
            Lead.source,
            Lead.status,
            Lead.received_at,
            Lead.first_contacted_at,
        )
        .where(*waiting_condition(), mine)
        .order_by(Lead.received_at)
        .limit(WAITING_LEADS_SHOWN)
    )
    total = select(func.count()).select_from(Lead).where(*waiting_condition(), mine)
    return {"leads_waiting": waiting, "leads_total": total}


def _offer_statements(me: Any) -> dict[str, Statement]:
    offers = _offers_without_follow_up(me)
    counted = select(func.count()).select_from(offers.order_by(None).limit(None).subquery())
    return {"offers": offers, "offers_count": counted}


def _offers_without_follow_up(me: Any) -> Statement:
    """Offers sent a working day ago or more with no contact and no follow-up planned since."""
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
    return (
        select(
            Offer.id,
            Offer.number,
            Offer.opportunity_id,
            Offer.contact_id,
            Offer.account_id,
            OfferVersion.sent_at,
            Account.name.label("account"),
            *_contact_columns(),
        )
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
            OfferVersion.sent_at <= bindparam("offers_cutoff", type_=OfferVersion.sent_at.type),
            *(~e for e in touched + planned),
        )
        .order_by(OfferVersion.sent_at)
        .limit(bindparam("offers_shown"))
    )


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


FIRST_SCREEN_DOC = (
    "Today's queries as SQL text, for the first screen of a start (services/first_screen.py).\n\n"
    "Generated from services/today.py by scripts/update-first-screen-sql; do not edit.\n"
    "tests/services/test_first_screen.py fails when this file is out of date.\n"
)


def first_screen_sql() -> str:
    """The text of services/first_screen_sql.py for the statements and schema of now."""
    from workbench.services.leads.response import WORKING_DAYS_KEY
    from workbench.services.team_settings import settings_statements
    from workbench.store.migrate import head_revision
    from workbench.store.sql_text import as_sql_text, module_text

    local, team = settings_statements([USER_KEY, WORKING_DAYS_KEY])
    example = today_params(uuid.UUID(int=0), utcnow(), frozenset(range(5)))
    compiled = {name: as_sql_text(st, example) for name, st in statements().items()}
    compiled["local_settings"] = as_sql_text(local, {})
    compiled["team_settings"] = as_sql_text(team, {})
    return module_text(
        FIRST_SCREEN_DOC,
        {
            "SCHEMA": head_revision(),
            "USER_KEY": USER_KEY,
            "WORKING_DAYS_KEY": WORKING_DAYS_KEY,
            "STATEMENTS": compiled,
        },
    )
