"""workbench-server: run the team sync server and administer its teams, users and devices.

Exit codes: 0 done, 1 refused (bad input, unknown or duplicate name), 2 usage,
3 database unreachable or not migrated, 70 unexpected.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from workbench.server import auth, db
from workbench.server.errors import InvalidInput, ServerError
from workbench.server.purge import purge
from workbench.sync.protocol import OFFLINE_HORIZON_DAYS

if TYPE_CHECKING:
    from fastapi import FastAPI

DATABASE_ENV = "WORKBENCH_SERVER_DATABASE"
EXIT_REFUSED, EXIT_USAGE, EXIT_DATABASE, EXIT_UNEXPECTED = 1, 2, 3, 70

log = logging.getLogger("workbench.server")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench-server", description="Sales Workbench team sync server (docs/server.md)."
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get(DATABASE_ENV),
        help=f"postgresql://USER@HOST/DB, or sqlite:///FILE for a trial (default: ${DATABASE_ENV})",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("migrate", help="create or upgrade the server's tables")
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--workers", type=int, default=1, help="server processes sharing the port (default 1)"
    )
    sub.add_parser("openapi", help="print the API description (JSON)")

    team = sub.add_parser("team", help="teams").add_subparsers(dest="action", required=True)
    team.add_parser("add", help="add a team").add_argument("name")
    team.add_parser("list", help="list the teams")

    user = sub.add_parser("user", help="users").add_subparsers(dest="action", required=True)
    add = user.add_parser("add", help="add a user (the password is asked for)")
    add.add_argument("name")
    add.add_argument("--team", help="team name (admins may have none)")
    add.add_argument("--role", required=True, choices=["salesperson", "manager", "admin"])
    add.add_argument("--department", default="Sales")
    user.add_parser("password", help="set a user's password").add_argument("name")
    user.add_parser("list", help="list the users")

    device = sub.add_parser("device", help="signed-in laptops").add_subparsers(
        dest="action", required=True
    )
    device.add_parser("list", help="list the devices")
    device.add_parser("revoke", help="sign a device out").add_argument("id")

    purge = sub.add_parser(
        "purge",
        help="drop tombstones and the change log older than the offline horizon",
        description="Deleted records and the log of applied changes are kept "
        f"{OFFLINE_HORIZON_DAYS} days, so a laptop offline that long still receives every "
        "delete. Run daily (a systemd timer or cron); a laptop offline longer pulls the "
        "team's data again from the start, keeping its own changes.",
    )
    purge.add_argument("--days", type=int, default=OFFLINE_HORIZON_DAYS, metavar="N")
    reports = sub.add_parser("reports", help="the reporting replica the report pages read")
    reports.add_subparsers(dest="action", required=True).add_parser(
        "rebuild",
        help="rebuild the reporting replica from the synced data",
        description="Rebuilds the app's tables the report pages read (schema wb_report) "
        "from the synced rows. The pages bring it up to date by themselves; run this after "
        "an update, a restore, or to have the first report after a large import open fast.",
    )
    seed = sub.add_parser(
        "import-database",
        help="seed the server with a laptop's Workbench file, as one user's data",
        description="Writes every synced row of a Sales Workbench database file into the "
        "server as USER's (owners, assignees and callers become USER, as at a laptop's "
        "first sign-in); the file's people and teams are not imported. Refuses, changing "
        "nothing, when any of the file's rows is on the server already (imported before, "
        "or synced by a laptop): it never overwrites. The file is only read.",
    )
    seed.add_argument("file", metavar="FILE", help="the laptop's workbench.sqlite")
    seed.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        required=True,
        help="the server user who becomes the rows' owner",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "openapi":
        return _openapi(sys.stdout)
    if not args.database:
        print(
            f"workbench-server: name the database with --database URL or ${DATABASE_ENV}.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    engine: Engine | None = None
    try:
        engine = db.make_server_engine(args.database)
        if args.command == "migrate":
            db.migrate(engine)
            print(f"The database {db.describe(engine)} is at server schema {db.server_head()}.")
            return 0
        db.check_schema(engine)
        if args.command == "serve":
            return _serve(args.database, args.host, args.port, args.workers)
        if args.command == "reports":
            return _rebuild_reports(engine)
        if args.command == "purge":
            try:
                gone = purge(engine, args.days)
            except ValueError as exc:
                return _fail(str(exc), EXIT_USAGE)
            print(
                f"Purged {gone['rows']} deleted record(s) and {gone['changes']} change-log "
                f"entr{'y' if gone['changes'] == 1 else 'ies'} older than {args.days} days."
            )
            return 0
        return _admin(engine, args)
    except db.DatabaseUnavailable as exc:
        return _fail(exc.message, EXIT_DATABASE)
    except db.SchemaNotReady as exc:
        return _fail(exc.message, EXIT_DATABASE)
    except ServerError as exc:
        return _fail(exc.message, EXIT_REFUSED)
    except DBAPIError as exc:
        where = db.describe(engine) if engine is not None else "database"
        return _fail(f"The database {where} failed: {str(exc.orig).strip()}", EXIT_DATABASE)
    except KeyboardInterrupt:
        return _fail("Interrupted.", EXIT_REFUSED)
    except Exception as exc:
        log.exception("workbench-server failed")
        return _fail(f"Unexpected failure: {exc}", EXIT_UNEXPECTED)
    finally:
        if engine is not None:
            engine.dispose()


def _fail(message: str, code: int) -> int:
    print(f"workbench-server: {message}", file=sys.stderr)
    return code


def _openapi(out: TextIO) -> int:
    from workbench.server.app import create_app

    spec = create_app(db.make_server_engine("sqlite://")).openapi()
    out.write(json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return 0


def app_from_environment() -> FastAPI:
    """The ASGI app each server process builds (uvicorn factory)."""
    from workbench.server.app import create_app

    app = create_app(db.make_server_engine(os.environ[DATABASE_ENV]))
    # The modules, the app and its routes live as long as the process: frozen, they stay
    # out of the cyclic collector's full passes, which a report's hundred thousand new
    # objects set off twice or more over everything (a fifth of the win rate's time).
    gc.collect()
    gc.freeze()
    return app


def _serve(url: str, host: str, port: int, workers: int) -> int:
    import uvicorn

    if workers < 1:
        return _fail("--workers needs at least 1.", EXIT_USAGE)
    # Each worker process builds its own engine from the environment it inherits.
    os.environ[DATABASE_ENV] = url
    shown = f"[{host}]" if ":" in host else host
    print(
        f"Sales Workbench sync server on http://{shown}:{port} "
        f"({workers} worker{'s' if workers > 1 else ''}); stop with Ctrl+C or SIGTERM.",
        flush=True,
    )
    # uvicorn finishes the requests under way on SIGTERM/SIGINT before it exits.
    uvicorn.run(
        "workbench.server.cli:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        timeout_graceful_shutdown=30,
        log_level="info",
    )
    return 0


def read_password(confirm: bool = True) -> str:
    """From a prompt (twice) on a terminal, else the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Password again: ") != first:
            raise InvalidInput("The two passwords differ.")
        password = first
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    auth.check_password_rules(password)
    return password


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else "-"


