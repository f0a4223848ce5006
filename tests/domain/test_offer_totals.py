from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.offer_totals import (
    AddOn,
    LineInput,
    PaymentKind,
    PaymentOption,
    compute_totals,
    dump_json,
    line_total,
    load_add_ons,
    load_payment_options,
)

D = Decimal

quantities = st.decimals(min_value=D("0"), max_value=D("10000"), places=3)
prices = st.decimals(min_value=D("0"), max_value=D("100000"), places=4)
discounts = st.decimals(min_value=D("0"), max_value=D("100"), places=2)
rates = st.sampled_from([D("0"), D("7"), D("19"), D("20"), D("25.5")])
lines_st = st.lists(
    st.builds(
        LineInput,
        quantity=quantities,
        unit_price=prices,
        discount_percent=discounts,
        tax_rate=rates,
        optional=st.booleans(),
    ),
    max_size=25,
)
currencies = st.sampled_from(["EUR", "JPY", "KWD", "GBP"])


def test_line_net_rounds_half_up_per_line() -> None:
    t = line_total(LineInput(D("3"), D("0.335")), "EUR")
    assert t.amount == D("1.01")  # 1.005 -> 1.01
    assert t.net == D("1.01")
    t = line_total(LineInput(D("1"), D("100"), discount_percent=D("12.5")), "EUR")
    assert (t.amount, t.discount, t.net) == (D("100.00"), D("12.50"), D("87.50"))
    assert line_total(LineInput(D("1"), D("10.5")), "JPY").net == D("11")


def test_worked_example() -> None:
    totals = compute_totals(
        [
            LineInput(D("2"), D("499.99"), tax_rate=D("19")),
            LineInput(D("1"), D("120"), discount_percent=D("10"), tax_rate=D("7")),
            LineInput(D("1"), D("999"), tax_rate=D("19"), optional=True),
        ],
        "EUR",
        discount_percent=D("5"),
    )
    assert totals.subtotal == D("1107.98")
    assert totals.optional_net == D("999.00")
    assert totals.discount == D("55.40")
    assert totals.net == D("1052.58")
    # 55.40 split 999.98 : 108 -> 50.00 and 5.40
    assert [(t.rate, t.base, t.tax) for t in totals.taxes] == [
        (D("7"), D("102.60"), D("7.18")),
        (D("19"), D("949.98"), D("180.50")),
    ]
    assert totals.gross == D("1240.26")


def test_below_cost_is_flagged() -> None:
    t = line_total(LineInput(D("2"), D("10"), discount_percent=D("20"), unit_cost=D("9")), "EUR")
    assert t.below_cost
    assert not line_total(LineInput(D("2"), D("10"), unit_cost=D("9")), "EUR").below_cost


def test_instalments_add_up_to_gross() -> None:
    totals = compute_totals(
        [LineInput(D("1"), D("1000"), tax_rate=D("19"))],
        "EUR",
        payment_options=[PaymentOption(PaymentKind.INSTALMENTS, months=12)],
        add_ons=[AddOn("Insurance", D("9.90"), D("19"))],
    )
    plan = totals.payments[0]
    assert plan.monthly == D("99.17")
    assert plan.last_payment == D("1190.00") - D("99.17") * 11
    assert totals.add_ons_monthly_gross == D("11.78")
    assert plan.monthly_with_add_ons == D("110.95")


def test_leasing_annuity() -> None:
    totals = compute_totals(
        [LineInput(D("1"), D("10000"))],
        "EUR",
        payment_options=[
            PaymentOption(PaymentKind.LEASING, 36, D("6")),
            PaymentOption(PaymentKind.LEASING, 36, D("6"), D("10")),
            PaymentOption(PaymentKind.LEASING, 10, D("0")),
        ],
    )
    plain, balloon, free = totals.payments
    assert plain.monthly == D("304.22")  # the textbook annuity for 10,000 at 6 % over 36 months
    assert balloon.residual == D("1000.00")
    assert balloon.monthly < plain.monthly
    assert free.monthly == D("1000.00")
    assert plain.total_paid == D("304.22") * 36


