"""Your profile: the name, e-mail, phone, signature and photo the app uses for you as
owner, on offers and in e-mails. Asked for once at first start; Settings ▸ Your profile
opens it later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from workbench.services import profile
from workbench.ui.context import AppContext
from workbench.ui.forms import FormDialog, Write
from workbench.ui.operations import WriteOp

PHOTO_SIZE = 72


class ProfileDialog(FormDialog):
    """With `first_start`, the dialog introduces itself and "Later" skips it for good
    (lists then say "Me" and offers name the company); otherwise it is a plain form."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(self.tr("Your profile"), parent)
        self.setObjectName("profileDialog")
        self.ctx = ctx
        self.first_start = first_start
        if first_start:
            intro = QLabel(
                self.tr(
                    "Welcome. Your name, e-mail and phone appear as owner of your records, "
                    "as “Your contact” on offers and under your e-mails. You can change "
                    "them later under Settings ▸ Your profile."
                )
            )
            intro.setObjectName("profileIntro")
            intro.setWordWrap(True)
            self.form.addRow(intro)
            later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            if later is not None:
                later.setText(self.tr("&Later"))
                later.setAutoDefault(False)
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            if save is not None:
                save.setDefault(True)
        self.name = self.add_row(self.tr("Your &name"), "name", QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Anna Weber"))
        self.email = self.add_row(self.tr("&E-mail"), "email", QLineEdit())
        self.phone = self.add_row(self.tr("&Phone"), "phone", QLineEdit())
        self.phone.setPlaceholderText(self.tr("e.g. +49 40 123457, or 040 123457"))
        self.signature = self.add_row(self.tr("&Signature"), "signature", QPlainTextEdit())
        self.signature.setPlaceholderText(
            self.tr("Closes your e-mails, e.g.\nAnna Weber\nKey Account Manager")
        )
        self.signature.setFixedHeight(72)
        self.photo = QLineEdit()
        self.photo.setPlaceholderText(self.tr("optional"))
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_row(self.tr("P&hoto"), "photo_path", self._photo_row())
        self.photo.textChanged.connect(self._show_photo)
        self._show_photo()
        self.load(profile.get_profile, self._fill)

    def _photo_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo_preview)
        row.addWidget(self.photo, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_photo)
        row.addWidget(choose)
        return box

    def _fill(self, data: profile.Profile) -> None:
        self.name.setText(data.name)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.signature.setPlainText(data.signature)
        self.photo.setText(data.photo_path)
        self.name.setFocus()

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo"), self.photo.text(), self.tr("Images (*.png *.jpg *.jpeg *.gif)")
        )
        if path:
            self.photo.setText(path)

    def _show_photo(self) -> None:
        # A small picture; reading it is a local file of a few KB at most.
        picture = QPixmap(self.photo.text()) if self.photo.text().strip() else QPixmap()
        # No empty frame beside the field while there is no photo.
        self.photo_preview.setVisible(not picture.isNull())
        if picture.isNull():
            self.photo_preview.clear()
            return
        self.photo_preview.setPixmap(
            picture.scaled(
                PHOTO_SIZE,
                PHOTO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def save(self) -> Write:
        data = profile.Profile(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            signature=self.signature.toPlainText(),
            photo_path=self.photo.text(),
        )
        return lambda db: profile.save_profile(db, data)

    def reject(self) -> None:
        if self.first_start and not self.is_busy():
            # "Later": not asked again at the next start; Settings still opens it.
            WriteOp(self.ctx, profile.skip_profile, parent=self.parentWidget()).run()
        super().reject()
