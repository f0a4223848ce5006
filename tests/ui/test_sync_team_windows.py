"""The "Done means" of team sync in the window (docs/sync.md, "In the window"): one
`workbench-server serve` on PostgreSQL and four app windows on four databases: anna and
ben (salespeople), mia (their manager) and ivo (an analyst).

Both salespeople change the same deal offline, come online and see the merged deal; the
clashing field is in the conflicts view of ben, whose value lost; mia's board holds both
reps' deals; the pricing task delegated to ivo is on his Today and, once he marks it done,
anna's card shows the stage gate open and the deal moves on.

Set WORKBENCH_SCREENSHOTS to a folder to save the windows at each step there (the
pictures in docs/images/ are made that way).
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from tests.server.test_server_cli import _free_port
from tests.server_fixtures import ServerDb
from tests.sync.test_cli_sync import serving
from tests.sync.test_team_walkthrough import _edit
from tests.ui.test_sync_window import _sign_in
from workbench.domain.pipeline import Pipeline, Stage
from workbench.domain.sales import Opportunity, Task
from workbench.server import auth
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.board import Card
from workbench.services.opportunities import (
    OpportunityInput,
    create_opportunity,
)
from workbench.services.setup import current_user_id, open_workbench
from workbench.services.sharing import share_opportunity
from workbench.services.sync.conflicts import open_conflicts
from workbench.services.tasks import complete_task
from workbench.store.db import Database
from workbench.ui.board import BoardArea
from workbench.ui.main_window import MainWindow
from workbench.ui.today import TodayArea

pytestmark = pytest.mark.parametrize("server_db", ["postgresql"], indirect=True)

PRICING_STAGE = "Prepare and send the offer"
NEXT_STAGE = "Follow up the offer"


@dataclass
class Seat:
    name: str
    db: Database
    window: MainWindow

    def board(self) -> BoardArea:
        board = self.window.show_area("board")
        assert isinstance(board, BoardArea)
        return board

    def today(self) -> TodayArea:
        today = self.window.show_area("today")
        assert isinstance(today, TodayArea)
        return today

    def write(self, qtbot: Any, work: Callable[[Database], Any]) -> Any:
        """A write from this window, on its write executor, as the window's own."""
        done: list[Any] = []
        self.window.ctx.writes.submit(lambda: work(self.db), done.append, done.append, self.window)
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
        assert not isinstance(done[0], BaseException), done[0]
        return done[0]

    def status(self) -> str:
        return self.window.sync_status.text.text()

    def sync_now(self, qtbot: Any) -> None:
        """F9, "Sync now", and wait for it to end."""
        self.window.activateWindow()
        self.window.sync_now_action.trigger()
        qtbot.waitUntil(lambda: self.window.sync.state.running, timeout=5000)
        qtbot.waitUntil(
            lambda: not self.window.sync.state.running and self.status().startswith("Synced"),
            timeout=20000,
        )


def _cards(board: BoardArea) -> dict[str, Card]:
    return {card.title: card for col in board.columns.values() for card in col.model.cards()}


def _shot(widget: QWidget, name: str, board: BoardArea | None = None, stage: Any = None) -> None:
    folder = os.environ.get("WORKBENCH_SCREENSHOTS")
    if folder:
        if board is not None:
            board.scroll.ensureWidgetVisible(board.columns[stage], 20, 0)
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _stage(db: Database, name: str) -> uuid.UUID:
    with db.read() as s:
        return s.scalars(
            select(Stage.id)
            .join(Pipeline, Pipeline.id == Stage.pipeline_id)
            .where(Pipeline.is_default.is_(True), Stage.name == name)
        ).one()


def _harbour_cranes(db: Database, stage_id: uuid.UUID) -> uuid.UUID:
    account = create_account(db, AccountInput(name="Harbour Ports Ltd"))
    contact = create_contact(
        db, ContactInput(first_name="Lena", last_name="Holm", account_id=account)
    )
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    return create_opportunity(
        db,
        OpportunityInput(
            title="Harbour cranes",
            pipeline_id=pipeline,
            stage_id=stage_id,
            account_id=account,
            contact_id=contact,
            amount=Decimal("10000"),
        ),
    )


def _forklift_fleet(db: Database) -> uuid.UUID:
    account = create_account(db, AccountInput(name="Nordic Storage AB"))
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    return create_opportunity(
        db,
        OpportunityInput(
            title="Forklift fleet", pipeline_id=pipeline, account_id=account, amount=Decimal(4000)
        ),
    )


def _task(db: Database, deal: uuid.UUID, title: str) -> Task:
    with db.read() as s:
        task = s.scalars(select(Task).where(Task.opportunity_id == deal, Task.title == title)).one()
        s.expunge(task)
        return task


