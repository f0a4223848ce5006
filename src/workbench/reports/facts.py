"""The row-level facts every report aggregates: open deals (now or as they stood on a past
day), closed deals with who closed them, and the stages and people they refer to.

"As of" rebuilds each deal from its own history events, with no retention limit: the
latest event at or before the cut-off of each kind that carries a field (created, stage
moves, amount, close date, owner and forecast category changes; won, lost and reopened for
the status). Events logged before a field was tracked carry no value for it; the deal's
current value stands in for those.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from workbench.domain.enums import EventKind, ForecastCategory, OpportunityStatus
from workbench.domain.models import Opportunity, OpportunityEvent, Pipeline, Stage, Team, User
from workbench.domain.money import Money
from workbench.reports.scope import ReportFilter, deal_filter, person_filter

CLOSING = (EventKind.WON, EventKind.LOST)

# A bound every deal meets, on the first column of the slipping index, which holds what
# the counts of open deals read: without it SQLite, keeping no statistics, reads the
# table through an index it cannot narrow by (the owner's, the board's) instead.
EVERY_DEAL = Opportunity.stage_entered_at >= datetime(1, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    position: int
    probability: int
    target_days: int
    forecast: ForecastCategory


@dataclass(frozen=True)
class Directory:
    """Names of the people, teams, pipelines and stages a report mentions."""

    users: dict[uuid.UUID, str]
    user_team: dict[uuid.UUID, uuid.UUID | None]
    teams: dict[uuid.UUID, str]
    pipelines: dict[uuid.UUID, str]
    pipeline_order: list[uuid.UUID]
    stages: dict[uuid.UUID, StageInfo]

    @classmethod
    def load(cls, s: Session) -> Directory:
        users, user_team = {}, {}
        for uid, name, team in s.execute(select(User.id, User.name, User.team_id)):
            users[uid], user_team[uid] = name, team
        teams = dict(s.execute(select(Team.id, Team.name).where(Team.deleted.is_(False))).all())
        pipes = s.execute(
            select(Pipeline.id, Pipeline.name)
            .where(Pipeline.deleted.is_(False))
            .order_by(Pipeline.position, Pipeline.name)
        ).all()
        stages = {
            row.id: StageInfo(
                row.id,
                row.pipeline_id,
                row.name,
                row.position,
                row.probability,
                row.target_days,
                row.forecast_category,
            )
            for row in s.execute(
                select(
                    Stage.id,
                    Stage.pipeline_id,
                    Stage.name,
                    Stage.position,
                    Stage.probability,
                    Stage.target_days,
                    Stage.forecast_category,
                )
            )
        }
        return cls(users, user_team, teams, dict(pipes), [p[0] for p in pipes], stages)

    def person(self, user_id: uuid.UUID | None) -> str:
        if user_id is None:
            return "Nobody"
        return self.users.get(user_id, "Someone no longer in the team")

    def team_of(self, user_id: uuid.UUID | None) -> str:
        team = self.user_team.get(user_id) if user_id else None
        return self.teams.get(team, "No team") if team else "No team"

    def stages_of(self, pipeline_id: uuid.UUID) -> list[StageInfo]:
        return sorted(
            (st for st in self.stages.values() if st.pipeline_id == pipeline_id),
            key=lambda st: st.position,
        )

    def names(self) -> dict[uuid.UUID, str]:
        return {**self.users, **self.teams, **self.pipelines}


@dataclass(frozen=True, slots=True)
class OpenDeal:
    id: uuid.UUID
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    minor: int  # the amount in minor units of `currency`
    currency: str
    expected_close: date | None
    owner_id: uuid.UUID | None
    forecast_override: ForecastCategory | None

    @property
    def amount(self) -> Money:
        return Money.from_minor(self.minor, self.currency)

    def forecast(self, stages: dict[uuid.UUID, StageInfo]) -> ForecastCategory:
        if self.forecast_override is not None:
            return self.forecast_override
        stage = stages.get(self.stage_id)
        return stage.forecast if stage else ForecastCategory.PIPELINE

    def weighted_minor(self, stages: dict[uuid.UUID, StageInfo]) -> int:
        """amount × the stage's probability, rounded half up to the minor unit."""
        stage = stages.get(self.stage_id)
        return (self.minor * (stage.probability if stage else 0) + 50) // 100


