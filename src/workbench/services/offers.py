"""Offers (quotes): built from an opportunity, versioned, sent, accepted or rejected.

A version is edited while it is a draft; once sent it is frozen, and revising makes the
next version as a copy. Totals come from domain.offer_totals and are stored on the
version, so the list, the editor and the PDF show the same figures.
"""

from __future__ import annotations

import shutil
import string
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import default_locale
from babel.dates import format_date
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.base import utcnow
from workbench.domain.enums import (
    ActivityKind,
    ActivityStatus,
    Direction,
    EventKind,
    OfferStatus,
    OpportunityStatus,
    ReasonKind,
    TaskKind,
)
from workbench.domain.models import (
    Account,
    Activity,
    Contact,
    Offer,
    OfferLine,
    OfferVersion,
    Opportunity,
    OpportunityEvent,
    Product,
    Reason,
    Task,
    User,
)
from workbench.domain.money import MoneyError, check_currency
from workbench.domain.offer_totals import (
    AddOn,
    LineInput,
    OfferTotals,
    PaymentKind,
    PaymentOption,
    compute_totals,
    dump_json,
    load_add_ons,
    load_payment_options,
)
from workbench.errors import MandatoryTasksOpen, NotFound, ValidationError, WorkbenchError
from workbench.services import validation as v
from workbench.services.catalog import default_price_list_id, price_for
from workbench.services.company import get_company
from workbench.services.opportunities import mark_won, open_mandatory_tasks
from workbench.services.setup import current_user_id
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


# -- settings ------------------------------------------------------------------------------


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
    environment's (LC_ALL/LC_NUMERIC/LANG), else British English."""
    for candidate in (preferred, default_locale("LC_NUMERIC"), default_locale()):
        if not candidate or candidate.startswith(("en_US_POSIX", "C")):
            continue
        try:
            return str(Locale.parse(candidate))
        except (UnknownLocaleError, ValueError):
            continue
    return "en_GB"


# -- templates -----------------------------------------------------------------------------


def templates(kind: str) -> dict[str, str]:
    """Texts of one kind (introduction, closing, payment_terms, delivery_terms) by name."""
    folder = resources.files("workbench.resources").joinpath("templates")
    found: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = entry.name
        if name.startswith(kind + "-") and name.endswith(".txt"):
            found[name[len(kind) + 1 : -4]] = entry.read_text(encoding="utf-8").strip()
    return found


def render_template(text: str, values: dict[str, str]) -> str:
    """$placeholders filled in; unknown ones stay as they are, so a typo shows up."""
    return string.Template(text).safe_substitute(values)


def template_values(
    *,
    number: str,
    customer: str,
    contact: str,
    opportunity: str,
    valid_until: date | None,
    sender: str,
    company: str,
) -> dict[str, str]:
    """The $placeholders the text templates may use."""
    return {
        "salutation": contact or "Sir or Madam",
        "customer": customer,
        "contact": contact,
        "opportunity": opportunity or number,
        "number": number,
        "valid_until": format_date(valid_until, "long", locale=user_locale())
        if valid_until
        else "",
        "sender": sender,
        "company": company,
    }


# -- guard rails ---------------------------------------------------------------------------


def guard_rails(data: VersionData, limit: Decimal) -> list[GuardRail]:
    """What the editor shows as you type and what saving and sending enforce."""
    rails: list[GuardRail] = []
    needs_reason = not data.discount_reason.strip()
    if data.discount_percent > limit:
        rails.append(
            GuardRail(
                f"The offer discount of {data.discount_percent} % is above the limit of "
                f"{limit} %" + ("; give a reason." if needs_reason else " (reason given)."),
                needs_reason,
            )
        )
    totals = data.totals()
    for i, (line, t) in enumerate(zip(data.lines, totals.lines, strict=True)):
        label = line.description.splitlines()[0][:60] if line.description else f"line {i + 1}"
        if line.discount_percent > limit:
            rails.append(
                GuardRail(
                    f"Line {i + 1} (“{label}”): discount {line.discount_percent} % is above "
                    f"the limit of {limit} %" + ("; give a reason." if needs_reason else "."),
                    needs_reason,
                    i,
                )
            )
        if t.below_cost:
            rails.append(GuardRail(f"Line {i + 1} (“{label}”) is priced below cost.", False, i))
    return rails


