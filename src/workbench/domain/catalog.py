"""Products and price lists for offers."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Boolean, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.domain.base import Base, ExactDecimal, Synced
from workbench.domain.types import fk


class Product(Synced, Base):
    __tablename__ = "product"

    code: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(20), default="pc")
    tax_rate: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))  # percent
    cost: Mapped[Decimal | None] = mapped_column(ExactDecimal, nullable=True)
    cost_currency: Mapped[str] = mapped_column(String(3), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PriceList(Synced, Base):
    __tablename__ = "price_list"

    name: Mapped[str] = mapped_column(String(120))  # e.g. "Standard", "Partner"
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PriceListItem(Synced, Base):
    """A product's price on one price list in one currency."""

    __tablename__ = "price_list_item"
    __table_args__ = (UniqueConstraint("price_list_id", "product_id", "currency"),)

    price_list_id: Mapped[uuid.UUID] = fk("price_list.id", nullable=False)
    product_id: Mapped[uuid.UUID] = fk("product.id", nullable=False)
    currency: Mapped[str] = mapped_column(String(3))
    unit_price: Mapped[Decimal] = mapped_column(ExactDecimal)
