"""Accounts and contacts areas: lists, search, create and edit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.domain.enums import AccountKind, OpportunityStatus
from workbench.domain.rules import format_phone
from workbench.errors import ValidationError
from workbench.services import accounts, offers, opportunities
from workbench.services.leads import DuplicateMatch, find_duplicates
from workbench.store.db import Database
from workbench.ui.amounts import money_text
from workbench.ui.context import AppContext
from workbench.ui.duplicates import DuplicateDialog
from workbench.ui.forms import FormDialog, Write, typed_over
from workbench.ui.list_area import ListArea
from workbench.ui.operations import ReadOp
from workbench.ui.paged_model import Column
from workbench.ui.pickers import AccountPicker


def _phone(value: str) -> str:
    return format_phone(value) if value else ""


def _add_timeline(dialog: FormDialog, ctx: AppContext, **target: uuid.UUID) -> None:
    """The record's activity timeline under the form (calls, meetings, deal history)."""
    from workbench.ui.timeline import TimelineView

    view = TimelineView(ctx, dialog)
    view.setMinimumHeight(180)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, QLabel(QCoreApplication.translate("FormDialog", "<b>Timeline</b>")))
    layout.insertWidget(2, view, 1)
    view.show_for(**target)
    dialog.timeline = view  # type: ignore[attr-defined]


def _add_call_link(
    dialog: FormDialog, ctx: AppContext, number: str, who: str, **target: uuid.UUID
) -> None:
    """A clickable number: dials through the system (tel:) and opens the call log with
    its timer running."""
    from workbench.ui.call_log import CallDialog, PhoneLabel

    if not number:
        return
    link = PhoneLabel(number)
    link.setObjectName("callLink")

    def dialed(n: str) -> None:
        call = CallDialog(ctx, who=who, phone=n, parent=dialog, **target)
        call.start_timer()
        call.open()

    link.dialed.connect(dialed)
    dialog.form.insertRow(0, QCoreApplication.translate("FormDialog", "Call"), link)


@dataclass(frozen=True)
class _Related:
    contacts: list[accounts.ContactRow]
    deals: list[opportunities.AccountDeal]
    offers: list[offers.OfferRow]


def _read_related(db: Database, account_id: uuid.UUID) -> _Related:
    return _Related(
        accounts.list_contacts(db, account_id=account_id, limit=500),
        opportunities.account_deals(db, account_id),
        offers.list_offers(db, account_id=account_id, limit=500),
    )


