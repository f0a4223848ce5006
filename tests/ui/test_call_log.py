from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from workbench.domain.enums import ActivityKind, ActivityStatus, CallOutcome, TaskKind
from workbench.domain.models import Activity, Task
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.ui.call_log import CallDialog


class _Dialler(QObject):
    """Stands in for the system's tel: handler (registered the way Qt lets apps do it)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def dial(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_log_a_call_with_the_timer(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Alpen AG"))
    contact = create_contact(
        ctx.db,
        ContactInput(first_name="Eva", last_name="Berg", account_id=account, phone="+43 1 234567"),
    )
    dialler = _Dialler()
    QDesktopServices.setUrlHandler("tel", dialler, "dial")
    try:
        dialog = CallDialog(ctx, contact_id=contact, who="Eva Berg", phone="+431234567")
        qtbot.addWidget(dialog)
        dialog.show()
        # Clicking the number hands it to the dialler and starts the timer.
        dialog.phone.linkActivated.emit("tel:+431234567")
        assert dialler.urls == ["tel:+431234567"]
        assert dialog.timer_button.isChecked()
        qtbot.waitUntil(lambda: dialog.clock.text() == "0:01", timeout=4000)
        qtbot.mouseClick(dialog.timer_button, Qt.MouseButton.LeftButton)  # stop
        assert not dialog.timer_button.isChecked()
        assert dialog.duration.text().startswith("0:0")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.MEETING_BOOKED))
        assert dialog.meeting_box.isVisibleTo(dialog)
        assert dialog.next_kind.currentData() is None  # the meeting is the next step
        dialog.next_kind.setCurrentIndex(dialog.next_kind.findData(TaskKind.CALL))
        qtbot.keyClicks(dialog.notes, "Wants a demo")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    with ctx.db.read() as s:
        call = s.scalars(select(Activity).where(Activity.kind == ActivityKind.CALL)).one()
        meeting = s.scalars(select(Activity).where(Activity.kind == ActivityKind.MEETING)).one()
        task = s.scalars(select(Task)).one()
    assert call.duration_seconds >= 1 and call.notes == "Wants a demo"
    assert call.outcome == CallOutcome.MEETING_BOOKED
    assert meeting.status == ActivityStatus.PLANNED and meeting.contact_id == contact
    assert task.kind == TaskKind.CALL and task.contact_id == contact


def test_typed_duration_in_minutes_and_bad_duration_is_shown(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Nord AB"))
    contact = create_contact(ctx.db, ContactInput(last_name="Ek", account_id=account))
    dialog = CallDialog(ctx, contact_id=contact, who="Ek")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.duration, "five")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "not a duration" in dialog.error.text()
    dialog.duration.setText("4:30")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    with ctx.db.read() as s:
        assert s.scalars(select(Activity.duration_seconds)).one() == 270


def test_a_call_is_logged_against_a_deal_and_today_names_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from PySide6.QtCore import QDateTime

    from workbench.services import board, opportunities
    from workbench.ui.today import TodayArea

    account = create_account(ctx.db, AccountInput(name="Alpen AG"))
    other = create_account(ctx.db, AccountInput(name="Elsewhere GmbH"))
    contact = create_contact(
        ctx.db, ContactInput(first_name="Eva", last_name="Berg", account_id=account)
    )
    pipeline = next(p for p in board.list_pipelines(ctx.db) if p.is_default)
    stage = board.list_stages(ctx.db, pipeline.id)[0].id

    def deal(title: str, account_id, contact_id=None):  # type: ignore[no-untyped-def]
        return opportunities.create_opportunity(
            ctx.db,
            opportunities.OpportunityInput(
                title=title,
                pipeline_id=pipeline.id,
                stage_id=stage,
                account_id=account_id,
                contact_id=contact_id,
                amount=Decimal("1000"),
            ),
        )

    cranes = deal("Harbour cranes", account, contact)
    deal("Spare parts", account)
    deal("Not theirs", other)

    dialog = CallDialog(ctx, contact_id=contact, who="Eva Berg")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.deal.count() == 3, timeout=5000)
    # Her own deal first and proposed; the account's other open deal can be chosen.
    assert [dialog.deal.itemText(i) for i in range(3)] == [
        "— no deal —",
        "Harbour cranes",
        "Spare parts",
    ]
    assert dialog.deal.currentData() == cranes
    dialog.next_kind.setCurrentIndex(dialog.next_kind.findData(TaskKind.CALL))
    soon = datetime.now(UTC) - timedelta(minutes=1)
    dialog.next_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(soon.timestamp())))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    with ctx.db.read() as s:
        call = s.scalars(select(Activity).where(Activity.kind == ActivityKind.CALL)).one()
        task = s.scalars(select(Task).where(Task.kind == TaskKind.CALL)).one()
    assert call.opportunity_id == cranes and task.opportunity_id == cranes

    today = TodayArea(ctx)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: any(i.id == task.id for i in today.items()), timeout=5000)
    row = next(i for i in today.items() if i.id == task.id)
    assert "Harbour cranes" in row.detail