def _table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _admin(engine: Engine, args: argparse.Namespace) -> int:
    what = (args.command, getattr(args, "action", None))
    if what == ("team", "add"):
        team_id = auth.create_team(engine, args.name)
        print(f"Team {auth.normal_name(args.name)!r} added ({team_id}).")
    elif what == ("team", "list"):
        _table(
            [[t.name, str(t.id), _when(t.created_at)] for t in auth.list_teams(engine)],
            ["team", "id", "created"],
        )
    elif what == ("user", "add"):
        password = read_password()
        user_id = auth.create_user(
            engine, args.name, password, args.team, args.role, args.department
        )
        print(f"User {auth.normal_name(args.name)!r} added ({user_id}).")
    elif what == ("user", "password"):
        auth.set_password(engine, args.name, read_password())
        print(f"Password of {auth.normal_name(args.name)!r} changed.")
    elif what == ("user", "list"):
        _table(
            [
                [
                    u.name,
                    u.role,
                    u.team_name or "-",
                    u.department,
                    "active" if u.active else "switched off",
                ]
                for u in auth.list_users(engine)
            ],
            ["user", "role", "team", "department", "state"],
        )
    elif what == ("device", "list"):
        _table(
            [
                [
                    str(d.id),
                    d.user_name,
                    d.name or "-",
                    d.code,
                    _when(d.created_at),
                    _when(d.last_sync_at),
                    d.state(auth.clock()),
                ]
                for d in auth.list_devices(engine)
            ],
            ["id", "user", "name", "code", "created", "last sync", "state"],
        )
    elif what == ("device", "revoke"):
        try:
            device_id = uuid.UUID(args.id)
        except ValueError:
            return _fail(f"{args.id!r} is not a device id (see device list).", EXIT_REFUSED)
        auth.revoke_device(engine, device_id)
        print(f"Device {device_id} is signed out.")
    elif args.command == "import-database":
        return _import(engine, Path(args.file), args.as_user)
    return 0


def _rebuild_reports(engine: Engine) -> int:
    from workbench.server import reporting

    done = reporting.catch_up(engine, rebuild=True)
    print(
        f"The reporting replica holds {done.rows:,} rows, up to sequence {done.seq} "
        f"(rebuilt in {done.seconds:.1f} s)."
    )
    return 0


def _import(engine: Engine, path: Path, user: str) -> int:
    from workbench.server import seeding

    def progress(table: str, count: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {count:,} rows", end="", file=sys.stderr, flush=True)

    summary = seeding.import_database(engine, path, user, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    tables = ", ".join(f"{n} {t}" for t, n in sorted(summary.by_table.items()))
    print(
        f"Imported {summary.rows:,} rows from {path} as {summary.user!r} in "
        f"{summary.seconds:.1f} s (sequence {summary.first_seq}-{summary.last_seq}): {tables}."
    )
    if summary.renumbered_offers:
        print(
            f"{summary.renumbered_offers} offer number(s) already taken on the server got "
            "-IMP appended."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