def open_deals(s: Session, f: ReportFilter, *, closing_in_period: bool = False) -> list[OpenDeal]:
    """The open deals the filters select: now, or at the end of `f.as_of`. With
    `closing_in_period`, only those expected to close within the period (the database
    narrows today's deals; a past day's close dates come from history, so those are
    narrowed after rebuilding)."""
    if f.as_of is None:
        q = select(
            raw_id(Opportunity.id),
            raw_id(Opportunity.pipeline_id),
            raw_id(Opportunity.stage_id),
            Opportunity.amount_minor,
            Opportunity.currency,
            Opportunity.expected_close,
            raw_id(Opportunity.owner_id),
            Opportunity.forecast_category,
        ).where(Opportunity.status == OpportunityStatus.OPEN, deal_filter(f))
        if closing_in_period:
            q = q.where(
                Opportunity.expected_close >= f.period.start,
                Opportunity.expected_close < f.period.end,
            )
        ids = Ids()
        return [
            OpenDeal(
                ids.deal(row[0]),
                ids(row[1]),
                ids(row[2]),
                row[3],
                row[4],
                row[5],
                ids(row[6]),
                row[7],
            )
            for row in s.connection().execute(q)
        ]
    return _open_as_of(s, f, f.instant(f.as_of + timedelta(days=1)))


def open_counts(s: Session, f: ReportFilter) -> dict[tuple[Any, Any], int]:
    """How many deals the filters select are open now, per (owner, sales process): one
    GROUP BY where a report needs the number, not the deals."""
    q = (
        select(Opportunity.owner_id, Opportunity.pipeline_id, func.count())
        .where(EVERY_DEAL, Opportunity.status == OpportunityStatus.OPEN, deal_filter(f))
        .group_by(Opportunity.owner_id, Opportunity.pipeline_id)
    )
    return {(owner, pipeline): n for owner, pipeline, n in s.execute(q)}


def raw_id(column: Any) -> Any:
    """A UUID column as text (hex on SQLite, as stored; PostgreSQL's own form, cast by the
    database): turning 100,000 ids into UUID objects one by one, and hashing them in
    Python, is most of a report's time, so Ids does it only where needed."""
    return _IdText(column)


class _IdText(FunctionElement[str]):
    type = String()
    inherit_cache = True
    name = "id_text"


@compiles(_IdText)
def _id_as_stored(element: _IdText, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_IdText, "postgresql")
def _id_cast(element: _IdText, compiler: Any, **kw: Any) -> str:
    # psycopg would make a UUID object of every value.
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


def raw_time(column: Any) -> Any:
    """A time column as the driver gives it: on SQLite ISO text, made a datetime by
    `instant` several times faster than by the column's own type."""
    return type_coerce(column, String)


def instant(raw: Any) -> datetime:
    """A time read by `raw_time` as an aware UTC datetime (SQLite keeps UTC, naive)."""
    if isinstance(raw, datetime):
        return raw if raw.tzinfo is not None else raw.replace(tzinfo=UTC)
    if len(raw) > 10:  # a time, not a bare day
        try:
            # Parsed with its zone: six times faster than parsing, then replace(tzinfo=UTC).
            return datetime.fromisoformat(raw + "+00:00")
        except ValueError:  # a text that carries a zone of its own
            pass
    return datetime.fromisoformat(raw).replace(tzinfo=UTC)


class Ids:
    """Ids read by `raw_id`, made UUIDs: the few distinct stages, pipelines and people
    once each (cached); a deal's own id is turned into a UUID only when a list opens it
    (drill.as_uuid), so it stays text here."""

    def __init__(self) -> None:
        self._seen: dict[Any, uuid.UUID] = {}

    def __call__(self, raw: Any) -> Any:
        if raw is None:
            return None
        found = self._seen.get(raw)
        if found is None:
            found = self._seen[raw] = raw if isinstance(raw, uuid.UUID) else uuid.UUID(raw)
        return found

    @staticmethod
    def deal(raw: Any) -> Any:
        return raw


