"""The Reports area: pick a report, set the period and filters, read the charts and
tables, double-click a figure for the records behind it, export PDF, XLSX or CSV.

Everything is computed on the read pool; the area opens at once with the last report and
fills in when its figures arrive, and a newer request makes an older answer obsolete.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, Qt, QTimer
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Select, select

from workbench.domain.enums import LeadSource
from workbench.domain.models import Pipeline, Team, User
from workbench.reports import REPORTS, ReportSpec, build_report
from workbench.reports.charts import DARK, LIGHT, Palette, to_svg
from workbench.reports.export import export_report
from workbench.reports.facts import Directory
from workbench.reports.model import Drill, Report, Row, Table
from workbench.reports.request import ReportRequest, resolve
from workbench.reports.scope import NO_SOURCE, PERIOD_NAMES
from workbench.services.company import get_company
from workbench.services.offers.model import user_locale
from workbench.store.db import Database
from workbench.ui.changes import OpChanges
from workbench.ui.context import AppContext
from workbench.ui.date_edit import DateEdit
from workbench.ui.domain_texts import domain_text, enum_text, period_text
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.reports.table import ReportTableView
from workbench.ui.theme import on_scheme_change

WATCHES = frozenset(
    {
        "opportunity",
        "opportunity_event",
        "activity",
        "task",
        "lead",
        "offer",
        "offer_version",
        "quota",
        "exchange_rate",
        "user",
        "team",
    }
)
CUSTOM = "custom"
AS_OF_REPORTS = ("pipeline", "forecast")
CHART_HEIGHT = 230
MIN_CHART_WIDTH = 360
# The report list's narrowest and widest (pixels).


@dataclass(frozen=True)
class Choices:
    teams: list[tuple[uuid.UUID, str]]
    people: list[tuple[uuid.UUID, str]]
    pipelines: list[tuple[uuid.UUID, str]]
    currency: str


@dataclass(frozen=True)
class Made:
    serial: int
    report: Report
    charts: list[bytes]


def _choices(db: Database) -> Choices:
    with db.read() as s:
        teams = s.execute(select_named(Team)).all()
        people = s.execute(select_named(User).where(User.active.is_(True))).all()
        pipes = s.execute(select_named(Pipeline).where(Pipeline.archived.is_(False))).all()
    return Choices(list(teams), list(people), list(pipes), get_company(db).default_currency)


def select_named(model: Any) -> Select[tuple[uuid.UUID, str]]:
    return select(model.id, model.name).where(model.deleted.is_(False)).order_by(model.name)


def _width_for_titles(view: QListWidget) -> int:
    metrics = view.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(view.item(i).text()) for i in range(view.count())),
        default=0,
    )
    style = view.style()
    # The item's text margins (Qt's focus-frame margin each side), the frame, and room
    # for a scroll bar should the window be short.
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    scroll = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return widest + margins + 2 * view.frameWidth() + scroll + 8


class ReportsArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locale = user_locale()
        self.report: Report | None = None
        self._serial = 0
        # Charts are pictures in the scheme's colours: drawn again after a switch (once
        # the area's own palette has followed the application's).
        on_scheme_change(
            self, lambda: self.report is not None and QTimer.singleShot(0, self, self.load)
        )
        self._charts: list[QSvgWidget] = []
        self._redraw = QTimer(self, singleShot=True, interval=120)
        self._redraw.timeout.connect(self._redraw_charts)
        self._currency = "EUR"
        self.list = QListWidget()
        self.list.setObjectName("report_list")
        for spec in REPORTS.values():
            item = QListWidgetItem(domain_text(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(domain_text(spec.summary))
            self.list.addItem(item)
        # As wide as the longest title in the language in use (German ones are long),
        # so none is cut short; the rest of the width goes to the report.
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setFixedWidth(_width_for_titles(self.list))
        self._build_filters()
        self.title = QLabel()
        self.title.setObjectName("report_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("report_subtitle")
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.how = QLabel()
        self.how.setObjectName("report_how")
        self.how.setWordWrap(True)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how_toggle = QToolButton()
        self.how_toggle.setText(self.tr("How it is computed"))
        self.how_toggle.setCheckable(True)
        self.how_toggle.setChecked(False)
        self.how.setVisible(False)
        self.how_toggle.toggled.connect(self.how.setVisible)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.status)
        head.addWidget(self.how_toggle)
        inner_layout.addLayout(head)
        inner_layout.addWidget(self.how)
        inner_layout.addWidget(self.body)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # In a narrow window the filter bar scrolls sideways rather than widening the
        # window: the window's smallest size stays the other areas'.
        bar = QWidget()
        bar.setLayout(self.filters)
        bar_scroll = QScrollArea()
        bar_scroll.setObjectName("filter_bar")
        bar_scroll.setWidget(bar)
        bar_scroll.setWidgetResizable(True)
        bar_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        bar_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar_scroll.setFixedHeight(
            bar.sizeHint().height() + bar_scroll.horizontalScrollBar().sizeHint().height()
        )
        right_layout.addWidget(bar_scroll)
        right_layout.addWidget(scroll, 1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([self.list.width(), 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentRowChanged.connect(self._report_chosen)
        ctx.changes.changed.connect(self._on_changes)
        ReadOp(ctx, _choices, parent=self).success(self._fill_choices).run()
        last = str(ctx.settings.value("reports/last", "pipeline"))
        names = list(REPORTS)
        self.list.setCurrentRow(names.index(last) if last in names else 0)

    # -- the filter bar ------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.setObjectName("period")
        for name in PERIOD_NAMES:
            self.period.addItem(period_text(name), name)
        self.period.addItem(self.tr("Custom…"), CUSTOM)
        today = QDate.currentDate()
        self.date_from = DateEdit(today.addMonths(-3).toPython())
        self.date_to = DateEdit(today.toPython())
        for edit in (self.date_from, self.date_to):
            edit.setVisible(False)
        self.team = self._combo("team", self.tr("All teams"))
        self.rep = self._combo("rep", self.tr("Everyone"))
        self.pipeline = self._combo("pipeline", self.tr("All sales processes"))
        self.source = self._combo("source", self.tr("All sources"))
        self.source.addItem(self.tr("No lead (direct)"), NO_SOURCE)
        for source in LeadSource:
            self.source.addItem(enum_text(source), source.value)
        self.currency = self._combo("currency", self.tr("All currencies"))
        self.as_of_check = QCheckBox(self.tr("As of"))
        self.as_of_check.setObjectName("as_of_check")
        self.as_of = DateEdit()
        self.as_of.setObjectName("as_of")
        self.as_of.setEnabled(False)
        self.as_of_check.toggled.connect(self.as_of.setEnabled)
        self.months = QSpinBox()
        self.months.setObjectName("months")
        self.months.setRange(1, 120)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months ago"))
        self.refresh = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("export")
        menu = QMenu(self.export_button)
        for fmt, text in (
            ("pdf", self.tr("PDF…")),
            ("xlsx", self.tr("Excel (XLSX)…")),
            ("csv", self.tr("CSV…")),
        ):
            menu.addAction(text, lambda f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        self.targets_button = QPushButton(self.tr("Quotas and rates…"))
        self.targets_button.setObjectName("targets")
        self.targets_button.clicked.connect(self.open_targets)
        self.touch_button = QPushButton(self.tr("Create call tasks"))
        self.touch_button.setObjectName("create_calls")
        self.touch_button.clicked.connect(self._create_calls)
        # Two rows, so the bar fits a 1280-pixel screen beside the navigation.
        self.filters = QVBoxLayout()
        when, who = QHBoxLayout(), QHBoxLayout()
        for widget in (
            self.period,
            self.date_from,
            self.date_to,
            self.as_of_check,
            self.as_of,
            self.months,
        ):
            when.addWidget(widget)
        when.addStretch(1)
        for widget in (self.touch_button, self.targets_button, self.refresh, self.export_button):
            when.addWidget(widget)
        for widget in (self.team, self.rep, self.pipeline, self.source, self.currency):
            who.addWidget(widget)
        who.addStretch(1)
        self.filters.addLayout(when)
        self.filters.addLayout(who)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.team, self.rep, self.pipeline, self.source, self.currency):
            combo.currentIndexChanged.connect(self.load)
        for edit in (self.date_from, self.date_to, self.as_of):
            edit.dateChanged.connect(self.load)
        self.as_of_check.toggled.connect(self.load)
        self.months.valueChanged.connect(self.load)
        self.refresh.clicked.connect(self.load)

    def _combo(self, name: str, everyone: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everyone, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _fill_choices(self, choices: Choices) -> None:
        self._currency = choices.currency
        for combo, items in (
            (self.team, choices.teams),
            (self.rep, choices.people),
            (self.pipeline, choices.pipelines),
        ):
            combo.blockSignals(True)
            for key, name in items:
                combo.addItem(name, str(key))
            combo.blockSignals(False)
        self.currency.blockSignals(True)
        for code in ("EUR", "USD", "GBP", "CHF", "SEK", "PLN", "NOK", "DKK", "CZK"):
            self.currency.addItem(code, code)
        self.currency.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.load()

    def spec(self) -> ReportSpec:
        item = self.list.currentItem()
        return REPORTS[item.data(Qt.ItemDataRole.UserRole) if item else "pipeline"]

    def _report_chosen(self) -> None:
        spec = self.spec()
        self.ctx.settings.setValue("reports/last", spec.name)
        self.period.blockSignals(True)
        index = self.period.findData(spec.default_period)
        self.period.setCurrentIndex(max(index, 0))
        self.period.blockSignals(False)
        self._period_changed()

    def request(self) -> ReportRequest:
        period = self.period.currentData()
        if period == CUSTOM:
            first, last = (d.date().toString("yyyy-MM-dd") for d in (self.date_from, self.date_to))
            period = f"{first}..{last}"
        as_of = ""
        if self.as_of_check.isChecked() and self.spec().name in AS_OF_REPORTS:
            as_of = self.as_of.date().toString("yyyy-MM-dd")
        return ReportRequest(
            period=str(period),
            rep=str(self.rep.currentData() or ""),
            team=str(self.team.currentData() or ""),
            pipeline=str(self.pipeline.currentData() or ""),
            source=str(self.source.currentData() or ""),
            currency=str(self.currency.currentData() or ""),
            as_of=as_of,
            touch_months=self.months.value(),
        )

    # -- computing and showing -----------------------------------------------------------

    def _palette(self) -> Palette:
        window = self.palette().color(QPalette.ColorRole.Base)
        chosen = DARK if window.lightness() < 128 else LIGHT
        return dataclasses.replace(chosen, background=window.name())

    def load(self) -> None:
        spec = self.spec()
        self.as_of_check.setVisible(spec.name in AS_OF_REPORTS)
        self.as_of.setVisible(spec.name in AS_OF_REPORTS)
        self.months.setVisible(spec.name == "staying-in-touch")
        self.touch_button.setVisible(spec.name == "staying-in-touch")
        self._serial += 1
        serial, request, palette = self._serial, self.request(), self._palette()
        self.title.setText(domain_text(spec.title))
        self.status.setText(self.tr("Computing…"))

        def make(db: Database) -> Made:
            currency = get_company(db).default_currency
            with db.read() as s:
                f = resolve(s, request, default_currency=currency)
                report = build_report(s, spec, f, Directory.load(s).names())
            # A first drawing at a likely size (two a row when there are several), drawn
            # again at the size of its place once shown (_redraw_charts).
            width = 640 if len(report.charts) > 1 else 900
            svgs = [to_svg(c, width, CHART_HEIGHT, palette) for c in report.charts]
            return Made(serial, report, svgs)

        ReadOp(self.ctx, make, parent=self).success(self._show).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self.subtitle.setText(str(exc))

    def _show(self, made: Made) -> None:
        if made.serial != self._serial:
            return  # a newer request is on its way
        self.report = made.report
        self.status.setText("")
        self.subtitle.setText(made.report.subtitle)
        self.how.setText(made.report.how)
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        charts = QGridLayout()
        columns = 2 if len(made.charts) > 1 else 1
        self._charts = []
        for i, svg in enumerate(made.charts):
            chart = QSvgWidget()
            chart.setObjectName(f"chart_{i}")
            chart.load(QByteArray(svg))
            chart.setFixedHeight(CHART_HEIGHT)
            chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            charts.addWidget(chart, i // columns, i % columns)
            self._charts.append(chart)
        holder = QWidget()
        holder.setLayout(charts)
        self.body_layout.addWidget(holder)
        self._redraw.start()
        for table in made.report.tables:
            heading = QLabel(f"<b>{table.title}</b>")
            self.body_layout.addWidget(heading)
            view = ReportTableView(table, self.locale)
            view.drill_requested.connect(lambda drill, t=table: self.open_drill(drill, t))
            self.body_layout.addWidget(view)
            if table.note:
                note = QLabel(table.note)
                note.setWordWrap(True)
                self.body_layout.addWidget(note)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw.start()

    def _redraw_charts(self) -> None:
        """Each chart drawn again at the size of its place once the layout has settled,
        so it fills it at its own text size (a few milliseconds each, no database)."""
        if self.report is None or len(self._charts) != len(self.report.charts):
            return
        palette = self._palette()
        for chart, widget in zip(self.report.charts, self._charts, strict=True):
            width = max(MIN_CHART_WIDTH, widget.width())
            if abs(widget.renderer().defaultSize().width() - width) > 8:
                widget.load(QByteArray(to_svg(chart, width, CHART_HEIGHT, palette)))

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.tables & WATCHES and self.isVisible():
            self.load()

    # -- drill-down, exports, actions ----------------------------------------------------

    def open_drill(self, drill: Drill, table: Table | None = None) -> None:
        from workbench.ui.reports.drill_dialog import DrillDialog

        if not drill.title and table is not None:
            drill = dataclasses.replace(drill, title=table.title)
        DrillDialog(self.ctx, drill, self.locale, self).exec()

    def open_targets(self) -> None:
        from workbench.ui.reports.targets_dialog import TargetsDialog

        TargetsDialog(self.ctx, QDate.currentDate().year(), self).exec()

    def export(self, fmt: str, path: Path | None = None) -> None:
        report = self.report
        if report is None:
            return
        if path is None:
            suggested = f"{report.name}-{report.subtitle.split(' · ')[0]}.{fmt}".replace(" ", "-")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), suggested)
            if not chosen:
                return
            path = Path(chosen)
        target, locale = path, self.locale
        self.ctx.status(self.tr("Exporting…"))
        ReadOp(
            self.ctx, lambda _db: export_report(report, fmt, target, locale), parent=self
        ).success(lambda written: self.ctx.status(self.tr("Report written to %s") % written)).run()

    def touch_deals(self) -> list[uuid.UUID]:
        if self.report is None or self.report.name != "staying-in-touch":
            return []
        return [d for row in self.report.tables[0].rows for d in _deal_ids(row)]

    def _create_calls(self) -> None:
        from datetime import UTC, datetime, timedelta

        from workbench.services.tasks import add_touch_calls

        deals = self.touch_deals()
        if not deals:
            self.ctx.status(self.tr("No customers to call."))
            return
        due = datetime.now(UTC) + timedelta(days=1)
        WriteOp(self.ctx, lambda db: add_touch_calls(db, deals, due), parent=self).success(
            lambda n: self.ctx.status(ReportsArea.tr("%n call task(s) created.", "", n))
        ).run(initiator=self)


def _deal_ids(row: Row) -> list[uuid.UUID]:
    drill = row.drill.get("deal")
    return list(drill.ids) if drill else []
