"""The manager reports on the 100,000-deal demo, in one process, offscreen.

Usage: python benchmarks/reports_bench.py [--db PATH] [--runs N] [--report NAME ...]
Builds benchmarks/data/reports-100k.sqlite with `workbench demo --deals 100000 --seed 11`
the first time and reuses it afterwards. Prints `name value unit` lines:

  report_<name>_ms          median of N runs of one report over its default period, and
  report_<name>_<filter>_ms the same with one filter (rep, team, pipeline, source, currency);
                            the worst of all is report_max_ms
  drill_first_page_ms       the first page (200 rows) of the largest drill-down list of the
                            pipeline report (median)
  reports_area_open_ms      the Reports area created and painted (its figures still on their
                            way, as in the window), median
  raw_group_by_ms           the floor: one plain SQL GROUP BY over the deals by stage and
                            currency, through the app's SQLite build
  bare_window_ms            the floor for the area: a bare QWidget shown and painted
  *_ratio                   report_max, drill_first_page to raw_group_by_ms; the area to
                            bare_window_ms
  rows                      opportunities, events and activities in the database

--report NAME (repeatable) times only these reports (with their filters), e.g.
`--report win-rate`, and leaves out the drill-down and the Reports area.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_common import DATA_DIR, ensure_demo, median_ms

DATA = DATA_DIR / "reports-100k.sqlite"
FILTERS = ("rep", "team", "pipeline", "source", "currency")


def raw_group_by_ms(path: Path, runs: int) -> float:
    from workbench.store.db import connect

    con = connect(path, read_only=True)
    try:
        return median_ms(
            lambda: con.execute(
                "SELECT stage_id, currency, count(*), sum(amount_minor) FROM opportunity "
                "WHERE status = 'open' AND deleted = 0 GROUP BY stage_id, currency"
            ).fetchall(),
            runs,
        )
    finally:
        con.close()


def filter_values(db) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """One real value per filter: the busiest rep, their team, the default pipeline."""
    from sqlalchemy import func, select

    from workbench.domain.models import Opportunity, Pipeline, Team, User

    with db.read() as s:
        rep = s.execute(
            select(User.name, User.team_id)
            .join(Opportunity, Opportunity.owner_id == User.id)
            .group_by(User.id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        team = s.scalar(select(Team.name).where(Team.id == rep[1])) or ""
        pipeline = s.scalar(select(Pipeline.name).order_by(Pipeline.position).limit(1)) or ""
    return {
        "rep": rep[0],
        "team": team,
        "pipeline": pipeline,
        "source": "referral",
        "currency": "EUR",
    }


def bench_reports(db, runs: int, only: list[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from workbench.reports import REPORTS, build_report
    from workbench.reports.request import ReportRequest, resolve

    values = filter_values(db)
    out: dict[str, float] = {}
    now = datetime.now(UTC)
    for spec in REPORTS.values():
        if only and spec.name not in only:
            continue
        for name in (None, *FILTERS):
            request = ReportRequest(
                period=spec.default_period, **({name: values[name]} if name else {})
            )

            def run(spec=spec, request=request) -> None:  # type: ignore[no-untyped-def]
                with db.read() as s:
                    build_report(s, spec, resolve(s, request, default_currency="EUR", now=now))

            key = f"report_{spec.name.replace('-', '_')}" + (f"_{name}" if name else "")
            out[key] = median_ms(run, runs)
    return out


def bench_drill(db, runs: int) -> float:  # type: ignore[no-untyped-def]
    from workbench.reports import REPORTS, build_report
    from workbench.reports.drill import drill_page
    from workbench.reports.request import ReportRequest, resolve

    with db.read() as s:
        f = resolve(s, ReportRequest(period="this-quarter"), default_currency="EUR")
        report = build_report(s, REPORTS["pipeline"], f)
    biggest = max((d for t in report.tables for r in t.rows for d in r.drill.values()), key=len)

    def run() -> None:
        with db.read() as s:
            drill_page(s, biggest, 0)

    return median_ms(run, runs)


def bench_area(path: Path, runs: int) -> tuple[float, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    from workbench.services.setup import current_user_id, open_workbench
    from workbench.ui.background import Runner
    from workbench.ui.changes import ChangeBus
    from workbench.ui.context import AppContext
    from workbench.ui.reports import ReportsArea

    app = QApplication.instance() or QApplication([])
    db = open_workbench(path).db
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = AppContext(db, Runner(), ChangeBus(db), settings, QUndoStack(), me=current_user_id(db))

    def painted(widget: QWidget) -> None:
        widget.resize(1200, 760)
        widget.show()
        widget.repaint()
        app.processEvents()

    def bare() -> None:
        w = QWidget()
        painted(w)
        w.close()
        w.deleteLater()

    areas: list[QWidget] = []

    def area() -> None:
        a = ReportsArea(ctx)
        painted(a)
        areas.append(a)

    bare_ms = median_ms(bare, runs)
    area_ms = median_ms(area, runs)
    ctx.runner.wait(120000)
    for a in areas:
        a.close()
    db.close()
    return area_ms, bare_ms


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DATA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--report", action="append", default=[], metavar="NAME")
    args = parser.parse_args()
    ensure_demo(args.db, seed=11)
    from sqlalchemy import func, select

    from workbench.domain.models import Activity, Opportunity, OpportunityEvent
    from workbench.reports import REPORTS
    from workbench.services.setup import open_workbench

    unknown = set(args.report) - set(REPORTS)
    if unknown:
        raise SystemExit(f"no report {', '.join(sorted(unknown))}; known: {', '.join(REPORTS)}")

    db = open_workbench(args.db).db
    with db.read() as s:
        for model, name in (
            (Opportunity, "opportunities"),
            (OpportunityEvent, "events"),
            (Activity, "activities"),
        ):
            print(f"rows_{name} {s.scalar(select(func.count()).select_from(model))} rows")
    floor = raw_group_by_ms(args.db, args.runs)
    print(f"raw_group_by_ms {floor:.1f} ms")
    figures = bench_reports(db, args.runs, args.report)
    for key, value in figures.items():
        print(f"{key}_ms {value:.1f} ms")
    worst = max(figures, key=figures.__getitem__)
    print(f"report_max_ms {figures[worst]:.1f} ms  # {worst}")
    print(f"report_max_ratio {figures[worst] / floor:.1f} x")
    if args.report:
        db.close()
        return
    drill = bench_drill(db, args.runs)
    print(f"drill_first_page_ms {drill:.1f} ms")
    print(f"drill_first_page_ratio {drill / floor:.2f} x")
    db.close()
    area_ms, bare_ms = bench_area(args.db, args.runs)
    print(f"bare_window_ms {bare_ms:.1f} ms")
    print(f"reports_area_open_ms {area_ms:.1f} ms")
    print(f"reports_area_open_ratio {area_ms / bare_ms:.1f} x")


if __name__ == "__main__":
    main()
