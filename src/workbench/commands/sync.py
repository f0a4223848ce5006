"""`workbench sync`: sign in to the team's server, sync, and see where things stand."""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from datetime import UTC, datetime

from workbench import formatting
from workbench.cli import db_path
from workbench.errors import ValidationError


def configure(p: argparse.ArgumentParser) -> None:
    p.description = (
        "With no action: send this laptop's changes to the team's server, then receive the "
        "team's, until both are done. Offline is fine: nothing is lost, and the next sync "
        "resumes where this one stopped."
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    p.set_defaults(run=_sync)
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION")
    login = actions.add_parser(
        "login",
        help="sign in to the team's server (password asked, or read from standard input)",
    )
    login.add_argument(
        "--server",
        metavar="URL",
        help="e.g. https://sync.example.com (default: the address IT's deployment file sets)",
    )
    login.add_argument("--user", required=True, metavar="NAME")
    login.add_argument("--device-name", default=None, metavar="NAME", help="default: host name")
    login.set_defaults(run=_login)
    status = actions.add_parser("status", help="server, last sync, changes waiting, conflicts")
    status.set_defaults(run=_status)
    logout = actions.add_parser("logout", help="sign out (the data stays on this laptop)")
    logout.set_defaults(run=_logout)
    conflicts = actions.add_parser(
        "conflicts", help="fields where your value was replaced by a colleague's later change"
    )
    conflicts.set_defaults(run=_conflicts)
    refused = actions.add_parser("refused", help="changes the server refused, with the reason")
    refused.set_defaults(run=_refused)
    dupes = actions.add_parser(
        "duplicates",
        help="customers entered twice (on two laptops): accounts of the same name, contacts "
        "with the same e-mail",
    )
    dupes.set_defaults(run=_duplicates)
    merge = actions.add_parser(
        "merge", help="merge a duplicate customer into another (everything moves to KEEP)"
    )
    merge.add_argument("keep", type=uuid.UUID, metavar="KEEP")
    merge.add_argument("drop", type=uuid.UUID, metavar="DROP")
    merge.set_defaults(run=_merge)


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from workbench.services.setup import open_workbench
    from workbench.services.sync.engine import SyncEngine

    return SyncEngine(open_workbench(db_path(args)).db)


def _password() -> str:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise ValidationError("No password given (type it at the prompt, or pipe it in).")
    return password


def _login(args: argparse.Namespace) -> int:
    from workbench.services.sync.preset import server_preset

    engine = _engine(args)
    server = args.server
    if not server:
        preset = server_preset(engine.db)
        if preset is None:
            raise ValidationError("Name the team's server: --server https://sync.example.com")
        server = preset.url
    answer = engine.login(server, args.user, _password(), args.device_name)
    who = answer["user"]
    team = f", team {who['team_name']}" if who.get("team_name") else ""
    print(f"Signed in to {server} as {who['name']} ({who['role']}{team}).")
    print("Run `workbench sync` to send this laptop's changes and receive the team's.")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from workbench.services.sync.engine import SyncProgress

    engine = _engine(args)
    tty = sys.stderr.isatty()

    def progress(p: SyncProgress) -> None:
        if args.quiet:
            return
        verb = "Sending" if p.phase == "push" else "Receiving"
        left = f", about {p.seconds_left:.0f} s left" if p.seconds_left else ""
        total = f" of {p.total:,}" if p.total else ""
        line = f"{verb}: {p.done:,}{total} changes{left}"
        print(("\r" + line + "   ") if tty else line, end="" if tty else "\n", file=sys.stderr)

    report = engine.sync(progress)
    if tty and not args.quiet:
        print(file=sys.stderr)
    print(
        f"Synced in {report.seconds:.1f} s: sent {report.pushed:,} changes, received "
        f"{report.pulled:,}, removed {report.removed:,} no longer shared with you."
    )
    for reason in report.refused:
        print(f"  refused: {reason}")
    if report.failed:
        print(f"  {report.failed} change(s) the server could not take now; retried later.")
    status = engine.status()
    if status.conflicts:
        print(f"  {status.conflicts} conflict(s) to look at: workbench sync conflicts")
    return 0


def _status(args: argparse.Namespace) -> int:
    s = _engine(args).status(count_waiting=True)
    if not s.signed_in:
        print("Not signed in to a team server (workbench sync login --server URL --user NAME).")
    else:
        print(f"Server:    {s.server}")
        print(f"Signed in: {s.user} ({s.role}{', team ' + s.team if s.team else ''})")
    print(f"Last sync: {_ago(s.last_sync)}")
    print(f"Waiting:   {formatting.number(s.waiting)} changed record(s) to send")
    print(f"Conflicts: {s.conflicts}")
    print(f"Refused:   {s.refused}")
    if s.failing:
        print(f"Retrying:  {s.failing} change(s) the server could not take yet")
    if s.last_error:
        print(f"Last problem: {s.last_error}")
    return 0


def _ago(when: datetime | None) -> str:
    if when is None:
        return "never"
    seconds = (datetime.now(UTC) - when).total_seconds()
    if seconds < 90:
        return "just now"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 129600:
        return f"{seconds / 3600:.0f} h ago"
    return f"{seconds / 86400:.0f} days ago ({formatting.moment(when)})"


def _logout(args: argparse.Namespace) -> int:
    _engine(args).logout()
    print("Signed out. Your data stays on this laptop; changes wait for the next sign-in.")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from workbench.services.sync.conflicts import open_conflicts

    engine = _engine(args)
    rows = open_conflicts(engine.db)
    if not rows:
        print("No conflicts.")
    for c in rows:
        print(
            f"{c.record}: your value {c.lost} for {c.field_label} was replaced by "
            f"{c.winner or 'a colleague'}'s {c.kept}."
        )
    return 0


def _refused(args: argparse.Namespace) -> int:
    from workbench.services.sync.refused import open_refused

    rows = open_refused(_engine(args).db)
    if not rows:
        print("No refused changes.")
    for r in rows:
        print(f"{formatting.moment(r.at)} {r.record} {r.row_id}: {r.reason} ({r.values})")
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    from workbench.services.sync.duplicates import customer_duplicates

    groups = customer_duplicates(_engine(args).db)
    if not groups:
        print("No duplicate customers.")
    for group in groups:
        print(f"{group.kind} “{group.key}”:")
        for record_id, name in zip(group.ids, group.names, strict=True):
            print(f"  {record_id}  {name}")
    if groups:
        print("Merge with: workbench sync merge KEEP DROP")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from workbench.services.sync.duplicates import merge_customers

    moved = merge_customers(_engine(args).db, args.keep, args.drop)
    print(f"Merged: {moved} record(s) now point at {args.keep}; the other is deleted.")
    print("Run `workbench sync` to send the merge to the team.")
    return 0
