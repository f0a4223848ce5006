"""Months, weeks and periods in the reports, their PDF and the quota dialog are written by
the formatting module in the person's language, never as "2026-11" or "2026-03-30"."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from tests.reports.conftest import World, at
from workbench import formatting
from workbench.domain.enums import ActivityKind, CallOutcome
from workbench.reports.pdf import to_pdf
from workbench.reports.scope import parse_period

ISO = re.compile(r"\b\d{4}-\d{2}(-\d{2})?\b")


def _spaced(text: str) -> str:
    return text.replace("\u2009", " ")  # babel's thin spaces around a range's dash


def test_the_helpers_in_english_german_and_french() -> None:
    nov = date(2026, 11, 2)
    assert formatting.month(nov, "en_GB") == "November 2026"
    assert formatting.month(nov, "fr_FR") == "novembre 2026"
    assert formatting.month_abbr(nov, "en_GB") == "Nov 2026"
    assert formatting.month_abbr(nov, "de_DE") == "Nov. 2026"
    assert formatting.month_abbr(nov, "de_DE", year=False) == "Nov"
    assert formatting.number_compact(1500, "en_GB") == "1.5k"
    assert formatting.number_compact(20000, "de_DE") == "20.000"
    assert formatting.number_compact(1_500_000, "de_DE") == "1,5\xa0Mio."
    assert _spaced(formatting.day_range(nov, date(2026, 11, 8), "en_GB")) == "2 – 8 Nov 2026"
    assert formatting.day_range(nov, date(2026, 11, 8), "de_DE") == "2.–8. Nov. 2026"
    assert _spaced(formatting.day_range(nov, date(2026, 12, 6), "fr_FR")) == "2 nov. – 6 déc. 2026"


def test_forecast_months_read_as_months(db) -> None:  # type: ignore[no-untyped-def]
    world = World(db).setup()
    world.quota("Anna", date(2026, 5, 1), "1000")
    formatting.set_current_locale("de_DE")
    report = world.report("forecast")
    months = [r.cells["month"] for r in report.table("by_month").rows if not r.total]
    assert months == ["April 2026", "Mai 2026", "Juni 2026"]
    assert list(report.charts[0].categories) == ["Apr. 2026", "Mai 2026", "Juni 2026"]


def test_weeks_and_a_custom_period_read_as_day_ranges(db) -> None:  # type: ignore[no-untyped-def]
    world = World(db).setup()
    world.call("Anna", "2026-04-07 11:00", CallOutcome.VOICEMAIL)
    world.call("Anna", "2026-04-08 11:00", CallOutcome.NO_ANSWER, ActivityKind.MEETING)
    report = world.report("activity", "2026-04-01..2026-04-30")
    weeks = [_spaced(r.cells["week"]) for r in report.table("by_week").rows if not r.total]
    assert weeks[:2] == ["30 Mar – 5 Apr 2026", "6 – 12 Apr 2026"]
    assert list(report.charts[0].categories)[:2] == ["30 Mar", "6 Apr"]
    assert _spaced(report.subtitle).startswith("1 – 30 Apr 2026")
    formatting.set_current_locale("de_DE")
    label = parse_period("2026-01-01..2026-03-31", date(2026, 5, 1)).label
    assert _spaced(label) == "1. Jan. – 31. März 2026"


def test_the_pdf_is_made_in_the_persons_language(db) -> None:  # type: ignore[no-untyped-def]
    world = World(db).setup()
    world.quota("Anna", date(2026, 5, 1), "12500")
    formatting.set_current_locale("de_DE")
    report = world.report("forecast")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(report))).pages)
    assert "April 2026" in text and "Mai 2026" in text
    footer = next(line for line in text.splitlines() if "made" in line)
    assert re.search(r"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}", footer), footer
    assert not ISO.search(footer), footer
    assert "12.500" in text  # the figures too, not "12,500"


def test_the_quota_dialog_in_german(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from workbench.ui.reports.targets_dialog import TargetsDialog

    world = World(db).setup()
    world.quota("Anna", date(2026, 5, 1), "20000")
    world.rate("USD", date(2026, 11, 1), "0.92")
    formatting.set_current_locale("de_DE")
    dialog = TargetsDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    headers = [dialog.grid.horizontalHeaderItem(c).text() for c in range(12)]
    assert headers[:3] == ["Jan", "Feb", "Mär"] and headers[11] == "Dez"
    names = [dialog.grid.verticalHeaderItem(r).text() for r in range(dialog.grid.rowCount())]
    assert dialog.grid.item(names.index("Anna"), 4).text() == "20.000"
    assert dialog.changed_quotas() == []  # shown as it reads back: nothing changed
    assert dialog.rate_list.item(0, 1).text() == "01.11.2026"
    assert dialog.rate_list.item(0, 2).text() == "0,92"


def test_timeline_moments_are_not_iso(db) -> None:  # type: ignore[no-untyped-def]
    assert not ISO.search(formatting.moment(at("2026-04-07 11:00")))


def test_a_quota_typed_the_german_way_is_stored_as_meant(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import targets
    from workbench.ui.reports.targets_dialog import TargetsDialog

    World(db).setup()
    formatting.set_current_locale("de_DE")
    dialog = TargetsDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    names = [dialog.grid.verticalHeaderItem(r).text() for r in range(dialog.grid.rowCount())]
    dialog.grid.item(names.index("Anna"), 4).setText("20.000")  # not 20
    dialog.grid.item(names.index("Ben"), 4).setText("1.500,5")
    dialog.save_quotas()
    qtbot.waitUntil(
        lambda: len(targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))) == 2, timeout=10000
    )
    amounts = {
        q.user: q.amount.amount for q in targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))
    }
    assert amounts == {"Anna": 20000, "Ben": Decimal("1500.50")}