def _latest(column: Any, kinds: tuple[EventKind, ...], cutoff: datetime) -> Any:
    ev = aliased(OpportunityEvent)
    value = getattr(ev, column.key) if not isinstance(column, str) else getattr(ev, column)
    return (
        select(value)
        .where(
            ev.opportunity_id == Opportunity.id,
            ev.kind.in_(kinds),
            ev.at < cutoff,
            ev.deleted.is_(False),
            value.is_not(None),
        )
        .order_by(ev.at.desc(), ev.id.desc())
        .limit(1)
        .correlate(Opportunity)
        .scalar_subquery()
    )


def _open_as_of(s: Session, f: ReportFilter, cutoff: datetime) -> list[OpenDeal]:
    created = EventKind.CREATED
    q = select(
        Opportunity.id,
        Opportunity.pipeline_id,
        Opportunity.stage_id,
        Opportunity.amount_minor,
        Opportunity.currency,
        Opportunity.expected_close,
        Opportunity.owner_id,
        Opportunity.forecast_category,
        _latest("to_stage_id", (created, EventKind.STAGE_CHANGED), cutoff),
        _latest("amount_minor", (created, EventKind.AMOUNT_CHANGED), cutoff),
        _latest("currency", (created, EventKind.AMOUNT_CHANGED), cutoff),
        _latest("expected_close", (created, EventKind.CLOSE_DATE_CHANGED), cutoff),
        _latest("owner_id", (created, EventKind.OWNER_CHANGED), cutoff),
        _latest("forecast_category", (created, EventKind.FORECAST_CHANGED), cutoff),
        _latest("kind", (EventKind.WON, EventKind.LOST, EventKind.REOPENED), cutoff),
        _latest("at", (EventKind.FORECAST_CHANGED,), cutoff),
    ).where(Opportunity.created_at < cutoff, deal_filter(f, by_person=False, by_currency=False))
    people = _people(s, f)
    out = []
    for row in s.execute(q):
        if row[14] in CLOSING:
            continue
        currency = row[10] or row[4]
        amount = row[9] if row[9] is not None else row[3]
        # A category change back to "follows the stage" stores no value; its time does.
        forecast = row[13] if row[13] is not None or row[15] is not None else row[7]
        deal = OpenDeal(
            row[0],
            row[1],
            row[8] or row[2],
            amount,
            currency,
            row[11] if row[11] is not None else row[5],
            row[12] or row[6],
            forecast,
        )
        if people is not None and deal.owner_id not in people:
            continue
        if f.currency and deal.currency != f.currency:
            continue
        out.append(deal)
    return out


def _people(s: Session, f: ReportFilter) -> set[uuid.UUID] | None:
    if f.rep_id is None and f.team_id is None:
        return None
    return set(s.scalars(select(User.id).where(person_filter(User.id, f))))


@dataclass(frozen=True, slots=True)
class ClosedDeal:
    id: uuid.UUID  # as `raw_id` reads it, as OpenDeal's
    won: bool
    closed_at: datetime
    closer_id: uuid.UUID | None
    minor: int  # the amount in minor units of `currency`
    currency: str
    pipeline_id: uuid.UUID
    source_lead_id: Any  # the lead's id as `raw_id` reads it, or None
    created_at: datetime
    reason_id: uuid.UUID | None
    competitor: str

    cycle_days: float  # from creation to close, never below zero

    @property
    def amount(self) -> Money:
        return Money.from_minor(self.minor, self.currency)


