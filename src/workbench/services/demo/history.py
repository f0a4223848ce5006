"""A deal's year, told as the history events the app would have recorded: created, moved on
(now and then skipping a stage or going back one), its value and close date edited, handed to
a colleague, its forecast category set, won or lost, sometimes reopened.

The deal's row is what the story ends with: the last event of each kind carries the deal's
current value, `closed_at` is the time of its last won/lost event and `stage_entered_at`
that of its last stage change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from workbench.domain.enums import EventKind, ForecastCategory, OpportunityStatus, ReasonKind
from workbench.domain.models import Stage
from workbench.domain.money import Money
from workbench.services.demo.context import Demo, Row
from workbench.services.demo.people import Staff
from workbench.services.demo.rhythm import at_work, busy_moment

COMPETITORS = ["Contoso", "Initech", "Globex", "Umbrella", "Hooli"]
# Chances at each step of a deal's way through its stages (the rest moves one stage on).
LOST_AT_A_STEP = 0.10
BACK_A_STAGE = 0.06
SKIP_A_STAGE = 0.08
WON_AT_THE_END = 0.72
REOPENED = 0.04
PUSHES = [7, 14, 14, 21, 30, 30, 45, 60, 90]  # days a slipping close date is pushed by
_MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Start:
    """A deal as it was created."""

    opp_id: uuid.UUID
    created: datetime
    creator: uuid.UUID
    owner: uuid.UUID
    amount_minor: int
    currency: str
    expected_close: date


@dataclass
class Visit:
    stage: Stage
    entered: datetime
    left: datetime | None = None
    onward: bool = False  # left for a later stage (its mandatory tasks were done then)


@dataclass
class Story:
    events: list[Row]
    visits: list[Visit]
    owners: list[tuple[datetime, uuid.UUID]]  # who owned the deal from when on
    status: OpportunityStatus = OpportunityStatus.OPEN
    closed_at: datetime | None = None
    reason: uuid.UUID | None = None
    competitor: str = ""
    amount_minor: int = 0
    expected_close: date | None = None
    forecast: ForecastCategory | None = None
    reopened: bool = False

    @property
    def stage(self) -> Stage:
        return self.visits[-1].stage

    @property
    def entered(self) -> datetime:
        return self.visits[-1].entered

    @property
    def owner(self) -> uuid.UUID:
        return self.owners[-1][1]

    def owner_at(self, at: datetime) -> uuid.UUID:
        owner = self.owners[0][1]
        for since, who in self.owners:
            if since <= at:
                owner = who
        return owner


@dataclass
class _Teller:
    demo: Demo
    staff: Staff
    stages: list[Stage]
    start: Start
    timeline: list[tuple[datetime, Row]] = field(default_factory=list)

    def add(self, at: datetime, kind: EventKind, user: uuid.UUID | None, **values: object) -> None:
        row: Row = {
            "opportunity_id": self.start.opp_id,
            "kind": kind,
            "at": at,
            "user_id": user,
            "details": "",
        }
        row.update(values)
        self.timeline.append((at, row))


def tell(demo: Demo, staff: Staff, stages: list[Stage], start: Start) -> Story:
    teller = _Teller(demo, staff, stages, start)
    teller.add(
        start.created,
        EventKind.CREATED,
        start.creator,
        to_stage_id=stages[0].id,
        amount_minor=start.amount_minor,
        currency=start.currency,
        expected_close=start.expected_close,
        owner_id=start.owner,
    )
    story = Story([], [Visit(stages[0], start.created)], _owners(demo, staff, start))
    _walk(teller, story)
    end = story.closed_at or demo.today
    story.owners = [(at, who) for at, who in story.owners if at < end]
    _handovers(teller, story)
    _amounts(teller, story, end)
    _close_dates(teller, story, end)
    _forecast(teller, story, end)
    teller.timeline.sort(key=lambda pair: pair[0])
    story.events = [row for _at, row in teller.timeline]
    return story


def _owners(demo: Demo, staff: Staff, start: Start) -> list[tuple[datetime, uuid.UUID]]:
    """The owner from creation on, and a later owner if the deal is handed over: when its
    owner changed teams (the deal stayed with the old team) or, now and then, by a manager."""
    rng, move = demo.rng, staff.move
    owners = [(start.created, start.owner)]
    if start.owner == move.user and start.created < move.at:
        heirs = staff.colleagues(move.user, move.from_team)
        owners.append((move.at, rng.choice(heirs)))
    elif rng.random() < 0.06:
        heirs = [u for u in staff.colleagues(start.owner) if u != demo.me]
        if heirs:
            at = at_work(rng, start.created + timedelta(days=rng.uniform(3, 120)))
            owners.append((at, rng.choice(heirs)))
    return owners


def _walk(teller: _Teller, story: Story) -> None:
    """Through the stages until today or the deal closes (and, once in a while, reopens)."""
    rng, today, stages = teller.demo.rng, teller.demo.today, teller.stages
    # Some deals move briskly, some take their time, and some stall for months.
    pace = rng.uniform(0.8, 2.0) * (6 if rng.random() < 0.3 else 1)
    last = len(stages) - 1
    pos, t = 0, teller.start.created
    while True:
        dwell = rng.expovariate(1.0) * stages[pos].target_days * pace
        t_next = at_work(rng, t + timedelta(days=dwell, hours=1))
        if t_next >= today:
            return
        t = t_next
        roll = rng.random()
        if pos == last or (pos == last - 1 and roll < 0.25):
            won = rng.random() < WON_AT_THE_END
        elif roll < LOST_AT_A_STEP:
            won = False
        else:
            if roll < LOST_AT_A_STEP + BACK_A_STAGE and pos > 0:
                to = pos - 1
            elif roll < LOST_AT_A_STEP + BACK_A_STAGE + SKIP_A_STAGE and pos + 2 <= last:
                to = pos + 2
            else:
                to = pos + 1
            teller.add(
                t,
                EventKind.STAGE_CHANGED,
                story.owner_at(t),
                from_stage_id=stages[pos].id,
                to_stage_id=stages[to].id,
            )
            story.visits[-1].left, story.visits[-1].onward = t, to > pos
            story.visits.append(Visit(stages[to], t))
            pos = to
            continue
        _close(teller, story, t, won)
        if story.reopened or rng.random() >= REOPENED:
            return
        back = at_work(rng, t + timedelta(days=rng.uniform(1, 30)))
        if back >= today:
            return
        teller.add(back, EventKind.REOPENED, story.owner_at(back), to_stage_id=stages[pos].id)
        story.status, story.closed_at, story.reason, story.competitor = (
            OpportunityStatus.OPEN,
            None,
            None,
            "",
        )
        story.reopened = True
        t = back


def _close(teller: _Teller, story: Story, at: datetime, won: bool) -> None:
    demo = teller.demo
    rng = demo.rng
    if won:
        reason, competitor = rng.choice(demo.reasons[ReasonKind.WON]), ""
    else:
        reason = rng.choice(demo.reasons[ReasonKind.LOST])
        label = demo.reason_labels[reason]
        named = reason == demo.competitor_reason or (label == "Price" and rng.random() < 0.4)
        competitor = rng.choice(COMPETITORS) if named else ""
    details = demo.reason_labels[reason] + (f" — competitor: {competitor}" if competitor else "")
    story.status = OpportunityStatus.WON if won else OpportunityStatus.LOST
    story.closed_at, story.reason, story.competitor = at, reason, competitor
    teller.add(
        at,
        EventKind(story.status.value),
        story.owner_at(at),
        from_stage_id=story.stage.id,
        details=details,
    )


def _handovers(teller: _Teller, story: Story) -> None:
    staff = teller.staff
    for (_, before), (at, after) in zip(story.owners, story.owners[1:], strict=False):
        team = staff.move.from_team if before == staff.move.user else staff.team_of[before]
        teller.add(at, EventKind.OWNER_CHANGED, staff.manager_of[team], owner_id=after)


def _amounts(teller: _Teller, story: Story, end: datetime) -> None:
    """The value revised once or twice on some deals, as the scope became clearer."""
    rng, start = teller.demo.rng, teller.start
    amount = start.amount_minor
    changes = rng.choice([0, 0, 0, 0, 0, 0, 0, 1, 1, 2])
    lo, hi = start.created + _MINUTE, end - _MINUTE
    if hi <= lo:
        changes = 0  # no time for second thoughts: each change needs a moment of its own
    moments = sorted(busy_moment(rng, lo, hi) for _ in range(changes))
    for at in moments:
        new = max(100, int(round(amount * rng.uniform(0.7, 1.3), -4)))
        details = (
            f"{Money.from_minor(new, start.currency)} "
            f"(was {Money.from_minor(amount, start.currency)})"
        )
        teller.add(
            at,
            EventKind.AMOUNT_CHANGED,
            story.owner_at(at),
            amount_minor=new,
            currency=start.currency,
            details=details,
        )
        amount = new
    story.amount_minor = amount


def _close_dates(teller: _Teller, story: Story, end: datetime) -> None:
    """A deal still open when its expected close came is often pushed back: it slips."""
    rng, start = teller.demo.rng, teller.start
    close = start.expected_close
    for _ in range(3):
        noticed = datetime.combine(close, time(8), tzinfo=UTC) + timedelta(days=rng.uniform(0, 4))
        at = at_work(rng, noticed)
        if at >= end or at <= start.created or rng.random() < 0.35:
            break
        new = close + timedelta(days=rng.choice(PUSHES))
        teller.add(
            at,
            EventKind.CLOSE_DATE_CHANGED,
            story.owner_at(at),
            expected_close=new,
            details=f"{new.isoformat()} (was {close.isoformat()})",
        )
        close = new
    story.expected_close = close


def _forecast(teller: _Teller, story: Story, end: datetime) -> None:
    """Some reps call a likely deal commit or best case before its stage would, and a few
    take that back later."""
    rng = teller.demo.rng
    likely = next((v for v in story.visits if v.stage.probability >= 40), None)
    if likely is None or rng.random() >= 0.15 or likely.entered >= end - _MINUTE:
        return
    categories: list[ForecastCategory | None] = [
        rng.choice([ForecastCategory.COMMIT, ForecastCategory.BEST_CASE])
    ]
    if rng.random() < 0.25:
        categories.append(None)
    moments = sorted(busy_moment(rng, likely.entered, end - _MINUTE) for _ in categories)
    for at, category in zip(moments, categories, strict=True):
        teller.add(
            at,
            EventKind.FORECAST_CHANGED,
            story.owner_at(at),
            forecast_category=category,
            details=category.label if category else "Follows the stage",
        )
    story.forecast = categories[-1]