def _open_seats(qtbot: Any, tmp_path: Path, names: list[str]) -> dict[str, Seat]:
    seats = {}
    for name in names:
        db = open_workbench(tmp_path / f"{name}.sqlite").db
        settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings, user_id=current_user_id(db))
        window.resize(1560, 720)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        seats[name] = Seat(name, db, window)
    return seats


@pytest.mark.slow
def test_two_reps_a_manager_and_an_analyst_in_four_windows(
    qtbot, server_db: ServerDb, tmp_path: Path
) -> None:
    auth.create_team(server_db.engine, "North")
    ids = {
        name: auth.create_user(server_db.engine, name, "correct horse battery", "North", role, dep)
        for name, role, dep in [
            ("mia", "manager", "Sales"),
            ("anna", "salesperson", "Sales"),
            ("ben", "salesperson", "Sales"),
            ("ivo", "salesperson", "Business analysis"),
        ]
    }
    port = _free_port()
    seats = _open_seats(qtbot, tmp_path, list(ids))
    with serving(server_db, port):
        deal = _sign_in_and_start(qtbot, seats, ids, f"http://127.0.0.1:{port}")
    _both_edit_offline(qtbot, seats, ids, deal)
    with serving(server_db, port):
        _online_the_deal_merges(qtbot, seats, deal)
        _the_analysts_task_opens_the_gate(qtbot, seats, ids, deal)
    for seat in seats.values():
        seat.window.close()
        seat.db.close()


def _sign_in_and_start(
    qtbot: Any, seats: dict[str, Seat], ids: dict[str, uuid.UUID], url: str
) -> uuid.UUID:
    """Everyone signs in; anna's deal (shared with ben) and ben's reach the others."""
    anna, ben, mia, ivo = seats["anna"], seats["ben"], seats["mia"], seats["ivo"]
    for seat in (mia, anna, ben, ivo):  # the manager's laptop brings the team's settings
        _sign_in(qtbot, seat.window, url, seat.name)
        assert seat.window.sync_dialog is not None
        seat.window.sync_dialog.close()
    pricing = _stage(anna.db, PRICING_STAGE)
    deal: uuid.UUID = anna.write(qtbot, lambda db: _harbour_cranes(db, pricing))
    anna.write(qtbot, lambda db: share_opportunity(db, deal, ids["ben"]))
    ben.write(qtbot, _forklift_fleet)
    # Shared with ben, and the analyst's task makes it ivo's business too.
    ben_board = ben.board()
    qtbot.waitUntil(lambda: "Harbour cranes" in _cards(ben_board), timeout=15000)
    qtbot.waitUntil(
        lambda: any(i.title == "Price the project" for i in ivo.today().items()),
        timeout=15000,
    )
    for seat in (anna, ben):
        qtbot.waitUntil(lambda s=seat: s.window.sync.state.status.waiting == 0, timeout=10000)
    return deal


def _both_edit_offline(
    qtbot: Any, seats: dict[str, Seat], ids: dict[str, uuid.UUID], deal: uuid.UUID
) -> None:
    """With the server gone, ben changes the amount and the notes, anna (later) the
    amount and the title."""
    anna, ben = seats["anna"], seats["ben"]
    ben.write(qtbot, lambda db: _edit(db, deal, amount=Decimal(12000), notes="Needs two cranes"))
    time.sleep(0.05)
    anna.write(
        qtbot, lambda db: _edit(db, deal, amount=Decimal(15000), title="Harbour cranes (phase 1)")
    )
    anna_board = anna.board()
    for seat in (anna, ben):
        # Once the sync after the edit has failed, the count includes it.
        qtbot.waitUntil(
            lambda s=seat: re.match(r"Offline: \d+ change\(s\)", s.status()) is not None,
            timeout=20000,
        )
    for seat in seats.values():
        assert seat.window.ctx.me == ids[seat.name]
    qtbot.waitUntil(lambda: "Harbour cranes (phase 1)" in _cards(anna_board), timeout=5000)
    assert re.fullmatch(
        r"Offline: \d+ change\(s\) will be sent when you're back online", anna.status()
    )
    _shot(anna.window, "sync-1-anna-offline", anna_board, _stage(anna.db, PRICING_STAGE))