def closed_deals(s: Session, f: ReportFilter, *, won_only: bool = False) -> list[ClosedDeal]:
    """Deals won or lost within the period, credited to the person whose WON or LOST event
    closed them (the owner when no event says), whatever the deal's expected close date.
    `won_only` leaves the lost ones (most of the closed deals) in the database."""
    statuses = (
        (OpportunityStatus.WON,) if won_only else (OpportunityStatus.WON, OpportunityStatus.LOST)
    )
    closing = OpportunityEvent
    # Each deal with its closing events, joined: one read of the period's deals, and each
    # deal's events from the history index (covering, so on PostgreSQL an index-only
    # scan per deal once the replica is vacuumed), rather than every closing event ever.
    q = (
        select(
            raw_id(Opportunity.id),
            case((Opportunity.status == OpportunityStatus.WON, 1), else_=0),
            raw_time(Opportunity.closed_at),
            raw_id(Opportunity.owner_id),
            Opportunity.amount_minor,
            Opportunity.currency,
            raw_id(Opportunity.pipeline_id),
            raw_id(Opportunity.source_lead_id),
            raw_time(Opportunity.created_at),
            raw_id(Opportunity.close_reason_id),
            Opportunity.competitor,
            raw_time(closing.at),
            raw_id(closing.id),
            raw_id(closing.user_id),
        )
        .outerjoin(
            closing,
            (closing.opportunity_id == Opportunity.id)
            & closing.kind.in_(CLOSING)
            & closing.deleted.is_(False),
        )
        .where(
            Opportunity.status.in_(statuses),
            Opportunity.closed_at >= f.start,
            Opportunity.closed_at < f.end,
            deal_filter(f, by_person=False),
        )
    )
    # A deal closed more than once (reopened in between) comes once per closing event:
    # its latest, by time then id, says who closed it. ISO text on SQLite orders as the
    # times do.
    latest: dict[Any, Any] = {}
    for row in s.connection().execute(q).all():
        seen = latest.get(row[0])
        if seen is None or (row[11], row[12]) > (seen[11], seen[12]):
            latest[row[0]] = row
    people = _people(s, f)
    ids = Ids()
    out = []
    for row in latest.values():
        who = ids(row[13] or row[3])
        if row[2] is None or (people is not None and who not in people):
            continue
        closed_at, created_at = instant(row[2]), instant(row[8])
        out.append(
            ClosedDeal(
                row[0],
                bool(row[1]),
                closed_at,
                who,
                row[4],
                row[5],
                ids(row[6]),
                row[7],
                created_at,
                ids(row[9]),
                row[10] or "",
                max(0.0, (closed_at - created_at).total_seconds() / 86400),
            )
        )
    return out


def stage_events(
    s: Session, f: ReportFilter, which: ColumnElement[bool] | None = None
) -> dict[uuid.UUID, list[tuple[datetime, EventKind, uuid.UUID | None]]]:
    """Each deal's stage history in order: (when, kind, the stage entered), with the
    closing and reopening events that end and resume its time in a stage."""
    kinds = (EventKind.CREATED, EventKind.STAGE_CHANGED, *CLOSING, EventKind.REOPENED)
    q = (
        select(
            raw_id(OpportunityEvent.opportunity_id),
            OpportunityEvent.at,
            OpportunityEvent.kind,
            raw_id(OpportunityEvent.to_stage_id),
        )
        .join(Opportunity, Opportunity.id == OpportunityEvent.opportunity_id)
        .where(
            OpportunityEvent.kind.in_(kinds),
            OpportunityEvent.deleted.is_(False),
            deal_filter(f),
        )
    )
    if which is not None:
        q = q.where(which)
    out: dict[uuid.UUID, list[tuple[datetime, EventKind, uuid.UUID | None]]] = {}
    ids = Ids()
    # Sorted per deal here rather than by the database: an ORDER BY over the join made
    # SQLite sort every event of the period before returning the first.
    for deal, at, kind, to_stage in s.connection().execute(q):
        out.setdefault(deal, []).append((at, kind, ids(to_stage)))
    for timeline in out.values():
        timeline.sort(key=_when)
    return out


def _when(event: tuple[datetime, EventKind, uuid.UUID | None]) -> datetime:
    return event[0]
