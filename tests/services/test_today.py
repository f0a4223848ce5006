from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from workbench.domain.business_days import ResponseFlag
from workbench.domain.enums import CallOutcome, OfferStatus, TaskKind
from workbench.domain.models import Offer, OfferVersion
from workbench.services import calls, today_rows
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.leads import LeadInput, create_lead, set_working_days
from workbench.services.setup import current_user_id
from workbench.services.tasks import add_task
from workbench.services.today import ItemKind, complete_item, today_list, undo_complete
from workbench.store.db import Database


def test_today_sections(db: Database) -> None:
    set_working_days(db, range(7))
    now = datetime.now(UTC)
    account = create_account(db, AccountInput(name="Nord AB"))
    contact = create_contact(
        db,
        ContactInput(first_name="Ola", last_name="Nord", account_id=account, phone="+46 8 123456"),
    )
    late = add_task(db, "Send brochure", contact_id=contact, due_at=now - timedelta(days=2))
    other = create_contact(
        db, ContactInput(first_name="Per", account_id=account, phone="+46 8 123456")
    )
    # (a call planned with Ola would count as the offer's follow-up)
    call = add_task(
        db, "Call Per", contact_id=other, kind=TaskKind.CALL, due_at=now + timedelta(minutes=1)
    )
    add_task(db, "Next week", contact_id=contact, due_at=now + timedelta(days=8))
    lead = create_lead(db, LeadInput(company="Waiting Ltd", received_at=now - timedelta(days=3)))
    meeting = calls.plan_meeting(
        db, calls.MeetingInput(now + timedelta(minutes=2)), contact_id=contact
    )
    offer = sent_offer(db, "A-1", account, contact, sent_at=now - timedelta(days=4))

    today = today_list(db, now=now)
    assert [i.id for i in today.overdue] == [late]
    assert [i.id for i in today.due_today] == [call] or now.hour == 23
    assert today.due_today[0].kind == ItemKind.CALL if today.due_today else True
    assert today.due_today[0].phone == "+468123456" if today.due_today else True
    assert [i.ref.lead_id for i in today.leads_waiting] == [lead]
    assert today.leads_waiting[0].flag == ResponseFlag.RED
    assert [i.ref.offer_id for i in today.offers] == [offer]
    assert "sent 4 days ago" in today.offers[0].detail
    assert [i.id for i in today.meetings] == [meeting] or now.hour == 23

    # completing an item takes it off; undo brings it back
    complete_item(db, today.overdue[0])
    assert today_list(db, now=now).overdue == []
    undo_complete(db, today.overdue[0])
    assert len(today_list(db, now=now).overdue) == 1

    # a call to the contact is the follow-up of the offer; a call to the lead its first contact
    calls.log_call(db, calls.CallInput(contact_id=contact, outcome=CallOutcome.CONNECTED))
    calls.log_call(db, calls.CallInput(lead_id=lead, outcome=CallOutcome.VOICEMAIL))
    later = today_list(db, now=datetime.now(UTC))
    assert later.offers == [] and later.leads_waiting == []


def sent_offer(
    db: Database, number: str, account: uuid.UUID, contact: uuid.UUID | None, *, sent_at: datetime
) -> uuid.UUID:
    """An offer of mine sent at `sent_at` and not followed up."""
    with db.unit_of_work() as uow:
        offer = Offer(
            number=number,
            account_id=account,
            contact_id=contact,
            owner_id=current_user_id(db),
            status=OfferStatus.SENT,
        )
        uow.session.add(offer)
        uow.session.flush()
        uow.session.add(
            OfferVersion(offer_id=offer.id, version=1, status=OfferStatus.SENT, sent_at=sent_at)
        )
    return offer.id


