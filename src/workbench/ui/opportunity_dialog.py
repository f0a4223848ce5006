"""An opportunity opened from the board: its fields, sharing, the current stage's
checklist, the activity timeline and its offers. Also creates new opportunities."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

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

from workbench.domain.money import MoneyError, parse_decimal
from workbench.errors import ValidationError
from workbench.services import accounts, board, opportunities, tasks
from workbench.ui.board.filters import select_data
from workbench.ui.context import AppContext
from workbench.ui.forms import FormDialog
from workbench.ui.messages import show_error
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


class OpportunityDialog(FormDialog):
    """`opportunity_id` None creates a new deal in `pipeline_id` (at `stage_id`, or the
    first stage). `tab` ("checklist", "timeline", "offers") opens that tab first."""

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
        self.details: board.OpportunityDetails | None = (
            None if new else board.opportunity_details(ctx.db, opportunity_id)  # type: ignore[arg-type]
        )
        self.pipeline_id = self.details.pipeline_id if self.details else pipeline_id
        self.users = board.list_users(ctx.db)
        self._build_fields(stage_id)

        # The form FormDialog built goes into the first tab.
        self.layout().removeItem(self.form)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(self.form)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("opportunityTabs")
        self.tabs.addTab(details, self.tr("&Details"))
        if self.details is not None:
            details_layout.addWidget(self._sharing_box())
            self.checklist = self._checklist_tab()
            self.tabs.addTab(self.checklist, self.tr("&Checklist"))
            self.tabs.addTab(self._timeline_tab(), self.tr("&Timeline"))
            self.tabs.addTab(self._offers_tab(), self.tr("O&ffers"))
        details_layout.addStretch(1)
        self.layout().insertWidget(0, self.tabs)  # type: ignore[attr-defined]
        self.resize(640, 560)
        names = {"checklist": 1, "timeline": 2, "offers": 3}
        if tab in names and self.tabs.count() > names[tab]:
            self.tabs.setCurrentIndex(names[tab])

    # -- details -------------------------------------------------------------------------

    def _build_fields(self, stage_id: uuid.UUID | None) -> None:
        d = self.details
        self.title_edit = self.add_row(self.tr("&Title"), "title", QLineEdit())
        self.stage = QComboBox()
        for st in board.list_stages(self.ctx.db, self.pipeline_id) if self.pipeline_id else []:
            self.stage.addItem(f"{st.position + 1}. {st.name}", st.id)
        if d is None:
            self.add_row(self.tr("&Stage"), "stage", self.stage)
            if stage_id is not None:
                select_data(self.stage, stage_id)
        self.account = AccountPicker(self.ctx)
        self.add_row(self.tr("&Account"), "account", self.account)
        self.contact = QComboBox()
        self.add_row(self.tr("C&ontact"), "contact", self.contact)
        self.account.account_changed.connect(lambda _id: self._load_contacts(None))
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
        self.expected_close = self.add_row(
            self.tr("&Expected close"), "expected_close", _date_edit("expected_close")
        )
        self.owner = QComboBox()
        for user_id, name in self.users:
            self.owner.addItem(name, user_id)
        self.add_row(self.tr("O&wner"), "owner", self.owner)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.add_row(self.tr("&Notes"), "notes", self.notes)

        if d is None:
            select_data(self.owner, self.ctx.me)
            return
        self.title_edit.setText(d.title)
        self.setWindowTitle(f"{d.title} — {d.stage_name}")
        if d.account_id is not None:
            self.account.set_account(d.account_id, d.account_name)
        self._load_contacts(d.contact_id)
        self.amount.setText(f"{d.amount:f}")
        self.currency.setText(d.currency)
        if d.expected_close is not None:
            self.expected_close.setDate(QDate(d.expected_close))
        select_data(self.owner, d.owner_id)
        self.notes.setPlainText(d.notes)

    def _load_contacts(self, selected: uuid.UUID | None) -> None:
        self.contact.clear()
        self.contact.addItem("—", None)
        account_id = self.account.account_id()
        if account_id is None:
            return
        for c in accounts.list_contacts(self.ctx.db, account_id=account_id, limit=500):
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
        )

    def save(self) -> None:
        data = self._input()
        if self.details is None:
            self.saved_id = opportunities.create_opportunity(self.ctx.db, data)
            return
        before = self.details.to_input()
        opportunities.update_opportunity(self.ctx.db, self.details.id, data)
        self.edited.emit(self.details.id, before, data)

    # -- sharing -----------------------------------------------------------------------------

    def _sharing_box(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.shared_label = QLabel()
        self.shared_label.setObjectName("sharedWith")
        self.shared_label.setWordWrap(True)
        self.share_user = QComboBox()
        self.share_user.setObjectName("shareUser")
        for user_id, name in self.users:
            self.share_user.addItem(name, user_id)
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
        self._show_shares()
        return box

    def _show_shares(self) -> None:
        assert self.details is not None
        names = [name for _id, name in board.opportunity_shares(self.ctx.db, self.details.id)]
        self.shared_label.setText(
            self.tr("Shared with: %s") % ", ".join(names) if names else self.tr("Not shared")
        )

    def _share(self, on: bool) -> None:
        assert self.details is not None
        user_id = self.share_user.currentData()
        try:
            if on:
                opportunities.share_opportunity(self.ctx.db, self.details.id, user_id)
            else:
                opportunities.unshare_opportunity(self.ctx.db, self.details.id, user_id)
        except Exception as exc:
            show_error(self, exc)
        self._show_shares()

    # -- checklist ------------------------------------------------------------------------------

    def _checklist_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        assert self.details is not None
        intro = QLabel(
            self.tr("Checklist of “%s”. Mandatory items must be done before the deal moves on.")
            % self.details.stage_name
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.checklist_table = QTableWidget(0, 4)
        self.checklist_table.setObjectName("checklistTable")
        self.checklist_table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Task"), self.tr("Assigned to"), self.tr("Due")]
        )
        header = self.checklist_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.checklist_table.verticalHeader().hide()
        layout.addWidget(self.checklist_table, 1)
        self._fill_checklist()
        return page

    def _fill_checklist(self) -> None:
        assert self.details is not None
        items = board.stage_checklist(self.ctx.db, self.details.id, self.details.stage_id)
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

    def _task(self, fn: object, task_id: uuid.UUID, value: object) -> None:
        try:
            fn(self.ctx.db, task_id, value)  # type: ignore[operator]
        except Exception as exc:
            show_error(self, exc)

    # -- timeline and offers ----------------------------------------------------------------------

    def _timeline_tab(self) -> QWidget:
        from workbench.ui.timeline import TimelineView

        assert self.details is not None
        self.timeline = TimelineView(self.ctx)
        self.timeline.show_for(opportunity_id=self.details.id)
        return self.timeline

    def _offers_tab(self) -> QWidget:
        """The deal's offers, read-only: number, version, status, gross total. Buttons to
        create or open an offer belong here too."""
        assert self.details is not None
        page = QWidget()
        layout = QVBoxLayout(page)
        offers = board.list_offers(self.ctx.db, self.details.id)
        self.offers_table = QTableWidget(len(offers), 4)
        self.offers_table.setObjectName("offersTable")
        self.offers_table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Version"), self.tr("Status"), self.tr("Gross total")]
        )
        self.offers_table.horizontalHeader().setStretchLastSection(True)
        self.offers_table.verticalHeader().hide()
        self.offers_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, offer in enumerate(offers):
            values = [
                offer.number,
                str(offer.version),
                offer.status.capitalize(),
                f"{offer.gross_total:,.2f} {offer.currency}".strip(),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, offer.id)
                self.offers_table.setItem(row, col, item)
        layout.addWidget(self.offers_table, 1)
        if not offers:
            layout.addWidget(QLabel(self.tr("No offers for this deal yet.")))
        buttons = QHBoxLayout()
        new_offer = QPushButton(self.tr("&New offer"))
        new_offer.setObjectName("newOffer")
        new_offer.clicked.connect(self._new_offer)
        open_offer = QPushButton(self.tr("&Open offer"))
        open_offer.setObjectName("openOffer")
        open_offer.setEnabled(bool(offers))
        open_offer.clicked.connect(self._open_selected_offer)
        self.offers_table.doubleClicked.connect(lambda _i: self._open_selected_offer())
        buttons.addWidget(new_offer)
        buttons.addWidget(open_offer)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _new_offer(self) -> None:
        from workbench.services.offers import create_offer

        assert self.details is not None
        try:
            offer_id = create_offer(self.ctx.db, self.details.id)
        except Exception as exc:
            show_error(self, exc)
            return
        self._edit_offer(offer_id)

    def _open_selected_offer(self) -> None:
        item = self.offers_table.currentItem() or self.offers_table.item(0, 0)
        if item is not None:
            self._edit_offer(item.data(Qt.ItemDataRole.UserRole))

    def _edit_offer(self, offer_id: uuid.UUID) -> None:
        from workbench.ui.offers import open_offer_editor

        self.offer_editor = open_offer_editor(self.ctx, offer_id, self, modal=True)
        self.offer_editor.finished.connect(lambda _r: self._reload_offers_tab())

    def _reload_offers_tab(self) -> None:
        index = self.tabs.indexOf(self.offers_table.parentWidget())
        if index >= 0:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self._offers_tab(), self.tr("O&ffers"))
            self.tabs.setCurrentIndex(index)


def _due_at(day: date | None) -> datetime | None:
    """A due date picked in the dialog means the end of that working day, local time."""
    if day is None:
        return None
    return datetime.combine(day, time(17, 0)).astimezone().astimezone(UTC)
