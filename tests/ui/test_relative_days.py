"""Leads and Today name a lead's day the same way: calendar days in local time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from workbench.services.leads import LeadInput, create_lead
from workbench.ui.leads import LeadsArea
from workbench.ui.today import TodayArea


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_leads_and_today_agree_on_yesterday_across_local_midnight(  # type: ignore[no-untyped-def]
    qtbot, ctx, berlin
) -> None:
    # Ten minutes before last midnight here: yesterday, though less than a day ago.
    midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    came_in = midnight - timedelta(minutes=10)
    lead = create_lead(ctx.db, LeadInput(company="Spät GmbH", received_at=came_in))

    leads = LeadsArea(ctx)
    qtbot.addWidget(leads)
    leads.show()
    qtbot.waitUntil(lambda: leads.model.rowCount() == 1, timeout=10000)
    age = next(
        c
        for c in range(leads.model.columnCount())
        if leads.model.headerData(c, Qt.Orientation.Horizontal) == "Age"
    )
    assert leads.model.index(0, age).data() == "yesterday"

    today = TodayArea(ctx)
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: today.select(lead), timeout=10000)
    assert today.view.currentIndex().siblingAtColumn(2).data() == "yesterday 23:50"
