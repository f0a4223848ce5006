"""The Leads area: filterable list with the response-time flag, qualify / disqualify /
convert, duplicates found on entry (merge or keep both), and the lead's timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.business_days import DAY_NAMES, ResponseFlag
from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus, label
from workbench.domain.money import MoneyError, parse_decimal
from workbench.domain.rules import format_phone
from workbench.errors import ValidationError
from workbench.services import leads as lead_service
from workbench.services.accounts import get_contact
from workbench.services.board import PipelineInfo, list_pipelines
from workbench.store.db import Database
from workbench.ui.call_log import CallDialog, PhoneLabel
from workbench.ui.context import AppContext
from workbench.ui.duplicates import DuplicateDialog
from workbench.ui.forms import FormDialog, Write
from workbench.ui.list_area import ListArea
from workbench.ui.messages import show_error
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.operations.undo import OpUndoCommand
from workbench.ui.paged_model import Column
from workbench.ui.pills import draw_pill

FLAG_COLOURS = {ResponseFlag.AMBER: QColor("#f29900"), ResponseFlag.RED: QColor("#d93025")}
FLAG_TEXT = {ResponseFlag.AMBER: "> 1 day", ResponseFlag.RED: "> 2 days", ResponseFlag.NONE: ""}


def _age(days: int) -> str:
    return "today" if days == 0 else ("1 day" if days == 1 else f"{days} days")


LEAD_COLUMNS: list[Column[lead_service.LeadRow]] = [
    Column("Response", lambda r: FLAG_TEXT[r.flag]),
    Column("Name", lambda r: f"{r.first_name} {r.last_name}".strip()),
    Column("Company", lambda r: r.company),
    Column("Status", lambda r: label(r.status)),
    Column("Source", lambda r: label(r.source)),
    Column("In/out", lambda r: label(r.direction)),
    Column("Owner", lambda r: r.owner_name),
    Column("Age", lambda r: _age(r.age_days), align_right=True),
    Column("Phone", lambda r: format_phone(r.phone) if r.phone else ""),
    Column("E-mail", lambda r: r.email),
]


class FlagDelegate(QStyledItemDelegate):
    """The response-time flag as an amber or red pill."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        colour = FLAG_COLOURS.get(row.flag) if row is not None else None
        if colour is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        draw_pill(painter, rect, colour, FLAG_TEXT[row.flag], option.font)  # type: ignore[attr-defined]


