"""Creating offers and editing their draft versions: texts, guard rails, lines, revisions."""

from __future__ import annotations

import string
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.enums import (
    OfferStatus,
)
from workbench.domain.meta import Meta
from workbench.domain.models import (
    Account,
    Contact,
    Offer,
    OfferLine,
    OfferVersion,
    Opportunity,
    Product,
    User,
)
from workbench.domain.offer_totals import (
    OfferTotals,
    PaymentKind,
    PaymentOption,
    dump_json,
)
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import validation
from workbench.services.catalog import default_price_list_id, price_for
from workbench.services.company import get_company
from workbench.services.offers.language import (
    DEFAULT_LANGUAGE,
    customer_country,
    customer_language,
    customer_locale,
)
from workbench.services.offers.model import (
    MAX_LINES,
    GuardRail,
    LineData,
    VersionData,
    max_discount_percent,
    user_locale,
    validity_days,
)
from workbench.services.offers.reading import _lines, _version
from workbench.services.setup import current_user_id, given_name
from workbench.store.db import Database
from workbench.texts import fill, translate


def templates(kind: str, language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Texts of one kind (introduction, closing, payment_terms, delivery_terms) by name, in
    the offer's language: templates/<language>/, English (templates/) where it has none."""
    root = resources.files("workbench.resources").joinpath("templates")
    found: dict[str, str] = {}
    folders = [root] if language == DEFAULT_LANGUAGE else [root, root.joinpath(language)]
    for folder in folders:
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
    language: str = DEFAULT_LANGUAGE,
    locale: str | None = None,
) -> dict[str, str]:
    """The $placeholders the text templates may use. $greeting is the whole opening
    ("Dear Anna Meier", "Sehr geehrte Damen und Herren"), for languages whose greeting
    changes around a name."""
    greeting, nobody = greetings(language)
    return {
        "salutation": contact or "Sir or Madam",
        "greeting": greeting.format(name=contact) if contact else nobody,
        "customer": customer,
        "contact": contact,
        "opportunity": opportunity or number,
        "number": number,
        "valid_until": written_day(valid_until, language, locale or user_locale()),
        "sender": sender,
        "company": company,
    }


def written_day(day: date | None, language: str, locale: str) -> str:
    """The day in the letter's prose: "5. Januar 2027" in a German letter; in one whose
    language is not the locale's (an English offer from a German laptop) the day in
    figures, as the offer's header writes it, not a German month name in English words."""
    if day is None:
        return ""
    if locale.split("_")[0] != language:
        return formatting.day(day, locale)
    return formatting.day_long(day, locale)


def greetings(language: str) -> tuple[str, str]:
    """The opening with the contact's name ("Dear {name}"), and the one without a contact."""
    return _GREETINGS.get(language, _GREETINGS[DEFAULT_LANGUAGE])


# A greeting with the contact's name, and the one when there is no contact.
_GREETINGS = {
    "en": ("Dear {name}", "Dear Sir or Madam"),
    "de": ("Guten Tag {name}", "Sehr geehrte Damen und Herren"),
    "fr": ("Bonjour {name}", "Madame, Monsieur"),
}


def guard_rails(data: VersionData, limit: Decimal) -> list[GuardRail]:
    """What the editor shows as you type and what saving and sending enforce, in the
    person's language with figures written the way it writes them."""
    rails: list[GuardRail] = []
    needs_reason = not data.discount_reason.strip()
    cap = formatting.number(limit)
    if data.discount_percent > limit:
        text = (
            translate(
                "Offers", "The offer discount of %1 % is above the limit of %2 %; give a reason."
            )
            if needs_reason
            else translate(
                "Offers", "The offer discount of %1 % is above the limit of %2 % (reason given)."
            )
        )
        rails.append(
            GuardRail(fill(text, formatting.number(data.discount_percent), cap), needs_reason)
        )
    totals = data.totals()
    for i, (line, t) in enumerate(zip(data.lines, totals.lines, strict=True)):
        label = (
            line.description.splitlines()[0][:60]
            if line.description
            else fill(translate("Offers", "line %1"), i + 1)
        )
        if line.discount_percent > limit:
            text = (
                translate(
                    "Offers",
                    "Line %1 (“%2”): discount %3 % is above the limit of %4 %; give a reason.",
                )
                if needs_reason
                else translate(
                    "Offers", "Line %1 (“%2”): discount %3 % is above the limit of %4 %."
                )
            )
            discount = formatting.number(line.discount_percent)
            rails.append(GuardRail(fill(text, i + 1, label, discount, cap), needs_reason, i))
        if t.below_cost:
            text = translate("Offers", "Line %1 (“%2”) is priced below cost.")
            rails.append(GuardRail(fill(text, i + 1, label), False, i))
    return rails


def _enforce(db: Database, data: VersionData) -> None:
    blocking = [r for r in guard_rails(data, max_discount_percent(db)) if r.blocking]
    if blocking:
        raise ValidationError(
            blocking[0].message
            + " "
            + translate("Offers", "A discount above the limit needs a reason."),
            "discount_reason",
        )


