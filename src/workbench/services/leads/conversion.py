"""Converting a qualified lead into an account, a contact and an opportunity."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import (
    AccountKind,
    LeadStatus,
)
from workbench.domain.models import Account, Activity, Contact, Lead, Task
from workbench.errors import WorkbenchError
from workbench.services import validation
from workbench.services.accounts import AccountInput, ContactInput, add_account, add_contact
from workbench.services.opportunities import OpportunityInput, add_opportunity
from workbench.store.db import Database
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

# Whole sentences per status, so that no English status word is spliced into a translation.
_NOT_AN_SQL = {
    LeadStatus.NEW: QT_TRANSLATE_NOOP(
        "Errors", "Only a sales-qualified lead (SQL) can be converted; “%1” is new."
    ),
    LeadStatus.MQL: QT_TRANSLATE_NOOP(
        "Errors", "Only a sales-qualified lead (SQL) can be converted; “%1” is an MQL."
    ),
    LeadStatus.DISQUALIFIED: QT_TRANSLATE_NOOP(
        "Errors", "Only a sales-qualified lead (SQL) can be converted; “%1” is disqualified."
    ),
    LeadStatus.CONVERTED: QT_TRANSLATE_NOOP(
        "Errors", "Only a sales-qualified lead (SQL) can be converted; “%1” is converted."
    ),
}


@dataclass
class ConversionInput:
    pipeline_id: uuid.UUID
    title: str = ""  # empty: named after the company (or person)
    amount: Decimal = Decimal("0")
    currency: str = "EUR"
    expected_close: date | None = None
    account_id: uuid.UUID | None = None  # an existing account chosen by the user
    owner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ConversionResult:
    account_id: uuid.UUID
    contact_id: uuid.UUID | None
    opportunity_id: uuid.UUID
    account_reused: bool
    contact_reused: bool


def _conversion_account(
    s: Session, lead: Lead, chosen_id: uuid.UUID | None = None
) -> Account | None:
    """The existing account a conversion will use: the one chosen, the one the lead is
    linked to, or the account with the same normalised company name; None means a new one."""
    if chosen_id is not None:
        return validation.live(s.get(Account, chosen_id), "account")
    if lead.account_id is not None:
        # The account the lead was kept beside may have been deleted since; then the
        # lead converts as if it had never been linked.
        linked = s.get(Account, lead.account_id)
        if linked is not None and not linked.deleted:
            return linked
    if not lead.company_key:
        return None
    return s.scalars(
        select(Account)
        .where(Account.name_key == lead.company_key, Account.deleted.is_(False))
        .order_by(Account.created_at)
        .limit(1)
    ).first()


def conversion_account_name(db: Database, lead_id: uuid.UUID) -> tuple[str, bool]:
    """What the convert dialog shows: the account's name and whether it already exists."""
    with db.read() as s:
        lead = validation.live(s.get(Lead, lead_id), "lead")
        account = _conversion_account(s, lead)
        if account is not None:
            return account.name, True
        person = f"{lead.first_name} {lead.last_name}".strip()
        return lead.company or person, False


def convert_lead(db: Database, lead_id: uuid.UUID, data: ConversionInput) -> ConversionResult:
    """Turn an SQL lead into account + contact + opportunity, all or nothing.

    The account is the one chosen, the one the lead is already linked to, or the account
    with the same normalised company name; only if there is none is one created. A contact
    with the lead's e-mail at that account is reused likewise.
    """
    with db.unit_of_work() as uow:
        s = uow.session
        lead = validation.live(s.get(Lead, lead_id), "lead")
        if lead.status != LeadStatus.SQL:
            text = translate("Errors", _NOT_AN_SQL[lead.status])
            raise WorkbenchError(fill(text, lead.display_name))
        person = f"{lead.first_name} {lead.last_name}".strip()
        account = _conversion_account(s, lead, data.account_id)
        account_reused = account is not None
        if account is None:
            account = add_account(
                uow,
                AccountInput(
                    name=lead.company or person,
                    kind=AccountKind.COMPANY if lead.company else AccountKind.PERSON,
                    email="" if lead.company else lead.email,
                    phone="" if lead.company else lead.phone,
                    owner_id=data.owner_id,
                ),
            )
            s.flush()

        contact: Contact | None = None
        if lead.contact_id is not None:
            linked_contact = s.get(Contact, lead.contact_id)
            if linked_contact is not None and not linked_contact.deleted:
                contact = linked_contact
        if contact is None and lead.email:
            contact = s.scalars(
                select(Contact).where(
                    Contact.account_id == account.id,
                    Contact.email == lead.email,
                    Contact.deleted.is_(False),
                )
            ).first()
        contact_reused = contact is not None
        if contact is None and person:
            contact = add_contact(
                uow,
                ContactInput(
                    first_name=lead.first_name,
                    last_name=lead.last_name,
                    account_id=account.id,
                    title=lead.title,
                    email=lead.email,
                    phone=lead.phone,
                    owner_id=data.owner_id,
                ),
            )
            contact.source_lead_id = lead.id
            s.flush()

        opp = add_opportunity(
            uow,
            OpportunityInput(
                title=data.title.strip() or (lead.company or person),
                pipeline_id=data.pipeline_id,
                account_id=account.id,
                contact_id=contact.id if contact else None,
                amount=data.amount,
                currency=data.currency,
                expected_close=data.expected_close,
                owner_id=data.owner_id,
                notes=lead.notes,
            ),
            source_lead_id=lead.id,
        )
        lead.status = LeadStatus.CONVERTED
        lead.account_id = account.id
        lead.contact_id = contact.id if contact else None
        lead.opportunity_id = opp.id
        # The lead's calls and tasks now show on the customer's and the deal's timelines.
        rows: list[Task | Activity] = [
            *s.scalars(select(Task).where(Task.lead_id == lead.id)),
            *s.scalars(select(Activity).where(Activity.lead_id == lead.id)),
        ]
        for row in rows:
            if row.contact_id is None and contact is not None:
                row.contact_id = contact.id
            if row.opportunity_id is None:
                row.opportunity_id = opp.id
            if isinstance(row, Activity) and row.account_id is None:
                row.account_id = account.id
        return ConversionResult(
            account.id, contact.id if contact else None, opp.id, account_reused, contact_reused
        )
