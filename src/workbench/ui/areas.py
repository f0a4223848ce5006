"""The areas of the main window, in navigation order. A feature adds its area here."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from workbench.ui.context import AppContext


@dataclass(frozen=True)
class Area:
    key: str  # stable: used in QSettings and by tests
    title: str
    factory: Callable[[AppContext], QWidget]


def _lazy(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A factory that imports the area's module when the area is first opened: the window
    starts with only the area it shows (Qt widgets modules take long to import)."""

    def build(ctx: AppContext) -> QWidget:
        widget: QWidget = getattr(importlib.import_module(module), name)(ctx)
        return widget

    return build


def all_areas() -> list[Area]:
    return [
        Area(
            "today",
            QT_TRANSLATE_NOOP("MainWindow", "Today"),
            _lazy("workbench.ui.today", "TodayArea"),
        ),
        Area(
            "board",
            QT_TRANSLATE_NOOP("MainWindow", "Opportunities"),
            _lazy("workbench.ui.board", "BoardArea"),
        ),
        Area(
            "leads",
            QT_TRANSLATE_NOOP("MainWindow", "Leads"),
            _lazy("workbench.ui.leads", "LeadsArea"),
        ),
        Area(
            "accounts",
            QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
            _lazy("workbench.ui.accounts", "AccountsArea"),
        ),
        Area(
            "contacts",
            QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
            _lazy("workbench.ui.accounts", "ContactsArea"),
        ),
        Area(
            "offers",
            QT_TRANSLATE_NOOP("MainWindow", "Offers"),
            _lazy("workbench.ui.offers", "OffersArea"),
        ),
        Area(
            "products",
            QT_TRANSLATE_NOOP("MainWindow", "Products"),
            _lazy("workbench.ui.products", "ProductsArea"),
        ),
        Area(
            "reports",
            QT_TRANSLATE_NOOP("MainWindow", "Reports"),
            _lazy("workbench.ui.reports", "ReportsArea"),
        ),
    ]
