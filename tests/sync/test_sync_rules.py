"""The rules of docs/sync.md, one by one, on a real server (PostgreSQL and SQLite)."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import func, select

from tests.sync.test_team_walkthrough import _edit, _new_deal, _pipeline
from workbench.domain.base import utcnow
from workbench.domain.meta import OutboxEntry
from workbench.domain.offers import Offer
from workbench.domain.people import User
from workbench.domain.pipeline import Pipeline, Stage
from workbench.domain.sales import Opportunity, Task
from workbench.domain.sync import RefusedChange, SyncConflict
from workbench.errors import MandatoryTasksOpen
from workbench.server import schema
from workbench.services.accounts import AccountInput, create_account
from workbench.services.demo import generate_demo
from workbench.services.offers import create_offer
from workbench.services.opportunities import (
    OpportunityInput,
    create_opportunity,
    move_opportunity,
)
from workbench.services.setup import current_user_id
from workbench.services.sync.conflicts import open_conflicts, restore_mine
from workbench.services.sync.engine import SyncEngine
from workbench.services.sync.transport import Offline, UpdateRequired
from workbench.services.tasks import add_task, complete_task
from workbench.services.today import today_list
from workbench.store.uow import UnitOfWork


def _waiting(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def test_a_delegated_task_reaches_the_analyst_and_its_completion_opens_the_gate(
    laptop, team
) -> None:
    anna, ivo = laptop("anna"), laptop("ivo")
    for machine in (anna, ivo):
        machine.login()
        machine.sync()
    deal = _new_deal(anna.db, "Dock extension")
    with anna.db.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None
        stages = s.scalars(
            select(Stage.id).where(Stage.pipeline_id == opp.pipeline_id).order_by(Stage.position)
        ).all()
    task = add_task(
        anna.db,
        "Price the project",
        opportunity_id=deal,
        assignee_id=team.ids["ivo"],
        mandatory=True,
        due_at=utcnow() - timedelta(hours=1),
    )
    with pytest.raises(MandatoryTasksOpen):
        move_opportunity(anna.db, deal, stages[1])
    anna.sync()
    ivo.sync()

    today = today_list(ivo.db)
    (item,) = [i for i in today.delegated if i.id == task]
    assert item.detail == "Dock extension · Dock extension Ltd · for anna"
    assert item.late and not [i for i in today.overdue + today.due_today if i.id == task]
    complete_task(ivo.db, task)
    ivo.sync()
    anna.sync()
    with anna.db.read() as s:
        done = s.get(Task, task)
        assert done is not None and done.done_at is not None
    move_opportunity(anna.db, deal, stages[1])  # the gate is open
    # With the task done, the deal is no longer the analyst's business.
    ivo.sync()
    assert ivo.deal(deal) is None


def test_a_laptop_with_local_data_keeps_it_and_uploads_it_as_the_signed_in_person(
    laptop, team
) -> None:
    anna, mia = laptop("anna"), laptop("mia")
    generate_demo(anna.db, 30, seed=3)
    with anna.db.read() as s:
        before = set(s.scalars(select(Opportunity.id).where(Opportunity.deleted.is_(False))))
        local_people = set(s.scalars(select(User.id)))
    mia.login()
    mia.sync()
    anna.login()
    anna.sync()

    assert anna.deal_ids() == before
    with anna.db.read() as s:
        owners = set(s.scalars(select(Opportunity.owner_id)))
        people = set(s.scalars(select(User.id)))
        pipelines = s.scalar(select(func.count()).select_from(Pipeline))
    assert owners == {team.ids["anna"]}
    assert people == set(team.ids.values())  # the server's people replaced the local ones
    assert not (people & local_people)
    with mia.db.read() as s:
        # the seeded pipelines are the same rows on every laptop, not duplicates
        assert s.scalar(select(func.count()).select_from(Pipeline)) == pipelines
    mia.sync()
    assert before <= mia.deal_ids()
    assert _waiting(anna.db) == 0
    with anna.db.read() as s:
        assert s.scalar(select(func.count()).select_from(RefusedChange)) == 0


def test_a_database_synced_as_one_person_refuses_to_sign_in_as_another(laptop) -> None:
    anna = laptop("anna")
    anna.login()
    with pytest.raises(Exception, match="synced as anna"):
        anna.login("ben")


def test_offer_numbers_made_before_sign_in_are_kept_unique(laptop, team) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    offers = {}
    for machine in (anna, ben):
        account = create_account(machine.db, AccountInput(name="Quay Ltd"))
        offers[machine.name] = create_offer(machine.db, account_id=account)
    with anna.db.read() as s:
        number = s.get(Offer, offers["anna"]).number  # type: ignore[union-attr]
    with ben.db.read() as s:
        assert s.get(Offer, offers["ben"]).number == number  # type: ignore[union-attr]
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    with ben.db.read() as s:
        renumbered = s.get(Offer, offers["ben"]).number  # type: ignore[union-attr]
    assert renumbered != number and renumbered.startswith(number + "-")
    # Made after sign-in, numbers carry the device code and never clash.
    account = create_account(anna.db, AccountInput(name="Pier Ltd"))
    later = create_offer(anna.db, account_id=account)
    with anna.db.read() as s:
        code = anna.db.get_meta("sync.device_code")
        assert f"-{code}-" in s.get(Offer, later).number  # type: ignore[union-attr]
    anna.sync()
    with team.engine.connect() as c:
        numbers = [
            r.data["number"]
            for r in c.execute(select(schema.row.c.data).where(schema.row.c.table_name == "offer"))
        ]
    assert len(numbers) == len(set(numbers)) == 3


def test_a_delete_beside_a_concurrent_edit_keeps_the_edit_and_tells_the_editor(
    laptop, team
) -> None:
    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    deal = _new_deal(anna.db, "Ferry terminal")
    from workbench.services.sharing import share_opportunity

    share_opportunity(anna.db, deal, team.ids["ben"])
    anna.sync()
    ben.sync()
    _edit(ben.db, deal, notes="Second meeting on Friday")
    with anna.db.unit_of_work() as uow:
        opp = uow.session.get(Opportunity, deal)
        assert opp is not None
        uow.soft_delete(opp)
    anna.sync()
    ben.sync()
    anna.sync()
    for machine in (anna, ben):
        stored = machine.deal(deal)
        assert stored is not None and stored.deleted  # delete wins everywhere
        assert stored.notes == "Second meeting on Friday"  # and the edit is kept on it
    (conflict,) = open_conflicts(ben.db)
    assert conflict.field == "deleted" and conflict.winner == "anna"
    restore_mine(ben.db, conflict.id)  # ben brings the deal back
    ben.sync()
    anna.sync()
    assert not anna.deal(deal).deleted  # type: ignore[union-attr]


def test_a_salespersons_change_of_the_team_settings_is_refused_and_kept(laptop, team) -> None:
    anna, mia = laptop("anna"), laptop("mia")
    for machine in (mia, anna):
        machine.login()
        machine.sync()
    with anna.db.read() as s:
        stage_id = s.scalars(select(Stage.id).order_by(Stage.position)).first()
    with anna.db.unit_of_work() as uow:
        stage = uow.session.get(Stage, stage_id)
        assert stage is not None
        original = stage.name
        stage.name = "Call them all"
    deal = _new_deal(anna.db, "Breakwater")  # a change behind the refused one
    report = anna.sync()
    assert len(report.refused) == 1 and "manager" in report.refused[0]
    assert deal in anna.deal_ids()
    with anna.db.read() as s:
        assert s.get(Stage, stage_id).name == original  # type: ignore[union-attr]
        (refused,) = s.scalars(select(RefusedChange)).all()
        assert json.loads(refused.values)["name"][0] == "Call them all"
    assert _waiting(anna.db) == 0
    # The manager may.
    with mia.db.unit_of_work() as uow:
        uow.session.get(Stage, stage_id).name = "Find the right customer"  # type: ignore[union-attr]
    mia.sync()
    anna.sync()
    with anna.db.read() as s:
        assert s.get(Stage, stage_id).name == "Find the right customer"  # type: ignore[union-attr]


def test_offline_is_normal_and_loses_nothing(laptop, team, tmp_path) -> None:
    anna = laptop("anna")
    anna.login()
    anna.sync()
    deal = _new_deal(anna.db, "Lighthouse")
    offline = SyncEngine(anna.db, client=httpx.Client(transport=_Unreachable()))
    with pytest.raises(Offline):
        offline.sync()
    assert offline.status().last_error and _waiting(anna.db) > 0
    anna.sync()
    assert _waiting(anna.db) == 0
    with team.engine.connect() as c:
        assert c.scalar(select(schema.row.c.seq).where(schema.row.c.row_id == deal))


def test_an_older_app_is_told_to_update_and_keeps_its_changes(laptop, team, monkeypatch) -> None:
    anna = laptop("anna")
    anna.login()
    _new_deal(anna.db, "Slipway")
    waiting = _waiting(anna.db)
    monkeypatch.setattr("workbench.services.sync.engine.head_revision", lambda: "0006")
    with pytest.raises(UpdateRequired, match="update"):
        anna.sync()
    assert _waiting(anna.db) == waiting
    with team.engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(schema.change)) == 0


def test_pulled_values_never_overwrite_a_pending_local_edit(laptop, team) -> None:
    """An edit made after the push and before the pull (the window's writer keeps
    working during a sync) is not overwritten by the server's older value."""
    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    deal = _new_deal(anna.db, "Crane hire")
    from workbench.services.sharing import share_opportunity

    share_opportunity(anna.db, deal, team.ids["ben"])
    anna.sync()
    ben.sync()
    _edit(ben.db, deal, amount=Decimal("5000"))
    ben.sync()
    _edit(anna.db, deal, title="Crane hire (3 months)")
    # anna pulls without pushing first (as a pull racing a new edit would)
    transport = anna.sync_engine._transport()
    from workbench.services.sync.engine import SyncReport

    anna.sync_engine._pull_all(transport, SyncReport(), None, 0.0)
    stored = anna.deal(deal)
    assert stored is not None
    assert stored.title == "Crane hire (3 months)" and stored.amount_minor == 500_000
    anna.sync()
    ben.sync()
    assert ben.deal(deal).title == "Crane hire (3 months)"  # type: ignore[union-attr]
    assert open_conflicts(anna.db) == [] and open_conflicts(ben.db) == []


