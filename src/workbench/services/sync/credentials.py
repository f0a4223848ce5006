"""The sign-in token lives only in the OS keyring (never in the database or a file)."""

from __future__ import annotations

import contextlib

from workbench.store.keys import KeyringUnavailable, check_keyring

SERVICE = "Sales Workbench sync"


def _account(server: str, node: str) -> str:
    # One token per server and database: two databases on one laptop are two devices.
    return f"{server.rstrip('/')}|{node}"


def save_token(server: str, node: str, token: str) -> None:
    # keyring is imported when used: loading its backends costs 0.2 s of a start.
    import keyring
    from keyring.errors import KeyringError

    try:
        check_keyring()
        keyring.set_password(SERVICE, _account(server, node), token)
    except (KeyringError, KeyringUnavailable) as exc:
        raise KeyringUnavailable(
            f"The sign-in can't be kept: no keyring to store it in ({exc}). "
            "On a desktop, unlock the keyring (GNOME Keyring, KWallet, the macOS Keychain "
            "or Windows Credential Manager) and sign in again."
        ) from None


def load_token(server: str, node: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _account(server, node))
    except KeyringError:
        return None


def forget_token(server: str, node: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, _account(server, node))
