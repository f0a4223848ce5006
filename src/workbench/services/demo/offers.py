"""The product catalogue in two price lists, and offers in every status for a few hundred
deals (some revised into several versions), their totals computed as the app does."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from workbench.domain.base import Synced
from workbench.domain.enums import EventKind, OfferStatus, OpportunityStatus, ReasonKind
from workbench.domain.models import (
    Offer,
    OfferLine,
    OfferVersion,
    OpportunityEvent,
    PriceList,
    PriceListItem,
    Product,
)
from workbench.domain.money import round_money
from workbench.domain.offer_totals import (
    AddOn,
    LineInput,
    PaymentKind,
    PaymentOption,
    compute_totals,
    dump_json,
)
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.words import ADD_ONS, CATALOGUE, FX, in_language

MOST_OFFERS = 1500
_DAY = timedelta(days=1)
# How an open deal's offer stands; a sent one is twice as likely as any other.
OPEN_DEAL_OFFERS = [
    OfferStatus.DRAFT,
    OfferStatus.SENT,
    OfferStatus.SENT,
    OfferStatus.EXPIRED,
    OfferStatus.REJECTED,
]


@dataclass
class Catalogue:
    standard: uuid.UUID
    partner: uuid.UUID
    price_lists: list[Row]
    products: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    price: dict[tuple[uuid.UUID, uuid.UUID, str], Decimal] = field(default_factory=dict)


@dataclass
class Offers:
    offers: list[Row] = field(default_factory=list)
    versions: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)


def catalogue_and_offers(
    demo: Demo, opps: list[Row], began: dict[uuid.UUID, datetime], year_offers: int
) -> dict[type[Synced], list[Row]]:
    """The rows of both, by model; `began` has when each deal was created, and
    `year_offers` offers are numbered this year already."""
    catalogue = make_catalogue(demo)
    made = Offers()
    # Deals that ran for a day at least: an offer takes that to be sent and answered.
    candidates = [
        o
        for o in opps
        if o["currency"] in FX and (o["closed_at"] or demo.today) - began[o["id"]] > _DAY
    ]
    chosen = candidates[: min(len(candidates), max(10, min(MOST_OFFERS, len(opps) // 3)))]
    for n, opp in enumerate(chosen, start=year_offers + 1):
        _offer(demo, catalogue, made, opp, began[opp["id"]], n)
    return {
        PriceList: catalogue.price_lists,
        Product: catalogue.products,
        PriceListItem: catalogue.items,
        Offer: made.offers,
        OfferVersion: made.versions,
        OfferLine: made.lines,
        OpportunityEvent: made.events,
    }


def make_catalogue(demo: Demo) -> Catalogue:
    standard, partner = demo.uid(), demo.uid()
    catalogue = Catalogue(
        standard,
        partner,
        [
            {"id": standard, "name": "Standard", "is_default": True, "active": True},
            {"id": partner, "name": "Partner", "is_default": False, "active": True},
        ],
    )
    for code, name, description, unit, tax, eur, cost in CATALOGUE:
        pid = demo.uid()
        catalogue.products.append(
            {
                "id": pid,
                "code": code,
                "name": in_language(name),
                "description": description,
                "unit": unit,
                "tax_rate": Decimal(tax),
                "cost": Decimal(cost),
                "cost_currency": "EUR",
                "active": True,
            }
        )
        for list_id, factor in ((standard, Decimal(1)), (partner, Decimal("0.88"))):
            for currency, rate in FX.items():
                amount = round_money(Decimal(eur) * factor * Decimal(rate), currency)
                catalogue.price[(list_id, pid, currency)] = amount
                catalogue.items.append(
                    {
                        "price_list_id": list_id,
                        "product_id": pid,
                        "currency": currency,
                        "unit_price": amount,
                    }
                )
    return catalogue


@dataclass(frozen=True)
class _Draw:
    """What every version of one offer shares."""

    opp: Row
    number: str
    offer_id: uuid.UUID
    list_id: uuid.UUID
    picks: list[Row]
    discount: Decimal
    answer: timedelta  # how long the customer took to accept or reject a version


def _offer(
    demo: Demo, catalogue: Catalogue, made: Offers, opp: Row, began: datetime, n: int
) -> None:
    rng = demo.rng
    if opp["status"] == OpportunityStatus.WON:
        final = OfferStatus.ACCEPTED
    elif opp["status"] == OpportunityStatus.LOST:
        final = OfferStatus.REJECTED
    else:
        final = rng.choice(OPEN_DEAL_OFFERS)
    n_versions = rng.choice([1, 1, 1, 2, 2, 3])
    offer_id = demo.uid()
    list_id = catalogue.partner if rng.random() < 0.25 else catalogue.standard
    picks = rng.sample(catalogue.products, rng.randint(2, 9))
    discount = Decimal(rng.choice([0, 0, 0, 3, 5, 10]))
    # Sent after the deal began and decided by the time it closed (or today): versions five
    # days apart, or closer on a short deal.
    decided_by = opp["closed_at"] or demo.today
    room = decided_by - began - timedelta(hours=1)
    step = min(timedelta(days=5), room / (n_versions + 1))
    draw = _Draw(
        opp, f"OF-{demo.today.year}-{n:05d}", offer_id, list_id, picks, discount, step * 0.4
    )
    created = min(opp["stage_entered_at"], decided_by - step * (n_versions + 1))
    created = max(created, began + timedelta(hours=1))
    for version in range(1, n_versions + 1):
        latest = version == n_versions
        status = final if latest else OfferStatus.SENT
        if not latest:
            status = OfferStatus.REJECTED if rng.random() < 0.3 else OfferStatus.SENT
        at = created + step * (version - 1)
        _version(demo, catalogue, made, draw, version, status, at)
    made.offers.append(
        {
            "id": offer_id,
            "number": draw.number,
            "opportunity_id": opp["id"],
            "account_id": opp["account_id"],
            "contact_id": opp["contact_id"],
            "owner_id": opp["owner_id"],
            "status": final,
            "latest_version": n_versions,
        }
    )


def _version(
    demo: Demo,
    catalogue: Catalogue,
    made: Offers,
    draw: _Draw,
    version: int,
    status: OfferStatus,
    at: datetime,
) -> None:
    rng, today, opp = demo.rng, demo.today, draw.opp
    sent = status != OfferStatus.DRAFT
    vid = demo.uid()
    line_inputs = _lines(demo, catalogue, made, draw, vid, version)
    options = [PaymentOption(PaymentKind.ONE_OFF)]
    if rng.random() < 0.4:
        options.append(PaymentOption(PaymentKind.INSTALMENTS, rng.choice([6, 12, 24])))
    if rng.random() < 0.25:
        options.append(PaymentOption(PaymentKind.LEASING, rng.choice([36, 48]), Decimal("4.9")))
    add_ons = [AddOn(name, Decimal(p), Decimal(19)) for name, p in ADD_ONS if rng.random() < 0.2]
    totals = compute_totals(
        line_inputs,
        opp["currency"],
        discount_percent=draw.discount,
        payment_options=options,
        add_ons=add_ons,
    )
    valid_until = (at + timedelta(days=30)).date()
    if status == OfferStatus.EXPIRED:
        valid_until = (today - timedelta(days=rng.randint(1, 20))).date()
    elif status == OfferStatus.SENT:
        valid_until = max(valid_until, (today + timedelta(days=rng.randint(3, 25))).date())
    decided = status in (OfferStatus.ACCEPTED, OfferStatus.REJECTED)
    rejected_for = demo.reasons[ReasonKind.OFFER_REJECTED]
    made.versions.append(
        {
            "id": vid,
            "offer_id": draw.offer_id,
            "version": version,
            "status": status,
            "currency": opp["currency"],
            "price_list_id": draw.list_id,
            "valid_until": valid_until,
            "delivery_terms": "Delivery within 4–6 weeks of order confirmation.",
            "payment_terms": "Payable within 30 days of invoice date without deduction.",
            "introduction": "Thank you for your interest. We are pleased to offer you the "
            "following.",
            "closing": "We look forward to working with you.",
            "discount_percent": draw.discount,
            "discount_reason": "",
            "net_total": totals.net,
            "gross_total": totals.gross,
            "sent_at": at if sent else None,
            "decided_at": at + draw.answer if decided else None,
            "rejection_reason_id": rng.choice(rejected_for)
            if status == OfferStatus.REJECTED and rejected_for
            else None,
            "rejection_note": "",
            "document_path": "",
            "payment_options": dump_json(options),
            "add_ons": dump_json(add_ons),
            "created_at": at,
        }
    )
    made.events += _events(draw, version, status, at)


def _lines(
    demo: Demo, catalogue: Catalogue, made: Offers, draw: _Draw, vid: uuid.UUID, version: int
) -> list[LineInput]:
    """The version's lines, kept in `made`, and the same as input for its totals."""
    rng, opp = demo.rng, draw.opp
    line_inputs = []
    for pos, product in enumerate(draw.picks):
        list_eur = catalogue.price[(catalogue.standard, product["id"], "EUR")]
        # Big machines come one or two at a time, sensors and hours by the dozen.
        qty = Decimal(
            rng.choice(
                [1, 1, 2]
                if list_eur > 20000
                else [1, 2, 3, 4]
                if list_eur > 2000
                else [1, 2, 5, 10, 20, 40]
            )
        )
        if version > 1 and pos == 0:
            qty += version - 1  # the revision after the call
        unit_price = catalogue.price[(draw.list_id, product["id"], opp["currency"])]
        line_discount = Decimal(rng.choice([0, 0, 0, 5, 10]))
        optional = pos == len(draw.picks) - 1 and len(draw.picks) > 3
        line_inputs.append(LineInput(qty, unit_price, line_discount, product["tax_rate"], optional))
        made.lines.append(
            {
                "version_id": vid,
                "position": pos,
                "section": "Services" if product["code"][:2] in ("SV", "MT", "DL") else "Equipment",
                "product_id": product["id"],
                "code": product["code"],
                "description": f"{product['name']}\n{product['description']}",
                "quantity": qty,
                "unit": product["unit"],
                "unit_price": unit_price,
                "discount_percent": line_discount,
                "tax_rate": product["tax_rate"],
                "optional": optional,
                "unit_cost": product["cost"] if opp["currency"] == "EUR" else None,
            }
        )
    return line_inputs


def _events(draw: _Draw, version: int, status: OfferStatus, at: datetime) -> list[Row]:
    """The deal's history entries for a version: sent, then accepted or rejected."""
    kinds = [EventKind.OFFER_SENT] if status != OfferStatus.DRAFT else []
    if status == OfferStatus.ACCEPTED:
        kinds.append(EventKind.OFFER_ACCEPTED)
    elif status == OfferStatus.REJECTED:
        kinds.append(EventKind.OFFER_REJECTED)
    return [
        {
            "opportunity_id": draw.opp["id"],
            "kind": kind,
            "at": at + draw.answer * i,
            "user_id": draw.opp["owner_id"],
            "from_stage_id": None,
            "to_stage_id": None,
            "details": f"{draw.number} v{version}",
        }
        for i, kind in enumerate(kinds)
    ]
