"""Possible duplicates found when saving a lead or a contact: merge, or keep both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.services.leads import DuplicateMatch


class DuplicateDialog(QDialog):
    """Possible duplicates: merge into a lead, or keep both (linked to the customer)."""

    def __init__(
        self,
        matches: list[DuplicateMatch],
        parent: QWidget | None = None,
        merge_kind: str = "lead",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.setMinimumWidth(520)
        self.merge = False
        self.merge_kind = merge_kind
        noun = self.tr("lead") if merge_kind == "lead" else self.tr("contact")
        intro = QLabel(
            self.tr(
                "This %1 looks like someone already in the database. Merge it into the "
                "existing %1 (empty fields are filled in, nothing is overwritten), or keep "
                "both."
            ).replace("%1", noun)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("matches")
        kinds = {
            "lead": self.tr("Lead"),
            "contact": self.tr("Contact"),
            "account": self.tr("Account"),
        }
        # Whole phrases: "(same e-mail)" reads "(gleiche E-Mail)", not "(gleiche e-mail)".
        same = {
            "e-mail": self.tr("(same e-mail)"),
            "phone": self.tr("(same phone)"),
            "company": self.tr("(same company)"),
        }
        for m in matches:
            text = f"{kinds[m.kind]}: {m.name}"
            if m.detail:
                text += f" — {m.detail}"
            text += "  " + same[m.reason]
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.merge_button = QPushButton(self.tr("&Merge into this %1").replace("%1", noun))
        self.merge_button.setObjectName("merge")
        self.keep_button = QPushButton(self.tr("&Keep both"))
        self.keep_button.setObjectName("keepBoth")
        buttons = QDialogButtonBox()
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._merge)
        self.keep_button.clicked.connect(self.accept)
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> DuplicateMatch | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update(self) -> None:
        m = self.chosen()
        self.merge_button.setEnabled(m is not None and m.kind == self.merge_kind)

    def _merge(self) -> None:
        self.merge = True
        self.accept()