def _enforce(db: Database, data: VersionData) -> None:
    blocking = [r for r in guard_rails(data, max_discount_percent(db)) if r.blocking]
    if blocking:
        raise ValidationError(
            blocking[0].message + " A discount above the limit needs a reason.",
            "discount_reason",
        )


# -- reading -------------------------------------------------------------------------------


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
    with db.read() as s:
        offer = v.live(s.get(Offer, offer_id), "offer")
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
            owner_name=owner.name if owner else "",
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
    match = v.contains(search, Offer.number, Account.name, Opportunity.title)
    return q if match is None else q.where(match)


def list_offers(
    db: Database,
    search: str = "",
    *,
    status: OfferStatus | None = None,
    opportunity_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[OfferRow]:
    with db.read() as s:
        q = _list_query(search, status)
        if opportunity_id is not None:
            q = q.where(Offer.opportunity_id == opportunity_id)
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
    with db.read() as s:
        return [
            (r.id, r.label)
            for r in s.scalars(
                select(Reason)
                .where(Reason.kind == kind, Reason.deleted.is_(False), Reason.active.is_(True))
                .order_by(Reason.position)
            )
        ]


# -- creating and editing -----------------------------------------------------------------


def _next_number(s: Session, year: int) -> str:
    # Numbers are per year and device-local; the unique index catches the rare clash of
    # two devices numbering offline at once, and sync renumbers then.
    prefix = f"OF-{year}-"
    last = s.scalar(select(func.max(Offer.number)).where(Offer.number.like(prefix + "%")))
    n = int(last[len(prefix) :]) + 1 if last and last[len(prefix) :].isdigit() else 1
    return f"{prefix}{n:05d}"


def create_offer(
    db: Database,
    opportunity_id: uuid.UUID | None = None,
    *,
    account_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    currency: str | None = None,
    price_list_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A new offer (version 1, draft). From an opportunity it carries the deal's account,
    contact, currency and owner, and fills introduction, closing and terms from the
    standard templates."""
    me = current_user_id(db)
    company = get_company(db)
    days = validity_days(db)
    with db.unit_of_work() as uow:
        s = uow.session
        owner_id = me
        title = ""
        if opportunity_id is not None:
            opp = v.live(s.get(Opportunity, opportunity_id), "opportunity")
            account_id, contact_id = opp.account_id, opp.contact_id
            currency = currency or opp.currency
            owner_id = opp.owner_id or me
            title = opp.title
        if account_id is None and contact_id is None:
            raise ValidationError("An offer needs a customer: an account or a contact.", "account")
        account = v.live(s.get(Account, account_id), "account") if account_id else None
        contact = v.live(s.get(Contact, contact_id), "contact") if contact_id else None
        owner = s.get(User, owner_id)
        currency = v.currency(currency or company.default_currency)
        valid_until = (datetime.now(UTC) + timedelta(days=days)).date()
        number = _next_number(s, datetime.now(UTC).year)
        offer = Offer(
            id=uuid.uuid4(),
            number=number,
            opportunity_id=opportunity_id,
            account_id=account_id,
            contact_id=contact_id,
            owner_id=owner_id,
            status=OfferStatus.DRAFT,
            latest_version=1,
        )
        values = template_values(
            number=number,
            customer=account.name if account else "",
            contact=contact.full_name if contact else "",
            opportunity=title,
            valid_until=valid_until,
            sender=owner.name if owner else "",
            company=company.name,
        )
        s.add(offer)
        s.add(
            OfferVersion(
                offer_id=offer.id,
                version=1,
                status=OfferStatus.DRAFT,
                currency=currency,
                price_list_id=price_list_id or default_price_list_id(s),
                valid_until=valid_until,
                introduction=render_template(templates("introduction").get("standard", ""), values),
                closing=render_template(templates("closing").get("standard", ""), values),
                payment_terms=templates("payment_terms").get("standard", ""),
                delivery_terms=templates("delivery_terms").get("standard", ""),
                payment_options=dump_json([PaymentOption(PaymentKind.ONE_OFF)]),
            )
        )
    return offer.id


def line_from_product(
    db: Database,
    product_id: uuid.UUID,
    *,
    price_list_id: uuid.UUID | None,
    currency: str,
    section: str = "",
) -> LineData:
    """A line priced from the catalogue (overridable in the editor). The product's cost
    is carried for the below-cost check only when it is in the offer's currency."""
    with db.read() as s:
        product = v.live(s.get(Product, product_id), "product")
        price = price_for(s, product.id, price_list_id, currency)
        description = product.name + (f"\n{product.description}" if product.description else "")
        return LineData(
            description=description,
            quantity=Decimal("1"),
            unit=product.unit,
            unit_price=price if price is not None else Decimal("0"),
            tax_rate=product.tax_rate,
            section=section,
            code=product.code,
            product_id=product.id,
            unit_cost=product.cost if product.cost_currency == currency else None,
        )


def _clean_line(i: int, line: LineData) -> LineData:
    where = f"Line {i + 1}"
    description = v.text(line.description, "lines", f"{where}: description", max_len=5000)
    if not description:
        raise ValidationError(f"{where} needs a description.", "lines")
    for name, value in (
        ("quantity", line.quantity),
        ("unit price", line.unit_price),
        ("discount", line.discount_percent),
        ("tax rate", line.tax_rate),
    ):
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValidationError(f"{where}: the {name} must be a number.", "lines")
        if value < 0:
            raise ValidationError(f"{where}: the {name} can't be negative.", "lines")
    if line.discount_percent > 100 or line.tax_rate > 100:
        raise ValidationError(f"{where}: percentages go up to 100.", "lines")
    if line.quantity * line.unit_price > Decimal("1e13"):
        raise ValidationError(f"{where}: the amount is implausibly large.", "lines")
    return replace(
        line,
        description=description,
        unit=v.text(line.unit, "lines", f"{where}: unit", max_len=20) or "pc",
        section=v.text(line.section, "lines", f"{where}: section", max_len=120),
        code=v.text(line.code, "lines", f"{where}: code", max_len=60),
    )


def clean_version(data: VersionData) -> VersionData:
    try:
        currency = check_currency(data.currency)
    except MoneyError as exc:
        raise ValidationError(str(exc), "currency") from None
    if not (0 <= data.discount_percent <= 100):
        raise ValidationError("The offer discount must be between 0 and 100 %.", "discount")
    if len(data.lines) > MAX_LINES:
        raise ValidationError(f"An offer can have at most {MAX_LINES} lines.", "lines")
    for option in data.payment_options:
        if option.kind != PaymentKind.ONE_OFF and not (1 <= option.months <= 240):
            raise ValidationError("Instalments and leasing run 1 to 240 months.", "payment")
        if not (0 <= option.annual_rate_percent <= 100) or not (0 <= option.residual_percent < 100):
            raise ValidationError("Leasing rate and residual value must be percentages.", "payment")
    for add_on in data.add_ons:
        if not add_on.name.strip() or add_on.monthly_price < 0:
            raise ValidationError("Each add-on needs a name and a price per month.", "add_ons")
    return replace(
        data,
        currency=currency,
        valid_until=v.not_in_past_far(data.valid_until, "valid_until", "Valid until"),
        delivery_terms=v.text(
            data.delivery_terms, "delivery_terms", "Delivery terms", max_len=5000
        ),
        payment_terms=v.text(data.payment_terms, "payment_terms", "Payment terms", max_len=5000),
        introduction=data.introduction.strip()[:20000],
        closing=data.closing.strip()[:20000],
        discount_reason=v.text(
            data.discount_reason, "discount_reason", "Discount reason", max_len=2000
        ),
        lines=[_clean_line(i, line) for i, line in enumerate(data.lines)],
    )


def _draft(s: Session, offer_id: uuid.UUID, version: int | None) -> tuple[Offer, OfferVersion]:
    offer = v.live(s.get(Offer, offer_id), "offer")
    ver = _version(s, offer, version)
    if ver.status != OfferStatus.DRAFT:
        raise WorkbenchError(
            f"{offer.number} version {ver.version} was {ver.status.value}; a sent version "
            "is never changed. Revise the offer to make a new version."
        )
    return offer, ver


def save_draft(
    db: Database, offer_id: uuid.UUID, data: VersionData, version: int | None = None
) -> OfferTotals:
    """Store the editor's state on the draft version, all or nothing, with its totals.
    Returns the totals stored."""
    data = clean_version(data)
    _enforce(db, data)
    totals = data.totals()
    with db.unit_of_work() as uow:
        s = uow.session
        _offer, ver = _draft(s, offer_id, version)
        ver.currency = data.currency
        ver.price_list_id = data.price_list_id
        ver.valid_until = data.valid_until
        ver.delivery_terms = data.delivery_terms
        ver.payment_terms = data.payment_terms
        ver.introduction = data.introduction
        ver.closing = data.closing
        ver.discount_percent = data.discount_percent
        ver.discount_reason = data.discount_reason
        ver.payment_options = dump_json(data.payment_options)
        ver.add_ons = dump_json(data.add_ons)
        ver.net_total = totals.net
        ver.gross_total = totals.gross
        existing = {line.id: line for line in _lines(s, ver.id)}
        kept: set[uuid.UUID] = set()
        for position, line in enumerate(data.lines):
            row = existing.get(line.id) if line.id is not None else None
            values = {
                "position": position,
                "section": line.section,
                "product_id": line.product_id,
                "code": line.code,
                "description": line.description,
                "quantity": line.quantity,
                "unit": line.unit,
                "unit_price": line.unit_price,
                "discount_percent": line.discount_percent,
                "tax_rate": line.tax_rate,
                "optional": line.optional,
                "unit_cost": line.unit_cost,
            }
            if row is None:
                s.add(OfferLine(id=uuid.uuid4(), version_id=ver.id, **values))
            else:
                kept.add(row.id)
                for key, value in values.items():
                    if getattr(row, key) != value:
                        setattr(row, key, value)
        for line_id, row in existing.items():
            if line_id not in kept:
                uow.soft_delete(row)
    return totals


def revise(db: Database, offer_id: uuid.UUID) -> int:
    """The next version as an editable copy of the latest one. A draft latest version is
    simply returned: there is nothing frozen to protect yet."""
    days = validity_days(db)
    with db.unit_of_work() as uow:
        s = uow.session
        offer = v.live(s.get(Offer, offer_id), "offer")
        latest = _version(s, offer, None)
        if latest.status == OfferStatus.DRAFT:
            return latest.version
        if latest.status == OfferStatus.ACCEPTED:
            raise WorkbenchError(f"{offer.number} was accepted; it can't be revised.")
        new = OfferVersion(
            id=uuid.uuid4(),
            offer_id=offer.id,
            version=latest.version + 1,
            status=OfferStatus.DRAFT,
            currency=latest.currency,
            price_list_id=latest.price_list_id,
            valid_until=(datetime.now(UTC) + timedelta(days=days)).date(),
            delivery_terms=latest.delivery_terms,
            payment_terms=latest.payment_terms,
            introduction=latest.introduction,
            closing=latest.closing,
            discount_percent=latest.discount_percent,
            discount_reason=latest.discount_reason,
            net_total=latest.net_total,
            gross_total=latest.gross_total,
            payment_options=latest.payment_options,
            add_ons=latest.add_ons,
        )
        s.add(new)
        for line in _lines(s, latest.id):
            s.add(
                OfferLine(
                    version_id=new.id,
                    **{
                        k: getattr(line, k)
                        for k in (
                            "position section product_id code description quantity unit "
                            "unit_price discount_percent tax_rate optional unit_cost"
                        ).split()
                    },
                )
            )
        offer.latest_version = new.version
        offer.status = OfferStatus.DRAFT
    return new.version


def delete_offer(db: Database, offer_id: uuid.UUID) -> None:
    """Only an offer never sent may be deleted; a sent one is part of the deal's record."""
    with db.unit_of_work() as uow:
        s = uow.session
        offer = v.live(s.get(Offer, offer_id), "offer")
        sent = s.scalar(
            select(func.count()).where(
                OfferVersion.offer_id == offer.id, OfferVersion.status != OfferStatus.DRAFT
            )
        )
        if sent:
            raise WorkbenchError(f"{offer.number} has been sent; it can be rejected, not deleted.")
        uow.soft_delete(offer)


# -- status --------------------------------------------------------------------------------


def mail_text(view: OfferView) -> tuple[str, str]:
    total = f"{view.totals.gross} {view.data.currency}"
    subject = f"Offer {view.number}" + (f" (version {view.version})" if view.version > 1 else "")
    if view.opportunity_title:
        subject += f": {view.opportunity_title}"
    body = (
        f"Dear {view.contact_name or 'Sir or Madam'},\n\n"
        f"please find attached our offer {view.number}"
        + (f", version {view.version}," if view.version > 1 else "")
        + f" for a total of {total}"
        + (f", valid until {view.data.valid_until.isoformat()}" if view.data.valid_until else "")
        + ".\n\nKind regards\n"
        + view.owner_name
    )
    return subject, body


def mark_sent(db: Database, offer_id: uuid.UUID, *, locale: str | None = None) -> SentResult:
    """Freeze the latest version as sent: render and keep its PDF, log the e-mail as an
    activity, schedule the follow-up and record it on the deal."""
    from workbench.services.offer_pdf import render_offer_pdf  # reportlab loads only here

    view = load_offer(db, offer_id)
    if view.status != OfferStatus.DRAFT:
        raise WorkbenchError(f"{view.title} is already {view.status.value}.")
    if not view.data.lines:
        raise ValidationError("The offer has no lines yet.", "lines")
    _enforce(db, view.data)
    folder = documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    document = folder / f"{view.number}-v{view.version}.pdf"
    tmp = document.with_suffix(".tmp")
    render_offer_pdf(db, view, tmp, locale=locale)
    days = follow_up_days(db)
    subject, body = mail_text(view)
    me = current_user_id(db)
    try:
        with db.unit_of_work() as uow:
            s = uow.session
            offer, ver = _draft(s, offer_id, view.version)
            now = utcnow()
            ver.status = OfferStatus.SENT
            ver.sent_at = now
            ver.document_path = str(document)
            ver.net_total, ver.gross_total = view.totals.net, view.totals.gross
            offer.status = OfferStatus.SENT
            s.add(
                Activity(
                    kind=ActivityKind.EMAIL,
                    status=ActivityStatus.DONE,
                    direction=Direction.OUTBOUND,
                    subject=subject,
                    started_at=now,
                    notes=f"Offer {view.number} version {view.version} sent, "
                    f"{view.totals.gross} {view.data.currency} gross.",
                    user_id=me,
                    contact_id=offer.contact_id,
                    account_id=offer.account_id,
                    opportunity_id=offer.opportunity_id,
                )
            )
            task = Task(
                id=uuid.uuid4(),
                title=f"Follow up offer {view.number}",
                kind=TaskKind.FOLLOW_UP,
                opportunity_id=offer.opportunity_id,
                contact_id=offer.contact_id,
                assignee_id=offer.owner_id or me,
                due_at=now + timedelta(days=days),
            )
            if offer.opportunity_id is not None:
                opp = s.get(Opportunity, offer.opportunity_id)
                if opp is not None:
                    task.stage_id = opp.stage_id
                    opp.last_progress_at = now  # a completed e-mail to the customer
                s.add(
                    OpportunityEvent(
                        opportunity_id=offer.opportunity_id,
                        kind=EventKind.OFFER_SENT,
                        at=now,
                        user_id=me,
                        details=f"{view.number} v{view.version}, "
                        f"{view.totals.gross} {view.data.currency}",
                    )
                )
            s.add(task)
        tmp.replace(document)
    finally:
        tmp.unlink(missing_ok=True)
    return SentResult(document, task.id, subject, body, view.contact_email)


def _sent_latest(s: Session, offer_id: uuid.UUID) -> tuple[Offer, OfferVersion]:
    offer = v.live(s.get(Offer, offer_id), "offer")
    ver = _version(s, offer, None)
    if ver.status != OfferStatus.SENT:
        raise WorkbenchError(
            f"{offer.number} v{ver.version} is {ver.status.value}; only a sent offer can be "
            "accepted or rejected."
        )
    return offer, ver


def _decide(
    s: Session, offer_id: uuid.UUID, status: OfferStatus, me: uuid.UUID, details: str
) -> tuple[Offer, OfferVersion]:
    """The customer's answer on the latest sent version, recorded on the deal's timeline."""
    offer, ver = _sent_latest(s, offer_id)
    now = utcnow()
    ver.status = status
    ver.decided_at = now
    offer.status = status
    if offer.opportunity_id is not None:
        s.add(
            OpportunityEvent(
                opportunity_id=offer.opportunity_id,
                kind=EventKind(f"offer_{status.value}"),
                at=now,
                user_id=me,
                details=f"{offer.number} v{ver.version}{details}",
            )
        )
    return offer, ver


def accept_offer(
    db: Database, offer_id: uuid.UUID, *, win_reason_id: uuid.UUID | None = None, note: str = ""
) -> bool:
    """Mark the latest (sent) version accepted. With a won reason the deal is marked won
    too; that is checked first, so a refusal (e.g. open mandatory tasks) changes nothing.
    Returns whether the deal was closed as won."""
    with db.read() as s:
        offer, _ver = _sent_latest(s, offer_id)
        close = False
        if win_reason_id is not None and offer.opportunity_id is not None:
            opp = v.live(s.get(Opportunity, offer.opportunity_id), "opportunity")
            if opp.status == OpportunityStatus.OPEN:
                reason = v.live(s.get(Reason, win_reason_id), "reason")
                if reason.kind != ReasonKind.WON:
                    raise ValidationError(f"“{reason.label}” is not a won reason.", "reason")
                blocking = open_mandatory_tasks(s, opp.id, opp.stage_id)
                if blocking:
                    raise MandatoryTasksOpen(opp.stage.name, [(t.id, t.title) for t in blocking])
                close = True
    me = current_user_id(db)
    with db.unit_of_work() as uow:
        details = f" — {note.strip()}" if note.strip() else ""
        offer, _ver = _decide(uow.session, offer_id, OfferStatus.ACCEPTED, me, details)
        opportunity_id = offer.opportunity_id
    if close and opportunity_id is not None:
        mark_won(db, opportunity_id, win_reason_id, note or f"Offer {offer.number} accepted")
    return close


def reject_offer(
    db: Database, offer_id: uuid.UUID, reason_id: uuid.UUID | None, note: str = ""
) -> None:
    note = v.text(note, "note", "Note", max_len=20000)
    if reason_id is None:
        raise ValidationError("Choose the reason the customer gave.", "reason")
    me = current_user_id(db)
    with db.unit_of_work() as uow:
        s = uow.session
        reason = v.live(s.get(Reason, reason_id), "reason")
        if reason.kind != ReasonKind.OFFER_REJECTED:
            raise ValidationError(f"“{reason.label}” is not an offer rejection reason.", "reason")
        details = f": {reason.label}" + (f" — {note}" if note else "")
        _offer, ver = _decide(s, offer_id, OfferStatus.REJECTED, me, details)
        ver.rejection_reason_id = reason.id
        ver.rejection_note = note


def expire_offers(db: Database, today: date | None = None) -> int:
    """Sent versions past their validity date become expired. Returns how many."""
    today = today or datetime.now(UTC).date()
    with db.read() as s:
        due = s.scalar(
            select(func.count()).where(
                OfferVersion.status == OfferStatus.SENT,
                OfferVersion.valid_until < today,
                OfferVersion.deleted.is_(False),
            )
        )
    if not due:
        return 0  # the common case writes nothing
    with db.unit_of_work() as uow:
        s = uow.session
        versions = list(
            s.scalars(
                select(OfferVersion).where(
                    OfferVersion.status == OfferStatus.SENT,
                    OfferVersion.valid_until < today,
                    OfferVersion.deleted.is_(False),
                )
            )
        )
        for ver in versions:
            ver.status = OfferStatus.EXPIRED
            offer = s.get(Offer, ver.offer_id)
            if offer is not None and offer.latest_version == ver.version:
                offer.status = OfferStatus.EXPIRED
    return len(versions)


def attach_document(db: Database, offer_id: uuid.UUID, version: int, source: Path) -> Path:
    """Keep a copy of a rendered file with a version (e.g. a re-export of a sent one)."""
    folder = documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with db.unit_of_work() as uow:
        offer = v.live(uow.session.get(Offer, offer_id), "offer")
        ver = _version(uow.session, offer, version)
        target = folder / f"{offer.number}-v{ver.version}.pdf"
        if source.resolve() != target.resolve():
            shutil.copyfile(source, target)
        ver.document_path = str(target)
    return target


# -- comparing -----------------------------------------------------------------------------


def _key(line: LineData) -> str:
    if line.product_id is not None:
        return f"p:{line.product_id}:{line.section}"
    if line.code:
        return f"c:{line.code.lower()}:{line.section}"
    return f"d:{line.description.strip().lower()}:{line.section}"


def _fmt(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value is not None else ""


def compare_versions(db: Database, offer_id: uuid.UUID, a: int, b: int) -> VersionComparison:
    """Line by line: lines are matched by product (or code, or description) within their
    section; changed fields are named with old -> new values."""
    va, vb = load_offer(db, offer_id, a), load_offer(db, offer_id, b)
    old_by_key: dict[str, list[LineData]] = {}
    for line in va.data.lines:
        old_by_key.setdefault(_key(line), []).append(line)
    diffs: list[LineDiff] = []
    fields_ = [
        ("description", "description"),
        ("quantity", "quantity"),
        ("unit", "unit"),
        ("unit_price", "unit price"),
        ("discount_percent", "discount %"),
        ("tax_rate", "tax %"),
        ("optional", "optional"),
    ]
    for line in vb.data.lines:
        key = _key(line)
        candidates = old_by_key.get(key)
        if not candidates:
            diffs.append(LineDiff("added", key, None, line, []))
            continue
        old = candidates.pop(0)
        changes = [
            f"{label}: {_fmt(getattr(old, name))} → {_fmt(getattr(line, name))}"
            for name, label in fields_
            if getattr(old, name) != getattr(line, name)
        ]
        diffs.append(LineDiff("changed" if changes else "same", key, old, line, changes))
    for key, rest in old_by_key.items():
        for old in rest:
            diffs.append(LineDiff("removed", key, old, None, []))
    header: list[tuple[str, str, str]] = []
    for label, x, y in (
        ("Net total", va.totals.net, vb.totals.net),
        ("Gross total", va.totals.gross, vb.totals.gross),
        ("Offer discount %", va.data.discount_percent, vb.data.discount_percent),
        ("Valid until", va.data.valid_until, vb.data.valid_until),
        ("Payment terms", va.data.payment_terms, vb.data.payment_terms),
        ("Delivery terms", va.data.delivery_terms, vb.data.delivery_terms),
        (
            "Payment options",
            dump_json(va.data.payment_options),
            dump_json(vb.data.payment_options),
        ),
    ):
        if x != y:
            header.append((label, _fmt(x), _fmt(y)))
    return VersionComparison(a, b, diffs, header)


@dataclass(frozen=True)
class DealChoice:
    id: uuid.UUID
    title: str
    customer: str
    currency: str


def search_deals(db: Database, text: str = "", limit: int = 50) -> list[DealChoice]:
    """Open deals to make an offer for, by title or customer."""
    with db.read() as s:
        q = (
            select(Opportunity.id, Opportunity.title, Account.name, Opportunity.currency)
            .outerjoin(Account, Account.id == Opportunity.account_id)
            .where(Opportunity.deleted.is_(False), Opportunity.status == OpportunityStatus.OPEN)
        )
        match = v.contains(text, Opportunity.title, Account.name)
        if match is not None:
            q = q.where(match)
        q = q.order_by(Opportunity.updated_at.desc()).limit(limit)
        return [DealChoice(i, t, n or "", c) for i, t, n, c in s.execute(q)]
