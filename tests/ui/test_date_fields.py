"""Every date and date-time field in the window is the shared one: it opens its calendar at
its value (or today), never in January 2000, and takes a date typed in the locale's way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QWidget

import workbench.ui
from workbench.ui.date_edit import DateEdit, DateTimeEdit

UI = Path(workbench.ui.__file__).parent


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_no_window_code_builds_its_own_date_field() -> None:
    built = re.compile(r"\b(QDateEdit|QDateTimeEdit|QCalendarWidget)\(")
    found = [
        f"{path.relative_to(UI)}:{n}"
        for path in UI.rglob("*.py")
        if path.name != "date_edit.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if built.search(line)
    ]
    assert found == []


def _date_fields(widget: QWidget) -> list[QDateTimeEdit]:
    return [
        edit
        for edit in widget.findChildren(QDateTimeEdit)
        if not isinstance(edit.parent(), QDateTimeEdit)
    ]


def _calendar_page_when_opened(qtbot, edit: QDateTimeEdit) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    edit.setVisible(True)
    edit.setEnabled(True)
    edit.resize(max(edit.width(), 200), max(edit.height(), 28))
    QTest.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2)
    )
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    page = (calendar.yearShown(), calendar.monthShown())
    calendar.window().hide()
    return page


def _assert_shared_and_opening_at_value(qtbot, dialog: QWidget, expected: int) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    fields = _date_fields(dialog)
    assert len(fields) == expected
    for edit in fields:
        assert isinstance(edit, DateEdit | DateTimeEdit), edit.objectName()
        shown = edit.date()
        assert shown.year() > 2000
        assert _calendar_page_when_opened(qtbot, edit) == (shown.year(), shown.month())


def test_call_dialog_fields(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.call_log import CallDialog

    dialog = CallDialog(ctx, who="Eva Berg")
    qtbot.addWidget(dialog)
    _assert_shared_and_opening_at_value(qtbot, dialog, 3)
    today = QDate.currentDate()
    assert dialog.started.date() == today


def test_meeting_export_range(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.today import _RangeDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _RangeDialog(parent)
    _assert_shared_and_opening_at_value(qtbot, dialog, 2)
    assert dialog.start.date() == QDate.currentDate()


def test_exchange_rate_day(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.reports.targets_dialog import TargetsDialog

    dialog = TargetsDialog(ctx, date.today().year)
    qtbot.addWidget(dialog)
    _assert_shared_and_opening_at_value(qtbot, dialog, 1)


def test_report_period_and_as_of(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.reports.area import ReportsArea

    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    _assert_shared_and_opening_at_value(qtbot, area, 3)


@pytest.mark.parametrize(
    ("name", "typed", "moment"),
    [
        ("de_DE", "31.12.2027 14:30", datetime(2027, 12, 31, 14, 30)),
        ("en_GB", "31/12/2027 14:30", datetime(2027, 12, 31, 14, 30)),
        ("fr_FR", "31/12/2027 09:05", datetime(2027, 12, 31, 9, 5)),
    ],
)
def test_a_typed_moment_lands_as_typed(qtbot, locale, name, typed, moment) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(name))
    edit = DateTimeEdit(datetime(2026, 9, 5, 8, 0).astimezone())  # a month without a 31st
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    edit.setSelectedSection(edit.sectionAt(0))
    QTest.keyClicks(edit, typed)
    assert edit.text() == typed
    assert edit.value() == moment.astimezone()


@pytest.mark.parametrize(
    ("name", "typed", "day"),
    [("de_DE", "31.01.2027", date(2027, 1, 31)), ("en_US", "1/31/2027", date(2027, 1, 31))],
)
def test_a_typed_day_in_a_report_period(qtbot, ctx, locale, name, typed, day) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.reports.area import ReportsArea

    QLocale.setDefault(QLocale(name))
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.show()
    edit = area.date_from
    edit.setVisible(True)
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    edit.setSelectedSection(edit.sectionAt(0))
    QTest.keyClicks(edit, typed)
    assert edit.date().toPython() == day
    assert "Jan" not in edit.text()  # the locale's numeric format, not "31Jan2027"


@pytest.mark.parametrize("typed", ["31.01.2027", "31012027"])
def test_a_day_the_month_shown_lacks_is_kept_until_the_month_is_typed(qtbot, locale, typed) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("de_DE"))
    edit = DateEdit(date(2026, 9, 5))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    edit.setSelectedSection(edit.sectionAt(0))
    QTest.keyClicks(edit, typed)
    assert edit.value() == date(2027, 1, 31)
