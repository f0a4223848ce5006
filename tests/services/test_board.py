"""The board's read queries: header aggregates over every deal, filters, the idle rule."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.services.helpers import deal_in_stage, default_board_stages
from workbench.domain.base import utcnow
from workbench.domain.enums import ActivityKind, ActivityStatus
from workbench.domain.models import Activity, Opportunity, Task
from workbench.services import accounts, opportunities, sharing, tasks
from workbench.services import board as b
from workbench.services.setup import current_user_id
from workbench.store.db import Database


@pytest.fixture
def stages(db: Database) -> list[b.StageInfo]:
    return default_board_stages(db)


def add_deal(
    db: Database,
    stage: b.StageInfo,
    title: str = "Fleet renewal",
    amount: str = "1000",
    currency: str = "EUR",
    account: str | None = None,
    contact: tuple[str, str] | None = None,
    owner: uuid.UUID | None = None,
    close: date | None = None,
) -> uuid.UUID:
    account_id = (
        accounts.create_account(db, accounts.AccountInput(name=account)) if account else None
    )
    contact_id = None
    if contact:
        contact_id = accounts.create_contact(
            db,
            accounts.ContactInput(
                first_name=contact[0], last_name=contact[1], account_id=account_id
            ),
        )
    return deal_in_stage(
        db, stage, title, account_id=account_id, contact_id=contact_id, amount=amount,
        currency=currency, owner=owner, close=close,
    )  # fmt: skip


def make_idle(db: Database, opportunity_id: uuid.UUID, days: int) -> None:
    """Last progress `days` ago, and its checklist due in the past (nothing scheduled)."""
    with db.unit_of_work() as uow:
        s = uow.session
        opp = s.get(Opportunity, opportunity_id)
        assert opp is not None
        opp.last_progress_at = utcnow() - timedelta(days=days)
        for task in s.scalars(select(Task).where(Task.opportunity_id == opportunity_id)):
            task.due_at = utcnow() - timedelta(days=1)


def test_header_totals_count_every_deal_not_only_loaded_cards(
    db: Database, stages: list[b.StageInfo]
) -> None:
    me = current_user_id(db)
    first = stages[0]
    for i in range(55):
        add_deal(db, first, f"Deal {i}", amount="100.50", currency="EUR")
    for i in range(7):
        add_deal(db, first, f"UK deal {i}", amount="2000", currency="GBP")
    page = b.list_cards(db, first, stages, b.BoardFilter(), me, limit=20)
    assert len(page) == 20

    summary = b.column_summaries(db, stages, b.BoardFilter(), me)[first.id]
    assert summary.count == 62
    by_cur = {t.currency: t for t in summary.totals}
    assert by_cur["EUR"].total == b.Money(Decimal("5527.50"), "EUR")
    assert by_cur["GBP"].total_minor == 7 * 200000
    # Weighted: value x the stage's win probability.
    assert by_cur["GBP"].weighted_minor == 7 * 200000 * first.probability // 100
    assert b.format_totals(summary.totals, locale="en_GB") == "€5.5k · £14k"
    assert b.format_totals(summary.totals, weighted=True, locale="en_GB") == "€276 · £700"
    # Without exchange rates there is no converted total, only the figures per currency.
    assert summary.converted is None
    assert b.column_totals(summary, locale="en_GB") == ("€5.5k · £14k", "€276 · £700")
    assert summary.totals[0].currency == "EUR"  # most deals first
    # Closed deals leave the column and its totals.
    deal = add_deal(db, first, "Soon won", amount="50")
    opportunities.mark_lost(db, deal, _reason(db, "lost"))
    assert b.column_summaries(db, stages, b.BoardFilter(), me)[first.id].count == 62
    # Paging walks the whole column once, in a stable order.
    seen: list[uuid.UUID] = []
    while batch := b.list_cards(db, first, stages, b.BoardFilter(), me, offset=len(seen), limit=25):
        seen += [c.id for c in batch]
    assert len(seen) == len(set(seen)) == 62
    pages = b.first_pages(db, stages, b.BoardFilter(), me, page=25)
    assert [c.id for c in pages[first.id]] == seen[:25]
    assert all(not pages[s.id] for s in stages[1:])


def _reason(db: Database, kind: str) -> uuid.UUID:
    from workbench.domain.enums import ReasonKind

    return b.list_reasons(db, ReasonKind(kind))[0][0]


def test_filters_narrow_cards_and_totals(db: Database, stages: list[b.StageInfo]) -> None:
    me = current_user_id(db)
    colleague = add_user(db, "Tom Becker")
    st = stages[1]
    mine = add_deal(
        db,
        st,
        "Forklift pilot",
        "5000",
        account="Atlas Logistik GmbH",
        contact=("Greta", "Hoffmann"),
        close=date.today() + timedelta(days=10),
    )
    theirs = add_deal(
        db,
        st,
        "Solar roof",
        "90000",
        owner=colleague,
        account="Orion Bau AG",
        close=date.today() + timedelta(days=90),
    )
    shared = add_deal(db, st, "ERP rollout", "25000", owner=colleague)
    sharing.share_opportunity(db, shared, me)

    def ids(**kw: object) -> set[uuid.UUID]:
        flt = b.BoardFilter(**kw)  # type: ignore[arg-type]
        cards = {c.id for c in b.list_cards(db, st, stages, flt, me)}
        assert b.column_summaries(db, stages, flt, me)[st.id].count == len(cards)
        assert {c.id for c in b.first_pages(db, stages, flt, me)[st.id]} == cards
        return cards

    assert ids() == {mine, theirs, shared}
    assert ids(scope="mine") == {mine}
    assert ids(scope="owner", owner_id=colleague) == {theirs, shared}
    assert ids(scope="shared") == {shared}
    assert ids(search="forklift") == {mine}  # title, any case
    assert ids(search="orion") == {theirs}  # account name
    assert ids(search="greta hoff") == {mine}  # contact name
    assert ids(search="100%") == set()  # LIKE wildcards are literal
    assert ids(min_value=Decimal("20000")) == {theirs, shared}
    assert ids(min_value=Decimal("20000"), max_value=Decimal("50000")) == {shared}
    month = date.today() + timedelta(days=30)
    assert ids(close_from=date.today(), close_to=month) == {mine}
    # Overdue: an open task whose due time has passed.
    task = tasks.add_task(
        db, "Call back", opportunity_id=theirs, due_at=utcnow() - timedelta(hours=2)
    )
    assert ids(overdue=True) == {theirs}
    card = next(c for c in b.list_cards(db, st, stages, b.BoardFilter(), me) if c.id == theirs)
    assert card.overdue and card.next_task_title == "Call back"
    tasks.complete_task(db, task)
    assert ids(overdue=True) == set()


def add_user(db: Database, name: str) -> uuid.UUID:
    from workbench.domain.models import User

    with db.unit_of_work() as uow:
        user = User(id=uuid.uuid4(), name=name)
        uow.session.add(user)
    return user.id


def rotting(db: Database, stages: list[b.StageInfo], deal: uuid.UUID) -> bool:
    me = current_user_id(db)
    cards = [c for st in stages for c in b.list_cards(db, st, stages, b.BoardFilter(), me)]
    flag = next(c for c in cards if c.id == deal).rotting
    filtered = [
        c.id for st in stages for c in b.list_cards(db, st, stages, b.BoardFilter(rotting=True), me)
    ]
    assert flag == (deal in filtered)  # the card flag and the filter are one rule
    return flag


def test_idle_deal_rots_after_the_stage_target_days(
    db: Database, stages: list[b.StageInfo]
) -> None:
    st = stages[1]  # target 7 days
    fresh = add_deal(db, st, "Fresh")
    old = add_deal(db, st, "Forgotten")
    make_idle(db, fresh, st.target_days - 1)
    make_idle(db, old, st.target_days + 1)
    assert not rotting(db, stages, fresh)
    assert rotting(db, stages, old)


def test_a_scheduled_follow_up_prevents_rotting(db: Database, stages: list[b.StageInfo]) -> None:
    st = stages[1]
    deal = add_deal(db, st, "Waiting for budget")
    make_idle(db, deal, 30)
    assert rotting(db, stages, deal)
    # An open task due in the future is a scheduled follow-up.
    task = tasks.add_task(
        db,
        "Call after the budget meeting",
        opportunity_id=deal,
        due_at=utcnow() + timedelta(days=3),
    )
    assert not rotting(db, stages, deal)
    tasks.complete_task(db, task)
    assert rotting(db, stages, deal)
    # So is a planned meeting ahead.
    with db.unit_of_work() as uow:
        uow.session.add(
            Activity(
                kind=ActivityKind.MEETING,
                status=ActivityStatus.PLANNED,
                started_at=utcnow() + timedelta(days=2),
                opportunity_id=deal,
            )
        )
    assert not rotting(db, stages, deal)


def test_a_trivial_edit_does_not_reset_rotting_but_progress_does(
    db: Database, stages: list[b.StageInfo]
) -> None:
    st = stages[1]
    deal = add_deal(db, st, "Idle deal")
    make_idle(db, deal, 30)
    data = b.opportunity_details(db, deal).to_input()
    data.title = "Idle deal (renamed)"
    data.notes = "tidied up"
    opportunities.update_opportunity(db, deal, data)
    assert rotting(db, stages, deal)
    opportunities.move_opportunity(db, deal, stages[0].id)  # a stage change is progress
    assert not rotting(db, stages, deal)


def test_card_fields(db: Database, stages: list[b.StageInfo]) -> None:
    me = current_user_id(db)
    st = stages[0]
    deal = add_deal(
        db,
        st,
        "Packaging line",
        "1234.56",
        "CHF",
        account="Vega Foods AG",
        close=date.today() - timedelta(days=1),
    )
    (card,) = b.list_cards(db, st, stages, b.BoardFilter(), me)
    assert card.id == deal and card.account_name == "Vega Foods AG"
    assert str(card.value) == "1234.56 CHF"
    assert card.past_close and not card.rotting
    assert card.owner_initials  # the current user owns it
    assert card.next_task_title == "Confirm need, lasting interest and budget"
    assert b.short_amount(card.value, "en_GB") == "CHF\u00a01.2k"


def test_a_deal_of_a_deleted_account_can_still_be_edited(
    db: Database, stages: list[b.StageInfo]
) -> None:
    deal = add_deal(db, stages[0], "Fading deal", account="Closed Down GmbH")
    details = b.opportunity_details(db, deal)
    assert details.account_id is not None
    accounts.delete_account(db, details.account_id)
    details = b.opportunity_details(db, deal)
    assert (details.account_id, details.account_name) == (None, "")
    data = details.to_input()
    data.title = "Faded deal"
    opportunities.update_opportunity(db, deal, data)
    assert b.opportunity_details(db, deal).title == "Faded deal"


def test_a_moved_deal_changes_column_figures_exactly() -> None:
    # Every deal of a column is weighted by the column's one probability, so adding and
    # taking deals one at a time gives what the SQL sum over all of them gives.
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=80, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(1, 10**9), st.sampled_from(["EUR", "GBP", "pln"])),
            max_size=30,
        ),
        st.integers(0, 100),
    )
    def check(deals: list[tuple[int, str]], probability: int) -> None:
        stage = uuid.uuid4()
        summary = b.ColumnSummary(stage)
        for amount, code in deals:
            summary = summary.moved(amount, code, probability, 1)
        expected: dict[str, list[int]] = {}
        for amount, code in deals:
            n, total = expected.get(code.upper(), [0, 0])
            expected[code.upper()] = [n + 1, total + amount]
        assert summary.count == len(deals)
        assert {t.currency: (t.count, t.total_minor, t.weighted_minor) for t in summary.totals} == {
            code: (n, total, total * probability // 100) for code, (n, total) in expected.items()
        }
        for amount, code in deals:
            summary = summary.moved(amount, code, probability, -1)
        assert summary == b.ColumnSummary(stage)

    check()


def test_exchange_rates_give_each_column_one_converted_total(
    db: Database, stages: list[b.StageInfo]
) -> None:
    from workbench.services import targets

    me = current_user_id(db)
    first = stages[0]
    add_deal(db, first, "Berlin", amount="10000", currency="EUR")
    add_deal(db, first, "London", amount="2000", currency="GBP")
    add_deal(db, first, "Zürich", amount="1000", currency="CHF")
    since = date.today() - timedelta(days=3)
    targets.set_rate(db, "GBP", since, "1.2")
    partly = b.column_summaries(db, stages, b.BoardFilter(), me)[first.id]
    # CHF has no rate: adding it in at any figure would be wrong, so no converted total.
    assert partly.converted is None
    assert b.column_totals(partly, locale="en_GB")[0] == "CHF\u00a01k · €10k +1"

    targets.set_rate(db, "CHF", since, "1.05")
    summary = b.column_summaries(db, stages, b.BoardFilter(), me)[first.id]
    total = Decimal("10000") + Decimal("2400") + Decimal("1050")
    weighted = (total * first.probability / 100).quantize(Decimal("0.01"))
    assert summary.converted == (b.Money(total, "EUR"), b.Money(weighted, "EUR"))
    assert b.column_totals(summary, locale="en_GB")[0] == "≈ €13.4k"
    assert summary.rates is not None
    assert summary.rates.used(summary.totals) == [
        ("CHF", Decimal("1.05"), since),
        ("GBP", Decimal("1.2"), since),
    ]
    # A move keeps the rates: the header stays converted without a re-read.
    moved = summary.moved(100000, "GBP", first.probability, 1)
    assert moved.converted is not None
    assert moved.converted[0] == b.Money(total + Decimal("1200"), "EUR")


def test_cards_before_a_card_agree_with_the_column_order(
    db: Database, stages: list[b.StageInfo]
) -> None:
    # A missing close date sorts first, then by date, then by id: the count of cards before
    # each card is its row in the column, with or without a filter.
    today = date.today()
    closes = [None, None, today + timedelta(days=5), today + timedelta(days=5), today]
    for i, close in enumerate(closes):
        add_deal(db, stages[0], f"Deal {i}", close=close)
    me = current_user_id(db)
    for flt in (b.BoardFilter(), b.BoardFilter(search="Deal 3")):
        cards = b.list_cards(db, stages[0], stages, flt, me, limit=50)
        for row, card in enumerate(cards):
            assert b.cards_before(db, stages[0], stages, flt, me, card) == row
    # A card on its way in from another column, closing after all of them, comes last.
    late = add_deal(db, stages[1], "Moving in", close=today + timedelta(days=9))
    card = b.card_by_id(db, late, stages)
    assert card is not None
    assert b.cards_before(db, stages[0], stages, b.BoardFilter(), me, card) == len(closes)
