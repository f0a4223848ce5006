"""Showing errors: user-actionable ones as they are, unexpected ones once with the log."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from workbench.errors import WorkbenchError
from workbench.logs import log_unexpected
from workbench.store.failures import explain_os_error
from workbench.ui.theme import coloured, keep_styled

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    if isinstance(exc, OSError):  # file work (exports, attachments): same words as the CLI
        exc = explain_os_error(exc, Path(exc.filename or "."), "the file") or exc
    if isinstance(exc, WorkbenchError):
        QMessageBox.warning(parent, title or parent_title(parent), str(exc))
        return
    path = log_unexpected(exc)
    QMessageBox.critical(
        parent,
        title or QCoreApplication.translate("Messages", "Unexpected error"),
        QCoreApplication.translate("Messages", "Something went wrong: %1\n\nThe details are in %2.")
        .replace("%1", str(exc))
        .replace("%2", str(path)),
    )


def parent_title(parent: QWidget | None) -> str:
    return parent.window().windowTitle() if parent is not None else "Sales Workbench"


def error_html(message: object) -> str:
    """A message as rich text in the error colour, for a label that shows it in place."""
    return coloured(str(message), "danger")


def error_label(text: str = "", *, name: str = "", bold: bool = True, wrap: bool = True) -> QLabel:
    """A label for an error shown in place (a form, a dialog, the status bar): the one
    error colour, wrapped, hidden while it is empty."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    weight = " font-weight: 600;" if bold else ""
    keep_styled(label, lambda c: f"color: {c.danger};{weight}")
    label.setVisible(bool(text))
    return label
