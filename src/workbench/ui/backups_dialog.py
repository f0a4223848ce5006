"""Choosing a backup to restore: the database's backups with their date, kind and size.

Shown from File ▸ Restore from backup… and, when a database turns out to be damaged,
instead of the window. The list is read in the background (it stats files and checks the
newest one) so the dialog opens at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.services.maintenance import list_backups
from workbench.store.backups import BEFORE_RESTORE, DAILY, MANUAL, BackupInfo
from workbench.ui.background import Runner
from workbench.ui.messages import error_label


def kind_text(label: str) -> str:
    if label == DAILY:
        return QDialog.tr("Daily (automatic)")
    if label == MANUAL:
        return QDialog.tr("Made by you")
    if label == BEFORE_RESTORE:
        return QDialog.tr("Before a restore")
    if label.startswith("before-"):
        return QDialog.tr("Before an upgrade")
    return label


def size_text(size: int) -> str:
    if size >= 1 << 30:
        return f"{formatting.number(size / (1 << 30), digits=1)} GB"
    if size >= 1 << 20:
        return f"{formatting.number(size / (1 << 20), digits=1)} MB"
    return f"{formatting.number(max(1, size // 1024))} KB"


class RestoreDialog(QDialog):
    """`chosen` holds the backup file to restore once the dialog is accepted."""

    def __init__(
        self,
        db_path: Path,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(620, 380)
        self.db_path = db_path
        self.chosen: Path | None = None

        layout = QVBoxLayout(self)
        if reason:
            layout.addWidget(error_label(reason, name="restoreReason"))
        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. The database as it is now is kept as a "
                "backup first (or, if it is damaged, set aside), so a restore can be undone "
                "by restoring again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self._restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Looking for backups…"))
        self.empty.setObjectName("backupStatus")
        layout.addWidget(self.empty)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore selected"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        other = QPushButton(self.tr("Other file…"))
        other.setObjectName("restoreOtherFile")
        other.clicked.connect(self._choose_file)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        runner.run(lambda: list_backups(db_path), self._show, self._failed, owner=self)

    def _show(self, found: list[BackupInfo]) -> None:
        for info in found:
            when = info.taken_at.astimezone()
            item = QTreeWidgetItem(
                [formatting.moment(when), kind_text(info.label), size_text(info.size)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            self.table.addTopLevelItem(item)
        if found:
            self.table.setCurrentItem(self.table.topLevelItem(0))
            self.empty.setText(
                RestoreDialog.tr("%n backup(s) in %1", "", len(found)).replace(
                    "%1", str(found[0].path.parent)
                )
            )
        else:
            self.empty.setText(
                self.tr("There are no backups of this database yet. Choose another file.")
            )

    def _failed(self, exc: BaseException) -> None:
        self.empty.setText(self.tr("The backups could not be listed: %1").replace("%1", str(exc)))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.currentItem() is not None)

    def _restore_selected(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from file"),
            str(self.db_path.parent),
            self.tr("Workbench database (*.sqlite);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()
