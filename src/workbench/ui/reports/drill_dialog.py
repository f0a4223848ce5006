"""The records behind a figure, with their total (which equals the figure); a deal opens
as it does from the board."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.reports.drill import DrillPage, drill_page
from workbench.reports.model import Drill, DrillTarget, Kind, Table
from workbench.reports.text import cell_text
from workbench.texts import counted, fill
from workbench.ui.context import AppContext
from workbench.ui.operations import ReadOp
from workbench.ui.reports.table import ReportTableView


class DrillDialog(QDialog):
    def __init__(
        self, ctx: AppContext, drill: Drill, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drill_dialog")
        self.ctx, self.drill, self.locale = ctx, drill, locale
        self.setWindowTitle(drill.title or self.tr("Records behind the figure"))
        self.resize(900, 520)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("summary")
        self.more = QPushButton(self.tr("Show more"))
        self.more.setObjectName("more")
        self.more.hide()
        self.more.clicked.connect(self._next_page)
        self.view: ReportTableView | None = None
        self.table: Table | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.more)
        row.addStretch(1)
        row.addWidget(buttons)
        self._layout.addLayout(row)
        self._load(0)

    def _load(self, offset: int) -> None:
        drill = self.drill

        def read(db: object) -> DrillPage:
            with self.ctx.db.read() as s:
                return drill_page(s, drill, offset)

        ReadOp(self.ctx, read, parent=self).success(self._show).run()

    def _show(self, page: DrillPage) -> None:
        if self.table is None:
            self.table = page.table
        else:
            self.table.rows += page.table.rows
        if self.view is not None:
            self.view.deleteLater()
        self.view = ReportTableView(self.table, self.locale, self)
        self.view.setMinimumHeight(320)
        self.view.setMaximumHeight(16777215)
        self.view.doubleClicked.connect(self._open)
        self._layout.insertWidget(1, self.view, 1)
        n = page.count
        found = {
            DrillTarget.DEALS: DrillDialog.tr("%1 deal(s)", "", n),
            DrillTarget.ACTIVITIES: DrillDialog.tr("%1 activity(ies)", "", n),
            DrillTarget.TASKS: DrillDialog.tr("%1 task(s)", "", n),
            DrillTarget.LEADS: DrillDialog.tr("%1 lead(s)", "", n),
            DrillTarget.OFFERS: DrillDialog.tr("%1 offer(s)", "", n),
            DrillTarget.ACCOUNTS: DrillDialog.tr("%1 customer(s)", "", n),
        }[self.drill.target]
        text = counted(found, n, self.locale)
        if page.totals:
            totals = ", ".join(cell_text(m, Kind.MONEY, self.locale) for m in page.totals)
            text += " · " + fill(self.tr("total %1"), totals)
        shown = len(self.table.rows)
        if shown < page.count:
            text += " · " + counted(
                DrillDialog.tr("showing the first %1", "", shown), shown, self.locale
            )
        self.summary.setText(text)
        self.more.setVisible(page.offset + len(page.table.rows) < page.count)

    def _next_page(self) -> None:
        self._load(len(self.table.rows) if self.table else 0)

    def _open(self, index: QModelIndex) -> None:
        if self.drill.target != DrillTarget.DEALS or self.view is None:
            return
        record = self.view.model_.rows[index.row()].cells.get("id")
        if isinstance(record, uuid.UUID):
            from workbench.ui.opportunity_dialog import OpportunityDialog

            OpportunityDialog(self.ctx, record, parent=self).exec()
