"""Pipeline and forecast figures against answers worked out by hand."""

from __future__ import annotations

from datetime import date

from workbench.domain.enums import EventKind as K
from workbench.domain.enums import ForecastCategory

from .conftest import World, eur, row


def _cells(report, table, stage, currency):  # type: ignore[no-untyped-def]
    found = [
        r.cells
        for r in report.table(table).rows
        if r.cells["stage"] == stage and r.cells["currency"] == currency
    ]
    assert len(found) == 1
    return found[0]


def test_no_deals_gives_empty_tables_not_errors(world: World) -> None:
    for name in (
        "pipeline",
        "forecast",
        "funnel",
        "win-rate",
        "activity",
        "won-lost",
        "slipping",
        "staying-in-touch",
    ):
        report = world.report(name)
        assert report.tables, name


def test_open_pipeline_per_stage_and_currency_never_mixes_currencies(world: World) -> None:
    world.deal("A", "Anna", "2026-05-01 10:00", "Qualify", "1000")
    world.deal("B", "Anna", "2026-05-02 10:00", "Propose", "2000")
    world.deal("C", "Ben", "2026-05-03 10:00", "Propose", "500", "USD")
    world.deal("D", "Cleo", "2026-05-04 10:00", "Negotiate", "3000")
    world.deal(
        "E",
        "Cleo",
        "2026-05-05 10:00",
        "Negotiate",
        "9999",
        history=[("2026-06-01 10:00", K.WON, {})],
    )
    report = world.report("pipeline")
    assert _cells(report, "by_stage", "Qualify", "EUR") | {} == {
        "stage": "Qualify",
        "currency": "EUR",
        "deals": 1,
        "value": eur("1000"),
        "weighted": eur("100.00"),
    }
    assert _cells(report, "by_stage", "Propose", "EUR")["weighted"] == eur("800.00")
    assert _cells(report, "by_stage", "Propose", "USD")["value"] == eur("500", "USD")
    assert _cells(report, "by_stage", "Negotiate", "EUR")["deals"] == 1  # the won deal is not open
    totals = [r.cells for r in report.table("by_stage").rows if r.total]
    assert [(t["currency"], t["value"], t["weighted"]) for t in totals] == [
        ("EUR", eur("6000"), eur("3150.00")),
        ("USD", eur("500", "USD"), eur("200.00", "USD")),
    ]
    # No USD rate: the converted table leaves the USD deal out and says so.
    converted = report.table("converted")
    assert row(report, "converted", "Propose")["value"] == eur("2000")
    assert "1 in USD" in converted.note


def test_converted_at_the_rate_in_force_on_the_report_day(world: World) -> None:
    world.deal("B", "Anna", "2026-05-02 10:00", "Propose", "2000")
    world.deal("C", "Ben", "2026-05-03 10:00", "Propose", "500", "USD")
    world.rate("USD", date(2026, 1, 1), "0.80")
    world.rate("USD", date(2026, 7, 1), "0.90")  # in force on the report day, 15 July
    world.rate("USD", date(2026, 8, 1), "2.00")  # not yet
    report = world.report("pipeline")
    propose = row(report, "converted", "Propose")
    assert propose["deals"] == 2
    assert propose["value"] == eur("2450.00")  # 2000 + 500 × 0.90
    assert propose["weighted"] == eur("980.00")  # 800 + 200 × 0.90
    assert report.table("converted").note == ""


def test_as_of_rebuilds_stage_amount_and_status_from_history(world: World) -> None:
    world.deal(
        "B",
        "Anna",
        "2026-03-01 10:00",
        "Qualify",
        "1500",
        history=[
            ("2026-04-10 10:00", K.STAGE_CHANGED, {"stage": "Propose"}),
            ("2026-05-01 10:00", K.AMOUNT_CHANGED, {"amount": "2000"}),
            ("2026-06-01 10:00", K.WON, {}),
        ],
    )
    world.deal("Later", "Anna", "2026-05-20 10:00", "Qualify", "700")

    def open_on(day: date) -> dict[str, object]:
        report = world.report("pipeline", as_of=day)
        return {
            r.cells["stage"]: r.cells["value"]
            for r in report.table("converted").rows
            if not r.total
        }

    assert open_on(date(2026, 2, 28)) == {}
    assert open_on(date(2026, 3, 15)) == {"Qualify": eur("1500")}
    assert open_on(date(2026, 4, 15)) == {"Propose": eur("1500")}
    assert open_on(date(2026, 5, 25)) == {"Propose": eur("2000"), "Qualify": eur("700")}
    assert open_on(date(2026, 6, 1)) == {"Qualify": eur("700")}  # won during that day


