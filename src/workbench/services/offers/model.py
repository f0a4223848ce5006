"""What the offer services hand out (views, rows, results) and the settings offers follow."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from workbench.domain.enums import (
    OfferStatus,
)
from workbench.domain.offer_totals import (
    AddOn,
    LineInput,
    OfferTotals,
    PaymentOption,
    compute_totals,
)
from workbench.formatting import resolve_locale
from workbench.services.offers.language import customer_language, customer_locale
from workbench.settings import data_dir
from workbench.store.db import Database

MAX_DISCOUNT_KEY = "offer.max_discount_percent"


FOLLOW_UP_DAYS_KEY = "offer.follow_up_days"


VALIDITY_DAYS_KEY = "offer.validity_days"


DEFAULT_MAX_DISCOUNT = Decimal("15")


DEFAULT_FOLLOW_UP_DAYS = 3


DEFAULT_VALIDITY_DAYS = 30


MAX_LINES = 5000


@dataclass
class LineData:
    description: str
    quantity: Decimal = Decimal("1")
    unit: str = "pc"
    unit_price: Decimal = Decimal("0")
    discount_percent: Decimal = Decimal("0")
    tax_rate: Decimal = Decimal("0")
    optional: bool = False
    section: str = ""
    code: str = ""
    product_id: uuid.UUID | None = None
    unit_cost: Decimal | None = None
    id: uuid.UUID | None = None  # None: a new line

    def as_input(self) -> LineInput:
        return LineInput(
            quantity=self.quantity,
            unit_price=self.unit_price,
            discount_percent=self.discount_percent,
            tax_rate=self.tax_rate,
            optional=self.optional,
            unit_cost=self.unit_cost,
        )


@dataclass
class VersionData:
    """What the editor edits on a draft version."""

    currency: str = "EUR"
    price_list_id: uuid.UUID | None = None
    valid_until: date | None = None
    delivery_terms: str = ""
    payment_terms: str = ""
    introduction: str = ""
    closing: str = ""
    discount_percent: Decimal = Decimal("0")
    discount_reason: str = ""
    payment_options: list[PaymentOption] = field(default_factory=list)
    add_ons: list[AddOn] = field(default_factory=list)
    lines: list[LineData] = field(default_factory=list)

    def totals(self) -> OfferTotals:
        return compute_totals(
            [line.as_input() for line in self.lines],
            self.currency,
            discount_percent=self.discount_percent,
            payment_options=self.payment_options,
            add_ons=self.add_ons,
        )


@dataclass(frozen=True)
class OfferView:
    """One version of an offer with everything needed to show or print it."""

    offer_id: uuid.UUID
    version_id: uuid.UUID
    number: str
    version: int
    versions: list[int]
    status: OfferStatus  # of this version
    opportunity_id: uuid.UUID | None
    opportunity_title: str
    account_id: uuid.UUID | None
    customer: str
    customer_address: list[str]
    contact_id: uuid.UUID | None
    contact_name: str
    contact_email: str
    #: "" while the owner has not given their name (the offer then names the company)
    owner_name: str
    owner_email: str
    owner_phone: str
    created_at: datetime
    sent_at: datetime | None
    decided_at: datetime | None
    rejection_reason: str
    rejection_note: str
    document_path: str
    data: VersionData
    totals: OfferTotals
    # ISO code of the customer's country: the offer's language follows it (offers.language).
    customer_country: str = ""

    @property
    def language(self) -> str:
        return customer_language(self.customer_country)

    @property
    def locale(self) -> str:
        """Numbers and dates as the customer reads them (see offers.language)."""
        return customer_locale(self.customer_country, user_locale())

    @property
    def editable(self) -> bool:
        return self.status == OfferStatus.DRAFT

    @property
    def title(self) -> str:
        return f"{self.number} v{self.version}"


@dataclass(frozen=True)
class OfferRow:
    id: uuid.UUID
    number: str
    version: int
    customer: str
    status: OfferStatus
    gross_total: Decimal
    net_total: Decimal
    currency: str
    valid_until: date | None
    opportunity_title: str
    updated_at: datetime


@dataclass(frozen=True)
class GuardRail:
    message: str
    blocking: bool  # True: sending/saving needs it resolved
    line: int | None = None  # index into the lines


@dataclass(frozen=True)
class LineDiff:
    status: str  # added, removed, changed, same
    key: str
    old: LineData | None
    new: LineData | None
    changes: list[str]


@dataclass(frozen=True)
class VersionComparison:
    a: int
    b: int
    lines: list[LineDiff]
    header: list[tuple[str, str, str]]  # (what, in a, in b)


@dataclass(frozen=True)
class SentResult:
    document: Path
    follow_up_task_id: uuid.UUID
    subject: str
    body: str
    recipient: str


def _meta_decimal(db: Database, key: str, default: Decimal) -> Decimal:
    try:
        value = Decimal((db.get_meta(key) or "").strip() or default)
    except ArithmeticError:
        return default
    return value if value.is_finite() and value >= 0 else default


def max_discount_percent(db: Database) -> Decimal:
    return _meta_decimal(db, MAX_DISCOUNT_KEY, DEFAULT_MAX_DISCOUNT)


def follow_up_days(db: Database) -> int:
    return int(_meta_decimal(db, FOLLOW_UP_DAYS_KEY, Decimal(DEFAULT_FOLLOW_UP_DAYS)))


def validity_days(db: Database) -> int:
    return int(_meta_decimal(db, VALIDITY_DAYS_KEY, Decimal(DEFAULT_VALIDITY_DAYS)))


def documents_dir() -> Path:
    return data_dir() / "documents" / "offers"


def user_locale(preferred: str | None = None) -> str:
    """The locale for numbers, dates and money on offers: the one asked for, else the
    person's (see formatting.current_locale)."""
    return resolve_locale(preferred)


@dataclass(frozen=True)
class DealChoice:
    id: uuid.UUID
    title: str
    customer: str
    currency: str
