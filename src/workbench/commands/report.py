"""`workbench report NAME [--period P] [--rep R] ... --format pdf|xlsx|csv -o FILE` and
`workbench report --list`: reports for scheduled distribution."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli import existing_db, lazy_choice
from workbench.errors import WorkbenchError


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", nargs="?", metavar="NAME", help="the report (see --list)")
    p.add_argument("--list", action="store_true", help="list the reports and stop")
    p.add_argument(
        "--period",
        default=None,
        metavar="P",
        help="this-week, last-month, last-quarter, this-year, 2026, 2026-Q3, 2026-09 or "
        "2026-01-01..2026-03-31 (default: the report's usual period)",
    )
    p.add_argument("--rep", default="", metavar="NAME", help="one person (name or e-mail)")
    p.add_argument("--team", default="", metavar="NAME")
    p.add_argument("--pipeline", default="", metavar="NAME", help="one sales process")
    p.add_argument("--source", default="", metavar="SOURCE", help="lead source, or direct")
    p.add_argument("--currency", default="", metavar="CODE", help="only deals in this currency")
    p.add_argument("--as-of", default="", metavar="DATE", help="pipeline and forecast as on DATE")
    p.add_argument(
        "--months",
        type=int,
        default=6,
        metavar="N",
        help="staying in touch: months since the deal closed (default 6)",
    )
    p.add_argument(
        "--format",
        type=lazy_choice("workbench.reports.export", "FORMATS"),
        default=None,
        help="pdf, xlsx or csv (default: from the file name)",
    )
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE")
    p.add_argument("--locale", default=None, help="e.g. de_DE (default: from the environment)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.reports import REPORTS, build_report, find_report
    from workbench.reports.export import FORMATS, export_report
    from workbench.reports.facts import Directory
    from workbench.reports.request import ReportRequest, resolve
    from workbench.services.company import get_company
    from workbench.services.offers.model import user_locale

    if args.list:
        width = max(len(n) for n in REPORTS)
        for spec in REPORTS.values():
            usual = f"(default period {spec.default_period})"
            print(f"{spec.name:<{width}}  {spec.title}: {spec.summary} {usual}")
        return 0
    if not args.name:
        raise WorkbenchError("Name the report to write (workbench report --list shows them).")
    spec = find_report(args.name)
    if args.output is None:
        raise WorkbenchError("Say where to write the report with -o FILE.")
    fmt = args.format or args.output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise WorkbenchError(
            f"Choose the format with --format {'|'.join(FORMATS)} "
            "(or name the file .pdf, .xlsx or .csv)."
        )
    db = existing_db(args)
    try:
        request = ReportRequest(
            period=args.period or spec.default_period,
            rep=args.rep,
            team=args.team,
            pipeline=args.pipeline,
            source=args.source,
            currency=args.currency,
            as_of=args.as_of,
            touch_months=args.months,
        )
        currency = get_company(db).default_currency
        with db.read() as s:
            f = resolve(s, request, default_currency=currency)
            report = build_report(s, spec, f, Directory.load(s).names())
    finally:
        db.close()
    export_report(report, fmt, args.output, user_locale(args.locale))
    print(f"{report.title} ({report.subtitle}) written to {args.output}")
    return 0
