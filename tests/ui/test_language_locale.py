"""The language chosen in Settings is also the locale of Qt's own widgets: calendars,
date fields and spin boxes read and write the way the rest of the window does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCalendarWidget, QDoubleSpinBox

from workbench import formatting
from workbench.ui.date_edit import DateEdit
from workbench.ui.language import follow_language_in_formats


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)
    formatting.set_current_locale("en_GB")


def test_choosing_german_makes_qt_widgets_german(qtbot, restore_locale) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.C))
    follow_language_in_formats("de")
    assert QLocale().language() == QLocale.Language.German
    assert formatting.current_locale().startswith("de")
    edit = DateEdit(date(2027, 3, 4))
    qtbot.addWidget(edit)
    assert edit.text() == "04.03.2027"
    spin = QDoubleSpinBox()
    qtbot.addWidget(spin)
    spin.setValue(1.5)
    assert spin.text() == "1,50"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(3) == "März"


def test_choosing_french_after_german(qtbot, restore_locale) -> None:  # type: ignore[no-untyped-def]
    follow_language_in_formats("de")
    follow_language_in_formats("fr")
    assert QLocale().language() == QLocale.Language.French
    edit = DateEdit(date(2027, 3, 4))
    qtbot.addWidget(edit)
    assert edit.text() == "04/03/2027"
