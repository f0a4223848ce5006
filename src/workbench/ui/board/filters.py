"""The board's filter bar and its memory in QSettings."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from workbench.domain.money import MoneyError
from workbench.services.board import BoardFilter
from workbench.ui.amounts import parse_amount
from workbench.ui.messages import error_label

PERIODS = ("any", "overdue", "this_month", "next_month", "this_quarter", "next_quarter")


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """Expected-close bounds for a named period."""

    def month_start(d: date, add: int) -> date:
        m = d.month - 1 + add
        return date(d.year + m // 12, m % 12 + 1, 1)

    if period == "overdue":
        return None, today - timedelta(days=1)
    if period in ("this_month", "next_month"):
        start = month_start(today, 0 if period == "this_month" else 1)
        return start, month_start(start, 1) - timedelta(days=1)
    if period in ("this_quarter", "next_quarter"):
        q_start = month_start(today.replace(day=1), -((today.month - 1) % 3))
        start = q_start if period == "this_quarter" else month_start(q_start, 3)
        return start, month_start(start, 3) - timedelta(days=1)
    return None, None


class FilterBar(QWidget):
    """Owner scope, overdue / idle toggles, value range, expected-close period and search.
    Emits `changed` whenever the filter changes (search on every keystroke)."""

    changed = Signal()

    def __init__(self, users: list[tuple[uuid.UUID, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Search title, account or contact…"))
        self.search.setClearButtonEnabled(True)
        # Minimum widths below the natural ones: a narrow window squeezes the search and
        # the scope list a little rather than growing wider than the screen.
        self.search.setMinimumWidth(90)
        self.scope = QComboBox()
        self.scope.setObjectName("boardScope")
        self.scope.addItem(self.tr("All deals"), ("all", None))
        self.scope.addItem(self.tr("My deals"), ("mine", None))
        self.scope.addItem(self.tr("Shared with me"), ("shared", None))
        self.scope.setMinimumWidth(70)
        self._owner_items = 0
        self.set_users(users)
        self.overdue = self._toggle(
            self.tr("Overdue"), "boardOverdue", self.tr("Only deals with an overdue task")
        )
        self.rotting = self._toggle(
            self.tr("Idle"),
            "boardRotting",
            self.tr(
                "Only idle (“rotting”) deals: no progress (completed activity or stage change) "
                "for longer than the stage's target days, and nothing scheduled"
            ),
        )
        self.min_value = self._amount("boardMin", self.tr("Min value"))
        self.max_value = self._amount("boardMax", self.tr("Max value"))
        self.period = QComboBox()
        self.period.setObjectName("boardPeriod")
        for key, label in zip(
            PERIODS,
            (
                self.tr("Any close date"),
                self.tr("Past expected close"),
                self.tr("Closing this month"),
                self.tr("Closing next month"),
                self.tr("Closing this quarter"),
                self.tr("Closing next quarter"),
            ),
            strict=True,
        ):
            self.period.addItem(label, key)
        self.clear = QToolButton()
        self.clear.setObjectName("boardClear")
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Show all deals again"))
        self.clear.clicked.connect(self.reset)
        self.error = error_label(bold=False, wrap=False)

        # The value range and the close period are used less: they fold into a "Filters"
        # menu, so the bar fits a 1280-pixel window with everything reachable; the button
        # says how many of them are set.
        self.more = QToolButton()
        self.more.setObjectName("boardMoreFilters")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setToolTip(self.tr("Value range and expected close date"))
        panel = QWidget()
        form = QFormLayout(panel)
        form.addRow(self.tr("Value from"), self.min_value)
        form.addRow(self.tr("to"), self.max_value)
        form.addRow(self.tr("Closing"), self.period)
        menu = QMenu(self.more)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(panel)
        menu.addAction(holder)
        self.more.setMenu(menu)
        self._count_folded()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for w in (self.scope, self.overdue, self.rotting, self.more, self.clear, self.error):
            layout.addWidget(w)

        self.search.textChanged.connect(self.changed)
        self.scope.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.rotting.toggled.connect(self.changed)
        self.min_value.editingFinished.connect(self.changed)
        self.max_value.editingFinished.connect(self.changed)
        self.changed.connect(self._count_folded)

    def _count_folded(self) -> None:
        n = sum(
            (
                bool(self.min_value.text().strip()),
                bool(self.max_value.text().strip()),
                (self.period.currentData() or "any") != "any",
            )
        )
        self.more.setText(self.tr("Filters (%d)") % n if n else self.tr("Filters"))

    def _toggle(self, text: str, name: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setCheckable(True)
        return b

    def _amount(self, name: str, placeholder: str) -> QLineEdit:
        e = QLineEdit()
        e.setObjectName(name)
        e.setPlaceholderText(placeholder)
        e.setClearButtonEnabled(True)
        e.setFixedWidth(100)
        e.setToolTip(self.tr("In each deal's own currency"))
        return e

    # -- reading -------------------------------------------------------------------------

    def _value(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            value = parse_amount(text)
        except MoneyError:
            self.error.setText(self.tr("“%s” is not an amount") % text)
            self.error.show()
            return None
        return value

    def board_filter(self, today: date | None = None) -> BoardFilter:
        self.error.setText("")
        self.error.hide()
        scope, owner = self.scope.currentData() or ("all", None)
        close_from, close_to = period_range(
            self.period.currentData() or "any", today or date.today()
        )
        return BoardFilter(
            scope=scope,
            owner_id=uuid.UUID(owner) if owner else None,
            overdue=self.overdue.isChecked(),
            rotting=self.rotting.isChecked(),
            min_value=self._value(self.min_value),
            max_value=self._value(self.max_value),
            close_from=close_from,
            close_to=close_to,
            search=self.search.text(),
        )

    def reset(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        self.scope.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.rotting.setChecked(False)
        self.min_value.clear()
        self.max_value.clear()
        self.blockSignals(False)
        self.changed.emit()

    # -- memory --------------------------------------------------------------------------
    # The search text is not kept: a board that opens half empty because of a forgotten
    # search looks broken.

    def save(self, settings: QSettings) -> None:
        scope, owner = self.scope.currentData() or ("all", None)
        settings.setValue("board/scope", scope)
        settings.setValue("board/owner", owner or "")
        settings.setValue("board/overdue", self.overdue.isChecked())
        settings.setValue("board/rotting", self.rotting.isChecked())
        settings.setValue("board/min", self.min_value.text())
        settings.setValue("board/max", self.max_value.text())
        settings.setValue("board/period", self.period.currentData() or "any")

    def set_users(self, users: list[tuple[uuid.UUID, str]]) -> None:
        """The owners offered in the scope list (they arrive after the bar is built)."""
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        while self._owner_items:
            self.scope.removeItem(self.scope.count() - 1)
            self._owner_items -= 1
        for user_id, name in users:
            self.scope.addItem(self.tr("Owner: %s") % name, ("owner", str(user_id)))
            self._owner_items += 1
        select_data(self.scope, chosen)
        self.scope.blockSignals(False)

    def restore(self, settings: QSettings) -> None:
        self.blockSignals(True)
        scope = str(settings.value("board/scope", "all"))
        owner = str(settings.value("board/owner", "")) or None
        select_data(self.scope, (scope, owner))
        self.overdue.setChecked(_bool(settings.value("board/overdue", False)))
        self.rotting.setChecked(_bool(settings.value("board/rotting", False)))
        self.min_value.setText(str(settings.value("board/min", "")))
        self.max_value.setText(str(settings.value("board/max", "")))
        select_data(self.period, str(settings.value("board/period", "any")))
        self.blockSignals(False)
        self._count_folded()


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals `value` (the first item if none does).
    QComboBox.findData compares Python objects such as UUIDs by identity, not value."""
    index = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
    combo.setCurrentIndex(index)


def _bool(value: object) -> bool:
    # QSettings' ini format gives booleans back as the strings "true" / "false".
    return value is True or str(value).lower() == "true"
