"""`workbench export meetings`: planned meetings as an .ics file for any calendar."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from pathlib import Path

from workbench.cli import db_path
from workbench.errors import ValidationError


def configure(p: argparse.ArgumentParser) -> None:
    what = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    meetings = what.add_parser(
        "meetings",
        help="your meetings in a date range as an .ics calendar file",
        description="Write your meetings starting between two dates (local time, both "
        "included) to an iCalendar file that Outlook, Google Calendar or Apple Calendar "
        "imports.",
    )
    meetings.add_argument("--from", dest="start", type=_date, default=None, metavar="YYYY-MM-DD",
                          help="first day (default: today)")  # fmt: skip
    meetings.add_argument("--to", dest="end", type=_date, default=None, metavar="YYYY-MM-DD",
                          help="last day (default: 30 days after the first)")  # fmt: skip
    meetings.add_argument("--all-users", action="store_true",
                          help="everyone's meetings, not only yours")  # fmt: skip
    meetings.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    meetings.set_defaults(run=_export_meetings)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-01") from None


def _export_meetings(args: argparse.Namespace) -> int:
    from workbench.services.calendar_export import range_ics
    from workbench.services.files import write_file_atomically
    from workbench.services.setup import current_user_id, open_workbench

    first: date = args.start or date.today()
    last: date = args.end or first + timedelta(days=30)
    if last < first:
        raise ValidationError("--to must not be before --from.")
    if args.output.is_dir():
        raise ValidationError(f"{args.output} is a folder; give a file name such as meetings.ics.")
    db = open_workbench(db_path(args)).db
    try:
        start = datetime.combine(first, time.min).astimezone()
        end = datetime.combine(last + timedelta(days=1), time.min).astimezone()
        user = None if args.all_users else current_user_id(db)
        data, count = range_ics(db, start, end, user)
        write_file_atomically(args.output, data)
    finally:
        db.close()
    print(f"{count} meeting(s) from {first} to {last} written to {args.output}")
    return 0
