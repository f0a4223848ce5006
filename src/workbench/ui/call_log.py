"""Logging a call: a start/stop timer, outcome, notes and the next step.

Phone numbers are links: clicking one hands the `tel:` URL to the system (dialler or
softphone) and starts the call timer. Durations are shown and typed as minutes or mm:ss.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.business_days import WEEKDAYS, add_business_days
from workbench.domain.enums import CallOutcome, Direction, TaskKind
from workbench.domain.rules import format_phone
from workbench.services import calls
from workbench.services.leads import local, working_days
from workbench.ui.context import AppContext
from workbench.ui.date_edit import DateTimeEdit
from workbench.ui.domain_texts import enum_text
from workbench.ui.forms import FormDialog, Write
from workbench.ui.operations import ReadOp
from workbench.ui.theme import keep_styled, themed

_NO_NEXT_STEP = (CallOutcome.WRONG_NUMBER, CallOutcome.NOT_INTERESTED, CallOutcome.MEETING_BOOKED)


def dial(number: str) -> bool:
    """Hand the number to the system's tel: handler (dialler, softphone)."""
    return QDesktopServices.openUrl(QUrl(f"tel:{number}"))


def phone_link(number: str) -> str:
    """Rich text for a label: the number, formatted for people, as a tel: link."""
    if not number:
        return ""
    return f'<a href="tel:{number}">{format_phone(number)}</a>'


class PhoneLabel(QLabel):
    """A clickable phone number. `dialed` fires after the system was asked to call."""

    dialed = Signal(str)

    def __init__(self, number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self._activated)
        self.set_number(number)

    def set_number(self, number: str) -> None:
        self.number = number
        self.setText(phone_link(number))
        self.setToolTip(self.tr("Call %s") % format_phone(number) if number else "")

    def _activated(self, url: str) -> None:
        number = url.removeprefix("tel:")
        dial(number)
        self.dialed.emit(number)


