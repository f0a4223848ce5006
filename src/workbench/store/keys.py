"""Keys of encrypted databases: made at random, kept only in the OS keyring.

An encrypted Workbench file starts with its SQLCipher salt, which we choose: the marker
`SWKE` and 12 random bytes, the *key id*. The salt is stored in the clear by SQLCipher
anyway, so the file says "an encrypted Workbench database, key id …" and nothing more;
every copy made with the key (backups, converted files) starts with the same salt, so the
key is found in the keyring by the file alone, wherever it was moved or copied.

The keyring holds one entry per key: service `Sales Workbench database key`, user name the
key id in hex, password the 256-bit key in hex. The recovery key is the same 256 bits for
a person to write down (base32 in groups of 4, with a checksum against typos).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import DatabaseRefused, WorkbenchError

# keyring loads its backends when imported (0.2 s): only encrypted files and sign-ins need it.
if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE = "Sales Workbench database key"
MARKER = b"SWKE"
SALT_BYTES = 16
KEY_BYTES = 32
CHECKSUM_BYTES = 3  # 35 bytes = 56 base32 characters, 14 groups of 4


class KeyringUnavailable(WorkbenchError):
    """No usable OS keyring: encryption can't be switched on, nor an encrypted file opened."""


class KeyMissing(DatabaseRefused):
    """The file is encrypted and this user's keyring has no key for it."""


class WrongKey(DatabaseRefused):
    """A key was tried and does not open the file."""


@dataclass(frozen=True)
class DatabaseKey:
    key_id: bytes  # the file's SQLCipher salt, MARKER + 12 random bytes
    secret: bytes  # 32 bytes, used as SQLCipher's raw key (no slow key derivation)

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(MARKER + secrets.token_bytes(SALT_BYTES - len(MARKER)), secrets.token_bytes(32))

    @property
    def id_text(self) -> str:
        return self.key_id.hex()

    def pragma_value(self) -> str:
        """The value for `PRAGMA key` / `ATTACH … KEY`: raw key and salt in hex."""
        return f"x'{self.secret.hex()}{self.key_id.hex()}'"

    def recovery_key(self) -> str:
        return format_recovery_key(self.secret)


def key_id_of(header: bytes) -> bytes | None:
    """The key id if `header` (the file's first bytes) is an encrypted Workbench file's."""
    if len(header) >= SALT_BYTES and header.startswith(MARKER):
        return header[:SALT_BYTES]
    return None


def format_recovery_key(secret: bytes) -> str:
    check = hashlib.sha256(secret).digest()[:CHECKSUM_BYTES]
    text = base64.b32encode(secret + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The 32-byte key from a recovery key as typed (spaces, dashes and case don't matter;
    0/1/8 typed for O/I/B are taken as meant)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    wrong = WorkbenchError(
        "That is not a Sales Workbench recovery key (it has 14 groups of 4 letters and "
        "digits, as shown when encryption was switched on). Check it and try again; "
        "nothing was changed."
    )
    if len(cleaned) != 56:
        raise wrong
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise wrong from None
    secret, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(secret).digest()[:CHECKSUM_BYTES] != check:
        raise WorkbenchError(
            "That recovery key has a typing mistake (its checksum doesn't match). Check "
            "each group against your copy; nothing was changed."
        )
    return secret


def _backend() -> keyring.backend.KeyringBackend:
    import keyring

    backend = keyring.get_keyring()
    # keyring falls back to backends that store nothing or refuse everything.
    if type(backend).__module__ in ("keyring.backends.fail", "keyring.backends.null"):
        raise KeyringUnavailable(
            "Encryption keeps the database key in the system's keyring (Windows Credential "
            "Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet "
            "on Linux), and none is available for this user. Nothing was changed; start "
            "the keyring service (or ask IT) and try again."
        )
    return backend


def check_keyring() -> None:
    """Refuse, before anything is changed, when there is no keyring to keep a key in."""
    _backend()


def load_key(key_id: bytes) -> DatabaseKey | None:
    """The key with this id from the user's keyring, or None when it has none."""
    from keyring.errors import KeyringError

    try:
        value = _backend().get_password(SERVICE, key_id.hex())
    except KeyringError as exc:
        raise KeyringUnavailable(
            f"The system's keyring could not be read ({exc}), so the encrypted database "
            "can't be opened. Nothing was changed; unlock the keyring and try again."
        ) from exc
    if value is None:
        return None
    try:
        secret = bytes.fromhex(value)
    except ValueError:
        log.warning("keyring entry %s is not a key", key_id.hex())
        return None
    return DatabaseKey(key_id, secret) if len(secret) == KEY_BYTES else None


def save_key(key: DatabaseKey) -> None:
    from keyring.errors import KeyringError

    try:
        _backend().set_password(SERVICE, key.id_text, key.secret.hex())
    except KeyringError as exc:
        raise KeyringUnavailable(
            f"The database key could not be stored in the system's keyring ({exc}). "
            "Nothing was changed; unlock the keyring and try again."
        ) from exc
    if load_key(key.key_id) != key:
        raise KeyringUnavailable(
            "The system's keyring did not keep the database key. Nothing was changed."
        )


def missing_key_message(path: Path) -> str:
    return (
        f"{path} is an encrypted Sales Workbench database, and this user's keyring has no "
        "key for it (a new computer or user profile, or a reset keyring). It has not been "
        "changed. Give the recovery key that was shown when encryption was switched on: "
        f"`workbench --db {path} db unlock --recovery-key KEY` (or File ▸ Unlock "
        "database… in the app)."
    )
