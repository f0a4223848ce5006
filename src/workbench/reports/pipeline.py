"""Pipeline and forecast: the open deals now or as they stood on a past day."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.enums import ForecastCategory
from workbench.domain.models import Quota
from workbench.domain.money import Money
from workbench.reports.buckets import Bucket, convert, merged, merged_groups, missing_note, ratio
from workbench.reports.facts import Directory, OpenDeal, closed_deals, open_deals
from workbench.reports.model import Chart, Column, Kind, Report, Row, Series, Table
from workbench.reports.scope import Rates, ReportFilter, person_filter
from workbench.texts import fill, translate


def pipeline_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Open deals by stage, counted in their own currency: value is the sum of amounts, "
        "weighted value the sum of amount × the stage's win probability. Currencies are never "
        "added together; the converted table uses only the exchange rates the company set, at "
        "the rate in force on the report's day, and names any deal it could not convert. With "
        "“as of”, each deal's stage, amount, currency, owner and status are rebuilt from its "
        "history events at the end of that day.",
    )


def forecast_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Per expected close month of the period, in the company currency: Won counts deals "
        "won in the month, credited to the close date and the person who closed (converted at "
        "the rate of the close day). Commit, Best case and Pipeline are open deals expected to "
        "close in the month, by forecast category (the stage's unless the deal overrides it), "
        "cumulative: Best case includes Commit and Pipeline includes both; Omitted deals are "
        "left out. Weighted is amount × stage probability over all open deals. Forecast = Won "
        "+ Commit, set against the quota a manager set for the rep and month. Open deals "
        "convert at the rate in force on the report's day.",
    )


def report_day(f: ReportFilter) -> date:
    return f.as_of or f.today


def _stage_label(directory: Directory, stage_id: uuid.UUID, several: bool) -> str:
    stage = directory.stages.get(stage_id)
    if stage is None:
        return translate("Reports", "Unknown stage")
    if several:
        return f"{directory.pipelines.get(stage.pipeline_id, '?')} › {stage.name}"
    return stage.name


def _ordered_stages(directory: Directory, deals: list[OpenDeal]) -> list[uuid.UUID]:
    present = {d.stage_id for d in deals}
    order = []
    for pipeline in directory.pipeline_order:
        order += [st.id for st in directory.stages_of(pipeline) if st.id in present]
    return order + sorted(present - set(order), key=str)


def pipeline_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    rates = Rates.load(s, f.default_currency)
    deals = open_deals(s, f)
    stages = _ordered_stages(directory, deals)
    several = len({d.pipeline_id for d in deals}) > 1
    # Value and weighted value per stage and currency, each built as whole lists: the
    # per-currency table reads them as they are, the converted one merges a stage's.
    groups: dict[tuple[uuid.UUID, str], list[OpenDeal]] = defaultdict(list)
    for d in deals:
        groups[(d.stage_id, d.currency)].append(d)
    cells = {
        key: (
            Bucket.of([d.id for d in group], [d.minor for d in group], key[1]),
            Bucket.of(
                [d.id for d in group], [d.weighted_minor(directory.stages) for d in group], key[1]
            ),
        )
        for key, group in groups.items()
    }
    currencies = sorted({currency for _stage, currency in cells})

    def in_currencies(stage_ids: list[uuid.UUID]) -> dict[str, tuple[Bucket, Bucket]]:
        return {
            c: (
                merged(cells[(st, c)][0] for st in stage_ids if (st, c) in cells),
                merged(cells[(st, c)][1] for st in stage_ids if (st, c) in cells),
            )
            for c in currencies
            if any((st, c) in cells for st in stage_ids)
        }

    by_stage = {
        st: (
            merged(cells[(st, c)][0] for c in currencies if (st, c) in cells),
            merged(cells[(st, c)][1] for c in currencies if (st, c) in cells),
        )
        for st in stages
    }

    per_currency = Table(
        "by_stage",
        translate("Reports", "Open deals by stage, per currency"),
        [
            Column("stage", translate("Reports", "Stage")),
            Column("currency", translate("Reports", "Currency")),
            Column("deals", translate("Reports", "Deals"), Kind.COUNT),
            Column("value", translate("Reports", "Value"), Kind.MONEY),
            Column("weighted", translate("Reports", "Weighted value"), Kind.MONEY),
        ],
    )
    for stage_id in stages:
        label = _stage_label(directory, stage_id, several)
        _money_rows(per_currency, {"stage": label}, in_currencies([stage_id]))
    _money_rows(
        per_currency,
        {"stage": translate("Reports", "All stages")},
        in_currencies(stages),
        total=True,
    )

    day = report_day(f)
    converted = _converted_table(directory, by_stage, stages, several, rates, day)
    report = Report(
        "pipeline",
        "Pipeline",
        "",
        pipeline_how(),
        tables=[converted, per_currency],
        as_of=f.as_of,
    )
    for pipeline in directory.pipeline_order:
        rows = [
            r
            for r, stage_id in zip(converted.rows, stages, strict=False)
            if directory.stages[stage_id].pipeline_id == pipeline
        ]
        if rows:
            report.charts.append(_stage_chart(directory.pipelines[pipeline], rows, rates.default))
    return report


def _stage_chart(pipeline: str, rows: list[Row], currency: str) -> Chart:
    return Chart(
        fill(translate("Reports", "%1: open pipeline by stage (%2)"), pipeline, currency),
        tuple(str(r.cells["stage"]).split(" › ")[-1] for r in rows),
        tuple(
            Series(title, tuple(_float(r.cells[key]) for r in rows))
            for key, title in (
                ("value", translate("Reports", "Value")),
                ("weighted", translate("Reports", "Weighted value")),
            )
        ),
        unit=currency,
    )


def _float(money: object) -> float:
    return float(money.amount) if isinstance(money, Money) else 0.0


def _money_rows(
    table: Table,
    first: dict[str, object],
    per_currency: dict[str, tuple[Bucket, Bucket]],
    total: bool = False,
) -> None:
    for currency, (bucket, w) in sorted(per_currency.items()):
        members = bucket.drill()
        table.rows.append(
            Row(
                {
                    **first,
                    "currency": currency,
                    "deals": len(bucket),
                    "value": bucket.total(currency),
                    "weighted": w.total(currency),
                },
                {"deals": members, "value": members, "weighted": w.drill()},
                total=total,
            )
        )


def _converted_table(
    directory: Directory,
    by_stage: dict[uuid.UUID, tuple[Bucket, Bucket]],
    stages: list[uuid.UUID],
    several: bool,
    rates: Rates,
    day: date,
) -> Table:
    table = Table(
        "converted",
        fill(translate("Reports", "Open deals by stage in %1"), rates.default),
        [
            Column("stage", translate("Reports", "Stage")),
            Column("deals", translate("Reports", "Deals"), Kind.COUNT),
            Column("value", translate("Reports", "Value"), Kind.MONEY),
            Column("weighted", translate("Reports", "Weighted value"), Kind.MONEY),
        ],
    )
    all_value, all_weighted, all_missing = Bucket(), Bucket(), Bucket()
    for stage_id in stages:
        value, weighted = by_stage[stage_id]
        cv, cw = convert(value, rates, day), convert(weighted, rates, day)
        table.rows.append(
            _converted_row(
                _stage_label(directory, stage_id, several), cv.converted, cw.converted, rates
            )
        )
        all_value.extend(cv.converted)
        all_weighted.extend(cw.converted)
        all_missing.extend(cv.missing)
    table.rows.append(
        _converted_row(
            translate("Reports", "All stages"), all_value, all_weighted, rates, total=True
        )
    )
    table.note = missing_note(all_missing, rates.default, formatting.day(day))
    return table


def _converted_row(
    label: str, value: Bucket, weighted: Bucket, rates: Rates, total: bool = False
) -> Row:
    return Row(
        {
            "stage": label,
            "deals": len(value),
            "value": value.total(rates.default),
            "weighted": weighted.total(rates.default),
        },
        {"deals": (members := value.drill()), "value": members, "weighted": weighted.drill()},
        total=total,
    )


_CUMULATIVE = {
    "commit": (ForecastCategory.COMMIT,),
    "best_case": (ForecastCategory.COMMIT, ForecastCategory.BEST_CASE),
    "pipeline": (ForecastCategory.COMMIT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE),
}


def forecast_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    rates = Rates.load(s, f.default_currency)
    months = f.period.months()
    day = report_day(f)
    cells: dict[tuple[uuid.UUID | None, date], dict[str, Bucket]] = defaultdict(
        lambda: {k: Bucket() for k in _FIGURES}
    )
    missing = Bucket()
    default = rates.default
    for deal in open_deals(s, f, closing_in_period=True):
        if deal.expected_close is None or not f.period.start <= deal.expected_close < f.period.end:
            continue
        value = rates.convert_minor(deal.minor, deal.currency, day)
        if value is None:
            missing.add_minor(deal.id, deal.minor, deal.currency)
            continue
        cell = cells[(deal.owner_id, deal.expected_close.replace(day=1))]
        category = deal.forecast(directory.stages)
        for column, categories in _CUMULATIVE.items():
            if category in categories:
                cell[column].add_minor(deal.id, value, default)
        weighted = rates.convert_minor(deal.weighted_minor(directory.stages), deal.currency, day)
        if category != ForecastCategory.OMITTED and weighted is not None:
            cell["weighted"].add_minor(deal.id, weighted, default)
    for closed in closed_deals(s, f, won_only=True):
        on = f.local_day(closed.closed_at)
        won = rates.convert_minor(closed.minor, closed.currency, on)
        if won is None:
            missing.add_minor(closed.id, closed.minor, closed.currency)
        else:
            cells[(closed.closer_id, on.replace(day=1))]["won"].add_minor(closed.id, won, default)

    quotas = _quotas(s, f, rates)
    reps = sorted({k[0] for k in cells} | {k[0] for k in quotas}, key=lambda u: directory.person(u))
    by_rep = _forecast_table(
        "by_rep",
        translate("Reports", "Forecast per rep"),
        "rep",
        translate("Reports", "Rep"),
        rates.default,
    )
    by_month = _forecast_table(
        "by_month",
        translate("Reports", "Forecast per month"),
        "month",
        translate("Reports", "Month"),
        rates.default,
    )
    for rep in reps:
        merged = _merge([cells[(rep, m)] for m in months if (rep, m) in cells])
        quota = sum(
            (quotas.get((rep, m), Money(Decimal(0), rates.default)) for m in months),
            Money(Decimal(0), rates.default),
        )
        by_rep.rows.append(
            _forecast_row({"rep": directory.person(rep)}, merged, quota, rates.default)
        )
    for month in months:
        merged = _merge([c for (rep, m), c in cells.items() if m == month])
        quota = sum(
            (q for (rep, m), q in quotas.items() if m == month), Money(Decimal(0), rates.default)
        )
        by_month.rows.append(
            _forecast_row({"month": formatting.month(month)}, merged, quota, rates.default)
        )
    whole = _merge(list(cells.values()))
    total_quota = sum(quotas.values(), Money(Decimal(0), rates.default))
    for table, first in ((by_rep, "rep"), (by_month, "month")):
        table.rows.append(
            _forecast_row(
                {first: translate("Reports", "Team")}, whole, total_quota, rates.default, total=True
            )
        )
        table.note = missing_note(missing, rates.default, formatting.day(day))
    chart = Chart(
        fill(translate("Reports", "Forecast against quota (%1)"), rates.default),
        tuple(formatting.month_abbr(month) for month in months),
        tuple(
            Series(title, tuple(_float(r.cells[key]) for r in by_month.rows if not r.total))
            for key, title in (
                ("won", translate("Reports", "Won")),
                ("commit", translate("Reports", "Commit")),
                ("best_case", translate("Reports", "Best case")),
                ("quota", translate("Reports", "Quota")),
            )
        ),
        unit=rates.default,
    )
    return Report(
        "forecast", "Forecast", "", forecast_how(), [by_rep, by_month], [chart], as_of=f.as_of
    )


_FIGURES = ("won", "commit", "best_case", "pipeline", "weighted")


def _merge(groups: list[dict[str, Bucket]]) -> dict[str, Bucket]:
    return merged_groups(groups, _FIGURES)


def _forecast_table(key: str, title: str, first: str, first_title: str, currency: str) -> Table:
    return Table(
        key,
        title,
        [
            Column(first, first_title),
            Column("quota", translate("Reports", "Quota"), Kind.MONEY),
            Column("won", translate("Reports", "Won"), Kind.MONEY),
            Column("commit", translate("Reports", "Commit"), Kind.MONEY),
            Column("best_case", translate("Reports", "Best case"), Kind.MONEY),
            Column("pipeline", translate("Reports", "Pipeline"), Kind.MONEY),
            Column("weighted", translate("Reports", "Weighted"), Kind.MONEY),
            Column("forecast", translate("Reports", "Forecast (won + commit)"), Kind.MONEY),
            Column("attainment", translate("Reports", "Won of quota"), Kind.PERCENT),
            Column("coverage", translate("Reports", "Forecast of quota"), Kind.PERCENT),
        ],
    )


def _forecast_row(
    first: dict[str, object], b: dict[str, Bucket], quota: Money, currency: str, total: bool = False
) -> Row:
    won, commit = b["won"].total(currency), b["commit"].total(currency)
    forecast = won + commit
    drill_forecast = merged((b["won"], b["commit"]))
    return Row(
        {
            **first,
            "quota": quota,
            "won": won,
            "commit": commit,
            "best_case": b["best_case"].total(currency),
            "pipeline": b["pipeline"].total(currency),
            "weighted": b["weighted"].total(currency),
            "forecast": forecast,
            "attainment": ratio(won.amount, quota.amount),
            "coverage": ratio(forecast.amount, quota.amount),
        },
        {key: b[key].drill() for key in b} | {"forecast": drill_forecast.drill()},
        total=total,
    )


def _quotas(
    s: Session, f: ReportFilter, rates: Rates
) -> dict[tuple[uuid.UUID | None, date], Money]:
    rows = s.execute(
        select(Quota.user_id, Quota.month, Quota.amount_minor, Quota.currency).where(
            Quota.deleted.is_(False),
            Quota.month >= f.period.start,
            Quota.month < f.period.end,
            person_filter(Quota.user_id, f),
        )
    )
    out: dict[tuple[uuid.UUID | None, date], Money] = {}
    for user, month, minor, currency in rows:
        value = rates.convert(Money.from_minor(minor, currency), month)
        if value is not None:
            key = (user, month.replace(day=1))
            out[key] = out[key] + value if key in out else value
    return out
