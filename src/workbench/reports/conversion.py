"""Funnel, time in stage, lead conversion, and win rate with its companions (deal size,
cycle length, velocity), all from the deals' own history."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, null, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from workbench.domain.enums import EventKind, LeadStatus, OpportunityStatus
from workbench.domain.models import Lead, Opportunity, OpportunityEvent
from workbench.domain.money import Money
from workbench.reports.buckets import Bucket, mean, median, missing_note, ratio
from workbench.reports.facts import (
    EVERY_DEAL,
    ClosedDeal,
    Directory,
    StageInfo,
    closed_deals,
    open_counts,
    raw_id,
    stage_events,
)
from workbench.reports.model import (
    Chart,
    Column,
    Drill,
    DrillTarget,
    Kind,
    Report,
    Row,
    Series,
    Table,
)
from workbench.reports.scope import NO_SOURCE, Rates, ReportFilter, deal_filter, person_filter
from workbench.texts import fill, translate


def funnel_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Cohort funnel: the deals created in the period, per sales process. A deal has reached a "
        "stage when it entered that stage or any later one (a skipped stage counts as passed; "
        "moving back does not undo a stage reached). Next step = reached ÷ reached the stage "
        "before; cumulative = reached ÷ deals in the cohort. Period funnel: deals that entered "
        "each stage within the period, each deal once per stage (a move back into a stage is "
        "an entry). Time in stage, for the cohort: latest = the most recent stay, cumulative = "
        "all stays added up (a reopened deal's time counts again); an open stay runs until "
        "now. Leads: those received in the period and how many were contacted, qualified "
        "(SQL or converted), became a deal and were won.",
    )


def win_how() -> str:
    """How the report's figures are computed, in the person's language."""
    return translate(
        "Reports",
        "Deals won or lost in the period (by their actual close date), credited to the person "
        "who closed them. Win rate = won ÷ (won + lost), by count and by value, with the number "
        "of closed deals (n). Values in the company currency at the rate of each close day; a "
        "deal with no rate is counted but left out of values. Average deal size = won value ÷ "
        "won deals. Cycle = days from creation to close, won and lost apart (median and mean). "
        "Velocity = open deals × win rate × average deal size ÷ average won cycle, per 30 days.",
    )


_Timeline = list[tuple[datetime, EventKind, uuid.UUID | None]]


def funnel_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    cohort_filter = (Opportunity.created_at >= f.start) & (Opportunity.created_at < f.end)
    cohort = stage_events(s, f, cohort_filter)
    status: dict[uuid.UUID, OpportunityStatus] = dict(
        s.connection()
        .execute(select(raw_id(Opportunity.id), Opportunity.status).where(cohort_filter))
        .all()
    )
    entered = _period_counts(s, f)
    report = Report("funnel", "Funnel and conversion", "", funnel_how())
    pipelines = [p for p in directory.pipeline_order if f.pipeline_id in (None, p)]
    for pipeline in pipelines:
        stages = directory.stages_of(pipeline)
        ids = {st.id for st in stages}
        deals = {d: t for d, t in cohort.items() if t and t[0][2] in ids}
        if not deals and f.pipeline_id is None:
            continue
        name = directory.pipelines[pipeline]
        cohort_table = _cohort_table(name, stages, deals, status)
        report.tables.append(cohort_table)
        report.tables.append(_period_table(name, stages, entered, f))
        report.tables.append(_time_table(name, stages, deals, f.now))
        report.charts.append(
            Chart(
                fill(translate("Reports", "Cohort funnel: %1"), name),
                tuple(r.cells["stage"] for r in cohort_table.rows),
                (
                    Series(
                        translate("Reports", "Deals"),
                        tuple(float(r.cells["reached"]) for r in cohort_table.rows),
                    ),
                ),
                unit=translate("Reports", "deals"),
            )
        )
    report.tables.append(_lead_table(s, f))
    return report


def _cohort_table(
    name: str,
    stages: list[StageInfo],
    deals: dict[uuid.UUID, _Timeline],
    status: dict[uuid.UUID, OpportunityStatus],
) -> Table:
    table = Table(
        f"cohort_{name}",
        fill(translate("Reports", "%1: cohort funnel (deals created in the period)"), name),
        [
            Column("stage", translate("Reports", "Stage")),
            Column("reached", translate("Reports", "Reached"), Kind.COUNT),
            Column("next_step", translate("Reports", "Next step"), Kind.PERCENT),
            Column("cumulative", translate("Reports", "Cumulative"), Kind.PERCENT),
        ],
    )
    position = {st.id: st.position for st in stages}
    furthest = {
        d: max((position.get(to, -1) for _at, _k, to in t if to), default=-1)
        for d, t in deals.items()
    }
    previous: int | None = None
    steps: list[tuple[str, Bucket]] = []
    for st in stages:
        bucket = Bucket()
        for d, reached in furthest.items():
            if reached >= st.position or status.get(d) == OpportunityStatus.WON:
                bucket.add(d)
        steps.append((st.name, bucket))
    won = Bucket()
    for d in deals:
        if status.get(d) == OpportunityStatus.WON:
            won.add(d)
    steps.append((translate("Reports", "Won"), won))
    total = len(deals)
    for label, bucket in steps:
        table.rows.append(
            Row(
                {
                    "stage": label,
                    "reached": len(bucket),
                    "next_step": ratio(len(bucket), previous if previous is not None else total),
                    "cumulative": ratio(len(bucket), total),
                },
                {"reached": bucket.drill()},
            )
        )
        previous = len(bucket)
    return table


_WON = "won"  # the period funnel's last step, beside the stages' ids


_ENTRIES = (EventKind.CREATED, EventKind.STAGE_CHANGED)


def _entered(f: ReportFilter, *columns: Any) -> Any:
    """A select of `columns` over the stage events of the period of the deals selected."""
    # The deals the filters select as a list built once (from the slipping index, which
    # holds every column the filters read), rather than each event's deal looked up in
    # the table; tested on the deal in a form no index matches, so that the period's
    # events are read by time, not every event of every deal by deal.
    return (
        select(*columns)
        .select_from(OpportunityEvent)
        .where(
            OpportunityEvent.deleted.is_(False),
            OpportunityEvent.at >= f.start,
            OpportunityEvent.at < f.end,
            func.coalesce(OpportunityEvent.opportunity_id, OpportunityEvent.opportunity_id).in_(
                select(Opportunity.id).where(EVERY_DEAL, deal_filter(f))
            ),
        )
    )


def _entries(f: ReportFilter, step: uuid.UUID | str) -> Any:
    """The deals that entered a stage (`step`: its id) or were won (_WON) within the
    period: a move back into a stage is an entry, a skipped stage is not."""
    q = _entered(f, OpportunityEvent.opportunity_id)
    if step == _WON:
        return q.where(OpportunityEvent.kind == EventKind.WON)
    return q.where(OpportunityEvent.kind.in_(_ENTRIES), OpportunityEvent.to_stage_id == step)


def _period_counts(s: Session, f: ReportFilter) -> dict[uuid.UUID | str, int]:
    """Per stage (and _WON), how many deals entered it in the period, each deal once:
    counted by the database, the deals listed only when someone opens the figure."""
    # One pass over the period's events: entries grouped by stage, results apart.
    is_won = OpportunityEvent.kind == EventKind.WON
    won = case((is_won, 1), else_=0)
    stage = case((is_won, null()), else_=OpportunityEvent.to_stage_id)
    each = (
        _entered(f, OpportunityEvent.opportunity_id, won.label("won"), stage.label("stage"))
        .where(
            or_(
                is_won,
                OpportunityEvent.kind.in_(_ENTRIES) & OpportunityEvent.to_stage_id.is_not(None),
            )
        )
        .subquery()
    )
    q = select(each.c.won, each.c.stage, func.count(each.c.opportunity_id.distinct())).group_by(
        each.c.won, each.c.stage
    )
    counts: dict[uuid.UUID | str, int] = {}
    for is_won, stage_id, n in s.execute(q):
        counts[_WON if is_won else stage_id] = n
    return counts


def _period_table(
    name: str, stages: list[StageInfo], entered: dict[uuid.UUID | str, int], f: ReportFilter
) -> Table:
    table = Table(
        f"period_{name}",
        fill(translate("Reports", "%1: period funnel (stage entries within the period)"), name),
        [
            Column("stage", translate("Reports", "Stage")),
            Column("entered", translate("Reports", "Entered"), Kind.COUNT),
        ],
    )
    steps: list[tuple[str, uuid.UUID | str]] = [(st.name, st.id) for st in stages]
    for label, step in [*steps, (translate("Reports", "Won"), _WON)]:
        count = entered.get(step, 0)
        drill = Drill(
            DrillTarget.DEALS,
            query=_entries(f, step).distinct().order_by(OpportunityEvent.opportunity_id),
            count=count,
        )
        table.rows.append(Row({"stage": label, "entered": count}, {"entered": drill}))
    return table


def _stays(timeline: _Timeline, now: datetime) -> list[tuple[uuid.UUID, float]]:
    """(stage, days) for each stay in a stage, in order; closing ends a stay and
    reopening starts one in the stage the deal was in."""
    stays: list[tuple[uuid.UUID, float]] = []
    current: uuid.UUID | None = None
    since: datetime | None = None
    for at, kind, to_stage in timeline:
        if since is not None and current is not None:
            stays.append((current, (at - since).total_seconds() / 86400))
            since = None
        if kind in (EventKind.CREATED, EventKind.STAGE_CHANGED):
            current, since = to_stage, at
        elif kind == EventKind.REOPENED:
            since = at
    if since is not None and current is not None:
        stays.append((current, (now - since).total_seconds() / 86400))
    return stays


def _time_table(
    name: str, stages: list[StageInfo], deals: dict[uuid.UUID, _Timeline], now: datetime
) -> Table:
    table = Table(
        f"time_{name}",
        fill(translate("Reports", "%1: days in stage (cohort)"), name),
        [
            Column("stage", translate("Reports", "Stage")),
            Column("deals", translate("Reports", "Deals"), Kind.COUNT),
            Column("latest_median", translate("Reports", "Latest stay, median"), Kind.DAYS),
            Column("latest_mean", translate("Reports", "Latest stay, mean"), Kind.DAYS),
            Column("cumulative_median", translate("Reports", "Cumulative, median"), Kind.DAYS),
            Column("cumulative_mean", translate("Reports", "Cumulative, mean"), Kind.DAYS),
        ],
    )
    latest: dict[uuid.UUID, list[float]] = defaultdict(list)
    cumulative: dict[uuid.UUID, list[float]] = defaultdict(list)
    members: dict[uuid.UUID, Bucket] = defaultdict(Bucket)
    for deal, timeline in deals.items():
        per_stage: dict[uuid.UUID, list[float]] = defaultdict(list)
        for stage, stay in _stays(timeline, now):
            per_stage[stage].append(stay)
        for stage, stays in per_stage.items():
            latest[stage].append(stays[-1])
            cumulative[stage].append(sum(stays))
            members[stage].add(deal)
    for st in stages:
        table.rows.append(
            Row(
                {
                    "stage": st.name,
                    "deals": len(members[st.id]),
                    "latest_median": median(latest[st.id]),
                    "latest_mean": mean(latest[st.id]),
                    "cumulative_median": median(cumulative[st.id]),
                    "cumulative_mean": mean(cumulative[st.id]),
                },
                {"deals": members[st.id].drill()},
            )
        )
    return table


def _lead_table(s: Session, f: ReportFilter) -> Table:
    received = (
        Lead.deleted.is_(False)
        & (Lead.received_at >= f.start)
        & (Lead.received_at < f.end)
        & person_filter(Lead.owner_id, f)
    )
    if f.source and f.source != NO_SOURCE:
        received = received & (Lead.source == f.source)
    deal = Lead.opportunity_id.is_not(None)
    steps: dict[str, ColumnElement[bool]] = {
        "received": true(),
        "contacted": Lead.first_contacted_at.is_not(None) | deal,
        "qualified": Lead.status.in_((LeadStatus.SQL, LeadStatus.CONVERTED)) | deal,
        "opportunity": deal,
        "won": Lead.opportunity_id.in_(
            select(Opportunity.id).where(Opportunity.status == OpportunityStatus.WON)
        ),
    }
    # Counted by the database, one conditional sum per step; each step's leads are read
    # by the same conditions when someone opens its list.
    sums = s.execute(
        select(*(func.sum(case((cond, 1), else_=0)) for cond in steps.values())).where(received)
    ).one()
    counts = {key: int(n or 0) for key, n in zip(steps, sums, strict=True)}
    drills = {
        key: Drill(
            DrillTarget.LEADS,
            query=select(Lead.id).where(received, cond).order_by(Lead.received_at, Lead.id),
            count=counts[key],
        )
        for key, cond in steps.items()
    }
    table = Table(
        "leads",
        translate("Reports", "Leads received in the period"),
        [
            Column("step", translate("Reports", "Step")),
            Column("leads", translate("Reports", "Leads"), Kind.COUNT),
            Column("next_step", translate("Reports", "Next step"), Kind.PERCENT),
            Column("cumulative", translate("Reports", "Of received"), Kind.PERCENT),
        ],
    )
    labels = {
        "received": translate("Reports", "Received"),
        "contacted": translate("Reports", "Contacted"),
        "qualified": translate("Reports", "Qualified"),
        "opportunity": translate("Reports", "Became a deal"),
        "won": translate("Reports", "Won"),
    }
    previous = None
    for key, n in counts.items():
        table.rows.append(
            Row(
                {
                    "step": labels[key],
                    "leads": n,
                    "next_step": ratio(n, previous) if previous is not None else None,
                    "cumulative": ratio(n, counts["received"]),
                },
                {"leads": drills[key]},
            )
        )
        previous = n
    return table


def win_rate_report(s: Session, f: ReportFilter) -> Report:
    directory = Directory.load(s)
    rates = Rates.load(s, f.default_currency)
    closed = closed_deals(s, f)
    open_now = open_counts(s, f)
    open_total = sum(open_now.values())
    sources: dict[Any, str] = dict(
        s.execute(
            # The stored value, as the label shows it: no enum made per lead.
            select(raw_id(Lead.id), type_coerce(Lead.source, String)).where(
                Lead.id.in_(
                    select(Opportunity.source_lead_id).where(
                        Opportunity.closed_at >= f.start, Opportunity.closed_at < f.end
                    )
                )
            )
        ).all()
    )
    missing = Bucket()
    # Each deal's value in minor units of the company currency, at its close day's rate.
    values: dict[uuid.UUID, int] = {}
    for deal in closed:
        value = rates.convert_minor(deal.minor, deal.currency, f.local_day(deal.closed_at))
        if value is None:
            missing.add_minor(deal.id, deal.minor, deal.currency)
        else:
            values[deal.id] = value
    groupings: list[tuple[str, str, Callable[[uuid.UUID | None, uuid.UUID, str | None], str]]] = [
        ("rep", translate("Reports", "Rep"), lambda who, _p, _s: directory.person(who)),
        ("team", translate("Reports", "Team"), lambda who, _p, _s: directory.team_of(who)),
        (
            "pipeline",
            translate("Reports", "Sales process"),
            lambda _w, p, _s: directory.pipelines.get(p, "?"),
        ),
        (
            "source",
            translate("Reports", "Source"),
            lambda _w, _p, source: (
                source.replace("_", " ").capitalize()
                if source is not None
                else translate("Reports", "No lead (direct)")
            ),
        ),
    ]
    per = {
        "rep": translate("Reports", "Per rep"),
        "team": translate("Reports", "Per team"),
        "pipeline": translate("Reports", "Per sales process"),
        "source": translate("Reports", "Per source"),
    }
    # Each deal's (closer, sales process, source): a few hundred distinct, so each
    # grouping names those once rather than every deal.
    # Numbered once, because hashing a tuple of UUIDs per deal and grouping was a tenth of
    # the report.
    distinct: dict[tuple[Any, Any, Any], int] = {}
    part_of = [
        distinct.setdefault(
            (
                deal.closer_id,
                deal.pipeline_id,
                str(sources.get(deal.source_lead_id, "")) if deal.source_lead_id else None,
            ),
            len(distinct),
        )
        for deal in closed
    ]
    report = Report("win_rate", "Win rate, deal size, cycle and velocity", "", win_how())
    everyone = _win_row({}, closed, values, rates.default, open_total, total=True)
    for key, title, label in groupings:
        names = [label(*part) for part in distinct]
        groups: dict[str, list[ClosedDeal]] = defaultdict(list)
        for deal, part in zip(closed, part_of, strict=True):
            groups[names[part]].append(deal)
        open_groups: dict[str, int] = defaultdict(int)
        for (owner, pipeline), count in open_now.items():
            open_groups[label(owner, pipeline, None)] += count
        table = _win_table(key, title, per[key])
        for name in sorted(groups):
            table.rows.append(
                _win_row({key: name}, groups[name], values, rates.default, open_groups.get(name, 0))
            )
        table.rows.append(
            Row({**everyone.cells, key: translate("Reports", "All")}, everyone.drill, total=True)
        )
        table.note = missing_note(missing, rates.default)
        report.tables.append(table)
    by_rep = report.tables[0]
    report.charts.append(
        Chart(
            translate("Reports", "Win rate per rep (by count)"),
            tuple(r.cells["rep"] for r in by_rep.rows if not r.total),
            (
                Series(
                    translate("Reports", "Win rate %"),
                    tuple(100 * (r.cells["win_rate"] or 0) for r in by_rep.rows if not r.total),
                ),
            ),
            unit="%",
        )
    )
    return report


def _win_table(key: str, title: str, heading: str) -> Table:
    return Table(
        f"by_{key}",
        heading,
        [
            Column(key, title),
            Column("won", translate("Reports", "Won"), Kind.COUNT),
            Column("lost", translate("Reports", "Lost"), Kind.COUNT),
            Column("closed", translate("Reports", "n (closed)"), Kind.COUNT),
            Column("win_rate", translate("Reports", "Win rate"), Kind.PERCENT),
            Column("won_value", translate("Reports", "Won value"), Kind.MONEY),
            Column("lost_value", translate("Reports", "Lost value"), Kind.MONEY),
            Column("win_rate_value", translate("Reports", "Win rate by value"), Kind.PERCENT),
            Column("average", translate("Reports", "Average deal size"), Kind.MONEY),
            Column("cycle_won_median", translate("Reports", "Cycle won, median"), Kind.DAYS),
            Column("cycle_won_mean", translate("Reports", "Cycle won, mean"), Kind.DAYS),
            Column("cycle_lost_median", translate("Reports", "Cycle lost, median"), Kind.DAYS),
            Column("cycle_lost_mean", translate("Reports", "Cycle lost, mean"), Kind.DAYS),
            Column("velocity", translate("Reports", "Velocity per 30 days"), Kind.MONEY),
        ],
    )


def _valued(
    ids: list[uuid.UUID], values: dict[uuid.UUID, int], currency: str
) -> tuple[Bucket, Bucket]:
    """The deals, with what each is worth when every one has a value, and the deals
    that have one, with it: built as whole lists, a group of 20,000 deals at a time."""
    get = values.get
    found = [(i, v) for i in ids if (v := get(i)) is not None]
    valued = Bucket.of([i for i, _m in found], [m for _i, m in found], currency)
    return (valued if len(found) == len(ids) else Bucket(DrillTarget.DEALS, list(ids))), valued


def _win_row(
    first: dict[str, object],
    deals: list[ClosedDeal],
    values: dict[uuid.UUID, int],
    currency: str,
    open_count: int,
    total: bool = False,
) -> Row:
    won_deals = [d for d in deals if d.won]
    lost_deals = [d for d in deals if not d.won]
    won, won_valued = _valued([d.id for d in won_deals], values, currency)
    lost, lost_valued = _valued([d.id for d in lost_deals], values, currency)
    won_value, lost_value = won_valued.total(currency), lost_valued.total(currency)
    rate = ratio(len(won), len(won) + len(lost))
    average = (
        Money(won_value.amount / len(won_valued), currency).rounded() if won_valued else won_value
    )
    cycle_won = [d.cycle_days for d in won_deals]
    cycle_lost = [d.cycle_days for d in lost_deals]
    mean_won = mean(cycle_won)
    velocity = None
    if rate is not None and mean_won:
        per_day = average.amount * open_count * Decimal(str(rate)) / Decimal(str(mean_won))
        velocity = Money(per_day * 30, currency).rounded()
    closed = Bucket()
    closed.ids = won.ids + lost.ids
    return Row(
        {
            **first,
            "won": len(won),
            "lost": len(lost),
            "closed": len(won) + len(lost),
            "win_rate": rate,
            "won_value": won_value,
            "lost_value": lost_value,
            "win_rate_value": ratio(won_value.amount, won_value.amount + lost_value.amount),
            "average": average,
            "cycle_won_median": median(cycle_won),
            "cycle_won_mean": mean_won,
            "cycle_lost_median": median(cycle_lost),
            "cycle_lost_mean": mean(cycle_lost),
            "velocity": velocity,
        },
        {
            "won": won.drill(),
            "lost": lost.drill(),
            "closed": closed.drill(),
            "won_value": won_valued.drill(),
            "lost_value": lost_valued.drill(),
            "average": won_valued.drill(),
        },
        total=total,
    )
