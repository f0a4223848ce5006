"""An opportunity opened from the board: its fields, sharing, the current stage's
checklist, the activity timeline and its offers. Also creates new opportunities."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import ForecastCategory, OfferStatus
from workbench.domain.money import MoneyError, parse_decimal
from workbench.errors import ValidationError
from workbench.services import accounts, board, opportunities, tasks
from workbench.store.db import Database
from workbench.ui.board.filters import select_data
from workbench.ui.context import AppContext
from workbench.ui.domain_texts import enum_text
from workbench.ui.forms import FormDialog, Write, typed_over
from workbench.ui.messages import show_error
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.pickers import AccountPicker

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "none"


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDisplayFormat("dd MMM yyyy")
    edit.setDate(NO_DATE)
    return edit


def _edit_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else value.toPython()  # type: ignore[no-any-return]


@dataclass(frozen=True)
class _DealForm:
    """Everything the dialog shows, read in one go on the read pool."""

    details: board.OpportunityDetails | None  # None for a new deal
    users: list[tuple[uuid.UUID, str]]
    stages: list[board.StageInfo]
    contacts: list[accounts.ContactRow]  # of the deal's account
    shares: list[tuple[uuid.UUID, str]]
    checklist: list[board.ChecklistItem]
    offers: list[board.OfferRow]


def _read_form(
    db: Database, opportunity_id: uuid.UUID | None, pipeline_id: uuid.UUID | None
) -> _DealForm:
    details = board.opportunity_details(db, opportunity_id) if opportunity_id else None
    pipeline_id = details.pipeline_id if details else pipeline_id
    stages = board.list_stages(db, pipeline_id) if pipeline_id else []
    users = board.list_users(db)
    if details is None:
        return _DealForm(None, users, stages, [], [], [], [])
    return _DealForm(
        details,
        users,
        stages,
        _contacts(db, details.account_id),
        board.opportunity_shares(db, details.id),
        board.stage_checklist(db, details.id, details.stage_id),
        board.list_offers(db, details.id),
    )


def _contacts(db: Database, account_id: uuid.UUID | None) -> list[accounts.ContactRow]:
    if account_id is None:
        return []
    return accounts.list_contacts(db, account_id=account_id, limit=500)


class OpportunityDialog(FormDialog):
    """`opportunity_id` None creates a new deal in `pipeline_id` (at `stage_id`, or the
    first stage). `tab` ("checklist", "timeline", "offers") opens that tab first.

    The dialog opens at once and fills in when its read returns; changes made in the
    checklist, sharing and offers tabs are written straight away, each as an operation,
    while the deal's fields are saved with the Save button."""

    # opportunity id, OpportunityInput before, OpportunityInput after (for undo)
    edited = Signal(object, object, object)

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: uuid.UUID | None,
        parent: QWidget | None = None,
        *,
        pipeline_id: uuid.UUID | None = None,
        stage_id: uuid.UUID | None = None,
        tab: str | None = None,
    ) -> None:
        new = opportunity_id is None
        super().__init__(self.tr("New opportunity") if new else self.tr("Opportunity"), parent)
        self.setObjectName("opportunityDialog")
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.saved_id: uuid.UUID | None = opportunity_id
        self.details: board.OpportunityDetails | None = None  # once read
        self.pipeline_id = pipeline_id
        self.users: list[tuple[uuid.UUID, str]] = []
        self._build_fields(new)

        # The form FormDialog built goes into the first tab.
        self.layout().removeItem(self.form)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.form)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("opportunityTabs")
        self.tabs.addTab(details, self.tr("&Details"))
        if not new:
            details_layout.addWidget(self._sharing_box())
            self.checklist = self._checklist_tab()
            self.tabs.addTab(self.checklist, self.tr("&Checklist"))
            self.tabs.addTab(self._timeline_tab(), self.tr("&Timeline"))
            self.tabs.addTab(self._offers_tab(), self.tr("O&ffers"))
        details_layout.addStretch(1)
        self.layout().insertWidget(1, self.tabs)  # type: ignore[attr-defined]
        self.resize(640, 560)
        names = {"checklist": 1, "timeline": 2, "offers": 3}
        if tab in names and self.tabs.count() > names[tab]:
            self.tabs.setCurrentIndex(names[tab])
        self._stage_id = stage_id
        if opportunity_id is not None:
            me = ctx.me
            self.watch(
                frozenset({"opportunity", "account", "stage"}),
                lambda db: board.opportunity_details(db, opportunity_id),
                self.tr("deal"),
                lambda db, since: board.recent_editor(db, opportunity_id, since, me),
            )
        self.load(lambda db: _read_form(db, opportunity_id, pipeline_id), self._fill)

    # -- details -------------------------------------------------------------------------

    def _build_fields(self, new: bool) -> None:
        self.title_edit = self.add_row(self.tr("&Title"), "title", QLineEdit())
        self.stage = QComboBox()
        if new:
            self.add_row(self.tr("&Stage"), "stage", self.stage)
        self.account = AccountPicker(self.ctx)
        self.add_row(self.tr("&Account"), "account", self.account)
        self.contact = QComboBox()
        self.contact.addItem("—", None)
        self.add_row(self.tr("C&ontact"), "contact", self.contact)
        money = QWidget()
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.currency = QLineEdit("EUR")
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(60)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        self.add_row(self.tr("&Value"), "amount", money)
        self._fields["currency"] = self.currency
        self.track("amount", self.amount)
        self.track("currency", self.currency)
        self.expected_close = self.add_row(
            self.tr("&Expected close"), "expected_close", _date_edit("expected_close")
        )
        self.owner = QComboBox()
        self.add_row(self.tr("O&wner"), "owner", self.owner)
        # Where the deal counts in the forecast: the stage's category unless overridden.
        self.forecast = QComboBox()
        self.forecast.setObjectName("forecast_category")
        self.forecast.addItem(self.tr("As the stage says"), None)
        for category in ForecastCategory:
            self.forecast.addItem(enum_text(category), category)
        self.add_row(self.tr("&Forecast"), "forecast_category", self.forecast)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.add_row(self.tr("&Notes"), "notes", self.notes)

    def _fill(self, form: _DealForm) -> None:
        self.details, self.users = form.details, form.users
        for st in form.stages:
            self.stage.addItem(f"{st.position + 1}. {st.name}", st.id)
        for user_id, name in self.users:
            self.owner.addItem(name, user_id)
        # Connected only now, so filling in the deal's account doesn't read its contacts
        # a second time.
        self.account.account_changed.connect(lambda _id: self._load_contacts(None))
        d = self.details
        if d is None:
            if self._stage_id is not None:
                select_data(self.stage, self._stage_id)
            select_data(self.owner, self.ctx.me)
            return
        self.pipeline_id = d.pipeline_id
        self._show_fields(d)
        self._show_contacts(form.contacts, d.contact_id)
        self.shown(d)
        for user_id, name in self.users:
            self.share_user.addItem(name, user_id)
        self._show_shares(form.shares)
        self.checklist_intro.setText(
            self.tr("Checklist of “%s”. Mandatory items must be done before the deal moves on.")
            % d.stage_name
        )
        self._show_checklist(form.checklist)
        self._show_offers(form.offers)

    def _show_fields(self, d: board.OpportunityDetails) -> None:
        self.details = d
        self.title_edit.setText(d.title)
        self.setWindowTitle(f"{d.title} — {d.stage_name}")
        self.account.blockSignals(True)
        self.account.set_account(d.account_id, d.account_name)
        self.account.blockSignals(False)
        self.amount.setText(f"{d.amount:f}")
        self.currency.setText(d.currency)
        self.expected_close.setDate(QDate(d.expected_close) if d.expected_close else NO_DATE)
        select_data(self.owner, d.owner_id)
        self.forecast.setItemText(
            0, self.tr("As the stage says (%s)") % enum_text(d.stage_forecast)
        )
        select_data(self.forecast, d.forecast_category)
        self.notes.setPlainText(d.notes)

    def show_record(self, value: Any) -> None:
        shown_account = self.account.account_id()
        self._show_fields(value)
        if value.account_id != shown_account:
            self._load_contacts(value.contact_id)
        else:
            select_data(self.contact, value.contact_id)

    def _load_contacts(self, selected: uuid.UUID | None) -> None:
        account_id = self.account.account_id()
        self._show_contacts([], None)
        if account_id is None:
            return

        def show(rows: list[accounts.ContactRow]) -> None:
            if self.account.account_id() == account_id:  # not changed again meanwhile
                self._show_contacts(rows, selected)

        ReadOp(self.ctx, lambda db: _contacts(db, account_id), parent=self).success(show).run()

    def _show_contacts(self, rows: list[accounts.ContactRow], selected: uuid.UUID | None) -> None:
        with self.filling():
            self.contact.clear()
            self.contact.addItem("—", None)
            for c in rows:
                self.contact.addItem(c.full_name + (f" ({c.title})" if c.title else ""), c.id)
            select_data(self.contact, selected)

    def _input(self) -> opportunities.OpportunityInput:
        text = self.amount.text().strip() or "0"
        try:
            amount = parse_decimal(text)
        except MoneyError:
            raise ValidationError(f"“{text}” is not an amount.", "amount") from None
        if self.account.text().strip() and self.account.account_id() is None:
            raise ValidationError("Choose the account from the list.", "account")
        assert self.pipeline_id is not None
        return opportunities.OpportunityInput(
            title=self.title_edit.text(),
            pipeline_id=self.pipeline_id,
            stage_id=self.details.stage_id if self.details else self.stage.currentData(),
            account_id=self.account.account_id(),
            contact_id=self.contact.currentData(),
            amount=amount,
            currency=self.currency.text(),
            expected_close=_edit_date(self.expected_close),
            owner_id=self.owner.currentData(),
            notes=self.notes.toPlainText(),
            forecast_category=self.forecast.currentData(),
        )

    def save(self) -> Write:
        data = self._input()
        if self.details is None:
            return lambda db: opportunities.create_opportunity(db, data)
        deal_id, names = self.details.id, self.touched()
        if "account_id" in names:
            names.add("contact_id")  # the contact list is the new account's

        def write(db: Database) -> tuple[Any, Any]:
            before = board.opportunity_details(db, deal_id).to_input()
            after = typed_over(before, data, names)
            opportunities.update_opportunity(db, deal_id, after)
            return before, after

        return write

    def saved(self, result: Any) -> None:
        if self.details is None:
            self.saved_id = result
        else:
            # Whoever opened the dialog may offer the edit for undo (the board does).
            before, after = result
            self.edited.emit(self.details.id, before, after)

    # -- sharing -----------------------------------------------------------------------------

    def _sharing_box(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.shared_label = QLabel(self.tr("Loading…"))
        self.shared_label.setObjectName("sharedWith")
        self.shared_label.setWordWrap(True)
        self.share_user = QComboBox()
        self.share_user.setObjectName("shareUser")
        share = QPushButton(self.tr("Share"))
        share.setObjectName("share")
        unshare = QPushButton(self.tr("Unshare"))
        unshare.setObjectName("unshare")
        share.clicked.connect(lambda: self._share(True))
        unshare.clicked.connect(lambda: self._share(False))
        layout.addWidget(self.shared_label, 1)
        layout.addWidget(self.share_user)
        layout.addWidget(share)
        layout.addWidget(unshare)
        return box

    def _show_shares(self, shares: list[tuple[uuid.UUID, str]]) -> None:
        names = [name for _id, name in shares]
        self.shared_label.setText(
            self.tr("Shared with: %s") % ", ".join(names) if names else self.tr("Not shared")
        )

    def _reload_shares(self) -> None:
        assert self.opportunity_id is not None
        deal_id = self.opportunity_id
        ReadOp(self.ctx, lambda db: board.opportunity_shares(db, deal_id), parent=self).success(
            self._show_shares
        ).run()

    def _share(self, on: bool) -> None:
        if self.details is None:
            return
        deal_id, user_id = self.details.id, self.share_user.currentData()
        change = opportunities.share_opportunity if on else opportunities.unshare_opportunity

        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            self._reload_shares()

        WriteOp(self.ctx, lambda db: change(db, deal_id, user_id), parent=self).success(
            lambda _r: self._reload_shares()
        ).failure(refused).run(initiator=self)

    # -- checklist ------------------------------------------------------------------------------

    def _checklist_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.checklist_intro = QLabel(self.tr("Loading…"))
        self.checklist_intro.setWordWrap(True)
        layout.addWidget(self.checklist_intro)
        self.checklist_table = QTableWidget(0, 4)
        self.checklist_table.setObjectName("checklistTable")
        self.checklist_table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Task"), self.tr("Assigned to"), self.tr("Due")]
        )
        header = self.checklist_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.checklist_table.verticalHeader().hide()
        layout.addWidget(self.checklist_table, 1)
        return page

    def _show_checklist(self, items: list[board.ChecklistItem]) -> None:
        table = self.checklist_table
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            done = QCheckBox()
            done.setChecked(item.done)
            done.setObjectName(f"done_{row}")
            done.toggled.connect(lambda on, tid=item.id: self._task(tasks.complete_task, tid, on))
            table.setCellWidget(row, 0, done)
            title = QTableWidgetItem(
                item.title + (self.tr("  (mandatory)") if item.mandatory else "")
            )
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            title.setData(Qt.ItemDataRole.UserRole, item.id)
            table.setItem(row, 1, title)
            assignee = QComboBox()
            assignee.addItem("—", None)
            for user_id, name in self.users:
                assignee.addItem(name, user_id)
            select_data(assignee, item.assignee_id)
            assignee.currentIndexChanged.connect(
                lambda _i, tid=item.id, box=assignee: self._task(
                    tasks.assign_task, tid, box.currentData()
                )
            )
            table.setCellWidget(row, 2, assignee)
            due = _date_edit(f"due_{row}")
            if item.due_at is not None:
                due.setDate(QDate(item.due_at.astimezone().date()))
            due.dateChanged.connect(
                lambda _d, tid=item.id, edit=due: self._task(
                    tasks.set_task_due, tid, _due_at(_edit_date(edit))
                )
            )
            table.setCellWidget(row, 3, due)
        table.resizeColumnToContents(0)
        table.setColumnWidth(2, 160)
        table.setColumnWidth(3, 130)

    def _task(self, fn: Callable[..., object], task_id: uuid.UUID, value: object) -> None:
        WriteOp(self.ctx, lambda db: fn(db, task_id, value), parent=self).run(initiator=self)

    # -- timeline and offers ----------------------------------------------------------------------

    def _timeline_tab(self) -> QWidget:
        from workbench.ui.timeline import TimelineView

        assert self.opportunity_id is not None
        self.timeline = TimelineView(self.ctx)
        self.timeline.show_for(opportunity_id=self.opportunity_id)
        return self.timeline

    def _offers_tab(self) -> QWidget:
        """The deal's offers, read-only: number, version, status, gross total, with
        buttons to create or open an offer."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.offers_table = QTableWidget(0, 4)
        self.offers_table.setObjectName("offersTable")
        self.offers_table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Version"), self.tr("Status"), self.tr("Gross total")]
        )
        self.offers_table.horizontalHeader().setStretchLastSection(True)
        self.offers_table.verticalHeader().hide()
        self.offers_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.offers_table, 1)
        self.no_offers = QLabel(self.tr("No offers for this deal yet."))
        self.no_offers.hide()
        layout.addWidget(self.no_offers)
        buttons = QHBoxLayout()
        new_offer = QPushButton(self.tr("&New offer"))
        new_offer.setObjectName("newOffer")
        new_offer.clicked.connect(self._new_offer)
        self.open_offer = QPushButton(self.tr("&Open offer"))
        self.open_offer.setObjectName("openOffer")
        self.open_offer.setEnabled(False)
        self.open_offer.clicked.connect(self._open_selected_offer)
        self.offers_table.doubleClicked.connect(lambda _i: self._open_selected_offer())
        buttons.addWidget(new_offer)
        buttons.addWidget(self.open_offer)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_offers(self, offers: list[board.OfferRow]) -> None:
        self.offers_table.setRowCount(len(offers))
        for row, offer in enumerate(offers):
            values = [
                offer.number,
                str(offer.version),
                enum_text(OfferStatus(offer.status)),
                f"{offer.gross_total:,.2f} {offer.currency}".strip(),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, offer.id)
                self.offers_table.setItem(row, col, item)
        self.no_offers.setVisible(not offers)
        self.open_offer.setEnabled(bool(offers))

    def _new_offer(self) -> None:
        from workbench.services.offers import create_offer

        assert self.opportunity_id is not None
        deal_id = self.opportunity_id
        WriteOp(self.ctx, lambda db: create_offer(db, deal_id), parent=self).success(
            self._edit_offer
        ).run(initiator=self)

    def _open_selected_offer(self) -> None:
        item = self.offers_table.currentItem() or self.offers_table.item(0, 0)
        if item is not None:
            self._edit_offer(item.data(Qt.ItemDataRole.UserRole))

    def _edit_offer(self, offer_id: uuid.UUID) -> None:
        from workbench.ui.offers import open_offer_editor

        self.offer_editor = open_offer_editor(self.ctx, offer_id, self, modal=True)
        self.offer_editor.finished.connect(lambda _r: self._reload_offers())

    def _reload_offers(self) -> None:
        assert self.opportunity_id is not None
        deal_id = self.opportunity_id
        ReadOp(self.ctx, lambda db: board.list_offers(db, deal_id), parent=self).success(
            self._show_offers
        ).run()


def _due_at(day: date | None) -> datetime | None:
    """A due date picked in the dialog means the end of that working day, local time."""
    if day is None:
        return None
    return datetime.combine(day, time(17, 0)).astimezone().astimezone(UTC)
