"""`workbench import leads FILE`: the lead import from the command line."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli import db_path, lazy_choice
from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.store.db import Database

#: rejected rows printed to the terminal; the report file has them all
SHOWN = 30


def configure(p: argparse.ArgumentParser) -> None:
    what = p.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    leads = what.add_parser(
        "leads",
        help="import leads from a CSV or XLSX file",
        description="Import leads from CSV (UTF-8 or Windows-1252; comma, semicolon or tab) "
        "or XLSX. Columns are mapped from their headers; valid rows are imported in one "
        "transaction, rows that match existing leads or contacts are skipped (or merged).",
    )
    leads.add_argument("file", type=Path, metavar="FILE")
    leads.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help='JSON object {"column header": "field" or null} overriding the automatic mapping',
    )
    leads.add_argument(
        "--dry-run", action="store_true", help="check and report, but import nothing"
    )
    leads.add_argument("--report", type=Path, metavar="FILE", help="write the full report here")
    leads.add_argument(
        "--duplicates",
        type=lazy_choice("workbench.services.lead_import", "DuplicatePolicy"),
        default="skip",
        help="what to do with rows matching existing records: skip (default), merge "
        "(fill empty fields of the existing lead) or keep (import anyway)",
    )
    leads.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.services.lead_import import (
        DuplicatePolicy,
        import_file,
        load_mapping_file,
        write_report,
    )
    from workbench.services.setup import open_workbench

    overrides = load_mapping_file(args.mapping) if args.mapping else None
    path = db_path(args)
    with contextlib.ExitStack() as stack:
        db = _dry_run_database(path, stack) if args.dry_run else open_workbench(path).db
        stack.callback(db.close)

        def starting(n: int) -> None:
            print(f"Importing {n} leads in one transaction…", flush=True)

        result = import_file(
            db,
            args.file,
            overrides=overrides,
            policy=DuplicatePolicy(args.duplicates),
            dry_run=args.dry_run,
            before_write=starting,
        )
    print(f"Read {result.rows} rows from {args.file.name} ({result.file_format}).")
    if result.unmapped:
        print("Columns not imported (no matching field): " + ", ".join(result.unmapped))
    for note in result.notes():
        print(note)
    for problem in result.rejected[:SHOWN]:
        print(f"  rejected line {problem.line}: {problem.reason}")
    if len(result.rejected) > SHOWN:
        more = len(result.rejected) - SHOWN
        hint = "" if args.report else " (use --report FILE for the full list)"
        print(f"  … and {more} more rejected rows{hint}")
    for warning in result.warnings[:SHOWN]:
        print(f"  warning, line {warning.line}: {warning.reason}")
    if args.report:
        write_report(args.report, result, args.file.name)
        print(f"Report written to {args.report}")
    print(result.summary())
    if args.dry_run:
        print("Dry run: nothing was changed.", file=sys.stderr)
    return 0


def _dry_run_database(path: Path, stack: contextlib.ExitStack) -> Database:
    """A throwaway copy to check the file against, so a dry run writes nothing at `path`:
    opening a database may create, upgrade or seed it, and none of that is wanted here."""
    from workbench.services.setup import open_workbench
    from workbench.store.backups import sqlite_copy
    from workbench.store.db import classify_file

    state = classify_file(path)  # refuses a foreign file without touching it
    work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="workbench-dry-run-")))
    copy = work / "check.sqlite"
    if state == "workbench":
        sqlite_copy(path, copy)
    else:
        print(
            f"There is no database at {path}: the file is checked against an empty one, "
            "and none is created.",
            file=sys.stderr,
        )
    try:
        return open_workbench(copy).db
    except WorkbenchError as exc:
        # Name the user's file, not the copy.
        raise type(exc)(str(exc).replace(str(copy), str(path))) from None
