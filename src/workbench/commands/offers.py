"""`workbench offer list` and `workbench offer pdf NUMBER -o FILE`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from workbench import formatting
from workbench.cli import existing_db
from workbench.domain.money import Money
from workbench.errors import WorkbenchError


def configure(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="offer_command", metavar="ACTION", required=True)
    ls = actions.add_parser(
        "list", help="one offer a line: number, version, status, gross, customer"
    )
    ls.add_argument("--search", default="", metavar="TEXT", help="number, customer or deal")
    ls.set_defaults(run=_list)
    pdf = actions.add_parser("pdf", help="write an offer (latest or given version) as PDF")
    pdf.add_argument("number", metavar="OFFER_NUMBER")
    pdf.add_argument("--version", type=int, default=None, metavar="V")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pdf.add_argument("--locale", default=None, help="e.g. de_DE (default: from the environment)")
    pdf.set_defaults(run=_pdf)


def _list(args: argparse.Namespace) -> int:
    from workbench.services import offers

    db = existing_db(args)
    try:
        offers.expire_offers(db)
        offset = 0
        try:
            while True:
                rows = offers.list_offers(db, args.search, offset=offset, limit=1000)
                for r in rows:
                    gross = formatting.money(Money(r.gross_total, r.currency))
                    print(
                        f"{r.number:<15} v{r.version:<3} {r.status.value:<9} {gross:>20}  "
                        f"{r.customer}"
                    )
                if len(rows) < 1000:
                    break
                offset += len(rows)
        except BrokenPipeError:  # `offer list | head` is a normal way to read it
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    finally:
        db.close()
    return 0


def _check_target(target: Path) -> Path:
    target = target.expanduser()
    if target.is_dir():
        raise WorkbenchError(f"{target} is a folder; give a file name such as offer.pdf.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WorkbenchError(f"Can't write {target}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise WorkbenchError(f"Can't write {target}: permission denied.")
    return target


def _pdf(args: argparse.Namespace) -> int:
    from workbench.services import offers
    from workbench.services.offer_pdf import render_offer_pdf

    target = _check_target(args.output)
    db = existing_db(args)
    try:
        offer_id = offers.find_offer(db, args.number)
        view = offers.load_offer(db, offer_id, args.version)
        pages = render_offer_pdf(db, view, target, locale=args.locale)  # whole or not at all
    finally:
        db.close()
    print(f"{view.title} written to {target} ({pages} page{'s' if pages != 1 else ''})")
    return 0
