"""The same customer entered on two laptops: after a first sync both copies are there.
Accounts with the same name (legal form and case aside) and contacts with the same
e-mail address are offered for merging; a merge points everything at the kept record
(deals, contacts, leads, calls, offers) and marks the other deleted, as ordinary synced
changes, so every laptop sees the same result."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from workbench.domain.crm import Account, Contact
from workbench.domain.people import User
from workbench.domain.sales import Opportunity
from workbench.errors import ValidationError
from workbench.services.sync.references import references_to
from workbench.store.db import Database
from workbench.texts import translate


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # account | contact
    key: str  # what they share
    ids: list[uuid.UUID]
    names: list[str]
    # Per record, what tells the copies apart: "Oslo · 2 deals · anna, 03 Dec".
    details: list[str] = field(default_factory=list)


def duplicate_count(db: Database) -> int:
    """How many customers are entered more than once (groups), for the status bar."""
    email = func.lower(Contact.email)
    accounts = (
        select(Account.name_key)
        .where(Account.deleted.is_(False), Account.name_key != "")
        .group_by(Account.name_key)
        .having(func.count() > 1)
    )
    contacts = (
        select(email)
        .where(Contact.deleted.is_(False), Contact.email != "")
        .group_by(email)
        .having(func.count() > 1)
    )
    with db.read() as s:
        return sum(
            int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)
            for q in (accounts, contacts)
        )


def customer_duplicates(db: Database) -> list[DuplicateGroup]:
    groups: list[DuplicateGroup] = []
    with db.read() as s:
        live_accounts = Account.deleted.is_(False) & (Account.name_key != "")
        keys = s.scalars(
            select(Account.name_key)
            .where(live_accounts)
            .group_by(Account.name_key)
            .having(func.count() > 1)
        ).all()
        deals = (
            select(func.count())
            .where(Opportunity.account_id == Account.id, Opportunity.deleted.is_(False))
            .correlate(Account)
            .scalar_subquery()
        )
        for key in keys:
            rows = s.execute(
                select(Account.id, Account.name, Account.city, deals, User.name, Account.created_at)
                .outerjoin(User, User.id == Account.owner_id)
                .where(live_accounts, Account.name_key == key)
                .order_by(Account.created_at)
            ).all()
            details = [
                _detail(r.city, f"{r[3]} deal{'s' if r[3] != 1 else ''}", r[4], r.created_at)
                for r in rows
            ]
            groups.append(
                DuplicateGroup(
                    "account", key, [r.id for r in rows], [r.name for r in rows], details
                )
            )
        email = func.lower(Contact.email)
        live_contacts = Contact.deleted.is_(False) & (Contact.email != "")
        emails = s.scalars(
            select(email).where(live_contacts).group_by(email).having(func.count() > 1)
        ).all()
        for address in emails:
            contacts = s.scalars(
                select(Contact).where(live_contacts, email == address).order_by(Contact.created_at)
            ).all()
            accounts = {
                a.id: a.name
                for a in s.scalars(
                    select(Account).where(Account.id.in_({c.account_id for c in contacts}))
                )
            }
            owners = dict(s.execute(select(User.id, User.name)).tuples().all())
            details = [
                _detail(
                    accounts.get(c.account_id, "") if c.account_id else "",
                    c.phone or c.mobile,
                    owners.get(c.owner_id, "") if c.owner_id else "",
                    c.created_at,
                )
                for c in contacts
            ]
            groups.append(
                DuplicateGroup(
                    "contact",
                    address,
                    [c.id for c in contacts],
                    [c.full_name for c in contacts],
                    details,
                )
            )
    return groups


def _detail(first: str, second: str, who: str | None, entered: datetime) -> str:
    when = f"{who}, {entered.astimezone():%d %b %Y}" if who else f"{entered.astimezone():%d %b %Y}"
    return " · ".join(part for part in (first, second, f"entered {when}") if part)


def merge_group(db: Database, keep: uuid.UUID, group: DuplicateGroup) -> int:
    """Merge every other record of the group into `keep`; returns how many records were
    repointed."""
    if keep not in group.ids:
        raise ValidationError(translate("Sync", "Choose the record to keep from the group."))
    return sum(merge_customers(db, keep, drop) for drop in group.ids if drop != keep)


def merge_customers(db: Database, keep: uuid.UUID, drop: uuid.UUID) -> int:
    """Point every reference to `drop` at `keep` and mark `drop` deleted; returns how
    many records were repointed."""
    if keep == drop:
        raise ValidationError(translate("Sync", "Choose two different records to merge."))
    with db.unit_of_work() as uow:
        s = uow.session
        kept = s.get(Account, keep) or s.get(Contact, keep)
        dropped = s.get(Account, drop) or s.get(Contact, drop)
        if kept is None or dropped is None or kept.deleted or dropped.deleted:
            raise ValidationError(translate("Sync", "Both records must exist and not be deleted."))
        if type(kept) is not type(dropped):
            raise ValidationError(
                translate(
                    "Sync", "An account merges only with an account, a contact with a contact."
                )
            )
        table = type(kept).__tablename__
        moved = 0
        for model, column in references_to(table):
            moved += uow.bulk_update(model, column == drop, {column.key: keep})
        dropped.merged_into_id = keep
        uow.soft_delete(dropped)
    return moved


def follow_merges(db: Database) -> int:
    """Repoint what this laptop holds of customers merged elsewhere (the merging person
    may not see this person's deals); each repointing is a change of this laptop's own,
    synced like any other. Returns how many records were repointed."""
    moved = 0
    for model in (Account, Contact):
        with db.read() as s:
            merged = s.execute(
                select(model.id, model.merged_into_id).where(
                    model.deleted.is_(True), model.merged_into_id.is_not(None)
                )
            ).all()
        if not merged:
            continue
        references = references_to(model.__tablename__)
        with db.unit_of_work() as uow:
            for old, new in merged:
                for ref_model, column in references:
                    moved += uow.bulk_update(
                        ref_model,
                        (column == old) & (ref_model.deleted.is_(False)),
                        {column.key: new},
                    )
    return moved
