"""The areas of the main window, in navigation order. A feature adds its area here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from workbench.ui.context import AppContext


@dataclass(frozen=True)
class Area:
    key: str  # stable: used in QSettings and by tests
    title: str
    factory: Callable[[AppContext], QWidget]


def all_areas() -> list[Area]:
    # Imported here so each area's module loads only when the window is built.
    from workbench.ui.accounts import AccountsArea, ContactsArea
    from workbench.ui.board import BoardArea
    from workbench.ui.leads import LeadsArea
    from workbench.ui.offers import OffersArea
    from workbench.ui.products import ProductsArea
    from workbench.ui.reports import ReportsArea
    from workbench.ui.today import TodayArea

    return [
        Area("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), TodayArea),
        Area("board", QT_TRANSLATE_NOOP("MainWindow", "Opportunities"), BoardArea),
        Area("leads", QT_TRANSLATE_NOOP("MainWindow", "Leads"), LeadsArea),
        Area("accounts", QT_TRANSLATE_NOOP("MainWindow", "Accounts"), AccountsArea),
        Area("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"), ContactsArea),
        Area("offers", QT_TRANSLATE_NOOP("MainWindow", "Offers"), OffersArea),
        Area("products", QT_TRANSLATE_NOOP("MainWindow", "Products"), ProductsArea),
        Area("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ReportsArea),
    ]
