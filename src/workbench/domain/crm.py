"""Accounts, contacts and leads: who the salespeople sell to."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.domain.base import Base, Synced, UTCDateTime
from workbench.domain.enums import AccountKind, LeadDirection, LeadSource, LeadStatus
from workbench.domain.names import lead_name as lead_name
from workbench.domain.names import person_name
from workbench.domain.people import User
from workbench.domain.types import enum_column, fk


class Account(Synced, Base):
    __tablename__ = "account"

    kind: Mapped[AccountKind] = enum_column(AccountKind, default=AccountKind.COMPANY)
    name: Mapped[str] = mapped_column(String(200))
    # Lower-cased, legal-form-free name used to find duplicates ("ACME GmbH" == "Acme").
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    industry: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID | None] = fk("user.id")
    # Set when this (deleted) account was merged into another as a duplicate: every
    # laptop repoints what it holds of this one (services/sync/duplicates.py).
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, default=None)

    owner: Mapped[User | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", foreign_keys="Contact.account_id"
    )


class Contact(Synced, Base):
    __tablename__ = "contact"

    account_id: Mapped[uuid.UUID | None] = fk("account.id")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)  # E.164
    mobile: Mapped[str] = mapped_column(String(32), default="")
    # The person with real influence on the buying decision.
    decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID | None] = fk("user.id")
    source_lead_id: Mapped[uuid.UUID | None] = fk("lead.id", use_alter=True)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, default=None)

    account: Mapped[Account | None] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)


class Lead(Synced, Base):
    __tablename__ = "lead"
    __table_args__ = (
        # The activity report's lead response: leads first contacted in a period.
        Index(
            "ix_lead_report_contacted",
            "first_contacted_at",
            "deleted",
            "owner_id",
            "source",
            "received_at",
        ),
    )

    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), index=True, default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)  # E.164
    source: Mapped[LeadSource] = enum_column(LeadSource, default=LeadSource.OTHER)
    direction: Mapped[LeadDirection] = enum_column(LeadDirection, default=LeadDirection.INBOUND)
    status: Mapped[LeadStatus] = enum_column(LeadStatus, default=LeadStatus.NEW, index=True)
    disqualify_reason_id: Mapped[uuid.UUID | None] = fk("reason.id")
    disqualify_note: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID | None] = fk("user.id")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    first_contacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    account_id: Mapped[uuid.UUID | None] = fk("account.id")
    contact_id: Mapped[uuid.UUID | None] = fk("contact.id")
    opportunity_id: Mapped[uuid.UUID | None] = fk("opportunity.id", use_alter=True)

    owner: Mapped[User | None] = relationship()

    @property
    def display_name(self) -> str:
        return lead_name(self.first_name, self.last_name, self.company)