def _qdt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _aware(edit: DateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class CallDialog(FormDialog):
    """Log a call with `who` (a contact, a lead, or a deal's contact)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        contact_id: uuid.UUID | None = None,
        opportunity_id: uuid.UUID | None = None,
        lead_id: uuid.UUID | None = None,
        who: str = "",
        phone: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log a call"), parent)
        self.setObjectName("callDialog")
        self.setMinimumWidth(520)
        self.ctx = ctx
        self.contact_id, self.opportunity_id, self.lead_id = contact_id, opportunity_id, lead_id
        self.result_ids: calls.CallResult | None = None
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Save call"))

        self.layout().insertWidget(0, self._head(who, phone))
        self._elapsed = QElapsedTimer()
        self._seconds_before = 0  # a stopped and restarted call keeps counting
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._show_time)
        self._call_rows()
        self._meeting_rows()
        self._deals_shown = False  # until read, the deal the call was started from counts
        if lead_id is None:
            self._load_deals()

    def _head(self, who: str, phone: str) -> QFrame:
        """Who is called, their number (a click dials and starts the timer) and the timer."""
        head = QFrame()
        head.setObjectName("callHead")
        keep_styled(head, themed("#callHead { background: $banner; border-radius: 8px; }"))
        top = QHBoxLayout(head)
        who_box = QVBoxLayout()
        who_label = QLabel(who or self.tr("Call"))
        bold = QFont(who_label.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        bold.setBold(True)
        who_label.setFont(bold)
        self.phone = PhoneLabel(phone)
        self.phone.setObjectName("phone")
        self.phone.dialed.connect(lambda _n: self.start_timer())
        who_box.addWidget(who_label)
        who_box.addWidget(self.phone)
        top.addLayout(who_box, 1)
        self.clock = QLabel("0:00")
        self.clock.setObjectName("clock")
        big = QFont(self.clock.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setFamily("monospace")
        self.clock.setFont(big)
        self.timer_button = QPushButton(self.tr("Start call"))
        self.timer_button.setObjectName("timerButton")
        self.timer_button.setCheckable(True)
        # A running call stands out in either scheme.
        keep_styled(
            self.timer_button, themed("QPushButton:checked { background: $danger; color: $card; }")
        )
        self.timer_button.setMinimumWidth(110)
        self.timer_button.toggled.connect(self._toggle)
        top.addWidget(self.clock)
        top.addWidget(self.timer_button)
        return head

    def _call_rows(self) -> None:
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Outbound (I called)"), Direction.OUTBOUND)
        self.direction.addItem(self.tr("Inbound (they called)"), Direction.INBOUND)
        self.add_row(self.tr("&Direction"), "direction", self.direction)
        self.started = DateTimeEdit()
        self.add_row(self.tr("&Started"), "started_at", self.started)
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("minutes, or mm:ss"))
        self.add_row(self.tr("D&uration"), "duration", self.duration)
        self.outcome = QComboBox()
        for outcome in CallOutcome:
            self.outcome.addItem(enum_text(outcome), outcome)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.add_row(self.tr("&Outcome"), "outcome", self.outcome)
        # Which deal the call was about: it shows in the deal's timeline and its next
        # step is a task on that deal.
        self.deal = QComboBox()
        self.deal.setObjectName("deal")
        self.deal.addItem(self.tr("— no deal —"), None)
        self.deal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_row(self.tr("De&al"), "deal", self.deal)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.notes.setPlaceholderText(self.tr("What was said, what they need…"))
        self.add_row(self.tr("&Notes"), "notes", self.notes)

    def _load_deals(self) -> None:
        contact_id, opportunity_id = self.contact_id, self.opportunity_id

        def show(found: tuple[list[tuple[uuid.UUID, str]], uuid.UUID | None]) -> None:
            deals, proposed = found
            with self.filling():
                for deal_id, title in deals:
                    self.deal.addItem(title, deal_id)
                self.deal.setCurrentIndex(max(0, self.deal.findData(proposed)))
            self._deals_shown = True

        ReadOp(
            self.ctx, lambda db: calls.deals_for_call(db, contact_id, opportunity_id), parent=self
        ).success(show).run()

    def _meeting_rows(self) -> None:
        """The meeting a call books, and the next step it leads to."""
        self.meeting_box = QGroupBox(self.tr("Booked meeting"))
        meeting_form = QHBoxLayout(self.meeting_box)
        self.meeting_at = DateTimeEdit()
        self.meeting_at.setObjectName("meetingAt")
        self.meeting_minutes = QSpinBox()
        self.meeting_minutes.setRange(5, 24 * 60)
        self.meeting_minutes.setSingleStep(15)
        self.meeting_minutes.setValue(60)
        self.meeting_minutes.setSuffix(self.tr(" min"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Where (address, video link)"))
        meeting_form.addWidget(self.meeting_at)
        meeting_form.addWidget(self.meeting_minutes)
        meeting_form.addWidget(self.location, 1)
        self.form.addRow(self.meeting_box)

        # -- the next step
        self.next_box = QGroupBox(self.tr("Next step"))
        next_form = QHBoxLayout(self.next_box)
        self.next_kind = QComboBox()
        self.next_kind.setObjectName("nextKind")
        self.next_kind.addItem(self.tr("Follow-up call"), TaskKind.CALL)
        self.next_kind.addItem(self.tr("Meeting"), TaskKind.MEETING)
        self.next_kind.addItem(self.tr("No next step"), None)
        self.next_at = DateTimeEdit()
        self.next_at.setObjectName("nextAt")
        self.next_kind.currentIndexChanged.connect(
            lambda _i: self.next_at.setEnabled(self.next_kind.currentData() is not None)
        )
        next_form.addWidget(self.next_kind)
        next_form.addWidget(self.next_at, 1)
        self.form.addRow(self.next_box)

        # Monday to Friday until the company's working days are read: the person may be
        # on the phone already, so nothing waits for them.
        self._suggested = self._suggest_times(_next_working_morning(WEEKDAYS))
        self._outcome_changed()
        ReadOp(self.ctx, working_days, parent=self).success(
            lambda days: self._suggest_times(_next_working_morning(days))
        ).run()

    def _suggest_times(self, morning: datetime) -> tuple[QDateTime, QDateTime]:
        """Set the next step and meeting times, unless the person has changed them."""
        times = (_qdt(morning), _qdt(morning + timedelta(hours=1)))
        previous = getattr(self, "_suggested", None)
        if previous is None or self.next_at.dateTime() == previous[0]:
            self.next_at.setDateTime(times[0])
        if previous is None or self.meeting_at.dateTime() == previous[1]:
            self.meeting_at.setDateTime(times[1])
        self._suggested = times
        return times

    # -- timer ---------------------------------------------------------------------------

    def start_timer(self) -> None:
        if not self.timer_button.isChecked():
            self.timer_button.setChecked(True)

    def stop_timer(self) -> None:
        if self.timer_button.isChecked():
            self.timer_button.setChecked(False)

    def elapsed_seconds(self) -> int:
        running = self._elapsed.elapsed() // 1000 if self._elapsed.isValid() else 0
        return self._seconds_before + int(running)

    def _toggle(self, running: bool) -> None:
        if running:
            if self._seconds_before == 0:
                self.started.setDateTime(_qdt(datetime.now(UTC)))
            self._elapsed.start()
            self._tick.start()
            self.timer_button.setText(self.tr("Stop call"))
        else:
            self._seconds_before = self.elapsed_seconds()
            self._elapsed.invalidate()
            self._tick.stop()
            self.timer_button.setText(self.tr("Resume"))
            self.duration.setText(calls.format_duration(self._seconds_before))
        self._show_time()

    def _show_time(self) -> None:
        self.clock.setText(calls.format_duration(self.elapsed_seconds()))

    # -- outcome and saving --------------------------------------------------------------

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        self.meeting_box.setVisible(outcome == CallOutcome.MEETING_BOOKED)
        wants_next = outcome not in _NO_NEXT_STEP
        self.next_kind.setCurrentIndex(0 if wants_next else 2)

    def call_input(self) -> calls.CallInput:
        self.stop_timer()
        seconds = calls.parse_duration(self.duration.text())
        outcome: CallOutcome = self.outcome.currentData()
        kind = self.next_kind.currentData()
        return calls.CallInput(
            contact_id=self.contact_id,
            opportunity_id=self.deal.currentData() if self._deals_shown else self.opportunity_id,
            lead_id=self.lead_id,
            direction=self.direction.currentData(),
            started_at=_aware(self.started),
            duration_seconds=seconds,
            outcome=outcome,
            notes=self.notes.toPlainText(),
            next_step=calls.NextStep(kind, _aware(self.next_at)) if kind is not None else None,
            meeting=calls.MeetingInput(
                _aware(self.meeting_at), self.meeting_minutes.value(), location=self.location.text()
            )
            if outcome == CallOutcome.MEETING_BOOKED
            else None,
        )

    def save(self) -> Write:
        data = self.call_input()
        return lambda db: calls.log_call(db, data)

    def saved(self, result: calls.CallResult) -> None:
        self.result_ids = result
        self.ctx.status(self.tr("Call logged."))

    def reject(self) -> None:
        if self.is_busy():
            return
        self._tick.stop()
        super().reject()


def _next_working_morning(days: frozenset[int]) -> datetime:
    nine = local(datetime.now(UTC)).replace(hour=9, minute=0, second=0, microsecond=0)
    return add_business_days(nine, 1, days).astimezone(UTC)
