from __future__ import annotations

import argparse
import sys

from workbench.cli import db_path


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--deals", type=int, required=True, metavar="N", help="number of opportunities")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.services.demo import generate_demo
    from workbench.services.setup import open_workbench

    if args.deals < 0 or args.deals > 2_000_000:
        print("workbench: --deals must be between 0 and 2000000", file=sys.stderr)
        return 2
    path = db_path(args)
    db = open_workbench(path).db
    try:
        summary = generate_demo(db, args.deals, args.seed)
    finally:
        db.close()
    print(
        f"demo company written to {path}: {summary.opportunities} opportunities, "
        f"{summary.accounts} accounts, {summary.contacts} contacts, {summary.leads} leads, "
        f"{summary.tasks} tasks, {summary.activities} activities, {summary.users} users "
        f"in {summary.seconds:.1f} s"
    )
    return 0
