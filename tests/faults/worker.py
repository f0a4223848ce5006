"""A write path run in its own process, to be killed at any moment by tests/faults.

    python worker.py cli --db FILE ARGS...       the workbench command
    python worker.py open FILE                   create (or open) a database
    python worker.py moves FILE N                N board moves back and forth
    python worker.py offers FILE NUMBER N        N saves of the draft of offer NUMBER

Prints READY once the imports are done, so a test's delay times the work, not Python's start.
"""

from __future__ import annotations

import importlib
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

import workbench.cli
from workbench.domain.enums import OpportunityStatus
from workbench.domain.models import Opportunity, Stage
from workbench.services import offers, opportunities
from workbench.services.setup import open_workbench

# What the commands run below import (the CLI imports a command's services only when it
# runs): loaded now, not after READY.
for module in ("services.demo", "services.lead_import", "services.maintenance", "commands.db"):
    importlib.import_module(f"workbench.{module}")


def offer_lines(k: int) -> list[offers.LineData]:
    """The lines of save number k: 2 + k % 5 lines, each 1 × k, tagged with k."""
    return [
        offers.LineData(
            description=f"save {k} line {i}",
            quantity=Decimal(1),
            unit="pc",
            unit_price=Decimal(k),
            tax_rate=Decimal(19),
        )
        for i in range(2 + k % 5)
    ]


def moves(path: Path, count: int) -> None:
    db = open_workbench(path).db
    with db.read() as s:
        deals = list(
            s.scalars(
                select(Opportunity)
                .where(Opportunity.status == OpportunityStatus.OPEN)
                .order_by(Opportunity.title)
                .limit(20)
            )
        )
        first = {d.pipeline_id: s.scalars(
            select(Stage.id).where(Stage.pipeline_id == d.pipeline_id).order_by(Stage.position)
        ).all()[:2] for d in deals}  # fmt: skip
    print("READY", flush=True)
    for i in range(count):
        deal = deals[i % len(deals)]
        stages = first[deal.pipeline_id]
        with db.read() as s:
            current = s.get(Opportunity, deal.id).stage_id  # type: ignore[union-attr]
        target = stages[1] if current == stages[0] else stages[0]
        opportunities.move_opportunity(db, deal.id, target, enforce_checklist=False)


def offer_saves(path: Path, number: str, count: int) -> None:
    db = open_workbench(path).db
    offer_id = offers.find_offer(db, number)
    print("READY", flush=True)
    for k in range(1, count + 1):
        data = offers.load_offer(db, offer_id).data
        data.lines = offer_lines(k)
        data.discount_percent = Decimal(0)
        offers.save_draft(db, offer_id, data)


def main(argv: list[str]) -> int:
    what, rest = argv[0], argv[1:]
    if what == "cli":
        print("READY", flush=True)
        return workbench.cli.main(rest)
    if what == "open":
        print("READY", flush=True)
        open_workbench(Path(rest[0])).db.close()
    elif what == "moves":
        moves(Path(rest[0]), int(rest[1]))
    elif what == "offers":
        offer_saves(Path(rest[0]), rest[1], int(rest[2]))
    else:
        raise SystemExit(f"unknown work {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
