"""Activity, won and lost, slipping deals and staying in touch, against hand-worked
answers."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from workbench.domain.enums import (
    ActivityKind,
    CallOutcome,
    OfferStatus,
    ReasonKind,
    TaskKind,
)
from workbench.domain.enums import (
    EventKind as K,
)
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Lead,
    Offer,
    OfferVersion,
    Opportunity,
    Reason,
    Task,
)
from workbench.services.tasks import add_touch_calls

from .conftest import NOW, World, at, eur, row


def test_activity_per_rep_and_week_in_local_time(world: World) -> None:
    # Weeks run Monday to Sunday in Vienna: Sunday 5 April 23:30 there is already Monday
    # in some zones and 21:30 in UTC; it belongs to the week of 30 March either way here.
    world.call("Anna", "2026-04-05 23:30", CallOutcome.NO_ANSWER)  # week of 30 March
    world.call("Anna", "2026-04-06 00:10", CallOutcome.CONNECTED)  # week of 6 April
    world.call("Anna", "2026-04-07 10:00", CallOutcome.MEETING_BOOKED)
    world.call("Anna", "2026-04-07 11:00", CallOutcome.VOICEMAIL)
    world.call("Ben", "2026-04-08 11:00", CallOutcome.NOT_INTERESTED)
    world.call("Ben", "2026-04-08 15:00", CallOutcome.NO_ANSWER, ActivityKind.MEETING)
    report = world.report("activity", "2026-04-01..2026-04-30")
    anna = row(report, "by_rep", "Anna")
    assert (anna["calls"], anna["connects"], anna["meetings_booked"]) == (4, 2, 1)
    assert anna["calls_per_meeting"] == 4.0
    ben = row(report, "by_rep", "Ben")
    assert (ben["calls"], ben["connects"], ben["meetings_held"]) == (1, 1, 1)
    assert ben["calls_per_meeting"] is None  # no meeting booked: no ratio, not infinity
    weeks = {r.cells["week"]: r.cells["calls"] for r in report.table("by_week").rows if not r.total}
    assert weeks["30 Mar\u2009–\u20095 Apr 2026"] == 1 and weeks["6\u2009–\u200912 Apr 2026"] == 4
    assert row(report, "by_week", "Team")["calls"] == 5


def test_tasks_done_and_overdue_and_lead_response(world: World) -> None:
    anna = world.users["Anna"]
    with world.db.unit_of_work() as uow:
        s = uow.session
        s.add(
            Task(
                id=uuid.uuid4(),
                title="done",
                assignee_id=anna,
                due_at=at("2026-06-01 10:00"),
                done_at=at("2026-06-02 10:00"),
            )
        )
        s.add(Task(id=uuid.uuid4(), title="late", assignee_id=anna, due_at=at("2026-06-03 10:00")))
        s.add(
            Task(id=uuid.uuid4(), title="future", assignee_id=anna, due_at=NOW + timedelta(days=3))
        )
        s.add(
            Lead(
                id=uuid.uuid4(),
                last_name="L1",
                owner_id=anna,
                received_at=at("2026-06-01 08:00"),
                first_contacted_at=at("2026-06-01 10:00"),
            )
        )
        s.add(
            Lead(
                id=uuid.uuid4(),
                last_name="L2",
                owner_id=anna,
                received_at=at("2026-06-01 08:00"),
                first_contacted_at=at("2026-06-01 14:00"),
            )
        )
    report = world.report("activity", "2026-06")
    cells = row(report, "by_rep", "Anna")
    assert (cells["tasks_done"], cells["tasks_overdue"], cells["leads"]) == (1, 1, 2)
    assert cells["response_hours"] == pytest.approx(4.0)  # median of 2 h and 6 h


def _reason(world: World, kind: ReasonKind, text: str) -> uuid.UUID:
    rid = uuid.uuid4()
    with world.db.unit_of_work() as uow:
        uow.session.add(Reason(id=rid, kind=kind, label=text))
    return rid


def test_won_and_lost_reasons_competitors_and_offers(world: World) -> None:
    price = _reason(world, ReasonKind.LOST, "Price too high")
    fit = _reason(world, ReasonKind.WON, "Best fit")
    deals = [
        world.deal(
            "L1",
            "Anna",
            "2026-04-01 09:00",
            "Propose",
            "1000",
            history=[("2026-05-01 09:00", K.LOST, {})],
        ),
        world.deal(
            "L2",
            "Anna",
            "2026-04-01 09:00",
            "Propose",
            "3000",
            history=[("2026-05-02 09:00", K.LOST, {})],
        ),
        world.deal(
            "L3",
            "Ben",
            "2026-04-01 09:00",
            "Propose",
            "500",
            history=[("2026-05-03 09:00", K.LOST, {})],
        ),
        world.deal(
            "W1",
            "Ben",
            "2026-04-01 09:00",
            "Propose",
            "700",
            history=[("2026-05-04 09:00", K.WON, {})],
        ),
    ]
    with world.db.unit_of_work() as uow:
        s = uow.session
        for deal, reason, competitor in zip(
            deals, (price, price, None, fit), ("Acme", "Acme", "", ""), strict=True
        ):
            opp = s.get(Opportunity, deal)
            opp.close_reason_id, opp.competitor = reason, competitor
        for i, (status, sent, decided, discount) in enumerate(
            [
                (OfferStatus.ACCEPTED, "2026-04-01 09:00", "2026-04-11 09:00", "5"),
                (OfferStatus.ACCEPTED, "2026-04-01 09:00", "2026-04-05 09:00", "15"),
                (OfferStatus.REJECTED, "2026-04-02 09:00", "2026-04-03 09:00", "0"),
                (OfferStatus.SENT, "2026-06-02 09:00", None, "0"),
                (
                    OfferStatus.ACCEPTED,
                    "2026-03-02 09:00",
                    "2026-04-03 09:00",
                    "0",
                ),  # sent before Q2
            ]
        ):
            oid = uuid.uuid4()
            s.add(
                Offer(
                    id=oid,
                    number=f"OF-T-{i}",
                    owner_id=world.users["Anna"],
                    status=status,
                    opportunity_id=deals[0],
                )
            )
            s.add(
                OfferVersion(
                    id=uuid.uuid4(),
                    offer_id=oid,
                    version=1,
                    status=status,
                    sent_at=at(sent),
                    decided_at=at(decided) if decided else None,
                    discount_percent=Decimal(discount),
                    net_total=Decimal("100"),
                    rejection_reason_id=price if status == OfferStatus.REJECTED else None,
                )
            )
    report = world.report("won-lost")
    assert row(report, "lost_reasons", "Price too high") == {
        "reason": "Price too high",
        "deals": 2,
        "share": pytest.approx(2 / 3),
        "value": eur("4000"),
    }
    assert row(report, "lost_reasons", "No reason given")["deals"] == 1
    assert row(report, "won_reasons", "Best fit")["value"] == eur("700")
    assert row(report, "competitors", "Acme")["deals"] == 2
    offers = {r.cells["outcome"]: r.cells["offers"] for r in report.table("offers").rows}
    assert offers == {
        "Accepted": 2,
        "Rejected": 1,
        "Expired": 0,
        "Waiting for an answer": 1,
        "Sent": 4,
    }
    assert row(report, "rejections", "Price too high")["offers"] == 1
    figures = {r.cells["figure"]: r.cells["value"] for r in report.table("acceptance").rows}
    assert figures["Days to acceptance, median"] == pytest.approx(7.0)  # 10 and 4 days
    assert figures["Discount given, mean %"] == pytest.approx(10.0)


def test_slipping_deals_pushed_idle_and_stuck(world: World) -> None:
    world.deal(
        "Pushed twice",
        "Anna",
        "2026-06-01 09:00",
        "Propose",
        expected_close=date(2026, 7, 1),
        history=[
            ("2026-07-02 09:00", K.CLOSE_DATE_CHANGED, {"date": date(2026, 7, 20)}),
            (
                "2026-07-05 09:00",
                K.CLOSE_DATE_CHANGED,
                {"date": date(2026, 7, 10)},
            ),  # earlier: not a push
            ("2026-07-10 09:00", K.CLOSE_DATE_CHANGED, {"date": date(2026, 8, 9)}),
        ],
    )
    world.deal("Fresh", "Anna", "2026-07-14 09:00", "Propose")
    world.deal("Stuck", "Ben", "2026-06-01 09:00", "Qualify")  # 44 days in a 10-day stage
    report = world.report("slipping", "this-month")
    deals = {r.cells["deal"]: r.cells for r in report.table("slipping").rows}
    assert set(deals) == {"Pushed twice", "Stuck"}
    assert deals["Pushed twice"]["pushed"] == 2
    assert deals["Pushed twice"]["pushed_days"] == 19 + 30
    assert deals["Stuck"]["pushed"] == 0 and deals["Stuck"]["stage_days"] > 20
    signs = {r.cells["sign"]: r.cells["deals"] for r in report.table("signs").rows}
    assert signs["Any of these"] == 2
    # Counted by the database: the one deal whose date moved later, not the move earlier.
    assert signs["Close date pushed back in the period"] == 1


def test_staying_in_touch_lists_customers_without_contact_and_makes_call_tasks(
    world: World,
) -> None:
    accounts = {}
    with world.db.unit_of_work() as uow:
        for name in ("Quiet GmbH", "Called AG", "Recent KG", "Busy OG"):
            accounts[name] = uuid.uuid4()
            uow.session.add(Account(id=accounts[name], name=name))
    won = world.deal(
        "Quiet deal", "Anna", "2025-10-01 09:00", history=[("2025-12-01 09:00", K.WON, {})]
    )
    world.deal(
        "Called deal", "Anna", "2025-10-01 09:00", history=[("2025-12-01 09:00", K.LOST, {})]
    )
    world.deal("Recent deal", "Anna", "2026-04-01 09:00", history=[("2026-06-01 09:00", K.WON, {})])
    world.deal("Busy deal", "Ben", "2025-10-01 09:00", history=[("2025-12-01 09:00", K.WON, {})])
    world.deal("Busy next", "Ben", "2026-07-01 09:00")  # an open deal: they are in touch
    with world.db.unit_of_work() as uow:
        s = uow.session
        for title, account in (
            ("Quiet deal", "Quiet GmbH"),
            ("Called deal", "Called AG"),
            ("Recent deal", "Recent KG"),
            ("Busy deal", "Busy OG"),
            ("Busy next", "Busy OG"),
        ):
            s.scalars(
                select(Opportunity).where(Opportunity.title == title)
            ).one().account_id = accounts[account]
        s.add(
            Activity(
                id=uuid.uuid4(),
                kind=ActivityKind.CALL,
                started_at=at("2026-02-01 10:00"),
                account_id=accounts["Called AG"],
            )
        )
    report = world.report("staying-in-touch", touch_months=6)
    assert [r.cells["account"] for r in report.table("customers").rows] == ["Quiet GmbH"]
    made = add_touch_calls(world.db, [won], NOW)
    again = add_touch_calls(world.db, [won], NOW)
    assert (made, again) == (1, 0)
    with world.db.read() as s:
        task = s.scalars(select(Task).where(Task.opportunity_id == won)).one()
    assert task.kind == TaskKind.CALL and task.assignee_id == world.users["Anna"]
    assert task.title == "Call Quiet GmbH: satisfaction call, ask for a referral"


def test_staying_in_touch_counts_contact_through_a_contact_or_a_deal(world: World) -> None:
    accounts = {name: uuid.uuid4() for name in ("Via contact", "Via deal", "Before", "Deleted")}
    deals = {
        name: world.deal(
            f"{name} deal", "Anna", "2025-10-01 09:00", history=[("2025-12-01 09:00", K.WON, {})]
        )
        for name in accounts
    }
    person = uuid.uuid4()
    with world.db.unit_of_work() as uow:
        s = uow.session
        for name, account in accounts.items():
            s.add(Account(id=account, name=name))
        s.flush()
        for name, deal in deals.items():
            s.get(Opportunity, deal).account_id = accounts[name]
        s.add(Contact(id=person, last_name="Berger", account_id=accounts["Via contact"]))
        s.flush()
        for when, link, deleted in (
            ("2026-02-01 10:00", {"contact_id": person}, False),
            ("2026-03-01 10:00", {"opportunity_id": deals["Via deal"]}, False),
            ("2025-11-15 10:00", {"account_id": accounts["Before"]}, False),
            ("2026-03-01 10:00", {"account_id": accounts["Deleted"]}, True),
        ):
            s.add(
                Activity(
                    id=uuid.uuid4(),
                    kind=ActivityKind.CALL,
                    started_at=at(when),
                    deleted=deleted,
                    **link,
                )
            )
    report = world.report("staying-in-touch", touch_months=6)
    listed = {r.cells["account"]: r.cells for r in report.table("customers").rows}
    assert sorted(listed) == ["Before", "Deleted"]
    assert listed["Before"]["last_contact"] == date(2025, 11, 15)
    assert listed["Deleted"]["last_contact"] is None  # a deleted call is no contact


def test_won_and_lost_values_convert_at_the_close_days_rate(world: World) -> None:
    """A deal in another currency counts at the rate in force on its close day; one with
    no rate is named in the note, never added unconverted."""
    world.rate("USD", date(2026, 1, 1), "0.80")
    world.rate("USD", date(2026, 5, 10), "0.50")  # in force when the second deal closed
    for title, day in (("U1", "2026-05-02 09:00"), ("U2", "2026-05-12 09:00")):
        world.deal(
            title, "Ben", "2026-04-01 09:00", "Propose", "1000.01", "USD",
            history=[(day, K.LOST, {})],
        )  # fmt: skip
    world.deal(
        "C", "Ben", "2026-04-01 09:00", "Propose", "300", "CHF",
        history=[("2026-05-05 09:00", K.LOST, {})],
    )  # fmt: skip
    report = world.report("won-lost")
    lost = row(report, "lost_reasons", "No reason given")
    assert lost["deals"] == 3
    assert lost["value"] == eur("1300.02")  # 800.008 → 800.01, plus 500.005 → 500.01
    assert "1 in CHF" in report.table("lost_reasons").note
