from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli import db_path
from workbench.services.maintenance import (
    RETENTION_KEY,
    backup,
    check,
    list_backups,
    restore,
    retention,
)
from workbench.store.backups import Retention


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="back up, restore or check the database")
    actions = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    b = actions.add_parser(
        "backup", help="write a verified copy of the database (safe while the app runs)"
    )
    b.add_argument("--to", type=Path, default=None, metavar="FILE", help="backup file to write")
    b.set_defaults(run=_backup)
    ls = actions.add_parser(
        "backups",
        help="list the backups, newest first",
        description="List the database's backups (automatic daily ones, those taken before "
        "upgrades and restores, and `db backup` ones), newest first. Daily backups are "
        "thinned to a retention of days, weeks and months (default 7,4,6).",
    )
    ls.add_argument(
        "--retention",
        metavar="D,W,M",
        help="set how many daily backups to keep: the newest of each of the last D days, "
        "W weeks and M months",
    )
    ls.set_defaults(run=_backups)
    r = actions.add_parser(
        "restore",
        help="replace the database with a backup (the current state is kept as a backup)",
    )
    r.add_argument("file", type=Path, metavar="FILE")
    r.set_defaults(run=_restore)
    c = actions.add_parser("check", help="check integrity and schema")
    c.set_defaults(run=_check)


def _backup(args: argparse.Namespace) -> int:
    target = backup(db_path(args), args.to)
    print(f"backup written to {target} (verified)")
    return 0


def _backups(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.retention is not None:
        from workbench.services.setup import open_workbench

        policy = Retention.parse(args.retention)
        db = open_workbench(path).db
        try:
            db.set_meta(RETENTION_KEY, str(policy))
        finally:
            db.close()
    found = list_backups(path)
    policy = retention(path)
    print(
        f"backups of {path}: {len(found)} (daily ones kept: {policy.daily} days, "
        f"{policy.weekly} weeks, {policy.monthly} months)"
    )
    for info in found:
        print(
            f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}  {info.size / 1_048_576:8.1f} MiB  "
            f"{info.label:<16} {info.path}"
        )
    return 0


def _restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    safety = restore(path, args.file)
    kept = f"; the previous state is kept in {safety}" if safety else ""
    print(f"restored {path} from {args.file}{kept}")
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check(db_path(args))
    for line in report.lines:
        print(line)
    print("result: OK" if report.ok else "result: PROBLEMS FOUND")
    return 0 if report.ok else 1
