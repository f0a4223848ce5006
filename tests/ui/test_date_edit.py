"""The date field every form uses: typed in the locale's format, calendar at a sensible month."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest

from workbench.ui.date_edit import DateEdit


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "typed", "shown", "day"),
    [
        ("de_DE", "31.12.2027", "31.12.2027", date(2027, 12, 31)),
        ("en_US", "12/31/2027", "12/31/2027", date(2027, 12, 31)),
        ("fr_FR", "31/12/2027", "31/12/2027", date(2027, 12, 31)),
        ("de_DE", "1.5.2027", "01.05.2027", date(2027, 5, 1)),
    ],
)
def test_a_typed_date_lands_as_typed(qtbot, locale, name, typed, shown, day) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(name))
    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.text() == "—" and edit.value() is None
    QTest.keyClicks(edit, typed)
    assert edit.text() == shown
    assert edit.value() == day


def test_select_all_and_delete_leaves_no_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit(date(2027, 3, 4), optional=True)
    qtbot.addWidget(edit)
    edit.show()
    edit.lineEdit().selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None and edit.text() == "—"


@pytest.mark.parametrize(
    ("value", "page"),
    [
        (None, (QDate.currentDate().year(), QDate.currentDate().month())),
        (date(2027, 3, 4), (2027, 3)),
    ],
)
def test_the_calendar_opens_at_the_value_or_today(qtbot, value, page) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit(value, optional=True)
    qtbot.addWidget(edit)
    edit.resize(160, 30)
    edit.show()
    QTest.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2)
    )
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == page
    assert edit.value() == value  # looking is not choosing
