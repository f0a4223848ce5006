from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli import db_path
from workbench.services.maintenance import backup, check, restore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="back up, restore or check the database")
    actions = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    b = actions.add_parser("backup", help="copy the database (safe while the app runs)")
    b.add_argument("--to", type=Path, default=None, metavar="FILE", help="backup file to write")
    b.set_defaults(run=_backup)
    r = actions.add_parser("restore", help="replace the database with a backup")
    r.add_argument("file", type=Path, metavar="FILE")
    r.set_defaults(run=_restore)
    c = actions.add_parser("check", help="check integrity and schema")
    c.set_defaults(run=_check)


def _backup(args: argparse.Namespace) -> int:
    target = backup(db_path(args), args.to)
    print(f"backup written to {target}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    safety = restore(db_path(args), args.file)
    print(f"restored {db_path(args)} from {args.file}; the previous state is kept in {safety}")
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check(db_path(args))
    for line in report.lines:
        print(line)
    print("result: OK" if report.ok else "result: PROBLEMS FOUND")
    return 0 if report.ok else 1