def _related_table(name: str, headers: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setTabKeyNavigation(False)  # Tab leaves a list that isn't edited cell by cell
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def _fill_table(table: QTableWidget, rows: list[tuple[uuid.UUID, list[str]]]) -> None:
    """Rows with the record's id on their first cell (Enter or a double click opens it)."""
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch:
            table.resizeColumnToContents(c)


class AccountDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, account_id: uuid.UUID | None, parent: QWidget | None = None
    ):
        super().__init__(
            self.tr("New account") if account_id is None else self.tr("Edit account"), parent
        )
        self.setObjectName("accountDialog")
        self.ctx, self.account_id = ctx, account_id
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Company (B2B)"), AccountKind.COMPANY)
        self.kind.addItem(self.tr("Private customer (B2C)"), AccountKind.PERSON)
        self.add_row(self.tr("&Kind"), "kind", self.kind)
        self.industry = self.add_row(self.tr("&Industry"), "industry", QLineEdit())
        self.website = self.add_row(self.tr("&Website"), "website", QLineEdit())
        self.email = self.add_row(self.tr("&E-mail"), "email", QLineEdit())
        self.phone = self.add_row(self.tr("&Phone"), "phone", QLineEdit())
        self.street = self.add_row(self.tr("&Street"), "street", QLineEdit())
        self.postal_code = self.add_row(self.tr("Post&al code"), "postal_code", QLineEdit())
        self.city = self.add_row(self.tr("&City"), "city", QLineEdit())
        self.country = self.add_row(self.tr("C&ountry (ISO code)"), "country", QLineEdit())
        self.country.setMaxLength(2)
        self.notes = self.add_row(self.tr("No&tes"), "notes", QPlainTextEdit())
        self.notes.setFixedHeight(80)
        self.saved_id: uuid.UUID | None = account_id
        if account_id is not None:
            read = lambda db: accounts.get_account(db, account_id)  # noqa: E731
            self.watch(frozenset({"account"}), read, self.tr("account"))
            self.load(read, self._fill)

    def _fill(self, data: accounts.AccountInput) -> None:
        assert self.account_id is not None
        self.show_record(data)
        self.shown(data)
        _add_call_link(self, self.ctx, data.phone, data.name)
        self._add_related(self.account_id)

    def _add_related(self, account_id: uuid.UUID) -> None:
        """Under the form: the account's contacts, deals, offers and timeline, each row
        opening its record."""
        from workbench.ui.timeline import TimelineView

        self.related = QTabWidget()
        self.related.setObjectName("accountRelated")
        self.contacts_table = _related_table(
            "accountContacts",
            [self.tr("Name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail")],
        )
        self.deals_table = _related_table(
            "accountDeals",
            [self.tr("Deal"), self.tr("Stage"), self.tr("Value"), self.tr("Expected close")],
        )
        self.offers_table = _related_table(
            "accountOffers",
            [self.tr("Number"), self.tr("Deal"), self.tr("Status"), self.tr("Gross total")],
            stretch=1,
        )
        self.contacts_table.activated.connect(lambda i: self._open(i, self._open_contact))
        self.deals_table.activated.connect(lambda i: self._open(i, self._open_deal))
        self.offers_table.activated.connect(lambda i: self._open(i, self._open_offer))
        for table, name in (
            (self.contacts_table, self.tr("Contacts")),
            (self.deals_table, self.tr("Deals")),
            (self.offers_table, self.tr("Offers")),
        ):
            self.related.addTab(table, name)
        self.timeline = TimelineView(self.ctx, self)
        self.timeline.show_for(account_id=account_id)
        self.related.addTab(self.timeline, self.tr("Timeline"))
        self.related.setMinimumHeight(220)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.loading_label), self.related, 1)
        self.notes.setFixedHeight(60)
        self.resize(max(self.width(), 760), 740)
        self._reload_related()

    def _reload_related(self) -> None:
        account_id = self.account_id
        assert account_id is not None
        ReadOp(self.ctx, lambda db: _read_related(db, account_id), parent=self).success(
            self._show_related
        ).run()

    def _show_related(self, related: _Related) -> None:
        _fill_table(
            self.contacts_table,
            [
                (c.id, [c.full_name, c.title, _phone(c.phone or c.mobile), c.email])
                for c in related.contacts
            ],
        )
        status = {
            OpportunityStatus.WON: self.tr("won"),
            OpportunityStatus.LOST: self.tr("lost"),
        }
        _fill_table(
            self.deals_table,
            [
                (
                    d.id,
                    [
                        d.title,
                        d.stage_name
                        if d.status == OpportunityStatus.OPEN
                        else f"{d.stage_name} ({status[d.status]})",
                        money_text(d.amount, d.currency),
                        formatting.day(d.expected_close),
                    ],
                )
                for d in related.deals
            ],
        )
        _fill_table(
            self.offers_table,
            [
                (
                    o.id,
                    [
                        o.number,
                        o.opportunity_title,
                        o.status.value.capitalize(),
                        money_text(o.gross_total, o.currency),
                    ],
                )
                for o in related.offers
            ],
        )
        for i, count in enumerate((len(related.contacts), len(related.deals), len(related.offers))):
            name = self.related.tabText(i).split(" (")[0]
            self.related.setTabText(i, f"{name} ({count})")

    def _open(self, index: QModelIndex, open_record: Any) -> None:
        record_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if isinstance(record_id, uuid.UUID):
            open_record(record_id)
            self._reload_related()

    def _open_contact(self, contact_id: uuid.UUID) -> None:
        ContactDialog(self.ctx, contact_id, self).exec()

    def _open_deal(self, deal_id: uuid.UUID) -> None:
        from workbench.ui.opportunity_dialog import OpportunityDialog

        OpportunityDialog(self.ctx, deal_id, self).exec()

    def _open_offer(self, offer_id: uuid.UUID) -> None:
        from workbench.ui.offers import open_offer_editor

        open_offer_editor(self.ctx, offer_id, self, modal=True).exec()

    def show_record(self, value: Any) -> None:
        data: accounts.AccountInput = value
        self.name.setText(data.name)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        for attr in ("industry", "website", "email", "street", "postal_code", "city", "country"):
            getattr(self, attr).setText(getattr(data, attr))
        self.phone.setText(_phone(data.phone))
        self.notes.setPlainText(data.notes)

    def save(self) -> Write:
        data = accounts.AccountInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            industry=self.industry.text(),
            website=self.website.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            street=self.street.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            country=self.country.text(),
            notes=self.notes.toPlainText(),
        )
        account_id, names = self.account_id, self.touched()
        if account_id is None:
            return lambda db: accounts.create_account(db, data)
        return lambda db: accounts.update_account(
            db, account_id, typed_over(accounts.get_account(db, account_id), data, names)
        )

    def saved(self, result: Any) -> None:
        if self.account_id is None:
            self.saved_id = result


class ContactDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        contact_id: uuid.UUID | None,
        parent: QWidget | None = None,
        account: tuple[uuid.UUID, str] | None = None,
    ):
        super().__init__(
            self.tr("New contact") if contact_id is None else self.tr("Edit contact"), parent
        )
        self.setObjectName("contactDialog")
        self.ctx, self.contact_id = ctx, contact_id
        self.first_name = self.add_row(self.tr("&First name"), "first_name", QLineEdit())
        self.last_name = self.add_row(self.tr("&Last name"), "last_name", QLineEdit())
        self.account = self.add_row(self.tr("&Account"), "account", AccountPicker(ctx))
        self.title_edit = self.add_row(self.tr("&Title"), "title", QLineEdit())
        self.email = self.add_row(self.tr("&E-mail"), "email", QLineEdit())
        self.phone = self.add_row(self.tr("&Phone"), "phone", QLineEdit())
        self.mobile = self.add_row(self.tr("&Mobile"), "mobile", QLineEdit())
        self.decision_maker = self.add_row(
            self.tr("Decision maker"),
            "decision_maker",
            QCheckBox(self.tr("Has real influence on the buying decision")),
        )
        self.notes = self.add_row(self.tr("No&tes"), "notes", QPlainTextEdit())
        self.notes.setFixedHeight(80)
        if account is not None:
            self.account.set_account(*account)
        self.saved_id: uuid.UUID | None = contact_id
        # What the person decided about look-alikes found by the save (see `saved`).
        self._merged_into: DuplicateMatch | None = None
        if contact_id is not None:
            read = lambda db: _contact_with_account(db, contact_id)  # noqa: E731
            self.watch(frozenset({"contact", "account"}), read, self.tr("contact"))
            self.load(read, self._fill)

    def _fill(self, loaded: tuple[accounts.ContactInput, str]) -> None:
        assert self.contact_id is not None
        self.show_record(loaded)
        self.shown(loaded)
        data = loaded[0]
        name = f"{data.first_name} {data.last_name}".strip()
        _add_call_link(self, self.ctx, data.phone or data.mobile, name, contact_id=self.contact_id)
        _add_timeline(self, self.ctx, contact_id=self.contact_id)

    def show_record(self, value: Any) -> None:
        data, account_name = value
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.account.set_account(data.account_id, account_name if data.account_id else "")
        self.title_edit.setText(data.title)
        self.email.setText(data.email)
        self.phone.setText(_phone(data.phone))
        self.mobile.setText(_phone(data.mobile))
        self.decision_maker.setChecked(data.decision_maker)
        self.notes.setPlainText(data.notes)

    def save(self) -> Write:
        account_id = self.account.account_id()
        if self.account.text().strip() and account_id is None:
            raise ValidationError(
                self.tr("No account is called “%s”. Pick one from the list or create it first.")
                % self.account.text().strip(),
                "account",
            )
        data = accounts.ContactInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            account_id=account_id,
            title=self.title_edit.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            decision_maker=self.decision_maker.isChecked(),
            notes=self.notes.toPlainText(),
        )
        self._data, self._merged_into = data, None
        contact_id, names = self.contact_id, self.touched()
        if contact_id is not None:
            return lambda db: accounts.update_contact(
                db, contact_id, typed_over(accounts.get_contact(db, contact_id), data, names)
            )
        return lambda db: _create_unless_duplicate(db, data)

    def saved(self, result: Any) -> Write | None:
        if self.contact_id is not None:
            return None
        if self._merged_into is not None:
            self.saved_id = self._merged_into.id
            self.ctx.status(
                self.tr("Merged into the existing contact %s.") % self._merged_into.name
            )
            return None
        if isinstance(result, uuid.UUID):
            self.saved_id = result
            return None
        return self._decide_on_duplicates(result)

    def _decide_on_duplicates(self, matches: list[DuplicateMatch]) -> Write:
        """Ask whether to merge into one of the look-alikes; raises (keeping the dialog
        open) if the person backs out of the decision."""
        dialog = DuplicateDialog(matches, self, merge_kind="contact")
        if dialog.exec() != DuplicateDialog.DialogCode.Accepted:
            raise ValidationError(self.tr("Not saved: decide between merging and keeping both."))
        chosen, data = dialog.chosen(), self._data
        if dialog.merge and chosen is not None:
            self._merged_into = chosen
            return lambda db: accounts.merge_into_contact(db, chosen.id, data)
        return lambda db: accounts.create_contact(db, data)


