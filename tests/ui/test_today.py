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
    # Gone at once, before the database round trip, and its section counts one less.
    assert task_id not in [i.id for i in area.items()]
    heads = [area.model.index(r, 0).data() for r in range(area.model.rowCount())]
    assert "Overdue  (1)" in heads

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
    heads = [area.model.index(r, 0).data() for r in range(area.model.rowCount())]
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
    # The figures' places are kept while they load: the list doesn't move when they come.
    waiting = area.figures.text()
    assert "Calls" in waiting and "–" in waiting
    top = area.view.mapTo(area, area.view.rect().topLeft()).y()
    qtbot.waitUntil(lambda: area.figures.text() != waiting, timeout=10000)
    assert ">0<" in area.figures.text()  # no calls yet this week
    qtbot.wait(50)  # a layout pass
    assert area.view.mapTo(area, area.view.rect().topLeft()).y() == top


def test_a_folded_backlog_is_not_formatted_until_it_is_unfolded(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Today's cells are made as the view shows them: on a start with hundreds of overdue
    tasks (folded), formatting and building every row took longer than the query."""
    from workbench import formatting
    from workbench.ui import today_model

    formatted: list[str] = []
    texts_of = today_model.texts_of

    def counting(item, now, locale=None):  # type: ignore[no-untyped-def]
        formatted.append(item.title)
        return texts_of(item, now, locale)

    monkeypatch.setattr(today_model, "texts_of", counting)
    now = datetime.now(UTC)
    for i in range(40):
        add_task(ctx.db, f"Old task {i:02}", due_at=now - timedelta(days=3, minutes=i))
    add_task(ctx.db, "Call Eva", kind=TaskKind.CALL, due_at=now + timedelta(minutes=30))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    with qtbot.waitSignal(area.first_rows_painted, timeout=10000):
        area.show()
    assert len(area.items()) == 41
    overdue = next(
        r for r in range(area.model.rowCount()) if area.model.index(r, 0).data() == "Overdue  (40)"
    )
    head = area.model.index(overdue, 0)
    assert not area.view.isExpanded(head)  # more than FOLD_OVERDUE: folded
    shown = [title for title in formatted if title.startswith("Old task")]
    assert shown == [], shown
    assert "Call Eva" in formatted

    area.view.expand(head)
    area.view.scrollTo(area.model.index(0, 0, head))
    area.view.viewport().repaint()
    first = area.model.index(0, 2, head)
    item = first.data(today_model.ITEM_ROLE)
    assert item.title == "Old task 39"  # the longest overdue first
    assert first.data() == formatting.when(item.when, datetime.now().astimezone())
    assert "Old task 39" in formatted


def test_filling_today_fits_its_columns_once(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each section unfolded during a fill changed the viewport's width (the scroll bar
    came), and each such resize measured every column again."""
    now = datetime.now(UTC)
    for i in range(30):
        add_task(ctx.db, f"Task {i:02}", due_at=now + timedelta(minutes=i + 1))
    create_lead(ctx.db, LeadInput(company="Waiting GmbH", received_at=now - timedelta(days=5)))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.resize(900, 300)  # too short for the rows: the scroll bar comes with them
    area.show()
    qtbot.waitUntil(lambda: area.data is not None, timeout=5000)
    qtbot.wait(50)
    measured: list[int] = []
    natural = area.columns.natural
    monkeypatch.setattr(
        area.columns, "natural", lambda column: (measured.append(column), natural(column))[1]
    )
    area._first_fill = True
    area._fill(area.data)
    qtbot.wait(50)
    assert sorted(measured) == [0, 1, 2, 3]  # each column once


def test_the_list_stays_a_sound_model_while_items_are_done(qtbot, ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Qt's own model checks, kept on while the only overdue task of its section is done."""
    now = datetime.now(UTC)
    task = add_task(ctx.db, "Send the brochure", due_at=now - timedelta(hours=1))
    create_lead(ctx.db, LeadInput(company="Waiting GmbH", received_at=now - timedelta(days=5)))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: len(area.items()) == 2, timeout=5000)
    qtmodeltester.check(area.model)
    assert area.select(task)
    area.complete_selected()
    overdue = next(
        area.model.index(r, 0)
        for r in range(area.model.rowCount())
        if str(area.model.index(r, 0).data()).startswith("Overdue")
    )
    assert overdue.data() == "Overdue  (0)"
    assert area.model.rowCount(overdue) == 0  # gone at once; the reload says "Nothing here."
    qtbot.waitUntil(lambda: area.model.rowCount(overdue) == 1, timeout=5000)
    assert area.model.index(0, 0, overdue).data() == "Nothing here."
    assert not area.model.flags(area.model.index(0, 0, overdue)) & Qt.ItemFlag.ItemIsSelectable


def test_a_cut_overdue_list_says_how_many_there_are_and_today_still_shows(
    qtbot, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import today_rows

    monkeypatch.setattr(today_rows, "TASKS_SHOWN", 3)
    now = datetime.now(UTC)
    for i in range(5):
        add_task(ctx.db, f"Old {i}", due_at=now - timedelta(days=20 - i))
    add_task(ctx.db, "Call Eva", kind=TaskKind.CALL, due_at=now + timedelta(minutes=1))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.data is not None, timeout=5000)
    heads = [area.model.index(r, 0).data() for r in range(area.model.rowCount())]
    assert "Overdue  (3 of 5)" in heads
    assert "Due today  (1)" in heads
    area.model.remove(area.data.overdue[0])  # as when it is marked done
    heads = [area.model.index(r, 0).data() for r in range(area.model.rowCount())]
    assert "Overdue  (2 of 4)" in heads


def test_every_cut_section_says_how_many_there_are(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A busy day's due tasks, a colleague's many requests and a pile of offers waiting
    were cut at their limits with the count of what was listed, as if that were all."""
    from tests.services.test_today import _colleagues_deal, sent_offer
    from workbench.services import today_rows
    from workbench.services.accounts import AccountInput, create_account

    monkeypatch.setattr(today_rows, "TASKS_SHOWN", 2)
    monkeypatch.setattr(today_rows, "OFFERS_SHOWN", 1)
    now = datetime.now(UTC)
    for i in range(3):
        add_task(ctx.db, f"Due {i}", due_at=now + timedelta(seconds=30 + i))
    deal = _colleagues_deal(ctx.db)
    for i in range(4):
        add_task(ctx.db, f"For Anna {i}", opportunity_id=deal, assignee_id=ctx.me)
    account = create_account(ctx.db, AccountInput(name="Hafenkontor KG"))
    for n in ("A-1", "A-2", "A-3"):
        sent_offer(ctx.db, n, account, None, sent_at=now - timedelta(days=6))
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.data is not None, timeout=5000)
    heads = [area.model.index(r, 0).data() for r in range(area.model.rowCount())]
    assert "Due today  (2 of 3)" in heads or now.astimezone().hour == 23
    assert "Delegated to you by colleagues  (2 of 4)" in heads
    assert "Offers sent without follow-up  (1 of 3)" in heads
