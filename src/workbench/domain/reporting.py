"""What the manager reports need beyond the deals themselves: the exchange rates the
company set (reports convert only with these) and each rep's quota per month."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.base import Base, ExactDecimal, Synced
from workbench.domain.types import fk

_NS = uuid.UUID("3f0c9a52-8d6e-4b71-a2c4-5e9b1d7f6a08")


class ExchangeRate(Synced, Base):
    """One unit of `currency` is worth `rate` units of the company's default currency from
    `valid_from` until the next rate of the same currency."""

    __tablename__ = "exchange_rate"

    currency: Mapped[str] = mapped_column(String(3), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)

    @staticmethod
    def key(currency: str, valid_from: date) -> uuid.UUID:
        """The same rate set on two laptops offline is one row, merged like any field."""
        return uuid.uuid5(_NS, f"rate/{currency}/{valid_from.isoformat()}")


class Quota(Synced, Base):
    """A rep's target of won value for one month, set by a manager."""

    __tablename__ = "quota"

    user_id: Mapped[uuid.UUID] = fk("user.id", nullable=False)
    month: Mapped[date] = mapped_column(Date)  # the first day of the month
    amount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")

    @staticmethod
    def key(user_id: uuid.UUID, month: date) -> uuid.UUID:
        return uuid.uuid5(_NS, f"quota/{user_id}/{month.isoformat()}")
