"""The Reports area's list of reports shows every title whole, in German too, in the
window at 1280×800."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QStyle


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from workbench.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, "de")
    yield
    remove_translators(qapp, translators)


def test_every_report_title_fits_in_the_list(german, qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    from workbench.reports import REPORTS
    from workbench.services.setup import current_user_id
    from workbench.ui.domain_texts import domain_text
    from workbench.ui.main_window import MainWindow

    window = MainWindow(db, settings, user_id=current_user_id(db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    area = window.show_area("reports")
    qtbot.waitUntil(lambda: area.report is not None, timeout=15000)
    view = area.list
    titles = [view.item(i).text() for i in range(view.count())]
    assert titles == [domain_text(spec.title) for spec in REPORTS.values()]
    assert any(t != spec.title for t, spec in zip(titles, REPORTS.values(), strict=True))
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    room = view.viewport().width()
    cut = [
        t
        for i, t in enumerate(titles)
        if view.fontMetrics().horizontalAdvance(t) + margin > room
        or view.visualItemRect(view.item(i)).width() > room
    ]
    assert cut == []
    # The report beside it keeps most of the window.
    assert area.width() - view.width() > 0.6 * area.width()
