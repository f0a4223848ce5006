"""When the OS switches between light and dark, every area recolours at once, without a
restart: style sheets, rich text written in the scheme's colours, item colours and the
report charts. And no widget carries a colour of its own outside ui/theme.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication

import workbench.ui
from workbench.errors import ValidationError
from workbench.palette import DARK, LIGHT
from workbench.services import leads as lead_service
from workbench.ui import theme

UI = Path(workbench.ui.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def test_no_colour_literals_outside_the_theme() -> None:
    found = [
        f"{path.relative_to(UI)}:{n}: {line.strip()}"
        for path in UI.rglob("*.py")
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        # "#name { ... }" selects a widget by its object name: not a colour.
        if HEX.search(re.sub(r"#[A-Za-z_]\w*\s*\{", "", line))
    ]
    assert found == []


@pytest.fixture
def os_scheme(qtbot, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The OS's colour scheme, followed as the app follows it, switched by the test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings.setValue(theme.SETTING, "system")
    hints = app.styleHints()
    connection = theme.follow(app, settings)

    def switch(scheme: Qt.ColorScheme) -> None:
        hints.setColorScheme(scheme)  # Qt 6.8+, where the platform lets an app ask
        if hints.colorScheme() != scheme:
            # The offscreen platform keeps no scheme: announce it as the OS does.
            hints.colorSchemeChanged.emit(scheme)

    switch(Qt.ColorScheme.Light)
    yield switch
    hints.colorSchemeChanged.disconnect(connection)
    hints.unsetColorScheme()
    theme.apply_scheme(app, "light")


def test_areas_recolour_when_the_os_switches(qtbot, ctx, os_scheme) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.forms import FormDialog
    from workbench.ui.lead_import_wizard import _COLOUR_ROLE, _PreviewModel
    from workbench.ui.leads import LeadPanel
    from workbench.ui.offer_editor.totals import TotalsPanel
    from workbench.ui.underneath import UnderneathBar

    lead = lead_service.create_lead(ctx.db, lead_service.LeadInput(first_name="Ann"))
    panel = LeadPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_lead(lead)
    qtbot.waitUntil(lambda: "Not contacted yet" in panel.info.text(), timeout=10000)
    totals = TotalsPanel()
    qtbot.addWidget(totals)
    totals.show_error(ValidationError("The discount needs a reason."))
    bar = UnderneathBar()
    qtbot.addWidget(bar)
    form = FormDialog("Form")
    qtbot.addWidget(form)
    preview = _PreviewModel()
    item = QStandardItem("rejected")
    item.setData("danger", _COLOUR_ROLE)
    preview.appendRow(item)

    def shown() -> list[str]:
        return [
            panel.info.text(),
            totals.rails_label.text(),
            bar.styleSheet(),
            form.error.styleSheet(),
            preview.data(preview.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name(),
        ]

    light = shown()
    assert LIGHT.red in light[0] and LIGHT.danger in light[1] and LIGHT.notice_bg in light[2]
    assert LIGHT.danger in light[3] and light[4] == LIGHT.danger
    os_scheme(Qt.ColorScheme.Dark)
    assert theme.app_colours() is DARK
    # Qt delivers the palette change to each widget as an event.
    qtbot.waitUntil(lambda: shown() != light, timeout=5000)
    qtbot.wait(50)
    dark = shown()
    assert DARK.red in dark[0] and DARK.danger in dark[1] and DARK.notice_bg in dark[2]
    assert DARK.danger in dark[3] and dark[4] == DARK.danger
    os_scheme(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: shown() == light, timeout=5000)


def test_report_charts_are_drawn_again(qtbot, ctx, os_scheme) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.reports import ReportsArea

    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.report is not None, timeout=15000)
    drawn: list[str] = []
    original = area._palette

    def palette_used():  # type: ignore[no-untyped-def]
        p = original()
        drawn.append(p.background)
        return p

    area._palette = palette_used  # type: ignore[method-assign]
    os_scheme(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: bool(drawn), timeout=5000)
    assert QApplication.palette().color(QApplication.palette().ColorRole.Base).lightness() < 128
    assert drawn[-1].lower() == DARK.card.lower()


def test_the_offer_comparison_recolours_while_open(qtbot, os_scheme) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.offers import LineData, LineDiff, VersionComparison
    from workbench.ui.offer_editor.dialogs import CompareDialog

    line = LineData(description="Robot cell", code="RC-1")
    comparison = VersionComparison(
        1,
        2,
        [
            LineDiff("added", "a", None, line, []),
            LineDiff("removed", "b", line, None, []),
            LineDiff("changed", "c", line, line, ["quantity: 1 → 4"]),
        ],
        [("Gross total", "100.00", "120.00")],
    )
    dialog = CompareDialog(comparison)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def shown() -> list[str]:
        table = dialog.table
        return [table.item(r, c).background().color().name() for r in (1, 2, 3) for c in (0, 2)]

    def expected(c) -> list[str]:  # type: ignore[no-untyped-def]
        # Row 0 is the offer's own change; then added, removed, changed, two cells each.
        return [x.lower() for x in (c.won_bg, c.lost_bg, c.notice_bg) for _cell in (0, 2)]

    assert shown() == expected(LIGHT)
    os_scheme(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: shown() == expected(DARK), timeout=5000)
    os_scheme(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: shown() == expected(LIGHT), timeout=5000)


def test_a_watcher_whose_python_side_is_torn_down_stays_quiet(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Python's cycle collector clears a watcher's attributes before Qt has deleted it
    (a widget from a closed area, collected later): a palette change reaching it then
    must pass unharmed, not raise inside Qt's event loop."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    theme.on_scheme_change(widget, lambda: calls.append(1))
    (watcher,) = [o for o in widget.findChildren(QObject) if type(o).__name__ == "_SchemeWatcher"]
    watcher.__dict__.clear()
    for kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.Show):
        QApplication.sendEvent(widget, QEvent(kind))
    assert calls == []
