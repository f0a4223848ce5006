"""Computing a report for a signed-in person: the filters from the query string, the
visibility rules of sync applied to the figures and to the records behind them.

A manager's reports are always narrowed to their own team, whatever the query string
says; the records a drill-down lists are further limited to those the manager's sync
visibility allows (server/visibility.py), so a forged address shows nothing a pull
would not. An admin sees everything; a salesperson gets no reports here.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from workbench.domain.models import TeamSetting
from workbench.reports import ReportSpec, build_report
from workbench.reports.drill import DrillPage, as_uuid, drill_page, materialize
from workbench.reports.facts import Directory
from workbench.reports.model import Drill, DrillTarget, Report
from workbench.reports.request import ReportRequest, resolve
from workbench.reports.scope import ReportFilter, ReportInputError
from workbench.server import reporting, schema
from workbench.server.errors import AuthError
from workbench.server.identity import Caller
from workbench.server.visibility import visible_clause

#: The query string's filter names, as the CLI calls them.
FILTERS = ("period", "rep", "team", "pipeline", "source", "currency", "as_of", "months")
#: The sync table behind each kind of drill-down record.
DRILL_TABLES = {
    DrillTarget.DEALS: "opportunity",
    DrillTarget.ACTIVITIES: "activity",
    DrillTarget.TASKS: "task",
    DrillTarget.LEADS: "lead",
    DrillTarget.OFFERS: "offer",
    DrillTarget.ACCOUNTS: "account",
}
#: A report computed for a page is kept this long, for its drill-downs and downloads, and
#: only while the replica is at the same sequence: any change synced since computes anew.
CACHE_SECONDS = float(os.environ.get("WORKBENCH_REPORT_CACHE_SECONDS", "60"))
CACHE_SIZE = 8
NOT_FOR_SALESPEOPLE = (
    "The team reports in the browser are for managers and administrators. Your own "
    "figures are in the Reports area of Sales Workbench on your laptop."
)


@dataclass
class Computed:
    report: Report
    filter: ReportFilter
    directory: Directory
    values: dict[str, str]  # the filters as they apply, for the form and the links


def check_role(caller: Caller) -> None:
    if not caller.is_manager:
        raise AuthError(NOT_FOR_SALESPEOPLE, status=403, error="not_a_manager")
    if not caller.is_admin and caller.team_id is None:
        raise AuthError(
            "Your manager account belongs to no team, so there are no team figures to show; "
            "ask your administrator to put it in a team.",
            status=403,
            error="no_team",
        )


def filter_values(spec: ReportSpec, query: Mapping[str, str], caller: Caller) -> dict[str, str]:
    values = {k: (query.get(k) or "").strip()[:200] for k in FILTERS}
    values["period"] = values["period"] or spec.default_period
    values["months"] = values["months"] or "6"
    if not caller.is_admin:
        values["team"] = str(caller.team_id)  # a manager sees their own team's figures
    return values


def _request(values: dict[str, str]) -> ReportRequest:
    try:
        months = int(values["months"])
    except ValueError:
        raise ReportInputError(
            f"“{values['months']}” is not a number of months; write e.g. 6."
        ) from None
    return ReportRequest(
        period=values["period"],
        rep=values["rep"],
        team=values["team"],
        pipeline=values["pipeline"],
        source=values["source"],
        currency=values["currency"],
        as_of=values["as_of"],
        touch_months=months,
    )


@contextmanager
def replica_session(engine: Engine) -> Iterator[Session]:
    """A read-only session on the replica, caught up first (reporting.catch_up)."""
    seq = reporting.catch_up(engine).seq
    with engine.connect() as raw:
        conn = reporting.report_connection(
            raw.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        )
        with Session(bind=conn) as s:
            s.info["replica_seq"] = seq
            yield s


def company_currency(s: Session) -> str:
    value = s.scalar(
        select(TeamSetting.value).where(
            TeamSetting.key == "default_currency", TeamSetting.deleted.is_(False)
        )
    )
    return (value or "EUR").strip().upper() or "EUR"


_cache: OrderedDict[tuple[object, ...], tuple[float, Computed]] = OrderedDict()
_cache_lock = threading.Lock()


def compute(s: Session, spec: ReportSpec, values: dict[str, str]) -> Computed:
    """The report for these filters. The page, its drill-downs and its downloads ask for
    the same one in turn; on a large team computing it is most of their time, so it is
    kept briefly (see CACHE_SECONDS). The values hold a manager's forced team, so two
    teams never share an entry."""
    key = (spec.name, tuple(sorted(values.items())), s.info.get("replica_seq"))
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < CACHE_SECONDS and key[2] is not None:
            _cache.move_to_end(key)
            return hit[1]
    f = resolve(s, _request(values), default_currency=company_currency(s))
    directory = Directory.load(s)
    report = build_report(s, spec, f, directory.names())
    computed = Computed(report, f, directory, values)
    with _cache_lock:
        _cache[key] = (now, computed)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return computed


def find_drill(report: Report, table: str, row: str, column: str) -> Drill:
    """The Drill a figure's link names, or ReportInputError when there is none."""
    try:
        found = report.table(table).rows[int(row)].drill[column]
    except (StopIteration, ValueError, IndexError, KeyError):
        raise ReportInputError(
            "That figure is not in the report any more (the data or the filters changed); "
            "open the report again and choose the figure."
        ) from None
    return found


@dataclass
class VisibleDrill:
    drill: Drill
    hidden: int  # records behind the figure the person may not see


def visible_drill(
    engine: Engine, caller: Caller, drill: Drill, s: Session | None = None
) -> VisibleDrill:
    """`drill` narrowed to the records `caller` may see; a drill that reads its records
    by a query (see Drill) is read in full first, on the replica session `s`."""
    if caller.is_admin:
        return VisibleDrill(drill, 0)
    if drill.lazy:
        if s is None:
            raise ValueError("a drill read by query needs the replica session")
        drill = materialize(s, drill)
    r = schema.row.c
    seen: set[uuid.UUID] = set()
    ids = [as_uuid(record) for record in drill.ids]
    with engine.connect() as conn:
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            seen.update(
                conn.scalars(
                    select(r.row_id).where(
                        r.table_name == DRILL_TABLES[drill.target],
                        r.row_id.in_(chunk),
                        visible_clause(caller),
                    )
                )
            )
    keep = [i for i, record in enumerate(drill.ids) if as_uuid(record) in seen]
    minors = tuple(drill.minors[i] for i in keep) if drill.minors is not None else None
    currencies = tuple(drill.currencies[i] for i in keep) if drill.currencies is not None else None
    narrowed = Drill(
        drill.target, tuple(drill.ids[i] for i in keep), minors, currencies, drill.title
    )
    return VisibleDrill(narrowed, len(drill.ids) - len(keep))


def drill_records(s: Session, visible: VisibleDrill, offset: int) -> DrillPage:
    return drill_page(s, visible.drill, max(0, offset))