def _online_the_deal_merges(qtbot: Any, seats: dict[str, Seat], deal: uuid.UUID) -> None:
    """Both boards show the merged deal, ben's conflicts view the clash, mia both deals."""
    anna, ben, mia = seats["anna"], seats["ben"], seats["mia"]
    ben.sync_now(qtbot)
    anna.sync_now(qtbot)
    ben.sync_now(qtbot)
    pricing = _stage(anna.db, PRICING_STAGE)
    # anna's later amount, her title, ben's notes.
    for seat in (anna, ben):
        board = seat.board()
        qtbot.waitUntil(lambda b=board: "Harbour cranes (phase 1)" in _cards(b), timeout=5000)
        assert _cards(board)["Harbour cranes (phase 1)"].amount_minor == 1_500_000
        with seat.db.read() as s:
            merged = s.get(Opportunity, deal)
            assert merged is not None and merged.notes == "Needs two cranes"
    _shot(ben.window, "sync-2-ben-merged", ben.board(), pricing)

    # The clashing field is in ben's conflicts view, not in anna's.
    badge = ben.window.sync_status.badge
    qtbot.waitUntil(lambda: badge.isVisible() and "1 conflict" in badge.text(), timeout=5000)
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    dialog = ben.window.sync_dialog
    assert dialog is not None and dialog.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: dialog.conflicts.rowCount() == 1, timeout=5000)
    row = [dialog.conflicts.item(0, c).text() for c in range(5)]
    assert "Harbour cranes" in row[0]
    assert row[1:] == ["Amount", "€12,000.00", "€15,000.00", "anna"]
    _shot(dialog, "sync-3-ben-conflicts")
    dialog.close()
    assert not anna.window.sync_status.badge.isVisible()
    assert open_conflicts(anna.db) == []

    # The manager's board holds both reps' deals.
    mia.sync_now(qtbot)
    mia_board = mia.board()
    qtbot.waitUntil(
        lambda: {"Harbour cranes (phase 1)", "Forklift fleet"} <= set(_cards(mia_board)),
        timeout=5000,
    )
    _shot(mia.window, "sync-4-mia-board")


def _the_analysts_task_opens_the_gate(
    qtbot: Any, seats: dict[str, Seat], ids: dict[str, uuid.UUID], deal: uuid.UUID
) -> None:
    anna, ivo = seats["anna"], seats["ivo"]
    anna_board = anna.board()
    pricing = _stage(anna.db, PRICING_STAGE)
    # anna sends the offer; the analyst's pricing still holds the gate shut.
    send = _task(anna.db, deal, "Send the offer to the customer")
    anna.write(qtbot, lambda db: complete_task(db, send.id))
    qtbot.waitUntil(
        lambda: _cards(anna_board)["Harbour cranes (phase 1)"].gate_open == 1, timeout=5000
    )
    _shot(anna.window, "sync-5-anna-gate-shut", anna_board, pricing)

    # ivo's Today has the task with the deal's title, account and contact.
    ivo.sync_now(qtbot)
    today = ivo.today()
    qtbot.waitUntil(
        lambda: any(
            i.title == "Price the project" and "phase 1" in i.detail for i in today.items()
        ),
        timeout=5000,
    )
    (item,) = [i for i in today.items() if i.title == "Price the project"]
    assert item.detail == "Harbour cranes (phase 1) · Harbour Ports Ltd · Lena Holm · for anna"
    pricing_task = _task(anna.db, deal, "Price the project")
    assert item.id == pricing_task.id and pricing_task.assignee_id == ids["ivo"]
    assert today.select(item.id)
    _shot(ivo.window, "sync-6-ivo-today")
    qtbot.mouseClick(today.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: item.id not in {i.id for i in today.items()}, timeout=5000)
    qtbot.waitUntil(lambda: ivo.window.sync.state.status.waiting == 0, timeout=15000)

    # Synced, anna's card shows the gate open and the deal moves on (four windows share
    # the test's two cores: as long as the other waits for a sync).
    anna.sync_now(qtbot)
    qtbot.waitUntil(
        lambda: (
            _cards(anna_board)["Harbour cranes (phase 1)"].gate_open == 0
            and _cards(anna_board)["Harbour cranes (phase 1)"].gate_tasks == 2
        ),
        timeout=15000,
    )
    column = anna_board.columns[pricing]
    view = column.view
    row_of = [c.id for c in column.model.cards()].index(deal)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(column.model.index(row_of)).center(),
    )
    _shot(anna.window, "sync-7-anna-gate-open", anna_board, pricing)
    QTest.keyClick(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    following = _stage(anna.db, NEXT_STAGE)

    def moved() -> bool:
        with anna.db.read() as s:
            opp = s.get(Opportunity, deal)
            return opp is not None and opp.stage_id == following

    qtbot.waitUntil(moved, timeout=5000)
    qtbot.waitUntil(lambda: anna.window.sync.state.status.waiting == 0, timeout=15000)
