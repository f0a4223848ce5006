"""The one date field every form uses: dates shown and typed in the locale's format, the
calendar opening at the field's date (or today when the field is empty), and an optional
"no date" state shown as a dash."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

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
        elif self._separator_after_full_section(event.text()):
            # A full section already moved on to the next; the separator typed after it
            # must not skip that one too.
            return
        super().keyPressEvent(event)

    def _separator_after_full_section(self, typed: str) -> bool:
        line = self.lineEdit()
        start = line.selectionStart()
        return (
            bool(typed)
            and not typed.isdigit()
            and start > 0
            and line.hasSelectedText()
            and line.text()[start - 1] == typed
        )


__all__ = ["NO_DATE", "DateEdit", "locale_date_format"]
