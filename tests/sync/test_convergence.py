"""Property-based convergence of team sync: five laptops (two salespeople and an analyst
of North, their manager, a salesperson of South) work offline through the app's services
while connections are cut mid-push and mid-pull, requests are replayed out of order, the
server restarts and a laptop is put back from an old backup. Once everyone has synced
twice, every laptop holds exactly what the server says its person may see, no change the
server acknowledged is lost, and nothing waits in any outbox.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select

from tests.server_fixtures import ServerDb
from tests.sync import model
from workbench.domain.models import Opportunity, OpportunityShare, Stage, Task
from workbench.domain.pipeline import Pipeline
from workbench.errors import WorkbenchError
from workbench.services import maintenance
from workbench.services.accounts import AccountInput, create_account, update_account
from workbench.services.catalog import save_price_list
from workbench.services.offers.drafts import create_offer
from workbench.services.opportunities import (
    OpportunityInput,
    create_opportunity,
    move_opportunity,
    update_opportunity,
)
from workbench.services.sharing import share_opportunity, unshare_opportunity
from workbench.services.sync import engine as sync_engine
from workbench.services.sync.transport import SyncError
from workbench.services.tasks import add_task, complete_task
from workbench.sync.protocol import MAX_BATCH, MAX_PAGE

LAPTOPS = ["anna", "ben", "mia", "ivo", "sam"]
OTHER_TEAM = {"North": "sam", "South": "anna"}
TEAM_OF = {name: team for name, (team, _role, _dept) in model.PEOPLE.items()}
TITLES = ["Harbour cranes", "Cold store", "Wind farm", "Forklift fleet", "Dock gates"]
NOTES = ["", "Call back Monday", "Needs two cranes", "Budget approved", "Ü – ø – 漢字"]

names = st.sampled_from(LAPTOPS)
picks = st.integers(0, 1_000)


def _pipeline(db: Any) -> uuid.UUID:
    with db.read() as s:
        return s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()  # type: ignore[no-any-return]


def _input(opp: Opportunity) -> OpportunityInput:
    return OpportunityInput(
        title=opp.title,
        pipeline_id=opp.pipeline_id,
        stage_id=opp.stage_id,
        account_id=opp.account_id,
        contact_id=opp.contact_id,
        amount=opp.value.amount,
        currency=opp.currency,
        expected_close=opp.expected_close,
        owner_id=opp.owner_id,
        notes=opp.notes,
    )


def make_machine(server_db: ServerDb, tmp_root: Path) -> type[RuleBasedStateMachine]:
    template = model.laptop_template(Path(tempfile.mkdtemp(dir=tmp_root)))

    class Team(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            model.reset_server(server_db.engine)
            self.ids = model.make_people(server_db.engine)
            self.server = model.Server(server_db.engine, server_db.url)
            self.folder = Path(tempfile.mkdtemp(dir=tmp_root))
            self.laptops: dict[str, model.Laptop] = {}
            self.deals: list[uuid.UUID] = []  # in the order they were made, on any laptop
            self.lists = 0
            # The first sync moves the seeded settings in whole batches; the rest of the
            # run in small ones.
            sync_engine.MAX_BATCH, sync_engine.MAX_PAGE = MAX_BATCH, MAX_PAGE
            for name in ["mia", *[n for n in LAPTOPS if n != "mia"]]:
                machine = model.make_laptop(self.server, template, self.folder, name)
                self.laptops[name] = machine
                machine.sync()
            sync_engine.MAX_BATCH, sync_engine.MAX_PAGE = 4, 7

        def teardown(self) -> None:
            try:
                self.final_check()
            finally:
                for machine in self.laptops.values():
                    machine.db.close()
                self.server.close()

        # -- helpers ------------------------------------------------------------------------

        def _deal(self, who: str, pick: int) -> Opportunity | None:
            db = self.laptops[who].db
            with db.read() as s:
                here = [
                    opp
                    for i in self.deals
                    if (opp := s.get(Opportunity, i)) is not None and not opp.deleted
                ]
            return here[pick % len(here)] if here else None

        def _try(self, action: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return action(*args, **kwargs)
            except WorkbenchError:
                return None  # the app told the person no; nothing was written

        # -- offline work -------------------------------------------------------------------

        @initialize(who=st.lists(names, min_size=1, max_size=3))
        def first_deals(self, who: list[str]) -> None:
            for name in who:
                self.create_deal(name, TITLES[len(self.deals) % len(TITLES)], 10_000)

        @rule(who=names, title=st.sampled_from(TITLES), amount=st.integers(0, 90_000))
        def create_deal(self, who: str, title: str, amount: int) -> None:
            db = self.laptops[who].db
            account = create_account(db, AccountInput(name=f"{title} Ltd"))
            deal = create_opportunity(
                db,
                OpportunityInput(
                    title=title,
                    pipeline_id=_pipeline(db),
                    account_id=account,
                    amount=Decimal(amount),
                ),
            )
            self.deals.append(deal)

        @rule(
            who=names,
            pick=picks,
            change=st.one_of(
                st.builds(lambda v: {"amount": Decimal(v)}, st.integers(0, 90_000)),
                st.builds(lambda v: {"title": v}, st.sampled_from(TITLES)),
                st.builds(lambda v: {"notes": v}, st.sampled_from(NOTES)),
                st.builds(
                    lambda d: {"expected_close": date(2027, 1, 1) + timedelta(days=d)},
                    st.integers(0, 400),
                ),
            ),
        )
        def edit_deal(self, who: str, pick: int, change: dict[str, Any]) -> None:
            opp = self._deal(who, pick)
            if opp is not None:
                db = self.laptops[who].db
                self._try(update_opportunity, db, opp.id, replace(_input(opp), **change))

        @rule(who=names, pick=picks, stage=st.integers(0, 10))
        def move_deal(self, who: str, pick: int, stage: int) -> None:
            opp = self._deal(who, pick)
            if opp is None:
                return
            db = self.laptops[who].db
            with db.read() as s:
                stages = list(
                    s.scalars(
                        select(Stage.id)
                        .where(Stage.pipeline_id == opp.pipeline_id, Stage.deleted.is_(False))
                        .order_by(Stage.position)
                    )
                )
            self._try(move_opportunity, db, opp.id, stages[stage % len(stages)])

        @rule(who=names, pick=picks)
        def delete_deal(self, who: str, pick: int) -> None:
            opp = self._deal(who, pick)
            if opp is None:
                return
            with self.laptops[who].db.unit_of_work() as uow:
                row = uow.session.get(Opportunity, opp.id)
                assert row is not None
                uow.soft_delete(row)

        @rule(who=names, pick=picks, colleague=st.sampled_from(LAPTOPS))
        def share_deal(self, who: str, pick: int, colleague: str) -> None:
            opp = self._deal(who, pick)
            if opp is not None:
                self._try(share_opportunity, self.laptops[who].db, opp.id, self.ids[colleague])

        @rule(who=names, pick=picks)
        def unshare_deal(self, who: str, pick: int) -> None:
            opp = self._deal(who, pick)
            if opp is None:
                return
            db = self.laptops[who].db
            with db.read() as s:
                people = list(
                    s.scalars(
                        select(OpportunityShare.user_id)
                        .where(
                            OpportunityShare.opportunity_id == opp.id,
                            OpportunityShare.deleted.is_(False),
                        )
                        .order_by(OpportunityShare.created_at)
                    )
                )
            if people:
                self._try(unshare_opportunity, db, opp.id, people[0])

        @rule(who=names, pick=picks)
        def reassign_to_other_team(self, who: str, pick: int) -> None:
            opp = self._deal(who, pick)
            if opp is None:
                return
            owner = next((n for n, i in self.ids.items() if i == opp.owner_id), "anna")
            target = OTHER_TEAM[TEAM_OF[owner] or "North"]
            db = self.laptops[who].db
            change = replace(_input(opp), owner_id=self.ids[target])
            self._try(update_opportunity, db, opp.id, change)

        @rule(who=names, pick=picks)
        def make_offer(self, who: str, pick: int) -> None:
            opp = self._deal(who, pick)
            if opp is not None:
                self._try(create_offer, self.laptops[who].db, opp.id)

        @rule(who=names, pick=picks)
        def delegate_to_analyst(self, who: str, pick: int) -> None:
            opp = self._deal(who, pick)
            if opp is not None:
                db = self.laptops[who].db
                self._try(
                    add_task,
                    db,
                    "Price the project",
                    opportunity_id=opp.id,
                    assignee_id=self.ids["ivo"],
                )

        @rule(who=names, pick=picks, task=picks)
        def complete_a_task(self, who: str, pick: int, task: int) -> None:
            opp = self._deal(who, pick)
            if opp is None:
                return
            db = self.laptops[who].db
            with db.read() as s:
                open_tasks = list(
                    s.scalars(
                        select(Task.id)
                        .where(
                            Task.opportunity_id == opp.id,
                            Task.done_at.is_(None),
                            Task.deleted.is_(False),
                        )
                        .order_by(Task.created_at, Task.title)
                    )
                )
            if open_tasks:
                self._try(complete_task, db, open_tasks[task % len(open_tasks)])

        @rule(who=names)
        def make_price_list(self, who: str) -> None:
            # The team's settings: the manager's is taken, a salesperson's refused.
            self.lists += 1
            self._try(save_price_list, self.laptops[who].db, None, f"{who}'s list {self.lists}")

        @rule(who=names, pick=picks, name=st.sampled_from(TITLES))
        def rename_account(self, who: str, pick: int, name: str) -> None:
            opp = self._deal(who, pick)
            if opp is not None and opp.account_id is not None:
                db = self.laptops[who].db
                self._try(update_account, db, opp.account_id, AccountInput(name=f"{name} AG"))

        # -- syncing, and what goes wrong ------------------------------------------------

        @rule(who=names)
        def sync(self, who: str) -> None:
            self.laptops[who].sync()

        @rule(who=names)
        def sync_cut_mid_push(self, who: str) -> None:
            machine = self.laptops[who]
            before = len(self.server.pushes)
            machine.wire.cut_push = True
            with contextlib.suppress(SyncError):
                machine.sync()
            machine.wire.cut_push = False
            if len(self.server.pushes) > before:
                lost = self.server.pushes[-1]
                # The resend carries the same change ids: the server gives its first answer
                # again (`duplicate`, or `refused` for a change it refused).
                machine.sync()
                resent = {
                    r["id"]: r["status"]
                    for p in self.server.pushes[before + 1 :]
                    if p.laptop == who
                    for r in p.answer.get("results", [])
                }
                for result in lost.answer.get("results", []):
                    if result["id"] in resent:
                        again = "refused" if result["status"] == "refused" else "duplicate"
                        assert resent[result["id"]] == again, (result, resent)

        @rule(who=names, pages=st.integers(0, 3))
        def sync_cut_mid_pull(self, who: str, pages: int) -> None:
            machine = self.laptops[who]
            machine.wire.cut_pull_after = pages
            with contextlib.suppress(SyncError):
                machine.sync()
            machine.wire.cut_pull_after = None

        @rule(pick=picks, second=picks)
        def replay_old_requests(self, pick: int, second: int) -> None:
            done = [p for p in self.server.pushes if p.status == 200]
            if not done:
                return
            # Two recorded pushes arrive again, the later one first.
            chosen = sorted({pick % len(done), second % len(done)}, reverse=True)
            for push in (done[i] for i in chosen):
                answer = self.server.client.post(
                    "/v1/push",
                    content=json.dumps(push.body),
                    headers={
                        "Authorization": f"Bearer {push.token}",
                        "Content-Type": "application/json",
                    },
                )
                assert answer.status_code == 200, answer.text
                first = {r["id"]: r for r in push.answer["results"]}
                for result in answer.json()["results"]:
                    before = first[result["id"]]
                    again = "refused" if before["status"] == "refused" else "duplicate"
                    assert result["status"] == again, result
                    assert result["seq"] == before["seq"], (result, first)

        @rule()
        def restart_server(self) -> None:
            self.server.restart()

        @rule(who=names)
        def take_backup(self, who: str) -> None:
            machine = self.laptops[who]
            target = self.folder / f"{who}-backup-{len(machine.backups)}.sqlite"
            machine.backups.append(maintenance.backup(machine.path, target))

        @rule(who=names, pick=picks)
        def restore_old_backup(self, who: str, pick: int) -> None:
            machine = self.laptops[who]
            if not machine.backups:
                return
            source = machine.backups[pick % len(machine.backups)]
            machine.db.close()
            maintenance.restore(machine.path, source)
            machine.reopen()

        # -- the end -------------------------------------------------------------------------

        def final_check(self) -> None:
            for _round in range(2):
                for name in LAPTOPS:
                    self.laptops[name].sync()
            problems: list[str] = []
            engine = self.server.engine
            for name in LAPTOPS:
                machine = self.laptops[name]
                have = model.replica(machine.db)
                want = model.server_view(engine, self.ids[name])
                problems += [f"{name}: {p}" for p in model.differences(have, want)]
                if machine.outbox():
                    problems.append(f"{name}: {machine.outbox()} outbox entries left")
                if machine.failures():
                    problems.append(f"{name}: {machine.failures()} changes backed off")
            problems += acknowledged_changes_kept(self.server, self.ids)
            assert not problems, "\n".join(problems[:40])

    return Team


def acknowledged_changes_kept(server: model.Server, ids: dict[str, uuid.UUID]) -> list[str]:
    """Every value the server answered `applied` for is still the server's (same stamp,
    same value) or was superseded by a later stamp."""
    rows = server.rows()
    problems = []
    for push, change, _result in model.applied_fields(server.pushes):
        key = (change["table"], uuid.UUID(change["row"]))
        stored = rows.get(key)
        if stored is None:
            problems.append(f"{push.laptop}: {key} was applied and is not on the server")
            continue
        for name, (value, stamp) in change["fields"].items():
            if name in ("id", "stamp"):
                continue
            meta = stored["fields"].get(name)
            if meta is None or meta[0] < stamp:
                problems.append(
                    f"{push.laptop}: {key}.{name}={value!r} at {stamp} applied, server has {meta}"
                )
            elif meta[0] == stamp and stored["data"].get(name) != value:
                problems.append(
                    f"{push.laptop}: {key}.{name}={value!r} at {stamp} applied, server holds "
                    f"{stored['data'].get(name)!r} with the same stamp"
                )
    return problems


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    # Small pushes and pages, so that a few dozen changes already span several of each and
    # a cut can fall between them (the machine sets them; this puts them back afterwards).
    monkeypatch.setattr(sync_engine, "MAX_BATCH", MAX_BATCH)
    monkeypatch.setattr(sync_engine, "MAX_PAGE", MAX_PAGE)


@pytest.mark.usefixtures("small_batches")
def test_team_converges(server_db: ServerDb, tmp_path: Path) -> None:
    machine = make_machine(server_db, tmp_path)
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=6,
            stateful_step_count=30,
            deadline=None,
            # A run has five databases and a server: shrinking a failing one takes many
            # minutes, and the printed steps are readable unshrunk.
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
            suppress_health_check=list(HealthCheck),
        ),
    )


def _pull_everything(client: Any, token: str, limit: int) -> dict[tuple[str, str], str]:
    """(table, row) -> op of every change a person receives from cursor 0, by pages."""
    seen: dict[tuple[str, str], str] = {}
    cursor = 0
    while True:
        answer = client.get(
            "/v1/pull",
            params={**model.versions(), "cursor": cursor, "limit": limit},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert answer.status_code == 200, answer.text
        page = answer.json()
        assert len(page["changes"]) <= limit
        for change in page["changes"]:
            seen[(change["table"], change["row"])] = change["op"]
        assert page["cursor"] > cursor or not page["more"], page
        cursor = page["cursor"]
        if not page["more"]:
            return seen


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8])
def test_small_pages_bring_what_one_page_brings(laptop: Any, team: Any, limit: int) -> None:
    """A page holds rows changed after the cursor and rows newly shared with the caller
    (grants); however the two interleave, a small page size must not skip any."""
    anna = laptop("anna")
    anna.login()
    anna.sync()
    db = anna.db
    deals = []
    for title in TITLES[:3]:
        account = create_account(db, AccountInput(name=f"{title} Ltd"))
        deals.append(
            create_opportunity(
                db, OpportunityInput(title=title, pipeline_id=_pipeline(db), account_id=account)
            )
        )
    anna.sync()
    for deal in deals:  # grants for ben, interleaved with new company rows
        share_opportunity(db, deal, team.ids["ben"])
        create_account(db, AccountInput(name=f"After {deal}"))
        anna.sync()
    answer = team.client.post(
        "/v1/login",
        json={**model.versions(), "user": "ben", "password": model.PASSWORD, "node": "bennode"},
    )
    token = answer.json()["token"]
    whole = _pull_everything(team.client, token, 2000)
    paged = _pull_everything(team.client, token, limit)
    assert sorted(set(whole) - set(paged)) == []
    assert paged == whole


def test_an_edit_after_a_restart_is_later_than_what_was_pulled(
    laptop: Any, team: Any, tmp_path: Path
) -> None:
    """docs/sync.md: "the HLC advances past every pulled stamp, so the next local edit is
    later than everything seen". A colleague's clock runs an hour fast; ben pulls her
    edit, closes the app, opens it again and edits the same field: his edit, made after
    seeing hers, must win, with no conflict record claiming he never saw hers."""
    from workbench.services.setup import open_workbench
    from workbench.services.sync.conflicts import open_conflicts
    from workbench.services.sync.engine import SyncEngine

    anna, ben = laptop("anna"), laptop("ben")
    for machine in (anna, ben):
        machine.login()
        machine.sync()
    db = anna.db
    account = create_account(db, AccountInput(name="Clock Ltd"))
    deal = create_opportunity(
        db, OpportunityInput(title="Skewed", pipeline_id=_pipeline(db), account_id=account)
    )
    share_opportunity(db, deal, team.ids["ben"])
    wall = db.clock._wall
    db.clock._wall = lambda: wall() + 3_600_000  # anna's laptop clock is an hour fast
    opp = anna.deal(deal)
    update_opportunity(db, deal, replace(_input(opp), notes="anna's note"))
    anna.sync()
    ben.sync()
    assert ben.deal(deal).notes == "anna's note"

    ben.db.close()  # the app is closed and opened again
    ben.db = open_workbench(tmp_path / "ben.sqlite").db
    ben.sync_engine = SyncEngine(ben.db, client=team.client)
    update_opportunity(ben.db, deal, replace(_input(ben.deal(deal)), notes="ben's answer"))
    ben.sync()
    anna.sync()
    assert ben.deal(deal).notes == "ben's answer"
    assert anna.deal(deal).notes == "ben's answer"
    assert open_conflicts(ben.db) == []


def test_a_refusal_whose_answer_was_lost_is_still_a_refusal(
    server_db: ServerDb, tmp_path: Path
) -> None:
    """A salesperson's new price list is refused (the team's settings). When the answer
    to that push is lost, the resend is answered `duplicate`: the laptop must still treat
    it as refused (keep the values in sync_refused, drop the row the team doesn't have),
    not as accepted."""
    from workbench.domain.catalog import PriceList
    from workbench.services.catalog import save_price_list

    model.make_people(server_db.engine)
    server = model.Server(server_db.engine, server_db.url)
    template = model.laptop_template(tmp_path)
    machines = [model.make_laptop(server, template, tmp_path, n) for n in ("mia", "anna")]
    try:
        for machine in machines:
            machine.sync()
        anna = machines[1]
        price_list = save_price_list(anna.db, None, "Anna's secret prices")
        anna.wire.cut_push = True
        with contextlib.suppress(SyncError):
            anna.sync()
        anna.sync()
        answers = [
            r["status"] for p in server.pushes if p.laptop == "anna" for r in p.answer["results"]
        ]
        assert answers[-2:] == ["refused", "refused"]  # the first answer, again
        with anna.db.read() as s:
            assert s.get(PriceList, price_list) is None
        assert [r.row_id for r in anna.refused()] == [price_list]
        assert anna.outbox() == 0
    finally:
        for machine in machines:
            machine.db.close()
        server.close()


def test_a_deal_handed_over_before_its_first_sync_leaves_the_makers_laptop(
    laptop: Any, team: Any
) -> None:
    """ben makes a deal offline and hands it to sam (South) before syncing: after the sync
    it is sam's, and ben, who does not see South's deals, keeps no stale copy that would
    never be updated again."""
    ben, sam = laptop("ben"), laptop("sam")
    for machine in (ben, sam):
        machine.login()
        machine.sync()
    db = ben.db
    account = create_account(db, AccountInput(name="Handover Ltd"))
    deal = create_opportunity(
        db, OpportunityInput(title="Handed over", pipeline_id=_pipeline(db), account_id=account)
    )
    update_opportunity(db, deal, replace(_input(ben.deal(deal)), owner_id=team.ids["sam"]))
    ben.sync()
    ben.sync()
    sam.sync()
    moved = sam.deal(deal)
    assert moved is not None and moved.owner_id == team.ids["sam"]
    assert ben.deal(deal) is None
