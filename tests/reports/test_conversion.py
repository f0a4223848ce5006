"""Win rate, cycle, funnel and time in stage against answers worked out by hand."""

from __future__ import annotations

import pytest

from workbench.domain.enums import EventKind as K
from workbench.domain.models import User

from .conftest import World, eur, row


@pytest.fixture
def closed(world: World) -> World:
    # Anna wins two and loses one in Q2; one deal is closed by Ben although Anna owns it.
    world.deal(
        "W1",
        "Anna",
        "2026-03-01 09:00",
        "Negotiate",
        "1000",
        history=[("2026-04-10 09:00", K.WON, {})],
    )
    world.deal(
        "W2",
        "Anna",
        "2026-04-01 09:00",
        "Negotiate",
        "3000",
        history=[("2026-05-01 09:00", K.WON, {})],
    )
    world.deal(
        "L1",
        "Anna",
        "2026-04-01 09:00",
        "Propose",
        "2000",
        history=[("2026-04-21 09:00", K.LOST, {})],
    )
    world.deal(
        "ByBen",
        "Anna",
        "2026-04-01 09:00",
        "Propose",
        "600",
        history=[("2026-06-01 09:00", K.LOST, {"by": "Ben"})],
    )
    # Exactly at the boundaries, in Vienna time: midnight starting 1 April counts in Q2,
    # midnight starting 1 July does not (although it is still 30 June in UTC).
    world.deal(
        "Edge-in",
        "Cleo",
        "2026-03-01 09:00",
        "Propose",
        "100",
        history=[("2026-04-01 00:00", K.WON, {})],
    )
    world.deal(
        "Edge-out",
        "Cleo",
        "2026-03-01 09:00",
        "Propose",
        "100",
        history=[("2026-07-01 00:00", K.WON, {})],
    )
    world.deal(
        "Before",
        "Cleo",
        "2026-03-01 09:00",
        "Propose",
        "100",
        history=[("2026-03-31 23:59", K.LOST, {})],
    )
    # Won in April, reopened and lost in June: counts once, as lost, on its final close.
    world.deal(
        "Reopened",
        "Cleo",
        "2026-04-01 09:00",
        "Propose",
        "400",
        history=[
            ("2026-04-11 09:00", K.WON, {}),
            ("2026-04-15 09:00", K.REOPENED, {}),
            ("2026-06-10 09:00", K.LOST, {}),
        ],
    )
    return world


def test_win_rate_counts_won_over_won_plus_lost_with_sample_size(closed: World) -> None:
    report = closed.report("win-rate")
    anna = row(report, "by_rep", "Anna")
    assert (anna["won"], anna["lost"], anna["closed"]) == (2, 1, 3)
    assert anna["win_rate"] == pytest.approx(2 / 3)
    assert anna["won_value"] == eur("4000") and anna["lost_value"] == eur("2000")
    assert anna["win_rate_value"] == pytest.approx(4000 / 6000)
    assert anna["average"] == eur("2000.00")
    # Cycles: W1 40 days (1 March to 10 April), W2 30 days; L1 20 days.
    assert anna["cycle_won_median"] == pytest.approx(35, abs=0.05)
    assert anna["cycle_lost_mean"] == pytest.approx(20, abs=0.05)
    ben = row(report, "by_rep", "Ben")  # credited to who closed, not to the owner
    assert (ben["won"], ben["lost"]) == (0, 1)
    cleo = row(report, "by_rep", "Cleo")
    assert (cleo["won"], cleo["lost"]) == (1, 1)  # Edge-in won; Reopened lost
    team = row(report, "by_rep", "All")
    assert (team["won"], team["lost"]) == (3, 3)
    assert team["win_rate"] == 0.5


def test_a_deal_closed_again_by_someone_else_is_credited_to_the_last_closer(
    world: World,
) -> None:
    # Anna owns both. Won by Anna, reopened, lost by Ben: Ben's loss. Lost by Ben,
    # reopened, won by Cleo: Cleo's win.
    world.deal(
        "Again",
        "Anna",
        "2026-03-01 09:00",
        history=[
            ("2026-04-10 09:00", K.WON, {}),
            ("2026-04-20 09:00", K.REOPENED, {}),
            ("2026-05-02 09:00", K.LOST, {"by": "Ben"}),
        ],
    )
    world.deal(
        "Twice",
        "Anna",
        "2026-03-01 09:00",
        history=[
            ("2026-04-11 09:00", K.LOST, {"by": "Ben"}),
            ("2026-04-12 09:00", K.REOPENED, {}),
            ("2026-06-03 09:00", K.WON, {"by": "Cleo"}),
        ],
    )
    report = world.report("win-rate")
    assert "Anna" not in [r.cells["rep"] for r in report.table("by_rep").rows]
    ben, cleo = row(report, "by_rep", "Ben"), row(report, "by_rep", "Cleo")
    assert (ben["won"], ben["lost"]) == (0, 1)
    assert (cleo["won"], cleo["lost"]) == (1, 0)
    assert row(report, "by_team", "South")["won"] == 1  # Cleo's team, not the owner's