class _Unreachable(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)


def test_current_user_is_the_servers_after_sign_in(laptop, team) -> None:
    anna = laptop("anna")
    anna.login()
    assert current_user_id(anna.db) == team.ids["anna"]
    deal = create_opportunity(
        anna.db, OpportunityInput(title="Tugboat", pipeline_id=_pipeline(anna.db))
    )
    assert anna.deal(deal).owner_id == team.ids["anna"]  # type: ignore[union-attr]
    with anna.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
    _ = UnitOfWork, uuid


def test_purged_tombstones_send_a_laptop_offline_that_long_back_to_the_start(
    laptop, team, server_db, capsys, caplog
) -> None:
    from datetime import UTC, datetime

    from workbench.server.cli import main as server_main

    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    old = _new_deal(anna.db, "Old pier")
    kept = _new_deal(anna.db, "New pier")
    anna.sync()
    with anna.db.unit_of_work() as uow:
        uow.soft_delete(uow.session.get(Opportunity, old))  # type: ignore[arg-type]
    anna.sync()
    long_ago = datetime.now(UTC) - timedelta(days=200)
    with team.engine.begin() as c:
        c.execute(schema.row.update().where(schema.row.c.row_id == old).values(deleted_at=long_ago))
    assert server_main(["--database", server_db.url, "purge", "--days", "30"]) == 2
    assert server_main(["--database", server_db.url, "purge"]) == 0
    assert "Purged 1 deleted record(s)" in capsys.readouterr().out
    with team.engine.connect() as c:
        assert c.scalar(select(schema.row.c.seq).where(schema.row.c.row_id == old)) is None
    # ben's cursor is older than the purge: his next pull starts again from zero.
    _edit(ben.db, _new_deal(ben.db, "Ben's own"), notes="kept")
    with caplog.at_level("WARNING", logger="workbench.services.sync.engine"):
        report = ben.sync()
    assert "pulling from 0" in caplog.text
    assert report.pulled >= len(team.ids) + 2  # the people and teams came again
    with ben.db.read() as s:
        assert s.get(Opportunity, kept) is None  # anna's deals are not his to see
    assert _waiting(ben.db) == 0


