"""Loading one offer and listing offers, their reasons and the deals to make one for."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.enums import (
    OfferStatus,
    OpportunityStatus,
    ReasonKind,
)
from workbench.domain.models import (
    Account,
    Contact,
    Offer,
    OfferLine,
    OfferVersion,
    Opportunity,
    Reason,
    User,
)
from workbench.domain.offer_totals import (
    load_add_ons,
    load_payment_options,
)
from workbench.errors import NotFound
from workbench.services import validation
from workbench.services.company import get_company
from workbench.services.offers.language import customer_country
from workbench.services.offers.model import DealChoice, LineData, OfferRow, OfferView, VersionData
from workbench.services.reasons import active_reasons
from workbench.services.setup import given_name
from workbench.store.db import Database


def _line_data(line: OfferLine) -> LineData:
    return LineData(
        id=line.id,
        description=line.description,
        quantity=line.quantity,
        unit=line.unit,
        unit_price=line.unit_price,
        discount_percent=line.discount_percent,
        tax_rate=line.tax_rate,
        optional=line.optional,
        section=line.section,
        code=line.code,
        product_id=line.product_id,
        unit_cost=line.unit_cost,
    )


def _lines(s: Session, version_id: uuid.UUID) -> list[OfferLine]:
    return list(
        s.scalars(
            select(OfferLine)
            .where(OfferLine.version_id == version_id, OfferLine.deleted.is_(False))
            .order_by(OfferLine.position)
        )
    )


def _version(s: Session, offer: Offer, version: int | None) -> OfferVersion:
    number = version if version is not None else offer.latest_version
    found = s.scalars(
        select(OfferVersion).where(
            OfferVersion.offer_id == offer.id,
            OfferVersion.version == number,
            OfferVersion.deleted.is_(False),
        )
    ).first()
    if found is None:
        raise NotFound(f"Offer {offer.number} has no version {number}.")
    return found


def _data(ver: OfferVersion, lines: list[OfferLine]) -> VersionData:
    return VersionData(
        currency=ver.currency,
        price_list_id=ver.price_list_id,
        valid_until=ver.valid_until,
        delivery_terms=ver.delivery_terms,
        payment_terms=ver.payment_terms,
        introduction=ver.introduction,
        closing=ver.closing,
        discount_percent=ver.discount_percent,
        discount_reason=ver.discount_reason,
        payment_options=load_payment_options(ver.payment_options),
        add_ons=load_add_ons(ver.add_ons),
        lines=[_line_data(line) for line in lines],
    )


def _address(account: Account | None) -> list[str]:
    if account is None:
        return []
    city = " ".join(p for p in (account.postal_code, account.city) if p)
    return [p for p in (account.street, city, account.country) if p]


def find_offer(db: Database, number: str) -> uuid.UUID:
    with db.read() as s:
        found = s.scalars(
            select(Offer.id).where(
                func.upper(Offer.number) == number.strip().upper(), Offer.deleted.is_(False)
            )
        ).first()
    if found is None:
        raise NotFound(f"There is no offer numbered “{number.strip()}”.")
    return found


def load_offer(db: Database, offer_id: uuid.UUID, version: int | None = None) -> OfferView:
    home_country = get_company(db).country
    with db.read() as s:
        offer = validation.live(s.get(Offer, offer_id), "offer")
        ver = _version(s, offer, version)
        versions = list(
            s.scalars(
                select(OfferVersion.version)
                .where(OfferVersion.offer_id == offer.id, OfferVersion.deleted.is_(False))
                .order_by(OfferVersion.version)
            )
        )
        opp = s.get(Opportunity, offer.opportunity_id) if offer.opportunity_id else None
        account = s.get(Account, offer.account_id) if offer.account_id else None
        contact = s.get(Contact, offer.contact_id) if offer.contact_id else None
        owner = s.get(User, offer.owner_id) if offer.owner_id else None
        reason = s.get(Reason, ver.rejection_reason_id) if ver.rejection_reason_id else None
        data = _data(ver, _lines(s, ver.id))
        return OfferView(
            offer_id=offer.id,
            version_id=ver.id,
            number=offer.number,
            version=ver.version,
            versions=versions,
            status=ver.status,
            opportunity_id=offer.opportunity_id,
            opportunity_title=opp.title if opp else "",
            account_id=offer.account_id,
            customer=account.name if account else (contact.full_name if contact else ""),
            customer_address=_address(account),
            contact_id=offer.contact_id,
            contact_name=contact.full_name if contact else "",
            contact_email=contact.email if contact else "",
            owner_name=given_name(db, owner.name if owner else None),
            owner_email=owner.email if owner else "",
            owner_phone=owner.phone if owner else "",
            created_at=ver.created_at,
            sent_at=ver.sent_at,
            decided_at=ver.decided_at,
            rejection_reason=reason.label if reason else "",
            rejection_note=ver.rejection_note,
            document_path=ver.document_path,
            data=data,
            totals=data.totals(),
            customer_country=customer_country(account.country if account else "", home_country),
        )


def _list_query(search: str, status: OfferStatus | None):  # type: ignore[no-untyped-def]
    q = (
        select(Offer, OfferVersion, Account.name, Opportunity.title)
        .join(
            OfferVersion,
            (OfferVersion.offer_id == Offer.id) & (OfferVersion.version == Offer.latest_version),
        )
        .outerjoin(Account, Account.id == Offer.account_id)
        .outerjoin(Opportunity, Opportunity.id == Offer.opportunity_id)
        .where(Offer.deleted.is_(False))
    )
    if status is not None:
        q = q.where(Offer.status == status)
    match = validation.contains(search, Offer.number, Account.name, Opportunity.title)
    return q if match is None else q.where(match)


def list_offers(
    db: Database,
    search: str = "",
    *,
    status: OfferStatus | None = None,
    opportunity_id: uuid.UUID | None = None,
    account_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[OfferRow]:
    with db.read() as s:
        q = _list_query(search, status)
        if opportunity_id is not None:
            q = q.where(Offer.opportunity_id == opportunity_id)
        if account_id is not None:
            q = q.where(Offer.account_id == account_id)
        q = q.order_by(Offer.number.desc()).offset(offset).limit(limit)
        return [
            OfferRow(
                id=o.id,
                number=o.number,
                version=ver.version,
                customer=name or "",
                status=o.status,
                gross_total=ver.gross_total,
                net_total=ver.net_total,
                currency=ver.currency,
                valid_until=ver.valid_until,
                opportunity_title=title or "",
                updated_at=ver.updated_at,
            )
            for o, ver, name, title in s.execute(q)
        ]


def count_offers(db: Database, search: str = "", status: OfferStatus | None = None) -> int:
    with db.read() as s:
        q = _list_query(search, status).subquery()
        return int(s.scalar(select(func.count()).select_from(q)) or 0)


def offer_reasons(db: Database, kind: ReasonKind) -> list[tuple[uuid.UUID, str]]:
    return active_reasons(db, kind)


def search_deals(db: Database, text: str = "", limit: int = 50) -> list[DealChoice]:
    """Open deals to make an offer for, by title or customer."""
    with db.read() as s:
        q = (
            select(Opportunity.id, Opportunity.title, Account.name, Opportunity.currency)
            .outerjoin(Account, Account.id == Opportunity.account_id)
            .where(Opportunity.deleted.is_(False), Opportunity.status == OpportunityStatus.OPEN)
        )
        match = validation.contains(text, Opportunity.title, Account.name)
        if match is not None:
            q = q.where(match)
        q = q.order_by(Opportunity.updated_at.desc()).limit(limit)
        return [DealChoice(i, t, n or "", c) for i, t, n, c in s.execute(q)]
