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
from workbench.errors import WorkbenchError
from workbench.settings import default_db_path

# Each module has register(subparsers); the subcommand it adds sets `run(args) -> int`.
COMMAND_MODULES = [
    "workbench.commands.demo",
    "workbench.commands.selftest",
    "workbench.commands.db",
    "workbench.commands.leads",
    "workbench.commands.calendar",
    "workbench.commands.offers",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Sales Workbench: your day, deals, leads, calls and offers, offline.",
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
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from workbench.app import run_app  # Qt is imported only when the window is wanted

        return run_app(db_path(args))
    try:
        result: int = args.run(args)
        return result
    except WorkbenchError as exc:
        print(f"workbench: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
