"""Switching encryption at rest on and off, and getting back in with the recovery key.

See docs/security.md for what it protects against. The database is converted in place
(store.encryption); its backups follow, so the backup folder never keeps a plain copy of
an encrypted database (nor, after decrypting, copies only a lost key could open).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import DatabaseRefused, WorkbenchError
from workbench.settings import backup_dir_for
from workbench.store import keys
from workbench.store.backups import backup_name
from workbench.store.db import (
    classify_file,
    connect,
    file_key,
    is_encrypted,
    require_healthy,
)
from workbench.store.encryption import (
    backup_files,
    convert_file,
    convert_in_place,
    key_of_copy,
    remove_quietly,
    same_key,
)
from workbench.store.header import APPLICATION_ID
from workbench.store.keys import DatabaseKey, WrongKey
from workbench.texts import fill, translate

log = logging.getLogger(__name__)


@dataclass
class ConversionResult:
    #: shown once when encryption is switched on; None otherwise
    recovery_key: str | None = None
    already: bool = False
    lines: list[str] = field(default_factory=list)


def _require_database(path: Path) -> None:

    require_healthy(path)
    from workbench.store.db import check_writable

    check_writable(path)


def encrypt(path: Path) -> ConversionResult:
    """Encrypt the database with a new random key kept in the user's keyring. The result's
    recovery key is the only other copy of the key: the person must store it."""
    result = ConversionResult()
    if is_encrypted(path):
        _require_database(path)
        result.already = True
        result.lines.append(f"{path} is already encrypted.")
        result.lines += follow_backups(path)
        return result
    _require_database(path)
    keys.check_keyring()
    key = DatabaseKey.generate()
    # Into the keyring before any file is encrypted with it: whatever happens next, no
    # file exists that this user's keyring can't open.
    keys.save_key(key)
    aside = backup_dir_for(path) / backup_name(path, "before-encrypt")
    convert_in_place(path, key, aside)
    _confirm(path, key)
    remove_quietly(aside)  # a plain copy beside an encrypted database would defeat it
    result.recovery_key = key.recovery_key()
    result.lines.append(f"{path} is now encrypted; its key is in this user's keyring.")
    result.lines += follow_backups(path)
    return result


def decrypt(path: Path) -> ConversionResult:
    """Store the database as a plain SQLite file again (its backups too). The key stays in
    the keyring, for copies made elsewhere while it was encrypted."""
    result = ConversionResult()
    if not is_encrypted(path):
        _require_database(path)
        result.already = True
        result.lines.append(f"{path} is not encrypted.")
        result.lines += follow_backups(path)
        return result
    _require_database(path)
    aside = backup_dir_for(path) / backup_name(path, "before-decrypt")
    convert_in_place(path, None, aside)
    _confirm(path, None)
    remove_quietly(aside)
    result.lines.append(f"{path} is no longer encrypted.")
    result.lines += follow_backups(path)
    return result


def _confirm(path: Path, key: DatabaseKey | None) -> None:
    """The swapped-in file opens as the database; until this passes, the previous file
    stays in the backup folder."""
    conn = connect(path, key=key, read_only=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        ok = ok and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()
    if not ok:
        raise WorkbenchError(
            f"{path} did not check out after the conversion; the previous database is kept "
            f"in {backup_dir_for(path)}. Restore it with `workbench db restore FILE`."
        )


def follow_backups(path: Path) -> list[str]:
    """Bring every copy in the backup folder to the database's encryption: plain copies of
    an encrypted database are encrypted with its key (those that can't be are removed),
    encrypted copies of a plain one are decrypted. Returns what was done, for the person."""
    target = file_key(path)
    converted: list[Path] = []
    removed: list[Path] = []
    left: list[Path] = []
    for copy in backup_files(path):
        current = key_of_copy(copy)
        if not isinstance(current, str) and same_key(current, target):
            continue
        try:
            if isinstance(current, str):
                raise WorkbenchError(current)
            convert_file(copy, target)
            converted.append(copy)
        except Exception as exc:
            log.warning("backup %s could not be converted: %s", copy, exc)
            if target is not None and not is_encrypted(copy):
                remove_quietly(copy)
                removed.append(copy)
            else:
                left.append(copy)
    how = "encrypted with the database's key" if target is not None else "decrypted"
    lines = []
    if converted:
        lines.append(f"{len(converted)} backup(s) in {backup_dir_for(path)} were {how}.")
    if removed:
        lines.append(
            f"{len(removed)} plain backup(s) could not be encrypted (damaged) and were "
            f"removed, so no readable copy is left: {', '.join(p.name for p in removed)}."
        )
    if left:
        lines.append(
            f"{len(left)} backup(s) could not be converted and were left as they are: "
            f"{', '.join(p.name for p in left)}."
        )
    return lines


def unlock(path: Path, recovery_key: str) -> None:
    """Put the key back into this user's keyring from the recovery key (a new computer,
    user profile or a reset keyring). Checks that it opens `path` first."""
    secret = keys.parse_recovery_key(recovery_key)
    try:
        with path.open("rb") as f:
            key_id = keys.key_id_of(f.read(16))
    except OSError as exc:
        raise DatabaseRefused(f"Can't read {path}: {exc.strerror or exc}.") from exc
    if key_id is None:
        classify_file(path)  # refuses foreign files with their own message
        text = translate("Errors", "%1 is not encrypted; there is nothing to unlock.")
        raise WorkbenchError(fill(text, path))
    key = DatabaseKey(key_id, secret)
    try:
        conn = connect(path, key=key, read_only=True)
        conn.close()
    except WrongKey:
        raise WrongKey(
            f"This recovery key does not open {path}: it belongs to another database (or "
            "the file is damaged). Nothing was changed."
        ) from None
    keys.check_keyring()
    keys.save_key(key)
    classify_file(path)
