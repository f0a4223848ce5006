"""The offer as the customer sees it: rendered pages, and the mail to send it with."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.services import offers
from workbench.ui.theme import keep_styled, themed


class PreviewDialog(QDialog):
    """The rendered pages as images (pdftoppm), scrollable."""

    def __init__(self, pages: list[Path], pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview — %s") % pdf.name)
        self.resize(760, 900)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for page in pages:
            label = QLabel()
            label.setPixmap(QPixmap(str(page)))
            # The page is paper: white in either scheme, as it prints.
            keep_styled(label, themed("background: white; border: 1px solid $border;"))
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        keep_styled(scroll, themed("QScrollArea { background: $paper_surround; }"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_button = buttons.addButton(
            self.tr("Open in PDF viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.page_count = len(pages)


def render_preview(pdf: Path, folder: Path) -> list[Path]:
    """PNG pages of a PDF via poppler's pdftoppm, if installed; [] otherwise."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    subprocess.run([tool, "-png", "-r", "80", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def open_mail(result: offers.SentResult) -> None:
    """The user's mail client with subject and body, and the PDF's folder to attach it
    from (mailto can't carry attachments)."""
    url = QUrl(f"mailto:{result.recipient}")
    query = QUrlQuery()
    query.addQueryItem("subject", result.subject)
    query.addQueryItem("body", result.body)
    url.setQuery(query)
    QDesktopServices.openUrl(url)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.document.parent)))
