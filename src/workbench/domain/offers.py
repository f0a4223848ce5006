"""Offers (quotes): numbered, versioned, made of lines."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.base import Base, ExactDecimal, Synced, UTCDateTime
from workbench.domain.enums import OfferStatus
from workbench.domain.types import enum_column, fk


class Offer(Synced, Base):
    __tablename__ = "offer"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    opportunity_id: Mapped[uuid.UUID | None] = fk("opportunity.id")
    account_id: Mapped[uuid.UUID | None] = fk("account.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id")
    owner_id: Mapped[uuid.UUID | None] = fk("user.id")
    # Status and number of the newest version, kept here so lists need no join.
    status: Mapped[OfferStatus] = enum_column(OfferStatus, default=OfferStatus.DRAFT)
    latest_version: Mapped[int] = mapped_column(Integer, default=1)


class OfferVersion(Synced, Base):
    """One version of an offer. A sent version is never changed again; revising makes
    the next version."""

    __tablename__ = "offer_version"
    __table_args__ = (UniqueConstraint("offer_id", "version"),)

    offer_id: Mapped[uuid.UUID] = fk("offer.id", nullable=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[OfferStatus] = enum_column(OfferStatus, default=OfferStatus.DRAFT)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    price_list_id: Mapped[uuid.UUID | None] = fk("price_list.id", index=False)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    delivery_terms: Mapped[str] = mapped_column(Text, default="")
    payment_terms: Mapped[str] = mapped_column(Text, default="")
    introduction: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    discount_percent: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    discount_reason: Mapped[str] = mapped_column(Text, default="")
    net_total: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    gross_total: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rejection_reason_id: Mapped[uuid.UUID | None] = fk("reason.id", index=False)
    rejection_note: Mapped[str] = mapped_column(Text, default="")
    document_path: Mapped[str] = mapped_column(String(500), default="")
    # JSON lists (see domain.offer_totals): a version is edited and frozen as a whole, so
    # its payment options and add-ons travel with it rather than in tables of their own.
    payment_options: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    add_ons: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class OfferLine(Synced, Base):
    __tablename__ = "offer_line"

    version_id: Mapped[uuid.UUID] = fk("offer_version.id", nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[str] = mapped_column(String(120), default="")
    product_id: Mapped[uuid.UUID | None] = fk("product.id", index=False)
    code: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(20), default="pc")
    unit_price: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    discount_percent: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    tax_rate: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    # Cost per unit when the line was priced, so a price below cost stays flagged even if
    # the catalogue changes later.
    unit_cost: Mapped[Decimal | None] = mapped_column(ExactDecimal, nullable=True)
