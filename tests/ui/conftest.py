"""Every window test fails when window code runs SQL on the GUI thread (the places still
allowed are listed in tests/conftest.py, KNOWN_GUI_THREAD_SQL)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_sql_on_the_gui_thread(gui_sql_guard):  # type: ignore[no-untyped-def]
    return gui_sql_guard