class _FailingOn(httpx.BaseTransport):
    """A proxy in front of the real server that fails (500) every push carrying one
    row, as a server bug triggered by one change would."""

    def __init__(self, inner: httpx.BaseTransport, poison: uuid.UUID) -> None:
        self.inner, self.poison, self.healed = inner, str(poison), False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if (
            not self.healed
            and request.url.path == "/v1/push"
            and self.poison in request.content.decode()
        ):
            return httpx.Response(500, json={"error": "server_error", "message": "boom"})
        return self.inner.handle_request(request)


def test_a_change_the_server_fails_on_is_backed_off_and_never_blocks_the_rest(laptop, team) -> None:
    from workbench.domain.sync import SyncFailure

    anna = laptop("anna")
    anna.login()
    anna.sync()
    poison = _new_deal(anna.db, "Poisoned")
    healthy = [_new_deal(anna.db, f"Healthy {i}") for i in range(3)]
    proxy = _FailingOn(team.client._transport, poison)
    flaky = SyncEngine(anna.db, client=httpx.Client(transport=proxy, base_url="http://testserver"))
    report = flaky.sync()
    # the deal, and its history event and checklist task that name it
    assert report.failed >= 1 and report.pushed > 3
    assert flaky.status().failing == report.failed
    with team.engine.connect() as c:
        on_server = set(
            c.scalars(select(schema.row.c.row_id).where(schema.row.c.table_name == "opportunity"))
        )
    assert set(healthy) <= on_server and poison not in on_server
    # Backed off: the next sync leaves it alone until its time comes.
    assert flaky.sync().failed == 0 and flaky.status().failing == report.failed
    with anna.db.write_sessions.begin() as s:
        s.execute(SyncFailure.__table__.update().values(retry_at=utcnow() - timedelta(seconds=1)))
    proxy.healed = True
    flaky.sync()  # no new local write was needed
    assert flaky.status().failing == 0 and _waiting(anna.db) == 0
    with team.engine.connect() as c:
        assert c.scalar(select(schema.row.c.seq).where(schema.row.c.row_id == poison))