@given(lines_st, discounts, currencies)
def test_sum_of_rounded_lines_is_the_shown_net(
    lines: list[LineInput], discount: Decimal, currency: str
) -> None:
    totals = compute_totals(lines, currency, discount_percent=discount)
    assert totals.subtotal == sum((t.net for t in totals.lines if t.counted), D(0))
    assert totals.net == totals.subtotal - totals.discount
    assert sum((t.base for t in totals.taxes), D(0)) == totals.net
    assert totals.gross == totals.net + sum((t.tax for t in totals.taxes), D(0))
    for t in totals.lines:
        assert t.amount - t.discount == t.net
        assert t.net == t.net.quantize(D(1).scaleb(-{"JPY": 0, "KWD": 3}.get(currency, 2)))


@given(lines_st, discounts, st.randoms())
def test_line_order_changes_nothing(lines: list[LineInput], discount: Decimal, rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(lines)
    rnd.shuffle(shuffled)
    a = compute_totals(lines, "EUR", discount_percent=discount)
    b = compute_totals(shuffled, "EUR", discount_percent=discount)
    assert (a.net, a.taxes, a.gross, a.optional_net) == (b.net, b.taxes, b.gross, b.optional_net)


@given(lines_st)
def test_optional_lines_are_not_counted(lines: list[LineInput]) -> None:
    counted = [line for line in lines if not line.optional]
    assert compute_totals(lines, "EUR").gross == compute_totals(counted, "EUR").gross


@given(
    st.decimals(min_value=D("0"), max_value=D("1000000"), places=2),
    st.integers(min_value=1, max_value=120),
)
def test_instalments_always_sum_to_gross(gross: Decimal, months: int) -> None:
    totals = compute_totals(
        [LineInput(D(1), gross)],
        "EUR",
        payment_options=[PaymentOption(PaymentKind.INSTALMENTS, months)],
    )
    plan = totals.payments[0]
    assert plan.monthly * (months - 1) + plan.last_payment == totals.gross
    assert abs(plan.last_payment - plan.monthly) <= D("0.01") * months


def test_json_round_trip() -> None:
    options = [
        PaymentOption(PaymentKind.LEASING, 24, D("4.9"), D("10")),
        PaymentOption(PaymentKind.ONE_OFF),
    ]
    assert load_payment_options(dump_json(options)) == options
    add_ons = [AddOn("Service plan", D("49"), D("19"))]
    assert load_add_ons(dump_json(add_ons)) == add_ons
    assert load_payment_options("") == []


@given(lines_st, discounts, currencies)
def test_totals_are_never_negative_and_the_discount_never_exceeds_the_subtotal(
    lines: list[LineInput], discount: Decimal, currency: str
) -> None:
    totals = compute_totals(lines, currency, discount_percent=discount)
    assert D(0) <= totals.discount <= totals.subtotal
    assert D(0) <= totals.net <= totals.gross
    assert totals.optional_net >= 0
    assert all(t.base >= 0 and t.tax >= 0 for t in totals.taxes)
    assert all(D(0) <= t.discount <= t.amount for t in totals.lines)


@given(st.lists(lines_st, min_size=1, max_size=4), currencies)
def test_sections_add_up_to_the_offer(sections: list[list[LineInput]], currency: str) -> None:
    # Without an offer discount, the offer's figures are the sums of its sections' figures.
    whole = compute_totals([line for s in sections for line in s], currency)
    parts = [compute_totals(s, currency) for s in sections]
    assert whole.subtotal == sum((p.subtotal for p in parts), D(0))
    assert whole.optional_net == sum((p.optional_net for p in parts), D(0))
    for rate in {t.rate for t in whole.taxes}:
        assert next(t.base for t in whole.taxes if t.rate == rate) == sum(
            (t.base for p in parts for t in p.taxes if t.rate == rate), D(0)
        )


@given(lines_st, discounts, st.randoms())
def test_line_order_changes_no_line_and_no_payment(  # type: ignore[no-untyped-def]
    lines: list[LineInput], discount: Decimal, rnd
) -> None:
    options = [PaymentOption(PaymentKind.INSTALMENTS, 12), PaymentOption(PaymentKind.LEASING, 36)]
    order = list(range(len(lines)))
    rnd.shuffle(order)
    a = compute_totals(lines, "EUR", discount_percent=discount, payment_options=options)
    b = compute_totals(
        [lines[i] for i in order], "EUR", discount_percent=discount, payment_options=options
    )
    assert [b.lines[order.index(i)] for i in range(len(lines))] == list(a.lines)
    assert a.payments == b.payments
