"""Manager reports: computed over the local database (or the server's), rendered by the
window, the exports, the command line and the server's pages from one Report structure."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from workbench.reports.activity import activity_report
from workbench.reports.attention import slipping_report, staying_in_touch_report
from workbench.reports.conversion import funnel_report, win_rate_report
from workbench.reports.model import Report
from workbench.reports.outcomes import outcomes_report
from workbench.reports.pipeline import forecast_report, pipeline_report
from workbench.reports.scope import ReportFilter, ReportInputError

__all__ = ["REPORTS", "ReportSpec", "build_report", "find_report"]


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    summary: str
    build: Callable[[Session, ReportFilter], Report]
    default_period: str


REPORTS: dict[str, ReportSpec] = {
    spec.name: spec
    for spec in (
        ReportSpec(
            "pipeline",
            "Pipeline",
            "Open deals by stage: count, value, weighted value",
            pipeline_report,
            "this-quarter",
        ),
        ReportSpec(
            "forecast",
            "Forecast",
            "Won, commit and best case per month against quota",
            forecast_report,
            "this-quarter",
        ),
        ReportSpec(
            "funnel",
            "Funnel and conversion",
            "Stage-to-stage conversion, time in stage, leads",
            funnel_report,
            "last-quarter",
        ),
        ReportSpec(
            "win-rate",
            "Win rate and velocity",
            "Win rate, deal size, cycle length, velocity",
            win_rate_report,
            "last-quarter",
        ),
        ReportSpec(
            "activity",
            "Activity",
            "Calls, connects, meetings, tasks, lead response per week",
            activity_report,
            "last-month",
        ),
        ReportSpec(
            "won-lost",
            "Won and lost",
            "Reasons, competitors, offers and discounts",
            outcomes_report,
            "last-quarter",
        ),
        ReportSpec(
            "slipping",
            "Slipping deals",
            "Close dates pushed back, idle and stuck deals",
            slipping_report,
            "this-quarter",
        ),
        ReportSpec(
            "staying-in-touch",
            "Staying in touch",
            "Customers closed months ago, not contacted since",
            staying_in_touch_report,
            "this-year",
        ),
    )
}


def find_report(name: str) -> ReportSpec:
    key = (name or "").strip().lower().replace("_", "-").replace(" ", "-")
    if key not in REPORTS:
        raise ReportInputError(
            f"There is no report “{name}”. The reports are: {', '.join(REPORTS)}."
        )
    return REPORTS[key]


def build_report(
    s: Session, spec: ReportSpec, f: ReportFilter, names: dict[uuid.UUID, str] | None = None
) -> Report:
    report = spec.build(s, f)
    report.name = spec.name
    report.subtitle = f.describe(names or {})
    return report