def test_team_figures_follow_the_reps_current_team(closed: World) -> None:
    north = closed.report("win-rate", team_id=closed.teams["North"])
    assert row(north, "by_rep", "All")["closed"] == 4  # Anna 3 + Ben 1
    # Cleo moves to North: her closings now count with North, for the past too.
    with closed.db.unit_of_work() as uow:
        uow.session.get(User, closed.users["Cleo"]).team_id = closed.teams["North"]
    north = closed.report("win-rate", team_id=closed.teams["North"])
    assert row(north, "by_rep", "All")["closed"] == 6
    by_team = closed.report("win-rate")
    assert row(by_team, "by_team", "North")["closed"] == 6


@pytest.fixture
def funnel(world: World) -> World:
    world.deal(
        "d1",
        "Anna",
        "2026-04-01 09:00",
        history=[
            ("2026-04-03 09:00", K.STAGE_CHANGED, {"stage": "Propose"}),
            ("2026-04-08 09:00", K.STAGE_CHANGED, {"stage": "Negotiate"}),
            ("2026-04-10 09:00", K.WON, {}),
        ],
    )
    world.deal(
        "d2",  # skips Propose
        "Anna",
        "2026-04-01 09:00",
        history=[
            ("2026-04-05 09:00", K.STAGE_CHANGED, {"stage": "Negotiate"}),
            ("2026-04-20 09:00", K.LOST, {}),
        ],
    )
    world.deal("d3", "Ben", "2026-05-01 09:00")
    world.deal(
        "d4",  # back to Qualify: Propose stays reached
        "Ben",
        "2026-05-01 09:00",
        history=[
            ("2026-05-03 09:00", K.STAGE_CHANGED, {"stage": "Propose"}),
            ("2026-05-04 09:00", K.STAGE_CHANGED, {"stage": "Qualify"}),
            ("2026-05-06 09:00", K.STAGE_CHANGED, {"stage": "Propose"}),
            ("2026-05-16 09:00", K.LOST, {}),
        ],
    )
    world.deal(
        "old",
        "Ben",
        "2026-01-01 09:00",
        history=[("2026-04-02 09:00", K.STAGE_CHANGED, {"stage": "Propose"})],
    )
    return world


def test_cohort_funnel_counts_skipped_stages_as_passed_and_backward_moves_once(
    funnel: World,
) -> None:
    report = funnel.report("funnel")
    table = report.table("cohort_Test process")
    got = {
        r.cells["stage"]: (r.cells["reached"], r.cells["next_step"], r.cells["cumulative"])
        for r in table.rows
    }
    assert got == {
        "Qualify": (4, 1.0, 1.0),
        "Propose": (3, 0.75, 0.75),
        "Negotiate": (2, pytest.approx(2 / 3), 0.5),
        "Contract": (1, 0.5, 0.25),  # d1 was won from Negotiate: a win passes every stage
        "Won": (1, 1.0, 0.25),
    }


def test_period_funnel_counts_entries_in_the_window(funnel: World) -> None:
    report = funnel.report("funnel")
    entered = {
        r.cells["stage"]: r.cells["entered"] for r in report.table("period_Test process").rows
    }
    # Qualify: d1-d4 created (d4 re-entered too, once); Propose: d1, d4, "old" (created before Q2).
    assert entered == {"Qualify": 4, "Propose": 3, "Negotiate": 2, "Contract": 0, "Won": 1}


def test_time_in_stage_latest_and_cumulative(funnel: World) -> None:
    report = funnel.report("funnel")
    times = {r.cells["stage"]: r.cells for r in report.table("time_Test process").rows}
    # Propose stays: d1 5 days; d4 1 day then 10 days (latest 10, cumulative 11).
    assert times["Propose"]["deals"] == 2
    assert times["Propose"]["latest_mean"] == pytest.approx((5 + 10) / 2)
    assert times["Propose"]["cumulative_mean"] == pytest.approx((5 + 11) / 2)
    # Qualify: d1 2, d2 4, d4 2 then 2 (latest 2, cumulative 4), d3 still there: 75 days to now.
    assert times["Qualify"]["latest_median"] == pytest.approx((2 + 4) / 2)
    assert times["Qualify"]["cumulative_median"] == pytest.approx(4)


def test_filters_only_narrow(closed: World) -> None:
    whole = row(closed.report("win-rate"), "by_rep", "All")["closed"]
    for filters in (
        {"rep_id": closed.users["Anna"]},
        {"team_id": closed.teams["South"]},
        {"pipeline_id": closed.pipeline},
        {"currency": "USD"},
        {"source": "direct"},
    ):
        narrowed = row(closed.report("win-rate", **filters), "by_rep", "All")["closed"]
        assert narrowed <= whole, filters