def _colleagues_deal(db: Database) -> uuid.UUID:
    """Anna's deal "Harbour cranes" for Harbour Ports Ltd (contact Lena Holm)."""
    from decimal import Decimal

    from workbench.domain.models import Pipeline, User
    from workbench.services.opportunities import OpportunityInput, create_opportunity

    with db.unit_of_work() as uow:
        anna = User(name="Anna Berg")
        uow.session.add(anna)
    with db.read() as s:
        pipeline = s.query(Pipeline).filter(Pipeline.is_default.is_(True)).one().id
    account = create_account(db, AccountInput(name="Harbour Ports Ltd"))
    lena = create_contact(db, ContactInput(first_name="Lena", last_name="Holm", account_id=account))
    return create_opportunity(
        db,
        OpportunityInput(
            title="Harbour cranes",
            pipeline_id=pipeline,
            account_id=account,
            contact_id=lena,
            owner_id=anna.id,
            amount=Decimal(1000),
        ),
    )


def test_tasks_on_colleagues_deals_are_listed_as_delegated_whatever_their_due(
    db: Database,
) -> None:
    me = current_user_id(db)
    deal = _colleagues_deal(db)
    now = datetime.now(UTC)
    later = add_task(
        db, "Price the project", opportunity_id=deal, assignee_id=me, due_at=now + timedelta(days=9)
    )
    undated = add_task(db, "Check the drawings", opportunity_id=deal, assignee_id=me)
    mine = add_task(db, "Own call", assignee_id=me, due_at=now - timedelta(hours=1))
    today = today_list(db)
    assert [i.id for i in today.delegated] == [later, undated]
    detail = "Harbour cranes · Harbour Ports Ltd · Lena Holm · for Anna Berg"
    assert today.delegated[0].detail == detail
    assert [i.id for i in today.overdue] == [mine]


def test_a_backlog_of_overdue_tasks_leaves_room_for_todays_and_is_counted(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under one limit for all sections, the 500 oldest overdue tasks of the 100,000-deal
    demo's salesperson (7,585 in all) hid the 317 due that day: "Due today (0)"."""
    monkeypatch.setattr(today_rows, "TASKS_SHOWN", 5)
    me = current_user_id(db)
    deal = _colleagues_deal(db)
    now = datetime.now(UTC)
    for i in range(8):
        add_task(db, f"Old {i}", due_at=now - timedelta(days=30 - i))
    add_task(
        db, "Old for Anna", opportunity_id=deal, assignee_id=me, due_at=now - timedelta(days=40)
    )
    due = [add_task(db, f"Due {i}", due_at=now + timedelta(seconds=i + 1)) for i in range(2)]
    today = today_list(db, me, now)
    assert [i.title for i in today.overdue] == [f"Old {i}" for i in range(5)]  # oldest first
    assert today.overdue_total == 8  # Anna's deal's task is counted where it is listed
    assert [i.id for i in today.due_today] == due
    assert [i.title for i in today.delegated] == ["Old for Anna"]
    not_cut = today_list(db, me, now + timedelta(days=-29, hours=-12))
    assert len(not_cut.overdue) == not_cut.overdue_total == 1


def _plans(db: Database, run: Callable[[], object]) -> dict[str, list[str]]:
    """The query plan of every SELECT `run` sends, by statement."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_a: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(db.read_engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(db.read_engine, "before_cursor_execute", capture)
    plans = {}
    with db.read_engine.connect() as conn:
        for statement, parameters in sent:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plans[statement] = [row[3] for row in rows]
    return plans


def test_todays_queries_find_their_rows_through_indexes(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today is the screen every start opens on: none of its queries reads a whole table,
    and the offers' follow-up check looks up each offer's deal, contact and account
    instead of reading every open task (540 ms against 6 ms on the 100,000-deal demo)."""
    me = current_user_id(db)
    # Every section at its limit, so the counts of cut sections run too.
    monkeypatch.setattr(today_rows, "TASKS_SHOWN", 0)
    monkeypatch.setattr(today_rows, "OFFERS_SHOWN", 0)
    plans = _plans(db, lambda: today_list(db, me))
    assert sum("count(*)" in statement for statement in plans) == 5
    for statement, plan in plans.items():
        assert not [step for step in plan if step.startswith("SCAN")], (statement, plan)
    [offers] = [
        p for s, p in plans.items() if "FROM offer JOIN offer_version" in s and "count(*)" not in s
    ]
    lookups = [step for step in offers if step.startswith(("SEARCH task", "SEARCH activity"))]
    assert len(lookups) == 5
    for step in lookups:
        assert re.search(r"\((opportunity_id|contact_id|account_id)=\?", step), step