def _contact_with_account(db: Database, contact_id: uuid.UUID) -> tuple[accounts.ContactInput, str]:
    data = accounts.get_contact(db, contact_id)
    name = accounts.get_account(db, data.account_id).name if data.account_id else ""
    return data, name


def _create_unless_duplicate(
    db: Database, data: accounts.ContactInput
) -> uuid.UUID | list[DuplicateMatch]:
    """The new contact's id, or, without saving it, the contacts with the same e-mail or
    phone for the person to decide about."""
    values = accounts.validate_contact(db, data)  # bad input fails before the duplicate check
    # Compare the numbers as stored (E.164), read in the account's country.
    phone = str(values["phone"] or values["mobile"])
    matches = [m for m in find_duplicates(db, email=data.email, phone=phone) if m.kind == "contact"]
    return matches or accounts.create_contact(db, data)


ACCOUNT_COLUMNS: list[Column[accounts.AccountRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP("Column", "Kind"),
        lambda r: (
            QCoreApplication.translate("Column", "Company")
            if r.kind == AccountKind.COMPANY
            else QCoreApplication.translate("Column", "Private")
        ),
    ),
    Column(QT_TRANSLATE_NOOP("Column", "City"), lambda r: r.city),
    Column(QT_TRANSLATE_NOOP("Column", "Country"), lambda r: r.country),
    Column(QT_TRANSLATE_NOOP("Column", "Phone"), lambda r: _phone(r.phone), whole=True),
    Column(QT_TRANSLATE_NOOP("Column", "Contacts"), lambda r: r.contact_count, align_right=True),
    Column(QT_TRANSLATE_NOOP("Column", "Owner"), lambda r: r.owner_name),
]

CONTACT_COLUMNS: list[Column[accounts.ContactRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: r.full_name),
    Column(QT_TRANSLATE_NOOP("Column", "Account"), lambda r: r.account_name, name=True),
    Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Column", "E-mail"), lambda r: r.email, whole=True),
    Column(QT_TRANSLATE_NOOP("Column", "Phone"), lambda r: _phone(r.phone or r.mobile), whole=True),
    Column(
        QT_TRANSLATE_NOOP("Column", "Decision maker"), lambda r: "✓" if r.decision_maker else ""
    ),
]


class AccountsArea(ListArea):
    watches = frozenset({"account", "contact", "user"})
    noun = "account"
    new_text = QT_TRANSLATE_NOOP("ListArea", "New account")
    saved_text = QT_TRANSLATE_NOOP("ListArea", "Account saved.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ACCOUNT_COLUMNS, parent)
        self.setObjectName("accountsArea")

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        return accounts.list_accounts(self.ctx.db, search, offset=offset, limit=limit)

    def count(self, search: str) -> int:
        return accounts.count_accounts(self.ctx.db, search)

    def open_dialog(self, record_id: uuid.UUID | None) -> bool | uuid.UUID:
        dialog = AccountDialog(self.ctx, record_id, self)
        accepted = dialog.exec() == AccountDialog.DialogCode.Accepted
        return (dialog.saved_id or True) if accepted else False

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        accounts.delete_account(db, record_id)

    def describe(self, row: Any) -> str:
        return f"“{row.name}”"


class ContactsArea(ListArea):
    watches = frozenset({"account", "contact"})
    noun = "contact"
    new_text = QT_TRANSLATE_NOOP("ListArea", "New contact")
    saved_text = QT_TRANSLATE_NOOP("ListArea", "Contact saved.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, CONTACT_COLUMNS, parent)
        self.setObjectName("contactsArea")

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        return accounts.list_contacts(self.ctx.db, search, offset=offset, limit=limit)

    def count(self, search: str) -> int:
        return accounts.count_contacts(self.ctx.db, search)

    def open_dialog(self, record_id: uuid.UUID | None) -> bool | uuid.UUID:
        dialog = ContactDialog(self.ctx, record_id, self)
        accepted = dialog.exec() == ContactDialog.DialogCode.Accepted
        return (dialog.saved_id or True) if accepted else False

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        accounts.delete_contact(db, record_id)

    def describe(self, row: Any) -> str:
        return f"“{row.full_name}”"