def _next_number(s: Session, year: int) -> str:
    # Numbers are per year and made offline. Once the laptop is signed in to a team
    # server they carry its device code, so two laptops never make the same one; a
    # number made before sign-in that clashes is renumbered by the server (docs/sync.md).
    device = s.get(Meta, "sync.device_code")
    prefix = f"OF-{year}-{device.value}-" if device is not None and device.value else f"OF-{year}-"
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
            opp = validation.live(s.get(Opportunity, opportunity_id), "opportunity")
            account_id, contact_id = opp.account_id, opp.contact_id
            currency = currency or opp.currency
            owner_id = opp.owner_id or me
            title = opp.title
        if account_id is None and contact_id is None:
            text = translate("Offers", "An offer needs a customer: an account or a contact.")
            raise ValidationError(text, "account")
        account = validation.live(s.get(Account, account_id), "account") if account_id else None
        contact = validation.live(s.get(Contact, contact_id), "contact") if contact_id else None
        owner = s.get(User, owner_id)
        currency = validation.currency(currency or company.default_currency)
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
        country = customer_country(account.country if account else "", company.country)
        language = customer_language(country)
        values = template_values(
            number=number,
            customer=account.name if account else "",
            contact=contact.full_name if contact else "",
            opportunity=title,
            valid_until=valid_until,
            # Not the placeholder of a person who has not given their name yet.
            sender=given_name(db, owner.name if owner else None),
            company=company.name,
            language=language,
            locale=customer_locale(country, user_locale()),
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
                introduction=render_template(
                    templates("introduction", language).get("standard", ""), values
                ),
                closing=render_template(templates("closing", language).get("standard", ""), values),
                payment_terms=templates("payment_terms", language).get("standard", ""),
                delivery_terms=templates("delivery_terms", language).get("standard", ""),
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
        product = validation.live(s.get(Product, product_id), "product")
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
    description = validation.text(line.description, "lines", f"{where}: description", max_len=5000)
    if not description:
        raise ValidationError(
            fill(translate("Offers", "Line %1 needs a description."), i + 1), "lines"
        )
    for name, value in (
        ("Quantity", line.quantity),
        ("Unit price", line.unit_price),
        ("Discount", line.discount_percent),
        ("Tax rate", line.tax_rate),
    ):
        label = validation.field_label(name)
        if not isinstance(value, Decimal) or not value.is_finite():
            text = translate("Offers", "Line %1: %2 must be a number.")
            raise ValidationError(fill(text, i + 1, label), "lines")
        if value < 0:
            text = translate("Offers", "Line %1: %2 can't be negative.")
            raise ValidationError(fill(text, i + 1, label), "lines")
    if line.discount_percent > 100 or line.tax_rate > 100:
        text = translate("Offers", "Line %1: percentages go up to 100.")
        raise ValidationError(fill(text, i + 1), "lines")
    if line.quantity * line.unit_price > Decimal("1e13"):
        text = translate("Offers", "Line %1: the amount is implausibly large.")
        raise ValidationError(fill(text, i + 1), "lines")
    return replace(
        line,
        description=description,
        unit=validation.text(line.unit, "lines", f"{where}: unit", max_len=20) or "pc",
        section=validation.text(line.section, "lines", f"{where}: section", max_len=120),
        code=validation.text(line.code, "lines", f"{where}: code", max_len=60),
    )


def clean_version(data: VersionData) -> VersionData:
    currency = validation.currency(data.currency)
    if not (0 <= data.discount_percent <= 100):
        text = translate("Offers", "The offer discount must be between 0 and 100 %.")
        raise ValidationError(text, "discount")
    if len(data.lines) > MAX_LINES:
        text = translate("Offers", "An offer can have at most %1 lines.")
        raise ValidationError(fill(text, formatting.number(MAX_LINES)), "lines")
    for option in data.payment_options:
        if option.kind != PaymentKind.ONE_OFF and not (1 <= option.months <= 240):
            text = translate("Offers", "Instalments and leasing run 1 to 240 months.")
            raise ValidationError(text, "payment")
        if not (0 <= option.annual_rate_percent <= 100) or not (0 <= option.residual_percent < 100):
            text = translate("Offers", "Leasing rate and residual value must be percentages.")
            raise ValidationError(text, "payment")
    for add_on in data.add_ons:
        if not add_on.name.strip() or add_on.monthly_price < 0:
            text = translate("Offers", "Each add-on needs a name and a price per month.")
            raise ValidationError(text, "add_ons")
    return replace(
        data,
        currency=currency,
        valid_until=validation.not_in_past_far(data.valid_until, "valid_until", "Valid until"),
        delivery_terms=validation.text(
            data.delivery_terms, "delivery_terms", "Delivery terms", max_len=5000
        ),
        payment_terms=validation.text(
            data.payment_terms, "payment_terms", "Payment terms", max_len=5000
        ),
        introduction=data.introduction.strip()[:20000],
        closing=data.closing.strip()[:20000],
        discount_reason=validation.text(
            data.discount_reason, "discount_reason", "Discount reason", max_len=2000
        ),
        lines=[_clean_line(i, line) for i, line in enumerate(data.lines)],
    )


def _draft(s: Session, offer_id: uuid.UUID, version: int | None) -> tuple[Offer, OfferVersion]:
    offer = validation.live(s.get(Offer, offer_id), "offer")
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
        offer = validation.live(s.get(Offer, offer_id), "offer")
        latest = _version(s, offer, None)
        if latest.status == OfferStatus.DRAFT:
            return latest.version
        if latest.status == OfferStatus.ACCEPTED:
            text = translate("Offers", "%1 was accepted; it can't be revised.")
            raise WorkbenchError(fill(text, offer.number))
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
        offer = validation.live(s.get(Offer, offer_id), "offer")
        sent = s.scalar(
            select(func.count()).where(
                OfferVersion.offer_id == offer.id, OfferVersion.status != OfferStatus.DRAFT
            )
        )
        if sent:
            text = translate("Offers", "%1 has been sent; it can be rejected, not deleted.")
            raise WorkbenchError(fill(text, offer.number))
        uow.soft_delete(offer)
