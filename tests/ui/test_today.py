from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from workbench.domain.enums import TaskKind
from workbench.domain.models import Task
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.services.leads import LeadInput, create_lead
from workbench.services.tasks import add_task
from workbench.ui.today import TodayArea


def test_complete_a_today_item_updates_the_list_and_undo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Alpen AG"))
    contact = create_contact(
        ctx.db,
        ContactInput(first_name="Eva", last_name="Berg", account_id=account, phone="+43 1 234567"),
    )
    now = datetime.now(UTC)
    task_id = add_task(
        ctx.db, "Send the brochure", contact_id=contact, due_at=now - timedelta(hours=1)
    )
    add_task(
        ctx.db,
        "Call Eva",
        contact_id=contact,
        kind=TaskKind.CALL,
        due_at=now - timedelta(minutes=5),
    )
    create_lead(ctx.db, LeadInput(company="Waiting GmbH", received_at=now - timedelta(days=5)))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: len(area.items()) == 3, timeout=5000)
    assert area.select(task_id)
    assert area.complete_button.isEnabled()
    qtbot.mouseClick(area.complete_button, Qt.MouseButton.LeftButton)
    # Gone at once, before the database round trip.
    assert task_id not in [i.id for i in area.items()]

    def done() -> bool:
        with ctx.db.read() as s:
            return s.get(Task, task_id).done_at is not None

    qtbot.waitUntil(done, timeout=5000)
    qtbot.waitUntil(lambda: len(area.items()) == 2, timeout=5000)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: task_id in [i.id for i in area.items()], timeout=5000)
    with ctx.db.read() as s:
        assert s.scalars(select(Task.done_at).where(Task.id == task_id)).one() is None


def test_tray_reminders_without_a_tray(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    qtbot.waitUntil(lambda: area.data is not None, timeout=5000)
    assert not area.tray.available()  # offscreen: no tray, and no failure
    contact = create_contact(ctx.db, ContactInput(last_name="Due"))
    add_task(ctx.db, "Due now", contact_id=contact, due_at=datetime.now(UTC))
    qtbot.waitUntil(lambda: any("Due now" in m for m in area.tray.shown), timeout=5000)
    assert len(area.tray.update_items(area.data)) == 0  # announced once


def test_a_task_delegated_on_a_colleagues_deal(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from workbench.domain.models import Pipeline, User
    from workbench.services.opportunities import OpportunityInput, create_opportunity

    with ctx.db.unit_of_work() as uow:
        anna = User(name="Anna Berg")
        uow.session.add(anna)
    with ctx.db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    account = create_account(ctx.db, AccountInput(name="Harbour Ports Ltd"))
    deal = create_opportunity(
        ctx.db,
        OpportunityInput(
            title="Harbour cranes",
            pipeline_id=pipeline,
            account_id=account,
            owner_id=anna.id,
            amount=Decimal(1000),
        ),
    )
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.data is not None, timeout=5000)
    task = add_task(
        ctx.db,
        "Price the project",
        opportunity_id=deal,
        assignee_id=ctx.me,
        due_at=datetime.now(UTC) + timedelta(days=3),
    )
    qtbot.waitUntil(lambda: task in [i.id for i in area.items()], timeout=5000)
    heads = [area.model.item(r).text() for r in range(area.model.rowCount())]
    assert "Delegated to you by colleagues  (1)" in heads
    (item,) = area.data.delegated
    assert item.detail == "Harbour cranes · Harbour Ports Ltd · for Anna Berg"
    assert not area.tray.shown  # due in three days: no reminder yet
    assert area.select(task)
    qtbot.mouseClick(area.complete_button, Qt.MouseButton.LeftButton)
    assert task not in [i.id for i in area.items()]

    def done() -> bool:
        with ctx.db.read() as s:
            return s.get(Task, task).done_at is not None  # type: ignore[union-attr]

    qtbot.waitUntil(done, timeout=5000)


def test_the_rows_come_first_then_the_weeks_figures_and_the_first_paint_is_signalled(
    qtbot,  # type: ignore[no-untyped-def]
    ctx,
) -> None:
    add_task(ctx.db, "Send the brochure", due_at=datetime.now(UTC) - timedelta(hours=1))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    with qtbot.waitSignal(area.first_rows_painted, timeout=10000):
        area.show()
    assert [i.title for i in area.items()] == ["Send the brochure"]
    qtbot.waitUntil(lambda: "Calls" in area.figures.text(), timeout=10000)
