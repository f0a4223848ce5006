"""`workbench quota set|list` and `workbench rate set|list`: what the reports measure
against, scriptable for a manager's spreadsheet of targets."""

from __future__ import annotations

import argparse
from datetime import date

from workbench import formatting
from workbench.cli import existing_db
from workbench.errors import WorkbenchError


def configure_quota(quota: argparse.ArgumentParser) -> None:
    q = quota.add_subparsers(dest="quota_command", metavar="ACTION", required=True)
    qs = q.add_parser("set", help="set one rep's quota for one month")
    qs.add_argument("rep", metavar="REP", help="name or e-mail")
    qs.add_argument("month", metavar="MONTH", help="e.g. 2026-09")
    qs.add_argument("amount", metavar="AMOUNT")
    qs.add_argument("--currency", default="", metavar="CODE", help="default: the company's")
    qs.set_defaults(run=_quota_set)
    ql = q.add_parser("list", help="one quota a line for a year")
    ql.add_argument("--year", type=int, default=date.today().year)
    ql.set_defaults(run=_quota_list)


def configure_rate(rate: argparse.ArgumentParser) -> None:
    r = rate.add_subparsers(dest="rate_command", metavar="ACTION", required=True)
    rs = r.add_parser("set", help="1 CURRENCY = RATE company currency from DATE on")
    rs.add_argument("currency", metavar="CURRENCY")
    rs.add_argument("valid_from", metavar="DATE", help="e.g. 2026-09-01")
    rs.add_argument("rate", metavar="RATE")
    rs.set_defaults(run=_rate_set)
    rl = r.add_parser("list", help="every rate, by currency and date")
    rl.set_defaults(run=_rate_list)


def _month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text.strip()}-01" if len(text.strip()) == 7 else text.strip())
    except ValueError:
        raise WorkbenchError(f"“{text}” is not a month; write it as 2026-09.") from None


def _quota_set(args: argparse.Namespace) -> int:
    from workbench.domain.models import User
    from workbench.reports.request import find_named
    from workbench.services import targets
    from workbench.services.company import get_company

    db = existing_db(args)
    try:
        with db.read() as s:
            rep = find_named(s, User, args.rep, "person", (User.email,))
        assert rep is not None
        currency = args.currency or get_company(db).default_currency
        month = _month(args.month)
        targets.set_quota(db, rep, month, args.amount, currency)
    finally:
        db.close()
    print(f"Quota for {args.rep}, {formatting.month(month)}: {args.amount} {currency.upper()}")
    return 0


def _quota_list(args: argparse.Namespace) -> int:
    from workbench.services import targets

    db = existing_db(args)
    try:
        rows = targets.quotas(db, date(args.year, 1, 1), date(args.year + 1, 1, 1))
    finally:
        db.close()
    for row in rows:
        print(
            f"{row.user:<30} {formatting.month_abbr(row.month):<10} "
            f"{formatting.money(row.amount):>20}"
        )
    return 0


def _rate_set(args: argparse.Namespace) -> int:
    from workbench.services import targets
    from workbench.services.company import get_company

    try:
        day = date.fromisoformat(args.valid_from)
    except ValueError:
        raise WorkbenchError(
            f"“{args.valid_from}” is not a date; write it as 2026-09-01."
        ) from None
    db = existing_db(args)
    try:
        targets.set_rate(db, args.currency, day, args.rate)
        company = get_company(db).default_currency
    finally:
        db.close()
    print(f"From {formatting.day(day)}: 1 {args.currency.upper()} = {args.rate} {company}")
    return 0


def _rate_list(args: argparse.Namespace) -> int:
    from workbench.services import targets

    db = existing_db(args)
    try:
        rows = targets.rates(db)
    finally:
        db.close()
    for row in rows:
        print(f"{row.currency} {formatting.day(row.valid_from):<12} {formatting.number(row.rate)}")
    return 0
