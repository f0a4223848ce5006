"""A board column's header: one total converted at the manager's exchange rates."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from tests.ui.test_board import column, make_board, wait_idle
from workbench import formatting
from workbench.services import board as b
from workbench.services import opportunities, targets


def _deal(ctx, title: str, amount: str, currency: str) -> None:  # type: ignore[no-untyped-def]
    pipeline = next(p for p in b.list_pipelines(ctx.db) if p.is_default)
    opportunities.create_opportunity(
        ctx.db,
        opportunities.OpportunityInput(
            title=title, pipeline_id=pipeline.id, amount=Decimal(amount), currency=currency
        ),
    )


def test_a_column_shows_one_converted_total_with_rates(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    _deal(ctx, "Berlin", "3500000", "EUR")
    _deal(ctx, "Munich", "3500000", "EUR")
    _deal(ctx, "London", "2000000", "GBP")
    _deal(ctx, "Zürich", "500000", "CHF")
    board = make_board(qtbot, ctx)
    first = column(board, 0)
    # No rates: per currency, as before, and the tooltip says why.
    assert first.total.text() == "€7m · CHF\u00a0500k +1"
    assert "no exchange rates" in first.toolTip()

    since = date.today() - timedelta(days=10)
    targets.set_rate(ctx.db, "GBP", since, "1.15")
    targets.set_rate(ctx.db, "CHF", since, "1.07")

    wait_idle(qtbot, board)
    qtbot.waitUntil(lambda: first.total.text().startswith("≈"), timeout=10000)
    # 7,000,000 + 2,300,000 + 535,000 EUR
    assert first.total.text() == "≈ €9.8m"
    tip = first.toolTip()
    assert "converted into EUR" in tip
    assert "£2,000,000.00" in tip and "CHF\u00a0500,000.00" in tip
    assert f"1 GBP = 1.15 EUR (rate from {formatting.day(since)})" in tip
    assert "Together ≈ €9,835,000.00" in tip
