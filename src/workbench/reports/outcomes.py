"""Won and lost: the reasons, the competitors, and the offers sent with their outcome."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.enums import OfferStatus
from workbench.domain.models import Offer, OfferVersion, Opportunity, Reason
from workbench.domain.money import Money
from workbench.reports.buckets import Bucket, mean, median, missing_note, ratio
from workbench.reports.facts import closed_deals
from workbench.reports.model import Chart, Column, DrillTarget, Kind, Report, Row, Series, Table
from workbench.reports.scope import Rates, ReportFilter, person_filter
from workbench.texts import fill, translate


def outcomes_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Deals won or lost in the period (by close date, credited to who closed them) by the "
        "reason given, with their value in the company currency at the close day's rate; the "
        "competitor is the one recorded on a lost deal. Offers: those sent in the period and "
        "where they stand now (accepted, rejected with the reason, expired or still waiting). "
        "Days to acceptance run from sending to the customer's yes; the discount is the "
        "offer-wide discount of the version sent.",
    )


def outcomes_report(s: Session, f: ReportFilter) -> Report:
    rates = Rates.load(s, f.default_currency)
    reasons = dict(s.execute(select(Reason.id, Reason.label)).all())
    closed = closed_deals(s, f)
    missing = Bucket()
    groups: dict[tuple[bool, str], Bucket] = defaultdict(Bucket)
    counted: dict[tuple[bool, str], Bucket] = defaultdict(Bucket)
    competitors: dict[str, Bucket] = defaultdict(Bucket)
    no_reason = translate("Reports", "No reason given")
    for deal in closed:
        label = reasons.get(deal.reason_id, no_reason) if deal.reason_id else no_reason
        counted[(deal.won, label)].add(deal.id)
        value = rates.convert_minor(deal.minor, deal.currency, f.local_day(deal.closed_at))
        if value is None:
            missing.add_minor(deal.id, deal.minor, deal.currency)
        else:
            groups[(deal.won, label)].add_minor(deal.id, value, rates.default)
        if not deal.won:
            competitors[deal.competitor.strip() or translate("Reports", "None recorded")].add(
                deal.id
            )
    report = Report("won_lost", "Won and lost", "", outcomes_how())
    for won, title in (
        (True, translate("Reports", "Won: reasons")),
        (False, translate("Reports", "Lost: reasons")),
    ):
        table = Table(
            "won_reasons" if won else "lost_reasons",
            title,
            [
                Column("reason", translate("Reports", "Reason")),
                Column("deals", translate("Reports", "Deals"), Kind.COUNT),
                Column("share", translate("Reports", "Share"), Kind.PERCENT),
                Column(
                    "value", fill(translate("Reports", "Value (%1)"), rates.default), Kind.MONEY
                ),
            ],
        )
        keys = sorted((k for k in counted if k[0] == won), key=lambda k: -len(counted[k]))
        total = sum(len(counted[k]) for k in keys)
        for key in keys:
            table.rows.append(
                Row(
                    {
                        "reason": key[1],
                        "deals": len(counted[key]),
                        "share": ratio(len(counted[key]), total),
                        "value": groups[key].total(rates.default),
                    },
                    {"deals": counted[key].drill(), "value": groups[key].drill()},
                )
            )
        table.note = missing_note(missing, rates.default)
        report.tables.append(table)
    comp = Table(
        "competitors",
        translate("Reports", "Lost to competitors"),
        [
            Column("competitor", translate("Reports", "Competitor")),
            Column("deals", translate("Reports", "Deals lost"), Kind.COUNT),
        ],
    )
    for name, bucket in sorted(competitors.items(), key=lambda kv: -len(kv[1])):
        comp.rows.append(Row({"competitor": name, "deals": len(bucket)}, {"deals": bucket.drill()}))
    report.tables.append(comp)
    report.tables.extend(_offer_tables(s, f, reasons))
    lost = report.table("lost_reasons")
    report.charts.append(
        Chart(
            translate("Reports", "Why deals were lost"),
            tuple(r.cells["reason"] for r in lost.rows),
            (
                Series(
                    translate("Reports", "Deals"), tuple(float(r.cells["deals"]) for r in lost.rows)
                ),
            ),
            unit=translate("Reports", "deals"),
        )
    )
    return report


def _offer_tables(s: Session, f: ReportFilter, reasons: dict[uuid.UUID, str]) -> list[Table]:
    q = (
        select(
            Offer.id,
            Offer.status,
            OfferVersion.sent_at,
            OfferVersion.decided_at,
            OfferVersion.rejection_reason_id,
            OfferVersion.discount_percent,
            OfferVersion.net_total,
            OfferVersion.currency,
        )
        .join(
            OfferVersion,
            (OfferVersion.offer_id == Offer.id) & (OfferVersion.version == Offer.latest_version),
        )
        .outerjoin(Opportunity, Opportunity.id == Offer.opportunity_id)
        .where(
            Offer.deleted.is_(False),
            OfferVersion.sent_at >= f.start,
            OfferVersion.sent_at < f.end,
            person_filter(Offer.owner_id, f),
        )
    )
    if f.pipeline_id is not None:
        q = q.where(Opportunity.pipeline_id == f.pipeline_id)
    if f.currency:
        q = q.where(OfferVersion.currency == f.currency)
    status_of = {
        OfferStatus.ACCEPTED: "Accepted",
        OfferStatus.REJECTED: "Rejected",
        OfferStatus.EXPIRED: "Expired",
    }
    outcome: dict[str, Bucket] = defaultdict(lambda: Bucket(DrillTarget.OFFERS))
    rejected: dict[str, Bucket] = defaultdict(lambda: Bucket(DrillTarget.OFFERS))
    days: list[float] = []
    discounts: list[float] = []
    sent = Bucket(DrillTarget.OFFERS)
    for offer, status, sent_at, decided, reason, discount, net, currency in s.execute(q):
        sent.add(offer, Money(Decimal(net), currency))
        outcome[status_of.get(status, "Waiting for an answer")].add(
            offer, Money(Decimal(net), currency)
        )
        if status == OfferStatus.REJECTED:
            no_reason = translate("Reports", "No reason given")
            rejected[reasons.get(reason, no_reason) if reason else no_reason].add(offer)
        if status == OfferStatus.ACCEPTED and decided is not None and sent_at is not None:
            days.append((decided - sent_at).total_seconds() / 86400)
            discounts.append(float(discount))
    offers = Table(
        "offers",
        translate("Reports", "Offers sent in the period"),
        [
            Column("outcome", translate("Reports", "Outcome")),
            Column("offers", translate("Reports", "Offers"), Kind.COUNT),
            Column("share", translate("Reports", "Share"), Kind.PERCENT),
        ],
    )
    shown = {
        "Accepted": translate("Reports", "Accepted"),
        "Rejected": translate("Reports", "Rejected"),
        "Expired": translate("Reports", "Expired"),
        "Waiting for an answer": translate("Reports", "Waiting for an answer"),
    }
    for label in ("Accepted", "Rejected", "Expired", "Waiting for an answer"):
        offers.rows.append(
            Row(
                {
                    "outcome": shown[label],
                    "offers": len(outcome[label]),
                    "share": ratio(len(outcome[label]), len(sent)),
                },
                {"offers": outcome[label].drill()},
            )
        )
    offers.rows.append(
        Row(
            {"outcome": translate("Reports", "Sent"), "offers": len(sent), "share": None},
            {"offers": sent.drill()},
            total=True,
        )
    )
    offers.note = (
        fill(
            translate(
                "Reports",
                "Accepted offers: %1 days to acceptance (median), %2 (mean); average "
                "discount given %3.",
            ),
            formatting.number(median(days) or 0, digits=1),
            formatting.number(mean(days) or 0, digits=1),
            formatting.percent((mean(discounts) or 0) / 100, digits=1),
        )
        if days
        else translate("Reports", "No offer sent in the period was accepted yet.")
    )
    rejections = Table(
        "rejections",
        translate("Reports", "Offers rejected: reasons"),
        [
            Column("reason", translate("Reports", "Reason")),
            Column("offers", translate("Reports", "Offers"), Kind.COUNT),
        ],
    )
    for label, bucket in sorted(rejected.items(), key=lambda kv: -len(kv[1])):
        rejections.rows.append(
            Row({"reason": label, "offers": len(bucket)}, {"offers": bucket.drill()})
        )
    acceptance = Table(
        "acceptance",
        translate("Reports", "Accepted offers"),
        [
            Column("figure", translate("Reports", "Figure")),
            Column("value", translate("Reports", "Value"), Kind.NUMBER),
        ],
    )
    acceptance.rows += [
        Row({"figure": translate("Reports", "Days to acceptance, median"), "value": median(days)}),
        Row({"figure": translate("Reports", "Days to acceptance, mean"), "value": mean(days)}),
        Row({"figure": translate("Reports", "Discount given, mean %"), "value": mean(discounts)}),
        Row(
            {"figure": translate("Reports", "Accepted offers (n)"), "value": float(len(days))},
            {"value": outcome["Accepted"].drill()},
        ),
    ]
    return [offers, rejections, acceptance]
