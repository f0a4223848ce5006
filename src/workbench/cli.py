"""The `workbench` command: the app by default, subcommands for everything scriptable.

A thin front over the services: anything the CLI does, a test can do without Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import __version__
from workbench.settings import default_db_path

if TYPE_CHECKING:  # `--help` imports this module and has no use for the database
    from workbench.store.db import Database


@dataclass(frozen=True)
class Command:
    """A subcommand as `--help` lists it. Its module is imported only when it runs (or its
    own help is asked for), so the listing costs no service imports at all."""

    name: str
    help: str
    #: "module:function"; the function adds the command's arguments to its parser and sets
    #: `run(args) -> int` (and may set the parser's description)
    configure: str


COMMANDS = (
    Command("demo", "fill the database with a deterministic demo company",
            "workbench.commands.demo:configure"),
    Command("self-test", "open the database, build every view offscreen, check a write",
            "workbench.commands.selftest:configure"),
    Command("db", "back up, restore, check, encrypt or decrypt the database",
            "workbench.commands.db:configure"),
    Command("import", "import records from a file", "workbench.commands.leads:configure"),
    Command("export", "export records to a file", "workbench.commands.calendar:configure"),
    Command("offer", "list offers or write an offer's PDF", "workbench.commands.offers:configure"),
    Command("sync", "sync with the team's server (sign in first: sync login)",
            "workbench.commands.sync:configure"),
    Command("report", "write a manager report as PDF, XLSX or CSV",
            "workbench.commands.report:configure"),
    Command("quota", "set or list the reps' monthly quotas",
            "workbench.commands.targets:configure_quota"),
    Command("rate", "set or list the company's exchange rates",
            "workbench.commands.targets:configure_rate"),
)  # fmt: skip

DESCRIPTION = """Sales Workbench: your day, deals, leads, calls and offers, offline.

Run `workbench` without a command to open the window. The commands below work in the
terminal and never open a window (self-test builds the views offscreen).
"""

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
  6   no display to open the window on (the message says how to run without one)
  70  an unexpected error; the details are in the log file named in the message
  130 interrupted (nothing was half-written)
"""


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The whole CLI; only the `chosen` command's module is imported to add its arguments."""
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=DESCRIPTION,
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
    for command in COMMANDS:
        # Not chosen: a placeholder that only names the command (add_help off, so that
        # `workbench demo --help` reaches the real parser of the second pass).
        configured = command.name == chosen
        p = sub.add_parser(command.name, help=command.help, add_help=configured)
        if configured:
            p.description = command.help[:1].upper() + command.help[1:] + "."
            configure_function(command)(p)
    return parser


def configure_function(command: Command) -> Callable[[argparse.ArgumentParser], None]:
    module, _, function = command.configure.partition(":")
    configure: Callable[[argparse.ArgumentParser], None] = getattr(
        importlib.import_module(module), function
    )
    return configure


def lazy_choice(module: str, name: str) -> Callable[[str], str]:
    """An argparse `type` that checks a value against `module.name` (any collection of
    strings, or a StrEnum), imported only when the option is given: `choices=` would import
    it for `--help` already."""

    def check(text: str) -> str:
        allowed: Any = getattr(importlib.import_module(module), name)
        values = [str(value) for value in allowed]
        if text not in values:
            raise argparse.ArgumentTypeError(
                f"invalid choice: '{text}' (choose from {', '.join(values)})"
            )
        return text

    return check


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Two passes: the first finds which command is meant (and answers the top-level
    `--help`, `--version` and typos without importing any command); the second parses with
    that one command's real arguments."""
    argv = list(sys.argv[1:] if argv is None else argv)
    first, _ = build_parser().parse_known_args(argv)
    if first.command is None:
        return build_parser().parse_args(argv)
    return build_parser(first.command).parse_args(argv)


def db_path(args: argparse.Namespace) -> Path:
    path: Path = args.db if args.db is not None else default_db_path()
    return path.expanduser()


def existing_db(args: argparse.Namespace) -> Database:
    """The database a reading command works on; it is never created by a typo in --db."""
    from workbench.errors import WorkbenchError
    from workbench.services.setup import open_workbench

    path = db_path(args)
    if not path.exists():
        raise WorkbenchError(f"There is no database at {path}.")
    return open_workbench(path).db


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    import logging  # here, not at the top: `--help` has no use for it

    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        problem = no_display_problem(os.environ, sys.platform)
        if problem:
            print(f"workbench: {problem}", file=sys.stderr)
            return NO_DISPLAY
        # Today's first screen is read (its SQL runs without the interpreter lock) while
        # Qt loads, and shown before the database layer is imported at all
        # (services/first_screen.py, workbench.app).
        from workbench.services.first_screen import EarlyRead

        path = db_path(args)
        early = EarlyRead(path)
        from workbench.app import run_app  # Qt is imported only when the window is wanted

        return run_app(path, early)
    from workbench.logs import setup_logging

    setup_logging(logging.DEBUG if args.verbose else logging.WARNING)
    try:
        result: int = args.run(args)
        return result
    except KeyboardInterrupt:
        print("workbench: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except Exception as exc:
        return report_failure(exc, db_path(args))


#: exit code when there is no screen to open the window on (see EXIT_CODES)
NO_DISPLAY = 6


def no_display_problem(environ: os._Environ[str] | dict[str, str], platform: str) -> str:
    """Why the window can't open here, or "" when it can.

    Without a display Qt would abort with a message about a missing xcb library, which sends
    people installing packages they already have. Only X11/Wayland systems need a display
    server named in the environment; Windows and macOS always have their own, and a chosen
    QT_QPA_PLATFORM (offscreen, vnc, eglfs…) is trusted as it is.
    """
    if platform in ("win32", "darwin", "cygwin") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set).\n"
        "  To use the window on a server, run it in a virtual display: xvfb-run -a workbench\n"
        "  To check the installation without a screen: workbench self-test "
        "(or QT_QPA_PLATFORM=offscreen workbench)\n"
        "  Every other command works in the terminal: workbench --help lists them."
    )


def report_failure(exc: BaseException, path: Path) -> int:
    """One line for the person, whatever went wrong; a traceback only in the log."""
    from workbench.logs import log_unexpected
    from workbench.store.failures import explain

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
