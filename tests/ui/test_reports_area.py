"""The Reports area through real Qt events: choose a report and a period, read the table,
double-click a figure for the deals behind it, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QTableView

from tests.reports.conftest import World
from workbench.domain.enums import EventKind as K
from workbench.reports import REPORTS
from workbench.ui.reports import ReportsArea
from workbench.ui.reports.drill_dialog import DrillDialog


def _world(db) -> World:  # type: ignore[no-untyped-def]
    world = World(db).setup()
    world.deal(
        "Lost big",
        "Anna",
        "2026-04-01 09:00",
        "Propose",
        "5000",
        history=[("2026-05-02 09:00", K.LOST, {})],
    )
    world.deal(
        "Lost small",
        "Anna",
        "2026-04-01 09:00",
        "Propose",
        "1000",
        history=[("2026-05-03 09:00", K.LOST, {})],
    )
    world.deal(
        "Won",
        "Anna",
        "2026-04-01 09:00",
        "Negotiate",
        "3000",
        history=[("2026-05-04 09:00", K.WON, {})],
    )
    world.deal(
        "Ben's",
        "Ben",
        "2026-04-01 09:00",
        "Negotiate",
        "700",
        history=[("2026-05-05 09:00", K.WON, {})],
    )
    return world


def _q2(area: ReportsArea, qtbot) -> None:  # type: ignore[no-untyped-def]
    area.period.setCurrentIndex(area.period.findData("custom"))
    area.date_from.setDate(QDate(2026, 4, 1))
    area.date_to.setDate(QDate(2026, 6, 30))
    qtbot.waitUntil(
        lambda: area.report is not None and "1 Apr" in area.report.subtitle, timeout=10000
    )


def test_a_manager_reads_win_rate_drills_into_lost_deals_and_exports(
    qtbot, ctx, db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _world(db)
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 760)
    area.show()
    reports = area.findChild(QListWidget, "report_list")
    reports.setCurrentRow(list(REPORTS).index("win-rate"))
    _q2(area, qtbot)
    view = area.findChild(QTableView, "table_by_rep")
    qtbot.waitUntil(lambda: view is not None and view.model().rowCount() == 3, timeout=10000)
    model = view.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Anna", "Ben", "All"]
    lost_column = [c.key for c in model.table.columns].index("lost")
    anna_lost = model.index(0, lost_column)
    assert anna_lost.data() == "2"
    assert model.data(anna_lost, Qt.ItemDataRole.FontRole).underline()

    seen: dict[str, object] = {}

    def read_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DrillDialog) or dialog.view is None:
            QTimer.singleShot(50, read_dialog)
            return
        rows = dialog.view.model()
        seen["titles"] = sorted(rows.index(r, 0).data() for r in range(rows.rowCount()))
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    QTimer.singleShot(0, read_dialog)
    rect = view.visualRect(anna_lost)
    # A double-click is a press, a release and the double-click itself, as from a mouse.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "titles" in seen, timeout=10000)
    assert seen["titles"] == ["Lost big", "Lost small"]
    assert seen["summary"].startswith("2 deal(s)")

    # Sorting by a column keeps the team's total last.
    view.sortByColumn(lost_column, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Anna", "Ben", "All"]
    view.sortByColumn(lost_column, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Ben", "Anna", "All"]

    pdf = tmp_path / "win-rate.pdf"
    area.export("pdf", pdf)
    qtbot.waitUntil(pdf.exists, timeout=20000)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Win rate, deal size, cycle and velocity" in text and "Anna" in text


def test_the_area_opens_at_once_and_fills_in_from_the_background(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_area("reports")
    area = main_window.findChild(ReportsArea)
    assert area is not None and area.isVisible()
    qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    assert area.title.text() == "Pipeline"
    assert area.findChild(QTableView, "table_converted") is not None


def test_drill_totals_equal_the_figure_in_the_dialog(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    world = _world(db)
    world.deal(
        "Open A",
        "Anna",
        "2026-11-01 09:00",
        "Qualify",
        "1000.25",
        expected_close=date(2026, 12, 20),
    )
    world.deal(
        "Open B", "Ben", "2026-11-01 09:00", "Qualify", "99.75", expected_close=date(2026, 12, 21)
    )
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(
        lambda: area.report is not None and area.report.name == "pipeline", timeout=10000
    )
    table = area.report.table("converted")
    qualify = next(r for r in table.rows if r.cells["stage"] == "Qualify")
    dialog = DrillDialog(ctx, qualify.drill["value"], "en", area)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert dialog.summary.text() == "2 deal(s) · total €1,100"
    assert qualify.cells["value"].amount == 1100


def test_a_manager_sets_quotas_in_the_grid_and_the_forecast_uses_them(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import targets
    from workbench.ui.reports.targets_dialog import TargetsDialog

    world = World(db).setup()
    dialog = TargetsDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    names = [dialog.grid.verticalHeaderItem(r).text() for r in range(dialog.grid.rowCount())]
    anna = names.index("Anna")
    dialog.grid.item(anna, 4).setText("20,000")  # May
    dialog.grid.item(anna, 5).setText("25000")  # June
    dialog.save_quotas()
    qtbot.waitUntil(
        lambda: len(targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))) == 2, timeout=10000
    )
    report = world.report("forecast")
    assert (
        next(r for r in report.table("by_rep").rows if r.cells["rep"] == "Anna")
        .cells["quota"]
        .amount
        == 45000
    )


def test_a_german_manager_reads_and_types_quotas_the_german_way(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    """ "30.000" is thirty thousand in German: shown so, and read back so, not as 30."""
    from workbench import formatting
    from workbench.services import targets
    from workbench.ui.reports.targets_dialog import TargetsDialog

    World(db).setup()
    before = formatting.current_locale()
    formatting.set_current_locale("de_DE")
    try:
        dialog = TargetsDialog(ctx, 2026)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
        names = [dialog.grid.verticalHeaderItem(r).text() for r in range(dialog.grid.rowCount())]
        anna = names.index("Anna")
        dialog.grid.item(anna, 4).setText("30.000")  # May
        dialog.save_quotas()
        qtbot.waitUntil(
            lambda: len(targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))) == 1,
            timeout=10000,
        )
        (quota,) = targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))
        assert quota.amount.amount == 30000
        again = TargetsDialog(ctx, 2026)  # opened again: shown the German way
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.loaded is not None, timeout=10000)
        assert again.grid.item(anna, 4).text() == "30.000"
    finally:
        formatting.set_current_locale(before)
