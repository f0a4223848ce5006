"""An opportunity opened from the board: its fields, sharing, the current stage's
checklist, the activity timeline and its offers. Also creates new opportunities."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from workbench.domain.enums import ForecastCategory, OfferStatus, OpportunityStatus, ShareRole
from workbench.domain.money import MoneyError
from workbench.errors import ValidationError
from workbench.services import accounts, board, opportunities, sharing, tasks
from workbench.store.db import Database
from workbench.ui.amounts import amount_text, money_text, parse_amount
from workbench.ui.board.dialogs import close_deal
from workbench.ui.board.filters import select_data
from workbench.ui.context import AppContext
from workbench.ui.date_edit import DateEdit
from workbench.ui.domain_texts import enum_text
from workbench.ui.forms import FormDialog, Write, typed_over
from workbench.ui.messages import show_error
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.pickers import AccountPicker


def _date_edit(name: str) -> DateEdit:
    edit = DateEdit(optional=True)
    edit.setObjectName(name)
    return edit


@dataclass(frozen=True)
class _DealForm:
    """Everything the dialog shows, read in one go on the read pool."""

    details: board.OpportunityDetails | None  # None for a new deal
    users: list[tuple[uuid.UUID, str]]
    stages: list[board.StageInfo]
    contacts: list[accounts.ContactRow]  # of the deal's account
    shares: list[sharing.SharedWith]
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
        sharing.shared_with(db, details.id),
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
        for combo in (self.stage, self.contact, self.owner, self.forecast):
            # Names are read later; the boxes grow to them instead of cutting them.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("opportunityTabs")
        self.tabs.addTab(details, self.tr("&Details"))
        if not new:
            details_layout.addWidget(self._sharing_box())
            self.checklist = self._checklist_tab()
            self.tabs.addTab(self.checklist, self.tr("&Checklist"))
            self.tabs.addTab(self._timeline_tab(), self.tr("&Timeline"))
            self.tabs.addTab(self._offers_tab(), self.tr("O&ffers"))
        self.layout().insertWidget(1, self.tabs)  # type: ignore[attr-defined]
        if not new:
            self.layout().insertWidget(1, self._status_box())  # type: ignore[attr-defined]
        self.resize(760, 600)
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
        self.stages: list[board.StageInfo] = []
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
        self.notes.setMinimumHeight(70)  # and whatever room the dialog has left
        self.add_row(self.tr("&Notes"), "notes", self.notes)

    def _fill(self, form: _DealForm) -> None:
        self.details, self.users, self.stages = form.details, form.users, form.stages
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
            if user_id != d.owner_id:
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
        self.amount.setText(amount_text(d.amount))
        self.currency.setText(d.currency)
        self.expected_close.set_value(d.expected_close)
        select_data(self.owner, d.owner_id)
        self.forecast.setItemText(
            0, self.tr("As the stage says (%s)") % enum_text(d.stage_forecast)
        )
        select_data(self.forecast, d.forecast_category)
        self.notes.setPlainText(d.notes)
        self._show_status(d)

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
            amount = parse_amount(text)
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
            expected_close=self.expected_close.value(),
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

    # -- status: stage, probability, value; won, lost, reopen --------------------------------

    def _status_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 4)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("dealSummary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.won_button = self._status_button(self.tr("Mark won"), "markWon", row)
        self.won_button.clicked.connect(lambda: self._close(OpportunityStatus.WON))
        self.lost_button = self._status_button(self.tr("Mark lost"), "markLost", row)
        self.lost_button.clicked.connect(lambda: self._close(OpportunityStatus.LOST))
        self.reopen_button = self._status_button(self.tr("Reopen"), "reopen", row)
        self.reopen_button.clicked.connect(self._reopen)
        self.reopen_button.hide()
        return box

    def _status_button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a field saves the form; it closes no deal
        row.addWidget(button)
        return button

    def _show_status(self, d: board.OpportunityDetails) -> None:
        if not hasattr(self, "summary"):
            return  # a new deal has no status yet
        stage = next((st for st in self.stages if st.id == d.stage_id), None)
        status = {
            OpportunityStatus.OPEN: self.tr("Open"),
            OpportunityStatus.WON: self.tr("Won"),
            OpportunityStatus.LOST: self.tr("Lost"),
        }[d.status]
        parts = [f"<b>{escape(status)}</b>"]
        if stage is not None:
            parts.append(
                escape(self.tr("stage %s of %s:")) % (stage.position + 1, len(self.stages))
                + f" <b>{escape(stage.name)}</b>"
            )
            if d.status == OpportunityStatus.OPEN:
                parts.append(escape(self.tr("%s %% probability") % stage.probability))
        parts.append(f"<b>{escape(money_text(d.amount, d.currency))}</b>")
        self.summary.setText(" · ".join(parts))
        is_open = d.status == OpportunityStatus.OPEN
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)

    def _close(self, status: OpportunityStatus) -> None:
        if self.details is None:
            return
        close_deal(
            self.ctx,
            self,
            self.details.id,
            self.details.title,
            status,
            open_checklist=lambda: self.tabs.setCurrentWidget(self.checklist),
            closed=self._reload_status,
        )

    def _reopen(self) -> None:
        if self.details is None:
            return
        deal_id = self.details.id
        op = WriteOp(
            self.ctx, lambda db: opportunities.reopen_opportunity(db, deal_id), parent=self
        )
        op.success(lambda _stamp: self._reload_status()).failure(lambda exc: show_error(self, exc))
        op.run(initiator=self)

    def _reload_status(self) -> None:
        assert self.opportunity_id is not None
        deal_id = self.opportunity_id

        def show(d: board.OpportunityDetails) -> None:
            if self.details is not None:
                # Only the status changed; the fields may hold typing not saved yet.
                self.details = replace(self.details, status=d.status, stage_id=d.stage_id)
            self._show_status(d)

        ReadOp(self.ctx, lambda db: board.opportunity_details(db, deal_id), parent=self).success(
            show
        ).run()

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
        self.share_user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.share_button = QPushButton(self.tr("Share"))
        self.share_button.setObjectName("share")
        self.share_button.setAutoDefault(False)
        self.share_button.clicked.connect(self._share)
        self.share_user.currentIndexChanged.connect(lambda _i: self._name_share_button())
        layout.addWidget(self.shared_label, 1)
        layout.addWidget(self.share_user)
        layout.addWidget(self.share_button)
        self.shares: list[sharing.SharedWith] = []
        return box

    def _show_shares(self, shares: list[sharing.SharedWith]) -> None:
        self.shares = shares
        roles = {ShareRole.COLLEAGUE: self.tr("colleague"), ShareRole.STAND_IN: self.tr("stand-in")}
        names = [f"{sh.name} ({roles.get(sh.role, sh.role.value)})" for sh in shares]
        if not names:
            text = self.tr("Not shared: only the owner works on this deal.")
        elif len(names) == 1:
            text = self.tr("Shared with %s") % names[0]
        else:
            text = self.tr("Shared with %s and %s") % (", ".join(names[:-1]), names[-1])
        self.shared_label.setText(text)
        self._name_share_button()

    def _name_share_button(self) -> None:
        """One button: share with the colleague picked, or stop sharing if it already is."""
        picked = self.share_user.currentData()
        shared = any(sh.user_id == picked for sh in self.shares)
        self.share_button.setText(self.tr("Stop sharing") if shared else self.tr("Share"))
        self.share_button.setEnabled(picked is not None)

    def _reload_shares(self) -> None:
        assert self.opportunity_id is not None
        deal_id = self.opportunity_id
        ReadOp(self.ctx, lambda db: sharing.shared_with(db, deal_id), parent=self).success(
            self._show_shares
        ).run()

    def _share(self) -> None:
        if self.details is None:
            return
        deal_id, user_id = self.details.id, self.share_user.currentData()
        on = not any(sh.user_id == user_id for sh in self.shares)
        change = sharing.share_opportunity if on else sharing.unshare_opportunity

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
                due.set_value(item.due_at.astimezone().date())
            due.dateChanged.connect(
                lambda _d, tid=item.id, edit=due: self._task(
                    tasks.set_task_due, tid, _due_at(edit.value())
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
                money_text(offer.gross_total, offer.currency),
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
