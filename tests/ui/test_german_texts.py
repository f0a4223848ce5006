"""The German window shows no English made below it: Today's rows and a report's
subtitle, tables and charts, on a demo company loaded in German."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTableView

from workbench.services.demo import generate_demo
from workbench.services.setup import current_user_id

# English the German window used to show (issue: Today rows, report charts and subtitles).
ENGLISH_IN_TODAY = (
    "Meeting:",
    "Follow-up call",
    "Follow up offer",
    "days ago",
    "day ago",
    "Customer site",
    "Call the new lead",
    " · for ",
)
ENGLISH_IN_REPORTS = (
    "open pipeline by stage",
    "Weighted value",
    "This week",
    "as of",
    "deals only",
    "no lead (direct)",
    "Open deals by stage",
    "All stages",
)


def _texts(model, parent=QModelIndex()) -> list[str]:  # type: ignore[no-untyped-def]  # noqa: B008
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            found += _texts(model, index)
    return found


def _offer_waiting_and_task_delegated(db) -> None:  # type: ignore[no-untyped-def]
    """Whatever day the demo was made on: an offer of mine sent four days ago with no
    follow-up, and a task for me on a colleague's deal."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from workbench.domain.enums import OfferStatus, OpportunityStatus
    from workbench.domain.models import Offer, OfferVersion, Opportunity
    from workbench.services.tasks import add_task

    me, now = current_user_id(db), datetime.now(UTC)
    with db.read() as s:
        deal = s.scalars(
            select(Opportunity).where(
                Opportunity.owner_id != me, Opportunity.status == OpportunityStatus.OPEN
            )
        ).first()
    add_task(db, "Preisfreigabe", opportunity_id=deal.id, assignee_id=me, due_at=now)
    with db.unit_of_work() as uow:
        offer = Offer(
            number="A-1", account_id=deal.account_id, owner_id=me, status=OfferStatus.SENT
        )
        uow.session.add(offer)
        uow.session.flush()
        uow.session.add(
            OfferVersion(
                offer_id=offer.id,
                version=1,
                status=OfferStatus.SENT,
                sent_at=now - timedelta(days=4),
            )
        )


def test_today_and_reports_in_german_show_no_english(qapp, qtbot, db, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from workbench import formatting
    from workbench.ui.language import (
        follow_language_in_formats,
        install_translators,
        remove_translators,
    )
    from workbench.ui.main_window import MainWindow

    translators = install_translators(qapp, "de")
    locale, qt_locale = formatting.current_locale(), QLocale()
    follow_language_in_formats("de")  # as the app does at start
    try:
        # Loaded after the translators, as the window's "Load demo company" does.
        generate_demo(db, 400)
        _offer_waiting_and_task_delegated(db)
        window = MainWindow(db, settings, user_id=current_user_id(db))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        today = window.show_area("today")
        qtbot.waitUntil(lambda: today.data is not None, timeout=20000)
        today.view.expandAll()
        rows = _texts(today.model)
        shown = "\n".join(rows)
        assert today.data.meetings and today.data.offers and today.data.delegated
        assert "Termin: " in shown and "gesendet " in shown and " · für " in shown
        assert [w for w in ENGLISH_IN_TODAY if w in shown] == []

        reports = window.show_area("reports")
        reports.period.setCurrentIndex(reports.period.findData("this-week"))
        reports.as_of_check.setChecked(True)
        reports.source.setCurrentIndex(reports.source.findData("direct"))
        reports.currency.setCurrentIndex(reports.currency.findText("EUR"))
        reports.load()
        qtbot.waitUntil(
            lambda: reports.report is not None and "Stand" in reports.subtitle.text(),
            timeout=30000,
        )
        report = reports.report
        words = [reports.subtitle.text()]
        words += [label.text() for label in reports.findChildren(QLabel)]
        for view in reports.findChildren(QTableView):
            model = view.model()
            words += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
            words += _texts(model)
        for chart in report.charts:
            words += [chart.title, chart.unit, *(s.name for s in chart.series)]
        shown = "\n".join(words)
        assert "Diese Woche" in shown and "Gewichteter Wert" in shown
        assert "Offene Deals nach Phase, in ihrer eigenen Währung" in reports.how.text()
        assert [w for w in ENGLISH_IN_REPORTS if w in shown] == [], shown
        window.ctx.runner.wait(30000)
    finally:
        remove_translators(qapp, translators)
        formatting.set_current_locale(locale)
        QLocale.setDefault(qt_locale)


def test_the_demo_company_is_made_in_german(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With German chosen, a new database and the demo company loaded into it name their
    stages, checklist tasks and products in German; the seeded ids stay those of the
    English names, the same on every laptop."""
    from sqlalchemy import select

    from workbench.domain.models import OfferLine, Opportunity, Pipeline, Product, Stage, Task
    from workbench.services.setup import open_workbench, seeded_id
    from workbench.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, "de")
    try:
        db = open_workbench(tmp_path / "demo.sqlite").db  # as the window makes it
        generate_demo(db, 20)
    finally:
        remove_translators(qapp, translators)
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline).where(Pipeline.is_default.is_(True))).one()
        stages = list(
            s.scalars(
                select(Stage.name).where(Stage.pipeline_id == pipeline.id).order_by(Stage.position)
            )
        )
        tasks = set(s.scalars(select(Task.title)))
        products = set(s.scalars(select(Product.name)))
        lines = [d.splitlines()[0] for d in s.scalars(select(OfferLine.description))]
        deals = list(s.scalars(select(Opportunity.title)))
    db.close()
    assert pipeline.name == "Außendienst B2B"
    assert pipeline.id == seeded_id("pipeline", "Field B2B")
    assert stages[:3] == [
        "Den richtigen Kunden finden",
        "Kontakt aufnehmen",
        "Termin vereinbaren",
    ]
    assert "Bedarf, Interesse und Budget bestätigen" in tasks
    assert "Confirm need, lasting interest and budget" not in tasks
    assert {"Elektrostapler 2,0 t", "Roboterzelle, sechsachsig"} <= products
    assert "Electric forklift 2.0 t" not in products
    assert lines and set(lines) <= products
    # "Aurora Cloud-Backup: Rollout", not "Aurora cloud backup rollout".
    english = ("cloud backup", "forklifts", "renewal", "maintenance", "training", "expansion")
    assert deals and all(": " in title for title in deals)
    assert [t for t in deals if any(word in t for word in english)] == []