def test_the_company_profile_and_working_days_are_the_teams(laptop, team) -> None:
    from dataclasses import replace as replaced

    from workbench.services.company import get_company, save_company
    from workbench.services.leads import set_working_days, working_days

    anna, mia = laptop("anna"), laptop("mia")
    for machine in (mia, anna):
        machine.login()
        machine.sync()
    save_company(mia.db, replaced(get_company(mia.db), name="Harbour Tech GmbH", country="DE"))
    set_working_days(mia.db, {0, 1, 2, 3})
    mia.sync()
    anna.sync()
    assert get_company(anna.db).name == "Harbour Tech GmbH"
    assert get_company(anna.db).country == "DE"
    assert working_days(anna.db) == frozenset({0, 1, 2, 3})
    # A salesperson's change is refused, kept, and the team's value shown again.
    set_working_days(anna.db, {0, 1, 2, 3, 4, 5})
    report = anna.sync()
    assert report.refused and "manager" in report.refused[0]
    assert working_days(anna.db) == frozenset({0, 1, 2, 3})


def test_the_long_poll_answers_when_a_colleague_changes_something_visible(laptop, team) -> None:
    import threading
    import time

    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    started = time.monotonic()
    assert ben.sync_engine.wait_for_team(timeout=0.6) is False  # nothing new
    assert time.monotonic() - started >= 0.5
    create_opportunity(  # not shared (and no new account): nothing ben may see
        anna.db, OpportunityInput(title="Anna's own", pipeline_id=_pipeline(anna.db))
    )
    anna.sync()
    assert ben.sync_engine.wait_for_team(timeout=0.6) is False
    answered: list[tuple[bool, float]] = []

    def waiting() -> None:
        begin = time.monotonic()
        answered.append((ben.sync_engine.wait_for_team(timeout=20), time.monotonic() - begin))

    waiter = threading.Thread(target=waiting)
    waiter.start()
    time.sleep(0.3)
    deal = _new_deal(anna.db, "Shared with ben")
    from workbench.services.sharing import share_opportunity

    share_opportunity(anna.db, deal, team.ids["ben"])
    anna.sync()
    waiter.join(timeout=20)
    assert answered and answered[0][0] is True and answered[0][1] < 5
    ben.sync()
    assert deal in ben.deal_ids()


