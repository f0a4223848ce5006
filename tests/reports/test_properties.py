"""Properties that hold whatever the data: the reps add up to the team, and a filter only
ever narrows."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.domain.enums import EventKind as K
from workbench.services.setup import open_workbench

from .conftest import World, row

REPS = ("Anna", "Ben", "Cleo")
deals = st.lists(
    st.tuples(
        st.sampled_from(REPS),  # owner
        st.sampled_from(REPS),  # who closed
        st.booleans(),  # won
        st.integers(min_value=1, max_value=90),  # close day in Q2
        st.integers(min_value=1, max_value=50_000),  # amount
        st.sampled_from(("EUR", "EUR", "USD")),
        st.sampled_from(("Qualify", "Propose", "Negotiate")),
    ),
    max_size=12,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deals)
def test_reps_add_up_to_the_team_and_filters_narrow(data: list[tuple]) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        db = open_workbench(Path(folder) / f"{uuid.uuid4()}.sqlite").db
        try:
            world = World(db).setup()
            for i, (owner, closer, won, day, amount, currency, stage) in enumerate(data):
                month, dom = 4 + (day - 1) // 30, (day - 1) % 30 + 1
                world.deal(
                    f"d{i}",
                    owner,
                    "2026-03-01 09:00",
                    stage,
                    str(amount),
                    currency,
                    history=[
                        (
                            f"2026-{month:02d}-{dom:02d} 12:00",
                            K.WON if won else K.LOST,
                            {"by": closer},
                        )
                    ],
                )
                world.deal(f"open{i}", owner, "2026-03-01 09:00", stage, str(amount), currency)
            _check(world)
        finally:
            db.close()


def _check(world: World) -> None:
    report = world.report("win-rate")
    by_rep = [r.cells for r in report.table("by_rep").rows if not r.total]
    team = row(report, "by_rep", "All")
    for key in ("won", "lost", "closed"):
        assert sum(c[key] for c in by_rep) == team[key]
    assert sum((c["won_value"].amount for c in by_rep), 0) == team["won_value"].amount
    for rep in REPS:
        alone = row(world.report("win-rate", rep_id=world.users[rep]), "by_rep", "All")
        mine = next((c for c in by_rep if c["rep"] == rep), None)
        assert alone["closed"] == (mine["closed"] if mine else 0)
    pipeline = world.report("pipeline")
    whole = {
        (r.cells["stage"], r.cells["currency"]): r.cells["deals"]
        for r in pipeline.table("by_stage").rows
    }
    for filters in (
        {"rep_id": world.users["Anna"]},
        {"team_id": world.teams["South"]},
        {"currency": "USD"},
    ):
        part = world.report("pipeline", **filters)
        for r in part.table("by_stage").rows:
            assert r.cells["deals"] <= whole[(r.cells["stage"], r.cells["currency"])]
    per_rep = sum(
        r.cells["deals"]
        for rep in REPS
        for r in world.report("pipeline", rep_id=world.users[rep]).table("converted").rows
        if r.total
    )
    assert per_rep == row(pipeline, "converted", "All stages")["deals"]
