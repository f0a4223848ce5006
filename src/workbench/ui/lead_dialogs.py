"""The leads' dialogs: a lead's form, disqualifying, converting into account, contact and deal,
and the working days the response-time flag counts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.business_days import DAY_NAMES
from workbench.domain.enums import LeadDirection, LeadSource
from workbench.domain.money import MoneyError
from workbench.domain.rules import format_phone
from workbench.errors import ValidationError
from workbench.services import leads as lead_service
from workbench.services.accounts import get_contact
from workbench.services.board import PipelineInfo, list_pipelines
from workbench.store.db import Database
from workbench.ui.amounts import parse_amount
from workbench.ui.context import AppContext
from workbench.ui.date_edit import DateEdit
from workbench.ui.domain_texts import domain_text, enum_text
from workbench.ui.duplicates import DuplicateDialog
from workbench.ui.forms import FormDialog, Write
from workbench.ui.messages import error_label, show_error
from workbench.ui.operations import ReadOp, WriteOp


def combo(items: list[tuple[str, Any]], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


class LeadDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, lead_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New lead") if lead_id is None else self.tr("Lead"), parent)
        self.setObjectName("leadDialog")
        self.ctx, self.lead_id = ctx, lead_id
        self.saved_id: uuid.UUID | None = lead_id
        self.first_name = self.add_row(self.tr("&First name"), "first_name", QLineEdit())
        self.last_name = self.add_row(self.tr("&Last name"), "last_name", QLineEdit())
        self.company = self.add_row(self.tr("&Company"), "company", QLineEdit())
        self.title_edit = self.add_row(self.tr("&Title"), "title", QLineEdit())
        self.email = self.add_row(self.tr("&E-mail"), "email", QLineEdit())
        self.phone = self.add_row(self.tr("&Phone"), "phone", QLineEdit())
        self.source = combo([(enum_text(s), s) for s in LeadSource], "source")
        self.add_row(self.tr("&Source"), "source", self.source)
        self.direction = combo(
            [
                (self.tr("Inbound"), LeadDirection.INBOUND),
                (self.tr("Outbound"), LeadDirection.OUTBOUND),
            ],
            "direction",
        )
        self.add_row(self.tr("&Inbound/outbound"), "direction", self.direction)
        self.notes = self.add_row(self.tr("No&tes"), "notes", QPlainTextEdit())
        self.notes.setFixedHeight(80)
        self.status_label = QLabel()
        # What the person decided about look-alikes found by the save (see `saved`).
        self._merged_into: lead_service.DuplicateMatch | None = None
        if lead_id is not None:
            self.load(lambda db: lead_service.get_lead(db, lead_id), self._fill)
        else:
            self.source.setCurrentIndex(self.source.findData(LeadSource.WEB_FORM))

    def _fill(self, d: lead_service.LeadDetails) -> None:
        for attr in ("first_name", "last_name", "company", "title", "email"):
            widget = self.title_edit if attr == "title" else getattr(self, attr)
            widget.setText(getattr(d.data, attr))
        self.phone.setText(format_phone(d.data.phone) if d.data.phone else "")
        self.source.setCurrentIndex(self.source.findData(d.data.source))
        self.direction.setCurrentIndex(self.direction.findData(d.data.direction))
        self.notes.setPlainText(d.data.notes)
        self.form.insertRow(0, self.tr("Status"), QLabel(enum_text(d.status)))
        self.received_at = d.data.received_at

    def data(self) -> lead_service.LeadInput:
        return lead_service.LeadInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            company=self.company.text(),
            title=self.title_edit.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            source=self.source.currentData(),
            direction=self.direction.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> Write:
        data = self._data = self.data()
        self._merged_into = None
        lead_id = self.lead_id
        if lead_id is not None:
            return lambda db: lead_service.update_lead(db, lead_id, data)
        return lambda db: _create_unless_duplicate(db, data)

    def saved(self, result: Any) -> Write | None:
        if self.lead_id is not None:
            return None
        if self._merged_into is not None:
            self.saved_id = self._merged_into.id
            self.ctx.status(self.tr("Merged into the existing lead %s.") % self._merged_into.name)
            return None
        if isinstance(result, uuid.UUID):
            self.saved_id = result
            return None
        dialog = DuplicateDialog(result, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise ValidationError(self.tr("Not saved: decide between merging and keeping both."))
        chosen, data = dialog.chosen(), self._data
        if dialog.merge and chosen is not None and chosen.kind == "lead":
            self._merged_into = chosen
            return lambda db: lead_service.merge_into_lead(db, chosen.id, data)
        return lambda db: _create_linked(db, data, chosen)


def _create_unless_duplicate(db: Database, data: lead_service.LeadInput) -> uuid.UUID | list[Any]:
    """The new lead's id, or, without saving it, the look-alikes (leads, contacts,
    accounts) for the person to decide about."""
    values = lead_service.validate_lead(db, data)  # bad input fails before the duplicate check
    # The number as it will be stored (E.164), so it is compared as read in its region.
    matches = lead_service.find_duplicates(
        db, email=data.email, phone=values["phone"], company=data.company
    )
    return matches or lead_service.create_lead(db, data)


def _create_linked(
    db: Database, data: lead_service.LeadInput, chosen: lead_service.DuplicateMatch | None
) -> uuid.UUID:
    """A lead kept beside a look-alike customer, linked to that account or contact."""
    account_id = contact_id = None
    if chosen is not None and chosen.kind == "account":
        account_id = chosen.id
    elif chosen is not None and chosen.kind == "contact":
        contact_id = chosen.id
        account_id = get_contact(db, chosen.id).account_id
    return lead_service.create_lead(db, data, account_id=account_id, contact_id=contact_id)


class DisqualifyDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, lead_id: uuid.UUID, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Disqualify %s") % name, parent)
        self.setObjectName("disqualifyDialog")
        self.ctx, self.lead_id = ctx, lead_id
        self.change: lead_service.StatusChange | None = None
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        self.add_row(self.tr("&Reason"), "reason", self.reason)
        self.note = self.add_row(self.tr("&Note"), "note", QPlainTextEdit())
        self.note.setFixedHeight(70)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Disqualify"))
        self.load(lead_service.disqualify_reasons, self._fill)

    def _fill(self, reasons: list[tuple[uuid.UUID, str]]) -> None:
        for reason_id, text in reasons:
            self.reason.addItem(text, reason_id)

    def save(self) -> Write:
        lead_id, reason, note = self.lead_id, self.reason.currentData(), self.note.toPlainText()
        return lambda db: lead_service.disqualify_lead(db, lead_id, reason, note)

    def saved(self, result: lead_service.StatusChange) -> None:
        self.change = result


class ConvertDialog(FormDialog):
    """Convert an SQL lead: the account (reused if it exists), contact and deal."""

    def __init__(self, ctx: AppContext, lead_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(self.tr("Convert lead into a deal"), parent)
        self.setObjectName("convertDialog")
        self.ctx, self.lead_id = ctx, lead_id
        self.result_ids: lead_service.ConversionResult | None = None
        self.account_note = QLabel(self.tr("Account: …"))
        self.form.addRow(self.account_note)
        self.pipeline = QComboBox()
        self.add_row(self.tr("&Sales process"), "pipeline", self.pipeline)
        self.deal_title = self.add_row(self.tr("&Deal title"), "title", QLineEdit())
        self.amount = self.add_row(self.tr("&Value"), "amount", QLineEdit())
        self.amount.setPlaceholderText("0")
        self.currency = self.add_row(self.tr("C&urrency"), "currency", QLineEdit("EUR"))
        self.currency.setMaxLength(3)
        self.has_close = QCheckBox(self.tr("Expected close"))
        self.close_date = DateEdit(QDate.currentDate().addMonths(2).toPython())
        row = QHBoxLayout()
        row.addWidget(self.has_close)
        row.addWidget(self.close_date, 1)
        self.form.addRow(row)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Convert"))
        self.load(lambda db: _conversion_form(db, lead_id), self._fill)

    def _fill(self, loaded: _ConversionForm) -> None:
        self.account_note.setText(
            self.tr("Account: <b>%s</b> (existing, will be reused)") % loaded.account_name
            if loaded.account_exists
            else self.tr("Account: <b>%s</b> (new)") % loaded.account_name
        )
        for p in loaded.pipelines:
            self.pipeline.addItem(p.name, p.id)
        lead = loaded.lead
        self.deal_title.setText(lead.data.company or lead.display_name)

    def save(self) -> Write:
        try:
            amount = parse_amount(self.amount.text() or "0")
        except MoneyError as exc:
            raise ValidationError(str(exc), "amount") from None
        lead_id = self.lead_id
        data = lead_service.ConversionInput(
            pipeline_id=self.pipeline.currentData(),
            title=self.deal_title.text(),
            amount=amount,
            currency=self.currency.text(),
            expected_close=self.close_date.date().toPython()  # type: ignore[arg-type]
            if self.has_close.isChecked()
            else None,
        )
        return lambda db: lead_service.convert_lead(db, lead_id, data)

    def saved(self, result: lead_service.ConversionResult) -> None:
        self.result_ids = result


@dataclass(frozen=True)
class _ConversionForm:
    lead: lead_service.LeadDetails
    pipelines: list[PipelineInfo]
    account_name: str
    account_exists: bool


def _conversion_form(db: Database, lead_id: uuid.UUID) -> _ConversionForm:
    name, existing = lead_service.conversion_account_name(db, lead_id)
    return _ConversionForm(lead_service.get_lead(db, lead_id), list_pipelines(db), name, existing)


class WorkingDaysDialog(QDialog):
    """Which weekdays count as business days for the response-time rule."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workingDaysDialog")
        self.setWindowTitle(self.tr("Working days"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "New leads should be contacted within one business day (amber after one, red "
                "after two). Days not ticked here don't count."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.boxes: list[QCheckBox] = []
        for i, name in enumerate(DAY_NAMES):
            box = QCheckBox(domain_text(name))
            box.setObjectName(f"day{i}")
            self.boxes.append(box)
            row.addWidget(box)
        layout.addLayout(row)
        self.error = error_label(bold=False, wrap=False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._set_busy(True)  # until the days are read
        ReadOp(ctx, lead_service.working_days, parent=self).success(self._fill).run()

    def _fill(self, days: frozenset[int]) -> None:
        for i, box in enumerate(self.boxes):
            box.setChecked(i in days)
        self._set_busy(False)

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for box in self.boxes:
            box.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _save(self) -> None:
        if self._busy:
            return
        days = [i for i, b in enumerate(self.boxes) if b.isChecked()]
        self._set_busy(True)

        def saved(_result: object) -> None:
            self._set_busy(False)
            self.accept()

        def refused(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, ValidationError):
                self.error.setText(str(exc))
            else:
                show_error(self, exc)

        WriteOp(self.ctx, lambda db: lead_service.set_working_days(db, days), parent=self).success(
            saved
        ).failure(refused).run(initiator=self)