def test_the_same_customer_entered_on_two_laptops_is_offered_for_merging(laptop, team) -> None:
    from workbench.domain.crm import Account
    from workbench.services.sync.duplicates import customer_duplicates, merge_customers

    anna, ben = laptop("anna"), laptop("ben")
    mine = create_account(anna.db, AccountInput(name="Quayside GmbH"))
    theirs = create_account(ben.db, AccountInput(name="QUAYSIDE"))
    deal = create_opportunity(
        ben.db,
        OpportunityInput(title="Quay cranes", pipeline_id=_pipeline(ben.db), account_id=theirs),
    )
    for machine in (anna, ben, anna):
        if not machine.db.get_meta("sync.user_id"):
            machine.login()
        machine.sync()
    (group,) = customer_duplicates(anna.db)
    assert group.kind == "account" and set(group.ids) == {mine, theirs}
    merge_customers(anna.db, mine, theirs)
    anna.sync()
    ben.sync()
    assert customer_duplicates(ben.db) == []
    with ben.db.read() as s:
        assert s.get(Account, theirs).deleted  # type: ignore[union-attr]
        assert s.get(Opportunity, deal).account_id == mine  # type: ignore[union-attr]


def test_the_outbox_is_no_synced_table() -> None:
    from workbench.sync.codec import BadValue, synced_tables, table_named

    assert "sync_outbox" not in synced_tables() and "opportunity" in synced_tables()
    with pytest.raises(BadValue):
        table_named("sync_outbox")


def test_the_servers_check_refuses_and_accepts_what_decode_does() -> None:
    """codec.check (the server's check of a pushed value) takes the short way for an enum's
    value and a canonical id; it must accept and refuse exactly what decode does."""
    from workbench.sync.codec import BadValue, check, decode, synced_tables

    columns = synced_tables()["activity"].columns
    samples = [
        ("kind", "call"), ("kind", "CALL"), ("kind", "no such kind"), ("kind", 3),
        ("kind", None), ("id", "5f0c6b1e-2d3a-4c5b-9e8f-0a1b2c3d4e5f"),
        ("id", "5F0C6B1E-2D3A-4C5B-9E8F-0A1B2C3D4E5F"), ("id", "5f0c6b1e2d3a4c5b9e8f0a1b2c3d4e5f"),
        ("id", "5f0c6b1e-2d3a-4c5b-9e8f-0a1b2c3d4e5"), ("id", "not an id"), ("id", 12),
        ("opportunity_id", "5f0c6b1e-2d3a-4c5b-9e8f-0a1b2c3d4e5f"), ("opportunity_id", None),
    ]  # fmt: skip
    for name, value in samples:
        try:
            decode(columns[name], value)
        except BadValue as exc:
            with pytest.raises(BadValue) as refused:
                check(columns[name], value)
            assert str(refused.value) == str(exc)
        else:
            check(columns[name], value)