def _combo(items: list[tuple[str, Any]], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


class LeadsArea(ListArea):
    watches = frozenset({"lead", "user", "activity"})
    noun = "lead"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._ready = False
        super().__init__(ctx, LEAD_COLUMNS, parent)
        self.setObjectName("leadsArea")
        self.table.setItemDelegateForColumn(0, FlagDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate((86, 150, 210, 60, 110, 75, 110, 60, 130)):
            self.table.setColumnWidth(column, width)

        self.status_filter = _combo(
            [
                (self.tr("Open (new, MQL, SQL)"), lead_service.OPEN_STATUSES),
                (self.tr("All statuses"), ()),
                *[(self.tr(label(s)), (s,)) for s in LeadStatus],
            ],
            "statusFilter",
        )
        self.flag_filter = _combo(
            [
                (self.tr("Any response time"), None),
                (self.tr("Waiting > 1 business day"), ResponseFlag.AMBER),
                (self.tr("Waiting > 2 business days"), ResponseFlag.RED),
            ],
            "flagFilter",
        )
        self.source_filter = _combo(
            [(self.tr("All sources"), None), *[(self.tr(label(s)), s) for s in LeadSource]],
            "sourceFilter",
        )
        self.direction_filter = _combo(
            [
                (self.tr("Inbound and outbound"), None),
                (self.tr("Inbound"), LeadDirection.INBOUND),
                (self.tr("Outbound"), LeadDirection.OUTBOUND),
            ],
            "directionFilter",
        )
        self.owner_filter = _combo(
            [(self.tr("Everyone's"), None), (self.tr("Mine"), ctx.me)], "ownerFilter"
        )
        filters = QHBoxLayout()
        for box in (
            self.status_filter,
            self.flag_filter,
            self.source_filter,
            self.direction_filter,
            self.owner_filter,
        ):
            # Combos may shrink, so a narrow window still fits the filter row.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(3)
            filters.addWidget(box, 1)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.days_button = QPushButton(self.tr("Working days…"))
        self.days_button.setObjectName("workingDays")
        self.days_button.clicked.connect(self.edit_working_days)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importLeads")
        self.import_button.clicked.connect(self.import_leads)
        filters.addWidget(self.days_button)
        filters.addWidget(self.import_button)

        # Actions on the selected lead.
        self.qualify_button = QPushButton(self.tr("Qualify"))
        self.qualify_button.setObjectName("qualify")
        self.disqualify_button = QPushButton(self.tr("Disqualify…"))
        self.disqualify_button.setObjectName("disqualify")
        self.convert_button = QPushButton(self.tr("Convert…"))
        self.convert_button.setObjectName("convert")
        self.call_button = QPushButton(self.tr("Log call…"))
        self.call_button.setObjectName("logCall")
        actions = QHBoxLayout()
        for b in (
            self.qualify_button,
            self.disqualify_button,
            self.convert_button,
            self.call_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.qualify_action = self._action(self.tr("Qualify"), "Ctrl+Shift+Q", self.qualify)
        self.disqualify_action = self._action(
            self.tr("Disqualify"), "Ctrl+Shift+X", self.disqualify
        )
        self.convert_action = self._action(self.tr("Convert"), "Ctrl+Shift+C", self.convert)
        self.call_action = self._action(self.tr("Log a call"), "Ctrl+L", self.log_call)
        self._action(self.tr("New lead"), "Ctrl+N", self.create)
        self._action(self.tr("Import leads"), "Ctrl+I", self.import_leads)
        self.qualify_button.clicked.connect(self.qualify_action.trigger)
        self.disqualify_button.clicked.connect(self.disqualify_action.trigger)
        self.convert_button.clicked.connect(self.convert_action.trigger)
        self.call_button.clicked.connect(self.call_action.trigger)
        for b, key in (
            (self.qualify_button, "Ctrl+Shift+Q"),
            (self.disqualify_button, "Ctrl+Shift+X"),
            (self.convert_button, "Ctrl+Shift+C"),
            (self.call_button, "Ctrl+L"),
        ):
            b.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))

        # The selected lead, with its timeline.
        self.detail = LeadPanel(ctx)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, filters)
        layout.removeWidget(self.table)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])
        layout.addWidget(self.splitter, 1)
        self._ready = True
        self._selection_changed()
        self.reload()

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- queries (the filter is read on the GUI thread, the query runs in the pool) ---------

    def current_filter(self) -> lead_service.LeadFilter:
        if not self._ready:
            return lead_service.LeadFilter(
                search=self.search.text() if hasattr(self, "search") else ""
            )
        return lead_service.LeadFilter(
            search=self.search.text(),
            statuses=self.status_filter.currentData(),
            source=self.source_filter.currentData(),
            direction=self.direction_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
            flag=self.flag_filter.currentData(),
        )

    def _fetcher(self) -> Callable[[int, int], list[Any]]:
        f, db = self.current_filter(), self.ctx.db
        return lambda offset, limit: lead_service.list_leads(db, f, offset=offset, limit=limit)

    def _update_count(self) -> None:
        f, db = self.current_filter(), self.ctx.db
        self.ctx.runner.run(
            lambda: lead_service.count_leads(db, f),
            lambda n: self.count_label.setText(self.tr("%n leads", "", n)),
        )

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        return lead_service.list_leads(
            self.ctx.db, lead_service.LeadFilter(search=search), offset=offset, limit=limit
        )

    def count(self, search: str) -> int:
        return lead_service.count_leads(self.ctx.db, lead_service.LeadFilter(search=search))

    # -- records ---------------------------------------------------------------------------

    def open_dialog(self, record_id: uuid.UUID | None) -> bool:
        return LeadDialog(self.ctx, record_id, self).exec() == QDialog.DialogCode.Accepted

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        lead_service.delete_lead(db, record_id)

    def describe(self, row: Any) -> str:
        return f"“{row.display_name}”"

    def _selection_changed(self, *args: Any) -> None:
        super()._selection_changed(*args)
        if not getattr(self, "_ready", False):
            return
        row: lead_service.LeadRow | None = self.selected_row()
        status = row.status if row else None
        self.qualify_action.setEnabled(status in (LeadStatus.NEW, LeadStatus.MQL))
        self.disqualify_action.setEnabled(status in lead_service.OPEN_STATUSES)
        self.convert_action.setEnabled(status == LeadStatus.SQL)
        self.call_action.setEnabled(row is not None)
        for button, action in (
            (self.qualify_button, self.qualify_action),
            (self.disqualify_button, self.disqualify_action),
            (self.convert_button, self.convert_action),
            (self.call_button, self.call_action),
        ):
            button.setEnabled(action.isEnabled())
        self.qualify_button.setText(
            self.tr("Qualify as SQL") if status == LeadStatus.MQL else self.tr("Qualify as MQL")
        )
        self.detail.show_lead(row.id if row else None)

    # -- actions ---------------------------------------------------------------------------

    def qualify(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name, lead_id = row.display_name, row.id

        def done(change: lead_service.StatusChange) -> None:
            self.ctx.status(self.tr("%s is now %s.") % (name, label(change.after)))

        command = StatusCommand(self.ctx, self, self.tr("Qualify %s") % name, lead_id=lead_id)
        self.ctx.undo.push(command.success(done))

    def disqualify(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = DisqualifyDialog(self.ctx, row.id, row.display_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self.ctx.undo.push(
                StatusCommand(
                    self.ctx,
                    self,
                    self.tr("Disqualify %s") % row.display_name,
                    change=dialog.change,
                )
            )

    def convert(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ConvertDialog(self.ctx, row.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ids is not None:
            self.ctx.status(self.tr("%s converted: the deal is on the board.") % row.display_name)

    def log_call(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        lead_id = row.id

        def call(details: lead_service.LeadDetails) -> None:
            CallDialog(
                self.ctx,
                lead_id=lead_id,
                contact_id=details.contact_id,
                who=row.display_name,
                phone=row.phone,
                parent=self,
            ).exec()

        ReadOp(self.ctx, lambda db: lead_service.get_lead(db, lead_id), parent=self).success(
            call
        ).run()

    def edit_working_days(self) -> None:
        if WorkingDaysDialog(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def import_leads(self) -> None:
        from workbench.ui.lead_import_wizard import LeadImportWizard

        LeadImportWizard(self.ctx, self).exec()


class StatusCommand(OpUndoCommand):
    """Qualifying a lead (`lead_id`: the step is taken when pushed), or a disqualification
    the dialog has already saved (`change`); undo and redo restore the status, refused
    when the lead's status has changed since."""

    def __init__(
        self,
        ctx: AppContext,
        initiator: QWidget,
        text: str,
        *,
        lead_id: uuid.UUID | None = None,
        change: lead_service.StatusChange | None = None,
    ) -> None:
        super().__init__(ctx, text, initiator=initiator, done=change is not None)
        self.lead_id, self.change = lead_id, change  # the change: on the write thread

    def forward(self, db: Database) -> lead_service.StatusChange:
        if self.change is None:
            assert self.lead_id is not None
            self.change = lead_service.qualify_lead(db, self.lead_id)
        else:
            lead_service.redo_status(db, self.change)
        return self.change

    def backward(self, db: Database) -> lead_service.StatusChange:
        assert self.change is not None
        lead_service.restore_status(db, self.change)
        return self.change


class LeadPanel(QWidget):
    """The selected lead: who, how to reach them, status, and the timeline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadPanel")
        self.ctx = ctx
        self.lead_id: uuid.UUID | None = None
        self.title = QLabel()
        self.title.setObjectName("leadTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.phone = PhoneLabel()
        self.phone.dialed.connect(self._dialed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.phone)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        from workbench.ui.timeline import TimelineView

        self.timeline = TimelineView(ctx)
        layout.addWidget(self.timeline, 1)
        self.show_lead(None)

    def show_lead(self, lead_id: uuid.UUID | None) -> None:
        self.lead_id = lead_id
        if lead_id is None:
            self.title.setText(self.tr("No lead selected"))
            self.info.setText("")
            self.phone.set_number("")
            self.timeline.show_for()
            return
        db = self.ctx.db
        self.ctx.runner.run(lambda: lead_service.get_lead(db, lead_id), self._arrived)
        self.timeline.show_for(lead_id=lead_id)

    def _arrived(self, d: lead_service.LeadDetails) -> None:
        if d.id != self.lead_id:
            return
        self.title.setText(d.display_name)
        self.phone.set_number(d.data.phone)
        lines = [
            f"{label(d.status)} · {label(d.data.source)} · {label(d.data.direction)}",
            d.data.title,
            f"<a href='mailto:{d.data.email}'>{d.data.email}</a>" if d.data.email else "",
            self.tr("Arrived %s") % d.data.received_at.astimezone().strftime("%d.%m.%Y %H:%M")
            if d.data.received_at
            else "",
            self.tr("First contact %s")
            % d.first_contacted_at.astimezone().strftime("%d.%m.%Y %H:%M")
            if d.first_contacted_at
            else self.tr("<span style='color:#d93025'>Not contacted yet</span>"),
            self.tr("Disqualified: %s %s") % (d.disqualify_reason, d.disqualify_note)
            if d.status == LeadStatus.DISQUALIFIED
            else "",
            d.data.notes.replace("\n", "<br>"),
        ]
        self.info.setText("<br>".join(line for line in lines if line))
        self.info.setOpenExternalLinks(True)

    def _dialed(self, number: str) -> None:
        if self.lead_id is None:
            return
        dialog = CallDialog(
            self.ctx, lead_id=self.lead_id, who=self.title.text(), phone=number, parent=self
        )
        dialog.start_timer()
        dialog.open()


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
        self.source = _combo([(self.tr(label(s)), s) for s in LeadSource], "source")
        self.add_row(self.tr("&Source"), "source", self.source)
        self.direction = _combo(
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
        self.form.insertRow(0, self.tr("Status"), QLabel(label(d.status)))
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
        self.close_date = QDateEdit()
        self.close_date.setCalendarPopup(True)
        self.close_date.setDate(self.close_date.date().currentDate().addMonths(2))
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
            amount = parse_decimal(self.amount.text() or "0")
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
            box = QCheckBox(self.tr(name))
            box.setObjectName(f"day{i}")
            self.boxes.append(box)
            row.addWidget(box)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
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
