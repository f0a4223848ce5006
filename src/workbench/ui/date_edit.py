"""The date and date-time fields every form uses: shown and typed in the locale's format,
the calendar opening at the field's date (or today when the field is empty), and for dates
an optional "no date" state shown as a dash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit, QWidget

NO_DATE = QDate(2000, 1, 1)  # an optional field's minimum, shown as "—" and read as None


def locale_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year, so a typed "27" can't
    become 1927 and the year is never ambiguous on screen."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no language chosen: the one format read the same everywhere
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def locale_date_time_format(locale: QLocale | None = None) -> str:
    """The locale's date (four-digit year) and short time of day ("31.12.2027 14:30")."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd HH:mm"
    return f"{locale_date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class _Typing:
    """What both fields do with typed keys, so a date typed in full lands as typed.

    A separator typed after a section that already moved on is dropped (it would skip the
    next section too). A day the month shown doesn't have (31 while September shows) is
    cut by Qt to the month's last day at once; it is put back once the month or year
    typed next has it, so "31.01.2027" typed over a September date gives 31 January."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        self.edit = edit
        self.wanted_day: int | None = None

    def key(self, event: QKeyEvent, press: Callable[[QKeyEvent], None]) -> None:
        edit, typed = self.edit, event.text()
        line = edit.lineEdit()
        if self._separator_after_full_section(typed):
            return
        if typed.isdigit() and edit.currentSection() == QDateTimeEdit.Section.DaySection:
            if not line.hasSelectedText():
                typed = edit.sectionText(QDateTimeEdit.Section.DaySection) + typed
            press(event)
            self.wanted_day = int(typed) if typed.isdigit() and 28 < int(typed) <= 31 else None
            return
        press(event)
        self._restore_wanted_day()

    def _separator_after_full_section(self, typed: str) -> bool:
        line = self.edit.lineEdit()
        start = line.selectionStart()
        return (
            bool(typed)
            and not typed.isdigit()
            and start > 0
            and line.hasSelectedText()
            and line.text()[start - 1] == typed
        )

    def _restore_wanted_day(self) -> None:
        edit = self.edit
        wanted, shown = self.wanted_day, edit.date()
        if wanted is None or shown.day() == wanted or shown.daysInMonth() < wanted:
            return
        self.wanted_day = None
        # Typing goes on where it was: the section and its selection stay.
        line = edit.lineEdit()
        index, selected, position = (
            edit.currentSectionIndex(),
            line.hasSelectedText(),
            line.cursorPosition(),
        )
        edit.setDate(QDate(shown.year(), shown.month(), wanted))
        edit.setCurrentSectionIndex(index)
        if selected:
            edit.setSelectedSection(edit.sectionAt(index))
        else:
            line.setCursorPosition(position)


class _Calendar(QCalendarWidget):
    """Opens at today's month while the field has no date (the field's minimum would
    otherwise open it in January 2000)."""

    def __init__(self, edit: DateEdit) -> None:
        super().__init__()
        self._edit = edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._edit.value() is None:
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class DateEdit(QDateEdit):
    """A date in the locale's format with a calendar popup. `optional` fields may hold no
    date; typing into an empty one starts from today's date with the first part selected,
    so "31.12.2027" typed in German (or "12/31/2027" in English) lands as typed."""

    def __init__(
        self, value: date | None = None, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._typing = _Typing(self)
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setDisplayFormat(locale_date_format(self.locale()))
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")
        self.set_value(value if value is not None or optional else date.today())

    def value(self) -> date | None:
        current = self.date()
        if self.optional and current == NO_DATE:
            return None
        return current.toPython()  # type: ignore[no-any-return]

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value))

    def clear_value(self) -> None:
        if self.optional:
            self.setDate(NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() is None and event.text().isdigit():
            # The dash is not a date to edit: start from today, first section selected.
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        elif (
            self.optional
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_value()  # everything selected and deleted: no date
            return
        self._typing.key(event, super().keyPressEvent)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typing.wanted_day = None
        super().focusOutEvent(event)


class DateTimeEdit(QDateTimeEdit):
    """A day and a time of day in the locale's format with a calendar popup; it always
    holds a moment (now, to the minute, unless given one), so the calendar opens there."""

    def __init__(self, value: datetime | None = None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(locale_date_time_format(self.locale()))
        self._typing = _Typing(self)
        self.set_value(value)

    def value(self) -> datetime:
        """The moment shown, as an aware datetime on this computer's clock."""
        shown: datetime = self.dateTime().toPython()
        return shown.astimezone()

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            now = QDateTime.currentDateTime()
            now.setTime(QTime(now.time().hour(), now.time().minute()))
            self.setDateTime(now)
        else:
            self.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._typing.key(event, super().keyPressEvent)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typing.wanted_day = None
        super().focusOutEvent(event)


__all__ = [
    "NO_DATE",
    "DateEdit",
    "DateTimeEdit",
    "locale_date_format",
    "locale_date_time_format",
]
