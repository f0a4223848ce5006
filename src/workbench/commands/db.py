from __future__ import annotations

import argparse
from pathlib import Path

from workbench import formatting
from workbench.cli import db_path


def configure(p: argparse.ArgumentParser) -> None:
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
    e = actions.add_parser(
        "encrypt",
        help="encrypt the database at rest (key kept in the system keyring)",
        description="Encrypt the database (SQLCipher 4) with a new random key kept in this "
        "user's keyring, and its backups with it. Prints a recovery key, once: store it. "
        "Close the app first. See docs/security.md.",
    )
    e.set_defaults(run=_encrypt)
    d = actions.add_parser("decrypt", help="store the database (and its backups) unencrypted again")
    d.set_defaults(run=_decrypt)
    u = actions.add_parser(
        "unlock",
        help="put an encrypted database's key back into the keyring from its recovery key",
    )
    u.add_argument("--recovery-key", required=True, metavar="KEY", help="as shown by `db encrypt`")
    u.set_defaults(run=_unlock)


def _backup(args: argparse.Namespace) -> int:
    from workbench.services.maintenance import backup

    target = backup(db_path(args), args.to)
    print(f"backup written to {target} (verified)")
    return 0


def _backups(args: argparse.Namespace) -> int:
    from workbench.services.maintenance import RETENTION_KEY, list_backups, retention
    from workbench.store.backups import Retention

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
            f"{formatting.moment(info.taken_at)}  {info.size / 1_048_576:8.1f} MiB  "
            f"{info.label:<16} {info.path}"
        )
    return 0


def _restore(args: argparse.Namespace) -> int:
    from workbench.services.maintenance import restore

    path = db_path(args)
    safety = restore(path, args.file)
    kept = f"; the previous state is kept in {safety}" if safety else ""
    print(f"restored {path} from {args.file}{kept}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from workbench.services.maintenance import check

    report = check(db_path(args))
    for line in report.lines:
        print(line)
    print("result: OK" if report.ok else "result: PROBLEMS FOUND")
    return 0 if report.ok else 1


def _encrypt(args: argparse.Namespace) -> int:
    from workbench.services.encryption import encrypt

    result = encrypt(db_path(args))
    for line in result.lines:
        print(line)
    if result.recovery_key:
        print(
            "\nRECOVERY KEY (shown only now; store it somewhere safe, away from this "
            "computer, e.g. your password manager or on paper):\n\n"
            f"    {result.recovery_key}\n\n"
            "Without it, the database can't be opened once this user's keyring loses the "
            "key (new computer or user profile, keyring reset).\n"
            "To get back in: workbench db unlock --recovery-key KEY"
        )
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from workbench.services.encryption import decrypt

    for line in decrypt(db_path(args)).lines:
        print(line)
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from workbench.services.encryption import unlock

    path = db_path(args)
    unlock(path, args.recovery_key)
    print(f"the key for {path} is back in this user's keyring; the database opens again")
    return 0
