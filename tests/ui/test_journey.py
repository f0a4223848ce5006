"""A salesperson's path through the app in one window: a messy lead file, qualification,
conversion into a deal that shows on the board, a call that books a meeting, its .ics, and
the Today list the next morning. Each step goes through the part a user touches."""

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

from workbench.domain.enums import CallOutcome, LeadStatus
from workbench.services import calendar_export, calls, lead_import, leads, today
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.ui.main_window import MainWindow

MESSY_FILE = (
    "First Name;Last Name;Company;Email;Phone;Lead Source;Notes\r\n"
    'Jörg;Weiß;Weiß Kältetechnik GmbH;joerg@weiss-kaelte.example;+49 89 1234567;Web form;"Wants\r\n'
    'a quote"\r\n'
    "Anna;Berg;Berg AB;not-an-email;+46 8 7654321;Event;\r\n"
    "Li;Wang;Wang Trading Ltd;li@wang.example;+44 20 7946 0000;Referral;\r\n"
)


def _on_next_dialog(action: Callable[[QWidget], None]) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        action(dialog)

    QTimer.singleShot(0, act)


def test_from_a_messy_lead_file_to_the_next_mornings_today_list(
    qtbot, main_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    # 1. The messy file: Windows-1252, semicolons, a line break inside a quoted note.
    path = tmp_path / "trade-fair.csv"
    path.write_bytes(MESSY_FILE.encode("cp1252"))
    result = lead_import.import_file(db, path)
    assert result.imported == 2
    assert [(p.line, "e-mail" in p.reason) for p in result.rejected] == [(4, True)]

    # 2. Qualify Jörg twice (new -> MQL -> SQL) from the Leads area.
    area = main_window.show_area("leads")
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=5000)
    row = next(i for i, r in enumerate(area.model.rows()) if r.last_name == "Weiß")
    lead_id = area.model.rows()[row].id
    area.table.selectRow(row)
    qtbot.mouseClick(area.qualify_button, Qt.MouseButton.LeftButton)
    # Saved on the write executor, off the GUI thread.
    qtbot.waitUntil(lambda: leads.get_lead(db, lead_id).status == LeadStatus.MQL, timeout=5000)

    # The list reloads after the change and keeps Jörg selected for the next step.
    def reloaded_and_selected() -> bool:
        row = area.selected_row()
        return row is not None and row.id == lead_id and row.status == LeadStatus.MQL

    qtbot.waitUntil(reloaded_and_selected, timeout=5000)
    qtbot.mouseClick(area.qualify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: leads.get_lead(db, lead_id).status == LeadStatus.SQL, timeout=5000)

    # 3. Convert it into a deal with a value.
    def convert(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # loaded
        amount = dialog.findChild(QLineEdit, "amount")
        qtbot.keyClicks(amount, "25000")
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # saved

    qtbot.waitUntil(area.convert_button.isEnabled, timeout=5000)
    _on_next_dialog(convert)
    qtbot.mouseClick(area.convert_button, Qt.MouseButton.LeftButton)
    converted = leads.get_lead(db, lead_id)
    assert converted.status == LeadStatus.CONVERTED
    deal_id = converted.opportunity_id
    assert deal_id is not None

    # 4. The deal is on the board, in the first stage of its sales process.
    board = main_window.show_area("board")

    def on_board() -> bool:
        return any(c.id == deal_id for col in board.columns.values() for c in col.model.cards())

    qtbot.waitUntil(on_board, timeout=10000)

    # 5. A call that books a meeting for tomorrow at ten.
    tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), time(10, 0))
    meeting_at = tomorrow.astimezone()
    logged = calls.log_call(
        db,
        calls.CallInput(
            contact_id=converted.contact_id,
            opportunity_id=deal_id,
            duration_seconds=420,
            outcome=CallOutcome.MEETING_BOOKED,
            meeting=calls.MeetingInput(starts_at=meeting_at, subject="Site visit"),
        ),
    )
    assert logged.meeting_id is not None
    ics = calendar_export.meeting_ics(db, logged.meeting_id).decode()
    assert "BEGIN:VEVENT" in ics and "Site visit" in ics

    # 6. The next morning, Today lists the meeting.
    next_morning = datetime.combine(meeting_at.date(), time(7, 30)).astimezone()
    day = today.today_list(db, current_user_id(db), now=next_morning)
    assert any(item.id == logged.meeting_id for item in day.meetings)
