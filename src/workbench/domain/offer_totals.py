"""Offer arithmetic: line nets, discounts, tax by rate, gross, monthly payments.

Pure Decimal functions, shared by the editor (as you type), the stored version totals and
the PDF, so the three can never disagree.

Rules:
- A line's net is qty × unit price × (1 − line discount %), rounded half-up to the
  currency's minor unit once per line. The shown line discount is the difference between
  the rounded undiscounted amount and that net, so the columns add up on paper.
- Optional lines are computed and shown but not counted in any total.
- The offer discount (percent) is taken off the sum of the counted line nets and rounded.
  For tax it is spread over the tax-rate groups in proportion to their bases, rounding by
  largest remainder so the discounted bases add up to the net exactly.
- Tax is computed per rate on the discounted base and rounded per rate; gross = net + tax.
- Instalments split the gross over N months without interest: N − 1 equal rounded
  payments and a last one that absorbs the rounding, so the payments add up to the gross.
- Leasing is an annuity on the gross at a nominal annual rate r over n months with an
  optional residual value RV (balloon, percent of the gross) due after the last payment:
  i = r / 12 / 100;  P = (G − RV / (1 + i)^n) × i / (1 − (1 + i)^−n);  P = (G − RV) / n if i = 0.
- Add-ons (insurance, service plans) are priced per month with their own tax rate; their
  monthly gross is shown beside every payment option.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import Any

from workbench.domain.money import quantum, round_money

HUNDRED = Decimal(100)
ZERO = Decimal(0)


class PaymentKind(StrEnum):
    ONE_OFF = "one_off"
    INSTALMENTS = "instalments"
    LEASING = "leasing"


@dataclass(frozen=True)
class LineInput:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = ZERO
    tax_rate: Decimal = ZERO  # percent
    optional: bool = False
    unit_cost: Decimal | None = None


@dataclass(frozen=True)
class LineTotal:
    amount: Decimal  # qty × unit price, rounded
    discount: Decimal  # amount − net
    net: Decimal
    counted: bool
    below_cost: bool


@dataclass(frozen=True)
class TaxAmount:
    rate: Decimal
    base: Decimal  # counted line nets at this rate, after the offer discount
    tax: Decimal


@dataclass(frozen=True)
class PaymentOption:
    kind: PaymentKind
    months: int = 0
    annual_rate_percent: Decimal = ZERO  # leasing only
    residual_percent: Decimal = ZERO  # leasing only

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "months": self.months,
            "annual_rate_percent": str(self.annual_rate_percent),
            "residual_percent": str(self.residual_percent),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PaymentOption:
        return cls(
            kind=PaymentKind(data["kind"]),
            months=int(data.get("months", 0)),
            annual_rate_percent=Decimal(str(data.get("annual_rate_percent", "0"))),
            residual_percent=Decimal(str(data.get("residual_percent", "0"))),
        )


@dataclass(frozen=True)
class AddOn:
    name: str
    monthly_price: Decimal  # net per month
    tax_rate: Decimal = ZERO

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "monthly_price": str(self.monthly_price),
            "tax_rate": str(self.tax_rate),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AddOn:
        return cls(
            name=str(data.get("name", "")),
            monthly_price=Decimal(str(data.get("monthly_price", "0"))),
            tax_rate=Decimal(str(data.get("tax_rate", "0"))),
        )


@dataclass(frozen=True)
class PaymentPlan:
    option: PaymentOption
    monthly: Decimal  # regular payment (0 for one-off)
    last_payment: Decimal  # instalments: the last one, which absorbs rounding
    residual: Decimal  # leasing balloon at the end
    total_paid: Decimal  # everything the customer pays under this option, add-ons excluded
    monthly_with_add_ons: Decimal


@dataclass(frozen=True)
class OfferTotals:
    currency: str
    lines: tuple[LineTotal, ...]
    subtotal: Decimal  # counted line nets
    discount_percent: Decimal
    discount: Decimal
    net: Decimal
    taxes: tuple[TaxAmount, ...]
    tax: Decimal
    gross: Decimal
    optional_net: Decimal  # what the optional lines would add (net), for the reader
    add_ons_monthly_net: Decimal
    add_ons_monthly_gross: Decimal
    payments: tuple[PaymentPlan, ...] = field(default_factory=tuple)

    @property
    def below_cost_lines(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.below_cost]


def line_total(line: LineInput, currency: str) -> LineTotal:
    raw = line.quantity * line.unit_price
    amount = round_money(raw, currency)
    net = round_money(raw * (HUNDRED - line.discount_percent) / HUNDRED, currency)
    below = (
        line.unit_cost is not None
        and line.quantity > 0
        and net < round_money(line.quantity * line.unit_cost, currency)
    )
    return LineTotal(
        amount=amount,
        discount=amount - net,
        net=net,
        counted=not line.optional,
        below_cost=bool(below),
    )


def _allocate(total: Decimal, weights: Sequence[Decimal], currency: str) -> list[Decimal]:
    """Split `total` in proportion to `weights` in minor units, largest remainder first,
    so the parts add up to `total` exactly. Ties go to the earlier weight."""
    q = quantum(currency)
    weight_sum = sum(weights, ZERO)
    if not weights:
        return []
    if weight_sum == 0:
        return [total] + [ZERO] * (len(weights) - 1)
    units = int((total / q).to_integral_value())
    exact = [Decimal(units) * w / weight_sum for w in weights]
    floors = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    left = units - sum(floors)
    order = sorted(range(len(weights)), key=lambda k: (-(exact[k] - floors[k]), k))
    for k in order[:left]:
        floors[k] += 1
    return [Decimal(f) * q for f in floors]


def payment_plan(
    option: PaymentOption, gross: Decimal, add_ons_gross: Decimal, currency: str
) -> PaymentPlan:
    if option.kind == PaymentKind.ONE_OFF or option.months <= 0:
        return PaymentPlan(option, ZERO, ZERO, ZERO, gross, add_ons_gross)
    n = option.months
    if option.kind == PaymentKind.INSTALMENTS:
        monthly = round_money(gross / n, currency)
        last = gross - monthly * (n - 1)
        return PaymentPlan(option, monthly, last, ZERO, gross, monthly + add_ons_gross)
    residual = round_money(gross * option.residual_percent / HUNDRED, currency)
    i = option.annual_rate_percent / Decimal(12) / HUNDRED
    if i == 0:
        raw = (gross - residual) / n
    else:
        growth = (1 + i) ** n
        raw = (gross - residual / growth) * i / (1 - 1 / growth)
    monthly = round_money(raw, currency)
    return PaymentPlan(
        option, monthly, monthly, residual, monthly * n + residual, monthly + add_ons_gross
    )


def compute_totals(
    lines: Iterable[LineInput],
    currency: str,
    *,
    discount_percent: Decimal = ZERO,
    payment_options: Iterable[PaymentOption] = (),
    add_ons: Iterable[AddOn] = (),
) -> OfferTotals:
    inputs = list(lines)
    line_totals = tuple(line_total(line, currency) for line in inputs)
    subtotal = sum((t.net for t in line_totals if t.counted), ZERO)
    optional_net = sum((t.net for t in line_totals if not t.counted), ZERO)
    discount = round_money(subtotal * discount_percent / HUNDRED, currency)
    net = subtotal - discount

    by_rate: dict[Decimal, Decimal] = {}
    for line, t in zip(inputs, line_totals, strict=False):
        if t.counted:
            rate = line.tax_rate.normalize() if line.tax_rate else ZERO
            by_rate[rate] = by_rate.get(rate, ZERO) + t.net
    rates = sorted(by_rate)
    bases_before = [by_rate[r] for r in rates]
    cuts = _allocate(discount, bases_before, currency)
    taxes = tuple(
        TaxAmount(
            rate=r,
            base=base - cut,
            tax=round_money((base - cut) * r / HUNDRED, currency),
        )
        for r, base, cut in zip(rates, bases_before, cuts, strict=True)
    )
    tax = sum((t.tax for t in taxes), ZERO)
    gross = net + tax

    add_on_list = list(add_ons)
    add_ons_net = sum((round_money(a.monthly_price, currency) for a in add_on_list), ZERO)
    add_ons_gross = add_ons_net + sum(
        (round_money(a.monthly_price * a.tax_rate / HUNDRED, currency) for a in add_on_list),
        ZERO,
    )
    payments = tuple(payment_plan(p, gross, add_ons_gross, currency) for p in payment_options)
    return OfferTotals(
        currency=currency,
        lines=line_totals,
        subtotal=subtotal,
        discount_percent=discount_percent,
        discount=discount,
        net=net,
        taxes=taxes,
        tax=tax,
        gross=gross,
        optional_net=optional_net,
        add_ons_monthly_net=add_ons_net,
        add_ons_monthly_gross=add_ons_gross,
        payments=payments,
    )


def dump_json(items: Iterable[PaymentOption | AddOn]) -> str:
    return json.dumps([item.to_json() for item in items])


def load_payment_options(text: str) -> list[PaymentOption]:
    return [PaymentOption.from_json(d) for d in json.loads(text or "[]")]


def load_add_ons(text: str) -> list[AddOn]:
    return [AddOn.from_json(d) for d in json.loads(text or "[]")]


def percent_text(value: Decimal) -> str:
    """19.000 -> '19', 7.50 -> '7.5': rates as people write them."""
    return format(value.normalize(), "f") if value else "0"
