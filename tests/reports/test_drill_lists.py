"""The list behind every figure of every report has as many records as the figure counts
and adds up to it, whether the report listed the records itself or the list is read by
the figure's own conditions when it opens."""

from __future__ import annotations

import uuid
from datetime import date

from workbench.domain.enums import ActivityKind, CallOutcome
from workbench.domain.enums import EventKind as K
from workbench.domain.models import Lead, Task
from workbench.reports import REPORTS
from workbench.reports.drill import drill_page
from workbench.reports.model import Kind

from .conftest import World, at


def _busy_world(world: World) -> None:
    world.call("Anna", "2026-04-06 09:00", CallOutcome.CONNECTED)
    world.call("Anna", "2026-04-07 10:00", CallOutcome.MEETING_BOOKED)
    world.call("Anna", "2026-04-14 10:00", CallOutcome.NO_ANSWER)
    world.call("Ben", "2026-04-08 11:00", CallOutcome.NOT_INTERESTED)
    world.call("Ben", "2026-04-09 15:00", CallOutcome.NO_ANSWER, ActivityKind.MEETING)
    world.call("Ben", "2026-05-20 15:00", CallOutcome.NO_ANSWER, ActivityKind.VISIT)
    anna = world.users["Anna"]
    with world.db.unit_of_work() as uow:
        s = uow.session
        s.add(
            Task(
                id=uuid.uuid4(),
                title="done",
                assignee_id=anna,
                due_at=at("2026-04-01 10:00"),
                done_at=at("2026-04-02 10:00"),
            )
        )
        s.add(Task(id=uuid.uuid4(), title="late", assignee_id=anna, due_at=at("2026-04-20 10:00")))
        s.add(
            Lead(
                id=uuid.uuid4(),
                last_name="L1",
                owner_id=anna,
                received_at=at("2026-04-01 08:00"),
                first_contacted_at=at("2026-04-01 10:00"),
            )
        )
    world.deal(
        "A", "Anna", "2026-04-01 10:00", "Qualify", "1000.10", expected_close=date(2026, 6, 1)
    )
    world.deal(
        "B", "Ben", "2026-04-02 10:00", "Propose", "2000.33", expected_close=date(2026, 5, 2)
    )
    world.deal("C", "Ben", "2026-04-03 10:00", "Propose", "500", "USD")
    world.deal(
        "W", "Anna", "2026-04-03 10:00", "Propose", "700", history=[("2026-05-04 09:00", K.WON, {})]
    )
    world.deal(
        "L", "Ben", "2026-04-03 10:00", "Qualify", "300", history=[("2026-05-05 09:00", K.LOST, {})]
    )
    world.rate("USD", date(2026, 1, 1), "0.8333")


def test_every_list_has_the_records_its_figure_counts_and_adds_up_to_it(world: World) -> None:
    _busy_world(world)
    checked = 0
    for name in REPORTS:
        report = world.report(name)
        with world.db.read() as s:
            for table in report.tables:
                for r in table.rows:
                    for key, drill in r.drill.items():
                        page = drill_page(s, drill, 0, limit=10_000)
                        assert page.count == len(drill) == len(page.table.rows), (name, key)
                        if table.column(key).kind == Kind.COUNT:
                            assert r.cells[key] == len(drill), (name, table.key, key)
                        if any(c.key == "contributes" for c in page.table.columns):
                            listed: dict[str, int] = {}
                            for p in page.table.rows:
                                money = p.cells["contributes"]
                                listed[money.currency] = (
                                    listed.get(money.currency, 0) + money.to_minor()
                                )
                            assert {c: v for c, v in listed.items() if v} == {
                                m.currency: m.to_minor() for m in page.totals if m.to_minor()
                            }, (name, table.key, key)
                        checked += 1
    assert checked > 100
