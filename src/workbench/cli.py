"""The `workbench` command: the app by default, subcommands for everything scriptable.

A thin front over the services: anything the CLI does, a test can do without Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from workbench import __version__
from workbench.logs import log_unexpected, setup_logging
from workbench.settings import default_db_path
from workbench.store.failures import explain

# Each module has register(subparsers); the subcommand it adds sets `run(args) -> int`.
COMMAND_MODULES = [
    "workbench.commands.demo",
    "workbench.commands.selftest",
    "workbench.commands.db",
    "workbench.commands.leads",
    "workbench.commands.calendar",
    "workbench.commands.offers",
    "workbench.commands.sync",
    "workbench.commands.report",
    "workbench.commands.targets",
]


EXIT_CODES = """\
exit codes:
  0   done
  1   the command ran and found problems (db check, self-test)
  2   refused: bad input, or the file is not a Workbench database, or is from a newer
      version (nothing was changed)
  3   the database is damaged (nothing was changed; restore a backup: db backups, db restore)
  4   the disk or system refused: disk full, read-only, no permission, or the database is
      busy in another program (nothing was changed)
  5   sync: the team's server could not be reached, refused the sign-in or asks for an
      update (nothing on this laptop was lost; changes wait for the next sync)
  70  an unexpected error; the details are in the log file named in the message
  130 interrupted (nothing was half-written)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Sales Workbench: your day, deals, leads, calls and offers, offline.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help=f"database file (default: {default_db_path()})",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    path: Path = args.db if args.db is not None else default_db_path()
    return path.expanduser()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from workbench.app import run_app  # Qt is imported only when the window is wanted

        return run_app(db_path(args))
    setup_logging(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        result: int = args.run(args)
        return result
    except KeyboardInterrupt:
        print("workbench: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except Exception as exc:
        return report_failure(exc, db_path(args))


def report_failure(exc: BaseException, path: Path) -> int:
    """One line for the person, whatever went wrong; a traceback only in the log."""
    mapped = explain(exc, path)
    if mapped is not None:
        print(f"workbench: {mapped}", file=sys.stderr)
        return mapped.exit_code
    log_path = log_unexpected(exc)
    print(
        f"workbench: something unexpected went wrong ({type(exc).__name__}: {exc}). "
        f"The details are in {log_path}.",
        file=sys.stderr,
    )
    return 70
