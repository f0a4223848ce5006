"""File ▸ Encrypt database… / Decrypt database…: switching encryption at rest.

The conversion runs on the thread pool with the window's connections closed (it needs the
file to itself, see store.encryption). Switching it on ends on the recovery key, which the
dialog shows once, with a copy button, and won't close on until the person confirms they
stored it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.encryption import ConversionResult, decrypt, encrypt
from workbench.store.db import is_encrypted
from workbench.ui.context import AppContext
from workbench.ui.messages import show_error


class EncryptionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.path = ctx.db.path
        self.encrypting = not is_encrypted(self.path)
        self.result_: ConversionResult | None = None
        self.setWindowTitle(
            self.tr("Encrypt database") if self.encrypting else self.tr("Decrypt database")
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        self.explanation = QLabel(self._explanation())
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)

        # Shown when encryption is on: the recovery key, once.
        self.key_box = QWidget()
        key_layout = QVBoxLayout(self.key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_row = QHBoxLayout()
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setReadOnly(True)
        self.recovery_key.setFont(QFont("monospace"))
        key_row.addWidget(self.recovery_key, 1)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyKey")
        self.copy_button.clicked.connect(self._copy)
        key_row.addWidget(self.copy_button)
        key_layout.addLayout(key_row)
        self.stored = QCheckBox(self.tr("I have stored the recovery key somewhere safe"))
        self.stored.setObjectName("stored")
        self.stored.toggled.connect(self._update_buttons)
        key_layout.addWidget(self.stored)
        self.key_box.hide()
        layout.addWidget(self.key_box)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(
            self.tr("&Encrypt") if self.encrypting else self.tr("&Decrypt")
        )
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _explanation(self) -> str:
        if self.encrypting:
            return self.tr(
                "Encrypting stores %1 and its backups so that a lost or stolen laptop, or a "
                "copied file, reveals nothing. The key is kept in this user's system "
                "keyring, so the app opens the database as before.\n\n"
                "You will get a recovery key, once. Without it the database can't be opened "
                "if the keyring loses the key (new computer or user profile, keyring reset)."
            ).replace("%1", self.path.name)
        return self.tr(
            "Decrypting stores %1 and its backups as plain SQLite files again: anyone "
            "with the file can read it. The key stays in the keyring for copies made "
            "while it was encrypted."
        ).replace("%1", self.path.name)

    def start(self) -> None:
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.explanation.setText(
            self.tr("Encrypting…") if self.encrypting else self.tr("Decrypting…")
        )
        db, encrypting = self.ctx.db, self.encrypting

        def convert() -> ConversionResult:
            # The conversion needs the file to itself: the window's connections close and
            # new ones wait, then reopen through the new key (Database.paused).
            with db.paused():
                return encrypt(db.path) if encrypting else decrypt(db.path)

        self.ctx.runner.run(convert, self._done, self._failed)

    def _done(self, result: ConversionResult) -> None:
        self.result_ = result
        self.explanation.setText("\n".join(result.lines))
        if result.recovery_key:
            self.explanation.setText(
                "\n".join(result.lines)
                + "\n\n"
                + self.tr(
                    "This is your recovery key. It is shown only now: store it away from "
                    "this computer (a password manager, or on paper). To get back in "
                    "without it: `workbench db unlock --recovery-key KEY`."
                )
            )
            self.recovery_key.setText(result.recovery_key)
            self.key_box.show()
        self.start_button.hide()
        self.close_button.setText(self.tr("Done"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self._update_buttons()
        self.ctx.status(
            self.tr("Database encrypted.") if self.encrypting else self.tr("Database decrypted.")
        )

    def _failed(self, exc: BaseException) -> None:
        self.explanation.setText(self._explanation())
        self.start_button.setEnabled(True)
        self.close_button.setEnabled(True)
        show_error(self, exc)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key.text())
        self.copy_button.setText(self.tr("Copied"))

    def _update_buttons(self) -> None:
        done = self.result_ is not None
        self.close_button.setEnabled(
            done and (not self.key_box.isVisibleTo(self) or self.stored.isChecked())
        )

    def reject(self) -> None:
        # Escape or the window's close button must not lose a recovery key not yet stored.
        if (
            self.result_ is not None
            and self.key_box.isVisibleTo(self)
            and not (self.stored.isChecked())
        ):
            return
        if not self.close_button.isEnabled() and self.result_ is None:
            return  # the conversion is running
        super().reject()
