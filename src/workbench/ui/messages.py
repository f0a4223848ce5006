"""Showing errors: user-actionable ones as they are, unexpected ones once with the log."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.errors import WorkbenchError
from workbench.settings import log_dir

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    if isinstance(exc, WorkbenchError):
        QMessageBox.warning(parent, title or parent_title(parent), str(exc))
        return
    log.error("unexpected error: %s\n%s", exc, getattr(exc, "__traceback_text__", ""))
    QMessageBox.critical(
        parent,
        title or "Unexpected error",
        f"Something went wrong: {exc}\n\nDetails were written to the log in {log_dir()}.",
    )


def parent_title(parent: QWidget | None) -> str:
    return parent.window().windowTitle() if parent is not None else "Sales Workbench"