def test_as_of_follows_owner_changes_for_the_rep_filter(world: World) -> None:
    world.deal(
        "Moved",
        "Anna",
        "2026-04-01 10:00",
        "Qualify",
        "100",
        history=[("2026-05-01 10:00", K.OWNER_CHANGED, {"owner": "Ben"})],
    )
    anna = world.users["Anna"]
    before = world.report("pipeline", as_of=date(2026, 4, 20), rep_id=anna)
    after = world.report("pipeline", as_of=date(2026, 5, 20), rep_id=anna)
    assert row(before, "converted", "Qualify")["deals"] == 1
    assert [r for r in after.table("converted").rows if not r.total] == []


def test_forecast_categories_cumulative_won_credited_to_closer_and_quota(world: World) -> None:
    july, june = date(2026, 7, 1), date(2026, 6, 1)
    world.deal("Q", "Anna", "2026-04-01 10:00", "Qualify", "1000", expected_close=date(2026, 6, 10))
    world.deal("P", "Anna", "2026-04-01 10:00", "Propose", "2000", expected_close=date(2026, 6, 20))
    world.deal(
        "N", "Anna", "2026-04-01 10:00", "Negotiate", "4000", expected_close=date(2026, 6, 30)
    )
    # Overridden to commit although its stage is only best case:
    world.deal(
        "O",
        "Anna",
        "2026-04-01 10:00",
        "Propose",
        "500",
        expected_close=date(2026, 6, 5),
        forecast=ForecastCategory.COMMIT,
    )
    world.deal(
        "X",
        "Anna",
        "2026-04-01 10:00",
        "Negotiate",
        "800",
        expected_close=date(2026, 6, 5),
        forecast=ForecastCategory.OMITTED,
    )
    # Expected in July: outside Q2.
    world.deal("J", "Anna", "2026-04-01 10:00", "Negotiate", "9000", expected_close=july)
    # Owned by Anna, closed by Ben in May with an expected close date in August.
    world.deal(
        "W",
        "Anna",
        "2026-04-01 10:00",
        "Negotiate",
        "3000",
        expected_close=date(2026, 8, 1),
        history=[("2026-05-15 10:00", K.WON, {"by": "Ben"})],
    )
    # Lost in May by Ben: closed in the period, but never "won".
    world.deal(
        "L",
        "Anna",
        "2026-04-01 10:00",
        "Negotiate",
        "700",
        history=[("2026-05-16 10:00", K.LOST, {"by": "Ben"})],
    )
    world.quota("Anna", june, "10000")
    world.quota("Ben", date(2026, 5, 1), "2000")
    report = world.report("forecast")
    anna = row(report, "by_rep", "Anna")
    assert anna["won"] == eur("0")
    assert anna["commit"] == eur("4500.00")  # N + O
    assert anna["best_case"] == eur("6500.00")  # + P
    assert anna["pipeline"] == eur("7500.00")  # + Q; the omitted deal is left out
    assert anna["weighted"] == eur("4100.00")  # 100 + 800 + 3000 + 200 (O in Propose: 40 %)
    assert anna["quota"] == eur("10000")
    assert anna["coverage"] == 0.45
    ben = row(report, "by_rep", "Ben")
    assert ben["won"] == eur("3000") and ben["quota"] == eur("2000") and ben["attainment"] == 1.5
    may = row(report, "by_month", "May 2026")
    assert may["won"] == eur("3000")
    team = row(report, "by_month", "Team")
    assert team["forecast"] == eur("7500.00")  # won 3000 + commit 4500
    assert team["quota"] == eur("12000")


def test_every_money_figure_equals_its_drill_down_total(world: World) -> None:
    from workbench.reports.drill import totals

    world.deal(
        "A", "Anna", "2026-05-01 10:00", "Qualify", "1000.10", expected_close=date(2026, 6, 1)
    )
    world.deal(
        "B", "Ben", "2026-05-02 10:00", "Propose", "2000.33", expected_close=date(2026, 6, 2)
    )
    world.deal(
        "C", "Ben", "2026-05-03 10:00", "Propose", "500", "USD", expected_close=date(2026, 6, 3)
    )
    world.rate("USD", date(2026, 1, 1), "0.8333")
    for name in ("pipeline", "forecast"):
        report = world.report(name)
        checked = 0
        for table in report.tables:
            for r in table.rows:
                for key, drill in r.drill.items():
                    value = r.cells[key]
                    if hasattr(value, "currency") and drill.amounts is not None:
                        got = totals(drill)
                        expected = [] if value.amount == 0 else [value]
                        assert [m.rounded() for m in got] == expected, (name, table.key, key)
                        checked += 1
        assert checked > 5
