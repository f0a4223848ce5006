"""A small, hand-built sales team whose report figures the tests state by hand.

Rows are written through the unit of work into a real SQLite file, with the dates the
history needs (the services stamp "now"; reports are about the past)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from workbench.domain.enums import (
    ActivityKind,
    CallOutcome,
    EventKind,
    ForecastCategory,
    OpportunityStatus,
    Role,
)
from workbench.domain.models import (
    Activity,
    ExchangeRate,
    Opportunity,
    OpportunityEvent,
    Pipeline,
    Quota,
    Stage,
    Team,
    User,
)
from workbench.domain.money import Money
from workbench.reports import REPORTS, build_report
from workbench.reports.model import Report
from workbench.reports.scope import ReportFilter, parse_period
from workbench.store.db import Database

VIENNA = ZoneInfo("Europe/Vienna")
NOW = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


def at(text: str) -> datetime:
    """A moment in Vienna: '2026-04-01 00:00'."""
    return datetime.fromisoformat(text).replace(tzinfo=VIENNA).astimezone(UTC)


@dataclass
class World:
    db: Database
    stages: dict[str, uuid.UUID] = field(default_factory=dict)
    users: dict[str, uuid.UUID] = field(default_factory=dict)
    teams: dict[str, uuid.UUID] = field(default_factory=dict)
    pipeline: uuid.UUID = field(default_factory=uuid.uuid4)

    def setup(self) -> World:
        with self.db.unit_of_work() as uow:
            s = uow.session
            s.add(Pipeline(id=self.pipeline, name="Test process", position=-1))
            for i, (name, probability, category) in enumerate(
                [
                    ("Qualify", 10, ForecastCategory.PIPELINE),
                    ("Propose", 40, ForecastCategory.BEST_CASE),
                    ("Negotiate", 75, ForecastCategory.COMMIT),
                    ("Contract", 90, ForecastCategory.COMMIT),
                ]
            ):
                sid = uuid.uuid4()
                self.stages[name] = sid
                s.add(
                    Stage(
                        id=sid,
                        pipeline_id=self.pipeline,
                        name=name,
                        position=i,
                        probability=probability,
                        target_days=10,
                        forecast_category=category,
                    )
                )
            for team in ("North", "South"):
                self.teams[team] = uuid.uuid4()
                s.add(Team(id=self.teams[team], name=team))
            for name, team in (("Anna", "North"), ("Ben", "North"), ("Cleo", "South")):
                self.users[name] = uuid.uuid4()
                s.add(
                    User(
                        id=self.users[name],
                        name=name,
                        role=Role.ACCOUNT_EXECUTIVE,
                        team_id=self.teams[team],
                    )
                )
        return self

    def deal(
        self,
        title: str,
        owner: str,
        created: str,
        stage: str = "Qualify",
        amount: str = "1000",
        currency: str = "EUR",
        expected_close: date | None = None,
        history: list[tuple[str, EventKind, dict[str, Any]]] = (),  # type: ignore[assignment]
        forecast: ForecastCategory | None = None,
    ) -> uuid.UUID:
        """A deal created in `stage` with `amount`, then each (when, kind, values) of its
        history applied in order, as the services would log them."""
        did = uuid.uuid4()
        start = at(created)
        money = Money(Decimal(amount), currency)
        state: dict[str, Any] = {
            "stage_id": self.stages[stage],
            "amount_minor": money.to_minor(),
            "currency": currency,
            "expected_close": expected_close,
            "owner_id": self.users[owner],
            "status": OpportunityStatus.OPEN,
            "closed_at": None,
            "stage_entered_at": start,
            "forecast_category": forecast,
        }
        events = [
            OpportunityEvent(
                id=uuid.uuid4(),
                opportunity_id=did,
                kind=EventKind.CREATED,
                at=start,
                user_id=self.users[owner],
                to_stage_id=state["stage_id"],
                amount_minor=state["amount_minor"],
                currency=currency,
                expected_close=expected_close,
                owner_id=state["owner_id"],
                forecast_category=forecast,
            )
        ]
        for when, kind, values in history:
            moment = at(when)
            event = OpportunityEvent(
                id=uuid.uuid4(), opportunity_id=did, kind=kind, at=moment, user_id=state["owner_id"]
            )
            if "by" in values:
                event.user_id = self.users[values["by"]]
            if kind == EventKind.STAGE_CHANGED:
                event.from_stage_id = state["stage_id"]
                state["stage_id"] = event.to_stage_id = self.stages[values["stage"]]
                state["stage_entered_at"] = moment
            elif kind == EventKind.AMOUNT_CHANGED:
                m = Money(Decimal(values["amount"]), values.get("currency", state["currency"]))
                state["amount_minor"], state["currency"] = m.to_minor(), m.currency
                event.amount_minor, event.currency = m.to_minor(), m.currency
            elif kind == EventKind.CLOSE_DATE_CHANGED:
                state["expected_close"] = event.expected_close = values["date"]
            elif kind == EventKind.OWNER_CHANGED:
                state["owner_id"] = event.owner_id = self.users[values["owner"]]
            elif kind in (EventKind.WON, EventKind.LOST):
                state["status"] = OpportunityStatus(kind.value)
                state["closed_at"] = moment
            elif kind == EventKind.REOPENED:
                state["status"], state["closed_at"] = OpportunityStatus.OPEN, None
            events.append(event)
        with self.db.unit_of_work() as uow:
            s = uow.session
            s.add(
                Opportunity(
                    id=did,
                    title=title,
                    pipeline_id=self.pipeline,
                    created_at=start,
                    last_progress_at=state["stage_entered_at"],
                    **state,
                )
            )
            s.flush()
            for e in events:
                s.add(e)
        return did

    def rate(self, currency: str, valid_from: date, rate: str) -> None:
        with self.db.unit_of_work() as uow:
            uow.session.add(
                ExchangeRate(
                    id=ExchangeRate.key(currency, valid_from),
                    currency=currency,
                    valid_from=valid_from,
                    rate=Decimal(rate),
                )
            )

    def quota(self, user: str, month: date, amount: str, currency: str = "EUR") -> None:
        with self.db.unit_of_work() as uow:
            uow.session.add(
                Quota(
                    id=Quota.key(self.users[user], month),
                    user_id=self.users[user],
                    month=month,
                    amount_minor=Money(Decimal(amount), currency).to_minor(),
                    currency=currency,
                )
            )

    def call(
        self, user: str, when: str, outcome: CallOutcome, kind: ActivityKind = ActivityKind.CALL
    ) -> uuid.UUID:
        aid = uuid.uuid4()
        with self.db.unit_of_work() as uow:
            uow.session.add(
                Activity(
                    id=aid,
                    kind=kind,
                    outcome=outcome if kind == ActivityKind.CALL else None,
                    started_at=at(when),
                    user_id=self.users[user],
                )
            )
        return aid

    def report(self, name: str, period: str = "2026-Q2", **filters: Any) -> Report:
        f = ReportFilter(parse_period(period, NOW.date()), VIENNA, NOW, "EUR", **filters)
        with self.db.read() as s:
            return build_report(s, REPORTS[name], f)


@pytest.fixture
def world(db: Database) -> World:
    return World(db).setup()


def eur(amount: str, currency: str = "EUR") -> Money:
    return Money(Decimal(amount), currency)


def row(report: Report, table: str, first: str) -> dict[str, Any]:
    t = report.table(table)
    key = t.columns[0].key
    found = [r for r in t.rows if r.cells[key] == first]
    assert len(found) == 1, f"{first!r} in {[r.cells[key] for r in t.rows]}"
    return found[0].cells
