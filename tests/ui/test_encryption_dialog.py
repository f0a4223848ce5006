"""File ▸ Encrypt database… with real clicks, on a real file and keyring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

from workbench.services import accounts
from workbench.store.db import is_encrypted
from workbench.store.keys import parse_recovery_key
from workbench.ui.encryption_dialog import EncryptionDialog


def open_dialog(qtbot, main_window) -> EncryptionDialog:  # type: ignore[no-untyped-def]
    main_window.encryption_action.trigger()

    def shown() -> list[EncryptionDialog]:
        return [d for d in main_window.findChildren(EncryptionDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def click(qtbot, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_encrypt_shows_the_recovery_key_once_then_decrypt(  # type: ignore[no-untyped-def]
    qtbot, main_window, db, monkeypatch
) -> None:
    errors: list[BaseException] = []
    # A failure would open a modal message box; record it and fail the wait instead.
    monkeypatch.setattr(
        "workbench.ui.encryption_dialog.show_error", lambda _parent, exc: errors.append(exc)
    )
    accounts.create_account(db, accounts.AccountInput(name="Before encryption"))
    action = main_window.encryption_action
    assert action.text() == "&Encrypt database…"

    dialog = open_dialog(qtbot, main_window)
    click(qtbot, dialog, "start")
    key_field = dialog.findChild(QLineEdit, "recoveryKey")
    qtbot.waitUntil(lambda: bool(errors) or key_field.text() != "", timeout=30000)
    assert not errors
    assert is_encrypted(db.path)
    parse_recovery_key(key_field.text())  # a well-formed key, checksum and all

    done = dialog.findChild(QPushButton, "close")
    assert not done.isEnabled()  # not before the person says they stored the key
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    click(qtbot, dialog, "copyKey")
    assert QGuiApplication.clipboard().text() == key_field.text()
    qtbot.mouseClick(dialog.findChild(QCheckBox, "stored"), Qt.MouseButton.LeftButton)
    assert done.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert action.text() == "&Decrypt database…"

    # The window's database works on through the new key.
    accounts.create_account(db, accounts.AccountInput(name="After encryption"))
    assert {"Before encryption", "After encryption"} <= {a.name for a in accounts.list_accounts(db)}

    dialog = open_dialog(qtbot, main_window)
    click(qtbot, dialog, "start")
    done = dialog.findChild(QPushButton, "close")
    qtbot.waitUntil(
        lambda: bool(errors) or (done.text() == "Done" and done.isEnabled()), timeout=30000
    )
    assert not errors
    assert not dialog.findChild(QLineEdit, "recoveryKey").isVisible()
    assert not is_encrypted(db.path)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert action.text() == "&Encrypt database…"
    assert len(accounts.list_accounts(db)) == 2
